/// @file
/// What the Clerk instance offers, from its `/v1/environment`: OAuthProvider, UserSettings.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <tuple>

namespace Clerk {

/// A social sign-in provider the instance has enabled (an entry of `user_settings.social`).
///
/// A value type, readable from QML: every field except `raw` is a property of the same name.
struct CLERKQT_EXPORT OAuthProvider
{
    Q_GADGET
    Q_PROPERTY(QString strategy MEMBER strategy)
    Q_PROPERTY(QString provider MEMBER provider)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString logoUrl MEMBER logoUrl)
    Q_PROPERTY(bool required MEMBER required)
    Q_PROPERTY(bool blockEmailSubaddresses MEMBER blockEmailSubaddresses)
public:
    QString strategy; ///< Clerk's strategy, e.g. "oauth_google": what Auth::signInWithOAuth() takes
    QString provider; ///< The strategy without its "oauth_" prefix, e.g. "google", "custom_acme"
    QString name;     ///< Display name, e.g. "Google"; the strategy when Clerk sent none
    QString logoUrl;  ///< The provider's logo, as Clerk serves it; empty if not sent
    bool required = false; ///< Sign-up requires an account with this provider
    /// Sign-ups through this provider refuse email addresses with a `+subaddress`.
    bool blockEmailSubaddresses = false;
    QJsonObject raw; ///< Clerk's complete JSON of the provider

private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(strategy, provider, name, logoUrl, required, blockEmailSubaddresses, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const OAuthProvider &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const OAuthProvider &o) const { return !(*this == o); }
};

/// What the instance lets a user have and change (`user_settings` of `/v1/environment`): which pages a profile
/// screen shows. Auth::userSettings(), known after Auth::loadEnvironment(); all false before.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name.
struct CLERKQT_EXPORT UserSettings
{
    Q_GADGET
    Q_PROPERTY(bool emailAddressEnabled MEMBER emailAddressEnabled)
    Q_PROPERTY(bool phoneNumberEnabled MEMBER phoneNumberEnabled)
    Q_PROPERTY(bool usernameEnabled MEMBER usernameEnabled)
    Q_PROPERTY(bool firstNameEnabled MEMBER firstNameEnabled)
    Q_PROPERTY(bool lastNameEnabled MEMBER lastNameEnabled)
    Q_PROPERTY(bool passwordEnabled MEMBER passwordEnabled)
    Q_PROPERTY(bool passwordRequired MEMBER passwordRequired)
    Q_PROPERTY(int passwordMinLength MEMBER passwordMinLength)
    Q_PROPERTY(bool totpEnabled MEMBER totpEnabled)
    Q_PROPERTY(bool backupCodeEnabled MEMBER backupCodeEnabled)
    Q_PROPERTY(bool phoneSecondFactorEnabled MEMBER phoneSecondFactorEnabled)
    Q_PROPERTY(bool deleteSelfEnabled MEMBER deleteSelfEnabled)
    Q_PROPERTY(bool loaded MEMBER loaded)
public:
    bool emailAddressEnabled = false; ///< `attributes.email_address.enabled`
    bool phoneNumberEnabled = false;  ///< `attributes.phone_number.enabled`
    bool usernameEnabled = false;     ///< `attributes.username.enabled`
    bool firstNameEnabled = false;    ///< `attributes.first_name.enabled`
    bool lastNameEnabled = false;     ///< `attributes.last_name.enabled`
    bool passwordEnabled = false;     ///< `attributes.password.enabled`
    bool passwordRequired = false;    ///< `attributes.password.required`: Account::removePassword() is refused
    int passwordMinLength = 0;        ///< `password_settings.min_length`
    bool totpEnabled = false;         ///< `attributes.authenticator_app.enabled`
    bool backupCodeEnabled = false;   ///< `attributes.backup_code.enabled`
    /// `attributes.phone_number.second_factors` has `phone_code`: a reserved number is a second factor
    bool phoneSecondFactorEnabled = false;
    bool deleteSelfEnabled = false;   ///< `actions.delete_self`
    bool loaded = false;              ///< The environment has been read
    QJsonObject raw;                  ///< Clerk's complete `user_settings`

private:
    auto tied() const { return std::tie(emailAddressEnabled, phoneNumberEnabled, usernameEnabled, firstNameEnabled, lastNameEnabled, passwordEnabled, passwordRequired, passwordMinLength, totpEnabled, backupCodeEnabled, phoneSecondFactorEnabled, deleteSelfEnabled, loaded, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const UserSettings &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const UserSettings &o) const { return !(*this == o); }
};

} // namespace Clerk
