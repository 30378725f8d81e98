// The verifier's keys: lookup by kid, the JWKS fetch and its cache, and the callers waiting for a fetch.
#include "tokenverifier_p.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>
#include <QSet>

namespace Clerk {

using namespace VerifierDetail;

RsaPublicKeyPtr TokenVerifierPrivate::keyFor(const Header &header, bool *stale) const
{
    QReadLocker lock(&keyLock);
    *stale = false;
    if (header.hasKid) {
        if (RsaPublicKeyPtr key = configuredKeys.value(header.kid))
            return key;
        if (RsaPublicKeyPtr key = fetchedKeys.value(header.kid)) {
            *stale = fetchedAt < 0 || monotonic.elapsed() - fetchedAt >= config.jwksCacheTtl.count();
            return key;
        }
    }
    return pemKey;
}

TokenVerification TokenVerifierPrivate::noKey(const Header &header) const
{
    QReadLocker lock(&keyLock);
    if (configuredKeys.isEmpty() && fetchedKeys.isEmpty() && !pemKey) {
        if (!configError.isNull())
            return TokenVerification::failure(Reason::JwksUnavailable,
                                              Error(Error::Kind::Configuration, TokenVerifier::reasonCode(
                                                        Reason::JwksUnavailable), configError.message()));
        if (!lastFetchError.isNull())
            return TokenVerification::failure(
                Reason::JwksUnavailable,
                Error(lastFetchError.kind(), TokenVerifier::reasonCode(Reason::JwksUnavailable),
                      lastFetchError.message(), {}, lastFetchError.httpStatus()));
        return reject(Reason::JwksUnavailable,
                      config.jwksUrl.isEmpty() ? QStringLiteral("no keys are configured")
                                               : QStringLiteral("the JWKS has not been fetched yet"),
                      config.jwksUrl.isEmpty() ? Error::Kind::Configuration : Error::Kind::Network);
    }
    return reject(Reason::UnknownKid, header.hasKid ? QStringLiteral("no key with the token's kid")
                                                    : QStringLiteral("the token has no kid"));
}

void TokenVerifierPrivate::scheduleFetch(FetchNeed need) const
{
    if (fetchScheduled.exchange(true))
        return;
    auto *self = const_cast<TokenVerifierPrivate *>(this);
    QMetaObject::invokeMethod(
        q,
        [self, need] {
            self->fetchScheduled = false;
            if (!self->inFlight && self->fetchAllowed(need))
                self->startFetch(need);
        },
        Qt::QueuedConnection);
}

void TokenVerifierPrivate::startFetch(FetchNeed need)
{
    if (inFlight || config.jwksUrl.isEmpty())
        return;
    QNetworkAccessManager *nam = config.networkAccessManager;
    if (!nam) {
        if (!ownNam)
            ownNam = std::make_unique<QNetworkAccessManager>();
        nam = ownNam.get();
    }
    QNetworkRequest request(config.jwksUrl);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(int(config.requestTimeout.count()));
    lastFetchStart = monotonic.elapsed();
    if (need == FetchNeed::UnknownKid)
        lastMissFetch = lastFetchStart;
    QNetworkReply *reply = nam->get(request);
    inFlight = reply;
    qCDebug(lcVerifier) << "fetching JWKS" << config.jwksUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply] { fetchFinished(reply); });
    Q_EMIT q->fetchingKeysChanged();
}

void TokenVerifierPrivate::fetchFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (inFlight == reply)
        inFlight.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Error error;
    QHash<QString, RsaPublicKeyPtr> keys;
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        error = Error(Error::Kind::Network, TokenVerifier::reasonCode(Reason::JwksUnavailable),
                      QStringLiteral("the JWKS could not be fetched: %1").arg(reply->errorString()));
    } else if (status != 200) {
        error = Error(status >= 500 ? Error::Kind::Server : Error::Kind::Protocol,
                      TokenVerifier::reasonCode(Reason::JwksUnavailable),
                      QStringLiteral("the JWKS endpoint answered HTTP %1").arg(status), {}, status);
    } else {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(reply->isOpen() ? reply->readAll() : QByteArray(), &parseError);
        QString problem;
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            problem = QStringLiteral("the JWKS is not a JSON object");
        else
            keys = parseJwks(doc.object(), &problem);
        if (keys.isEmpty())
            error = Error(Error::Kind::Protocol, TokenVerifier::reasonCode(Reason::JwksUnavailable), problem);
    }

    bool changed = false;
    {
        QWriteLocker lock(&keyLock);
        if (error.isNull()) {
            changed = QSet<QString>(keys.keyBegin(), keys.keyEnd())
                != QSet<QString>(fetchedKeys.keyBegin(), fetchedKeys.keyEnd());
            // Keep the parsed key objects of unchanged kids: their contexts are warm.
            for (auto it = keys.begin(); it != keys.end(); ++it) {
                if (RsaPublicKeyPtr old = fetchedKeys.value(it.key()))
                    it.value() = old;
            }
            fetchedKeys = keys;
            fetchedAt = monotonic.elapsed();
            lastFetchError = Error();
        } else {
            lastFetchError = error;
        }
    }
    if (error.isNull())
        qCDebug(lcVerifier) << "JWKS fetched:" << keys.size() << "keys";
    else
        qCWarning(lcVerifier).noquote() << "JWKS fetch failed:" << error.toString();

    Q_EMIT q->fetchingKeysChanged();
    if (changed)
        Q_EMIT q->keysChanged();
    if (!error.isNull())
        Q_EMIT q->keyFetchFailed(error);

    // Everything that waited for this fetch is answered with what is known now; no further fetch for them.
    const QList<Pending> pending = std::exchange(waiting, {});
    for (const Pending &p : pending) {
        FetchNeed unused = FetchNeed::None;
        deliver(p.context, p.hasContext, p.callback, verifyNow(p.token, &unused));
    }
}

void TokenVerifierPrivate::deliver(const QPointer<const QObject> &context, bool hasContext,
                                   const TokenVerifier::Callback &callback, const TokenVerification &result)
{
    if (!callback || (hasContext && !context))
        return;
    QObject *target = hasContext ? const_cast<QObject *>(context.data()) : q;
    QMetaObject::invokeMethod(
        target,
        [context, hasContext, callback, result] {
            if (!hasContext || context)
                callback(result);
        },
        Qt::QueuedConnection);
}

} // namespace Clerk
