// The client store: every answer reaches the model one way (ClientStore::absorb) — the client it carries, or
// else the one resource it answers with — and each change notifies Auth once, tokens included. The emulator
// always sends the client, so the answers without one are built here, the way Clerk sends them.
#include "clientstore_p.h"
#include "resources_p.h"
#include "tokenengine_p.h"

#include <ClerkQt/auth.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Clerk;

namespace {

const qint64 kNowSecs = 1767225600; // the engine's clock in this test

QByteArray base64url(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// An unsigned session token: the store and the engine read its claims, nobody verifies it here.
QString sessionJwt(const QString &sessionId, qint64 issuedAt, const QString &organizationId = {})
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    QJsonObject claims{{QStringLiteral("sid"), sessionId}, {QStringLiteral("sub"), QStringLiteral("user_1")},
                       {QStringLiteral("iat"), issuedAt}, {QStringLiteral("nbf"), issuedAt},
                       {QStringLiteral("exp"), issuedAt + 60}};
    if (!organizationId.isEmpty())
        claims.insert(QStringLiteral("org_id"), organizationId); // the token of the session's active organization
    return QString::fromLatin1(base64url(header) + '.' + base64url(claims) + ".c2ln");
}

QJsonObject userJson(const QString &firstName)
{
    return {{QStringLiteral("object"), QStringLiteral("user")}, {QStringLiteral("id"), QStringLiteral("user_1")},
            {QStringLiteral("first_name"), firstName}};
}

QJsonObject sessionJson(const QString &jwt, const QString &organizationId)
{
    return {{QStringLiteral("object"), QStringLiteral("session")}, {QStringLiteral("id"), QStringLiteral("sess_1")},
            {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("user"), userJson(QStringLiteral("Jane"))},
            {QStringLiteral("last_active_organization_id"), organizationId},
            {QStringLiteral("last_active_token"),
             QJsonObject{{QStringLiteral("object"), QStringLiteral("token")}, {QStringLiteral("jwt"), jwt}}}};
}

QJsonObject clientJson(const QJsonObject &session)
{
    return {{QStringLiteral("object"), QStringLiteral("client")}, {QStringLiteral("id"), QStringLiteral("client_1")},
            {QStringLiteral("sessions"), QJsonArray{session}},
            {QStringLiteral("last_active_session_id"), QStringLiteral("sess_1")},
            {QStringLiteral("sign_in"), QJsonValue::Null}, {QStringLiteral("sign_up"), QJsonValue::Null}};
}

FapiEnvelope envelope(const QJsonObject &body)
{
    Error error;
    const FapiEnvelope env = parseEnvelope(QJsonDocument(body).toJson(), &error);
    if (!error.isNull())
        qFatal("test fixture does not parse");
    return env;
}

/// {response: <resource>} with no client member: what an answer without its client looks like.
FapiEnvelope bare(const QJsonValue &response)
{
    return envelope({{QStringLiteral("response"), response}});
}

} // namespace

class tst_ClientStore : public QObject
{
    Q_OBJECT

    /// A store on its own engine; `auth` only receives the change signals (its own start never runs: no event
    /// loop turns in these tests).
    struct Fixture
    {
        Auth auth{AuthConfig{}};
        TokenEngine tokens{nullptr, [] { return kNowSecs * 1000; }};
        ClientStore store{&auth, &tokens};
        QString firstJwt = sessionJwt(QStringLiteral("sess_1"), kNowSecs - 5);

        Fixture()
        {
            tokens.setPolling(false); // nothing here may ask the (absent) server for a token
            store.setLoading(false);
            store.absorb(bare(clientJson(sessionJson(firstJwt, QString()))), ClientStore::Answer::Client);
        }
    };

private Q_SLOTS:
    void clientReplacesTheModel()
    {
        Fixture f;
        QCOMPARE(f.store.current().status, Auth::Status::SignedIn);
        QCOMPARE(f.store.current().user.firstName, QStringLiteral("Jane"));
        QCOMPARE(f.store.current().sessionToken, f.firstJwt);
    }

