// Issue #18, item 4 on the emulator's side, over real HTTP as a native client: tickets minted by the control API
// (sign-in tokens, invitations) and Clerk's ticket errors, email links (`GET /v1/verify` from any browser, the
// control mailbox, expiry) and enterprise SSO (connections by email domain, the provider page, the callback).
#include "fapitestclient.h"

using namespace EmuTest;

namespace {

const QString kErin = QStringLiteral("erin@corp.example");

QString queryValue(const QByteArray &location, const char *key)
{
    return QUrlQuery(QUrl(QString::fromUtf8(location))).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

} // namespace

class tst_EmulatorTickets : public QObject
{
    Q_OBJECT

private:
    ClerkEmulator::Server server;
    FapiTestClient c;

    /// The control mailbox (`GET /__emulator/email_links?email_address=…`), asked without any client.
    FapiResponse mailbox(const QString &email)
    {
        RequestOptions o;
        o.sendToken = false;
        o.addNativeFlag = false;
        return c.request("GET", QStringLiteral("/__emulator/email_links?email_address=")
                             + QString::fromLatin1(QUrl::toPercentEncoding(email)), {}, o);
    }

    /// A request from a browser that has nothing of any client (another device).
    FapiResponse browser(const QString &url)
    {
        RequestOptions o;
        o.sendToken = false;
        o.addNativeFlag = false;
        const QUrl u(url);
        return c.request("GET", u.path() + QLatin1Char('?') + u.query(QUrl::FullyEncoded), {}, o);
    }

    /// Starts a sign-in for Jane and asks for an email link back to `redirect`; returns the sign-in id.
    QString prepareEmailLink(const QString &redirect)
    {
        const FapiResponse created = c.post(QStringLiteral("/v1/client/sign_ins"),
                                            {{QStringLiteral("identifier"), Seed::janeEmail}});
        const QString id = created.response().value(QLatin1String("id")).toString();
        const FapiResponse prepared = c.post(QStringLiteral("/v1/client/sign_ins/%1/prepare_first_factor").arg(id),
                                             {{QStringLiteral("strategy"), QStringLiteral("email_link")},
                                              {QStringLiteral("redirect_url"), redirect}});
        if (prepared.status != 200)
            qWarning("prepare email_link: %s", qPrintable(prepared.describe()));
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        c.setBaseUrl(server.baseUrl());
    }

    void init()
    {
        QVERIFY(server.loadSeed(ClerkEmulator::Server::defaultSeed()));
        server.setClockOffset(0);
        c.forgetClient();
    }

