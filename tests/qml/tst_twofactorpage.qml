import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// TwoFactorPage driven like a user against the emulator: an authenticator app enrolled from its QR code and
// secret (codes computed from that secret, RFC 6238), the backup codes shown once and copied, a new set, the
// app removed; a verified phone number as second factor where the instance allows it.
Item {
    id: root
    width: 600
    height: 900

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
            keychainService: "clerk-qt-qmltest-twofactor"
        }
    }
    Component {
        id: pageComponent
        TwoFactorPage {
            width: 560
        }
    }
    // Where the test pastes what the page copied.
    TextEdit {
        id: pasteTarget
    }

    TestCase {
        id: testCase
        name: "TwoFactorPage"
        when: windowShown

        property var auth
        property var page

        function typeInto(field, text) {
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            field.input.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            verify(field.text === text, "the field holds what was typed")
        }

        function clickWhenLaidOut(item) {
            Interactions.clickWhenLaidOut(testCase, item)
        }

        function signIn(identifier, password) {
            emulator.reset()
            auth = createTemporaryObject(authComponent, root)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            auth.signIn(identifier, password)
            tryCompare(auth, "status", Auth.SignedIn, 10000)
            auth.loadEnvironment()
            tryVerify(() => auth.userSettings.loaded, 10000)
            page = createTemporaryObject(pageComponent, root, { auth: auth })
            verify(page)
        }

        function cleanup() {
            emulator.useDefaultSeed()
        }

        function test_enrolAuthenticatorAppWithBackupCodes() {
            // An instance with authenticator app and backup codes, no SMS second factor.
            verify(emulator.useSecondFactors(["totp", "backup_code"]))
            signIn("ada+clerk_test@example.com", "analytical-engine-1843")
            compare(page.title, "Two-step verification")
            verify(page.available)
            verify(!auth.userSettings.phoneSecondFactorEnabled)
            verify(findChild(page, "totpSection").visible)
            verify(!findChild(page, "phoneSection").visible)
            // Ada has no second factor yet: backup codes come with the first one.
            verify(!findChild(page, "backupCodesSection").visible)
            verify(!findChild(page, "disableTotpButton").visible)

            clickWhenLaidOut(findChild(page, "addTotpButton"))
            tryCompare(page, "step", "totp", 10000)
            const qr = findChild(page, "totpQrCode")
            const secretText = findChild(page, "secretText")
            const secret = secretText.text
            verify(/^[A-Z2-7]{16,}$/.test(secret), secret.length + " characters")
            // The QR code is the enrolment's URI, which names the same secret. (verify(), not compare(): a
            // failure must not print the secret.)
            verify(qr.text === page.totpSetup.uri, "QrCode.text is the TOTP URI")
            verify(qr.text.startsWith("otpauth://totp/"))
            verify(qr.text.indexOf("secret=" + secret) > 0)
            verify(qr.valid)
            tryVerify(() => qr.width >= 200 && qr.height >= 200)
            // Selectable, so it can be copied into an app.
            verify(secretText.selectByMouse && secretText.readOnly)
            const codeField = findChild(page, "codeField")
            tryVerify(() => codeField.input.activeFocus)
            grabImage(page).save(screenshotDir + "/userprofile-two-factor.png")

            // A wrong code, submitted by its last digit (no Enter): Clerk's message on the code field, translated
            // (FormErrors), still enrolling.
            typeInto(codeField, "000000")
            tryVerify(() => codeField.errorText.length > 0, 10000)
            compare(codeField.errorText, "The code is incorrect.")
            compare(page.error.code, "form_code_incorrect")
            compare(page.step, "totp")
            verify(!auth.user.totpEnabled)

            typeInto(codeField, emulator.totp(secret))
            tryCompare(page, "step", "backupCodes", 10000)
            // The keyboard lands on the codes' first button.
            tryVerify(() => findChild(page, "copyBackupCodesButton").activeFocus)
            verify(auth.user.totpEnabled)
            verify(auth.user.twoFactorEnabled)
            // The secret is gone from the page once enrolled.
            verify(page.totpSetup === null, "the enrolment is forgotten")
            verify(secretText.text.length === 0, "secret still shown")
            verify(!qr.valid)

            const codes = page.backupCodes
            compare(codes.length, 10)
            const grid = findChild(page, "backupCodesGrid")
            verify(grid.visible)
            const shown = []
            for (let i = 0; i < grid.children.length; ++i) {
                if (grid.children[i].text !== undefined)
                    shown.push(grid.children[i].text)
            }
            verify(JSON.stringify(shown.sort()) === JSON.stringify(codes.slice().sort()), "the grid shows the codes")

            // Copy: the codes, one a line, on the clipboard.
            clickWhenLaidOut(findChild(page, "copyBackupCodesButton"))
            verify(findChild(page, "copiedNote").visible)
            pasteTarget.text = ""
            pasteTarget.paste()
            verify(pasteTarget.text === codes.join("\n"), "the clipboard holds the codes, one a line")

            // Shown once: gone after Done.
            clickWhenLaidOut(findChild(page, "backupCodesDoneButton"))
            compare(page.step, "overview")
            compare(page.backupCodes.length, 0)
            verify(!grid.visible)
            verify(findChild(page, "disableTotpButton").visible)
            verify(!findChild(page, "addTotpButton").visible)

            // A new set replaces the old one.
            const regenerate = findChild(page, "regenerateBackupCodesButton")
            tryVerify(() => findChild(page, "backupCodesSection").visible)
            clickWhenLaidOut(regenerate)
            tryCompare(page, "step", "backupCodes", 10000)
            compare(page.backupCodes.length, 10)
            verify(page.backupCodes.every(c => codes.indexOf(c) < 0))
            clickWhenLaidOut(findChild(page, "backupCodesDoneButton"))

            // Removing the app turns two-step verification off (Clerk drops backup codes with the last factor).
            clickWhenLaidOut(findChild(page, "disableTotpButton"))
            tryVerify(() => !auth.user.totpEnabled, 10000)
            verify(!auth.user.twoFactorEnabled)
            tryVerify(() => findChild(page, "addTotpButton").visible)
            verify(!findChild(page, "backupCodesSection").visible)
            compare(page.formError, "")
        }

        function test_cancelledEnrolmentForgetsTheSecret() {
            signIn("ada+clerk_test@example.com", "analytical-engine-1843")
            clickWhenLaidOut(findChild(page, "addTotpButton"))
            tryCompare(page, "step", "totp", 10000)
            verify(findChild(page, "secretText").text.length > 0)
            clickWhenLaidOut(findChild(page, "cancelTotpButton"))
            compare(page.step, "overview")
            verify(page.totpSetup === null, "the enrolment is forgotten")
            verify(findChild(page, "secretText").text.length === 0, "secret still shown")
            verify(!findChild(page, "totpQrCode").valid)
            verify(!auth.user.totpEnabled)
        }

        // Escape cancels the enrolment from the keyboard, and the focus lands on the overview's first button.
        function test_escapeCancelsEnrolment() {
            signIn("ada+clerk_test@example.com", "analytical-engine-1843")
            clickWhenLaidOut(findChild(page, "addTotpButton"))
            tryCompare(page, "step", "totp", 10000)
            const codeField = findChild(page, "codeField")
            tryVerify(() => codeField.input.activeFocus)
            keyClick(Qt.Key_Escape)
            compare(page.step, "overview")
            verify(page.totpSetup === null, "the enrolment is forgotten")
            tryVerify(() => findChild(page, "addTotpButton").activeFocus)
        }

        function test_phoneAsSecondFactor() {
            verify(emulator.useSecondFactors(["totp", "backup_code", "phone_code"]))
            // Jane's number is verified in the seed.
            signIn("jane+clerk_test@example.com", "correct horse battery staple")
            verify(auth.userSettings.phoneSecondFactorEnabled)
            const section = findChild(page, "phoneSection")
            tryVerify(() => section.visible)
            const row = findChild(page, "phoneRow_+15555550100")
            verify(row)
            verify(!findChild(row, "releasePhoneLink").visible)
            clickWhenLaidOut(findChild(row, "reservePhoneLink"))
            tryVerify(() => auth.user.phoneNumbers[0].reservedForSecondFactor, 10000)
            compare(page.formError, "")
            // Reserved: now it can be the default, or released again.
            const row2 = findChild(page, "phoneRow_+15555550100")
            tryVerify(() => findChild(row2, "makeDefaultLink").visible)
            verify(findChild(row2, "releasePhoneLink").visible)
            verify(!findChild(row2, "reservePhoneLink").visible)
            clickWhenLaidOut(findChild(row2, "makeDefaultLink"))
            tryVerify(() => auth.user.phoneNumbers[0].defaultSecondFactor, 10000)
            tryVerify(() => findChild(findChild(page, "phoneRow_+15555550100"), "defaultBadge").visible)
            clickWhenLaidOut(findChild(findChild(page, "phoneRow_+15555550100"), "releasePhoneLink"))
            tryVerify(() => !auth.user.phoneNumbers[0].reservedForSecondFactor, 10000)
            compare(page.formError, "")
        }
    }
}
