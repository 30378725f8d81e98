/// @file
/// Clerk::Account — what the signed-in user manages themselves (the operations of Clerk's user resource):
/// identifications, password, profile image, two-factor enrolment, connected accounts, devices and deletion.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/reply.h>
#include <ClerkQt/user.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <tuple>

// Declared only: QtGui stays private to libClerkQt (an app that passes a QImage has QtGui already).
QT_BEGIN_NAMESPACE
class QImage;
QT_END_NAMESPACE

namespace Clerk {

class Auth;
struct OAuthOptions;

/// Clerk's `TOTP` object: an authenticator-app enrolment (Account::createTotp(), Account::verifyTotp()).
///
/// `secret` and `uri` are credentials: show them to the user once, never log or store them. A value type,
/// readable from QML: every field except `raw` is a property of the same name.
struct CLERKQT_EXPORT TotpSetup
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString secret MEMBER secret)
    Q_PROPERTY(QString uri MEMBER uri)
    Q_PROPERTY(bool verified MEMBER verified)
    Q_PROPERTY(QStringList backupCodes MEMBER backupCodes)
public:
    QString id;     ///< Clerk's id (`totp_…`)
    QString secret; ///< The base32 secret, for typing into an authenticator app; empty once verified
    QString uri;    ///< The `otpauth://totp/…` URI an authenticator app scans as a QR code; empty once verified
    bool verified = false;   ///< The user proved the app works (verifyTotp()); two-factor is on from then
    QStringList backupCodes; ///< Backup codes Clerk made with the first second factor; empty otherwise
    QJsonObject raw;         ///< Clerk's complete JSON

private:
    auto tied() const { return std::tie(id, secret, uri, verified, backupCodes, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const TotpSetup &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const TotpSetup &o) const { return !(*this == o); }
};

/// One session of the signed-in user on any device (`GET /v1/me/sessions/active`, Clerk's
/// `SessionWithActivities`), with what Clerk knows of the device it was last used from.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name.
struct CLERKQT_EXPORT DeviceSession
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(QDateTime lastActiveAt MEMBER lastActiveAt)
    Q_PROPERTY(QDateTime expireAt MEMBER expireAt)
    Q_PROPERTY(QString browserName MEMBER browserName)
    Q_PROPERTY(QString browserVersion MEMBER browserVersion)
    Q_PROPERTY(QString deviceType MEMBER deviceType)
    Q_PROPERTY(bool isMobile MEMBER isMobile)
    Q_PROPERTY(QString ipAddress MEMBER ipAddress)
    Q_PROPERTY(QString city MEMBER city)
    Q_PROPERTY(QString country MEMBER country)
    Q_PROPERTY(bool isThisDevice MEMBER isThisDevice)
public:
    QString id;             ///< The session id (`sess_…`)
    QString status;         ///< Clerk's status string ("active")
    QDateTime lastActiveAt; ///< When the session was last used (UTC)
    QDateTime expireAt;     ///< When it expires (UTC)
    QString browserName;    ///< From `latest_activity`; empty when Clerk does not know
    QString browserVersion; ///< From `latest_activity`
    QString deviceType;     ///< From `latest_activity`, e.g. "Macintosh", "iPhone"
    bool isMobile = false;  ///< From `latest_activity`
    QString ipAddress;      ///< From `latest_activity`
    QString city;           ///< From `latest_activity`; empty when Clerk does not know
    QString country;        ///< From `latest_activity`; empty when Clerk does not know
    bool isThisDevice = false; ///< The session is this client's active session
    QJsonObject raw;        ///< Clerk's complete JSON

private:
    auto tied() const
    {
        return std::tie(id, status, lastActiveAt, expireAt, browserName, browserVersion, deviceType, isMobile,
                        ipAddress, city, country, isThisDevice, raw);
    }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const DeviceSession &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const DeviceSession &o) const { return !(*this == o); }
};

