// Offline cold start (#18 item 5): the keychain entry keeps a token-free snapshot of the client beside the client
// token; a start without network shows it at once (offline), getToken() waits for the network, and the server's
// client reconciles it — a session revoked meanwhile signs out then. Real keychain, emulator over real HTTP.
#include "testhelpers.h"

#include <ClerkQt/authorizednetworkaccessmanager.h>

#include <QLoggingCategory>

using namespace Clerk;
using namespace TestHelpers;

namespace {

/// The keychain entry, read as the documented format 2: {"v":2,"client_token":…,"client":{…}}.
QJsonObject entryJson(const QString &service, const QString &key)
{
    return QJsonDocument::fromJson(readKeychain(service, key).second.toUtf8()).object();
}

QString firstSessionUserId(const QJsonObject &entry)
{
    const QJsonObject session = entry.value(QLatin1String("client")).toObject().value(QLatin1String("sessions"))
                                    .toArray().first().toObject();
    return session.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
}

void writeKeychain(const QString &service, const QString &key, const QString &value)
{
    QKeychain::WritePasswordJob job(service);
    job.setTextData(value);
    runKeychainJob(job, key);
    QCOMPARE(job.error(), QKeychain::NoError);
}

/// Every FAPI request of the SDK: dropped with a TCP reset, as a network that is gone drops it.
ClerkEmulator::Fault networkDown()
{
    ClerkEmulator::Fault fault;
    fault.pattern = QStringLiteral("/v1/*");
    fault.kind = ClerkEmulator::Fault::Kind::Reset;
    return fault;
}

} // namespace

