// Sign-ins: POST /v1/client/sign_ins, GET …/{id}, first and second factors, reset_password.
#include "fapi_common_p.h"

namespace ClerkEmulator {

FapiResponse Fapi::createSignIn(Context &ctx)
{
    if (auto conflict = singleSessionConflict(m_model, ctx.clientId))
        return *conflict;
    if (ctx.field("transfer") == QLatin1String("true"))
        return transferSignUpToSignIn(ctx);
    const QString strategy = ctx.field("strategy");
    if (strategy == QLatin1String("ticket"))
        return signInWithTicket(ctx);
    if (strategy == QLatin1String("enterprise_sso"))
        return startEnterpriseSso(ctx);
    const QString identifier = ctx.field("identifier").trimmed();
    const OAuthProvider *provider = strategy.startsWith(QLatin1String("oauth_")) ? m_model.instance.provider(strategy)
                                                                                : nullptr;
    if (strategy.startsWith(QLatin1String("oauth_")) && !provider)
        return strategyInvalid();
    if (provider && ctx.field("redirect_url").isEmpty())
        return paramMissing(str("redirect_url"));

    SignIn si;
    si.id = newId(str("sia"));
    si.clientId = ctx.clientId;
    si.status = str("needs_identifier");
    si.createdAt = ctx.now;
    si.abandonAt = ctx.now + kAttemptLifetimeMs;
    if (!identifier.isEmpty()) {
        User *user = m_model.findUserByIdentifier(identifier);
        if (!user)
            return error(422, str("form_identifier_not_found"), str("Couldn't find your account."),
                         str("Couldn't find your account."), {{str("param_name"), str("identifier")}});
        for (const Session *s : m_model.activeSessions(ctx.clientId)) {
            if (s->userId == user->id)
                return error(400, str("identifier_already_signed_in"), str("You're already signed in"),
                             str("You're already signed in with this account on this device."),
                             {{str("session_id"), s->id}});
        }
        si.identifier = identifier;
        si.userId = user->id;
        si.clientTrustState = clientKnows(ctx.clientId, user->id) ? str("known") : str("new");
        si.status = str("needs_first_factor");
    } else if ((!strategy.isEmpty() && !provider) || ctx.has("password")) {
        return paramMissing(str("identifier"));
    }
    if (provider) {
        // Native OAuth: the browser goes to the provider, comes back to Clerk's callback, and Clerk sends it on
        // to redirect_url with a rotating_token_nonce the app trades for the session (GET sign_ins/{id}).
        si.oauthState = randomHex(16);
        si.redirectUrl = ctx.field("redirect_url");
        Verification v;
        v.object = str("verification_oauth");
        v.strategy = strategy;
        v.attempts = -1;
        v.expireAt = ctx.now + kVerificationLifetimeMs;
        v.externalUrl = QStringLiteral("%1/oauth/authorize/%2?state=%3").arg(publicBaseUrl, strategy, si.oauthState);
        si.firstFactor = v;
        si.status = str("needs_first_factor");
    }
    m_model.signIns.insert(si.id, si);
    Client &client = ctx.client();
    client.signInId = si.id;
    if (provider)
        return envelope(ctx, m_model.signInJson(si));
    client.updatedAt = ctx.now;

    if (strategy == QLatin1String("password") || (strategy.isEmpty() && ctx.has("password"))) {
        ctx.params.insert(str("sign_in_id"), si.id);
        ctx.impliedStrategy = str("password");
        return attemptFirstFactor(ctx);
    }
    if (!strategy.isEmpty()) {
        ctx.params.insert(str("sign_in_id"), si.id);
        return prepareFirstFactor(ctx);
    }
    return envelope(ctx, m_model.signInJson(si));
}

FapiResponse Fapi::getSignIn(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    const QString nonce = ctx.request.query.queryItemValue(str("rotating_token_nonce"));
    if (!nonce.isEmpty()) {
        // One use: the nonce proves this client is the one whose browser finished the OAuth flow.
        if (nonce != it->rotatingTokenNonce)
            return formatInvalid(str("rotating_token_nonce"));
        it->rotatingTokenNonce.clear();
    }
    // An email link not opened in time: the waiting client learns it from the sign-in itself.
    if (it->firstFactor && it->firstFactor->strategy == QLatin1String("email_link")
        && it->firstFactor->status == QLatin1String("unverified") && ctx.now >= it->firstFactor->expireAt)
        it->firstFactor->status = str("expired");
    return envelope(ctx, m_model.signInJson(*it));
}

FapiResponse Fapi::prepareFirstFactor(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    SignIn &si = *it;
    User *user = m_model.users.contains(si.userId) ? &m_model.users[si.userId] : nullptr;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (!user || si.status != QLatin1String("needs_first_factor")
        || !m_model.instance.firstFactors.contains(strategy))
        return strategyInvalid();

    if (strategy == QLatin1String("email_code") || strategy == QLatin1String("email_link")
        || strategy == QLatin1String("reset_password_email_code")) {
        if (user->primaryEmailId.isEmpty())
            return strategyInvalid();
        const QString emailId = ctx.has("email_address_id") ? ctx.field("email_address_id") : user->primaryEmailId;
        const EmailAddress *email = user->email(emailId);
        if (!email || !email->verified())
            return notFound(str("email_address_id"));
        if (strategy == QLatin1String("email_link") && ctx.field("redirect_url").isEmpty())
            return paramMissing(str("redirect_url"));
        Verification v = otp(strategy, ctx.now);
        if (strategy == QLatin1String("email_link")) {
            v.object = str("verification_email_link");
            v.attempts = -1;
        }
        si.firstFactor = v;
        si.preparedEmailId = email->id;
        if (strategy == QLatin1String("email_link"))
            sendEmailLink(si, email->email, ctx.field("redirect_url"));
    } else if (strategy == QLatin1String("phone_code") || strategy == QLatin1String("reset_password_phone_code")) {
        if (user->primaryPhoneId.isEmpty())
            return strategyInvalid();
        const QString phoneId = ctx.has("phone_number_id") ? ctx.field("phone_number_id") : user->primaryPhoneId;
        const PhoneNumber *phone = user->phone(phoneId);
        if (!phone || !phone->verified())
            return notFound(str("phone_number_id"));
        si.firstFactor = otp(strategy, ctx.now);
        si.preparedPhoneId = phone->id;
    } else if (strategy != QLatin1String("password")) {
        return strategyInvalid();
    }
    return envelope(ctx, m_model.signInJson(si));
}

FapiResponse Fapi::attemptFirstFactor(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    const QString signInId = it->id;
    SignIn &si = *it;
    if (!m_model.users.contains(si.userId) || si.status != QLatin1String("needs_first_factor"))
        return strategyInvalid();
    User &user = m_model.users[si.userId];
    const QString strategy = ctx.has("strategy") ? ctx.field("strategy") : ctx.impliedStrategy;
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));

    if (strategy == QLatin1String("password")) {
        if (user.password.isEmpty() || !m_model.instance.firstFactors.contains(strategy))
            return strategyInvalid();
        if (!ctx.has("password"))
            return paramMissing(str("password"));
        Verification v;
        v.object = str("verification_password");
        v.strategy = strategy;
        v.attempts = (si.firstFactor && si.firstFactor->strategy == strategy ? si.firstFactor->attempts : 0) + 1;
        v.status = ctx.field("password") == user.password ? str("verified") : str("unverified");
        si.firstFactor = v;
        if (v.status != QLatin1String("verified"))
            return error(422, str("form_password_incorrect"),
                         str("Password is incorrect. Try again, or use another method."),
                         str("Password is incorrect. Try again, or use another method."),
                         {{str("param_name"), str("password")}});
    } else if (strategy == QLatin1String("email_code") || strategy == QLatin1String("phone_code")
               || strategy.startsWith(QLatin1String("reset_password_"))) {
        if (!si.firstFactor || si.firstFactor->strategy != strategy)
            return verificationMissing(QStringLiteral("Call prepare_first_factor with strategy %1 first.").arg(strategy));
        if (auto failure = checkCode(*si.firstFactor, ctx.field("code"), false, {}))
            return *failure;
        if (strategy.startsWith(QLatin1String("reset_password_"))) {
            si.status = str("needs_new_password");
            return envelope(ctx, m_model.signInJson(si));
        }
    } else {
        return strategyInvalid();
    }
    return completeSignIn(ctx, m_model.signIns[signInId], user, false);
}

