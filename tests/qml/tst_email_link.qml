import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// SignIn's passwordless paths, driven like a user against the emulator: "Email me a sign-in link" → the waiting
// screen, which completes on its own when the link is opened here (loopback redirect) or on a phone (polling);
// cancel and resend; and enterprise SSO, where an address at the corporate domain goes to its identity provider.
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
        name: "EmailLink"
        when: windowShown

        property var app: null
        property var form
        property int browserVisits: 0

        Connections {
            target: testCase.app ? testCase.app.auth : null
            // The test is the user's browser for enterprise SSO (no system browser opens).
            function onAuthorizeWithBrowser(url) {
                testCase.browserVisits += 1
                emulator.visit(url, {})
            }
        }

        function typeInto(field, text) {
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            field.input.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }

        function clickWhenLaidOut(item) {
            Interactions.clickWhenLaidOut(testCase, item)
        }

        function start(profile) {
            verify(profile ? emulator.useProfile(profile) : emulator.useDefaultSeed())
            browserVisits = 0
            app = createTemporaryObject(appComponent, root)
            verify(app)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
            form = app.signIn
            verify(form)
        }

        function cleanup() {
            app = null
            emulator.setClockOffset(0)
            emulator.useDefaultSeed()
        }

        // identifier → the step the sign-in offers first → "Email me a sign-in link" → the waiting screen.
        function openEmailLink(identifier, firstStep) {
            typeInto(findChild(form, "identifierField"), identifier)
            keyClick(Qt.Key_Return)
            tryCompare(form, "step", firstStep, 10000)
            tryVerify(() => !form.busy)
            const link = findChild(form, "useEmailLinkLink")
            verify(link.visible)
            clickWhenLaidOut(link)
            compare(form.step, "emailLink")
            compare(findChild(form, "titleLabel").text, "Check your email")
            verify(!findChild(form, "continueButton").visible)
            const wait = findChild(form, "emailLinkWait")
            tryVerify(() => wait.waiting)
            tryVerify(() => emulator.lastEmailLink(identifier).toString().length > 0, 10000)
            return wait
        }

        function test_linkOpenedOnThisComputer() {
            start("")
            const wait = openEmailLink("jane+clerk_test@example.com", "password")
            verify(findChild(form, "emailLinkText").text.indexOf("jane+clerk_test@example.com") >= 0)
            tryVerify(() => findChild(form, "emailLinkBusy").visible)
            const shot = grabImage(form)
            shot.save(screenshotDir + "/email-link.png")
            emulator.visit(emulator.lastEmailLink("jane+clerk_test@example.com"), {})
            tryCompare(app.auth, "status", Auth.SignedIn, 10000)
            tryCompare(app, "signedInCount", 1, 5000)
            compare(app.auth.user.firstName, "Jane")
        }

        function test_linkOpenedOnAPhone() {
            start("passwordless")
            // Passwordless: the email code goes out first; the link is the other way offered.
            const wait = openEmailLink("jane+clerk_test@example.com", "code")
            emulator.visitElsewhere(emulator.lastEmailLink("jane+clerk_test@example.com"))
            tryCompare(app.auth, "status", Auth.SignedIn, 15000)
            tryCompare(app, "signedInCount", 1, 5000)
        }

        function test_cancelGoesBack() {
            start("")
            const wait = openEmailLink("jane+clerk_test@example.com", "password")
            clickWhenLaidOut(findChild(form, "cancelEmailLinkButton"))
            tryCompare(form, "step", "identifier", 10000)
            tryVerify(() => !wait.waiting)
            compare(app.auth.status, Auth.SignedOut)
            compare(findChild(form, "emailLinkError").visible, false)
        }

        // The keys: Resend has them when the screen shows; Escape stops waiting and starts over, as Cancel does.
        function test_keysOnTheWaitingScreen() {
            start("")
            const wait = openEmailLink("jane+clerk_test@example.com", "password")
            const resend = findChild(form, "resendEmailLinkButton")
            tryVerify(() => resend.activeFocus, 5000)
            keyClick(Qt.Key_Escape)
            tryCompare(form, "step", "identifier", 10000)
            tryVerify(() => !wait.waiting)
            const identifier = findChild(form, "identifierField")
            tryVerify(() => identifier.input.activeFocus, 5000)
            compare(identifier.text, "jane+clerk_test@example.com")
            compare(app.auth.status, Auth.SignedOut)
            // Enter starts over from the identifier.
            keyClick(Qt.Key_Return)
            tryVerify(() => !form.busy && form.step !== "identifier", 10000,
                      "still on the identifier: " + identifier.errorText + form.formError)
            compare(form.step, "password")
        }

        function test_resendSendsANewLink() {
            start("")
            const wait = openEmailLink("jane+clerk_test@example.com", "password")
            const first = emulator.lastEmailLink("jane+clerk_test@example.com").toString()
            clickWhenLaidOut(findChild(form, "resendEmailLinkButton"))
            tryVerify(() => emulator.lastEmailLink("jane+clerk_test@example.com").toString() !== first, 10000)
            tryVerify(() => wait.waiting)
            compare(form.step, "emailLink")
            emulator.visit(emulator.lastEmailLink("jane+clerk_test@example.com"), {})
            tryCompare(app.auth, "status", Auth.SignedIn, 10000)
        }

        // The link not opened in time: the screen says so and offers a new one, which works.
        function test_expiredLinkOffersANewOne() {
            start("")
            const wait = openEmailLink("jane+clerk_test@example.com", "password")
            emulator.setClockOffset(11 * 60 * 1000)
            const error = findChild(form, "emailLinkError")
            tryVerify(() => error.visible, 10000) // the next poll (every two seconds) finds it expired
            verify(!wait.waiting)
            compare(wait.error.code, "clerkqt_email_link_expired")
            compare(form.step, "emailLink")
            const resend = findChild(form, "resendEmailLinkButton")
            compare(resend.text, "Send a new link")
            emulator.setClockOffset(0)
            const expired = emulator.lastEmailLink("jane+clerk_test@example.com").toString()
            clickWhenLaidOut(resend)
            tryVerify(() => emulator.lastEmailLink("jane+clerk_test@example.com").toString() !== expired, 10000)
            verify(!error.visible)
            emulator.visit(emulator.lastEmailLink("jane+clerk_test@example.com"), {})
            tryCompare(app.auth, "status", Auth.SignedIn, 10000)
        }

        // The "open in the desktop app" hand-off from QML: the link's ticket signs in.
        function test_signInLinkFromQml() {
            start("")
            compare(app.auth.ticketFromUrl("myapp://sign-in?x=1"), "")
            const ticket = app.auth.ticketFromUrl(emulator.signInTokenUrl("user_2jane0000000000000000000001"))
            verify(ticket.length > 0)
            const reply = app.auth.signInWithTicket(ticket)
            tryCompare(app.auth, "status", Auth.SignedIn, 10000)
            compare(app.auth.user.firstName, "Jane")
        }

        function test_enterpriseSsoFromTheIdentifier() {
            start("enterprise-sso")
            typeInto(findChild(form, "identifierField"), "erin@corp.example")
            keyClick(Qt.Key_Return)
            tryCompare(app.auth, "status", Auth.SignedIn, 15000)
            compare(browserVisits, 1)
            compare(app.auth.user.primaryEmailAddress, "erin@corp.example")
        }
    }
}
