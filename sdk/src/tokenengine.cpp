#include "tokenengine_p.h"

#include "clocksource_p.h"
#include "clockwatcher_p.h"
#include "fapiclient_p.h"
#include "logging_p.h"

#include <QRandomGenerator>

#include <cmath>
#include <utility>

using namespace std::chrono;

namespace Clerk {

namespace {

constexpr qint64 kMaxBackoffMs = 30000;

} // namespace

TokenEngine::TokenEngine(FapiClient *fapi, Clock clock, QObject *parent)
    : QObject(parent), m_fapi(fapi), m_clock(std::move(clock)), m_watcher(new ClockWatcher(this)),
      m_clockSource(m_watcher)
{
    m_mono.start();
    m_wallAtMono = now();
    m_refreshTimer.setSingleShot(true);
    m_expiryTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TokenEngine::onRefreshTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &TokenEngine::onExpiryTimer);
    connect(m_watcher, &StaleTokenSource::mayBeStale, this, &TokenEngine::onClockChanged);
}

TokenEngine::~TokenEngine() = default;

milliseconds TokenEngine::refreshDueIn() const
{
    return milliseconds(m_refreshTimer.isActive() ? std::max<qint64>(0, m_refreshDueMono - m_mono.elapsed()) : -1);
}

void TokenEngine::armRefresh(qint64 ms)
{
    m_refreshDueMono = m_mono.elapsed() + ms;
    m_refreshTimer.start(int(ms));
}

void TokenEngine::setPolling(bool enabled)
{
    m_polling = enabled;
    schedule();
}

void TokenEngine::setLead(milliseconds lead)
{
    m_lead = lead;
    schedule();
}

milliseconds TokenEngine::leadFor(milliseconds ttl) const
{
    // 10 s ahead of a 60 s token; a 2 s token cannot be refreshed 10 s ahead, so never more than a quarter of
    // its life.
    return std::min(m_lead, ttl / 4);
}


void TokenEngine::handOver(const QHash<QString, QString> &lastActiveTokens, const QString &activeSessionId,
                           const QString &activeOrganizationId)
{
    if (!activeSessionId.isEmpty())
        m_serverOrganization.insert(activeSessionId, activeOrganizationId);
    for (auto it = lastActiveTokens.cbegin(); it != lastActiveTokens.cend(); ++it)
        offer(it.key(), it.value());
    setActive(activeSessionId, activeOrganizationId);
}

void TokenEngine::setActive(const QString &sessionId, const QString &organizationId)
{
    if (sessionId == m_activeSession && organizationId == m_activeOrganization)
        return;
    m_activeSession = sessionId;
    m_activeOrganization = organizationId;
    m_failedAttempts = 0;
    m_lastFailure = {};
    if (sessionId.isEmpty()) {
        clear();
        return;
    }
    publish();
    schedule();
}

void TokenEngine::offer(const QString &sessionId, const QString &jwt)
{
    if (sessionId.isEmpty() || jwt.isEmpty() || m_offered.value(sessionId) == jwt)
        return; // Auth hands over the model's tokens on every change; only a token not seen before is news
    m_offered.insert(sessionId, jwt);
    store({sessionId, TokenClaims::fromJwt(jwt).organizationId(), {}}, jwt, ++m_seq, false);
}

bool TokenEngine::store(const Key &key, const QString &jwt, quint64 seq, bool fromTokenEndpoint)
{
    const TokenClaims claims = TokenClaims::fromJwt(jwt);
    if (!claims.isValid() || claims.expiresAtSecs() == 0) {
        qCWarning(lcToken) << "ignoring a session token that does not decode";
        return false;
    }
    if (claims.sessionId() != key.session && key.templateName.isEmpty()) {
        qCWarning(lcToken) << "ignoring a session token minted for another session";
        return false;
    }
    if (fromTokenEndpoint)
        sampleServerTime(claims.issuedAtSecs(), now());
    auto it = m_cache.find(key);
    // A late answer must not replace a newer token. "Newer" is the later request, not the larger `iat`: when the
    // server's clock steps back, the fresh token has the smaller `iat` and is still the right one.
    if (it != m_cache.end() && (it->seq > seq || it->jwt == jwt)) {
        if (fromTokenEndpoint && key == activeKey()) {
            if (it->jwt == jwt) {
                // The token already held, minted again within its second: a success all the same, so the
                // backoff ends here and the next refresh is the normal one.
                m_failedAttempts = 0;
                m_lastFailure = {};
            }
            schedule(); // the refresh brought nothing newer: arm the next one rather than stop
        }
        return false;
    }
    m_cache.insert(key, {jwt, claims, seq});
    if (key == activeKey()) {
        m_failedAttempts = 0;
        m_lastFailure = {};
        const bool changed = publish();
        schedule();
        return changed;
    }
    return false;
}

