// tst_component_quality, the rendered parts: run-time switching, layout at the minimum width in every language and
// theme, accessibility, contrast and the theme's scheme, screenshots.
#include "tst_component_quality.h"

#include "componentcases.h"
#include "tsfile.h"
#include "uiprobe.h"

#include <QAccessible>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtTest>

namespace {

const QString kSourceDir = QStringLiteral(CLERKQT_SOURCE_DIR);

/// Every visible text under `item`.
void collectTexts(QQuickItem *item, QStringList &out)
{
    if (!item->isVisible())
        return;
    const QVariant t = item->property("text");
    if (t.userType() == QMetaType::QString && !t.toString().isEmpty())
        out << t.toString();
    for (QQuickItem *c : item->childItems())
        collectTexts(c, out);
}

/// What is laid out where: equal twice in a row once bindings, layouts and loads are done.
void signature(QQuickItem *item, QString &out)
{
    if (!item->isVisible())
        return;
    out += QStringLiteral("%1:%2,%3,%4,%5;").arg(item->metaObject()->className()).arg(qRound(item->x()))
               .arg(qRound(item->y())).arg(qRound(item->width())).arg(qRound(item->height()));
    const QVariant t = item->property("text");
    if (t.userType() == QMetaType::QString)
        out += t.toString();
    for (QQuickItem *c : item->childItems())
        signature(c, out);
}



/// Text drawn at less than 4.5:1 on what is behind it, as rendered: the text's colour against the colour most of
/// its box's corners show in `image` (a text item's box is mostly background; two corners at least must agree).
/// Disabled items are exempt (WCAG 1.4.3: inactive components).
void lowContrastTexts(QQuickItem *item, const QImage &image, qreal dpr, QStringList &out)
{
    if (!item->isVisible() || item->opacity() < 0.99)
        return;
    if (item->inherits("QQuickText") && item->isEnabled() && !item->property("text").toString().trimmed().isEmpty()
        && item->width() > 4 && item->height() > 4) {
        const QColor fg = item->property("color").value<QColor>();
        const QRectF r = item->mapRectToScene(QRectF(QPointF(0, 0), item->size()));
        QHash<QRgb, int> votes;
        for (const QPointF &p : {r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()}) {
            const QPoint px((p.x() + (p.x() < r.center().x() ? 1 : -1)) * dpr, (p.y() + (p.y() < r.center().y() ? 1 : -1)) * dpr);
            if (image.rect().contains(px))
                votes[image.pixel(px)] += 1;
        }
        QRgb background = 0;
        int best = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.value() > best) {
                best = it.value();
                background = it.key();
            }
        }
        const double ratio = best >= 2 && fg.alpha() == 255 ? UiProbe::contrastRatio(fg, QColor(background)) : 21;
        if (ratio < 4.5)
            out << QStringLiteral("%1:1 — %2 on %3: %4 \"%5\" (in %6)").arg(ratio, 0, 'f', 2)
                       .arg(fg.name(), QColor(background).name(), QString::fromLatin1(item->metaObject()->className()),
                            item->property("text").toString().left(40),
                            item->parentItem() ? QString::fromLatin1(item->parentItem()->metaObject()->className()) : QString());
    }
    for (QQuickItem *c : item->childItems())
        lowContrastTexts(c, image, dpr, out);
}

QString report(const QString &what, const QStringList &problems)
{
    return QStringLiteral("%1: %2 problem(s):\n  ").arg(what).arg(problems.size()) + problems.join(QStringLiteral("\n  "));
}

} // namespace

