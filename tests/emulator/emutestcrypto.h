// Shared helpers for the emulator's Qt Test suite, independent of the emulator's own code: JWT/JWKS decoding and
// RS256 verification with OpenSSL 3, and RFC 4648 base32 + RFC 6238 TOTP. Included by fapitestclient.h.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QString>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace EmuTest {

// ---------------------------------------------------------------------------------------------------------------
// JWT / JWKS (independent of the emulator: OpenSSL 3 only).
// ---------------------------------------------------------------------------------------------------------------
inline QByteArray base64UrlDecode(const QByteArray &in, bool *ok = nullptr)
{
    auto res = QByteArray::fromBase64Encoding(
        in, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(res);
    return res.decoded;
}

struct Jwt
{
    bool ok = false;
    QString problem;
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput;    ///< "<b64 header>.<b64 payload>"
    QByteArray signature;
};

inline Jwt decodeJwt(const QString &token)
{
    Jwt jwt;
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        jwt.problem = QStringLiteral("not three dot-separated parts: %1").arg(token);
        return jwt;
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    const QByteArray h = base64UrlDecode(parts[0], &ok1);
    const QByteArray p = base64UrlDecode(parts[1], &ok2);
    jwt.signature = base64UrlDecode(parts[2], &ok3);
    if (!ok1 || !ok2 || !ok3) {
        jwt.problem = QStringLiteral("a part is not base64url: %1").arg(token);
        return jwt;
    }
    QJsonParseError e1{}, e2{};
    const QJsonDocument hd = QJsonDocument::fromJson(h, &e1);
    const QJsonDocument pd = QJsonDocument::fromJson(p, &e2);
    if (!hd.isObject() || !pd.isObject()) {
        jwt.problem = QStringLiteral("header or payload is not a JSON object: %1 / %2")
                          .arg(QString::fromUtf8(h), QString::fromUtf8(p));
        return jwt;
    }
    jwt.header = hd.object();
    jwt.payload = pd.object();
    jwt.signingInput = parts[0] + '.' + parts[1];
    jwt.ok = true;
    return jwt;
}

/// The JWK with `kid` in a JWKS document (or an empty object).
inline QJsonObject jwkFor(const QJsonObject &jwks, const QString &kid)
{
    const QJsonArray keys = jwks.value(QLatin1String("keys")).toArray();
    for (const QJsonValue &k : keys)
        if (k.toObject().value(QLatin1String("kid")).toString() == kid)
            return k.toObject();
    return {};
}

/// Verifies an RS256 signature over `signingInput` with the RSA public key given by a JWK's `n`/`e`.
/// Returns an empty string on success, else what failed.
inline QString verifyRs256(const QByteArray &signingInput, const QByteArray &signature, const QJsonObject &jwk)
{
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("RSA"))
        return QStringLiteral("JWK kty is not RSA");
    bool okN = false, okE = false;
    const QByteArray n = base64UrlDecode(jwk.value(QLatin1String("n")).toString().toLatin1(), &okN);
    const QByteArray e = base64UrlDecode(jwk.value(QLatin1String("e")).toString().toLatin1(), &okE);
    if (!okN || !okE || n.isEmpty() || e.isEmpty())
        return QStringLiteral("JWK n/e are not base64url");

    QString problem;
    BIGNUM *bnN = BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *bnE = BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    EVP_PKEY_CTX *pctx = nullptr;
    EVP_PKEY *pkey = nullptr;
    EVP_MD_CTX *md = nullptr;
    if (!bnN || !bnE || !bld || !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bnN)
        || !OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bnE)
        || !(params = OSSL_PARAM_BLD_to_param(bld))) {
        problem = QStringLiteral("could not build OSSL_PARAMs");
    } else if (!(pctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr)) || EVP_PKEY_fromdata_init(pctx) <= 0
               || EVP_PKEY_fromdata(pctx, &pkey, EVP_PKEY_PUBLIC_KEY, params) <= 0 || !pkey) {
        problem = QStringLiteral("EVP_PKEY_fromdata failed");
    } else if (EVP_PKEY_get_bits(pkey) < 2048) {
        problem = QStringLiteral("RSA key has only %1 bits").arg(EVP_PKEY_get_bits(pkey));
    } else if (!(md = EVP_MD_CTX_new()) || EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pkey) != 1) {
        problem = QStringLiteral("EVP_DigestVerifyInit failed");
    } else if (EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(signingInput.constData()),
                                size_t(signingInput.size()))
               != 1) {
        problem = QStringLiteral("RS256 signature does not verify");
    }
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bnN);
    BN_free(bnE);
    return problem;
}

/// Decodes `token` and verifies it (alg RS256, kid present in `jwks`, signature). Empty string = valid.
inline QString verifyJwtAgainstJwks(const QString &token, const QJsonObject &jwks, Jwt *decoded = nullptr)
{
    const Jwt jwt = decodeJwt(token);
    if (decoded)
        *decoded = jwt;
    if (!jwt.ok)
        return jwt.problem;
    if (jwt.header.value(QLatin1String("alg")).toString() != QLatin1String("RS256"))
        return QStringLiteral("alg is not RS256: %1").arg(QString::fromUtf8(QJsonDocument(jwt.header).toJson()));
    const QString kid = jwt.header.value(QLatin1String("kid")).toString();
    const QJsonObject jwk = jwkFor(jwks, kid);
    if (jwk.isEmpty())
        return QStringLiteral("kid %1 is not in the JWKS").arg(kid);
    return verifyRs256(jwt.signingInput, jwt.signature, jwk);
}

inline qint64 claimSeconds(const QJsonObject &payload, const char *name)
{
    return qint64(payload.value(QLatin1String(name)).toDouble(-1));
}

// ---------------------------------------------------------------------------------------------------------------
// RFC 4648 base32 and RFC 6238 TOTP (HMAC-SHA1, 30 s step), implemented here, not taken from the emulator.
// ---------------------------------------------------------------------------------------------------------------
inline QByteArray base32Decode(const QByteArray &in)
{
    static const QByteArray alphabet = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (char ch : in) {
        if (ch == '=' || ch == ' ')
            continue;
        const int v = alphabet.indexOf(char(QChar::toUpper(ch)));
        if (v < 0)
            return {};
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

inline QString hotp(const QByteArray &key, quint64 counter, int digits = 6)
{
    QByteArray msg(8, '\0');
    for (int i = 7; i >= 0; --i) {
        msg[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(msg, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) | (quint32(quint8(mac.at(offset + 1))) << 16)
                           | (quint32(quint8(mac.at(offset + 2))) << 8) | quint32(quint8(mac.at(offset + 3)));
    quint32 mod = 1;
    for (int i = 0; i < digits; ++i)
        mod *= 10;
    return QStringLiteral("%1").arg(binary % mod, digits, 10, QLatin1Char('0'));
}

inline QString totp(const QByteArray &rawKey, qint64 unixSeconds, int digits = 6)
{
    return hotp(rawKey, quint64(unixSeconds / 30), digits);
}

} // namespace EmuTest
