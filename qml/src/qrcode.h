// QrCode: a QR code of `text`, encoded by libqrencode and painted module by module.
#pragma once

#include <QColor>
#include <QQuickPaintedItem>
#include <QString>
#include <QVector>
#include <QtQml/qqmlregistration.h>

/// `QrCode { text: totp.uri }`: the QR code of `text` (UTF-8, byte mode, case kept), with a quiet zone of
/// `quietZone` modules around it in `backgroundColor`. Modules are drawn whole pixels wide wherever the item's
/// size allows, centred, so that a camera reads the picture as sharply as possible.
///
/// `text` may be a credential (an `otpauth://` URI holds a TOTP secret): it is never logged, and the item keeps
/// no copy other than the property itself.
class QrCode : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(ErrorCorrection errorCorrection READ errorCorrection WRITE setErrorCorrection
                   NOTIFY errorCorrectionChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor backgroundColor READ backgroundColor WRITE setBackgroundColor NOTIFY backgroundColorChanged)
    Q_PROPERTY(int quietZone READ quietZone WRITE setQuietZone NOTIFY quietZoneChanged)
    Q_PROPERTY(int moduleCount READ moduleCount NOTIFY matrixChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY matrixChanged)
public:
    /// How much of the code may be damaged and still read (QR levels L, M, Q, H: about 7, 15, 25, 30 %).
    enum ErrorCorrection { Low, Medium, Quartile, High };
    Q_ENUM(ErrorCorrection)

    explicit QrCode(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    ErrorCorrection errorCorrection() const { return m_level; }
    void setErrorCorrection(ErrorCorrection level);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &color);
    int quietZone() const { return m_quietZone; }
    void setQuietZone(int modules);

    /// Modules per side of the symbol, quiet zone not included; 0 when there is nothing to show (empty text, or
    /// more than a QR code holds).
    int moduleCount() const { return m_size; }
    bool isValid() const { return m_size > 0; }
    /// Whether the module at `row`, `column` of the symbol (quiet zone not included) is dark.
    Q_INVOKABLE bool isDark(int row, int column) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();
    void errorCorrectionChanged();
    void colorChanged();
    void backgroundColorChanged();
    void quietZoneChanged();
    /// The symbol was encoded again: moduleCount, valid and isDark() may have changed.
    void matrixChanged();

private:
    void encode();
    void updateImplicitSize();

    QString m_text;
    ErrorCorrection m_level = Medium;
    QColor m_color = QColor(Qt::black);
    QColor m_background = QColor(Qt::white);
    int m_quietZone = 4; // the width ISO/IEC 18004 asks for
    int m_size = 0;
    QVector<bool> m_modules; // row-major, m_size × m_size
};
