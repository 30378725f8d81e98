// Sign-up driven by the instance's settings (issue #18, item 1), through the public API against the emulator over
// real HTTP, once per instance profile: UserSettings as the profile says, a sign-up that supplies what the attempt
// lists as missing (updateSignUp) and verifies what it lists as unverified, legal consent, and OAuth sign-up — a
// new account that lacks a required field, and an account that already has a user (Clerk's transfer).
#include "testhelpers.h"

#include <QFile>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Clerk;
using namespace TestHelpers;

namespace {

/// A seed file of the emulator's source tree, as the emulator ships it.
QJsonObject readSeedFile(const QString &relative)
{
    QFile file(QStringLiteral(CLERKQT_SEEDS_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A profile is an overlay of the default seed: objects merge at every level, anything else replaces.
QJsonObject overlay(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), overlay(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

/// The `instance` section the profile's files say the emulator runs with.
QJsonObject instanceOf(const QString &profile)
{
    QJsonObject seed = readSeedFile(QStringLiteral("default-seed.json"));
    if (profile != QLatin1String("default"))
        seed = overlay(seed, readSeedFile(QStringLiteral("profiles/%1.json").arg(profile)));
    return seed.value(QLatin1String("instance")).toObject();
}

QStringList listOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

QString unique(const char *prefix)
{
    return QStringLiteral("%1%2").arg(QLatin1String(prefix), QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace

class tst_SignUpFlows : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;
    QNetworkAccessManager browserNam;
    int browserVisits = 0;

    void useProfile(const QString &name)
    {
        QString error;
        const QJsonObject seed = name == QLatin1String("default") ? ClerkEmulator::Server::defaultSeed()
                                                                 : ClerkEmulator::Server::profileSeed(name, &error);
        QVERIFY2(server.loadSeed(seed, &error), qPrintable(error));
    }

    /// An Auth whose "system browser" approves at the emulator's provider page as `account` (or refuses, with
    /// `deny`), following every redirect (provider → Clerk's callback → the SDK's loopback listener).
    std::unique_ptr<Auth> makeAuth(const QString &account = QString(), bool deny = false)
    {
        AuthConfig config = configFor(server, service);
        config.persistSession = false;
        config.openUrl = [this, account, deny](const QUrl &start) {
            QUrl url = start;
            QUrlQuery q(url);
            q.addQueryItem(QStringLiteral("account"), account);
            if (deny)
                q.addQueryItem(QStringLiteral("deny"), QStringLiteral("1"));
            url.setQuery(q);
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browserNam.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            ++browserVisits;
            return true;
        };
        auto auth = std::make_unique<Auth>(config);
        return waitLoaded(*auth) ? std::move(auth) : nullptr;
    }

    /// Verifies every field the sign-up lists as unverified, the way a form does: prepare, then the test code.
    static void verifyAll(Auth &auth)
    {
        for (int round = 0; round < 3 && auth.status() == Auth::Status::SigningUp
                            && !auth.signUpAttempt().unverifiedFields.isEmpty(); ++round) {
            const Factor::Strategy strategy =
                auth.signUpAttempt().unverifiedFields.first() == QLatin1String("phone_number") ? Factor::Strategy::PhoneCode
                                                                                               : Factor::Strategy::EmailCode;
            Outcome o = await(auth.prepareSignUpVerification(strategy));
            QVERIFY2(o.ok(), qPrintable(o.error.toString()));
            o = await(auth.attemptSignUpVerification(strategy, kTestCode));
            QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("signupflows");
    }
    void init()
    {
        // reset() keeps a profile loaded earlier: every test starts from the default instance.
        useProfile(QStringLiteral("default"));
        browserVisits = 0;
    }
    void cleanup() { deleteKeychain(service, keychainKey(service, server.publishableKey())); }

    void userSettingsAsTheProfileSays_data()
    {
        QTest::addColumn<QString>("profile");
        for (const char *p : {"default", "username-phone", "legal-consent", "passwordless"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void userSettingsAsTheProfileSays()
    {
        QFETCH(QString, profile);
        useProfile(profile);
        auto auth = makeAuth();
        QVERIFY(auth);
        QVERIFY(!auth->userSettings().loaded);
        QVERIFY2(await(auth->loadEnvironment()).ok(), "loadEnvironment");
        const UserSettings s = auth->userSettings();
        QVERIFY(s.loaded);

        const QJsonObject instance = instanceOf(profile);
        const QJsonObject signUp = instance.value(QLatin1String("sign_up")).toObject();
        const QStringList required = listOf(signUp.value(QLatin1String("required")));
        const QStringList identifiers = listOf(instance.value(QLatin1String("identifiers")));
        const QStringList firstFactors = listOf(instance.value(QLatin1String("first_factors")));
        const QStringList fields = required + listOf(signUp.value(QLatin1String("optional"))) + identifiers;
        QCOMPARE(s.emailAddressRequired, required.contains(QLatin1String("email_address")));
        QCOMPARE(s.phoneNumberRequired, required.contains(QLatin1String("phone_number")));
        QCOMPARE(s.usernameRequired, required.contains(QLatin1String("username")));
        QCOMPARE(s.firstNameRequired, required.contains(QLatin1String("first_name")));
        QCOMPARE(s.lastNameRequired, required.contains(QLatin1String("last_name")));
        QCOMPARE(s.passwordRequired, required.contains(QLatin1String("password")));
        QCOMPARE(s.usernameEnabled, fields.contains(QLatin1String("username")));
        QCOMPARE(s.phoneNumberEnabled, fields.contains(QLatin1String("phone_number")));
        QCOMPARE(s.emailAddressUsedForSignIn, identifiers.contains(QLatin1String("email_address")));
        QCOMPARE(s.phoneNumberUsedForSignIn, identifiers.contains(QLatin1String("phone_number")));
        QCOMPARE(s.usernameUsedForSignIn, identifiers.contains(QLatin1String("username")));
        QCOMPARE(s.emailCodeEnabled, firstFactors.contains(QLatin1String("email_code")));
        QCOMPARE(s.emailLinkEnabled, firstFactors.contains(QLatin1String("email_link")));
        QCOMPARE(s.phoneCodeEnabled, firstFactors.contains(QLatin1String("phone_code")));
        QCOMPARE(s.legalConsentEnabled, signUp.value(QLatin1String("legal_consent_enabled")).toBool(false));
        QCOMPARE(s.termsUrl, QUrl(instance.value(QLatin1String("terms_url")).toString()));
        QCOMPARE(s.privacyPolicyUrl, QUrl(instance.value(QLatin1String("privacy_policy_url")).toString()));
        QCOMPARE(s.signUpMode, signUp.value(QLatin1String("mode")).toString(QStringLiteral("public")));
        // QML reads the same values by name.
        QCOMPARE(QVariant::fromValue(s).value<UserSettings>().termsUrl, s.termsUrl);
        QCOMPARE(UserSettings::staticMetaObject.property(UserSettings::staticMetaObject.indexOfProperty("legalConsentEnabled"))
                     .readOnGadget(&s).toBool(), s.legalConsentEnabled);
    }

    /// A full sign-up per profile, led by what the attempt says is missing and unverified, as a form would be.
    void signUpPerProfile_data()
    {
        QTest::addColumn<QString>("profile");
        for (const char *p : {"default", "username-phone", "legal-consent", "passwordless"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }
    void signUpPerProfile()
    {
        QFETCH(QString, profile);
        useProfile(profile);
        auto auth = makeAuth();
        QVERIFY(auth);
        QVERIFY(await(auth->loadEnvironment()).ok());
        const UserSettings s = auth->userSettings();
        // Values for every field a form could show; the first request carries only the password, where the
        // instance has passwords (a passwordless sign-up starts empty).
        SignUpParams all;
        all.emailAddress = unique("new-") + QStringLiteral("+clerk_test@example.com");
        all.phoneNumber = QStringLiteral("+1555555%1").arg(QRandomGenerator::global()->bounded(1000, 9999));
        all.username = unique("user_");
        all.firstName = QStringLiteral("Grace");
        all.password = QStringLiteral("a-long-enough-password");
        SignUpParams first;
        if (s.passwordEnabled)
            first.password = all.password;
        Outcome o = await(auth->signUp(first));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SigningUp);
        const QStringList missing = auth->signUpAttempt().missingFields;
        QCOMPARE(missing.contains(QLatin1String("username")), s.usernameRequired);
        QCOMPARE(missing.contains(QLatin1String("phone_number")), s.phoneNumberRequired);
        QCOMPARE(missing.contains(QLatin1String("email_address")), s.emailAddressRequired);
        QCOMPARE(missing.contains(QLatin1String("legal_accepted")), s.legalConsentEnabled);

        SignUpParams rest;
        rest.emailAddress = missing.contains(QLatin1String("email_address")) ? all.emailAddress : QString();
        rest.phoneNumber = missing.contains(QLatin1String("phone_number")) ? all.phoneNumber : QString();
        rest.username = missing.contains(QLatin1String("username")) ? all.username : QString();
        rest.legalAccepted = missing.contains(QLatin1String("legal_accepted"));
        o = await(auth->updateSignUp(rest));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY2(auth->signUpAttempt().missingFields.isEmpty(), qPrintable(auth->signUpAttempt().missingFields.join(u',')));
        QVERIFY(!auth->signUpAttempt().unverifiedFields.isEmpty());
        verifyAll(*auth);
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        const User user = auth->user();
        if (!rest.username.isEmpty())
            QCOMPARE(user.username, all.username);
        if (!rest.phoneNumber.isEmpty())
            QCOMPARE(user.primaryPhoneNumber(), all.phoneNumber);
        if (!rest.emailAddress.isEmpty())
            QCOMPARE(user.primaryEmailAddress(), all.emailAddress);
        QCOMPARE(user.raw.value(QLatin1String("legal_accepted_at")).isNull(), !s.legalConsentEnabled);
        QVERIFY(!auth->sessionToken().isEmpty());
    }

    void legalConsentMissingThenAccepted()
    {
        useProfile(QStringLiteral("legal-consent"));
        auto auth = makeAuth();
        QVERIFY(auth);
        SignUpParams params;
        params.emailAddress = unique("consent-") + QStringLiteral("+clerk_test@example.com");
        params.password = QStringLiteral("a-long-enough-password");
        QVERIFY(await(auth->signUp(params)).ok());
        verifyAll(*auth);
        // Verified, and still not signed up: the consent is missing.
        QCOMPARE(auth->status(), Auth::Status::SigningUp);
        QVERIFY(auth->signUpAttempt().unverifiedFields.isEmpty());
        QCOMPARE(auth->signUpAttempt().missingFields, QStringList{QStringLiteral("legal_accepted")});
        // Nothing to send is no consent.
        QVERIFY(await(auth->updateSignUp(SignUpParams())).ok());
        QCOMPARE(auth->status(), Auth::Status::SigningUp);
        SignUpParams consent;
        consent.legalAccepted = true;
        QSignalSpy signedIn(auth.get(), &Auth::signedInChanged);
        const Outcome o = await(auth->updateSignUp(consent));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SignedIn);
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(!auth->user().raw.value(QLatin1String("legal_accepted_at")).isNull());
    }

    void updateSignUpErrors()
    {
        useProfile(QStringLiteral("username-phone"));
        auto auth = makeAuth();
        QVERIFY(auth);
        Outcome o = await(auth->updateSignUp(SignUpParams()));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_no_sign_up"));

        SignUpParams first;
        first.password = QStringLiteral("a-long-enough-password");
        QVERIFY(await(auth->signUp(first)).ok());
        const struct { const char *username, *phone, *code, *param; } cases[] = {
            {"ab", "", "form_username_invalid_length", "username"},
            {"no spaces", "", "form_username_invalid_character", "username"},
            {"jane", "", "form_identifier_exists", "username"},
            {"", "not-a-number", "form_param_format_invalid", "phone_number"},
            {"", "+15555550100", "form_identifier_exists", "phone_number"}, // Jane's
        };
        for (const auto &c : cases) {
            SignUpParams update;
            update.username = QString::fromLatin1(c.username);
            update.phoneNumber = QString::fromLatin1(c.phone);
            o = await(auth->updateSignUp(update));
            QCOMPARE(o.error.kind(), Error::Kind::Auth);
            QCOMPARE(o.error.code(), QString::fromLatin1(c.code));
            QCOMPARE(o.error.meta().value(QStringLiteral("param_name")).toString(), QString::fromLatin1(c.param));
            QCOMPARE(auth->status(), Auth::Status::SigningUp);
            QVERIFY(auth->signUpAttempt().username.isEmpty());
        }
    }

    /// A provider account nobody has yet, on an instance that requires a username and a phone number the provider
    /// does not give: SigningUp with those missing, then updateSignUp and the phone code.
    void oauthSignUpWithMissingFields()
    {
        useProfile(QStringLiteral("username-phone"));
        auto auth = makeAuth(QStringLiteral("google-newbie"));
        QVERIFY(auth);
        Outcome o = await(auth->signUpWithOAuth(QStringLiteral("oauth_google")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(browserVisits, 1);
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SigningUp);
        const SignUpAttempt attempt = auth->signUpAttempt();
        QCOMPARE(attempt.emailAddress, QStringLiteral("newbie+clerk_test@example.com"));
        QCOMPARE(attempt.firstName, QStringLiteral("Nina"));
        QVERIFY2(attempt.missingFields.contains(QLatin1String("username")), qPrintable(attempt.missingFields.join(u',')));
        QVERIFY(!attempt.missingFields.contains(QLatin1String("email_address")));
        QVERIFY(!attempt.missingFields.contains(QLatin1String("password"))); // the provider stands in for it
        QVERIFY(!attempt.unverifiedFields.contains(QLatin1String("email_address"))); // the provider vouched

        SignUpParams rest;
        rest.username = QStringLiteral("nina_newbie");
        rest.phoneNumber = QStringLiteral("+15555550188");
        o = await(auth->updateSignUp(rest));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->signUpAttempt().unverifiedFields, QStringList{QStringLiteral("phone_number")});
        verifyAll(*auth);
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        const User user = auth->user();
        QCOMPARE(user.username, rest.username);
        QCOMPARE(user.primaryEmailAddress(), QStringLiteral("newbie+clerk_test@example.com"));
        QCOMPARE(user.externalAccounts.size(), 1);
        QCOMPARE(user.externalAccounts.first().strategy, QStringLiteral("oauth_google"));
    }

    void oauthSignUpOfANewUserCompletes()
    {
        auto auth = makeAuth(QStringLiteral("google-newbie"));
        QVERIFY(auth);
        const Outcome o = await(auth->signUpWithOAuth(QStringLiteral("oauth_google")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().primaryEmailAddress(), QStringLiteral("newbie+clerk_test@example.com"));
        QVERIFY(auth->signUpAttempt().isNull() || auth->signUpAttempt().status == SignUpAttempt::Status::Complete);
    }

    /// The provider account's email already belongs to Jane: Clerk marks the sign-up transferable and the SDK
    /// signs Jane in instead.
    void oauthSignUpOfAnExistingUserTransfers()
    {
        auto auth = makeAuth(QStringLiteral("google-jane"));
        QVERIFY(auth);
        const Outcome o = await(auth->signUpWithOAuth(QStringLiteral("oauth_google")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().id, QStringLiteral("user_2jane0000000000000000000001"));
        QCOMPARE(auth->sessions().size(), 1);
        QVERIFY(!auth->sessionToken().isEmpty());
    }

    void oauthSignUpRefusedAtTheProviderFails()
    {
        auto auth = makeAuth(QStringLiteral("google-newbie"), true);
        QVERIFY(auth);
        const Outcome o = await(auth->signUpWithOAuth(QStringLiteral("oauth_google")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_oauth_failed"));
        QCOMPARE(browserVisits, 1);
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
        QVERIFY(!auth->isSignedIn());
    }

    void oauthSignUpRejectsANonOAuthStrategy()
    {
        auto auth = makeAuth();
        QVERIFY(auth);
        const Outcome o = await(auth->signUpWithOAuth(QStringLiteral("password")));
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_strategy_not_supported"));
        QCOMPARE(browserVisits, 0);
    }
};

QTEST_GUILESS_MAIN(tst_SignUpFlows)
#include "tst_signup_flows.moc"
