// The README's "Tickets, email links and enterprise SSO" snippets, run against the in-process emulator as
// readmeaccount.cpp runs the account ones: what the snippets log, and the state a user of the SDK can observe.
#include "readmeharness.h"
#include "readmesnippets.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <QtTest>

#include <memory>

using namespace TestHelpers;
using namespace ReadmeHarness;

class ReadmeTicketSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;
    QNetworkAccessManager browser;

    /// A browser following every redirect (to the SDK's loopback listener in the end).
    void visit(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    std::unique_ptr<Clerk::Auth> newAuth()
    {
        Clerk::AuthConfig config;
        config.publishableKey = server.publishableKey();
        config.persistSession = false;
        config.keychainService = uniqueService("readme-tickets");
        config.openUrl = [this](const QUrl &url) {
            visit(url);
            return true;
        };
        auto auth = std::make_unique<Clerk::Auth>(config);
        waitLoaded(*auth);
        return auth;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { QVERIFY(server.loadSeed(ClerkEmulator::Server::defaultSeed())); }

    void signInLink()
    {
        auto auth = newAuth();
        MessageLog log;
        openSignInLink(auth.get(), QUrl(QStringLiteral("myapp://settings")));
        openSignInLink(auth.get(), QUrl(QStringLiteral("myapp://sign-in?__clerk_ticket=forged")));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^ticket refused: \"ticket_invalid_code\"$")),
                                 kTimeout);
        const QJsonObject minted =
            server.createSignInToken({{QStringLiteral("user_id"), QStringLiteral("user_2jane0000000000000000000001")}});
        openSignInLink(auth.get(), QUrl(minted.value(QLatin1String("url")).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^signed in as \"Jane Doe\"$")), kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SignedIn);
    }

    void invitation()
    {
        auto auth = newAuth();
        MessageLog log;
        const QString ticket = server.createInvitation({{QStringLiteral("email_address"),
                                                         QStringLiteral("newcomer+clerk_test@example.com")},
                                                        {QStringLiteral("organization_id"), kAcme}})
                                   .value(QLatin1String("ticket")).toString();
        acceptInvitation(auth.get(), ticket, QStringLiteral("short"));
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtWarningMsg, QStringLiteral("^invitation refused: \"form_password_length_too_short\"$")), kTimeout);
        acceptInvitation(auth.get(), ticket, QStringLiteral("a long enough passphrase"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^member of 1 organization\\(s\\)$")), kTimeout);
        QCOMPARE(auth->user().primaryEmailAddress(), QStringLiteral("newcomer+clerk_test@example.com"));
    }

    void emailLink()
    {
        auto auth = newAuth();
        MessageLog log;
        signInByEmailLink(auth.get(), kJane);
        QTRY_VERIFY_WITH_TIMEOUT(!server.lastEmailLink(kJane).isEmpty(), kTimeout);
        visit(QUrl(server.lastEmailLink(kJane).value(QLatin1String("url")).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^link opened: signed in as \"Jane Doe\"$")),
                                 kTimeout);
    }

    void enterpriseSso()
    {
        QVERIFY(server.loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("enterprise-sso"))));
        auto auth = newAuth();
        MessageLog log;
        signInWithSso(auth.get(), QStringLiteral("someone@elsewhere.example"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtWarningMsg, QStringLiteral("^SSO failed: \"strategy_for_user_invalid\"$")),
                                 kTimeout);
        signInWithSso(auth.get(), QStringLiteral("erin@corp.example"));
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^SSO: signed in as \"erin@corp.example\"$")),
                                 kTimeout);
    }
};

int runReadmeTicketSnippets(int argc, char **argv)
{
    ReadmeTicketSnippets snippets;
    return QTest::qExec(&snippets, argc, argv);
}

#include "readmetickets.moc"
