// Every recorded Clerk response parses into the model without loss; error envelopes; JWT claims.
#include <ClerkQt/tokenclaims.h>

#include "fapiclient_p.h"
#include "jwt_p.h"
#include "referenceset.h"
#include "resources_p.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace Clerk;

namespace {

const qint64 kNow = 1767225600000; // fixed "now" for %%DATETIME n%%

/// Re-inflates the scrubbed placeholders: "%%DATETIME n%%" → now + n s (ms, a number), personal data → values.
QJsonValue inflate(const QJsonValue &v)
{
    static const QRegularExpression dt(QStringLiteral("^%%DATETIME (-?\\d+)%%$"));
    if (v.isString()) {
        const QString s = v.toString();
        const auto m = dt.match(s);
        if (m.hasMatch())
            return double(kNow + m.captured(1).toLongLong() * 1000);
        if (s == QLatin1String("%%EMAIL%%"))
            return QStringLiteral("recorded+clerk_test@example.com");
        if (s == QLatin1String("%%PHONE%%"))
            return QStringLiteral("+15555550105");
        if (s == QLatin1String("%%FIRSTNAME%%"))
            return QStringLiteral("Recorded");
        if (s == QLatin1String("%%LASTNAME%%"))
            return QStringLiteral("Response");
        return v;
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(inflate(item));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), inflate(it.value()));
        return out;
    }
    return v;
}

bool hasPlaceholder(const QJsonValue &v)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), v}}).toJson().contains("%%");
}

void checkUser(const QJsonObject &json, const User &u)
{
    QCOMPARE(u.raw, json);
    QCOMPARE(u.id, json.value(QLatin1String("id")).toString());
    QCOMPARE(u.firstName, json.value(QLatin1String("first_name")).toString());
    QCOMPARE(u.lastName, json.value(QLatin1String("last_name")).toString());
    QCOMPARE(u.username, json.value(QLatin1String("username")).toString());
    QCOMPARE(u.primaryEmailAddressId, json.value(QLatin1String("primary_email_address_id")).toString());
    QCOMPARE(u.primaryPhoneNumberId, json.value(QLatin1String("primary_phone_number_id")).toString());
    QCOMPARE(u.passwordEnabled, json.value(QLatin1String("password_enabled")).toBool());
    QCOMPARE(u.twoFactorEnabled, json.value(QLatin1String("two_factor_enabled")).toBool());
    QCOMPARE(u.publicMetadata, json.value(QLatin1String("public_metadata")).toObject().toVariantMap());
    const QJsonArray emails = json.value(QLatin1String("email_addresses")).toArray();
    QCOMPARE(u.emailAddresses.size(), emails.size());
    for (int i = 0; i < emails.size(); ++i) {
        const QJsonObject e = emails.at(i).toObject();
        QCOMPARE(u.emailAddresses.at(i).raw, e);
        QCOMPARE(u.emailAddresses.at(i).emailAddress, e.value(QLatin1String("email_address")).toString());
        QCOMPARE(u.emailAddresses.at(i).verificationStatus,
                 e.value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString());
    }
    const QJsonArray phones = json.value(QLatin1String("phone_numbers")).toArray();
    QCOMPARE(u.phoneNumbers.size(), phones.size());
    for (int i = 0; i < phones.size(); ++i)
        QCOMPARE(u.phoneNumbers.at(i).phoneNumber, phones.at(i).toObject().value(QLatin1String("phone_number")).toString());
    if (!u.primaryEmailAddressId.isEmpty() && !emails.isEmpty())
        QVERIFY(!u.primaryEmailAddress().isEmpty());
    if (json.value(QLatin1String("created_at")).isDouble()) {
        QVERIFY(u.createdAt.isValid());
        QCOMPARE(u.createdAt.toMSecsSinceEpoch(), qint64(json.value(QLatin1String("created_at")).toDouble()));
    }
    QCOMPARE(u.organizationMemberships.size(), json.value(QLatin1String("organization_memberships")).toArray().size());
    const QJsonArray accounts = json.value(QLatin1String("external_accounts")).toArray();
    QCOMPARE(u.externalAccounts.size(), accounts.size());
    for (int i = 0; i < accounts.size(); ++i)
        QCOMPARE(u.externalAccounts.at(i).raw, accounts.at(i).toObject());
    QCOMPARE(u.deleteSelfEnabled, json.value(QLatin1String("delete_self_enabled")).toBool());
}

