// A one-shot HTTP listener on loopback (127.0.0.1 and ::1) that receives the browser's redirect at the end of
// an OAuth flow (the way QOAuthHttpServerReplyHandler does it). The browser's tab waits for the outcome and
// then gets a page that says whether the sign-in (or connection) worked; a request that is not the awaited redirect is answered
// and the listener keeps waiting.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace Clerk {

class OAuthListener : public QObject
{
    Q_OBJECT
public:
    explicit OAuthListener(QObject *parent = nullptr);
    ~OAuthListener() override;

    /// Listens on 127.0.0.1 on a free port, and on ::1 on the same port where the host has IPv6 loopback.
    bool listen();
    bool isListening() const;
    /// http://127.0.0.1:<port>/callback
    QUrl callbackUrl() const;
    /// Stops accepting connections; a browser tab waiting for its answer still gets it.
    void close();

    /// The outcome for the tab that brought the redirect: a page with `title` and `text`, then the listener
    /// closes.
    void respond(const QString &title, const QString &text);
    /// The redirect was not the awaited one: tell that tab, and keep listening.
    void ignore();

Q_SIGNALS:
    /// The browser arrived at the callback path; `url` is the full URL it asked for. Answer with respond()
    /// or ignore().
    void redirected(const QUrl &url);

private:
    void onConnection(QTcpServer *server);
    void answer(QTcpSocket *socket, const QByteArray &status, const QString &title, const QString &text);

    QList<QTcpServer *> m_servers;
    quint16 m_port = 0;
    QPointer<QTcpSocket> m_waiting; ///< the tab that brought the redirect now being judged
};

} // namespace Clerk
