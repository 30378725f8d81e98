// Issue #18, items 2 and 3, through the public API against the emulator over real HTTP: session tasks
// (choose-organization, setup-mfa) on their instance profiles, client trust on a new device, reverification at
// each level, and AuthorizedNetworkAccessManager's step-up on an app API that judges the token's `fva` claim.
#include "testhelpers.h"

#include <ClerkQt/authorizednetworkaccessmanager.h>
#include <ClerkQt/tokenverifier.h>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTimeZone>

using namespace Clerk;
using namespace TestHelpers;

namespace {

/// Minutes since the first factor (`fva[0]`) of a session JWT; -2 when the claim is missing.
int firstFactorAge(const QJsonObject &claims)
{
    const QJsonArray fva = claims.value(QLatin1String("fva")).toArray();
    return fva.size() == 2 ? fva.at(0).toInt() : -2;
}

int firstFactorAge(const QString &jwt) { return firstFactorAge(jwtClaims(jwt)); }

int secondFactorAge(const QString &jwt)
{
    const QJsonArray fva = jwtClaims(jwt).value(QLatin1String("fva")).toArray();
    return fva.size() == 2 ? fva.at(1).toInt() : -2;
}

/// An app's API that wants a first factor verified in the last ten minutes, as a Clerk backend decides it from
/// the verified token's `fva` claim; it answers Clerk's reverification hint otherwise (401 for a token that does
/// not verify). `/always` asks every time. It verifies with the emulator's keys, on the emulator's clock (the
/// tests move it forward to age the factors).
class StepUpApi
{
public:
    QHttpServer server;
    QStringList tokens; ///< the bearer token of every request, in order
    quint16 port = 0;
    std::unique_ptr<TokenVerifier> verifier;

    explicit StepUpApi(const ClerkEmulator::Server &clerk)
    {
        TokenVerifierConfig config;
        config.jwks = clerk.jwks();
        config.issuer = clerk.issuer();
        config.clock = [&clerk] { return QDateTime::fromMSecsSinceEpoch(clerk.now(), QTimeZone::utc()); };
        verifier = std::make_unique<TokenVerifier>(config);
        const auto hint = [] {
            const QJsonObject reverification{{QStringLiteral("level"), QStringLiteral("first_factor")},
                                             {QStringLiteral("afterMinutes"), 10}};
            return QJsonObject{{QStringLiteral("clerk_error"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("forbidden")},
                                            {QStringLiteral("reason"), QStringLiteral("reverification-error")},
                                            {QStringLiteral("metadata"),
                                             QJsonObject{{QStringLiteral("reverification"), reverification}}}}}};
        };
        server.route(QStringLiteral("/<arg>"), [this, hint](const QString &path, const QHttpServerRequest &request) {
            const QString token = TokenVerifier::tokenFromAuthorizationHeader(request.value("Authorization"));
            tokens << token;
            const TokenVerification verified = verifier->verify(token);
            if (!verified.ok())
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
            const int age = firstFactorAge(QJsonObject::fromVariantMap(verified.claims().raw()));
            if (path == QLatin1String("always") || age < 0 || age > 10)
                return QHttpServerResponse(hint(), QHttpServerResponse::StatusCode::Forbidden);
            return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
        });
    }
    bool start()
    {
        auto *tcp = new QTcpServer(&server);
        if (!tcp->listen(QHostAddress::LocalHost, 0))
            return false;
        port = tcp->serverPort();
        server.bind(tcp);
        return true;
    }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(path)); }
};

} // namespace