Shown tst_ComponentQuality::show(const ComponentCase &c)
{
    Shown shown;
    QQmlComponent component(m_engine.get());
    // What an application's window shows behind a component: the theme's background.
    component.setData(QStringLiteral("import QtQuick\nimport Clerk\nRectangle {\n"
                                     "    color: ClerkTheme.backgroundColor\n"
                                     "    readonly property bool ready: %1\n"
                                     "    %2\n}\n").arg(c.ready, c.qml).toUtf8(),
                      QUrl(QStringLiteral("qrc:/cases/%1.qml").arg(c.name)));
    shown.window = std::make_unique<QQuickWindow>();
    shown.window->resize(c.width, c.height);
    shown.window->setColor(Qt::black);
    std::unique_ptr<QObject> object(component.beginCreate(m_engine->rootContext()));
    auto *host = qobject_cast<QQuickItem *>(object.get());
    if (!host) {
        shown.error = component.errorString();
        return shown;
    }
    object.release();
    shown.host.reset(host);
    host->setParentItem(shown.window->contentItem());
    host->setSize(QSizeF(c.width, c.height));
    component.completeCreate();
    if (component.isError()) {
        shown.error = component.errorString();
        return shown;
    }
    shown.window->show();
    if (!QTest::qWaitForWindowExposed(shown.window.get())) {
        shown.error = QStringLiteral("the window was not exposed");
        return shown;
    }
    QElapsedTimer timer;
    timer.start();
    while (!host->property("ready").toBool() && timer.elapsed() < 10000)
        QTest::qWait(20);
    if (!host->property("ready").toBool()) {
        shown.error = QStringLiteral("%1 never showed what it is about (%2)").arg(c.name, c.ready);
        return shown;
    }
    if (c.clickToOpen) {
        settle(shown.window.get());
        auto *target = host->childItems().value(0);
        if (!target) {
            shown.error = QStringLiteral("no component to click");
            return shown;
        }
        const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(shown.window.get(), Qt::LeftButton, {}, centre.toPoint());
    }
    if (!c.popup.isEmpty()) {
        QObject *popup = host->findChild<QObject *>(c.popup);
        timer.restart();
        while (popup && !popup->property("opened").toBool() && timer.elapsed() < 5000)
            QTest::qWait(20);
        if (!popup || !popup->property("opened").toBool()) {
            shown.error = QStringLiteral("%1: popup \"%2\" did not open").arg(c.name, c.popup);
            return shown;
        }
    }
    if (!settle(shown.window.get()))
        shown.error = QStringLiteral("%1 never settled: its layout kept changing for 10 s").arg(c.name);
    return shown;
}

bool tst_ComponentQuality::settle(QQuickWindow *window)
{
    // Bindings, layouts, loaders and the emulator's answers: done when three looks in a row see the same scene.
    QString last;
    int same = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        window->grabWindow(); // polishes and syncs the scene
        QString now;
        signature(window->contentItem(), now);
        same = now == last ? same + 1 : 0;
        if (same >= 2)
            return true;
        last = now;
        QTest::qWait(30);
    }
    return false;
}

void tst_ComponentQuality::runTimeLanguageSwitch()
{
    const TsFile german = readTsFile(kSourceDir + QStringLiteral("/qml/i18n/clerkqt_de.ts"));
    QVERIFY2(german.error.isEmpty(), qPrintable(german.error));
    const ComponentCase &signIn = componentCases().constFirst();
    QCOMPARE(signIn.name, QStringLiteral("SignIn"));
    setLanguage(QStringLiteral("en"));
    Shown shown = show(signIn);
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));

    QStringList english;
    collectTexts(shown.host.get(), english);
    // The texts shown whose German clerkqt_de.ts gives (any context: SignIn uses the shared primitives too).
    QHash<QString, QStringList> expected;
    for (const TsMessage &m : german.messages) {
        if (!m.numerus && english.contains(m.source) && m.type.isEmpty() && !m.forms.value(0).isEmpty()
            && m.forms.value(0) != m.source)
            expected[m.source] << m.forms.value(0);
    }
    QVERIFY2(expected.size() >= 3, qPrintable(QStringLiteral("SignIn shows too few texts translated in clerkqt_de.ts "
                                                             "to judge switching: %1").arg(english.join(QStringLiteral(", ")))));
    setLanguage(QStringLiteral("de"));
    const auto untranslated = [&] {
        QStringList texts;
        collectTexts(shown.host.get(), texts);
        QStringList missing;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            bool found = false;
            for (const QString &t : it.value())
                found = found || texts.contains(t);
            if (!found)
                missing << QStringLiteral("\"%1\" (expected \"%2\")").arg(it.key(), it.value().join(QStringLiteral("\" or \"")));
        }
        return missing;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(untranslated().isEmpty(),
                              qPrintable(report(QStringLiteral("still English after switching to German"), untranslated())),
                              5000);
    setLanguage(QStringLiteral("en"));
    const auto english2 = [&] {
        QStringList texts;
        collectTexts(shown.host.get(), texts);
        QStringList missing;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!texts.contains(it.key()))
                missing << it.key();
        }
        return missing;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(english2().isEmpty(),
                              qPrintable(report(QStringLiteral("not English again"), english2())), 5000);
}

void tst_ComponentQuality::layout_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    const QStringList languages = shippedLanguages(kSourceDir);
    for (int i = 0; i < componentCases().size(); ++i) {
        for (const QString &language : languages) {
            for (const bool dark : {false, true})
                QTest::addRow("%s/%s/%s", qPrintable(componentCases().at(i).name), qPrintable(language),
                              dark ? "dark" : "light") << i << language << dark;
        }
    }
}

