import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// Organization invitations in QML against the emulator, both sides with two Auths: Jane, Acme's admin, invites on
// OrganizationProfile's invitations page and revokes; Bob (seeded with a pending invitation to Acme) accepts it in
// OrganizationList or in the OrganizationSwitcher, and Acme becomes his; Jane then sees the invitation accepted.
// Ada, a plain Acme member, gets no invitations page. Seed facts: emulator/seeds/default-seed.json.
Item {
    id: root
    width: 640
    height: 720

    readonly property string acme: "org_2acme0000000000000000000001"
    readonly property string bobEmail: "bob+clerk_test@example.com"

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
        }
    }
    // The page on a margin of background, as the docs' screenshot shows it.
    Component {
        id: pageComponent
        Rectangle {
            property alias page: invitationsPage
            property alias auth: invitationsPage.auth
            width: 600
            height: invitationsPage.implicitHeight + 40
            color: ClerkTheme.surfaceColor
            OrganizationInvitationsPage {
                id: invitationsPage
                x: 20
                y: 20
                width: 560
            }
        }
    }
    Component {
        id: profileComponent
        OrganizationProfile {
            width: 640
            height: 560
        }
    }
    Component {
        id: listComponent
        OrganizationList {
            width: 420
        }
    }
    Component {
        id: switcherComponent
        OrganizationSwitcher {
            x: 20
            y: 20
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "OrganizationInvitations"
        when: windowShown

        function clickWhenLaidOut(item) {
            Interactions.clickWhenLaidOut(testCase, item)
        }

        // Signed in on an Auth of its own (a device of its own); Bob ends his second factor with a seeded backup code.
        function signedInAuth(service, email, password) {
            const a = createTemporaryObject(authComponent, root, { keychainService: service })
            tryCompare(a, "status", Auth.SignedOut, 10000)
            a.signIn(email, password)
            tryVerify(() => a.status === Auth.SignedIn || a.status === Auth.NeedsSecondFactor, 10000)
            if (a.status === Auth.NeedsSecondFactor)
                a.attemptSecondFactor(Factor.BackupCode, "bkp-11111111")
            tryCompare(a, "status", Auth.SignedIn, 10000)
            return a
        }

        function inAcme(a) {
            a.setActiveOrganization(root.acme)
            tryCompare(a.organization, "id", root.acme, 10000)
            return a
        }

        /// What `read` takes from the result of `reply` once it has finished (null if it failed). Read in the
        /// handler: a value read from the reply refers to it, and the reply deletes itself afterwards.
        function resultOf(reply, read) {
            let result = null
            let done = false
            reply.finished.connect(function () {
                result = reply.hasError ? null : read(reply.result)
                done = true
            })
            tryVerify(() => done, 10000)
            return result
        }

        function init() {
            emulator.reset()
        }

        function test_adminInvitesRevokesAndSeesTheInviteeAccept() {
            const jane = inAcme(signedInAuth("clerk-qt-qmltest-orginv-jane", "jane+clerk_test@example.com",
                                             "correct horse battery staple"))
            const holder = createTemporaryObject(pageComponent, root, { auth: jane })
            const page = holder.page
            compare(page.title, "Invitations")
            verify(page.available)
            // Shown: the page reads the pending invitations itself — the seeded one to Bob.
            tryCompare(page, "totalCount", 1, 10000)
            verify(findChild(page, "invitation_" + root.bobEmail))
            // The organization's own roles are offered — the seed's custom "Billing manager" among them — and
            // "org:member" is the one preselected.
            tryCompare(page, "rolesOrganizationId", root.acme, 10000)
            compare(page.roleOptions.map(r => r.key).sort(), ["org:admin", "org:billing", "org:member"])
            compare(page.roleOptions.find(r => r.key === "org:billing").name, "Billing manager")

            // Two addresses at once, as members.
            const field = findChild(page, "inviteEmailsField")
            field.text = "new.hire+clerk_test@example.com, second+clerk_test@example.com"
            compare(findChild(page, "inviteRoleBox").currentValue, "org:member")
            clickWhenLaidOut(findChild(page, "sendInvitationsButton"))
            tryCompare(page, "totalCount", 3, 10000)
            tryVerify(() => !page.busy)
            compare(field.text, "")
            compare(page.formError, "")
            verify(page.statusText.indexOf("2") >= 0)
            const row = findChild(page, "invitation_new.hire+clerk_test@example.com")
            verify(row)
            compare(findChild(row, "roleLabel").text.indexOf("Invited as Member"), 0)

            // Bob was invited already: Clerk's refusal shows under the addresses.
            field.text = root.bobEmail
            clickWhenLaidOut(findChild(page, "sendInvitationsButton"))
            tryVerify(() => field.errorText.length > 0, 10000)
            compare(page.totalCount, 3)
            grabImage(holder).save(screenshotDir + "/org-invitations.png")

            clickWhenLaidOut(findChild(row, "revokeButton"))
            tryCompare(page, "totalCount", 2, 10000)
            tryVerify(() => findChild(page, "invitation_new.hire+clerk_test@example.com") === null)

            // The other side: Bob accepts in his OrganizationList and has Acme.
            const bob = signedInAuth("clerk-qt-qmltest-orginv-bob", root.bobEmail, "bob-password-123")
            compare(bob.memberships.length, 0)
            const list = createTemporaryObject(listComponent, root, { auth: bob })
            tryVerify(() => findChild(list, "myInvitation_acme") !== null, 10000)
            clickWhenLaidOut(findChild(findChild(list, "myInvitation_acme"), "acceptInvitationButton"))
            tryCompare(bob.memberships, "length", 1, 10000)
            compare(bob.memberships[0].organization.id, root.acme)
            compare(bob.memberships[0].role, "org:member")
            tryVerify(() => findChild(list, "myInvitation_acme") === null, 10000)
            compare(findChild(list, "myInvitationsError").text, "")

            // Jane's side: no longer pending, and listed as accepted.
            page.refresh()
            tryCompare(page, "totalCount", 1, 10000)
            verify(findChild(page, "invitation_" + root.bobEmail) === null)
            const accepted = resultOf(jane.organizationManager.loadInvitations(root.acme, "accepted"), function (page) {
                return { totalCount: page.totalCount, email: page.items[0].emailAddress, status: page.items[0].status }
            })
            verify(accepted)
            compare(accepted.totalCount, 1)
            compare(accepted.email, root.bobEmail)
            compare(accepted.status, "accepted")
        }

        function test_plainMemberHasNoInvitationsPage() {
            const ada = inAcme(signedInAuth("clerk-qt-qmltest-orginv-ada", "ada+clerk_test@example.com",
                                            "analytical-engine-1843"))
            const profile = createTemporaryObject(profileComponent, root, { auth: ada })
            tryVerify(() => profile.pageItem("invitations") !== null, 10000)
            const page = profile.pageItem("invitations")
            verify(!page.available)
            verify(profile.shownPage !== "invitations")
            // Nothing was asked of Clerk, and asking through the manager is refused before a request.
            compare(emulator.requestCount("GET /v1/organizations/{organization_id}/invitations"), 0)
            const reply = ada.organizationManager.inviteMember(root.acme, "x+clerk_test@example.com", "org:member")
            let code = ""
            let done = false
            reply.errorOccurred.connect(function (e) { code = e.code })
            reply.finished.connect(function () { done = true })
            tryVerify(() => done, 10000)
            compare(code, "clerkqt_missing_permission")
            compare(emulator.requestCount("POST /v1/organizations/{organization_id}/invitations"), 0)

            // Jane, Acme's admin, has it.
            const jane = inAcme(signedInAuth("clerk-qt-qmltest-orginv-jane2", "jane+clerk_test@example.com",
                                             "correct horse battery staple"))
            const janes = createTemporaryObject(profileComponent, root, { auth: jane, currentPage: "invitations" })
            tryVerify(() => janes.pageItem("invitations") !== null, 10000)
            verify(janes.pageItem("invitations").available)
            tryCompare(janes, "shownPage", "invitations", 10000)
        }

        function test_switcherShowsAndAcceptsPendingInvitations() {
            const bob = signedInAuth("clerk-qt-qmltest-orginv-switcher", root.bobEmail, "bob-password-123")
            const switcher = createTemporaryObject(switcherComponent, root, { auth: bob })
            const badge = findChild(switcher, "invitationCountBadge")
            verify(!badge.visible)
            // Opening the menu reads the invitations: a badge with their count, an item per invitation.
            clickWhenLaidOut(switcher)
            tryCompare(switcher.popup, "opened", true, 10000)
            tryVerify(() => badge.visible, 10000)
            compare(findChild(switcher, "invitationCountLabel").text, "1")
            let item = null
            tryVerify(() => {
                for (let i = 0; i < switcher.popup.count; ++i) {
                    if (switcher.popup.itemAt(i).objectName === "invitationItem_acme")
                        item = switcher.popup.itemAt(i)
                }
                return item !== null
            }, 10000)
            compare(item.text, "Accept invitation to Acme Corp")
            clickWhenLaidOut(item)
            tryCompare(bob.memberships, "length", 1, 10000)
            compare(bob.memberships[0].organization.id, root.acme)
            tryVerify(() => !badge.visible, 10000)
            // Acme is among the organizations to switch to now.
            clickWhenLaidOut(switcher)
            tryCompare(switcher.popup, "opened", true, 10000)
            tryVerify(() => {
                for (let i = 0; i < switcher.popup.count; ++i) {
                    if (switcher.popup.itemAt(i).objectName === "orgItem_acme")
                        return true
                }
                return false
            }, 10000)
        }
    }
}
