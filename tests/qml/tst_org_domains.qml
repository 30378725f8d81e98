import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// Verified domains end to end against the emulator, as two people would do it: Jane (Acme's admin) adds acme.test,
// verifies it with a code sent to an address there and sets automatic_suggestion on OrganizationDomainsPage;
// Carl (carl+clerk_test@acme.test, in no organization — the seed) asks to join from OrganizationList; Jane
// accepts on OrganizationRequestsPage; Carl's Auth then lists Acme. Ada, a plain member of Acme, sees neither page.
Item {
    id: root
    width: 640
    height: 720

    readonly property string acme: "org_2acme0000000000000000000001"

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
        }
    }
    Component {
        id: domainsComponent
        OrganizationDomainsPage { width: 600 }
    }
    Component {
        id: requestsComponent
        OrganizationRequestsPage { width: 600 }
    }
    Component {
        id: profileComponent
        OrganizationProfile { width: 640; height: 600; currentPage: "domains" }
    }
    Component {
        id: listComponent
        OrganizationList { width: 420 }
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "OrganizationDomains"
        when: windowShown

        function clickWhenLaidOut(item) {
            Interactions.clickWhenLaidOut(testCase, item)
        }

        function typeInto(field, text) {
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            field.input.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }

        function signedIn(service, identifier, password) {
            const a = createTemporaryObject(authComponent, root, { keychainService: service })
            tryCompare(a, "status", Auth.SignedOut, 10000)
            a.signIn(identifier, password)
            tryCompare(a, "status", Auth.SignedIn, 10000)
            return a
        }

        function inAcme(a) {
            a.setActiveOrganization(root.acme)
            tryVerify(() => !a.organization.isNull && a.organization.id === root.acme, 10000)
        }

        // Renames Acme from another session of Jane's, then lets Jane's `a` read its client again: `a` announces
        // the same organization with new values.
        function renameElsewhere(a, name) {
            const other = signedIn("clerk-qt-qmltest-orgdomains-other", "jane+clerk_test@example.com",
                                   "correct horse battery staple")
            inAcme(other)
            other.organizationManager.updateOrganization(root.acme, name)
            tryVerify(() => other.organization.name === name, 10000)
            const announced = createTemporaryObject(signalSpy, root, { target: a, signalName: "organizationChanged" })
            a.reload()
            tryVerify(() => a.organization.name === name, 10000)
            verify(announced.count > 0)
            compare(a.organization.id, root.acme)
        }

        function init() {
            emulator.reset()
        }

        function test_suggestionToMembership() {
            const jane = signedIn("clerk-qt-qmltest-orgdomains-jane", "jane+clerk_test@example.com",
                                  "correct horse battery staple")
            inAcme(jane)
            const page = createTemporaryObject(domainsComponent, root, { auth: jane })
            verify(page.available)
            verify(page.canManage)
            compare(page.title, "Verified domains")
            tryVerify(() => !page.busy)
            verify(findChild(page, "emptyLabel").visible)

            // Escape leaves the add step, and the keyboard is back on "Add domain".
            clickWhenLaidOut(findChild(page, "addDomainButton"))
            tryCompare(page, "step", "add")
            tryVerify(() => findChild(page, "domainNameField").input.activeFocus, 5000, "focus on the domain")
            keyClick("x")
            keyClick(Qt.Key_Escape)
            tryCompare(page, "step", "list")
            tryVerify(() => findChild(page, "addDomainButton").activeFocus, 5000, "focus on Add domain")
            compare(emulator.requestCount("POST /v1/organizations/{organization_id}/domains"), 0)

            // Add acme.test: Jane has no address there, so the page asks where to send a code.
            keyClick(Qt.Key_Return)
            tryCompare(page, "step", "add")
            typeInto(findChild(page, "domainNameField"), "acme.test")
            clickWhenLaidOut(findChild(page, "domainContinueButton"))
            tryCompare(page, "step", "email", 10000)
            typeInto(findChild(page, "affiliationEmailField"), "carl+clerk_test")
            clickWhenLaidOut(findChild(page, "domainContinueButton"))
            tryVerify(() => page.step === "code", 10000, "step " + page.step + " error " + page.formError + " field " + findChild(page, "affiliationEmailField").errorText)
            compare(page.pendingDomain.affiliationEmailAddress, "carl+clerk_test@acme.test")
            // A wrong code shows on the field.
            // The code submits itself once all its digits are in (CodeField).
            typeInto(findChild(page, "domainCodeField"), "111111")
            tryVerify(() => findChild(page, "domainCodeField").errorText.length > 0, 10000)
            compare(page.step, "code")
            typeInto(findChild(page, "domainCodeField"), "424242")
            tryCompare(page, "step", "list", 10000)
            tryVerify(() => page.domains.length === 1 && page.domains[0].verified, 10000)
            compare(page.domains[0].name, "acme.test")
            tryCompare(page, "statusText", "acme.test is verified.", 10000)

            tryVerify(() => findChild(page, "domain_acme.test") !== null)
            const row = findChild(page, "domain_acme.test")
            compare(findChild(row, "verifiedBadge").text, "Verified")
            tryVerify(() => findChild(row, "mode_automatic_suggestion") !== null)
            verify(findChild(row, "mode_manual_invitation").checked)
            clickWhenLaidOut(findChild(row, "mode_automatic_suggestion"))
            tryVerify(() => page.domains.length === 1 && page.domains[0].enrollmentMode === "automatic_suggestion",
                      10000)
            tryVerify(() => !page.busy)
            compare(page.domains[0].totalPendingSuggestions, 1)
            const shownRow = findChild(page, "domain_acme.test")
            tryVerify(() => findChild(shownRow, "mode_automatic_suggestion").checked)
            waitForItemPolished(page)
            grabImage(page).save(screenshotDir + "/org-domains.png")

            // Carl asks to join from OrganizationList.
            const carl = signedIn("clerk-qt-qmltest-orgdomains-carl", "carl+clerk_test@acme.test",
                                  "carl-acme-password-1")
            const list = createTemporaryObject(listComponent, root, { auth: carl, y: 0 })
            tryVerify(() => findChild(list, "suggestion_acme") !== null, 10000)
            const suggestion = findChild(list, "suggestion_acme")
            const requestButton = findChild(suggestion, "requestToJoinButton")
            verify(requestButton.visible)
            verify(!findChild(suggestion, "requestedLabel").visible)
            clickWhenLaidOut(requestButton)
            tryVerify(() => {
                const s = findChild(list, "suggestion_acme")
                return s !== null && findChild(s, "requestedLabel").visible
            }, 10000)
            verify(!findChild(findChild(list, "suggestion_acme"), "requestToJoinButton").visible)
            verify(carl.memberships.every(m => m.organization.id !== root.acme))

            // Jane accepts on the requests page.
            const requests = createTemporaryObject(requestsComponent, root, { auth: jane })
            verify(requests.available)
            tryVerify(() => requests.requests.length === 1, 10000)
            tryVerify(() => findChild(requests, "request_carl+clerk_test@acme.test") !== null)
            const request = findChild(requests, "request_carl+clerk_test@acme.test")
            compare(findChild(request, "requestName").text, "Carl Hollis")
            clickWhenLaidOut(findChild(request, "acceptRequestButton"))
            tryVerify(() => requests.requests.length === 0, 10000)
            compare(requests.statusText, "Carl Hollis is now a member.")
            // Auth announces Acme again whenever Clerk sends it changed (here renamed in Jane's other session):
            // the same organization, so the page keeps its list and what it just said.
            const listReads = emulator.requestCount("GET /v1/organizations/{organization_id}/membership_requests")
            renameElsewhere(jane, "Acme Rockets")
            compare(requests.statusText, "Carl Hollis is now a member.")
            compare(requests.requests.length, 0)
            compare(emulator.requestCount("GET /v1/organizations/{organization_id}/membership_requests"), listReads)

            // Carl's Auth lists Acme once it reads the client again.
            carl.reload()
            tryVerify(() => carl.memberships.some(m => m.organization.id === root.acme), 10000)
            // …and, read again, his list no longer suggests it.
            const section = findChild(list, "suggestionsSection")
            section.refresh()
            verify(section.pending > 0)
            tryCompare(section, "pending", 0, 10000)
            compare(section.suggestions.length, 0)
            verify(!section.visible)
        }

        function test_sameOrganizationReadAgainKeepsTheStep() {
            const jane = signedIn("clerk-qt-qmltest-orgdomains-jane", "jane+clerk_test@example.com",
                                  "correct horse battery staple")
            inAcme(jane)
            const page = createTemporaryObject(domainsComponent, root, { auth: jane })
            tryVerify(() => !page.busy)
            clickWhenLaidOut(findChild(page, "addDomainButton"))
            tryCompare(page, "step", "add")
            typeInto(findChild(page, "domainNameField"), "acme.test")
            clickWhenLaidOut(findChild(page, "domainContinueButton"))
            tryCompare(page, "step", "email", 10000)
            typeInto(findChild(page, "affiliationEmailField"), "carl+clerk_test")
            clickWhenLaidOut(findChild(page, "domainContinueButton"))
            tryCompare(page, "step", "code", 10000)
            // Mid-verification, Acme arrives renamed: Jane is still entering the code for the same organization.
            renameElsewhere(jane, "Acme Rockets")
            compare(page.step, "code")
            compare(page.pendingDomain.name, "acme.test")
            typeInto(findChild(page, "domainCodeField"), "424242")
            tryCompare(page, "step", "list", 10000)
            tryVerify(() => page.domains.length === 1 && page.domains[0].verified, 10000)
        }

        function test_plainMemberSeesNeitherPage() {
            const ada = signedIn("clerk-qt-qmltest-orgdomains-ada", "ada+clerk_test@example.com",
                                 "analytical-engine-1843")
            inAcme(ada)
            const domains = createTemporaryObject(domainsComponent, root, { auth: ada })
            const requests = createTemporaryObject(requestsComponent, root, { auth: ada })
            verify(!domains.available)
            verify(!requests.available)
            // OrganizationProfile lists the pages by the same permissions.
            const profile = createTemporaryObject(profileComponent, root, { auth: ada })
            tryVerify(() => profile.pageItem("domains") !== null && profile.pageItem("requests") !== null, 10000)
            verify(!findChild(profile, "nav_domains").visible)
            verify(!findChild(profile, "nav_requests").visible)
            verify(profile.shownPage !== "domains" && profile.shownPage !== "requests")
            // In Globex Ada is the admin: both pages, and the seeded request from Dana.
            ada.setActiveOrganization("org_2globex00000000000000000002")
            tryVerify(() => ada.organization.id === "org_2globex00000000000000000002", 10000)
            tryVerify(() => domains.available && requests.available)
            tryCompare(profile, "shownPage", "domains", 10000)
            verify(findChild(profile, "nav_domains").visible)
            verify(findChild(profile, "nav_requests").visible)
            requests.refresh()
            tryVerify(() => requests.requests.length === 1, 10000, "error " + requests.formError)
            compare(requests.requests[0].identifier, "dana+clerk_test@globex.test")
            domains.refresh()
            tryVerify(() => domains.domains.length === 1, 10000, "error " + domains.formError + " busy " + domains.busy)
            compare(domains.domains[0].name, "globex.test")
        }
    }
}
