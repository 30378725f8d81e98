// The FAPI client: the one place that builds every Frontend API request and reads every answer.
#pragma once

#include "resources_p.h"

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>

#include <QByteArray>
#include <QHash>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Clerk {

/// Form fields (or extra query parameters) in the order they are sent. Values are sent as given — callers
/// leave out empty ones, except where Clerk gives an empty value a meaning (active_organization_id).
using FormFields = QList<QPair<QString, QString>>;

/// One file sent as `multipart/form-data` (Clerk's profile image upload takes its `file` field so).
struct FapiFilePart
{
    QString field;          ///< the form field, e.g. "file"
    QString fileName;       ///< the `filename` of its Content-Disposition
    QByteArray contentType; ///< e.g. "image/png"
    QByteArray bytes;
};

struct FapiRequest
{
    QByteArray method = "GET"; ///< GET, POST, PATCH, DELETE (real verbs, as the native SDKs send them)
    QString path;              ///< below the base URL, e.g. "/client/sign_ins"
    FormFields form;           ///< body, application/x-www-form-urlencoded
    std::optional<FapiFilePart> file; ///< when set, the body is this part as multipart/form-data (`form` unused)
    FormFields query;          ///< extra query parameters
    QString sessionId;         ///< `_clerk_session_id` (act for this session)
    QString description;       ///< for logs: "POST /client/sign_ins" when empty
    std::chrono::milliseconds timeout{0}; ///< transfer timeout; 0 = the client's default
};

struct FapiResult
{
    int httpStatus = 0;
    Error error;                 ///< null on success
    FapiEnvelope envelope;       ///< parsed body of a successful answer
    bool clientUpdated = false;  ///< the answer carried a client and clientReceived() was emitted
};

class FapiClient : public QObject
{
    Q_OBJECT
public:
    /// `nam` is used if given (not owned); otherwise the client makes its own.
    FapiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, std::chrono::milliseconds timeout,
               QObject *parent = nullptr);
    ~FapiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }

    /// The client token sent in `Authorization` (empty: none yet; the next answer creates a client).
    QString clientToken() const { return m_clientToken; }
    /// Sets the token without emitting clientTokenChanged (restore from the keychain, sign-out). Answers to
    /// requests sent before are stale from then on: their token and client are ignored and they fail with
    /// InvalidState "clerkqt_superseded".
    void setClientToken(const QString &token)
    {
        m_clientToken = token;
        ++m_generation;
    }

    using Callback = std::function<void(const FapiResult &)>;
    /// Identifies one request of this client, for abort(); never 0.
    using RequestId = quint64;
    /// Sends `request`; `done` runs (unless `context` is gone) after the client model signals were emitted.
    RequestId send(const FapiRequest &request, const QObject *context, Callback done);

    /// Aborts request `id` if it is still in flight — the connection's transfer really stops — and drops its
    /// callback: `done` does not run, nothing of the answer is applied. The caller that aborts is the one that
    /// reports the outcome (Reply::abort()). Returns whether the request was still in flight.
    bool abort(RequestId id);
    /// Aborts every request in flight (their callbacks get a Network error "clerkqt_aborted").
    void abortAll();
    /// How many requests are in flight.
    int inFlightCount() const { return int(m_inFlight.size()); }

    static QByteArray encodeForm(const FormFields &fields);
    /// `part` as a multipart/form-data body (RFC 7578) delimited by `boundary`.
    static QByteArray encodeMultipart(const FapiFilePart &part, const QByteArray &boundary);
    /// The version Clerk's protocol sees from us, see fapiclient.cpp.
    static QString sdkVersion();

Q_SIGNALS:
    /// A new client token arrived (first client, rotation); empty = the server dropped the client.
    void clientTokenChanged(const QString &token);
    /// An answer carried the client (`client`, or the `response` of /client); `client` empty = no client.
    void clientReceived(const QJsonObject &client);
    /// Every answer's `Date` header: the token engine learns the server's clock from it.
    void serverDateObserved(const QDateTime &date);
    /// 401 `signed_out`: the client token no longer has a valid session.
    void signedOut(const Clerk::Error &error);

private:
    void handleReply(QNetworkReply *reply, const QString &sentToken, quint64 generation, const QString &what,
                     const QPointer<const QObject> &context, const Callback &done);

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout;
    QString m_clientToken;
    quint64 m_generation = 0;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QHash<RequestId, QPointer<QNetworkReply>> m_byId;
    RequestId m_lastId = 0;
};

} // namespace Clerk
