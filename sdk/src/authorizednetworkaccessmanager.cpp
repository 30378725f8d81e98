#include <ClerkQt/authorizednetworkaccessmanager.h>

#include <ClerkQt/auth.h>

#include "logging_p.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#endif
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

bool isFollowableRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/// The operation a redirect continues with, as QNetworkAccessManager decides it when it follows one itself.
QNetworkAccessManager::Operation redirectOperation(QNetworkAccessManager::Operation op, int status)
{
    if (status == 307 || status == 308 || op == QNetworkAccessManager::HeadOperation)
        return op;
    return QNetworkAccessManager::GetOperation;
}

/// The level of Clerk's reverification hint in a 403 body (`clerk_error.reason` "reverification-error"; its
/// `metadata.reverification` is `{level, afterMinutes}` or one of Clerk's presets); nothing when it is none.
std::optional<Reverification::Level> reverificationHint(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("clerk_error")).toObject();
    if (error.value(QLatin1String("type")).toString() != QLatin1String("forbidden")
        || error.value(QLatin1String("reason")).toString() != QLatin1String("reverification-error"))
        return std::nullopt;
    const QJsonValue config = error.value(QLatin1String("metadata")).toObject().value(QLatin1String("reverification"));
    // Clerk's presets: strict_mfa asks for both factors, strict, moderate and lax for the second.
    const bool strictMfa = config.toString() == QLatin1String("strict_mfa");
    QString level = config.isString() ? (strictMfa ? QStringLiteral("multi_factor") : QStringLiteral("second_factor"))
                                      : config.toObject().value(QLatin1String("level")).toString();
    level.replace(QLatin1String("Factor"), QLatin1String("_factor")); // also the camelCase spelling
    if (level == QLatin1String("first_factor"))
        return Reverification::Level::FirstFactor;
    if (level == QLatin1String("multi_factor"))
        return Reverification::Level::MultiFactor;
    return Reverification::Level::SecondFactor;
}

} // namespace