QJsonObject recordedBody(const QString &relativePath)
{
    QFile f(ReferenceSet::recordedResponses() + QLatin1Char('/') + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonValue body = inflate(QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("body")));
    return body.isString() ? QJsonDocument::fromJson(body.toString().toUtf8()).object() : body.toObject();
}

void checkClient(const QJsonObject &json, const ClientModel &c)
{
    QCOMPARE(c.raw, json);
    QCOMPARE(c.id, json.value(QLatin1String("id")).toString());
    QCOMPARE(c.lastActiveSessionId, json.value(QLatin1String("last_active_session_id")).toString());
    const QJsonArray sessions = json.value(QLatin1String("sessions")).toArray();
    QCOMPARE(c.sessions.size(), sessions.size());
    for (int i = 0; i < sessions.size(); ++i) {
        const QJsonObject sj = sessions.at(i).toObject();
        const Session &s = c.sessions.at(i);
        QCOMPARE(s.id, sj.value(QLatin1String("id")).toString());
        QCOMPARE(s.statusString, sj.value(QLatin1String("status")).toString());
        QVERIFY(s.status != Session::Status::Unknown);
        QCOMPARE(s.expireAt.toMSecsSinceEpoch(), qint64(sj.value(QLatin1String("expire_at")).toDouble()));
        QCOMPARE(s.abandonAt.toMSecsSinceEpoch(), qint64(sj.value(QLatin1String("abandon_at")).toDouble()));
        QCOMPARE(s.lastActiveAt.toMSecsSinceEpoch(), qint64(sj.value(QLatin1String("last_active_at")).toDouble()));
        QCOMPARE(s.lastActiveOrganizationId, sj.value(QLatin1String("last_active_organization_id")).toString());
        QCOMPARE(s.isImpersonated(), !sj.value(QLatin1String("actor")).isNull());
        checkUser(sj.value(QLatin1String("user")).toObject(), s.user);
        // Nothing lost: the session minus its token, and the token kept apart.
        QVERIFY(!s.raw.contains(QLatin1String("last_active_token")));
        QJsonObject rebuilt = s.raw;
        const QString jwt = sj.value(QLatin1String("last_active_token")).toObject().value(QLatin1String("jwt")).toString();
        QCOMPARE(c.lastActiveTokens.value(s.id), jwt);
        if (sj.contains(QLatin1String("last_active_token")))
            rebuilt.insert(QStringLiteral("last_active_token"), sj.value(QLatin1String("last_active_token")));
        QCOMPARE(rebuilt, sj);
    }
    QCOMPARE(c.signIn.raw, json.value(QLatin1String("sign_in")).toObject());
    QCOMPARE(c.signUp.raw, json.value(QLatin1String("sign_up")).toObject());
}

} // namespace

