// Account self-service on /v1/me (issue #17), part two: two-factor enrolment (authenticator app, backup codes),
// connected OAuth accounts and the user's devices (active sessions, revoking one). Paths, fields and response
// shapes are Clerk's OpenAPI spec's (emulator/spec/fapi-2026-05-12.yml); error codes and statuses are those of
// Clerk's Frontend API (totp_already_enabled, backup_codes_not_available, oauth_provider_not_enabled,
// external_account_not_found, signed_out). TOTP codes come from the test's own RFC 6238 code (emutestcrypto.h).
#include "flowsfixture.h"

#include <QtTest>

using namespace EmuTest;

// EMU_EXPECT_STATUS names its response twice (the check and the message): a request goes through a variable so
// that it is sent once.
namespace {

const QByteArray kSafariOnMac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like "
                                "Gecko) Version/17.5 Safari/605.1.15";
const QByteArray kChromeOnAndroid = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like "
                                    "Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36";

RequestOptions withUserAgent(const QByteArray &userAgent)
{
    RequestOptions o;
    o.headers.append({"User-Agent", userAgent});
    return o;
}

QString nowCode(const QString &base32Secret)
{
    return totp(base32Decode(base32Secret.toLatin1()), QDateTime::currentSecsSinceEpoch());
}

} // namespace

class tst_EmulatorAccountSecurity : public FlowsTestCase
{
    Q_OBJECT

    FapiResponse me(FapiTestClient &client) { return client.get(QStringLiteral("/v1/me")); }

    /// The user's external account of `strategy`, from GET /v1/me.
    QJsonObject externalAccount(const QString &strategy)
    {
        for (const QJsonValue &v : me(c).response().value(QLatin1String("external_accounts")).toArray()) {
            if (v.toObject().value(QLatin1String("provider")).toString() == strategy)
                return v.toObject();
        }
        return {};
    }

    /// Approves an OAuth verification at the emulator's provider page as `account` and follows the callback;
    /// returns where the callback sends the browser.
    QUrl approve(const QJsonObject &verification, const QString &account)
    {
        const QUrl page(verification.value(QLatin1String("external_verification_redirect_url")).toString());
        FapiResponse provider = c.get(page.path() + QLatin1Char('?') + page.query() + QStringLiteral("&account=") + account);
        if (provider.status != 302)
            return {};
        const QUrl callback(QString::fromUtf8(provider.header("Location")));
        FapiResponse back = c.get(callback.path() + QLatin1Char('?') + callback.query());
        return back.status == 302 ? QUrl(QString::fromUtf8(back.header("Location"))) : QUrl();
    }

private Q_SLOTS:
    // POST /v1/me/totp answers a TOTP with the secret and an otpauth:// URI; attempt_verification with a code of
    // that secret verifies it and, on the first second factor, returns backup codes; the user's flags follow, and
    // the next sign-in asks for the second factor. DELETE /v1/me/totp turns it (and the backup codes) off.
    void authenticatorAppEnrolment()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse created = c.post(QStringLiteral("/v1/me/totp"));
        EMU_EXPECT_STATUS(created, 200);
        const QJsonObject pending = created.response();
        QCOMPARE(pending.value(QLatin1String("object")).toString(), QStringLiteral("totp"));
        QCOMPARE(pending.value(QLatin1String("verified")).toBool(), false);
        const QString secret = pending.value(QLatin1String("secret")).toString();
        QVERIFY2(!base32Decode(secret.toLatin1()).isEmpty(), qPrintable(secret));
        const QUrl uri(pending.value(QLatin1String("uri")).toString());
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QCOMPARE(QUrlQuery(uri).queryItemValue(QStringLiteral("secret")), secret);
        QCOMPARE(me(c).response().value(QLatin1String("totp_enabled")).toBool(), false);

