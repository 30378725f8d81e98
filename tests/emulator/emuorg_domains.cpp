// Verified domains, membership requests and suggestions over real HTTP: the admin's side (org:sys_domains:*,
// org:sys_memberships:manage, refused as Clerk refuses) and the user's (suggestion → request → membership).
// Expected values come from the seed (emulator/README.md: Globex owns the verified globex.test in
// automatic_suggestion mode, Dana has a pending request there, Carl has carl+clerk_test@acme.test) and from
// Clerk's documented rules (clerk.com/docs verified domains; error catalogue codes).
#include "emuorgtests.h"
#include "flowsfixture.h"

using namespace EmuTest;

namespace {

const QString kCarlEmail = QStringLiteral("carl+clerk_test@acme.test");
const QString kCarlPassword = QStringLiteral("carl-acme-password-1");
const QString kCarlId = QStringLiteral("user_2carl00000000000000000004");
const QString kDanaId = QStringLiteral("user_2dana00000000000000000005");
const QString kGlobexDomain = QStringLiteral("orgdmn_2globextest000000000000001");
const QString kDanaRequest = QStringLiteral("orgreq_2danaglobex0000000000000001");

QString domains(const QString &org) { return QStringLiteral("/v1/organizations/%1/domains").arg(org); }
QString requests(const QString &org) { return QStringLiteral("/v1/organizations/%1/membership_requests").arg(org); }

} // namespace

class tst_EmuOrgDomains : public FlowsTestCase
{
    Q_OBJECT

    /// Signs `email` in on a fresh client (the test client forgets the previous one).
    bool signInAs(const QString &email, const QString &password)
    {
        c.forgetClient();
        const FlowResult flow = signInWithPassword(c, email, password);
        if (!flow.ok)
            qWarning("%s", qPrintable(flow.failure));
        return flow.ok;
    }

    /// The organizations the signed-in user is a member of, from GET /v1/me.
    QStringList myOrganizations()
    {
        QStringList ids;
        const FapiResponse me = c.get(QStringLiteral("/v1/me"));
        for (const QJsonValue &m : me.response().value(QLatin1String("organization_memberships")).toArray())
            ids << m.toObject().value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString();
        return ids;
    }