class tst_FapiParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { CLERKQT_CHECK_REFERENCE_SET(); }

    void recorded_data()
    {
        QTest::addColumn<QString>("file");
        CLERKQT_REQUIRE_REFERENCE_SET();
        const QString dir = ReferenceSet::recordedResponses();
        QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        files.sort();
        QVERIFY2(files.size() >= 75, qPrintable(QStringLiteral("only %1 recorded responses in %2").arg(files.size()).arg(dir)));
        for (const QString &f : std::as_const(files))
            QTest::newRow(qPrintable(QDir(dir).relativeFilePath(f))) << f;
    }

    void recorded()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject recording = QJsonDocument::fromJson(f.readAll()).object();
        const QString key = recording.value(QLatin1String("key")).toString();
        QVERIFY(!key.isEmpty());
        const QJsonValue body = inflate(recording.value(QLatin1String("body")));
        QVERIFY(!hasPlaceholder(body));

        const QByteArray wire = body.isString() ? body.toString().toUtf8()
                                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        Error error;
        const FapiEnvelope env = parseEnvelope(wire, &error);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));

        if (key.startsWith(QLatin1String("HEAD "))) {
            QVERIFY(!env.enveloped);
            return;
        }
        if (key.contains(QLatin1String("/environment"))) {
            QVERIFY(!env.enveloped); // not enveloped
            const QJsonObject response = env.response.toObject();
            QVERIFY(response.contains(QLatin1String("auth_config")));
            QVERIFY(response.contains(QLatin1String("user_settings")));
            QCOMPARE(response, body.toObject());
            return;
        }
        QVERIFY(env.enveloped);
        QVERIFY(env.hasClientKey);
        QCOMPARE(env.body.toObject(), body.toObject());
        checkClient(env.client, parseClient(env.client));

        const QJsonObject response = env.response.toObject();
        const QString object = response.value(QLatin1String("object")).toString();
        if (object == QLatin1String("sign_in_attempt")) {
            const SignInAttempt a = parseSignInAttempt(response);
            QCOMPARE(a.raw, response);
            QCOMPARE(a.id, response.value(QLatin1String("id")).toString());
            QCOMPARE(a.statusString, response.value(QLatin1String("status")).toString());
            QVERIFY(a.status != SignInAttempt::Status::Unknown);
            QCOMPARE(a.identifier, response.value(QLatin1String("identifier")).toString());
            const QJsonArray firstFactors = response.value(QLatin1String("supported_first_factors")).toArray();
            QCOMPARE(a.supportedFirstFactors.size(), firstFactors.size());
            for (int i = 0; i < firstFactors.size(); ++i) {
                QCOMPARE(a.supportedFirstFactors.at(i).raw, firstFactors.at(i).toObject());
                QCOMPARE(a.supportedFirstFactors.at(i).strategyString,
                         firstFactors.at(i).toObject().value(QLatin1String("strategy")).toString());
                QVERIFY(a.supportedFirstFactors.at(i).strategy != Factor::Strategy::Unknown);
            }
            const QJsonObject firstVerification = response.value(QLatin1String("first_factor_verification")).toObject();
            QCOMPARE(a.firstFactorVerification.raw, firstVerification);
            QCOMPARE(a.firstFactorVerification.statusString, firstVerification.value(QLatin1String("status")).toString());
            QCOMPARE(a.firstFactorVerification.isNull(), firstVerification.isEmpty());
            QCOMPARE(a.createdSessionId, response.value(QLatin1String("created_session_id")).toString());
            if (a.status == SignInAttempt::Status::Complete) {
                const ClientModel c = parseClient(env.client);
                QVERIFY(c.findSession(a.createdSessionId));
                QVERIFY(!c.lastActiveTokens.value(a.createdSessionId).isEmpty());
            }
        } else if (object == QLatin1String("sign_up_attempt")) {
            const SignUpAttempt a = parseSignUpAttempt(response);
            QCOMPARE(a.raw, response);
            QCOMPARE(a.statusString, response.value(QLatin1String("status")).toString());
            QVERIFY(a.status != SignUpAttempt::Status::Unknown);
            QCOMPARE(a.emailAddress, response.value(QLatin1String("email_address")).toString());
            QCOMPARE(a.unverifiedFields.size(), response.value(QLatin1String("unverified_fields")).toArray().size());
            QCOMPARE(a.requiredFields.size(), response.value(QLatin1String("required_fields")).toArray().size());
        } else if (object == QLatin1String("user")) {
            if (response.value(QLatin1String("deleted")).toBool())
                QCOMPARE(parseUser(response).id, response.value(QLatin1String("id")).toString());
            else
                checkUser(response, parseUser(response));
        } else if (object == QLatin1String("email_address")) {
            const EmailAddress e = parseEmailAddress(response);
            QCOMPARE(e.raw, response);
            QCOMPARE(e.emailAddress, response.value(QLatin1String("email_address")).toString());
        } else if (object == QLatin1String("phone_number")) {
            const PhoneNumber p = parsePhoneNumber(response);
            QCOMPARE(p.raw, response);
            QCOMPARE(p.phoneNumber, response.value(QLatin1String("phone_number")).toString());
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected response object '%1' in %2").arg(object, key)));
        }
    }

    void signInFactors()
    {
        CLERKQT_REQUIRE_REFERENCE_SET();
        // POST /v1/client/sign_ins with the identifier only: the factors the user may take next.
        const QJsonObject created = recordedBody(QStringLiteral("sign_in_test/email_code/001.json"));
        QVERIFY(!created.isEmpty());
        const SignInAttempt a = parseSignInAttempt(created.value(QLatin1String("response")).toObject());
        QCOMPARE(a.status, SignInAttempt::Status::NeedsFirstFactor);
        QCOMPARE(a.statusString, QStringLiteral("needs_first_factor"));
        QCOMPARE(a.supportedFirstFactors.size(), 5);
        using S = Factor::Strategy;
        const QList<S> expected{S::Password, S::PhoneCode, S::EmailCode, S::EmailLink, S::ResetPasswordEmailCode};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(a.supportedFirstFactors.at(i).strategy, expected.at(i));
        QVERIFY(a.supportsFirstFactor(S::EmailCode));
        QVERIFY(!a.supportsFirstFactor(S::Totp));
        QVERIFY(a.supportedSecondFactors.isEmpty());
        const Factor password = a.supportedFirstFactors.at(0);
        QCOMPARE(password.strategyString, QStringLiteral("password"));
        QVERIFY(password.safeIdentifier.isEmpty());
        QVERIFY(!password.primary);
        const Factor phone = a.supportedFirstFactors.at(1);
        QCOMPARE(phone.safeIdentifier, QStringLiteral("+15555550105"));
        QCOMPARE(phone.phoneNumberId, QStringLiteral("IDENTIFIER_ID"));
        QVERIFY(phone.emailAddressId.isEmpty());
        QVERIFY(phone.primary);
        const Factor email = a.supportedFirstFactors.at(2);
        QCOMPARE(email.safeIdentifier, QStringLiteral("recorded+clerk_test@example.com"));
        QCOMPARE(email.emailAddressId, QStringLiteral("IDENTIFIER_ID"));
        QVERIFY(a.firstFactorVerification.isNull());
        QCOMPARE(a.firstFactorVerification.status, Verification::Status::Unknown);

        // After prepare_first_factor: the email code is sent and waits.
        const QJsonObject prepared = recordedBody(QStringLiteral("sign_in_test/email_code/002.json"));
        const Verification v =
            parseSignInAttempt(prepared.value(QLatin1String("response")).toObject()).firstFactorVerification;
        QVERIFY(!v.isNull());
        QCOMPARE(v.strategy, S::EmailCode);
        QCOMPARE(v.status, Verification::Status::Unverified);
        QCOMPARE(v.statusString, QStringLiteral("unverified"));
        QCOMPARE(v.attempts, 0);
        QCOMPARE(v.expireAt.toMSecsSinceEpoch(), kNow + 1000); // "%%DATETIME 1%%"

        // The completed attempt: verified after one attempt.
        const QJsonObject done = recordedBody(QStringLiteral("sign_in_test/email_code/003.json"));
        const SignInAttempt complete = parseSignInAttempt(done.value(QLatin1String("response")).toObject());
        QCOMPARE(complete.status, SignInAttempt::Status::Complete);
        QCOMPARE(complete.firstFactorVerification.status, Verification::Status::Verified);
        QCOMPARE(complete.firstFactorVerification.attempts, 1);
    }

    void unknownAndFamilyValues()
    {
        // Values Clerk may send that this version does not list keep their raw strings.
        const QJsonObject json = QJsonDocument::fromJson(R"({
            "id": "sia_1", "status": "needs_protect_check",
            "supported_first_factors": [{"strategy": "carrier_pigeon"}, {"strategy": "oauth_google"},
                                        {"strategy": "web3_metamask_signature", "web3_wallet_id": "w_1"},
                                        {"strategy": "saml"}, {"no_strategy": true}],
            "supported_second_factors": [{"strategy": "totp"}, {"strategy": "backup_code"},
                                         {"strategy": "phone_code", "safe_identifier": "+1*****0105",
                                          "phone_number_id": "idn_2", "default": true}],
            "second_factor_verification": {"status": "failed", "strategy": "totp", "attempts": null}
        })").object();
        const SignInAttempt a = parseSignInAttempt(json);
        QCOMPARE(a.status, SignInAttempt::Status::Unknown);
        QCOMPARE(a.statusString, QStringLiteral("needs_protect_check"));
        QCOMPARE(a.supportedFirstFactors.size(), 4); // the entry without a strategy is not a factor
        QCOMPARE(a.supportedFirstFactors.at(0).strategy, Factor::Strategy::Unknown);
        QCOMPARE(a.supportedFirstFactors.at(0).strategyString, QStringLiteral("carrier_pigeon"));
        QCOMPARE(a.supportedFirstFactors.at(1).strategy, Factor::Strategy::OAuth);
        QCOMPARE(a.supportedFirstFactors.at(1).strategyString, QStringLiteral("oauth_google"));
        QCOMPARE(a.supportedFirstFactors.at(2).strategy, Factor::Strategy::Web3);
        QCOMPARE(a.supportedFirstFactors.at(3).strategy, Factor::Strategy::EnterpriseSso);
        QCOMPARE(a.supportedSecondFactors.size(), 3);
        QCOMPARE(a.supportedSecondFactors.at(0).strategy, Factor::Strategy::Totp);
        QCOMPARE(a.supportedSecondFactors.at(1).strategy, Factor::Strategy::BackupCode);
        QCOMPARE(a.supportedSecondFactors.at(2).strategy, Factor::Strategy::PhoneCode);
        QCOMPARE(a.supportedSecondFactors.at(2).phoneNumberId, QStringLiteral("idn_2"));
        QCOMPARE(a.secondFactorVerification.status, Verification::Status::Failed);
        QCOMPARE(a.secondFactorVerification.attempts, -1);
        QVERIFY(a.supportsSecondFactor(Factor::Strategy::BackupCode));

        const SignUpAttempt up = parseSignUpAttempt(QJsonDocument::fromJson(R"({"id":"sua_1","status":"paused"})").object());
        QCOMPARE(up.status, SignUpAttempt::Status::Unknown);
        QCOMPARE(up.statusString, QStringLiteral("paused"));
        QCOMPARE(parseSignUpAttempt(QJsonDocument::fromJson(R"({"id":"sua_1","status":"missing_requirements"})").object()).status,
                 SignUpAttempt::Status::MissingRequirements);
    }

    void strategyNames()
    {
        // Factor::Strategy's values (and so QML code passing them) must mean the same as Factor::Strategy's.
        QCOMPARE(int(Factor::Strategy::Password), 0);
        QCOMPARE(int(Factor::Strategy::EmailCode), 1);
        QCOMPARE(int(Factor::Strategy::PhoneCode), 2);
        QCOMPARE(int(Factor::Strategy::Totp), 3);
        QCOMPARE(int(Factor::Strategy::BackupCode), 4);
        const QStringList names{QStringLiteral("password"), QStringLiteral("email_code"), QStringLiteral("phone_code"),
                                QStringLiteral("totp"), QStringLiteral("backup_code"), QStringLiteral("email_link"),
                                QStringLiteral("reset_password_email_code"),
                                QStringLiteral("reset_password_phone_code"), QStringLiteral("passkey"),
                                QStringLiteral("enterprise_sso"), QStringLiteral("ticket")};
        for (const QString &name : names)
            QCOMPARE(Factor::strategyName(Factor::strategyFromString(name)), name);
        QVERIFY(Factor::strategyName(Factor::Strategy::OAuth).isEmpty());
        QCOMPARE(Factor::strategyFromString(QStringLiteral("oauth_")), Factor::Strategy::Unknown);
    }

    void oauthProviders()
    {
        CLERKQT_REQUIRE_REFERENCE_SET();
        const QJsonObject env = recordedBody(QStringLiteral("environment_test/can_fetch_env/001.json"));
        QVERIFY(!env.isEmpty());
        const QList<OAuthProvider> providers = parseOAuthProviders(env);
        // The recording enables twelve providers but one is disabled (custom_spung) and one is neither
        // authenticatable nor selectable (twitter): ten remain, in the order of their strategies.
        QStringList strategies;
        for (const OAuthProvider &p : providers)
            strategies << p.strategy;
        QCOMPARE(strategies,
                 QStringList({QStringLiteral("oauth_apple"), QStringLiteral("oauth_box"), QStringLiteral("oauth_facebook"),
                              QStringLiteral("oauth_github"), QStringLiteral("oauth_google"),
                              QStringLiteral("oauth_linkedin_oidc"), QStringLiteral("oauth_notion"),
                              QStringLiteral("oauth_tiktok"), QStringLiteral("oauth_vercel"), QStringLiteral("oauth_x")}));
        const OAuthProvider google = providers.at(4);
        QCOMPARE(google.provider, QStringLiteral("google"));
        QCOMPARE(google.name, QStringLiteral("Google"));
        QCOMPARE(google.logoUrl, QStringLiteral("URL")); // scrubbed in the recording
        QVERIFY(google.blockEmailSubaddresses);
        QVERIFY(!google.required);
        QCOMPARE(providers.at(9).name, QStringLiteral("X / Twitter"));
        QVERIFY(!providers.at(0).blockEmailSubaddresses);

        // No name: the strategy stands in.
        const OAuthProvider bare = parseOAuthProvider(QStringLiteral("oauth_custom_acme"), QJsonObject());
        QCOMPARE(bare.strategy, QStringLiteral("oauth_custom_acme"));
        QCOMPARE(bare.provider, QStringLiteral("custom_acme"));
        QCOMPARE(bare.name, QStringLiteral("oauth_custom_acme"));
    }

    void userSettings()
    {
        CLERKQT_REQUIRE_REFERENCE_SET();
        const QJsonObject env = recordedBody(QStringLiteral("environment_test/can_fetch_env/001.json"));
        QVERIFY(!env.isEmpty());
        const UserSettings s = parseUserSettings(env);
        // The recorded instance: email, phone, names and password required, username optional, SMS, app and
        // backup codes as second factors, self-deletion on, passwords of 8 characters or more.
        QVERIFY(s.loaded);
        QVERIFY(s.emailAddressEnabled && s.phoneNumberEnabled && s.usernameEnabled);
        QVERIFY(s.firstNameEnabled && s.lastNameEnabled);
        QVERIFY(s.passwordEnabled && s.passwordRequired);
        QCOMPARE(s.passwordMinLength, 8);
        QVERIFY(s.totpEnabled && s.backupCodeEnabled && s.phoneSecondFactorEnabled);
        QVERIFY(s.deleteSelfEnabled);
        // What a sign-up and sign-in form need: username optional, every identifier usable for sign-in, codes
        // and links enabled, legal consent on, public sign-up, no enterprise SSO key at all.
        QVERIFY(s.emailAddressRequired && s.phoneNumberRequired && s.firstNameRequired && s.lastNameRequired);
        QVERIFY(!s.usernameRequired);
        QVERIFY(s.emailAddressUsedForSignIn && s.phoneNumberUsedForSignIn && s.usernameUsedForSignIn);
        QVERIFY(s.emailCodeEnabled && s.emailLinkEnabled && s.phoneCodeEnabled);
        QVERIFY(s.legalConsentEnabled);
        QCOMPARE(s.signUpMode, QStringLiteral("public"));
        QVERIFY(!s.enterpriseSsoEnabled);
        // The recording's display_config holds placeholders for its legal links.
        QCOMPARE(s.termsUrl, QUrl(QStringLiteral("URL")));
        QCOMPARE(s.privacyPolicyUrl, QUrl(QStringLiteral("URL")));
        QCOMPARE(s.raw, env.value(QLatin1String("user_settings")).toObject());
        QVERIFY(!parseUserSettings(QJsonObject()).loaded);
    }

    void externalAccountAndTotp()
    {
        // Shapes of Clerk's spec (ExternalAccount, TOTP), with the fields the SDK reads.
        const QJsonObject account{{QStringLiteral("object"), QStringLiteral("external_account")},
                                  {QStringLiteral("id"), QStringLiteral("eac_1")},
                                  {QStringLiteral("provider"), QStringLiteral("oauth_google")},
                                  {QStringLiteral("email_address"), QStringLiteral("jane@example.com")},
                                  {QStringLiteral("approved_scopes"), QStringLiteral("email openid profile")},
                                  {QStringLiteral("verification"),
                                   QJsonObject{{QStringLiteral("status"), QStringLiteral("verified")}}}};
        const ExternalAccount a = parseExternalAccount(account);
        QCOMPARE(a.strategy, QStringLiteral("oauth_google"));
        QCOMPARE(a.provider, QStringLiteral("google"));
        QCOMPARE(a.emailAddress, QStringLiteral("jane@example.com"));
        QCOMPARE(a.approvedScopes, QStringList({QStringLiteral("email"), QStringLiteral("openid"), QStringLiteral("profile")}));
        QVERIFY(a.isVerified());
        QCOMPARE(a.raw, account);

        const QJsonObject totp{{QStringLiteral("object"), QStringLiteral("totp")},
                               {QStringLiteral("id"), QStringLiteral("totp_1")},
                               {QStringLiteral("secret"), QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("uri"), QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("verified"), true},
                               {QStringLiteral("backup_codes"), QJsonArray{QStringLiteral("a1"), QStringLiteral("b2")}}};
        const TotpSetup t = parseTotp(totp);
        QCOMPARE(t.id, QStringLiteral("totp_1"));
        QVERIFY(t.verified);
        QVERIFY(t.secret.isEmpty() && t.uri.isEmpty());
        QCOMPARE(t.backupCodes, QStringList({QStringLiteral("a1"), QStringLiteral("b2")}));
    }

    void valueEquality()
    {
        // Hand-built values without raw JSON differ when their fields do.
        SignInAttempt a;
        a.id = QStringLiteral("sia_1");
        SignInAttempt b = a;
        QVERIFY(a == b);
        b.status = SignInAttempt::Status::Complete;
        QVERIFY(a != b);
        Factor f;
        f.strategy = Factor::Strategy::Totp;
        b = a;
        b.supportedSecondFactors << f;
        QVERIFY(a != b);
        User u1, u2;
        u1.firstName = QStringLiteral("Jane");
        QVERIFY(u1 != u2);
        u2.firstName = QStringLiteral("Jane");
        QVERIFY(u1 == u2);
        u2.raw.insert(QStringLiteral("id"), QStringLiteral("user_1"));
        QVERIFY(u1 != u2); // raw counts too
        Session s1, s2;
        s2.status = Session::Status::Active;
        QVERIFY(s1 != s2);
        Organization o1, o2;
        o2.membersCount = 3;
        QVERIFY(o1 != o2);
        Membership m1, m2;
        m2.permissions << QStringLiteral("org:sys_memberships:manage");
        QVERIFY(m1 != m2);
        OAuthProvider p1, p2;
        p2.name = QStringLiteral("Google");
        QVERIFY(p1 != p2);
        Verification v1, v2;
        v2.attempts = 2;
        QVERIFY(v1 != v2);
    }

    void envelopeShapes()
    {
        Error error;
        FapiEnvelope env = parseEnvelope("{\"response\":null,\"client\":null}", &error);
        QVERIFY(error.isNull());
        QVERIFY(env.enveloped);
        QVERIFY(env.hasClientKey);
        QVERIFY(env.client.isEmpty());
        QVERIFY(parseClient(env.client).isNull());

        env = parseEnvelope("{\"object\":\"token\",\"jwt\":\"a.b.c\"}", &error);
        QVERIFY(error.isNull());
        QVERIFY(!env.enveloped);
        QCOMPARE(env.response.toObject().value(QLatin1String("jwt")).toString(), QStringLiteral("a.b.c"));

        env = parseEnvelope("<html>oops", &error);
        QCOMPARE(error.kind(), Error::Kind::Protocol);

        error = Error();
        env = parseEnvelope("", &error);
        QVERIFY(error.isNull());
        QVERIFY(!env.enveloped);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("code");

        const QByteArray clerk = R"({"errors":[{"code":"form_password_incorrect","message":"Password is incorrect. Try again, or use another method.","long_message":"Password is incorrect.","meta":{"param_name":"password"}}],"clerk_trace_id":"trace_1"})";
        QTest::newRow("422 password") << 422 << clerk << -1 << Error::Kind::Auth << "form_password_incorrect";
        QTest::newRow("401 signed_out")
            << 401 << QByteArray(R"({"errors":[{"code":"signed_out","message":"Signed out","long_message":"You are signed out","meta":{}}]})")
            << -1 << Error::Kind::Auth << "signed_out";
        QTest::newRow("429") << 429
                             << QByteArray(R"({"errors":[{"code":"too_many_requests","message":"Too many requests","long_message":"","meta":{}}]})")
                             << 7 << Error::Kind::RateLimited << "too_many_requests";
        QTest::newRow("429 bare") << 429 << QByteArray() << 3 << Error::Kind::RateLimited << "too_many_requests";
        QTest::newRow("503 garbage") << 503 << QByteArray("<html>") << -1 << Error::Kind::Server << "clerkqt_http_503";
        QTest::newRow("404 not found")
            << 404 << QByteArray(R"({"errors":[{"code":"resource_not_found","message":"Not found","meta":{}}]})") << -1
            << Error::Kind::Auth << "resource_not_found";
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, retryAfter);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, code);
        const Error e = parseErrorResponse(status, body, retryAfter);
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.code(), code);
        QCOMPARE(e.httpStatus(), status);
        QVERIFY(!e.message().isEmpty());
        if (status == 429)
            QVERIFY(e.retryAfter() == std::chrono::seconds(retryAfter));
        else
            QVERIFY(!e.retryAfter());
        QCOMPARE(e.retryAfterMsecs(), status == 429 ? qint64(retryAfter) * 1000 : qint64(-1));
        if (code == QLatin1String("form_password_incorrect")) {
            QCOMPARE(e.longMessage(), QStringLiteral("Password is incorrect."));
            QCOMPARE(e.meta().value(QStringLiteral("param_name")).toString(), QStringLiteral("password"));
            QCOMPARE(e.meta().value(QStringLiteral("clerk_trace_id")).toString(), QStringLiteral("trace_1"));
        }
    }

    void formEncoding()
    {
        // '+' must not turn into a space on the server: jane+clerk_test@example.com.
        const QByteArray body = FapiClient::encodeForm({{QStringLiteral("identifier"), QStringLiteral("jane+clerk_test@example.com")},
                                                        {QStringLiteral("password"), QStringLiteral("a b&c=d")},
                                                        {QStringLiteral("active_organization_id"), QString()}});
        QCOMPARE(body, QByteArray("identifier=jane%2Bclerk_test%40example.com&password=a%20b%26c%3Dd&active_organization_id="));
        QUrlQuery parsed(QString::fromLatin1(body));
        QCOMPARE(parsed.queryItemValue(QStringLiteral("identifier"), QUrl::FullyDecoded),
                 QStringLiteral("jane+clerk_test@example.com"));
    }

    void jwtClaims()
    {
        auto b64 = [](const QByteArray &json) { return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)); };
        const QString v2 = b64(R"({"alg":"RS256"})") + QLatin1Char('.')
            + b64(R"({"sid":"sess_1","exp":1767225660,"v":2,"o":{"id":"org_1","slg":"acme","rol":"admin","per":"read,manage"}})")
            + QStringLiteral(".sig");
        const QJsonObject claims = decodeJwtClaims(v2);
        QCOMPARE(claims.value(QLatin1String("sid")).toString(), QStringLiteral("sess_1"));
        QCOMPARE(jwtExpiry(claims).toSecsSinceEpoch(), qint64(1767225660));
        const TokenClaims org = TokenClaims::fromJwt(v2);
        QCOMPARE(org.organizationId(), QStringLiteral("org_1"));
        QCOMPARE(org.organizationRole(), QStringLiteral("org:admin"));

        const QString v1 = b64("{}") + QLatin1Char('.')
            + b64(R"({"org_id":"org_2","org_role":"org:member","org_permissions":["org:invoices:read"]})") + QStringLiteral(".s");
        const TokenClaims org1 = TokenClaims::fromJwt(v1);
        QCOMPARE(org1.organizationRole(), QStringLiteral("org:member"));
        QCOMPARE(org1.organizationPermissions(), QStringList{QStringLiteral("org:invoices:read")});

        QVERIFY(decodeJwtClaims(QStringLiteral("e30=.e30=.e30=")).isEmpty());
        QVERIFY(decodeJwtClaims(QStringLiteral("not a jwt")).isEmpty());
        QVERIFY(decodeJwtClaims(QStringLiteral("a.!!!.c")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FapiParsing)
#include "tst_fapiparsing.moc"