FapiResponse Fapi::completeSignIn(Context &ctx, SignIn &signIn, User &user, bool secondFactorDone)
{
    const QString signInId = signIn.id;
    if (!secondFactorDone && user.secondFactorRequired() && !m_model.instance.secondFactors.isEmpty()) {
        signIn.status = str("needs_second_factor");
        return envelope(ctx, m_model.signInJson(signIn));
    }
    // Client trust: a password alone does not sign a user without a second factor in on a new device.
    const bool byPassword = signIn.firstFactor && signIn.firstFactor->strategy == QLatin1String("password");
    if (!secondFactorDone && m_model.instance.clientTrust && byPassword && !user.secondFactorRequired()
        && signIn.clientTrustState == QLatin1String("new")) {
        signIn.status = str("needs_client_trust");
        return envelope(ctx, m_model.signInJson(signIn));
    }
    const Session *session = createSession(ctx, user, secondFactorDone);
    SignIn &si = m_model.signIns[signInId];
    si.status = str("complete");
    si.createdSessionId = session->id;
    ctx.client().signInId.clear();
    return envelope(ctx, m_model.signInJson(si));
}

FapiResponse Fapi::prepareSecondFactor(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    const User &user = m_model.users[it->userId];
    if (it->status == QLatin1String("needs_client_trust"))
        return prepareClientTrust(ctx, *it, user, strategy);
    if (it->status != QLatin1String("needs_second_factor") || !m_model.instance.secondFactors.contains(strategy))
        return strategyInvalid();
    if (strategy == QLatin1String("phone_code")) {
        const PhoneNumber *phone = nullptr;
        if (auto failure = secondFactorPhone(ctx, user, phone))
            return *failure;
        it->secondFactor = otp(strategy, ctx.now);
        it->preparedPhoneId = phone->id;
        return envelope(ctx, m_model.signInJson(*it));
    }
    if (strategy == QLatin1String("totp") ? user.totpSecret.isEmpty()
        : strategy == QLatin1String("backup_code") ? user.backupCodes.isEmpty()
        : true)
        return strategyInvalid();
    // TOTP and backup codes need nothing sent; the attempt carries the code.
    return envelope(ctx, m_model.signInJson(*it));
}