        const QString code = nowCode(secret);
        const QString wrong = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        const QString attempt = QStringLiteral("/v1/me/totp/attempt_verification");
        FapiResponse r = c.post(attempt, {{QStringLiteral("code"), wrong}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_code_incorrect"));
        r = c.post(attempt, {{QStringLiteral("code"), code}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("verified")).toBool(), true);
        const QJsonArray backupCodes = r.response().value(QLatin1String("backup_codes")).toArray();
        QVERIFY(!backupCodes.isEmpty());

        QJsonObject user = me(c).response();
        for (const char *flag : {"two_factor_enabled", "totp_enabled", "backup_code_enabled"})
            QVERIFY2(user.value(QLatin1String(flag)).toBool(), flag);
        r = c.post(QStringLiteral("/v1/me/totp"));
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("totp_already_enabled"));

        // Another device now needs the second factor; one of the backup codes passes it.
        FapiTestClient other;
        other.setBaseUrl(server.baseUrl());
        FapiResponse signIn = other.post(QStringLiteral("/v1/client/sign_ins"),
                                         {{QStringLiteral("identifier"), Seed::janeEmail},
                                          {QStringLiteral("password"), Seed::janePassword}});
        EMU_EXPECT_STATUS(signIn, 200);
        QCOMPARE(signIn.response().value(QLatin1String("status")).toString(), QStringLiteral("needs_second_factor"));
        r = other.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor")
                           .arg(signIn.response().value(QLatin1String("id")).toString()),
                       {{QStringLiteral("strategy"), QStringLiteral("backup_code")},
                        {QStringLiteral("code"), backupCodes.at(0).toString()}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));

