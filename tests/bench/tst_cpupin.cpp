// tests/bench/cpupin.h in both implementations: built as tst_cpupin with the OS's own (sched_setaffinity here) and
// as tst_cpupin_portable with the fallback other OSes use. Pinning must leave the process on exactly one core; the
// fallback must say it did not pin, so a benchmark's output tells its figures apart. Only this test's own process
// is pinned.
#include "cpupin.h"

#include <QTest>

class tst_CpuPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinsToOneCore()
    {
        const QString line = Bench::pinToOneCore();
        if (qEnvironmentVariableIsSet("CLERKQT_EXPECT_NO_PINNING")) {
            QVERIFY2(line.startsWith(QLatin1String("cpu: not pinned (")), qPrintable(line));
            QVERIFY(!Bench::allowedCoreCount());
            return;
        }
        QVERIFY2(line.startsWith(QLatin1String("cpu: pinned to core ")), qPrintable(line));
        const std::optional<int> cores = Bench::allowedCoreCount();
        QVERIFY2(cores, "this platform's implementation cannot tell the allowed cores");
        QCOMPARE(*cores, 1);
        // Pinning again keeps the same core: the first allowed one, now the only one.
        QCOMPARE(Bench::pinToOneCore(), line);
    }
};

QTEST_GUILESS_MAIN(tst_CpuPin)
#include "tst_cpupin.moc"
