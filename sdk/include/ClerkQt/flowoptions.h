/// @file
/// Clerk::OAuthOptions and Clerk::EmailLinkOptions — how the browser-based flows of Auth and Account wait.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QUrl>

#include <chrono>

namespace Clerk {

/// How Auth::signInWithOAuth() (and Account::connectExternalAccount(), reauthorizeExternalAccount()) gets the
/// browser back to the app.
struct CLERKQT_EXPORT OAuthOptions
{
    /// Empty: a one-shot listener on `http://127.0.0.1:<free port>/callback`. Otherwise a URL of a scheme the app
    /// registered with the OS (e.g. "com.example.app://oauth"); the app passes what it receives to
    /// Auth::handleOAuthRedirect().
    QUrl redirectUrl;
    /// The user has this long to finish in the browser; then the reply fails with Error::Kind::Canceled
    /// (`clerkqt_oauth_timeout`).
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
};

/// How Auth::signInWithEmailLink() waits for the user to open the link Clerk emailed.
struct CLERKQT_EXPORT EmailLinkOptions
{
    /// Where the link sends the browser once Clerk has verified it. Empty: a one-shot listener on
    /// `http://127.0.0.1:<free port>/callback`, which ends the wait at once when the link is opened on this
    /// computer. Otherwise a URL of a scheme the app registered with the OS; the app passes what it receives to
    /// Auth::handleEmailLinkRedirect(). Either way, a link opened on another device is noticed by polling.
    QUrl redirectUrl;
    /// The user has this long to open the link; then the reply fails with Error::Kind::Canceled
    /// (`clerkqt_email_link_timeout`). Clerk's links expire after ten minutes.
    std::chrono::milliseconds timeout{std::chrono::minutes(10)};
    /// How often the sign-in is read (`GET /v1/client/sign_ins/{id}`) while waiting.
    std::chrono::milliseconds pollInterval{std::chrono::seconds(2)};
};

} // namespace Clerk
