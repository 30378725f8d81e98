// `QrCode` of `import Clerk`: its module matrix is libqrencode's for the same text, and the picture it renders
// has the modules where ISO/IEC 18004 puts them (finder patterns, separators, quiet zone) and where the matrix
// says, in the item's colours. The text never reaches the log, even when it cannot be encoded.
#include <QColor>
#include <QImage>
#include <QMutex>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <qrencode.h>

#include <memory>

namespace {

// What authenticator apps scan: the shape of Clerk's otpauth URI, with the seed's test secret.
const QString kOtpauth = QStringLiteral(
    "otpauth://totp/clerk-qt%20emulator:jane%2Bclerk_test%40example.com?secret=JBSWY3DPEHPK3PXP"
    "&issuer=clerk-qt%20emulator&algorithm=SHA1&digits=6&period=30");

QStringList g_messages;
QMutex g_messagesLock;
void collectMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_messagesLock);
    g_messages.append(message);
}

QRecLevel qrLevel(int level)
{
    static const QRecLevel levels[] = {QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H};
    return levels[level];
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;

    // A QrCode in a shown window; `properties` are set before the item completes.
    QQuickItem *makeItem(const QVariantMap &properties)
    {
        QQmlComponent component(&m_engine);
        component.setData("import Clerk\nQrCode {}\n", QUrl());
        if (component.isError())
            qWarning() << component.errors();
        auto *item = qobject_cast<QQuickItem *>(component.createWithInitialProperties(properties));
        if (!item)
            return nullptr;
        item->setParent(m_window.get());
        item->setParentItem(m_window->contentItem());
        return item;
    }

    static QImage grab(QQuickItem *item)
    {
        const QSharedPointer<QQuickItemGrabResult> result = item->grabToImage();
        if (!result)
            return {};
        QSignalSpy ready(result.data(), &QQuickItemGrabResult::ready);
        if (!ready.wait(10000))
            return {};
        return result->image().convertToFormat(QImage::Format_RGB32);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(400, 400);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void matrixIsLibqrencodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("otpauth URI, M") << kOtpauth << 1;
        QTest::newRow("otpauth URI, H") << kOtpauth << 3;
        QTest::newRow("alphanumeric, L") << QStringLiteral("HELLO WORLD") << 0;
        QTest::newRow("UTF-8, Q") << QStringLiteral("Grüße aus Köln \U0001F511") << 2;
    }

    void matrixIsLibqrencodes()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        std::unique_ptr<QQuickItem> item(makeItem({{QStringLiteral("text"), text},
                                                   {QStringLiteral("errorCorrection"), level}}));
        QVERIFY(item);
        const QByteArray utf8 = text.toUtf8();
        const std::unique_ptr<QRcode, decltype(&QRcode_free)> reference(
            QRcode_encodeString(utf8.constData(), 0, qrLevel(level), QR_MODE_8, 1), &QRcode_free);
        QVERIFY(reference);
        const int n = item->property("moduleCount").toInt();
        QCOMPARE(n, reference->width);
        QVERIFY(item->property("valid").toBool());
        // Versions 1–40 are 21–177 modules a side, in steps of 4.
        QVERIFY(n >= 21 && n <= 177 && (n - 17) % 4 == 0);
        int differing = 0;
        for (int row = 0; row < n; ++row) {
            for (int column = 0; column < n; ++column) {
                bool dark = false;
                QMetaObject::invokeMethod(item.get(), "isDark", Q_RETURN_ARG(bool, dark), Q_ARG(int, row),
                                          Q_ARG(int, column));
                differing += dark != bool(reference->data[row * n + column] & 1);
            }
        }
        QCOMPARE(differing, 0);
        // The implicit size holds the symbol and the standard four-module quiet zone on each side.
        QCOMPARE(int(item->implicitWidth()) % (n + 8), 0);
        QVERIFY(item->implicitWidth() >= n + 8);
    }

    void rendersModulesWhereTheyBelong_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("room for whole modules") << 333;
        QTest::newRow("exact multiple") << 4 * 41;
    }

    void rendersModulesWhereTheyBelong()
    {
        QFETCH(int, side);
        const QColor dark(0x12, 0x34, 0x56);
        const QColor light(0xfe, 0xdc, 0xba);
        std::unique_ptr<QQuickItem> item(makeItem({{QStringLiteral("text"), kOtpauth},
                                                   {QStringLiteral("color"), dark},
                                                   {QStringLiteral("backgroundColor"), light},
                                                   {QStringLiteral("width"), side},
                                                   {QStringLiteral("height"), side}}));
        QVERIFY(item);
        const int n = item->property("moduleCount").toInt();
        QVERIFY(n > 0);
        const QImage image = grab(item.get());
        QCOMPARE(image.size(), QSize(side, side));

        // Only the two colours, no blended edges.
        QRect box;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                QVERIFY2(p == dark.rgb() || p == light.rgb(), qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
                if (p == dark.rgb())
                    box |= QRect(x, y, 1, 1);
            }
        }
        // The dark pixels' bounds are the symbol (three finder patterns sit in its corners); square, whole pixels
        // per module, and a quiet zone of at least four modules on every side.
        QCOMPARE(box.width(), box.height());
        QCOMPARE(box.width() % n, 0);
        const int m = box.width() / n;
        QVERIFY(m >= 1);
        QVERIFY(box.left() >= 4 * m && box.top() >= 4 * m);
        QVERIFY(side - 1 - box.right() >= 4 * m && side - 1 - box.bottom() >= 4 * m);

        const auto darkAt = [&](int row, int column) {
            return image.pixel(box.left() + column * m + m / 2, box.top() + row * m + m / 2) == dark.rgb();
        };
        // Finder pattern: 7×7 dark ring, 5×5 light ring, 3×3 dark core; a light separator row and column beside it.
        const auto finderAt = [&](int top, int left) {
            for (int r = 0; r < 7; ++r) {
                for (int c = 0; c < 7; ++c) {
                    const int ring = qMax(qAbs(r - 3), qAbs(c - 3));
                    if (darkAt(top + r, left + c) != (ring != 2))
                        return false;
                }
            }
            return true;
        };
        QVERIFY(finderAt(0, 0));
        QVERIFY(finderAt(0, n - 7));
        QVERIFY(finderAt(n - 7, 0));
        for (int i = 0; i < 8; ++i) {
            QVERIFY(!darkAt(7, i) && !darkAt(i, 7));                 // top left
            QVERIFY(!darkAt(7, n - 1 - i) && !darkAt(i, n - 8));     // top right
            QVERIFY(!darkAt(n - 8, i) && !darkAt(n - 1 - i, 7));     // bottom left
        }
        // Timing patterns: alternating modules on row 6 and column 6 between the finders, dark first.
        for (int i = 8; i < n - 8; ++i) {
            QCOMPARE(darkAt(6, i), i % 2 == 0);
            QCOMPARE(darkAt(i, 6), i % 2 == 0);
        }
        // And every module as libqrencode has it.
        const QByteArray utf8 = kOtpauth.toUtf8();
        const std::unique_ptr<QRcode, decltype(&QRcode_free)> reference(
            QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
        QVERIFY(reference);
        int differing = 0;
        for (int row = 0; row < n; ++row) {
            for (int column = 0; column < n; ++column)
                differing += darkAt(row, column) != bool(reference->data[row * n + column] & 1);
        }
        QCOMPARE(differing, 0);
    }

    void nothingToShowAndNothingLogged()
    {
        std::unique_ptr<QQuickItem> item(makeItem({{QStringLiteral("width"), 100}, {QStringLiteral("height"), 100}}));
        QVERIFY(item);
        QCOMPARE(item->property("moduleCount").toInt(), 0);
        QVERIFY(!item->property("valid").toBool());
        QCOMPARE(item->implicitWidth(), 0.0);

        QSignalSpy changed(item.get(), SIGNAL(matrixChanged()));
        item->setProperty("text", kOtpauth);
        QCOMPARE(changed.count(), 1);
        QVERIFY(item->property("valid").toBool());

        // More than version 40 holds (2331 bytes at H): nothing shown, a warning that does not quote the text.
        const QString marker = QStringLiteral("SECRETMARKER");
        const QString tooLong = marker + QString(3000, QLatin1Char('x'));
        g_messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectMessage);
        item->setProperty("errorCorrection", 3);
        item->setProperty("text", tooLong);
        qInstallMessageHandler(previous);
        QCOMPARE(item->property("moduleCount").toInt(), 0);
        QVERIFY(!item->property("valid").toBool());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(g_messages.size(), 1);
        QVERIFY(g_messages.first().contains(QLatin1String("does not fit")));
        QVERIFY(!g_messages.first().contains(marker));

        const QImage image = grab(item.get());
        QCOMPARE(image.size(), QSize(100, 100));
        QCOMPARE(image.pixel(50, 50), QColor(Qt::white).rgb());
    }
};

QTEST_MAIN(TestQrCode)

#include "tst_qrcode.moc"
