// Resources and verbs as Clerk's OpenAPI spec (API version 2026-05-12, ../shared/reference/fapi-openapi) defines
// them, where the emulator once differed: the environment's organization_settings, reading and updating a user's
// email addresses and phone numbers, and PUT /v1/client. The expected names and shapes below are the spec's.
#include "flowsfixture.h"

#include <QtTest>

using namespace EmuTest;

class tst_EmulatorResources : public FlowsTestCase
{
    Q_OBJECT

    /// The ids of `list` (an array of objects), in order.
    static QStringList ids(const QJsonArray &list)
    {
        QStringList out;
        for (const QJsonValue &v : list)
            out << v.toObject().value(QLatin1String("id")).toString();
        return out;
    }

private Q_SLOTS:
    // Client.OrganizationSettings: additionalProperties false; required enabled, max_allowed_memberships, actions,
    // domains, creator_role.
    void organizationSettingsFollowTheSpec()
    {
        FapiResponse env = c.get(QStringLiteral("/v1/environment"));
        EMU_EXPECT_STATUS(env, 200);
        const QJsonObject org = env.object().value(QLatin1String("organization_settings")).toObject();
        const QStringList properties{QStringLiteral("enabled"), QStringLiteral("max_allowed_memberships"),
                                     QStringLiteral("actions"), QStringLiteral("domains"), QStringLiteral("slug"),
                                     QStringLiteral("creator_role")};
        for (const QString &key : org.keys())
            QVERIFY2(properties.contains(key), qPrintable(key + QStringLiteral(" is not in the spec")));
        for (const char *key : {"enabled", "max_allowed_memberships", "actions", "domains", "creator_role"})
            QVERIFY2(org.contains(QLatin1String(key)), key);
        // OrganizationSettings.ActionsSettings and .DomainsSettings: their required keys.
        QVERIFY(org.value(QLatin1String("actions")).toObject().value(QLatin1String("admin_delete")).isBool());
        const QJsonObject domains = org.value(QLatin1String("domains")).toObject();
        QVERIFY(domains.value(QLatin1String("enabled")).isBool());
        QVERIFY(domains.value(QLatin1String("enrollment_modes")).isArray());
        QVERIFY(domains.value(QLatin1String("default_role")).isString());
        // Clerk's default role for whoever creates an organization.
        QCOMPARE(org.value(QLatin1String("creator_role")).toString(), QStringLiteral("org:admin"));
    }

