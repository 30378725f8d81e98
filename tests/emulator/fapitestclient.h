// Shared helpers for the emulator's Qt Test suite: a small synchronous-over-the-event-loop FAPI client that
// talks to a ClerkEmulator::Server over real HTTP on loopback exactly as a native Clerk client does
// (`_is_native=1`, form-encoded bodies, the client token in the `Authorization` header without "Bearer"),
// plus JWT/JWKS verification with OpenSSL 3 (independent of the emulator's code) and an RFC 6238 TOTP, which live
// in emutestcrypto.h.
#pragma once

#include <ClerkEmulator/server.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include "emutestcrypto.h"

#include <memory>
#include <utility>

namespace EmuTest {

using FormFields = QList<QPair<QString, QString>>;

// ---------------------------------------------------------------------------------------------------------------
// Seed facts the tests rely on (from emulator/seeds/default-seed.json and emulator/README.md).
// ---------------------------------------------------------------------------------------------------------------
namespace Seed {
inline const QString janeId = QStringLiteral("user_2jane0000000000000000000001");
inline const QString janeEmail = QStringLiteral("jane+clerk_test@example.com");
inline const QString janePhone = QStringLiteral("+15555550100");
inline const QString janePassword = QStringLiteral("correct horse battery staple");
inline const QString bobId = QStringLiteral("user_2bob00000000000000000000002");
inline const QString bobEmail = QStringLiteral("bob+clerk_test@example.com");
inline const QString bobPassword = QStringLiteral("bob-password-123");
inline const QByteArray bobTotpSecret = QByteArrayLiteral("JBSWY3DPEHPK3PXP");
inline const QString adaId = QStringLiteral("user_2ada00000000000000000000003");
inline const QString adaEmail = QStringLiteral("ada+clerk_test@example.com");
inline const QString adaPassword = QStringLiteral("analytical-engine-1843");
inline const QString acmeId = QStringLiteral("org_2acme0000000000000000000001");
inline const QString globexId = QStringLiteral("org_2globex00000000000000000002");
inline const QString testCode = QStringLiteral("424242");
} // namespace Seed

// ---------------------------------------------------------------------------------------------------------------
// One HTTP exchange.
// ---------------------------------------------------------------------------------------------------------------
struct FapiResponse
{
    QByteArray method;
    QString url;
    bool finished = false;          ///< false: no answer within the wait bound (request aborted)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;                 ///< 0 when no HTTP status arrived (reset, timeout, …)
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1;      ///< the Content-Length header, -1 if absent
    QByteArray body;
    QJsonDocument json;
    bool jsonOk = false;            ///< body parsed as a JSON document (object or array)

    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QJsonObject object() const { return json.object(); }
    /// `response` of a `{response, client}` envelope.
    QJsonObject response() const { return json.object().value(QLatin1String("response")).toObject(); }
    /// `client` of a `{response, client}` envelope.
    QJsonObject client() const { return json.object().value(QLatin1String("client")).toObject(); }
    QJsonObject firstError() const
    {
        return json.object().value(QLatin1String("errors")).toArray().at(0).toObject();
    }
    QString errorCode() const { return firstError().value(QLatin1String("code")).toString(); }

    /// A one-line-ish description for failure messages.
    QString describe() const
    {
        QString text = QStringLiteral("%1 %2 -> ").arg(QString::fromLatin1(method), url);
        if (!finished)
            return text + QStringLiteral("no answer (aborted by the test)");
        text += QStringLiteral("HTTP %1").arg(status);
        if (error != QNetworkReply::NoError)
            text += QStringLiteral(" [network error %1: %2]").arg(int(error)).arg(errorString);
        QByteArray shown = body.left(1500);
        if (body.size() > shown.size())
            shown += "…";
        return text + QStringLiteral(" body: ") + QString::fromUtf8(shown);
    }
};

/// Checks Clerk's error envelope {errors:[{code,message,long_message}], clerk_trace_id}; returns what is wrong.
inline QString envelopeProblem(const FapiResponse &r)
{
    if (!r.jsonOk || !r.json.isObject())
        return QStringLiteral("error body is not a JSON object");
    const QJsonObject o = r.json.object();
    const QJsonValue errors = o.value(QLatin1String("errors"));
    if (!errors.isArray() || errors.toArray().isEmpty())
        return QStringLiteral("`errors` is missing or not a non-empty array");
    const QJsonArray list = errors.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject e = list.at(i).toObject();
        for (const char *key : {"code", "message", "long_message"}) {
            if (!e.value(QLatin1String(key)).isString() || e.value(QLatin1String(key)).toString().isEmpty())
                return QStringLiteral("errors[%1].%2 is missing or not a non-empty string").arg(i).arg(QLatin1String(key));
        }
    }
    if (!o.value(QLatin1String("clerk_trace_id")).isString()
        || o.value(QLatin1String("clerk_trace_id")).toString().isEmpty())
        return QStringLiteral("`clerk_trace_id` is missing or not a non-empty string");
    return {};
}

