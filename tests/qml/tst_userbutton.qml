import QtQuick
import QtTest
import Clerk

Item {
    id: root
    width: 900
    height: 700

    Component {
        id: appComponent
        TestApp {}
    }

    TestCase {
        id: testCase
        name: "UserButtonAndOrganizationSwitcher"
        when: windowShown

        property var app

        function typeInto(field, text) {
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        // Signs in through the SignIn form, as a user would.
        function signInThroughForm(identifier, password) {
            const form = app.signIn
            typeInto(findChild(form, "identifierField"), identifier)
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", "password", 10000)
            typeInto(findChild(form, "passwordField"), password)
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
        }

        function openMenu(button, menu) {
            mouseClick(button)
            tryCompare(menu, "opened", true)
            waitForItemPolished(menu.contentItem)
        }

        function menuItem(menu, objectName) {
            for (let i = 0; i < menu.count; ++i) {
                const item = menu.itemAt(i)
                if (item && item.objectName === objectName)
                    return item
            }
            return null
        }

        function init() {
            emulator.reset()
            app = createTemporaryObject(appComponent, root)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
        }

        function test_userButtonShowsUser() {
            compare(app.userButton, null) // created with the signed-in view
            signInThroughForm("jane+clerk_test@example.com", "correct horse battery staple")
            verify(app.userButton.visible)
            compare(findChild(app.userButton, "userName").text, "Jane Doe")
        }

        function test_signOut() {
            signInThroughForm("jane+clerk_test@example.com", "correct horse battery staple")
            openMenu(app.userButton, app.userButton.menu)
            const item = menuItem(app.userButton.menu, "signOutItem")
            verify(item)
            mouseClick(item)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            verify(app.signedOutGate.visible)
            verify(!app.signedInGate.visible)
            compare(app.auth.sessionToken, "")
            verify(app.auth.user.isNull)
            compare(app.signIn.step, "identifier")
        }

        function test_switchOrganization() {
            signInThroughForm("jane+clerk_test@example.com", "correct horse battery staple")
            const label = findChild(app.orgSwitcher, "currentOrganization")
            compare(app.auth.organizations.length, 2)
            const before = app.auth.organization.isNull ? "Personal account" : app.auth.organization.name
            compare(label.text, before)

            openMenu(app.orgSwitcher, app.orgSwitcher.popup)
            const globex = menuItem(app.orgSwitcher.popup, "orgItem_globex")
            verify(globex)
            mouseClick(globex)
            tryVerify(() => app.auth.organization.slug === "globex", 10000)
            compare(label.text, "Globex")
            compare(app.auth.membership.role, "org:member")
            // The session token now names the organization.
            tryVerify(() => app.auth.sessionClaims.organizationSlug === "globex", 10000)
            verify(app.auth.hasPermission("org:invoices:read"))

            openMenu(app.orgSwitcher, app.orgSwitcher.popup)
            mouseClick(menuItem(app.orgSwitcher.popup, "orgItem_acme"))
            tryVerify(() => app.auth.organization.slug === "acme", 10000)
            compare(label.text, "Acme Corp")
            verify(app.auth.hasRole("org:admin"))

            openMenu(app.orgSwitcher, app.orgSwitcher.popup)
            mouseClick(menuItem(app.orgSwitcher.popup, "personalAccountItem"))
            tryVerify(() => app.auth.organization.isNull, 10000)
            compare(label.text, "Personal account")
        }

        function test_switchSession() {
            signInThroughForm("jane+clerk_test@example.com", "correct horse battery staple")
            const janeSession = app.auth.session.id
            // A second account on the same client (multi-session instance).
            const started = app.auth.signIn("ada+clerk_test@example.com", "analytical-engine-1843")
            verify(started)
            tryCompare(app.welcome, "text", "Welcome, Ada", 10000)
            compare(app.auth.sessions.length, 2)
            compare(app.userButton.otherSessions.length, 1)

            openMenu(app.userButton, app.userButton.menu)
            const item = menuItem(app.userButton.menu, "signOutAllItem")
            verify(item.enabled)
            app.userButton.menu.close()

            // Switch back to Jane through the session menu.
            const sessionMenu = app.userButton.menu.menuAt(3)
            verify(sessionMenu)
            let janeItem = null
            for (let i = 0; i < sessionMenu.count; ++i)
                if (sessionMenu.itemAt(i).objectName === "sessionItem_" + janeSession)
                    janeItem = sessionMenu.itemAt(i)
            verify(janeItem)
            janeItem.triggered()
            tryCompare(app.welcome, "text", "Welcome, Jane", 10000)
            compare(app.auth.session.id, janeSession)
        }
    }
}
