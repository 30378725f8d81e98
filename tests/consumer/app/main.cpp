// consumer_app: signs in from C++ and from QML against the Clerk emulator, using only what clerk-qt installs.
// Exit code 0 when every step worked; otherwise a line on stderr says which step failed.
#ifdef CONSUMER_IN_PROCESS_EMULATOR
#include <ClerkEmulator/server.h>
#endif
#include <ClerkQt/auth.h>
#include <ClerkQt/reply.h>
#include <ClerkQt/tokenclaims.h>
#include <ClerkQt/version.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTextStream>
#include <QUuid>

#include <functional>
#include <memory>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &what)
{
    QTextStream(stderr) << "consumer: FAIL: " << what << Qt::endl;
    std::exit(1);
}

void check(bool ok, const QString &what)
{
    if (!ok)
        fail(what);
    out() << "consumer: ok: " << what << Qt::endl;
}

/// Runs the event loop until `done()` or 30 s.
bool waitFor(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(30000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}

#ifndef CONSUMER_IN_PROCESS_EMULATOR
/// The installed `clerk-emulator` as a child process; its first two lines say where it listens.
QString startEmulatorProcess(QProcess &process, const QString &program, QUrl *baseUrl)
{
    process.setProgram(program);
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
    process.start();
    if (!process.waitForStarted(10000))
        fail(QStringLiteral("cannot start %1").arg(program));
    QString key;
    waitFor([&] {
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("publishable_key=")))
                key = line.mid(int(qstrlen("publishable_key=")));
            else if (line.startsWith(QLatin1String("base_url=")))
                *baseUrl = QUrl(line.mid(int(qstrlen("base_url="))));
        }
        return !key.isEmpty() || process.state() == QProcess::NotRunning;
    });
    return key;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    out() << "consumer: mode " << CONSUMER_MODE << ", headers " << CLERKQT_VERSION_STR << ", library "
          << Clerk::version() << Qt::endl;
    check(Clerk::version() == QLatin1String(CLERKQT_VERSION_STR), QStringLiteral("library version = header version"));

    // The emulator: in-process (myapp_tests, the package component `Emulator`) or the clerk-emulator executable.
    QString publishableKey;
    QUrl baseUrl;
#ifdef CONSUMER_IN_PROCESS_EMULATOR
    ClerkEmulator::Server inProcess;
    check(inProcess.listen(), QStringLiteral("in-process emulator listens"));
    publishableKey = inProcess.publishableKey();
    baseUrl = inProcess.baseUrl();
#else
    const QStringList args = app.arguments();
    const qsizetype exeArg = args.indexOf(QStringLiteral("--emulator-exe"));
    if (exeArg < 1 || exeArg + 1 >= args.size())
        fail(QStringLiteral("usage: myapp --emulator-exe <clerk-emulator>"));
    QProcess child;
    publishableKey = startEmulatorProcess(child, args.at(exeArg + 1), &baseUrl);
    check(!publishableKey.isEmpty(), QStringLiteral("clerk-emulator executable prints its publishable key"));
#endif

    // C++: Clerk::Auth signs in and holds a session token.
    Clerk::AuthConfig config;
    config.publishableKey = publishableKey;
    // A service of its own: the real keychain is used when there is one, and this run's entry stays apart.
    config.keychainService = QStringLiteral("clerk-qt-consumer-") + QUuid::createUuid().toString(QUuid::Id128);
    Clerk::Auth auth(config);
    check(waitFor([&] { return auth.status() == Clerk::Auth::Status::SignedOut; }), QStringLiteral("Auth loads"));
    QString signInError;
    auth.signIn(QStringLiteral("jane+clerk_test@example.com"), QStringLiteral("correct horse battery staple"))
        ->onError(&app, [&](const Clerk::Error &error) { signInError = error.code(); });
    check(waitFor([&] { return !auth.sessionToken().isEmpty() || !signInError.isEmpty(); }) && signInError.isEmpty(),
          QStringLiteral("C++ sign-in gives a session token"));
    const Clerk::TokenClaims claims = Clerk::TokenClaims::fromJwt(auth.sessionToken());
    check(auth.status() == Clerk::Auth::Status::SignedIn && claims.subject() == auth.user().id,
          QStringLiteral("token subject is the signed-in user"));

    // A backend's view of that token: mybackend (ClerkQt::Verifier only) verifies it against the instance's JWKS.
    QProcess backend;
    backend.start(QStringLiteral(CONSUMER_BACKEND),
                  {baseUrl.resolved(QUrl(QStringLiteral("/v1/jwks"))).toString()});
    check(backend.waitForStarted(10000), QStringLiteral("mybackend starts"));
    backend.write(auth.sessionToken().toLatin1() + '\n');
    backend.closeWriteChannel();
    check(waitFor([&] { return backend.state() == QProcess::NotRunning; }), QStringLiteral("mybackend answers"));
    const QString backendSays = QString::fromUtf8(backend.readAllStandardOutput()).trimmed();
    out() << "consumer: mybackend says: " << backendSays.section(QLatin1Char('='), 0, 0) << Qt::endl;
    check(backend.exitCode() == 0 && backendSays == QStringLiteral("subject=") + claims.subject(),
          QStringLiteral("TokenVerifier in mybackend accepts the token: ") + backendSays);

    // QML: `import Clerk` found through the import path the package names, not through linking.
    const QString importDir = QStringLiteral(CLERK_QML_IMPORT_DIR);
    check(QFileInfo::exists(importDir + QStringLiteral("/Clerk/qmldir")),
          QStringLiteral("qmldir at %1/Clerk").arg(importDir));
    QQmlEngine engine;
    engine.addImportPath(importDir);
    QStringList warnings;
    QObject::connect(&engine, &QQmlEngine::warnings, &app, [&](const QList<QQmlError> &list) {
        for (const QQmlError &e : list)
            warnings << e.toString();
    });
    engine.rootContext()->setContextProperty(QStringLiteral("clerkPublishableKey"), publishableKey);
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/consumer/Main.qml")));
    std::unique_ptr<QObject> root(component.create());
    if (!root)
        fail(QStringLiteral("Main.qml: ") + component.errorString());
    check(true, QStringLiteral("Main.qml with `import Clerk` loads"));
    check(waitFor([&] { return !root->property("result").toString().isEmpty(); }),
          QStringLiteral("QML Auth answers"));
    const QString result = root->property("result").toString();
    out() << "consumer: QML says: " << result << Qt::endl;
    check(result.startsWith(QLatin1String("token for user_")), QStringLiteral("QML sign-in gives a session token"));
    check(warnings.isEmpty(), QStringLiteral("no QML warnings: ") + warnings.join(QLatin1String("; ")));

    out() << "consumer: PASS" << Qt::endl;
    return 0;
}
