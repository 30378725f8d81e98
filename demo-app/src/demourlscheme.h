// The demo's own URL scheme (--url-scheme): OAuth redirects to com.clerk.qtdemo://oauth instead of the loopback
// listener, delivered by the OS and, on Windows and Linux, forwarded by the clerk-demo it starts to the running one.
#pragma once

#include <ClerkQt/urlscheme.h>

#include <QObject>

namespace Clerk {
class Auth;
}

class DemoUrlScheme : public QObject
{
    Q_OBJECT
public:
    /// The demo's scheme, as declared by clerkqt_add_url_scheme() in demo-app/CMakeLists.txt.
    static QString scheme();
    /// Where OAuth started with the scheme brings the browser back: `<scheme>://oauth`.
    static QUrl oauthRedirectUrl();

    explicit DemoUrlScheme(QObject *parent = nullptr);

    /// The clerk-demo the OS started with a URL of the scheme: hands it to the running demo. True when one took it
    /// (this process has nothing left to do).
    bool forwardToRunningInstance(const QStringList &arguments) const;
    /// Receives the scheme's URLs for `auth` (listens, registers the scheme for this user, takes a URL this
    /// process was started with). False, with a warning, when it cannot listen.
    bool start(Clerk::Auth *auth, const QStringList &arguments);
    /// True when `arguments` hold a URL of the scheme.
    bool hasUrl(const QStringList &arguments) const;
    /// Signs in with `strategy` (e.g. "oauth_google"), the browser coming back through the scheme when `viaScheme`
    /// (start() first), else to the loopback listener.
    void signInWithOAuth(Clerk::Auth *auth, const QString &strategy, bool viaScheme);

private:
    Clerk::UrlSchemeHandler m_handler;
};