        r = c.request("DELETE", QStringLiteral("/v1/me/totp"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("totp"));
        QCOMPARE(r.response().value(QLatin1String("deleted")).toBool(), true);
        user = me(c).response();
        for (const char *flag : {"two_factor_enabled", "totp_enabled", "backup_code_enabled"})
            QVERIFY2(!user.value(QLatin1String(flag)).toBool(), flag);
        r = c.request("DELETE", QStringLiteral("/v1/me/totp"));
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("resource_not_found"));
    }

    // POST /v1/me/backup_codes needs another second factor (backup_codes_not_available); for Bob (authenticator
    // app) it answers a BackupCodes object whose new codes replace the old ones.
    void backupCodesNeedAnotherFactor()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.post(QStringLiteral("/v1/me/backup_codes"));
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("backup_codes_not_available"));

        c.forgetClient();
        FapiResponse bob = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), Seed::bobEmail},
                                                                        {QStringLiteral("password"), Seed::bobPassword}});
        EMU_EXPECT_STATUS(bob, 200);
        const QString signInPath = QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor")
                                       .arg(bob.response().value(QLatin1String("id")).toString());
        EMU_EXPECT_STATUS(c.post(signInPath, {{QStringLiteral("strategy"), QStringLiteral("totp")},
                                              {QStringLiteral("code"), nowCode(QString::fromLatin1(Seed::bobTotpSecret))}}),
                          200);
        r = c.post(QStringLiteral("/v1/me/backup_codes"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("backup_code"));
        const QJsonArray codes = r.response().value(QLatin1String("codes")).toArray();
        QVERIFY(!codes.isEmpty());
        QVERIFY(!codes.contains(QStringLiteral("bkp-11111111"))); // a seeded code of Bob's

        FapiTestClient other;
        other.setBaseUrl(server.baseUrl());
        const auto signInWithBackup = [&](const QString &code) {
            other.forgetClient();
            FapiResponse s = other.post(QStringLiteral("/v1/client/sign_ins"),
                                        {{QStringLiteral("identifier"), Seed::bobEmail},
                                         {QStringLiteral("password"), Seed::bobPassword}});
            return other.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor")
                                  .arg(s.response().value(QLatin1String("id")).toString()),
                              {{QStringLiteral("strategy"), QStringLiteral("backup_code")}, {QStringLiteral("code"), code}});
        };
        EMU_EXPECT_STATUS(signInWithBackup(QStringLiteral("bkp-11111111")), 422);
        EMU_EXPECT_STATUS(signInWithBackup(codes.at(0).toString()), 200);
    }

    // POST /v1/me/external_accounts starts an OAuth connect: the account's verification points at the provider;
    // after the provider page approves, the callback sends the browser to redirect_url and the user has the account.
    // PATCH …/reauthorize repeats the flow for the same account; DELETE disconnects it.
    void connectReauthorizeAndDisconnect()
    {
        QVERIFY(!signInJane().isEmpty());
        const QString path = QStringLiteral("/v1/me/external_accounts");
        const QString redirect = QStringLiteral("com.example.app://connected");

        FapiResponse r = c.post(path, {{QStringLiteral("strategy"), QStringLiteral("oauth_google")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_missing"));
        r = c.post(path, {{QStringLiteral("strategy"), QStringLiteral("oauth_facebook")},
                          {QStringLiteral("redirect_url"), redirect}});
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("oauth_provider_not_enabled"));

        r = c.post(path, {{QStringLiteral("strategy"), QStringLiteral("oauth_google")},
                          {QStringLiteral("redirect_url"), redirect}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("external_account"));
        const QString id = r.response().value(QLatin1String("id")).toString();
        QJsonObject verification = r.response().value(QLatin1String("verification")).toObject();
        QCOMPARE(verification.value(QLatin1String("status")).toString(), QStringLiteral("unverified"));
        const QUrl back = approve(verification, QStringLiteral("google-jane"));
        QCOMPARE(back.toString(QUrl::RemoveQuery), redirect);

        QJsonObject account = externalAccount(QStringLiteral("oauth_google"));
        QCOMPARE(account.value(QLatin1String("id")).toString(), id);
        QCOMPARE(account.value(QLatin1String("provider_user_id")).toString(), QStringLiteral("google-jane"));
        QCOMPARE(account.value(QLatin1String("email_address")).toString(), Seed::janeEmail);
        QCOMPARE(account.value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("verified"));

        const QString reauthorize = path + QLatin1Char('/') + id + QStringLiteral("/reauthorize");
        r = c.request("PATCH", reauthorize, {{QStringLiteral("redirect_url"), redirect}});
        EMU_EXPECT_STATUS(r, 200);
        verification = r.response().value(QLatin1String("verification")).toObject();
        QCOMPARE(verification.value(QLatin1String("status")).toString(), QStringLiteral("unverified"));
        QCOMPARE(approve(verification, QStringLiteral("google-jane")).toString(QUrl::RemoveQuery), redirect);
        QCOMPARE(externalAccount(QStringLiteral("oauth_google")).value(QLatin1String("verification")).toObject()
                     .value(QLatin1String("status")).toString(), QStringLiteral("verified"));
        r = c.request("PATCH", path + QStringLiteral("/eac_2noSuchAccount000000000000/reauthorize"),
                      {{QStringLiteral("redirect_url"), redirect}});
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("external_account_not_found"));

        r = c.request("DELETE", path + QLatin1Char('/') + id);
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("deleted")).toBool(), true);
        QVERIFY(externalAccount(QStringLiteral("oauth_google")).isEmpty());
        r = c.request("DELETE", path + QLatin1Char('/') + id);
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("external_account_not_found"));
    }

    // An OAuth sign-in links the provider account to the user it signs in (user.external_accounts).
    void oauthSignInLinksTheAccount()
    {
        FapiResponse created = c.post(QStringLiteral("/v1/client/sign_ins"),
                                      {{QStringLiteral("strategy"), QStringLiteral("oauth_github")},
                                       {QStringLiteral("redirect_url"), QStringLiteral("com.example.app://callback")}});
        EMU_EXPECT_STATUS(created, 200);
        const QUrl back = approve(created.response().value(QLatin1String("first_factor_verification")).toObject(),
                                  QStringLiteral("github-ada"));
        const QString nonce = QUrlQuery(back).queryItemValue(QStringLiteral("rotating_token_nonce"));
        QVERIFY(!nonce.isEmpty());
        EMU_EXPECT_STATUS(c.get(QStringLiteral("/v1/client/sign_ins/%1?rotating_token_nonce=%2")
                                    .arg(created.response().value(QLatin1String("id")).toString(), nonce)),
                          200);
        QCOMPARE(externalAccount(QStringLiteral("oauth_github")).value(QLatin1String("provider_user_id")).toString(),
                 QStringLiteral("github-ada"));
    }

    // GET /v1/me/sessions/active: the user's active sessions on every device, each with latest_activity from
    // that device's User-Agent and address (browser name and version, device type, mobile or not, IP).
    void activeSessionsOnEveryDevice()
    {
        const QString mine = signInJane();
        QVERIFY(!mine.isEmpty());
        EMU_EXPECT_STATUS(c.post(QStringLiteral("/v1/client/sessions/%1/touch").arg(mine), {},
                                 withUserAgent(kSafariOnMac)), 200);
        FapiTestClient phone;
        phone.setBaseUrl(server.baseUrl());
        const FlowResult theirs = signInWithPassword(phone, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(theirs);
        EMU_EXPECT_STATUS(phone.post(QStringLiteral("/v1/client/sessions/%1/touch").arg(theirs.sessionId), {},
                                     withUserAgent(kChromeOnAndroid)), 200);

        FapiResponse r = c.get(QStringLiteral("/v1/me/sessions/active"));
        EMU_EXPECT_STATUS(r, 200);
        QVERIFY(r.json.isArray());
        QHash<QString, QJsonObject> activity;
        for (const QJsonValue &v : r.json.array()) {
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("active"));
            activity.insert(v.toObject().value(QLatin1String("id")).toString(),
                            v.toObject().value(QLatin1String("latest_activity")).toObject());
        }
        QCOMPARE(activity.size(), 2);
        const QJsonObject mac = activity.value(mine);
        QCOMPARE(mac.value(QLatin1String("browser_name")).toString(), QStringLiteral("Safari"));
        QCOMPARE(mac.value(QLatin1String("browser_version")).toString(), QStringLiteral("17.5"));
        QCOMPARE(mac.value(QLatin1String("device_type")).toString(), QStringLiteral("Macintosh"));
        QCOMPARE(mac.value(QLatin1String("is_mobile")).toBool(), false);
        QCOMPARE(mac.value(QLatin1String("ip_address")).toString(), QStringLiteral("127.0.0.1"));
        const QJsonObject android = activity.value(theirs.sessionId);
        QCOMPARE(android.value(QLatin1String("browser_name")).toString(), QStringLiteral("Chrome"));
        QCOMPARE(android.value(QLatin1String("browser_version")).toString(), QStringLiteral("126.0.6478.71"));
        QCOMPARE(android.value(QLatin1String("device_type")).toString(), QStringLiteral("Android"));
        QCOMPARE(android.value(QLatin1String("is_mobile")).toBool(), true);
    }

    // POST /v1/me/sessions/{id}/revoke from one device: the revoked device's next request for that session is
    // 401 signed_out (reading the user and minting a token alike); the revoking device stays signed in. Another
    // user's session, or none, is 404.
    void revokedDeviceIsSignedOut()
    {
        FapiTestClient other;
        other.setBaseUrl(server.baseUrl());
        const FlowResult theirs = signInWithPassword(other, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(theirs);
        QVERIFY(!signInJane().isEmpty());

        FapiResponse r = c.post(QStringLiteral("/v1/me/sessions/%1/revoke").arg(theirs.sessionId));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("id")).toString(), theirs.sessionId);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("revoked"));

        FapiResponse read = me(other);
        EMU_EXPECT_STATUS(read, 401);
        QCOMPARE(read.errorCode(), QStringLiteral("signed_out"));
        FapiResponse token = other.post(QStringLiteral("/v1/client/sessions/%1/tokens").arg(theirs.sessionId));
        EMU_EXPECT_STATUS(token, 401);
        QCOMPARE(token.errorCode(), QStringLiteral("signed_out"));
        EMU_EXPECT_STATUS(me(c), 200);
        FapiResponse active = c.get(QStringLiteral("/v1/me/sessions/active"));
        EMU_EXPECT_STATUS(active, 200);
        QCOMPARE(active.json.array().size(), 1);

        FapiTestClient adas;
        adas.setBaseUrl(server.baseUrl());
        const FlowResult ada = signInWithPassword(adas, Seed::adaEmail, Seed::adaPassword);
        EMU_EXPECT_FLOW(ada);
        EMU_EXPECT_STATUS(c.post(QStringLiteral("/v1/me/sessions/%1/revoke").arg(ada.sessionId)), 404);
        EMU_EXPECT_STATUS(c.post(QStringLiteral("/v1/me/sessions/sess_2noSuchSession00000000000/revoke")), 404);
        EMU_EXPECT_STATUS(me(adas), 200);
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorAccountSecurity)
#include "tst_emulator_account_security.moc"