FapiResponse Fapi::attemptSecondFactor(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    SignIn &si = *it;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    const QString code = ctx.field("code").trimmed();
    if (si.status == QLatin1String("needs_client_trust") && m_model.users.contains(si.userId)) {
        // The code proves the device; it is no second factor, so the session's fva has none.
        if ((strategy != QLatin1String("email_code") && strategy != QLatin1String("phone_code")))
            return strategyInvalid();
        if (!si.secondFactor || si.secondFactor->strategy != strategy)
            return verificationMissing(str("Call prepare_second_factor first."));
        if (auto failure = checkCode(*si.secondFactor, code, false, {}))
            return *failure;
        si.clientTrustState = str("known"); // the device is trusted now: complete as the password sign-in it was
        return completeSignIn(ctx, si, m_model.users[si.userId], false);
    }
    if (si.status != QLatin1String("needs_second_factor") || !m_model.users.contains(si.userId)
        || !m_model.instance.secondFactors.contains(strategy))
        return strategyInvalid();
    User &user = m_model.users[si.userId];
    if (auto failure = checkSecondFactor(si.secondFactor, user, strategy, code))
        return *failure;
    return completeSignIn(ctx, si, user, true);
}

std::optional<FapiResponse> Fapi::secondFactorPhone(Context &ctx, const User &user, const PhoneNumber *&phone)
{
    const QString wanted = ctx.field("phone_number_id");
    phone = nullptr;
    for (const PhoneNumber *p : user.secondFactorPhones()) {
        if (wanted.isEmpty() ? (p->defaultSecondFactor || !phone) : p->id == wanted)
            phone = p;
    }
    if (!phone)
        return wanted.isEmpty() ? strategyInvalid() : notFound(str("phone_number_id"));
    return std::nullopt;
}

