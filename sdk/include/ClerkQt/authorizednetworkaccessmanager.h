// Clerk::AuthorizedNetworkAccessManager — a QNetworkAccessManager that signs the app's own API calls.
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

/// Use it like any QNetworkAccessManager. Requests to an allowed origin (scheme, host and port, exactly) get
/// `Authorization: Bearer <session token>`: the manager waits for a fresh token when the cached one is within
/// its leeway, and when the API answers 401 it fetches a new token once (skipCache) and replays the request
/// once — body included — before the caller sees anything. Requests to any other origin are sent untouched:
/// the session token never leaves for a host the app did not name.
///
/// When there is no session, a request to an allowed origin is not sent; its reply fails with
/// QNetworkReply::AuthenticationRequiredError and clerkError(reply) says why.
///
/// Bodies are read completely before the first attempt (so they can be replayed); stream large uploads
/// through a plain QNetworkAccessManager with Auth::authorize() instead.
class CLERKQT_EXPORT AuthorizedNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
    Q_PROPERTY(QList<QUrl> allowedOrigins READ allowedOrigins WRITE setAllowedOrigins NOTIFY allowedOriginsChanged)
public:
    explicit AuthorizedNetworkAccessManager(Auth *auth, QObject *parent = nullptr);
    ~AuthorizedNetworkAccessManager() override;

    QList<QUrl> allowedOrigins() const;
    /// Only scheme, host and port of each URL count; paths are ignored.
    void setAllowedOrigins(const QList<QUrl> &origins);
    bool isAllowed(const QUrl &url) const;

    /// The Clerk error behind a reply of this manager that failed before or instead of reaching the API
    /// (no session, token refresh failed); null otherwise.
    static Error clerkError(const QNetworkReply *reply);

Q_SIGNALS:
    void allowedOriginsChanged();

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    friend class AuthorizedReply;
    QNetworkReply *sendNow(Operation op, const QNetworkRequest &request, const QByteArray &body);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
