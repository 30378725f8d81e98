/// @file
/// Clerk::AuthConfig — everything Auth needs to know before it starts.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace Clerk {

/// Configuration of one Auth. A plain value: fill it in, hand it to the Auth constructor or Auth::setConfig().
///
/// Only publishableKey is required; the defaults suit a desktop app talking to Clerk.
struct CLERKQT_EXPORT AuthConfig
{
    /// `pk_test_…` / `pk_live_…` from the Clerk dashboard. The Frontend API host is derived from it; a key that
    /// does not decode is a Configuration error on Auth::backgroundError() and every operation fails with it.
    QString publishableKey;

    /// Optional override of the Frontend API base URL (e.g. "http://127.0.0.1:4123/v1" for the emulator).
    /// Must be https, except for loopback hosts (127.0.0.0/8, ::1, localhost), with no credentials, query or
    /// fragment; otherwise it is a Configuration error like a bad key. A trailing "/v1" is added when missing.
    QUrl fapiBaseUrl;

    /// Keychain service name the client token is stored under. The account key is derived from the
    /// publishable key, so several instances can share one service.
    QString keychainService = QStringLiteral("clerk-qt");

    /// Keep the client token in the OS keychain (default). false = the session lives for this run only.
    bool persistSession = true;

    /// Bound on every keychain job; a stuck Secret Service must not block Auth forever.
    std::chrono::milliseconds keychainTimeout{10000};

    /// Network transfer timeout per FAPI request.
    std::chrono::milliseconds requestTimeout{30000};

    /// A QNetworkAccessManager to reuse (not owned; must outlive the Auth). nullptr = Auth creates its own.
    QNetworkAccessManager *networkAccessManager = nullptr;

    // --- Token engine ---------------------------------------------------------------------------------------

    /// Keep the active session's token fresh in the background (default): a single-shot timer fetches a new one
    /// refreshLeadTime before it expires, and failed fetches retry with backoff. false = no background fetch:
    /// Auth::sessionToken() is the token that comes with Clerk's client responses and goes empty when it
    /// expires; Auth::getToken() still fetches on demand.
    bool tokenPolling = true;
    /// How long before expiry the active session's token is refreshed; at most a quarter of the token's lifetime
    /// is used for short-lived tokens. Also the default leeway of Auth::getToken().
    std::chrono::milliseconds refreshLeadTime{10000};
    /// The local clock (UTC). Empty = QDateTime::currentDateTimeUtc. Expiry is judged by the server's clock,
    /// learned from response `Date` headers relative to this one. For tests.
    std::function<QDateTime()> clock;

    /// Opens the OAuth provider's page. Empty = the system browser (QDesktopServices::openUrl), unless the app
    /// handles Auth::authorizeWithBrowser, as Qt NetworkAuth's contract has it. Returning
    /// false fails the sign-in with a Configuration error (`clerkqt_browser_unavailable`).
    std::function<bool(const QUrl &)> openUrl;

    /// Delay before the first retry of an offline start; doubles up to restoreRetryMax. A 429 waits at least
    /// its `Retry-After`.
    std::chrono::milliseconds restoreRetryInitial{1000};
    /// Upper bound of the retry delay of an offline start.
    std::chrono::milliseconds restoreRetryMax{60000};
};

} // namespace Clerk