    void sessionWithoutItsClientIsMergedWithItsToken()
    {
        Fixture f;
        QSignalSpy tokenChanged(&f.auth, &Auth::sessionTokenChanged);
        QSignalSpy sessionChanged(&f.auth, &Auth::sessionChanged);
        QSignalSpy organizationChanged(&f.auth, &Auth::organizationChanged);
        const QString next = sessionJwt(QStringLiteral("sess_1"), kNowSecs - 1, QStringLiteral("org_1"));
        f.store.absorb(bare(sessionJson(next, QStringLiteral("org_1"))), ClientStore::Answer::Resource);
        QCOMPARE(f.store.current().session.lastActiveOrganizationId, QStringLiteral("org_1"));
        QCOMPARE(f.store.current().sessionToken, next);
        // One notification for the model and the token together: the engine did not call back on its own.
        QCOMPARE(tokenChanged.count(), 1);
        QCOMPARE(tokenChanged.first().first().toString(), next);
        QCOMPARE(sessionChanged.count(), 1);
        // org_1 is not among Jane's memberships: the snapshot knows only its id, and that alone is a change (values
        // built without Clerk's JSON once all compared equal, so this signal never came).
        QCOMPARE(f.store.current().organization.id, QStringLiteral("org_1"));
        QCOMPARE(organizationChanged.count(), 1);
    }

    void userWithoutItsClientPatchesItsSessions()
    {
        Fixture f;
        QSignalSpy userChanged(&f.auth, &Auth::userChanged);
        f.store.absorb(bare(userJson(QStringLiteral("Janet"))), ClientStore::Answer::Resource);
        QCOMPARE(userChanged.count(), 1);
        QCOMPARE(f.store.current().user.firstName, QStringLiteral("Janet"));
        QCOMPARE(f.store.model().sessions.first().raw.value(QLatin1String("user")).toObject()
                     .value(QLatin1String("first_name")).toString(),
                 QStringLiteral("Janet"));
    }

    void attemptWithoutItsClientAndTheFlow()
    {
        Fixture f;
        QSignalSpy attemptChanged(&f.auth, &Auth::signInAttemptChanged);
        const QJsonObject attempt{{QStringLiteral("object"), QStringLiteral("sign_in_attempt")},
                                  {QStringLiteral("id"), QStringLiteral("sia_1")},
                                  {QStringLiteral("status"), QStringLiteral("needs_first_factor")}};
        f.store.absorb(bare(attempt), ClientStore::Answer::Resource);
        QCOMPARE(attemptChanged.count(), 1);
        QCOMPARE(f.store.model().signIn.id, QStringLiteral("sia_1"));
        QCOMPARE(f.store.current().status, Auth::Status::SignedIn); // a sign-in this Auth did not start

        f.store.setFlow(ClientStore::Flow::SignIn);
        QJsonObject complete = attempt;
        complete.insert(QStringLiteral("status"), QStringLiteral("complete"));
        f.store.absorb(bare(complete), ClientStore::Answer::Resource);
        QCOMPARE(f.store.flow(), ClientStore::Flow::None);
    }

    void emptyAnswerOfTheClientEndpointMeansNoClient()
    {
        Fixture f;
        QSignalSpy signedIn(&f.auth, &Auth::signedInChanged);
        f.store.absorb(bare(QJsonValue::Null), ClientStore::Answer::Resource);
        QCOMPARE(signedIn.count(), 0); // any other endpoint's empty answer says nothing about the client

        f.store.absorb(bare(QJsonValue::Null), ClientStore::Answer::Client);
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(f.store.model().isNull());
        QCOMPARE(f.store.current().status, Auth::Status::SignedOut);
        QVERIFY(f.store.current().sessionToken.isEmpty());
    }

    void clientMemberWinsOverTheResource()
    {
        Fixture f;
        QJsonObject body{{QStringLiteral("response"), userJson(QStringLiteral("Janet"))},
                         {QStringLiteral("client"), QJsonValue::Null}};
        f.store.absorb(envelope(body), ClientStore::Answer::Resource);
        QVERIFY(f.store.model().isNull()); // `client: null` is the server saying there is none
    }

    void answerWithNothingOfTheModel()
    {
        Fixture f;
        QSignalSpy sessions(&f.auth, &Auth::sessionsChanged);
        const QJsonObject environment{{QStringLiteral("object"), QStringLiteral("environment")},
                                      {QStringLiteral("user_settings"), QJsonObject()}};
        f.store.absorb(envelope(environment), ClientStore::Answer::Resource);
        QCOMPARE(sessions.count(), 0);
        QCOMPARE(f.store.model().sessions.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ClientStore)
#include "tst_clientstore.moc"
