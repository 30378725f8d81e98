import QtQuick
import QtTest
import Clerk

// OrganizationSwitcher without a mouse: Tab reaches it, Enter or Space opens its menu on the active choice, the
// arrow keys walk the personal account, the organizations and "Create organization", Enter switches, Escape
// closes, and the focus is back on the switcher every time the menu goes. Only key events drive the component.
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
        name: "KeyboardOrganizationSwitcher"
        when: windowShown

        property var app

        SignalSpy {
            id: createSpy
            signalName: "createOrganizationRequested"
        }

        function init() {
            emulator.reset()
            app = createTemporaryObject(appComponent, root)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            // Signing in is not what this test is about (tst_signin drives the form); the switcher comes with it.
            verify(app.auth.signIn("jane+clerk_test@example.com", "correct horse battery staple"))
            tryVerify(() => app.orgSwitcher !== null && app.orgSwitcher.visible && app.orgSwitcher.width > 0, 10000)
            tryCompare(app.auth.memberships, "length", 2, 10000)
        }

        function currentItem() {
            const menu = app.orgSwitcher.popup
            return menu.currentIndex >= 0 ? menu.itemAt(menu.currentIndex) : null
        }
        function currentName() {
            const item = currentItem()
            return item ? item.objectName : ""
        }

        // Tab from wherever the window's focus is until the switcher has it; the user button comes first.
        function tabToSwitcher() {
            const visited = []
            for (let i = 0; i < 6 && !app.orgSwitcher.activeFocus; ++i) {
                keyClick(Qt.Key_Tab)
                visited.push(app.userButton.activeFocus ? "userButton" : app.orgSwitcher.activeFocus ? "orgSwitcher"
                                                                                                     : "other")
            }
            verify(app.orgSwitcher.activeFocus, "Tab never reached the organization switcher: " + visited)
            compare(visited.indexOf("userButton"), visited.length - 2, "the user button comes right before it")
        }

        function openWith(key) {
            keyClick(key)
            tryCompare(app.orgSwitcher.popup, "opened", true)
            waitForItemPolished(app.orgSwitcher.popup.contentItem)
        }

        // Arrow key `key` until the item named `target` is the current one; returns the names walked over.
        function walkTo(key, target) {
            const walked = []
            for (let i = 0; i < 8 && currentName() !== target; ++i) {
                keyClick(key)
                walked.push(currentName())
            }
            compare(currentName(), target)
            verify(currentItem().activeFocus, "the current item has the keyboard focus")
            return walked
        }

        function closedOnSwitcher() {
            tryCompare(app.orgSwitcher.popup, "opened", false)
            tryVerify(() => app.orgSwitcher.activeFocus, 5000, "focus went back to the switcher")
        }

        function test_switchToAnOrganizationAndBack() {
            tryVerify(() => app.auth.organization.isNull, 10000)
            const label = findChild(app.orgSwitcher, "currentOrganization")
            compare(label.text, "Personal account")
            const slugs = app.auth.memberships.map(m => m.organization.slug)
            verify(slugs.indexOf("globex") >= 0)

            tabToSwitcher()
            openWith(Qt.Key_Return)
            compare(currentName(), "personalAccountItem", "the menu opens on the active choice")
            // Down walks the organizations in the order the menu lists them, from the personal account on.
            const walked = walkTo(Qt.Key_Down, "orgItem_globex")
            compare(walked, slugs.slice(0, slugs.indexOf("globex") + 1).map(s => "orgItem_" + s))
            keyClick(Qt.Key_Return)
            tryVerify(() => app.auth.organization.slug === "globex", 10000)
            closedOnSwitcher()
            compare(label.text, "Globex")
            compare(app.auth.membership.role, "org:member")

            // Back to the personal account: Space opens on Globex now, Up walks to the top.
            openWith(Qt.Key_Space)
            compare(currentName(), "orgItem_globex")
            walkTo(Qt.Key_Up, "personalAccountItem")
            keyClick(Qt.Key_Enter)
            tryVerify(() => app.auth.organization.isNull, 10000)
            closedOnSwitcher()
            compare(label.text, "Personal account")
        }

        function test_escapeClosesWithoutSwitching() {
            tryVerify(() => app.auth.organization.isNull, 10000)
            tabToSwitcher()
            openWith(Qt.Key_Return)
            walkTo(Qt.Key_Down, "orgItem_acme")
            keyClick(Qt.Key_Escape)
            closedOnSwitcher()
            verify(app.auth.organization.isNull, "Escape chose nothing")
            compare(app.orgSwitcher.pending, 0)

            // Open again: still on the personal account.
            openWith(Qt.Key_Down)
            compare(currentName(), "personalAccountItem")
            keyClick(Qt.Key_Escape)
            closedOnSwitcher()
        }

        function test_createOrganizationFromTheKeyboard() {
            createSpy.target = app.orgSwitcher
            createSpy.clear()
            tabToSwitcher()
            openWith(Qt.Key_Return)
            const walked = walkTo(Qt.Key_Down, "createOrganizationItem")
            // Separators are stepped over: every stop is a choice.
            verify(walked.every(name => name.length > 0), walked)
            compare(walked.length, app.auth.memberships.length + 1)
            keyClick(Qt.Key_Return)
            tryCompare(createSpy, "count", 1)
            tryCompare(app.orgSwitcher.popup, "opened", false)
            verify(app.auth.organization.isNull)
        }
    }
}