struct RequestOptions
{
    bool sendToken = true;              ///< send the stored client token (if any)
    QByteArray tokenOverride;           ///< send this Authorization value instead of the stored token
    bool overrideToken = false;
    bool captureToken = true;           ///< store an Authorization response header as the new client token
    bool rawBody = false;               ///< send `body` verbatim instead of encoding the form fields
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    bool addNativeFlag = true;          ///< append `_is_native=1`
    int transferTimeoutMs = 0;          ///< QNetworkRequest::setTransferTimeout (0 = off)
    int waitMs = 30000;                 ///< how long the test waits for `finished` before aborting
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// application/x-www-form-urlencoded, every reserved character (also '+') percent-encoded.
inline QByteArray encodeForm(const FormFields &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The test client.
// ---------------------------------------------------------------------------------------------------------------
class FapiTestClient
{
public:
    explicit FapiTestClient(const QUrl &baseUrl = {}) : m_base(baseUrl) { resetNetwork(); }

    void setBaseUrl(const QUrl &baseUrl) { m_base = baseUrl; }
    QUrl baseUrl() const { return m_base; }

    /// The current client token ("" before the first FAPI answer).
    QByteArray clientToken() const { return m_token; }
    void setClientToken(const QByteArray &token) { m_token = token; }
    /// Every distinct token the server handed out, oldest first.
    QList<QByteArray> tokenHistory() const { return m_history; }
    /// Forget the client (a fresh device): no token, new connections.
    void forgetClient()
    {
        m_token.clear();
        m_history.clear();
        resetNetwork();
    }

    /// Sent as `Origin` on every FAPI request when not empty.
    void setOrigin(const QByteArray &origin) { m_origin = origin; }

    /// A fresh QNetworkAccessManager (drops pooled keep-alive connections).
    void resetNetwork()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam->setAutoDeleteReplies(false);
    }

    /// A FAPI request. `path` is absolute ("/v1/…", may carry a query); GET/HEAD send no body.
    FapiResponse request(const QByteArray &method, const QString &path, const FormFields &form = {},
                         const RequestOptions &options = {})
    {
        return collect(send(method, path, form, options), method, options);
    }

    /// Sends without waiting for the answer, which collect() then reads: for a test that does something
    /// while a request is in flight.
    QNetworkReply *start(const QByteArray &method, const QString &path, const FormFields &form = {},
                         const RequestOptions &options = {})
    {
        return send(method, path, form, options);
    }
    FapiResponse collect(QNetworkReply *reply, const QByteArray &method, const RequestOptions &options = {})
    {
        FapiResponse r = finish(reply, options.waitMs);
        r.method = method;
        if (options.captureToken)
            capture(r);
        return r;
    }

    struct Call
    {
        QByteArray method;
        QString path;
        FormFields form;
    };
    /// Sends every call at once (all in flight together, with the current client token), then collects the
    /// answers in order.
    QList<FapiResponse> concurrently(const QList<Call> &calls, const RequestOptions &options = {})
    {
        QList<QNetworkReply *> replies;
        for (const Call &call : calls)
            replies.append(send(call.method, call.path, call.form, options));
        QList<FapiResponse> out;
        for (int i = 0; i < replies.size(); ++i)
            out.append(collect(replies.at(i), calls.at(i).method, options));
        return out;
    }

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const FormFields &form,
                        const RequestOptions &options)
    {
        QUrl url = m_base;
        const int q = path.indexOf(QLatin1Char('?'));
        url.setPath(q < 0 ? path : path.left(q));
        QUrlQuery query(q < 0 ? QString() : path.mid(q + 1));
        if (options.addNativeFlag)
            query.addQueryItem(QStringLiteral("_is_native"), QStringLiteral("1"));
        url.setQuery(query);

        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        if (options.transferTimeoutMs > 0)
            req.setTransferTimeout(options.transferTimeoutMs);
        if (options.overrideToken) {
            if (!options.tokenOverride.isEmpty())
                req.setRawHeader("Authorization", options.tokenOverride);
        } else if (options.sendToken && !m_token.isEmpty()) {
            req.setRawHeader("Authorization", m_token);
        }
        if (!m_origin.isEmpty())
            req.setRawHeader("Origin", m_origin);
        for (const auto &h : options.headers)
            req.setRawHeader(h.first, h.second);

        const bool bodyless = method == "GET" || method == "HEAD";
        const QByteArray body = options.rawBody ? options.body : encodeForm(form);
        if (!bodyless)
            req.setHeader(QNetworkRequest::ContentTypeHeader, options.contentType);

        QNetworkReply *reply = nullptr;
        if (method == "GET")
            reply = m_nam->get(req);
        else if (method == "HEAD")
            reply = m_nam->head(req);
        else if (method == "POST")
            reply = m_nam->post(req, body);
        else
            reply = m_nam->sendCustomRequest(req, method, body);
        return reply;
    }

public:
    FapiResponse get(const QString &path, const RequestOptions &o = {}) { return request("GET", path, {}, o); }
    FapiResponse post(const QString &path, const FormFields &form = {}, const RequestOptions &o = {})
    {
        return request("POST", path, form, o);
    }

