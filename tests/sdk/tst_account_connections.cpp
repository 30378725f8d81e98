// Account's connected accounts end to end: POST /v1/me/external_accounts, the emulator's provider page in a
// "browser" played by the test, Clerk's callback, our loopback listener, the user reloaded; reauthorize and
// disconnect.
#include "testhelpers.h"

#include <ClerkQt/account.h>

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Clerk;
using namespace TestHelpers;

class tst_AccountConnections : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;
    QNetworkAccessManager browserNam;
    QList<QUrl> landed; ///< where the "browser" ended up
    QStringList pages;  ///< the page each visit ended on
    int browserOpened = 0;

    /// A browser that follows every redirect (provider → Clerk's callback → our listener) and keeps the page it
    /// ends on. `query` goes onto the provider's URL (account=…, deny=1).
    std::function<bool(const QUrl &)> browser(const QList<std::pair<QString, QString>> &query = {})
    {
        return [this, query](const QUrl &start) {
            ++browserOpened;
            QUrl url = start;
            QUrlQuery q(url);
            for (const auto &item : query)
                q.addQueryItem(item.first, item.second);
            url.setQuery(q);
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browserNam.get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                landed << reply->url();
                pages << QString::fromUtf8(reply->readAll());
                reply->deleteLater();
            });
            return true;
        };
    }

    /// Jane, signed in with her password (she has no connected account in the seed).
    std::unique_ptr<Auth> signedIn(std::function<bool(const QUrl &)> opener, const QString &email = kJane,
                                   const QString &password = kJanePassword)
    {
        AuthConfig config = configFor(server, uniqueService("connections"));
        config.persistSession = false;
        config.openUrl = std::move(opener);
        auto auth = std::make_unique<Auth>(config);
        if (!waitLoaded(*auth))
            return nullptr;
        const Outcome o = await(auth->signIn(email, password));
        if (!o.ok() || auth->status() != Auth::Status::SignedIn) {
            qWarning() << "sign-in failed:" << o.error.toString();
            return nullptr;
        }
        return auth;
    }

    /// The user's `external_accounts` as Auth::user() holds them (Clerk's JSON).
    static QList<QJsonObject> externalAccounts(const Auth &auth)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &a : auth.user().raw.value(QLatin1String("external_accounts")).toArray())
            out << a.toObject();
        return out;
    }
    static QString verificationStatus(const QJsonObject &account)
    {
        return account.value(QLatin1String("verification")).toObject().value(QLatin1String("status")).toString();
    }

    static int listeningServers(const Auth &auth)
    {
        int n = 0;
        for (const QTcpServer *s : auth.findChildren<QTcpServer *>())
            n += s->isListening() ? 1 : 0;
        return n;
    }
    static bool portRefuses(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return !socket.waitForConnected(2000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init()
    {
        server.reset();
        landed.clear();
        pages.clear();
        browserOpened = 0;
    }

    void connectsGoogle()
    {
        auto auth = signedIn(browser({{QStringLiteral("account"), QStringLiteral("google-jane")}}));
        QVERIFY(auth);
        QVERIFY(externalAccounts(*auth).isEmpty());
        QSignalSpy userChanged(auth.get(), &Auth::userChanged);
        const Outcome o = await(auth->account()->connectExternalAccount(QStringLiteral("oauth_google")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto account = o.result.value<ExternalAccount>();
        QVERIFY(account.id.startsWith(QLatin1String("eac_")));
        QVERIFY(account.isVerified());
        QCOMPARE(account.provider, QStringLiteral("google"));
        QCOMPARE(account.strategy, QStringLiteral("oauth_google"));
        QCOMPARE(account.emailAddress, kJane);
        QCOMPARE(account.firstName, QStringLiteral("Jane"));
        QCOMPARE(browserOpened, 1);
        // The user was reloaded before the reply reported: it lists the account, verified.
        QVERIFY(userChanged.count() >= 1);
        const QList<QJsonObject> accounts = externalAccounts(*auth);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().value(QLatin1String("id")).toString(), account.id);
        QCOMPARE(verificationStatus(accounts.first()), QStringLiteral("verified"));
        // Still signed in as Jane, in the same session: connecting is no sign-in.
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->sessions().size(), 1);
        // The browser tab was told, and the listener is closed.
        QTRY_COMPARE(pages.size(), 1);
        QVERIFY2(pages.first().contains(QLatin1String("Account connected")), qPrintable(pages.first()));
        QVERIFY(portRefuses(quint16(landed.first().port())));
    }

    void providerNotEnabled()
    {
        auto auth = signedIn(browser());
        QVERIFY(auth);
        const Outcome o = await(auth->account()->connectExternalAccount(QStringLiteral("oauth_myspace")));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("oauth_provider_not_enabled"));
        QCOMPARE(browserOpened, 0);
        QTRY_COMPARE(listeningServers(*auth), 0);
        QVERIFY(externalAccounts(*auth).isEmpty());
    }

    void cancelAndTimeout_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("cancel") << true;
        QTest::newRow("timeout") << false;
    }
    void cancelAndTimeout()
    {
        QFETCH(bool, cancel);
        auto auth = signedIn([this](const QUrl &) { return ++browserOpened > 0; }); // never finished there
        QVERIFY(auth);
        OAuthOptions options;
        options.timeout = std::chrono::milliseconds(cancel ? 60000 : 300);
        QSignalSpy browserAsked(auth.get(), &Auth::authorizeWithBrowser);
        Reply *reply = auth->account()->connectExternalAccount(QStringLiteral("oauth_github"), options);
        QVERIFY(browserAsked.wait(10000));
        QVERIFY(listeningServers(*auth) > 0);
        // One browser trip at a time: a sign-in meanwhile is refused.
        const Outcome second = await(auth->signInWithOAuth(QStringLiteral("oauth_google")));
        QCOMPARE(second.error.code(), QStringLiteral("clerkqt_oauth_in_progress"));
        if (cancel)
            auth->cancelOAuth();
        const Outcome o = await(reply);
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Canceled);
        QCOMPARE(o.error.code(), cancel ? QStringLiteral("clerkqt_oauth_canceled") : QStringLiteral("clerkqt_oauth_timeout"));
        QTRY_COMPARE(listeningServers(*auth), 0);
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        for (const QJsonObject &a : externalAccounts(*auth))
            QVERIFY(verificationStatus(a) != QLatin1String("verified"));
    }

    void deniedInTheBrowser()
    {
        auto auth = signedIn(browser({{QStringLiteral("deny"), QStringLiteral("1")}}));
        QVERIFY(auth);
        const Outcome o = await(auth->account()->connectExternalAccount(QStringLiteral("oauth_google")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_oauth_failed"));
        QTRY_COMPARE(pages.size(), 1);
        QVERIFY2(pages.first().contains(QLatin1String("Connecting the account failed")), qPrintable(pages.first()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    // The provider's account is another user's already: Clerk says so in the verification's error.
    void accountOfAnotherUserIsRefused()
    {
        auto jane = signedIn(browser({{QStringLiteral("account"), QStringLiteral("google-jane")}}));
        QVERIFY(jane);
        QVERIFY(await(jane->account()->connectExternalAccount(QStringLiteral("oauth_google"))).ok());
        auto ada = signedIn(browser({{QStringLiteral("account"), QStringLiteral("google-jane")}}), kAda, kAdaPassword);
        QVERIFY(ada);
        const Outcome o = await(ada->account()->connectExternalAccount(QStringLiteral("oauth_google")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("external_account_exists"));
    }

    void reauthorizeKeepsTheAccount()
    {
        auto auth = signedIn(browser({{QStringLiteral("account"), QStringLiteral("google-jane")}}));
        QVERIFY(auth);
        const Outcome connected = await(auth->account()->connectExternalAccount(QStringLiteral("oauth_google")));
        QVERIFY2(connected.ok(), qPrintable(connected.error.toString()));
        const QString id = connected.result.value<ExternalAccount>().id;
        QSignalSpy browserAsked(auth.get(), &Auth::authorizeWithBrowser);
        const Outcome o = await(auth->account()->reauthorizeExternalAccount(id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(browserAsked.count(), 1);
        QCOMPARE(browserOpened, 2);
        const auto account = o.result.value<ExternalAccount>();
        QCOMPARE(account.id, id);
        QVERIFY(account.isVerified());
        QCOMPARE(externalAccounts(*auth).size(), 1);

        const Outcome unknown = await(auth->account()->reauthorizeExternalAccount(QStringLiteral("eac_unknown")));
        QCOMPARE(unknown.error.code(), QStringLiteral("external_account_not_found"));
        QCOMPARE(browserOpened, 2);
    }

    void disconnect()
    {
        auto auth = signedIn(browser({{QStringLiteral("account"), QStringLiteral("google-jane")}}));
        QVERIFY(auth);
        const Outcome connected = await(auth->account()->connectExternalAccount(QStringLiteral("oauth_google")));
        QVERIFY2(connected.ok(), qPrintable(connected.error.toString()));
        const QString id = connected.result.value<ExternalAccount>().id;
        QCOMPARE(externalAccounts(*auth).size(), 1);
        QSignalSpy userChanged(auth.get(), &Auth::userChanged);
        // An OAuth account is never the identification a user must keep (Clerk skips that check for it), so
        // disconnecting it is allowed; Jane still has her email address and password.
        const Outcome o = await(auth->account()->disconnectExternalAccount(id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(userChanged.count() >= 1);
        QVERIFY(externalAccounts(*auth).isEmpty());
        const Outcome again = await(auth->account()->disconnectExternalAccount(id));
        QCOMPARE(again.error.code(), QStringLiteral("external_account_not_found"));
    }

    void signedOutIsRefused()
    {
        AuthConfig config = configFor(server, uniqueService("connections"));
        config.persistSession = false;
        config.openUrl = browser();
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        const Outcome o = await(auth.account()->connectExternalAccount(QStringLiteral("oauth_google")));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_signed_out"));
        QCOMPARE(await(auth.account()->disconnectExternalAccount(QStringLiteral("eac_x"))).error.code(),
                 QStringLiteral("clerkqt_signed_out"));
        QCOMPARE(browserOpened, 0);
    }
};

QTEST_MAIN(tst_AccountConnections)
#include "tst_account_connections.moc"
