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

    /// Keychain service name the client token is stored under. Give each app its own (e.g. its reverse-DNS
    /// name): apps that share a service and a publishable key share the stored session. The entry's account key
    /// is "clerk-qt-client:" + hex(first 16 bytes of SHA-256(UTF-8 of keychainService + "\n" + keychainAppId +
    /// "\n" + publishableKey))), each trimmed — the service is in the key because QtKeychain's Windows back end
    /// ignores the service name, and several instances can share one service. An entry stored by an older
    /// clerk-qt under "client-token:" + hex(first 16 bytes of SHA-256(publishable key)) is moved to the new key
    /// on the first start that finds no entry under it (written first, then the old one deleted, so a failure
    /// half-way loses nothing and a later start finishes the move).
    QString keychainService = QStringLiteral("clerk-qt");

    /// Tells apart builds or apps that share keychainService and publishableKey (e.g. a dev and a release build
    /// of one app, or the same service name on Windows, where the service alone does not separate entries).
    /// Empty (the default) = the entry depends on the service and the publishable key only. It is not derived
    /// from QCoreApplication: the app's name is often set after Auth is made or differs between the binaries of
    /// one app (tests, helper processes), and a change of it would silently sign the user out.
    QString keychainAppId;

    /// Keep the client token in the OS keychain (default). false = the session lives for this run only.
    bool persistSession = true;

    /// Bound on every keychain job. Negative (the default) = the platform's policy, and Auth::config() reports
    /// the value it chose: on macOS no bound (0), because a read may show a permission prompt the user takes
    /// their time with, and abandoning the job would not help — QtKeychain runs jobs one at a time, so later
    /// jobs would still wait behind it; elsewhere 10 s, because Linux's Secret Service can hang for good and
    /// Windows never prompts. Zero = no bound; positive = this bound, which failing reports a Keychain error
    /// `clerkqt_keychain_timeout` and keeps the session in memory for the run. Whatever the bound, a job
    /// unanswered after a second sets Auth::isKeychainWaiting() while status() stays Loading.
    std::chrono::milliseconds keychainTimeout{-1};

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
