// Clerk::UrlSchemeHandler: every OS's registration and delivery route, run here through the same code — the
// Windows registry into an IniFormat stand-in, the Linux desktop entry into this test's XDG directories, macOS
// through QDesktopServices' own dispatch — and an OAuth sign-in whose redirect reaches the app the Windows/Linux
// way: a second process started with the URL forwards it to this one.
#include "browserwalk.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/urlscheme.h>

#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace Clerk;
using namespace TestHelpers;

namespace {

// The re-launched test binary plays the process the OS starts with the URL: `--forward <scheme> <url>…`.
constexpr char kForward[] = "--forward";
// … or an instance that listens until it is killed, leaving its socket behind as a crash does: `--listen <scheme>`.
constexpr char kListen[] = "--listen";
constexpr int kNobodyTookIt = 3;

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("<unreadable>");
}

/// Sets an environment variable for one test and puts the old value back.
class EnvOverride
{
public:
    EnvOverride(const char *name, const QString &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name))
    {
        m_old = qgetenv(name);
        qputenv(name, value.toUtf8());
    }
    ~EnvOverride()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class tst_UrlScheme : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClerkEmulator::Server> server;
    QString scheme; ///< one per test function, so no two runs meet on a socket name
    std::vector<std::unique_ptr<QProcess>> processes;

    /// Starts this binary as the second instance, with `urls` as its arguments; owned (and ended) by the test.
    QProcess *startSecondInstance(const QString &forScheme, const QStringList &urls)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       QStringList{QLatin1String(kForward), forScheme} + urls);
        processes.push_back(std::move(process));
        return processes.back().get();
    }

