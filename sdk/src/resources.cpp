#include "resources_p.h"

#include "jwt_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Clerk {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

bool boolean(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toBool(false); }

QVariantMap map(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toObject().toVariantMap(); }

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out << item.toString();
    }
    return out;
}

QList<Factor> factors(const QJsonValue &v)
{
    QList<Factor> out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        const Factor f = parseFactor(item.toObject());
        if (!f.strategyString.isEmpty())
            out << f;
    }
    return out;
}

} // namespace

QDateTime parseTimestamp(const QJsonValue &value)
{
    const qint64 ms = jsonInt64(value, std::numeric_limits<qint64>::min());
    if (ms == std::numeric_limits<qint64>::min())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

EmailAddress parseEmailAddress(const QJsonObject &json)
{
    EmailAddress e;
    e.id = str(json, "id");
    e.emailAddress = str(json, "email_address");
    e.verificationStatus = json.value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString();
    e.reserved = boolean(json, "reserved");
    e.raw = json;
    return e;
}

PhoneNumber parsePhoneNumber(const QJsonObject &json)
{
    PhoneNumber p;
    p.id = str(json, "id");
    p.phoneNumber = str(json, "phone_number");
    p.verificationStatus = json.value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString();
    p.reservedForSecondFactor = boolean(json, "reserved_for_second_factor");
    p.defaultSecondFactor = boolean(json, "default_second_factor");
    p.raw = json;
    return p;
}

ExternalAccount parseExternalAccount(const QJsonObject &json)
{
    ExternalAccount a;
    a.id = str(json, "id");
    // Clerk's `provider` is the strategy ("oauth_google"); a bare provider name ("google") is taken as well.
    const QString provider = str(json, "provider");
    if (!provider.isEmpty()) {
        a.strategy = provider.startsWith(QLatin1String("oauth_")) ? provider : QStringLiteral("oauth_") + provider;
        a.provider = a.strategy.mid(6);
    }
    a.emailAddress = str(json, "email_address");
    a.username = str(json, "username");
    a.firstName = str(json, "first_name");
    a.lastName = str(json, "last_name");
    a.imageUrl = str(json, "image_url");
    a.approvedScopes = str(json, "approved_scopes").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    a.verificationStatus =
        json.value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString();
    a.raw = json;
    return a;
}

Organization parseOrganization(const QJsonObject &json)
{
    Organization o;
    o.id = str(json, "id");
    o.name = str(json, "name");
    o.slug = str(json, "slug");
    o.imageUrl = str(json, "image_url");
    o.hasImage = boolean(json, "has_image");
    o.membersCount = json.value(QLatin1String("members_count")).toInt(0);
    o.publicMetadata = map(json, "public_metadata");
    o.createdAt = parseTimestamp(json.value(QLatin1String("created_at")));
    o.updatedAt = parseTimestamp(json.value(QLatin1String("updated_at")));
    o.raw = json;
    return o;
}

Membership parseMembership(const QJsonObject &json)
{
    Membership m;
    m.id = str(json, "id");
    m.role = str(json, "role");
    m.roleName = str(json, "role_name");
    m.permissions = strings(json.value(QLatin1String("permissions")));
    m.organization = parseOrganization(json.value(QLatin1String("organization")).toObject());
    const QJsonObject user = json.value(QLatin1String("public_user_data")).toObject();
    m.publicUserData.userId = str(user, "user_id");
    m.publicUserData.identifier = str(user, "identifier");
    m.publicUserData.firstName = str(user, "first_name");
    m.publicUserData.lastName = str(user, "last_name");
    m.publicUserData.imageUrl = str(user, "image_url");
    m.publicUserData.hasImage = boolean(user, "has_image");
    m.publicMetadata = map(json, "public_metadata");
    m.createdAt = parseTimestamp(json.value(QLatin1String("created_at")));
    m.updatedAt = parseTimestamp(json.value(QLatin1String("updated_at")));
    m.raw = json;
    return m;
}

User parseUser(const QJsonObject &json)
{
    User u;
    u.id = str(json, "id");
    u.firstName = str(json, "first_name");
    u.lastName = str(json, "last_name");
    u.username = str(json, "username");
    u.imageUrl = str(json, "image_url");
    u.hasImage = boolean(json, "has_image");
    u.primaryEmailAddressId = str(json, "primary_email_address_id");
    u.primaryPhoneNumberId = str(json, "primary_phone_number_id");
    const QJsonArray emails = json.value(QLatin1String("email_addresses")).toArray();
    for (const QJsonValue &e : emails)
        u.emailAddresses << parseEmailAddress(e.toObject());
    const QJsonArray phones = json.value(QLatin1String("phone_numbers")).toArray();
    for (const QJsonValue &p : phones)
        u.phoneNumbers << parsePhoneNumber(p.toObject());
    const QJsonArray accounts = json.value(QLatin1String("external_accounts")).toArray();
    for (const QJsonValue &a : accounts)
        u.externalAccounts << parseExternalAccount(a.toObject());
    u.deleteSelfEnabled = boolean(json, "delete_self_enabled");
    u.passwordEnabled = boolean(json, "password_enabled");
    u.twoFactorEnabled = boolean(json, "two_factor_enabled");
    u.totpEnabled = boolean(json, "totp_enabled");
    u.backupCodeEnabled = boolean(json, "backup_code_enabled");
    u.publicMetadata = map(json, "public_metadata");
    u.unsafeMetadata = map(json, "unsafe_metadata");
    const QJsonArray memberships = json.value(QLatin1String("organization_memberships")).toArray();
    for (const QJsonValue &m : memberships)
        u.organizationMemberships << parseMembership(m.toObject());
    u.createdAt = parseTimestamp(json.value(QLatin1String("created_at")));
    u.updatedAt = parseTimestamp(json.value(QLatin1String("updated_at")));
    u.lastSignInAt = parseTimestamp(json.value(QLatin1String("last_sign_in_at")));
    u.raw = json;
    return u;
}

QString User::fullName() const
{
    return (firstName + QLatin1Char(' ') + lastName).trimmed();
}

QString User::primaryEmailAddress() const
{
    for (const EmailAddress &e : emailAddresses) {
        if (e.id == primaryEmailAddressId)
            return e.emailAddress;
    }
    return {};
}

QString User::primaryPhoneNumber() const
{
    for (const PhoneNumber &p : phoneNumbers) {
        if (p.id == primaryPhoneNumberId)
            return p.phoneNumber;
    }
    return {};
}

Session::Status sessionStatusFromString(const QString &s)
{
    static const QHash<QString, Session::Status> table = {
        {QStringLiteral("active"), Session::Status::Active},     {QStringLiteral("pending"), Session::Status::Pending},
        {QStringLiteral("ended"), Session::Status::Ended},       {QStringLiteral("expired"), Session::Status::Expired},
        {QStringLiteral("removed"), Session::Status::Removed},   {QStringLiteral("replaced"), Session::Status::Replaced},
        {QStringLiteral("abandoned"), Session::Status::Abandoned}, {QStringLiteral("revoked"), Session::Status::Revoked},
    };
    return table.value(s, Session::Status::Unknown);
}

Session parseSession(const QJsonObject &json, QString *lastActiveToken)
{
    Session s;
    s.id = str(json, "id");
    s.statusString = str(json, "status");
    s.status = sessionStatusFromString(s.statusString);
    s.user = parseUser(json.value(QLatin1String("user")).toObject());
    s.lastActiveAt = parseTimestamp(json.value(QLatin1String("last_active_at")));
    s.expireAt = parseTimestamp(json.value(QLatin1String("expire_at")));
    s.abandonAt = parseTimestamp(json.value(QLatin1String("abandon_at")));
    s.lastActiveOrganizationId = str(json, "last_active_organization_id");
    s.actor = map(json, "actor");
    for (const QJsonValue &task : json.value(QLatin1String("tasks")).toArray()) {
        const QString key = task.toObject().value(QLatin1String("key")).toString();
        if (!key.isEmpty())
            s.tasks << key;
    }
    s.createdAt = parseTimestamp(json.value(QLatin1String("created_at")));
    s.updatedAt = parseTimestamp(json.value(QLatin1String("updated_at")));
    if (lastActiveToken)
        *lastActiveToken = json.value(QLatin1String("last_active_token")).toObject().value(QLatin1String("jwt")).toString();
    s.raw = json;
    s.raw.remove(QLatin1String("last_active_token"));
    return s;
}

Factor::Strategy Factor::strategyFromString(const QString &name)
{
    static const QHash<QString, Strategy> table = {
        {QStringLiteral("password"), Strategy::Password},
        {QStringLiteral("email_code"), Strategy::EmailCode},
        {QStringLiteral("phone_code"), Strategy::PhoneCode},
        {QStringLiteral("totp"), Strategy::Totp},
        {QStringLiteral("backup_code"), Strategy::BackupCode},
        {QStringLiteral("email_link"), Strategy::EmailLink},
        {QStringLiteral("reset_password_email_code"), Strategy::ResetPasswordEmailCode},
        {QStringLiteral("reset_password_phone_code"), Strategy::ResetPasswordPhoneCode},
        {QStringLiteral("passkey"), Strategy::Passkey},
        {QStringLiteral("enterprise_sso"), Strategy::EnterpriseSso},
        {QStringLiteral("saml"), Strategy::EnterpriseSso},
        {QStringLiteral("ticket"), Strategy::Ticket},
    };
    if (const auto it = table.constFind(name); it != table.cend())
        return *it;
    // The families whose names carry the provider or wallet.
    if (name.startsWith(QLatin1String("oauth_")) && name.size() > 6)
        return Strategy::OAuth;
    if (name.startsWith(QLatin1String("web3_")) && name.endsWith(QLatin1String("_signature")))
        return Strategy::Web3;
    return Strategy::Unknown;
}

QString Factor::strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Password: return QStringLiteral("password");
    case Strategy::EmailCode: return QStringLiteral("email_code");
    case Strategy::PhoneCode: return QStringLiteral("phone_code");
    case Strategy::Totp: return QStringLiteral("totp");
    case Strategy::BackupCode: return QStringLiteral("backup_code");
    case Strategy::EmailLink: return QStringLiteral("email_link");
    case Strategy::ResetPasswordEmailCode: return QStringLiteral("reset_password_email_code");
    case Strategy::ResetPasswordPhoneCode: return QStringLiteral("reset_password_phone_code");
    case Strategy::Passkey: return QStringLiteral("passkey");
    case Strategy::EnterpriseSso: return QStringLiteral("enterprise_sso");
    case Strategy::Ticket: return QStringLiteral("ticket");
    case Strategy::OAuth:
    case Strategy::Web3:
    case Strategy::Unknown: break;
    }
    return {};
}