void TokenEngine::publishAndNotify()
{
    if (publish())
        Q_EMIT sessionTokenChanged(m_published);
}

bool TokenEngine::publish()
{
    QString token;
    TokenClaims claims;
    const auto it = m_cache.constFind(activeKey());
    if (it != m_cache.constEnd() && servable(*it) > 0) {
        token = it->jwt;
        claims = it->claims;
    }
    if (token == m_published)
        return false;
    m_published = token;
    m_publishedClaims = claims;
    return true;
}

void TokenEngine::schedule()
{
    m_refreshTimer.stop();
    m_expiryTimer.stop();
    if (m_activeSession.isEmpty())
        return;
    const auto it = m_cache.constFind(activeKey());
    if (it == m_cache.constEnd()) {
        if (m_polling && m_failedAttempts == 0)
            fetch(activeKey());
        return;
    }
    const qint64 left = remaining(*it);
    const qint64 usable = servable(*it);
    if (usable > 0) {
        // When the token runs out unrefreshed — no polling, a failed refresh, or one still out when it expires —
        // sessionToken goes empty and says so. While refreshes succeed this timer is re-armed before it fires.
        m_expiryTimer.setTimerType(usable < 20000 ? Qt::PreciseTimer : Qt::CoarseTimer);
        m_expiryTimer.start(int(std::min<qint64>(usable, INT_MAX)));
    }
    if (!m_polling || m_failedAttempts > 0)
        return; // a failed refresh has its own retry timer armed by onFetched()
    const milliseconds ttl((it->claims.expiresAtSecs() - it->claims.issuedAtSecs()) * 1000);
    // Aimed at the moment the server's clock has surely reached exp − lead: by the offset's lower bound, not
    // its middle. Early by even a fraction of a second, the new token's iat is the second before, its
    // successor's refresh comes a second earlier again, and tokens are asked for 49 s apart instead of 50.
    // A short-lived token cannot wait out the offset's whole uncertainty: at most a quarter of its lead later
    // than the middle, so it is still refreshed before it is withdrawn.
    const qint64 lead = leadFor(ttl).count();
    qint64 due = left - lead + std::min((m_offsetHi - m_offsetLo) / 2, lead / 4);
    if (left < 0)
        due = left; // one issued in the server's future (see remaining()): replace it now
    // JWT times have one-second resolution: asking again within the same second can return the very same
    // token, so never refresh sooner than a quarter of the token's life (at most 1 s) after the last answer.
    if (m_lastAnswerMono >= 0)
        due = std::max(due, m_lastAnswerMono + std::min<qint64>(1000, ttl.count() / 4) - m_mono.elapsed());
    // Precise: a coarse timer this long may fire up to a second early. It costs no extra wake-up.
    m_refreshTimer.setTimerType(Qt::PreciseTimer);
    armRefresh(std::clamp<qint64>(due, 0, INT_MAX));
}

void TokenEngine::onRefreshTimer()
{
    ++m_stats.timerWakeups;
    checkClockJump();
    if (!m_activeSession.isEmpty())
        fetch(activeKey());
}

void TokenEngine::onExpiryTimer()
{
    ++m_stats.timerWakeups;
    checkClockJump();
    const QString before = m_published;
    publishAndNotify();
    if (!before.isEmpty() && m_published.isEmpty()) {
        qCInfo(lcToken) << "the session token expired before a new one could be fetched";
        if (!m_lastFailure.isNull())
            Q_EMIT errorOccurred(Error(m_lastFailure.kind(), QStringLiteral("clerkqt_token_expired"),
                                       QStringLiteral("The session token expired and could not be refreshed."),
                                       m_lastFailure.message(), m_lastFailure.httpStatus()));
    } else if (!m_published.isEmpty()) {
        schedule();
    }
}

void TokenEngine::refreshNow(const char *reason)
{
    if (m_activeSession.isEmpty())
        return;
    qCInfo(lcToken) << "refreshing now:" << reason;
    m_failedAttempts = 0;
    m_refreshTimer.stop();
    fetch(activeKey());
}

