// Issue #18 on the wire: pending sessions with Clerk's tasks (organization-required, mfa-required), client trust
// (needs_client_trust), and session reverification (POST …/verify and its factor steps) with the `fva` claim.
#include "flowsfixture.h"

#include <QtTest>

using namespace EmuTest;

namespace {

QPair<QString, QString> field(const char *name, const QString &value) { return {QString::fromLatin1(name), value}; }
QJsonObject clientOf(const FapiResponse &r) { return r.object().value(QLatin1String("client")).toObject(); }

} // namespace

class tst_EmulatorStepUp : public FlowsTestCase
{
    Q_OBJECT

    void useProfile(const char *name)
    {
        QString error;
        QVERIFY2(server.loadSeed(ClerkEmulator::Server::profileSeed(QString::fromLatin1(name), &error), &error),
                 qPrintable(error));
    }
    QString sessionPath(const QString &sid, const QString &rest) const
    {
        return QStringLiteral("/v1/client/sessions/%1%2").arg(sid, rest);
    }
    /// `fva` of a freshly minted token of `sid`; empty when none could be minted.
    QJsonArray fva(const QString &sid)
    {
        const FapiResponse t = mint(sid);
        const QString jwt = t.object().value(QLatin1String("jwt")).toString();
        return decodeJwt(jwt).payload.value(QLatin1String("fva")).toArray();
    }

private Q_SLOTS:
    void pendingUntilOrganizationChosen()
    {
        useProfile("organization-required");
        const FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        const QJsonObject session = sessionIn(clientOf(flow.last), flow.sessionId);
        QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(session.value(QLatin1String("tasks")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("choose-organization")}}}));
        QVERIFY(session.value(QLatin1String("last_active_token")).isNull());
        EMU_EXPECT_STATUS(mint(flow.sessionId), 401); // no token for a pending session

        // The personal account does not finish it; an organization of hers does.
        FapiResponse touched = c.post(sessionPath(flow.sessionId, QStringLiteral("/touch")),
                                      {{QStringLiteral("active_organization_id"), QString()}});
        EMU_EXPECT_STATUS(touched, 200);
        QCOMPARE(touched.response().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        touched = c.post(sessionPath(flow.sessionId, QStringLiteral("/touch")),
                         {{QStringLiteral("active_organization_id"), Seed::globexId}});
        EMU_EXPECT_STATUS(touched, 200);
        QCOMPARE(touched.response().value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QVERIFY(touched.response().value(QLatin1String("tasks")).isNull());
        QVERIFY(touched.response().value(QLatin1String("last_active_token")).isObject());
        EMU_EXPECT_STATUS(mint(flow.sessionId), 200);
    }

    void pendingUntilMfaEnrolled()
    {
        useProfile("mfa-required");
        const FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        QCOMPARE(sessionIn(clientOf(flow.last), flow.sessionId)
                     .value(QLatin1String("tasks")).toArray().first().toObject().value(QLatin1String("key")).toString(),
                 QStringLiteral("setup-mfa"));
        // /v1/me works for the pending session: enrolling the authenticator app is the task.
        FapiResponse created = c.post(QStringLiteral("/v1/me/totp"));
        EMU_EXPECT_STATUS(created, 200);
        const QByteArray secret = base32Decode(created.response().value(QLatin1String("secret")).toString().toLatin1());
        FapiResponse verified = c.post(QStringLiteral("/v1/me/totp/attempt_verification"),
                                       {{QStringLiteral("code"), totp(secret, server.now() / 1000)}});
        EMU_EXPECT_STATUS(verified, 200);
        const QJsonObject session = sessionIn(clientOf(verified), flow.sessionId);
        QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QVERIFY(session.value(QLatin1String("last_active_token")).isObject());
        // A user with a second factor already has no task on this instance.
        c.forgetClient();
        const FlowResult bob =
            signInWithPassword(c, Seed::bobEmail, Seed::bobPassword, QStringLiteral("needs_second_factor"));
        EMU_EXPECT_FLOW(bob);
    }

    void clientTrustOnNewDevice()
    {
        useProfile("client-trust");
        FlowResult flow =
            signInWithPassword(c, Seed::janeEmail, Seed::janePassword, QStringLiteral("needs_client_trust"));
        EMU_EXPECT_FLOW(flow);
        const QJsonObject attempt = flow.last.response();
        QCOMPARE(attempt.value(QLatin1String("client_trust_state")).toString(), QStringLiteral("new"));
        const QJsonArray factors = attempt.value(QLatin1String("supported_second_factors")).toArray();
        QCOMPARE(factors.first().toObject().value(QLatin1String("strategy")).toString(), QStringLiteral("email_code"));
        const QString base = QStringLiteral("/v1/client/sign_ins/%1").arg(flow.signInId);
        const QString prepare = base + QStringLiteral("/prepare_second_factor");
        EMU_EXPECT_STATUS(c.post(prepare, {field("strategy", QStringLiteral("totp"))}), 422);
        EMU_EXPECT_STATUS(c.post(prepare, {field("strategy", QStringLiteral("phone_code"))}), 200);
        FapiResponse done = c.post(base + QStringLiteral("/attempt_second_factor"),
                                   {field("strategy", QStringLiteral("phone_code")), field("code", Seed::testCode)});
        EMU_EXPECT_STATUS(done, 200);
        QCOMPARE(done.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        const QString sid = done.response().value(QLatin1String("created_session_id")).toString();
        QCOMPARE(fva(sid), (QJsonArray{0, -1})); // the device code is no second factor

        // Known on this client from now on.
        EMU_EXPECT_STATUS(c.post(sessionPath(sid, QStringLiteral("/end"))), 200);
        flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        EMU_EXPECT_FLOW(flow);
        QCOMPARE(flow.last.response().value(QLatin1String("client_trust_state")).toString(), QStringLiteral("known"));
    }

    void reverificationFallsBackWithoutSecondFactor()
    {
        const QString sid = signInJane();
        QVERIFY(!sid.isEmpty());
        // A step before the start is the emulator's verification_missing (Clerk's code for it is not documented).
        FapiResponse early = c.post(sessionPath(sid, QStringLiteral("/verify/attempt_first_factor")),
                                    {{QStringLiteral("strategy"), QStringLiteral("password")}});
        EMU_EXPECT_STATUS(early, 400);
        QCOMPARE(early.errorCode(), QStringLiteral("verification_missing"));
        const QString verify = sessionPath(sid, QStringLiteral("/verify"));
        EMU_EXPECT_STATUS(c.post(verify, {field("level", QStringLiteral("all"))}), 422);
        server.setClockOffset(25 * 60 * 1000);
        QCOMPARE(fva(sid), (QJsonArray{25, -1}));
        FapiResponse started = c.post(sessionPath(sid, QStringLiteral("/verify")),
                                      {{QStringLiteral("level"), QStringLiteral("multi_factor")}});
        EMU_EXPECT_STATUS(started, 200);
        QCOMPARE(started.response().value(QLatin1String("object")).toString(),
                 QStringLiteral("session_reverification"));
        QCOMPARE(started.response().value(QLatin1String("level")).toString(), QStringLiteral("first_factor"));
        QCOMPARE(started.response().value(QLatin1String("status")).toString(), QStringLiteral("needs_first_factor"));
        FapiResponse wrong = c.post(sessionPath(sid, QStringLiteral("/verify/attempt_first_factor")),
                                    {field("strategy", QStringLiteral("password")),
                                     field("password", QStringLiteral("nope"))});
        QCOMPARE(wrong.errorCode(), QStringLiteral("form_password_incorrect"));
        EMU_EXPECT_STATUS(c.post(sessionPath(sid, QStringLiteral("/verify/prepare_first_factor")),
                                 {{QStringLiteral("strategy"), QStringLiteral("email_code")}}), 200);
        FapiResponse done = c.post(sessionPath(sid, QStringLiteral("/verify/attempt_first_factor")),
                                   {field("strategy", QStringLiteral("email_code")), field("code", Seed::testCode)});
        EMU_EXPECT_STATUS(done, 200);
        QCOMPARE(done.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        const QJsonObject verifiedSession = done.response().value(QLatin1String("session")).toObject();
        QCOMPARE(verifiedSession.value(QLatin1String("factor_verification_age")).toArray(), (QJsonArray{0, -1}));
        QCOMPARE(fva(sid), (QJsonArray{0, -1}));
    }

    void reverificationSecondFactor()
    {
        const FlowResult flow =
            signInWithPassword(c, Seed::bobEmail, Seed::bobPassword, QStringLiteral("needs_second_factor"));
        EMU_EXPECT_FLOW(flow);
        FapiResponse second = c.post(QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor").arg(flow.signInId),
                                     {{QStringLiteral("strategy"), QStringLiteral("totp")},
                                      field("code", totp(base32Decode(Seed::bobTotpSecret), server.now() / 1000))});
        EMU_EXPECT_STATUS(second, 200);
        const QString sid = second.response().value(QLatin1String("created_session_id")).toString();
        server.setClockOffset(61 * 60 * 1000);
        QCOMPARE(fva(sid), (QJsonArray{61, 61}));
        FapiResponse started =
            c.post(sessionPath(sid, QStringLiteral("/verify")), {field("level", QStringLiteral("second_factor"))});
        EMU_EXPECT_STATUS(started, 200);
        QCOMPARE(started.response().value(QLatin1String("status")).toString(), QStringLiteral("needs_second_factor"));
        QCOMPARE(started.response().value(QLatin1String("supported_second_factors")).toArray().first().toObject()
                     .value(QLatin1String("strategy")).toString(), QStringLiteral("totp"));
        EMU_EXPECT_STATUS(c.post(sessionPath(sid, QStringLiteral("/verify/attempt_first_factor")),
                                 {field("strategy", QStringLiteral("password")), field("password", Seed::bobPassword)}),
                          422);
        FapiResponse done = c.post(sessionPath(sid, QStringLiteral("/verify/attempt_second_factor")),
                                   {field("strategy", QStringLiteral("backup_code")),
                                    field("code", QStringLiteral("bkp-22222222"))});
        EMU_EXPECT_STATUS(done, 200);
        QCOMPARE(done.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(fva(sid), (QJsonArray{61, 0}));
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorStepUp)
#include "tst_emulator_stepup.moc"
