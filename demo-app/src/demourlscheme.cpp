#include "demourlscheme.h"

#include <ClerkQt/auth.h>
#include <ClerkQt/reply.h>

#include <QCoreApplication>

QString DemoUrlScheme::scheme() { return QStringLiteral("com.clerk.qtdemo"); }
QUrl DemoUrlScheme::oauthRedirectUrl() { return QUrl(scheme() + QStringLiteral("://oauth")); }

DemoUrlScheme::DemoUrlScheme(QObject *parent) : QObject(parent), m_handler(scheme())
{
    // A refused URL (no sign-in waiting, another flow's state) is worth a line; the URL itself carries a nonce,
    // so only the reason is printed.
    connect(&m_handler, &Clerk::UrlSchemeHandler::urlRefused, this, [](const QUrl &, const Clerk::Error &error) {
        qWarning("clerk-demo: a %s URL was not taken: %s", qPrintable(scheme()), qPrintable(error.toString()));
    });
    connect(&m_handler, &Clerk::UrlSchemeHandler::urlReceived, this,
            [] { qInfo("clerk-demo: received a %s URL", qPrintable(scheme())); });
}

bool DemoUrlScheme::forwardToRunningInstance(const QStringList &arguments) const
{
    return m_handler.forwardToRunningInstance(arguments);
}

bool DemoUrlScheme::start(Clerk::Auth *auth, const QStringList &arguments)
{
    m_handler.setAuth(auth);
    if (const Clerk::Error e = m_handler.listen(); !e.isNull()) {
        qWarning("clerk-demo: %s", qPrintable(e.toString()));
        return false;
    }
    // Every start: the registration follows the executable if the demo was moved or rebuilt elsewhere.
    Clerk::UrlSchemeHandler::Registration registration;
    registration.arguments = {QStringLiteral("--url-scheme")};
    registration.displayName = QStringLiteral("Clerk Qt demo");
    if (const Clerk::Error e = m_handler.registerScheme(registration); !e.isNull())
        qWarning("clerk-demo: the %s scheme is not registered: %s", qPrintable(scheme()), qPrintable(e.toString()));
    m_handler.handleArguments(arguments);
    qInfo("clerk-demo: receiving %s URLs", qPrintable(scheme()));
    return true;
}

bool DemoUrlScheme::hasUrl(const QStringList &arguments) const { return !m_handler.urlsIn(arguments).isEmpty(); }

void DemoUrlScheme::signInWithOAuth(Clerk::Auth *auth, const QString &strategy, bool viaScheme)
{
    Clerk::OAuthOptions options;
    if (viaScheme)
        options.redirectUrl = oauthRedirectUrl();
    Clerk::Reply *reply = auth->signInWithOAuth(strategy, options);
    connect(reply, &Clerk::Reply::finished, this, [reply] {
        if (reply->error().isNull())
            qInfo("clerk-demo: signed in with OAuth");
        else
            qWarning("clerk-demo: OAuth sign-in failed: %s", qPrintable(reply->error().toString()));
    });
}
