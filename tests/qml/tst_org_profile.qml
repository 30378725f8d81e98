import QtQuick
import QtQuick.Controls
import QtTest
import Clerk
import "interactions.js" as Interactions

// The organization profile components against the emulator (default seed: Jane is Acme's admin and a plain
// member of Globex with org:sys_profile:read only): CreateOrganization creates and activates; the General page
// saves a new name as an admin and offers a plain member only "Leave"; OrganizationList lists the memberships,
// opens one and creates through its inline form; OrganizationSwitcher asks for "Create organization".
Item {
    id: root
    width: 800
    height: 700

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
        }
    }
    Component {
        id: createComponent
        Rectangle {
            property alias form: form
            color: ClerkTheme.surfaceColor
            width: 460
            height: form.implicitHeight + 40
            CreateOrganization {
                id: form
                x: 20
                y: 20
                width: 420
            }
        }
    }
    Component {
        id: profileComponent
        OrganizationProfile {
            width: 760
            height: 620
        }
    }
    Component {
        id: listComponent
        OrganizationList {
            width: 440
        }
    }
    Component {
        id: switcherComponent
        OrganizationSwitcher {}
    }
    Component {
        id: fieldComponent
        TextField { x: 400; y: 300; width: 200 }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "OrganizationProfile"
        when: windowShown

        property var auth

        function clickWhenLaidOut(item) {
            Interactions.clickWhenLaidOut(testCase, item)
        }

        function spy(target, signalName) {
            return createTemporaryObject(spyComponent, testCase, { target: target, signalName: signalName })
        }

        function typeInto(field, text) {
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            field.input.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }

        function membershipOf(orgId) {
            return auth.memberships.filter(m => m.organization.id === orgId)[0]
        }

        function activate(orgId) {
            auth.setActiveOrganization(orgId)
            tryCompare(auth.organization, "id", orgId, 10000)
        }

        function init() {
            emulator.reset()
            auth = createTemporaryObject(authComponent, root, { keychainService: "clerk-qt-qmltest-orgprofile" })
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            auth.signIn("jane+clerk_test@example.com", "correct horse battery staple")
            tryCompare(auth, "status", Auth.SignedIn, 10000)
            compare(auth.memberships.length, 2)
        }

        function test_createOrganizationCreatesAndActivates() {
            const holder = createTemporaryObject(createComponent, root)
            const form = holder.form
            form.auth = auth
            const created = spy(form, "created")
            const nameField = findChild(form, "organizationNameField")
            const slugField = findChild(form, "organizationSlugField")

            // A slug another organization has (Acme's) is refused under the slug field; nothing is created.
            typeInto(nameField, "fine")
            compare(slugField.text, "fine")
            typeInto(slugField, "acme")
            clickWhenLaidOut(findChild(form, "createOrganizationButton"))
            tryVerify(() => slugField.errorText.length > 0, 10000)
            compare(created.count, 0)
            compare(auth.memberships.length, 2)

            // The slug follows the name until the user edits it; a fresh form follows again.
            form.reset()
            typeInto(nameField, "initech labs")
            compare(slugField.text, "initech-labs")
            waitForItemPolished(form)
            grabImage(holder).save(screenshotDir + "/org-create.png")
            clickWhenLaidOut(findChild(form, "createOrganizationButton"))
            tryCompare(created, "count", 1, 10000)
            const organization = created.signalArguments[0][0]
            compare(organization.name, "initech labs")
            compare(organization.slug, "initech-labs")
            // setActiveAfterCreate (the default): active before `created`; Jane is its admin.
            compare(auth.organization.id, organization.id)
            compare(auth.memberships.length, 3)
            compare(membershipOf(organization.id).role, "org:admin")
        }

        function test_generalPageAdminSavesName() {
            activate("org_2acme0000000000000000000001")
            const profile = createTemporaryObject(profileComponent, root, { auth: auth })
            tryCompare(profile, "shownPage", "general")
            const page = profile.currentItem
            verify(page.available)
            verify(page.canManage)
            waitForItemPolished(page)
            const nameField = findChild(page, "organizationNameField")
            verify(nameField.visible)
            compare(nameField.text, "Acme Corp")
            verify(findChild(page, "deleteOrganizationButton").visible)
            verify(findChild(page, "leaveOrganizationButton").visible)

            typeInto(nameField, "Acme Rockets")
            clickWhenLaidOut(findChild(page, "saveOrganizationButton"))
            tryCompare(auth.organization, "name", "Acme Rockets", 10000)
            tryVerify(() => !page.busy)
            compare(findChild(page, "organizationName").text, "Acme Rockets")
            compare(findChild(page, "statusText").text, "Organization updated.")
            compare(emulator.requestCount("PATCH /v1/organizations/{organization_id}"), 1)
            waitForItemPolished(profile)
            grabImage(profile).save(screenshotDir + "/org-general.png")
        }

        function test_generalPageMemberOnlyLeaves() {
            activate("org_2globex00000000000000000002")
            const profile = createTemporaryObject(profileComponent, root, { auth: auth })
            tryCompare(profile, "shownPage", "general")
            const page = profile.currentItem
            verify(page.available)
            verify(!page.canManage)
            verify(!page.canDelete)
            waitForItemPolished(page)
            compare(findChild(page, "organizationName").text, "Globex")
            verify(!findChild(page, "organizationNameField").visible)
            verify(!findChild(page, "saveOrganizationButton").visible)
            verify(!findChild(page, "uploadLogoButton").visible)
            verify(!findChild(page, "deleteOrganizationButton").visible)
            verify(!findChild(page, "confirmDeleteOrganizationField").visible)

            // From the keyboard: Space asks to confirm with the focus on Cancel, Escape takes it back.
            const leaveButton = findChild(page, "leaveOrganizationButton")
            leaveButton.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            tryCompare(page, "confirmingLeave", true)
            tryVerify(() => findChild(page, "cancelLeaveButton").activeFocus, 5000, "focus on Cancel")
            keyClick(Qt.Key_Escape)
            tryCompare(page, "confirmingLeave", false)
            tryVerify(() => leaveButton.activeFocus, 5000, "focus back on Leave organization")
            verify(!auth.organization.isNull, "Escape left nothing")

            clickWhenLaidOut(findChild(page, "leaveOrganizationButton"))
            clickWhenLaidOut(findChild(page, "confirmLeaveButton"))
            tryVerify(() => auth.organization.isNull, 10000)
            compare(auth.memberships.length, 1)
            compare(auth.memberships[0].organization.id, "org_2acme0000000000000000000001")
            compare(emulator.requestCount("DELETE /v1/me/organization_memberships/{organization_id}"), 1)
            // No organization is active any more: the page is not available.
            tryVerify(() => !page.available)
        }

        function test_organizationListOpensAndCreates() {
            const list = createTemporaryObject(listComponent, root, { auth: auth })
            const selected = spy(list, "organizationSelected")
            waitForItemPolished(list.contentItem)
            const acme = findChild(list, "membership_acme")
            verify(acme)
            verify(findChild(list, "membership_globex"))
            verify(!findChild(list, "noMembershipsLabel").visible)

            clickWhenLaidOut(acme)
            tryCompare(selected, "count", 1, 10000)
            compare(selected.signalArguments[0][0], "org_2acme0000000000000000000001")
            compare(auth.organization.id, "org_2acme0000000000000000000001")

            const form = findChild(list, "createOrganizationForm")
            verify(!form.visible)
            // The form opens with the keyboard on its name; Escape closes it, back on the button that opened it.
            const showButton = findChild(list, "showCreateOrganizationButton")
            clickWhenLaidOut(showButton)
            tryVerify(() => form.visible)
            tryVerify(() => findChild(form, "organizationNameField").input.activeFocus, 5000, "focus on the name")
            keyClick("x")
            keyClick(Qt.Key_Escape)
            tryVerify(() => !form.visible)
            tryVerify(() => showButton.activeFocus, 5000, "focus back on Create organization")
            compare(findChild(form, "organizationNameField").text, "", "canceling drops what was typed")

            keyClick(Qt.Key_Return)
            tryVerify(() => form.visible)
            typeInto(findChild(form, "organizationNameField"), "umbrella")
            clickWhenLaidOut(findChild(form, "createOrganizationButton"))
            tryCompare(selected, "count", 2, 10000)
            const createdId = selected.signalArguments[1][0]
            compare(auth.organization.id, createdId)
            compare(auth.organization.slug, "umbrella")
            verify(!form.visible)
            tryVerify(() => findChild(list, "membership_umbrella") !== null)
        }

        function test_organizationListFromTheKeyboard() {
            const list = createTemporaryObject(listComponent, root, { auth: auth })
            const selected = spy(list, "organizationSelected")
            waitForItemPolished(list.contentItem)
            const acme = findChild(list, "membership_acme")
            const globex = findChild(list, "membership_globex")
            // Rows read as they show: the organization and the user's role in it.
            compare(acme.Accessible.name, "Acme Corp, Admin")
            compare(globex.Accessible.name, "Globex, Member")
            // Tab goes down the list in its visual order; Enter opens the row.
            acme.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Tab)
            tryVerify(() => globex.activeFocus, 5000, "Tab from Acme reaches Globex")
            keyClick(Qt.Key_Return)
            tryCompare(selected, "count", 1, 10000)
            compare(selected.signalArguments[0][0], "org_2globex00000000000000000002")
            compare(auth.organization.id, "org_2globex00000000000000000002")
            tryVerify(() => globex.highlighted)
        }

        // The menu gives the focus back to the switcher when it closes — but not over a field the user clicked.
        function test_switcherLeavesAClickedFieldFocused() {
            const switcher = createTemporaryObject(switcherComponent, root, { auth: auth })
            const field = createTemporaryObject(fieldComponent, root)
            clickWhenLaidOut(switcher)
            tryCompare(switcher.popup, "opened", true)
            mouseClick(field)
            tryCompare(switcher.popup, "opened", false)
            tryVerify(() => field.activeFocus, 5000, "the clicked field has the focus")
            verify(!switcher.activeFocus)

            switcher.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            tryCompare(switcher.popup, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(switcher.popup, "opened", false)
            tryVerify(() => switcher.activeFocus, 5000, "Escape gives the focus back to the switcher")
        }

        function test_switcherAsksToCreate() {
            const switcher = createTemporaryObject(switcherComponent, root, { auth: auth })
            const requested = spy(switcher, "createOrganizationRequested")
            clickWhenLaidOut(switcher)
            tryCompare(switcher.popup, "opened", true)
            waitForItemPolished(switcher.popup.contentItem)
            let item = null
            for (let i = 0; i < switcher.popup.count; ++i) {
                if (switcher.popup.itemAt(i) && switcher.popup.itemAt(i).objectName === "createOrganizationItem")
                    item = switcher.popup.itemAt(i)
            }
            verify(item)
            clickWhenLaidOut(item)
            compare(requested.count, 1)
        }
    }
}
