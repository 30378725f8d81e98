// OAuth sign-in: the stand-in provider page (/oauth/authorize/{strategy}) and Clerk's callback
// (/v1/oauth_callback). The sign-in that starts the flow is in fapi_signin.cpp.
#include "fapi_common_p.h"

namespace ClerkEmulator {

FapiResponse Fapi::oauthProviderPage(Context &ctx)
{
    if (auto enterprise = enterpriseProviderPage(ctx))
        return *enterprise;
    // Stands in for Google/GitHub: approves at once as the requested (or first) seeded account.
    const OAuthProvider *provider = m_model.instance.provider(ctx.params.value(str("strategy")));
    const QString state = ctx.request.query.queryItemValue(str("state"));
    if (!provider || provider->accounts.isEmpty() || state.isEmpty())
        return notFound(str("strategy"));
    const QString wanted = ctx.request.query.queryItemValue(str("account"));
    const ExternalAccount *account = &provider->accounts.first();
    for (const ExternalAccount &a : provider->accounts) {
        if (a.providerUserId == wanted)
            account = &a;
    }
    QUrlQuery q;
    q.addQueryItem(str("state"), state);
    if (ctx.request.query.queryItemValue(str("deny")) == QLatin1String("1"))
        q.addQueryItem(str("error"), str("access_denied"));
    else
        q.addQueryItem(str("code"), provider->strategy + QLatin1Char(':') + account->providerUserId);
    FapiResponse r;
    r.status = 302;
    r.headers.append({"Location", (publicBaseUrl + QStringLiteral("/v1/oauth_callback?") + q.toString(QUrl::FullyEncoded)).toUtf8()});
    return r;
}

void Fapi::linkAccount(User &user, const QString &strategy, const ExternalAccount &account, qint64 now)
{
    // Clerk links the provider account to the user it signs in, so it shows in `external_accounts`. An identity
    // provider's (enterprise SSO, SAML) account is an enterprise account instead, which the emulator does not list.
    if (!strategy.startsWith(QLatin1String("oauth_")))
        return;
    for (const LinkedAccount &a : user.externalAccounts) {
        if (a.strategy == strategy && a.account.providerUserId == account.providerUserId && a.verified())
            return;
    }
    user.externalAccounts.removeIf([&](const LinkedAccount &a) { return a.strategy == strategy; });
    LinkedAccount linked;
    linked.id = newId(str("eac"));
    linked.identificationId = newId(str("idn"));
    linked.strategy = strategy;
    linked.account = account;
    linked.verification.object = str("verification_oauth");
    linked.verification.status = str("verified");
    linked.verification.strategy = strategy;
    linked.verification.attempts = -1;
    linked.verification.expireAt = now + kVerificationLifetimeMs;
    linked.createdAt = linked.updatedAt = now;
    user.externalAccounts.append(linked);
}

FapiResponse Fapi::oauthCallback(Context &ctx)
{
    const QString state = ctx.request.query.queryItemValue(str("state"));
    if (auto connected = finishAccountOAuth(state, ctx.request.query.queryItemValue(str("code"))))
        return *connected;
    const QString code = ctx.request.query.queryItemValue(str("code"));
    const OAuthProvider *provider = m_model.instance.provider(code.section(QLatin1Char(':'), 0, 0));
    const ExternalAccount *account = nullptr;
    QString accountStrategy; // what the sign-in's verification must name: the provider's, or saml (enterprise)
    if (provider) {
        accountStrategy = provider->strategy;
        for (const ExternalAccount &a : provider->accounts) {
            if (a.providerUserId == code.section(QLatin1Char(':'), 1))
                account = &a;
        }
    } else if (code.startsWith(QLatin1String("enterprise_sso:"))) {
        const EnterpriseConnection *connection =
            m_model.instance.enterpriseConnectionFor(code.section(QLatin1Char(':'), 1, 1));
        accountStrategy = str("saml");
        for (const ExternalAccount &a : connection ? connection->accounts : QList<ExternalAccount>()) {
            if (a.providerUserId == code.section(QLatin1Char(':'), 2))
                account = &a;
        }
    }
    const auto redirectTo = [](const QString &redirect, const QString &nonce) {
        FapiResponse r;
        r.status = 302;
        r.headers.append({"Location", (redirect + (redirect.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                                       + QStringLiteral("rotating_token_nonce=") + nonce).toUtf8()});
        return r;
    };
    for (auto it = m_model.signUps.begin(); it != m_model.signUps.end(); ++it) {
        if (state.isEmpty() || it->oauthState != state || !it->externalVerification
            || it->externalVerification->status != QLatin1String("unverified"))
            continue;
        const QString signUpId = it.key();
        const QString redirect = it->redirectUrl;
        finishSignUpOAuth(ctx, *it, provider, account);
        return redirectTo(redirect, m_model.signUps[signUpId].rotatingTokenNonce);
    }
    SignIn *si = nullptr;
    for (SignIn &candidate : m_model.signIns) {
        if (!state.isEmpty() && candidate.oauthState == state)
            si = &candidate;
    }
    if (!si || !si->firstFactor
        || (si->firstFactor->object != QLatin1String("verification_oauth")
            && si->firstFactor->object != QLatin1String("verification_saml"))
        || si->firstFactor->status != QLatin1String("unverified"))
        return error(400, str("oauth_callback_invalid"), str("OAuth callback invalid"),
                     str("The OAuth state is unknown or was already used."));
    ctx.clientId = si->clientId;
    si->rotatingTokenNonce = randomHex(16);
    si->oauthState.clear();
    const QString redirect = si->redirectUrl;
    const QString nonceText = si->rotatingTokenNonce;
    if (!account || accountStrategy != si->firstFactor->strategy) {
        si->firstFactor->status = str("failed");
    } else if (User *user = m_model.findUserByIdentifier(account->email)) {
        si->firstFactor->status = str("verified");
        si->identifier = account->email;
        si->userId = user->id;
        if (provider) // enterprise accounts are not listed among external_accounts
            linkAccount(*user, provider->strategy, *account, ctx.now);
        completeSignIn(ctx, *si, *user, false);
    } else {
        // No Clerk user has this account yet: Clerk marks it transferable, and a sign-up with transfer=true
        // finishes the job.
        si->firstFactor->status = str("transferable");
        si->firstFactor->errorCode = str("external_account_not_found");
        si->status = str("needs_identifier");
        si->externalAccount = *account;
    }
    return redirectTo(redirect, nonceText);
}

FapiResponse Fapi::transferSignUpToSignIn(Context &ctx)
{
    const auto found = m_model.signUps.find(ctx.client().signUpId);
    SignUp *su = found == m_model.signUps.end() ? nullptr : &*found;
    User *user = su && su->externalAccount && su->externalVerification
            && su->externalVerification->status == QLatin1String("transferable")
        ? m_model.findUserByIdentifier(su->externalAccount->email)
        : nullptr;
    if (!user)
        return error(400, str("account_transfer_invalid"), str("Nothing to transfer"),
                     str("There is no OAuth sign-up waiting to become a sign-in on this client."));
    SignIn si;
    si.id = newId(str("sia"));
    si.clientId = ctx.clientId;
    si.status = str("needs_first_factor");
    si.identifier = su->externalAccount->email;
    si.userId = user->id;
    si.createdAt = ctx.now;
    si.abandonAt = ctx.now + kAttemptLifetimeMs;
    Verification v = *su->externalVerification;
    v.status = str("verified");
    v.errorCode.clear();
    v.externalUrl.clear();
    si.firstFactor = v;
    linkAccount(*user, v.strategy, *su->externalAccount, ctx.now);
    // The sign-up is used up by the transfer.
    ctx.client().signUpId.clear();
    m_model.signIns.insert(si.id, si);
    ctx.client().signInId = si.id;
    return completeSignIn(ctx, m_model.signIns[si.id], *user, false);
}

} // namespace ClerkEmulator
