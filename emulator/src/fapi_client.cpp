// The client: GET/POST/PUT/DELETE /v1/client, DELETE /v1/client/sessions, and the client token that
// identifies it (created on first contact, rotated on sign-in, revoked with the client).
#include "fapi_common_p.h"
#include "signer_p.h"

namespace ClerkEmulator {

void Fapi::rotateClientToken(Client &client)
{
    const QString previous = client.tokens.isEmpty() ? QString() : client.tokens.first();
    for (int i = 1; i < client.tokens.size(); ++i)
        m_model.clientByToken.remove(client.tokens[i]);
    const QString token = QString::fromLatin1(m_signer.sign(
        {{str("id"), client.id}, {str("rotating_token"), randomHex(12)}, {str("iat"), m_now() / 1000}}));
    client.tokens = previous.isEmpty() ? QStringList{token} : QStringList{token, previous};
    m_model.clientByToken.insert(token, client.id);
}

std::optional<FapiResponse> Fapi::resolveClient(Context &ctx)
{
    const FapiRequest &req = ctx.request;
    if (req.hasAuthorization) {
        if (req.clientToken.count(QLatin1Char('.')) != 2)
            return error(401, str("authentication_invalid"), str("Invalid authentication"),
                         str("Unable to authenticate the request, you need to supply an active session"));
        const QString id = m_model.clientByToken.value(req.clientToken);
        if (id.isEmpty() || !m_model.clients.contains(id) || m_model.clients[id].revoked)
            return signedOut();
        // POST and PUT /v1/client create a new client whatever token came with them.
        const bool newClient = req.method == QLatin1String("POST") || req.method == QLatin1String("PUT");
        if (!(newClient && req.path == QLatin1String("/v1/client"))) {
            ctx.clientId = id;
            return std::nullopt;
        }
    } else if (req.path.startsWith(QLatin1String("/v1/me"))) {
        return signedOut();
    }
    Client client;
    client.id = newId(str("client"));
    client.createdAt = client.updatedAt = ctx.now;
    rotateClientToken(client);
    m_model.clients.insert(client.id, client);
    ctx.clientId = client.id;
    return std::nullopt;
}

FapiResponse Fapi::getClient(Context &ctx)
{
    FapiResponse r = envelope(ctx, QJsonValue(QJsonValue::Null));
    QJsonObject body = r.body.toObject();
    body.insert(str("response"), body.value(str("client")));
    body.insert(str("client"), QJsonValue(QJsonValue::Null));
    r.body = body;
    return r;
}

FapiResponse Fapi::createClient(Context &ctx) { return getClient(ctx); }

FapiResponse Fapi::removeAllSessions(Context &ctx)
{
    for (Session &s : m_model.sessions) {
        if (s.clientId == ctx.clientId && s.status == QLatin1String("active")) {
            s.status = str("removed");
            s.updatedAt = ctx.now;
        }
    }
    Client &client = ctx.client();
    client.lastActiveSessionId.clear();
    client.signInId.clear();
    client.signUpId.clear();
    client.updatedAt = ctx.now;
    return getClient(ctx);
}

FapiResponse Fapi::deleteClient(Context &ctx)
{
    // Unlike DELETE /v1/client/sessions, this retires the client itself: its token stops working.
    const FapiResponse r = removeAllSessions(ctx);
    revokeClient(ctx.clientId);
    return r;
}

bool Fapi::revokeClient(const QString &clientId)
{
    auto it = m_model.clients.find(clientId);
    if (it == m_model.clients.end())
        return false;
    it->revoked = true;
    for (const QString &token : std::as_const(it->tokens))
        m_model.clientByToken.remove(token);
    for (Session &s : m_model.sessions) {
        if (s.clientId == clientId && s.status == QLatin1String("active"))
            s.status = str("revoked");
    }
    return true;
}

} // namespace ClerkEmulator
