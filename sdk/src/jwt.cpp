#include "jwt_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace Clerk {

QJsonObject decodeJwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(*payload);
    return doc.isObject() ? doc.object() : QJsonObject();
}

qint64 jsonInt64(const QJsonValue &value, qint64 fallback)
{
    if (!value.isDouble())
        return fallback;
    const double d = value.toDouble();
    // ±2^63 is not representable; stay inside with a margin that double can express exactly.
    if (!std::isfinite(d) || d < -9.2e18 || d > 9.2e18)
        return fallback;
    return qint64(d);
}

QDateTime jwtExpiry(const QJsonObject &claims)
{
    const qint64 exp = jsonInt64(claims.value(QLatin1String("exp")));
    return exp ? QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc()) : QDateTime();
}

} // namespace Clerk
