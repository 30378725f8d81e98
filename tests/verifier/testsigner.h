// A test-side JWT signer, independent of the SDK and the emulator: its own RSA keys (OpenSSL 3), RS256 and
// HS256 signatures over arbitrary header/payload bytes, so the tests can build any tampered token they need.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace VerifierTest {

inline QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

class TestKey
{
public:
    explicit TestKey(int bits = 2048) : m_pkey(EVP_RSA_gen(unsigned(bits))) { }
    ~TestKey() { EVP_PKEY_free(m_pkey); }
    TestKey(const TestKey &) = delete;
    TestKey &operator=(const TestKey &) = delete;

    bool isValid() const { return m_pkey != nullptr; }

    QByteArray publicKeyPem() const
    {
        BIO *bio = BIO_new(BIO_s_mem());
        QByteArray pem;
        if (bio && PEM_write_bio_PUBKEY(bio, m_pkey) == 1) {
            char *data = nullptr;
            const long size = BIO_get_mem_data(bio, &data);
            pem = QByteArray(data, qsizetype(size));
        }
        BIO_free(bio);
        return pem;
    }

    QJsonObject jwk(const QString &kid) const
    {
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("use"), QStringLiteral("sig")},
                           {QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("kid"), kid},
                           {QStringLiteral("n"), QString::fromLatin1(b64url(bignum(OSSL_PKEY_PARAM_RSA_N)))},
                           {QStringLiteral("e"), QString::fromLatin1(b64url(bignum(OSSL_PKEY_PARAM_RSA_E)))}};
    }
    QJsonObject jwks(const QString &kid) const
    {
        return QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk(kid)}}};
    }

    /// RS256 signature (raw bytes) over `input`.
    QByteArray signRs256(const QByteArray &input) const
    {
        QByteArray signature;
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t length = 0;
        if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_pkey) == 1
            && EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                              size_t(input.size())) == 1) {
            signature.resize(qsizetype(length));
            if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                               reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1)
                signature.resize(qsizetype(length));
            else
                signature.clear();
        }
        EVP_MD_CTX_free(ctx);
        return signature;
    }

    /// A compact JWS "<b64 header>.<b64 payload>.<b64 RS256 signature>" over the given raw header/payload bytes.
    QString sign(const QByteArray &header, const QByteArray &payload) const
    {
        const QByteArray input = b64url(header) + '.' + b64url(payload);
        return QString::fromLatin1(input + '.' + b64url(signRs256(input)));
    }
    QString sign(const QJsonObject &header, const QJsonObject &payload) const
    {
        return sign(json(header), json(payload));
    }

private:
    QByteArray bignum(const char *name) const
    {
        BIGNUM *bn = nullptr;
        if (EVP_PKEY_get_bn_param(m_pkey, name, &bn) != 1)
            return {};
        QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
        BN_free(bn);
        return bytes;
    }

    EVP_PKEY *m_pkey = nullptr;
};

/// HS256 "signed" with `secret` (the classic key-confusion attack uses the RSA public key PEM as the secret).
inline QString signHs256(const QJsonObject &header, const QJsonObject &payload, const QByteArray &secret)
{
    const QByteArray input = b64url(json(header)) + '.' + b64url(json(payload));
    return QString::fromLatin1(
        input + '.' + b64url(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256)));
}

} // namespace VerifierTest
