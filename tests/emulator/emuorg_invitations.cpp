// The emulator's organization invitations over real HTTP: the admin's routes (/v1/organizations/{id}/invitations,
// …/bulk, …/{id}/revoke, org:sys_memberships:manage) and the invitee's (/v1/me/organization_invitations, …/accept).
// Expected codes are Clerk's published ones (already_a_member_in_organization 400, organization_invitation_not_pending
// 404 — for accept too, where the spec lists no 400 —, organization_invitation_not_unique 400, resource_not_found for
// an unknown role) and clerk-js's for a bulk duplicate (duplicate_record with meta.email_addresses). Seed facts:
// Jane is Acme's admin, Ada a plain Acme member, Bob in no organization with a pending Acme invitation.
#include "emuorgtests.h"
#include "flowsfixture.h"

#include <QtTest>

using namespace EmuTest;

namespace {

const QString kSeededInvitation = QStringLiteral("orginv_2bobacme00000000000000001");

QString invitationsPath(const QString &org) { return QStringLiteral("/v1/organizations/%1/invitations").arg(org); }

QJsonArray dataOf(const FapiResponse &r) { return r.response().value(QLatin1String("data")).toArray(); }

int totalOf(const FapiResponse &r) { return r.response().value(QLatin1String("total_count")).toInt(-1); }

/// The invitation with `email` in a list, or an empty object.
QJsonObject invitationFor(const QJsonArray &list, const QString &email)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("email_address")).toString() == email)
            return v.toObject();
    }
    return {};
}

} // namespace

class EmuOrgInvitations : public FlowsTestCase
{
    Q_OBJECT

    /// A second device for the invitee (or anyone else): its own client, signed in as `who`.
    std::unique_ptr<FapiTestClient> device(const QString &email, const QString &password, bool backupCode = false)
    {
        auto d = std::make_unique<FapiTestClient>();
        d->setBaseUrl(server.baseUrl());
        const FlowResult flow = signInWithPassword(*d, email, password,
                                                   backupCode ? QStringLiteral("needs_second_factor")
                                                              : QStringLiteral("complete"));
        if (!flow.ok) {
            qWarning("%s", qPrintable(flow.failure));
            return nullptr;
        }
        if (backupCode) {
            // Bob has two factors; a seeded backup code finishes his sign-in without a clock-bound TOTP code.
            const FapiResponse second =
                d->post(QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor").arg(flow.signInId),
                        {{QStringLiteral("strategy"), QStringLiteral("backup_code")},
                         {QStringLiteral("code"), QStringLiteral("bkp-11111111")}});
            if (second.status != 200) {
                qWarning("Bob's second factor: %s", qPrintable(second.describe()));
                return nullptr;
            }
        }
        return d;
    }
    std::unique_ptr<FapiTestClient> bob() { return device(Seed::bobEmail, Seed::bobPassword, true); }

private Q_SLOTS:
    void seededInvitationIsSeenByBothSides()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.get(invitationsPath(Seed::acmeId) + QStringLiteral("?paginated=true&status=pending"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 1);
        const QJsonObject admin = invitationFor(dataOf(r), Seed::bobEmail);
        QCOMPARE(admin.value(QLatin1String("id")).toString(), kSeededInvitation);
        QCOMPARE(admin.value(QLatin1String("object")).toString(), QStringLiteral("organization_invitation"));
        QCOMPARE(admin.value(QLatin1String("role")).toString(), QStringLiteral("org:member"));
        QCOMPARE(admin.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(admin.value(QLatin1String("organization_id")).toString(), Seed::acmeId);

        auto invitee = bob();
        QVERIFY(invitee);
        r = invitee->get(QStringLiteral("/v1/me/organization_invitations?paginated=true&status=pending"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 1);
        const QJsonObject mine = dataOf(r).at(0).toObject();
        QCOMPARE(mine.value(QLatin1String("id")).toString(), kSeededInvitation);
        const QJsonObject org = mine.value(QLatin1String("public_organization_data")).toObject();
        QCOMPARE(org.value(QLatin1String("name")).toString(), QStringLiteral("Acme Corp"));
        QCOMPARE(org.value(QLatin1String("slug")).toString(), QStringLiteral("acme"));
        QCOMPARE(org.value(QLatin1String("id")).toString(), Seed::acmeId);

        // Jane has no invitation of her own.
        r = c.get(QStringLiteral("/v1/me/organization_invitations?paginated=true"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 0);
    }

    void inviteIsCheckedAsClerkChecksIt()
    {
        QVERIFY(!signInJane().isEmpty());
        const QString path = invitationsPath(Seed::acmeId);
        const auto invite = [&](const QString &email, const QString &role) {
            FormFields form;
            if (!email.isEmpty())
                form.append({QStringLiteral("email_address"), email});
            if (!role.isEmpty())
                form.append({QStringLiteral("role"), role});
            return c.post(path, form);
        };
        const QString member = QStringLiteral("org:member");
        FapiResponse r = invite({}, member);
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_missing"));
        r = invite(QStringLiteral("someone+clerk_test@example.com"), {});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_missing"));
        r = invite(QStringLiteral("not-an-address"), member);
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_format_invalid"));
        QCOMPARE(r.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("param_name")).toString(),
                 QStringLiteral("email_address"));
        r = invite(QStringLiteral("someone+clerk_test@example.com"), QStringLiteral("org:no_such_role"));
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("resource_not_found"));
        QCOMPARE(r.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("param_name")).toString(),
                 QStringLiteral("role"));
        // Ada is a member already; clerk-js reads her address out of the long message.
        r = invite(Seed::adaEmail.toUpper(), member);
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("already_a_member_in_organization"));
        QVERIFY(r.firstError().value(QLatin1String("long_message")).toString().contains(Seed::adaEmail));
        // Bob has the seeded pending invitation.
        r = invite(Seed::bobEmail, member);
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_invitation_not_unique"));