    // GET /v1/me/email_addresses and /phone_numbers answer a bare array (Server.UserEmailAddresses /
    // Server.UserPhoneNumbers); GET …/{id} the enveloped object (Client.ClientWrappedEmailAddress / …PhoneNumber).
    void listAndReadIdentifications_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("object");
        QTest::newRow("email addresses") << QStringLiteral("email_addresses") << QStringLiteral("email_address");
        QTest::newRow("phone numbers") << QStringLiteral("phone_numbers") << QStringLiteral("phone_number");
    }
    void listAndReadIdentifications()
    {
        QFETCH(QString, kind);
        QFETCH(QString, object);
        QVERIFY(!signInJane().isEmpty());
        const QJsonArray own = c.get(QStringLiteral("/v1/me")).response().value(kind).toArray();
        QVERIFY(!own.isEmpty());

        FapiResponse list = c.get(QStringLiteral("/v1/me/") + kind);
        EMU_EXPECT_STATUS(list, 200);
        QVERIFY2(list.json.isArray(), qPrintable(list.describe()));
        QCOMPARE(ids(list.json.array()), ids(own));
        for (const QJsonValue &v : list.json.array())
            QCOMPARE(v.toObject().value(QLatin1String("object")).toString(), object);

        const QString id = own.first().toObject().value(QLatin1String("id")).toString();
        FapiResponse one = c.get(QStringLiteral("/v1/me/%1/%2").arg(kind, id));
        EMU_EXPECT_STATUS(one, 200);
        QCOMPARE(one.response().value(QLatin1String("id")).toString(), id);
        QCOMPARE(one.response().value(QLatin1String("object")).toString(), object);
        QCOMPARE(one.client().value(QLatin1String("object")).toString(), QStringLiteral("client"));

        FapiResponse missing = c.get(QStringLiteral("/v1/me/%1/idn_2noSuchIdentification0000000").arg(kind));
        EMU_EXPECT_STATUS(missing, 404);
        QCOMPARE(missing.errorCode(), QStringLiteral("resource_not_found"));
    }
    void identificationsNeedASession()
    {
        c.get(QStringLiteral("/v1/client"));
        for (const char *kind : {"email_addresses", "phone_numbers"}) {
            FapiResponse r = c.get(QStringLiteral("/v1/me/") + QLatin1String(kind));
            EMU_EXPECT_STATUS(r, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("signed_out"));
        }
    }

    // PATCH /v1/me/phone_numbers/{id}: reserved_for_second_factor, default_second_factor (booleans).
    void updatePhoneNumber()
    {
        QVERIFY(!signInJane().isEmpty());
        const QString first = c.get(QStringLiteral("/v1/me")).response().value(QLatin1String("phone_numbers"))
                                  .toArray().first().toObject().value(QLatin1String("id")).toString();
        // postPhoneNumbers takes reserved_for_second_factor too.
        FapiResponse added = c.post(QStringLiteral("/v1/me/phone_numbers"),
                                    {{QStringLiteral("phone_number"), QStringLiteral("+15555550188")},
                                     {QStringLiteral("reserved_for_second_factor"), QStringLiteral("true")}});
        EMU_EXPECT_STATUS(added, 200);
        const QString second = added.response().value(QLatin1String("id")).toString();
        QCOMPARE(added.response().value(QLatin1String("reserved_for_second_factor")).toBool(), true);
        QCOMPARE(added.response().value(QLatin1String("default_second_factor")).toBool(), false);

        const auto patch = [this](const QString &id, const FormFields &form) {
            return c.request("PATCH", QStringLiteral("/v1/me/phone_numbers/") + id, form);
        };
        const auto flags = [this](const QString &id) {
            const QJsonObject p = c.get(QStringLiteral("/v1/me/phone_numbers/") + id).response();
            return QPair<bool, bool>(p.value(QLatin1String("reserved_for_second_factor")).toBool(),
                                     p.value(QLatin1String("default_second_factor")).toBool());
        };
        FapiResponse r = patch(first, {{QStringLiteral("reserved_for_second_factor"), QStringLiteral("true")},
                                       {QStringLiteral("default_second_factor"), QStringLiteral("true")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("id")).toString(), first);
        QCOMPARE(r.response().value(QLatin1String("reserved_for_second_factor")).toBool(), true);
        QCOMPARE(r.response().value(QLatin1String("default_second_factor")).toBool(), true);
        QCOMPARE(flags(first), qMakePair(true, true));

        // One default second factor per user: a new default replaces the old one.
        r = patch(second, {{QStringLiteral("reserved_for_second_factor"), QStringLiteral("true")},
                           {QStringLiteral("default_second_factor"), QStringLiteral("true")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(flags(second), qMakePair(true, true));
        QCOMPARE(flags(first), qMakePair(true, false));

        // A number no longer reserved for second factors is no one's default either.
        r = patch(second, {{QStringLiteral("reserved_for_second_factor"), QStringLiteral("false")}});
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(flags(second), qMakePair(false, false));

        // The spec lists 400, not 422, for this operation.
        r = patch(first, {{QStringLiteral("default_second_factor"), QStringLiteral("yes")}});
        EMU_EXPECT_STATUS(r, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("form_param_format_invalid"));
        r = patch(QStringLiteral("idn_2noSuchIdentification0000000"),
                  {{QStringLiteral("reserved_for_second_factor"), QStringLiteral("true")}});
        EMU_EXPECT_STATUS(r, 404);
    }

    // PUT /v1/client (putClient) creates a new client, like POST, and answers {response: client, client: null}.
    void putClientCreatesAClient()
    {
        QVERIFY(!signInJane().isEmpty());
        const QByteArray oldToken = c.clientToken();
        const QString oldId = c.get(QStringLiteral("/v1/client")).response().value(QLatin1String("id")).toString();
        FapiResponse r = c.request("PUT", QStringLiteral("/v1/client"));
        EMU_EXPECT_STATUS(r, 200);
        QCOMPARE(r.response().value(QLatin1String("object")).toString(), QStringLiteral("client"));
        QVERIFY(r.object().value(QLatin1String("client")).isNull());
        const QString newId = r.response().value(QLatin1String("id")).toString();
        QVERIFY(!newId.isEmpty());
        QVERIFY(newId != oldId);
        QVERIFY(r.response().value(QLatin1String("sessions")).toArray().isEmpty());
        QVERIFY(!c.clientToken().isEmpty());
        QVERIFY(c.clientToken() != oldToken);
        QCOMPARE(c.get(QStringLiteral("/v1/client")).response().value(QLatin1String("id")).toString(), newId);
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorResources)
#include "tst_emulator_resources.moc"
