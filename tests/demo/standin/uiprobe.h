// STAND-IN until the QA helper's tests/common/uiprobe.h is merged: same API. Removed at the merge.
#pragma once
#include <QColor>
#include <QStringList>
class QQuickItem;
class QQuickWindow;
namespace UiProbe {
QStringList layoutProblems(QQuickItem *root);
QStringList accessibilityProblems(QQuickWindow *window);
double contrastRatio(const QColor &a, const QColor &b);
}
