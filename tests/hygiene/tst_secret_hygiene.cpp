// Secret hygiene: no token, password or verification code in any log line (any level, any category) or in
// any file written during the run; plain http only to loopback; the emulator answers hostile input with Clerk's
// error envelope.
//
// The run gets its own HOME, XDG directories and TMPDIR (see main()), and the disk check scans exactly those:
// walking the machine's whole temp directory and home took longer than ctest allows on a busy machine.
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>

using namespace Clerk;
using namespace TestHelpers;

namespace {

QMutex g_logMutex;
QStringList g_log;              // every message, with its category
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QStringLiteral("%1 [%2] %3")
                     .arg(int(type))
                     .arg(QString::fromLatin1(context.category ? context.category : "default"), message);
    }
    Q_UNUSED(g_previous);
}

const QString kWrongPassword = QStringLiteral("hunter2-definitely-wrong-pw");
const QString kNewUserPassword = QStringLiteral("sign-up-Secret-pw-9876");

/// The pieces of a secret that must not appear anywhere: the whole string, and — for JWT-shaped ones — the
/// payload and signature segments and every 16-character window of them (a log that printed a truncated token
/// would still leak it).
QStringList needlesFor(const QString &secret)
{
    QStringList out{secret};
    const QStringList parts = secret.split(QLatin1Char('.'));
    if (parts.size() == 3) {
        for (int p = 1; p < 3; ++p) {
            const QString seg = parts.at(p);
            out << seg;
            for (int i = 0; i + 16 <= seg.size(); i += 8)
                out << seg.mid(i, 16);
        }
    } else if (secret.size() > 24) {
        for (int i = 0; i + 16 <= secret.size(); i += 8)
            out << secret.mid(i, 16);
    }
    out.removeDuplicates();
    return out;
}

/// Whether `answer` holds a whole HTTP response: the headers and the body their Content-Length declares.
bool isWholeResponse(const QByteArray &answer)
{
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray headers = answer.left(headerEnd).toLower();
    const qsizetype cl = headers.indexOf("content-length:");
    if (cl < 0)
        return false;
    const qsizetype eol = headers.indexOf("\r\n", cl);
    bool ok = false;
    const qsizetype length = headers.mid(cl + 15, eol < 0 ? -1 : eol - cl - 15).trimmed().toLongLong(&ok);
    return ok && answer.size() >= headerEnd + 4 + length;
}

/// Every file under `root` (hidden ones too, symlinks not followed) and the secrets it contains: path → secrets.
QMultiHash<QString, QString> filesHoldingSecrets(const QString &root, const QStringList &secrets, int *scanned)
{
    QMultiHash<QString, QString> hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++*scanned;
        const QByteArray content = f.readAll();
        for (const QString &s : secrets) {
            if (content.contains(s.toUtf8()))
                hits.insert(QFileInfo(path).canonicalFilePath(), s);
        }
    }
    return hits;
}

struct Secrets
{
    QStringList items; // raw secrets
    void add(const QString &s)
    {
        if (!s.isEmpty() && !items.contains(s))
            items << s;
    }
};

} // namespace

class tst_SecretHygiene : public QObject
{
    Q_OBJECT

    const QString sandbox; // the run's own HOME and TMPDIR live in here (see main())
    ClerkEmulator::Server server;
    QString service;
    Secrets secrets;
    SpyNam *spyNam = nullptr;

    void trackTokens(Auth &auth)
    {
        connect(&auth, &Auth::sessionTokenChanged, this, [this](const QString &t) { secrets.add(t); });
    }

    void harvestClientTokens()
    {
        for (const QString &t : spyNam->allClientTokens)
            secrets.add(t);
    }

