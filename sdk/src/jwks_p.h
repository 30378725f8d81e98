// RSA public keys for RS256 verification: from JWKS documents (n/e) or PEM, parsed once, verified with OpenSSL
// 3 EVP. Private to the SDK.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace Clerk {

/// One RSA public key, immutable once built. verify() may run in several threads at once.
class RsaPublicKey
{
public:
    /// A key from a JWK (`kty` RSA, `n`, `e`; `alg` RS256 or absent; `use` sig or absent); nullptr and
    /// `error` when it is not usable.
    static std::shared_ptr<const RsaPublicKey> fromJwk(const QJsonObject &jwk, QString *error = nullptr);
    /// A key from PEM (SubjectPublicKeyInfo, "BEGIN PUBLIC KEY"); nullptr and `error` when not an RSA key.
    static std::shared_ptr<const RsaPublicKey> fromPem(const QByteArray &pem, QString *error = nullptr);

    ~RsaPublicKey();
    RsaPublicKey(const RsaPublicKey &) = delete;
    RsaPublicKey &operator=(const RsaPublicKey &) = delete;

    QString keyId() const { return m_kid; }
    int bits() const { return m_bits; }
    /// Size of an RS256 signature made with this key, in bytes.
    int signatureSize() const { return (m_bits + 7) / 8; }

    /// RSASSA-PKCS1-v1_5 with SHA-256 over `data`. Reuses a per-thread EVP_MD_CTX copied from a context
    /// initialised once for this key, so no verification rebuilds the key or re-fetches the algorithms.
    bool verify(const char *data, qsizetype size, const char *signature, qsizetype signatureSize) const;

private:
    RsaPublicKey(EVP_PKEY *pkey, const QString &kid);
    bool init();

    EVP_PKEY *m_pkey = nullptr;
    EVP_MD_CTX *m_template = nullptr;
    QString m_kid;
    int m_bits = 0;
};

using RsaPublicKeyPtr = std::shared_ptr<const RsaPublicKey>;

/// The usable keys of a JWKS document, by `kid`. Keys that are not RSA signing keys are skipped; `error` says
/// why when the document itself is unusable (not `{"keys":[…]}`) or has no usable key.
QHash<QString, RsaPublicKeyPtr> parseJwks(const QJsonObject &jwks, QString *error = nullptr);

} // namespace Clerk
