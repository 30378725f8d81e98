// DemoController — what the demo's QML needs from C++ (context property `demo`), and the UI driver that
// signs a seed account in through the form for `--sign-in-as` / `--screenshot`.
#pragma once

#include <ClerkQt/auth.h>

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

class QQuickWindow;

class DemoController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString publishableKey READ publishableKey CONSTANT)
    Q_PROPERTY(bool emulated READ emulated CONSTANT)
    Q_PROPERTY(QString instanceLabel READ instanceLabel CONSTANT)
    Q_PROPERTY(QUrl apiUrl READ apiUrl CONSTANT)
    Q_PROPERTY(QVariantList testAccounts READ testAccounts CONSTANT)
    Q_PROPERTY(bool driven READ driven CONSTANT)

public:
    struct Options
    {
        QString publishableKey;
        bool emulated = false;
        QString instanceLabel;
        QUrl apiUrl;
        QVariantList testAccounts;
        QString signInAs;       ///< a seed account's username (jane, bob, ada); empty = nobody
        QString screenshotPath; ///< save a screenshot of the signed-in window there, then quit
        Clerk::Auth *auth = nullptr; ///< the app's Auth, the one its QML uses
    };

    explicit DemoController(const Options &options, QObject *parent = nullptr);

    QString publishableKey() const { return m_options.publishableKey; }
    bool emulated() const { return m_options.emulated; }
    QString instanceLabel() const { return m_options.instanceLabel; }
    QUrl apiUrl() const { return m_options.apiUrl; }
    QVariantList testAccounts() const { return m_options.testAccounts; }
    bool driven() const { return !m_options.signInAs.isEmpty() || !m_options.screenshotPath.isEmpty(); }

    /// Starts the UI driver on the loaded window (no-op unless --sign-in-as or --screenshot was given).
    void drive(QQuickWindow *window);

private:
    enum class Step { WaitSignedOut, WaitPassword, WaitSignedIn, WaitApi, Settle, Done };
    void tick();
    QObject *find(const char *objectName) const;
    void typeInto(const char *fieldObjectName, const QString &text);
    void fail(const QString &why);
    void finish();

    Options m_options;
    QVariantMap m_account;
    QPointer<QQuickWindow> m_window;
    QTimer m_timer;
    Step m_step = Step::WaitSignedOut;
    int m_ticks = 0;
    int m_settleTicks = 0;
    bool m_usedBackupCode = false;
};
