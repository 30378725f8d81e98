import QtQuick
import QtTest
import Clerk

// Signing in and signing up with the keyboard alone: after the app is up, only key events (typing, Tab, Enter,
// Escape) reach the forms — no clicks, no calls of the forms' functions. Each step must put the focus in its first
// field, Enter must submit it, a complete one-time code must submit itself, and Escape must go back a step.
Item {
    id: root
    width: 900
    height: 700
    // An Escape the forms leave alone reaches what holds them (a dialog would close): counted here.
    property int escapesLeftOver: 0
    Keys.onEscapePressed: escapesLeftOver += 1

    Component {
        id: appComponent
        TestApp {}
    }

    TestCase {
        id: testCase
        name: "KeyboardAuth"
        when: windowShown

        property var app
        property var form

        function init() {
            root.escapesLeftOver = 0
            emulator.reset()
            app = createTemporaryObject(appComponent, root)
            verify(app)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            form = app.signIn
            verify(form)
            // The providers arrive with the environment; the form is complete (and laid out) once they are shown.
            tryVerify(() => findChild(form, "oauthButtons").visible, 10000)
        }

        function cleanup() {
            app = null
            form = null
        }

        function focusItem() { return root.Window.activeFocusItem }

        // The step's first field has the keys (a ClerkTextField: its TextField).
        function expectFocusIn(name) {
            const field = findChild(form, name)
            verify(field, name)
            tryVerify(() => field.input.activeFocus, 5000, name + " has the focus, not " + (focusItem() && focusItem().parent ? focusItem().parent.objectName : focusItem()))
            return field
        }

        // Types into whatever has the focus, as a person does.
        function type(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        // Presses Tab (or Shift+Tab) until `item` has the focus; fails when the focus never gets there.
        function tabTo(item, backwards) {
            verify(item)
            for (let i = 0; i < 30 && !item.activeFocus; ++i)
                keyClick(backwards ? Qt.Key_Backtab : Qt.Key_Tab)
            verify(item.activeFocus, (item.objectName || item.text) + " is reachable with Tab")
        }

        function expectStep(step) {
            tryCompare(form, "step", step, 10000)
            tryVerify(() => !form.busy, 10000)
        }

        function yInForm(item) { return item.mapToItem(form, 0, 0).y }

        function test_socialButtonsComeFirstAndTakeTab() {
            const identifier = expectFocusIn("identifierField")
            const providers = app.auth.oauthProviders
            verify(providers.length >= 2)
            const buttons = []
            for (let i = 0; i < providers.length; ++i) {
                const button = findChild(form, "oauth_" + providers[i].strategy)
                verify(button, providers[i].strategy)
                buttons.push(button)
            }
            // Clerk's order, top to bottom: the social buttons, the "or" divider, the identifier, Continue.
            const divider = findChild(form, "oauthDivider")
            verify(divider.visible)
            const continueButton = findChild(form, "continueButton")
            waitForItemPolished(form.contentItem)
            for (let i = 0; i < buttons.length; ++i)
                verify(yInForm(buttons[i]) + buttons[i].height <= yInForm(divider), buttons[i].objectName + " above the divider")
            verify(yInForm(divider) + divider.height <= yInForm(identifier))
            verify(yInForm(identifier) + identifier.height <= yInForm(continueButton))

            // Shift+Tab from the field walks up through the buttons, the last one first; each is named by its text.
            for (let i = buttons.length - 1; i >= 0; --i) {
                keyClick(Qt.Key_Backtab)
                compare(focusItem(), buttons[i])
                compare(buttons[i].Accessible.name, "Continue with " + providers[i].name)
            }
            // And Tab comes back down to the identifier.
            for (let i = 0; i < buttons.length; ++i)
                keyClick(Qt.Key_Tab)
            verify(identifier.input.activeFocus)
            // Escape on the first step has nothing to go back to: it is left to what holds the form.
            type("jane")
            keyClick(Qt.Key_Escape)
            compare(form.step, "identifier")
            compare(identifier.text, "jane")
            compare(root.escapesLeftOver, 1)
        }

        function test_signInWithPasswordAndBackSteps() {
            const identifier = expectFocusIn("identifierField")
            type("jane+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            expectStep("password")
            expectFocusIn("passwordField")

            // Escape: back to the identifier, which is kept and focused; Enter goes on again.
            root.escapesLeftOver = 0
            keyClick(Qt.Key_Escape)
            expectStep("identifier")
            expectFocusIn("identifierField")
            compare(identifier.text, "jane+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            expectStep("password")
            expectFocusIn("passwordField")

            // "Email me a code instead", reached with Tab: the code step, focused; Escape returns to the password.
            tabTo(findChild(form, "useEmailCodeLink"))
            keyClick(Qt.Key_Return)
            expectStep("code")
            expectFocusIn("codeField")
            keyClick(Qt.Key_Escape)
            expectStep("password")
            const password = expectFocusIn("passwordField")
            compare(password.text, "")

            // The steps took every Escape themselves.
            compare(root.escapesLeftOver, 0)
            type("correct horse battery staple")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.auth.status, Auth.SignedIn)
            compare(app.welcome.text, "Welcome, Jane")
        }

        function test_emailCodeSubmitsItself() {
            expectFocusIn("identifierField")
            type("ada+clerk_test@example.com")
            keyClick(Qt.Key_Enter) // the keypad's Enter submits too
            expectStep("password")
            expectFocusIn("passwordField")
            tabTo(findChild(form, "useEmailCodeLink"))
            keyClick(Qt.Key_Space)
            expectStep("code")
            expectFocusIn("codeField")
            // The sixth digit submits the code: no Enter.
            type("424242")
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.welcome.text, "Welcome, Ada")
        }

        function test_secondFactorCodeSubmitsItselfAndEscapeStartsOver() {
            expectFocusIn("identifierField")
            type("bob+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            expectStep("password")
            expectFocusIn("passwordField")
            type("bob-password-123")
            keyClick(Qt.Key_Return)
            expectStep("secondFactor")
            expectFocusIn("codeField")
            // Past the first factor there is no step back: Escape starts the sign-in over.
            keyClick(Qt.Key_Escape)
            expectStep("identifier")
            expectFocusIn("identifierField")
            keyClick(Qt.Key_Return)
            expectStep("password")
            expectFocusIn("passwordField")
            type("bob-password-123")
            keyClick(Qt.Key_Return)
            expectStep("secondFactor")
            expectFocusIn("codeField")
            type(emulator.totp("JBSWY3DPEHPK3PXP"))
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.welcome.text, "Welcome, Bob")
        }

        function test_forgotPasswordStepsWithKeys() {
            expectFocusIn("identifierField")
            type("ada+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            expectStep("password")
            tabTo(findChild(form, "forgotPasswordLink"))
            keyClick(Qt.Key_Return)
            expectStep("resetChoice")
            // The step's first control is its first choice.
            const byEmail = findChild(form, "resetByEmailButton")
            tryVerify(() => byEmail.activeFocus, 5000)
            keyClick(Qt.Key_Escape)
            expectStep("password")
            expectFocusIn("passwordField")
            tabTo(findChild(form, "forgotPasswordLink"))
            keyClick(Qt.Key_Return)
            expectStep("resetChoice")
            tryVerify(() => findChild(form, "resetByEmailButton").activeFocus, 5000)
            keyClick(Qt.Key_Return)
            expectStep("code")
            expectFocusIn("codeField")
            // Escape from the reset code goes back to the choice of where it is sent.
            keyClick(Qt.Key_Escape)
            expectStep("resetChoice")
            tryVerify(() => findChild(form, "resetByEmailButton").activeFocus, 5000)
            keyClick(Qt.Key_Return)
            expectStep("code")
            expectFocusIn("codeField")
            type("424242")
            expectStep("newPassword")
            expectFocusIn("newPasswordField")
            type("a brand new passphrase")
            keyClick(Qt.Key_Return) // on to the confirmation
            expectFocusIn("confirmPasswordField")
            type("a brand new passphrase")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.welcome.text, "Welcome, Ada")
        }

        function test_signUpWithKeysOnly() {
            expectFocusIn("identifierField")
            // "Sign up" is a link in the footer: Tab gets there, Enter follows it.
            tabTo(findChild(form, "signUpLink"))
            keyClick(Qt.Key_Return)
            tryVerify(() => app.showSignUp)
            form = app.signUp
            verify(form.visible)
            tryVerify(() => findChild(form, "oauthButtons").visible, 10000)
            const firstName = expectFocusIn("firstNameField")
            type("grace")
            keyClick(Qt.Key_Tab)
            expectFocusIn("lastNameField")
            type("hopper")
            // The default instance takes a username and a phone number (optional): Tab walks the fields in their visual order.
            keyClick(Qt.Key_Tab)
            expectFocusIn("usernameField")
            type("gracehopper")
            keyClick(Qt.Key_Tab)
            expectFocusIn("emailAddressField")
            type("grace+clerk_test@example.com")
            keyClick(Qt.Key_Tab)
            expectFocusIn("phoneNumberField") // optional too: left empty
            keyClick(Qt.Key_Tab)
            expectFocusIn("passwordField")
            type("cobol-compiler-1959")
            keyClick(Qt.Key_Return)
            expectStep("verify")
            expectFocusIn("codeField")

            // Escape: back to the form, its first field focused and what was typed kept; Enter sends it again.
            root.escapesLeftOver = 0
            keyClick(Qt.Key_Escape)
            expectStep("form")
            expectFocusIn("firstNameField")
            compare(root.escapesLeftOver, 0)
            compare(firstName.text, "grace")
            compare(findChild(form, "emailAddressField").text, "grace+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            expectStep("verify")
            expectFocusIn("codeField")
            // The sixth digit submits the code.
            type("424242")
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.welcome.text, "Welcome, grace")
            compare(app.auth.user.primaryEmailAddress, "grace+clerk_test@example.com")
            compare(app.auth.user.username, "gracehopper")
        }

        function test_escapeOnTheSignUpFormIsLeftToItsHolder() {
            expectFocusIn("identifierField")
            tabTo(findChild(form, "signUpLink"))
            keyClick(Qt.Key_Return)
            tryVerify(() => app.showSignUp)
            form = app.signUp
            expectFocusIn("firstNameField")
            root.escapesLeftOver = 0
            keyClick(Qt.Key_Escape)
            compare(form.step, "form")
            compare(root.escapesLeftOver, 1)
            verify(form.visible)
            // "Sign in" in the footer returns to the sign-in form, focused on its identifier.
            tabTo(findChild(form, "signInLink"))
            keyClick(Qt.Key_Return)
            tryVerify(() => !app.showSignUp)
            form = app.signIn
            expectFocusIn("identifierField")
        }
    }
}
