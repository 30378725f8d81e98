#include "fapiclient_p.h"

#include <ClerkQt/version.h>

#include "logging_p.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>

namespace Clerk {

namespace {

/// "clerk-qt/<version> (<platform>; Qt <version>)": Clerk shows the product as the "browser" of a session and reads
/// the platform where browsers put theirs, so the user's device list can say which of their computers this is.
QString userAgent()
{
    const QString kernel = QSysInfo::kernelType();
    QString platform = kernel;
    if (kernel == QLatin1String("linux"))
        platform = QStringLiteral("Linux");
    else if (kernel == QLatin1String("winnt"))
        platform = QStringLiteral("Windows");
    else if (kernel == QLatin1String("darwin"))
        platform = QStringLiteral("Macintosh");
    return QStringLiteral("clerk-qt/%1 (%2; Qt %3)")
        .arg(FapiClient::sdkVersion(), platform, QString::fromLatin1(qVersion()));
}

// What identifies us to the Frontend API, following the reference notes on Clerk's native SDKs:
//  - `_is_native=1` on every request: native client (client token in the Authorization header, no cookies).
//  - `clerk-api-version: 2026-05-12`: the API version whose shapes we parse (the recorded spec's version).
//  - `_clerk_js_version=<protocol level>`: Clerk's SDKs that speak clerk-js's protocol send the clerk-js
//    version whose behaviour they expect (Clerk's Dart SDK sends a fixed "4.70.0", not its own version).
//    It is a protocol-compatibility level, not our release number, so we send the same fixed level.
//  - our own release travels separately in `x-clerk-qt-version`, as the Dart SDK sends
//    `x-flutter-sdk-version`, so Clerk can tell clerk-qt traffic apart without affecting behaviour.
constexpr char kApiVersion[] = "2026-05-12";
constexpr char kClerkJsCompatVersion[] = "4.70.0";

QString stripBearer(QString value)
{
    value = value.trimmed();
    if (value.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0)
        return {};
    if (value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        value = value.mid(7).trimmed();
    return value;
}

QByteArray encodePairs(const FormFields &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        // toPercentEncoding leaves only unreserved characters: '+' becomes %2B, space %20.
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

} // namespace

FapiClient::FapiClient(QNetworkAccessManager *nam, const QUrl &baseUrl, std::chrono::milliseconds timeout,
                       QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(baseUrl)
    , m_timeout(timeout)
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
}

FapiClient::~FapiClient()
{
    // Replies of a shared QNetworkAccessManager outlive us: detach them so no callback reaches a dead object.
    for (const auto &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QString FapiClient::sdkVersion()
{
    return Clerk::version();
}

QByteArray FapiClient::encodeForm(const FormFields &fields)
{
    return encodePairs(fields);
}

QByteArray FapiClient::encodeMultipart(const FapiFilePart &part, const QByteArray &boundary)
{
    // Quotes and line breaks cannot be escaped portably in a Content-Disposition parameter; the name is only
    // a hint to the server, so they are dropped.
    auto quoted = [](QString text) {
        text.remove(QLatin1Char('"')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        return text.toUtf8();
    };
    QByteArray out = "--" + boundary + "\r\n";
    out += "Content-Disposition: form-data; name=\"" + quoted(part.field) + "\"; filename=\"" + quoted(part.fileName)
        + "\"\r\n";
    out += "Content-Type: " + (part.contentType.isEmpty() ? QByteArray("application/octet-stream") : part.contentType)
        + "\r\n\r\n";
    out += part.bytes;
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

FapiClient::RequestId FapiClient::send(const FapiRequest &request, const QObject *context, Callback done)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    FormFields query{{QStringLiteral("_is_native"), QStringLiteral("1")},
                     {QStringLiteral("_clerk_js_version"), QString::fromLatin1(kClerkJsCompatVersion)}};
    if (!request.sessionId.isEmpty())
        query.append({QStringLiteral("_clerk_session_id"), request.sessionId});
    query += request.query;
    url.setQuery(QString::fromLatin1(encodePairs(query)), QUrl::StrictMode);

    QNetworkRequest req(url);
    req.setRawHeader("clerk-api-version", kApiVersion);
    req.setRawHeader("x-clerk-qt-version", sdkVersion().toLatin1());
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    const QString sentToken = m_clientToken;
    if (!sentToken.isEmpty())
        req.setRawHeader("Authorization", sentToken.toUtf8()); // no "Bearer": Clerk's native convention
    // Our credentials are in a header we control: never store or send cookies, never follow redirects.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(int((request.timeout.count() > 0 ? request.timeout : m_timeout).count()));

    QNetworkReply *reply = nullptr;
    if (request.method == "GET") {
        reply = m_nam->get(req);
    } else if (request.file) {
        // A random boundary cannot occur in an image by accident in any practical sense (128 bits).
        const QByteArray boundary = "clerkqt-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        req.setRawHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
        reply = m_nam->sendCustomRequest(req, request.method, encodeMultipart(*request.file, boundary));
    } else if (request.form.isEmpty()) {
        // No body at all rather than an empty one: Qt hands any body, even an empty one, from this thread to
        // its HTTP thread and back in pieces — two more wake-ups of each per request (a token refresh, issue #22).
        req.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        reply = m_nam->sendCustomRequest(req, request.method);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_nam->sendCustomRequest(req, request.method, encodePairs(request.form));
    }
    const QString what = request.description.isEmpty()
        ? QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path
        : request.description;
    qCDebug(lcFapi) << "->" << what;
    m_inFlight.append(reply);
    const RequestId id = ++m_lastId;
    m_byId.insert(id, reply);
    QPointer<const QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, id, reply, sentToken, generation = m_generation, what, guard, done = std::move(done)] {
                m_byId.remove(id);
                handleReply(reply, sentToken, generation, what, guard, done);
            });
    return id;
}

bool FapiClient::abort(RequestId id)
{
    const QPointer<QNetworkReply> reply = m_byId.take(id);
    if (!reply)
        return false;
    m_inFlight.removeAll(reply);
    // Disconnected first: abort() emits finished() synchronously, and this request's answer must not be applied.
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    qCDebug(lcFapi) << "request" << id << "aborted";
    return true;
}

void FapiClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const auto &reply : replies) {
        if (reply) {
            reply->setProperty("clerkqt_aborted", true);
            reply->abort();
        }
    }
}

void FapiClient::handleReply(QNetworkReply *reply, const QString &sentToken, quint64 generation, const QString &what,
                             const QPointer<const QObject> &context, const Callback &done)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();

    FapiResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A reset or aborted reply is closed: reading it would only make Qt warn ("device not open").
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (generation != m_generation) {
        // Sent for a client this device has since forgotten or replaced (sign-out, restore): its token and
        // client must not come back.
        qCInfo(lcFapi) << "<-" << what << "ignored: the client changed while it was in flight";
        result.error = Error(Error::Kind::InvalidState, QStringLiteral("clerkqt_superseded"),
                             QStringLiteral("The client changed (sign-out) while the request was in flight."), {},
                             result.httpStatus);
        if (context && done)
            done(result);
        return;
    }

    if (result.httpStatus > 0 && reply->hasRawHeader("Date")) {
        // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take; it is the +0000 zone.
        QString text = QString::fromLatin1(reply->rawHeader("Date")).trimmed();
        if (text.endsWith(QLatin1String(" GMT")))
            text = text.chopped(4) + QLatin1String(" +0000");
        const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
        if (date.isValid())
            Q_EMIT serverDateObserved(date);
    }

    // 1. The client token. Any answer may carry a rotated one; adopt it only while ours is still the one
    //    this request was sent with, so a slow older answer cannot overwrite a newer token.
    if (result.httpStatus > 0 && reply->hasRawHeader("Authorization")) {
        const QString received = stripBearer(QString::fromUtf8(reply->rawHeader("Authorization")));
        if (m_clientToken == sentToken) {
            if (received.isEmpty()) {
                if (!m_clientToken.isEmpty()) {
                    qCInfo(lcToken) << "the server dropped this client (empty Authorization) on" << what;
                    m_clientToken.clear();
                    Q_EMIT clientTokenChanged(QString());
                }
            } else if (received != m_clientToken) {
                qCDebug(lcToken) << (m_clientToken.isEmpty() ? "client token received on" : "client token rotated on")
                                 << what;
                m_clientToken = received;
                Q_EMIT clientTokenChanged(received);
            }
        } else if (!received.isEmpty() && received != m_clientToken) {
            qCDebug(lcToken) << "ignoring a client token from an older request:" << what;
        }
    }

    // 2. Transport and HTTP errors.
    if (result.httpStatus == 0 || (reply->error() != QNetworkReply::NoError && result.httpStatus < 400)) {
        // OperationCanceled is both our own abortAll() and Qt's transfer timeout; only the first is "aborted".
        const bool canceled = reply->error() == QNetworkReply::OperationCanceledError;
        const bool aborted = canceled && reply->property("clerkqt_aborted").toBool();
        result.error = Error(Error::Kind::Network,
                             aborted ? QStringLiteral("clerkqt_aborted")
                                     : canceled ? QStringLiteral("clerkqt_timeout") : QStringLiteral("clerkqt_network"),
                             canceled && !aborted ? QStringLiteral("The request timed out.") : reply->errorString(), {},
                             result.httpStatus);
        qCInfo(lcFapi) << "<-" << what << "network error:" << reply->error() << reply->errorString();
    } else if (result.httpStatus >= 300) {
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        result.error = parseErrorResponse(result.httpStatus, body, ok ? retryAfter : -1);
        if (result.httpStatus < 400)
            result.error = Error(Error::Kind::Protocol, QStringLiteral("clerkqt_unexpected_redirect"),
                                 QStringLiteral("Clerk answered with a redirect."), {}, result.httpStatus);
        qCInfo(lcFapi) << "<-" << what << result.httpStatus << result.error.code();
        // Only a rejection of the token we still hold ends the session; a late 401 for an older token does not.
        if (result.httpStatus == 401 && result.error.code() == QLatin1String("signed_out") && sentToken == m_clientToken
            && !sentToken.isEmpty())
            Q_EMIT signedOut(result.error);
    } else {
        // 3. A successful answer: parse it, and hand any client it carries to the model first.
        Error parseError;
        result.envelope = parseEnvelope(body, &parseError);
        if (!parseError.isNull()) {
            result.error = Error(parseError.kind(), parseError.code(), parseError.message(), parseError.longMessage(),
                                 result.httpStatus);
            qCWarning(lcFapi) << "<-" << what << result.httpStatus << "malformed body";
        } else {
            qCDebug(lcFapi) << "<-" << what << result.httpStatus;
            const QJsonObject response = result.envelope.response.toObject();
            if (response.value(QLatin1String("object")).toString() == QLatin1String("client")) {
                result.clientUpdated = true;
                Q_EMIT clientReceived(response);
            } else if (result.envelope.hasClientKey) {
                result.clientUpdated = true;
                Q_EMIT clientReceived(result.envelope.client);
            }
        }
    }
    if (context && done)
        done(result);
}

} // namespace Clerk
