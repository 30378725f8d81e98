import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// DevicesPage against the emulator: Jane signed in on two clients (two Auths, two devices as far as Clerk can
// tell); the page lists both with what Clerk knows of them, marks this one, and signs the other out, which that
// client learns on its next request.
Item {
    id: root
    width: 600
    height: 600

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
        }
    }
    Component {
        id: pageComponent
        DevicesPage {
            width: 560
        }
    }

    TestCase {
        id: testCase
        name: "DevicesPage"
        when: windowShown

        property var auth
        property var other
        property var page

        function clickWhenLaidOut(item) {
            Interactions.clickWhenLaidOut(testCase, item)
        }

        function signedInAuth(service) {
            const a = createTemporaryObject(authComponent, root, { keychainService: service })
            tryCompare(a, "status", Auth.SignedOut, 10000)
            a.signIn("jane+clerk_test@example.com", "correct horse battery staple")
            tryCompare(a, "status", Auth.SignedIn, 10000)
            return a
        }

        function init() {
            emulator.reset()
            other = signedInAuth("clerk-qt-qmltest-devices-other")
            auth = signedInAuth("clerk-qt-qmltest-devices")
            verify(auth.session.id !== other.session.id)
        }

        function rowOf(sessionId) {
            return findChild(page, "device_" + sessionId)
        }

        function test_listsDevicesAndSignsOneOut() {
            page = createTemporaryObject(pageComponent, root, { auth: auth })
            compare(page.title, "Devices")
            verify(page.available)
            // Alone, the page heads itself.
            verify(findChild(page, "pageTitle").visible)
            // Shown: the page reads the sessions itself.
            tryVerify(() => page.sessions.length === 2, 10000)
            tryVerify(() => !page.busy)
            compare(emulator.requestCount("GET /v1/me/sessions/active"), 1)

            const mine = rowOf(auth.session.id)
            const theirs = rowOf(other.session.id)
            verify(mine && theirs)
            verify(findChild(mine, "thisDeviceBadge").visible)
            verify(!findChild(theirs, "thisDeviceBadge").visible)
            verify(!findChild(mine, "signOutButton").visible)
            verify(findChild(theirs, "signOutButton").visible)
            // What the emulator saw of this client: the SDK's product token as the browser, and the loopback address.
            const session = page.sessions.filter(s => s.id === auth.session.id)[0]
            verify(session.browserName.length > 0)
            compare(findChild(mine, "browserLabel").text,
                    session.browserName + (session.browserVersion.length > 0 ? " " + session.browserVersion : ""))
            compare(session.ipAddress, "127.0.0.1")
            // Nothing locates a loopback peer: no city or country, only the address.
            compare(session.city, "")
            compare(findChild(mine, "placeLabel").text, "127.0.0.1")
            verify(findChild(mine, "lastActiveLabel").text.startsWith("Last active "))
            // The date follows the components' language, not the system's: German order and separators.
            const before = ClerkLanguage.language
            try {
                ClerkLanguage.language = "de"
                const german = session.lastActiveAt.toLocaleString(Qt.locale("de_DE"), Locale.ShortFormat)
                verify(german !== session.lastActiveAt.toLocaleString(Qt.locale("en_US"), Locale.ShortFormat))
                tryVerify(() => findChild(mine, "lastActiveLabel").text.indexOf(german) >= 0, 5000,
                          findChild(mine, "lastActiveLabel").text)
            } finally {
                ClerkLanguage.language = before
            }
            grabImage(page).save(screenshotDir + "/userprofile-devices.png")

            const otherSignedOut = createTemporaryObject(spyComponent, testCase,
                                                         { target: other, signalName: "signedOutByServer" })
            clickWhenLaidOut(findChild(theirs, "signOutButton"))
            tryVerify(() => page.sessions.length === 1, 10000)
            compare(page.sessions[0].id, auth.session.id)
            tryVerify(() => rowOf(other.session.id) === null)
            compare(page.formError, "")
            compare(auth.status, Auth.SignedIn)

            // The other client is signed out on its next request.
            other.reloadUser()
            tryCompare(other, "status", Auth.SignedOut, 10000)
            compare(otherSignedOut.count, 1)
        }

        function test_readAgainWhenShownAgain() {
            page = createTemporaryObject(pageComponent, root, { auth: auth, visible: false })
            compare(emulator.requestCount("GET /v1/me/sessions/active"), 0)
            page.visible = true
            tryVerify(() => page.sessions.length === 2, 10000)
            // Revoked elsewhere (another device's page, the dashboard): seen the next time the page is shown.
            other.signOut()
            tryCompare(other, "status", Auth.SignedOut, 10000)
            page.visible = false
            page.visible = true
            tryVerify(() => page.sessions.length === 1, 10000)
            compare(emulator.requestCount("GET /v1/me/sessions/active"), 2)
        }
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
}
