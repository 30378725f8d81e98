#include <ClerkQt/tokenclaims.h>

#include "jwt_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <mutex>

namespace Clerk {

namespace {

qint64 seconds(const QJsonObject &json, const char *name)
{
    return jsonInt64(json.value(QLatin1String(name)));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

/// v2 compresses "org:<feature>:<action>" permissions: `fea` names the features ("o:<feature>"), `o.per` the
/// distinct actions, and `o.fpm` one bitmask per feature whose most significant bit is the first action.
QStringList v2Permissions(const QString &fea, const QString &per, const QString &fpm)
{
    QStringList features;
    for (const QString &f : splitList(fea)) {
        if (f.startsWith(QLatin1String("o:")))
            features << f.mid(2);
    }
    const QStringList actions = splitList(per);
    const QStringList masks = splitList(fpm);
    QStringList out;
    for (int i = 0; i < features.size() && i < masks.size(); ++i) {
        bool ok = false;
        const quint64 mask = masks[i].toULongLong(&ok);
        if (!ok)
            continue;
        for (int j = 0; j < actions.size() && j < 64; ++j) {
            if (mask & (quint64(1) << (actions.size() - 1 - j)))
                out << QStringLiteral("org:%1:%2").arg(features[i], actions[j]);
        }
    }
    return out;
}

} // namespace

struct TokenClaims::Data
{
    explicit Data(const QByteArray &payloadJson) : payload(payloadJson) { }
    explicit Data(const QJsonObject &claims) : decodedUpFront(true) { fill(claims); }

    /// Reads the claims the accessors serve out of the payload's JSON object.
    void fill(const QJsonObject &claims) const
    {
        json = claims;
        iat = seconds(claims, "iat");
        nbf = seconds(claims, "nbf");
        exp = seconds(claims, "exp");
        if (claims.value(QLatin1String("v")).toInt(1) == 2) {
            const QJsonObject o = claims.value(QLatin1String("o")).toObject();
            orgId = o.value(QStringLiteral("id")).toString();
            orgSlug = o.value(QStringLiteral("slg")).toString();
            const QString role = o.value(QStringLiteral("rol")).toString();
            orgRole = role.isEmpty() || role.startsWith(QLatin1String("org:")) ? role : QStringLiteral("org:") + role;
            orgPermissions = v2Permissions(claims.value(QLatin1String("fea")).toString(),
                                           o.value(QStringLiteral("per")).toString(),
                                           o.value(QStringLiteral("fpm")).toString());
        } else {
            orgId = claims.value(QLatin1String("org_id")).toString();
            orgSlug = claims.value(QLatin1String("org_slug")).toString();
            orgRole = claims.value(QLatin1String("org_role")).toString();
            for (const QJsonValue &p : claims.value(QLatin1String("org_permissions")).toArray())
                orgPermissions << p.toString();
        }
    }
    const Data &decoded() const
    {
        if (!decodedUpFront) {
            // Copies of one TokenClaims may be read in several threads at once (the verifier shares them).
            std::call_once(once, [this] {
                const QJsonDocument doc = QJsonDocument::fromJson(payload);
                if (doc.isObject())
                    fill(doc.object());
            });
        }
        return *this;
    }

    const QByteArray payload; // the JSON text, until decoded
    const bool decodedUpFront = false;
    mutable std::once_flag once;
    // Written once (constructor or call_once), read-only after.
    mutable QJsonObject json;
    mutable qint64 iat = 0, nbf = 0, exp = 0;
    mutable QString orgId, orgSlug, orgRole;
    mutable QStringList orgPermissions;
};

TokenClaims TokenClaims::fromJwt(const QString &jwt)
{
    TokenClaims c;
    const QJsonObject claims = decodeJwtClaims(jwt);
    if (!claims.isEmpty())
        c.d = std::make_shared<const Data>(claims);
    return c;
}

TokenClaims TokenClaims::fromPayloadJson(const QByteArray &payloadJson)
{
    TokenClaims c;
    c.d = std::make_shared<const Data>(payloadJson);
    return c;
}

const TokenClaims::Data &TokenClaims::data() const
{
    static const Data none{QJsonObject()};
    return d ? d->decoded() : none;
}

bool TokenClaims::isValid() const { return !data().json.isEmpty(); }
QString TokenClaims::subject() const { return data().json.value(QLatin1String("sub")).toString(); }
QString TokenClaims::sessionId() const { return data().json.value(QLatin1String("sid")).toString(); }
QString TokenClaims::issuer() const { return data().json.value(QLatin1String("iss")).toString(); }
QString TokenClaims::authorizedParty() const { return data().json.value(QLatin1String("azp")).toString(); }
qint64 TokenClaims::issuedAtSecs() const { return data().iat; }
qint64 TokenClaims::expiresAtSecs() const { return data().exp; }
int TokenClaims::version() const { return data().json.value(QLatin1String("v")).toInt(1); }
QString TokenClaims::organizationId() const { return data().orgId; }
QString TokenClaims::organizationSlug() const { return data().orgSlug; }
QString TokenClaims::organizationRole() const { return data().orgRole; }
QStringList TokenClaims::organizationPermissions() const { return data().orgPermissions; }
QVariantMap TokenClaims::actor() const
{
    return data().json.value(QLatin1String("act")).toObject().toVariantMap();
}
QVariantMap TokenClaims::raw() const { return data().json.toVariantMap(); }
QJsonObject TokenClaims::json() const { return data().json; }
bool TokenClaims::operator==(const TokenClaims &other) const { return data().json == other.data().json; }

QDateTime TokenClaims::issuedAt() const
{
    const qint64 iat = data().iat;
    return iat ? QDateTime::fromSecsSinceEpoch(iat, QTimeZone::utc()) : QDateTime();
}

QDateTime TokenClaims::notBefore() const
{
    const qint64 nbf = data().nbf;
    return nbf ? QDateTime::fromSecsSinceEpoch(nbf, QTimeZone::utc()) : QDateTime();
}

QDateTime TokenClaims::expiresAt() const
{
    const qint64 exp = data().exp;
    return exp ? QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc()) : QDateTime();
}

} // namespace Clerk
