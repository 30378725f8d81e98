// tst_component_quality: issue #20's bar for every ready-made component of `import Clerk`.
//  1. translations — lupdate over the sources (as scripts/update-translations.sh) against every shipped .ts:
//     nothing missing, unfinished, vanished or empty, the language's number of plural forms, placeholders kept;
//     every FormErrors code has its own German message;
//  2. run-time switching — an open SignIn shows clerkqt_de.ts's German after ClerkLanguage.language = "de";
//  3. layout — every component (componentcases.cpp: the minimum-width table) in every shipped language × light
//     and dark: UiProbe::layoutProblems() empty. Rows are "SignIn/de/dark";
//  4. accessibility — QAccessible's tree of each component (English, light): UiProbe::accessibilityProblems();
//  5. contrast — ClerkTheme's presets ≥ 4.5:1 for every text/background pair the components draw, and the
//     scheme following the application palette; and as rendered (renderedContrast): every enabled text of each
//     component in both themes against the pixels behind it — popups and style colours the presets cannot see;
//  6. screenshots — the English rows of 3 save <component>-<light|dark>.png into CLERKQT_SCREENSHOT_DIR
//     (docs/themes/ holds copies, shown by docs/themes.md).
//
// Accessibility in the offscreen platform: QAccessible::isActive() asks the platform's QPlatformAccessibility, and
// nothing switches that on offscreen (measured on Qt 6.4: isActive() stays false after everything below; only
// the private QPlatformAccessibility::setActive() would change it). Qt Quick Controls,
// Text and TextInput give themselves a role only once accessibility is on: each registers as a
// QAccessible::ActivationObserver when it is made and sets its role in accessibilityActiveChanged(true). As Qt's
// QTestAccessibility::initialize() does, the test installs an update handler (events go to it, no platform bridge
// needed) and calls the public QAccessible::setActive(true), which calls every observer alive — again once a
// component is laid out (its Loaders and Repeaters have made their controls), right before walking the tree.
// initTestCase() checks the mechanism on a plain Button. What it cannot replay is a button's text becoming its
// name (setText() names the button only while accessibility is on); UiProbe takes a button's text as its name,
// as a screen reader running from the start would get it.
#include "tst_component_quality.h"

#include "componentcases.h"
#include "testhelpers.h"
#include "tsfile.h"
#include "uiprobe.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QAccessible>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QPalette>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kSourceDir = QStringLiteral(CLERKQT_SOURCE_DIR);

/// Plural forms Qt's numerus rules give each shipped language (Qt's qtranslator numerus tables).
int numerusFormsOf(const QString &language)
{
    static const QHash<QString, int> forms{{QStringLiteral("en"), 2}, {QStringLiteral("de"), 2},
                                           {QStringLiteral("fr"), 2}, {QStringLiteral("es"), 2},
                                           {QStringLiteral("pt_BR"), 2}, {QStringLiteral("ja"), 1},
                                           {QStringLiteral("zh_CN"), 1}};
    return forms.value(language, -1);
}

void noAccessibilityUpdates(QAccessibleEvent *) {}

} // namespace

