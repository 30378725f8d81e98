// The fuzz targets without libFuzzer, for every compiler and CI: replays the generated seed corpus
// (gen_corpus.py, from Clerk's recorded responses) and a few thousand seeded random mutations of it through the
// same entry points the libFuzzer targets use. Under scripts/sanitize.sh it runs with ASan/UBSan.
// CLERKQT_FUZZ_MUTATIONS (default 3000 per target) and CLERKQT_FUZZ_SEED change the mutation run.
#include "fuzz_entrypoints.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

namespace {

using Entry = std::function<void(const uint8_t *, size_t)>;

/// A libFuzzer-like mutation: bit flips, byte changes, inserts, erases, duplications, splices, truncation and
/// "interesting" bytes (JSON and JWT delimiters, huge numbers).
QByteArray mutate(QByteArray in, const QList<QByteArray> &corpus, QRandomGenerator &rng)
{
    static const QList<QByteArray> tokens{"\"", "{", "}", "[", "]", ":", ",", ".", "=", "null", "true", "-1",
                                          "1e309", "99999999999999999999", "\\u0000", "\xff", "\xc3", "%", "$",
                                          "{\"response\":", "\"client\":", "\"sessions\":[", "\"jwt\":\"",
                                          "eyJhbGciOiJSUzI1NiJ9", "pk_test_", "pk_live_"};
    const int rounds = 1 + int(rng.bounded(4));
    for (int r = 0; r < rounds; ++r) {
        const int pos = in.isEmpty() ? 0 : int(rng.bounded(quint32(in.size())));
        switch (rng.bounded(8)) {
        case 0:
            if (!in.isEmpty())
                in[pos] = char(in.at(pos) ^ char(1 << rng.bounded(8)));
            break;
        case 1:
            if (!in.isEmpty())
                in[pos] = char(rng.bounded(256));
            break;
        case 2:
            in.insert(pos, char(rng.bounded(256)));
            break;
        case 3:
            if (!in.isEmpty())
                in.remove(pos, 1 + int(rng.bounded(quint32(std::min<qsizetype>(16, in.size() - pos)))));
            break;
        case 4:
            in.insert(pos, tokens.at(int(rng.bounded(quint32(tokens.size())))));
            break;
        case 5:
            if (!in.isEmpty()) {
                const int len = 1 + int(rng.bounded(quint32(std::min<qsizetype>(64, in.size() - pos))));
                in.insert(pos, in.mid(pos, len));
            }
            break;
        case 6: {
            const QByteArray &other = corpus.at(int(rng.bounded(quint32(corpus.size()))));
            if (!other.isEmpty()) {
                const int from = int(rng.bounded(quint32(other.size())));
                in = in.left(pos) + other.mid(from);
            }
            break;
        }
        default:
            in.truncate(pos);
            break;
        }
    }
    return in.left(256 * 1024);
}

} // namespace

class tst_FuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("jwt") << QStringLiteral("jwt");
        QTest::newRow("fapi") << QStringLiteral("fapi");
        QTest::newRow("publishable_key") << QStringLiteral("publishable_key");
    }
    void replay()
    {
        QFETCH(QString, target);
        const Entry entry = target == QLatin1String("jwt") ? Entry(FuzzEntry::jwt)
            : target == QLatin1String("fapi")              ? Entry(FuzzEntry::fapi)
                                                           : Entry(FuzzEntry::publishableKey);
        QDir dir(QStringLiteral(CLERKQT_FUZZ_CORPUS_DIR) + QLatin1Char('/') + target);
        QList<QByteArray> corpus;
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            corpus << f.readAll();
        }
        QVERIFY2(corpus.size() >= 10, qPrintable(QStringLiteral("seed corpus missing in %1").arg(dir.path())));
        for (const QByteArray &seed : std::as_const(corpus))
            entry(reinterpret_cast<const uint8_t *>(seed.constData()), size_t(seed.size()));

        bool ok = false;
        int mutations = qEnvironmentVariableIntValue("CLERKQT_FUZZ_MUTATIONS", &ok);
        if (!ok)
            mutations = 3000;
        const quint32 seed = quint32(qEnvironmentVariableIntValue("CLERKQT_FUZZ_SEED", &ok));
        QRandomGenerator rng(ok ? seed : 1234u);
        for (int i = 0; i < mutations; ++i) {
            const QByteArray input = mutate(corpus.at(int(rng.bounded(quint32(corpus.size())))), corpus, rng);
            entry(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        }
        // Big inputs the mutator rarely builds: deep nesting and long strings.
        const QByteArray deep = QByteArray(20000, '[') + QByteArray(20000, ']');
        entry(reinterpret_cast<const uint8_t *>(deep.constData()), size_t(deep.size()));
        const QByteArray deepObj = QByteArray("{\"response\":").repeated(5000);
        entry(reinterpret_cast<const uint8_t *>(deepObj.constData()), size_t(deepObj.size()));
        const QByteArray longDots = QByteArray(100000, '.');
        entry(reinterpret_cast<const uint8_t *>(longDots.constData()), size_t(longDots.size()));
        qDebug("%s: %lld seeds + %d mutations", qPrintable(target), qlonglong(corpus.size()), mutations);
    }
};

QTEST_GUILESS_MAIN(tst_FuzzReplay)
#include "tst_fuzz_replay.moc"
