/// @file
/// The in-progress sign-in and sign-up of a client, as QML-readable values: SignInAttempt, SignUpAttempt, and the
/// Factor and Verification they are made of.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <tuple>

namespace Clerk {

/// One way to pass a sign-in step, as Clerk offers it (an entry of `supported_first_factors` /
/// `supported_second_factors`): the strategy, and which of the user's identifiers it uses.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name; the strategies by
/// name, e.g. `Factor.EmailCode`.
struct CLERKQT_EXPORT Factor
{
    Q_GADGET
    Q_PROPERTY(Strategy strategy MEMBER strategy)
    Q_PROPERTY(QString strategyString MEMBER strategyString)
    Q_PROPERTY(QString safeIdentifier MEMBER safeIdentifier)
    Q_PROPERTY(QString emailAddressId MEMBER emailAddressId)
    Q_PROPERTY(QString phoneNumberId MEMBER phoneNumberId)
    Q_PROPERTY(bool primary MEMBER primary)
public:
    /// Clerk's verification strategies (`strategy`). The first five have the values of the same names in
    /// Auth::Strategy.
    enum class Strategy {
        Password,               ///< `password`
        EmailCode,              ///< `email_code`: a one-time code sent by email
        PhoneCode,              ///< `phone_code`: a one-time code sent by SMS
        Totp,                   ///< `totp`: a code from an authenticator app (second factor)
        BackupCode,             ///< `backup_code`: one of the user's backup codes (second factor)
        EmailLink,              ///< `email_link`: a link sent by email
        ResetPasswordEmailCode, ///< `reset_password_email_code`: a code by email to set a new password
        ResetPasswordPhoneCode, ///< `reset_password_phone_code`: a code by SMS to set a new password
        Passkey,                ///< `passkey`
        OAuth,                  ///< `oauth_<provider>`, e.g. `oauth_google`: strategyString names the provider
        EnterpriseSso,          ///< `enterprise_sso` (and the older `saml`)
        Web3,                   ///< `web3_<wallet>_signature`
        Ticket,                 ///< `ticket`: an invitation or sign-in token
        Unknown,                ///< a strategy this version does not know; see strategyString
    };
    Q_ENUM(Strategy)

    Strategy strategy = Strategy::Unknown; ///< Parsed from strategyString
    QString strategyString; ///< Clerk's strategy as sent, also for values this version does not know
    QString safeIdentifier; ///< The identifier the code or link goes to, partly masked by Clerk; empty if none
    QString emailAddressId; ///< The email address it uses (`email_address_id`); empty if none
    QString phoneNumberId;  ///< The phone number it uses (`phone_number_id`); empty if none
    bool primary = false;   ///< Uses the user's primary email address or phone number
    QJsonObject raw;        ///< Clerk's complete JSON of the factor

    /// The strategy Clerk means by `name`; Unknown for names this version does not know.
    static Strategy strategyFromString(const QString &name);
    /// Clerk's name of `strategy`; empty for OAuth, Web3 and Unknown, whose names depend on the provider.
    static QString strategyName(Strategy strategy);

private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const
    {
        return std::tie(strategy, strategyString, safeIdentifier, emailAddressId, phoneNumberId, primary, raw);
    }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const Factor &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const Factor &o) const { return !(*this == o); }
};

