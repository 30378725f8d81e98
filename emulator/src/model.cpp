#include "model_p.h"
#include "totp_p.h"

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

const EnterpriseConnection *InstanceSettings::enterpriseConnectionFor(const QString &emailOrId) const
{
    const QString domain = emailOrId.section(QLatin1Char('@'), -1).trimmed();
    for (const EnterpriseConnection &c : enterpriseConnections) {
        if (c.id == emailOrId || (emailOrId.contains(QLatin1Char('@')) && c.domain.compare(domain, Qt::CaseInsensitive) == 0))
            return &c;
    }
    return nullptr;
}

bool User::secondFactorRequired() const
{
    return !totpSecret.isEmpty() || !backupCodes.isEmpty() || !secondFactorPhones().isEmpty();
}

QList<const PhoneNumber *> User::secondFactorPhones() const
{
    QList<const PhoneNumber *> out;
    for (const PhoneNumber &p : phones) {
        if (p.reservedForSecondFactor && p.verified())
            out.append(&p);
    }
    return out;
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

LinkedAccount *User::externalAccount(const QString &id)
{
    for (LinkedAccount &a : externalAccounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

Verification adminVerification()
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
    instance.legalConsentEnabled = signUp.value(QStringLiteral("legal_consent_enabled")).toBool(false);
    instance.signUpMode = signUp.value(QStringLiteral("mode")).toString(QStringLiteral("public"));
    // Clerk requires the consent like any other field: listed in required_fields and, until given, missing_fields.
    if (instance.legalConsentEnabled && !instance.signUpRequired.contains(QLatin1String("legal_accepted")))
        instance.signUpRequired.append(QStringLiteral("legal_accepted"));
    instance.termsUrl = inst.value(QStringLiteral("terms_url")).toString();
    instance.privacyPolicyUrl = inst.value(QStringLiteral("privacy_policy_url")).toString();
    instance.passwordMinLength = inst.value(QStringLiteral("password_min_length")).toInt(8);
    instance.deleteSelf = inst.value(QStringLiteral("delete_self")).toBool(true);
    instance.breachedPasswords = stringList(inst.value(QStringLiteral("breached_passwords")));
    instance.forceOrganizationSelection = inst.value(QStringLiteral("force_organization_selection")).toBool(false);
    instance.mfaRequired = inst.value(QStringLiteral("mfa_required")).toBool(false);
    instance.clientTrust = inst.value(QStringLiteral("client_trust")).toBool(false);
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
    for (const QJsonValue &cv : inst.value(QStringLiteral("enterprise_connections")).toArray()) {
        const QJsonObject co = cv.toObject();
        EnterpriseConnection connection{co.value(QStringLiteral("id")).toString(),
                                        co.value(QStringLiteral("name")).toString(),
                                        co.value(QStringLiteral("domain")).toString().toLower(), {}};
        if (connection.domain.isEmpty() || connection.domain.contains(QLatin1Char('@'))) {
            *error = QStringLiteral("an enterprise connection needs a domain (e.g. corp.example)");
            return false;
        }
        if (connection.id.isEmpty())
            connection.id = QStringLiteral("ent_") + connection.domain;
        for (const QJsonValue &av : co.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject ao = av.toObject();
            const QString email = ao.value(QStringLiteral("email")).toString().toLower();
            if (email.section(QLatin1Char('@'), -1) != connection.domain) {
                *error = QStringLiteral("enterprise account %1 is not at %2").arg(email, connection.domain);
                return false;
            }
            connection.accounts.append({ao.value(QStringLiteral("provider_user_id")).toString(), email,
                                        ao.value(QStringLiteral("first_name")).toString(),
                                        ao.value(QStringLiteral("last_name")).toString()});
        }
        instance.enterpriseConnections.append(connection);
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
    for (const QJsonValue &value : seed.value(QStringLiteral("organization_profiles")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString orgId = o.value(QStringLiteral("organization_id")).toString();
        // A profile that replaces `organizations` keeps the default seed's settings: they name no organization there.
        if (!organizations.contains(orgId))
            continue;
        OrgProfile &profile = orgProfiles[orgId];
        profile.adminDeleteEnabled = o.value(QStringLiteral("admin_delete_enabled")).toBool(true);
        profile.maxAllowedMemberships = o.value(QStringLiteral("max_allowed_memberships")).toInt(5);
    }
    {
        const QJsonArray roles = seed.value(QStringLiteral("organization_roles")).toArray();
        for (const QJsonValue &value : roles) {
            const QJsonObject r = value.toObject();
            OrgRole role{r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("key")).toString(),
                         r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("description")).toString(),
                         stringList(r.value(QStringLiteral("permissions"))),
                         r.value(QStringLiteral("is_creator_eligible")).toBool(), now, now};
            if (role.key.isEmpty() || role.name.isEmpty() || orgRole(role.key)) {
                *error = QStringLiteral("organization role %1: missing key or name, or a duplicate key").arg(role.key);
                return false;
            }
            if (role.id.isEmpty())
                role.id = newId(QStringLiteral("role"));
            orgRoles.append(role);
        }
        if (roles.isEmpty()) {
            // Clerk's two default roles, with the permissions defaultPermissions() has always given them.
            orgRoles = {{newId(QStringLiteral("role")), QStringLiteral("org:admin"), QStringLiteral("Admin"),
                         QStringLiteral("Role with elevated permissions in the organization"),
                         defaultPermissions(QStringLiteral("org:admin")), true, now, now},
                        {newId(QStringLiteral("role")), QStringLiteral("org:member"), QStringLiteral("Member"),
                         QStringLiteral("Role with non-privileged permissions in the organization"),
                         defaultPermissions(QStringLiteral("org:member")), false, now, now}};
        }
        // Memberships loaded above got the built-in defaults unless the seed listed their permissions: those
        // follow the role's definition now (a custom role has none built in). Explicit lists stay as given.
        for (Membership &m : memberships) {
            if (m.permissions == defaultPermissions(m.role) && orgRole(m.role))
                m.permissions = rolePermissions(m.role);
        }
    }
    // Pending (or already answered) invitations, so a fresh emulator shows both the admin's and the invitee's side.
    for (const QJsonValue &value : seed.value(QStringLiteral("organization_invitations")).toArray()) {
        const QJsonObject o = value.toObject();
        OrgInvitation invitation;
        invitation.id = o.value(QStringLiteral("id")).toString(newId(QStringLiteral("orginv")));
        invitation.organizationId = o.value(QStringLiteral("organization_id")).toString();
        invitation.emailAddress = o.value(QStringLiteral("email_address")).toString().trimmed().toLower();
        invitation.role = o.value(QStringLiteral("role")).toString(QStringLiteral("org:member"));
        invitation.status = o.value(QStringLiteral("status")).toString(QStringLiteral("pending"));
        invitation.publicMetadata = o.value(QStringLiteral("public_metadata")).toObject();
        invitation.createdAt = invitation.updatedAt = now;
        if (invitation.organizationId.isEmpty() || invitation.emailAddress.isEmpty()) {
            *error = QStringLiteral("organization invitation %1 needs an organization_id and an email_address")
                         .arg(invitation.id);
            return false;
        }
        // A profile that replaces `organizations` (arrays replace in an overlay) drops their invitations with them.
        if (!organizations.contains(invitation.organizationId))
            continue;
        orgInvitations.insert(invitation.id, invitation);
        orgInvitationOrder << invitation.id;
    }
    if (!loadOrgDomains(seed, now, error))
        return false;
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

QList<const Session *> Model::signedInSessions(const QString &clientId) const
{
    QList<const Session *> out;
    for (const Session &s : sessions) {
        if (s.clientId == clientId && (s.status == QLatin1String("active") || s.status == QLatin1String("pending")))
            out.append(&s);
    }
    std::sort(out.begin(), out.end(), [](const Session *a, const Session *b) { return a->createdAt < b->createdAt; });
    return out;
}

QString Model::newestActiveSessionId(const QString &clientId) const
{
    const QList<const Session *> active = activeSessions(clientId);
    return active.isEmpty() ? QString() : active.last()->id;
}

} // namespace ClerkEmulator