private Q_SLOTS:
    void init()
    {
        scheme = QStringLiteral("com.clerkqt.test") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        server = std::make_unique<ClerkEmulator::Server>();
        QVERIFY(server->listen());
    }
    void cleanup()
    {
        for (auto &process : processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
        processes.clear();
        server.reset();
    }

    void schemeNames()
    {
        QVERIFY(UrlSchemeHandler::isValidScheme(QStringLiteral("com.example.app")));
        QVERIFY(UrlSchemeHandler::isValidScheme(QStringLiteral("my-app+v2")));
        QVERIFY(!UrlSchemeHandler::isValidScheme(QStringLiteral("1app")));
        QVERIFY(!UrlSchemeHandler::isValidScheme(QStringLiteral("my app")));
        QVERIFY(!UrlSchemeHandler::isValidScheme(QString()));
        UrlSchemeHandler bad(QStringLiteral("my app"));
        QCOMPARE(bad.listen().code(), QStringLiteral("clerkqt_url_scheme_invalid"));
        QCOMPARE(bad.registerScheme().kind(), Error::Kind::Configuration);
        QVERIFY(!bad.isListening());
        QCOMPARE(UrlSchemeHandler(QStringLiteral("Com.Example.App")).scheme(), QStringLiteral("com.example.app"));
        QCOMPARE(UrlSchemeHandler::currentPlatform(), UrlSchemeHandler::Platform::Linux); // where this suite runs
    }

    // HKCU\Software\Classes\<scheme> as Windows reads it, written into an IniFormat stand-in and read back key by key.
    void windowsRegistry()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("classes.ini"));
        {
            QSettings seed(path, QSettings::IniFormat);
            seed.setValue(QStringLiteral("other.app/shell/open/command/Default"), QStringLiteral("other.exe"));
        }
        QSettings classes(path, QSettings::IniFormat);
        UrlSchemeHandler handler(scheme);
        handler.setPlatform(UrlSchemeHandler::Platform::Windows);
        handler.setRegistry(&classes);
        UrlSchemeHandler::Registration registration;
        registration.executable = QStringLiteral("C:/Program Files/Example/app.exe");
        registration.arguments = {QStringLiteral("--url-scheme")};
        registration.displayName = QStringLiteral("Example App");
        const Error e = handler.registerScheme(registration);
        QVERIFY2(e.isNull(), qPrintable(e.toString()));

        QSettings read(path, QSettings::IniFormat);
        read.beginGroup(scheme);
        QCOMPARE(read.value(QStringLiteral("Default")).toString(), QStringLiteral("URL:Example App"));
        QVERIFY(read.contains(QStringLiteral("URL Protocol")));
        QCOMPARE(read.value(QStringLiteral("URL Protocol")).toString(), QString());
        QCOMPARE(read.value(QStringLiteral("DefaultIcon/Default")).toString(),
                 QStringLiteral(R"("C:\Program Files\Example\app.exe",0)"));
        QCOMPARE(read.value(QStringLiteral("shell/open/command/Default")).toString(),
                 QStringLiteral(R"("C:\Program Files\Example\app.exe" "--url-scheme" "%1")"));
        QCOMPARE(read.allKeys().size(), 4);
        read.endGroup();

        QVERIFY(handler.unregisterScheme().isNull());
        QSettings after(path, QSettings::IniFormat);
        QVERIFY(!after.childGroups().contains(scheme));
        QCOMPARE(after.value(QStringLiteral("other.app/shell/open/command/Default")).toString(),
                 QStringLiteral("other.exe"));
    }

    // The desktop entry and the default handler, in this test's own XDG directories.
    void linuxDesktopEntry()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EnvOverride data("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")));
        EnvOverride config("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("config"))));
        const QString mimeapps = dir.filePath(QStringLiteral("config/mimeapps.list"));
        {
            QFile seed(mimeapps);
            QVERIFY(seed.open(QIODevice::WriteOnly));
            seed.write("[Default Applications]\ntext/html=firefox.desktop\n\n"
                       "[Added Associations]\nimage/png=gimp.desktop;\n");
        }
        UrlSchemeHandler handler(scheme);
        handler.setPlatform(UrlSchemeHandler::Platform::Linux);
        UrlSchemeHandler::Registration registration;
        registration.executable = QStringLiteral("/opt/My App/bin/app");
        registration.arguments = {QStringLiteral("--url-scheme"), QStringLiteral(R"(say "hi" $HOME 100%)")};
        registration.displayName = QStringLiteral("My App");
        const Error e = handler.registerScheme(registration);
        QVERIFY2(e.isNull(), qPrintable(e.toString()));

        const QString desktopId = scheme + QStringLiteral("-url-handler.desktop");
        QCOMPARE(handler.desktopFileName(), desktopId);
        const QString entryPath = dir.filePath(QStringLiteral("data/applications/") + desktopId);
        const QStringList entry = readText(entryPath).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(entry.value(0), QStringLiteral("[Desktop Entry]"));
        QVERIFY(entry.contains(QStringLiteral("Type=Application")));
        QVERIFY(entry.contains(QStringLiteral("Name=My App")));
        QVERIFY(entry.contains(QStringLiteral("MimeType=x-scheme-handler/") + scheme + QLatin1Char(';')));
        QVERIFY(entry.contains(QStringLiteral("NoDisplay=true")));
        // Desktop Entry Specification: `"`, `$` escaped inside quotes, then every backslash doubled; `%` as `%%`.
        const QString exec = QStringLiteral(R"(Exec="/opt/My App/bin/app" "--url-scheme" "say \\"hi\\" \\$HOME 100%%" %u)");
        QVERIFY2(entry.contains(exec),
                 qPrintable(entry.join(QLatin1Char('\n'))));
        QCOMPARE(readText(mimeapps),
                 QStringLiteral("[Default Applications]\ntext/html=firefox.desktop\nx-scheme-handler/%1=%2;\n\n"
                                "[Added Associations]\nimage/png=gimp.desktop;\n")
                     .arg(scheme, desktopId));
        // Registering again (every start of the app does) changes nothing.
        QVERIFY(handler.registerScheme(registration).isNull());
        QCOMPARE(readText(mimeapps).count(QStringLiteral("x-scheme-handler/")), 1);

        QVERIFY(handler.unregisterScheme().isNull());
        QVERIFY(!QFile::exists(entryPath));
        QCOMPARE(readText(mimeapps), QStringLiteral("[Default Applications]\ntext/html=firefox.desktop\n\n"
                                                    "[Added Associations]\nimage/png=gimp.desktop;\n"));
    }

    // What a real XDG consumer (GLib's gio, which xdg-open uses on GNOME) makes of the registration.
    void linuxDefaultHandlerAsGioSeesIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EnvOverride data("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")));
        EnvOverride config("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")));
        UrlSchemeHandler handler(scheme);
        handler.setPlatform(UrlSchemeHandler::Platform::Linux);
        QVERIFY(handler.registerScheme().isNull()); // this binary, which exists (GLib skips entries that do not)
        QProcess gio;
        gio.start(QStringLiteral("gio"), {QStringLiteral("mime"), QStringLiteral("x-scheme-handler/") + scheme});
        if (!gio.waitForStarted(10000))
            QSKIP("gio is not installed");
        QVERIFY(gio.waitForFinished(30000));
        const QString out = QString::fromUtf8(gio.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("Default application"))
                     && out.contains(scheme + QStringLiteral("-url-handler.desktop")),
                 qPrintable(out + QString::fromUtf8(gio.readAllStandardError())));
    }

    // macOS hands the URL to the running app; Qt delivers it to the handler installed with setUrlHandler().
    // QDesktopServices::openUrl() takes that same dispatch in-process.
    void macosUrlHandler()
    {
        UrlSchemeHandler handler(scheme);
        handler.setPlatform(UrlSchemeHandler::Platform::MacOS);
        QSignalSpy received(&handler, &UrlSchemeHandler::urlReceived);
        QVERIFY(handler.listen().isNull());
        QVERIFY(handler.isListening());
        const QUrl url(scheme + QStringLiteral("://oauth?clerkqt_state=abc"));
        QVERIFY(QDesktopServices::openUrl(url));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toUrl(), url);
        handler.close();
        QVERIFY(!handler.isListening());
    }

    // On macOS registerScheme() checks the bundle's Info.plist, here the one clerkqt_add_url_scheme() generated.
    void macosInfoPlist()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("App.app/Contents/MacOS"))));
        UrlSchemeHandler::Registration bundle;
        bundle.executable = dir.filePath(QStringLiteral("App.app/Contents/MacOS/App"));
        UrlSchemeHandler handler(QStringLiteral(CLERKQT_TEST_SCHEME));
        handler.setPlatform(UrlSchemeHandler::Platform::MacOS);
        QCOMPARE(handler.registerScheme(bundle).code(), QStringLiteral("clerkqt_url_scheme_registration_failed"));
        QVERIFY(QFile::copy(QStringLiteral(CLERKQT_TEST_INFO_PLIST),
                            dir.filePath(QStringLiteral("App.app/Contents/Info.plist"))));
        const Error e = handler.registerScheme(bundle);
        QVERIFY2(e.isNull(), qPrintable(e.toString()));
        UrlSchemeHandler other(scheme);
        other.setPlatform(UrlSchemeHandler::Platform::MacOS);
        QCOMPARE(other.registerScheme(bundle).code(), QStringLiteral("clerkqt_url_scheme_registration_failed"));
    }

    // The files clerkqt_add_url_scheme() generated for this test's target (CMake configure time).
    void cmakeHelperFiles()
    {
        const QString plist = readText(QStringLiteral(CLERKQT_TEST_INFO_PLIST));
        QXmlStreamReader xml(plist);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(plist.contains(QStringLiteral("<key>CFBundleURLTypes</key>")));
        QVERIFY(plist.contains(QStringLiteral("<key>CFBundleURLSchemes</key>\n      <array><string>"
                                              CLERKQT_TEST_SCHEME "</string></array>")));
        QVERIFY(plist.contains(QStringLiteral("${MACOSX_BUNDLE_EXECUTABLE_NAME}"))); // left for CMake's bundle step
        const QStringList desktop = readText(QStringLiteral(CLERKQT_TEST_DESKTOP_FILE)).split(QLatin1Char('\n'));
        QCOMPARE(desktop.value(0), QStringLiteral("[Desktop Entry]"));
        QVERIFY(desktop.contains(QStringLiteral("Exec=tst_urlscheme \"--mode\" \"a \\\\\"b\\\\\"\" %u")));
        QVERIFY(desktop.contains(QStringLiteral("MimeType=x-scheme-handler/" CLERKQT_TEST_SCHEME ";")));
        QVERIFY(desktop.contains(QStringLiteral("Name=Clerk URL scheme test")));
        QVERIFY(QStringLiteral(CLERKQT_TEST_DESKTOP_FILE)
                    .endsWith(QStringLiteral("/" CLERKQT_TEST_SCHEME "-url-handler.desktop")));
    }

    void oneInstanceListens()
    {
        UrlSchemeHandler first(scheme);
        first.setPlatform(UrlSchemeHandler::Platform::Linux);
        QVERIFY(first.listen().isNull());
        UrlSchemeHandler second(scheme);
        second.setPlatform(UrlSchemeHandler::Platform::Linux);
        QCOMPARE(second.serverName(), first.serverName());
        QCOMPARE(second.listen().code(), QStringLiteral("clerkqt_url_scheme_listen_failed"));
        first.close();
        QVERIFY(second.listen().isNull()); // the name is free again
        QVERIFY(UrlSchemeHandler(QStringLiteral("com.other.app")).serverName() != first.serverName());
    }

    // An instance that crashed left its socket: the next one takes the name over, and forwarding reaches it. (On
    // Qt 6.4/Linux QLocalServer itself replaces the socket; UrlSchemeHandler's removeServer() fallback is not what
    // passes this here.)
    void crashedInstanceIsReplaced()
    {
        auto crashed = std::make_unique<QProcess>();
        crashed->start(QCoreApplication::applicationFilePath(), {QLatin1String(kListen), scheme});
        QByteArray out; // accumulated: QTRY_* evaluates its condition once more after it held
        QTRY_VERIFY_WITH_TIMEOUT((out += crashed->readAllStandardOutput()).contains("listening"), 30000);
        crashed->kill(); // no chance to close its server
        QVERIFY(crashed->waitForFinished(10000));
        QCOMPARE(crashed->exitStatus(), QProcess::CrashExit);

        UrlSchemeHandler handler(scheme);
        handler.setPlatform(UrlSchemeHandler::Platform::Linux);
        QSignalSpy received(&handler, &UrlSchemeHandler::urlReceived);
        const Error e = handler.listen();
        QVERIFY2(e.isNull(), qPrintable(e.toString()));
        const QUrl url(scheme + QStringLiteral("://oauth?after=crash"));
        QProcess *second = startSecondInstance(scheme, {url.toString()});
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toUrl(), url);
    }

    // The Windows/Linux route end to end: Clerk redirects the browser to <scheme>://oauth; the OS starts a second
    // process with that URL; it forwards to this one, which completes the sign-in over real HTTP. A forged URL
    // forwarded first is refused, and the flow goes on waiting for the real one.
    void secondProcessCompletesOAuth()
    {
        UrlSchemeHandler handler(scheme);
        handler.setPlatform(UrlSchemeHandler::Platform::Linux);
        QSignalSpy received(&handler, &UrlSchemeHandler::urlReceived);
        QSignalSpy refused(&handler, &UrlSchemeHandler::urlRefused);
        QVERIFY(handler.listen().isNull());

        QNetworkAccessManager browserNam;
        QProcess *second = nullptr;
        const auto walk = [&](const QUrl &url) {
            TestHelpers::walkBrowser(browserNam, url, this, [&](const QUrl &at) {
                if (at.scheme() == scheme) // what the browser hands the OS
                    second = startSecondInstance(scheme, {at.toString(QUrl::FullyEncoded)});
            });
        };
        AuthConfig config = configFor(*server, uniqueService("urlscheme"));
        config.persistSession = false;
        config.openUrl = [&](const QUrl &start) {
            walk(start);
            return true;
        };
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        handler.setAuth(&auth);

        OAuthOptions options;
        options.redirectUrl = QUrl(scheme + QStringLiteral("://oauth"));
        Reply *reply = auth.signInWithOAuth(QStringLiteral("oauth_google"), options);
        reply->setAutoDelete(false); // the real redirect may finish it while the forged one is still on its way
        QSignalSpy browserAsked(&auth, &Auth::authorizeWithBrowser);
        QVERIFY(browserAsked.wait(10000));
        QProcess *forged = startSecondInstance(scheme, {scheme + QStringLiteral("://oauth?clerkqt_state=forged")});
        // Waited for with the event loop running: this process is the one that must answer it.
        QTRY_COMPARE_WITH_TIMEOUT(forged->state(), QProcess::NotRunning, 30000);
        QCOMPARE(forged->exitStatus(), QProcess::NormalExit);
        QCOMPARE(forged->exitCode(), 0); // delivered …
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QCOMPARE(refused.first().at(1).value<Error>().code(), QStringLiteral("clerkqt_url_not_awaited")); // … refused

        const Outcome o = await(reply);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QCOMPARE(auth.user().id, QStringLiteral("user_2jane0000000000000000000001"));
        QVERIFY(second);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(received.count(), 2);
        QCOMPARE(received.last().first().toUrl().scheme(), scheme);
        QCOMPARE(refused.count(), 1);
    }

    // An email link opened on this computer: Clerk verifies it and redirects to <scheme>://email-link, which the
    // second process forwards; the handler offers it to handleEmailLinkRedirect() once no OAuth flow takes it.
    void secondProcessCompletesEmailLink()
    {
        UrlSchemeHandler handler(scheme);
        handler.setPlatform(UrlSchemeHandler::Platform::Linux);
        QSignalSpy refused(&handler, &UrlSchemeHandler::urlRefused);
        QVERIFY(handler.listen().isNull());
        AuthConfig config = configFor(*server, uniqueService("urlscheme"));
        config.persistSession = false;
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        handler.setAuth(&auth);

        EmailLinkOptions options;
        options.redirectUrl = QUrl(scheme + QStringLiteral("://email-link"));
        options.pollInterval = std::chrono::minutes(5); // only the redirect can end the wait in time
        Reply *reply = auth.signInWithEmailLink(kJane, options);
        reply->setAutoDelete(false);
        QVERIFY(QTest::qWaitFor(
            [&] { return auth.signInAttempt().firstFactorVerification.strategy == Factor::Strategy::EmailLink; },
            10000));
        QString error;
        const QUrl link(server->lastEmailLink(kJane, &error).value(QLatin1String("url")).toString());
        QVERIFY2(link.isValid(), qPrintable(error));
        // The browser opens the link; Clerk verifies it and sends the browser on to the app's scheme.
        QNetworkAccessManager browserNam;
        QNetworkRequest request(link);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> opened(browserNam.get(request));
        QTRY_VERIFY_WITH_TIMEOUT(opened->isFinished(), 10000);
        const QUrl toApp = link.resolved(opened->header(QNetworkRequest::LocationHeader).toUrl());
        QCOMPARE(toApp.scheme(), scheme);

        QProcess *second = startSecondInstance(scheme, {toApp.toString(QUrl::FullyEncoded)});
        const Outcome o = await(reply);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 30000);
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(refused.count(), 0);
    }

    // The demo end to end: `clerk-demo --url-scheme` registers com.clerk.qtdemo and listens; a second clerk-demo
    // started with a URL of it (what the OS does) hands it over and exits; the first says it was not awaited.
    // Its socket, desktop entry and mimeapps.list go to this test's TMPDIR and XDG directories.
    void demoForwardsToTheRunningDemo()
    {
#ifndef CLERKQT_TEST_DEMO
        QSKIP("the demo is not built (CLERKQT_BUILD_DEMO=OFF)");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const auto demo = [&](const QStringList &arguments) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(CLERKQT_TEST_DEMO), arguments);
            processes.push_back(std::move(process));
            return processes.back().get();
        };
        QProcess *running = demo({QStringLiteral("--url-scheme")});
        QString log;
        QObject logging; // ends the connection with this function: the process outlives it until cleanup()
        connect(running, &QProcess::readyReadStandardError, &logging,
                [&] { log += QString::fromUtf8(running->readAllStandardError()); });
        QTRY_VERIFY_WITH_TIMEOUT(log.contains(QStringLiteral("receiving com.clerk.qtdemo URLs")), 60000);
        const QString entry =
            readText(dir.filePath(QStringLiteral("data/applications/com.clerk.qtdemo-url-handler.desktop")));
        const QString exec = QStringLiteral("Exec=\"%1\" \"--url-scheme\" %u").arg(QStringLiteral(CLERKQT_TEST_DEMO));
        QVERIFY2(entry.contains(exec),
                 qPrintable(entry));
        QVERIFY(readText(dir.filePath(QStringLiteral("config/mimeapps.list")))
                    .contains(QStringLiteral("x-scheme-handler/com.clerk.qtdemo=com.clerk.qtdemo-url-handler.desktop;")));

        QProcess *second =
            demo({QStringLiteral("--url-scheme"), QStringLiteral("com.clerk.qtdemo://oauth?clerkqt_state=forged")});
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(log.contains(QStringLiteral("clerkqt_url_not_awaited")), 30000);
        QCOMPARE(running->state(), QProcess::Running);
        running->terminate();
        if (!running->waitForFinished(10000))
            running->kill();
