// The verifier's fast path through a token: base64url decoding and a scan of the payload for the claims that
// verification checks, without building a QJsonObject. Part of the ClerkQt::Verifier library; never installed.
//
// Why not QJsonDocument: on a first-seen token, Qt's parser (≈ 1.3 µs for a 300-byte Clerk payload) plus the
// claims built from it cost more than a tenth of the RSA verification itself. The scan reads a strict subset of
// what QJsonDocument::fromJson() accepts and gives the same values for the checked claims (fuzzed against it:
// tests/fuzz, FuzzEntry::jwt); anything outside that subset is left to QJsonDocument, so no token is judged
// differently.
#pragma once

#include <QByteArray>
#include <QString>

namespace Clerk {
namespace JwtScan {

/// Decodes base64url text (no padding) into `out`, as QByteArray::fromBase64Encoding() with Base64UrlEncoding |
/// OmitTrailingEquals | AbortOnBase64DecodingErrors does: false on a character outside the alphabet; leftover
/// bits of the last group are ignored, as Qt ignores them.
bool base64UrlDecode(const char *data, qsizetype size, QByteArray *out);

/// One claim the verifier reads.
struct Claim
{
    enum class Type : unsigned char { Absent, String, Number, Other };
    Type type = Type::Absent;
    double number = 0;   ///< when Number
    const char *text = nullptr; ///< when String: the raw bytes between the quotes (no escapes in them)
    qsizetype size = 0;

    QString string() const { return QString::fromUtf8(text, size); }
};

/// The claims verification needs, read from a JWT payload (JSON text). For duplicate keys the last one counts,
/// as in QJsonDocument.
struct Claims
{
    /// Scanned = a JSON object this scan fully read; Declined = not within the strict subset (non-ASCII bytes,
    /// escapes in a checked claim, deep nesting, Qt-only leniencies, malformed): ask QJsonDocument.
    enum class Result : unsigned char { Scanned, Declined };
    Result result = Result::Declined;
    Claim sub, exp, nbf, iat, azp, iss;
};

/// Scans `json` (a whole payload). Fast for Clerk's ASCII payloads; never reads outside [json, json + size).
Claims scanClaims(const char *json, qsizetype size);

} // namespace JwtScan
} // namespace Clerk
