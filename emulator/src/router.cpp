#include "router_p.h"
#include "socketreset_p.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QStringDecoder>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcEmulator, "clerk.emulator", QtWarningMsg) // a test suite using it stays quiet

namespace ClerkEmulator {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

/// application/x-www-form-urlencoded, strictly: '+' is a space, escapes must be %XX, text must be UTF-8.
bool parseForm(const QByteArray &body, QHash<QString, QString> *out)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const auto decode = [&](QByteArray part, QString *text) {
        part.replace('+', ' ');
        for (qsizetype i = part.indexOf('%'); i >= 0; i = part.indexOf('%', i + 1)) {
            if (i + 2 >= part.size() || !isxdigit(uchar(part[i + 1])) || !isxdigit(uchar(part[i + 2])))
                return false;
        }
        const QByteArray raw = QByteArray::fromPercentEncoding(part);
        *text = utf8.decode(raw);
        if (utf8.hasError())
            return false;
        for (const QChar ch : std::as_const(*text)) {
            if (ch.unicode() < 0x20 && ch != QLatin1Char('\n') && ch != QLatin1Char('\r') && ch != QLatin1Char('\t'))
                return false;
        }
        return true;
    };
    if (body.trimmed().isEmpty())
        return true;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QString key, value;
        if (!decode(eq < 0 ? pair : pair.left(eq), &key) || key.isEmpty())
            return false;
        if (eq >= 0 && !decode(pair.mid(eq + 1), &value))
            return false;
        // Clerk omits empty values; an empty field means "not sent", except where emptiness is meaningful
        // (organization ids), so keep it and let each handler decide.
        // A repeated field is an array (`email_address=a&email_address=b`, as clerk-js sends one): its values are
        // joined by U+001F, which the check above refuses inside a value, so a handler can split them apart.
        const auto previous = out->constFind(key);
        out->insert(key, previous == out->constEnd() ? value : *previous + QChar(0x1f) + value);
    }
    return true;
}

/// Reads a request body the way Clerk does, into `form`; says why it cannot, or "" when it could. Clerk's Go
/// server takes a body only as application/x-www-form-urlencoded (and the spec lists no JSON body on a served
/// route): any other body would lose every field there, so the emulator refuses it with a reason instead.
QString readForm(const HttpRequest &request, QHash<QString, QString> *form)
{
    const QByteArray body = request.body.trimmed();
    if (body.isEmpty())
        return {};
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (type.isEmpty())
        return QStringLiteral("A request body needs Content-Type: application/x-www-form-urlencoded.");
    if (body.startsWith('{') || body.startsWith('['))
        return QStringLiteral("The request body is JSON; send its fields as application/x-www-form-urlencoded.");
    if (type != "application/x-www-form-urlencoded")
        return QStringLiteral("Content-Type %1 is not accepted; send application/x-www-form-urlencoded.")
            .arg(QString::fromLatin1(type));
    if (!parseForm(request.body, form))
        return QStringLiteral("The request body must be application/x-www-form-urlencoded UTF-8.");
    return {};
}

QString faultCode(int status)
{
    switch (status) {
    case 429: return QStringLiteral("too_many_requests");
    case 502: return QStringLiteral("bad_gateway");
    case 503: return QStringLiteral("service_unavailable");
    case 504: return QStringLiteral("gateway_timeout");
    default: return QStringLiteral("internal_clerk_error");
    }
}

} // namespace

ServerPrivate::ServerPrivate(Server *q) : q(q) {}

qint64 ServerPrivate::bodyLimit(const HttpRequest &request)
{
    const bool upload = Fapi::takesUpload(QString::fromLatin1(request.method).toUpper(),
                                          Fapi::routePath(request.url.path()));
    return upload ? Fapi::kMaxUploadBytes : kMaxBodyBytes;
}

qint64 ServerPrivate::now() const
{
    return frozenAt ? *frozenAt : QDateTime::currentMSecsSinceEpoch() + clockOffset;
}

QString ServerPrivate::effectiveInstanceHost() const
{
    return instanceHost.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(port) : instanceHost;
}

