// Sign-ups: POST /v1/client/sign_ups, GET/PATCH …/{id}, prepare_verification, attempt_verification.
#include "fapi_common_p.h"

#include <QRegularExpression>

namespace ClerkEmulator {

std::optional<FapiResponse> Fapi::applySignUpFields(Context &ctx, SignUp &su)
{
    if (ctx.has("email_address")) {
        const QString email = ctx.field("email_address").trimmed().toLower();
        if (auto rejected = identifierRejected(m_model, str("email_address"), email, isEmail(email)))
            return *rejected;
        if (email != su.emailAddress)
            su.emailVerification.reset();
        su.emailAddress = email;
    }
    if (ctx.has("phone_number")) {
        const QString phone = normalizePhone(ctx.field("phone_number"));
        if (auto rejected = identifierRejected(m_model, str("phone_number"), phone, isPhone(phone)))
            return *rejected;
        if (phone != su.phoneNumber)
            su.phoneVerification.reset();
        su.phoneNumber = phone;
    }
    if (ctx.has("username")) {
        const QString username = ctx.field("username").trimmed();
        if (auto rejected = usernameRejected(username))
            return *rejected;
        if (auto rejected = identifierRejected(m_model, str("username"), username, isUsername(username)))
            return *rejected;
        su.username = username;
    }
    if (ctx.has("password")) {
        if (auto rejected = passwordRejected(m_model.instance, ctx.field("password"), str("password")))
            return *rejected;
        su.password = ctx.field("password");
    }
    if (ctx.has("first_name"))
        su.firstName = ctx.field("first_name").trimmed();
    if (ctx.has("last_name"))
        su.lastName = ctx.field("last_name").trimmed();
    if (ctx.has("legal_accepted"))
        su.legalAcceptedAt = ctx.field("legal_accepted") == QLatin1String("true") ? ctx.now : 0;
    if (ctx.has("unsafe_metadata")) {
        const std::optional<QJsonObject> metadata = jsonObjectField(ctx.field("unsafe_metadata"));
        if (!metadata)
            return formatInvalid(str("unsafe_metadata"));
        su.unsafeMetadata = *metadata;
    }
    return std::nullopt;
}

FapiResponse Fapi::finishSignUpStep(Context &ctx, SignUp &su)
{
    const QString signUpId = su.id;
    if (!m_model.signUpMissingFields(su).isEmpty() || !m_model.signUpUnverifiedFields(su).isEmpty()) {
        su.status = str("missing_requirements");
        return envelope(ctx, m_model.signUpJson(su));
    }
    // Another sign-up may have claimed an identifier since this one started.
    for (const QString &id : {su.emailAddress, su.phoneNumber, su.username}) {
        if (!id.isEmpty() && m_model.identifierTaken(id))
            return identifierExists(id == su.emailAddress ? str("email_address")
                                    : id == su.phoneNumber ? str("phone_number") : str("username"));
    }
    User user;
    user.id = newId(str("user"));
    user.username = su.username;
    user.firstName = su.firstName;
    user.lastName = su.lastName;
    user.password = su.password;
    user.unsafeMetadata = su.unsafeMetadata;
    user.legalAcceptedAt = su.legalAcceptedAt;
    user.createdAt = user.updatedAt = ctx.now;
    // What nobody had to verify at sign-up is marked verified by Clerk itself.
    if (!su.emailAddress.isEmpty()) {
        user.emails.append({newId(str("idn")), su.emailAddress, su.emailVerification.value_or(adminVerification()),
                            ctx.now, ctx.now});
        user.primaryEmailId = user.emails.first().id;
    }
    if (!su.phoneNumber.isEmpty()) {
        user.phones.append({newId(str("idn")), su.phoneNumber, su.phoneVerification.value_or(adminVerification()),
                            ctx.now, ctx.now});
        user.primaryPhoneId = user.phones.first().id;
    }
    // An OAuth sign-up links the provider's account, as an OAuth sign-in does.
    if (su.externalAccount && su.externalVerification)
        linkAccount(user, su.externalVerification->strategy, *su.externalAccount, ctx.now);
    m_model.users.insert(user.id, user);
    m_model.userOrder.append(user.id);
    const Session *session = createSession(ctx, m_model.users[user.id], false);
    SignUp &done = m_model.signUps[signUpId];
    done.status = str("complete");
    done.createdUserId = user.id;
    done.createdSessionId = session->id;
    ctx.client().signUpId.clear();
    if (!done.ticket.isEmpty())
        redeemInvitation(done.ticket, user.id, ctx.now);
    return envelope(ctx, m_model.signUpJson(done));
}

FapiResponse Fapi::createSignUp(Context &ctx)
{
    if (auto conflict = singleSessionConflict(m_model, ctx.clientId))
        return *conflict;
    SignUp su;
    su.id = newId(str("sua"));
    su.clientId = ctx.clientId;
    su.status = str("missing_requirements");
    su.createdAt = ctx.now;
    su.abandonAt = ctx.now + kAttemptLifetimeMs;
    if (auto failure = applySignUpFields(ctx, su))
        return *failure;
    if (ctx.field("strategy") == QLatin1String("ticket")) {
        if (auto failure = acceptSignUpTicket(ctx, su))
            return *failure;
    }
    if (ctx.field("transfer") == QLatin1String("true")) {
        const auto found = m_model.signIns.constFind(ctx.client().signInId);
        const SignIn *si = found == m_model.signIns.constEnd() ? nullptr : &*found;
        if (!si || !si->externalAccount)
            return error(400, str("transfer_not_possible"), str("Nothing to transfer"),
                         str("There is no OAuth sign-in waiting to become a sign-up on this client."));
        if (m_model.identifierTaken(si->externalAccount->email))
            return identifierExists(str("email_address"));
        su.external = true;
        su.emailAddress = si->externalAccount->email;
        su.firstName = su.firstName.isEmpty() ? si->externalAccount->firstName : su.firstName;
        su.lastName = su.lastName.isEmpty() ? si->externalAccount->lastName : su.lastName;
        // The provider vouched for the address: Clerk records that as a "from_oauth_<provider>" verification
        // (the spec's Stubs.Verification.FromOauth), not as the OAuth verification of the account itself.
        Verification v;
        v.object = str("verification_from_oauth");
        v.status = str("verified");
        v.strategy = QStringLiteral("from_") + (si->firstFactor ? si->firstFactor->strategy : QString());
        v.attempts = -1;
        if (si->firstFactor && si->firstFactor->object == QLatin1String("verification_saml")) {
            // An enterprise connection's identity provider vouched for it: Clerk's SAML verification.
            v.object = str("verification_saml");
            v.strategy = str("saml");
        }
        su.emailVerification = v;
        if (si->firstFactor) {
            su.externalAccount = si->externalAccount;
            Verification oauth = *si->firstFactor;
            oauth.status = str("verified");
            oauth.errorCode.clear();
            oauth.externalUrl.clear();
            su.externalVerification = oauth;
        }
        ctx.client().signInId.clear();
    }
    const QString strategy = ctx.field("strategy");
    if (strategy.startsWith(QLatin1String("oauth_"))) {
        const OAuthProvider *provider = m_model.instance.provider(strategy);
        if (!provider)
            return strategyInvalid();
        if (ctx.field("redirect_url").isEmpty())
            return paramMissing(str("redirect_url"));
        // As for an OAuth sign-in: the browser goes to the provider, back to Clerk's callback, then to
        // redirect_url with a rotating_token_nonce the app trades for the sign-up (GET sign_ups/{id}).
        su.oauthState = randomHex(16);
        su.redirectUrl = ctx.field("redirect_url");
        Verification v;
        v.object = str("verification_oauth");
        v.strategy = strategy;
        v.attempts = -1;
        v.expireAt = ctx.now + kVerificationLifetimeMs;
        v.externalUrl = QStringLiteral("%1/oauth/authorize/%2?state=%3").arg(publicBaseUrl, strategy, su.oauthState);
        su.externalVerification = v;
        m_model.signUps.insert(su.id, su);
        ctx.client().signUpId = su.id;
        return envelope(ctx, m_model.signUpJson(su));
    }
    m_model.signUps.insert(su.id, su);
    ctx.client().signUpId = su.id;
    if (strategy == QLatin1String("email_code") || strategy == QLatin1String("phone_code")) {
        ctx.params.insert(str("sign_up_id"), su.id);
        return prepareVerification(ctx);
    }
    if (!strategy.isEmpty() && strategy != QLatin1String("password") && strategy != QLatin1String("ticket"))
        return strategyInvalid();
    return finishSignUpStep(ctx, m_model.signUps[su.id]);
}

FapiResponse Fapi::updateSignUp(Context &ctx)
{
    const auto it = owned(m_model.signUps, ctx, "sign_up_id");
    if (!it)
        return notFound(str("sign_up_id"));
    if (it->status == QLatin1String("complete"))
        return strategyInvalid();
    SignUp copy = *it;
    if (auto failure = applySignUpFields(ctx, copy))
        return *failure;
    *it = copy;
    return finishSignUpStep(ctx, *it);
}

FapiResponse Fapi::prepareVerification(Context &ctx)
{
    const auto it = owned(m_model.signUps, ctx, "sign_up_id");
    if (!it)
        return notFound(str("sign_up_id"));
    SignUp &su = *it;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (su.status == QLatin1String("complete"))
        return strategyInvalid();
    if (strategy == QLatin1String("email_code")) {
        if (su.emailAddress.isEmpty())
            return paramMissing(str("email_address"));
        su.emailVerification = otp(strategy, ctx.now);
    } else if (strategy == QLatin1String("phone_code")) {
        if (su.phoneNumber.isEmpty())
            return paramMissing(str("phone_number"));
        su.phoneVerification = otp(strategy, ctx.now);
    } else {
        return strategyInvalid();
    }
    return envelope(ctx, m_model.signUpJson(su));
}

FapiResponse Fapi::attemptVerification(Context &ctx)
{
    const auto it = owned(m_model.signUps, ctx, "sign_up_id");
    if (!it)
        return notFound(str("sign_up_id"));
    SignUp &su = *it;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (su.status == QLatin1String("complete"))
        return error(400, str("verification_already_verified"), str("This verification has already been verified."),
                     str("This sign-up is complete."), {{str("param_name"), str("code")}});
    std::optional<Verification> *v = strategy == QLatin1String("email_code") ? &su.emailVerification
        : strategy == QLatin1String("phone_code") ? &su.phoneVerification : nullptr;
    if (!v)
        return strategyInvalid();
    if (!v->has_value())
        return verificationMissing(QStringLiteral("Call prepare_verification with strategy %1 first.").arg(strategy));
    if (auto failure = checkCode(**v, ctx.field("code"), false, {}))
        return *failure;
    return finishSignUpStep(ctx, su);
}

FapiResponse Fapi::getSignUp(Context &ctx)
{
    const auto it = owned(m_model.signUps, ctx, "sign_up_id");
    if (!it)
        return notFound(str("sign_up_id"));
    const QString nonce = ctx.request.query.queryItemValue(str("rotating_token_nonce"));
    if (!nonce.isEmpty()) {
        // One use, as for sign-ins: it proves this client's browser finished the OAuth sign-up.
        if (nonce != it->rotatingTokenNonce)
            return formatInvalid(str("rotating_token_nonce"));
        it->rotatingTokenNonce.clear();
    }
    return envelope(ctx, m_model.signUpJson(*it));
}

void Fapi::finishSignUpOAuth(Context &ctx, SignUp &su, const OAuthProvider *provider, const ExternalAccount *account)
{
    ctx.clientId = su.clientId;
    su.rotatingTokenNonce = randomHex(16);
    su.oauthState.clear();
    Verification &v = *su.externalVerification;
    if (!account || provider->strategy != v.strategy) {
        v.status = str("failed");
        return;
    }
    su.externalAccount = *account;
    if (m_model.identifierTaken(account->email)) {
        // The account already has a user: Clerk marks it transferable and a sign-in with transfer=true signs
        // that user in.
        v.status = str("transferable");
        v.errorCode = str("external_account_exists");
        return;
    }
    v.status = str("verified");
    su.external = true;
    su.emailAddress = account->email;
    if (su.firstName.isEmpty())
        su.firstName = account->firstName;
    if (su.lastName.isEmpty())
        su.lastName = account->lastName;
    Verification fromOauth;
    fromOauth.object = str("verification_from_oauth");
    fromOauth.status = str("verified");
    fromOauth.strategy = QStringLiteral("from_") + v.strategy;
    fromOauth.attempts = -1;
    su.emailVerification = fromOauth;
    // Completes it when the provider gave everything the instance requires; else it waits for PATCH.
    finishSignUpStep(ctx, su);
}

std::optional<FapiResponse> Fapi::usernameRejected(const QString &username)
{
    // Clerk's own limits and codes for usernames (checked before whether the name is taken).
    if (username.size() < 4 || username.size() > 64)
        return error(422, str("form_username_invalid_length"),
                     str("Username must be between 4 and 64 characters long."),
                     str("Username must be between 4 and 64 characters long."), {{str("param_name"), str("username")}});
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!allowed.match(username).hasMatch())
        return error(422, str("form_username_invalid_character"),
                     str("Username can only contain letters, numbers and '_' or '-'."),
                     str("Username can only contain letters, numbers and '_' or '-'."),
                     {{str("param_name"), str("username")}});
    return std::nullopt;
}

} // namespace ClerkEmulator
