// Multi-session, organization switching, checkAuthorization, touch/end/remove, /v1/me.
#include "testhelpers.h"

#include <ClerkQt/organizations.h>

using namespace Clerk;
using namespace TestHelpers;

class tst_AuthSessions : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;

    std::unique_ptr<Auth> signedInJane()
    {
        auto auth = std::make_unique<Auth>(configFor(server, service));
        if (!waitLoaded(*auth))
            return nullptr;
        const Outcome o = await(auth->signIn(kJane, kJanePassword));
        if (!o.ok()) {
            qWarning() << "sign-in failed:" << o.error.toString();
            return nullptr;
        }
        return auth;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("sessions");
    }
    void init() { server.reset(); }
    void cleanup() { deleteKeychain(service, keychainKey(service, server.publishableKey())); }

    void multiSession()
    {
        auto auth = signedInJane();
        QVERIFY(auth);
        const QString janeSession = auth->session().id;
        QSignalSpy sessionsSpy(auth.get(), &Auth::sessionsChanged);

        // A second account on the same client.
        Outcome o = await(auth->signIn(kAda, kAdaPassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->sessions().size(), 2);
        QVERIFY(sessionsSpy.count() >= 1);
        QCOMPARE(auth->user().primaryEmailAddress(), kAda);
        const QString adaSession = auth->session().id;
        QVERIFY(adaSession != janeSession);

        // Switch back to Jane.
        QSignalSpy userSpy(auth.get(), &Auth::userChanged);
        o = await(auth->setActive(janeSession));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->session().id, janeSession);
        QCOMPARE(auth->user().primaryEmailAddress(), kJane);
        QVERIFY(userSpy.count() >= 1);
        QCOMPARE(jwtClaims(auth->sessionToken()).value(QLatin1String("sid")).toString(), janeSession);

        // Sign Ada's session out only: Jane stays.
        o = await(auth->signOut(adaSession));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth->isSignedIn());
        QCOMPARE(auth->session().id, janeSession);
        for (const Session &s : auth->sessions()) {
            if (s.id == adaSession)
                QVERIFY(s.status != Session::Status::Active);
        }
        // Unknown session: typed error, nothing lost.
        o = await(auth->setActive(QStringLiteral("sess_does_not_exist")));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QVERIFY(auth->isSignedIn());
    }

    void organizations()
    {
        auto auth = signedInJane();
        QVERIFY(auth);
        QStringList slugs;
        for (const Organization &org : auth->organizations())
            slugs << org.slug;
        slugs.sort();
        QCOMPARE(slugs, (QStringList{QStringLiteral("acme"), QStringLiteral("globex")}));
        QCOMPARE(auth->memberships().size(), 2);

        // Personal account first, whatever the server's default: no org → no authorization.
        Outcome o = await(auth->setActiveOrganization(QString()));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth->organization().isNull());
        QVERIFY(!auth->checkAuthorization(AuthorizationCheck{QStringLiteral("org:admin"), {}}));

        QSignalSpy orgSpy(auth.get(), &Auth::organizationChanged);
        o = await(auth->setActive(auth->session().id, kAcme));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(orgSpy.count() >= 1);
        QCOMPARE(auth->organization().id, kAcme);
        QCOMPARE(auth->organization().slug, QStringLiteral("acme"));
        QCOMPARE(auth->membership().role, QStringLiteral("org:admin"));
        QCOMPARE(auth->session().lastActiveOrganizationId, kAcme);
        QVERIFY(auth->checkAuthorization(AuthorizationCheck{QStringLiteral("org:admin"), {}}));
        QVERIFY(!auth->checkAuthorization(AuthorizationCheck{QStringLiteral("org:member"), {}}));
        QVERIFY(auth->checkAuthorization(AuthorizationCheck{QStringLiteral("org:admin"), {}}));
        // The session token now names the organization (v2 `o` claim).
        const QJsonObject claims = jwtClaims(auth->sessionToken());
        QCOMPARE(claims.value(QLatin1String("o")).toObject().value(QLatin1String("id")).toString(), kAcme);

        o = await(auth->setActiveOrganization(kGlobex));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->organization().slug, QStringLiteral("globex"));
        QVERIFY(auth->hasRole(QStringLiteral("org:member")));
        QVERIFY(!auth->hasRole(QStringLiteral("org:admin")));
        QVERIFY(auth->hasPermission(QStringLiteral("org:invoices:read")));
        QVERIFY(!auth->hasPermission(QStringLiteral("org:invoices:write")));
        QCOMPARE(jwtClaims(auth->sessionToken()).value(QLatin1String("o")).toObject().value(QLatin1String("id")).toString(),
                 kGlobex);

        // Back to the personal account.
        o = await(auth->setActiveOrganization(QString()));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth->organization().isNull());
        QVERIFY(auth->session().lastActiveOrganizationId.isEmpty());
        QVERIFY(!auth->hasPermission(QStringLiteral("org:invoices:read")));
        QVERIFY(!jwtClaims(auth->sessionToken()).contains(QLatin1String("o")));
    }

    // Every FAPI answer carries the client. An answer to an earlier read that lands late tells of the client as it
    // was before a later request changed it, and must not undo that change (here: back to the personal account).
    void lateReadDoesNotUndoALaterChange()
    {
        auto auth = signedInJane();
        QVERIFY(auth);
        QVERIFY(auth->organization().isNull());
        ClerkEmulator::Fault slow;
        slow.pattern = QStringLiteral("GET /v1/me/organization_invitations*");
        slow.kind = ClerkEmulator::Fault::Kind::SlowAnswer;
        slow.latencyMs = 3000;
        slow.count = 1;
        QVERIFY(!server.addFault(slow).isEmpty());
        QSignalSpy served(&server, &ClerkEmulator::Server::requestServed);
        Reply *read = auth->organizationManager()->loadMyInvitations();
        read->setAutoDelete(false);
        QTRY_VERIFY_WITH_TIMEOUT(!served.isEmpty(), 10000);
        QCOMPARE(served.first().at(0).toString(), QStringLiteral("GET /v1/me/organization_invitations"));

        const Outcome switched = await(auth->setActiveOrganization(kAcme));
        QVERIFY2(switched.ok(), qPrintable(switched.error.toString()));
        QCOMPARE(auth->organization().id, kAcme);
        QVERIFY2(!read->isFinished(), "the read's answer must land after the switch's");
        QSignalSpy organizationSpy(auth.get(), &Auth::organizationChanged);

        const Outcome late = await(read);
        QVERIFY2(late.ok(), qPrintable(late.error.toString()));
        QCOMPARE(auth->organization().id, kAcme);
        QCOMPARE(auth->session().lastActiveOrganizationId, kAcme);
        QCOMPARE(organizationSpy.count(), 0);
        // The next read tells of the client as it is now.
        QVERIFY(await(auth->reload()).ok());
        QCOMPARE(auth->organization().id, kAcme);
    }

    void touchEndRemove()
    {
        auto auth = signedInJane();
        QVERIFY(auth);
        QVERIFY(await(auth->setActiveOrganization(kAcme)).ok());
        const int touchesBefore = server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/touch"));
        Outcome o = await(auth->touchSession());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/touch")), touchesBefore + 1);
        QCOMPARE(auth->organization().id, kAcme); // touch keeps the organization
        QVERIFY(auth->isSignedIn());

        // end(): the reply carries the ended session; nobody is signed in any more.
        const QString janeSession = auth->session().id;
        o = await(auth->endSession());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Session>().id, janeSession);
        QCOMPARE(o.result.value<Session>().status, Session::Status::Ended);
        QVERIFY(!auth->isSignedIn());
        QCOMPARE(auth->status(), Auth::Status::SignedOut);
        QVERIFY(auth->sessionToken().isEmpty());
        for (const Session &s : auth->sessions())
            QVERIFY(s.id != janeSession || s.status == Session::Status::Ended);

        // remove(): sign in again and remove that session.
        QVERIFY(await(auth->signIn(kJane, kJanePassword)).ok());
        const QString second = auth->session().id;
        QVERIFY(second != janeSession);
        o = await(auth->removeSession(second));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Session>().status, Session::Status::Removed);
        QVERIFY(!auth->isSignedIn());
        for (const Session &s : auth->sessions())
            QVERIFY(s.id != second || s.status == Session::Status::Removed);
        // Nothing active: acting on "the active session" is a typed error.
        o = await(auth->touchSession());
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
    }

    void me()
    {
        auto auth = signedInJane();
        QVERIFY(auth);
        Outcome o = await(auth->reloadUser());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<User>().id, auth->user().id);
        QCOMPARE(o.result.value<User>().publicMetadata.value(QStringLiteral("plan")).toString(), QStringLiteral("pro"));

        QSignalSpy userSpy(auth.get(), &Auth::userChanged);
        UserUpdate update;
        update.firstName = QStringLiteral("Janet");
        update.unsafeMetadata = QVariantMap{{QStringLiteral("theme"), QStringLiteral("dark")}};
        o = await(auth->updateUser(update));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<User>().firstName, QStringLiteral("Janet"));
        QCOMPARE(auth->user().firstName, QStringLiteral("Janet"));
        QCOMPARE(auth->user().lastName, QStringLiteral("Doe"));
        QCOMPARE(auth->user().unsafeMetadata.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QVERIFY(userSpy.count() >= 1);

        // Unsafe metadata merges (Clerk's PATCH /v1/me/metadata): other keys stay, nested objects merge, null removes.
        UserUpdate merge;
        merge.unsafeMetadata = QVariantMap{{QStringLiteral("prefs"), QVariantMap{{QStringLiteral("lang"), QStringLiteral("de")}}}};
        QVERIFY(await(auth->updateUser(merge)).ok());
        merge.unsafeMetadata = QVariantMap{{QStringLiteral("prefs"), QVariantMap{{QStringLiteral("tz"), QStringLiteral("CET")}}},
                                           {QStringLiteral("theme"), QVariant::fromValue(nullptr)}};
        o = await(auth->updateUser(merge));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!auth->user().unsafeMetadata.contains(QStringLiteral("theme")));
        const QVariantMap prefs = auth->user().unsafeMetadata.value(QStringLiteral("prefs")).toMap();
        QCOMPARE(prefs.value(QStringLiteral("lang")).toString(), QStringLiteral("de"));
        QCOMPARE(prefs.value(QStringLiteral("tz")).toString(), QStringLiteral("CET"));
        QCOMPARE(auth->user().firstName, QStringLiteral("Janet"));

        // The form QML passes (a map converted to UserUpdate: only the keys present are sent), and the change
        // survives a reload from the server.
        o = await(auth->updateUser(
            QVariant(QVariantMap{{QStringLiteral("lastName"), QStringLiteral("Roe")}}).value<UserUpdate>()));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        o = await(auth->reloadUser());
        QVERIFY(o.ok());
        QCOMPARE(auth->user().fullName(), QStringLiteral("Janet Roe"));

        // Bad input: a typed error, the user is unchanged.
        UserUpdate badPrimary;
        badPrimary.primaryEmailAddressId = QStringLiteral("idn_nope");
        o = await(auth->updateUser(badPrimary));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(auth->user().fullName(), QStringLiteral("Janet Roe"));
        o = await(auth->updateUser(UserUpdate{}));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
    }
};

QTEST_GUILESS_MAIN(tst_AuthSessions)
#include "tst_auth_sessions.moc"
