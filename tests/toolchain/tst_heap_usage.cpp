// tests/common/heapusage.h in both implementations: built as tst_heap_usage with the OS's own (glibc's mallinfo2
// here) and as tst_heap_usage_portable with the fallback other OSes use. A reading must see a megabyte kept alive;
// the fallback must say it has none (so tst_leak_growth skips instead of comparing nothing).
#include "heapusage.h"

#include <QTest>

#include <memory>

class tst_HeapUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingFollowsTheHeap()
    {
        const std::optional<qint64> before = TestHelpers::heapInUse();
        if (qEnvironmentVariableIsSet("CLERKQT_EXPECT_NO_HEAP_READING")) {
            QVERIFY(!before);
            return;
        }
#ifdef CLERKQT_HEAP_SANITIZED
        QVERIFY(!before);
        QSKIP("ASan build: the heap is ASan's, libc gives no reading of it");
#endif
        QVERIFY2(before, "this platform's implementation gave no reading");
        constexpr qint64 size = 1 << 20;
        auto block = std::make_unique<char[]>(size);
        for (qint64 i = 0; i < size; i += 4096) // touched, so no allocator can fold it away
            block[i] = char(i);
        const std::optional<qint64> during = TestHelpers::heapInUse();
        QVERIFY(during);
        QVERIFY2(*during - *before >= size,
                 qPrintable(QStringLiteral("heap in use rose by %1 B for a 1 MiB block").arg(*during - *before)));
        QVERIFY(block[4096] == char(4096));
        block.reset();
        const std::optional<qint64> after = TestHelpers::heapInUse();
        QVERIFY(after);
        QVERIFY(*after < *during);
    }
};

QTEST_GUILESS_MAIN(tst_HeapUsage)
#include "tst_heap_usage.moc"
