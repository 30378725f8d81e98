// The demo's pages as a person sees them, at the window's minimum width, in both themes and every shipped language:
// signed out (SignIn beside the "Local emulator" card) and signed in (the dashboard, after jane signed in through the
// form and called the protected API). Nothing may be clipped, overlap or run past the window, and every control
// and image must have an accessible name (UiProbe). The language menu and the theme switch are driven with keys.
#include "democontroller.h"
#include "demolanguage.h"
#include "uiprobe.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/tokenverifier.h>
#include <ClerkQtQml/authprovider.h>
#include <ClerkQtQml/language.h>
#include <demoapiserver.h>

#include <QColor>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtTest>

#include <memory>

namespace {

// Tall enough that every card of a page is inside the window: the layout check looks at the whole page, not at
// the part a scroll position shows.
constexpr int kPageHeight = 1900;

QString themeName(bool dark)
{
    return dark ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace

class TestDemoLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signedOut_data() { pages_data(); }
    void signedOut();
    void languageMenuByKeyboard();
    void themeSwitchByKeyboard();
    void signIn();
    void apiCardStartsAtTop();
    void signedIn_data() { pages_data(); }
    void signedIn();
    void cleanupTestCase();

private:
    void pages_data();
    /// Shows the window at its minimum width in `theme` and `language`, laid out.
    void show(const QString &theme, const QString &language);
    void checkPage(const char *page);
    QQuickItem *item(const char *objectName) const;
    void settle();

    std::unique_ptr<ClerkEmulator::Server> m_emulator;
    std::unique_ptr<DemoApiServer> m_api;
    std::unique_ptr<Clerk::Auth> m_auth;
    std::unique_ptr<DemoController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<DemoLanguage> m_language;
    QQuickWindow *m_window = nullptr;
};

void TestDemoLayout::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Fusion")); // as clerk-demo
    m_emulator = std::make_unique<ClerkEmulator::Server>();
    QVERIFY(m_emulator->listen());

    Clerk::TokenVerifierConfig verifierConfig;
    verifierConfig.jwksUrl = QUrl(m_emulator->fapiUrl().toString() + QStringLiteral("/jwks"));
    verifierConfig.issuer = m_emulator->issuer();
    m_api = std::make_unique<DemoApiServer>(verifierConfig);
    QVERIFY(m_api->listen());

    Clerk::AuthConfig config;
    config.publishableKey = m_emulator->publishableKey();
    config.keychainService = QStringLiteral("clerk-qt-demo-test");
    config.persistSession = false;
    m_auth = std::make_unique<Clerk::Auth>(config);

    DemoController::Options options;
    options.publishableKey = m_emulator->publishableKey();
    options.emulated = true;
    options.instanceLabel = m_emulator->baseUrl().toString();
    options.apiUrl = m_api->url();
    options.testAccounts = DemoController::seedAccounts(ClerkEmulator::Server::defaultSeed());
    options.emulator = m_emulator.get();
    options.profile = QStringLiteral("default");
    options.signInAs = QStringLiteral("jane"); // the driver starts only in signIn()
    options.auth = m_auth.get();
    m_controller = std::make_unique<DemoController>(options);

    m_engine = std::make_unique<QQmlApplicationEngine>();
    ClerkQml::AuthProvider::instance(m_engine.get())->setAuth(m_auth.get());
    ClerkQml::Language::instance(m_engine.get())->setLanguage(QStringLiteral("en"));
    m_language = std::make_unique<DemoLanguage>(m_engine.get());
    m_engine->rootContext()->setContextProperty(QStringLiteral("demo"), m_controller.get());
    m_engine->load(DemoController::mainUrl());
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    QVERIFY(m_window->minimumWidth() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_auth->status(), Clerk::Auth::Status::SignedOut, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(item("demoSignIn") && item("emulatorCard"), 10000);
}

void TestDemoLayout::cleanupTestCase()
{
    m_engine.reset();
    m_language.reset();
}

void TestDemoLayout::pages_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("language");
    for (const bool dark : {false, true}) {
        for (const QString &language : ClerkQml::Language::languageCodes())
            QTest::addRow("%s-%s", qPrintable(themeName(dark)), qPrintable(language)) << themeName(dark) << language;
    }
}

QQuickItem *TestDemoLayout::item(const char *objectName) const
{
    // Items declared in an ApplicationWindow are QObject children of the window, not of its contentItem.
    return m_window ? m_window->findChild<QQuickItem *>(QString::fromLatin1(objectName)) : nullptr;
}

// Rendering runs the polish loop until every layout has settled (wrapped text changes implicit heights, which
// changes the layouts above it); twice, because the first frame after a language switch can still move items.
void TestDemoLayout::settle()
{
    QVERIFY(!m_window->grabWindow().isNull());
    QVERIFY(!m_window->grabWindow().isNull());
}

