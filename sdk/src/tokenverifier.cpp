#include "tokenverifier_p.h"

#include <QStringList>

namespace Clerk {

Q_LOGGING_CATEGORY(lcVerifier, "clerk.verifier", QtWarningMsg) // quiet by default, like logging.cpp

using namespace VerifierDetail;

TokenVerifier::TokenVerifier(const TokenVerifierConfig &config, QObject *parent)
    : QObject(parent), d(std::make_unique<TokenVerifierPrivate>(this, config))
{
    QStringList problems;
    if (!config.publicKeyPem.isEmpty()) {
        QString problem;
        d->pemKey = RsaPublicKey::fromPem(config.publicKeyPem, &problem);
        if (!d->pemKey)
            problems << QStringLiteral("publicKeyPem: ") + problem;
    }
    if (!config.jwks.isEmpty()) {
        QString problem;
        d->configuredKeys = parseJwks(config.jwks, &problem);
        if (d->configuredKeys.isEmpty())
            problems << QStringLiteral("jwks: ") + problem;
    }
    if (config.jwksUrl.isValid() && !config.jwksUrl.isEmpty()) {
        const QString scheme = config.jwksUrl.scheme();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            problems << QStringLiteral("jwksUrl: not an http(s) URL");
    }
    if (!problems.isEmpty()) {
        d->configError = Error(Error::Kind::Configuration, QStringLiteral("clerkqt_verifier_configuration"),
                               problems.join(QStringLiteral("; ")));
        qCWarning(lcVerifier).noquote() << d->configError.toString();
    }
}

TokenVerifier::~TokenVerifier()
{
    if (d->inFlight) {
        QNetworkReply *reply = d->inFlight;
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

TokenVerifierConfig TokenVerifier::config() const { return d->config; }

Error TokenVerifier::configurationError() const { return d->configError; }

TokenVerification TokenVerifier::verify(const QString &token) const
{
    FetchNeed need = FetchNeed::None;
    TokenVerification result = d->verifyNow(token, &need);
    if (need != FetchNeed::None)
        d->scheduleFetch(need);
    return result;
}

void TokenVerifier::verifyAsync(const QString &token, const QObject *context, Callback callback)
{
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    FetchNeed need = FetchNeed::None;
    TokenVerification result = d->verifyNow(token, &need);
    if (need != FetchNeed::None) {
        if (d->inFlight) {
            d->waiting.append({token, guard, hasContext, std::move(callback)});
            return;
        }
        if (d->fetchAllowed(need)) {
            d->waiting.append({token, guard, hasContext, std::move(callback)});
            d->startFetch(need);
            return;
        }
        // Within the minimum refetch interval: answer with what is known (a stale key still verifies).
    }
    d->deliver(guard, hasContext, callback, result);
}

bool TokenVerifier::hasKeys() const
{
    QReadLocker lock(&d->keyLock);
    return d->pemKey || !d->configuredKeys.isEmpty() || !d->fetchedKeys.isEmpty();
}

QStringList TokenVerifier::keyIds() const
{
    QReadLocker lock(&d->keyLock);
    QStringList ids = d->configuredKeys.keys() + d->fetchedKeys.keys();
    ids.removeDuplicates();
    ids.sort();
    return ids;
}

bool TokenVerifier::isFetchingKeys() const { return !d->inFlight.isNull(); }

void TokenVerifier::refreshKeys() { d->startFetch(FetchNeed::Refresh); }

QString TokenVerifier::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::None: return QString();
    case Reason::Malformed: return QStringLiteral("token_malformed");
    case Reason::InvalidAlgorithm: return QStringLiteral("token_invalid_algorithm");
    case Reason::UnknownKid: return QStringLiteral("token_unknown_kid");
    case Reason::InvalidSignature: return QStringLiteral("token_invalid_signature");
    case Reason::Expired: return QStringLiteral("token_expired");
    case Reason::NotActiveYet: return QStringLiteral("token_not_active_yet");
    case Reason::InvalidAuthorizedParty: return QStringLiteral("token_invalid_authorized_party");
    case Reason::InvalidIssuer: return QStringLiteral("token_invalid_issuer");
    case Reason::JwksUnavailable: return QStringLiteral("jwks_unavailable");
    }
    return QString();
}

QString TokenVerifier::tokenFromAuthorizationHeader(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.size() > 7 && v.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0) {
        const QByteArray token = v.mid(7).trimmed();
        return token.contains(' ') ? QString() : QString::fromLatin1(token);
    }
    // Clerk's backend SDKs also take a bare token (they only strip a "Bearer " prefix).
    if (v.isEmpty() || v.contains(' ') || v.contains('\t') || v.compare("Bearer", Qt::CaseInsensitive) == 0)
        return QString();
    return QString::fromLatin1(v);
}

QString TokenVerifier::tokenFromCookieHeader(const QByteArray &value)
{
    for (const QByteArray &part : value.split(';')) {
        const QByteArray pair = part.trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0 || pair.left(eq).trimmed() != "__session")
            continue;
        QByteArray token = pair.mid(eq + 1).trimmed();
        if (token.size() >= 2 && token.startsWith('"') && token.endsWith('"'))
            token = token.mid(1, token.size() - 2);
        if (!token.isEmpty())
            return QString::fromLatin1(token);
    }
    return QString();
}

QString TokenVerifier::tokenFromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &h : headers) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
            const QString token = tokenFromAuthorizationHeader(h.second);
            if (!token.isEmpty())
                return token;
        }
    }
    for (const auto &h : headers) {
        if (h.first.compare("Cookie", Qt::CaseInsensitive) == 0) {
            const QString token = tokenFromCookieHeader(h.second);
            if (!token.isEmpty())
                return token;
        }
    }
    return QString();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
QString TokenVerifier::tokenFromHeaders(const QHttpHeaders &headers)
{
    return tokenFromHeaders(headers.toListOfPairs());
}
#endif

} // namespace Clerk
