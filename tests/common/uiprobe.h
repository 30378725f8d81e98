// UiProbe — what a person (or a screen reader) would find wrong with a rendered Qt Quick scene, as readable lines
// a test can print: tst_component_quality holds the Clerk components to it, the demo's layout test its pages.
#pragma once

#include <QColor>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

namespace UiProbe {

/// Layout problems under `root`, one readable line each: text clipped or elided where it was not meant to be
/// (a Text/Label whose content does not fit: `truncated`, or implicitWidth > width without wrapping/eliding
/// declared), an item reaching past its card's/root's right or bottom edge, overlapping visible siblings in a
/// layout/positioner. Names the item (objectName, type, text).
QStringList layoutProblems(QQuickItem *root);

/// Accessibility problems of everything shown in `window`, walking QAccessible's tree from C++: an interactive
/// control (button, check box, radio, editable text, combo box, link, menu item, page tab, slider, spin box…)
/// with no name, an image/graphic with no name.
QStringList accessibilityProblems(QQuickWindow *window);

/// WCAG 2 contrast ratio of two opaque colours (1..21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace UiProbe
