#include <ClerkQt/urlscheme.h>

#include "urlscheme_p.h"

#include <ClerkQt/auth.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSysInfo>

namespace Clerk {

namespace {
// One forwarded URL is one line; nothing a browser redirect produces comes near this, so a peer that sends more
// without a newline is not one of ours and is cut off.
constexpr qint64 kMaxLine = 64 * 1024;
const QByteArray kAck = QByteArrayLiteral("ok\n");
} // namespace

class UrlSchemeHandlerPrivate
{
public:
    QString scheme;
    bool valid = false;
    UrlSchemeHandler::Platform platform = UrlSchemeHandler::currentPlatform();
    QPointer<Auth> auth;
    QString serverName;
    QSettings *registry = nullptr;
    QLocalServer *server = nullptr;
    bool urlHandlerInstalled = false;

    Error invalidScheme() const
    {
        return Error(Error::Kind::Configuration, QStringLiteral("clerkqt_url_scheme_invalid"),
                     QStringLiteral("\"%1\" is not a valid URL scheme").arg(scheme));
    }
};

UrlSchemeHandler::Platform UrlSchemeHandler::currentPlatform()
{
    const QString kernel = QSysInfo::kernelType();
    if (kernel == QLatin1String("winnt"))
        return Platform::Windows;
    if (kernel == QLatin1String("darwin"))
        return Platform::MacOS;
    return Platform::Linux;
}

bool UrlSchemeHandler::isValidScheme(const QString &scheme)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9+.-]*$"));
    return pattern.match(scheme).hasMatch();
}

UrlSchemeHandler::UrlSchemeHandler(const QString &scheme, QObject *parent)
    : QObject(parent), d(std::make_unique<UrlSchemeHandlerPrivate>())
{
    d->scheme = scheme.toLower();
    d->valid = isValidScheme(d->scheme);
    // Per user and scheme: the socket lives in a shared temp directory (Unix) or the machine-wide pipe namespace
    // (Windows), where another user's instance of the same app must not meet ours.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray id = QCryptographicHash::hash((d->scheme + QLatin1Char('\n') + user).toUtf8(),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .left(24);
    d->serverName = QStringLiteral("clerkqt-url-") + QString::fromLatin1(id);
}

UrlSchemeHandler::~UrlSchemeHandler() { close(); }

QString UrlSchemeHandler::scheme() const { return d->scheme; }
UrlSchemeHandler::Platform UrlSchemeHandler::platform() const { return d->platform; }
void UrlSchemeHandler::setPlatform(Platform platform) { d->platform = platform; }
Auth *UrlSchemeHandler::auth() const { return d->auth; }
void UrlSchemeHandler::setAuth(Auth *auth) { d->auth = auth; }
QString UrlSchemeHandler::serverName() const { return d->serverName; }
void UrlSchemeHandler::setServerName(const QString &name) { d->serverName = name; }
void UrlSchemeHandler::setRegistry(QSettings *classesRoot) { d->registry = classesRoot; }
bool UrlSchemeHandler::isListening() const { return d->server || d->urlHandlerInstalled; }

Error UrlSchemeHandler::listen()
{
    if (!d->valid)
        return d->invalidScheme();
    if (isListening())
        return {};
    if (d->platform == Platform::MacOS) {
        // Qt's own dispatch of the URLs macOS sends the running app (kAEGetURL), declared in Info.plist.
        QDesktopServices::setUrlHandler(d->scheme, this, "handleUrl");
        d->urlHandlerInstalled = true;
        Q_EMIT listeningChanged();
        return {};
    }
    const auto failed = [this](const QString &why) {
        return Error(Error::Kind::Configuration, QStringLiteral("clerkqt_url_scheme_listen_failed"),
                     QStringLiteral("Cannot receive %1 URLs: %2").arg(d->scheme, why));
    };
    // Asked first because on Windows a second server may open the same pipe name without an error.
    {
        QLocalSocket probe;
        probe.connectToServer(d->serverName);
        if (probe.waitForConnected(1000)) {
            probe.abort();
            return failed(QStringLiteral("another instance receives them"));
        }
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(d->serverName)) {
        // Nobody answered the probe: what is left is the socket of an instance that crashed. (Qt 6.4 on Unix binds
        // with socket options by renaming over it, so this is for the platforms and versions that refuse instead.)
        QLocalServer::removeServer(d->serverName);
        if (!server->listen(d->serverName)) {
            const QString why = server->errorString();
            delete server;
            return failed(why);
        }
    }
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket *socket = server->nextPendingConnection()) {
            // Not a child of the server: close() (maybe called from a slot of urlReceived) deletes the server
            // while this socket's readyRead handler is still running.
            socket->setParent(this);
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine()) {
                    const QByteArray line = socket->readLine().trimmed();
                    socket->write(kAck);
                    handleUrl(QUrl::fromEncoded(line, QUrl::StrictMode));
                }
                if (socket->bytesAvailable() > kMaxLine)
                    socket->abort();
            });
        }
    });
    d->server = server;
    Q_EMIT listeningChanged();
    return {};
}

void UrlSchemeHandler::close()
{
    if (!isListening())
        return;
    if (d->urlHandlerInstalled)
        QDesktopServices::unsetUrlHandler(d->scheme);
    d->urlHandlerInstalled = false;
    delete d->server;
    d->server = nullptr;
    Q_EMIT listeningChanged();
}

