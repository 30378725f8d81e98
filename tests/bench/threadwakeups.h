// How often each thread of a process has gone to sleep and been woken: the scheduler's count of voluntary
// context switches per thread, read from outside the process so that reading it never wakes it. Platform code:
// threadwakeups_linux.cpp (/proc/<pid>/task) or threadwakeups_portable.cpp (not available), chosen by
// tests/bench/CMakeLists.txt.
#pragma once

#include <QList>
#include <QString>

namespace Bench {

struct ThreadWakeups
{
    qint64 tid = 0;
    QString name;        ///< the thread's name as the OS knows it (QThread::setObjectName / the OS default)
    qint64 wakeups = 0;  ///< voluntary context switches since the thread started
};

/// Whether threadWakeups() can read anything on this platform; when not, the benchmark says so and prints the
/// figures it has without the wake-ups.
bool threadWakeupsAvailable();

/// Every thread of process `pid` now; empty when the process is gone or the platform cannot tell.
QList<ThreadWakeups> threadWakeups(qint64 pid);

} // namespace Bench