class tst_SessionTasks : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;
    QString service;
    const QString tokensRoute = QStringLiteral("POST /v1/client/sessions/{session_id}/tokens");

    void useProfile(const char *name)
    {
        QString error;
        const QJsonObject seed = ClerkEmulator::Server::profileSeed(QString::fromLatin1(name), &error);
        QVERIFY2(!seed.isEmpty(), qPrintable(error));
        QVERIFY2(server.loadSeed(seed, &error), qPrintable(error));
    }

    std::unique_ptr<Auth> loadedAuth(const QString &keychainService)
    {
        auto auth = std::make_unique<Auth>(configFor(server, keychainService));
        return waitLoaded(*auth) ? std::move(auth) : nullptr;
    }

    std::unique_ptr<Auth> signedIn(const QString &who, const QString &password)
    {
        auto auth = loadedAuth(service);
        if (!auth)
            return nullptr;
        const Outcome o = await(auth->signIn(who, password));
        if (!o.ok()) {
            qWarning() << "sign-in failed:" << o.error.toString();
            return nullptr;
        }
        return auth;
    }

    /// Shifts the server's clock by `minutes` and takes a token minted then (its fva is that much older).
    QString ageFactors(Auth &auth, int minutes)
    {
        server.setClockOffset(qint64(minutes) * 60 * 1000);
        GetTokenOptions fresh;
        fresh.skipCache = true;
        const Outcome o = await(auth.getToken(fresh));
        return o.ok() ? o.result.toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        service = uniqueService("tasks");
    }
    void init() { server.reset(); }
    void cleanup()
    {
        server.loadSeed(ClerkEmulator::Server::defaultSeed());
        deleteKeychain(service, keychainKey(service, server.publishableKey()));
    }

    void chooseOrganizationTask()
    {
        useProfile("organization-required");
        auto auth = loadedAuth(service);
        QVERIFY(auth);
        QSignalSpy signedInSpy(auth.get(), &Auth::signedInChanged);
        const Outcome o = await(auth->signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Auth::Status>(), Auth::Status::NeedsTask);
        QCOMPARE(auth->status(), Auth::Status::NeedsTask);
        QCOMPARE(auth->session().status, Session::Status::Pending);
        QCOMPARE(auth->session().tasks, QStringList{QStringLiteral("choose-organization")});
        QCOMPARE(auth->session().currentTask(), QStringLiteral("choose-organization"));
        // The UI needs who signs in and their organizations; nothing is signed in and no token is fetched.
        QCOMPARE(auth->user().primaryEmailAddress(), kJane);
        QCOMPARE(auth->organizations().size(), 2);
        QVERIFY(!auth->isSignedIn());
        QCOMPARE(signedInSpy.count(), 0);
        QVERIFY(auth->sessionToken().isEmpty());
        QCOMPARE(await(auth->getToken()).error.code(), QStringLiteral("clerkqt_signed_out"));
        QCOMPARE(server.requestCount(tokensRoute), 0);

        // Choosing an organization finishes the task: the session is active, with a token for that organization.
        QSignalSpy tokenSpy(auth.get(), &Auth::sessionTokenChanged);
        const Outcome chosen = await(auth->setActiveOrganization(kAcme));
        QVERIFY2(chosen.ok(), qPrintable(chosen.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QVERIFY(auth->isSignedIn());
        QCOMPARE(auth->session().status, Session::Status::Active);
        QVERIFY(auth->session().tasks.isEmpty());
        QVERIFY(auth->session().currentTask().isEmpty());
        QTRY_VERIFY(!auth->sessionToken().isEmpty());
        QCOMPARE(auth->sessionClaims().organizationId(), kAcme);
        QCOMPARE(auth->organization().id, kAcme);
        QVERIFY(tokenSpy.count() >= 1);

        // A user without memberships has nothing to choose on the same instance.
        const QString other = uniqueService("tasks-bob");
        auto bob = loadedAuth(other);
        QVERIFY(bob);
        const Outcome b = await(bob->signIn(kBob, kBobPassword));
        QVERIFY2(b.ok(), qPrintable(b.error.toString()));
        QCOMPARE(bob->status(), Auth::Status::NeedsSecondFactor);
        const Outcome second =
            await(bob->attemptSecondFactor(Factor::Strategy::Totp, totp(kBobTotpSecret, server.now())));
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QCOMPARE(bob->status(), Auth::Status::SignedIn);
        bob.reset();
        deleteKeychain(other, keychainKey(other, server.publishableKey()));
    }

    void chooseOrganizationRejectsStranger()
    {
        useProfile("organization-required");
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        QCOMPARE(auth->status(), Auth::Status::NeedsTask);
        // Not one of hers: Clerk's 404, and the task is still there.
        const Outcome o = await(auth->setActiveOrganization(QStringLiteral("org_2nobody00000000000000000009")));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("resource_not_found"));
        QCOMPARE(auth->status(), Auth::Status::NeedsTask);
        QCOMPARE(auth->session().currentTask(), QStringLiteral("choose-organization"));
    }

    void setupMfaTask()
    {
        useProfile("mfa-required");
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        QCOMPARE(auth->status(), Auth::Status::NeedsTask);
        QCOMPARE(auth->session().currentTask(), QStringLiteral("setup-mfa"));
        QVERIFY(auth->sessionToken().isEmpty());

        // The Account works for the pending session: enrolling an authenticator app is the task.
        const Outcome created = await(auth->account()->createTotp());
        QVERIFY2(created.ok(), qPrintable(created.error.toString()));
        const TotpSetup setup = created.result.value<TotpSetup>();
        QVERIFY(!setup.secret.isEmpty());
        QCOMPARE(await(auth->account()->verifyTotp(QStringLiteral("000000"))).error.code(),
                 QStringLiteral("form_code_incorrect"));
        QCOMPARE(auth->status(), Auth::Status::NeedsTask);
        const Outcome verified = await(auth->account()->verifyTotp(totp(setup.secret, server.now())));
        QVERIFY2(verified.ok(), qPrintable(verified.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QVERIFY(auth->isSignedIn());
        QTRY_VERIFY(!auth->sessionToken().isEmpty());
        QVERIFY(auth->user().twoFactorEnabled);
    }

    void clientTrust()
    {
        useProfile("client-trust");
        auto auth = loadedAuth(service);
        QVERIFY(auth);
        Outcome o = await(auth->signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::NeedsClientTrust);
        QCOMPARE(auth->signInAttempt().status, SignInAttempt::Status::NeedsClientTrust);
        QVERIFY(auth->signInAttempt().supportsSecondFactor(Factor::Strategy::EmailCode));
        QVERIFY(!auth->isSignedIn());

        o = await(auth->prepareSecondFactor(Factor::Strategy::EmailCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(await(auth->attemptSecondFactor(Factor::Strategy::EmailCode, QStringLiteral("000000"))).error.code(),
                 QStringLiteral("form_code_incorrect"));
        QCOMPARE(auth->status(), Auth::Status::NeedsClientTrust);
        o = await(auth->attemptSecondFactor(Factor::Strategy::EmailCode, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
        QTRY_VERIFY(!auth->sessionToken().isEmpty());

        // The device is known now: after ending that session, the password alone signs her in again.
        o = await(auth->endSession());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        o = await(auth->signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->status(), Auth::Status::SignedIn);
    }

    void reverifyFirstFactorFallback()
    {
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        Reverification *r = auth->reverification();
        QCOMPARE(r->status(), Reverification::Status::None);
        QCOMPARE(await(r->attemptFirstFactor(Factor::Strategy::Password, kJanePassword)).error.code(),
                 QStringLiteral("clerkqt_no_reverification"));
        const QString aged = ageFactors(*auth, 30);
        QCOMPARE(firstFactorAge(aged), 30);
        QCOMPARE(secondFactorAge(aged), -1);

        // No second factor: Clerk falls back to the first.
        Outcome o = await(r->start(Reverification::Level::SecondFactor));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(r->level(), Reverification::Level::FirstFactor);
        QCOMPARE(r->status(), Reverification::Status::NeedsFirstFactor);
        QVERIFY(!r->supportedFirstFactors().isEmpty());
        QCOMPARE(r->supportedFirstFactors().first().strategy, Factor::Strategy::Password);
        QVERIFY(r->supportedSecondFactors().isEmpty());
        QCOMPARE(await(r->attemptFirstFactor(Factor::Strategy::Password, QStringLiteral("wrong"))).error.code(),
                 QStringLiteral("form_password_incorrect"));

        QSignalSpy completed(r, &Reverification::completed);
        o = await(r->attemptFirstFactor(Factor::Strategy::Password, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Reverification::Status>(), Reverification::Status::Complete);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(firstFactorAge(auth->sessionToken()), 0);
        QCOMPARE(auth->session().raw.value(QLatin1String("factor_verification_age")).toArray().at(0).toInt(), 0);
    }

    void reverifyByEmailCode()
    {
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        ageFactors(*auth, 20);
        Reverification *r = auth->reverification();
        QVERIFY(await(r->start(Reverification::Level::FirstFactor)).ok());
        Outcome o = await(r->prepareFirstFactor(Factor::Strategy::EmailCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        o = await(r->attemptFirstFactor(Factor::Strategy::EmailCode, QStringLiteral(" %1 ").arg(kTestCode)));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(r->status(), Reverification::Status::Complete);
        QCOMPARE(firstFactorAge(auth->sessionToken()), 0);
    }

    void reverifyMultiAndSecondFactor()
    {
        auto auth = signedIn(kBob, kBobPassword);
        QVERIFY(auth);
        QVERIFY(await(auth->attemptSecondFactor(Factor::Strategy::Totp, totp(kBobTotpSecret, server.now()))).ok());
        const QString aged = ageFactors(*auth, 45);
        QCOMPARE(secondFactorAge(aged), 45);
        Reverification *r = auth->reverification();

        Outcome o = await(r->start(Reverification::Level::MultiFactor));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(r->level(), Reverification::Level::MultiFactor);
        QCOMPARE(r->status(), Reverification::Status::NeedsFirstFactor);
        QVERIFY(!r->supportedSecondFactors().isEmpty());
        o = await(r->attemptFirstFactor(Factor::Strategy::Password, kBobPassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(r->status(), Reverification::Status::NeedsSecondFactor);
        o = await(r->attemptSecondFactor(Factor::Strategy::Totp, totp(kBobTotpSecret, server.now())));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(r->status(), Reverification::Status::Complete);
        QCOMPARE(firstFactorAge(auth->sessionToken()), 0);
        QCOMPARE(secondFactorAge(auth->sessionToken()), 0);

        // The second factor alone, with a backup code.
        ageFactors(*auth, 90);
        o = await(r->start(Reverification::Level::SecondFactor));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(r->status(), Reverification::Status::NeedsSecondFactor);
        QCOMPARE(await(r->attemptSecondFactor(Factor::Strategy::BackupCode, QStringLiteral("bkp-00000000"))).error.code(),
                 QStringLiteral("form_code_incorrect"));
        o = await(r->attemptSecondFactor(Factor::Strategy::BackupCode, QStringLiteral("bkp-11111111")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(secondFactorAge(auth->sessionToken()), 0);
        QCOMPARE(firstFactorAge(auth->sessionToken()), 45); // only the second factor was verified again
    }

    void reverifyWithoutSession()
    {
        auto auth = loadedAuth(service);
        QVERIFY(auth);
        Reverification *r = auth->reverification();
        QCOMPARE(await(r->start(Reverification::Level::FirstFactor)).error.code(), QStringLiteral("clerkqt_signed_out"));
        // Even with a UI to ask, there is no session to step up.
        QSignalSpy required(r, &Reverification::required);
        QVERIFY(!r->request(Reverification::Level::FirstFactor));
        QCOMPARE(required.count(), 0);
        QVERIFY(!r->isRequested());
    }

    void networkStepUpReplaysOnce()
    {
        StepUpApi api(server);
        QVERIFY(api.start());
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        QCOMPARE(firstFactorAge(ageFactors(*auth, 20)), 20);
        Reverification *r = auth->reverification();
        QSignalSpy required(r, &Reverification::required);
        // The UI: verify with the password as soon as a step-up is asked for.
        connect(r, &Reverification::required, this, [r](Reverification::Level level) {
            r->start(level)->then(r, [r] {
                r->attemptFirstFactor(Factor::Strategy::Password, kJanePassword);
            });
        });
        AuthorizedNetworkAccessManager nam(auth.get());
        nam.setAllowedOrigins({api.url(QString())});

        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(api.url(QStringLiteral("secure")))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(required.count(), 1);
        QCOMPARE(required.first().first().value<Reverification::Level>(), Reverification::Level::FirstFactor);
        QCOMPARE(api.tokens.size(), 2);
        QCOMPARE(firstFactorAge(api.tokens.at(0)), 20);
        QCOMPARE(firstFactorAge(api.tokens.at(1)), 0);
        QVERIFY(!r->isRequested());

        // An API that asks again after the step-up gets its 403 delivered: one replay, never two.
        api.tokens.clear();
        ageFactors(*auth, 40);
        reply.reset(nam.get(QNetworkRequest(api.url(QStringLiteral("always")))));
        QSignalSpy again(reply.get(), &QNetworkReply::finished);
        QVERIFY(again.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QVERIFY(reply->readAll().contains("reverification-error"));
        QCOMPARE(api.tokens.size(), 2);
        QCOMPARE(required.count(), 2);
    }

    void networkStepUpCanceled()
    {
        StepUpApi api(server);
        QVERIFY(api.start());
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        ageFactors(*auth, 20);
        AuthorizedNetworkAccessManager nam(auth.get());
        nam.setAllowedOrigins({api.url(QString())});

        // Nobody to ask (no UI connected): the 403 is the answer at once.
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(api.url(QStringLiteral("secure")))));
        QSignalSpy direct(reply.get(), &QNetworkReply::finished);
        QVERIFY(direct.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QCOMPARE(api.tokens.size(), 1);

        // The user cancels: the original 403 arrives with its body, and nothing is sent again.
        Reverification *r = auth->reverification();
        QSignalSpy canceled(r, &Reverification::canceled);
        connect(r, &Reverification::required, r, [r] { QTimer::singleShot(0, r, [r] { r->cancel(); }); });
        reply.reset(nam.get(QNetworkRequest(api.url(QStringLiteral("secure")))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QVERIFY(reply->readAll().contains("reverification-error"));
        QCOMPARE(canceled.count(), 1);
        QCOMPARE(api.tokens.size(), 2);
        QVERIFY(!r->isRequested());
        QCOMPARE(r->status(), Reverification::Status::None);
    }
};

QTEST_GUILESS_MAIN(tst_SessionTasks)
#include "tst_session_tasks.moc"
