// Connected accounts: Account's connect, reauthorize and disconnect, and the engine part that carries them out.
#include "connectionops_p.h"

#include "account_p.h"
#include "authcore_p.h"
#include "oauthflow_p.h"
#include "resources_p.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Clerk {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

/// The account `id` in a user's JSON, or an empty object.
QJsonObject findExternalAccount(const QJsonObject &user, const QString &id)
{
    const QJsonArray accounts = user.value(QLatin1String("external_accounts")).toArray();
    for (const QJsonValue &a : accounts) {
        if (a.toObject().value(QLatin1String("id")).toString() == id)
            return a.toObject();
    }
    return {};
}

} // namespace

Reply *ConnectionOps::connectExternalAccount(const QString &strategy, const OAuthOptions &options)
{
    auto *reply = d.newReply();
    auto request = d.meRequest(reply, "POST", QStringLiteral("/external_accounts"));
    if (!request)
        return reply;
    // Clerk judges the strategy (oauth_provider_not_enabled): an app may offer any provider the instance has.
    request->form = {{QStringLiteral("strategy"), strategy}};
    AuthCore::forward(authorize(*request, options), reply);
    return reply;
}

Reply *ConnectionOps::reauthorizeExternalAccount(const QString &externalAccountId, const OAuthOptions &options)
{
    auto *reply = d.newReply();
    auto request = d.meRequest(reply, "PATCH", QStringLiteral("/external_accounts/%1/reauthorize").arg(externalAccountId));
    if (!request)
        return reply;
    request->description = QStringLiteral("PATCH /me/external_accounts/{id}/reauthorize");
    AuthCore::forward(authorize(*request, options), reply);
    return reply;
}

Reply *ConnectionOps::authorize(FapiRequest start, const OAuthOptions &options)
{
    const QString sessionId = start.sessionId;
    OAuthFlow::Trip trip;
    trip.noun = QStringLiteral("connection");
    trip.succeededTitle = QCoreApplication::translate("Clerk::OAuthFlow", "Account connected");
    trip.failedTitle = QCoreApplication::translate("Clerk::OAuthFlow", "Connecting the account failed");
    trip.request = [start](const QUrl &redirect) {
        FapiRequest request = start;
        request.form.append({QStringLiteral("redirect_url"), redirect.toString()});
        return request;
    };
    trip.verificationPath = {QStringLiteral("verification")};
    // Clerk's callback only sends the browser back: what the provider said is in the account's verification,
    // read from the user (whose reload also brings Auth::user() up to date).
    trip.back = [sessionId](const QUrlQuery &, const QString &) -> std::variant<FapiRequest, Error> {
        FapiRequest reload;
        reload.path = QStringLiteral("/me");
        reload.sessionId = sessionId;
        return reload;
    };
    trip.check = [](const FapiResult &r, const QString &accountId) {
        const QJsonObject account = findExternalAccount(r.envelope.response.toObject(), accountId);
        const QJsonObject verification = account.value(QLatin1String("verification")).toObject();
        if (verification.value(QLatin1String("status")).toString() == QLatin1String("verified"))
            return Error();
        // Clerk says why when it knows (external_account_exists: the provider's account belongs to another user).
        const QJsonObject why = verification.value(QLatin1String("error")).toObject();
        const QString code = text(why, "code");
        const QString message = text(why, "long_message");
        return Error(Error::Kind::Auth, code.isEmpty() ? QStringLiteral("clerkqt_oauth_failed") : code,
                     message.isEmpty() ? QStringLiteral("The provider did not verify the account.") : message);
    };
    trip.complete = [](const FapiResult &r, const QString &accountId, PendingReply *reply) {
        if (reply)
            reply->succeed(QVariant::fromValue(
                parseExternalAccount(findExternalAccount(r.envelope.response.toObject(), accountId))));
    };
    return m_oauth.run(options, std::move(trip));
}

Reply *ConnectionOps::disconnectExternalAccount(const QString &externalAccountId)
{
    auto *reply = d.newReply();
    auto request = d.meRequest(reply, "DELETE", QStringLiteral("/external_accounts/%1").arg(externalAccountId));
    if (!request)
        return reply;
    request->description = QStringLiteral("DELETE /me/external_accounts/{id}");
    // The answer carries the client, so Auth::user() no longer lists the account when the reply reports.
    d.call(reply, *request, [](const FapiResult &, PendingReply *rep) {
        if (rep)
            rep->succeed();
    });
    return reply;
}

ReplyOf<ExternalAccount> *Account::connectExternalAccount(const QString &strategy)
{
    return connectExternalAccount(strategy, OAuthOptions());
}

ReplyOf<ExternalAccount> *Account::connectExternalAccount(const QString &strategy, const OAuthOptions &options)
{
    return d->auth.run<ExternalAccount>(
        [=] { return d->auth.engine->connections.connectExternalAccount(strategy, options); });
}

ReplyOf<ExternalAccount> *Account::reauthorizeExternalAccount(const QString &externalAccountId)
{
    return reauthorizeExternalAccount(externalAccountId, OAuthOptions());
}

ReplyOf<ExternalAccount> *Account::reauthorizeExternalAccount(const QString &externalAccountId,
                                                              const OAuthOptions &options)
{
    return d->auth.run<ExternalAccount>(
        [=] { return d->auth.engine->connections.reauthorizeExternalAccount(externalAccountId, options); });
}

ReplyOf<void> *Account::disconnectExternalAccount(const QString &externalAccountId)
{
    return d->auth.run<void>([=] { return d->auth.engine->connections.disconnectExternalAccount(externalAccountId); });
}

} // namespace Clerk