    /// A control-API request (`/__emulator/…`): JSON in and out, no client token, no `_is_native`.
    FapiResponse control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = nullptr;
        const QByteArray data = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!data.isEmpty() || method == "POST")
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (method == "GET")
            reply = m_nam->get(req);
        else if (method == "POST")
            reply = m_nam->post(req, data.isEmpty() ? QByteArrayLiteral("{}") : data);
        else
            reply = m_nam->sendCustomRequest(req, method, data);
        FapiResponse r = finish(reply, 30000);
        r.method = method;
        return r;
    }

private:
    static FapiResponse finish(QNetworkReply *reply, int waitMs)
    {
        FapiResponse r;
        r.url = reply->url().toString();
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(waitMs);
        }
        r.finished = reply->isFinished();
        if (!r.finished) {
            reply->abort();
            reply->deleteLater();
            return r;
        }
        r.error = reply->error();
        r.errorString = reply->errorString();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.headers = reply->rawHeaderPairs();
        bool ok = false;
        const qint64 cl = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
        r.contentLength = ok ? cl : -1;
        if (reply->isOpen())
            r.body = reply->readAll();
        QJsonParseError pe{};
        r.json = QJsonDocument::fromJson(r.body, &pe);
        r.jsonOk = pe.error == QJsonParseError::NoError && !r.json.isNull();
        reply->deleteLater();
        return r;
    }

    void capture(const FapiResponse &r)
    {
        if (!r.hasHeader("Authorization"))
            return;
        QByteArray value = r.header("Authorization").trimmed();
        if (value.startsWith("Bearer "))
            value = value.mid(7).trimmed();
        if (value.isEmpty() || value == "Bearer")
            return;
        if (value != m_token) {
            m_token = value;
            m_history.append(value);
        }
    }

    QUrl m_base;
    QByteArray m_token;
    QList<QByteArray> m_history;
    QByteArray m_origin;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

// ---------------------------------------------------------------------------------------------------------------
// Flows used by several test files. They never assert; they return what happened.
// ---------------------------------------------------------------------------------------------------------------
struct FlowResult
{
    bool ok = false;
    QString failure;            ///< what went wrong (with the offending exchange)
    QString signInId;
    QString sessionId;
    FapiResponse last;          ///< the last exchange of the flow
};