    /// Fails with the first needle found in `haystack` (`where` names the place).
    static QString findLeak(const QByteArray &haystack, const QStringList &secretsList)
    {
        for (const QString &secret : secretsList) {
            for (const QString &needle : needlesFor(secret)) {
                if (haystack.contains(needle.toUtf8()))
                    return needle;
            }
        }
        return {};
    }

public:
    explicit tst_SecretHygiene(const QString &sandboxDir) : sandbox(QDir::cleanPath(sandboxDir)) {}

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!sandbox.isEmpty());
        // Everything, at every level — the SDK's categories and Qt's own (qt.network.*) included.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true\n*.warning=true"));
        g_previous = qInstallMessageHandler(captureMessage);
        QVERIFY(server.listen());
        server.setTokenTtl(3);
        service = uniqueService("hygiene");
        spyNam = new SpyNam(this);
        // The fixed secrets of the run.
        secrets.add(kJanePassword);
        secrets.add(kBobPassword);
        secrets.add(kWrongPassword);
        secrets.add(kNewUserPassword);
        secrets.add(kTestCode);
        secrets.add(kBobTotpSecret);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());
        deleteKeychain(service, keychainKey(service, server.publishableKey()));
    }

    // ---- The flows: every one that handles a secret ---------------------------------------------------
    void passwordSignInRefreshSignOut()
    {
        Auth auth(configFor(server, service, spyNam));
        trackTokens(auth);
        QVERIFY(waitLoaded(auth));
        Outcome o = await(auth.signIn(kJane, kWrongPassword));
        QVERIFY(o.finished && !o.error.isNull());
        o = await(auth.signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth.isSignedIn());
        secrets.add(auth.sessionToken());
        // Background refreshes (3 s tokens) plus explicit ones, a template and an organization token.
        QSignalSpy changed(&auth, &Auth::sessionTokenChanged);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 30000);
        GetTokenOptions fresh;
        fresh.skipCache = true;
        for (int i = 0; i < 3; ++i) {
            o = await(auth.getToken(fresh));
            QVERIFY(o.ok());
            secrets.add(o.result.toString());
        }
        GetTokenOptions tmpl;
        tmpl.templateName = QStringLiteral("api");
        o = await(auth.getToken(tmpl));
        if (o.ok())
            secrets.add(o.result.toString());
        GetTokenOptions org;
        org.organizationId = kAcme;
        o = await(auth.getToken(org));
        if (o.ok())
            secrets.add(o.result.toString());
        // The token really is in the keychain (the disk check below is meaningful only then).
        QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(service, keychainKey(service, server.publishableKey())).second.isEmpty(), 20000);
        secrets.add(storedClientToken(service, keychainKey(service, server.publishableKey())));
        harvestClientTokens();
        o = await(auth.signOut());
        QVERIFY(o.ok());
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
    }

    void restoreFromKeychain()
    {
        // Sign in, drop the Auth, restore: the restore path logs too.
        {
            Auth auth(configFor(server, service, spyNam));
            trackTokens(auth);
            QVERIFY(waitLoaded(auth));
            QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
            QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(service, keychainKey(service, server.publishableKey())).second.isEmpty(),
                                     20000);
        }
        Auth restored(configFor(server, service, spyNam));
        trackTokens(restored);
        QVERIFY(waitLoaded(restored));
        QCOMPARE(restored.status(), Auth::Status::SignedIn);
        secrets.add(restored.sessionToken());
        harvestClientTokens();
        QVERIFY(await(restored.signOut()).ok());
    }

    void emailCodeSignIn()
    {
        Auth auth(configFor(server, service, spyNam));
        trackTokens(auth);
        QVERIFY(waitLoaded(auth));
        Outcome o = await(auth.signInWithCode(kJane, Factor::Strategy::EmailCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        o = await(auth.attemptFirstFactor(Factor::Strategy::EmailCode, QStringLiteral("000001")));
        QVERIFY(!o.error.isNull());
        secrets.add(QStringLiteral("000001"));
        o = await(auth.attemptFirstFactor(Factor::Strategy::EmailCode, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth.isSignedIn());
        secrets.add(auth.sessionToken());
        harvestClientTokens();
        QVERIFY(await(auth.signOut()).ok());
    }

    void secondFactor()
    {
        Auth auth(configFor(server, service, spyNam));
        trackTokens(auth);
        QVERIFY(waitLoaded(auth));
        Outcome o = await(auth.signIn(kBob, kBobPassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::NeedsSecondFactor);
        const QString code = totp(kBobTotpSecret, server.now());
        secrets.add(code);
        o = await(auth.attemptSecondFactor(Factor::Strategy::Totp, code));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth.isSignedIn());
        secrets.add(auth.sessionToken());
        harvestClientTokens();
        QVERIFY(await(auth.signOut()).ok());
    }

    void signUpWithCode()
    {
        Auth auth(configFor(server, service, spyNam));
        trackTokens(auth);
        QVERIFY(waitLoaded(auth));
        SignUpParams params;
        params.emailAddress = QStringLiteral("hygiene+clerk_test@example.com");
        params.password = kNewUserPassword;
        Outcome o = await(auth.signUp(params));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(await(auth.prepareSignUpVerification(Factor::Strategy::EmailCode)).ok());
        o = await(auth.attemptSignUpVerification(Factor::Strategy::EmailCode, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth.isSignedIn());
        secrets.add(auth.sessionToken());
        harvestClientTokens();
        QVERIFY(await(auth.signOut()).ok());
    }

    // ---- The checks ---------------------------------------------------------------------------------
    void noSecretInLogs()
    {
        QVERIFY(secrets.items.size() > 10); // tokens of every flow were collected
        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        QVERIFY2(log.size() > 20, "the SDK logged almost nothing: is the capture working?");
        QStringList sdkLines;
        QByteArray all;
        for (const QString &line : log) {
            // The emulator is the server side, not the SDK: what it logs is out of scope here.
            if (line.contains(QLatin1String("[clerk.emulator]")))
                continue;
            if (line.contains(QLatin1String("[clerk.")))
                sdkLines << line;
            all += line.toUtf8() + '\n';
        }
        QVERIFY2(sdkLines.size() > 10, "no clerk.* debug lines captured");
        qInstallMessageHandler(g_previous); // from here on, messages go out normally
        qDebug("captured %lld log lines (%lld from clerk.*), %lld secrets checked", qlonglong(log.size()),
               qlonglong(sdkLines.size()), qlonglong(secrets.items.size()));
        const QString leak = findLeak(all, secrets.items);
        if (!leak.isEmpty()) {
            for (const QString &line : log) {
                if (line.contains(leak))
                    qWarning("leaking line: %s", qPrintable(line.left(200)));
            }
        }
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("a secret (starting %1…) was logged").arg(leak.left(6))));
        qInstallMessageHandler(captureMessage);
    }

    void noSecretOnDisk()
    {
        // Every place an app, Qt or a library under them would write resolves inside the sandbox: the
        // redirection took, and scanning the sandbox is scanning all of them. (The keyring daemon is no process
        // under test: it runs outside, with its own home, and its file is encrypted.)
        QStringList places{QDir::homePath(), QDir::tempPath()};
        for (auto loc : {QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
                         QStandardPaths::ConfigLocation, QStandardPaths::GenericDataLocation,
                         QStandardPaths::GenericCacheLocation, QStandardPaths::GenericConfigLocation,
                         QStandardPaths::RuntimeLocation})
            places << QStandardPaths::writableLocation(loc);
        for (const QString &place : std::as_const(places)) {
            QVERIFY2(QDir::cleanPath(place).startsWith(sandbox + QLatin1Char('/')),
                     qPrintable(place + QStringLiteral(" is outside ") + sandbox));
        }

        // Client tokens, session JWTs, passwords.
        QStringList fileSecrets;
        for (const QString &s : secrets.items) {
            if (s.size() >= 12) // codes are 6 digits: too short to search binary files for
                fileSecrets << s;
        }
        QVERIFY(fileSecrets.size() > 10);

        // A canary in a nested, hidden spot of each place proves the scan reads there and reports what it finds.
        const QString canary = QStringLiteral("clerkqt-canary-") + QUuid::createUuid().toString(QUuid::Id128);
        QSet<QString> planted;
        for (const QString &place : {QDir::tempPath(), QDir::homePath(),
                                     QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                     QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                     QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)}) {
            const QString dir = place + QStringLiteral("/.canary/nested");
            QVERIFY(QDir().mkpath(dir));
            QFile f(dir + QStringLiteral("/data.bin"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\0binary\0", 8) + canary.toUtf8() + QByteArray("\0tail", 5));
            f.close();
            planted.insert(QFileInfo(f).canonicalFilePath());
        }

        int scanned = 0;
        const QMultiHash<QString, QString> hits = filesHoldingSecrets(sandbox, fileSecrets + QStringList{canary}, &scanned);
        for (const QString &path : std::as_const(planted))
            QVERIFY2(hits.contains(path, canary), qPrintable(QStringLiteral("the scan missed the canary in ") + path));
        for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
            if (it.value() != canary)
                QFAIL(qPrintable(QStringLiteral("a secret (starting %1…) is in %2").arg(it.value().left(6), it.key())));
        }
        QCOMPARE(hits.size(), planted.size());
        qDebug("scanned %d files under %s", scanned, qPrintable(sandbox));
    }

    // ---- Transport policy ---------------------------------------------------------------------------
    void plainHttpToRemoteHostIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http example.com") << QStringLiteral("http://example.com");
        QTest::newRow("http example.com/v1") << QStringLiteral("http://example.com/v1");
        QTest::newRow("http public ip") << QStringLiteral("http://8.8.8.8:80/v1");
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.example.com/v1");
        QTest::newRow("http 127 lookalike") << QStringLiteral("http://127.0.0.1.nip.io/v1");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1");
    }
    void plainHttpToRemoteHostIsRefused()
    {
        QFETCH(QString, url);
        SpyNam nam;
        AuthConfig config = configFor(server, uniqueService("hygiene-http"), &nam);
        config.persistSession = false;
        config.fapiBaseUrl = QUrl(url);
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Configuration);
        const Outcome o = await(auth.signIn(kJane, kJanePassword));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Configuration);
        QCOMPARE(nam.requests, 0);
        QVERIFY(!auth.isSignedIn());
    }

    void loopbackHttpIsAllowed()
    {
        SpyNam nam;
        AuthConfig config = configFor(server, uniqueService("hygiene-http"), &nam);
        config.persistSession = false;
        config.fapiBaseUrl = server.fapiUrl();
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        const Outcome o = await(auth.signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(nam.requests > 0);
        QVERIFY(await(auth.signOut()).ok());
    }

    // ---- Hostile input to the emulator (rows tests/emulator does not have) ---------------------------
    void emulatorRejectsHostileInput_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray host = "Host: 127.0.0.1\r\n";
        // Answered as soon as the headers say so: nothing past the limit is buffered or waited for.
        QTest::newRow("declared body of 1 GiB, never sent")
            << QByteArray("POST /v1/client/sign_ins HTTP/1.1\r\n" + host
                          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1073741824\r\n\r\n")
            << 413 << QStringLiteral("request_body_too_large");
        QTest::newRow("chunked body over the limit")
            << QByteArray("POST /v1/client/sign_ins HTTP/1.1\r\n" + host
                          + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                          + "11170\r\n" + QByteArray(70000, 'a') + "\r\n0\r\n\r\n")
            << 413 << QStringLiteral("request_body_too_large");
        QTest::newRow("client token not JWT-shaped")
            << QByteArray("GET /v1/client HTTP/1.1\r\n" + host + "Authorization: not-a-jwt\r\n\r\n") << 401
            << QStringLiteral("authentication_invalid");
        // Clerk's reference does not say whether a JWT-shaped token Clerk never issued is signed_out or
        // authentication_invalid; the emulator deterministically answers signed_out (its README's rule).
        QTest::newRow("client token JWT-shaped garbage")
            << QByteArray("GET /v1/client HTTP/1.1\r\n" + host + "Authorization: eyJhbGciOiJub25lIn0.e30.\r\n\r\n")
            << 401 << QStringLiteral("signed_out");
        // Clerk's code for a body that is not form-encoded text is not documented (the spec allows 400 and 422
        // here): request_body_invalid is the emulator's own, as its README says.
        QTest::newRow("NUL bytes in form body")
            << QByteArray("POST /v1/client/sign_ins HTTP/1.1\r\n" + host
                          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 20\r\n\r\n"
                          + QByteArray("identifier=a%00b\0\0\0\0", 20))
            << 400 << QStringLiteral("request_body_invalid");
        QTest::newRow("token route, unknown session, huge form")
            << QByteArray("POST /v1/client/sessions/sess_x/tokens HTTP/1.1\r\n" + host
                          + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 70000\r\n\r\n"
                          + QByteArray(70000, 'a'))
            << 413 << QStringLiteral("request_body_too_large");
    }
    void emulatorRejectsHostileInput()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 10000);
        socket.write(request);
        QByteArray answer;
        // The emulator runs in this thread: the QTRY loop's event processing is what lets it answer. Done when
        // the whole response is in, or when the server closed (whatever came is then all there is).
        const auto answered = [&] {
            answer += socket.readAll();
            return isWholeResponse(answer) || socket.state() != QAbstractSocket::ConnectedState;
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered(), 20000);
        QVERIFY2(isWholeResponse(answer), answer.left(200).constData());
        const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
        const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
        QVERIFY(statusLine.size() >= 2);
        QCOMPARE(statusLine.at(1).toInt(), status);
        const QJsonObject body = QJsonDocument::fromJson(answer.mid(headerEnd + 4)).object();
        const QJsonArray errors = body.value(QLatin1String("errors")).toArray();
        QVERIFY2(!errors.isEmpty(), answer.mid(headerEnd + 4, 300).constData());
        const QJsonObject first = errors.first().toObject();
        QVERIFY(first.contains(QLatin1String("message")));
        QCOMPARE(first.value(QLatin1String("code")).toString(), code);
        // And the server is still fine afterwards.
        QNetworkAccessManager nam;
        QNetworkReply *health = nam.get(QNetworkRequest(QUrl(server.fapiUrl().toString() + QStringLiteral("/health"))));
        QSignalSpy done(health, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete health;
    }
};

int main(int argc, char *argv[])
{
    // Before the application, the emulator or the SDK exist: everything they (and Qt, and QtKeychain) write
    // lands in this run's own directories, which noSecretOnDisk then scans whole.
    QTemporaryDir sandbox(QDir::tempPath() + QStringLiteral("/clerkqt-hygiene-XXXXXX"));
    if (!sandbox.isValid()) {
        std::fprintf(stderr, "no sandbox directory: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    const QString home = sandbox.path() + QStringLiteral("/home");
    const QString runtime = sandbox.path() + QStringLiteral("/run");
    const QString tmp = sandbox.path() + QStringLiteral("/tmp");
    for (const QString &dir : {home, runtime, tmp}) {
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(dir));
            return 1;
        }
    }
    // Qt ignores a runtime directory that others may read.
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", QFile::encodeName(home));
    qputenv("TMPDIR", QFile::encodeName(tmp));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
    qputenv("XDG_STATE_HOME", QFile::encodeName(home + QStringLiteral("/.local/state")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));

    QCoreApplication app(argc, argv);
    tst_SecretHygiene test(sandbox.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secret_hygiene.moc"
