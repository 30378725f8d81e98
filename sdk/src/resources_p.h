// Parsers: Clerk's JSON → the SDK's value types, and the FAPI envelopes. Pure functions, no I/O.
#pragma once

#include <ClerkQt/account.h>
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
    const Session *findSession(const QString &sessionId) const;
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

QDateTime parseTimestamp(const QJsonValue &value);
EmailAddress parseEmailAddress(const QJsonObject &json);
PhoneNumber parsePhoneNumber(const QJsonObject &json);
ExternalAccount parseExternalAccount(const QJsonObject &json);
Organization parseOrganization(const QJsonObject &json);
Membership parseMembership(const QJsonObject &json);
User parseUser(const QJsonObject &json);
/// `raw` of the result has no `last_active_token`; the JWT goes to `*lastActiveToken` if given.
Session parseSession(const QJsonObject &json, QString *lastActiveToken = nullptr);
Session::Status sessionStatusFromString(const QString &status);
Factor parseFactor(const QJsonObject &json);
Verification parseVerification(const QJsonObject &json);
SignInAttempt parseSignInAttempt(const QJsonObject &json);
SignUpAttempt parseSignUpAttempt(const QJsonObject &json);
ClientModel parseClient(const QJsonObject &json);
OAuthProvider parseOAuthProvider(const QString &key, const QJsonObject &json);
/// The providers of `/v1/environment` a sign-in may offer: enabled, authenticatable and selectable, by strategy.
QList<OAuthProvider> parseOAuthProviders(const QJsonObject &environment);
/// `user_settings` of `/v1/environment`; `loaded` is false when the environment has none.
UserSettings parseUserSettings(const QJsonObject &environment);
/// Clerk's `totp` object (secret and URI only while unverified; backup codes only once).
TotpSetup parseTotp(const QJsonObject &json);

/// Parses a 2xx body. An empty body is a valid, empty envelope. Malformed JSON → Protocol error.
FapiEnvelope parseEnvelope(const QByteArray &body, Error *error);
/// Builds the Error for a failed response from Clerk's `{"errors":[…]}` envelope (or the status alone).
Error parseErrorResponse(int httpStatus, const QByteArray &body, int retryAfterSeconds);

} // namespace Clerk
