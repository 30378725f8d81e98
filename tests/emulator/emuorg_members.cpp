// The emulator's member and role routes (GET/PATCH/DELETE /v1/organizations/{id}/memberships…, GET …/roles) over
// real HTTP: expected values come from the default seed (Acme: Jane admin, Ada member; Globex: Jane with explicit
// permissions, Ada admin; roles org:admin, org:member, org:billing) and Clerk's documented error codes.
#include "emuorgtests.h"
#include "flowsfixture.h"

using namespace EmuTest;

namespace {

const QString kMembers = QStringLiteral("/v1/organizations/%1/memberships");
const QString kMember = QStringLiteral("/v1/organizations/%1/memberships/%2");
const QString kRoles = QStringLiteral("/v1/organizations/%1/roles");

QString userIdOf(const QJsonValue &membership)
{
    return membership.toObject().value(QLatin1String("public_user_data")).toObject().value(QLatin1String("user_id")).toString();
}

} // namespace

class EmuOrgMembersTest : public FlowsTestCase
{
    Q_OBJECT

    FapiTestClient ada; // the other side: Ada on her own client

    FapiResponse patchRole(FapiTestClient &client, const QString &org, const QString &userId, const QString &role)
    {
        return client.request("PATCH", kMember.arg(org, userId), {{QStringLiteral("role"), role}});
    }
    QString signInAda()
    {
        ada.setBaseUrl(server.baseUrl());
        ada.forgetClient();
        const FlowResult flow = signInWithPassword(ada, Seed::adaEmail, Seed::adaPassword);
        if (!flow.ok)
            qWarning("%s", qPrintable(flow.failure));
        return flow.sessionId;
    }
    /// Ada's next default token with `org` active, its payload verified against the JWKS.
    QJsonObject adaTokenIn(const QString &sid, const QString &org)
    {
        FapiResponse t = ada.post(QStringLiteral("/v1/client/sessions/%1/tokens").arg(sid),
                                  {{QStringLiteral("organization_id"), org}});
        if (t.status != 200)
            qWarning("token request: HTTP %d %s", t.status, qPrintable(t.errorCode()));
        Jwt jwt;
        const QString problem = verifyJwtAgainstJwks(t.object().value(QLatin1String("jwt")).toString(), fetchJwks(), &jwt);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        return jwt.payload;
    }

private Q_SLOTS:
    void listsMembersPagedWithPublicUserData()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse all = c.get(kMembers.arg(Seed::acmeId) + QStringLiteral("?paginated=true"));
        EMU_EXPECT_STATUS(all, 200);
        const QJsonObject page = all.response();
        QCOMPARE(page.value(QLatin1String("total_count")).toInt(), 2);
        const QJsonArray data = page.value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 2);
        QJsonObject jane, adaMember;
        for (const QJsonValue &m : data)
            (userIdOf(m) == Seed::janeId ? jane : adaMember) = m.toObject();
        QCOMPARE(userIdOf(adaMember), Seed::adaId);
        const QJsonObject adaUser = adaMember.value(QLatin1String("public_user_data")).toObject();
        QCOMPARE(adaUser.value(QLatin1String("identifier")).toString(), Seed::adaEmail);
        QCOMPARE(adaUser.value(QLatin1String("first_name")).toString(), QStringLiteral("Ada"));
        QCOMPARE(adaMember.value(QLatin1String("role")).toString(), QStringLiteral("org:member"));
        QCOMPARE(adaMember.value(QLatin1String("role_name")).toString(), QStringLiteral("Member"));
        QCOMPARE(jane.value(QLatin1String("role_name")).toString(), QStringLiteral("Admin"));

        FapiResponse first = c.get(kMembers.arg(Seed::acmeId) + QStringLiteral("?paginated=true&limit=1&offset=1"));
        EMU_EXPECT_STATUS(first, 200);
        QCOMPARE(first.response().value(QLatin1String("total_count")).toInt(), 2);
        QCOMPARE(first.response().value(QLatin1String("data")).toArray().size(), 1);
    }

    void searchesByNameAndIdentifier()
    {
        QVERIFY(!signInJane().isEmpty());
        const auto found = [&](const QString &query) {
            FapiResponse r = c.get(kMembers.arg(Seed::acmeId) + QStringLiteral("?paginated=true&query=")
                                   + QString::fromLatin1(QUrl::toPercentEncoding(query)));
            QStringList ids;
            for (const QJsonValue &m : r.response().value(QLatin1String("data")).toArray())
                ids << userIdOf(m);
            return ids;
        };
        QCOMPARE(found(QStringLiteral("ADA+clerk")), QStringList{Seed::adaId});
        QCOMPARE(found(QStringLiteral("jan")), QStringList{Seed::janeId});
        QCOMPARE(found(QStringLiteral("example.com")).size(), 2);
        QVERIFY(found(QStringLiteral("nobody-like-this")).isEmpty());
    }

    void refusesWithClerksCodes()
    {
        QVERIFY(!signInJane().isEmpty());
        // Jane's Globex membership lists its permissions without org:sys_memberships:read.
        FapiResponse noRead = c.get(kMembers.arg(Seed::globexId) + QStringLiteral("?paginated=true"));
        EMU_EXPECT_STATUS(noRead, 403);
        QCOMPARE(noRead.errorCode(), QStringLiteral("missing_organization_permission"));
        QCOMPARE(noRead.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("permissions")).toArray(),
                 QJsonArray{QStringLiteral("org:sys_memberships:read")});
        FapiResponse unknown = c.get(kMembers.arg(QStringLiteral("org_doesnotexist")));
        EMU_EXPECT_STATUS(unknown, 403);
        QCOMPARE(unknown.errorCode(), QStringLiteral("not_a_member_in_organization"));

        // Ada is a plain member of Acme: she may read, not manage.
        QVERIFY(!signInAda().isEmpty());
        EMU_EXPECT_STATUS(ada.get(kMembers.arg(Seed::acmeId)), 200);
        FapiResponse patch = patchRole(ada, Seed::acmeId, Seed::janeId, QStringLiteral("org:member"));
        EMU_EXPECT_STATUS(patch, 403);
        QCOMPARE(patch.errorCode(), QStringLiteral("missing_organization_permission"));
        FapiResponse del = ada.request("DELETE", kMember.arg(Seed::acmeId, Seed::janeId));
        EMU_EXPECT_STATUS(del, 403);
    }

    void roleMustBeDefined()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse undefined = patchRole(c, Seed::acmeId, Seed::adaId, QStringLiteral("org:superhero"));
        EMU_EXPECT_STATUS(undefined, 404);
        QCOMPARE(undefined.errorCode(), QStringLiteral("resource_not_found"));
        QCOMPARE(undefined.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("param_name")).toString(),
                 QStringLiteral("role"));
        FapiResponse missing = c.request("PATCH", kMember.arg(Seed::acmeId, Seed::adaId), {});
        EMU_EXPECT_STATUS(missing, 422);
        QCOMPARE(missing.errorCode(), QStringLiteral("form_param_missing"));
        FapiResponse notMember = patchRole(c, Seed::acmeId, Seed::bobId, QStringLiteral("org:member"));
        EMU_EXPECT_STATUS(notMember, 404);
    }

    void keepsAnAdmin()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse demote = patchRole(c, Seed::acmeId, Seed::janeId, QStringLiteral("org:member"));
        EMU_EXPECT_STATUS(demote, 400);
        QCOMPARE(demote.errorCode(), QStringLiteral("organization_minimum_permissions_needed"));
        FapiResponse leave = c.request("DELETE", kMember.arg(Seed::acmeId, Seed::janeId));
        EMU_EXPECT_STATUS(leave, 400);
        QCOMPARE(leave.errorCode(), QStringLiteral("organization_minimum_permissions_needed"));
        // With Ada an admin too, Jane may step down.
        EMU_EXPECT_STATUS(patchRole(c, Seed::acmeId, Seed::adaId, QStringLiteral("org:admin")), 200);
        EMU_EXPECT_STATUS(patchRole(c, Seed::acmeId, Seed::janeId, QStringLiteral("org:member")), 200);
    }

    void roleChangeReachesTheMembersNextToken_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v2") << 2;
        QTest::newRow("v1") << 1;
    }
    void roleChangeReachesTheMembersNextToken()
    {
        QFETCH(int, version);
        QJsonObject seed = ClerkEmulator::Server::defaultSeed();
        QJsonObject instance = seed.value(QLatin1String("instance")).toObject();
        instance.insert(QStringLiteral("session_token_version"), version);
        seed.insert(QStringLiteral("instance"), instance);
        QString error;
        QVERIFY2(server.loadSeed(seed, &error), qPrintable(error));
        c.forgetClient();

        const QString adaSid = signInAda();
        QVERIFY(!adaSid.isEmpty());
        const QJsonObject before = adaTokenIn(adaSid, Seed::acmeId);
        QCOMPARE(version == 2 ? before.value(QLatin1String("o")).toObject().value(QLatin1String("rol")).toString()
                              : before.value(QLatin1String("org_role")).toString(),
                 version == 2 ? QStringLiteral("member") : QStringLiteral("org:member"));

        QVERIFY(!signInJane().isEmpty());
        FapiResponse changed = patchRole(c, Seed::acmeId, Seed::adaId, QStringLiteral("org:billing"));
        EMU_EXPECT_STATUS(changed, 200);
        QCOMPARE(changed.response().value(QLatin1String("role")).toString(), QStringLiteral("org:billing"));
        QCOMPARE(changed.response().value(QLatin1String("role_name")).toString(), QStringLiteral("Billing manager"));
        QVERIFY(changed.response().value(QLatin1String("permissions")).toArray().contains(QStringLiteral("org:invoices:read")));

        const QJsonObject after = adaTokenIn(adaSid, Seed::acmeId);
        if (version == 2) {
            const QJsonObject o = after.value(QLatin1String("o")).toObject();
            QCOMPARE(o.value(QLatin1String("rol")).toString(), QStringLiteral("billing"));
            QCOMPARE(after.value(QLatin1String("fea")).toString(), QStringLiteral("o:invoices"));
            QCOMPARE(o.value(QLatin1String("per")).toString(), QStringLiteral("read"));
            QCOMPARE(o.value(QLatin1String("fpm")).toString(), QStringLiteral("1"));
        } else {
            QCOMPARE(after.value(QLatin1String("org_role")).toString(), QStringLiteral("org:billing"));
            QCOMPARE(after.value(QLatin1String("org_permissions")).toArray(), QJsonArray{QStringLiteral("org:invoices:read")});
        }
        // Ada's own client sees the new role on her membership too.
        FapiResponse me = ada.get(QStringLiteral("/v1/me"));
        bool seen = false;
        for (const QJsonValue &m : me.response().value(QLatin1String("organization_memberships")).toArray())
            seen = seen || m.toObject().value(QLatin1String("role")).toString() == QLatin1String("org:billing");
        QVERIFY2(seen, qPrintable(compactJson(me.response())));
    }

    void removesAMember()
    {
        const QString adaSid = signInAda();
        QVERIFY(!adaSid.isEmpty());
        QVERIFY(!signInJane().isEmpty());
        FapiResponse removed = c.request("DELETE", kMember.arg(Seed::acmeId, Seed::adaId));
        EMU_EXPECT_STATUS(removed, 200);
        QCOMPARE(userIdOf(removed.response()), Seed::adaId);
        FapiResponse left = c.get(kMembers.arg(Seed::acmeId) + QStringLiteral("?paginated=true"));
        QCOMPARE(left.response().value(QLatin1String("total_count")).toInt(), 1);
        // Ada sees herself out of Acme, and Acme's routes treat her as the non-member she now is.
        FapiResponse me = ada.get(QStringLiteral("/v1/me"));
        for (const QJsonValue &m : me.response().value(QLatin1String("organization_memberships")).toArray())
            QVERIFY(m.toObject().value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString() != Seed::acmeId);
        FapiResponse refused = ada.get(kMembers.arg(Seed::acmeId));
        EMU_EXPECT_STATUS(refused, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("not_a_member_in_organization"));
        EMU_EXPECT_STATUS(c.request("DELETE", kMember.arg(Seed::acmeId, Seed::adaId)), 404);
    }

    void listsRoles()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.get(kRoles.arg(Seed::acmeId) + QStringLiteral("?paginated=true"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 3);
        QStringList keys;
        QJsonObject billing;
        for (const QJsonValue &role : r.response().value(QLatin1String("data")).toArray()) {
            keys << role.toObject().value(QLatin1String("key")).toString();
            if (keys.last() == QLatin1String("org:billing"))
                billing = role.toObject();
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("org:admin"), QStringLiteral("org:member"), QStringLiteral("org:billing")}));
        QCOMPARE(billing.value(QLatin1String("name")).toString(), QStringLiteral("Billing manager"));
        QStringList permissionKeys;
        for (const QJsonValue &p : billing.value(QLatin1String("permissions")).toArray())
            permissionKeys << p.toObject().value(QLatin1String("key")).toString();
        QCOMPARE(permissionKeys, (QStringList{QStringLiteral("org:sys_memberships:read"), QStringLiteral("org:invoices:read")}));
        FapiResponse page = c.get(kRoles.arg(Seed::acmeId) + QStringLiteral("?paginated=true&limit=2&offset=2"));
        QCOMPARE(page.response().value(QLatin1String("data")).toArray().size(), 1);
        EMU_EXPECT_STATUS(c.get(kRoles.arg(Seed::globexId)), 403);
    }
};

int runOrgMembersTests(int argc, char **argv)
{
    EmuOrgMembersTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "emuorg_members.moc"
