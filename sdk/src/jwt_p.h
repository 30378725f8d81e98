// Minimal JWT reading: the payload's claims, unverified (the server verifies; the client only reads).
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Clerk {

/// A JSON number as a 64-bit integer, or `fallback` when it is absent, not a number, not finite or out of range
/// (casting such a double is undefined behaviour, and hostile input can carry anything).
qint64 jsonInt64(const QJsonValue &value, qint64 fallback = 0);

/// The claims of a compact JWS (base64url JSON payload); empty when `jwt` is not one.
QJsonObject decodeJwtClaims(const QString &jwt);

/// `exp` of the claims as UTC; invalid when absent.
QDateTime jwtExpiry(const QJsonObject &claims);

} // namespace Clerk
