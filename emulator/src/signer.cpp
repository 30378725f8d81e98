#include "signer_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace ClerkEmulator {

struct Signer::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Signer::Signer(const QString &keyId) : m_key(std::make_unique<Key>()), m_keyId(keyId)
{
    // EVP_RSA_gen is the OpenSSL 3 one-liner for an RSA key with e = 65537.
    m_key->pkey = EVP_RSA_gen(2048);
}

Signer::~Signer() = default;

bool Signer::isValid() const { return m_key->pkey != nullptr; }

QByteArray Signer::sign(const QJsonObject &payload, const QJsonObject &extraHeader) const
{
    QJsonObject header = extraHeader;
    header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
    header.insert(QStringLiteral("kid"), m_keyId);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));

    QByteArray signature;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx, nullptr, &length,
                          reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    return signingInput + '.' + base64Url(signature);
}

static QByteArray bignumParam(const EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return bytes;
}

QJsonObject Signer::jwks() const
{
    QJsonObject key{
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("kid"), m_keyId},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("n"), QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"), QString::fromLatin1(base64Url(bignumParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_E)))},
    };
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{key}}};
}

QByteArray Signer::publicKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pem;
    if (bio && PEM_write_bio_PUBKEY(bio, m_key->pkey) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, qsizetype(size));
    }
    BIO_free(bio);
    return pem;
}

} // namespace ClerkEmulator
