// The model's objects as FAPI returns them: field names, nesting and nulls follow the recorded responses.
#include "model_p.h"

namespace ClerkEmulator {

QJsonObject Verification::toJson(bool withSignUpFields) const
{
    QJsonObject o{
        {QStringLiteral("object"), object},
        {QStringLiteral("status"), status},
        {QStringLiteral("strategy"), strategy},
        {QStringLiteral("attempts"), attempts < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(attempts)},
        {QStringLiteral("expire_at"), nullableTime(expireAt)},
    };
    // The spec's SAML verification takes an `error` only as an object, never null: it is left out there.
    if (object == QLatin1String("verification_saml"))
        o.insert(QStringLiteral("external_verification_redirect_url"), nullable(externalUrl));
    if (object == QLatin1String("verification_oauth")) {
        o.insert(QStringLiteral("external_verification_redirect_url"), nullable(externalUrl));
        // Clerk's two transfer reasons: no user has the account yet (sign-in → sign-up), or one has (the reverse).
        const QString message = errorCode == QLatin1String("external_account_exists")
            ? QStringLiteral("The External Account already exists.")
            : QStringLiteral("The External Account was not found.");
        o.insert(QStringLiteral("error"), errorCode.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(QJsonObject{{QStringLiteral("code"), errorCode},
                                                                                       {QStringLiteral("message"), message},
                                                                                       {QStringLiteral("long_message"), message}}));
    }
    if (object == QLatin1String("verification_otp") && !channel.isEmpty())
        o.insert(QStringLiteral("channel"), channel);
    // Every kind of sign-up verification carries these (the spec's Stubs.SignUpVerification.AdditionalFields).
    if (withSignUpFields) {
        o.insert(QStringLiteral("next_action"),
                 status == QLatin1String("verified") ? QString() : QStringLiteral("needs_attempt"));
        o.insert(QStringLiteral("supported_strategies"), QJsonArray{strategy});
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

QJsonObject LinkedAccount::toJson() const
{
    // The spec's verification_oauth has no nulls for the redirect URL and expiry: leave out what is not set.
    QJsonObject v{{QStringLiteral("object"), verification.object},
                  {QStringLiteral("status"), verification.status},
                  {QStringLiteral("strategy"), verification.strategy},
                  {QStringLiteral("attempts"), verification.attempts < 0 ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(verification.attempts)},
                  {QStringLiteral("expire_at"), verification.expireAt}};
    if (!verification.externalUrl.isEmpty())
        v.insert(QStringLiteral("external_verification_redirect_url"), verification.externalUrl);
    v.insert(QStringLiteral("error"),
             verification.errorCode.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonObject{{QStringLiteral("code"), verification.errorCode},
                                          {QStringLiteral("message"), verification.errorCode},
                                          {QStringLiteral("long_message"), verification.errorCode}}));
    return {
        {QStringLiteral("object"), QStringLiteral("external_account")},
        {QStringLiteral("id"), id},
        {QStringLiteral("provider"), strategy},
        {QStringLiteral("identification_id"), identificationId},
        {QStringLiteral("provider_user_id"), account.providerUserId},
        {QStringLiteral("approved_scopes"), verified() ? QStringLiteral("email profile") : QString()},
        {QStringLiteral("email_address"), account.email},
        {QStringLiteral("first_name"), account.firstName},
        {QStringLiteral("last_name"), account.lastName},
        {QStringLiteral("image_url"), QString()},
        {QStringLiteral("username"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("phone_number"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("public_metadata"), QJsonObject()},
        {QStringLiteral("label"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("verification"), v},
    };
}

QJsonObject PhoneNumber::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("phone_number")},
        {QStringLiteral("phone_number"), phone},
        {QStringLiteral("reserved_for_second_factor"), reservedForSecondFactor},
        {QStringLiteral("default_second_factor"), defaultSecondFactor},
        {QStringLiteral("reserved"), false},
        {QStringLiteral("verification"),
         verification ? QJsonValue(verification->toJson(false)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("linked_to"), QJsonArray()},
        {QStringLiteral("backup_codes"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("updated_at"), updatedAt},
    };
}

QJsonObject Model::organizationJson(const Organization &org) const
{
    int members = 0;
    for (const Membership &m : memberships)
        members += m.organizationId == org.id ? 1 : 0;
    int pending = 0;
    for (const OrgInvitation &i : orgInvitations)
        pending += i.organizationId == org.id && i.status == QLatin1String("pending") ? 1 : 0;
    const OrgProfile profile = orgProfiles.value(org.id);
    const bool hasImage = !profile.imageId.isEmpty() && images.contains(profile.imageId);
    return {
        {QStringLiteral("object"), QStringLiteral("organization")},
        {QStringLiteral("id"), org.id},
        {QStringLiteral("name"), org.name},
        {QStringLiteral("slug"), nullable(org.slug)},
        {QStringLiteral("image_url"), hasImage ? profile.imageUrl : QString()},
        {QStringLiteral("has_image"), hasImage},
        {QStringLiteral("members_count"), members},
        {QStringLiteral("pending_invitations_count"), pending},
        {QStringLiteral("max_allowed_memberships"), profile.maxAllowedMemberships},
        {QStringLiteral("admin_delete_enabled"), profile.adminDeleteEnabled},
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
    // What other members see of the user (Clerk's public_user_data): the identifier is the primary email,
    // else the phone, else the username.
    const User user = users.value(m.userId);
    QString identifier = user.primaryEmail();
    if (identifier.isEmpty())
        identifier = user.primaryPhone();
    if (identifier.isEmpty())
        identifier = user.username;
    const QJsonObject publicUserData{
        {QStringLiteral("user_id"), m.userId},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("first_name"), nullable(user.firstName)},
        {QStringLiteral("last_name"), nullable(user.lastName)},
        {QStringLiteral("username"), nullable(user.username)},
        {QStringLiteral("image_url"), user.imageUrl},
        {QStringLiteral("has_image"), !user.imageId.isEmpty()},
    };
    const OrgRole *role = orgRole(m.role);
    return {
        {QStringLiteral("object"), QStringLiteral("organization_membership")},
        {QStringLiteral("id"), m.id},
        {QStringLiteral("public_metadata"), QJsonObject()},
        {QStringLiteral("public_user_data"), publicUserData},
        {QStringLiteral("role"), m.role},
        {QStringLiteral("role_name"), role ? role->name : roleName(m.role)},
        {QStringLiteral("permissions"), jsonArray(m.permissions)},
        {QStringLiteral("created_at"), m.createdAt},
        {QStringLiteral("updated_at"), m.updatedAt},
        {QStringLiteral("organization"), organizationJson(organizations.value(m.organizationId))},
    };
}

QJsonObject Model::userJson(const User &user) const
{
    QJsonArray emails, phones, memberships, externalAccounts;
    for (const LinkedAccount &a : user.externalAccounts)
        externalAccounts.append(a.toJson());
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
        {QStringLiteral("image_url"), user.imageUrl},
        {QStringLiteral("has_image"), !user.imageId.isEmpty()},
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
        {QStringLiteral("external_accounts"), externalAccounts},
        {QStringLiteral("saml_accounts"), QJsonArray()},
        {QStringLiteral("enterprise_accounts"), QJsonArray()},
        {QStringLiteral("password_last_updated_at"),
         nullableTime(user.password.isEmpty() ? 0 : qMax(user.passwordUpdatedAt, user.createdAt))},
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
        {QStringLiteral("delete_self_enabled"), instance.deleteSelf},
        {QStringLiteral("bypass_client_trust"), false},
        {QStringLiteral("create_organization_enabled"), true},
        {QStringLiteral("create_organizations_limit"), 0},
        {QStringLiteral("last_active_at"), nullableTime(user.lastActiveAt)},
        {QStringLiteral("mfa_enabled_at"), nullableTime(twoFactor ? user.createdAt : 0)},
        {QStringLiteral("mfa_disabled_at"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("legal_accepted_at"), nullableTime(user.legalAcceptedAt)},
        {QStringLiteral("profile_image_url"), user.imageUrl},
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
        {QStringLiteral("image_url"), user.imageUrl},
        {QStringLiteral("has_image"), !user.imageId.isEmpty()},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("username"), nullable(user.username)},
        {QStringLiteral("profile_image_url"), user.imageUrl},
    };
}

QJsonArray Session::factorVerificationAge(qint64 now) const
{
    const auto minutesSince = [now](qint64 at) { return at == 0 ? -1 : int((now - at) / 60000); };
    return QJsonArray{minutesSince(firstFactorAt), minutesSince(secondFactorAt)};
}

QJsonObject Model::sessionJson(const Session &s, qint64 now) const
{
    const User user = users.value(s.userId);
    QJsonArray tasks;
    for (const QString &key : s.tasks)
        tasks.append(QJsonObject{{QStringLiteral("key"), key}});
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
         s.factorVerificationAge(now)},
        {QStringLiteral("tasks"), tasks.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tasks)},
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
    if (user && si.status == QLatin1String("needs_client_trust")) {
        // A new device is trusted with a code to what the user already verified: email first, then SMS.
        QJsonArray factors;
        for (const EmailAddress &e : user->emails) {
            if (e.verified() && e.id == user->primaryEmailId)
                factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("email_code")},
                                           {QStringLiteral("safe_identifier"), e.email},
                                           {QStringLiteral("email_address_id"), e.id},
                                           {QStringLiteral("primary"), true}});
        }
        for (const PhoneNumber &p : user->phones) {
            if (p.verified() && p.id == user->primaryPhoneId)
                factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("phone_code")},
                                           {QStringLiteral("safe_identifier"), p.phone},
                                           {QStringLiteral("phone_number_id"), p.id},
                                           {QStringLiteral("primary"), true}});
        }
        secondFactors = factors;
    }
    // An identifier at an enterprise domain signs in through its connection, with or without a Clerk user yet.
    const EnterpriseConnection *connection = si.identifier.contains(QLatin1Char('@'))
        ? instance.enterpriseConnectionFor(si.identifier) : nullptr;
    if (connection && si.status == QLatin1String("needs_first_factor")) {
        QJsonArray factors = firstFactors.toArray();
        factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("enterprise_sso")},
                                   {QStringLiteral("safe_identifier"), si.identifier},
                                   {QStringLiteral("enterprise_connection_id"), connection->id},
                                   {QStringLiteral("enterprise_connection_name"), connection->name}});
        firstFactors = factors;
    }
    if (user && si.status == QLatin1String("needs_second_factor")) {
        QJsonArray factors;
        if (!user->totpSecret.isEmpty() && instance.secondFactors.contains(QLatin1String("totp")))
            factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("totp")}});
        if (instance.secondFactors.contains(QLatin1String("phone_code"))) {
            for (const PhoneNumber *p : user->secondFactorPhones())
                factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("phone_code")},
                                           {QStringLiteral("safe_identifier"), p->phone},
                                           {QStringLiteral("phone_number_id"), p->id},
                                           {QStringLiteral("primary"), p->id == user->primaryPhoneId},
                                           {QStringLiteral("default"), p->defaultSecondFactor}});
        }
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
        {QStringLiteral("client_trust_state"), nullable(si.clientTrustState)},
    };
}