/// The state of one verification: a sign-in's first or second factor (`first_factor_verification` …).
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so is `isNull`;
/// the statuses by name, e.g. `Verification.Verified`.
struct CLERKQT_EXPORT Verification
{
    Q_GADGET
    Q_PROPERTY(Clerk::Factor::Strategy strategy MEMBER strategy)
    Q_PROPERTY(QString strategyString MEMBER strategyString)
    Q_PROPERTY(Status status MEMBER status)
    Q_PROPERTY(QString statusString MEMBER statusString)
    Q_PROPERTY(int attempts MEMBER attempts)
    Q_PROPERTY(QDateTime expireAt MEMBER expireAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    /// Clerk's verification status (`status`).
    enum class Status {
        Unverified,   ///< `unverified`: prepared, waiting for the code (or link)
        Verified,     ///< `verified`
        Transferable, ///< `transferable`: an OAuth identity with no account yet, transferable to a sign-up
        Failed,       ///< `failed`: too many wrong attempts
        Expired,      ///< `expired`: the code ran out
        Unknown,      ///< none yet, or a status this version does not know; see statusString
    };
    Q_ENUM(Status)

    Factor::Strategy strategy = Factor::Strategy::Unknown; ///< Parsed from strategyString
    QString strategyString;          ///< Clerk's strategy as sent; empty when there is no verification yet
    Status status = Status::Unknown; ///< Parsed from statusString
    QString statusString;            ///< Clerk's status as sent; empty when there is no verification yet
    int attempts = -1;               ///< Attempts made so far; -1 when Clerk did not say
    QDateTime expireAt;              ///< When the code or link expires (UTC); invalid if not sent
    QJsonObject raw;                 ///< Clerk's complete JSON of the verification

    /// True when there is no verification (no step prepared or attempted yet).
    bool isNull() const { return strategyString.isEmpty() && statusString.isEmpty(); }
    /// The status Clerk means by `name`; Unknown for names this version does not know.
    static Status statusFromString(const QString &name);

private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(strategy, strategyString, status, statusString, attempts, expireAt, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const Verification &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const Verification &o) const { return !(*this == o); }
};

/// A sign-in in progress: Clerk's `sign_in_attempt` (`client.sign_in`).
///
/// Auth::signInAttempt() holds the client's current one, as Clerk last reported it; a null attempt (isNull())
/// means there is none. The `supported…Factors` lists say which strategies the next step may use. `raw` keeps
/// Clerk's complete JSON for what this type does not model.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so is `isNull`;
/// the statuses by name, e.g. `SignInAttempt.NeedsSecondFactor`.
struct CLERKQT_EXPORT SignInAttempt
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(Status status MEMBER status)
    Q_PROPERTY(QString statusString MEMBER statusString)
    Q_PROPERTY(QString identifier MEMBER identifier)
    Q_PROPERTY(QList<Clerk::Factor> supportedFirstFactors MEMBER supportedFirstFactors)
    Q_PROPERTY(QList<Clerk::Factor> supportedSecondFactors MEMBER supportedSecondFactors)
    Q_PROPERTY(Clerk::Verification firstFactorVerification MEMBER firstFactorVerification)
    Q_PROPERTY(Clerk::Verification secondFactorVerification MEMBER secondFactorVerification)
    Q_PROPERTY(QString createdSessionId MEMBER createdSessionId)
    Q_PROPERTY(QDateTime abandonAt MEMBER abandonAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    /// Clerk's sign-in status (`status`).
    enum class Status {
        NeedsIdentifier,   ///< `needs_identifier`
        NeedsFirstFactor,  ///< `needs_first_factor`: password, code or link next
        NeedsSecondFactor, ///< `needs_second_factor`: TOTP, backup code or SMS code next
        NeedsNewPassword,  ///< `needs_new_password`: after a reset-password code
        NeedsClientTrust,  ///< `needs_client_trust`: a second step to trust this new device
        Complete,          ///< `complete`: createdSessionId is the new session
        Abandoned,         ///< `abandoned`
        Unknown,           ///< no attempt, or a status this version does not know; see statusString
    };
    Q_ENUM(Status)

    QString id;     ///< Clerk's id of the attempt; empty when there is no sign-in
    Status status = Status::Unknown; ///< Parsed from statusString
    QString statusString; ///< Clerk's status as sent, also for values this version does not know
    QString identifier; ///< The email address, phone number or username being signed in, as Clerk echoes it
    QList<Factor> supportedFirstFactors;  ///< What the first factor may be, in Clerk's order
    QList<Factor> supportedSecondFactors; ///< What the second factor may be, in Clerk's order
    Verification firstFactorVerification;  ///< Null until a first factor was prepared or attempted
    Verification secondFactorVerification; ///< Null until a second factor was prepared or attempted
    QString createdSessionId; ///< The session the sign-in created once status is complete; empty before
    QDateTime abandonAt;      ///< When Clerk abandons the unfinished attempt (UTC); invalid if not sent
    QJsonObject raw;          ///< Clerk's complete `sign_in` JSON

    /// True when there is no attempt (empty id): no sign-in is in progress on this client.
    bool isNull() const { return id.isEmpty(); }
    /// Whether supportedFirstFactors offers `strategy`.
    Q_INVOKABLE bool supportsFirstFactor(Clerk::Factor::Strategy strategy) const;
    /// Whether supportedSecondFactors offers `strategy`.
    Q_INVOKABLE bool supportsSecondFactor(Clerk::Factor::Strategy strategy) const;
    /// The status Clerk means by `name`; Unknown for names this version does not know.
    static Status statusFromString(const QString &name);

private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const
    {
        return std::tie(id, status, statusString, identifier, supportedFirstFactors, supportedSecondFactors,
                        firstFactorVerification, secondFactorVerification, createdSessionId, abandonAt, raw);
    }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const SignInAttempt &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const SignInAttempt &o) const { return !(*this == o); }
};

/// A sign-up in progress: Clerk's `sign_up_attempt` (`client.sign_up`).
///
/// Auth::signUpAttempt() holds the client's current one, as Clerk last reported it; a null attempt (isNull())
/// means there is none. Field names in the lists are Clerk's (`email_address`, `phone_number`, `password`,
/// `username`, `first_name`, `last_name`, `legal_accepted` …). `raw` keeps Clerk's complete JSON for what this
/// type does not model.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so is `isNull`;
/// the statuses by name, e.g. `SignUpAttempt.MissingRequirements`.
struct CLERKQT_EXPORT SignUpAttempt
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(Status status MEMBER status)
    Q_PROPERTY(QString statusString MEMBER statusString)
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
    /// Clerk's sign-up status (`status`).
    enum class Status {
        MissingRequirements, ///< `missing_requirements`: fields to supply or verify (missingFields, unverifiedFields)
        Complete,            ///< `complete`: createdSessionId and createdUserId are set
        Abandoned,           ///< `abandoned`
        Unknown,             ///< no attempt, or a status this version does not know; see statusString
    };
    Q_ENUM(Status)

    QString id;     ///< Clerk's id of the attempt; empty when there is no sign-up
    Status status = Status::Unknown; ///< Parsed from statusString
    QString statusString; ///< Clerk's status as sent, also for values this version does not know
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
    /// The status Clerk means by `name`; Unknown for names this version does not know.
    static Status statusFromString(const QString &name);

private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const
    {
        return std::tie(id, status, statusString, requiredFields, optionalFields, missingFields, unverifiedFields,
                        emailAddress, phoneNumber, username, firstName, lastName, createdSessionId, createdUserId,
                        abandonAt, raw);
    }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const SignUpAttempt &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const SignUpAttempt &o) const { return !(*this == o); }
};

} // namespace Clerk