inline FlowResult fail(FlowResult r, const QString &what, const FapiResponse &resp)
{
    r.ok = false;
    r.failure = what + QStringLiteral(": ") + resp.describe();
    r.last = resp;
    return r;
}

/// POST /v1/client/sign_ins identifier → attempt_first_factor password. `expectStatus` is the sign-in status
/// the attempt must end in ("complete" or "needs_second_factor").
inline FlowResult signInWithPassword(FapiTestClient &c, const QString &identifier, const QString &password,
                                     const QString &expectStatus = QStringLiteral("complete"))
{
    FlowResult r;
    FapiResponse created = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), identifier}});
    if (created.status != 200)
        return fail(r, QStringLiteral("create sign-in"), created);
    r.signInId = created.response().value(QLatin1String("id")).toString();
    if (r.signInId.isEmpty())
        return fail(r, QStringLiteral("sign-in without id"), created);
    FapiResponse attempt = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(r.signInId),
                                  {{QStringLiteral("strategy"), QStringLiteral("password")},
                                   {QStringLiteral("password"), password}});
    if (attempt.status != 200)
        return fail(r, QStringLiteral("attempt password"), attempt);
    const QString status = attempt.response().value(QLatin1String("status")).toString();
    if (status != expectStatus)
        return fail(r, QStringLiteral("sign-in status %1, expected %2").arg(status, expectStatus), attempt);
    r.sessionId = attempt.response().value(QLatin1String("created_session_id")).toString();
    if (expectStatus == QLatin1String("complete") && r.sessionId.isEmpty())
        return fail(r, QStringLiteral("complete sign-in without created_session_id"), attempt);
    r.ok = true;
    r.last = attempt;
    return r;
}

/// The session `sid` in a client object (or an empty object).
inline QJsonObject sessionIn(const QJsonObject &client, const QString &sid)
{
    const QJsonArray sessions = client.value(QLatin1String("sessions")).toArray();
    for (const QJsonValue &s : sessions)
        if (s.toObject().value(QLatin1String("id")).toString() == sid)
            return s.toObject();
    return {};
}

/// The supported first factor with `strategy` in a sign-in object (or an empty object).
inline QJsonObject factorIn(const QJsonObject &signIn, const QString &strategy,
                            const char *list = "supported_first_factors")
{
    const QJsonArray factors = signIn.value(QLatin1String(list)).toArray();
    for (const QJsonValue &f : factors)
        if (f.toObject().value(QLatin1String("strategy")).toString() == strategy)
            return f.toObject();
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Misc.
// ---------------------------------------------------------------------------------------------------------------
/// Parses an HTTP-date (IMF-fixdate, RFC 7231 §7.1.1.1) such as "Sun, 06 Nov 1994 08:49:37 GMT".
inline QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime dt = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                           QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

/// A well-formed client token (header.payload.signature, like the ones the emulator issues) that no server
/// ever handed out.
inline QByteArray unknownClientToken()
{
    const auto b64 = [](const QByteArray &raw) {
        return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64(R"({"alg":"RS256","typ":"JWT"})") + '.' + b64(R"({"id":"client_2neverIssued000000000000000"})")
           + '.' + b64(QByteArray(256, '\x5a'));
}

inline QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace EmuTest

/// QVERIFY that `resp` has HTTP status `expected`, printing the exchange otherwise.
#define EMU_EXPECT_STATUS(resp, expected)                                                                              \
    do {                                                                                                               \
        /* Evaluated once: `resp` may be the request itself, which must not be sent twice. */                         \
        const EmuTest::FapiResponse &emuResponse_ = (resp);                                                            \
        QVERIFY2(emuResponse_.status == (expected),                                                                    \
                 qPrintable(QStringLiteral("expected HTTP %1; got ").arg(expected) + emuResponse_.describe()));        \
    } while (false)

/// QVERIFY that a flow helper succeeded.
#define EMU_EXPECT_FLOW(flow) QVERIFY2((flow).ok, qPrintable((flow).failure))