Verification::Status Verification::statusFromString(const QString &name)
{
    static const QHash<QString, Status> table = {
        {QStringLiteral("unverified"), Status::Unverified}, {QStringLiteral("verified"), Status::Verified},
        {QStringLiteral("transferable"), Status::Transferable}, {QStringLiteral("failed"), Status::Failed},
        {QStringLiteral("expired"), Status::Expired},
    };
    return table.value(name, Status::Unknown);
}

SignInAttempt::Status SignInAttempt::statusFromString(const QString &name)
{
    static const QHash<QString, Status> table = {
        {QStringLiteral("needs_identifier"), Status::NeedsIdentifier},
        {QStringLiteral("needs_first_factor"), Status::NeedsFirstFactor},
        {QStringLiteral("needs_second_factor"), Status::NeedsSecondFactor},
        {QStringLiteral("needs_new_password"), Status::NeedsNewPassword},
        {QStringLiteral("needs_client_trust"), Status::NeedsClientTrust},
        {QStringLiteral("complete"), Status::Complete},
        {QStringLiteral("abandoned"), Status::Abandoned},
    };
    return table.value(name, Status::Unknown);
}

SignUpAttempt::Status SignUpAttempt::statusFromString(const QString &name)
{
    static const QHash<QString, Status> table = {
        {QStringLiteral("missing_requirements"), Status::MissingRequirements},
        {QStringLiteral("complete"), Status::Complete},
        {QStringLiteral("abandoned"), Status::Abandoned},
    };
    return table.value(name, Status::Unknown);
}

