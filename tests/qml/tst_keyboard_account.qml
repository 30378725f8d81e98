import QtQuick
import QtTest
import Clerk

// The account side without a mouse: after signing in, only key events — Tab to the UserButton, its menu opened
// with Enter and Space, walked with the arrows, closed with Escape; "Manage account", the profile's pages walked
// as a tab list, a name changed and saved with Enter, a step left with Escape, the dialog closed with Escape. Each
// step checks where the keyboard focus is, as a keyboard user depends on it.
Item {
    id: root
    width: 900
    // Low enough that a page's lower fields are out of view until the focus scrolls them in.
    height: 380

    ProfileTestCase {
        id: testCase
        name: "KeyboardAccount"
        host: root

        // Presses `key` until `done()` holds, at most `limit` times (a focus chain or a menu is finite).
        function pressUntil(key, done, limit, modifiers) {
            for (let i = 0; i < limit && !done(); ++i)
                keyClick(key, modifiers === undefined ? Qt.NoModifier : modifiers)
            verify(done(), "reached with the keyboard")
        }

        function currentMenuItemName(menu) {
            const item = menu.currentIndex >= 0 ? menu.itemAt(menu.currentIndex) : null
            return item ? item.objectName : ""
        }

        // From wherever the focus is after signing in, Tab reaches the UserButton; Enter opens its menu, the
        // arrows reach "Manage account", Enter opens the profile with the focus on the shown page's tab.
        function openProfileByKeyboard() {
            const button = app.userButton
            pressUntil(Qt.Key_Tab, () => button.activeFocus, 20)
            keyClick(Qt.Key_Return)
            tryCompare(button.menu, "opened", true)
            pressUntil(Qt.Key_Down, () => currentMenuItemName(button.menu) === "manageAccountItem", 12)
            keyClick(Qt.Key_Return)
            tryCompare(button.profileDialog, "opened", true, 5000)
            tryVerify(() => button.userProfile !== null)
            profile = button.userProfile
            tryVerify(() => app.auth.userSettings.loaded, 10000)
            tryVerify(() => findChild(profile, "nav_profile").activeFocus, 5000)
            return profile
        }

        function test_menuOpensWalksAndClosesWithKeys() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            const button = app.userButton
            const menu = button.menu
            pressUntil(Qt.Key_Tab, () => button.activeFocus, 20)

            keyClick(Qt.Key_Return)
            tryCompare(menu, "opened", true)
            // The arrows walk the items, skipping the header and the separators.
            keyClick(Qt.Key_Down)
            verify(menu.currentIndex > 0, "the header is not an item to walk to")
            pressUntil(Qt.Key_Down, () => currentMenuItemName(menu) === "signOutItem", 12)
            keyClick(Qt.Key_Up)
            compare(currentMenuItemName(menu), "manageAccountItem")
            keyClick(Qt.Key_Escape)
            tryCompare(menu, "visible", false)
            tryVerify(() => button.activeFocus, 5000, "Escape gives the focus back to the button")
            verify(app.auth.signedIn, "nothing was chosen")

            // Space opens it as well; Right opens "Switch organization", Left goes back to the menu.
            keyClick(Qt.Key_Space)
            tryCompare(menu, "opened", true)
            const orgMenu = menu.menuAt(2)
            verify(orgMenu && orgMenu.title === "Switch organization")
            keyClick(Qt.Key_Down)
            compare(menu.itemAt(menu.currentIndex).subMenu, orgMenu)
            keyClick(Qt.Key_Right)
            tryCompare(orgMenu, "opened", true)
            keyClick(Qt.Key_Left)
            tryCompare(orgMenu, "visible", false)
            verify(menu.opened)
            keyClick(Qt.Key_Escape)
            tryCompare(menu, "visible", false)
            tryVerify(() => button.activeFocus)
        }

        // An operation of the menu that fails (no network) says so next to the button, in the components' words.
        function test_failedSwitchIsShown() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            const button = app.userButton
            const menu = button.menu
            pressUntil(Qt.Key_Tab, () => button.activeFocus, 20)
            keyClick(Qt.Key_Return)
            tryCompare(menu, "opened", true)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Right)
            const orgMenu = menu.menuAt(2)
            tryCompare(orgMenu, "opened", true)
            pressUntil(Qt.Key_Down, () => currentMenuItemName(orgMenu).startsWith("orgItem_"), 6)
            emulator.setNetworkDown(true)
            try {
                keyClick(Qt.Key_Return)
                const errorTip = findChild(button, "errorTip")
                verify(errorTip, "the button has its error tip")
                tryVerify(() => errorTip.visible, 30000)
                compare(errorTip.text, "Clerk could not be reached. Check your connection and try again.")
                verify(app.auth.organization.isNull, "still the personal account")
            } finally {
                emulator.setNetworkDown(false)
            }
        }

        function test_profilePagesNameSavedAndClosedWithKeys() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            openProfileByKeyboard()
            compare(profile.shownPage, "profile")

            // The arrows walk the list without opening pages; only the shown page's entry is a Tab stop.
            keyClick(Qt.Key_Down)
            tryVerify(() => findChild(profile, "nav_emailAddresses").activeFocus)
            compare(profile.shownPage, "profile")
            keyClick(Qt.Key_Up)
            tryVerify(() => findChild(profile, "nav_profile").activeFocus)
            keyClick(Qt.Key_End)
            tryVerify(() => findChild(profile, "nav_deleteAccount").activeFocus)
            keyClick(Qt.Key_Down) // wraps round to the first
            tryVerify(() => findChild(profile, "nav_profile").activeFocus)
            pressUntil(Qt.Key_Down, () => findChild(profile, "nav_password").activeFocus, 8)

            // Enter opens the page, the focus goes to its first field.
            keyClick(Qt.Key_Return)
            tryCompare(profile, "shownPage", "password")
            const current = findChild(profile.currentItem, "currentPasswordField")
            tryVerify(() => current.input.activeFocus, 5000)

            // Shift+Tab goes back through the close button to the list, at the shown page's entry.
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            tryVerify(() => findChild(profile, "closeButton").activeFocus)
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            tryVerify(() => findChild(profile, "nav_password").activeFocus)
            // Tab from the list goes on towards the page (the close button first), not to the next entry.
            keyClick(Qt.Key_Tab)
            tryVerify(() => findChild(profile, "closeButton").activeFocus)

            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            keyClick(Qt.Key_Home)
            tryVerify(() => findChild(profile, "nav_profile").activeFocus)
            keyClick(Qt.Key_Space)
            tryCompare(profile, "shownPage", "profile")
            const page = profile.currentItem
            const firstName = findChild(page, "firstNameField")
            tryVerify(() => firstName.input.activeFocus, 5000)
            compare(firstName.text, "Jane")

            keySequence(StandardKey.SelectAll)
            for (const c of "Janet")
                keyClick(c)
            compare(firstName.text, "Janet")
            keyClick(Qt.Key_Return)
            tryCompare(app.auth.user, "firstName", "Janet", 10000)
            tryCompare(page, "statusText", "Profile updated.", 10000)

            keyClick(Qt.Key_Escape)
            tryCompare(app.userButton.profileDialog, "visible", false, 5000)
            tryVerify(() => app.userButton.activeFocus, 5000, "the focus is back on the UserButton")
        }

        function test_focusScrollsThePageIntoView() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            openProfileByKeyboard()
            pressUntil(Qt.Key_Down, () => findChild(profile, "nav_password").activeFocus, 8)
            keyClick(Qt.Key_Return)
            tryCompare(profile, "shownPage", "password")
            const view = findChild(profile, "pageScroll")
            const button = findChild(profile.currentItem, "changePasswordButton")
            waitForItemPolished(profile.currentItem)
            const inView = () => {
                const at = button.mapToItem(view, 0, 0)
                return at.y >= 0 && at.y + button.height <= view.height
            }
            verify(!inView(), "the window is low enough for the button to start out of view")
            pressUntil(Qt.Key_Tab, () => button.activeFocus, 10)
            tryVerify(inView, 5000)
        }

        function test_escapeLeavesAStepBeforeTheDialog() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            openProfileByKeyboard()
            pressUntil(Qt.Key_Down, () => findChild(profile, "nav_emailAddresses").activeFocus, 8)
            keyClick(Qt.Key_Return)
            tryCompare(profile, "shownPage", "emailAddresses")
            const page = profile.currentItem
            const addButton = findChild(page, "addButton")
            pressUntil(Qt.Key_Tab, () => addButton.activeFocus, 12)
            keyClick(Qt.Key_Return)
            tryCompare(page, "step", "add")
            tryVerify(() => findChild(page, "addField").input.activeFocus, 5000)

            // Escape goes back to the list, with the focus on the button that left it; the dialog stays.
            keyClick(Qt.Key_Escape)
            tryCompare(page, "step", "list")
            verify(app.userButton.profileDialog.visible)
            tryVerify(() => addButton.activeFocus, 5000)

            keyClick(Qt.Key_Escape)
            tryCompare(app.userButton.profileDialog, "visible", false, 5000)
            tryVerify(() => app.userButton.activeFocus, 5000)
        }
    }
}
