// UiProbe: the checks are generic on purpose (Qt Quick class names and properties, QAccessible roles), so the
// same probe judges the Clerk components, the demo's pages and an application's own screens.
#include "uiprobe.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QtMath>

#include <limits>

namespace UiProbe {

namespace {

/// "SignIn", "Label", "Text": the QML type a reader finds in the sources, not "SignIn_QMLTYPE_42" or "QQuickText".
QString typeName(const QObject *o)
{
    QString name = QString::fromLatin1(o->metaObject()->className());
    const int qml = name.indexOf(QLatin1String("_QML"));
    if (qml > 0)
        name = name.left(qml);
    if (name.startsWith(QLatin1String("QQuick")))
        name = name.mid(6);
    return name;
}

/// The nearest ancestors that are QML components (files), innermost first: where to look for the item.
QString whereIs(const QQuickItem *item)
{
    QStringList chain;
    for (const QQuickItem *p = item->parentItem(); p && chain.size() < 3; p = p->parentItem()) {
        if (QByteArray(p->metaObject()->className()).contains("_QML"))
            chain.append(typeName(p) + (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
    }
    return chain.isEmpty() ? QString() : QStringLiteral(" in ") + chain.join(QLatin1String(" < "));
}

QString describe(const QQuickItem *item)
{
    QString out = typeName(item);
    if (!item->objectName().isEmpty())
        out += QLatin1Char('#') + item->objectName();
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty()) {
        QString t = text.toString().simplified();
        if (t.size() > 60)
            t = t.left(57) + QStringLiteral("...");
        out += QStringLiteral(" \"%1\"").arg(t);
    }
    return out + whereIs(item);
}

bool shown(const QQuickItem *item)
{
    return item->isVisible() && item->opacity() > 0.01 && item->width() > 0.5 && item->height() > 0.5;
}

struct Bounds
{
    QRectF rect;         ///< in root coordinates
    QString name;        ///< what the rect is ("the root", "card SignIn")
    bool scrollsVertically = false;
};

constexpr qreal kTolerance = 1.0;

void checkText(const QQuickItem *item, QStringList &out)
{
    if (!item->inherits("QQuickText") || item->inherits("QQuickPlaceholderText"))
        return;
    if (item->property("text").toString().isEmpty())
        return;
    const int elide = item->property("elide").toInt();
    const bool elides = elide != 3; // Text.ElideNone
    const bool wraps = item->property("wrapMode").toInt() != 0; // Text.NoWrap
    if (item->property("truncated").toBool() && !elides) {
        out << QStringLiteral("text cut off (truncated, no elide declared): %1").arg(describe(item));
        return;
    }
    // A Button's label is elided by the style: the button rule below reports that case.
    if (item->parentItem() && item->parentItem()->inherits("QQuickIconLabel"))
        return;
    if (!wraps && !elides && item->implicitWidth() > item->width() + kTolerance)
        out << QStringLiteral("text wider than its item (%1 > %2 px, neither wraps nor elides): %3")
                   .arg(qRound(item->implicitWidth())).arg(qRound(item->width())).arg(describe(item));
}

void checkButton(const QQuickItem *item, QStringList &out)
{
    if (!item->inherits("QQuickAbstractButton") || item->inherits("QQuickMenuItem"))
        return;
    // A button narrower than its content shows its label elided or clipped.
    const qreal needed = item->property("implicitContentWidth").toReal() + item->property("leftPadding").toReal()
                         + item->property("rightPadding").toReal();
    if (needed > item->width() + kTolerance && !item->property("text").toString().isEmpty())
        out << QStringLiteral("button narrower than its label (%1 < %2 px): %3")
                   .arg(qRound(item->width())).arg(qRound(needed)).arg(describe(item));
}

void checkOverlaps(const QQuickItem *item, QStringList &out)
{
    if (!item->inherits("QQuickLayout") && !item->inherits("QQuickBasePositioner"))
        return;
    QList<QQuickItem *> kids;
    for (QQuickItem *c : item->childItems()) {
        if (shown(c))
            kids << c;
    }
    for (int i = 0; i < kids.size(); ++i) {
        const QRectF a(kids[i]->position(), kids[i]->size());
        for (int j = i + 1; j < kids.size(); ++j) {
            const QRectF overlap = a.intersected(QRectF(kids[j]->position(), kids[j]->size()));
            if (overlap.width() > kTolerance && overlap.height() > kTolerance)
                out << QStringLiteral("overlapping siblings in %1 (%2x%3 px): %4 and %5")
                           .arg(typeName(item)).arg(qRound(overlap.width())).arg(qRound(overlap.height()))
                           .arg(describe(kids[i]), describe(kids[j]));
        }
    }
}

void walk(QQuickItem *root, QQuickItem *item, Bounds bounds, bool ancestorReported, QStringList &out)
{
    if (!shown(item))
        return;
    bool reported = ancestorReported;
    if (item != root) {
        const QRectF r = item->mapRectToItem(root, QRectF(QPointF(0, 0), item->size()));
        if (!ancestorReported) {
            if (r.right() > bounds.rect.right() + kTolerance) {
                out << QStringLiteral("reaches %1 px past the right edge of %2: %3")
                           .arg(qRound(r.right() - bounds.rect.right())).arg(bounds.name, describe(item));
                reported = true;
            } else if (!bounds.scrollsVertically && r.bottom() > bounds.rect.bottom() + kTolerance) {
                out << QStringLiteral("reaches %1 px past the bottom edge of %2: %3")
                           .arg(qRound(r.bottom() - bounds.rect.bottom())).arg(bounds.name, describe(item));
                reported = true;
            }
        }
        checkText(item, out);
        checkButton(item, out);
        // What lies inside a card, a clipping item or a scrolling view must stay inside it.
        if (item->inherits("QQuickPane") || item->clip()) {
            bounds.rect = bounds.rect.intersected(r);
            if (bounds.scrollsVertically)
                bounds.rect.setBottom(std::numeric_limits<qreal>::max() / 4);
            bounds.name = (item->inherits("QQuickPane") ? QStringLiteral("card ") : QStringLiteral("clipping ")) + describe(item);
        }
        if (item->inherits("QQuickFlickable")) {
            bounds.rect = bounds.rect.intersected(r);
            bounds.rect.setBottom(std::numeric_limits<qreal>::max() / 4);
            bounds.name = QStringLiteral("scroll view ") + describe(item);
            bounds.scrollsVertically = true;
        }
    }
    checkOverlaps(item, out);
    for (QQuickItem *child : item->childItems())
        walk(root, child, bounds, reported, out);
}

bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Dial:
    case QAccessible::Graphic:
        return true;
    default:
        return false;
    }
}

QString roleName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button: return QStringLiteral("button");
    case QAccessible::CheckBox: return QStringLiteral("check box");
    case QAccessible::RadioButton: return QStringLiteral("radio button");
    case QAccessible::EditableText: return QStringLiteral("editable text");
    case QAccessible::ComboBox: return QStringLiteral("combo box");
    case QAccessible::Link: return QStringLiteral("link");
    case QAccessible::MenuItem: return QStringLiteral("menu item");
    case QAccessible::PageTab: return QStringLiteral("page tab");
    case QAccessible::Slider: return QStringLiteral("slider");
    case QAccessible::SpinBox: return QStringLiteral("spin box");
    case QAccessible::Graphic: return QStringLiteral("image");
    default: return QStringLiteral("control (role 0x%1)").arg(int(role), 0, 16);
    }
}

