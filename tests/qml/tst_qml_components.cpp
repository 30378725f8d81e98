// Quick tests of `import Clerk`: the setup starts an in-process emulator and hands QML its publishable key,
// base URL and a small control object (reset, TOTP codes).
#include <ClerkEmulator/server.h>

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(ClerkPlugin)

namespace {

/// RFC 6238 TOTP (SHA-1, 30 s, 6 digits) of a base32 secret at `unixSeconds`.
QString totpCode(const QString &base32Secret, qint64 unixSeconds)
{
    static const QByteArray alphabet = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32Secret.toUpper()) {
        const int value = alphabet.indexOf(char(c.toLatin1()));
        if (value < 0)
            continue;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            key.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    quint64 counter = quint64(unixSeconds / 30);
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i, counter >>= 8)
        message[i] = char(counter & 0xff);
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset))) & 0x7f) << 24 | quint32(quint8(mac.at(offset + 1))) << 16
                           | quint32(quint8(mac.at(offset + 2))) << 8 | quint32(quint8(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

/// What the QML tests may do to the emulator (`emulator` context property).
class EmulatorControl : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString publishableKey READ publishableKey CONSTANT)
    Q_PROPERTY(QUrl fapiUrl READ fapiUrl CONSTANT)
public:
    explicit EmulatorControl(ClerkEmulator::Server *server, QObject *parent = nullptr)
        : QObject(parent), m_server(server)
    {
    }
    QString publishableKey() const { return m_server->publishableKey(); }
    QUrl fapiUrl() const { return m_server->fapiUrl(); }
    Q_INVOKABLE void reset() { m_server->reset(); }
    /// The current TOTP code for `secret`, by the emulator's clock.
    Q_INVOKABLE QString totp(const QString &secret) const { return totpCode(secret, m_server->now() / 1000); }
    Q_INVOKABLE int requestCount(const QString &routeKey) const { return m_server->requestCount(routeKey); }

private:
    ClerkEmulator::Server *m_server;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        m_server = new ClerkEmulator::Server(this);
        if (!m_server->listen())
            qFatal("the emulator could not listen on loopback");
        m_control = new EmulatorControl(m_server, this);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->rootContext()->setContextProperty(QStringLiteral("emulator"), m_control);
    }

private:
    ClerkEmulator::Server *m_server = nullptr;
    EmulatorControl *m_control = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(qml_components, Setup)

#include "tst_qml_components.moc"
