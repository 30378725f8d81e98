#include "jwtscan_p.h"

#include <charconv>
#include <cstring>

namespace Clerk {
namespace JwtScan {

namespace {

/// 0..63 for the base64url alphabet, 0xff for every other byte.
struct Base64UrlTable
{
    unsigned char value[256];
    constexpr Base64UrlTable() : value()
    {
        for (unsigned char &v : value)
            v = 0xff;
        const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < 64; ++i)
            value[static_cast<unsigned char>(alphabet[i])] = static_cast<unsigned char>(i);
    }
};
constexpr Base64UrlTable kBase64Url;

/// 1 for the bytes a string of the subset holds as they are: printable ASCII except '"' and '\\'.
struct PlainCharTable
{
    unsigned char plain[256];
    constexpr PlainCharTable() : plain()
    {
        for (int c = 0; c < 256; ++c)
            plain[c] = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? 1 : 0;
    }
};
constexpr PlainCharTable kPlainChar;

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/// Deeper than this is declined (QJsonDocument's own limit is 1024); Clerk's payloads nest 2 or 3 levels.
constexpr int maxDepth = 64;

class Scanner
{
public:
    Scanner(const char *data, qsizetype size) : p(data), end(data + size) { }

    Claims run()
    {
        Claims claims;
        skipSpace();
        if (!object(1, &claims))
            return Claims();
        skipSpace();
        if (p != end)
            return Claims();
        claims.result = Claims::Result::Scanned;
        return claims;
    }

private:
    void skipSpace()
    {
        while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool eat(char c)
    {
        if (p == end || *p != c)
            return false;
        ++p;
        return true;
    }

    /// A string's body after its opening quote; `plain` = it has no escapes. Only ASCII without control
    /// characters and only RFC 8259 escapes are within the subset (Qt also takes control characters, unknown
    /// escapes and UTF-8; those strings are declined and left to it).
    bool string(const char **text, qsizetype *size, bool *plain)
    {
        const char *start = p;
        *plain = true;
        while (p != end) {
            while (p != end && kPlainChar.plain[static_cast<unsigned char>(*p)])
                ++p; // the bulk of every string: one table look-up per byte
            if (p == end)
                break;
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c == '"') {
                *text = start;
                *size = p - start;
                ++p;
                return true;
            }
            if (c < 0x20 || c >= 0x7f)
                return false;
            ++p;
            if (c != '\\')
                continue;
            *plain = false;
            if (p == end)
                return false;
            const char e = *p++;
            if (e == 'u') {
                for (int i = 0; i < 4; ++i, ++p) {
                    if (p == end || !isHex(*p))
                        return false;
                }
            } else if (!std::strchr("\"\\/bfnrt", e) || e == '\0') {
                return false;
            }
        }
        return false;
    }

    /// RFC 8259 number grammar only (Qt also takes "1." and ".5"); `value` is set when asked for.
    bool number(double *value)
    {
        const char *start = p;
        const auto digits = [&] {
            const char *from = p;
            while (p != end && *p >= '0' && *p <= '9')
                ++p;
            return p != from;
        };
        eat('-');
        if (eat('0')) {
            if (p != end && *p >= '0' && *p <= '9')
                return false;
        } else if (!digits()) {
            return false;
        }
        if (eat('.') && !digits())
            return false;
        const bool exponent = p != end && (*p == 'e' || *p == 'E');
        if (exponent) {
            ++p;
            if (!eat('+'))
                eat('-');
            if (!digits())
                return false;
        }
        // Qt rejects a number out of double's range (1e999, 1e-999) wherever it is, so those are declined. Without
        // an exponent, 300 characters cannot leave the range: most numbers need no conversion to be judged.
        if (!value && !exponent && p - start <= 300)
            return true;
        double parsed = 0;
        const auto r = std::from_chars(start, p, parsed);
        if (value)
            *value = parsed;
        return r.ec == std::errc() && r.ptr == p;
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(std::strlen(word));
        if (end - p < n || std::memcmp(p, word, size_t(n)) != 0)
            return false;
        p += n;
        return true;
    }

