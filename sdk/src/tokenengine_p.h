// The token engine: caches session tokens per (session, organization, template), shares one request among
// concurrent callers, refreshes the active session's token on a QTimer ahead of expiry, corrects for a
// skewed local clock, and backs off on failure without ever signing anyone out by itself.
#pragma once

#include "clocksource_p.h"

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>
#include <ClerkQt/tokenclaims.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Clerk {

class ClockWatcher;
class FapiClient;
struct FapiResult;

class TokenEngine : public QObject
{
    Q_OBJECT
public:
    /// Local wall-clock time in Unix milliseconds (AuthConfig::clock, or the system clock).
    using Clock = std::function<qint64()>;
    using Done = std::function<void(const QString &jwt, const Error &error)>;

    struct Stats
    {
        int fetches = 0;       ///< token requests sent
        int timerWakeups = 0;  ///< refresh/expiry timer fires
        int failures = 0;      ///< token requests that failed
        int clockJumps = 0;    ///< wall-clock jumps noticed
        int clockNotices = 0;  ///< clock-change notices judged (each is counted once the engine has acted on it)
        int wakeNotices = 0;   ///< activation and reachability notices judged
        int staleReads = 0;    ///< judgements queued by reads that found the token expired (one for many reads)
    };

    TokenEngine(FapiClient *fapi, Clock clock, QObject *parent = nullptr);
    ~TokenEngine() override;

    void setPolling(bool enabled);
    void setLead(std::chrono::milliseconds lead);
    /// Where notices of a stepped wall clock come from. The engine starts with the platform's ClockWatcher and
    /// drops it for `source` (not owned; null = none), so tests drive clock steps without the host's clock.
    void setClockChangeSource(ClockChangeSource *source);
    /// Listens to `source` (not owned; it may go at any time) for "the token may be stale" notices: application
    /// activation, network reachability. A notice while the token is fresh costs no request; one while it is
    /// within its lead, expired or gone refreshes it at once, one request however many notices come together.
    void addStaleSource(StaleTokenSource *source);

    /// Auth's hand-over of its client model: the tokens that came with it (session id → `last_active_token`,
    /// each costing no request; its organization is read from its own claims) and the session (and active
    /// organization) whose default token is `sessionToken()` and is kept fresh. An empty session id means signed
    /// out: polling stops and every token is gone.
    /// Emits no sessionTokenChanged: the caller reads sessionToken() when it is done, so the engine never calls
    /// back into it while it hands over. The signal is for the changes the engine makes on its own.
    void handOver(const QHash<QString, QString> &lastActiveTokens, const QString &activeSessionId,
                  const QString &activeOrganizationId);
    /// The active session's default token while it is valid by the server's clock (servableNow()); empty
    /// otherwise.
    QString sessionToken() const { return servableNow(m_publishedClaims) ? m_published : QString(); }
    TokenClaims sessionClaims() const { return servableNow(m_publishedClaims) ? m_publishedClaims : TokenClaims(); }
    /// Whether a token with `claims` (one this engine published) may be handed out now: its expiry, on the local
    /// clock corrected by the server's offset, is more than readLeeway() away. Timers stand still while a Mac
    /// sleeps, so nothing else may have withdrawn it. When it may not, the engine — after this read returns,
    /// never from inside it — withdraws it (sessionTokenChanged with an empty token) and, while polling, fetches a
    /// new one (sessionTokenChanged again once it is in).
    bool servableNow(const TokenClaims &claims) const;
    /// How long before its expiry a token of `ttl` stops being handed out: 1 s — the uncertainty of the server
    /// offset (under a second after a few answers) plus a request's way to the backend — and at most half the
    /// refresh lead, so that a short-lived token is refreshed before it is withdrawn.
    std::chrono::milliseconds readLeeway(std::chrono::milliseconds ttl) const;

    /// Clerk's Session.getToken. `done` runs exactly once, possibly before getToken returns (cache hit).
    void getToken(const GetTokenOptions &options, const QObject *context, Done done);
    /// What getToken(options) would answer from the cache now, without a request; empty when it would ask.
    QString cachedToken(const GetTokenOptions &options) const;

    /// A response's `Date` header, seen at local time clock() — one sample of the server's clock.
    void observeServerDate(const QDateTime &date);
    /// Milliseconds to add to the local clock to get the server's.
    qint64 serverOffset() const;

    /// Something says the token is stale (a clock step into the lead, a read past its expiry): refresh now.
    void refreshNow(const char *reason);

