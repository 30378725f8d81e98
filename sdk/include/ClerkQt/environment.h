/// @file
/// What the Clerk instance offers, from its `/v1/environment`: OAuthProvider, UserSettings.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

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

/// What the instance lets a user have and change (`user_settings` of `/v1/environment`): which fields a sign-up
/// form asks for and which of them are required, which identifiers and strategies a sign-in form offers, and which
/// pages a profile screen shows. Auth::userSettings(), known after Auth::loadEnvironment(); all false (empty)
/// before. The legal links come from the environment's `display_config`, not from `user_settings`.
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
    Q_PROPERTY(bool emailAddressRequired MEMBER emailAddressRequired)
    Q_PROPERTY(bool phoneNumberRequired MEMBER phoneNumberRequired)
    Q_PROPERTY(bool usernameRequired MEMBER usernameRequired)
    Q_PROPERTY(bool firstNameRequired MEMBER firstNameRequired)
    Q_PROPERTY(bool lastNameRequired MEMBER lastNameRequired)
    Q_PROPERTY(bool emailAddressUsedForSignIn MEMBER emailAddressUsedForSignIn)
    Q_PROPERTY(bool phoneNumberUsedForSignIn MEMBER phoneNumberUsedForSignIn)
    Q_PROPERTY(bool usernameUsedForSignIn MEMBER usernameUsedForSignIn)
    Q_PROPERTY(bool emailCodeEnabled MEMBER emailCodeEnabled)
    Q_PROPERTY(bool emailLinkEnabled MEMBER emailLinkEnabled)
    Q_PROPERTY(bool phoneCodeEnabled MEMBER phoneCodeEnabled)
    Q_PROPERTY(bool legalConsentEnabled MEMBER legalConsentEnabled)
    Q_PROPERTY(QUrl termsUrl MEMBER termsUrl)
    Q_PROPERTY(QUrl privacyPolicyUrl MEMBER privacyPolicyUrl)
    Q_PROPERTY(QString signUpMode MEMBER signUpMode)
    Q_PROPERTY(bool enterpriseSsoEnabled MEMBER enterpriseSsoEnabled)
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
    // What a sign-up must supply: Clerk lists a required field that is not supplied yet in
    // SignUpAttempt::missingFields.
    bool emailAddressRequired = false; ///< `attributes.email_address.required`
    bool phoneNumberRequired = false;  ///< `attributes.phone_number.required`
    bool usernameRequired = false;     ///< `attributes.username.required`
    bool firstNameRequired = false;    ///< `attributes.first_name.required`
    bool lastNameRequired = false;     ///< `attributes.last_name.required`
    // What a sign-in form may take as its identifier.
    bool emailAddressUsedForSignIn = false; ///< `attributes.email_address.used_for_first_factor`
    bool phoneNumberUsedForSignIn = false;  ///< `attributes.phone_number.used_for_first_factor`
    bool usernameUsedForSignIn = false;     ///< `attributes.username.used_for_first_factor`
    // Which one-time-code and link strategies a sign-in may offer.
    bool emailCodeEnabled = false; ///< `attributes.email_address.first_factors` has `email_code`
    bool emailLinkEnabled = false; ///< `attributes.email_address.first_factors` has `email_link`
    bool phoneCodeEnabled = false; ///< `attributes.phone_number.first_factors` has `phone_code`
    /// `sign_up.legal_consent_enabled`: a sign-up needs SignUpParams::legalAccepted (until then Clerk lists
    /// `legal_accepted` in SignUpAttempt::missingFields)
    bool legalConsentEnabled = false;
    QUrl termsUrl;         ///< `display_config.terms_url` of the environment; empty when the instance has none
    QUrl privacyPolicyUrl; ///< `display_config.privacy_policy_url` of the environment; empty when it has none
    /// `sign_up.mode`: "public" (anyone may sign up), "restricted" (invitations only) or "waitlist"
    QString signUpMode;
    bool enterpriseSsoEnabled = false; ///< `enterprise_sso.enabled`
    bool loaded = false;              ///< The environment has been read
    QJsonObject raw;                  ///< Clerk's complete `user_settings`

private:
    auto tied() const { return std::tie(emailAddressEnabled, phoneNumberEnabled, usernameEnabled, firstNameEnabled, lastNameEnabled, passwordEnabled, passwordRequired, passwordMinLength, totpEnabled, backupCodeEnabled, phoneSecondFactorEnabled, deleteSelfEnabled, emailAddressRequired, phoneNumberRequired, usernameRequired, firstNameRequired, lastNameRequired, emailAddressUsedForSignIn, phoneNumberUsedForSignIn, usernameUsedForSignIn, emailCodeEnabled, emailLinkEnabled, phoneCodeEnabled, legalConsentEnabled, termsUrl, privacyPolicyUrl, signUpMode, enterpriseSsoEnabled, loaded, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const UserSettings &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const UserSettings &o) const { return !(*this == o); }
};

} // namespace Clerk