void tst_ComponentQuality::layout()
{
    QFETCH(int, index);
    QFETCH(QString, language);
    QFETCH(bool, dark);
    const ComponentCase &c = componentCases().at(index);
    setLanguage(language);
    setScheme(dark ? "dark" : "light");
    Shown shown = show(c);
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    if (language == QLatin1String("en")) {
        const QString dir = QStringLiteral(CLERKQT_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(dir));
        const QString file = QStringLiteral("%1/%2-%3.png").arg(dir, c.name, QLatin1String(dark ? "dark" : "light"));
        QVERIFY2(shown.window->grabWindow().save(file), qPrintable(file));
    }
    const QStringList problems = UiProbe::layoutProblems(shown.window->contentItem());
    QVERIFY2(problems.isEmpty(), qPrintable(report(QStringLiteral("%1 at %2 px").arg(c.name).arg(c.width), problems)));
}

void tst_ComponentQuality::accessibility_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < componentCases().size(); ++i)
        QTest::newRow(qPrintable(componentCases().at(i).name)) << i;
}

void tst_ComponentQuality::accessibility()
{
    QFETCH(int, index);
    const ComponentCase &c = componentCases().at(index);
    Shown shown = show(c);
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    QAccessible::setActive(true); // the controls made since (see the file header of tst_component_quality.cpp)
    const QStringList problems = UiProbe::accessibilityProblems(shown.window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(report(c.name, problems)));
}

void tst_ComponentQuality::contrast_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("foreground");
    QTest::addColumn<QString>("background");
    // What the components draw on what (links are accentColor text; a primary button is accentTextColor on it).
    const QList<QPair<const char *, const char *>> pairs{
        {"textColor", "surfaceColor"},     {"mutedTextColor", "surfaceColor"}, {"mutedTextColor", "fieldColor"},
        {"errorColor", "surfaceColor"},    {"accentColor", "surfaceColor"},    {"accentTextColor", "accentColor"},
        {"textColor", "fieldColor"}};
    for (const char *preset : {"lightColors", "darkColors"}) {
        for (const auto &p : pairs)
            QTest::addRow("%s: %s on %s", preset, p.first, p.second)
                << QString::fromLatin1(preset) << QString::fromLatin1(p.first) << QString::fromLatin1(p.second);
    }
}

void tst_ComponentQuality::contrast()
{
    QFETCH(QString, preset);
    QFETCH(QString, foreground);
    QFETCH(QString, background);
    const QObject *colors = m_control->property(qPrintable(preset)).value<QObject *>();
    QVERIFY(colors);
    const QColor fg = colors->property(qPrintable(foreground)).value<QColor>();
    const QColor bg = colors->property(qPrintable(background)).value<QColor>();
    QVERIFY2(fg.isValid() && bg.isValid(), "ClerkTheme lacks one of the colours");
    QCOMPARE(fg.alpha(), 255);
    QCOMPARE(bg.alpha(), 255);
    const double ratio = UiProbe::contrastRatio(fg, bg);
    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 %2 on %3: %4:1 (%5 on %6), WCAG AA needs 4.5:1")
                                          .arg(preset, foreground, background).arg(ratio, 0, 'f', 2)
                                          .arg(fg.name(), bg.name())));
}

void tst_ComponentQuality::renderedContrast_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("dark");
    for (int i = 0; i < componentCases().size(); ++i) {
        for (const bool dark : {false, true})
            QTest::addRow("%s/%s", qPrintable(componentCases().at(i).name), dark ? "dark" : "light") << i << dark;
    }
}

void tst_ComponentQuality::renderedContrast()
{
    // The presets can be fine while a component draws its text on something else (a popup of the style's colours).
    QFETCH(int, index);
    QFETCH(bool, dark);
    const ComponentCase &c = componentCases().at(index);
    setScheme(dark ? "dark" : "light");
    Shown shown = show(c);
    QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    const QImage image = shown.window->grabWindow();
    QStringList problems;
    lowContrastTexts(shown.window->contentItem(), image, shown.window->effectiveDevicePixelRatio(), problems);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(report(c.name + QStringLiteral(" text below 4.5:1"), problems)));
}

void tst_ComponentQuality::schemeFollowsPalette()
{
    const QPalette original = QGuiApplication::palette();
    QPalette darkPalette = original;
    darkPalette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    darkPalette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QPalette lightPalette = original;
    lightPalette.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    lightPalette.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));

    setScheme("system");
    QGuiApplication::setPalette(darkPalette);
    QTRY_VERIFY2(m_control->property("dark").toBool(), "System scheme with a dark palette is not dark");
    setScheme("light");
    QTRY_VERIFY2(!m_control->property("dark").toBool(), "Light does not force light");
    setScheme("system");
    QGuiApplication::setPalette(lightPalette);
    QTRY_VERIFY2(!m_control->property("dark").toBool(), "System scheme with a light palette is dark");
    setScheme("dark");
    QTRY_VERIFY2(m_control->property("dark").toBool(), "Dark does not force dark");
    QGuiApplication::setPalette(original);
}
