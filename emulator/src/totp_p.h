// RFC 6238 time-based one-time passwords (SHA-1, 30 s steps, 6 digits), as authenticator apps use them.
#pragma once

#include <QByteArray>
#include <QString>

namespace ClerkEmulator::Totp {

/// Decodes RFC 4648 base32 (case-insensitive, padding and spaces ignored). Empty on invalid input.
QByteArray decodeBase32(const QString &text);
/// RFC 4648 base32 without padding, upper case: how authenticator apps take a secret.
QString encodeBase32(const QByteArray &bytes);
/// The code for the 30-second step containing `unixSeconds`.
QString code(const QByteArray &secret, qint64 unixSeconds);
/// Accepts the current step and one step either side, as Clerk and most servers do for clock drift.
bool verify(const QByteArray &secret, const QString &candidate, qint64 unixSeconds);

} // namespace ClerkEmulator::Totp