    /// Any value; `claim` non-null = a checked claim, whose value is recorded.
    bool value(int depth, Claim *claim)
    {
        if (p == end)
            return false;
        Claim found;
        switch (*p) {
        case '{':
            found.type = Claim::Type::Other;
            if (!object(depth + 1, nullptr))
                return false;
            break;
        case '[':
            found.type = Claim::Type::Other;
            if (!array(depth + 1))
                return false;
            break;
        case '"': {
            ++p;
            bool plain = true;
            if (!string(&found.text, &found.size, &plain) || (claim && !plain))
                return false;
            found.type = Claim::Type::String;
            break;
        }
        case 't':
        case 'f':
        case 'n':
            found.type = Claim::Type::Other;
            if (!literal("true") && !literal("false") && !literal("null"))
                return false;
            break;
        default:
            found.type = Claim::Type::Number;
            if (!number(claim ? &found.number : nullptr))
                return false;
        }
        if (claim)
            *claim = found; // a later duplicate replaces an earlier one, as in QJsonObject
        return true;
    }

    bool array(int depth)
    {
        if (depth > maxDepth || !eat('['))
            return false;
        skipSpace();
        if (eat(']'))
            return true;
        for (;;) {
            skipSpace();
            if (!value(depth, nullptr))
                return false;
            skipSpace();
            if (eat(']'))
                return true;
            if (!eat(','))
                return false;
        }
    }

    Claim *checked(Claims *claims, const char *key, qsizetype size) const
    {
        if (!claims || size != 3)
            return nullptr;
        const auto is = [&](const char *name) { return std::memcmp(key, name, 3) == 0; };
        return is("sub") ? &claims->sub
            : is("exp")  ? &claims->exp
            : is("nbf")  ? &claims->nbf
            : is("iat")  ? &claims->iat
            : is("azp")  ? &claims->azp
            : is("iss")  ? &claims->iss
                         : nullptr;
    }

    /// `claims` non-null = the top-level object, whose checked claims are recorded.
    bool object(int depth, Claims *claims)
    {
        if (depth > maxDepth || !eat('{'))
            return false;
        skipSpace();
        if (eat('}'))
            return true;
        for (;;) {
            skipSpace();
            const char *key = nullptr;
            qsizetype keySize = 0;
            bool plain = true;
            // An escaped key may spell a checked claim ("\u0065xp"): declined.
            if (!eat('"') || !string(&key, &keySize, &plain) || !plain)
                return false;
            skipSpace();
            if (!eat(':'))
                return false;
            skipSpace();
            if (!value(depth, checked(claims, key, keySize)))
                return false;
            skipSpace();
            if (eat('}'))
                return true;
            if (!eat(','))
                return false;
        }
    }

    const char *p;
    const char *const end;
};

} // namespace

bool base64UrlDecode(const char *data, qsizetype size, QByteArray *out)
{
    const auto *in = reinterpret_cast<const unsigned char *>(data);
    out->resize(size / 4 * 3 + (size % 4 ? size % 4 - 1 : 0));
    auto *o = reinterpret_cast<unsigned char *>(out->data());
    const unsigned char *const table = kBase64Url.value;
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        const unsigned a = table[in[i]], b = table[in[i + 1]], c = table[in[i + 2]], d = table[in[i + 3]];
        if ((a | b | c | d) & 0x80)
            return false;
        const unsigned v = a << 18 | b << 12 | c << 6 | d;
        *o++ = static_cast<unsigned char>(v >> 16);
        *o++ = static_cast<unsigned char>(v >> 8);
        *o++ = static_cast<unsigned char>(v);
    }
    // The last 1..3 characters: 1 carries no whole byte (Qt drops it), 2 make one byte, 3 make two.
    unsigned v = 0;
    const qsizetype rest = size - i;
    for (qsizetype k = 0; k < rest; ++k) {
        const unsigned x = table[in[i + k]];
        if (x & 0x80)
            return false;
        v = v << 6 | x;
    }
    if (rest == 2) {
        *o++ = static_cast<unsigned char>(v >> 4);
    } else if (rest == 3) {
        *o++ = static_cast<unsigned char>(v >> 10);
        *o++ = static_cast<unsigned char>(v >> 2);
    }
    return true;
}

Claims scanClaims(const char *json, qsizetype size)
{
    return Scanner(json, size).run();
}

} // namespace JwtScan
} // namespace Clerk
