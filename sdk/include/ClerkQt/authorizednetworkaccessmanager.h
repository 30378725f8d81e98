/// @file
/// Clerk::AuthorizedNetworkAccessManager — a QNetworkAccessManager that signs the app's own API calls.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace Clerk {

class Auth;

/// A QNetworkAccessManager that adds the Auth's session token to requests for the app's own API.
///
/// Use it like any QNetworkAccessManager. Requests to an allowed origin (scheme, host and port, exactly) get
/// `Authorization: Bearer <session token>`: the manager waits for a fresh token when the cached one is within
/// its leeway, and when the API answers 401 it fetches a new token once (skipCache) and replays the request
/// once — body included — before the caller sees anything. Requests to any other origin are sent untouched:
/// the session token never leaves for a host the app did not name.
///
/// When the API answers 403 with Clerk's reverification hint (`{"clerk_error": {"type": "forbidden", "reason":
/// "reverification-error", "metadata": {"reverification": {"level": …, "afterMinutes": …}}}}`, or one of Clerk's
/// presets `strict_mfa`, `strict`, `moderate`, `lax` as `reverification`), the reply is held back and the Auth's
/// Reverification is asked for a step-up at that level (Reverification::request(): `requested`, required()).
/// When it completes, the request is sent once more with a fresh token; when it is canceled — or nothing is
/// connected to Reverification::required() to ask the user — the caller gets the 403 as it came. A request is
/// stepped up at most once; a 403 after the replay is delivered.
///
/// When there is no session, a request to an allowed origin is not sent; its reply fails with
/// QNetworkReply::AuthenticationRequiredError and clerkError(reply) says why. While the Auth is offline
/// (Auth::isOffline()), a request to an allowed origin waits for the network as Auth::getToken() does, and fails
/// the same way (clerkError() code `clerkqt_offline`) when AuthConfig::requestTimeout passes first.
///
/// Redirects of a request to an allowed origin are followed as QNetworkAccessManager follows them — by the
/// request's QNetworkRequest::RedirectPolicyAttribute, else redirectPolicy(), and maximumRedirectsAllowed() — but
/// the token goes only where it may: a hop to an allowed origin carries it, a hop to any other origin is sent
/// without an Authorization header (as browsers and curl do), and once a chain has left the allowed origins no
/// later hop carries the token again, even back on an allowed origin, so that a server the app did not name cannot
/// choose which API request gets signed. A 401 after a redirect replays that hop. The reply's url() is the last
/// hop's and redirected() is emitted for each hop. To get the 3xx itself, use QNetworkRequest::ManualRedirectPolicy;
/// to approve each hop, QNetworkRequest::UserVerifiedRedirectPolicy and QNetworkReply::redirectAllowed().
///
/// The reply emits encrypted(), sslErrors() and preSharedKeyAuthenticationRequired() (and the manager its
/// signals of the same names) and honours ignoreSslErrors(), whether called from a slot connected to sslErrors() or
/// before the request is sent; like Qt's own redirects, a replay or a redirect keeps what was ignored.
///
/// Bodies are read completely before the first attempt (so they can be replayed); stream large uploads
/// through a plain QNetworkAccessManager with Auth::authorize() instead.
///
/// Like the Auth, it belongs to the thread that creates it. The allowed origins are also the QML property
/// `allowedOrigins`.
class CLERKQT_EXPORT AuthorizedNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
    Q_PROPERTY(QList<QUrl> allowedOrigins READ allowedOrigins WRITE setAllowedOrigins NOTIFY allowedOriginsChanged)
public:
    /// Signs requests with `auth`'s session token. `auth` is not owned; once it is destroyed, requests to
    /// allowed origins fail with AuthenticationRequiredError (clerkError() code `clerkqt_signed_out`). No origin
    /// is allowed until setAllowedOrigins() is called.
    explicit AuthorizedNetworkAccessManager(Auth *auth, QObject *parent = nullptr);
    ~AuthorizedNetworkAccessManager() override;

    /// The origins whose requests carry the session token, normalized to scheme, host and port (lower case;
    /// port 443 for https and 80 otherwise when the URL names none).
    QList<QUrl> allowedOrigins() const;
    /// Only scheme, host and port of each URL count; paths are ignored. URLs without a host are dropped. Applies
    /// to requests created afterwards; emits allowedOriginsChanged() when the normalized list changes.
    void setAllowedOrigins(const QList<QUrl> &origins);
    /// Whether a request to `url` would carry the session token: its origin is one of allowedOrigins().
    bool isAllowed(const QUrl &url) const;

    /// The Clerk error behind a reply of this manager that failed before or instead of reaching the API
    /// (no session, token refresh failed); null otherwise.
    static Error clerkError(const QNetworkReply *reply);

Q_SIGNALS:
    /// allowedOrigins() changed.
    void allowedOriginsChanged();

protected:
    /// Requests to an allowed origin get the reply described above (the body is read completely first); all
    /// others go to QNetworkAccessManager::createRequest() untouched.
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    friend class AuthorizedReply;
    QNetworkReply *sendNow(Operation op, const QNetworkRequest &request, const QByteArray &body);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