    void signInTokenWorksOnce()
    {
        const FapiResponse minted = c.control("POST", QStringLiteral("/__emulator/sign_in_tokens"),
                                              {{QStringLiteral("user_id"), Seed::janeId}});
        QCOMPARE(minted.status, 200);
        const QString token = minted.object().value(QLatin1String("token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(queryValue(minted.object().value(QLatin1String("url")).toString().toUtf8(), "__clerk_ticket"), token);

        const FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ins"),
                                      {{QStringLiteral("strategy"), QStringLiteral("ticket")},
                                       {QStringLiteral("ticket"), token}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        const QJsonObject verification = r.response().value(QLatin1String("first_factor_verification")).toObject();
        QCOMPARE(verification.value(QLatin1String("strategy")).toString(), QStringLiteral("ticket"));
        QCOMPARE(verification.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(r.client().value(QLatin1String("sessions")).toArray().first().toObject()
                     .value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString(),
                 Seed::janeId);

        c.forgetClient();
        const FapiResponse again = c.post(QStringLiteral("/v1/client/sign_ins"),
                                          {{QStringLiteral("strategy"), QStringLiteral("ticket")},
                                           {QStringLiteral("ticket"), token}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), QStringLiteral("ticket_invalid_code"));
        QCOMPARE(again.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("param_name")).toString(),
                 QStringLiteral("ticket"));

        QCOMPARE(c.control("POST", QStringLiteral("/__emulator/sign_in_tokens"),
                           {{QStringLiteral("user_id"), QStringLiteral("user_nobody")}}).status,
                 422);
    }

    void expiredTicket()
    {
        const QString token = c.control("POST", QStringLiteral("/__emulator/sign_in_tokens"),
                                        {{QStringLiteral("user_id"), Seed::janeId},
                                         {QStringLiteral("expires_in_seconds"), 30}})
                                  .object().value(QLatin1String("token")).toString();
        server.setClockOffset(31 * 1000);
        const FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ins"),
                                      {{QStringLiteral("strategy"), QStringLiteral("ticket")},
                                       {QStringLiteral("ticket"), token}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("ticket_expired_code"));
    }

    void invitationSignUpMakesTheMembership()
    {
        const QString email = QStringLiteral("invitee+clerk_test@example.com");
        const FapiResponse invitation = c.control("POST", QStringLiteral("/__emulator/invitations"),
                                                  {{QStringLiteral("email_address"), email},
                                                   {QStringLiteral("organization_id"), Seed::acmeId}});
        QCOMPARE(invitation.status, 200);
        const QString ticket = invitation.object().value(QLatin1String("ticket")).toString();
        QCOMPARE(queryValue(invitation.object().value(QLatin1String("url")).toString().toUtf8(), "__clerk_status"),
                 QStringLiteral("sign_up"));

        const FapiResponse r = c.post(QStringLiteral("/v1/client/sign_ups"),
                                      {{QStringLiteral("strategy"), QStringLiteral("ticket")},
                                       {QStringLiteral("ticket"), ticket},
                                       {QStringLiteral("password"), QStringLiteral("a long enough password")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(r.response().value(QLatin1String("email_address")).toString(), email);
        QCOMPARE(r.response().value(QLatin1String("verifications")).toObject().value(QLatin1String("email_address"))
                     .toObject().value(QLatin1String("strategy")).toString(),
                 QStringLiteral("ticket"));
        const QJsonArray memberships = r.client().value(QLatin1String("sessions")).toArray().first().toObject()
                                           .value(QLatin1String("user")).toObject()
                                           .value(QLatin1String("organization_memberships")).toArray();
        QCOMPARE(memberships.size(), 1);
        QCOMPARE(memberships.first().toObject().value(QLatin1String("organization")).toObject()
                     .value(QLatin1String("id")).toString(), Seed::acmeId);
        QCOMPARE(memberships.first().toObject().value(QLatin1String("role")).toString(), QStringLiteral("org:member"));

        // A sign-in token is no invitation.
        c.forgetClient();
        const QString token = c.control("POST", QStringLiteral("/__emulator/sign_in_tokens"),
                                        {{QStringLiteral("user_id"), Seed::janeId}})
                                  .object().value(QLatin1String("token")).toString();
        QCOMPARE(c.post(QStringLiteral("/v1/client/sign_ups"), {{QStringLiteral("strategy"), QStringLiteral("ticket")},
                                                                {QStringLiteral("ticket"), token}})
                     .errorCode(),
                 QStringLiteral("ticket_invalid_code"));
        QCOMPARE(c.control("POST", QStringLiteral("/__emulator/invitations"),
                           {{QStringLiteral("email_address"), QStringLiteral("not an email")}}).status,
                 422);
    }

    void emailLinkFromAnotherBrowserCompletesTheSignIn()
    {
        const QString signInId = prepareEmailLink(QStringLiteral("https://app.example/verified?x=1"));
        const FapiResponse mail = mailbox(Seed::janeEmail);
        QCOMPARE(mail.status, 200);
        QCOMPARE(mail.object().value(QLatin1String("sign_in_id")).toString(), signInId);
        const QString link = mail.object().value(QLatin1String("url")).toString();
        QVERIFY(link.contains(QLatin1String("/v1/verify?token=")));

        const FapiResponse opened = browser(link);
        QCOMPARE(opened.status, 303);
        const QByteArray location = opened.header("Location");
        QVERIFY2(location.startsWith("https://app.example/verified?x=1&"), location.constData());
        QCOMPARE(queryValue(location, "__clerk_status"), QStringLiteral("verified"));
        const QString sessionId = queryValue(location, "__clerk_created_session");
        QVERIFY(sessionId.startsWith(QLatin1String("sess_")));

        // The client that asked sees it complete, with that session.
        const FapiResponse polled = c.get(QStringLiteral("/v1/client/sign_ins/%1").arg(signInId));
        QCOMPARE(polled.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QCOMPARE(polled.response().value(QLatin1String("created_session_id")).toString(), sessionId);

        // A link works once; an unknown one is a bad request.
        QCOMPARE(queryValue(browser(link).header("Location"), "__clerk_status"), QStringLiteral("failed"));
        QCOMPARE(browser(server.baseUrl().toString() + QStringLiteral("/v1/verify?token=nope")).status, 400);
        QCOMPARE(mailbox(QStringLiteral("nobody@example.com")).status, 404);
    }

    void emailLinkExpires()
    {
        const QString signInId = prepareEmailLink(QStringLiteral("https://app.example/verified"));
        const QString link = mailbox(Seed::janeEmail).object().value(QLatin1String("url")).toString();
        server.setClockOffset(11 * 60 * 1000);
        const FapiResponse polled = c.get(QStringLiteral("/v1/client/sign_ins/%1").arg(signInId));
        QCOMPARE(polled.response().value(QLatin1String("first_factor_verification")).toObject()
                     .value(QLatin1String("status")).toString(),
                 QStringLiteral("expired"));
        QCOMPARE(queryValue(browser(link).header("Location"), "__clerk_status"), QStringLiteral("expired"));
    }

    void enterpriseSsoByDomain()
    {
        const FapiResponse plain = c.get(QStringLiteral("/v1/environment"));
        QCOMPARE(plain.object().value(QLatin1String("user_settings")).toObject().value(QLatin1String("enterprise_sso"))
                     .toObject().value(QLatin1String("enabled")).toBool(true),
                 false);
        QString error;
        QVERIFY2(server.loadSeed(ClerkEmulator::Server::profileSeed(QStringLiteral("enterprise-sso"), &error), &error),
                 qPrintable(error));
        const FapiResponse env = c.get(QStringLiteral("/v1/environment"));
        QVERIFY(env.object().value(QLatin1String("user_settings")).toObject().value(QLatin1String("enterprise_sso"))
                    .toObject().value(QLatin1String("enabled")).toBool());
        QVERIFY(env.object().value(QLatin1String("auth_config")).toObject().value(QLatin1String("first_factors"))
                    .toArray().contains(QStringLiteral("enterprise_sso")));

        // The identifier's domain offers the connection.
        const FapiResponse start = c.post(QStringLiteral("/v1/client/sign_ins"), {{QStringLiteral("identifier"), kErin}});
        QCOMPARE(start.status, 200);
        bool offered = false;
        for (const QJsonValue &f : start.response().value(QLatin1String("supported_first_factors")).toArray()) {
            if (f.toObject().value(QLatin1String("strategy")).toString() == QLatin1String("enterprise_sso"))
                offered = f.toObject().value(QLatin1String("enterprise_connection_name")).toString()
                    == QLatin1String("Corp SSO");
        }
        QVERIFY(offered);

        const FapiResponse created = c.post(QStringLiteral("/v1/client/sign_ins"),
                                            {{QStringLiteral("strategy"), QStringLiteral("enterprise_sso")},
                                             {QStringLiteral("identifier"), kErin},
                                             {QStringLiteral("redirect_url"), QStringLiteral("myapp://sso")}});
        QCOMPARE(created.status, 200);
        const QString signInId = created.response().value(QLatin1String("id")).toString();
        const QString idp = created.response().value(QLatin1String("first_factor_verification")).toObject()
                                .value(QLatin1String("external_verification_redirect_url")).toString();
        QVERIFY(!idp.isEmpty());
        const FapiResponse page = browser(idp);
        QCOMPARE(page.status, 302);
        const FapiResponse callback = browser(QString::fromUtf8(page.header("Location")));
        QCOMPARE(callback.status, 302);
        const QByteArray back = callback.header("Location");
        QVERIFY2(back.startsWith("myapp://sso?"), back.constData());
        const QString nonce = queryValue(back, "rotating_token_nonce");
        const FapiResponse done = c.get(QStringLiteral("/v1/client/sign_ins/%1?rotating_token_nonce=%2").arg(signInId, nonce));
        QCOMPARE(done.response().value(QLatin1String("status")).toString(), QStringLiteral("complete"));

        c.forgetClient();
        const FapiResponse elsewhere = c.post(QStringLiteral("/v1/client/sign_ins"),
                                              {{QStringLiteral("strategy"), QStringLiteral("enterprise_sso")},
                                               {QStringLiteral("identifier"), QStringLiteral("x@elsewhere.example")},
                                               {QStringLiteral("redirect_url"), QStringLiteral("myapp://sso")}});
        QCOMPARE(elsewhere.status, 422);
        QCOMPARE(elsewhere.errorCode(), QStringLiteral("strategy_for_user_invalid"));
    }
};

QTEST_MAIN(tst_EmulatorTickets)
#include "tst_emulator_tickets.moc"