bool SignInAttempt::supportsFirstFactor(Factor::Strategy strategy) const
{
    return std::any_of(supportedFirstFactors.cbegin(), supportedFirstFactors.cend(),
                       [strategy](const Factor &f) { return f.strategy == strategy; });
}

bool SignInAttempt::supportsSecondFactor(Factor::Strategy strategy) const
{
    return std::any_of(supportedSecondFactors.cbegin(), supportedSecondFactors.cend(),
                       [strategy](const Factor &f) { return f.strategy == strategy; });
}

Factor parseFactor(const QJsonObject &json)
{
    Factor f;
    f.strategyString = str(json, "strategy");
    f.strategy = Factor::strategyFromString(f.strategyString);
    f.safeIdentifier = str(json, "safe_identifier");
    f.emailAddressId = str(json, "email_address_id");
    f.phoneNumberId = str(json, "phone_number_id");
    f.primary = boolean(json, "primary");
    f.raw = json;
    return f;
}

Verification parseVerification(const QJsonObject &json)
{
    Verification v;
    v.strategyString = str(json, "strategy");
    v.strategy = Factor::strategyFromString(v.strategyString);
    v.statusString = str(json, "status");
    v.status = Verification::statusFromString(v.statusString);
    const QJsonValue attempts = json.value(QLatin1String("attempts"));
    v.attempts = attempts.isDouble() ? attempts.toInt(-1) : -1;
    v.expireAt = parseTimestamp(json.value(QLatin1String("expire_at")));
    v.raw = json;
    return v;
}

