/// @file
/// What the Clerk instance offers, from its `/v1/environment`: OAuthProvider.
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

} // namespace Clerk
