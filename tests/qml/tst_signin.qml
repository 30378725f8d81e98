import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

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
        name: "SignIn"
        when: windowShown

        property var app
        property var form

        function typeInto(field, text) {
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
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
            verify(app.signedOutGate.visible)
            verify(!app.signedInGate.visible)
            compare(form.step, "identifier")
        }

        function enterIdentifier(identifier) {
            typeInto(findChild(form, "identifierField"), identifier)
            keyClick(Qt.Key_Return)
            tryVerify(() => !form.busy && form.step !== "identifier", 10000)
        }

        function test_offersEnabledOAuthProviders() {
            const buttons = findChild(form, "oauthButtons")
            tryVerify(() => buttons.visible, 10000)
            const google = findChild(form, "oauth_oauth_google")
            const github = findChild(form, "oauth_oauth_github")
            verify(google && github)
            compare(google.text, "Continue with Google")
            compare(github.text, "Continue with GitHub")
            compare(findChild(form, "oauth_oauth_apple"), null) // listed by Clerk, not enabled in the seed
        }

        function test_passwordSignIn() {
            enterIdentifier("jane+clerk_test@example.com")
            compare(form.step, "password")
            verify(form.firstFactors.indexOf(Factor.Password) >= 0)
            compare(findChild(form, "identifierLabel").text, "jane+clerk_test@example.com")
            typeInto(findChild(form, "passwordField"), "correct horse battery staple")
            // Submitting with the button instead of Enter.
            Interactions.clickWhenLaidOut(testCase, findChild(form, "continueButton"))
            tryCompare(app.signedInGate, "visible", true, 10000)
            verify(!app.signedOutGate.visible)
            compare(app.auth.status, Auth.SignedIn)
            compare(app.welcome.text, "Welcome, Jane")
            tryCompare(app, "signedInCount", 1)
            // The form goes with the signed-out view: the next one starts from scratch.
            compare(app.signIn, null)
        }

        function test_wrongPasswordShowsClerksMessageOnPasswordField() {
            enterIdentifier("jane+clerk_test@example.com")
            // The form reports the error of its own operation's reply.
            const errors = createTemporaryObject(spyComponent, testCase, { target: form, signalName: "errorOccurred" })
            const passwordField = findChild(form, "passwordField")
            typeInto(passwordField, "not the password")
            keyClick(Qt.Key_Return)
            tryVerify(() => passwordField.errorText.length > 0, 10000)
            compare(errors.count, 1)
            const error = errors.signalArguments[0][0]
            compare(error.code, "form_password_incorrect")
            // The SDK's own message for the code (translated; English here), not the server's text.
            compare(passwordField.errorText, "The password is incorrect. Try again, or use another method.")
            compare(form.error.code, "form_password_incorrect")
            verify(app.auth.backgroundError.isNull)
            compare(form.step, "password")
            compare(form.formError, "")
            compare(findChild(form, "identifierField").errorText, "")
            verify(!app.signedInGate.visible)
            // Typing clears the error; the right password then signs in.
            passwordField.input.selectAll()
            typeInto(passwordField, "correct horse battery staple")
            compare(passwordField.errorText, "")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
        }

        function test_unknownIdentifier() {
            typeInto(findChild(form, "identifierField"), "nobody+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            const field = findChild(form, "identifierField")
            tryVerify(() => field.errorText.length > 0, 10000)
            compare(form.error.code, "form_identifier_not_found")
            compare(field.errorText, "No account was found with that identifier.")
            compare(form.step, "identifier")
        }

        function test_emptyIdentifierIsNotSent() {
            const field = findChild(form, "identifierField")
            // The message names what the instance takes (known once its settings are).
            tryVerify(() => app.auth.userSettings.loaded, 10000)
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            keyClick(Qt.Key_Return)
            compare(findChild(form, "identifierField").errorText,
                    "Email address, phone number or username is required.")
            compare(emulator.requestCount("POST /v1/client/sign_ins"), 0)
        }

        function test_secondFactorTotp() {
            enterIdentifier("bob+clerk_test@example.com")
            typeInto(findChild(form, "passwordField"), "bob-password-123")
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", "secondFactor", 10000)
            compare(app.auth.status, Auth.NeedsSecondFactor)
            compare(form.codeStrategy, Factor.Totp)
            // The attempt's typed values, by name.
            const attempt = app.auth.signInAttempt
            compare(attempt.status, SignInAttempt.NeedsSecondFactor)
            compare(attempt.statusString, "needs_second_factor")
            verify(attempt.supportsSecondFactor(Factor.Totp))
            verify(attempt.supportedSecondFactors.length > 0)
            compare(attempt.supportedSecondFactors[0].strategy, Factor.Totp)
            compare(attempt.supportedSecondFactors[0].strategyString, "totp")
            compare(attempt.firstFactorVerification.strategy, Factor.Password)
            compare(attempt.firstFactorVerification.status, Verification.Verified)
            verify(!app.signedInGate.visible)
            verify(findChild(form, "useBackupCodeLink").visible)
            typeInto(findChild(form, "codeField"), emulator.totp("JBSWY3DPEHPK3PXP"))
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.welcome.text, "Welcome, Bob")
        }

        function test_secondFactorBackupCode() {
            enterIdentifier("bob+clerk_test@example.com")
            typeInto(findChild(form, "passwordField"), "bob-password-123")
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", "secondFactor", 10000)
            Interactions.clickWhenLaidOut(testCase, findChild(form, "useBackupCodeLink"))
            compare(form.codeStrategy, Factor.BackupCode)
            const codeField = findChild(form, "codeField")
            typeInto(codeField, "bkp-00000000")
            keyClick(Qt.Key_Return)
            tryVerify(() => codeField.errorText.length > 0, 10000)
            compare(form.step, "secondFactor")
            codeField.input.selectAll()
            typeInto(codeField, "bkp-11111111")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.auth.user.username, "bob")
        }

        function test_emailCode() {
            enterIdentifier("ada+clerk_test@example.com")
            compare(form.step, "password")
            const link = findChild(form, "useEmailCodeLink")
            verify(link.visible)
            // The links below the password appear with this step: clicked before their layout placed them, the
            // click lands on a neighbour ("Email me a sign-in link" under ASan).
            Interactions.clickWhenLaidOut(testCase, link)
            tryCompare(form, "step", "code", 10000)
            compare(form.codeStrategy, Factor.EmailCode)
            typeInto(findChild(form, "codeField"), "424242")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.welcome.text, "Welcome, Ada")
        }

        function test_changeIdentifier() {
            enterIdentifier("ada+clerk_test@example.com")
            Interactions.clickWhenLaidOut(testCase, findChild(form, "changeIdentifierLink"))
            compare(form.step, "identifier")
            const field = findChild(form, "identifierField")
            field.input.selectAll()
            typeInto(field, "jane+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", "password", 10000)
            compare(app.auth.signInAttempt.identifier, "jane+clerk_test@example.com")
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