SignInAttempt parseSignInAttempt(const QJsonObject &json)
{
    SignInAttempt a;
    a.id = str(json, "id");
    a.statusString = str(json, "status");
    a.status = SignInAttempt::statusFromString(a.statusString);
    a.identifier = str(json, "identifier");
    a.supportedFirstFactors = factors(json.value(QLatin1String("supported_first_factors")));
    a.supportedSecondFactors = factors(json.value(QLatin1String("supported_second_factors")));
    a.firstFactorVerification = parseVerification(json.value(QLatin1String("first_factor_verification")).toObject());
    a.secondFactorVerification = parseVerification(json.value(QLatin1String("second_factor_verification")).toObject());
    a.createdSessionId = str(json, "created_session_id");
    a.abandonAt = parseTimestamp(json.value(QLatin1String("abandon_at")));
    a.raw = json;
    return a;
}

SignUpAttempt parseSignUpAttempt(const QJsonObject &json)
{
    SignUpAttempt a;
    a.id = str(json, "id");
    a.statusString = str(json, "status");
    a.status = SignUpAttempt::statusFromString(a.statusString);
    a.requiredFields = strings(json.value(QLatin1String("required_fields")));
    a.optionalFields = strings(json.value(QLatin1String("optional_fields")));
    a.missingFields = strings(json.value(QLatin1String("missing_fields")));
    a.unverifiedFields = strings(json.value(QLatin1String("unverified_fields")));
    a.emailAddress = str(json, "email_address");
    a.phoneNumber = str(json, "phone_number");
    a.username = str(json, "username");
    a.firstName = str(json, "first_name");
    a.lastName = str(json, "last_name");
    a.createdSessionId = str(json, "created_session_id");
    a.createdUserId = str(json, "created_user_id");
    a.abandonAt = parseTimestamp(json.value(QLatin1String("abandon_at")));
    a.raw = json;
    return a;
}

OAuthProvider parseOAuthProvider(const QString &key, const QJsonObject &json)
{
    OAuthProvider p;
    p.strategy = str(json, "strategy");
    if (p.strategy.isEmpty())
        p.strategy = key;
    p.provider = p.strategy.startsWith(QLatin1String("oauth_")) ? p.strategy.mid(6) : p.strategy;
    p.name = str(json, "name");
    if (p.name.isEmpty())
        p.name = p.strategy;
    p.logoUrl = str(json, "logo_url");
    p.required = boolean(json, "required");
    p.blockEmailSubaddresses = boolean(json, "block_email_subaddresses");
    p.raw = json;
    return p;
}

