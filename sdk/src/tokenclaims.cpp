#include <ClerkQt/tokenclaims.h>

#include "jwt_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

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

TokenClaims TokenClaims::fromJwt(const QString &jwt)
{
    TokenClaims c;
    const QJsonObject claims = decodeJwtClaims(jwt);
    if (claims.isEmpty())
        return c;
    c.m_json = claims;
    c.m_iat = seconds(claims, "iat");
    c.m_nbf = seconds(claims, "nbf");
    c.m_exp = seconds(claims, "exp");
    if (c.version() == 2) {
        const QJsonObject o = claims.value(QLatin1String("o")).toObject();
        c.m_orgId = o.value(QStringLiteral("id")).toString();
        c.m_orgSlug = o.value(QStringLiteral("slg")).toString();
        const QString role = o.value(QStringLiteral("rol")).toString();
        c.m_orgRole = role.isEmpty() || role.startsWith(QLatin1String("org:")) ? role : QStringLiteral("org:") + role;
        c.m_orgPermissions = v2Permissions(claims.value(QLatin1String("fea")).toString(),
                                           o.value(QStringLiteral("per")).toString(),
                                           o.value(QStringLiteral("fpm")).toString());
    } else {
        c.m_orgId = claims.value(QLatin1String("org_id")).toString();
        c.m_orgSlug = claims.value(QLatin1String("org_slug")).toString();
        c.m_orgRole = claims.value(QLatin1String("org_role")).toString();
        for (const QJsonValue &p : claims.value(QLatin1String("org_permissions")).toArray())
            c.m_orgPermissions << p.toString();
    }
    return c;
}

QDateTime TokenClaims::issuedAt() const
{
    return m_iat ? QDateTime::fromSecsSinceEpoch(m_iat, QTimeZone::utc()) : QDateTime();
}

QDateTime TokenClaims::notBefore() const
{
    return m_nbf ? QDateTime::fromSecsSinceEpoch(m_nbf, QTimeZone::utc()) : QDateTime();
}

QDateTime TokenClaims::expiresAt() const
{
    return m_exp ? QDateTime::fromSecsSinceEpoch(m_exp, QTimeZone::utc()) : QDateTime();
}

} // namespace Clerk
