// A one-shot HTTP listener on 127.0.0.1 that receives the browser's redirect at the end of an OAuth flow
// (the way QOAuthHttpServerReplyHandler does it), answers with a "you can close this tab" page, and closes.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QObject>
#include <QUrl>

class QTcpServer;

namespace Clerk {

class CLERKQT_EXPORT OAuthListener : public QObject
{
    Q_OBJECT
public:
    explicit OAuthListener(QObject *parent = nullptr);
    ~OAuthListener() override;

    bool listen();
    bool isListening() const;
    /// http://127.0.0.1:<port>/callback
    QUrl callbackUrl() const;
    void close();

Q_SIGNALS:
    /// The browser arrived at the callback path; `url` is the full URL it asked for.
    void redirected(const QUrl &url);

private:
    void onConnection();

    QTcpServer *m_server = nullptr;
};

} // namespace Clerk
