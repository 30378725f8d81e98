// Account self-service on /v1/me (issue #17), driven over HTTP: changing and removing the password, the rules on
// email addresses and phone numbers ("last identifier cannot be removed", "primary must be verified", test code
// 424242) and the profile image upload. Paths, fields and response shapes are Clerk's OpenAPI spec's
// (emulator/spec/fapi-2026-05-12.yml); error codes and statuses are those of Clerk's Frontend API (its apierror
// package: form_password_validation_failed, password_required, no_password_set, identification_deletion_failed,
// last_required_identification_deletion_failed, form_verification_needed, image_not_found, image_too_large).
// Two-factor enrolment, connected accounts and devices are in tst_emulator_account_security.cpp.
#include "flowsfixture.h"

#include <QtTest>

using namespace EmuTest;

// EMU_EXPECT_STATUS names its response twice (the check and the message): a request goes through a variable so
// that it is sent once.
namespace {

// The smallest valid PNG: a 1×1 transparent pixel.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

/// A multipart/form-data body with one part named `name` (RFC 7578), as a browser or QHttpMultiPart sends it.
QByteArray multipart(const QByteArray &boundary, const QByteArray &name, const QByteArray &filename,
                     const QByteArray &type, const QByteArray &data)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
        + "\"\r\nContent-Type: " + type + "\r\n\r\n" + data + "\r\n--" + boundary + "--\r\n";
}

RequestOptions rawBody(const QByteArray &contentType, const QByteArray &body)
{
    RequestOptions o;
    o.rawBody = true;
    o.contentType = contentType;
    o.body = body;
    return o;
}

QString paramName(const FapiResponse &r)
{
    return r.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("param_name")).toString();
}

} // namespace

class tst_EmulatorAccount : public FlowsTestCase
{
    Q_OBJECT

    /// Loads the default seed with `change` applied to its instance settings, and forgets the client.
    void loadSeedWith(const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject seed = ClerkEmulator::Server::defaultSeed();
        QJsonObject instance = seed.value(QLatin1String("instance")).toObject();
        change(instance);
        seed.insert(QStringLiteral("instance"), instance);
        QString error;
        QVERIFY2(server.loadSeed(seed, &error), qPrintable(error));
        c.forgetClient();
    }