std::optional<FapiResponse> Fapi::checkSecondFactor(std::optional<Verification> &factor, User &user,
                                                    const QString &strategy, const QString &code)
{
    if (strategy == QLatin1String("totp")) {
        if (user.totpSecret.isEmpty())
            return strategyInvalid();
        if (!factor || factor->strategy != strategy) {
            Verification v;
            v.object = str("verification_totp");
            v.strategy = strategy;
            v.expireAt = 0;
            factor = v;
        }
        return checkCode(*factor, code, true, user.totpSecret);
    }
    if (strategy == QLatin1String("phone_code")) {
        if (!factor || factor->strategy != strategy)
            return verificationMissing(str("Call prepare_second_factor first."));
        return checkCode(*factor, code, false, {});
    }
    if (strategy != QLatin1String("backup_code") || user.backupCodes.isEmpty())
        return strategyInvalid();
    if (code.isEmpty())
        return paramMissing(str("code"));
    Verification v;
    v.object = str("verification_backup_code");
    v.strategy = strategy;
    v.attempts = (factor && factor->strategy == strategy ? factor->attempts : 0) + 1;
    v.expireAt = 0;
    // Each backup code works once.
    v.status = user.backupCodes.removeOne(code) ? str("verified") : str("unverified");
    factor = v;
    if (v.status != QLatin1String("verified"))
        return codeIncorrect();
    return std::nullopt;
}

FapiResponse Fapi::resetPassword(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    if (it->status != QLatin1String("needs_new_password") || !m_model.users.contains(it->userId))
        return strategyInvalid();
    const QString password = ctx.field("password");
    if (password.isEmpty())
        return paramMissing(str("password"));
    if (auto rejected = passwordRejected(m_model.instance, password, str("password")))
        return *rejected;
    User &user = m_model.users[it->userId];
    user.password = password;
    user.updatedAt = ctx.now;
    if (ctx.field("sign_out_of_other_sessions") == QLatin1String("true")) {
        for (Session &s : m_model.sessions) {
            if (s.userId == user.id && s.status == QLatin1String("active")) {
                s.status = str("revoked");
                s.updatedAt = ctx.now;
            }
        }
    }
    it->status = str("needs_first_factor");
    return completeSignIn(ctx, *it, user, false);
}

bool Fapi::clientKnows(const QString &clientId, const QString &userId) const
{
    for (const Session &s : m_model.sessions) {
        if (s.clientId == clientId && s.userId == userId)
            return true;
    }
    return false;
}

FapiResponse Fapi::prepareClientTrust(Context &ctx, SignIn &si, const User &user, const QString &strategy)
{
    // The code goes to the primary email address or phone number, which the sign-in offers.
    if (strategy == QLatin1String("email_code") && !user.primaryEmailId.isEmpty()) {
        si.preparedEmailId = user.primaryEmailId;
    } else if (strategy == QLatin1String("phone_code") && !user.primaryPhoneId.isEmpty()) {
        si.preparedPhoneId = user.primaryPhoneId;
    } else {
        return strategyInvalid();
    }
    si.secondFactor = otp(strategy, ctx.now);
    return envelope(ctx, m_model.signInJson(si));
}

} // namespace ClerkEmulator