QList<QUrl> UrlSchemeHandler::urlsIn(const QStringList &arguments) const
{
    QList<QUrl> urls;
    if (!d->valid)
        return urls;
    const QString prefix = d->scheme + QLatin1Char(':');
    for (const QString &argument : arguments) {
        if (!argument.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QUrl url(argument, QUrl::StrictMode);
        if (url.isValid())
            urls << url;
    }
    return urls;
}

bool UrlSchemeHandler::forwardToRunningInstance(const QStringList &arguments, int timeoutMs) const
{
    const QList<QUrl> urls = urlsIn(arguments);
    if (urls.isEmpty())
        return false;
    QElapsedTimer clock;
    clock.start();
    const auto left = [&] { return int(qMax<qint64>(1, timeoutMs - clock.elapsed())); };
    QLocalSocket socket;
    socket.connectToServer(d->serverName);
    if (!socket.waitForConnected(left()))
        return false;
    for (const QUrl &url : urls)
        socket.write(url.toEncoded() + '\n');
    if (!socket.waitForBytesWritten(left()))
        return false;
    // Taken once the running instance has confirmed every URL (it confirms before it acts on one).
    const QByteArray expected = kAck.repeated(urls.size());
    QByteArray acks;
    while (acks.size() < expected.size() && clock.elapsed() < timeoutMs) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(left()))
            break;
        acks += socket.readAll();
    }
    socket.disconnectFromServer();
    return acks == expected;
}

int UrlSchemeHandler::handleArguments(const QStringList &arguments)
{
    const QList<QUrl> urls = urlsIn(arguments);
    for (const QUrl &url : urls)
        handleUrl(url);
    return int(urls.size());
}

bool UrlSchemeHandler::handleUrl(const QUrl &url)
{
    if (!d->valid || url.scheme().compare(d->scheme, Qt::CaseInsensitive) != 0) {
        Q_EMIT urlRefused(url, Error(Error::Kind::InvalidState, QStringLiteral("clerkqt_url_scheme_foreign"),
                                     QStringLiteral("The URL is not of the scheme %1").arg(d->scheme)));
        return false;
    }
    Q_EMIT urlReceived(url);
    if (!d->auth)
        return true;
    if (d->auth->handleOAuthRedirect(url) || d->auth->handleEmailLinkRedirect(url))
        return true;
    Q_EMIT urlRefused(url, Error(Error::Kind::InvalidState, QStringLiteral("clerkqt_url_not_awaited"),
                                 QStringLiteral("No sign-in is waiting for this URL")));
    return false;
}

QString UrlSchemeHandler::desktopFileName() const
{
    QString id = d->scheme;
    id.replace(QLatin1Char('+'), QLatin1Char('_'));
    return id + QStringLiteral("-url-handler.desktop");
}

Error UrlSchemeHandler::registerScheme(const Registration &registration)
{
    if (!d->valid)
        return d->invalidScheme();
    const QString executable = registration.executable.isEmpty() ? QCoreApplication::applicationFilePath()
                                                                 : registration.executable;
    QString name = registration.displayName;
    if (name.isEmpty() && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        name = QGuiApplication::applicationDisplayName();
    if (name.isEmpty())
        name = QCoreApplication::applicationName();
    switch (d->platform) {
    case Platform::Windows: {
        const QString icon =
            registration.icon.isEmpty() ? UrlSchemeRegistry::windowsIcon(executable) : registration.icon;
        const QString command = UrlSchemeRegistry::windowsCommand(executable, registration.arguments);
        if (d->registry)
            return UrlSchemeRegistry::writeWindows(*d->registry, d->scheme, command, name, icon);
        QSettings classes(QStringLiteral("HKEY_CURRENT_USER\\Software\\Classes"), QSettings::NativeFormat);
        return UrlSchemeRegistry::writeWindows(classes, d->scheme, command, name, icon);
    }
    case Platform::Linux:
        return UrlSchemeRegistry::writeLinux(
            UrlSchemeRegistry::xdgDirs(), desktopFileName(),
            UrlSchemeRegistry::desktopEntry(name, UrlSchemeRegistry::desktopExec(executable, registration.arguments),
                                            d->scheme, registration.icon),
            d->scheme);
    case Platform::MacOS: {
        // <bundle>.app/Contents/MacOS/<exe> → <bundle>.app/Contents/Info.plist, which macOS read at install time.
        QFile plist(QFileInfo(executable).absolutePath() + QStringLiteral("/../Info.plist"));
        if (!plist.open(QIODevice::ReadOnly))
            return UrlSchemeRegistry::registrationFailed(
                QStringLiteral("The app is not a bundle with an Info.plist (%1); see clerkqt_add_url_scheme()")
                    .arg(QDir::cleanPath(plist.fileName())));
        if (!UrlSchemeRegistry::plistDeclaresScheme(plist.readAll(), d->scheme))
            return UrlSchemeRegistry::registrationFailed(
                QStringLiteral("Info.plist does not declare the scheme %1 in CFBundleURLTypes").arg(d->scheme));
        return {};
    }
    }
    return {};
}

Error UrlSchemeHandler::unregisterScheme()
{
    if (!d->valid)
        return d->invalidScheme();
    switch (d->platform) {
    case Platform::Windows: {
        if (d->registry)
            return UrlSchemeRegistry::removeWindows(*d->registry, d->scheme);
        QSettings classes(QStringLiteral("HKEY_CURRENT_USER\\Software\\Classes"), QSettings::NativeFormat);
        return UrlSchemeRegistry::removeWindows(classes, d->scheme);
    }
    case Platform::Linux:
        return UrlSchemeRegistry::removeLinux(UrlSchemeRegistry::xdgDirs(), desktopFileName(), d->scheme);
    case Platform::MacOS:
        return {}; // the bundle's Info.plist goes with the bundle
    }
    return {};
}

} // namespace Clerk
