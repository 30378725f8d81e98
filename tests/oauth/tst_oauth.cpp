// signInWithOAuth end to end: provider page → Clerk callback → loopback listener → rotating token nonce.
#include "oauthlistener_p.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QDesktopServices>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Clerk;
using namespace TestHelpers;

/// Stands in for the desktop's URL opener (QDesktopServices::setUrlHandler), so no real browser starts.
class SystemBrowser : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class tst_OAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClerkEmulator::Server> server;
    QNetworkAccessManager browserNam;
    QList<QUrl> landed; ///< where the "browser" ended up

    /// A browser: follows every redirect (provider → Clerk callback → the app's listener) with a plain QNAM and
    /// keeps the page it ends on. `query` is added to the provider's URL (account=…, deny=1).
    std::function<bool(const QUrl &)> browser(const QList<std::pair<QString, QString>> &query = {})
    {
        return [this, query](const QUrl &start) {
            QUrl url = start;
            QUrlQuery q(url);
            for (const auto &item : query)
                q.addQueryItem(item.first, item.second);
            url.setQuery(q);
            visit(url);
            return true;
        };
    }
    void visit(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browserNam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            landed << reply->url();
            pages << QString::fromUtf8(reply->readAll());
            statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        });
    }
    QStringList pages;  ///< the page each visit ended on
    QList<int> statuses;

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
        pages.clear();
        statuses.clear();
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
        // The browser tab waited for the outcome and was told it, by our listener, which is closed now.
        QTRY_COMPARE(landed.size(), 1);
        QCOMPARE(landed.first().path(), QStringLiteral("/callback"));
        QVERIFY2(pages.first().contains(QLatin1String("Signed in")), qPrintable(pages.first()));
        QVERIFY(portRefuses(quint16(landed.first().port())));
        QTRY_VERIFY(!auth->findChild<OAuthListener *>());
    }

    void unknownAccountBecomesSignUp()
    {
        auto auth = makeAuth(browser({{QStringLiteral("account"), QStringLiteral("google-newbie")}}));
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

    // A stray request on the listener with another state (another tab, a local process) gets an answer of its
    // own; the flow goes on waiting for its real redirect.
    void strayCallbackIsIgnored()
    {
        auto auth = makeAuth(browser());
        QVERIFY(auth);
        // The stray request goes first, as soon as the listener exists.
        Reply *reply = auth->signInWithOAuth(QStringLiteral("oauth_google"));
        QTRY_VERIFY_WITH_TIMEOUT(auth->findChild<OAuthListener *>(), 10000);
        QUrl callback = auth->findChild<OAuthListener *>()->callbackUrl();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("clerkqt_state"), QStringLiteral("not-ours"));
        q.addQueryItem(QStringLiteral("rotating_token_nonce"), QStringLiteral("x"));
        callback.setQuery(q);
        visit(callback);
        const Outcome o = await(reply);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QTRY_COMPARE(statuses.size(), 2);
        const int stray = landed.indexOf(callback);
        QVERIFY(stray >= 0);
        QCOMPARE(statuses[stray], 400);
        QCOMPARE(statuses[1 - stray], 200);
        QVERIFY(pages[1 - stray].contains(QLatin1String("Signed in")));
    }

    void deniedInTheBrowserIsToldThere()
    {
        auto auth = makeAuth(browser({{QStringLiteral("deny"), QStringLiteral("1")}}));
        QVERIFY(auth);
        const Outcome o = await(auth->signInWithOAuth(QStringLiteral("oauth_google")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QTRY_COMPARE(pages.size(), 1);
        QVERIFY2(pages.first().contains(QLatin1String("Sign-in failed")), qPrintable(pages.first()));
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
    }

    void listenerAnswersOnIpv6Loopback()
    {
        QTcpServer ipv6;
        if (!ipv6.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("this host has no IPv6 loopback");
        ipv6.close();
        OAuthListener listener;
        QVERIFY(listener.listen());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHostIPv6, quint16(listener.callbackUrl().port()));
        QVERIFY2(probe.waitForConnected(5000), qPrintable(probe.errorString()));
        QSignalSpy redirected(&listener, &OAuthListener::redirected);
        probe.write("GET /callback?x=1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY(redirected.wait(10000));
        listener.respond(QStringLiteral("Signed in"), QString());
        QTRY_VERIFY_WITH_TIMEOUT((probe.waitForReadyRead(100), probe.peek(4096).contains("Signed in")), 10000);
    }

    // An app that shows the page itself (it handles authorizeWithBrowser) gets no system browser on top.
    void systemBrowserOnlyWhenNothingHandlesTheSignal_data()
    {
        QTest::addColumn<bool>("handled");
        QTest::newRow("app handles authorizeWithBrowser") << true;
        QTest::newRow("nothing handles it") << false;
    }
    void systemBrowserOnlyWhenNothingHandlesTheSignal()
    {
        QFETCH(bool, handled);
        SystemBrowser system;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &system, "open");
        auto unregister = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
        AuthConfig config = configFor(*server, uniqueService("oauth"));
        config.persistSession = false;
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        QList<QUrl> shownByApp;
        if (handled)
            connect(&auth, &Auth::authorizeWithBrowser, this, [&shownByApp](const QUrl &url) { shownByApp << url; });
        Reply *reply = auth.signInWithOAuth(QStringLiteral("oauth_google"));
        QTRY_COMPARE_WITH_TIMEOUT(shownByApp.size() + system.opened.size(), 1, 10000);
        QCOMPARE(shownByApp.size(), handled ? 1 : 0);
        QCOMPARE(system.opened.size(), handled ? 0 : 1);
        auth.cancelOAuth();
        QCOMPARE(await(reply).error.code(), QStringLiteral("clerkqt_oauth_canceled"));
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