void TestDemoLayout::show(const QString &theme, const QString &language)
{
    ClerkQml::Language::instance(m_engine.get())->setLanguage(language);
    QCOMPARE(ClerkQml::Language::instance(m_engine.get())->effectiveLanguage(), language);
    QCOMPARE(m_language->installed(), language);
    QVERIFY(QMetaObject::invokeMethod(m_window, "setTheme", Q_ARG(QVariant, theme)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->resize(m_window->minimumWidth(), kPageHeight);
    // The scene follows the window's size with the resize event.
    QTRY_COMPARE(m_window->contentItem()->width(), qreal(m_window->minimumWidth()));
    QTRY_COMPARE(m_window->contentItem()->height(), qreal(kPageHeight));
    settle();
    // The window follows the theme (independently of ClerkTheme's own values: a dark window is dark).
    QCOMPARE(m_window->color().lightnessF() < 0.5, theme == QLatin1String("dark"));
}

void TestDemoLayout::checkPage(const char *page)
{
    const QStringList layout = UiProbe::layoutProblems(m_window->contentItem());
    const QStringList accessibility = UiProbe::accessibilityProblems(m_window);
    if (!layout.isEmpty() || !accessibility.isEmpty()) {
        const QString name = QStringLiteral("%1/demo-%2-%3.png")
                                 .arg(QDir::currentPath(), QLatin1String(page), QLatin1String(QTest::currentDataTag()));
        m_window->grabWindow().save(name); // for the person reading the failure
        qWarning("%s", qPrintable(name));
    }
    QVERIFY2(layout.isEmpty(), qPrintable(layout.join(QLatin1Char('\n'))));
    QVERIFY2(accessibility.isEmpty(), qPrintable(accessibility.join(QLatin1Char('\n'))));
}

void TestDemoLayout::signedOut()
{
    QFETCH(QString, theme);
    QFETCH(QString, language);
    show(theme, language);
    QVERIFY(item("demoSignIn") && item("demoSignIn")->isVisible());
    // Both are there at the minimum width: the form and the emulator's card beside it.
    QQuickItem *card = item("emulatorCard");
    QVERIFY(card && card->isVisible());
    QCOMPARE(card->mapToScene(QPointF(0, 0)).y(), item("demoSignIn")->mapToScene(QPointF(0, 0)).y());
    checkPage("signed-out");
}

// The language menu of the tool bar, with keys only: Space opens it, arrows walk it, Enter picks. The demo's own
// strings and the Clerk components switch together.
void TestDemoLayout::languageMenuByKeyboard()
{
    show(QStringLiteral("light"), QStringLiteral("en"));
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QQuickItem *box = item("languageSwitch");
    QVERIFY(box);
    QCOMPARE(box->property("displayText").toString(), QStringLiteral("English"));
    box->forceActiveFocus(Qt::TabFocusReason);
    QTRY_VERIFY(box->hasActiveFocus());
    QTest::keyClick(m_window, Qt::Key_Space);
    auto *popup = box->property("popup").value<QObject *>();
    QVERIFY(popup);
    QTRY_VERIFY(popup->property("opened").toBool());
    QTest::keyClick(m_window, Qt::Key_Down); // English → Deutsch, the list's second entry
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_VERIFY(!popup->property("visible").toBool());
    QCOMPARE(ClerkQml::Language::instance(m_engine.get())->effectiveLanguage(), QStringLiteral("de"));
    QCOMPARE(box->property("displayText").toString(), QStringLiteral("Deutsch"));
    QCOMPARE(m_language->installed(), QStringLiteral("de"));
    // The demo's strings, translated by demo-app/i18n/demo_de.ts.
    QTRY_COMPARE(m_window->title(), QStringLiteral("Clerk-Qt-Demo"));
    QCOMPARE(item("emulatorCard")->property("title").toString(),
             QStringLiteral("Lokaler Emulator – niemand ist angemeldet"));
    // Focus goes back to the menu's button, and the next Down walks on without opening it (Français).
    QTRY_VERIFY(box->hasActiveFocus());
    QTest::keyClick(m_window, Qt::Key_Down);
    QTRY_COMPARE(ClerkQml::Language::instance(m_engine.get())->effectiveLanguage(), QStringLiteral("fr"));
    QTRY_COMPARE(m_window->title(), QStringLiteral("Démo Clerk Qt"));
    ClerkQml::Language::instance(m_engine.get())->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(m_window->title(), QStringLiteral("Clerk Qt demo"));
    QCOMPARE(box->property("displayText").toString(), QStringLiteral("English"));
}

// The theme switch with keys: System → Light → Dark and back; the window and the cards follow.
void TestDemoLayout::themeSwitchByKeyboard()
{
    show(QStringLiteral("light"), QStringLiteral("en"));
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QQuickItem *box = item("themeSwitch");
    QVERIFY(box);
    QCOMPARE(box->property("displayText").toString(), QStringLiteral("Light"));
    box->forceActiveFocus(Qt::TabFocusReason);
    QTRY_VERIFY(box->hasActiveFocus());
    QTest::keyClick(m_window, Qt::Key_Space);
    auto *popup = box->property("popup").value<QObject *>();
    QTRY_VERIFY(popup->property("opened").toBool());
    QTest::keyClick(m_window, Qt::Key_Down);
    QTest::keyClick(m_window, Qt::Key_Return);
    QTRY_VERIFY(!popup->property("visible").toBool());
    QCOMPARE(box->property("displayText").toString(), QStringLiteral("Dark"));
    QTRY_VERIFY(m_window->color().lightnessF() < 0.5);
    // The card on it is dark too, and its text readable.
    const QColor surface = item("emulatorCard")->property("background").value<QQuickItem *>()->property("color").value<QColor>();
    QVERIFY(surface.lightnessF() < 0.5);
    QQuickItem *text = item("instanceLabel");
    QVERIFY(UiProbe::contrastRatio(text->property("color").value<QColor>(), surface) >= 4.5);
    // Escape closes the opened menu without choosing.
    QTest::keyClick(m_window, Qt::Key_Space);
    QTRY_VERIFY(popup->property("opened").toBool());
    QTest::keyClick(m_window, Qt::Key_Up);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!popup->property("visible").toBool());
    QCOMPARE(box->property("displayText").toString(), QStringLiteral("Dark"));
    QTest::keyClick(m_window, Qt::Key_Up); // closed: Up picks the previous entry at once
    QTRY_COMPARE(box->property("displayText").toString(), QStringLiteral("Light"));
    QTRY_VERIFY(m_window->color().lightnessF() > 0.5);
}

// jane signs in through the demo's form (DemoController's driver types into it) and calls the protected API, so
// that the signed-in page shows everything it can: claims, the API's answer, the sessions.
void TestDemoLayout::signIn()
{
    show(QStringLiteral("light"), QStringLiteral("en"));
    m_controller->drive(m_window);
    QTRY_COMPARE_WITH_TIMEOUT(m_auth->status(), Clerk::Auth::Status::SignedIn, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(item("apiPanel") && item("apiPanel")->property("lastStatus").toInt() == 200, 30000);
    QTRY_VERIFY(item("welcomeName") && item("welcomeName")->property("text").toString().contains(QLatin1String("Jane")));
}

// Before the API is called, the Protected API card is shorter than the Session token card beside it, and the grid
// row makes it as tall: its content stays at the top (the description follows the title, the button the description,
// at the card's spacing) and the free space below, rather than floating in the middle.
void TestDemoLayout::apiCardStartsAtTop()
{
    show(QStringLiteral("light"), QStringLiteral("de"));
    QQuickItem *api = item("apiPanel");
    QQuickItem *description = item("apiDescription");
    QQuickItem *button = item("callApiButton");
    QVERIFY(api && description && button);
    // The page as it is right after signing in, before anyone pressed the button.
    const QVariant body = api->property("lastBody");
    const QVariant status = api->property("lastStatus");
    api->setProperty("lastBody", QString());
    api->setProperty("lastStatus", 0);
    settle();
    const qreal buttonBottom = button->mapToItem(api, QPointF(0, button->height())).y();
    QVERIFY2(api->height() > buttonBottom + 80, "the row does not make the card taller than its content");
    auto *title = api->findChild<QQuickItem *>(QStringLiteral("cardTitle"));
    QVERIFY(title);
    const qreal below = description->mapToItem(api, QPointF(0, 0)).y()
                        - title->mapToItem(api, QPointF(0, title->height())).y();
    const qreal gap = button->mapToItem(api, QPointF(0, 0)).y()
                      - description->mapToItem(api, QPointF(0, description->height())).y();
    api->setProperty("lastBody", body);
    api->setProperty("lastStatus", status);
    QVERIFY2(below >= 0 && below <= 12,
             qPrintable(QStringLiteral("%1 px between the card's title and the API's description").arg(below)));
    QVERIFY2(gap >= 0 && gap <= 12,
             qPrintable(QStringLiteral("%1 px between the API's description and its button").arg(gap)));
}

void TestDemoLayout::signedIn()
{
    QFETCH(QString, theme);
    QFETCH(QString, language);
    QVERIFY(m_auth->status() == Clerk::Auth::Status::SignedIn);
    show(theme, language);
    checkPage("signed-in");
}

QTEST_MAIN(TestDemoLayout)
#include "tst_demo_layout.moc"
