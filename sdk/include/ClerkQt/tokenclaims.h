/// @file
/// Clerk::TokenClaims and Clerk::GetTokenOptions — reading a session token and asking for one.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <chrono>
#include <memory>
#include <optional>

namespace Clerk {

/// The decoded claims of a Clerk session token.
///
/// **For display only.** The client decodes the token without verifying its signature, so nothing here may
/// decide what a user is allowed to do: your backend must verify the token (Clerk::TokenVerifier or Clerk's
/// backend SDKs) and authorize from the verified claims.
///
/// Organization claims are read from either token version: v1 (`org_id`, `org_slug`, `org_role`,
/// `org_permissions`) or v2 (`o` with `id`, `slg`, `rol`, `per`, `fpm`, and `fea`), normalized to the v1
/// forms (`org:admin`, `org:invoices:read`).
///
/// A value type, readable from QML: each accessor below that takes no arguments is a property of the same name
/// (except the `…Secs` ones and json()).
class CLERKQT_EXPORT TokenClaims
{
    Q_GADGET
    Q_PROPERTY(bool isValid READ isValid CONSTANT)
    Q_PROPERTY(QString subject READ subject CONSTANT)
    Q_PROPERTY(QString sessionId READ sessionId CONSTANT)
    Q_PROPERTY(QString issuer READ issuer CONSTANT)
    Q_PROPERTY(QString authorizedParty READ authorizedParty CONSTANT)
    Q_PROPERTY(QDateTime issuedAt READ issuedAt CONSTANT)
    Q_PROPERTY(QDateTime notBefore READ notBefore CONSTANT)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt CONSTANT)
    Q_PROPERTY(int version READ version CONSTANT)
    Q_PROPERTY(QString organizationId READ organizationId CONSTANT)
    Q_PROPERTY(QString organizationSlug READ organizationSlug CONSTANT)
    Q_PROPERTY(QString organizationRole READ organizationRole CONSTANT)
    Q_PROPERTY(QStringList organizationPermissions READ organizationPermissions CONSTANT)
    Q_PROPERTY(QVariantMap actor READ actor CONSTANT)
    Q_PROPERTY(QVariantMap raw READ raw CONSTANT)
public:
    /// Invalid claims (isValid() false), as Auth::sessionClaims() has them while there is no session token.
    TokenClaims() = default;
    /// Decodes `jwt`'s payload; an invalid TokenClaims when it is not a JWT with a JSON object payload.
    static TokenClaims fromJwt(const QString &jwt);

    /// True when decoded from a JWT with a non-empty JSON object payload.
    bool isValid() const;
    QString subject() const;   ///< `sub`: the user id
    QString sessionId() const; ///< `sid`: the session id
    /// `iss`: the instance's Frontend API URL.
    QString issuer() const;
    /// `azp`: the origin the token was issued for; empty when the token has none.
    QString authorizedParty() const;
    QDateTime issuedAt() const;  ///< `iat` (UTC); invalid when absent
    QDateTime notBefore() const; ///< `nbf` (UTC); invalid when absent
    QDateTime expiresAt() const; ///< `exp` (UTC); invalid when absent
    qint64 issuedAtSecs() const;  ///< `iat` in Unix seconds; 0 when absent
    qint64 expiresAtSecs() const; ///< `exp` in Unix seconds; 0 when absent
    int version() const;          ///< `v`: 1 or 2; 1 when absent
    /// The token's active organization (v1 `org_id`, v2 `o.id`); empty for the personal account.
    QString organizationId() const;
    /// The active organization's slug (v1 `org_slug`, v2 `o.slg`).
    QString organizationSlug() const;
    /// The user's role in it: v1 `org_role`, or v2 `o.rol` given the `org:` prefix v1 roles carry ("org:admin").
    QString organizationRole() const;
    /// The user's permissions in it: v1 `org_permissions`, or v2's `fea`/`o.per`/`o.fpm` expanded to
    /// `org:<feature>:<action>`.
    QStringList organizationPermissions() const;
    /// `act` (impersonation: `iss`, `sid`, `sub` of the actor); empty when not impersonating.
    QVariantMap actor() const;
    /// Every claim, including custom template claims.
    QVariantMap raw() const;
    /// The same, as JSON (no conversion).
    QJsonObject json() const;

    /// Equal when the payloads are the same JSON.
    bool operator==(const TokenClaims &other) const;
    /// The negation of operator==().
    bool operator!=(const TokenClaims &other) const { return !(*this == other); }

private:
    // Shared by copies and decoded at most once, on the first read: TokenVerifier hands out the claims of a
    // payload it has only scanned, and decoding them all (≈ 3 µs) is paid only by a caller that reads them.
    struct Data;
    friend class TokenVerifierPrivate;
    /// Claims decoded from `payloadJson` (a JWT payload's JSON text) when first read.
    static TokenClaims fromPayloadJson(const QByteArray &payloadJson);
    /// The decoded claims (decoding them now if nobody has yet); empty ones for a default TokenClaims.
    const Data &data() const;

    std::shared_ptr<const Data> d;
};

/// Options of Auth::getToken(), as Clerk's `Session.getToken` takes them.
struct CLERKQT_EXPORT GetTokenOptions
{
    /// A JWT template name (`/tokens/{template}`); empty = the default session token.
    QString templateName;
    /// The organization the token is for; unset = the session's active organization, "" = personal account.
    std::optional<QString> organizationId;
    /// Fetch a new token even if the cached one is fresh (joins a fetch that started after the call).
    bool skipCache = false;
    /// A cached token is used only while it has more than this left. Unset = the refresh lead (10 s for
    /// 60 s tokens, less for shorter ones).
    std::optional<std::chrono::milliseconds> leeway;
};

} // namespace Clerk

Q_DECLARE_METATYPE(Clerk::TokenClaims)
Q_DECLARE_METATYPE(Clerk::GetTokenOptions)
