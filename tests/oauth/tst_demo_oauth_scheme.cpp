// The demo's forms with `--url-scheme` (issue #21, item 5): once main.cpp hands DemoController the demo's redirect
// URL, the provider buttons of its SignIn and SignUp (the demo's own QML, clerk_demo_lib) send Clerk's OAuth
// callback to the com.clerk.qtdemo scheme, and the URL passed on to the Auth — as Clerk::UrlSchemeHandler does —
// signs the user in; without it they keep the loopback listener. The test is the user's browser.
#include "democontroller.h"
#include "demolanguage.h"
#include "demourlscheme.h"
#include "browserwalk.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQtQml/authprovider.h>

#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QUrlQuery>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Clerk;

class TestDemoOAuthScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion")); // as clerk-demo
        QVERIFY(m_emulator.listen());
    }

    void init()
    {
        m_emulator.reset();
        m_stoppedAt.clear();
        AuthConfig config = TestHelpers::configFor(m_emulator, TestHelpers::uniqueService("demo-scheme"));
        config.persistSession = false;
        config.openUrl = [this](const QUrl &start) {
            QUrl url = start;
            QUrlQuery q(url);
            q.addQueryItem(QStringLiteral("account"), m_account);
            url.setQuery(q);
            TestHelpers::walkBrowser(m_browser, url, this, [this](const QUrl &at) { m_stoppedAt << at; });
            return true;
        };
        m_auth = std::make_unique<Auth>(config);

        DemoController::Options options;
        options.publishableKey = m_emulator.publishableKey();
        options.emulated = true;
        options.instanceLabel = m_emulator.baseUrl().toString();
        options.testAccounts = DemoController::seedAccounts(ClerkEmulator::Server::defaultSeed());
        options.emulator = &m_emulator;
        options.profile = QStringLiteral("default");
        options.auth = m_auth.get();
        m_controller = std::make_unique<DemoController>(options);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        ClerkQml::AuthProvider::instance(m_engine.get())->setAuth(m_auth.get());
        m_language = std::make_unique<DemoLanguage>(m_engine.get());
        m_engine->rootContext()->setContextProperty(QStringLiteral("demo"), m_controller.get());
        m_engine->load(DemoController::mainUrl());
        QCOMPARE(m_engine->rootObjects().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_auth->status(), Auth::Status::SignedOut, 20000);
    }

    void cleanup()
    {
        m_engine.reset();
        m_language.reset();
        m_controller.reset();
        m_auth.reset();
    }

    void providerButtons_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("viaScheme");
        QTest::newRow("SignIn, --url-scheme") << "demoSignIn" << "google-jane" << "jane+clerk_test@example.com" << true;
        QTest::newRow("SignUp, --url-scheme") << "demoSignUp" << "google-newbie" << "newbie+clerk_test@example.com"
                                              << true;
        QTest::newRow("SignIn, loopback") << "demoSignIn" << "google-jane" << "jane+clerk_test@example.com" << false;
    }

    void providerButtons()
    {
        QFETCH(QString, form);
        QFETCH(QString, account);
        QFETCH(QString, email);
        QFETCH(bool, viaScheme);
        m_account = account;
        if (viaScheme)
            m_controller->setOAuthRedirectUrl(DemoUrlScheme::oauthRedirectUrl()); // what main.cpp does
        if (form == QLatin1String("demoSignUp")) { // the sign-in form's "Sign up" link
            QQuickItem *signIn = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((signIn = find(QStringLiteral("demoSignIn"), nullptr)) != nullptr, 20000);
            QVERIFY(QMetaObject::invokeMethod(signIn, "signUpRequested"));
        }
        QQuickItem *button = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((button = find(form, "oauth_oauth_google")) != nullptr, 20000);
        // A click as the user's: emitted by the button, so the form's own handler starts the flow.
        QVERIFY(QMetaObject::invokeMethod(button, "clicked"));

        QTRY_COMPARE_WITH_TIMEOUT(m_stoppedAt.size(), 1, 15000);
        const QUrl stopped = m_stoppedAt.first();
        if (viaScheme) {
            QCOMPARE(stopped.scheme(), QStringLiteral("com.clerk.qtdemo")); // the scheme clerk-demo registers
            QCOMPARE(stopped.host(), QStringLiteral("oauth"));
            QVERIFY(m_auth->status() != Auth::Status::SignedIn);
            QVERIFY(m_auth->handleOAuthRedirect(stopped));
        } else {
            QCOMPARE(stopped.host(), QStringLiteral("127.0.0.1"));
            QCOMPARE(stopped.path(), QStringLiteral("/callback"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_auth->status(), Auth::Status::SignedIn, 15000);
        QCOMPARE(m_auth->user().primaryEmailAddress(), email);
    }

private:
    QQuickItem *find(const QString &form, const char *name) const
    {
        auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        // Items declared in an ApplicationWindow are QObject children of the window, not of its contentItem.
        auto *formItem = window ? window->findChild<QQuickItem *>(form) : nullptr;
        auto *item = !name || !formItem ? formItem : findItem(formItem, QString::fromLatin1(name));
        return item && item->isVisible() ? item : nullptr;
    }
    // By the visual tree: a Repeater's delegates are not QObject children of what shows them.
    static QQuickItem *findItem(QQuickItem *in, const QString &name)
    {
        for (QQuickItem *child : in->childItems()) {
            if (child->objectName() == name)
                return child;
            if (QQuickItem *found = findItem(child, name))
                return found;
        }
        return nullptr;
    }

    ClerkEmulator::Server m_emulator;
    QNetworkAccessManager m_browser;
    QString m_account;
    QList<QUrl> m_stoppedAt;
    std::unique_ptr<Auth> m_auth;
    std::unique_ptr<DemoController> m_controller;
    std::unique_ptr<DemoLanguage> m_language;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

QTEST_MAIN(TestDemoOAuthScheme)

#include "tst_demo_oauth_scheme.moc"
