import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// What the UserProfile tests share: a TestApp signed in through its SignIn form, its UserProfile opened from the
// UserButton's "Manage account", and typing and clicking like a user. `instance` changes the emulator's instance
// settings for every test of the case (restored afterwards: later tests expect the default seed).
TestCase {
    id: testCase
    when: windowShown

    /// Where the app is created (the test file's root item).
    property Item host
    /// Changes to the emulator seed's instance settings for this case's tests; {} for the default seed.
    property var instance: ({})
    property var app
    property var profile

    property Component appComponent: Component { TestApp {} }
    property Component spyComponent: Component { SignalSpy {} }

    function typeInto(field, text) {
        field.input.forceActiveFocus()
        tryVerify(() => field.input.activeFocus)
        field.input.selectAll()
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
        compare(field.text, text)
    }

    // Controls appear with a step or a page: their layout (and so their size) comes with the next polish.
    function clickWhenLaidOut(item) {
        Interactions.clickWhenLaidOut(testCase, item)
    }

    function spy(target, signalName) {
        return createTemporaryObject(spyComponent, testCase, { target: target, signalName: signalName })
    }

    function init() {
        verify(emulator.useInstance(instance))
        app = createTemporaryObject(appComponent, host)
        verify(app)
        tryCompare(app.auth, "status", Auth.SignedOut, 10000)
    }

    function cleanup() {
        profile = null
        if (Object.keys(instance).length > 0)
            verify(emulator.useInstance({}))
    }

    function signIn(identifier, password) {
        const form = app.signIn
        typeInto(findChild(form, "identifierField"), identifier)
        keyClick(Qt.Key_Return)
        tryCompare(form, "step", "password", 10000)
        typeInto(findChild(form, "passwordField"), password)
        keyClick(Qt.Key_Return)
        tryCompare(app.signedInGate, "visible", true, 10000)
    }

    function menuItem(menu, objectName) {
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.objectName === objectName)
                return item
        }
        return null
    }

    // UserButton → "Manage account": the dialog with a UserProfile whose environment has been read.
    function openProfile() {
        const button = app.userButton
        mouseClick(button)
        tryCompare(button.menu, "opened", true)
        waitForItemPolished(button.menu.contentItem)
        mouseClick(menuItem(button.menu, "manageAccountItem"))
        tryCompare(button.profileDialog, "opened", true, 5000)
        tryVerify(() => button.userProfile !== null)
        profile = button.userProfile
        tryVerify(() => app.auth.userSettings.loaded, 10000)
        waitForItemPolished(profile)
        return profile
    }

    // Clicks the page's entry in the list; returns the page.
    function showPage(name) {
        clickWhenLaidOut(findChild(profile, "nav_" + name))
        tryCompare(profile, "shownPage", name)
        const page = profile.currentItem
        verify(page && page.visible)
        waitForItemPolished(page)
        return page
    }

    // grabImage() crops the window at the item's x and y in its parent: the dialog's own item, a child of the
    // window's overlay, has them in window coordinates (the UserProfile inside it is at 0, 0).
    function saveScreenshot(fileName) {
        waitForItemPolished(profile)
        const dialogItem = app.userButton.profileDialog.contentItem.parent
        const inWindow = dialogItem.mapToItem(null, 0, 0)
        compare(Qt.point(dialogItem.x, dialogItem.y), inWindow)
        const shot = grabImage(dialogItem)
        shot.save(screenshotDir + "/" + fileName)
    }
}
