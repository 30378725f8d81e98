// The emulator's organization profile routes over real HTTP: creating an organization, the user's memberships
// (paged), leaving one, updating, the logo and deletion — with Clerk's validation, error codes and permissions.
// Expected values come from the default seed (Acme: Jane admin, Ada member; Globex: Jane a member without
// org:sys_profile:manage, Ada admin, admin_delete_enabled false) and Clerk's documented errors.
#include "emuorgtests.h"

#include "flowsfixture.h"

#include <QJsonArray>

using namespace EmuTest;

namespace {

const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
const QByteArray kBoundary = "clerkqt-logo-boundary";

RequestOptions multipartFile(const QByteArray &fileName, const QByteArray &type, const QByteArray &data)
{
    RequestOptions o;
    o.rawBody = true;
    o.contentType = "multipart/form-data; boundary=" + kBoundary;
    o.body = "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + type + "\r\n\r\n" + data + "\r\n--" + kBoundary + "--\r\n";
    return o;
}

QString paramName(const FapiResponse &r)
{
    return r.firstError().value(QLatin1String("meta")).toObject().value(QLatin1String("param_name")).toString();
}

/// The memberships of the signed-in user as the client in `r` carries them: organization id → role.
QMap<QString, QString> membershipsInClient(const FapiResponse &r)
{
    QMap<QString, QString> out;
    const QJsonObject client = r.client();
    const QString sid = client.value(QLatin1String("last_active_session_id")).toString();
    for (const QJsonValue &s : client.value(QLatin1String("sessions")).toArray()) {
        if (s.toObject().value(QLatin1String("id")).toString() != sid)
            continue;
        const QJsonObject user = s.toObject().value(QLatin1String("user")).toObject();
        for (const QJsonValue &m : user.value(QLatin1String("organization_memberships")).toArray()) {
            const QJsonObject mo = m.toObject();
            out.insert(mo.value(QLatin1String("organization")).toObject().value(QLatin1String("id")).toString(),
                       mo.value(QLatin1String("role")).toString());
        }
    }
    return out;
}

QJsonObject sessionIn(const FapiResponse &r, const QString &sid)
{
    for (const QJsonValue &s : r.client().value(QLatin1String("sessions")).toArray()) {
        if (s.toObject().value(QLatin1String("id")).toString() == sid)
            return s.toObject();
    }
    return {};
}

} // namespace

class EmuOrgProfile : public FlowsTestCase
{
    Q_OBJECT