    FapiResponse me(FapiTestClient &client) { return client.get(QStringLiteral("/v1/me")); }

private Q_SLOTS:
    // POST /v1/me/change_password: a user with a password must send it as current_password; the new one obeys the
    // instance's password rules (the seed's minimum length, 8); the old one stops working.
    void changePasswordChecksTheCurrentOne()
    {
        QVERIFY(!signInJane().isEmpty());
        const QString path = QStringLiteral("/v1/me/change_password");
        const QString next = QStringLiteral("a brand new passphrase");

        FapiResponse r = c.post(path, {{QStringLiteral("new_password"), next}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_missing"));
        QCOMPARE(paramName(r), QStringLiteral("current_password"));

        r = c.post(path, {{QStringLiteral("current_password"), QStringLiteral("not her password")},
                          {QStringLiteral("new_password"), next}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_password_validation_failed"));
        QCOMPARE(paramName(r), QStringLiteral("current_password"));

        r = c.post(path, {{QStringLiteral("current_password"), Seed::janePassword},
                          {QStringLiteral("new_password"), QStringLiteral("short")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_password_length_too_short"));
        QCOMPARE(paramName(r), QStringLiteral("new_password"));

        r = c.post(path, {{QStringLiteral("current_password"), Seed::janePassword},
                          {QStringLiteral("new_password"), next}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("user"));
        QCOMPARE(r.response().value(QLatin1String("password_enabled")).toBool(), true);

        FapiTestClient fresh;
        fresh.setBaseUrl(server.baseUrl());
        FlowResult old = signInWithPassword(fresh, Seed::janeEmail, Seed::janePassword);
        QVERIFY(!old.ok);
        QCOMPARE(old.last.errorCode(), QStringLiteral("form_password_incorrect"));
        fresh.forgetClient();
        EMU_EXPECT_FLOW(signInWithPassword(fresh, Seed::janeEmail, next));
    }

    // A password from a known data breach (the seed's `breached_passwords`, standing in for Clerk's Have I Been
    // Pwned check) is 422 form_password_pwned wherever a new password is set: change_password, reset_password
    // after a forgotten one, sign-up.
    void breachedPasswordIsRefusedEverywhere()
    {
        const QString breached = QStringLiteral("password123"); // in the default seed's list
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.post(QStringLiteral("/v1/me/change_password"),
                                {{QStringLiteral("current_password"), Seed::janePassword},
                                 {QStringLiteral("new_password"), breached}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_password_pwned"));
        QCOMPARE(paramName(r), QStringLiteral("new_password"));

        FapiTestClient forgot;
        forgot.setBaseUrl(server.baseUrl());
        FapiResponse signIn = forgot.post(QStringLiteral("/v1/client/sign_ins"),
                                          {{QStringLiteral("identifier"), Seed::janeEmail}});
        EMU_EXPECT_STATUS(signIn, 200);
        const QString base = QStringLiteral("/v1/client/sign_ins/") + signIn.response().value(QLatin1String("id")).toString();
        const QString emailId = factorIn(signIn.response(), QStringLiteral("reset_password_email_code"))
                                    .value(QLatin1String("email_address_id")).toString();
        EMU_EXPECT_STATUS(forgot.post(base + QStringLiteral("/prepare_first_factor"),
                                       {{QStringLiteral("strategy"), QStringLiteral("reset_password_email_code")},
                                        {QStringLiteral("email_address_id"), emailId}}), 200);
        EMU_EXPECT_STATUS(forgot.post(base + QStringLiteral("/attempt_first_factor"),
                                       {{QStringLiteral("strategy"), QStringLiteral("reset_password_email_code")},
                                        {QStringLiteral("code"), Seed::testCode}}), 200);
        r = forgot.post(base + QStringLiteral("/reset_password"), {{QStringLiteral("password"), breached}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_password_pwned"));

        FapiTestClient newcomer;
        newcomer.setBaseUrl(server.baseUrl());
        r = newcomer.post(QStringLiteral("/v1/client/sign_ups"), {{QStringLiteral("email_address"), uniqueEmail()},
                                                                 {QStringLiteral("password"), breached}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_password_pwned"));
    }

    // sign_out_of_other_sessions=true ends the user's sessions on other devices (their next request is 401
    // signed_out) and keeps the one that asked; false or absent leaves them.
    void changePasswordSignsOutOtherSessions_data()
    {
        QTest::addColumn<QString>("signOut");
        QTest::addColumn<bool>("otherSignedOut");
        QTest::newRow("true") << QStringLiteral("true") << true;
        QTest::newRow("false") << QStringLiteral("false") << false;
        QTest::newRow("absent") << QString() << false;
    }
    void changePasswordSignsOutOtherSessions()
    {
        QFETCH(QString, signOut);
        QFETCH(bool, otherSignedOut);
        FapiTestClient other;
        other.setBaseUrl(server.baseUrl());
        EMU_EXPECT_FLOW(signInWithPassword(other, Seed::janeEmail, Seed::janePassword));
        QVERIFY(!signInJane().isEmpty());

        FormFields form{{QStringLiteral("current_password"), Seed::janePassword},
                        {QStringLiteral("new_password"), QStringLiteral("another good passphrase")}};
        if (!signOut.isEmpty())
            form.append({QStringLiteral("sign_out_of_other_sessions"), signOut});
        EMU_EXPECT_STATUS(c.post(QStringLiteral("/v1/me/change_password"), form), 200);

        EMU_EXPECT_STATUS(me(c), 200);
        const FapiResponse theirs = me(other);
        if (otherSignedOut) {
            EMU_EXPECT_STATUS(theirs, 401);
            QCOMPARE(theirs.errorCode(), QStringLiteral("signed_out"));
        } else {
            EMU_EXPECT_STATUS(theirs, 200);
        }
    }

    // POST /v1/me/remove_password: refused while the instance requires a password (password_required); otherwise
    // the current password must match, and a user without one gets no_password_set.
    void removePasswordWhereTheInstanceAllows()
    {
        QVERIFY(!signInJane().isEmpty());
        const QString path = QStringLiteral("/v1/me/remove_password");
        FapiResponse r = c.post(path, {{QStringLiteral("current_password"), Seed::janePassword}});
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("password_required"));

        loadSeedWith([](QJsonObject &instance) {
            QJsonObject signUp = instance.value(QLatin1String("sign_up")).toObject();
            signUp.insert(QStringLiteral("required"), QJsonArray{QStringLiteral("email_address")});
            signUp.insert(QStringLiteral("optional"), QJsonArray{QStringLiteral("password")});
            instance.insert(QStringLiteral("sign_up"), signUp);
        });
        QVERIFY(!signInJane().isEmpty());
        r = c.post(path, {{QStringLiteral("current_password"), QStringLiteral("wrong")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_password_validation_failed"));

        r = c.post(path, {{QStringLiteral("current_password"), Seed::janePassword}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("password_enabled")).toBool(), false);
        QVERIFY(r.response().value(QLatin1String("password_last_updated_at")).isNull());

        r = c.post(path, {{QStringLiteral("current_password"), Seed::janePassword}});
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("no_password_set"));

        // Without a password, change_password sets a first one and takes no current_password.
        r = c.post(QStringLiteral("/v1/me/change_password"),
                   {{QStringLiteral("current_password"), Seed::janePassword},
                    {QStringLiteral("new_password"), QStringLiteral("a first password again")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_unknown"));
        r = c.post(QStringLiteral("/v1/me/change_password"),
                   {{QStringLiteral("new_password"), QStringLiteral("a first password again")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("password_enabled")).toBool(), true);
    }

    // DELETE of the email address or phone number a user signs in with: Clerk keeps at least one identification
    // (identification_deletion_failed) and one of each kind the instance requires (the default seed requires an
    // email address: last_required_identification_deletion_failed). Both are 400.
    void lastIdentifierCannotBeRemoved()
    {
        QVERIFY(!signInJane().isEmpty());
        const QJsonObject user = me(c).response();
        const QString emailId = user.value(QLatin1String("primary_email_address_id")).toString();
        FapiResponse r = c.request("DELETE", QStringLiteral("/v1/me/email_addresses/%1").arg(emailId));
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("last_required_identification_deletion_failed"));
        // Her phone number is not her last identification, and phones are optional: it may go.
        const QString phoneId = user.value(QLatin1String("primary_phone_number_id")).toString();
        r = c.request("DELETE", QStringLiteral("/v1/me/phone_numbers/%1").arg(phoneId));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("deleted")).toBool(), true);

        // A user whose one identification is a phone number.
        const QJsonObject phoneOnly{{QStringLiteral("id"), QStringLiteral("user_2phone00000000000000000009")},
                                    {QStringLiteral("phone_numbers"), QJsonArray{QStringLiteral("+15555550142")}},
                                    {QStringLiteral("password"), QStringLiteral("phone-only-password")}};
        EMU_EXPECT_STATUS(c.control("POST", QStringLiteral("/__emulator/users"), phoneOnly), 200);
        c.forgetClient();
        EMU_EXPECT_FLOW(signInWithPassword(c, QStringLiteral("+15555550142"), QStringLiteral("phone-only-password")));
        const QString onlyPhone = me(c).response().value(QLatin1String("primary_phone_number_id")).toString();
        r = c.request("DELETE", QStringLiteral("/v1/me/phone_numbers/%1").arg(onlyPhone));
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("identification_deletion_failed"));
        QCOMPARE(me(c).response().value(QLatin1String("phone_numbers")).toArray().size(), 1);
    }

    // PATCH /v1/me primary_email_address_id of an unverified address: 422 form_verification_needed. Verified with
    // the test-mode code 424242 (a wrong code is form_code_incorrect), it becomes primary.
    void primaryMustBeVerified()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse added = c.post(QStringLiteral("/v1/me/email_addresses"),
                                    {{QStringLiteral("email_address"), uniqueEmail()}});
        EMU_EXPECT_STATUS(added, 200);
        const QString id = added.response().value(QLatin1String("id")).toString();
        const FormFields makePrimary{{QStringLiteral("primary_email_address_id"), id}};

        FapiResponse r = c.request("PATCH", QStringLiteral("/v1/me"), makePrimary);
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_verification_needed"));
        QCOMPARE(paramName(r), QStringLiteral("primary_email_address_id"));

        const QString base = QStringLiteral("/v1/me/email_addresses/%1").arg(id);
        EMU_EXPECT_STATUS(c.post(base + QStringLiteral("/prepare_verification"),
                                 {{QStringLiteral("strategy"), QStringLiteral("email_code")}}), 200);
        r = c.post(base + QStringLiteral("/attempt_verification"), {{QStringLiteral("code"), QStringLiteral("123456")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_code_incorrect"));
        r = c.post(base + QStringLiteral("/attempt_verification"), {{QStringLiteral("code"), Seed::testCode}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("verified"));

        r = c.request("PATCH", QStringLiteral("/v1/me"), makePrimary);
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("primary_email_address_id")).toString(), id);
    }

    // POST /v1/me/profile_image takes a multipart/form-data `file` part (the spec's request body); the answer is
    // an Image whose public_url becomes the user's image_url, and GET of that URL serves the same bytes.
    // DELETE removes it (has_image false); a second DELETE finds none (404 image_not_found).
    void profileImageUploadServeAndDelete()
    {
        QVERIFY(!signInJane().isEmpty());
        QCOMPARE(me(c).response().value(QLatin1String("has_image")).toBool(), false);
        const QByteArray boundary = "clerkqt-boundary-7MA4YWxk";
        FapiResponse r = c.post(QStringLiteral("/v1/me/profile_image"), {},
                                rawBody("multipart/form-data; boundary=" + boundary,
                                        multipart(boundary, "file", "avatar.png", "image/png", kPng)));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("image"));
        QCOMPARE(r.response().value(QLatin1String("name")).toString(), QStringLiteral("avatar.png"));
        const QString url = r.response().value(QLatin1String("public_url")).toString();
        QVERIFY2(url.startsWith(server.baseUrl().toString()), qPrintable(url));

        const QJsonObject user = me(c).response();
        QCOMPARE(user.value(QLatin1String("has_image")).toBool(), true);
        QCOMPARE(user.value(QLatin1String("image_url")).toString(), url);

        FapiTestClient anyone; // an Avatar loads the image without the client token
        anyone.setBaseUrl(server.baseUrl());
        RequestOptions plain;
        plain.sendToken = false;
        plain.addNativeFlag = false;
        FapiResponse image = anyone.get(QUrl(url).path(), plain);
        EMU_EXPECT_STATUS(image, 200);
        QCOMPARE(image.body, kPng);
        QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));

        r = c.request("DELETE", QStringLiteral("/v1/me/profile_image"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("deleted")).toBool(), true);
        QCOMPARE(me(c).response().value(QLatin1String("has_image")).toBool(), false);
        EMU_EXPECT_STATUS(anyone.get(QUrl(url).path(), plain), 404);
        r = c.request("DELETE", QStringLiteral("/v1/me/profile_image"));
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("image_not_found"));
    }

    // What the upload refuses, with Clerk's codes: no `file` part (400 form_param_missing), bytes that are no
    // image (400 request_body_invalid), a form-encoded body, and more than 10 MB (413 image_too_large).
    void profileImageRejections_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray b = "xYz0boundary";
        const QByteArray multi = "multipart/form-data; boundary=" + b;
        QTest::newRow("no file part") << multi << multipart(b, "avatar", "a.png", "image/png", kPng) << 400
                                      << QStringLiteral("form_param_missing");
        QTest::newRow("not an image") << multi << multipart(b, "file", "a.txt", "text/plain", "hello") << 400
                                      << QStringLiteral("request_body_invalid");
        QTest::newRow("form-encoded") << QByteArray("application/x-www-form-urlencoded") << QByteArray("file=abc")
                                      << 400 << QStringLiteral("request_body_invalid");
        QTest::newRow("over 10 MB") << multi
                                    << multipart(b, "file", "big.png", "image/png",
                                                 kPng + QByteArray(10 * 1024 * 1024, 'x'))
                                    << 413 << QStringLiteral("image_too_large");
    }
    void profileImageRejections()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.post(QStringLiteral("/v1/me/profile_image"), {}, rawBody(contentType, body));
        EMU_EXPECT_STATUS(r, status);
        QCOMPARE(r.errorCode(), code);
        QCOMPARE(me(c).response().value(QLatin1String("has_image")).toBool(), false);
    }

    // Multipart is the upload route's body only: elsewhere it stays 400 request_body_invalid.
    void multipartOnlyOnTheUploadRoute()
    {
        QVERIFY(!signInJane().isEmpty());
        const QByteArray b = "otherRoute";
        FapiResponse r = c.request("PATCH", QStringLiteral("/v1/me"), {},
                                   rawBody("multipart/form-data; boundary=" + b,
                                           multipart(b, "first_name", "x", "text/plain", "Janet")));
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("request_body_invalid"));
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorAccount)
#include "tst_emulator_account.moc"
