/// @file
/// Clerk's user resources as QML-readable values: User, EmailAddress, PhoneNumber, ExternalAccount.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/organization.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <tuple>

namespace Clerk {

/// An `email_address` object. `raw` keeps Clerk's complete JSON.
///
/// A value type, readable from QML: `id`, `emailAddress`, `verificationStatus`, `reserved` and `verified`
/// (isVerified()).
struct CLERKQT_EXPORT EmailAddress
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString emailAddress MEMBER emailAddress)
    Q_PROPERTY(QString verificationStatus MEMBER verificationStatus)
    Q_PROPERTY(bool verified READ isVerified)
    Q_PROPERTY(bool reserved MEMBER reserved)
public:
    QString id;           ///< Clerk's id (`idn_…`); User::primaryEmailAddressId refers to it
    QString emailAddress; ///< The address
    QString verificationStatus; ///< Clerk's `verification.status` ("verified", "unverified" …); empty if none
    bool reserved = false; ///< Clerk's `reserved` flag, as sent
    QJsonObject raw;       ///< Clerk's complete JSON

    /// True when verificationStatus is "verified".
    bool isVerified() const { return verificationStatus == QLatin1String("verified"); }
    /// True when there is no address (empty id).
    bool isNull() const { return id.isEmpty(); }
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, emailAddress, verificationStatus, reserved, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const EmailAddress &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const EmailAddress &o) const { return !(*this == o); }
};

/// A `phone_number` object. `raw` keeps Clerk's complete JSON.
///
/// A value type, readable from QML: `id`, `phoneNumber`, `verificationStatus`, `verified` (isVerified()),
/// `reservedForSecondFactor` and `defaultSecondFactor`.
struct CLERKQT_EXPORT PhoneNumber
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString phoneNumber MEMBER phoneNumber)
    Q_PROPERTY(QString verificationStatus MEMBER verificationStatus)
    Q_PROPERTY(bool verified READ isVerified)
    Q_PROPERTY(bool reservedForSecondFactor MEMBER reservedForSecondFactor)
    Q_PROPERTY(bool defaultSecondFactor MEMBER defaultSecondFactor)
public:
    QString id;          ///< Clerk's id (`idn_…`); User::primaryPhoneNumberId refers to it
    QString phoneNumber; ///< The number, as Clerk stores it
    QString verificationStatus; ///< Clerk's `verification.status` ("verified", "unverified" …); empty if none
    bool reservedForSecondFactor = false; ///< The number is reserved for multi-factor authentication
    bool defaultSecondFactor = false;     ///< The number is the default second factor (PhoneCode)
    QJsonObject raw;                      ///< Clerk's complete JSON

    /// True when verificationStatus is "verified".
    bool isVerified() const { return verificationStatus == QLatin1String("verified"); }
    /// True when there is no number (empty id).
    bool isNull() const { return id.isEmpty(); }
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, phoneNumber, verificationStatus, reservedForSecondFactor, defaultSecondFactor, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const PhoneNumber &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const PhoneNumber &o) const { return !(*this == o); }
};

/// An `external_account` object: an account with an OAuth provider connected to the user (Account::
/// connectExternalAccount()). `raw` keeps Clerk's complete JSON.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so is
/// `verified` (isVerified()).
struct CLERKQT_EXPORT ExternalAccount
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString provider MEMBER provider)
    Q_PROPERTY(QString strategy MEMBER strategy)
    Q_PROPERTY(QString emailAddress MEMBER emailAddress)
    Q_PROPERTY(QString username MEMBER username)
    Q_PROPERTY(QString firstName MEMBER firstName)
    Q_PROPERTY(QString lastName MEMBER lastName)
    Q_PROPERTY(QString imageUrl MEMBER imageUrl)
    Q_PROPERTY(QStringList approvedScopes MEMBER approvedScopes)
    Q_PROPERTY(QString verificationStatus MEMBER verificationStatus)
    Q_PROPERTY(bool verified READ isVerified)
public:
    QString id;           ///< Clerk's id (`eac_…`)
    QString provider;     ///< e.g. "google" (Clerk's `provider` without its "oauth_" prefix)
    QString strategy;     ///< e.g. "oauth_google": what Account::connectExternalAccount() takes
    QString emailAddress; ///< The address the provider reported
    QString username;     ///< The provider's username; empty if none
    QString firstName;    ///< As the provider reported it
    QString lastName;     ///< As the provider reported it
    QString imageUrl;     ///< The provider's avatar; empty if none
    QStringList approvedScopes; ///< Clerk's `approved_scopes`, split at spaces
    /// Clerk's `verification.status`: "verified", or "unverified"/"expired" when the account needs
    /// Account::reauthorizeExternalAccount()
    QString verificationStatus;
    QJsonObject raw; ///< Clerk's complete JSON

    /// True when verificationStatus is "verified".
    bool isVerified() const { return verificationStatus == QLatin1String("verified"); }
    /// True when there is no account (empty id).
    bool isNull() const { return id.isEmpty(); }
private:
    auto tied() const { return std::tie(id, provider, strategy, emailAddress, username, firstName, lastName, imageUrl, approvedScopes, verificationStatus, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const ExternalAccount &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const ExternalAccount &o) const { return !(*this == o); }
};

