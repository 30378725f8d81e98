// DemoController — what the demo's QML needs from C++ (context property `demo`): the emulator's instance
// profiles and the switch between them, and the UI driver that signs a seed account in through the form for
// `--sign-in-as` / `--screenshot`.
#pragma once

#include <ClerkQt/auth.h>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

class QQuickWindow;

namespace ClerkEmulator {
class Server;
}

class DemoController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString publishableKey READ publishableKey CONSTANT)
    Q_PROPERTY(bool emulated READ emulated CONSTANT)
    /// The emulator's base URL, or the Clerk instance's host.
    Q_PROPERTY(QString instanceLabel READ instanceLabel CONSTANT)
    Q_PROPERTY(QUrl apiUrl READ apiUrl CONSTANT)
    Q_PROPERTY(QVariantList testAccounts READ testAccounts NOTIFY profileChanged)
    /// The emulator's instance profiles, `{name, description}` each (description "" for the default seed); empty
    /// with a real Clerk instance.
    Q_PROPERTY(QVariantList profiles READ profiles CONSTANT)
    /// The instance profile the emulator runs (`default` for its default seed).
    Q_PROPERTY(QString profile READ profile NOTIFY profileChanged)
    Q_PROPERTY(bool driven READ driven CONSTANT)
    /// The colour scheme to start with (--theme): one of themes().
    Q_PROPERTY(QString initialTheme READ initialTheme CONSTANT)
    /// Where SignIn's and SignUp's OAuth brings the browser back (their oauthRedirectUrl): the demo's own scheme
    /// once --url-scheme receives it, else empty (the loopback listener).
    Q_PROPERTY(QUrl oauthRedirectUrl READ oauthRedirectUrl NOTIFY oauthRedirectUrlChanged)

public:
    struct Options
    {
        QString publishableKey;
        bool emulated = false;
        QString instanceLabel;
        QUrl apiUrl;
        QVariantList testAccounts;
        ClerkEmulator::Server *emulator = nullptr; ///< the in-process emulator; null with a real instance
        QString profile;                           ///< the profile it was started with
        QString theme = QStringLiteral("system");  ///< the colour scheme to start with: one of themes()
        QString signInAs;       ///< a seed account's username (jane, bob, ada); empty = nobody
        QString screenshotPath; ///< save a screenshot of the signed-in window there, then quit
        QString showOrganization; ///< once signed in, make this organization (slug) active and open its profile
        Clerk::Auth *auth = nullptr; ///< the app's Auth, the one its QML uses
    };

    explicit DemoController(const Options &options, QObject *parent = nullptr);

    QString publishableKey() const { return m_options.publishableKey; }
    bool emulated() const { return m_options.emulated; }
    QString instanceLabel() const { return m_options.instanceLabel; }
    QUrl apiUrl() const { return m_options.apiUrl; }
    QVariantList testAccounts() const { return m_options.testAccounts; }
    bool driven() const { return !m_options.signInAs.isEmpty() || !m_options.screenshotPath.isEmpty(); }
    QVariantList profiles() const;
    QString profile() const { return m_options.profile; }
    QString initialTheme() const { return m_options.theme; }
    QUrl oauthRedirectUrl() const { return m_oauthRedirectUrl; }
    void setOAuthRedirectUrl(const QUrl &url);

    /// The demo's window (Main.qml) in the resources of clerk_demo_lib.
    static QUrl mainUrl() { return QUrl(QStringLiteral("qrc:/ClerkDemo/qml/Main.qml")); }

    /// The names of the colour schemes (--theme): system, light, dark.
    static QStringList themes();

    /// The seed's users as the sign-in screen lists them (and --sign-in-as finds them).
    static QVariantList seedAccounts(const QJsonObject &seed);

    /// Loads instance profile `name` into the emulator (which forgets every client and session), then has the
    /// Auth start afresh: signed out, with the new instance's settings. False for an unknown name or without
    /// the emulator.
    Q_INVOKABLE bool useProfile(const QString &name);

Q_SIGNALS:
    void profileChanged();
    void oauthRedirectUrlChanged();

public:

    /// Starts the UI driver on the loaded window (no-op unless --sign-in-as or --screenshot was given).
    void drive(QQuickWindow *window);

private:
    enum class Step { WaitSignedOut, WaitPassword, WaitSignedIn, WaitApi, WaitOrganization, Settle, Done };
    void tick();
    QObject *find(const char *objectName) const;
    void typeInto(const char *fieldObjectName, const QString &text);
    void fail(const QString &why);
    /// The step after the protected API answered: the organization profile (--show-organization), else settle.
    Step afterApi();
    void finish();

    Options m_options;
    QUrl m_oauthRedirectUrl;
    QVariantMap m_account;
    QPointer<QQuickWindow> m_window;
    QTimer m_timer;
    Step m_step = Step::WaitSignedOut;
    int m_ticks = 0;
    int m_settleTicks = 0;
    bool m_usedBackupCode = false;
};
