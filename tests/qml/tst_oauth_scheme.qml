import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// SignIn's and SignUp's provider buttons with oauthRedirectUrl (issue #21, item 5): Clerk sends the browser back to
// the app's own scheme, not to a loopback listener, and the URL the OS hands the app (here: the test, as
// Clerk::UrlSchemeHandler would) goes to auth.handleOAuthRedirect(). Also Auth's two QML overloads of
// signInWithOAuth/signUpWithOAuth, with and without a redirect URL.
Item {
    id: root
    width: 900
    height: 700

    readonly property string appRedirect: "com.clerk.qttest://oauth"

    Component {
        id: appComponent
        TestApp {}
    }

    TestCase {
        id: testCase
        name: "OAuthScheme"
        when: windowShown

        property var app
        /// What the provider page gets added to its URL ({account: …}).
        property var browserQuery: ({})
        /// Where the browser stopped: the app's URL, or the loopback listener's page.
        property var stoppedAt: []

        Connections {
            target: testCase.app ? testCase.app.auth : null
            // Handled here, so no system browser opens: the test is the user's browser.
            function onAuthorizeWithBrowser(url) {
                emulator.walk(url, testCase.browserQuery)
            }
        }
        Connections {
            target: emulator
            function onBrowserStopped(url) {
                testCase.stoppedAt = testCase.stoppedAt.concat([url.toString()])
            }
        }

        function init() {
            emulator.reset()
            browserQuery = {}
            stoppedAt = []
            app = createTemporaryObject(appComponent, root)
            verify(app)
            tryCompare(app.auth, "status", Auth.SignedOut, 10000)
        }

        function providerButton(form, strategy) {
            tryVerify(() => findChild(form, "oauth_" + strategy) !== null, 10000)
            return findChild(form, "oauth_" + strategy)
        }

        // The browser ends at the app's scheme; a URL with another flow's state is refused and the flow keeps
        // waiting; the real one signs the user in.
        function handOver() {
            tryVerify(() => stoppedAt.length === 1, 15000)
            const toApp = stoppedAt[0]
            verify(toApp.startsWith(root.appRedirect + "?"), toApp)
            verify(toApp.indexOf("rotating_token_nonce=") > 0, toApp)
            verify(!app.auth.handleOAuthRedirect(root.appRedirect + "?clerkqt_state=forged"))
            verify(app.auth.handleOAuthRedirect(toApp))
        }

        function test_signInButtonUsesTheAppScheme() {
            const form = app.signIn
            compare(form.oauthRedirectUrl.toString(), "") // the loopback listener unless the app says otherwise
            form.oauthRedirectUrl = root.appRedirect
            browserQuery = { account: "google-jane" }
            Interactions.clickWhenLaidOut(testCase, providerButton(form, "oauth_google"))
            handOver()
            tryCompare(app.auth, "status", Auth.SignedIn, 10000)
            compare(app.auth.user.primaryEmailAddress, "jane+clerk_test@example.com")
            tryCompare(app.signedInGate, "visible", true, 10000)
        }

        function test_signUpButtonUsesTheAppScheme() {
            app.showSignUp = true
            const form = app.signUp
            verify(form.visible)
            compare(form.oauthRedirectUrl.toString(), "")
            form.oauthRedirectUrl = root.appRedirect
            browserQuery = { account: "google-newbie" }
            Interactions.clickWhenLaidOut(testCase, providerButton(form, "oauth_google"))
            handOver()
            tryCompare(app.auth, "status", Auth.SignedIn, 10000)
            compare(app.auth.user.primaryEmailAddress, "newbie+clerk_test@example.com")
        }

        // Without oauthRedirectUrl the button's flow comes back to the loopback listener: nothing for the app.
        function test_signInButtonDefaultsToLoopback() {
            browserQuery = { account: "google-jane" }
            Interactions.clickWhenLaidOut(testCase, providerButton(app.signIn, "oauth_google"))
            tryCompare(app.auth, "status", Auth.SignedIn, 15000)
            tryVerify(() => stoppedAt.length === 1, 10000)
            verify(stoppedAt[0].startsWith("http://127.0.0.1:"), stoppedAt[0])
            verify(stoppedAt[0].indexOf("/callback?") > 0, stoppedAt[0])
        }

        // Auth's invokables as an app's own QML calls them: one argument (loopback), two (the redirect URL, or
        // empty for loopback).
        function test_authOverloads_data() {
            return [
                { tag: "signIn, loopback", signUp: false, redirect: undefined, account: "google-jane" },
                { tag: "signIn, empty url", signUp: false, redirect: "", account: "google-jane" },
                { tag: "signIn, app scheme", signUp: false, redirect: root.appRedirect, account: "google-jane" },
                { tag: "signUp, loopback", signUp: true, redirect: undefined, account: "google-newbie" },
                { tag: "signUp, app scheme", signUp: true, redirect: root.appRedirect, account: "google-newbie" },
            ]
        }
        function test_authOverloads(data) {
            browserQuery = { account: data.account }
            const auth = app.auth
            let reply
            if (data.redirect === undefined)
                reply = data.signUp ? auth.signUpWithOAuth("oauth_google") : auth.signInWithOAuth("oauth_google")
            else if (data.signUp)
                reply = auth.signUpWithOAuth("oauth_google", data.redirect)
            else
                reply = auth.signInWithOAuth("oauth_google", data.redirect)
            verify(reply)
            if (data.redirect === root.appRedirect)
                handOver()
            tryCompare(auth, "status", Auth.SignedIn, 15000)
            // The loopback listener answers the browser once the sign-in is done.
            tryVerify(() => stoppedAt.length === 1, 10000)
            if (data.redirect !== root.appRedirect)
                verify(stoppedAt[0].startsWith("http://127.0.0.1:"), stoppedAt[0])
        }
    }
}