/// A `user` object (the signed-in user of a session, or `/v1/me`). `raw` keeps Clerk's complete JSON.
///
/// Timestamps are UTC and invalid when Clerk did not send them.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so are
/// `fullName`, `primaryEmailAddress`, `primaryPhoneNumber` and `isNull`.
struct CLERKQT_EXPORT User
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString firstName MEMBER firstName)
    Q_PROPERTY(QString lastName MEMBER lastName)
    Q_PROPERTY(QString fullName READ fullName)
    Q_PROPERTY(QString username MEMBER username)
    Q_PROPERTY(QString imageUrl MEMBER imageUrl)
    Q_PROPERTY(bool hasImage MEMBER hasImage)
    Q_PROPERTY(QString primaryEmailAddressId MEMBER primaryEmailAddressId)
    Q_PROPERTY(QString primaryPhoneNumberId MEMBER primaryPhoneNumberId)
    Q_PROPERTY(QString primaryEmailAddress READ primaryEmailAddress)
    Q_PROPERTY(QString primaryPhoneNumber READ primaryPhoneNumber)
    Q_PROPERTY(QList<Clerk::EmailAddress> emailAddresses MEMBER emailAddresses)
    Q_PROPERTY(QList<Clerk::PhoneNumber> phoneNumbers MEMBER phoneNumbers)
    Q_PROPERTY(QList<Clerk::ExternalAccount> externalAccounts MEMBER externalAccounts)
    Q_PROPERTY(bool deleteSelfEnabled MEMBER deleteSelfEnabled)
    Q_PROPERTY(bool passwordEnabled MEMBER passwordEnabled)
    Q_PROPERTY(bool twoFactorEnabled MEMBER twoFactorEnabled)
    Q_PROPERTY(bool totpEnabled MEMBER totpEnabled)
    Q_PROPERTY(bool backupCodeEnabled MEMBER backupCodeEnabled)
    Q_PROPERTY(QVariantMap publicMetadata MEMBER publicMetadata)
    Q_PROPERTY(QVariantMap unsafeMetadata MEMBER unsafeMetadata)
    Q_PROPERTY(QList<Clerk::Membership> organizationMemberships MEMBER organizationMemberships)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
    Q_PROPERTY(QDateTime lastSignInAt MEMBER lastSignInAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    QString id;         ///< Clerk's user id, the `sub` of the user's session tokens
    QString firstName;  ///< Empty if not set
    QString lastName;   ///< Empty if not set
    QString username;   ///< Empty if not set
    QString imageUrl;   ///< Profile image URL, as Clerk serves it
    bool hasImage = false; ///< Whether the user has an image of their own (Clerk's `has_image`)
    QString primaryEmailAddressId; ///< The id of the primary one of emailAddresses; empty if none
    QString primaryPhoneNumberId;  ///< The id of the primary one of phoneNumbers; empty if none
    QList<EmailAddress> emailAddresses; ///< Every email address of the user, verified or not
    QList<PhoneNumber> phoneNumbers;    ///< Every phone number of the user, verified or not
    QList<ExternalAccount> externalAccounts; ///< The user's connected OAuth accounts
    bool deleteSelfEnabled = false; ///< The user may delete their own account (Account::deleteAccount())
    bool passwordEnabled = false;   ///< The user has a password
    bool twoFactorEnabled = false;  ///< Sign-in asks for a second factor
    bool totpEnabled = false;       ///< An authenticator app is set up (Auth::Strategy::Totp)
    bool backupCodeEnabled = false; ///< Backup codes are set up (Auth::Strategy::BackupCode)
    QVariantMap publicMetadata;     ///< Set by the app's backend; readable, not writable, from the client
    /// Free-form data the user can change from any client (UserUpdate::unsafeMetadata); never trust it.
    QVariantMap unsafeMetadata;
    QList<Membership> organizationMemberships; ///< The user's organizations, with role and permissions
    QDateTime createdAt;    ///< When the user signed up
    QDateTime updatedAt;    ///< Last change
    QDateTime lastSignInAt; ///< Last sign-in, on any client
    QJsonObject raw;        ///< Clerk's complete JSON

    /// "First Last", trimmed; empty when neither is set.
    QString fullName() const;
    /// The address whose id is primaryEmailAddressId; empty if none.
    QString primaryEmailAddress() const;
    /// The number whose id is primaryPhoneNumberId; empty if none.
    QString primaryPhoneNumber() const;
    /// True when there is no user (empty id), e.g. Auth::user() while signed out.
    bool isNull() const { return id.isEmpty(); }
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, firstName, lastName, username, imageUrl, hasImage, primaryEmailAddressId, primaryPhoneNumberId, emailAddresses, phoneNumbers, externalAccounts, deleteSelfEnabled, passwordEnabled, twoFactorEnabled, totpEnabled, backupCodeEnabled, publicMetadata, unsafeMetadata, organizationMemberships, createdAt, updatedAt, lastSignInAt, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const User &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const User &o) const { return !(*this == o); }
};

} // namespace Clerk