// `labelBefore`: the name of the sibling before `iface` when it is static text (a field's visible label).
void walkAccessible(QAccessibleInterface *iface, const QString &path, int depth, QStringList &out,
                    const QString &labelBefore = {})
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    if (iface->state().invisible || iface->state().offscreen)
        return;
    const QAccessible::Role role = iface->role();
    QString name = iface->text(QAccessible::Name).trimmed();
    // A button (menu item, check box…) is named by its text when accessibility is on while setText() runs; a probe
    // switched on later (offscreen, tests) sees no name there, so it reads the text as Qt would have named it.
    if (name.isEmpty() && iface->object() && iface->object()->inherits("QQuickAbstractButton"))
        name = iface->object()->property("text").toString().trimmed();
    // A non-editable ComboBox shows its value in a read-only TextField of the style; the ComboBox carries the name.
    const auto *item = qobject_cast<const QQuickItem *>(iface->object());
    const bool comboDisplay = role == QAccessible::EditableText && item && item->parentItem()
                              && item->parentItem()->inherits("QQuickComboBox")
                              && !item->parentItem()->property("editable").toBool();
    // Qt withholds a password field's name whatever the QML sets (QQuickAccessibleAttached::name() is empty while
    // passwordEdit): a screen reader reads the visible label before it instead, so that label must be there.
    const bool labelledPassword = role == QAccessible::EditableText && iface->state().passwordEdit
                                  && !labelBefore.trimmed().isEmpty();
    if (needsName(role) && name.isEmpty() && !comboDisplay && !labelledPassword) {
        QString what = roleName(role);
        if (QObject *o = iface->object()) {
            what += QStringLiteral(" (%1").arg(typeName(o));
            if (!o->objectName().isEmpty())
                what += QLatin1Char('#') + o->objectName();
            if (auto *item = qobject_cast<QQuickItem *>(o))
                what += whereIs(item);
            what += QLatin1Char(')');
        }
        out << QStringLiteral("%1 without an accessible name, under %2").arg(what, path);
    }
    const QString here = name.isEmpty() ? path : path + QStringLiteral(" > \"") + name.left(40) + QLatin1Char('"');
    QString previousLabel;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        walkAccessible(child, here, depth + 1, out, previousLabel);
        previousLabel = child && child->role() == QAccessible::StaticText && !child->state().invisible
                            ? child->text(QAccessible::Name) : QString();
    }
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

QStringList layoutProblems(QQuickItem *root)
{
    QStringList out;
    if (!root)
        return {QStringLiteral("no root item")};
    Bounds bounds;
    bounds.rect = QRectF(QPointF(0, 0), root->size());
    bounds.name = QStringLiteral("the root ") + typeName(root);
    walk(root, root, bounds, false, out);
    out.removeDuplicates();
    return out;
}

QStringList accessibilityProblems(QQuickWindow *window)
{
    QStringList out;
    QAccessibleInterface *iface = window ? QAccessible::queryAccessibleInterface(window) : nullptr;
    if (!iface)
        return {QStringLiteral("the window has no accessible interface (is QAccessible active?)")};
    walkAccessible(iface, QStringLiteral("window"), 0, out);
    out.removeDuplicates();
    return out;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace UiProbe
