// Parsers: Clerk's JSON → the SDK's value types, and the FAPI envelopes. Pure functions, no I/O.
#pragma once

#include <ClerkQt/attempts.h>
#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/environment.h>
#include <ClerkQt/error.h>
#include <ClerkQt/organization.h>
#include <ClerkQt/session.h>
#include <ClerkQt/user.h>

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace Clerk {

/// The one in-memory picture of this device's Clerk client (`client` of every response that carries one).
struct ClientModel
{
    QString id;
    QList<Session> sessions;
    QHash<QString, QString> lastActiveTokens; ///< session id → `last_active_token.jwt` (credentials: never logged)
    SignInAttempt signIn;
    SignUpAttempt signUp;
    QString lastActiveSessionId;
    QJsonObject raw; ///< complete, tokens included (internal only)

    bool isNull() const { return id.isEmpty(); }
    CLERKQT_EXPORT const Session *findSession(const QString &sessionId) const;
};

/// `{response, client}` — or an unenveloped body (`/environment`, `/tokens`), then `enveloped` is false.
struct FapiEnvelope
{
    bool enveloped = false;
    QJsonValue response;
    bool hasClientKey = false; ///< the body had a "client" member (object or null)
    QJsonObject client;        ///< empty when null
    QJsonValue body;           ///< the whole parsed body
};

CLERKQT_EXPORT QDateTime parseTimestamp(const QJsonValue &value);
CLERKQT_EXPORT EmailAddress parseEmailAddress(const QJsonObject &json);
CLERKQT_EXPORT PhoneNumber parsePhoneNumber(const QJsonObject &json);
CLERKQT_EXPORT Organization parseOrganization(const QJsonObject &json);
CLERKQT_EXPORT Membership parseMembership(const QJsonObject &json);
CLERKQT_EXPORT User parseUser(const QJsonObject &json);
/// `raw` of the result has no `last_active_token`; the JWT goes to `*lastActiveToken` if given.
CLERKQT_EXPORT Session parseSession(const QJsonObject &json, QString *lastActiveToken = nullptr);
CLERKQT_EXPORT Session::Status sessionStatusFromString(const QString &status);
CLERKQT_EXPORT Factor parseFactor(const QJsonObject &json);
CLERKQT_EXPORT Verification parseVerification(const QJsonObject &json);
CLERKQT_EXPORT SignInAttempt parseSignInAttempt(const QJsonObject &json);
CLERKQT_EXPORT SignUpAttempt parseSignUpAttempt(const QJsonObject &json);
CLERKQT_EXPORT ClientModel parseClient(const QJsonObject &json);
CLERKQT_EXPORT OAuthProvider parseOAuthProvider(const QString &key, const QJsonObject &json);
/// The providers of `/v1/environment` a sign-in may offer: enabled, authenticatable and selectable, by strategy.
CLERKQT_EXPORT QList<OAuthProvider> parseOAuthProviders(const QJsonObject &environment);

/// Parses a 2xx body. An empty body is a valid, empty envelope. Malformed JSON → Protocol error.
CLERKQT_EXPORT FapiEnvelope parseEnvelope(const QByteArray &body, Error *error);
/// Builds the Error for a failed response from Clerk's `{"errors":[…]}` envelope (or the status alone).
CLERKQT_EXPORT Error parseErrorResponse(int httpStatus, const QByteArray &body, int retryAfterSeconds);

} // namespace Clerk