class tst_OfflineStart : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;
    QString key;

    struct SignedIn
    {
        QString sessionId, userId, clientToken;
        QStringList sessionTokens; ///< every session JWT the SDK was handed while signed in
    };

    /// Signs Jane in, makes Acme her active organization, and waits until the keychain entry holds this client
    /// token and a snapshot naming her active organization.
    bool signInAndPersist(SignedIn *out)
    {
        SpyNam nam;
        Auth auth(configFor(server, service, &nam));
        connect(&auth, &Auth::sessionTokenChanged, this, [out](const QString &t) {
            if (!t.isEmpty())
                out->sessionTokens << t;
        });
        if (!waitLoaded(auth) || !await(auth.signIn(kJane, kJanePassword)).ok())
            return false;
        if (!await(auth.setActiveOrganization(kAcme)).ok())
            return false;
        out->sessionId = auth.session().id;
        out->userId = auth.user().id;
        QElapsedTimer t;
        t.start();
        auto persisted = [&] {
            const QJsonObject entry = entryJson(service, key);
            const QJsonObject session = entry.value(QLatin1String("client")).toObject()
                                            .value(QLatin1String("sessions")).toArray().first().toObject();
            return entry.value(QLatin1String("client_token")).toString() == nam.lastClientToken
                && session.value(QLatin1String("last_active_organization_id")).toString() == kAcme;
        };
        while (!persisted() && t.elapsed() < 20000)
            QTest::qWait(50);
        out->clientToken = nam.lastClientToken;
        return persisted();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("offline");
        key = keychainKey(service, server.publishableKey());
    }
    void init()
    {
        server.reset();
        deleteKeychain(service, key);
    }
    void cleanupTestCase() { deleteKeychain(service, key); }

    void offlineStartShowsTheLastKnownClient()
    {
        SignedIn before;
        QVERIFY(signInAndPersist(&before));
        server.addFault(networkDown());

        Auth auth(configFor(server, service));
        QList<Auth::Status> statuses;
        connect(&auth, &Auth::statusChanged, this, [&] { statuses << auth.status(); });
        QSignalSpy offlineChanges(&auth, &Auth::offlineChanged);
        QVERIFY(waitLoaded(auth, 10000));

        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QCOMPARE(statuses, QList<Auth::Status>{Auth::Status::SignedIn}); // never "signed out" on the way
        QVERIFY(auth.isOffline());
        QCOMPARE(offlineChanges.count(), 1);
        QCOMPARE(auth.property("offline").toBool(), true);
        QVERIFY(auth.isSignedIn());
        QCOMPARE(auth.user().id, before.userId);
        QCOMPARE(auth.user().primaryEmailAddress(), kJane);
        QCOMPARE(auth.session().id, before.sessionId);
        QCOMPARE(auth.sessions().size(), 1);
        QCOMPARE(auth.organization().id, kAcme);
        QVERIFY(!auth.organization().name.isEmpty()); // from the stored membership, not just the id
        QVERIFY(auth.sessionToken().isEmpty());
        QCOMPARE(auth.backgroundError().kind(), Error::Kind::Network);

        // getToken waits for the network instead of failing; the restore keeps retrying meanwhile.
        auto *pending = auth.getToken();
        pending->setAutoDelete(false);
        const int attempts = server.requestCount(QStringLiteral("GET /v1/client"));
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(QStringLiteral("GET /v1/client")) >= attempts + 2, 10000);
        QVERIFY(!pending->isFinished());
        QVERIFY(auth.isOffline());
        // The app's API (here the emulator's origin, which answers an unknown path with 404) waits the same way.
        AuthorizedNetworkAccessManager api(&auth);
        api.setAllowedOrigins({server.baseUrl()});
        std::unique_ptr<QNetworkReply> call(api.get(QNetworkRequest(server.baseUrl().resolved(QUrl("/api/me")))));
        QSignalSpy callFinished(call.get(), &QNetworkReply::finished);
        QVERIFY(!call->isFinished());

        // The network is back: the retry reconciles, the token arrives, offline ends.
        server.clearFaults();
        const Outcome got = await(pending);
        QVERIFY2(got.ok(), qPrintable(got.error.toString()));
        QCOMPARE(jwtClaims(got.result.toString()).value(QLatin1String("sid")).toString(), before.sessionId);
        QVERIFY(!auth.isOffline());
        QCOMPARE(offlineChanges.count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!auth.sessionToken().isEmpty(), 10000);
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QVERIFY2(auth.backgroundError().isNull(), qPrintable(auth.backgroundError().toString()));
        // Sent once the token came: an answer from the server, not "no session".
        QVERIFY(call->isFinished() || callFinished.wait(10000));
        QVERIFY(AuthorizedNetworkAccessManager::clerkError(call.get()).isNull());
        QVERIFY(call->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0);
    }

    void sessionRevokedMeanwhileSignsOutOnReconnect()
    {
        SignedIn before;
        QVERIFY(signInAndPersist(&before));
        QVERIFY(server.revokeSession(before.sessionId));
        server.addFault(networkDown());

        Auth auth(configFor(server, service));
        QSignalSpy byServer(&auth, &Auth::signedOutByServer);
        QVERIFY(waitLoaded(auth, 10000));
        QCOMPARE(auth.status(), Auth::Status::SignedIn); // as last known: the revocation is not known yet
        QVERIFY(auth.isOffline());
        auto *pending = auth.getToken();
        pending->setAutoDelete(false);

        server.clearFaults();
        QVERIFY(byServer.wait(10000));
        QCOMPARE(byServer.count(), 1);
        QCOMPARE(auth.status(), Auth::Status::SignedOut);
        QVERIFY(!auth.isOffline());
        QVERIFY(auth.user().isNull());
        const Outcome got = await(pending);
        QCOMPARE(got.error.code(), QStringLiteral("clerkqt_signed_out"));
        // The client is still valid: its entry stays, with no session in its snapshot any more.
        QTRY_VERIFY_WITH_TIMEOUT(
            entryJson(service, key).value(QLatin1String("client")).toObject().value(QLatin1String("sessions"))
                .toArray().first().toObject().value(QLatin1String("status")).toString() != QLatin1String("active"),
            20000);
    }

    void waitingEndsAtTheRequestTimeout()
    {
        SignedIn before;
        QVERIFY(signInAndPersist(&before));
        server.addFault(networkDown());
        AuthConfig config = configFor(server, service);
        config.requestTimeout = std::chrono::milliseconds(400);
        Auth auth(config);
        QVERIFY(waitLoaded(auth, 10000));
        QVERIFY(auth.isOffline());

        const Outcome got = await(auth.getToken(), 10000);
        QVERIFY(got.finished);
        QCOMPARE(got.error.kind(), Error::Kind::Network);
        QCOMPARE(got.error.code(), QStringLiteral("clerkqt_offline"));

        // The app's API through AuthorizedNetworkAccessManager: not sent, failed with the same typed error.
        AuthorizedNetworkAccessManager nam(&auth);
        nam.setAllowedOrigins({server.baseUrl()});
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(server.baseUrl().resolved(QUrl("/api/me")))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::AuthenticationRequiredError);
        QCOMPARE(AuthorizedNetworkAccessManager::clerkError(reply.get()).code(), QStringLiteral("clerkqt_offline"));
        QVERIFY(auth.isOffline());
    }

    void snapshotHoldsNoToken()
    {
        SignedIn before;
        QVERIFY(signInAndPersist(&before));
        QVERIFY(!before.sessionTokens.isEmpty());
        const QString entry = readKeychain(service, key).second;
        const QJsonObject json = QJsonDocument::fromJson(entry.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("v")).toInt(), 2);
        QCOMPARE(json.value(QLatin1String("client_token")).toString(), before.clientToken);
        QCOMPARE(firstSessionUserId(json), before.userId);
        // The client token is the one secret stored; nothing else token-like anywhere in the entry.
        QString rest = entry;
        rest.remove(before.clientToken);
        QVERIFY2(!rest.contains(QLatin1String("eyJ")), "a JWT-shaped value in the snapshot");
        for (const QString &jwt : std::as_const(before.sessionTokens))
            QVERIFY(!entry.contains(jwt));
        QVERIFY(!rest.contains(QLatin1String("last_active_token")));
        QVERIFY(!rest.contains(QLatin1String("\"jwt\"")));
    }

    void snapshotFollowsTheClient()
    {
        SignedIn before;
        QVERIFY(signInAndPersist(&before));
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        UserUpdate update;
        update.firstName = QStringLiteral("Janet");
        QVERIFY(await(auth.updateUser(update)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(entryJson(service, key).value(QLatin1String("client")).toObject()
                                      .value(QLatin1String("sessions")).toArray().first().toObject()
                                      .value(QLatin1String("user")).toObject().value(QLatin1String("first_name"))
                                      .toString(),
                                  QStringLiteral("Janet"), 20000);
    }

    void refreshedTokensAreNotWritten()
    {
        // Counted from the keychain's own log ("keychain write started"), the one place every write passes.
        static int writes = 0;
        static QtMessageHandler previous = nullptr;
        SignedIn before;
        QVERIFY(signInAndPersist(&before));
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        QTRY_VERIFY_WITH_TIMEOUT(!auth.sessionToken().isEmpty(), 10000);
        QLoggingCategory::setFilterRules(QStringLiteral("clerk.keychain.debug=true"));
        writes = 0;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &text) {
            if (QLatin1String(context.category) == QLatin1String("clerk.keychain")
                && text.contains(QLatin1String("write started")))
                ++writes;
            previous(type, context, text);
        });
        GetTokenOptions fresh;
        fresh.skipCache = true;
        QStringList tokens;
        for (int i = 0; i < 3; ++i) {
            const Outcome o = await(auth.getToken(fresh));
            QVERIFY2(o.ok(), qPrintable(o.error.toString()));
            tokens << o.result.toString();
        }
        QCOMPARE(tokens.size(), 3);
        // Nor is the same client read again: it is compared, token-free, with what is stored.
        QVERIFY(await(auth.reload()).ok());
        UserUpdate update;
        update.lastName = QStringLiteral("Roe");
        QVERIFY(await(auth.updateUser(update)).ok());
        // The new name is written; the three tokens and the unchanged client before it were not.
        QTRY_COMPARE_WITH_TIMEOUT(entryJson(service, key).value(QLatin1String("client")).toObject()
                                      .value(QLatin1String("sessions")).toArray().first().toObject()
                                      .value(QLatin1String("user")).toObject().value(QLatin1String("last_name"))
                                      .toString(),
                                  QStringLiteral("Roe"), 20000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(writes, 1);
    }

    void oldEntryMigrates()
    {
        // Entries written before the snapshot existed hold the bare client token; write one as they did.
        SignedIn before;
        QVERIFY(signInAndPersist(&before));
        writeKeychain(service, key, before.clientToken);
        QCOMPARE(readKeychain(service, key).second, before.clientToken);

        {
            // Offline without a snapshot: nothing to show, so it stays Loading as it always did.
            server.addFault(networkDown());
            Auth auth(configFor(server, service));
            QTRY_COMPARE_WITH_TIMEOUT(auth.backgroundError().kind(), Error::Kind::Network, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(QStringLiteral("GET /v1/client")) >= 2, 10000);
            QCOMPARE(auth.status(), Auth::Status::Loading);
            QVERIFY(!auth.isOffline());
            QCOMPARE(readKeychain(service, key).second, before.clientToken); // nothing rewritten from nothing
            server.clearFaults();
            QTRY_COMPARE_WITH_TIMEOUT(auth.status(), Auth::Status::SignedIn, 10000);
            QCOMPARE(auth.session().id, before.sessionId);
            // Known again: stored in the new format, with the snapshot.
            QTRY_COMPARE_WITH_TIMEOUT(entryJson(service, key).value(QLatin1String("v")).toInt(), 2, 20000);
        }
        const QJsonObject migrated = entryJson(service, key);
        QCOMPARE(migrated.value(QLatin1String("client_token")).toString(), before.clientToken);
        QCOMPARE(firstSessionUserId(migrated), before.userId);

        // And the migrated entry carries the next offline start.
        server.addFault(networkDown());
        Auth again(configFor(server, service));
        QVERIFY(waitLoaded(again, 10000));
        QVERIFY(again.isOffline());
        QCOMPARE(again.user().id, before.userId);
    }

    void offlineWhileSignedIn()
    {
        SignedIn before;
        QVERIFY(signInAndPersist(&before));
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        QCOMPARE(auth.status(), Auth::Status::SignedIn);
        QVERIFY(!auth.isOffline());

        ClerkEmulator::Fault tokensDown = networkDown();
        tokensDown.pattern = QStringLiteral("POST /v1/client/sessions/*/tokens*");
        server.addFault(tokensDown);
        GetTokenOptions fresh;
        fresh.skipCache = true;
        const Outcome failed = await(auth.getToken(fresh));
        QCOMPARE(failed.error.kind(), Error::Kind::Network);
        QTRY_VERIFY_WITH_TIMEOUT(auth.isOffline(), 10000);
        QCOMPARE(auth.status(), Auth::Status::SignedIn);

        // The background refresh retries with backoff and brings it back.
        server.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(!auth.isOffline(), 20000);
        QVERIFY(!auth.sessionToken().isEmpty());
    }

    void sameTokenAgainEndsOffline()
    {
        // Clerk's session tokens carry no jti: two minted within one second are alike byte for byte. The retry
        // that gets the token it already holds has still heard from the server — offline ends, the retries stop.
        Auth auth(configFor(server, service));
        QVERIFY(waitLoaded(auth));
        QVERIFY(await(auth.signIn(kJane, kJanePassword)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!auth.sessionToken().isEmpty(), 10000);
        server.setClockFrozen(true);
        GetTokenOptions fresh;
        fresh.skipCache = true;
        const QString held = await(auth.getToken(fresh)).result.toString();
        QVERIFY(!held.isEmpty());

        ClerkEmulator::Fault tokensDown = networkDown();
        tokensDown.pattern = QStringLiteral("POST /v1/client/sessions/*/tokens*");
        server.addFault(tokensDown);
        QCOMPARE(await(auth.getToken(fresh)).error.kind(), Error::Kind::Network);
        QTRY_VERIFY_WITH_TIMEOUT(auth.isOffline(), 10000);
        QVERIFY(!auth.backgroundError().isNull());

        server.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(!auth.isOffline(), 20000);
        QCOMPARE(auth.sessionToken(), held);
        QVERIFY(auth.backgroundError().isNull());
        // Waiters queued while offline are answered; the cached token is served without a new fetch.
        server.resetCounters();
        QCOMPARE(await(auth.getToken()).result.toString(), held);
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/client/sessions/{session_id}/tokens")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_OfflineStart)
#include "tst_offline_start.moc"