QList<OAuthProvider> parseOAuthProviders(const QJsonObject &environment)
{
    QList<OAuthProvider> out;
    const QJsonObject social =
        environment.value(QLatin1String("user_settings")).toObject().value(QLatin1String("social")).toObject();
    for (auto it = social.begin(); it != social.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        // What a sign-in form may offer: enabled, usable to sign in, and not hidden from the picker.
        if (p.value(QLatin1String("enabled")).toBool() && p.value(QLatin1String("authenticatable")).toBool(true)
            && !p.value(QLatin1String("not_selectable")).toBool())
            out << parseOAuthProvider(it.key(), p);
    }
    return out;
}

UserSettings parseUserSettings(const QJsonObject &environment)
{
    UserSettings u;
    const QJsonObject settings = environment.value(QLatin1String("user_settings")).toObject();
    const QJsonObject attributes = settings.value(QLatin1String("attributes")).toObject();
    auto attribute = [&attributes](const char *name) { return attributes.value(QLatin1String(name)).toObject(); };
    u.emailAddressEnabled = boolean(attribute("email_address"), "enabled");
    u.phoneNumberEnabled = boolean(attribute("phone_number"), "enabled");
    u.usernameEnabled = boolean(attribute("username"), "enabled");
    u.firstNameEnabled = boolean(attribute("first_name"), "enabled");
    u.lastNameEnabled = boolean(attribute("last_name"), "enabled");
    u.passwordEnabled = boolean(attribute("password"), "enabled");
    u.passwordRequired = boolean(attribute("password"), "required");
    u.passwordMinLength = settings.value(QLatin1String("password_settings")).toObject()
                              .value(QLatin1String("min_length")).toInt(0);
    u.totpEnabled = boolean(attribute("authenticator_app"), "enabled");
    u.backupCodeEnabled = boolean(attribute("backup_code"), "enabled");
    // A phone number is a second factor only while the attribute itself is on.
    const QStringList phoneSecondFactors = strings(attribute("phone_number").value(QLatin1String("second_factors")));
    u.phoneSecondFactorEnabled = u.phoneNumberEnabled && phoneSecondFactors.contains(QLatin1String("phone_code"));
    u.deleteSelfEnabled = boolean(settings.value(QLatin1String("actions")).toObject(), "delete_self");
    u.emailAddressRequired = boolean(attribute("email_address"), "required");
    u.phoneNumberRequired = boolean(attribute("phone_number"), "required");
    u.usernameRequired = boolean(attribute("username"), "required");
    u.firstNameRequired = boolean(attribute("first_name"), "required");
    u.lastNameRequired = boolean(attribute("last_name"), "required");
    // Clerk keeps an attribute's flags when it is switched off; only an enabled one can be used.
    u.emailAddressUsedForSignIn = u.emailAddressEnabled && boolean(attribute("email_address"), "used_for_first_factor");
    u.phoneNumberUsedForSignIn = u.phoneNumberEnabled && boolean(attribute("phone_number"), "used_for_first_factor");
    u.usernameUsedForSignIn = u.usernameEnabled && boolean(attribute("username"), "used_for_first_factor");
    const QStringList emailFactors = strings(attribute("email_address").value(QLatin1String("first_factors")));
    const QStringList phoneFactors = strings(attribute("phone_number").value(QLatin1String("first_factors")));
    u.emailCodeEnabled = u.emailAddressEnabled && emailFactors.contains(QLatin1String("email_code"));
    u.emailLinkEnabled = u.emailAddressEnabled && emailFactors.contains(QLatin1String("email_link"));
    u.phoneCodeEnabled = u.phoneNumberEnabled && phoneFactors.contains(QLatin1String("phone_code"));
    const QJsonObject signUp = settings.value(QLatin1String("sign_up")).toObject();
    u.legalConsentEnabled = boolean(signUp, "legal_consent_enabled");
    u.signUpMode = str(signUp, "mode");
    u.enterpriseSsoEnabled = boolean(settings.value(QLatin1String("enterprise_sso")).toObject(), "enabled");
    // Clerk sends "" for an instance without legal pages; an empty QUrl says "none" to QML as well.
    const QJsonObject display = environment.value(QLatin1String("display_config")).toObject();
    u.termsUrl = QUrl(str(display, "terms_url"));
    u.privacyPolicyUrl = QUrl(str(display, "privacy_policy_url"));
    u.loaded = !settings.isEmpty();
    u.raw = settings;
    return u;
}