    Stats stats() const { return m_stats; }
    /// When the refresh timer fires next; negative when none is armed (a refresh in flight, polling off).
    std::chrono::milliseconds refreshDueIn() const;
    /// The lead used for a token of `ttl`: the configured lead, scaled down for short-lived tokens.
    std::chrono::milliseconds leadFor(std::chrono::milliseconds ttl) const;

Q_SIGNALS:
    /// The engine changed the token by itself (refresh, expiry, clock step) — never during handOver().
    void sessionTokenChanged(const QString &token);
    /// A refresh failed in a way the app should know about (the token may still be valid; see sessionToken).
    void errorOccurred(const Clerk::Error &error);
    /// The token endpoint rejected the session (401/404): Auth confirms with the server before anything else.
    void sessionRejected(const Clerk::Error &error);
    /// The token endpoint answered with a token for the active session — a new one or, within the same second,
    /// the one already held. Either way the server is reachable again.
    void refreshAnswered();

private:
    struct Key
    {
        QString session, organization, templateName;
        bool operator==(const Key &o) const
        {
            return session == o.session && organization == o.organization && templateName == o.templateName;
        }
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.session, k.organization, k.templateName); }

    struct Cached
    {
        QString jwt;
        TokenClaims claims;
        quint64 seq = 0; ///< when it was asked for (see m_seq): a later request's answer wins
    };
    struct Waiter
    {
        QPointer<const QObject> context;
        Done done;
    };
    struct Flight
    {
        qint64 startedMono = 0;
        quint64 seq = 0;
        QList<Waiter> waiters;
        QList<Waiter> next; ///< skipCache callers that came after this flight started
        bool organizationNamed = true; ///< the request named the organization (else: the session's own)
    };

    qint64 now() const { return m_clock(); }
    qint64 expiresLocal(const TokenClaims &claims) const;
    qint64 remaining(const Cached &cached) const;
    /// The cached token getToken(options) may answer with for `key`, or null.
    const Cached *cacheHit(const Key &key, const GetTokenOptions &options) const;
    void sampleServerTime(qint64 serverSecondsFloor, qint64 localMs);
    bool checkClockJump();
    void onClockChanged();
    void onStaleNotice(StaleTokenSource::Kind kind);
    void onStaleRead();
    /// A step or a notice: withdraw an expired token, refresh one within its lead, re-aim the timers otherwise.
    void judgeClockStep(const char *reason = "a clock step brought the token's expiry within its lead");
    /// remaining() less the read leeway: how long `cached` may still be handed out.
    qint64 servable(const Cached &cached) const;
    void judgeClockStepLater();
    void armRefresh(qint64 ms);
    void setActive(const QString &sessionId, const QString &organizationId);
    void offer(const QString &sessionId, const QString &jwt);
    /// Sign-out: forget every token and stop.
    void clear();
    /// Returns whether sessionToken() changed; emits nothing (see handOver()).
    bool store(const Key &key, const QString &jwt, quint64 seq, bool fromTokenEndpoint);
    void fetch(const Key &key, QList<Waiter> waiters = {});
    void onFetched(const Key &key, const FapiResult &result);
    /// Recomputes sessionToken(); returns whether it changed; emits nothing (see handOver()).
    bool publish();
    /// publish(), announcing a change: for the engine's own changes (timers, answers, clock steps).
    void publishAndNotify();
    void schedule();
    void onRefreshTimer();
    void onExpiryTimer();
    std::chrono::milliseconds backoffDelay(const Error &error) const;
    Key activeKey() const { return {m_activeSession, m_activeOrganization, {}}; }

    FapiClient *m_fapi;
    Clock m_clock;
    ClockWatcher *m_watcher = nullptr; ///< the platform's source, until setClockChangeSource replaces it
    QPointer<ClockChangeSource> m_clockSource;
    mutable bool m_staleReadQueued = false; ///< a read found the token expired; its judgement is queued
    bool m_polling = true;
    std::chrono::milliseconds m_lead{10000};
    QString m_activeSession, m_activeOrganization;
    QHash<Key, Cached> m_cache;
    QHash<Key, std::shared_ptr<Flight>> m_flights;
    QString m_published;
    TokenClaims m_publishedClaims;
    QTimer m_refreshTimer, m_expiryTimer;
    qint64 m_refreshDueMono = 0; ///< when m_refreshTimer is due (monotonic ms); a coarse timer rounds its own
    int m_failedAttempts = 0;
    Error m_lastFailure;
    // The server's clock as an interval [lo, hi] of offsets (ms) consistent with every sample so far.
    bool m_haveOffset = false;
    qint64 m_offsetLo = 0, m_offsetHi = 0;
    QElapsedTimer m_mono;
    qint64 m_wallAtMono = 0; ///< wall clock when m_mono was last checked against it
    qint64 m_monoAtWall = 0;
    /// session → its active organization on the server as last heard: from the client model, and from every
    /// token request that named one (Clerk makes a named organization the session's active one)
    QHash<QString, QString> m_serverOrganization;
    QHash<QString, QString> m_offered; ///< session → the last token offered for it (the model repeats them)
    quint64 m_seq = 0; ///< increments with every token request sent and every token offered
    qint64 m_lastAnswerMono = -1; ///< when the last token answer arrived (monotonic ms)
    Stats m_stats;
};

} // namespace Clerk