    /// Ada signed in on a client of her own.
    std::unique_ptr<FapiTestClient> signedInAda()
    {
        auto ada = std::make_unique<FapiTestClient>(server.baseUrl());
        const FlowResult flow = signInWithPassword(*ada, Seed::adaEmail, Seed::adaPassword);
        if (!flow.ok) {
            qWarning("%s", qPrintable(flow.failure));
            return nullptr;
        }
        return ada;
    }

private Q_SLOTS:
    // Clerk: "Create an organization and add the current user as admin"; the answer carries the client, whose
    // user lists the new membership. Without a slug Clerk makes one from the name.
    void createMakesTheCreatorAdmin()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r =
            c.post(QStringLiteral("/v1/organizations"), {{QStringLiteral("name"), QStringLiteral("Initech Labs")}});
        EMU_EXPECT_STATUS(r, 200);
        const QJsonObject org = r.response();
        QCOMPARE(org.value(QLatin1String("object")).toString(), QStringLiteral("organization"));
        QCOMPARE(org.value(QLatin1String("name")).toString(), QStringLiteral("Initech Labs"));
        QCOMPARE(org.value(QLatin1String("slug")).toString(), QStringLiteral("initech-labs"));
        QCOMPARE(org.value(QLatin1String("members_count")).toInt(), 1);
        QCOMPARE(org.value(QLatin1String("has_image")).toBool(), false);
        const QString id = org.value(QLatin1String("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("org_")));
        QCOMPARE(membershipsInClient(r).value(id), QStringLiteral("org:admin"));

        r = c.post(QStringLiteral("/v1/organizations"),
                   {{QStringLiteral("name"), QStringLiteral("Second")},
                    {QStringLiteral("slug"), QStringLiteral("second_one")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("slug")).toString(), QStringLiteral("second_one"));
        // A name whose slug is taken ("acme" is Acme Corp's) still gets a slug of its own.
        r = c.post(QStringLiteral("/v1/organizations"), {{QStringLiteral("name"), QStringLiteral("ACME")}});
        EMU_EXPECT_STATUS(r, 200);
        const QString slug = r.response().value(QLatin1String("slug")).toString();
        QVERIFY2(slug.startsWith(QLatin1String("acme-")), qPrintable(slug));

        c.forgetClient();
        r = c.post(QStringLiteral("/v1/organizations"), {{QStringLiteral("name"), QStringLiteral("Nobody's")}});
        EMU_EXPECT_STATUS(r, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("signed_out"));
    }

    // The name is required and "may not contain URLs or HTML" (the spec); a slug is lower-case letters, digits,
    // `-` and `_`, and unique (form_identifier_exists on `slug`).
    void createValidatesNameAndSlug()
    {
        QVERIFY(!signInJane().isEmpty());
        const auto create = [this](const QString &name, const QString &slug) {
            FormFields form{{QStringLiteral("name"), name}};
            if (!slug.isNull())
                form.append({QStringLiteral("slug"), slug});
            return c.post(QStringLiteral("/v1/organizations"), form);
        };
        FapiResponse r = create(QStringLiteral("  "), QString());
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_missing"));
        QCOMPARE(paramName(r), QStringLiteral("name"));
        for (const QString &bad : {QStringLiteral("Visit https://evil.example"), QStringLiteral("www.evil.example"),
                                   QStringLiteral("<b>Bold</b> Inc")}) {
            r = create(bad, QString());
            EMU_EXPECT_STATUS(r, 422);
            QCOMPARE(r.errorCode(), QStringLiteral("form_param_value_invalid"));
            QCOMPARE(paramName(r), QStringLiteral("name"));
        }
        r = create(QStringLiteral("Fine"), QStringLiteral("Not Valid!"));
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_format_invalid"));
        QCOMPARE(paramName(r), QStringLiteral("slug"));
        r = create(QStringLiteral("Fine"), QStringLiteral("acme"));
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_identifier_exists"));
        QCOMPARE(paramName(r), QStringLiteral("slug"));
        // Nothing was created by the refusals: Jane is still in Acme and Globex only.
        r = c.get(QStringLiteral("/v1/me/organization_memberships?paginated=true"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("total_count")).toInt(), 2);
    }

    // GET /v1/me/organization_memberships: `{data, total_count}` with limit/offset when paginated, else an array.
    void membershipsArePaged()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse first = c.get(QStringLiteral("/v1/me/organization_memberships?paginated=true&limit=1&offset=0"));
        EMU_EXPECT_STATUS(first, 200);
        QCOMPARE(first.response().value(QLatin1String("total_count")).toInt(), 2);
        const QJsonArray page1 = first.response().value(QLatin1String("data")).toArray();
        QCOMPARE(page1.size(), 1);
        FapiResponse second = c.get(QStringLiteral("/v1/me/organization_memberships?paginated=true&limit=1&offset=1"));
        EMU_EXPECT_STATUS(second, 200);
        const QJsonArray page2 = second.response().value(QLatin1String("data")).toArray();
        QCOMPARE(page2.size(), 1);
        const auto orgOf = [](const QJsonValue &membership) {
            return membership.toObject().value(QLatin1String("organization")).toObject().value(QLatin1String("id"))
                .toString();
        };
        QCOMPARE(QSet<QString>({orgOf(page1.at(0)), orgOf(page2.at(0))}), QSet<QString>({Seed::acmeId, Seed::globexId}));

        FapiResponse all = c.get(QStringLiteral("/v1/me/organization_memberships"));
        EMU_EXPECT_STATUS(all, 200);
        QVERIFY(all.json.object().value(QLatin1String("response")).isArray());
        QCOMPARE(all.json.object().value(QLatin1String("response")).toArray().size(), 2);
    }

    // Leaving deletes the membership; the session whose active organization it was goes back to the personal
    // account. The last member holding org:sys_memberships:manage may not leave (Clerk: 400
    // organization_minimum_permissions_needed).
    void leaveAndTheLastAdmin()
    {
        const QString sid = signInJane();
        QVERIFY(!sid.isEmpty());
        EMU_EXPECT_STATUS(c.post(QStringLiteral("/v1/client/sessions/%1/touch").arg(sid),
                                 {{QStringLiteral("active_organization_id"), Seed::globexId}}), 200);

        FapiResponse r = c.request("DELETE", QStringLiteral("/v1/me/organization_memberships/%1").arg(Seed::acmeId));
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_minimum_permissions_needed"));

        r = c.request("DELETE", QStringLiteral("/v1/me/organization_memberships/%1").arg(Seed::globexId));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("organization_membership"));
        QCOMPARE(r.response().value(QLatin1String("deleted")).toBool(), true);
        QCOMPARE(membershipsInClient(r).keys(), QStringList{Seed::acmeId});
        QVERIFY(sessionIn(r, sid).value(QLatin1String("last_active_organization_id")).isNull());

        r = c.request("DELETE", QStringLiteral("/v1/me/organization_memberships/%1").arg(Seed::globexId));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("not_a_member_in_organization"));
        // An organization that does not exist is answered as one the user is not in: Clerk does not reveal which.
        r = c.request("DELETE", QStringLiteral("/v1/me/organization_memberships/org_doesnotexist"));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("not_a_member_in_organization"));
    }

    // PATCH needs org:sys_profile:manage: Jane (Acme admin) renames Acme; Jane in Globex is refused with 403.
    void updateNeedsManagePermission()
    {
        QVERIFY(!signInJane().isEmpty());
        FapiResponse r = c.request("PATCH", QStringLiteral("/v1/organizations/%1").arg(Seed::acmeId),
                                   {{QStringLiteral("name"), QStringLiteral("Acme Rockets")},
                                    {QStringLiteral("slug"), QStringLiteral("acme-rockets")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("name")).toString(), QStringLiteral("Acme Rockets"));
        QCOMPARE(r.response().value(QLatin1String("slug")).toString(), QStringLiteral("acme-rockets"));
        QVERIFY(membershipsInClient(r).contains(Seed::acmeId));

        r = c.request("PATCH", QStringLiteral("/v1/organizations/%1").arg(Seed::acmeId),
                      {{QStringLiteral("slug"), QStringLiteral("globex")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_identifier_exists"));
        r = c.request("PATCH", QStringLiteral("/v1/organizations/%1").arg(Seed::acmeId),
                      {{QStringLiteral("name"), QStringLiteral("<script>x</script>")}});
        EMU_EXPECT_STATUS(r, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_value_invalid"));

        r = c.request("PATCH", QStringLiteral("/v1/organizations/%1").arg(Seed::globexId),
                      {{QStringLiteral("name"), QStringLiteral("Jane's Globex")}});
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_organization_permission"));
    }

    // The logo: PUT multipart `file` → has_image and an image_url that serves the bytes; DELETE removes it, a
    // second DELETE finds none. Only with org:sys_profile:manage; a non-image is refused as for profile images.
    void logoUploadServeAndRemove()
    {
        QVERIFY(!signInJane().isEmpty());
        const QString logo = QStringLiteral("/v1/organizations/%1/logo").arg(Seed::acmeId);
        FapiResponse r = c.request("PUT", logo, {}, multipartFile("acme.png", "image/png", kPng));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("has_image")).toBool(), true);
        const QString url = r.response().value(QLatin1String("image_url")).toString();
        QVERIFY2(url.startsWith(server.baseUrl().toString()), qPrintable(url));

        FapiTestClient anyone(server.baseUrl());
        RequestOptions plain;
        plain.sendToken = false;
        plain.addNativeFlag = false;
        FapiResponse image = anyone.get(QUrl(url).path(), plain);
        EMU_EXPECT_STATUS(image, 200);
        QCOMPARE(image.body, kPng);

        r = c.request("PUT", logo, {}, multipartFile("notes.txt", "text/plain", "not an image"));
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("request_body_invalid"));
        r = c.request("PUT", QStringLiteral("/v1/organizations/%1/logo").arg(Seed::globexId), {},
                      multipartFile("globex.png", "image/png", kPng));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_organization_permission"));

        r = c.request("DELETE", logo);
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("deleted")).toBool(), true);
        EMU_EXPECT_STATUS(anyone.get(QUrl(url).path(), plain), 404);
        r = c.get(QStringLiteral("/v1/me"));
        for (const QJsonValue &m : r.response().value(QLatin1String("organization_memberships")).toArray()) {
            const QJsonObject org = m.toObject().value(QLatin1String("organization")).toObject();
            QCOMPARE(org.value(QLatin1String("has_image")).toBool(), false);
        }
        r = c.request("DELETE", logo);
        EMU_EXPECT_STATUS(r, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("image_not_found"));
    }

    // DELETE needs org:sys_profile:delete and the organization's admin_delete_enabled (Globex's is false in the
    // seed: 403 organization_admin_delete_not_enabled). Deleting Acme removes every membership: Ada no longer
    // lists it, and her session that had it active is on the personal account.
    void deleteRemovesTheOrganizationForEveryone()
    {
        QVERIFY(!signInJane().isEmpty());
        auto ada = signedInAda();
        QVERIFY(ada);
        FapiResponse r = ada->get(QStringLiteral("/v1/me"));
        const QString adaSid = r.client().value(QLatin1String("last_active_session_id")).toString();
        EMU_EXPECT_STATUS(ada->post(QStringLiteral("/v1/client/sessions/%1/touch").arg(adaSid),
                                    {{QStringLiteral("active_organization_id"), Seed::acmeId}}), 200);

        r = ada->request("DELETE", QStringLiteral("/v1/organizations/%1").arg(Seed::globexId));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("organization_admin_delete_not_enabled"));
        r = ada->request("DELETE", QStringLiteral("/v1/organizations/%1").arg(Seed::acmeId));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_organization_permission"));
        r = c.request("DELETE", QStringLiteral("/v1/organizations/%1").arg(Seed::globexId));
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_organization_permission"));

        r = c.request("DELETE", QStringLiteral("/v1/organizations/%1").arg(Seed::acmeId));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("organization"));
        QCOMPARE(r.response().value(QLatin1String("id")).toString(), Seed::acmeId);
        QCOMPARE(r.response().value(QLatin1String("deleted")).toBool(), true);
        QCOMPARE(membershipsInClient(r).keys(), QStringList{Seed::globexId});

        r = ada->get(QStringLiteral("/v1/me"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(membershipsInClient(r).keys(), QStringList{Seed::globexId});
        QVERIFY(sessionIn(r, adaSid).value(QLatin1String("last_active_organization_id")).isNull());
        r = c.request("PATCH", QStringLiteral("/v1/organizations/%1").arg(Seed::acmeId),
                      {{QStringLiteral("name"), QStringLiteral("Gone")}});
        EMU_EXPECT_STATUS(r, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("not_a_member_in_organization"));
    }
};

int runOrgProfileTests(int argc, char **argv)
{
    EmuOrgProfile t;
    return QTest::qExec(&t, argc, argv);
}

#include "emuorg_profile.moc"
