// Clerk's user resources as QML-readable values: User, EmailAddress, PhoneNumber.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/organization.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace Clerk {

/// An `email_address` object. `raw` keeps Clerk's complete JSON.
struct CLERKQT_EXPORT EmailAddress
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString emailAddress MEMBER emailAddress)
    Q_PROPERTY(QString verificationStatus MEMBER verificationStatus)
    Q_PROPERTY(bool verified READ isVerified)
    Q_PROPERTY(bool reserved MEMBER reserved)
public:
    QString id;
    QString emailAddress;
    QString verificationStatus; ///< Clerk's `verification.status` ("verified", "unverified" …); empty if none
    bool reserved = false;
    QJsonObject raw;

    bool isVerified() const { return verificationStatus == QLatin1String("verified"); }
    bool isNull() const { return id.isEmpty(); }
    bool operator==(const EmailAddress &o) const { return raw == o.raw; }
    bool operator!=(const EmailAddress &o) const { return raw != o.raw; }
};

/// A `phone_number` object. `raw` keeps Clerk's complete JSON.
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
    QString id;
    QString phoneNumber;
    QString verificationStatus;
    bool reservedForSecondFactor = false;
    bool defaultSecondFactor = false;
    QJsonObject raw;

    bool isVerified() const { return verificationStatus == QLatin1String("verified"); }
    bool isNull() const { return id.isEmpty(); }
    bool operator==(const PhoneNumber &o) const { return raw == o.raw; }
    bool operator!=(const PhoneNumber &o) const { return raw != o.raw; }
};

/// A `user` object (the signed-in user of a session, or `/v1/me`). `raw` keeps Clerk's complete JSON.
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
    QString id;
    QString firstName;
    QString lastName;
    QString username;
    QString imageUrl;
    bool hasImage = false;
    QString primaryEmailAddressId;
    QString primaryPhoneNumberId;
    QList<EmailAddress> emailAddresses;
    QList<PhoneNumber> phoneNumbers;
    bool passwordEnabled = false;
    bool twoFactorEnabled = false;
    bool totpEnabled = false;
    bool backupCodeEnabled = false;
    QVariantMap publicMetadata;
    QVariantMap unsafeMetadata;
    QList<Membership> organizationMemberships;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastSignInAt;
    QJsonObject raw;

    /// "First Last", trimmed; empty when neither is set.
    QString fullName() const;
    /// The address whose id is primaryEmailAddressId; empty if none.
    QString primaryEmailAddress() const;
    QString primaryPhoneNumber() const;
    bool isNull() const { return id.isEmpty(); }
    bool operator==(const User &o) const { return raw == o.raw; }
    bool operator!=(const User &o) const { return raw != o.raw; }
};

} // namespace Clerk