void ServerPrivate::applyIssuer()
{
    const QString host = effectiveInstanceHost();
    const bool loopback = host.startsWith(QLatin1String("127.")) || host.startsWith(QLatin1String("localhost"))
        || host.startsWith(QLatin1String("[::1]"));
    // Clerk's `iss` is the Frontend API origin; a loopback emulator is reached over plain http.
    fapi->issuer = (loopback ? QStringLiteral("http://") : QStringLiteral("https://")) + host;
    fapi->publicBaseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
}

void ServerPrivate::count(const QString &routeKey, int status)
{
    ++counts[routeKey];
    ++total;
    Q_EMIT q->requestServed(routeKey, status);
}

void ServerPrivate::record(const QString &method, const QString &path, const QString &routeKey, int status,
                           const QJsonValue &body, bool injected)
{
    // Keys without a route look like "GET (unknown)": only a "/…" pattern is a matched route.
    const QString pattern = routeKey.section(QLatin1Char(' '), 1);
    recorder.record(method, path, pattern.startsWith(QLatin1Char('/')) ? pattern : QString(), status, body,
                    injected);
}

void ServerPrivate::write(QTcpSocket *socket, int status, const QJsonValue &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers, bool truncate)
{
    QByteArray payload;
    if (body.isObject())
        payload = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        payload = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(now(), QTimeZone::utc());
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Date: " + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1() + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    if (truncate) {
        out += payload.left(payload.size() / 2);
        socket->write(out);
        socket->disconnectFromHost();
        return;
    }
    out += payload;
    socket->write(out);
}

