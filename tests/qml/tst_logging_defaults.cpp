// An app made with `import Clerk` prints nothing but warnings unless it asks for more: every clerk.* category is
// enabled from warnings up by default, as Qt's own modules are, and QT_LOGGING_RULES turns the rest on.
// The check runs a whole session (keychain, sign-in, token, backend verification, sign-out) so that every
// category the SDK and the emulator define is created and used; a category filter records how each one starts.
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/tokenverifier.h>
#include <ClerkQt/auth.h>

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QtTest>

#include <map>
#include <memory>
#include <utility>

using namespace TestHelpers;

namespace {

struct Levels
{
    bool debug = false;
    bool info = false;
    bool warning = false;
};

QMutex g_mutex; // categories are created, and messages logged, in whatever thread first uses them
std::map<QString, Levels> g_levels;
QStringList g_chatter; // clerk.* messages below warning that reached the message handler
QLoggingCategory::CategoryFilter g_defaultFilter = nullptr;
QtMessageHandler g_previousHandler = nullptr;

bool isClerk(const char *category) { return category && qstrncmp(category, "clerk.", 6) == 0; }

void recordLevels(QLoggingCategory *category)
{
    // Qt's own filter applies the category's default level and the configured rules. It is not known yet while
    // installFilter() runs this for the categories that exist already; those have been filtered by it before.
    if (g_defaultFilter)
        g_defaultFilter(category);
    if (!isClerk(category->categoryName()))
        return;
    QMutexLocker lock(&g_mutex);
    g_levels[QString::fromLatin1(category->categoryName())] =
        Levels{category->isDebugEnabled(), category->isInfoEnabled(), category->isWarningEnabled()};
}

void captureChatter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (isClerk(context.category) && (type == QtDebugMsg || type == QtInfoMsg)) {
        QMutexLocker lock(&g_mutex);
        g_chatter << QStringLiteral("[%1] %2").arg(QString::fromLatin1(context.category), message.left(120));
    }
    g_previousHandler(type, context, message);
}

} // namespace

class tst_LoggingDefaults : public QObject
{
    Q_OBJECT

    // A copy, so that no check runs under the lock (a failing check logs, and logging may create a category).
    static std::pair<std::map<QString, Levels>, QStringList> recorded()
    {
        QMutexLocker lock(&g_mutex);
        return {g_levels, g_chatter};
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureChatter);
        g_defaultFilter = QLoggingCategory::installFilter(recordLevels);
    }

    void cleanupTestCase()
    {
        QLoggingCategory::installFilter(g_defaultFilter);
        qInstallMessageHandler(g_previousHandler);
    }

    void clerkCategoriesStartAtWarning()
    {
        ClerkEmulator::Server server;
        QVERIFY(server.listen());
        const QString service = uniqueService("logging-defaults");
        const auto forgetStoredClient =
            qScopeGuard([&] { deleteKeychain(service, keychainKey(service, server.publishableKey())); });

        // The Auth as a QML app declares it; persistSession (the default) so that the keychain is used too.
        QQmlEngine engine;
        QQmlComponent component(&engine);
        // A local URL, so that the document is compiled right away; the file itself is never read.
        component.setData("import Clerk\nAuth {}\n",
                          QUrl::fromLocalFile(QCoreApplication::applicationDirPath() + QStringLiteral("/Quiet.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        const QVariantMap properties{{QStringLiteral("publishableKey"), server.publishableKey()},
                                     {QStringLiteral("keychainService"), service}};
        std::unique_ptr<QObject> object(component.createWithInitialProperties(properties));
        // QML's `Auth` is Clerk::Auth itself.
        auto *auth = qobject_cast<Clerk::Auth *>(object.get());
        QVERIFY(auth);
        QTRY_COMPARE_WITH_TIMEOUT(auth->status(), Clerk::Auth::Status::SignedOut, 20000);
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        Clerk::GetTokenOptions fresh;
        fresh.skipCache = true;
        const Outcome token = await(auth->getToken(fresh));
        QVERIFY(token.ok());

        // A backend verifying that token (clerk.verifier), with the JWKS fetched from the emulator.
        Clerk::TokenVerifierConfig config;
        QUrl jwks = server.baseUrl();
        jwks.setPath(QStringLiteral("/v1/jwks"));
        config.jwksUrl = jwks;
        Clerk::TokenVerifier verifier(config);
        bool verified = false;
        bool answered = false;
        verifier.verifyAsync(token.result.toString(), this, [&](const Clerk::TokenVerification &v) {
            verified = v.ok();
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(verified);

        QVERIFY(await(auth->signOut()).ok());

        const auto [levelsByName, chatter] = recorded();
        for (const char *name : {"clerk.auth", "clerk.fapi", "clerk.keychain", "clerk.token", "clerk.verifier",
                                 "clerk.emulator"}) {
            const auto it = levelsByName.find(QString::fromLatin1(name));
            QVERIFY2(it != levelsByName.end(),
                     qPrintable(QStringLiteral("%1 was never used").arg(QLatin1String(name))));
            const Levels &levels = it->second;
            QVERIFY2(!levels.debug, qPrintable(QStringLiteral("%1 logs debug by default").arg(QLatin1String(name))));
            QVERIFY2(!levels.info, qPrintable(QStringLiteral("%1 logs info by default").arg(QLatin1String(name))));
            QVERIFY2(levels.warning, qPrintable(QStringLiteral("%1 hides warnings").arg(QLatin1String(name))));
        }
        QVERIFY2(chatter.isEmpty(), qPrintable(QStringLiteral("printed by default:\n") + chatter.join(u'\n')));
    }

    // The documented switch: a rule turns a category's lower levels on.
    void rulesTurnTheRestOn()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("clerk.*.debug=true\nclerk.*.info=true"));
        const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        const auto levelsByName = recorded().first;
        QVERIFY(!levelsByName.empty());
        for (const auto &[name, levels] : levelsByName)
            QVERIFY2(levels.debug && levels.info && levels.warning, qPrintable(name));
    }
};

int main(int argc, char *argv[])
{
    // The defaults are the subject: no rules from the environment of whoever runs the test.
    qunsetenv("QT_LOGGING_RULES");
    qunsetenv("QT_LOGGING_CONF");
    QGuiApplication app(argc, argv);
    tst_LoggingDefaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging_defaults.moc"
