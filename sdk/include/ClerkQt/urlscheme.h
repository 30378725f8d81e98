/// @file
/// Clerk::UrlSchemeHandler — gets the URLs of an app's own scheme (OAuthOptions::redirectUrl,
/// EmailLinkOptions::redirectUrl) from the operating system to the running app. See docs/url-schemes.md.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QSettings;

namespace Clerk {

class Auth;
class UrlSchemeHandlerPrivate;

/// Receives the URLs of one custom scheme (e.g. "com.example.app") and hands them to the app and, when given one,
/// to an Auth (handleOAuthRedirect(), then handleEmailLinkRedirect()).
///
/// How the URL reaches the app differs per operating system:
/// - **Windows** and **Linux** start a *new* process with the URL as its argument (registered per user in
///   `HKEY_CURRENT_USER\Software\Classes\<scheme>`, or by a `.desktop` file with `MimeType=x-scheme-handler/<scheme>`
///   made the default handler in `$XDG_CONFIG_HOME/mimeapps.list`). That process calls forwardToRunningInstance(),
///   which passes the URL over a local socket (QLocalServer, one name per user and scheme) to the instance that
///   called listen(), and exits when it was taken.
/// - **macOS** hands the URL to the *running* app (declared at build time in Info.plist `CFBundleURLTypes`, see
///   the CMake function `clerkqt_add_url_scheme()`); listen() installs a QDesktopServices::setUrlHandler() for the
///   scheme, which is where Qt delivers it.
///
/// Typical use, at the top of main():
/// \code
/// Clerk::UrlSchemeHandler schemes(QStringLiteral("com.example.app"));
/// if (schemes.forwardToRunningInstance(app.arguments()))
///     return 0;                                  // the running instance took the URL
/// schemes.setAuth(&auth);
/// schemes.listen();
/// schemes.registerScheme();                      // per user; nothing to do on macOS
/// schemes.handleArguments(app.arguments());      // a URL the OS started this instance with
/// \endcode
///
/// The platform is a value (platform(), default currentPlatform()) and every platform's route is portable Qt
/// code, so each can be exercised on any OS: the Windows registration through a QSettings of any format
/// (setRegistry()), the Linux one into the XDG directories of the environment.
class CLERKQT_EXPORT UrlSchemeHandler : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString scheme READ scheme CONSTANT)
    Q_PROPERTY(bool listening READ isListening NOTIFY listeningChanged)
