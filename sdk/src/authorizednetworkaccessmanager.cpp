#include <ClerkQt/authorizednetworkaccessmanager.h>

#include <ClerkQt/auth.h>

#include "logging_p.h"

#include <QBuffer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace Clerk {

struct AuthorizedNetworkAccessManager::Private
{
    QPointer<Auth> auth;
    QList<QUrl> origins;
};

namespace {

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80));
    return origin;
}

constexpr const char *kClerkErrorProperty = "clerkqt_error";

} // namespace

/// The reply the caller holds: it waits for a token, sends the real request, and on a first 401 refreshes the
/// token and sends it once more, forwarding only the attempt that counts.
class AuthorizedReply : public QNetworkReply
{
public:
    AuthorizedReply(AuthorizedNetworkAccessManager *nam, Auth *auth, QNetworkAccessManager::Operation op,
                    const QNetworkRequest &request, const QByteArray &body)
        : QNetworkReply(nam), m_nam(nam), m_auth(auth), m_body(body)
    {
        setOperation(op);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
        QTimer::singleShot(0, this, [this] { attempt(false); });
    }

    void abort() override
    {
        if (isFinished())
            return;
        if (m_inner) {
            m_inner->abort();
            return;
        }
        finishWithError(OperationCanceledError, QStringLiteral("Operation canceled"), {});
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_read);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(out, m_data.constData() + m_read, size_t(n));
        m_read += n;
        if (m_read == m_data.size()) {
            m_data.clear();
            m_read = 0;
        }
        return n;
    }

private:
    void attempt(bool retry)
    {
        if (!m_auth) {
            finishWithError(AuthenticationRequiredError, QStringLiteral("No Clerk session"),
                            Error(Error::Kind::InvalidState, QStringLiteral("clerkqt_signed_out"),
                                  QStringLiteral("The Auth object is gone.")));
            return;
        }
        GetTokenOptions options;
        options.skipCache = retry;
        Reply *reply = m_auth->getToken(options);
        QPointer<AuthorizedReply> self(this);
        connect(reply, &Reply::finished, this, [this, self, reply, retry] {
            if (!self || isFinished())
                return;
            if (reply->hasError()) {
                finishWithError(AuthenticationRequiredError, reply->error().message(), reply->error());
                return;
            }
            send(reply->result().toString(), retry);
        });
    }

    void send(const QString &token, bool retry)
    {
        QNetworkRequest r = request();
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        m_inner = m_nam->sendNow(operation(), r, m_body);
        m_discard = false;
        connect(m_inner, &QNetworkReply::metaDataChanged, this, [this, retry] {
            const int status = m_inner->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // The API rejected this token: try once more with a new one, and keep this answer to ourselves.
            m_discard = status == 401 && !retry;
            if (!m_discard) {
                copyMetaData();
                Q_EMIT metaDataChanged();
            }
        });
        connect(m_inner, &QNetworkReply::readyRead, this, [this] {
            if (m_discard) {
                m_inner->readAll();
                return;
            }
            m_data += m_inner->readAll();
            Q_EMIT readyRead();
        });
        connect(m_inner, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (!m_discard)
                Q_EMIT uploadProgress(sent, total);
        });
        connect(m_inner, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
            if (!m_discard)
                Q_EMIT downloadProgress(received, total);
        });
        connect(m_inner, &QNetworkReply::finished, this, [this, retry] {
            QNetworkReply *inner = std::exchange(m_inner, nullptr);
            inner->deleteLater();
            if (m_discard) {
                qCInfo(lcAuth) << "API answered 401; retrying once with a fresh session token";
                attempt(true);
                return;
            }
            Q_UNUSED(retry);
            copyMetaData(inner);
            m_data += inner->readAll();
            if (inner->error() != NoError) {
                setError(inner->error(), inner->errorString());
                setFinished(true);
                Q_EMIT errorOccurred(inner->error());
            } else {
                setFinished(true);
            }
            Q_EMIT finished();
        });
    }

    void copyMetaData(QNetworkReply *from = nullptr)
    {
        from = from ? from : m_inner;
        for (const auto &h : from->rawHeaderPairs())
            setRawHeader(h.first, h.second);
        for (auto a : {QNetworkRequest::HttpStatusCodeAttribute, QNetworkRequest::HttpReasonPhraseAttribute,
                       QNetworkRequest::RedirectionTargetAttribute, QNetworkRequest::ConnectionEncryptedAttribute,
                       QNetworkRequest::Http2WasUsedAttribute, QNetworkRequest::OriginalContentLengthAttribute}) {
            const QVariant v = from->attribute(a);
            if (v.isValid())
                setAttribute(a, v);
        }
        setHeader(QNetworkRequest::ContentTypeHeader, from->header(QNetworkRequest::ContentTypeHeader));
        setHeader(QNetworkRequest::ContentLengthHeader, from->header(QNetworkRequest::ContentLengthHeader));
    }

    void finishWithError(NetworkError code, const QString &message, const Error &clerk)
    {
        setProperty(kClerkErrorProperty, QVariant::fromValue(clerk));
        setError(code, message);
        setFinished(true);
        QTimer::singleShot(0, this, [this, code] {
            Q_EMIT errorOccurred(code);
            Q_EMIT finished();
        });
    }

    AuthorizedNetworkAccessManager *m_nam;
    QPointer<Auth> m_auth;
    QByteArray m_body;
    QNetworkReply *m_inner = nullptr;
    bool m_discard = false;
    QByteArray m_data;
    qint64 m_read = 0;
};

AuthorizedNetworkAccessManager::AuthorizedNetworkAccessManager(Auth *auth, QObject *parent)
    : QNetworkAccessManager(parent), d(std::make_unique<Private>())
{
    d->auth = auth;
}

AuthorizedNetworkAccessManager::~AuthorizedNetworkAccessManager() = default;

QList<QUrl> AuthorizedNetworkAccessManager::allowedOrigins() const { return d->origins; }

void AuthorizedNetworkAccessManager::setAllowedOrigins(const QList<QUrl> &origins)
{
    QList<QUrl> normalized;
    for (const QUrl &u : origins) {
        if (u.isValid() && !u.host().isEmpty())
            normalized << originOf(u);
    }
    if (normalized == d->origins)
        return;
    d->origins = normalized;
    Q_EMIT allowedOriginsChanged();
}

bool AuthorizedNetworkAccessManager::isAllowed(const QUrl &url) const
{
    return url.isValid() && !url.host().isEmpty() && d->origins.contains(originOf(url));
}

Error AuthorizedNetworkAccessManager::clerkError(const QNetworkReply *reply)
{
    return reply ? reply->property(kClerkErrorProperty).value<Error>() : Error();
}

QNetworkReply *AuthorizedNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                            QIODevice *outgoingData)
{
    if (!isAllowed(request.url()))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    return new AuthorizedReply(this, d->auth, op, request, body);
}

QNetworkReply *AuthorizedNetworkAccessManager::sendNow(Operation op, const QNetworkRequest &request,
                                                      const QByteArray &body)
{
    QBuffer *buffer = nullptr;
    if (!body.isEmpty() || op == PostOperation || op == PutOperation || op == CustomOperation) {
        buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
    }
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, buffer);
    if (buffer)
        buffer->setParent(reply);
    return reply;
}

} // namespace Clerk