#endif
    }

    void foreignUrlsAreRefused()
    {
        UrlSchemeHandler handler(scheme);
        QSignalSpy received(&handler, &UrlSchemeHandler::urlReceived);
        QSignalSpy refused(&handler, &UrlSchemeHandler::urlRefused);
        QVERIFY(!handler.handleUrl(QUrl(QStringLiteral("https://example.com/oauth?clerkqt_state=x"))));
        QCOMPARE(refused.count(), 1);
        const Error e = refused.first().at(1).value<Error>();
        QCOMPARE(e.kind(), Error::Kind::InvalidState);
        QCOMPARE(e.code(), QStringLiteral("clerkqt_url_scheme_foreign"));
        QCOMPARE(received.count(), 0);
        // Only this scheme's URLs are picked from the arguments; nothing else is forwarded.
        const QStringList arguments{QStringLiteral("app"), QStringLiteral("--flag"),
                                    QStringLiteral("https://example.com"), scheme + QStringLiteral("://oauth?a=1")};
        QCOMPARE(handler.urlsIn(arguments), QList<QUrl>{QUrl(scheme + QStringLiteral("://oauth?a=1"))});
        QVERIFY(!handler.forwardToRunningInstance({QStringLiteral("app"), QStringLiteral("https://example.com")}));
        // Nobody listens: the second process says so and this one goes on as the first instance.
        QProcess *lonely = startSecondInstance(scheme, {scheme + QStringLiteral("://oauth?a=1")});
        QVERIFY(lonely->waitForFinished(30000));
        QCOMPARE(lonely->exitCode(), kNobodyTookIt);
        // Without an Auth a URL of the scheme is taken (emitted); with one that waits for nothing, refused.
        QCOMPARE(handler.handleArguments(arguments), 1);
        QCOMPARE(received.count(), 1);
        AuthConfig config = configFor(*server, uniqueService("urlscheme"));
        config.persistSession = false;
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        handler.setAuth(&auth);
        QVERIFY(!handler.handleUrl(QUrl(scheme + QStringLiteral("://oauth?clerkqt_state=x"))));
        QCOMPARE(refused.last().at(1).value<Error>().code(), QStringLiteral("clerkqt_url_not_awaited"));
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
    }
};

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], kForward) == 0) {
        QCoreApplication app(argc, argv);
        const UrlSchemeHandler handler(QString::fromLocal8Bit(argv[2]));
        return handler.forwardToRunningInstance(app.arguments().mid(3)) ? 0 : kNobodyTookIt;
    }
    if (argc >= 3 && qstrcmp(argv[1], kListen) == 0) {
        QCoreApplication app(argc, argv);
        UrlSchemeHandler handler(QString::fromLocal8Bit(argv[2]));
        handler.setPlatform(UrlSchemeHandler::Platform::Linux);
        if (!handler.listen().isNull())
            return 1;
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write("listening\n") < 0)
            return 1;
        out.flush();
        return QCoreApplication::exec();
    }
    QGuiApplication app(argc, argv);
    tst_UrlScheme test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_urlscheme.moc"
