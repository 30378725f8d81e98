// The in-progress sign-in and sign-up of a client, as QML-readable values.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Clerk {

/// A `sign_in_attempt` (`client.sign_in`). `raw` keeps Clerk's complete JSON.
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
    QString id;
    QString status; ///< needs_identifier, needs_first_factor, needs_second_factor, needs_new_password, complete
    QString identifier;
    QStringList supportedFirstFactors;  ///< strategies, e.g. "password", "email_code", "phone_code"
    QStringList supportedSecondFactors; ///< e.g. "totp", "backup_code", "phone_code"
    QString firstFactorStrategy;        ///< of `first_factor_verification`, empty if none yet
    QString firstFactorStatus;
    QString secondFactorStrategy;
    QString secondFactorStatus;
    QString createdSessionId;
    QDateTime abandonAt;
    QJsonObject raw;

    bool isNull() const { return id.isEmpty(); }
    bool operator==(const SignInAttempt &o) const { return raw == o.raw; }
    bool operator!=(const SignInAttempt &o) const { return raw != o.raw; }
};

/// A `sign_up_attempt` (`client.sign_up`). `raw` keeps Clerk's complete JSON.
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
    QString id;
    QString status; ///< missing_requirements, complete, abandoned
    QStringList requiredFields;
    QStringList optionalFields;
    QStringList missingFields;
    QStringList unverifiedFields; ///< e.g. "email_address", "phone_number"
    QString emailAddress;
    QString phoneNumber;
    QString username;
    QString firstName;
    QString lastName;
    QString createdSessionId;
    QString createdUserId;
    QDateTime abandonAt;
    QJsonObject raw;

    bool isNull() const { return id.isEmpty(); }
    bool operator==(const SignUpAttempt &o) const { return raw == o.raw; }
    bool operator!=(const SignUpAttempt &o) const { return raw != o.raw; }
};

} // namespace Clerk