void ServerPrivate::serve(const HttpRequest &request, QTcpSocket *socket)
{
    const QString path = Fapi::routePath(request.url.path());
    QString method = QString::fromLatin1(request.method).toUpper();
    const QByteArray &body = request.body;

    if (method == QLatin1String("GET") && path.startsWith(QLatin1String(Fapi::kImagePathPrefix))) {
        serveImage(path, socket);
        return;
    }
    if (path.startsWith(QLatin1String("/__emulator/")) || path == QLatin1String("/__emulator")) {
        serveControl(method, path, QUrlQuery(request.url), body, socket);
        return;
    }

    FapiRequest fr;
    fr.path = path;
    fr.query = QUrlQuery(request.url);
    fr.origin = QString::fromUtf8(request.header("Origin"));
    fr.clientToken = QString::fromLatin1(request.header("Authorization")).trimmed();
    if (fr.clientToken.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0
        || fr.clientToken.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        fr.clientToken = fr.clientToken.mid(6).trimmed();
    // Clerk's Expo client sends an empty `Authorization:` before it has a token; Clerk takes that (and a bare
    // "Bearer") for no token at all, so the request is a first contact.
    fr.hasAuthorization = !fr.clientToken.isEmpty();
    fr.rateKey = request.remoteAddress.toString();
    fr.userAgent = QString::fromUtf8(request.header("User-Agent"));
    // An IPv4 peer on a dual-stack socket reads as ::ffff:a.b.c.d; Clerk reports the IPv4 address.
    bool v4 = false;
    const quint32 ipv4 = request.remoteAddress.toIPv4Address(&v4);
    fr.peerAddress = v4 ? QHostAddress(ipv4).toString() : request.remoteAddress.toString();

    const bool upload = Fapi::takesUpload(method, path);
    if (request.bodyTooLarge) {
        const QString key = fapi->routeKey(method, path);
        count(key.isEmpty() ? method + QStringLiteral(" (unknown)") : key, 413);
        const QJsonValue answer = upload
            ? Fapi::error(413, QStringLiteral("image_too_large"), QStringLiteral("Image too large"),
                          QStringLiteral("The image being uploaded is more than 10MB. Please choose a smaller one."))
                  .body
            : Fapi::error(413, QStringLiteral("request_body_too_large"), QStringLiteral("Request body too large"),
                          QStringLiteral("The request body exceeds %1 bytes.").arg(kMaxBodyBytes)).body;
        record(method, path, key, 413, answer);
        write(socket, 413, answer);
        return;
    }
    if (upload) {
        // Clerk's spec takes this body as multipart/form-data or application/octet-stream; the handler reads it.
        fr.contentType = request.header("Content-Type");
        fr.body = request.body;
    } else if (const QString problem = readForm(request, &fr.form); !problem.isEmpty()) {
        const QString key = fapi->routeKey(method, path);
        count(key.isEmpty() ? method + QStringLiteral(" (unknown)") : key, 400);
        const QJsonValue answer =
            Fapi::error(400, QStringLiteral("request_body_invalid"), QStringLiteral("Request body is invalid"),
                        problem).body;
        record(method, path, key, 400, answer);
        write(socket, 400, answer);
        return;
    }
    // clerk-js tunnels PATCH and DELETE through POST; native SDKs send real verbs. Accept both.
    const QString override = fr.form.contains(QStringLiteral("_method")) ? fr.form.take(QStringLiteral("_method"))
                                                                        : fr.query.queryItemValue(QStringLiteral("_method"));
    if (method == QLatin1String("POST") && !override.isEmpty())
        method = override.toUpper();
    fr.method = method;

    const std::optional<Fault> fault = faults.take(method, path);
    if (!fault) {
        serveFapi(fr, socket);
        return;
    }
    QString key = fapi->routeKey(method, path);
    if (key.isEmpty())
        key = method + QStringLiteral(" (unknown)");
    QPointer<QTcpSocket> guard(socket);
    switch (fault->kind) {
    case Fault::Kind::Status: {
        FapiResponse r = Fapi::error(fault->status, faultCode(fault->status),
                                     QStringLiteral("Injected %1").arg(fault->status),
                                     QStringLiteral("The emulator injected this error."));
        if (fault->status == 429)
            r.headers.append({"Retry-After", QByteArray::number(qMax(0, fault->retryAfterSeconds))});
        count(key, fault->status);
        if (fault->latencyMs <= 0) {
            record(method, path, key, fault->status, r.body, true);
            write(socket, fault->status, r.body, r.headers);
            return;
        }
        // A slow error, as from a proxy that gives up on the origin: the answer may land after the token expired.
        QTimer::singleShot(fault->latencyMs, socket, [this, guard, status = fault->status, r, method, path, key] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState) {
                record(method, path, key, status, r.body, true);
                write(guard, status, r.body, r.headers);
            }
        });
        return;
    }
    case Fault::Kind::Reset:
        count(key, 0);
        resetConnection(socket);
        return;
    case Fault::Kind::Truncate: {
        const FapiResponse r = fapi->handle(fr);
        count(r.routeKey.isEmpty() ? key : r.routeKey, r.status);
        write(socket, r.status, r.body, r.headers, true);
        return;
    }
    case Fault::Kind::Malformed: {
        count(key, 200);
        const QByteArray garbage = "{\"response\": {\"object\": \"client\", \"id\": <html>502 Bad Gateway</html>";
        QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(garbage.size()) + "\r\n\r\n" + garbage;
        socket->write(out);
        return;
    }
    case Fault::Kind::Latency:
        QTimer::singleShot(qMax(0, fault->latencyMs), socket, [this, fr, guard] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                serveFapi(fr, guard);
        });
        return;
    case Fault::Kind::SlowAnswer: {
        const FapiResponse r = fapi->handle(fr);
        const QString served = r.routeKey.isEmpty() ? key : r.routeKey;
        count(served, r.status);
        record(method, path, r.routeKey, r.status, r.body, true);
        QTimer::singleShot(qMax(0, fault->latencyMs), socket, [this, guard, r] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                write(guard, r.status, r.body, r.headers);
        });
        return;
    }
    case Fault::Kind::Timeout:
        count(key, 0);
        QTimer::singleShot(fault->latencyMs > 0 ? fault->latencyMs : 120000, socket, [guard] {
            if (guard)
                guard->abort();
        });
        return;
    }
}

void ServerPrivate::serveFapi(const FapiRequest &request, QTcpSocket *socket)
{
    const FapiResponse r = fapi->handle(request);
    const QString key = r.routeKey.isEmpty() ? request.method + QStringLiteral(" (unknown)") : r.routeKey;
    qCDebug(lcEmulator).noquote() << key << r.status;
    count(key, r.status);
    record(request.method, request.path, r.routeKey, r.status, r.body);
    write(socket, r.status, r.body, r.headers);
}

