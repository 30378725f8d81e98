#include "model_p.h"
#include "totp_p.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace ClerkEmulator {

QString newId(const QString &prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix + QLatin1Char('_');
    for (int i = 0; i < 27; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id;
}

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue nullableTime(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

QString normalizePhone(const QString &phone)
{
    QString digits;
    for (const QChar ch : phone) {
        if (ch.isDigit())
            digits += ch;
    }
    return digits.isEmpty() ? QString() : QLatin1Char('+') + digits;
}

QStringList defaultPermissions(const QString &role)
{
    if (role == QLatin1String("org:admin"))
        return {QStringLiteral("org:sys_profile:manage"), QStringLiteral("org:sys_profile:delete"),
                QStringLiteral("org:sys_memberships:read"), QStringLiteral("org:sys_memberships:manage"),
                QStringLiteral("org:sys_domains:read"), QStringLiteral("org:sys_domains:manage")};
    if (role == QLatin1String("org:member"))
        return {QStringLiteral("org:sys_memberships:read")};
    return {};
}

static QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

const OAuthProvider *InstanceSettings::provider(const QString &strategy) const
{
    for (const OAuthProvider &p : oauthProviders) {
        if (p.strategy == strategy)
            return &p;
    }
    return nullptr;
}

QJsonObject Verification::toJson(bool withSignUpFields) const
{
    QJsonObject o{
        {QStringLiteral("object"), object},
        {QStringLiteral("status"), status},
        {QStringLiteral("strategy"), strategy},
        {QStringLiteral("attempts"), attempts < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(attempts)},
        {QStringLiteral("expire_at"), nullableTime(expireAt)},
    };
    if (object == QLatin1String("verification_oauth")) {
        o.insert(QStringLiteral("external_verification_redirect_url"), nullable(externalUrl));
        o.insert(QStringLiteral("error"), errorCode.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(QJsonObject{{QStringLiteral("code"), errorCode},
                                                                                       {QStringLiteral("message"), QStringLiteral("The External Account was not found.")},
                                                                                       {QStringLiteral("long_message"), QStringLiteral("The External Account was not found.")}}));
    }
    if (object == QLatin1String("verification_otp")) {
        if (!channel.isEmpty())
            o.insert(QStringLiteral("channel"), channel);
        if (withSignUpFields) {
            o.insert(QStringLiteral("next_action"),
                     status == QLatin1String("verified") ? QString() : QStringLiteral("needs_attempt"));
            o.insert(QStringLiteral("supported_strategies"), QJsonArray{strategy});
        }
    }
    return o;
}

QJsonObject EmailAddress::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("email_address")},
        {QStringLiteral("email_address"), email},
        {QStringLiteral("reserved"), false},
        {QStringLiteral("verification"),
         verification ? QJsonValue(verification->toJson(false)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("linked_to"), QJsonArray()},
        {QStringLiteral("matches_sso_connection"), false},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt},
    };
}

QJsonObject PhoneNumber::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("phone_number")},
        {QStringLiteral("phone_number"), phone},
        {QStringLiteral("reserved_for_second_factor"), false},
        {QStringLiteral("default_second_factor"), false},
        {QStringLiteral("reserved"), false},
        {QStringLiteral("verification"),
         verification ? QJsonValue(verification->toJson(false)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("linked_to"), QJsonArray()},
        {QStringLiteral("backup_codes"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt},
    };
}

QString User::primaryEmail() const
{
    for (const EmailAddress &e : emails) {
        if (e.id == primaryEmailId)
            return e.email;
    }
    return {};
}

QString User::primaryPhone() const
{
    for (const PhoneNumber &p : phones) {
        if (p.id == primaryPhoneId)
            return p.phone;
    }
    return {};
}