    /// Jane (Acme's admin) adds acme.test and verifies it with a code to Carl's address there; the domain's id.
    QString verifiedAcmeDomain()
    {
        if (!signInAs(Seed::janeEmail, Seed::janePassword))
            return {};
        FapiResponse r = c.post(domains(Seed::acmeId), {{QStringLiteral("name"), QStringLiteral("acme.test")}});
        const QString id = r.response().value(QLatin1String("id")).toString();
        r = c.post(domains(Seed::acmeId) + QStringLiteral("/%1/prepare_affiliation_verification").arg(id),
                   {{QStringLiteral("affiliation_email_address"), kCarlEmail}});
        if (r.status != 200)
            return {};
        r = c.post(domains(Seed::acmeId) + QStringLiteral("/%1/attempt_affiliation_verification").arg(id),
                   {{QStringLiteral("code"), Seed::testCode}});
        return r.status == 200 ? id : QString();
    }

private Q_SLOTS:
    void seededDomainAndRequest()
    {
        QVERIFY(signInAs(Seed::adaEmail, Seed::adaPassword));
        FapiResponse r = c.get(domains(Seed::globexId) + QStringLiteral("?paginated=true"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 1);
        const QJsonObject d = r.response().value(QLatin1String("data")).toArray().at(0).toObject();
        QCOMPARE(d.value(QLatin1String("id")).toString(), kGlobexDomain);
        QCOMPARE(d.value(QLatin1String("name")).toString(), QStringLiteral("globex.test"));
        QCOMPARE(d.value(QLatin1String("enrollment_mode")).toString(), QStringLiteral("automatic_suggestion"));
        QCOMPARE(d.value(QLatin1String("affiliation_verification")).toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("verified"));
        // Dana's suggestion was accepted (her request is pending), so none is pending.
        QCOMPARE(d.value(QLatin1String("total_pending_suggestions")).toInt(), 0);

        r = c.get(requests(Seed::globexId) + QStringLiteral("?paginated=true&status=pending"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 1);
        const QJsonObject req = r.response().value(QLatin1String("data")).toArray().at(0).toObject();
        QCOMPARE(req.value(QLatin1String("id")).toString(), kDanaRequest);
        QCOMPARE(req.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        const QJsonObject user = req.value(QLatin1String("public_user_data")).toObject();
        QCOMPARE(user.value(QLatin1String("user_id")).toString(), kDanaId);
        QCOMPARE(user.value(QLatin1String("identifier")).toString(), QStringLiteral("dana+clerk_test@globex.test"));

        // Dana sees her suggestion as accepted.
        QVERIFY(signInAs(QStringLiteral("dana+clerk_test@globex.test"), QStringLiteral("dana-globex-password-1")));
        r = c.get(QStringLiteral("/v1/me/organization_suggestions?paginated=true"));
        EMU_EXPECT_STATUS(r, 200);
        const QJsonObject s = r.response().value(QLatin1String("data")).toArray().at(0).toObject();
        QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(s.value(QLatin1String("public_organization_data")).toObject().value(QLatin1String("slug")).toString(),
                 QStringLiteral("globex"));
    }

    void suggestionRequestMembership()
    {
        QVERIFY(signInAs(Seed::janeEmail, Seed::janePassword));
        FapiResponse r = c.post(domains(Seed::acmeId), {{QStringLiteral("name"), QStringLiteral("Acme.Test")}});
        EMU_EXPECT_STATUS(r, 200);
        const QString id = r.response().value(QLatin1String("id")).toString();
        QCOMPARE(r.response().value(QLatin1String("name")).toString(), QStringLiteral("acme.test"));
        QCOMPARE(r.response().value(QLatin1String("enrollment_mode")).toString(), QStringLiteral("manual_invitation"));
        QVERIFY(r.response().value(QLatin1String("affiliation_verification")).isNull());
        const QString base = domains(Seed::acmeId) + QLatin1Char('/') + id;

        // Clerk: only a verified domain enrolls.
        r = c.post(base + QStringLiteral("/update_enrollment_mode"),
                   {{QStringLiteral("enrollment_mode"), QStringLiteral("automatic_suggestion")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_value_invalid"));
        // The code goes to an address at the domain, nowhere else.
        r = c.post(base + QStringLiteral("/prepare_affiliation_verification"),
                   {{QStringLiteral("affiliation_email_address"), Seed::janeEmail}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_format_invalid"));
        r = c.post(base + QStringLiteral("/attempt_affiliation_verification"), {{QStringLiteral("code"), Seed::testCode}});
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("verification_missing"));

        r = c.post(base + QStringLiteral("/prepare_affiliation_verification"),
                   {{QStringLiteral("affiliation_email_address"), kCarlEmail}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("affiliation_email_address")).toString(), kCarlEmail);
        QJsonObject v = r.response().value(QLatin1String("affiliation_verification")).toObject();
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("unverified"));
        QCOMPARE(v.value(QLatin1String("strategy")).toString(), QStringLiteral("email_code"));
        r = c.post(base + QStringLiteral("/attempt_affiliation_verification"), {{QStringLiteral("code"), QStringLiteral("000000")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_code_incorrect"));
        r = c.post(base + QStringLiteral("/attempt_affiliation_verification"), {{QStringLiteral("code"), Seed::testCode}});
        EMU_EXPECT_STATUS(r, 200);
        v = r.response().value(QLatin1String("affiliation_verification")).toObject();
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("verified"));
        QVERIFY(v.value(QLatin1String("verified_at")).toInteger() > 0);

        r = c.post(base + QStringLiteral("/update_enrollment_mode"),
                   {{QStringLiteral("enrollment_mode"), QStringLiteral("automatic_suggestion")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("enrollment_mode")).toString(), QStringLiteral("automatic_suggestion"));
        QCOMPARE(r.response().value(QLatin1String("total_pending_suggestions")).toInt(), 1); // Carl

        // Carl: the suggestion, accepted, becomes a request.
        QVERIFY(signInAs(kCarlEmail, kCarlPassword));
        QVERIFY(!myOrganizations().contains(Seed::acmeId));
        r = c.get(QStringLiteral("/v1/me/organization_suggestions?paginated=true&status=pending"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 1);
        const QJsonObject s = r.response().value(QLatin1String("data")).toArray().at(0).toObject();
        QCOMPARE(s.value(QLatin1String("public_organization_data")).toObject().value(QLatin1String("id")).toString(),
                 Seed::acmeId);
        const QString suggestion = s.value(QLatin1String("id")).toString();
        r = c.post(QStringLiteral("/v1/me/organization_suggestions/%1/accept").arg(suggestion));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        r = c.get(QStringLiteral("/v1/me/organization_suggestions?paginated=true&status=pending"));
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 0);
        r = c.get(QStringLiteral("/v1/me/organization_suggestions?paginated=true&status=pending&status=accepted"));
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 1);
        QVERIFY(!myOrganizations().contains(Seed::acmeId)); // not before an admin accepts

        // Jane accepts the request: Carl is an org:member.
        QVERIFY(signInAs(Seed::janeEmail, Seed::janePassword));
        r = c.get(requests(Seed::acmeId) + QStringLiteral("?paginated=true&status=pending"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 1);
        const QJsonObject req = r.response().value(QLatin1String("data")).toArray().at(0).toObject();
        QCOMPARE(req.value(QLatin1String("public_user_data")).toObject().value(QLatin1String("user_id")).toString(), kCarlId);
        const QString reqId = req.value(QLatin1String("id")).toString();
        r = c.post(requests(Seed::acmeId) + QStringLiteral("/%1/accept").arg(reqId));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        // Decided once: the spec lists 422 for a bad request on both routes.
        r = c.post(requests(Seed::acmeId) + QStringLiteral("/%1/reject").arg(reqId));
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_value_invalid"));

        QVERIFY(signInAs(kCarlEmail, kCarlPassword));
        const FapiResponse me = c.get(QStringLiteral("/v1/me"));
        bool found = false;
        for (const QJsonValue &m : me.response().value(QLatin1String("organization_memberships")).toArray()) {
            const QJsonObject o = m.toObject();
            if (o.value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString() == Seed::acmeId) {
                found = true;
                QCOMPARE(o.value(QLatin1String("role")).toString(), QStringLiteral("org:member"));
            }
        }
        QVERIFY2(found, qPrintable(me.describe()));
        // A member has no use for the suggestion any more.
        r = c.get(QStringLiteral("/v1/me/organization_suggestions?paginated=true"));
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 0);
    }

    void rejectedRequest()
    {
        QVERIFY(signInAs(Seed::adaEmail, Seed::adaPassword));
        FapiResponse r = c.post(requests(Seed::globexId) + QStringLiteral("/%1/reject").arg(kDanaRequest));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("rejected"));
        r = c.get(requests(Seed::globexId) + QStringLiteral("?paginated=true&status=pending"));
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 0);
        r = c.get(requests(Seed::globexId) + QStringLiteral("?paginated=true&status=rejected"));
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 1);
        r = c.post(requests(Seed::globexId) + QStringLiteral("/%1/accept").arg(kDanaRequest));
        EMU_EXPECT_STATUS(r, 422);
        r = c.post(requests(Seed::globexId) + QStringLiteral("/orgreq_nonexistent/accept"));
        EMU_EXPECT_STATUS(r, 404);
        QVERIFY(signInAs(QStringLiteral("dana+clerk_test@globex.test"), QStringLiteral("dana-globex-password-1")));
        QVERIFY(!myOrganizations().contains(Seed::globexId));
    }

    void automaticInvitation()
    {
        const QString id = verifiedAcmeDomain();
        QVERIFY(!id.isEmpty());
        const QString base = domains(Seed::acmeId) + QLatin1Char('/') + id;
        FapiResponse r = c.post(base + QStringLiteral("/update_enrollment_mode"),
                                {{QStringLiteral("enrollment_mode"), QStringLiteral("automatic_invitation")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("total_pending_invitations")).toInt(), 1); // Carl
        QCOMPARE(r.response().value(QLatin1String("total_pending_suggestions")).toInt(), 0);
        // Setting it again invites nobody twice.
        r = c.post(base + QStringLiteral("/update_enrollment_mode"),
                   {{QStringLiteral("enrollment_mode"), QStringLiteral("automatic_invitation")}});
        QCOMPARE(r.response().value(QLatin1String("total_pending_invitations")).toInt(), 1);
        r = c.post(base + QStringLiteral("/update_enrollment_mode"),
                   {{QStringLiteral("enrollment_mode"), QStringLiteral("manual_invitation")},
                    {QStringLiteral("delete_pending"), QStringLiteral("true")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("total_pending_invitations")).toInt(), 0);
        r = c.post(base + QStringLiteral("/update_enrollment_mode"),
                   {{QStringLiteral("enrollment_mode"), QStringLiteral("enterprise_sso")}});
        EMU_EXPECT_STATUS(r, 422);
    }

    void namesAndUniqueness()
    {
        QVERIFY(signInAs(Seed::janeEmail, Seed::janePassword));
        const auto add = [this](const QString &name) {
            return c.post(domains(Seed::acmeId), {{QStringLiteral("name"), name}});
        };
        FapiResponse r = add(QStringLiteral("not a domain"));
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_format_invalid"));
        r = add(QString());
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_missing"));
        r = add(QStringLiteral("gmail.com"));
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_domain_common"));
        // Globex has verified globex.test: a verified name belongs to one organization.
        r = add(QStringLiteral("globex.test"));
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_domain_already_exists"));
        EMU_EXPECT_STATUS(add(QStringLiteral("acme.test")), 200);
        r = add(QStringLiteral("acme.test"));
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_domain_already_exists"));
        // Ten per organization.
        for (int i = 1; i < 10; ++i)
            EMU_EXPECT_STATUS(add(QStringLiteral("d%1.acme.test").arg(i)), 200);
        r = add(QStringLiteral("d10.acme.test"));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_domain_quota_exceeded"));
        // Pages: oldest first.
        r = c.get(domains(Seed::acmeId) + QStringLiteral("?paginated=true&limit=3&offset=1"));
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 10);
        const QJsonArray data = r.response().value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("d1.acme.test"));
    }

    void creatorAtTheDomainVerifiesIt()
    {
        // Clerk: a creator with a verified address at the domain needs no code. Jane's is at example.com.
        QVERIFY(signInAs(Seed::janeEmail, Seed::janePassword));
        const FapiResponse r = c.post(domains(Seed::acmeId), {{QStringLiteral("name"), QStringLiteral("example.com")},
                                                              {QStringLiteral("enrollment_mode"),
                                                               QStringLiteral("automatic_suggestion")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("affiliation_email_address")).toString(), Seed::janeEmail);
        QCOMPARE(r.response().value(QLatin1String("affiliation_verification")).toObject()
                     .value(QLatin1String("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(r.response().value(QLatin1String("enrollment_mode")).toString(), QStringLiteral("automatic_suggestion"));
        // Bob (bob+clerk_test@example.com) is in no organization: he gets the suggestion; Ada is in Acme already.
        QCOMPARE(r.response().value(QLatin1String("total_pending_suggestions")).toInt(), 1);
    }

    void deleteDomain()
    {
        const QString id = verifiedAcmeDomain();
        QVERIFY(!id.isEmpty());
        const QString base = domains(Seed::acmeId) + QLatin1Char('/') + id;
        EMU_EXPECT_STATUS(c.post(base + QStringLiteral("/update_enrollment_mode"),
                                 {{QStringLiteral("enrollment_mode"), QStringLiteral("automatic_suggestion")}}), 200);
        FapiResponse r = c.request("DELETE", base);
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("deleted")).toBool(), true);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("organization_domain"));
        EMU_EXPECT_STATUS(c.get(base), 404);
        // Carl's pending suggestion went with it.
        QVERIFY(signInAs(kCarlEmail, kCarlPassword));
        r = c.get(QStringLiteral("/v1/me/organization_suggestions?paginated=true"));
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 0);
    }

    void permissions()
    {
        // Ada is a plain member of Acme (org:sys_memberships:read only).
        QVERIFY(signInAs(Seed::adaEmail, Seed::adaPassword));
        FapiResponse r = c.get(domains(Seed::acmeId));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_organization_permission"));
        r = c.post(domains(Seed::acmeId), {{QStringLiteral("name"), QStringLiteral("acme.test")}});
        EMU_EXPECT_STATUS(r, 403);
        r = c.get(requests(Seed::acmeId));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_organization_permission"));
        // Jane in Globex: custom permissions without the domains.
        QVERIFY(signInAs(Seed::janeEmail, Seed::janePassword));
        r = c.get(domains(Seed::globexId) + QLatin1Char('/') + kGlobexDomain);
        EMU_EXPECT_STATUS(r, 403);
        r = c.post(requests(Seed::globexId) + QStringLiteral("/%1/accept").arg(kDanaRequest));
        EMU_EXPECT_STATUS(r, 403);
        // Nobody signed in.
        c.forgetClient();
        r = c.get(domains(Seed::acmeId));
        EMU_EXPECT_STATUS(r, 401);
        r = c.get(QStringLiteral("/v1/me/organization_suggestions"));
        EMU_EXPECT_STATUS(r, 401);
    }

    void suggestionsAreTheUsersOwn()
    {
        QVERIFY(signInAs(QStringLiteral("dana+clerk_test@globex.test"), QStringLiteral("dana-globex-password-1")));
        FapiResponse r = c.get(QStringLiteral("/v1/me/organization_suggestions?paginated=true"));
        const QString danas = r.response().value(QLatin1String("data")).toArray().at(0).toObject()
                                  .value(QLatin1String("id")).toString();
        QVERIFY(!danas.isEmpty());
        QVERIFY(signInAs(kCarlEmail, kCarlPassword));
        r = c.post(QStringLiteral("/v1/me/organization_suggestions/%1/accept").arg(danas));
        EMU_EXPECT_STATUS(r, 404);
    }
};

int runOrgDomainsTests(int argc, char **argv)
{
    tst_EmuOrgDomains t;
    return QTest::qExec(&t, argc, argv);
}

#include "emuorg_domains.moc"
