// signInWithOAuth end to end: provider page → Clerk callback → loopback listener → rotating token nonce.
#include "oauthlistener_p.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Clerk;
using namespace TestHelpers;

class tst_OAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClerkEmulator::Server> server;
    QNetworkAccessManager browserNam;
    QList<QUrl> landed; ///< where the "browser" ended up

    /// A browser: follows every redirect (provider → Clerk callback → the app's listener) with a plain QNAM.
    std::function<bool(const QUrl &)> browser(const QString &account = {})
    {
        return [this, account](const QUrl &start) {
            QUrl url = start;
            if (!account.isEmpty()) {
                QUrlQuery q(url);
                q.addQueryItem(QStringLiteral("account"), account);
                url.setQuery(q);
            }
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browserNam.get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                landed << reply->url();
                reply->deleteLater();
            });
            return true;
        };
    }

    std::unique_ptr<Auth> makeAuth(std::function<bool(const QUrl &)> opener)
    {
        AuthConfig config = configFor(*server, uniqueService("oauth"));
        config.persistSession = false;
        config.openUrl = std::move(opener);
        auto auth = std::make_unique<Auth>(config);
        return waitLoaded(*auth) ? std::move(auth) : nullptr;
    }

    static bool portRefuses(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return !socket.waitForConnected(2000);
    }

private Q_SLOTS:
    void init()
    {
        landed.clear();
        server = std::make_unique<ClerkEmulator::Server>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void signsInThroughTheBrowser()
    {
        auto auth = makeAuth(browser());
        QVERIFY(auth);
        QSignalSpy browserAsked(auth.get(), &Auth::authorizeWithBrowser);
        const Outcome o = await(auth->signInWithOAuth(QStringLiteral("oauth_google")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().id, QStringLiteral("user_2jane0000000000000000000001"));
        QVERIFY(!auth->sessionToken().isEmpty());
        QCOMPARE(browserAsked.count(), 1);
        // The browser was shown the "you can close this tab" page of our listener, which is closed now.
        QTRY_COMPARE(landed.size(), 1);
        QCOMPARE(landed.first().path(), QStringLiteral("/callback"));
        QVERIFY(portRefuses(quint16(landed.first().port())));
        QTRY_VERIFY(!auth->findChild<OAuthListener *>());
    }

    void unknownAccountBecomesSignUp()
    {
        auto auth = makeAuth(browser(QStringLiteral("google-newbie")));
        QVERIFY(auth);
        const Outcome o = await(auth->signInWithOAuth(QStringLiteral("oauth_google")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().primaryEmailAddress(), QStringLiteral("newbie+clerk_test@example.com"));
        QCOMPARE(auth->user().firstName, QStringLiteral("Nina"));
    }

    void cancelAndTimeoutCloseTheListener_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("cancel") << true;
        QTest::newRow("timeout") << false;
    }
    void cancelAndTimeoutCloseTheListener()
    {
        QFETCH(bool, cancel);
        auto auth = makeAuth([](const QUrl &) { return true; }); // the user never finishes in the browser
        QVERIFY(auth);
        OAuthOptions options;
        options.timeout = std::chrono::milliseconds(cancel ? 60000 : 300);
        Reply *reply = auth->signInWithOAuth(QStringLiteral("oauth_github"), options);
        QSignalSpy browserAsked(auth.get(), &Auth::authorizeWithBrowser);
        QVERIFY(browserAsked.wait(10000));
        auto *listener = auth->findChild<OAuthListener *>();
        QVERIFY(listener);
        const quint16 port = quint16(listener->callbackUrl().port());
        if (cancel)
            auth->cancelOAuth();
        const Outcome o = await(reply);
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Canceled);
        QCOMPARE(o.error.code(), cancel ? QStringLiteral("clerkqt_oauth_canceled") : QStringLiteral("clerkqt_oauth_timeout"));
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
        QVERIFY(portRefuses(port));
        QTRY_VERIFY(!auth->findChild<OAuthListener *>());
    }

    void stateMismatchIsRejected()
    {
        QUrl callback;
        auto auth = makeAuth([](const QUrl &) { return true; });
        QVERIFY(auth);
        Reply *reply = auth->signInWithOAuth(QStringLiteral("oauth_google"));
        QSignalSpy browserAsked(auth.get(), &Auth::authorizeWithBrowser);
        QVERIFY(browserAsked.wait(10000));
        callback = auth->findChild<OAuthListener *>()->callbackUrl();
        // Something else (another tab, another flow) lands on our listener with its own state.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("clerkqt_state"), QStringLiteral("not-ours"));
        q.addQueryItem(QStringLiteral("rotating_token_nonce"), QStringLiteral("x"));
        callback.setQuery(q);
        std::unique_ptr<QNetworkReply> hit(browserNam.get(QNetworkRequest(callback)));
        const Outcome o = await(reply);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_oauth_state_mismatch"));
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
        QVERIFY(portRefuses(quint16(callback.port())));
    }

    void unknownProviderIsTypedError()
    {
        auto auth = makeAuth(browser());
        QVERIFY(auth);
        const Outcome o = await(auth->signInWithOAuth(QStringLiteral("oauth_myspace")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("strategy_for_user_invalid"));
        QVERIFY(!auth->findChild<OAuthListener *>() || !auth->findChild<OAuthListener *>()->isListening());
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
    }
};

QTEST_MAIN(tst_OAuth)
#include "tst_oauth.moc"
