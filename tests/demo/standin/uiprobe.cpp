// STAND-IN until the QA helper's UiProbe is merged. Removed at the merge.
#include "uiprobe.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtMath>

namespace UiProbe {
namespace {
QString describe(const QQuickItem *item)
{
    const QString text = item->property("text").toString();
    return QStringLiteral("%1 \"%2\" %3").arg(QLatin1String(item->metaObject()->className()), item->objectName(),
                                             text.left(40));
}
bool shown(const QQuickItem *item)
{
    for (const QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.0)
            return false;
    }
    return item->width() > 0 && item->height() > 0;
}
struct Placed
{
    QQuickItem *item;
    QRectF rect;
};
void walk(QQuickItem *item, const QRectF &windowRect, QRectF card, QRectF clip, QStringList &out,
          QList<Placed> &texts)
{
    if (!item->isVisible())
        return;
    if (item->clip()) // what a scrolling view or a clipping item hides is not drawn over anything
        clip = clip.intersected(item->mapRectToScene(QRectF(0, 0, item->width(), item->height())));
    if (shown(item)) {
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (card.isValid() && r.right() > card.right() + 0.5)
            out << QStringLiteral("past its card's right edge (%2 > %3): %1").arg(describe(item)).arg(r.right()).arg(card.right());
        if (item->inherits("QQuickPane"))
            card = r;
        if (r.right() > windowRect.right() + 0.5)
            out << QStringLiteral("past the window's right edge (%2 > %3): %1").arg(describe(item)).arg(r.right()).arg(windowRect.right());
        const bool isText = item->inherits("QQuickText") || item->inherits("QQuickTextEdit");
        if (isText && !item->property("text").toString().isEmpty())
            texts.append({item, item->mapRectToScene(item->boundingRect()).intersected(clip)});
        if (isText && item->property("truncated").toBool())
            out << QStringLiteral("truncated: %1").arg(describe(item));
        if (isText && item->property("contentWidth").toReal() > item->width() + 1)
            out << QStringLiteral("text wider than its box: %1").arg(describe(item));
    }
    for (QQuickItem *child : item->childItems())
        walk(child, windowRect, card, clip, out, texts);
}
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
void walkAccessible(QAccessibleInterface *iface, QStringList &out, int depth)
{
    if (!iface || depth > 200)
        return;
    static const QList<QAccessible::Role> named = {QAccessible::Button, QAccessible::CheckBox, QAccessible::RadioButton,
                                                   QAccessible::ComboBox, QAccessible::Link, QAccessible::Graphic,
                                                   QAccessible::EditableText, QAccessible::MenuItem};
    if (!iface->state().invisible && named.contains(iface->role()) && iface->text(QAccessible::Name).isEmpty())
        out << QStringLiteral("unnamed role %1").arg(int(iface->role()));
    for (int i = 0; i < iface->childCount(); ++i)
        walkAccessible(iface->child(i), out, depth + 1);
}
} // namespace

QStringList layoutProblems(QQuickItem *root)
{
    QStringList out;
    if (root && root->window())
    {
        QList<Placed> texts;
        const QRectF window(0, 0, root->window()->width(), root->window()->height());
        walk(root, window, QRectF(), window, out, texts);
        // Text drawn over other text: one of them ran out of its place.
        for (int i = 0; i < texts.size(); ++i) {
            for (int j = i + 1; j < texts.size(); ++j) {
                const QRectF overlap = texts[i].rect.intersected(texts[j].rect);
                if (overlap.width() > 1 && overlap.height() > 1
                    && !texts[i].item->isAncestorOf(texts[j].item) && !texts[j].item->isAncestorOf(texts[i].item))
                    out << QStringLiteral("overlapping: %1 and %2").arg(describe(texts[i].item), describe(texts[j].item));
            }
        }
    }
    return out;
}

QStringList accessibilityProblems(QQuickWindow *window)
{
    QStringList out;
    walkAccessible(QAccessible::queryAccessibleInterface(window), out, 0);
    return out;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
} // namespace UiProbe