        r = invite(QStringLiteral("New.Hire+clerk_test@Example.com"), QStringLiteral("org:admin"));
        EMU_EXPECT_STATUS(r, 200);
        const QJsonObject made = r.response();
        QCOMPARE(made.value(QLatin1String("email_address")).toString(),
                 QStringLiteral("new.hire+clerk_test@example.com"));
        QCOMPARE(made.value(QLatin1String("role")).toString(), QStringLiteral("org:admin"));
        QCOMPARE(made.value(QLatin1String("role_name")).toString(), QStringLiteral("Admin"));
        QCOMPARE(made.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QVERIFY(made.value(QLatin1String("id")).toString().startsWith(QLatin1String("orginv_")));
        QVERIFY(r.object().contains(QLatin1String("client")));
        r = c.get(path + QStringLiteral("?paginated=true"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 2);
        // Newest first.
        QCOMPARE(dataOf(r).at(0).toObject().value(QLatin1String("id")).toString(),
                 made.value(QLatin1String("id")).toString());
    }

    void bulkInvitesAllOrNone()
    {
        QVERIFY(!signInJane().isEmpty());
        const QString path = invitationsPath(Seed::acmeId) + QStringLiteral("/bulk");
        const QString one = QStringLiteral("one+clerk_test@example.com");
        const QString two = QStringLiteral("two+clerk_test@example.com");
        // The array as clerk-js sends one: the field repeated.
        FapiResponse r = c.post(path, {{QStringLiteral("email_address"), one},
                                       {QStringLiteral("email_address"), two},
                                       {QStringLiteral("role"), QStringLiteral("org:member")}});
        EMU_EXPECT_STATUS(r, 200);
        const QJsonArray made = r.object().value(QLatin1String("response")).toArray();
        QCOMPARE(made.size(), 2);
        QCOMPARE(made.at(0).toObject().value(QLatin1String("email_address")).toString(), one);
        QCOMPARE(made.at(1).toObject().value(QLatin1String("email_address")).toString(), two);

        // One address already invited: none is, and the duplicates are named.
        const QString three = QStringLiteral("three+clerk_test@example.com");
        r = c.post(path, {{QStringLiteral("email_address"), three},
                          {QStringLiteral("email_address"), Seed::bobEmail},
                          {QStringLiteral("email_address"), one},
                          {QStringLiteral("role"), QStringLiteral("org:member")}});
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("duplicate_record"));
        const QJsonArray named =
            r.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("email_addresses")).toArray();
        QCOMPARE(named.size(), 2);
        QVERIFY(named.contains(Seed::bobEmail));
        QVERIFY(named.contains(one));
        r = c.get(invitationsPath(Seed::acmeId) + QStringLiteral("?paginated=true"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 3); // the seeded one, one and two
        QVERIFY(invitationFor(dataOf(r), three).isEmpty());
    }

