import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// OrganizationMembersPage and Protect against the emulator (default seed: Acme with Jane admin and Ada member;
// roles org:admin, org:member, org:billing with the custom permission org:invoices:read). Jane, as Acme's admin,
// changes Ada's role and removes her; Ada, a plain member, sees the members without the controls; a Protect gate
// on Ada's side follows the role Jane gives her, on Ada's next session token, without a restart.
Item {
    id: root
    width: 640
    height: 640

    readonly property string acme: "org_2acme0000000000000000000001"
    readonly property string adaId: "user_2ada00000000000000000000003"
    readonly property string janeId: "user_2jane0000000000000000000001"

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
        }
    }
    Component {
        id: pageComponent
        OrganizationMembersPage {
            width: 600
        }
    }
    Component {
        id: protectComponent
        Column {
            property alias auth: invoices.auth
            property alias invoices: invoices
            property alias admins: admins
            Protect {
                id: invoices
                objectName: "invoicesGate"
                permission: "org:invoices:read"
                fallback: Component { Text { objectName: "noInvoices"; text: "No access" } }
                Text { objectName: "invoices"; text: "Invoices" }
            }
            Protect {
                id: admins
                objectName: "adminGate"
                auth: invoices.auth
                role: "org:admin"
                Text { objectName: "adminOnly"; text: "Admins only" }
            }
        }
    }

    TestCase {
        id: testCase
        name: "OrganizationMembers"
        when: windowShown

        function signedInto(email, password, service) {
            const a = createTemporaryObject(authComponent, root, { keychainService: service })
            tryCompare(a, "status", Auth.SignedOut, 10000)
            a.signIn(email, password)
            tryCompare(a, "status", Auth.SignedIn, 10000)
            a.setActiveOrganization(root.acme)
            tryVerify(() => a.organization.id === root.acme && a.membership.role.length > 0, 10000)
            return a
        }
        function jane() {
            return signedInto("jane+clerk_test@example.com", "correct horse battery staple", "clerk-qt-qmltest-orgmembers-jane")
        }
        function ada() {
            return signedInto("ada+clerk_test@example.com", "analytical-engine-1843", "clerk-qt-qmltest-orgmembers-ada")
        }
        function memberOf(page, userId) {
            return page.members.filter(m => m.publicUserData.userId === userId)[0]
        }

        function init() {
            emulator.reset()
        }

        function test_adminChangesARoleAndRemovesAMember() {
            const auth = jane()
            const page = createTemporaryObject(pageComponent, root, { auth: auth })
            compare(page.title, "Members")
            verify(page.available)
            verify(page.canManage)
            tryCompare(page, "totalCount", 2, 10000)
            // page.roles is a plain JS array the page replaces when loadRoles answers: read it anew on every try
            tryVerify(() => page.roles.length === 3, 10000)
            tryVerify(() => !page.busy)
            compare(findChild(page, "memberCountLabel").text.indexOf("2") >= 0, true)

            let row = findChild(page, "member_" + root.adaId)
            verify(row)
            compare(findChild(row, "memberIdentifier").text, "ada+clerk_test@example.com")
            const selector = findChild(row, "roleSelector")
            tryVerify(() => selector.visible)
            compare(selector.currentText, "Member")
            // Screen readers hear each row as it shows, and the selector by whose role it sets.
            compare(row.Accessible.name, "Ada Lovelace, Member")
            compare(selector.Accessible.name, "Role of Ada Lovelace")
            // Jane's own row has no Remove: leaving is not done from here.
            verify(!findChild(findChild(page, "member_" + root.janeId), "removeMemberButton").visible)
            grabImage(page).save(screenshotDir + "/org-members.png")

            // The user picks "Billing manager" in Ada's selector.
            const billing = page.roleIndex("org:billing")
            verify(billing >= 0)
            selector.currentIndex = billing
            selector.activated(billing)
            tryVerify(() => memberOf(page, root.adaId) && memberOf(page, root.adaId).role === "org:billing", 10000)
            compare(memberOf(page, root.adaId).roleName, "Billing manager")
            compare(page.formError, "")

            row = findChild(page, "member_" + root.adaId)
            const remove = findChild(row, "removeMemberButton")
            verify(remove.visible)
            Interactions.clickWhenLaidOut(testCase, remove)
            tryCompare(page, "totalCount", 1, 10000)
            verify(!memberOf(page, root.adaId))
        }

        function test_searchFindsByIdentifier() {
            const page = createTemporaryObject(pageComponent, root, { auth: jane() })
            tryCompare(page, "totalCount", 2, 10000)
            const search = findChild(page, "memberSearchField")
            search.text = "ada+"
            search.accepted()
            tryCompare(page, "totalCount", 1, 10000)
            compare(page.members[0].publicUserData.userId, root.adaId)
        }

        function test_plainMemberSeesNoManageControls() {
            const auth = ada()
            const page = createTemporaryObject(pageComponent, root, { auth: auth })
            verify(page.available)
            verify(!page.canManage)
            tryCompare(page, "totalCount", 2, 10000)
            tryVerify(() => !page.busy)
            for (const userId of [root.adaId, root.janeId]) {
                const row = findChild(page, "member_" + userId)
                verify(row)
                verify(!findChild(row, "roleSelector").visible)
                verify(!findChild(row, "removeMemberButton").visible)
                verify(findChild(row, "memberRole").visible)
            }
            compare(findChild(findChild(page, "member_" + root.janeId), "memberRole").text, "Admin")
            compare(findChild(page, "member_" + root.janeId).Accessible.name, "Jane Doe, Admin")
            // The roles are only for the selectors: a member who cannot manage never asks for them.
            compare(emulator.requestCount("GET /v1/organizations/{organization_id}/roles"), 0)
        }

        // Made an admin while her page is open, Ada gets the controls: the same organization announced with a new
        // role is no switch, so the list stays, and the roles for the selectors are read once.
        function test_manageControlsFollowARoleChange() {
            const admin = jane()
            const member = ada()
            const page = createTemporaryObject(pageComponent, root, { auth: member })
            tryCompare(page, "totalCount", 2, 10000)
            tryVerify(() => !page.busy)
            verify(!page.canManage)
            compare(emulator.requestCount("GET /v1/organizations/{organization_id}/roles"), 0)
            const memberReads = emulator.requestCount("GET /v1/organizations/{organization_id}/memberships")

            let changed = false
            const reply = admin.organizationManager.updateMemberRole(root.acme, root.adaId, "org:admin")
            reply.finished.connect(function () { changed = !reply.hasError })
            tryVerify(() => changed, 10000)
            member.getToken({ skipCache: true })
            tryVerify(() => page.canManage, 10000)
            tryVerify(() => page.roles.length === 3, 10000)
            tryVerify(() => !page.busy)
            compare(emulator.requestCount("GET /v1/organizations/{organization_id}/roles"), 1)
            compare(emulator.requestCount("GET /v1/organizations/{organization_id}/memberships"), memberReads + 1)
            tryVerify(() => findChild(findChild(page, "member_" + root.janeId), "roleSelector").visible)
            compare(page.organization.id, root.acme)
        }

        function test_protectFollowsARoleChange() {
            const admin = jane()
            const member = ada()
            const gates = createTemporaryObject(protectComponent, root, { auth: member })
            verify(!gates.invoices.allowed)
            verify(gates.invoices.item === null)
            tryVerify(() => gates.invoices.fallbackItem !== null)
            verify(!gates.admins.allowed)
            verify(gates.admins.item === null)
            // The admin's gate shows at once for Jane.
            const janeGates = createTemporaryObject(protectComponent, root, { auth: admin })
            tryVerify(() => janeGates.admins.item !== null)

            let changed = false
            const reply = admin.organizationManager.updateMemberRole(root.acme, root.adaId, "org:billing")
            reply.finished.connect(function () { changed = !reply.hasError })
            tryVerify(() => changed, 10000)
            // Ada's next session token carries the new role; the gate follows without a restart.
            member.getToken({ skipCache: true })
            tryVerify(() => gates.invoices.item !== null, 10000)
            verify(gates.invoices.allowed)
            tryVerify(() => gates.invoices.fallbackItem === null)
            compare(gates.invoices.item.text, "Invoices")
            verify(!gates.admins.allowed)
            tryCompare(member.membership, "role", "org:billing", 10000)
        }
    }
}
