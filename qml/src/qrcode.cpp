#include "qrcode.h"

#include <QPainter>
#include <QtQml/qqmlinfo.h>

#include <qrencode.h>

#include <cmath>
#include <memory>

namespace {

QRecLevel qrLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::Low: return QR_ECLEVEL_L;
    case QrCode::Medium: return QR_ECLEVEL_M;
    case QrCode::Quartile: return QR_ECLEVEL_Q;
    case QrCode::High: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

// Pixels per module in the implicit size: large enough for a phone camera at arm's length on a normal display.
constexpr int kImplicitModulePixels = 4;

} // namespace

QrCode::QrCode(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    // Module edges must stay hard: a blurred edge between two modules reads as neither.
    setAntialiasing(false);
}

void QrCode::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    encode();
    Q_EMIT textChanged();
}

void QrCode::setErrorCorrection(ErrorCorrection level)
{
    if (level == m_level)
        return;
    m_level = level;
    encode();
    Q_EMIT errorCorrectionChanged();
}

void QrCode::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
    Q_EMIT colorChanged();
}

void QrCode::setBackgroundColor(const QColor &color)
{
    if (color == m_background)
        return;
    m_background = color;
    update();
    Q_EMIT backgroundColorChanged();
}

void QrCode::setQuietZone(int modules)
{
    modules = qMax(0, modules);
    if (modules == m_quietZone)
        return;
    m_quietZone = modules;
    updateImplicitSize();
    update();
    Q_EMIT quietZoneChanged();
}

bool QrCode::isDark(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_size || column >= m_size)
        return false;
    return m_modules.at(row * m_size + column);
}

void QrCode::encode()
{
    m_size = 0;
    m_modules.clear();
    if (!m_text.isEmpty()) {
        const QByteArray data = m_text.toUtf8();
        // Version 0: the smallest symbol that holds the data at this level. Byte mode, case-sensitive: the text
        // goes in exactly as given (an otpauth URI's secret and issuer are case-sensitive).
        const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString(data.constData(), 0, qrLevel(m_level), QR_MODE_8, 1), &QRcode_free);
        if (code) {
            m_size = code->width;
            m_modules.resize(m_size * m_size);
            // libqrencode's byte per module: bit 0 is "dark"; the other bits say what kind of module it is.
            for (int i = 0; i < m_size * m_size; ++i)
                m_modules[i] = (code->data[i] & 1) != 0;
        } else {
            // Never the text itself: it may be a credential.
            qmlWarning(this) << "QrCode: the text (" << data.size()
                             << " bytes) does not fit in a QR code at this error correction level";
        }
    }
    updateImplicitSize();
    update();
    Q_EMIT matrixChanged();
}

void QrCode::updateImplicitSize()
{
    const int side = m_size > 0 ? (m_size + 2 * m_quietZone) * kImplicitModulePixels : 0;
    setImplicitSize(side, side);
}

void QrCode::paint(QPainter *painter)
{
    const qreal side = qMin(width(), height());
    if (side <= 0)
        return;
    if (m_size == 0) {
        painter->fillRect(QRectF(0, 0, width(), height()), m_background);
        return;
    }
    const int span = m_size + 2 * m_quietZone;
    // Whole pixels per module when there is room for at least one, fractional only on a tiny item.
    qreal module = side / span;
    if (module >= 1)
        module = std::floor(module);
    const qreal symbol = module * span;
    const qreal left = std::floor((width() - symbol) / 2) + module * m_quietZone;
    const qreal top = std::floor((height() - symbol) / 2) + module * m_quietZone;

    painter->fillRect(QRectF(0, 0, width(), height()), m_background);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    for (int row = 0; row < m_size; ++row) {
        // Runs of dark modules as one rectangle each: fewer seams and fewer calls.
        int column = 0;
        while (column < m_size) {
            if (!m_modules.at(row * m_size + column)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < m_size && m_modules.at(row * m_size + column))
                ++column;
            painter->drawRect(QRectF(left + start * module, top + row * module, (column - start) * module, module));
        }
    }
}