TotpSetup parseTotp(const QJsonObject &json)
{
    TotpSetup t;
    t.id = str(json, "id");
    t.secret = str(json, "secret");
    t.uri = str(json, "uri");
    t.verified = boolean(json, "verified");
    t.backupCodes = strings(json.value(QLatin1String("backup_codes")));
    t.raw = json;
    return t;
}

const Session *ClientModel::findSession(const QString &sessionId) const
{
    for (const Session &s : sessions) {
        if (s.id == sessionId)
            return &s;
    }
    return nullptr;
}

ClientModel parseClient(const QJsonObject &json)
{
    ClientModel c;
    c.id = str(json, "id");
    const QJsonArray sessions = json.value(QLatin1String("sessions")).toArray();
    for (const QJsonValue &v : sessions) {
        QString jwt;
        Session s = parseSession(v.toObject(), &jwt);
        if (s.isNull())
            continue;
        if (!jwt.isEmpty())
            c.lastActiveTokens.insert(s.id, jwt);
        c.sessions << s;
    }
    c.signIn = parseSignInAttempt(json.value(QLatin1String("sign_in")).toObject());
    c.signUp = parseSignUpAttempt(json.value(QLatin1String("sign_up")).toObject());
    c.lastActiveSessionId = str(json, "last_active_session_id");
    c.raw = json;
    return c;
}

FapiEnvelope parseEnvelope(const QByteArray &body, Error *error)
{
    FapiEnvelope env;
    if (body.trimmed().isEmpty())
        return env;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        if (error)
            *error = Error(Error::Kind::Protocol, QStringLiteral("clerkqt_malformed_response"),
                           QStringLiteral("Clerk's answer is not valid JSON."), parseError.errorString());
        return env;
    }
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        env.body = o;
        if (o.contains(QLatin1String("response"))) {
            env.enveloped = true;
            env.response = o.value(QLatin1String("response"));
            if (o.contains(QLatin1String("client"))) {
                env.hasClientKey = true;
                env.client = o.value(QLatin1String("client")).toObject();
            }
        } else {
            env.response = o;
        }
    } else {
        env.body = doc.array();
        env.response = doc.array();
    }
    return env;
}

Error parseErrorResponse(int httpStatus, const QByteArray &body, int retryAfterSeconds)
{
    Error::Kind kind = Error::Kind::Auth;
    if (httpStatus == 429)
        kind = Error::Kind::RateLimited;
    else if (httpStatus >= 500)
        kind = Error::Kind::Server;

    QString code, message, longMessage;
    QVariantMap meta;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray errors = doc.object().value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        code = first.value(QLatin1String("code")).toString();
        message = first.value(QLatin1String("message")).toString();
        longMessage = first.value(QLatin1String("long_message")).toString();
        meta = first.value(QLatin1String("meta")).toObject().toVariantMap();
        const QString trace = doc.object().value(QLatin1String("clerk_trace_id")).toString();
        if (!trace.isEmpty())
            meta.insert(QStringLiteral("clerk_trace_id"), trace);
    }
    if (code.isEmpty()) {
        if (httpStatus == 429)
            code = QStringLiteral("too_many_requests");
        else
            code = QStringLiteral("clerkqt_http_%1").arg(httpStatus);
        message = QStringLiteral("Clerk answered HTTP %1.").arg(httpStatus);
    }
    return Error(kind, code, message, longMessage, httpStatus, meta, httpStatus == 429 && retryAfterSeconds >= 0
                     ? std::optional<std::chrono::seconds>(retryAfterSeconds)
                     : std::nullopt);
}

} // namespace Clerk