void tst_ComponentQuality::initTestCase()
{
    QAccessible::installUpdateHandler(noAccessibilityUpdates);
    QAccessible::setActive(true);

    m_server = std::make_unique<ClerkEmulator::Server>();
    QVERIFY(m_server->listen());
    m_signedIn = TestHelpers::signedInAuth(*m_server, "tst_component_quality", TestHelpers::kJane,
                                           TestHelpers::kJanePassword);
    QVERIFY(m_signedIn);
    const auto active = TestHelpers::await(m_signedIn->setActiveOrganization(TestHelpers::kAcme));
    QVERIFY2(active.ok(), qPrintable(active.error.toString()));

    Clerk::AuthConfig config = TestHelpers::configFor(*m_server, TestHelpers::uniqueService("tst_component_quality"));
    config.persistSession = false;
    m_signedOut = std::make_unique<Clerk::Auth>(config);
    QVERIFY(TestHelpers::waitLoaded(*m_signedOut));

    // Jane on an instance that requires an organization: her session waits on the "choose-organization" task.
    m_taskServer = std::make_unique<ClerkEmulator::Server>();
    QString error;
    QVERIFY2(m_taskServer->loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("organization-required"), &error),
                                    &error), qPrintable(error));
    QVERIFY(m_taskServer->listen());
    Clerk::AuthConfig taskConfig = TestHelpers::configFor(*m_taskServer, TestHelpers::uniqueService("tst_component_quality"));
    taskConfig.persistSession = false;
    m_task = std::make_unique<Clerk::Auth>(taskConfig);
    QVERIFY(TestHelpers::waitLoaded(*m_task));
    TestHelpers::await(m_task->signIn(TestHelpers::kJane, TestHelpers::kJanePassword));
    QCOMPARE(m_task->status(), Clerk::Auth::Status::NeedsTask);

    m_engine = std::make_unique<QQmlEngine>();
    m_engine->rootContext()->setContextProperty(QStringLiteral("signedInAuth"), m_signedIn.get());
    m_engine->rootContext()->setContextProperty(QStringLiteral("signedOutAuth"), m_signedOut.get());
    m_engine->rootContext()->setContextProperty(QStringLiteral("taskAuth"), m_task.get());
    QQmlComponent control(m_engine.get());
    control.setData(R"(
        import QtQuick
        import Clerk
        QtObject {
            function setLanguage(language) { ClerkLanguage.language = language }
            function setScheme(name) {
                ClerkTheme.scheme = name === "dark" ? ClerkTheme.Dark : name === "light" ? ClerkTheme.Light
                                                                                           : ClerkTheme.System
            }
            readonly property bool dark: ClerkTheme.dark
            readonly property QtObject lightColors: ClerkTheme.lightColors
            readonly property QtObject darkColors: ClerkTheme.darkColors
            readonly property QtObject formErrors: FormErrors
        })", QUrl(QStringLiteral("qrc:/control.qml")));
    m_control.reset(control.create());
    QVERIFY2(m_control, qPrintable(control.errorString()));

    // A control told that accessibility is on has its role: the walk of accessibility() sees what a screen reader does.
    QQmlComponent probe(m_engine.get());
    probe.setData("import QtQuick.Controls\nButton { text: \"x\" }", QUrl(QStringLiteral("qrc:/probe.qml")));
    std::unique_ptr<QObject> button(probe.create());
    QVERIFY2(button, qPrintable(probe.errorString()));
    QAccessible::setActive(true);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button.get());
    QVERIFY2(iface && iface->role() == QAccessible::Button, "QAccessible is not active: controls have no role");
}

void tst_ComponentQuality::cleanup()
{
    setLanguage(QStringLiteral("en"));
    setScheme("light");
}

void tst_ComponentQuality::cleanupTestCase()
{
    m_control.reset();
    m_engine.reset();
}

void tst_ComponentQuality::setLanguage(const QString &language)
{
    if (m_control)
        QMetaObject::invokeMethod(m_control.get(), "setLanguage", Q_ARG(QVariant, language));
}

void tst_ComponentQuality::setScheme(const char *scheme)
{
    if (m_control)
        QMetaObject::invokeMethod(m_control.get(), "setScheme", Q_ARG(QVariant, QString::fromLatin1(scheme)));
}

const TsFile &tst_ComponentQuality::lupdateOutput()
{
    if (m_lupdate)
        return *m_lupdate;
    m_lupdate = std::make_unique<TsFile>();
    // The lupdate of the Qt this test runs on: its install's tool directories (Debian keeps Qt 6's tools out of
    // PATH, in the binaries directory; some installs put lupdate with the library executables), then PATH.
    // findExecutable adds ".exe" on Windows.
    QString lupdate = qEnvironmentVariable("LUPDATE");
    if (!QFileInfo(lupdate).isExecutable()) {
        lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"),
                                                 {QLibraryInfo::path(QLibraryInfo::BinariesPath),
                                                  QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath)});
    }
    if (lupdate.isEmpty())
        lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"));
    if (lupdate.isEmpty()) {
        m_lupdateSkip = QStringLiteral("lupdate not found in Qt's directories or PATH (Debian: qt6-l10n-tools; or "
                                       "set LUPDATE)");
        return *m_lupdate;
    }
    // The sources of scripts/update-translations.sh.
    QStringList args{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-no-obsolete"), QStringLiteral("-target-language"), QStringLiteral("de")};
    const QDir qml(kSourceDir + QStringLiteral("/qml"));
    for (const QString &f : qml.entryList({QStringLiteral("*.qml")}, QDir::Files, QDir::Name))
        args << qml.filePath(f);
    const QDir src(kSourceDir + QStringLiteral("/qml/src"));
    for (const QString &f : src.entryList({QStringLiteral("*.cpp")}, QDir::Files, QDir::Name))
        args << src.filePath(f);
    args << kSourceDir + QStringLiteral("/sdk/src/oauthlistener.cpp");
    static QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("sources.ts"));
    args << QStringLiteral("-ts") << out;
    QProcess process;
    process.start(lupdate, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lupdate->error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return *m_lupdate;
    }
    *m_lupdate = readTsFile(out);
    return *m_lupdate;
}

