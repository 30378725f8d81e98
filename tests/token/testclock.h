// The token tests' wall clock: the tests skew it and jump it (a sleep, a clock step) through AuthConfig::clock,
// never touching the host's clock; the engine's timers run on the monotonic clock and do not see it move.
#pragma once

#include <QDateTime>

#include <atomic>
#include <functional>
#include <memory>

struct TestClock
{
    std::shared_ptr<std::atomic<qint64>> offset = std::make_shared<std::atomic<qint64>>(0);
    std::function<QDateTime()> fn() const
    {
        auto o = offset;
        return [o] { return QDateTime::currentDateTimeUtc().addMSecs(o->load()); };
    }
};
