#include "storedclient_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Clerk {

namespace {

bool isCredentialKey(const QString &key)
{
    const QString k = key.toLower();
    // `external_verification_redirect_url` carries an OAuth `state`; the rest name what they hold.
    return k.contains(QLatin1String("token")) || k.contains(QLatin1String("jwt"))
        || k.contains(QLatin1String("secret")) || k.contains(QLatin1String("nonce"))
        || k.contains(QLatin1String("ticket")) || k == QLatin1String("backup_codes")
        || k == QLatin1String("external_verification_redirect_url");
}

bool looksLikeJwt(const QString &value)
{
    // Whatever its key, a compact JWS is a credential: a base64url JSON header ("eyJ") and two more parts.
    static const QRegularExpression jwt(QStringLiteral("^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    return value.startsWith(QLatin1String("eyJ")) && jwt.match(value).hasMatch();
}

QJsonValue strip(const QJsonValue &value);

QJsonArray stripArray(const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue &v : array) {
        if (!(v.isString() && looksLikeJwt(v.toString())))
            out.append(strip(v));
    }
    return out;
}

QJsonValue strip(const QJsonValue &value)
{
    if (value.isObject())
        return withoutTokens(value.toObject());
    if (value.isArray())
        return stripArray(value.toArray());
    return value;
}

} // namespace

QJsonObject withoutTokens(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isCredentialKey(it.key()) || (it.value().isString() && looksLikeJwt(it.value().toString())))
            continue;
        out.insert(it.key(), strip(it.value()));
    }
    return out;
}

QJsonObject clientSnapshot(const ClientModel &model, const QString &activeSessionId)
{
    if (model.isNull())
        return {};
    QJsonArray sessions;
    for (const Session &s : model.sessions)
        sessions.append(withoutTokens(s.raw));
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("client")},
        {QStringLiteral("id"), model.id},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("last_active_session_id"),
         activeSessionId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(activeSessionId)},
        // A flow in progress is not resumed offline, and its verifications may carry nonces.
        {QStringLiteral("sign_in"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sign_up"), QJsonValue(QJsonValue::Null)},
    };
}

StoredClient StoredClient::parse(const QString &entry)
{
    StoredClient stored;
    const QString trimmed = entry.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{'))) {
        // Format 1: the bare client token (a JWT, never JSON).
        stored.clientToken = trimmed;
        return stored;
    }
    const QJsonObject json = QJsonDocument::fromJson(trimmed.toUtf8()).object();
    stored.clientToken = json.value(QLatin1String("client_token")).toString();
    if (stored.clientToken.isEmpty())
        return {};
    // A later format keeps the token where it is; its snapshot may mean something else, so only ours is read.
    if (json.value(QLatin1String("v")).toInt() == kVersion)
        stored.client = withoutTokens(json.value(QLatin1String("client")).toObject());
    return stored;
}

QString StoredClient::serialize() const
{
    QJsonObject json{{QStringLiteral("v"), kVersion}, {QStringLiteral("client_token"), clientToken}};
    if (!client.isEmpty())
        json.insert(QStringLiteral("client"), client);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace Clerk
