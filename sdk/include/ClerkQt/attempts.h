/// @file
/// The in-progress sign-in and sign-up of a client, as QML-readable values.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Clerk {

/// A sign-in in progress: Clerk's `sign_in_attempt` (`client.sign_in`).
///
/// Auth::signInAttempt() holds the client's current one, as Clerk last reported it; a null attempt (isNull())
/// means there is none. The `supported…Factors` lists say which Auth::Strategy the next step may use. `raw` keeps
/// Clerk's complete JSON for what this type does not model.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so is `isNull`.
struct CLERKQT_EXPORT SignInAttempt
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QString identifier MEMBER identifier)
    Q_PROPERTY(QStringList supportedFirstFactors MEMBER supportedFirstFactors)
    Q_PROPERTY(QStringList supportedSecondFactors MEMBER supportedSecondFactors)
    Q_PROPERTY(QString firstFactorStrategy MEMBER firstFactorStrategy)
    Q_PROPERTY(QString firstFactorStatus MEMBER firstFactorStatus)
    Q_PROPERTY(QString secondFactorStrategy MEMBER secondFactorStrategy)
    Q_PROPERTY(QString secondFactorStatus MEMBER secondFactorStatus)
    Q_PROPERTY(QString createdSessionId MEMBER createdSessionId)
    Q_PROPERTY(QDateTime abandonAt MEMBER abandonAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    QString id;     ///< Clerk's id of the attempt; empty when there is no sign-in
    /// Clerk's status as sent: needs_identifier, needs_first_factor, needs_second_factor, needs_new_password,
    /// complete; the API also knows abandoned, needs_client_trust and needs_protect_check.
    QString status;
    QString identifier; ///< The email address, phone number or username being signed in, as Clerk echoes it
    QStringList supportedFirstFactors;  ///< strategies, e.g. "password", "email_code", "phone_code"
    QStringList supportedSecondFactors; ///< e.g. "totp", "backup_code", "phone_code"
    QString firstFactorStrategy;        ///< of `first_factor_verification`, empty if none yet
    QString firstFactorStatus;    ///< of `first_factor_verification` ("unverified", "verified" …), empty if none yet
    QString secondFactorStrategy; ///< of `second_factor_verification`, empty if none yet
    QString secondFactorStatus;   ///< of `second_factor_verification`, empty if none yet
    QString createdSessionId;     ///< The session the sign-in created once status is complete; empty before
    QDateTime abandonAt;          ///< When Clerk abandons the unfinished attempt (UTC); invalid if not sent
    QJsonObject raw;              ///< Clerk's complete `sign_in` JSON

    /// True when there is no attempt (empty id): no sign-in is in progress on this client.
    bool isNull() const { return id.isEmpty(); }
    /// Compares Clerk's JSON (`raw`) only: attempts built by hand without `raw` all compare equal.
    bool operator==(const SignInAttempt &o) const { return raw == o.raw; }
    /// The negation of operator==().
    bool operator!=(const SignInAttempt &o) const { return raw != o.raw; }
};

/// A sign-up in progress: Clerk's `sign_up_attempt` (`client.sign_up`).
///
/// Auth::signUpAttempt() holds the client's current one, as Clerk last reported it; a null attempt (isNull())
/// means there is none. Field names in the lists are Clerk's (`email_address`, `phone_number`, `password`,
/// `username`, `first_name`, `last_name`, `legal_accepted` …). `raw` keeps Clerk's complete JSON for what this
/// type does not model.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so is `isNull`.
struct CLERKQT_EXPORT SignUpAttempt
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QStringList requiredFields MEMBER requiredFields)
    Q_PROPERTY(QStringList optionalFields MEMBER optionalFields)
    Q_PROPERTY(QStringList missingFields MEMBER missingFields)
    Q_PROPERTY(QStringList unverifiedFields MEMBER unverifiedFields)
    Q_PROPERTY(QString emailAddress MEMBER emailAddress)
    Q_PROPERTY(QString phoneNumber MEMBER phoneNumber)
    Q_PROPERTY(QString username MEMBER username)
    Q_PROPERTY(QString firstName MEMBER firstName)
    Q_PROPERTY(QString lastName MEMBER lastName)
    Q_PROPERTY(QString createdSessionId MEMBER createdSessionId)
    Q_PROPERTY(QString createdUserId MEMBER createdUserId)
    Q_PROPERTY(QDateTime abandonAt MEMBER abandonAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    QString id;     ///< Clerk's id of the attempt; empty when there is no sign-up
    QString status; ///< missing_requirements, complete, abandoned
    QStringList requiredFields; ///< Fields the instance requires before the sign-up can complete
    QStringList optionalFields; ///< Fields the instance accepts but does not require
    QStringList missingFields;  ///< Required fields not supplied yet
    /// Supplied fields still to verify, e.g. "email_address", "phone_number"; see Auth::prepareSignUpVerification().
    QStringList unverifiedFields;
    QString emailAddress;     ///< As supplied; empty if not
    QString phoneNumber;      ///< As supplied; empty if not
    QString username;         ///< As supplied; empty if not
    QString firstName;        ///< As supplied; empty if not
    QString lastName;         ///< As supplied; empty if not
    QString createdSessionId; ///< The session the sign-up created once status is complete; empty before
    QString createdUserId;    ///< The user the sign-up created once status is complete; empty before
    QDateTime abandonAt;      ///< When Clerk abandons the unfinished attempt (UTC); invalid if not sent
    QJsonObject raw;          ///< Clerk's complete `sign_up` JSON

    /// True when there is no attempt (empty id): no sign-up is in progress on this client.
    bool isNull() const { return id.isEmpty(); }
    /// Compares Clerk's JSON (`raw`) only: attempts built by hand without `raw` all compare equal.
    bool operator==(const SignUpAttempt &o) const { return raw == o.raw; }
    /// The negation of operator==().
    bool operator!=(const SignUpAttempt &o) const { return raw != o.raw; }
};

} // namespace Clerk
