// Leak growth: 10 000 token refresh cycles (getToken with skipCache: one FAPI round trip and one new JWT each)
// through Clerk::Auth against the in-process emulator; the heap in use (heapusage.h) after 1 000 cycles and
// after 10 000 must be the same within a small bound. Under ASan (scripts/sanitize.sh) the heap figure is
// meaningless: the run then relies on LeakSanitizer at exit.
// CLERKQT_LEAK_CYCLES changes the 10 000.
#include "heapusage.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
#define CLERKQT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLERKQT_ASAN 1
#endif
#endif

using namespace Clerk;
using namespace TestHelpers;

class tst_LeakGrowth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Logging off: a growing log buffer somewhere is not what is measured.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    }

    void refreshCyclesDoNotGrowTheHeap()
    {
#ifndef CLERKQT_ASAN
        if (!heapInUse())
            QSKIP("no heap reading on this platform (tests/common/heapusage_portable.cpp); the sanitizer pass's "
                  "LeakSanitizer covers leaks there");
#endif
        bool ok = false;
        int total = qEnvironmentVariableIntValue("CLERKQT_LEAK_CYCLES", &ok);
        if (!ok)
            total = 10000;
        ClerkEmulator::Server server;
        QVERIFY(server.listen());
        AuthConfig config = configFor(server, uniqueService("leak"));
        config.persistSession = false;
        config.tokenPolling = false; // only our cycles
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());

        GetTokenOptions fresh;
        fresh.skipCache = true;
        int failures = 0;
        auto cycles = [&](int n) {
            for (int i = 0; i < n; ++i) {
                Reply *r = auth.getToken(fresh);
                QSignalSpy done(r, &Reply::finished);
                if (!done.wait(20000) || r->hasError())
                    ++failures;
            }
            QTest::qWait(50); // deleteLater()s
        };
        const int warmup = std::min(1000, total / 10);
        cycles(warmup);
        const std::optional<qint64> before = heapInUse();
        cycles(total - warmup);
        const std::optional<qint64> after = heapInUse();
        QCOMPARE(failures, 0);
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens")), total);
#ifdef CLERKQT_ASAN
        printf("info: leak growth: %d refresh cycles under ASan (heap figure not meaningful; LeakSanitizer checks at exit)\n", total);
        Q_UNUSED(before);
        Q_UNUSED(after);
#else
        QVERIFY(before && after);
        const qint64 growth = *after - *before;
        printf("info: heap in use after %d cycles=%lld B, after %d cycles=%lld B, growth=%lld B (%.2f B/cycle, SDK and "
               "in-process emulator together)\n",
               warmup, *before, total, *after, growth, double(growth) / double(total - warmup));
        fflush(stdout);
        // A leak of even one small object per cycle (a Reply, a QNetworkReply, a token string) is > 100 B/cycle.
        QVERIFY2(growth < qint64(total - warmup) * 16,
                 qPrintable(QStringLiteral("heap grew by %1 bytes over %2 cycles").arg(growth).arg(total - warmup)));
#endif
    }
};

QTEST_GUILESS_MAIN(tst_LeakGrowth)
#include "tst_leak_growth.moc"
