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
        name: "SignUp"
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
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            mouseClick(findChild(app.signIn, "signUpLink"))
            verify(app.showSignUp)
            form = app.signUp
            verify(form.visible)
            // Shown, the form puts the keys in its first field (from its next turn of the event loop): wait for it,
            // or it would move them while a test types into another field.
            tryVerify(() => findChild(form, "firstNameField").input.activeFocus)
        }

        function test_signUpWithEmailCode() {
            typeInto(findChild(form, "firstNameField"), "grace")
            typeInto(findChild(form, "lastNameField"), "hopper")
            typeInto(findChild(form, "emailAddressField"), "grace+clerk_test@example.com")
            typeInto(findChild(form, "passwordField"), "cobol-compiler-1959")
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", "verify", 10000)
            compare(app.auth.status, Auth.SigningUp)
            verify(app.signedOutGate.visible)
            typeInto(findChild(form, "codeField"), "424242")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.welcome.text, "Welcome, grace")
            compare(app.auth.user.primaryEmailAddress, "grace+clerk_test@example.com")
        }

        function test_existingEmailIsAFieldError() {
            typeInto(findChild(form, "emailAddressField"), "jane+clerk_test@example.com")
            typeInto(findChild(form, "passwordField"), "another-long-password")
            keyClick(Qt.Key_Return)
            const field = findChild(form, "emailAddressField")
            tryVerify(() => field.errorText.length > 0, 10000)
            compare(form.error.code, "form_identifier_exists")
            compare(form.step, "form")
        }

        function test_shortPasswordIsAFieldError() {
            typeInto(findChild(form, "emailAddressField"), "short+clerk_test@example.com")
            typeInto(findChild(form, "passwordField"), "abc")
            keyClick(Qt.Key_Return)
            const field = findChild(form, "passwordField")
            tryVerify(() => field.errorText.length > 0, 10000)
            verify(form.error.code.indexOf("password") >= 0)
        }

        function test_wrongCode() {
            typeInto(findChild(form, "emailAddressField"), "wrongcode+clerk_test@example.com")
            typeInto(findChild(form, "passwordField"), "a-long-enough-password")
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", "verify", 10000)
            const code = findChild(form, "codeField")
            typeInto(code, "111111")
            keyClick(Qt.Key_Return)
            tryVerify(() => code.errorText.length > 0, 10000)
            compare(form.error.code, "form_code_incorrect")
            verify(!app.signedInGate.visible)
        }
    }
}