QStringList tst_ComponentQuality::translationProblems(const QString &language)
{
    QStringList problems;
    const TsFile &sources = lupdateOutput();
    const TsFile shipped = readTsFile(kSourceDir + QStringLiteral("/qml/i18n/clerkqt_%1.ts").arg(language));
    if (!shipped.error.isEmpty())
        return {QStringLiteral("clerkqt_%1.ts unreadable: %2").arg(language, shipped.error)};
    if (shipped.language != language)
        problems << QStringLiteral("clerkqt_%1.ts declares language \"%2\"").arg(language, shipped.language);
    const int forms = numerusFormsOf(language);
    if (forms < 0)
        problems << QStringLiteral("%1: no plural rule in the test's table; add the language's form count").arg(language);
    const bool pluralOnly = language == QLatin1String("en"); // English is the source: plurals only

    QHash<QString, const TsMessage *> shippedByKey;
    for (const TsMessage &m : shipped.messages)
        shippedByKey.insert(m.key(), &m);
    QSet<QString> sourceKeys;
    for (const TsMessage &m : sources.messages) {
        sourceKeys.insert(m.key());
        if (pluralOnly && !m.numerus)
            continue;
        if (!shippedByKey.contains(m.key()))
            problems << QStringLiteral("%1 [%2] missing: \"%3\"").arg(language, m.context, m.source);
    }
    for (const TsMessage &m : shipped.messages) {
        const QString where = QStringLiteral("%1 [%2] \"%3\"").arg(language, m.context, m.source);
        if (!sourceKeys.contains(m.key())) {
            problems << where + QStringLiteral(": no longer in the sources (run scripts/update-translations.sh)");
            continue;
        }
        if (pluralOnly && !m.numerus) {
            problems << where + QStringLiteral(": English carries only plural messages");
            continue;
        }
        if (!m.type.isEmpty()) {
            problems << where + QStringLiteral(": translation is ") + m.type;
            continue;
        }
        if (m.numerus && m.forms.size() != forms)
            problems << where + QStringLiteral(": %1 plural forms, %2 needs %3").arg(m.forms.size()).arg(language).arg(forms);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                break;
            }
            for (const QString &p : placeholdersOf(m.source)) {
                if (!placeholdersOf(form).contains(p))
                    problems << where + QStringLiteral(": placeholder %1 missing in \"%2\"").arg(p, form);
            }
        }
    }
    return problems;
}

void tst_ComponentQuality::translations_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages(kSourceDir))
        QTest::newRow(qPrintable(language)) << language;
}

void tst_ComponentQuality::translations()
{
    QFETCH(QString, language);
    const TsFile &sources = lupdateOutput();
    if (!m_lupdateSkip.isEmpty()) {
        // QSKIP itself, spelled out: its variadic form trips -Wpedantic on Qt 6.4.
        QTest::qSkip(qPrintable(m_lupdateSkip), __FILE__, __LINE__);
        return;
    }
    QVERIFY2(sources.error.isEmpty(), qPrintable(sources.error));
    QVERIFY2(sources.messages.size() > 100, "lupdate found almost no strings: are the sources where the test looks?");
    const QStringList problems = translationProblems(language);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                                            + problems.join(QLatin1Char('\n'))));
}

void tst_ComponentQuality::errorCodesTranslated()
{
    QObject *formErrors = m_control->property("formErrors").value<QObject *>();
    QVERIFY(formErrors);
    QStringList codes;
    QVERIFY(QMetaObject::invokeMethod(formErrors, "knownCodes", Q_RETURN_ARG(QStringList, codes)));
    QVERIFY2(codes.size() >= 10, "FormErrors knows almost no codes");
    const auto messageOf = [formErrors](const QString &code) {
        // Clerk's English text: what the user would see if the table had no entry for the code.
        const Clerk::Error error(Clerk::Error::Kind::Auth, code, QStringLiteral("server text"),
                                 QStringLiteral("server long text"));
        QString message;
        QMetaObject::invokeMethod(formErrors, "messageOf", Q_RETURN_ARG(QString, message),
                                  Q_ARG(Clerk::Error, error));
        return message;
    };
    QHash<QString, QString> english;
    for (const QString &code : codes)
        english.insert(code, messageOf(code));
    setLanguage(QStringLiteral("de"));
    QStringList problems;
    for (const QString &code : codes) {
        const QString german = messageOf(code);
        if (english.value(code).isEmpty() || english.value(code).startsWith(QLatin1String("server")))
            problems << QStringLiteral("%1: no English message of its own (\"%2\")").arg(code, english.value(code));
        else if (german == english.value(code))
            problems << QStringLiteral("%1: German message is the English one (\"%2\")").arg(code, german);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_ComponentQuality)
