// Sign-ins without a password typed into the app, through the public API against the emulator over real HTTP:
// tickets a backend minted (sign-in tokens, organization invitations), email links opened here or on another
// device, and enterprise SSO through the (test-played) system browser.
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Clerk;
using namespace TestHelpers;

namespace {

// Every message of the run, debug included: tickets and link tokens are secrets, never logged.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}
bool logged(const QString &secret)
{
    for (const QString &m : std::as_const(g_messages)) {
        if (m.contains(secret))
            return true;
    }
    return false;
}

const QString kJaneId = QStringLiteral("user_2jane0000000000000000000001");
const QString kErin = QStringLiteral("erin@corp.example");

} // namespace

class tst_TicketsLinks : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClerkEmulator::Server> server;
    QNetworkAccessManager browserNam;
    QList<QUrl> landed; ///< where each browser visit ended
    QList<int> statuses;

    std::unique_ptr<Auth> makeAuth(std::function<bool(const QUrl &)> opener = {})
    {
        AuthConfig config = configFor(*server, uniqueService("tickets"));
        config.persistSession = false;
        config.openUrl = std::move(opener);
        auto auth = std::make_unique<Auth>(config);
        return waitLoaded(*auth) ? std::move(auth) : nullptr;
    }

    /// A browser on any device: GETs `url` and follows redirects (`follow`), keeping where it ended.
    void visit(const QUrl &url, bool follow = true)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             follow ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = browserNam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, follow] {
            landed << (follow ? reply->url() : reply->header(QNetworkRequest::LocationHeader).toUrl());
            statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        });
    }

    /// The test's mailbox: the link the emulator last emailed to `email`.
    QUrl mailedLink(const QString &email)
    {
        QString error;
        const QJsonObject link = server->lastEmailLink(email, &error);
        return QUrl(link.value(QLatin1String("url")).toString());
    }

    /// Waits until the email link's wait has sent the link (the attempt reports an email_link verification).
    static bool linkSent(Auth &auth)
    {
        return QTest::qWaitFor([&] {
            return auth.signInAttempt().firstFactorVerification.strategy == Factor::Strategy::EmailLink;
        }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        landed.clear();
        statuses.clear();
        server = std::make_unique<ClerkEmulator::Server>();
        QVERIFY(server->listen());
    }
    void cleanup() { server.reset(); }

    void ticketFromUrlReadsClerksParameter()
    {
        QCOMPARE(Auth::ticketFromUrl(QUrl(QStringLiteral("myapp://sign-in?__clerk_ticket=abc%2Bdef&x=1"))),
                 QStringLiteral("abc+def"));
        QCOMPARE(Auth::ticketFromUrl(QUrl(QStringLiteral("myapp://sign-in?ticket=abc"))), QString());
        QCOMPARE(Auth::ticketFromUrl(QUrl()), QString());
    }

    void signInTokenSignsIn()
    {
        QString error;
        const QJsonObject minted = server->createSignInToken({{QStringLiteral("user_id"), kJaneId}}, &error);
        QVERIFY2(!minted.isEmpty(), qPrintable(error));
        // The hand-off as a desktop app receives it: the link, not the bare token.
        const QString ticket = Auth::ticketFromUrl(QUrl(minted.value(QLatin1String("url")).toString()));
        QCOMPARE(ticket, minted.value(QLatin1String("token")).toString());
        auto auth = makeAuth();
        QVERIFY(auth);
        const Outcome o = await(auth->signInWithTicket(ticket));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().id, kJaneId);
        QVERIFY(!auth->sessionToken().isEmpty());

        // Single use: a second client cannot sign in with it.
        auto other = makeAuth();
        QVERIFY(other);
        const Outcome again = await(other->signInWithTicket(ticket));
        QCOMPARE(again.error.kind(), Error::Kind::Auth);
        QCOMPARE(again.error.code(), QStringLiteral("ticket_invalid_code"));
        QCOMPARE(other->status(), Auth::Status::SignedOut);
        QVERIFY(!g_messages.isEmpty()); // the capture works: the SDK and emulator did log at debug level
        QVERIFY(!logged(ticket));
    }

    void badTicketsAreTypedErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("garbage") << "garbage" << "ticket_invalid_code";
        QTest::newRow("expired") << "expired" << "ticket_expired_code";
        QTest::newRow("empty") << "empty" << "form_param_missing";
    }
    void badTicketsAreTypedErrors()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QString ticket = QStringLiteral("not-a-ticket");
        if (kind == QLatin1String("expired")) {
            ticket = server->createSignInToken({{QStringLiteral("user_id"), kJaneId},
                                                {QStringLiteral("expires_in_seconds"), 60}})
                         .value(QLatin1String("token")).toString();
            server->setClockOffset(2 * 60 * 1000); // a minute past its expiry
        } else if (kind == QLatin1String("empty")) {
            ticket.clear();
        }
        auto auth = makeAuth();
        QVERIFY(auth);
        const Outcome o = await(auth->signInWithTicket(ticket));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), code);
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
        QVERIFY(!auth->isSignedIn());
    }

    void invitationSignUpJoinsTheOrganization()
    {
        const QString email = QStringLiteral("invitee+clerk_test@example.com");
        QString error;
        const QJsonObject invitation = server->createInvitation({{QStringLiteral("email_address"), email},
                                                                 {QStringLiteral("organization_id"), kAcme},
                                                                 {QStringLiteral("role"), QStringLiteral("org:admin")}},
                                                                &error);
        QVERIFY2(!invitation.isEmpty(), qPrintable(error));
        const QString ticket = Auth::ticketFromUrl(QUrl(invitation.value(QLatin1String("url")).toString()));
        QVERIFY(!ticket.isEmpty());
        auto auth = makeAuth();
        QVERIFY(auth);
        // An invitation to an address without an account is no sign-in.
        const Outcome signIn = await(auth->signInWithTicket(ticket));
        QCOMPARE(signIn.error.code(), QStringLiteral("form_identifier_not_found"));

        SignUpParams params;
        params.password = QStringLiteral("a long enough password");
        params.firstName = QStringLiteral("Ivy");
        params.emailAddress = QStringLiteral("someone-else@example.com"); // the invitation's address wins
        const Outcome o = await(auth->signUpWithTicket(ticket, params));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().primaryEmailAddress(), email);
        QCOMPARE(auth->user().firstName, QStringLiteral("Ivy"));
        QTRY_COMPARE(auth->memberships().size(), 1);
        QCOMPARE(auth->memberships().first().organization.id, kAcme);
        QCOMPARE(auth->memberships().first().role, QStringLiteral("org:admin"));

        // Used up.
        auto other = makeAuth();
        QVERIFY(other);
        QCOMPARE(await(other->signUpWithTicket(ticket, params)).error.code(), QStringLiteral("ticket_invalid_code"));
    }

    void invitationWithoutPasswordLeavesSigningUp()
    {
        const QString email = QStringLiteral("halfway+clerk_test@example.com");
        const QString ticket = server->createInvitation({{QStringLiteral("email_address"), email}})
                                   .value(QLatin1String("ticket")).toString();
        auto auth = makeAuth();
        QVERIFY(auth);
        const Outcome o = await(auth->signUpWithTicket(ticket));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SigningUp);
        QVERIFY(auth->signUpAttempt().missingFields.contains(QStringLiteral("password")));
        QVERIFY(!auth->signUpAttempt().unverifiedFields.contains(QStringLiteral("email_address")));
    }

    void emailLinkOpenedOnThisComputer()
    {
        auto auth = makeAuth();
        QVERIFY(auth);
        EmailLinkOptions options;
        options.pollInterval = std::chrono::minutes(5); // only the redirect can end this wait in time
        Reply *reply = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        QCOMPARE(auth->status(), Auth::Status::SigningIn);
        const QUrl link = mailedLink(kJane);
        QVERIFY(link.isValid());
        visit(link); // Clerk's /v1/verify, then the app's loopback listener
        const Outcome o = await(reply, 10000);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().id, kJaneId);
        QTRY_COMPARE(landed.size(), 1);
        QCOMPARE(landed.first().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(landed.first().path(), QStringLiteral("/callback"));
        QCOMPARE(QUrlQuery(landed.first()).queryItemValue(QStringLiteral("__clerk_status")), QStringLiteral("verified"));
        QCOMPARE(QUrlQuery(landed.first()).queryItemValue(QStringLiteral("__clerk_created_session")),
                 auth->session().id);
        QCOMPARE(statuses.first(), 200);
        QVERIFY(!logged(QUrlQuery(link).queryItemValue(QStringLiteral("token"))));
    }

    void emailLinkGoesToTheAddressTyped()
    {
        const QString secondary = QStringLiteral("work+clerk_test@example.com");
        QString error;
        QVERIFY2(!server->createUser({{QStringLiteral("first_name"), QStringLiteral("Two")},
                                      {QStringLiteral("email_addresses"),
                                       QJsonArray{QStringLiteral("home+clerk_test@example.com"), secondary}}},
                                     &error).isEmpty(),
                 qPrintable(error));
        auto auth = makeAuth();
        QVERIFY(auth);
        EmailLinkOptions options;
        options.pollInterval = std::chrono::milliseconds(100);
        Reply *reply = auth->signInWithEmailLink(secondary, options);
        QVERIFY(linkSent(*auth));
        QVERIFY(server->lastEmailLink(QStringLiteral("home+clerk_test@example.com")).isEmpty());
        visit(mailedLink(secondary), false);
        QVERIFY(await(reply, 10000).ok());
        QCOMPARE(auth->user().firstName, QStringLiteral("Two"));
    }

    void emailLinkOpenedOnAnotherDevice()
    {
        auto auth = makeAuth();
        QVERIFY(auth);
        EmailLinkOptions options;
        options.redirectUrl = QUrl(QStringLiteral("com.example.app://email-link"));
        options.pollInterval = std::chrono::milliseconds(100);
        Reply *reply = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        // A phone opens the link: its browser has nothing of this client, and the app's URL goes nowhere there.
        visit(mailedLink(kJane), false);
        QTRY_COMPARE(statuses.size(), 1);
        QCOMPARE(statuses.first(), 303);
        QCOMPARE(landed.first().scheme(), QStringLiteral("com.example.app"));
        QCOMPARE(QUrlQuery(landed.first()).queryItemValue(QStringLiteral("__clerk_status")), QStringLiteral("verified"));
        const Outcome o = await(reply, 10000);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().id, kJaneId);
        // The redirect the phone was given never reaches this app; handing a stale one over now changes nothing.
        QVERIFY(!auth->handleEmailLinkRedirect(landed.first()));
    }

    void emailLinkRedirectThroughTheAppsScheme()
    {
        auto auth = makeAuth();
        QVERIFY(auth);
        EmailLinkOptions options;
        options.redirectUrl = QUrl(QStringLiteral("com.example.app://email-link"));
        options.pollInterval = std::chrono::minutes(5);
        Reply *reply = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        QVERIFY(!auth->handleEmailLinkRedirect(QUrl(QStringLiteral("com.example.app://email-link?__clerk_status=verified"))));
        visit(mailedLink(kJane), false);
        QTRY_COMPARE(landed.size(), 1);
        QVERIFY(auth->handleEmailLinkRedirect(landed.first())); // what the OS hands the app
        const Outcome o = await(reply, 10000);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    void expiredEmailLink()
    {
        auto auth = makeAuth();
        QVERIFY(auth);
        EmailLinkOptions options;
        options.pollInterval = std::chrono::milliseconds(100);
        Reply *reply = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        server->setClockOffset(11 * 60 * 1000); // Clerk's links last ten minutes
        const Outcome o = await(reply, 10000);
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_email_link_expired"));
        QVERIFY(!auth->isSignedIn());
        // Opening it now gets Clerk's expired status.
        visit(mailedLink(kJane), false);
        QTRY_COMPARE(landed.size(), 1);
        QCOMPARE(QUrlQuery(landed.first()).queryItemValue(QStringLiteral("__clerk_status")), QStringLiteral("expired"));
    }

    // Clerk's verdict in the redirect ends the wait at once (no poll could in time): the link opened after expiry,
    // and the statuses Clerk sends for a link it would not verify.
    void redirectStatusEndsTheWaitAtOnce_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("expired") << "expired" << "clerkqt_email_link_expired";
        QTest::newRow("failed") << "failed" << "clerkqt_email_link_failed";
        QTest::newRow("client_mismatch") << "client_mismatch" << "clerkqt_email_link_client_mismatch";
    }
    void redirectStatusEndsTheWaitAtOnce()
    {
        QFETCH(QString, status);
        QFETCH(QString, code);
        auto auth = makeAuth();
        QVERIFY(auth);
        EmailLinkOptions options;
        options.redirectUrl = QUrl(QStringLiteral("com.example.app://email-link"));
        options.pollInterval = std::chrono::minutes(5);
        Reply *reply = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        server->setClockOffset(11 * 60 * 1000);
        visit(mailedLink(kJane), false);
        QTRY_COMPARE(landed.size(), 1);
        QUrl redirect = landed.first();
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("__clerk_status")), QStringLiteral("expired"));
        QUrlQuery query(redirect);
        query.removeAllQueryItems(QStringLiteral("__clerk_status"));
        query.addQueryItem(QStringLiteral("__clerk_status"), status);
        redirect.setQuery(query);
        QVERIFY(auth->handleEmailLinkRedirect(redirect));
        const Outcome o = await(reply, 1000);
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), code);
        QVERIFY(!auth->handleEmailLinkRedirect(redirect)); // nobody waits any more
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
        auto auth = makeAuth();
        QVERIFY(auth);
        EmailLinkOptions options;
        options.pollInterval = std::chrono::milliseconds(100);
        options.timeout = std::chrono::milliseconds(cancel ? 60000 : 800);
        Reply *reply = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        QCOMPARE(await(auth->signInWithEmailLink(kJane)).error.code(), QStringLiteral("clerkqt_email_link_in_progress"));
        if (cancel)
            auth->cancelEmailLink();
        const Outcome o = await(reply, 10000);
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Canceled);
        QCOMPARE(o.error.code(), cancel ? QStringLiteral("clerkqt_email_link_canceled")
                                        : QStringLiteral("clerkqt_email_link_timeout"));
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
        // The link still works on the server, but nobody waits for it: the app stays signed out until asked.
        visit(mailedLink(kJane), false);
        QTRY_COMPARE(landed.size(), 1);
        QVERIFY(!auth->isSignedIn());
    }

    // Deleting the pending reply is how C++ gives up on it: the wait ends — another may start at once — without
    // the flow touching the reply being destroyed (UBSan caught a downcast of it, and a fail() on it).
    void deletingThePendingReplyEndsTheWait()
    {
        auto auth = makeAuth();
        QVERIFY(auth);
        EmailLinkOptions options;
        options.pollInterval = std::chrono::milliseconds(50);
        Reply *reply = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        delete reply;
        Reply *again = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        auth->cancelEmailLink();
        QCOMPARE(await(again).error.code(), QStringLiteral("clerkqt_email_link_canceled"));
    }

    void emailLinkNotOffered()
    {
        QString error;
        // An instance that sends no links.
        QJsonObject seed = ClerkEmulator::Server::defaultSeed();
        QJsonObject instance = seed.value(QLatin1String("instance")).toObject();
        instance.insert(QStringLiteral("first_factors"), QJsonArray{QStringLiteral("password")});
        seed.insert(QStringLiteral("instance"), instance);
        QVERIFY2(server->loadSeed(seed, &error), qPrintable(error));
        auto auth = makeAuth();
        QVERIFY(auth);
        const Outcome o = await(auth->signInWithEmailLink(kJane));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_strategy_not_supported"));
    }

    void passwordlessProfileSignsInByLink()
    {
        QString error;
        QVERIFY2(server->loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("passwordless")), &error),
                 qPrintable(error));
        auto auth = makeAuth();
        QVERIFY(auth);
        QVERIFY(await(auth->startSignIn(kJane)).ok());
        QList<Factor::Strategy> offered;
        for (const Factor &f : auth->signInAttempt().supportedFirstFactors)
            offered << f.strategy;
        QVERIFY(offered.contains(Factor::Strategy::EmailLink));
        QVERIFY(!offered.contains(Factor::Strategy::Password));
        EmailLinkOptions options;
        options.pollInterval = std::chrono::milliseconds(100);
        Reply *reply = auth->signInWithEmailLink(kJane, options);
        QVERIFY(linkSent(*auth));
        visit(mailedLink(kJane), false);
        QVERIFY2(await(reply, 10000).ok(), "the passwordless sign-in by link did not complete");
        QCOMPARE(auth->user().id, kJaneId);
    }

    void enterpriseSsoThroughTheBrowser()
    {
        QString error;
        QVERIFY2(server->loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("enterprise-sso")), &error),
                 qPrintable(error));
        auto auth = makeAuth([this](const QUrl &url) {
            visit(url);
            return true;
        });
        QVERIFY(auth);
        QVERIFY(await(auth->loadEnvironment()).ok());
        QVERIFY(await(auth->startSignIn(kErin)).ok());
        bool offered = false;
        for (const Factor &f : auth->signInAttempt().supportedFirstFactors)
            offered = offered || f.strategy == Factor::Strategy::EnterpriseSso;
        QVERIFY(offered);
        const Outcome o = await(auth->signInWithEnterpriseSso(kErin));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().primaryEmailAddress(), kErin);
        QTRY_COMPARE(landed.size(), 1);
        QCOMPARE(landed.first().path(), QStringLiteral("/callback"));
    }

    void enterpriseSsoFirstSignInBecomesUser()
    {
        QString error;
        QVERIFY2(server->loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("enterprise-sso")), &error),
                 qPrintable(error));
        auto auth = makeAuth([this](const QUrl &url) {
            visit(url);
            return true;
        });
        QVERIFY(auth);
        const Outcome o = await(auth->signInWithEnterpriseSso(QStringLiteral("newhire@corp.example")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QCOMPARE(auth->user().primaryEmailAddress(), QStringLiteral("newhire@corp.example"));
        QCOMPARE(auth->user().firstName, QStringLiteral("Nora"));
        // An identity provider's account is one of Clerk's enterprise accounts, never an OAuth external account.
        QVERIFY(auth->user().externalAccounts.isEmpty());
    }

    void enterpriseSsoUnknownDomain()
    {
        QString error;
        QVERIFY2(server->loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("enterprise-sso")), &error),
                 qPrintable(error));
        QList<QUrl> opened;
        auto auth = makeAuth([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QVERIFY(auth);
        const Outcome o = await(auth->signInWithEnterpriseSso(QStringLiteral("someone@elsewhere.example")));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("strategy_for_user_invalid"));
        QVERIFY(opened.isEmpty());
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
    }
};

QTEST_MAIN(tst_TicketsLinks)
#include "tst_tickets_links.moc"