void TokenEngine::getToken(const GetTokenOptions &options, const QObject *context, Done done)
{
    if (checkClockJump())
        judgeClockStepLater();
    if (m_activeSession.isEmpty()) {
        done({}, Error(Error::Kind::InvalidState, QStringLiteral("clerkqt_signed_out"),
                       QStringLiteral("There is no active session to get a token for.")));
        return;
    }
    const Key key{m_activeSession, options.organizationId.value_or(m_activeOrganization), options.templateName};
    if (const Cached *hit = cacheHit(key, options)) {
        done(hit->jwt, {});
        return;
    }
    Waiter waiter{context, std::move(done)};
    const auto flight = m_flights.value(key);
    if (flight) {
        // Single flight: join the request in progress — unless skipCache asked for a token newer than this
        // call, which a request sent before it cannot promise; those share one follow-up request.
        if (options.skipCache && flight->startedMono < m_mono.elapsed())
            flight->next.append(std::move(waiter));
        else
            flight->waiters.append(std::move(waiter));
        return;
    }
    fetch(key, {std::move(waiter)});
}

const TokenEngine::Cached *TokenEngine::cacheHit(const Key &key, const GetTokenOptions &options) const
{
    if (options.skipCache)
        return nullptr;
    const auto it = m_cache.constFind(key);
    if (it == m_cache.constEnd())
        return nullptr;
    const milliseconds ttl((it->claims.expiresAtSecs() - it->claims.issuedAtSecs()) * 1000);
    const qint64 leeway = options.leeway.value_or(leadFor(ttl)).count();
    return remaining(*it) > leeway ? &*it : nullptr;
}

QString TokenEngine::cachedToken(const GetTokenOptions &options) const
{
    if (m_activeSession.isEmpty())
        return {};
    const Cached *hit = cacheHit({m_activeSession, options.organizationId.value_or(m_activeOrganization),
                                  options.templateName}, options);
    return hit ? hit->jwt : QString();
}

void TokenEngine::fetch(const Key &key, QList<Waiter> waiters)
{
    if (const auto existing = m_flights.value(key)) {
        existing->waiters.append(waiters);
        return;
    }
    auto flight = std::make_shared<Flight>();
    flight->startedMono = m_mono.elapsed();
    flight->seq = ++m_seq;
    flight->waiters = std::move(waiters);
    m_flights.insert(key, flight);
    ++m_stats.fetches;

    FapiRequest request;
    request.method = "POST";
    request.path = key.templateName.isEmpty()
        ? QStringLiteral("/client/sessions/%1/tokens").arg(key.session)
        : QStringLiteral("/client/sessions/%1/tokens/%2").arg(key.session, key.templateName);
    // Always name the organization: empty selects the personal account, which is what the key means.
    // Clerk mints a token for the session's active organization when none is named, and makes a named one
    // active. So a default token for the organization the session already has (as far as this engine knows:
    // the model's, and the last one named) leaves it out — no body, fewer wake-ups per refresh, and no
    // switching the session back should a switch made meanwhile get there first. Any other names it: empty
    // selects the personal account, which is what the key means. Templates always name it.
    const auto known = m_serverOrganization.constFind(key.session);
    flight->organizationNamed = !key.templateName.isEmpty() || known == m_serverOrganization.cend()
        || *known != key.organization;
    if (flight->organizationNamed)
        request.form = {{QStringLiteral("organization_id"), key.organization}};
    request.description = key.templateName.isEmpty() ? QStringLiteral("POST /client/sessions/{id}/tokens")
                                                     : QStringLiteral("POST /client/sessions/{id}/tokens/{template}");
    // A token request that hangs must not outlive the token it replaces.
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd()) {
        const qint64 ttl = (cached->claims.expiresAtSecs() - cached->claims.issuedAtSecs()) * 1000;
        request.timeout = milliseconds(std::clamp<qint64>(ttl / 2, 1000, 30000));
    }
    m_fapi->send(request, this, [this, key](const FapiResult &result) { onFetched(key, result); });
}