public:
    /// How the operating system delivers a scheme's URLs (see the class description).
    enum class Platform {
        Windows, ///< registry; a new process gets the URL
        MacOS,   ///< Info.plist; the running app gets it through QDesktopServices
        Linux,   ///< .desktop file + mimeapps.list (any XDG desktop); a new process gets the URL
    };
    Q_ENUM(Platform)

    /// What registerScheme() writes besides the scheme.
    struct Registration
    {
        /// The program the OS starts with the URL. Empty: QCoreApplication::applicationFilePath().
        QString executable;
        /// Arguments put before the URL (e.g. "--url-scheme").
        QStringList arguments;
        /// Shown by the OS (desktop entry Name, registry default value "URL:<name>"). Empty:
        /// QGuiApplication::applicationDisplayName() / QCoreApplication::applicationName().
        QString displayName;
        /// Windows: `DefaultIcon` (empty: the executable's first icon); Linux: the desktop entry's `Icon`.
        QString icon;
    };

    /// The platform this process runs on (from QSysInfo::kernelType(): "winnt", "darwin", else Linux).
    static Platform currentPlatform();
    /// True for a scheme as RFC 3986 §3.1 allows it (a letter, then letters, digits, "+", "-", "."), in lower case
    /// (schemes compare case-insensitively and QUrl lowers them).
    static bool isValidScheme(const QString &scheme);

    /// A handler for `scheme`, compared case-insensitively. An invalid scheme (isValidScheme()) makes every
    /// later call fail with Error::Kind::Configuration `clerkqt_url_scheme_invalid`.
    explicit UrlSchemeHandler(const QString &scheme, QObject *parent = nullptr);
    ~UrlSchemeHandler() override;

    /// The scheme, lower case.
    QString scheme() const;
    /// The platform whose route listen() and registerScheme() take; currentPlatform() unless set.
    Platform platform() const;
    /// Chooses the platform's route (for tests and tools that write another OS's registration).
    void setPlatform(Platform platform);

    /// The Auth the received URLs are offered to (not owned); nullptr: they are only emitted.
    Auth *auth() const;
    /// Sets the Auth received URLs are offered to: handleOAuthRedirect(), then handleEmailLinkRedirect().
    void setAuth(Auth *auth);

    /// The local socket name forwardToRunningInstance() and listen() meet on: derived from the scheme and the
    /// user, so two users or two apps never meet. Tests may set their own.
    QString serverName() const;
    /// Overrides serverName(); call before listen().
    void setServerName(const QString &name);

    /// Windows only: the key standing for `HKEY_CURRENT_USER\Software\Classes` (not owned; must outlive the
    /// handler). nullptr (the default): the real one, QSettings("HKEY_CURRENT_USER\\Software\\Classes",
    /// QSettings::NativeFormat).
    void setRegistry(QSettings *classesRoot);

    /// Starts receiving: Windows and Linux listen on serverName() for URLs forwarded by later instances (a stale
    /// socket left by a crashed instance is replaced); macOS installs QDesktopServices::setUrlHandler() for the
    /// scheme. Fails (Kind::Configuration, `clerkqt_url_scheme_listen_failed`) when another instance is already
    /// listening — call forwardToRunningInstance() first.
    Error listen();
    /// Stops what listen() started.
    void close();
    /// True between a successful listen() and close().
    bool isListening() const;

    /// The arguments that are URLs of this scheme, in order.
    QList<QUrl> urlsIn(const QStringList &arguments) const;
    /// For the process the OS started with a URL (Windows, Linux): sends every URL of this scheme in `arguments`
    /// to the instance that listens on serverName() and waits (up to `timeoutMs`) until it confirms. True when it
    /// took them; false when there is no URL of this scheme in `arguments`, nobody listens, or it did not answer.
    bool forwardToRunningInstance(const QStringList &arguments, int timeoutMs = 5000) const;
    /// Handles every URL of this scheme in `arguments` (the URL this instance was started with); returns how many.
    int handleArguments(const QStringList &arguments);

    /// Writes the per-user registration for platform(): Windows the registry key `<scheme>` with "URL Protocol",
    /// DefaultIcon and `shell\open\command` = `"<executable>" <arguments> "%1"`; Linux
    /// `$XDG_DATA_HOME/applications/<desktopFileName()>` and the default handler
    /// `x-scheme-handler/<scheme>` in `$XDG_CONFIG_HOME/mimeapps.list`. macOS: nothing is written (Info.plist
    /// declares the scheme), but the bundle's Info.plist is read and must name it. Errors: Kind::Configuration
    /// `clerkqt_url_scheme_registration_failed` (a file or the registry could not be written, or Info.plist does
    /// not declare the scheme).
    Error registerScheme(const Registration &registration = {});
    /// Removes what registerScheme() wrote for platform() (a mimeapps.list default is removed only while it names
    /// this handler's desktop file). Nothing registered is no error.
    Error unregisterScheme();
    /// Linux: the desktop file id registerScheme() writes, `<scheme>-url-handler.desktop` with "+" as "_".
    QString desktopFileName() const;

public Q_SLOTS:
    /// Takes one URL as the OS delivered it. A URL of another scheme is refused (urlRefused(), Kind::InvalidState
    /// `clerkqt_url_scheme_foreign`). Otherwise emits urlReceived() and, when auth() is set, offers it to
    /// Auth::handleOAuthRedirect() and Auth::handleEmailLinkRedirect(); when neither takes it (no flow waiting,
    /// another flow's state), urlRefused() with `clerkqt_url_not_awaited`. Returns whether it was taken (without an
    /// Auth: whether it was of this scheme).
    bool handleUrl(const QUrl &url);

Q_SIGNALS:
    /// A URL of this scheme arrived (from the arguments, a later instance, or QDesktopServices).
    void urlReceived(const QUrl &url);
    /// A URL was not taken; `error` says why (see handleUrl()).
    void urlRefused(const QUrl &url, const Clerk::Error &error);
    /// isListening() changed.
    void listeningChanged();

private:
    std::unique_ptr<UrlSchemeHandlerPrivate> d;
};

} // namespace Clerk
