import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// Issue #18 in the UI: SignIn shows a pending session's task (choose-organization) and the client-trust code
// step; the Reverification dialog opens on auth.reverification's request, verifies and completes, or cancels.
Item {
    id: root
    width: 900
    height: 700

    Component {
        id: appComponent
        TestApp {}
    }
    Component {
        id: dialogComponent
        Reverification {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "SessionTasks"
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

        function start(profile) {
            emulator.reset()
            verify(emulator.useProfile(profile))
            app = createTemporaryObject(appComponent, root)
            verify(app)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            form = app.signIn
            verify(form)
        }

        function signInWithPassword() {
            typeInto(findChild(form, "identifierField"), "jane+clerk_test@example.com")
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", "password", 10000)
            typeInto(findChild(form, "passwordField"), "correct horse battery staple")
            keyClick(Qt.Key_Return)
        }

        function cleanup() {
            verify(emulator.useDefaultSeed())
            emulator.reset()
        }

        function test_chooseOrganization() {
            start("organization-required")
            signInWithPassword()
            tryCompare(form, "step", "task", 10000)
            compare(app.auth.status, Auth.NeedsTask)
            verify(app.signedOutGate.visible) // pending is not signed in
            compare(findChild(form, "taskTitle").text, "Choose an organization")
            verify(!findChild(form, "continueButton").visible)
            compare(app.auth.sessionToken, "")
            const acme = findChild(form, "chooseOrganization_acme")
            verify(findChild(form, "chooseOrganization_globex"))
            compare(acme.text, "Acme Corp")
            // The task's first choice has the keys.
            const first = findChild(form, "chooseOrganization_" + app.auth.organizations[0].slug)
            tryVerify(() => first.activeFocus, 5000)
            Interactions.clickWhenLaidOut(testCase, acme)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.auth.status, Auth.SignedIn)
            compare(app.auth.organization.slug, "acme")
            tryCompare(app, "signedInCount", 1)
        }

        function test_clientTrustCode() {
            start("client-trust")
            signInWithPassword()
            tryCompare(form, "step", "secondFactor", 10000)
            compare(app.auth.status, Auth.NeedsClientTrust)
            compare(form.codeStrategy, Factor.EmailCode)
            compare(findChild(form, "useTotpLink"), null)
            compare(findChild(form, "titleLabel").text, "Verify it's you on this new device")
            const code = findChild(form, "codeField")
            verify(code.visible)
            typeInto(code, "111111")
            keyClick(Qt.Key_Return)
            tryVerify(() => code.errorText.length > 0, 10000)
            compare(form.error.code, "form_code_incorrect")
            code.input.selectAll()
            typeInto(code, "424242")
            keyClick(Qt.Key_Return)
            tryCompare(app.signedInGate, "visible", true, 10000)
            compare(app.auth.status, Auth.SignedIn)
        }

        function firstFactorAge() {
            const fva = app.auth.sessionClaims.raw.fva
            return fva ? fva[0] : -2
        }

        function test_reverificationDialog() {
            start("default")
            const dialog = createTemporaryObject(dialogComponent, root, { auth: app.auth })
            verify(dialog)
            app.auth.signIn("jane+clerk_test@example.com", "correct horse battery staple")
            tryCompare(app.auth, "status", Auth.SignedIn, 10000)
            emulator.shiftClockMinutes(20)
            app.auth.getToken({ skipCache: true })
            tryVerify(() => firstFactorAge() === 20, 10000)

            // The app's API asks (as AuthorizedNetworkAccessManager does on Clerk's hint): the dialog opens.
            const completed = createTemporaryObject(spyComponent, testCase,
                                                    { target: app.auth.reverification, signalName: "completed" })
            verify(app.auth.reverification.request(StepUp.FirstFactor))
            verify(app.auth.reverification.requested)
            tryVerify(() => dialog.opened, 10000)
            tryCompare(dialog, "strategy", Factor.Password, 10000)
            const field = findChild(dialog.contentItem, "reverificationField")
            typeInto(field, "not it")
            Interactions.clickWhenLaidOut(testCase, findChild(dialog.contentItem, "reverificationContinue"))
            tryVerify(() => field.errorText.length > 0, 10000)
            verify(dialog.opened)
            compare(dialog.formError, "")
            field.input.selectAll()
            typeInto(field, "correct horse battery staple")
            compare(field.errorText, "")
            // grabImage() crops the window at the item's x and y in its parent: the popup's own item, a child of the
            // window's overlay, has them in window coordinates.
            waitForItemPolished(dialog.contentItem)
            const popupItem = dialog.contentItem.parent
            compare(Qt.point(popupItem.x, popupItem.y), popupItem.mapToItem(null, 0, 0))
            grabImage(popupItem).save(screenshotDir + "/reverification.png")
            Interactions.clickWhenLaidOut(testCase, findChild(dialog.contentItem, "reverificationContinue"))
            tryVerify(() => !dialog.opened, 10000)
            compare(completed.count, 1)
            verify(!app.auth.reverification.requested)
            compare(app.auth.reverification.status, StepUp.Complete)
            compare(firstFactorAge(), 0)

            // Asked again, the user cancels: canceled, nothing pending.
            const canceled = createTemporaryObject(spyComponent, testCase,
                                                   { target: app.auth.reverification, signalName: "canceled" })
            verify(app.auth.reverification.request(StepUp.FirstFactor))
            tryVerify(() => dialog.opened, 10000)
            tryCompare(dialog, "strategy", Factor.Password, 10000)
            Interactions.clickWhenLaidOut(testCase, findChild(dialog.contentItem, "reverificationCancel"))
            tryVerify(() => !dialog.opened, 10000)
            compare(canceled.count, 1)
            verify(!app.auth.reverification.requested)
            compare(app.auth.reverification.status, StepUp.None)

            // With the keyboard: the field has the keys when the dialog opens, Enter submits it.
            verify(app.auth.reverification.request(StepUp.FirstFactor))
            tryVerify(() => dialog.opened, 10000)
            tryCompare(dialog, "strategy", Factor.Password, 10000)
            tryVerify(() => field.input.activeFocus, 5000)
            const password = "correct horse battery staple"
            for (let i = 0; i < password.length; ++i)
                keyClick(password[i])
            keyClick(Qt.Key_Return)
            tryVerify(() => !dialog.opened, 10000)
            compare(completed.count, 2)

            // Escape closes it: canceled.
            verify(app.auth.reverification.request(StepUp.FirstFactor))
            tryVerify(() => dialog.opened, 10000)
            tryCompare(dialog, "strategy", Factor.Password, 10000)
            tryVerify(() => field.input.activeFocus, 5000)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !dialog.opened, 10000)
            compare(canceled.count, 2)
            compare(app.auth.reverification.status, StepUp.None)
        }

        // The dialog's controls are drawn with the theme's colours, in the dark preset too.
        function test_reverificationPaletteFollowsTheTheme() {
            start("default")
            const dialog = createTemporaryObject(dialogComponent, root, { auth: app.auth })
            const scheme = ClerkTheme.scheme
            ClerkTheme.scheme = ClerkTheme.Dark
            compare(dialog.palette.window, ClerkTheme.darkColors.surfaceColor)
            compare(dialog.palette.windowText, ClerkTheme.darkColors.textColor)
            compare(dialog.palette.base, ClerkTheme.darkColors.fieldColor)
            ClerkTheme.scheme = ClerkTheme.Light
            compare(dialog.palette.windowText, ClerkTheme.lightColors.textColor)
            ClerkTheme.scheme = scheme
        }
    }
}
