import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// SignIn's "Forgot password?" path, driven like a user against the emulator: choose where the code goes, type it,
// set a new password (Clerk's own error in the form for a weak one), signed in.
Item {
    id: root
    width: 900
    height: 700

    Component {
        id: appComponent
        TestApp {}
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "PasswordReset"
        when: windowShown

        property var app
        property var form

        function typeInto(field, text) {
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            field.input.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }

        function init() {
            emulator.reset()
            app = createTemporaryObject(appComponent, root)
            verify(app)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            form = app.signIn
            verify(form)
        }

        // identifier → password step → "Forgot password?" → the choice of codes.
        function openResetChoice(identifier) {
            typeInto(findChild(form, "identifierField"), identifier)
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", "password", 10000)
            tryVerify(() => !form.busy)
            const link = findChild(form, "forgotPasswordLink")
            verify(link.visible)
            clickWhenLaidOut(link)
            compare(form.step, "resetChoice")
            compare(findChild(form, "titleLabel").text, "Forgot password?")
            verify(!findChild(form, "continueButton").visible)
        }

        // The choices appear with the step: their layout (and so their size) comes with the next polish.
        function clickWhenLaidOut(item) {
            Interactions.clickWhenLaidOut(testCase, item)
        }

        function enterCode(code) {
            typeInto(findChild(form, "codeField"), code)
            keyClick(Qt.Key_Return)
        }

        function test_emailResetWithWeakPasswordThenSignedIn() {
            openResetChoice("jane+clerk_test@example.com")
            // Jane typed her email address: Clerk offers the email code only.
            compare(form.resetFactors.length, 1)
            compare(findChild(form, "resetByPhoneButton"), null)
            const button = findChild(form, "resetByEmailButton")
            verify(button && button.visible)
            compare(button.text, "Email a code to " + form.resetFactors[0].safeIdentifier)
            clickWhenLaidOut(button)
            tryCompare(form, "step", "code", 10000)
            compare(form.codeStrategy, Factor.ResetPasswordEmailCode)
            compare(findChild(form, "titleLabel").text, "Check your inbox")
            compare(emulator.requestCount("POST /v1/client/sign_ins/{sign_in_id}/prepare_first_factor"), 1)

            // A wrong code: Clerk's message on the code field, still on the code step.
            const codeField = findChild(form, "codeField")
            enterCode("000000")
            tryVerify(() => codeField.errorText.length > 0, 10000)
            compare(form.error.code, "form_code_incorrect")
            compare(form.step, "code")

            enterCode("424242")
            tryCompare(form, "step", "newPassword", 10000)
            compare(app.auth.signInAttempt.status, SignInAttempt.NeedsNewPassword)
            compare(app.auth.status, Auth.SigningIn)
            const newField = findChild(form, "newPasswordField")
            const confirmField = findChild(form, "confirmPasswordField")
            const signOutOthers = findChild(form, "signOutOthersBox")
            verify(newField.visible && confirmField.visible && signOutOthers.visible)
            verify(signOutOthers.checked)
            compare(findChild(form, "titleLabel").text, "Set new password")
            compare(findChild(form, "continueButton").text, "Reset password")
            tryVerify(() => newField.input.activeFocus)
            const shot = grabImage(form)
            shot.save(screenshotDir + "/signin-new-password.png")

            // Too short: Clerk's error, shown on the new-password field.
            const errors = createTemporaryObject(spyComponent, testCase, { target: form, signalName: "errorOccurred" })
            typeInto(newField, "short")
            typeInto(confirmField, "short")
            keyClick(Qt.Key_Return)
            tryVerify(() => newField.errorText.length > 0, 10000)
            compare(errors.count, 1)
            compare(form.error.code, "form_password_length_too_short")
            compare(FormErrors.fieldOf(form.error), "password")
            // The SDK's own message for the code (translated; English here), not the server's text.
            compare(newField.errorText, "The password is too short.")
            compare(form.formError, "")
            compare(form.step, "newPassword")

            // Two fields that disagree never reach Clerk.
            const resets = emulator.requestCount("POST /v1/client/sign_ins/{sign_in_id}/reset_password")
            typeInto(newField, "a brand new passphrase")
            typeInto(confirmField, "a brand new passphrasf")
            keyClick(Qt.Key_Return)
            compare(confirmField.errorText, "Passwords don't match.")
            compare(emulator.requestCount("POST /v1/client/sign_ins/{sign_in_id}/reset_password"), resets)

            typeInto(confirmField, "a brand new passphrase")
            mouseClick(findChild(form, "continueButton"))
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.auth.status, Auth.SignedIn)
            compare(app.welcome.text, "Welcome, Jane")
            // signedIn() comes with the reply's finish, which may be after the status change that showed the gate.
            tryCompare(app, "signedInCount", 1, 5000)
            verify(app.auth.sessionToken.length > 0)
        }

        function test_phoneResetKeepingOtherDevices() {
            openResetChoice("+15555550100")
            compare(findChild(form, "resetByEmailButton"), null)
            const button = findChild(form, "resetByPhoneButton")
            verify(button && button.visible)
            compare(button.text, "Text a code to +15555550100")
            clickWhenLaidOut(button)
            tryCompare(form, "step", "code", 10000)
            compare(form.codeStrategy, Factor.ResetPasswordPhoneCode)
            compare(findChild(form, "titleLabel").text, "Check your phone")
            enterCode("424242")
            tryCompare(form, "step", "newPassword", 10000)
            const signOutOthers = findChild(form, "signOutOthersBox")
            clickWhenLaidOut(signOutOthers)
            verify(!signOutOthers.checked)
            typeInto(findChild(form, "newPasswordField"), "another good passphrase")
            typeInto(findChild(form, "confirmPasswordField"), "another good passphrase")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.welcome.text, "Welcome, Jane")
        }

        function test_backToPasswordFromTheChoice() {
            openResetChoice("ada+clerk_test@example.com")
            const back = findChild(form, "usePasswordLink")
            verify(back.visible)
            compare(back.text, "Back to password")
            clickWhenLaidOut(back)
            compare(form.step, "password")
            compare(emulator.requestCount("POST /v1/client/sign_ins/{sign_in_id}/prepare_first_factor"), 0)
            typeInto(findChild(form, "passwordField"), "analytical-engine-1843")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
        }
    }
}