EmailAddress *User::email(const QString &id)
{
    for (EmailAddress &e : emails) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

PhoneNumber *User::phone(const QString &id)
{
    for (PhoneNumber &p : phones) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

static Verification adminVerification()
{
    Verification v;
    v.object = QStringLiteral("verification_admin");
    v.status = QStringLiteral("verified");
    v.strategy = QStringLiteral("admin");
    v.attempts = -1;
    return v;
}

bool Model::addUser(const QJsonObject &seedUser, qint64 now, QString *error, QString *userId)
{
    User user;
    user.id = seedUser.value(QStringLiteral("id")).toString();
    if (user.id.isEmpty())
        user.id = newId(QStringLiteral("user"));
    if (users.contains(user.id)) {
        *error = QStringLiteral("duplicate user id %1").arg(user.id);
        return false;
    }
    user.username = seedUser.value(QStringLiteral("username")).toString();
    user.firstName = seedUser.value(QStringLiteral("first_name")).toString();
    user.lastName = seedUser.value(QStringLiteral("last_name")).toString();
    user.password = seedUser.value(QStringLiteral("password")).toString();
    user.publicMetadata = seedUser.value(QStringLiteral("public_metadata")).toObject();
    user.unsafeMetadata = seedUser.value(QStringLiteral("unsafe_metadata")).toObject();
    user.backupCodes = stringList(seedUser.value(QStringLiteral("backup_codes")));
    const QString totp = seedUser.value(QStringLiteral("totp_secret")).toString();
    if (!totp.isEmpty()) {
        user.totpSecret = Totp::decodeBase32(totp);
        if (user.totpSecret.isEmpty()) {
            *error = QStringLiteral("user %1: totp_secret is not base32").arg(user.id);
            return false;
        }
    }
    if (!user.username.isEmpty() && identifierTaken(user.username)) {
        *error = QStringLiteral("username %1 is taken").arg(user.username);
        return false;
    }
    for (const QString &email : stringList(seedUser.value(QStringLiteral("email_addresses")))) {
        if (!email.contains(QLatin1Char('@')) || identifierTaken(email)) {
            *error = QStringLiteral("user %1: email address invalid or taken").arg(user.id);
            return false;
        }
        user.emails.append({newId(QStringLiteral("idn")), email.toLower(), adminVerification(), now, now});
    }
    for (const QString &phone : stringList(seedUser.value(QStringLiteral("phone_numbers")))) {
        const QString normalized = normalizePhone(phone);
        if (normalized.isEmpty() || identifierTaken(normalized)) {
            *error = QStringLiteral("user %1: phone number invalid or taken").arg(user.id);
            return false;
        }
        user.phones.append({newId(QStringLiteral("idn")), normalized, adminVerification(), now, now});
    }
    if (user.emails.isEmpty() && user.phones.isEmpty() && user.username.isEmpty()) {
        *error = QStringLiteral("user %1 has no identifier").arg(user.id);
        return false;
    }
    if (!user.emails.isEmpty())
        user.primaryEmailId = user.emails.first().id;
    if (!user.phones.isEmpty())
        user.primaryPhoneId = user.phones.first().id;
    user.createdAt = user.updatedAt = now;
    if (userId)
        *userId = user.id;
    userOrder.append(user.id);
    users.insert(user.id, user);
    return true;
}

bool Model::load(const QJsonObject &seed, qint64 now, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    *this = Model();
    m_seed = seed;

    const QJsonObject inst = seed.value(QStringLiteral("instance")).toObject();
    instance.id = inst.value(QStringLiteral("id")).toString(QStringLiteral("ins_2emuLat0rClerkQtDefau1tSeed"));
    instance.applicationName = inst.value(QStringLiteral("application_name")).toString(QStringLiteral("clerk-qt emulator"));
    instance.singleSessionMode = inst.value(QStringLiteral("single_session_mode")).toBool(false);
    instance.sessionTokenVersion = inst.value(QStringLiteral("session_token_version")).toInt(2);
    instance.sessionLifetimeSeconds = inst.value(QStringLiteral("session_lifetime_seconds")).toInteger(7 * 24 * 3600);
    instance.identifiers = stringList(inst.value(QStringLiteral("identifiers")));
    instance.firstFactors = stringList(inst.value(QStringLiteral("first_factors")));
    instance.secondFactors = stringList(inst.value(QStringLiteral("second_factors")));
    const QJsonObject signUp = inst.value(QStringLiteral("sign_up")).toObject();
    instance.signUpRequired = stringList(signUp.value(QStringLiteral("required")));
    instance.signUpOptional = stringList(signUp.value(QStringLiteral("optional")));
    instance.signUpVerify = stringList(signUp.value(QStringLiteral("verify")));
    instance.passwordMinLength = inst.value(QStringLiteral("password_min_length")).toInt(8);
    for (const QJsonValue &pv : inst.value(QStringLiteral("oauth_providers")).toArray()) {
        const QJsonObject po = pv.toObject();
        OAuthProvider provider{po.value(QStringLiteral("strategy")).toString(), po.value(QStringLiteral("name")).toString(), {}};
        if (!provider.strategy.startsWith(QLatin1String("oauth_"))) {
            *error = QStringLiteral("an OAuth provider's strategy starts with oauth_");
            return false;
        }
        for (const QJsonValue &av : po.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject ao = av.toObject();
            provider.accounts.append({ao.value(QStringLiteral("provider_user_id")).toString(),
                                      ao.value(QStringLiteral("email")).toString().toLower(),
                                      ao.value(QStringLiteral("first_name")).toString(),
                                      ao.value(QStringLiteral("last_name")).toString()});
        }
        instance.oauthProviders.append(provider);
    }
    if (instance.identifiers.isEmpty())
        instance.identifiers = {QStringLiteral("email_address")};
    if (instance.firstFactors.isEmpty())
        instance.firstFactors = {QStringLiteral("password")};
    if (instance.sessionTokenVersion != 1 && instance.sessionTokenVersion != 2) {
        *error = QStringLiteral("instance.session_token_version must be 1 or 2");
        return false;
    }

    for (const QJsonValue &u : seed.value(QStringLiteral("users")).toArray()) {
        if (!addUser(u.toObject(), now, error))
            return false;
    }
    for (const QJsonValue &value : seed.value(QStringLiteral("organizations")).toArray()) {
        const QJsonObject o = value.toObject();
        Organization org{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                         o.value(QStringLiteral("slug")).toString(),
                         o.value(QStringLiteral("public_metadata")).toObject(), now, now};
        if (org.id.isEmpty())
            org.id = newId(QStringLiteral("org"));
        if (org.name.isEmpty() || organizations.contains(org.id)) {
            *error = QStringLiteral("organization %1: missing name or duplicate id").arg(org.id);
            return false;
        }
        organizations.insert(org.id, org);
        for (const QJsonValue &m : o.value(QStringLiteral("memberships")).toArray()) {
            const QJsonObject mo = m.toObject();
            Membership membership{newId(QStringLiteral("orgmem")), org.id,
                                  mo.value(QStringLiteral("user_id")).toString(),
                                  mo.value(QStringLiteral("role")).toString(QStringLiteral("org:member")),
                                  {}, now, now};
            membership.permissions = mo.contains(QStringLiteral("permissions"))
                ? stringList(mo.value(QStringLiteral("permissions")))
                : defaultPermissions(membership.role);
            if (!users.contains(membership.userId)) {
                *error = QStringLiteral("membership of %1 names unknown user %2").arg(org.id, membership.userId);
                return false;
            }
            memberships.append(membership);
        }
    }
    for (const QJsonValue &value : seed.value(QStringLiteral("jwt_templates")).toArray()) {
        const QJsonObject t = value.toObject();
        JwtTemplate tpl{t.value(QStringLiteral("name")).toString(), t.value(QStringLiteral("lifetime")).toInt(60),
                        t.value(QStringLiteral("claims")).toObject()};
        if (tpl.name.isEmpty() || tpl.lifetime <= 0) {
            *error = QStringLiteral("a JWT template needs a name and a positive lifetime");
            return false;
        }
        templates.insert(tpl.name, tpl);
    }
    return true;
}

User *Model::findUserByIdentifier(const QString &identifier)
{
    const QString lower = identifier.trimmed().toLower();
    const QString phone = lower.startsWith(QLatin1Char('+')) ? normalizePhone(lower) : QString();
    for (const QString &id : std::as_const(userOrder)) {
        User &user = users[id];
        if (!user.username.isEmpty() && user.username.toLower() == lower)
            return &user;
        for (const EmailAddress &e : std::as_const(user.emails)) {
            if (e.email == lower && e.verified())
                return &user;
        }
        for (const PhoneNumber &p : std::as_const(user.phones)) {
            if (!phone.isEmpty() && p.phone == phone && p.verified())
                return &user;
        }
    }
    return nullptr;
}

bool Model::identifierTaken(const QString &identifier) const
{
    const QString lower = identifier.trimmed().toLower();
    const QString phone = normalizePhone(lower);
    for (const User &user : users) {
        if (!user.username.isEmpty() && user.username.toLower() == lower)
            return true;
        for (const EmailAddress &e : user.emails) {
            if (e.email == lower)
                return true;
        }
        for (const PhoneNumber &p : user.phones) {
            if (lower.startsWith(QLatin1Char('+')) && p.phone == phone)
                return true;
        }
    }
    return false;
}

const Membership *Model::membership(const QString &userId, const QString &organizationId) const
{
    for (const Membership &m : memberships) {
        if (m.userId == userId && m.organizationId == organizationId)
            return &m;
    }
    return nullptr;
}

QList<const Membership *> Model::membershipsOf(const QString &userId) const
{
    QList<const Membership *> out;
    for (const Membership &m : memberships) {
        if (m.userId == userId)
            out.append(&m);
    }
    return out;
}

const Organization *Model::findOrganization(const QString &idOrSlug) const
{
    if (idOrSlug.isEmpty())
        return nullptr;
    const auto byId = organizations.constFind(idOrSlug);
    if (byId != organizations.constEnd())
        return &*byId;
    for (const Organization &org : organizations) {
        if (org.slug == idOrSlug)
            return &org;
    }
    return nullptr;
}

QJsonObject Model::organizationJson(const Organization &org) const
{
    int members = 0;
    for (const Membership &m : memberships)
        members += m.organizationId == org.id ? 1 : 0;
    return {
        {QStringLiteral("object"), QStringLiteral("organization")},
        {QStringLiteral("id"), org.id},
        {QStringLiteral("name"), org.name},
        {QStringLiteral("slug"), nullable(org.slug)},
        {QStringLiteral("image_url"), QString()},
        {QStringLiteral("has_image"), false},
        {QStringLiteral("members_count"), members},
        {QStringLiteral("pending_invitations_count"), 0},
        {QStringLiteral("max_allowed_memberships"), 5},
        {QStringLiteral("admin_delete_enabled"), true},
        {QStringLiteral("self_serve_sso_enabled"), false},
        {QStringLiteral("public_metadata"), org.publicMetadata},
        {QStringLiteral("created_at"), org.createdAt},
        {QStringLiteral("updated_at"), org.updatedAt},
    };
}

static QString roleName(const QString &role)
{
    QString name = role.section(QLatin1Char(':'), -1);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QJsonObject Model::membershipJson(const Membership &m) const
{
    QJsonArray permissions;
    for (const QString &p : m.permissions)
        permissions.append(p);
    return {
        {QStringLiteral("object"), QStringLiteral("organization_membership")},
        {QStringLiteral("id"), m.id},
        {QStringLiteral("public_metadata"), QJsonObject()},
        {QStringLiteral("role"), m.role},
        {QStringLiteral("role_name"), roleName(m.role)},
        {QStringLiteral("permissions"), permissions},
        {QStringLiteral("created_at"), m.createdAt},
        {QStringLiteral("updated_at"), m.updatedAt},
        {QStringLiteral("organization"), organizationJson(organizations.value(m.organizationId))},
    };
}

QJsonObject Model::userJson(const User &user) const
{
    QJsonArray emails, phones, memberships;
    for (const EmailAddress &e : user.emails)
        emails.append(e.toJson());
    for (const PhoneNumber &p : user.phones)
        phones.append(p.toJson());
    for (const Membership *m : membershipsOf(user.id))
        memberships.append(membershipJson(*m));
    const bool twoFactor = user.secondFactorRequired();
    return {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("object"), QStringLiteral("user")},
        {QStringLiteral("username"), nullable(user.username)},
        {QStringLiteral("first_name"), nullable(user.firstName)},
        {QStringLiteral("last_name"), nullable(user.lastName)},
        {QStringLiteral("locale"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("image_url"), QString()},
        {QStringLiteral("has_image"), false},
        {QStringLiteral("primary_email_address_id"), nullable(user.primaryEmailId)},
        {QStringLiteral("primary_phone_number_id"), nullable(user.primaryPhoneId)},
        {QStringLiteral("primary_web3_wallet_id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("password_enabled"), !user.password.isEmpty()},
        {QStringLiteral("two_factor_enabled"), twoFactor},
        {QStringLiteral("totp_enabled"), !user.totpSecret.isEmpty()},
        {QStringLiteral("backup_code_enabled"), !user.backupCodes.isEmpty()},
        {QStringLiteral("email_addresses"), emails},
        {QStringLiteral("phone_numbers"), phones},
        {QStringLiteral("web3_wallets"), QJsonArray()},
        {QStringLiteral("passkeys"), QJsonArray()},
        {QStringLiteral("external_accounts"), QJsonArray()},
        {QStringLiteral("saml_accounts"), QJsonArray()},
        {QStringLiteral("enterprise_accounts"), QJsonArray()},
        {QStringLiteral("password_last_updated_at"), nullableTime(user.password.isEmpty() ? 0 : user.createdAt)},
        {QStringLiteral("public_metadata"), user.publicMetadata},
        {QStringLiteral("unsafe_metadata"), user.unsafeMetadata},
        {QStringLiteral("external_id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_sign_in_at"), nullableTime(user.lastSignInAt)},
        {QStringLiteral("banned"), false},
        {QStringLiteral("locked"), false},
        {QStringLiteral("lockout_expires_in_seconds"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("verification_attempts_remaining"), 100},
        {QStringLiteral("created_at"), user.createdAt},
        {QStringLiteral("updated_at"), user.updatedAt},
        {QStringLiteral("delete_self_enabled"), true},
        {QStringLiteral("bypass_client_trust"), false},
        {QStringLiteral("create_organization_enabled"), true},
        {QStringLiteral("create_organizations_limit"), 0},
        {QStringLiteral("last_active_at"), nullableTime(user.lastActiveAt)},
        {QStringLiteral("mfa_enabled_at"), nullableTime(twoFactor ? user.createdAt : 0)},
        {QStringLiteral("mfa_disabled_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("legal_accepted_at"), nullableTime(user.legalAcceptedAt)},
        {QStringLiteral("profile_image_url"), QString()},
        {QStringLiteral("organization_memberships"), memberships},
    };
}

QJsonObject Model::publicUserDataJson(const User &user) const
{
    QString identifier = user.primaryEmail();
    if (identifier.isEmpty())
        identifier = user.primaryPhone();
    if (identifier.isEmpty())
        identifier = user.username;
    return {
        {QStringLiteral("first_name"), nullable(user.firstName)},
        {QStringLiteral("last_name"), nullable(user.lastName)},
        {QStringLiteral("image_url"), QString()},
        {QStringLiteral("has_image"), false},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("username"), nullable(user.username)},
        {QStringLiteral("profile_image_url"), QString()},
    };
}

QJsonObject Model::sessionJson(const Session &s, qint64 now) const
{
    const User user = users.value(s.userId);
    const auto minutesSince = [](qint64 at, qint64 now) { return at == 0 ? -1 : int((now - at) / 60000); };
    return {
        {QStringLiteral("object"), QStringLiteral("session")},
        {QStringLiteral("id"), s.id},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("expire_at"), s.expireAt},
        {QStringLiteral("abandon_at"), s.abandonAt},
        {QStringLiteral("last_active_at"), s.lastActiveAt},
        {QStringLiteral("last_active_organization_id"), nullable(s.lastActiveOrganizationId)},
        {QStringLiteral("actor"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("user"), userJson(user)},
        {QStringLiteral("public_user_data"), publicUserDataJson(user)},
        {QStringLiteral("factor_verification_age"),
         QJsonArray{minutesSince(s.firstFactorAt, now), minutesSince(s.secondFactorAt, now)}},
        {QStringLiteral("created_at"), s.createdAt},
        {QStringLiteral("updated_at"), s.updatedAt},
        {QStringLiteral("last_active_token"),
         s.lastToken.isEmpty() ? QJsonValue(QJsonValue::Null)
                               : QJsonValue(QJsonObject{{QStringLiteral("object"), QStringLiteral("token")},
                                                        {QStringLiteral("jwt"), QString::fromLatin1(s.lastToken)}})},
    };
}

QJsonObject Model::signInJson(const SignIn &si) const
{
    const auto found = users.constFind(si.userId);
    const User *user = found == users.constEnd() ? nullptr : &*found;
    QJsonValue firstFactors(QJsonValue::Null), secondFactors(QJsonValue::Null);
    if (user && si.status == QLatin1String("needs_first_factor")) {
        QJsonArray factors;
        const auto enabled = [this](const char *f) { return instance.firstFactors.contains(QLatin1String(f)); };
        if (!user->password.isEmpty() && enabled("password"))
            factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("password")}});
        // Clerk offers the password-reset factor that matches the identifier the user typed.
        const bool phoneIdentifier = si.identifier.startsWith(QLatin1Char('+'));
        const auto offers = [&](const char *strategy) {
            if (!enabled(strategy))
                return false;
            if (qstrcmp(strategy, "reset_password_phone_code") == 0)
                return !user->password.isEmpty() && phoneIdentifier;
            if (qstrcmp(strategy, "reset_password_email_code") == 0)
                return !user->password.isEmpty() && !phoneIdentifier;
            return true;
        };
        for (const char *strategy : {"phone_code", "email_code", "email_link", "reset_password_email_code",
                                     "reset_password_phone_code"}) {
            if (!offers(strategy))
                continue;
            const bool phone = QByteArray(strategy).contains("phone");
            if (phone) {
                for (const PhoneNumber &p : user->phones) {
                    if (p.verified())
                        factors.append(QJsonObject{{QStringLiteral("strategy"), QLatin1String(strategy)},
                                                   {QStringLiteral("safe_identifier"), p.phone},
                                                   {QStringLiteral("phone_number_id"), p.id},
                                                   {QStringLiteral("primary"), p.id == user->primaryPhoneId}});
                }
                continue;
            }
            for (const EmailAddress &e : user->emails) {
                if (e.verified())
                    factors.append(QJsonObject{{QStringLiteral("strategy"), QLatin1String(strategy)},
                                               {QStringLiteral("safe_identifier"), e.email},
                                               {QStringLiteral("email_address_id"), e.id},
                                               {QStringLiteral("primary"), e.id == user->primaryEmailId}});
            }
        }
        firstFactors = factors;
    }
    if (user && si.status == QLatin1String("needs_second_factor")) {
        QJsonArray factors;
        if (!user->totpSecret.isEmpty() && instance.secondFactors.contains(QLatin1String("totp")))
            factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("totp")}});
        if (!user->backupCodes.isEmpty() && instance.secondFactors.contains(QLatin1String("backup_code")))
            factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("backup_code")}});
        secondFactors = factors;
    }
    QJsonArray identifiers;
    for (const QString &id : instance.identifiers)
        identifiers.append(id);
    if (instance.firstFactors.contains(QLatin1String("password")))
        identifiers.append(QStringLiteral("password"));
    return {
        {QStringLiteral("object"), QStringLiteral("sign_in_attempt")},
        {QStringLiteral("id"), si.id},
        {QStringLiteral("status"), si.status},
        {QStringLiteral("supported_identifiers"), identifiers},
        {QStringLiteral("supported_first_factors"), firstFactors},
        {QStringLiteral("supported_second_factors"), secondFactors},
        {QStringLiteral("first_factor_verification"),
         si.firstFactor ? QJsonValue(si.firstFactor->toJson(false)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("second_factor_verification"),
         si.secondFactor ? QJsonValue(si.secondFactor->toJson(false)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("identifier"), nullable(si.identifier)},
        {QStringLiteral("user_data"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_session_id"), nullable(si.createdSessionId)},
        {QStringLiteral("abandon_at"), si.abandonAt},
        {QStringLiteral("locale"), QJsonValue(QJsonValue::Null)},
    };
}

QStringList Model::signUpMissingFields(const SignUp &su) const
{
    QStringList missing;
    for (const QString &field : instance.signUpRequired) {
        const bool present = (field == QLatin1String("email_address") && !su.emailAddress.isEmpty())
            || (field == QLatin1String("phone_number") && !su.phoneNumber.isEmpty())
            || (field == QLatin1String("username") && !su.username.isEmpty())
            || (field == QLatin1String("first_name") && !su.firstName.isEmpty())
            || (field == QLatin1String("last_name") && !su.lastName.isEmpty())
            || (field == QLatin1String("password") && (!su.password.isEmpty() || su.external))
            || (field == QLatin1String("legal_accepted") && su.legalAcceptedAt != 0);
        if (!present)
            missing << field;
    }
    return missing;
}

QStringList Model::signUpUnverifiedFields(const SignUp &su) const
{
    QStringList unverified;
    const auto verified = [](const std::optional<Verification> &v) {
        return v && v->status == QLatin1String("verified");
    };
    if (!su.emailAddress.isEmpty() && instance.signUpVerify.contains(QLatin1String("email_address"))
        && !verified(su.emailVerification))
        unverified << QStringLiteral("email_address");
    if (!su.phoneNumber.isEmpty() && instance.signUpVerify.contains(QLatin1String("phone_number"))
        && !verified(su.phoneVerification))
        unverified << QStringLiteral("phone_number");
    return unverified;
}

static QJsonArray jsonArray(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

QJsonObject Model::signUpJson(const SignUp &su) const
{
    const auto verification = [](const std::optional<Verification> &v) {
        return v ? QJsonValue(v->toJson(true)) : QJsonValue(QJsonValue::Null);
    };
    return {
        {QStringLiteral("object"), QStringLiteral("sign_up_attempt")},
        {QStringLiteral("id"), su.id},
        {QStringLiteral("status"), su.status},
        {QStringLiteral("required_fields"), jsonArray(instance.signUpRequired)},
        {QStringLiteral("optional_fields"), jsonArray(instance.signUpOptional)},
        {QStringLiteral("missing_fields"), jsonArray(signUpMissingFields(su))},
        {QStringLiteral("unverified_fields"), jsonArray(signUpUnverifiedFields(su))},
        {QStringLiteral("verifications"),
         QJsonObject{{QStringLiteral("email_address"), verification(su.emailVerification)},
                     {QStringLiteral("phone_number"), verification(su.phoneVerification)},
                     {QStringLiteral("web3_wallet"), QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("external_account"), QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("username"), nullable(su.username)},
        {QStringLiteral("email_address"), nullable(su.emailAddress)},
        {QStringLiteral("phone_number"), nullable(su.phoneNumber)},
        {QStringLiteral("web3_wallet"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("password_enabled"), !su.password.isEmpty()},
        {QStringLiteral("first_name"), nullable(su.firstName)},
        {QStringLiteral("last_name"), nullable(su.lastName)},
        {QStringLiteral("unsafe_metadata"), su.unsafeMetadata},
        {QStringLiteral("public_metadata"), QJsonObject()},
        {QStringLiteral("custom_action"), false},
        {QStringLiteral("external_id"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_session_id"), nullable(su.createdSessionId)},
        {QStringLiteral("created_user_id"), nullable(su.createdUserId)},
        {QStringLiteral("abandon_at"), su.abandonAt},
        {QStringLiteral("legal_accepted_at"), nullableTime(su.legalAcceptedAt)},
        {QStringLiteral("locale"), QJsonValue(QJsonValue::Null)},
    };
}

QList<const Session *> Model::activeSessions(const QString &clientId) const
{
    QList<const Session *> out;
    for (const Session &s : sessions) {
        if (s.clientId == clientId && s.status == QLatin1String("active"))
            out.append(&s);
    }
    std::sort(out.begin(), out.end(), [](const Session *a, const Session *b) { return a->createdAt < b->createdAt; });
    return out;
}

QJsonObject Model::clientJson(const Client &c, qint64 now) const
{
    QJsonArray sessionList;
    for (const Session *s : activeSessions(c.id))
        sessionList.append(sessionJson(*s, now));
    const auto signIn = signIns.constFind(c.signInId);
    const auto signUp = signUps.constFind(c.signUpId);
    return {
        {QStringLiteral("object"), QStringLiteral("client")},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("sessions"), sessionList},
        {QStringLiteral("sign_in"), signIn == signIns.constEnd() ? QJsonValue(QJsonValue::Null) : QJsonValue(signInJson(*signIn))},
        {QStringLiteral("sign_up"), signUp == signUps.constEnd() ? QJsonValue(QJsonValue::Null) : QJsonValue(signUpJson(*signUp))},
        {QStringLiteral("last_active_session_id"), nullable(c.lastActiveSessionId)},
        {QStringLiteral("last_authentication_strategy"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("cookie_expires_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("captcha_bypass"), false},
        {QStringLiteral("created_at"), c.createdAt},
        {QStringLiteral("updated_at"), c.updatedAt},
    };
}

static QJsonObject loadTemplate()
{
    QFile file(QStringLiteral(":/clerk-emulator/environment-template.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject Model::environmentJson() const
{
    // Clerk's own environment response (recorded, re-inflated) is the template; the seed decides what is on.
    static const QJsonObject base = loadTemplate();
    QJsonObject env = base;

    QJsonObject auth = env.value(QStringLiteral("auth_config")).toObject();
    auth.insert(QStringLiteral("id"), QStringLiteral("aac_") + instance.id.mid(4));
    auth.insert(QStringLiteral("single_session_mode"), instance.singleSessionMode);
    QJsonArray strategies = jsonArray(instance.identifiers);
    if (instance.firstFactors.contains(QLatin1String("password")))
        strategies.append(QStringLiteral("password"));
    auth.insert(QStringLiteral("identification_strategies"), strategies);
    // An array of arrays. Not QJsonArray{inner}: for a single element of the same type, clang picks the copy
    // constructor there (and flattens it) where gcc picks the initializer list.
    QJsonArray requirements;
    requirements.append(jsonArray(instance.identifiers));
    auth.insert(QStringLiteral("identification_requirements"), requirements);
    QJsonArray firstFactors = jsonArray(instance.firstFactors);
    for (const OAuthProvider &p : instance.oauthProviders) {
        firstFactors.append(p.strategy);
        strategies.append(p.strategy);
    }
    auth.insert(QStringLiteral("identification_strategies"), strategies);
    auth.insert(QStringLiteral("first_factors"), firstFactors);
    auth.insert(QStringLiteral("second_factors"), jsonArray(instance.secondFactors));
    env.insert(QStringLiteral("auth_config"), auth);

    QJsonObject display = env.value(QStringLiteral("display_config")).toObject();
    display.insert(QStringLiteral("application_name"), instance.applicationName);
    display.insert(QStringLiteral("instance_environment_type"), QStringLiteral("development"));
    env.insert(QStringLiteral("display_config"), display);

    QJsonObject settings = env.value(QStringLiteral("user_settings")).toObject();
    QJsonObject attributes = settings.value(QStringLiteral("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        QJsonObject attr = it.value().toObject();
        const QString name = it.key();
        const bool identifier = instance.identifiers.contains(name);
        const bool signUpField = instance.signUpRequired.contains(name) || instance.signUpOptional.contains(name);
        QJsonArray firstFactors;
        for (const QJsonValue &f : attr.value(QStringLiteral("first_factors")).toArray()) {
            if (instance.firstFactors.contains(f.toString()))
                firstFactors.append(f);
        }
        QJsonArray secondFactors;
        for (const QJsonValue &f : attr.value(QStringLiteral("second_factors")).toArray()) {
            if (instance.secondFactors.contains(f.toString()))
                secondFactors.append(f);
        }
        if (name == QLatin1String("authenticator_app") || name == QLatin1String("backup_code")) {
            attr.insert(QStringLiteral("enabled"), !secondFactors.isEmpty());
        } else if (name == QLatin1String("password")) {
            attr.insert(QStringLiteral("enabled"), instance.firstFactors.contains(QLatin1String("password")));
            attr.insert(QStringLiteral("required"), instance.signUpRequired.contains(name));
        } else if (name != QLatin1String("passkey") && name != QLatin1String("ticket")
                   && name != QLatin1String("web3_wallet")) {
            attr.insert(QStringLiteral("enabled"), identifier || signUpField);
            attr.insert(QStringLiteral("required"), instance.signUpRequired.contains(name));
            attr.insert(QStringLiteral("used_for_first_factor"), identifier);
            attr.insert(QStringLiteral("verify_at_sign_up"), instance.signUpVerify.contains(name));
        } else {
            attr.insert(QStringLiteral("enabled"), false);
        }
        attr.insert(QStringLiteral("first_factors"), firstFactors);
        attr.insert(QStringLiteral("second_factors"), secondFactors);
        attr.insert(QStringLiteral("used_for_second_factor"), !secondFactors.isEmpty());
        it.value() = attr;
    }
    settings.insert(QStringLiteral("attributes"), attributes);
    QJsonObject passwordSettings = settings.value(QStringLiteral("password_settings")).toObject();
    passwordSettings.insert(QStringLiteral("min_length"), instance.passwordMinLength);
    // The emulator only enforces the minimum length; say so rather than advertise rules it ignores.
    for (const char *rule : {"require_special_char", "require_numbers", "require_uppercase", "require_lowercase"})
        passwordSettings.insert(QLatin1String(rule), false);
    settings.insert(QStringLiteral("password_settings"), passwordSettings);
    // Clerk lists every provider it knows; none is enabled until the seed configures OAuth.
    QJsonObject social = settings.value(QStringLiteral("social")).toObject();
    for (auto it = social.begin(); it != social.end(); ++it) {
        QJsonObject provider = it.value().toObject();
        provider.insert(QStringLiteral("enabled"), instance.provider(it.key()) != nullptr);
        it.value() = provider;
    }
    for (const OAuthProvider &p : instance.oauthProviders) {
        if (social.contains(p.strategy))
            continue;
        social.insert(p.strategy, QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("required"), false},
                                              {QStringLiteral("authenticatable"), true},
                                              {QStringLiteral("block_email_subaddresses"), false},
                                              {QStringLiteral("strategy"), p.strategy},
                                              {QStringLiteral("not_selectable"), false},
                                              {QStringLiteral("deprecated"), false},
                                              {QStringLiteral("name"), p.name},
                                              {QStringLiteral("logo_url"), QString()}});
    }
    settings.insert(QStringLiteral("social"), social);
    env.insert(QStringLiteral("user_settings"), settings);

    env.insert(QStringLiteral("organization_settings"),
               QJsonObject{{QStringLiteral("enabled"), !organizations.isEmpty()},
                           {QStringLiteral("max_allowed_memberships"), 5},
                           {QStringLiteral("force_organization_selection"), false},
                           {QStringLiteral("actions"), QJsonObject{{QStringLiteral("admin_delete"), true}}},
                           {QStringLiteral("domains"),
                            QJsonObject{{QStringLiteral("enabled"), false},
                                        {QStringLiteral("enrollment_modes"), QJsonArray()},
                                        {QStringLiteral("default_role"), QStringLiteral("org:member")}}}});
    return env;
}

} // namespace ClerkEmulator
