// The token engine's clocks: the server's, learned from every answer (Date headers, token iat) as an interval of
// offsets; the wall clock's steps, noticed by the platform's watcher or between two reads; and the reads that
// find a token past its time (a sleep the timers did not see). The rest of the engine is tokenengine.cpp.
#include "tokenengine_p.h"

#include "clocksource_p.h"
#include "clockwatcher_p.h"
#include "logging_p.h"

#include <cmath>

using namespace std::chrono;

namespace Clerk {

namespace {

constexpr qint64 kJumpThresholdMs = 2000;

} // namespace

void TokenEngine::setClockChangeSource(ClockChangeSource *source)
{
    if (m_clockSource)
        disconnect(m_clockSource, nullptr, this, nullptr);
    if (m_watcher && source != m_watcher) {
        delete m_watcher; // closes its descriptor: nothing here listens to the host's clock any more
        m_watcher = nullptr;
    }
    m_clockSource = source;
    if (source)
        connect(source, &StaleTokenSource::mayBeStale, this, &TokenEngine::onClockChanged);
}

void TokenEngine::addStaleSource(StaleTokenSource *source)
{
    if (!source)
        return;
    const StaleTokenSource::Kind kind = source->kind();
    connect(source, &StaleTokenSource::mayBeStale, this, [this, kind] { onStaleNotice(kind); });
}

void TokenEngine::onStaleNotice(StaleTokenSource::Kind kind)
{
    const bool network = kind == StaleTokenSource::Kind::Reachability;
    const char *reason = network ? "the network is back" : "the application is active again";
    checkClockJump(); // a Mac that slept shows here as a forward step the timers never saw
    ++m_stats.wakeNotices;
    if (network && m_polling && m_failedAttempts > 0)
        refreshNow(reason); // what failed was most likely the network: retry now rather than after the backoff
    else
        judgeClockStep(reason);
}

bool TokenEngine::servableNow(const TokenClaims &claims) const
{
    if (claims.expiresAtSecs() == 0)
        return false;
    // As checkClockJump() would correct the offset for a step back it has not seen yet: without that, a token
    // would look younger by the step (a forward step keeps the offset, see there, so a sleep counts in full).
    const qint64 wall = now();
    const qint64 drift = (wall - m_wallAtMono) - (m_mono.elapsed() - m_monoAtWall);
    const qint64 serverNow = wall + serverOffset() + (m_haveOffset && drift <= -kJumpThresholdMs ? -drift : 0);
    const milliseconds ttl((claims.expiresAtSecs() - claims.issuedAtSecs()) * 1000);
    if (claims.issuedAtSecs() * 1000 <= serverNow + 5000
        && claims.expiresAtSecs() * 1000 - serverNow > readLeeway(ttl).count())
        return true;
    if (!std::exchange(m_staleReadQueued, true)) {
        // A getter must not emit: whoever reads (a binding, a slot) would be re-entered. Judged once it returns.
        auto *self = const_cast<TokenEngine *>(this);
        QMetaObject::invokeMethod(self, [self] { self->onStaleRead(); }, Qt::QueuedConnection);
    }
    return false;
}

void TokenEngine::onStaleRead()
{
    m_staleReadQueued = false;
    ++m_stats.staleReads;
    checkClockJump();
    judgeClockStep("a read found the session token expired");
}

milliseconds TokenEngine::readLeeway(milliseconds ttl) const
{
    return std::min(milliseconds(1000), leadFor(ttl) / 2);
}

qint64 TokenEngine::servable(const Cached &cached) const
{
    const milliseconds ttl((cached.claims.expiresAtSecs() - cached.claims.issuedAtSecs()) * 1000);
    return remaining(cached) - readLeeway(ttl).count();
}

void TokenEngine::onClockChanged()
{
    checkClockJump();
    judgeClockStep();
    ++m_stats.clockNotices;
}

void TokenEngine::judgeClockStep(const char *reason)
{
    // The timers are monotonic: they still aim at the token's expiry as the wall clock put it before the step.
    // NTP steps the clock by fractions of a second many times a day, so only a step that brings the expiry
    // inside the lead (or past it) is worth a request; any other just re-aims the timers.
    if (m_activeSession.isEmpty())
        return;
    if (!m_polling) {
        publishAndNotify();
        schedule(); // re-aims the expiry timer only
        return;
    }
    const auto it = m_cache.constFind(activeKey());
    const qint64 left = it == m_cache.constEnd() ? -1 : remaining(*it);
    const qint64 lead = it == m_cache.constEnd()
        ? 0 : leadFor(milliseconds((it->claims.expiresAtSecs() - it->claims.issuedAtSecs()) * 1000)).count();
    if (!m_haveOffset || left <= lead) {
        // Without a sample of the server's clock there is nothing to judge the step by. A token judged expired
        // is withdrawn now rather than served until the refresh answers.
        publishAndNotify();
        refreshNow(reason);
        return;
    }
    if (m_failedAttempts > 0) {
        m_expiryTimer.start(int(std::clamp<qint64>(servable(*it), 0, INT_MAX))); // the retry keeps its backoff
        return;
    }
    schedule();
}

qint64 TokenEngine::serverOffset() const
{
    return m_haveOffset ? (m_offsetLo + m_offsetHi) / 2 : 0;
}

void TokenEngine::sampleServerTime(qint64 serverSecondsFloor, qint64 localMs)
{
    // The server stamped floor(its time) somewhere between our send and our receive; on loopback or a LAN the
    // gap is small, so the stamp bounds the offset to [s - local, s + 1000 - local]. Intersecting the samples
    // narrows the offset well below a second after a few responses.
    const qint64 lo = serverSecondsFloor * 1000 - localMs;
    const qint64 hi = lo + 1000;
    if (!m_haveOffset || lo > m_offsetHi + 250 || hi < m_offsetLo - 250) {
        // First sample, or one that contradicts the others (the server's or our clock moved): start over.
        m_offsetLo = lo;
        m_offsetHi = hi;
        m_haveOffset = true;
        return;
    }
    m_offsetLo = std::max(m_offsetLo, lo);
    m_offsetHi = std::min(m_offsetHi, hi);
    if (m_offsetLo > m_offsetHi)
        std::swap(m_offsetLo, m_offsetHi);
}

void TokenEngine::observeServerDate(const QDateTime &date)
{
    if (!date.isValid())
        return;
    const bool jumped = checkClockJump();
    sampleServerTime(date.toSecsSinceEpoch(), now());
    if (jumped)
        judgeClockStepLater();
}

void TokenEngine::judgeClockStepLater()
{
    // Seen mid-way through a caller's own work (a reply being handled, a getToken): judge once it is done.
    if (!m_activeSession.isEmpty())
        QTimer::singleShot(0, this, [this] { judgeClockStep(); });
}

bool TokenEngine::checkClockJump()
{
    const qint64 wall = now();
    const qint64 mono = m_mono.elapsed();
    const qint64 drift = (wall - m_wallAtMono) - (mono - m_monoAtWall);
    m_wallAtMono = wall;
    m_monoAtWall = mono;
    if (std::llabs(drift) < kJumpThresholdMs)
        return false;
    ++m_stats.clockJumps;
    qCInfo(lcToken) << "wall clock jumped by" << drift << "ms";
    // Back: our clock was set and the server's did not follow, so the offset moves by the same amount. Forward:
    // our clock was set, or real time passed that the monotonic clock did not count (suspend), and then the
    // server's clock moved on too and the offset still holds. Nothing here tells the two apart, so a forward
    // step keeps the offset: the token looks older than it may be (at worst one early refresh, whose answer
    // samples the server's clock again) rather than younger (serving a token that ran out while we slept).
    if (m_haveOffset && drift < 0) {
        m_offsetLo -= drift;
        m_offsetHi -= drift;
    }
    return true;
}

qint64 TokenEngine::expiresLocal(const TokenClaims &claims) const
{
    return claims.expiresAtSecs() * 1000 - serverOffset();
}

qint64 TokenEngine::remaining(const Cached &cached) const
{
    // A token issued in the server's future (its clock stepped back since) is rejected by backends as not yet
    // valid: treat it as used up, so it is replaced instead of served.
    const qint64 serverNow = now() + serverOffset();
    if (cached.claims.issuedAtSecs() * 1000 > serverNow + 5000)
        return -1;
    return expiresLocal(cached.claims) - now();
}

} // namespace Clerk