    void onlyManagersMayInviteListAndRevoke()
    {
        // Ada is a plain member of Acme: Clerk answers 403 missing_organization_permission.
        auto ada = device(Seed::adaEmail, Seed::adaPassword);
        QVERIFY(ada);
        const QString path = invitationsPath(Seed::acmeId);
        FapiResponse r = ada->post(path, {{QStringLiteral("email_address"), QStringLiteral("x+clerk_test@example.com")},
                                          {QStringLiteral("role"), QStringLiteral("org:member")}});
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_organization_permission"));
        r = ada->get(path);
        EMU_EXPECT_STATUS(r, 403);
        r = ada->post(path + QStringLiteral("/%1/revoke").arg(kSeededInvitation));
        EMU_EXPECT_STATUS(r, 403);
        // Jane is in Globex with custom permissions that do not include managing members.
        QVERIFY(!signInJane().isEmpty());
        r = c.get(invitationsPath(Seed::globexId));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_organization_permission"));
        // Bob is in no organization.
        auto outsider = bob();
        QVERIFY(outsider);
        r = outsider->get(path);
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("not_a_member_in_organization"));
        // Signed out.
        c.forgetClient();
        r = c.get(path);
        EMU_EXPECT_STATUS(r, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("signed_out"));
    }

    void revokeOnlyPending()
    {
        QVERIFY(!signInJane().isEmpty());
        const QString revoke = invitationsPath(Seed::acmeId) + QStringLiteral("/%1/revoke");
        FapiResponse r = c.post(revoke.arg(kSeededInvitation));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("revoked"));
        r = c.post(revoke.arg(kSeededInvitation));
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_invitation_not_pending"));
        r = c.post(revoke.arg(QStringLiteral("orginv_doesnotexist")));
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_invitation_not_found"));
        r = c.get(invitationsPath(Seed::acmeId) + QStringLiteral("?paginated=true&status=revoked"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 1);
        r = c.get(invitationsPath(Seed::acmeId) + QStringLiteral("?paginated=true&status=pending"));
        QCOMPARE(totalOf(r), 0);
        r = c.get(invitationsPath(Seed::acmeId) + QStringLiteral("?status=bogus"));
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_query_parameter_value"));

        // The invitee no longer sees it as pending, and cannot accept it.
        auto invitee = bob();
        QVERIFY(invitee);
        r = invitee->get(QStringLiteral("/v1/me/organization_invitations?paginated=true&status=pending"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 0);
        r = invitee->post(QStringLiteral("/v1/me/organization_invitations/%1/accept").arg(kSeededInvitation));
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_invitation_not_pending"));
    }

    void acceptMakesTheMembership()
    {
        auto invitee = bob();
        QVERIFY(invitee);
        // Ada's address is not Bob's: someone else's invitation does not exist for her.
        auto ada = device(Seed::adaEmail, Seed::adaPassword);
        QVERIFY(ada);
        const QString accept = QStringLiteral("/v1/me/organization_invitations/%1/accept").arg(kSeededInvitation);
        FapiResponse r = ada->post(accept);
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_invitation_not_found"));

        r = invitee->post(accept);
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
        // The client in the answer has Bob's new membership, with the invitation's role and its permissions.
        QJsonObject membership;
        const QJsonArray sessions = r.client().value(QLatin1String("sessions")).toArray();
        QVERIFY(!sessions.isEmpty());
        const QJsonObject user = sessions.at(0).toObject().value(QLatin1String("user")).toObject();
        for (const QJsonValue &m : user.value(QLatin1String("organization_memberships")).toArray()) {
            if (m.toObject().value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString() ==
                Seed::acmeId)
                membership = m.toObject();
        }
        QCOMPARE(membership.value(QLatin1String("role")).toString(), QStringLiteral("org:member"));
        QVERIFY(membership.value(QLatin1String("permissions"))
                    .toArray()
                    .contains(QStringLiteral("org:sys_memberships:read")));
        r = invitee->post(accept);
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_invitation_not_pending"));

        // The admin's side: accepted, and Bob may no longer be invited.
        QVERIFY(!signInJane().isEmpty());
        r = c.get(invitationsPath(Seed::acmeId) + QStringLiteral("?paginated=true&status=accepted"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 1);
        QCOMPARE(dataOf(r).at(0).toObject().value(QLatin1String("id")).toString(), kSeededInvitation);
        r = c.post(invitationsPath(Seed::acmeId),
                   {{QStringLiteral("email_address"), Seed::bobEmail},
                    {QStringLiteral("role"), QStringLiteral("org:member")}});
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("already_a_member_in_organization"));
    }

    void invitationsFollowVerifiedAddressesAndPage()
    {
        auto invitee = bob();
        QVERIFY(invitee);
        // An address Bob added but never verified does not bring him its invitations.
        const QString unverified = QStringLiteral("bob.second+clerk_test@example.com");
        FapiResponse r = invitee->post(QStringLiteral("/v1/me/email_addresses"),
                                       {{QStringLiteral("email_address"), unverified}});
        EMU_EXPECT_STATUS(r, 200);
        QVERIFY(!signInJane().isEmpty());
        r = c.post(invitationsPath(Seed::acmeId) + QStringLiteral("/bulk"),
                   {{QStringLiteral("email_address"), unverified},
                    {QStringLiteral("email_address"), QStringLiteral("p1+clerk_test@example.com")},
                    {QStringLiteral("email_address"), QStringLiteral("p2+clerk_test@example.com")},
                    {QStringLiteral("role"), QStringLiteral("org:member")}});
        EMU_EXPECT_STATUS(r, 200);
        r = invitee->get(QStringLiteral("/v1/me/organization_invitations?paginated=true"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 1);
        QCOMPARE(dataOf(r).at(0).toObject().value(QLatin1String("id")).toString(), kSeededInvitation);

        // Paging: four in all, two per page.
        const QString list = invitationsPath(Seed::acmeId) + QStringLiteral("?paginated=true&limit=2&offset=%1");
        r = c.get(list.arg(0));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(totalOf(r), 4);
        QCOMPARE(dataOf(r).size(), 2);
        r = c.get(list.arg(2));
        QCOMPARE(dataOf(r).size(), 2);
        QCOMPARE(dataOf(r).at(1).toObject().value(QLatin1String("id")).toString(), kSeededInvitation);
        r = c.get(list.arg(4));
        QCOMPARE(dataOf(r).size(), 0);
    }
};

int runOrgInvitationsTests(int argc, char **argv)
{
    EmuOrgInvitations t;
    return QTest::qExec(&t, argc, argv);
}

#include "emuorg_invitations.moc"
