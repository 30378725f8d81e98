// RS256 signing with a real RSA key (OpenSSL), JWKS export. Private to the emulator.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace ClerkEmulator {

class Signer
{
public:
    /// Generates a fresh 2048-bit RSA key. `keyId` becomes the JWT header `kid`.
    explicit Signer(const QString &keyId);
    ~Signer();
    Signer(const Signer &) = delete;
    Signer &operator=(const Signer &) = delete;

    bool isValid() const;
    QString keyId() const { return m_keyId; }
    /// header.payload.signature, base64url without padding; header gets alg RS256, typ JWT, kid.
    QByteArray sign(const QJsonObject &payload, const QJsonObject &extraHeader = {}) const;
    QJsonObject jwks() const;
    QByteArray publicKeyPem() const;

private:
    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_keyId;
};

QByteArray base64Url(const QByteArray &data);

} // namespace ClerkEmulator