void TokenEngine::onFetched(const Key &key, const FapiResult &result)
{
    const std::shared_ptr<Flight> flight = m_flights.take(key);
    m_lastAnswerMono = m_mono.elapsed();
    QString jwt;
    Error error = result.error;
    if (error.isNull()) {
        jwt = result.envelope.body.toObject().value(QLatin1String("jwt")).toString();
        if (TokenClaims::fromJwt(jwt).expiresAtSecs() == 0)
            error = Error(Error::Kind::Protocol, QStringLiteral("clerkqt_bad_token"),
                          QStringLiteral("Clerk's token response did not hold a session token."));
    }
    if (error.isNull() && !flight->organizationNamed) {
        const QString mintedFor = TokenClaims::fromJwt(jwt).organizationId();
        if (mintedFor != key.organization) {
            // The session's organization changed on the server first (a switch whose answer is still on its
            // way): this token is not the key's. Ask again, naming it.
            qCInfo(lcToken) << "the session's organization changed under a token request; asking again";
            m_serverOrganization.insert(key.session, mintedFor);
            fetch(key, flight->waiters + flight->next);
            return;
        }
    }
    if (flight->organizationNamed) {
        // Named and answered: the server made it the session's. Failed: it may or may not have.
        if (error.isNull())
            m_serverOrganization.insert(key.session, key.organization);
        else
            m_serverOrganization.remove(key.session);
    }
    const bool active = key == activeKey();
    if (error.isNull()) {
        if (store(key, jwt, flight->seq, true))
            Q_EMIT sessionTokenChanged(m_published);
        if (active)
            Q_EMIT refreshAnswered();
    } else {
        ++m_stats.failures;
        const bool superseded = error.code() == QLatin1String("clerkqt_superseded")
            || error.code() == QLatin1String("clerkqt_aborted");
        if (active && !superseded) {
            m_lastFailure = error;
            const int status = error.httpStatus();
            const bool rejected = status == 401 || status == 404;
            if (rejected) {
                // Only the server can say the session is over; Auth asks it (GET /v1/client) before acting.
                Q_EMIT sessionRejected(error);
            }
            if (!rejected && status >= 400 && status < 500 && status != 408 && status != 429) {
                // Clerk's SDKs retry no other 4xx: the request itself is wrong and would fail again.
                Q_EMIT errorOccurred(error);
            } else if (m_polling) {
                const milliseconds delay = backoffDelay(error);
                ++m_failedAttempts;
                qCInfo(lcToken) << "token refresh failed:" << error.code() << "- retrying in" << delay.count() << "ms";
                m_refreshTimer.setTimerType(Qt::PreciseTimer);
                armRefresh(delay.count());
                // The answer may come after the token ran out (a slow error, a timeout longer than the lead):
                // then the expiry is due at once, or the stale token would be served for as long as we fail.
                const auto it = m_cache.constFind(key);
                if (it != m_cache.constEnd())
                    m_expiryTimer.start(int(std::clamp<qint64>(servable(*it), 0, INT_MAX)));
                if (m_failedAttempts == 1)
                    Q_EMIT errorOccurred(error);
            }
        }
    }
    for (const Waiter &w : std::as_const(flight->waiters)) {
        if (w.context)
            w.done(jwt, error);
    }
    if (!flight->next.isEmpty())
        fetch(key, flight->next);
}

milliseconds TokenEngine::backoffDelay(const Error &error) const
{
    qint64 ttl = 60000;
    qint64 left = -1;
    const auto it = m_cache.constFind(activeKey());
    if (it != m_cache.constEnd()) {
        ttl = (it->claims.expiresAtSecs() - it->claims.issuedAtSecs()) * 1000;
        left = remaining(*it);
    }
    const qint64 base = std::clamp<qint64>(ttl / 20, 100, 1000);
    qint64 delay = base << std::min(m_failedAttempts, 10);
    // Capped below the token's remaining life where possible, so a retry still lands while it is valid.
    const qint64 cap = left > 2 * base ? left / 2 : kMaxBackoffMs;
    delay = std::min({delay, cap, kMaxBackoffMs});
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    delay = qint64(double(delay) * jitter);
    if (error.kind() == Error::Kind::RateLimited && error.retryAfter())
        delay = std::max<qint64>(delay, std::chrono::milliseconds(*error.retryAfter()).count());
    return milliseconds(std::max<qint64>(delay, 50));
}

void TokenEngine::clear()
{
    m_refreshTimer.stop();
    m_expiryTimer.stop();
    m_activeSession.clear();
    m_activeOrganization.clear();
    m_cache.clear();
    m_offered.clear();
    m_serverOrganization.clear();
    m_failedAttempts = 0;
    m_lastFailure = {};
    // In-flight requests finish on their own; their waiters get whatever the server answers.
    publish();
}

} // namespace Clerk
