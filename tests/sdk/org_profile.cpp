// OrganizationManager's profile side through the public API against the emulator over real HTTP: creating an
// organization, paging the user's memberships, leaving, updating, the logo and deletion. Expected values come
// from the default seed (Acme: Jane admin, Ada member; Globex: Jane a member with org:sys_profile:read only,
// Ada admin, admin_delete_enabled false) and Clerk's documented error codes.
#include "orgtests.h"

#include "testhelpers.h"

#include <ClerkQt/organizations.h>

#include <QTemporaryDir>

using namespace Clerk;
using namespace TestHelpers;

namespace {

// A 1×1 PNG.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

std::optional<Organization> findOrg(const QList<Organization> &list, const QString &id)
{
    for (const Organization &o : list) {
        if (o.id == id)
            return o;
    }
    return std::nullopt;
}

std::optional<Membership> findMembership(const QList<Membership> &list, const QString &orgId)
{
    for (const Membership &m : list) {
        if (m.organization.id == orgId)
            return m;
    }
    return std::nullopt;
}

} // namespace

class tst_OrgProfile : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;

    std::unique_ptr<Auth> signedIn(const QString &email, const QString &password)
    {
        return signedInAuth(server, "orgprofile", email, password);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { server.reset(); }

    // Clerk makes the creator org:admin; Auth::memberships() lists the organization when the reply reports.
    void createMakesTheCreatorAdmin()
    {
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        QSignalSpy changed(auth.get(), &Auth::organizationsChanged);
        const Outcome o = await(auth->organizationManager()->createOrganization(QStringLiteral("Initech Labs")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto org = o.result.value<Organization>();
        QCOMPARE(org.name, QStringLiteral("Initech Labs"));
        QCOMPARE(org.slug, QStringLiteral("initech-labs")); // derived from the name, as Clerk does
        QVERIFY(org.id.startsWith(QLatin1String("org_")));
        QVERIFY(changed.count() >= 1);
        const std::optional<Membership> m = findMembership(auth->memberships(), org.id);
        QVERIFY(m);
        QCOMPARE(m->role, QStringLiteral("org:admin"));
        QVERIFY(m->permissions.contains(QStringLiteral("org:sys_profile:manage")));
        QCOMPARE(auth->memberships().size(), 3);
        QVERIFY(auth->organization().isNull()); // created, not made active

        const Outcome withSlug = await(
            auth->organizationManager()->createOrganization(QStringLiteral("Second"), QStringLiteral("second-one")));
        QVERIFY2(withSlug.ok(), qPrintable(withSlug.error.toString()));
        QCOMPARE(withSlug.result.value<Organization>().slug, QStringLiteral("second-one"));
    }

    void createRefusalsAreTyped()
    {
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        OrganizationManager *orgs = auth->organizationManager();
        Outcome o = await(orgs->createOrganization(QStringLiteral("See https://evil.example")));
        QVERIFY(o.finished && !o.ok());
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("form_param_value_invalid"));
        o = await(orgs->createOrganization(QStringLiteral("Fine"), QStringLiteral("acme")));
        QCOMPARE(o.error.code(), QStringLiteral("form_identifier_exists"));
        o = await(orgs->createOrganization(QStringLiteral("Fine"), QStringLiteral("Not Valid!")));
        QCOMPARE(o.error.code(), QStringLiteral("form_param_format_invalid"));
        o = await(orgs->createOrganization(QString()));
        QCOMPARE(o.error.code(), QStringLiteral("form_param_missing"));
        QCOMPARE(auth->memberships().size(), 2);
    }

    void membershipsArePaged()
    {
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        const Outcome first = await(auth->organizationManager()->loadMemberships(0, 1));
        QVERIFY2(first.ok(), qPrintable(first.error.toString()));
        const auto page1 = first.result.value<MembershipPage>();
        QCOMPARE(page1.totalCount, 2);
        QCOMPARE(page1.items.size(), 1);
        const Outcome second = await(auth->organizationManager()->loadMemberships(1, 1));
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        const auto page2 = second.result.value<MembershipPage>();
        QCOMPARE(page2.items.size(), 1);
        QCOMPARE(QSet<QString>({page1.items.at(0).organization.id, page2.items.at(0).organization.id}),
                 QSet<QString>({kAcme, kGlobex}));
        const std::optional<Membership> acme = findMembership(page1.items + page2.items, kAcme);
        QVERIFY(acme);
        QCOMPARE(acme->role, QStringLiteral("org:admin"));
        QCOMPARE(acme->organization.name, QStringLiteral("Acme Corp"));
        QCOMPARE(server.requestCount(QStringLiteral("GET /v1/me/organization_memberships")), 2);
    }

    // Leaving the active organization puts the session on the personal account; the last admin is refused.
    void leaveTheActiveOrganization()
    {
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        QVERIFY(await(auth->setActiveOrganization(kGlobex)).ok());
        QCOMPARE(auth->organization().id, kGlobex);
        // The default seed's tokens are v2: the active organization is the `o` claim.
        QTRY_COMPARE(jwtClaims(auth->sessionToken()).value(QLatin1String("o")).toObject().value(QLatin1String("id"))
                         .toString(), kGlobex);

        QSignalSpy active(auth.get(), &Auth::organizationChanged);
        const Outcome o = await(auth->organizationManager()->leaveOrganization(kGlobex));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth->organization().isNull());
        QVERIFY(active.count() >= 1);
        // The session's next token no longer names the organization.
        QTRY_VERIFY(!jwtClaims(auth->sessionToken()).contains(QLatin1String("o")));
        QVERIFY(!auth->sessionToken().isEmpty());
        QCOMPARE(auth->memberships().size(), 1);
        QCOMPARE(auth->memberships().at(0).organization.id, kAcme);

        const Outcome last = await(auth->organizationManager()->leaveOrganization(kAcme));
        QVERIFY(last.finished && !last.ok());
        QCOMPARE(last.error.kind(), Error::Kind::Auth);
        QCOMPARE(last.error.code(), QStringLiteral("organization_minimum_permissions_needed"));
        QCOMPARE(auth->memberships().size(), 1);
    }

    // org:sys_profile:manage: Jane renames Acme (Auth::organizations() follows); in Globex she lacks it and the
    // manager refuses without asking.
    void updateNeedsTheManagePermission()
    {
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        const Outcome o = await(auth->organizationManager()->updateOrganization(
            kAcme, QStringLiteral("Acme Rockets"), QStringLiteral("acme-rockets")));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<Organization>().name, QStringLiteral("Acme Rockets"));
        const std::optional<Organization> acme = findOrg(auth->organizations(), kAcme);
        QVERIFY(acme);
        QCOMPARE(acme->name, QStringLiteral("Acme Rockets"));
        QCOMPARE(acme->slug, QStringLiteral("acme-rockets"));

        const QString patch = QStringLiteral("PATCH /v1/organizations/{organization_id}");
        const int before = server.requestCount(patch);
        const Outcome refused =
            await(auth->organizationManager()->updateOrganization(kGlobex, QStringLiteral("Jane's Globex")));
        QVERIFY(refused.finished && !refused.ok());
        QCOMPARE(refused.error.kind(), Error::Kind::Auth);
        QCOMPARE(refused.error.code(), QStringLiteral("clerkqt_missing_permission"));
        QCOMPARE(server.requestCount(patch), before);
        QCOMPARE(findOrg(auth->organizations(), kGlobex)->name, QStringLiteral("Globex"));
    }

    void logoFromAFileAndRemoved()
    {
        auto auth = signedIn(kJane, kJanePassword);
        QVERIFY(auth);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("acme.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPng);
        file.close();

        Outcome o = await(auth->organizationManager()->setOrganizationLogo(kAcme, QUrl::fromLocalFile(path)));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const auto org = o.result.value<Organization>();
        QVERIFY(org.hasImage);
        QVERIFY(org.imageUrl.startsWith(server.baseUrl().toString()));
        QCOMPARE(findOrg(auth->organizations(), kAcme)->imageUrl, org.imageUrl);

        o = await(auth->organizationManager()->removeOrganizationLogo(kAcme));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!findOrg(auth->organizations(), kAcme)->hasImage);
        o = await(auth->organizationManager()->removeOrganizationLogo(kAcme));
        QCOMPARE(o.error.code(), QStringLiteral("image_not_found"));

        const QString put = QStringLiteral("PUT /v1/organizations/{organization_id}/logo");
        const int before = server.requestCount(put);
        const QUrl missing = QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.png")));
        o = await(auth->organizationManager()->setOrganizationLogo(kAcme, missing));
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_file_unreadable"));
        o = await(auth->organizationManager()->setOrganizationLogo(kGlobex, QUrl::fromLocalFile(path)));
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_missing_permission"));
        QCOMPARE(server.requestCount(put), before);
    }

    // org:sys_profile:delete and the organization's admin_delete_enabled.
    void deleteTheOrganization()
    {
        auto jane = signedIn(kJane, kJanePassword);
        QVERIFY(jane);
        const QString del = QStringLiteral("DELETE /v1/organizations/{organization_id}");
        Outcome o = await(jane->organizationManager()->deleteOrganization(kGlobex));
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_missing_permission"));
        QCOMPARE(server.requestCount(del), 0);

        auto ada = signedIn(kAda, kAdaPassword);
        QVERIFY(ada);
        o = await(ada->organizationManager()->deleteOrganization(kGlobex));
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("organization_admin_delete_not_enabled"));

        QVERIFY(await(jane->setActiveOrganization(kAcme)).ok());
        o = await(jane->organizationManager()->deleteOrganization(kAcme));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!findOrg(jane->organizations(), kAcme));
        QVERIFY(jane->organization().isNull());
    }

    void signedOutIsRefused()
    {
        AuthConfig config = configFor(server, uniqueService("orgprofile-out"));
        config.persistSession = false;
        Auth auth(config);
        QVERIFY(waitLoaded(auth));
        const Outcome o = await(auth.organizationManager()->createOrganization(QStringLiteral("Nobody's")));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_signed_out"));
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/organizations")), 0);
    }
};

int runOrgProfileTests(int argc, char **argv)
{
    tst_OrgProfile t;
    return QTest::qExec(&t, argc, argv);
}

#include "org_profile.moc"
