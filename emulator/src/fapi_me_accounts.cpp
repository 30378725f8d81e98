// The signed-in user's connected accounts and devices: POST /v1/me/external_accounts, PATCH …/{id}/reauthorize and
// DELETE …/{id} (the connect and reauthorize flows go through the emulator's provider page and /v1/oauth_callback,
// as an OAuth sign-in does), GET /v1/me/sessions/active and POST /v1/me/sessions/{id}/revoke. Rules and codes
// follow Clerk's users service (ConnectOAuthAccount, ReauthorizeOAuthAccount, DeleteExternalAccount).
#include "fapi_common_p.h"

#include <QRegularExpression>

namespace ClerkEmulator {

namespace {

FapiResponse providerNotEnabled(const QString &strategy)
{
    QString title = strategy.startsWith(QLatin1String("oauth_")) ? strategy.mid(6) : strategy;
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return Fapi::error(400, str("oauth_provider_not_enabled"), QStringLiteral("%1 OAuth provider not enabled").arg(title),
                       QStringLiteral("Single-sign on with %1 OAuth provider is not enabled in the instance settings.")
                           .arg(title));
}

FapiResponse externalAccountNotFound()
{
    return plainError(404, "external_account_not_found", "Invalid external account", "The External Account was not found.");
}

/// `Client.SessionActivity` from the User-Agent and peer address of the session's latest request. The OS goes into
/// `device_type`, the field Clerk reports it in; `city` and `country` stay out: nothing locates a loopback peer.
QJsonObject sessionActivity(const Session &s)
{
    const QString ua = s.userAgent;
    QString browser, version;
    // Order matters: Edge and Opera also say Chrome, Chrome also says Safari.
    for (const char *token : {"Edg", "OPR", "Firefox", "Chrome", "Version"}) {
        const QRegularExpression re(QStringLiteral("\\b%1/([0-9][0-9.]*)").arg(QLatin1String(token)));
        const QRegularExpressionMatch m = re.match(ua);
        if (!m.hasMatch())
            continue;
        static const QHash<QString, QString> names{{str("Edg"), str("Edge")}, {str("OPR"), str("Opera")},
                                                  {str("Firefox"), str("Firefox")}, {str("Chrome"), str("Chrome")},
                                                  {str("Version"), str("Safari")}};
        browser = names.value(QLatin1String(token));
        version = m.captured(1);
        break;
    }
    if (browser.isEmpty()) {
        // A native client names itself in the first product token ("clerk-qt/0.3 Qt/6.4").
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^([^/\\s]+)/(\\S+)")).match(ua);
        if (m.hasMatch() && m.captured(1) != QLatin1String("Mozilla")) {
            browser = m.captured(1);
            version = m.captured(2);
        }
    }
    QString device;
    for (const auto &[marker, name] : {std::pair{"iPhone", "iPhone"}, std::pair{"iPad", "iPad"},
                                       std::pair{"Android", "Android"}, std::pair{"Windows", "Windows"},
                                       std::pair{"Macintosh", "Macintosh"}, std::pair{"CrOS", "Chromebook"},
                                       std::pair{"Linux", "Linux"}}) {
        if (ua.contains(QLatin1String(marker))) {
            device = QLatin1String(name);
            break;
        }
    }
    QJsonObject o{{str("object"), str("session_activity")},
                  {str("id"), s.activityId},
                  {str("is_mobile"), ua.contains(QLatin1String("Mobile")) || device == QLatin1String("iPhone")
                                         || device == QLatin1String("Android")}};
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("device_type", device);
    put("browser_name", browser);
    put("browser_version", version);
    put("ip_address", s.ipAddress);
    return o;
}

} // namespace

void Fapi::noteActivity(Session &session, const Context &ctx)
{
    if (session.activityId.isEmpty())
        session.activityId = newId(str("sess_activity"));
    session.userAgent = ctx.request.userAgent;
    session.ipAddress = ctx.request.peerAddress;
}

QString Fapi::startAccountOAuth(LinkedAccount &account, const QString &redirectUrl, qint64 now)
{
    account.oauthState = randomHex(16);
    account.redirectUrl = redirectUrl;
    account.verification = Verification();
    account.verification.object = str("verification_oauth");
    account.verification.strategy = account.strategy;
    account.verification.attempts = -1;
    account.verification.expireAt = now + kVerificationLifetimeMs;
    account.verification.externalUrl =
        QStringLiteral("%1/oauth/authorize/%2?state=%3").arg(publicBaseUrl, account.strategy, account.oauthState);
    account.updatedAt = now;
    return account.oauthState;
}

FapiResponse Fapi::connectExternalAccount(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (!m_model.instance.provider(strategy))
        return providerNotEnabled(strategy);
    if (ctx.field("redirect_url").isEmpty())
        return paramMissing(str("redirect_url"));
    // One external account per provider; an unverified attempt is replaced by the new one.
    for (const LinkedAccount &a : user->externalAccounts) {
        if (a.strategy == strategy && a.verified())
            return error(400, str("external_account_exists"), str("External account exists"),
                         QStringLiteral("A %1 account is already connected to this user.").arg(strategy));
    }
    user->externalAccounts.removeIf([&](const LinkedAccount &a) { return a.strategy == strategy; });
    LinkedAccount account;
    account.id = newId(str("eac"));
    account.identificationId = newId(str("idn"));
    account.strategy = strategy;
    account.createdAt = ctx.now;
    startAccountOAuth(account, ctx.field("redirect_url"), ctx.now);
    user->externalAccounts.append(account);
    user->updatedAt = ctx.now;
    return envelope(ctx, account.toJson());
}

FapiResponse Fapi::reauthorizeExternalAccount(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    LinkedAccount *account = user->externalAccount(ctx.params.value(str("external_account_id")));
    if (!account)
        return externalAccountNotFound();
    if (!m_model.instance.provider(account->strategy))
        return providerNotEnabled(account->strategy);
    if (ctx.field("redirect_url").isEmpty())
        return paramMissing(str("redirect_url"));
    startAccountOAuth(*account, ctx.field("redirect_url"), ctx.now);
    return envelope(ctx, account->toJson());
}

FapiResponse Fapi::deleteExternalAccount(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    const QString id = ctx.params.value(str("external_account_id"));
    if (!user->externalAccount(id))
        return externalAccountNotFound();
    // An OAuth identification is never the one a user must keep (Clerk skips the last-identification check).
    user->externalAccounts.removeIf([&](const LinkedAccount &a) { return a.id == id; });
    user->updatedAt = ctx.now;
    return envelope(ctx, QJsonObject{{str("object"), str("external_account")}, {str("id"), id}, {str("deleted"), true}});
}

std::optional<FapiResponse> Fapi::finishAccountOAuth(const QString &state, const QString &code)
{
    LinkedAccount *account = nullptr;
    User *owner = nullptr;
    for (User &u : m_model.users) {
        for (LinkedAccount &a : u.externalAccounts) {
            if (!state.isEmpty() && a.oauthState == state) {
                account = &a;
                owner = &u;
            }
        }
    }
    if (!account)
        return std::nullopt; // not a connect or reauthorize flow
    account->oauthState.clear();
    const qint64 now = m_now();
    const OAuthProvider *provider = m_model.instance.provider(code.section(QLatin1Char(':'), 0, 0));
    const ExternalAccount *approved = nullptr;
    if (provider && provider->strategy == account->strategy) {
        for (const ExternalAccount &a : provider->accounts) {
            if (a.providerUserId == code.section(QLatin1Char(':'), 1))
                approved = &a;
        }
    }
    bool linkedElsewhere = false;
    for (const User &u : std::as_const(m_model.users)) {
        for (const LinkedAccount &a : u.externalAccounts) {
            linkedElsewhere = linkedElsewhere
                || (approved && u.id != owner->id && a.verified() && a.strategy == account->strategy
                    && a.account.providerUserId == approved->providerUserId);
        }
    }
    // Reauthorizing keeps the account: the provider must approve the same one.
    const bool otherAccount = approved && !account->account.providerUserId.isEmpty()
        && account->account.providerUserId != approved->providerUserId;
    if (!approved || otherAccount) {
        account->verification.status = str("failed");
    } else if (linkedElsewhere) {
        account->verification.status = str("failed");
        account->verification.errorCode = str("external_account_exists");
    } else {
        account->account = *approved;
        account->verification.status = str("verified");
        account->verification.errorCode.clear();
    }
    account->verification.externalUrl.clear();
    account->updatedAt = owner->updatedAt = now;
    FapiResponse r;
    r.status = 302;
    r.headers.append({"Location", account->redirectUrl.toUtf8()});
    return r;
}

FapiResponse Fapi::activeSessions(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    // Client.ActiveSessions: a bare array of this user's active sessions on every client, not enveloped.
    QList<const Session *> list;
    for (const Session &s : std::as_const(m_model.sessions)) {
        if (s.userId == user->id && s.status == QLatin1String("active") && s.expireAt > ctx.now)
            list.append(&s);
    }
    std::sort(list.begin(), list.end(), [](const Session *a, const Session *b) { return a->lastActiveAt > b->lastActiveAt; });
    QJsonArray out;
    for (const Session *s : list) {
        QJsonObject o = m_model.sessionJson(*s, ctx.now);
        o.remove(str("user")); // the requester is the user; Clerk lists the sessions without it
        o.remove(str("last_active_token"));
        o.insert(str("latest_activity"), sessionActivity(*s));
        out.append(o);
    }
    FapiResponse r;
    r.body = out;
    return r;
}

FapiResponse Fapi::revokeMySession(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    auto it = m_model.sessions.find(ctx.params.value(str("session_id")));
    if (it == m_model.sessions.end() || it->userId != user->id)
        return notFound(str("session_id"));
    if (it->status == QLatin1String("active"))
        revokeSession(it->id);
    // Client.Session: {response: session, client}; the revoked one may belong to another client.
    FapiResponse r = envelope(ctx, QJsonValue());
    QJsonObject body = r.body.toObject();
    body.insert(str("response"), m_model.sessionJson(*it, ctx.now));
    r.body = body;
    return r;
}

} // namespace ClerkEmulator
