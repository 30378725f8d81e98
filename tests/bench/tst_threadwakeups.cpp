// tests/bench/threadwakeups.h in both implementations: tst_threadwakeups with the OS's own (/proc here) and
// tst_threadwakeups_portable with the fallback other OSes use. The OS's own must see a thread of this process by
// its name and count each time it slept and was woken; the fallback must say it cannot, so bench_idle reports
// its figures without wake-ups rather than zeros.
#include "threadwakeups.h"

#include <QCoreApplication>
#include <QList>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <algorithm>

class tst_ThreadWakeups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEachThreadsWakeups()
    {
        const qint64 pid = QCoreApplication::applicationPid();
        if (qEnvironmentVariableIsSet("CLERKQT_EXPECT_NO_WAKEUP_COUNTS")) {
            QVERIFY(!Bench::threadWakeupsAvailable());
            QVERIFY(Bench::threadWakeups(pid).isEmpty());
            return;
        }
        QVERIFY(Bench::threadWakeupsAvailable());
        // A thread that sleeps 50 times (each sleep is one wake-up when it ends), then waits to be let go.
        QSemaphore started, slept, letGo;
        QThread *sleeper = QThread::create([&] {
            started.acquire();
            for (int i = 0; i < 50; ++i)
                QThread::msleep(1);
            slept.release();
            letGo.acquire();
        });
        sleeper->setObjectName(QStringLiteral("wakeup-probe"));
        sleeper->start();
        const auto probe = [&]() -> qint64 {
            for (const Bench::ThreadWakeups &t : Bench::threadWakeups(pid))
                if (t.name == QLatin1String("wakeup-probe"))
                    return t.wakeups;
            return -1;
        };
        QTRY_VERIFY(probe() >= 0); // the thread has its name once it runs
        const qint64 before = probe();
        started.release();
        QVERIFY(slept.tryAcquire(1, 10000));
        const qint64 after = probe();
        letGo.release();
        sleeper->wait();
        delete sleeper;
        QVERIFY2(after - before >= 50, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        const QList<Bench::ThreadWakeups> threads = Bench::threadWakeups(pid);
        QVERIFY(std::any_of(threads.cbegin(), threads.cend(), [&](const Bench::ThreadWakeups &t) { return t.tid == pid; }));
        QTRY_COMPARE(probe(), qint64(-1)); // a thread that ended is no longer listed (once the OS has reaped it)
        QVERIFY(Bench::threadWakeups(-1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ThreadWakeups)
#include "tst_threadwakeups.moc"