/// The reply the caller holds: it waits for a token, sends the real request, and on a first 401 refreshes the
/// token and sends it once more, forwarding only the attempt that counts. A 403 is held back until its body is in:
/// with Clerk's reverification hint it asks the Auth's Reverification for a step-up — once that completes, the
/// request is sent once more with a fresh token; when it is canceled (or nothing can ask the user) the held 403 is
/// delivered. Qt must not follow a redirect of an inner request: it would keep the Authorization header wherever
/// the Location points. So every inner request is ManualRedirectPolicy, and each hop is a new inner request whose
/// header this reply chooses.
class AuthorizedReply : public QNetworkReply
{
public:
    AuthorizedReply(AuthorizedNetworkAccessManager *nam, Auth *auth, QNetworkAccessManager::Operation op,
                    const QNetworkRequest &request, const QByteArray &body)
        : QNetworkReply(nam), m_nam(nam), m_auth(auth), m_hop(request), m_hopOperation(op), m_body(body),
          m_redirectsLeft(request.maximumRedirectsAllowed())
    {
        const QVariant policy = request.attribute(QNetworkRequest::RedirectPolicyAttribute);
        m_policy = policy.isValid() ? QNetworkRequest::RedirectPolicy(policy.toInt()) : nam->redirectPolicy();
#if QT_CONFIG(ssl)
        m_sslConfiguration = request.sslConfiguration();
#endif
        setOperation(op);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
        connect(this, &QNetworkReply::redirectAllowed, this, [this] {
            if (std::exchange(m_awaitingApproval, false) && !isFinished())
                attempt();
        });
        QTimer::singleShot(0, this, [this] { attempt(); });
    }
    ~AuthorizedReply() override
    {
        if (QNetworkReply *inner = std::exchange(m_inner, nullptr)) {
            inner->disconnect(this);
            inner->abort();
            inner->deleteLater();
        }
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_aborted = true;
        if (m_inner) {
            m_inner->abort();
            return;
        }
        finishWithError(OperationCanceledError, QStringLiteral("Operation canceled"), {});
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

#if QT_CONFIG(ssl)
    using QNetworkReply::ignoreSslErrors;
    // Kept for every later inner request (a 401 replay, a redirect), as QNetworkReply keeps them for its own
    // redirects; applied to the current one at once so that a slot connected to sslErrors() is in time.
    void ignoreSslErrors() override
    {
        m_ignoreAllSslErrors = true;
        if (m_inner)
            m_inner->ignoreSslErrors();
    }
#endif

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

#if QT_CONFIG(ssl)
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override
    {
        m_ignoredSslErrors = errors;
        if (m_inner)
            m_inner->ignoreSslErrors(errors);
    }
    void sslConfigurationImplementation(QSslConfiguration &configuration) const override
    {
        configuration = m_inner ? m_inner->sslConfiguration() : m_sslConfiguration;
    }
    void setSslConfigurationImplementation(const QSslConfiguration &configuration) override
    {
        m_hop.setSslConfiguration(configuration);
        if (m_inner)
            m_inner->setSslConfiguration(configuration);
    }
#endif

private:
    /// What the answer of the current inner request turns into once it is complete.
    enum class Next { Deliver, Replay, Redirect, StepUp };

    void attempt()
    {
        if (!m_withToken) {
            send(QString());
            return;
        }
        if (!m_auth) {
            finishWithError(AuthenticationRequiredError, QStringLiteral("No Clerk session"),
                            Error(Error::Kind::InvalidState, QStringLiteral("clerkqt_signed_out"),
                                  QStringLiteral("The Auth object is gone.")));
            return;
        }
        GetTokenOptions options;
        options.skipCache = m_replayed;
        // A fresh cached token goes out at once: no Reply, no extra turn of the event loop per request.
        if (const QString cached = m_auth->cachedToken(options); !cached.isEmpty()) {
            send(cached);
            return;
        }
        Reply *reply = m_auth->getToken(options);
        QPointer<AuthorizedReply> self(this);
        connect(reply, &Reply::finished, this, [this, self, reply] {
            if (!self || isFinished())
                return;
            if (reply->hasError()) {
                finishWithError(AuthenticationRequiredError, reply->error().message(), reply->error());
                return;
            }
            send(reply->result().toString());
        });
    }

    void send(const QString &token)
    {
        QNetworkRequest r = m_hop;
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // A null value removes the header, including one the caller set, which is not ours to forward either.
        r.setRawHeader("Authorization", m_withToken ? "Bearer " + token.toLatin1() : QByteArray());
        QNetworkReply *inner = m_nam->sendNow(m_hopOperation, r, m_body);
        m_inner = inner;
        m_next = Next::Deliver;
#if QT_CONFIG(ssl)
        if (m_ignoreAllSslErrors)
            inner->ignoreSslErrors();
        if (!m_ignoredSslErrors.isEmpty())
            inner->ignoreSslErrors(m_ignoredSslErrors);
        connect(inner, &QNetworkReply::sslErrors, this, &QNetworkReply::sslErrors);
        connect(inner, &QNetworkReply::preSharedKeyAuthenticationRequired, this,
                &QNetworkReply::preSharedKeyAuthenticationRequired);
        connect(inner, &QNetworkReply::encrypted, this, [this, inner] {
            m_sslConfiguration = inner->sslConfiguration();
            Q_EMIT encrypted();
        });
#endif
        connect(inner, &QNetworkReply::metaDataChanged, this, [this, inner] {
            const int status = inner->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_next = Next::Deliver;
            if (status == 401 && m_withToken && !m_replayed) {
                m_next = Next::Replay; // the API rejected this token: try once more with a new one, quietly
            } else if (status == 403 && m_withToken && !m_steppedUp && m_auth) {
                m_next = Next::StepUp; // maybe Clerk's reverification hint: the body decides once it is in
            } else if (isFollowableRedirect(status) && m_policy != QNetworkRequest::ManualRedirectPolicy
                       && inner->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl().isValid()) {
                m_next = Next::Redirect;
            }
            if (m_next == Next::Deliver) {
                copyMetaData(inner);
                Q_EMIT metaDataChanged();
            }
        });
        connect(inner, &QNetworkReply::readyRead, this, [this, inner] {
            if (m_next == Next::StepUp) {
                m_held += inner->readAll();
                return;
            }
            if (m_next != Next::Deliver) {
                inner->readAll();
                return;
            }
            m_data += inner->readAll();
            Q_EMIT readyRead();
        });
        connect(inner, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (m_next == Next::Deliver)
                Q_EMIT uploadProgress(sent, total);
        });
        connect(inner, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
            if (m_next == Next::Deliver)
                Q_EMIT downloadProgress(received, total);
        });
        connect(inner, &QNetworkReply::finished, this, [this, inner] {
            m_inner = nullptr;
            inner->deleteLater();
#if QT_CONFIG(ssl)
            m_sslConfiguration = inner->sslConfiguration();
#endif
            if (!m_aborted && m_next == Next::Replay) {
                qCInfo(lcAuth) << "API answered 401; retrying once with a fresh session token";
                m_replayed = true;
                attempt();
                return;
            }
            if (!m_aborted && m_next == Next::StepUp) {
                stepUp(inner);
                return;
            }
            if (!m_aborted && m_next == Next::Redirect && inner->error() == NoError) {
                redirect(inner);
                return;
            }
            finish(inner, inner->error(), inner->errorString());
        });
    }

    /// A 403 is in: on Clerk's hint, wait for the step-up and replay once; otherwise it is the answer.
    void stepUp(QNetworkReply *inner)
    {
        if (inner->isOpen())
            m_held += inner->readAll();
        copyMetaData(inner);
        const NetworkError code = inner->error();
        const QString message = inner->errorString();
        const auto level = reverificationHint(m_held);
        Reverification *reverification = m_auth ? m_auth->reverification() : nullptr;
        if (!level || !reverification || !reverification->request(*level)) {
            deliverHeld(code, message);
            return;
        }
        qCInfo(lcAuth) << "API asks for reverification; waiting for the step-up";
        m_steppedUp = true;
        auto done = std::make_shared<QList<QMetaObject::Connection>>();
        auto disconnectAll = [done] {
            for (const QMetaObject::Connection &c : std::as_const(*done))
                QObject::disconnect(c);
        };
        *done << connect(reverification, &Reverification::completed, this, [this, disconnectAll] {
            disconnectAll();
            if (isFinished())
                return;
            m_held.clear();
            m_replayed = true; // the fresh token of the step-up is the one to send; no 401 replay after it
            qCInfo(lcAuth) << "reverification complete; sending the request once more";
            attempt();
        });
        *done << connect(reverification, &Reverification::canceled, this, [this, disconnectAll, code, message] {
            disconnectAll();
            if (!isFinished())
                deliverHeld(code, message);
        });
    }

    /// The held-back 403 (metadata already copied) becomes the answer.
    void deliverHeld(NetworkError code, const QString &message)
    {
        Q_EMIT metaDataChanged();
        m_data += std::exchange(m_held, QByteArray());
        if (code != NoError)
            setError(code, message);
        setFinished(true);
        if (code != NoError)
            Q_EMIT errorOccurred(code);
        if (!m_data.isEmpty())
            Q_EMIT readyRead();
        Q_EMIT finished();
    }

    void redirect(QNetworkReply *inner)
    {
        const int status = inner->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl target = url().resolved(inner->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const QString scheme = target.scheme().toLower();
        if (m_redirectsLeft <= 0)
            return finish(inner, TooManyRedirectsError, QStringLiteral("Too many redirects"));
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return finish(inner, ProtocolUnknownError, QStringLiteral("Unsupported redirect protocol"));
        const bool downgrade = url().scheme().toLower() == QLatin1String("https") && scheme == QLatin1String("http");
        if ((m_policy == QNetworkRequest::NoLessSafeRedirectPolicy && downgrade)
            || (m_policy == QNetworkRequest::SameOriginRedirectPolicy && originOf(target) != originOf(url())))
            return finish(inner, InsecureRedirectError, QStringLiteral("Insecure redirect"));

        --m_redirectsLeft;
        const QNetworkAccessManager::Operation op = redirectOperation(m_hopOperation, status);
        if (op != m_hopOperation) {
            m_body.clear();
            m_hop.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
            m_hop.setHeader(QNetworkRequest::ContentLengthHeader, QVariant());
            m_hop.setAttribute(QNetworkRequest::CustomVerbAttribute, QVariant());
            m_hopOperation = op;
        }
        m_hop.setUrl(target);
        // Once the chain has left the allowed origins, a server the app did not name chose this hop: the token
        // stays off for the rest of it, even back on an allowed origin.
        m_withToken = m_withToken && m_nam->isAllowed(target);
        setOperation(op);
        setUrl(target);
        if (m_policy == QNetworkRequest::UserVerifiedRedirectPolicy) {
            m_awaitingApproval = true; // redirectAllowed() from the caller continues
            Q_EMIT redirected(target);
            return;
        }
        QPointer<AuthorizedReply> self(this);
        Q_EMIT redirected(target);
        if (self && !isFinished())
            attempt();
    }

    void finish(QNetworkReply *inner, NetworkError code, const QString &message)
    {
        copyMetaData(inner);
        if (m_next != Next::Deliver)
            Q_EMIT metaDataChanged(); // held back for a replay or a redirect that is not happening
        if (inner->isOpen()) // an aborted or reset reply is closed; reading it would make Qt warn
            m_data += inner->readAll();
        if (code != NoError) {
            setError(code, message);
            setFinished(true);
            Q_EMIT errorOccurred(code);
        } else {
            setFinished(true);
        }
        Q_EMIT finished();
    }

    void copyMetaData(QNetworkReply *from)
    {
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
    QNetworkRequest m_hop; // the caller's request, moved to where the redirects so far lead
    QNetworkAccessManager::Operation m_hopOperation;
    QByteArray m_body;
    QNetworkRequest::RedirectPolicy m_policy;
    int m_redirectsLeft;
    bool m_withToken = true;
    bool m_replayed = false;
    bool m_steppedUp = false; ///< a step-up was asked for: never a second one for this request
    QByteArray m_held;        ///< the body of a 403 held back while it may be a reverification hint
    bool m_awaitingApproval = false;
    bool m_aborted = false;
    QNetworkReply *m_inner = nullptr;
    Next m_next = Next::Deliver;
    QByteArray m_data;
    qint64 m_read = 0;
#if QT_CONFIG(ssl)
    bool m_ignoreAllSslErrors = false;
    QList<QSslError> m_ignoredSslErrors;
    QSslConfiguration m_sslConfiguration;
#endif
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
