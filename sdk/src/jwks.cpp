#include "jwks_p.h"

#include <QJsonArray>

#include <optional>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

namespace Clerk {

namespace {

constexpr int minimumBits = 2048;

std::optional<QByteArray> base64Url(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return *decoded;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

/// The per-thread working context every verification copies its key's template into.
struct ThreadContext
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~ThreadContext() { EVP_MD_CTX_free(ctx); }
};

EVP_MD_CTX *threadContext()
{
    thread_local ThreadContext t;
    return t.ctx;
}

} // namespace

RsaPublicKey::RsaPublicKey(EVP_PKEY *pkey, const QString &kid) : m_pkey(pkey), m_kid(kid) { }

RsaPublicKey::~RsaPublicKey()
{
    EVP_MD_CTX_free(m_template);
    EVP_PKEY_free(m_pkey);
}

bool RsaPublicKey::init()
{
    if (!m_pkey || !EVP_PKEY_is_a(m_pkey, "RSA"))
        return false;
    m_bits = EVP_PKEY_get_bits(m_pkey);
    m_template = EVP_MD_CTX_new();
    return m_template && EVP_DigestVerifyInit_ex(m_template, nullptr, "SHA256", nullptr, nullptr, m_pkey, nullptr) == 1;
}

std::shared_ptr<const RsaPublicKey> RsaPublicKey::fromJwk(const QJsonObject &jwk, QString *error)
{
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA")) {
        setError(error, QStringLiteral("JWK is not an RSA key"));
        return nullptr;
    }
    const QJsonValue alg = jwk.value(QLatin1String("alg"));
    if (!alg.isUndefined() && alg.toString() != QLatin1String("RS256")) {
        setError(error, QStringLiteral("JWK is not an RS256 key"));
        return nullptr;
    }
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig")) {
        setError(error, QStringLiteral("JWK is not a signing key"));
        return nullptr;
    }
    const auto n = base64Url(jwk.value(QLatin1String("n")).toString());
    const auto e = base64Url(jwk.value(QLatin1String("e")).toString());
    if (!n || !e) {
        setError(error, QStringLiteral("JWK n/e are not base64url"));
        return nullptr;
    }

    BIGNUM *bnN = BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()), int(n->size()), nullptr);
    BIGNUM *bnE = BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()), int(e->size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    EVP_PKEY_CTX *pctx = nullptr;
    EVP_PKEY *pkey = nullptr;
    if (bnN && bnE && bld && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bnN)
        && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bnE) && (params = OSSL_PARAM_BLD_to_param(bld))
        && (pctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr)) && EVP_PKEY_fromdata_init(pctx) > 0) {
        if (EVP_PKEY_fromdata(pctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) <= 0)
            pkey = nullptr;
    }
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bnN);
    BN_free(bnE);
    ERR_clear_error();
    if (!pkey) {
        setError(error, QStringLiteral("JWK is not a valid RSA public key"));
        return nullptr;
    }
    std::shared_ptr<RsaPublicKey> key(new RsaPublicKey(pkey, jwk.value(QLatin1String("kid")).toString()));
    if (!key->init() || key->bits() < minimumBits) {
        setError(error, QStringLiteral("JWK is not a usable RSA key of at least %1 bits").arg(minimumBits));
        ERR_clear_error();
        return nullptr;
    }
    return key;
}

std::shared_ptr<const RsaPublicKey> RsaPublicKey::fromPem(const QByteArray &pem, QString *error)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = bio ? PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    ERR_clear_error();
    if (!pkey) {
        setError(error, QStringLiteral("not a PEM public key"));
        return nullptr;
    }
    std::shared_ptr<RsaPublicKey> key(new RsaPublicKey(pkey, QString()));
    if (!key->init() || key->bits() < minimumBits) {
        setError(error, QStringLiteral("the PEM key is not an RSA key of at least %1 bits").arg(minimumBits));
        ERR_clear_error();
        return nullptr;
    }
    return key;
}

bool RsaPublicKey::verify(const char *data, qsizetype size, const char *signature, qsizetype signatureSize) const
{
    EVP_MD_CTX *ctx = threadContext();
    if (!ctx || signatureSize != this->signatureSize())
        return false;
    const bool ok = EVP_MD_CTX_copy_ex(ctx, m_template) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature), size_t(signatureSize),
                            reinterpret_cast<const unsigned char *>(data), size_t(size))
            == 1;
    // A context that a one-shot EVP_DigestVerify() finished is reset before the next copy into it: OpenSSL 3.5
    // (Debian 13) crashes in EVP_MD_CTX_copy_ex() otherwise, where 3.0 (Debian 12) tolerated it.
    EVP_MD_CTX_reset(ctx);
    if (!ok)
        ERR_clear_error();
    return ok;
}

QHash<QString, RsaPublicKeyPtr> parseJwks(const QJsonObject &jwks, QString *error)
{
    QHash<QString, RsaPublicKeyPtr> keys;
    const QJsonValue list = jwks.value(QLatin1String("keys"));
    if (!list.isArray()) {
        setError(error, QStringLiteral("the JWKS document has no `keys` array"));
        return keys;
    }
    QString lastProblem;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject jwk = value.toObject();
        const QString kid = jwk.value(QLatin1String("kid")).toString();
        if (kid.isEmpty()) {
            lastProblem = QStringLiteral("a JWK has no kid");
            continue;
        }
        QString problem;
        if (RsaPublicKeyPtr key = RsaPublicKey::fromJwk(jwk, &problem))
            keys.insert(kid, key);
        else
            lastProblem = problem;
    }
    if (keys.isEmpty())
        setError(error, lastProblem.isEmpty() ? QStringLiteral("the JWKS document has no keys")
                                              : QStringLiteral("the JWKS document has no usable key: ") + lastProblem);
    return keys;
}

} // namespace Clerk