QJsonArray jsonArray(const QStringList &list)
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
                     {QStringLiteral("external_account"),
                      su.externalVerification ? QJsonValue(su.externalVerification->toJson(false))
                                              : QJsonValue(QJsonValue::Null)}}},
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

QJsonObject Model::clientJson(const Client &c, qint64 now) const
{
    QJsonArray sessionList;
    for (const Session *s : signedInSessions(c.id))
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

QJsonArray Model::reverificationFactors(const User &user, bool second) const
{
    QJsonArray factors;
    const auto phoneFactor = [&user](const PhoneNumber &p) {
        return QJsonObject{{QStringLiteral("strategy"), QStringLiteral("phone_code")},
                           {QStringLiteral("safe_identifier"), p.phone},
                           {QStringLiteral("phone_number_id"), p.id},
                           {QStringLiteral("primary"), p.id == user.primaryPhoneId}};
    };
    if (second) {
        if (!user.totpSecret.isEmpty())
            factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("totp")}});
        for (const PhoneNumber *p : user.secondFactorPhones())
            factors.append(phoneFactor(*p));
        if (!user.backupCodes.isEmpty())
            factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("backup_code")}});
        return factors;
    }
    if (!user.password.isEmpty())
        factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("password")}});
    for (const EmailAddress &e : user.emails) {
        if (e.verified())
            factors.append(QJsonObject{{QStringLiteral("strategy"), QStringLiteral("email_code")},
                                       {QStringLiteral("safe_identifier"), e.email},
                                       {QStringLiteral("email_address_id"), e.id},
                                       {QStringLiteral("primary"), e.id == user.primaryEmailId}});
    }
    for (const PhoneNumber &p : user.phones) {
        if (p.verified())
            factors.append(phoneFactor(p));
    }
    return factors;
}

QJsonObject Model::reverificationJson(const Session &s, qint64 now) const
{
    const SessionReverification &r = *s.reverification;
    const User user = users.value(s.userId);
    const auto verification = [](const std::optional<Verification> &v) {
        return v ? QJsonValue(v->toJson(false)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject session = sessionJson(s, now);
    session.remove(QStringLiteral("last_active_token")); // the client part carries it
    return {
        {QStringLiteral("object"), QStringLiteral("session_reverification")},
        {QStringLiteral("level"), r.level},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("supported_first_factors"), reverificationFactors(user, false)},
        {QStringLiteral("supported_second_factors"), reverificationFactors(user, true)},
        {QStringLiteral("first_factor_verification"), verification(r.firstFactor)},
        {QStringLiteral("second_factor_verification"), verification(r.secondFactor)},
        {QStringLiteral("session"), session},
    };
}

} // namespace ClerkEmulator
