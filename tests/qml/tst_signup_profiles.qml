import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// SignUp and SignIn driven by the instance's settings (issue #18, item 1), once per emulator profile: the fields
// the instance enables (required ones marked), legal consent with the instance's links, the "continue" step for
// what Clerk lists as missing — after an OAuth sign-up too —, phone verification, and the identifiers SignIn asks
// for.
Item {
    id: root
    width: 900
    height: 760

    Component {
        id: appComponent
        TestApp {}
    }

    TestCase {
        id: testCase
        name: "SignUpProfiles"
        when: windowShown

        property var app
        property var form
        /// What the provider page gets added to its URL on the next visit ({account: …}).
        property var browserQuery: ({})
        property int browserVisits: 0

        Connections {
            target: testCase.app ? testCase.app.auth : null
            // Handled here, so no system browser opens: the test is the user's browser.
            function onAuthorizeWithBrowser(url) {
                testCase.browserVisits += 1
                emulator.visit(url, testCase.browserQuery)
            }
        }

        function typeInto(field, text) {
            tryVerify(() => field.visible && Interactions.laidOut(testCase, field))
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }

        function field(name) { return findChild(form, name) }

        // The app on `profile`, its sign-up form shown once the instance's settings are known.
        function openSignUp(profile) {
            verify(emulator.useProfile(profile))
            app = createTemporaryObject(appComponent, root)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            Interactions.clickWhenLaidOut(testCase, findChild(app.signIn, "signUpLink"))
            form = app.signUp
            verify(form.visible)
            tryVerify(() => form.settingsKnown, 10000)
            // Shown, the form puts the keys in its first field (from its next turn of the event loop): wait for it,
            // or it would move them while a test types into another field.
            tryVerify(() => {
                for (let item = root.Window.activeFocusItem; item; item = item.parent) {
                    if (item === form)
                        return true
                }
                return false
            })
        }

        function continueForm() {
            Interactions.clickWhenLaidOut(testCase, field("continueButton"))
        }

        function cleanup() {
            browserQuery = {}
            browserVisits = 0
            emulator.useDefaultSeed()
        }

        function test_defaultProfileShowsEnabledFieldsAndMarksRequired() {
            openSignUp("default")
            for (const name of ["firstNameField", "lastNameField", "usernameField", "emailAddressField",
                                "phoneNumberField", "passwordField"])
                verify(field(name).visible, name)
            verify(!field("legalConsent").visible)
            compare(field("emailAddressField").label, "Email address *")
            compare(field("passwordField").label, "Password *")
            compare(field("usernameField").label, "Username")
            compare(field("phoneNumberField").label, "Phone number")
            tryVerify(() => findChild(form, "oauth_oauth_google") !== null, 10000)
        }

        function test_usernamePhoneProfileVerifiesThePhone() {
            openSignUp("username-phone")
            compare(field("usernameField").label, "Username *")
            compare(field("phoneNumberField").label, "Phone number *")
            compare(field("emailAddressField").label, "Email address")
            typeInto(field("usernameField"), "grace_hopper")
            typeInto(field("phoneNumberField"), "+15555550166")
            typeInto(field("passwordField"), "cobol-compiler-1959")
            continueForm()
            tryCompare(form, "step", "verify", 10000)
            compare(form.verifyStrategy, Factor.PhoneCode)
            compare(findChild(form, "titleLabel").text, "Verify your phone number")
            typeInto(field("codeField"), "424242")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.auth.user.username, "grace_hopper")
            compare(app.auth.user.primaryPhoneNumber, "+15555550166")
        }

        function test_legalConsentIsAskedAndCompleted() {
            openSignUp("legal-consent")
            const consent = field("legalConsent")
            tryVerify(() => consent.visible)
            const text = field("legalText").text
            verify(text.indexOf(app.auth.userSettings.termsUrl.toString()) >= 0, text)
            verify(text.indexOf(app.auth.userSettings.privacyPolicyUrl.toString()) >= 0, text)
            typeInto(field("firstNameField"), "Grace")
            typeInto(field("emailAddressField"), "consent+clerk_test@example.com")
            typeInto(field("passwordField"), "cobol-compiler-1959")
            tryVerify(() => Interactions.laidOut(testCase, consent))
            grabImage(form).save(screenshotDir + "/signup-legal-consent.png")

            // Without the box ticked, Clerk lists the consent as missing: the form asks for it alone.
            continueForm()
            tryCompare(form, "step", "continue", 10000)
            verify(consent.visible)
            verify(!field("emailAddressField").visible)
            verify(!field("passwordField").visible)
            Interactions.clickWhenLaidOut(testCase, field("legalCheckBox"))
            verify(field("legalCheckBox").checked)
            continueForm()
            tryCompare(form, "step", "verify", 10000)
            compare(form.verifyStrategy, Factor.EmailCode)
            typeInto(field("codeField"), "424242")
            keyClick(Qt.Key_Return)
            // Signed in: the instance accepts no sign-up without the consent.
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.auth.user.primaryEmailAddress, "consent+clerk_test@example.com")
        }

        function test_oauthSignUpContinuesWithTheMissingFields() {
            openSignUp("username-phone")
            browserQuery = { account: "google-newbie" }
            tryVerify(() => findChild(form, "oauth_oauth_google") !== null, 10000)
            Interactions.clickWhenLaidOut(testCase, findChild(form, "oauth_oauth_google"))
            tryCompare(form, "step", "continue", 15000)
            compare(browserVisits, 1)
            // Only what the provider did not give.
            verify(field("usernameField").visible)
            verify(field("phoneNumberField").visible)
            verify(!field("emailAddressField").visible)
            verify(!field("passwordField").visible)
            verify(!field("firstNameField").visible)
            typeInto(field("usernameField"), "nina_newbie")
            typeInto(field("phoneNumberField"), "+15555550167")
            continueForm()
            tryCompare(form, "step", "verify", 10000)
            typeInto(field("codeField"), "424242")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.auth.user.primaryEmailAddress, "newbie+clerk_test@example.com")
        }

        function test_oauthSignUpOfAnExistingAccountSignsIn() {
            openSignUp("default")
            browserQuery = { account: "google-jane" }
            tryVerify(() => findChild(form, "oauth_oauth_google") !== null, 10000)
            Interactions.clickWhenLaidOut(testCase, findChild(form, "oauth_oauth_google"))
            tryCompare(app.signedInGate, "visible", true, 15000)
            compare(app.auth.user.primaryEmailAddress, "jane+clerk_test@example.com")
        }

        function test_signInAsksForTheEnabledIdentifiers() {
            verify(emulator.useInstance({ identifiers: ["phone_number"], first_factors: ["phone_code"] }))
            app = createTemporaryObject(appComponent, root)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            const signIn = app.signIn
            const identifier = findChild(signIn, "identifierField")
            tryCompare(identifier, "label", "Phone number", 10000)
            compare(identifier.inputMethodHints, Qt.ImhDialableCharactersOnly)
            form = signIn
            typeInto(identifier, "+15555550100")
            keyClick(Qt.Key_Return)
            // No password on this instance: straight to the code.
            tryCompare(signIn, "step", "code", 10000)
            verify(!findChild(signIn, "usePasswordLink").visible)
            compare(signIn.firstFactors.indexOf(Factor.Password), -1)
        }

        function test_signInLabelNamesEveryIdentifier() {
            verify(emulator.useDefaultSeed())
            app = createTemporaryObject(appComponent, root)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            tryCompare(findChild(app.signIn, "identifierField"), "label",
                       "Email address, phone number or username", 10000)
        }
    }
}
