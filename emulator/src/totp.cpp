#include "totp_p.h"

#include <QMessageAuthenticationCode>

namespace ClerkEmulator::Totp {

QByteArray decodeBase32(const QString &text)
{
    static const QByteArray alphabet = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('=') || ch.isSpace())
            continue;
        const int value = alphabet.indexOf(char(ch.toUpper().toLatin1()));
        if (value < 0)
            return {};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

QString encodeBase32(const QByteArray &bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint32(uchar(byte));
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

QString code(const QByteArray &secret, qint64 unixSeconds)
{
    quint64 counter = quint64(unixSeconds / 30);
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(uchar(mac[offset]) & 0x7f) << 24) | (quint32(uchar(mac[offset + 1])) << 16)
        | (quint32(uchar(mac[offset + 2])) << 8) | quint32(uchar(mac[offset + 3]));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

bool verify(const QByteArray &secret, const QString &candidate, qint64 unixSeconds)
{
    if (secret.isEmpty() || candidate.size() != 6)
        return false;
    for (int step = -1; step <= 1; ++step) {
        if (code(secret, unixSeconds + step * 30) == candidate)
            return true;
    }
    return false;
}

} // namespace ClerkEmulator::Totp