/// The signed-in user's own account, as Clerk's `user` resource offers it to the user: Auth::account().
///
/// Every operation acts for the active session's user — also while that session is pending (Auth::Status::NeedsTask:
/// createTotp() and verifyTotp() finish its `setup-mfa` task) — and fails with InvalidState (`clerkqt_signed_out`)
/// when nobody is signed in. Each returns a typed Reply (see reply.h); Clerk's refusals (a code that does not match,
/// a password the instance rejects, the last identifier, …) fail it with an Auth error carrying Clerk's code and
/// `meta.param_name`. Operations that change the user update Auth::user() (and its change signal) before their
/// reply reports. Restarting the Auth fails pending replies with Canceled, as for Auth's own operations.
///
/// Which operations an instance allows is in Auth::userSettings() (after Auth::loadEnvironment()) and
/// User::deleteSelfEnabled; Clerk refuses the others.
///
/// From QML: `auth.account.addEmailAddress("…")`; every operation is Q_INVOKABLE.
class CLERKQT_EXPORT Account : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QList<Clerk::DeviceSession> deviceSessions READ deviceSessions NOTIFY deviceSessionsChanged)
public:
    ~Account() override;

    // ---- Email addresses, phone numbers, password, profile image, two-factor -----------------------------------
    // (the lists are Auth::user().emailAddresses / phoneNumbers)
    /// Adds an unverified address (`POST /v1/me/email_addresses`; sent trimmed). Continue with
    /// prepareEmailAddressVerification(). Result: the new EmailAddress.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::EmailAddress> *addEmailAddress(const QString &emailAddress);
    /// Sends a verification code (`email_code`) to the address. Result: the EmailAddress.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::EmailAddress> *prepareEmailAddressVerification(const QString &emailAddressId);
    /// Verifies the address with the code the user received (sent trimmed). Result: the EmailAddress.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::EmailAddress> *attemptEmailAddressVerification(const QString &emailAddressId,
                                                                                     const QString &code);
    /// Makes a verified address the primary one. Result: the User.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::User> *setPrimaryEmailAddress(const QString &emailAddressId);
    /// Removes the address. Clerk refuses to remove the user's last identifier. Result: none.
    Q_INVOKABLE Clerk::ReplyOf<void> *removeEmailAddress(const QString &emailAddressId);

    /// Adds an unverified number (`POST /v1/me/phone_numbers`; sent trimmed, in E.164 form such as
    /// "+15555550100"). Result: the new PhoneNumber.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::PhoneNumber> *addPhoneNumber(const QString &phoneNumber);
    /// Sends a verification code (`phone_code`) to the number. Result: the PhoneNumber.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::PhoneNumber> *preparePhoneNumberVerification(const QString &phoneNumberId);
    /// Verifies the number with the code the user received (sent trimmed). Result: the PhoneNumber.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::PhoneNumber> *attemptPhoneNumberVerification(const QString &phoneNumberId,
                                                                                   const QString &code);
    /// Makes a verified number the primary one. Result: the User.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::User> *setPrimaryPhoneNumber(const QString &phoneNumberId);
    /// Removes the number. Clerk refuses to remove the user's last identifier. Result: none.
    Q_INVOKABLE Clerk::ReplyOf<void> *removePhoneNumber(const QString &phoneNumberId);
    /// Phone as a second factor: reserves a verified number for it (`reserved_for_second_factor`) or releases
    /// it. Result: the PhoneNumber.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::PhoneNumber> *setPhoneNumberReservedForSecondFactor(const QString &phoneNumberId,
                                                                                          bool reserved);
    /// Makes a number reserved for the second factor the default one (`default_second_factor`). Result: the
    /// PhoneNumber.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::PhoneNumber> *makeDefaultSecondFactor(const QString &phoneNumberId);

    // ---- Password ---------------------------------------------------------------------------------------------
    /// `POST /v1/me/change_password`. `currentPassword` is required when the user has one; both are sent
    /// exactly as typed. With `signOutOfOtherSessions`, the user's other sessions (on every device) end; this
    /// one does not. Result: the User.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::User> *changePassword(const QString &currentPassword, const QString &newPassword,
                                                            bool signOutOfOtherSessions = false);
    /// `POST /v1/me/remove_password`, where the instance does not require one. Result: the User.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::User> *removePassword(const QString &currentPassword);

    // ---- Profile image ----------------------------------------------------------------------------------------
    /// Uploads the image file at `file` (a local path or `file:` URL, as a QML FileDialog gives it) as
    /// `multipart/form-data`, Clerk's `file` field. A file that cannot be read fails at once with InvalidState
    /// (`clerkqt_file_unreadable`). Result: the User, whose imageUrl is the new image.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::User> *setProfileImage(const QUrl &file);
    /// Uploads `image` as a PNG. A null image fails at once with InvalidState (`clerkqt_image_invalid`).
    /// Result: the User.
    Clerk::ReplyOf<Clerk::User> *setProfileImage(const QImage &image);
    /// Removes the user's own image (`DELETE /v1/me/profile_image`); Clerk's default image takes its place.
    /// Result: the User.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::User> *removeProfileImage();

    // ---- Two-factor -------------------------------------------------------------------------------------------
    /// Starts an authenticator-app enrolment (`POST /v1/me/totp`). Result: the TotpSetup with the secret and
    /// the `otpauth://` URI; continue with verifyTotp().
    Q_INVOKABLE Clerk::ReplyOf<Clerk::TotpSetup> *createTotp();
    /// Finishes the enrolment with a code from the app (sent trimmed). Result: the verified TotpSetup, with
    /// backup codes when this was the user's first second factor.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::TotpSetup> *verifyTotp(const QString &code);
    /// Removes the authenticator app (`DELETE /v1/me/totp`). Result: none.
    Q_INVOKABLE Clerk::ReplyOf<void> *disableTotp();
    /// Makes a new set of backup codes (the old ones stop working). Show them once. Result: the codes.
    Q_INVOKABLE Clerk::ReplyOf<QStringList> *createBackupCodes();

    // ---- Connected accounts and devices -----------------------------------------------------------------------

    // Connected accounts (the list is Auth::user().externalAccounts)
    /// Connects another provider (`oauth_google`, …): `POST /v1/me/external_accounts`, then the provider in the
    /// browser as Auth::signInWithOAuth() does (Auth::authorizeWithBrowser, AuthConfig::openUrl, the loopback
    /// listener), then the user is reloaded. Fails with Canceled on Auth::cancelOAuth(), abort() or timeout.
    /// Only one OAuth flow runs at a time, sign-ins included (`clerkqt_oauth_in_progress`). A provider the
    /// instance does not enable fails with Clerk's `oauth_provider_not_enabled`; a provider account that
    /// belongs to another user with `external_account_exists`. Result: the connected ExternalAccount.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::ExternalAccount> *connectExternalAccount(const QString &strategy);
    /// connectExternalAccount() with the redirect and timeout of `options` (e.g. the app's own URL scheme,
    /// whose redirect the app passes to Auth::handleOAuthRedirect()).
    Clerk::ReplyOf<Clerk::ExternalAccount> *connectExternalAccount(const QString &strategy,
                                                                  const Clerk::OAuthOptions &options);
    /// Asks the provider again (`PATCH …/external_accounts/{id}/reauthorize`), e.g. after Clerk marked the
    /// account's verification expired; same browser round trip. Result: the ExternalAccount.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::ExternalAccount> *reauthorizeExternalAccount(const QString &externalAccountId);
    /// reauthorizeExternalAccount() with the redirect and timeout of `options`.
    Clerk::ReplyOf<Clerk::ExternalAccount> *reauthorizeExternalAccount(const QString &externalAccountId,
                                                                      const Clerk::OAuthOptions &options);
    /// Disconnects the account (`DELETE /v1/me/external_accounts/{id}`). Result: none.
    Q_INVOKABLE Clerk::ReplyOf<void> *disconnectExternalAccount(const QString &externalAccountId);

    // Devices
    /// The user's active sessions on every device (`GET /v1/me/sessions/active`), which deviceSessions() holds
    /// afterwards. Result: the list.
    Q_INVOKABLE Clerk::ReplyOf<QList<Clerk::DeviceSession>> *loadDeviceSessions();
    /// Signs another device out (`POST /v1/me/sessions/{id}/revoke`): that client is signed out on its next
    /// request. Revoking this device's own session signs this client out. Result: none; deviceSessions() no
    /// longer lists it.
    Q_INVOKABLE Clerk::ReplyOf<void> *revokeSession(const QString &sessionId);
    /// What loadDeviceSessions() last returned; empty before, and after sign-out.
    QList<DeviceSession> deviceSessions() const;

    // ---- Deletion ---------------------------------------------------------------------------------------------
    /// Deletes the user (`DELETE /v1/me`) where User::deleteSelfEnabled; then this client is signed out and its
    /// keychain entry is removed, as by Auth::signOut(). Result: none.
    Q_INVOKABLE Clerk::ReplyOf<void> *deleteAccount();

Q_SIGNALS:
    /// deviceSessions() changed.
    void deviceSessionsChanged();

private:
    friend class Auth;
    explicit Account(Auth *auth);
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
