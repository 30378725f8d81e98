import QtQuick
import QtTest
import Clerk

// UserProfile's email, phone and password pages driven like a user against the emulator: add → code → verified,
// make primary, remove, phone numbers for two-step verification, change and remove the password — with Clerk's
// refusals shown in the form.
Item {
    id: root
    width: 900
    height: 700

    function entry(page, value) {
        return testCase.findChild(page, "entry_" + value)
    }

    // The default instance: email addresses and passwords required at sign-up.
    ProfileTestCase {
        id: testCase
        name: "UserProfileDefaultInstance"
        host: root

        function test_emailAddresses() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            openProfile()
            const page = showPage("emailAddresses")
            const jane = "jane+clerk_test@example.com"
            const work = "jane.work+clerk_test@example.com"
            verify(entry(page, jane))
            compare(findChild(entry(page, jane), "badges").text, "Primary")

            // Her only address: the instance requires one, so Clerk refuses and the page says why.
            clickWhenLaidOut(findChild(entry(page, jane), "removeLink"))
            tryVerify(() => page.formError.length > 0, 10000)
            compare(page.error.code, "last_required_identification_deletion_failed")
            // The message for Clerk's code in the component's language (English here), not the server's text.
            compare(page.formError, "This cannot be removed: it is your only way to sign in.")
            verify(findChild(page, "formError").visible)

            // Bob's address is taken: the error is on the field.
            clickWhenLaidOut(findChild(page, "addButton"))
            compare(page.step, "add")
            const addField = findChild(page, "addField")
            typeInto(addField, "bob+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            tryVerify(() => addField.errorText.length > 0, 10000)
            compare(page.error.code, "form_identifier_exists")
            compare(page.formError, "")
            compare(page.step, "add")

            typeInto(addField, work)
            keyClick(Qt.Key_Return)
            tryCompare(page, "step", "verify", 10000)
            compare(findChild(page, "verifyPrompt").text, "Enter the verification code sent to " + work)
            verify(entry(page, work))
            compare(findChild(entry(page, work), "badges").text, "Unverified")
            verify(findChild(entry(page, work), "verifyLink").visible)
            verify(!findChild(entry(page, work), "makePrimaryLink").visible)

            const code = findChild(page, "codeField")
            typeInto(code, "000000")
            keyClick(Qt.Key_Return)
            tryVerify(() => code.errorText.length > 0, 10000)
            compare(page.error.code, "form_code_incorrect")
            compare(page.step, "verify")

            typeInto(code, "424242")
            keyClick(Qt.Key_Return)
            tryCompare(page, "step", "list", 10000)
            tryCompare(page, "statusText", work + " is verified.", 10000)
            tryVerify(() => app.auth.user.emailAddresses.some(e => e.emailAddress === work && e.verified))
            tryCompare(findChild(entry(page, work), "badges"), "text", "")
            saveScreenshot("userprofile-emails.png")

            clickWhenLaidOut(findChild(entry(page, work), "makePrimaryLink"))
            tryCompare(app.auth.user, "primaryEmailAddress", work, 10000)
            tryCompare(findChild(entry(page, work), "badges"), "text", "Primary")

            clickWhenLaidOut(findChild(entry(page, jane), "removeLink"))
            tryVerify(() => entry(page, jane) === null, 10000)
            compare(app.auth.user.emailAddresses.length, 1)
            tryCompare(page, "statusText", jane + " was removed.", 10000)
        }

        function test_passwordChange() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            openProfile()
            const page = showPage("password")
            const current = findChild(page, "currentPasswordField")
            const fresh = findChild(page, "newPasswordField")
            const confirm = findChild(page, "confirmPasswordField")
            verify(current.visible)
            // This instance requires a password.
            verify(!findChild(page, "removePasswordField").visible)
            verify(findChild(page, "signOutOthersBox").checked)
            saveScreenshot("userprofile-password.png")

            typeInto(current, "not my password")
            typeInto(fresh, "a brand new passphrase")
            typeInto(confirm, "a brand new passphrase")
            keyClick(Qt.Key_Return)
            tryVerify(() => current.errorText.length > 0, 10000)
            compare(page.error.meta.param_name, "current_password")
            compare(fresh.errorText, "")

            // Too short: Clerk's message on the new password.
            typeInto(current, "correct horse battery staple")
            typeInto(fresh, "short")
            typeInto(confirm, "short")
            keyClick(Qt.Key_Return)
            tryVerify(() => fresh.errorText.length > 0, 10000)
            compare(page.error.code, "form_password_length_too_short")
            compare(current.errorText, "")

            // Two fields that disagree never reach Clerk.
            const changes = emulator.requestCount("POST /v1/me/change_password")
            typeInto(fresh, "a brand new passphrase")
            typeInto(confirm, "a brand new passphrasf")
            keyClick(Qt.Key_Return)
            compare(confirm.errorText, "Passwords don't match.")
            compare(emulator.requestCount("POST /v1/me/change_password"), changes)

            typeInto(confirm, "a brand new passphrase")
            clickWhenLaidOut(findChild(page, "changePasswordButton"))
            tryCompare(page, "statusText", "Password updated.", 10000)
            compare(current.text, "")
            compare(app.auth.status, Auth.SignedIn)

            // The new password is the one that signs in.
            app.userButton.profileDialog.close()
            app.auth.signOut()
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            signIn("jane+clerk_test@example.com", "a brand new passphrase")
        }
    }

    // An instance with phone codes as a second factor and passwords optional.
    ProfileTestCase {
        id: optionalCase
        name: "UserProfilePhoneSecondFactor"
        host: root
        instance: ({
            second_factors: ["totp", "backup_code", "phone_code"],
            sign_up: { required: ["email_address"], optional: ["first_name", "last_name", "username", "phone_number",
                                                               "password"], verify: ["email_address", "phone_number"] }
        })

        function test_phoneNumbers() {
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            openProfile()
            verify(app.auth.userSettings.phoneSecondFactorEnabled)
            const page = showPage("phoneNumbers")
            const added = "+15555550199"
            verify(root.entry(page, "+15555550100"))

            clickWhenLaidOut(findChild(page, "addButton"))
            const addField = findChild(page, "addField")
            typeInto(addField, "not a number")
            keyClick(Qt.Key_Return)
            tryVerify(() => addField.errorText.length > 0 || page.formError.length > 0, 10000)
            verify(addField.errorText.length > 0, "the error belongs on the number: " + page.formError)

            typeInto(addField, added)
            keyClick(Qt.Key_Return)
            tryCompare(page, "step", "verify", 10000)
            // Unverified: no two-step switch yet.
            verify(!findChild(root.entry(page, added), "secondFactorSwitch").visible)
            typeInto(findChild(page, "codeField"), "424242")
            keyClick(Qt.Key_Return)
            tryCompare(page, "step", "list", 10000)
            tryVerify(() => app.auth.user.phoneNumbers.some(p => p.phoneNumber === added && p.verified))

            const toggle = findChild(root.entry(page, added), "secondFactorSwitch")
            verify(!toggle.checked)
            clickWhenLaidOut(toggle)
            tryVerify(() => app.auth.user.phoneNumbers.some(p => p.phoneNumber === added && p.reservedForSecondFactor),
                      10000)
            tryCompare(findChild(root.entry(page, added), "badges"), "text", "Two-step verification")
            verify(findChild(root.entry(page, added), "secondFactorSwitch").checked)
            saveScreenshot("userprofile-phones.png")

            clickWhenLaidOut(findChild(root.entry(page, added), "makePrimaryLink"))
            tryCompare(app.auth.user, "primaryPhoneNumber", added, 10000)
            clickWhenLaidOut(findChild(root.entry(page, "+15555550100"), "removeLink"))
            tryVerify(() => root.entry(page, "+15555550100") === null, 10000)
            compare(app.auth.user.phoneNumbers.length, 1)
        }

        function test_passwordRemove() {
            signIn("ada+clerk_test@example.com", "analytical-engine-1843")
            openProfile()
            verify(!app.auth.userSettings.passwordRequired)
            const page = showPage("password")
            const removeField = findChild(page, "removePasswordField")
            verify(removeField.visible)

            typeInto(removeField, "wrong")
            clickWhenLaidOut(findChild(page, "removePasswordButton"))
            tryVerify(() => removeField.errorText.length > 0, 10000)
            compare(page.error.meta.param_name, "current_password")
            verify(app.auth.user.passwordEnabled)

            typeInto(removeField, "analytical-engine-1843")
            clickWhenLaidOut(findChild(page, "removePasswordButton"))
            tryCompare(app.auth.user, "passwordEnabled", false, 10000)
            tryCompare(page, "statusText", "Password removed.", 10000)
            // Without one, the page offers to set a first password.
            verify(!findChild(page, "currentPasswordField").visible)
            compare(findChild(page, "changePasswordButton").text, "Set password")
            verify(!removeField.visible)

            typeInto(findChild(page, "newPasswordField"), "a first new passphrase")
            typeInto(findChild(page, "confirmPasswordField"), "a first new passphrase")
            clickWhenLaidOut(findChild(page, "changePasswordButton"))
            tryCompare(app.auth.user, "passwordEnabled", true, 10000)
            tryCompare(page, "statusText", "Password set.", 10000)
        }
    }
}
