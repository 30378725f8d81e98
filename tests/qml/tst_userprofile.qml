import QtQuick
import QtTest
import Clerk

// UserProfile as UserButton opens it, against the emulator: the pages the instance enables, the profile page
// (names, username, image upload and removal), the Avatar's disk cache, and deleting the account.
Item {
    id: root
    width: 900
    height: 700

    Component {
        id: avatarComponent
        Avatar {}
    }

    ProfileTestCase {
        id: testCase
        name: "UserProfile"
        host: root

        function test_manageAccountOpensTheProfile() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            const requested = spy(app.userButton, "manageAccountRequested")
            const environments = emulator.requestCount("GET /v1/environment")
            openProfile()
            compare(requested.count, 1)
            tryVerify(() => emulator.requestCount("GET /v1/environment") > environments, 10000)
            // The default instance: emails, phones, passwords, authenticator apps, backup codes and OAuth providers
            // on, Jane may delete herself; every user has devices.
            for (const name of ["profile", "emailAddresses", "phoneNumbers", "password", "twoFactor",
                                "connectedAccounts", "devices", "deleteAccount"])
                verify(findChild(profile, "nav_" + name).visible, name)
            compare(profile.shownPage, "profile")
            compare(findChild(profile, "pageTitle").text, "Profile")
            compare(findChild(profile, "nav_password").text, "Password")

            const password = showPage("password")
            compare(findChild(profile, "pageTitle").text, "Password")
            verify(!profile.pageItem("profile").visible)
            verify(password.available)

            // Pages that head themselves when used alone do not repeat UserProfile's heading.
            for (const name of ["devices", "connectedAccounts", "twoFactor"]) {
                const page = showPage(name)
                verify(!findChild(page, "pageTitle").visible, name)
            }

            clickWhenLaidOut(findChild(profile, "closeButton"))
            tryCompare(app.userButton.profileDialog, "visible", false)
        }

        function test_appHandlesManageAccountItself() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            const button = app.userButton
            button.opensUserProfile = false
            const requested = spy(button, "manageAccountRequested")
            mouseClick(button)
            tryCompare(button.menu, "opened", true)
            waitForItemPolished(button.menu.contentItem)
            mouseClick(menuItem(button.menu, "manageAccountItem"))
            compare(requested.count, 1)
            verify(!button.profileDialog.visible)
            compare(button.userProfile, null)
        }

        function test_profileNamesAndUsername() {
            signIn("ada+clerk_test@example.com", "analytical-engine-1843")
            openProfile()
            const page = showPage("profile")
            const first = findChild(page, "firstNameField")
            const username = findChild(page, "usernameField")
            compare(first.text, "Ada")
            compare(findChild(page, "lastNameField").text, "Lovelace")
            compare(username.text, "ada")
            verify(!findChild(page, "saveProfileButton").enabled)

            // Jane has that username: Clerk's error on the username field.
            const errors = spy(page, "errorOccurred")
            typeInto(username, "jane")
            clickWhenLaidOut(findChild(page, "saveProfileButton"))
            tryVerify(() => username.errorText.length > 0, 10000)
            compare(errors.count, 1)
            compare(page.error.code, "form_identifier_exists")
            // The translated message for Clerk's code and the parameter it names (meta.param_name "username"),
            // not the server's English text.
            compare(page.error.meta.param_name, "username")
            compare(username.errorText, "That username is taken. Please try another one.")
            compare(page.formError, "")
            compare(app.auth.user.username, "ada")

            typeInto(username, "ada")
            typeInto(first, "Augusta")
            keyClick(Qt.Key_Return)
            tryCompare(app.auth.user, "firstName", "Augusta", 10000)
            compare(app.welcome.text, "Welcome, Augusta")
            compare(app.auth.user.username, "ada")
            tryCompare(page, "statusText", "Profile updated.")
            verify(!page.changed)
        }

        function test_profileImageUploadAndRemove() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            openProfile()
            const page = showPage("profile")
            const avatar = findChild(page, "profileAvatar")
            verify(!app.auth.user.hasImage)
            verify(!avatar.imageShown)
            verify(!findChild(page, "removeImageButton").visible)
            saveScreenshot("userprofile-profile.png")

            // A picture to upload: the page itself, as PNG.
            const file = screenshotDir + "/upload-source.png"
            grabImage(avatar).save(file)
            // The button opens the file dialog; what it hands back on accept goes to uploadImage(). (Qt 6.4's
            // non-native dialog takes its selection from its own file list, which the test does not drive.)
            clickWhenLaidOut(findChild(page, "uploadImageButton"))
            tryCompare(page.fileDialog, "visible", true)
            page.fileDialog.reject()
            tryCompare(page.fileDialog, "visible", false)
            // Qt 6.8's dialog leaves the window without keyboard focus for the items of the next test: hand it back,
            // as the window manager does when a real dialog closes.
            page.Window.window.requestActivate()
            tryVerify(() => page.Window.window.active)
            page.uploadImage("file://" + file)
            tryCompare(app.auth.user, "hasImage", true, 10000)
            compare(emulator.requestCount("POST /v1/me/profile_image"), 1)
            tryCompare(avatar, "imageShown", true, 10000)
            tryCompare(page, "statusText", "Profile image updated.", 10000)
            const imageUrl = app.auth.user.imageUrl
            verify(imageUrl.length > 0)

            clickWhenLaidOut(findChild(page, "removeImageButton"))
            tryCompare(app.auth.user, "hasImage", false, 10000)
            compare(emulator.requestCount("DELETE /v1/me/profile_image"), 1)
            tryCompare(avatar, "imageShown", false)
            verify(findChild(avatar, "initials").visible)

            // The removed image's URL now answers 404, as if offline: an Avatar shows the copy kept on disk.
            const cached = createTemporaryObject(avatarComponent, root,
                                                 { name: "Jane Doe", imageUrl: imageUrl, hasImage: true })
            tryCompare(cached, "imageShown", true, 10000)
            tryCompare(cached, "loading", false, 10000)
            verify(cached.imageShown)
        }

        function test_avatarInitialsWithoutImage() {
            // Nothing on disk and nothing to download (a closed port): the initials stay.
            const avatar = createTemporaryObject(avatarComponent, root, {
                name: "Ada Lovelace", hasImage: true,
                imageUrl: "http://127.0.0.1:9/never-served-" + Date.now() + ".png" })
            verify(findChild(avatar, "initials").visible)
            compare(findChild(avatar, "initials").text, "AL")
            tryCompare(avatar, "loading", false, 10000)
            verify(!avatar.imageShown)
            verify(findChild(avatar, "initials").visible)
        }

        function test_deleteAccountNeedsTheTypedPhrase() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            openProfile()
            const page = showPage("deleteAccount")
            const field = findChild(page, "confirmDeleteField")
            const button = findChild(page, "deleteAccountButton")
            compare(field.label, "Type \"Delete account\" to confirm")
            verify(!button.enabled)

            // Close is not enough: not even Enter gets past the gate.
            typeInto(field, "delete account")
            verify(!button.enabled)
            keyClick(Qt.Key_Return)
            page.deleteAccount()
            compare(emulator.requestCount("DELETE /v1/me"), 0)

            typeInto(field, "Delete account")
            verify(button.enabled)
            saveScreenshot("userprofile-delete.png")
            clickWhenLaidOut(button)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            compare(emulator.requestCount("DELETE /v1/me"), 1)
            tryCompare(app.signedOutGate, "visible", true)
            verify(app.auth.user.isNull)

            // Jane is gone: signing in again fails on the identifier.
            const form = app.signIn
            typeInto(findChild(form, "identifierField"), "jane+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            tryVerify(() => findChild(form, "identifierField").errorText.length > 0, 10000)
            compare(form.error.code, "form_identifier_not_found")
        }
    }
}