void ServerPrivate::serveImage(const QString &path, QTcpSocket *socket)
{
    const auto image = model.images.constFind(path.mid(int(qstrlen(Fapi::kImagePathPrefix))));
    if (image == model.images.constEnd()) {
        write(socket, 404, Fapi::error(404, QStringLiteral("image_not_found"), QStringLiteral("Image not found")).body);
        return;
    }
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: " + image->contentType.toLatin1() + "\r\nContent-Length: "
        + QByteArray::number(image->bytes.size()) + "\r\nCache-Control: public, max-age=31536000, immutable\r\n\r\n";
    socket->write(out + image->bytes);
}

static QJsonObject faultJson(const Fault &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("pattern"), f.pattern},
            {QStringLiteral("kind"), Fault::kindToString(f.kind)},
            {QStringLiteral("status"), f.status},
            {QStringLiteral("retry_after"), f.retryAfterSeconds},
            {QStringLiteral("latency_ms"), f.latencyMs},
            {QStringLiteral("probability"), f.probability},
            {QStringLiteral("count"), f.count},
            {QStringLiteral("seed"), QString::number(f.seed)},
            {QStringLiteral("hits"), f.hits}};
}

void ServerPrivate::serveControl(const QString &method, const QString &path, const QUrlQuery &query,
                                 const QByteArray &body, QTcpSocket *socket)
{
    const auto fail = [&](int status, const QString &message) {
        write(socket, status, Fapi::error(status, QStringLiteral("emulator_control_invalid"), message).body);
    };
    QJsonObject in;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(400, QStringLiteral("control requests take a JSON object"));
        in = doc.object();
    }
    const QStringList parts = path.mid(QStringLiteral("/__emulator/").size()).split(QLatin1Char('/'));
    const QString what = parts.value(0);

    if (what == QLatin1String("reset") && method == QLatin1String("POST")) {
        q->reset();
        return write(socket, 200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("settings")) {
        if (method == QLatin1String("POST") || method == QLatin1String("PATCH")) {
            if (in.contains(QStringLiteral("token_ttl"))) {
                const int ttl = in.value(QStringLiteral("token_ttl")).toInt();
                if (ttl <= 0)
                    return fail(400, QStringLiteral("token_ttl must be a positive number of seconds"));
                q->setTokenTtl(ttl);
            }
            if (in.contains(QStringLiteral("clock_offset_ms")))
                q->setClockOffset(in.value(QStringLiteral("clock_offset_ms")).toInteger());
            if (in.contains(QStringLiteral("clock_frozen")))
                q->setClockFrozen(in.value(QStringLiteral("clock_frozen")).toBool());
            if (in.contains(QStringLiteral("rate_limit"))) {
                const QJsonObject rl = in.value(QStringLiteral("rate_limit")).toObject();
                q->setRateLimit(rl.value(QStringLiteral("requests")).toInt(),
                                rl.value(QStringLiteral("window_seconds")).toInt(10));
            }
        } else if (method != QLatin1String("GET")) {
            return fail(405, QStringLiteral("GET or POST"));
        }
        return write(socket, 200,
                     QJsonObject{{QStringLiteral("token_ttl"), fapi->tokenTtl},
                                 {QStringLiteral("clock_offset_ms"), clockOffset},
                                 {QStringLiteral("clock_frozen"), frozenAt.has_value()},
                                 {QStringLiteral("rate_limit"),
                                  QJsonObject{{QStringLiteral("requests"), fapi->rateLimitRequests},
                                              {QStringLiteral("window_seconds"), fapi->rateLimitWindowSeconds}}},
                                 {QStringLiteral("now"), now()}});
    }
    if (what == QLatin1String("seed") && method == QLatin1String("POST")) {
        // {"profile": name} or {"seed": {...}}: the whole state is replaced, as by --seed at start-up.
        QString error;
        const QJsonObject seed = in.contains(QStringLiteral("profile"))
            ? Server::profileSeed(in.value(QStringLiteral("profile")).toString(), &error)
            : in.value(QStringLiteral("seed")).toObject();
        if (seed.isEmpty())
            return fail(400, error.isEmpty() ? QStringLiteral("give a profile name or a seed object") : error);
        if (!q->loadSeed(seed, &error))
            return fail(422, error);
        return write(socket, 200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    // What a backend mints with Clerk's Backend API, and the mailbox of the email links sent.
    if ((what == QLatin1String("sign_in_tokens") || what == QLatin1String("invitations")) && parts.size() == 1
        && method == QLatin1String("POST")) {
        QString error;
        const QJsonObject out = what == QLatin1String("sign_in_tokens") ? q->createSignInToken(in, &error)
                                                                       : q->createInvitation(in, &error);
        return out.isEmpty() ? fail(422, error) : write(socket, 200, out);
    }
    if (what == QLatin1String("email_links") && parts.size() == 1 && method == QLatin1String("GET")) {
        QString error;
        const QJsonObject out = q->lastEmailLink(query.queryItemValue(QStringLiteral("email_address"),
                                                                       QUrl::FullyDecoded), &error);
        return out.isEmpty() ? fail(404, error) : write(socket, 200, out);
    }
    if (what == QLatin1String("users") && method == QLatin1String("POST")) {
        QString error;
        const QJsonObject user = q->createUser(in, &error);
        if (user.isEmpty())
            return fail(422, error);
        return write(socket, 200, user);
    }
    if ((what == QLatin1String("sessions") || what == QLatin1String("clients")) && parts.size() == 3
        && parts[2] == QLatin1String("revoke") && method == QLatin1String("POST")) {
        const bool ok = what == QLatin1String("sessions") ? q->revokeSession(parts[1]) : q->revokeClient(parts[1]);
        if (!ok)
            return fail(404, QStringLiteral("no such %1").arg(what.chopped(1)));
        return write(socket, 200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("counters")) {
        if (method == QLatin1String("DELETE")) {
            q->resetCounters();
        } else if (method != QLatin1String("GET")) {
            return fail(405, QStringLiteral("GET or DELETE"));
        }
        QJsonObject routes;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            routes.insert(it.key(), it.value());
        return write(socket, 200, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("routes"), routes}});
    }
    if (what == QLatin1String("faults")) {
        if (method == QLatin1String("POST") && parts.size() == 1) {
            Fault f;
            f.pattern = in.value(QStringLiteral("pattern")).toString();
            if (f.pattern.isEmpty())
                return fail(400, QStringLiteral("a fault needs a pattern"));
            if (!Fault::kindFromString(in.value(QStringLiteral("kind")).toString(QStringLiteral("status")), &f.kind))
                return fail(400, QStringLiteral("kind is one of status, reset, truncate, malformed, latency, timeout, "
                                                "slow_answer"));
            f.status = in.value(QStringLiteral("status")).toInt(503);
            if (f.kind == Fault::Kind::Status && (f.status < 400 || f.status > 599))
                return fail(400, QStringLiteral("status must be 4xx or 5xx"));
            f.retryAfterSeconds = in.value(QStringLiteral("retry_after")).toInt(1);
            f.latencyMs = in.value(QStringLiteral("latency_ms")).toInt(0);
            f.probability = in.value(QStringLiteral("probability")).toDouble(1.0);
            f.count = in.value(QStringLiteral("count")).toInt(-1);
            const QJsonValue seedValue = in.value(QStringLiteral("seed"));
            f.seed = seedValue.isString() ? seedValue.toString().toULongLong() : quint64(seedValue.toInteger(1));
            if (f.probability < 0 || f.probability > 1)
                return fail(400, QStringLiteral("probability is between 0 and 1"));
            return write(socket, 200, QJsonObject{{QStringLiteral("id"), q->addFault(f)}});
        }
        if (method == QLatin1String("GET")) {
            QJsonArray list;
            for (const Fault &f : faults.list())
                list.append(faultJson(f));
            return write(socket, 200, QJsonObject{{QStringLiteral("faults"), list}});
        }
        if (method == QLatin1String("DELETE")) {
            if (parts.size() == 2 && !q->removeFault(parts[1]))
                return fail(404, QStringLiteral("no such fault"));
            if (parts.size() == 1)
                q->clearFaults();
            return write(socket, 200, QJsonObject{{QStringLiteral("ok"), true}});
        }
    }
    fail(404, QStringLiteral("unknown control request %1 %2").arg(method, path));
}

} // namespace ClerkEmulator
