import QtQuick
import QtTest
import Clerk
import "interactions.js" as Interactions

// ConnectedAccountsPage driven against the emulator: the browser (the test follows the provider page's redirects,
// as a user's browser would) connects GitHub and Google, a refused Google account needs reauthorizing, and
// disconnecting removes it.
Item {
    id: root
    width: 600
    height: 700

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
            keychainService: "clerk-qt-qmltest-connected"
        }
    }
    Component {
        id: pageComponent
        ConnectedAccountsPage {
            width: 560
        }
    }

    TestCase {
        id: testCase
        name: "ConnectedAccountsPage"
        when: windowShown

        // null, not undefined: the Connections below would otherwise fall back to its parent as the target.
        property var auth: null
        property var page
        /// What the provider page gets added to its URL on the next visit ({deny: "1"}, {account: …}).
        property var browserQuery: ({})
        property int browserVisits: 0
        /// False: the user leaves the browser tab alone.
        property bool followBrowser: true

        Connections {
            target: testCase.auth
            // Handled here, so no system browser opens: the test is the user's browser.
            function onAuthorizeWithBrowser(url) {
                testCase.browserVisits += 1
                if (testCase.followBrowser)
                    emulator.visit(url, testCase.browserQuery)
            }
        }

        function clickWhenLaidOut(item) {
            Interactions.clickWhenLaidOut(testCase, item)
        }

        // The page's lists are JS arrays: any change of the user (or the providers) makes new delegates, so a
        // button found earlier may be gone. Find it when the positioners have placed it, and click it at once.
        function clickNamed(scope, name) {
            tryVerify(() => {
                const item = findChild(scope, name)
                return item && item.visible && item.width > 0 && item.height > 0
                        && !isPolishScheduled(item.parent) && !isPolishScheduled(findChild(page, "content"))
            })
            mouseClick(findChild(scope, name))
        }

        function accountRow(strategy) {
            return findChild(page, "account_" + strategy)
        }

        function init() {
            emulator.reset()
            browserQuery = {}
            browserVisits = 0
            followBrowser = true
            auth = createTemporaryObject(authComponent, root)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            auth.signIn("ada+clerk_test@example.com", "analytical-engine-1843")
            tryCompare(auth, "status", Auth.SignedIn, 10000)
            page = createTemporaryObject(pageComponent, root, { auth: auth })
            verify(page)
            // The page reads the instance's providers itself.
            tryVerify(() => auth.oauthProviders.length > 0, 10000)
        }

        function test_connectReauthorizeDisconnect() {
            compare(page.title, "Connected accounts")
            verify(page.available)
            compare(auth.user.externalAccounts.length, 0)
            verify(findChild(page, "emptyLabel").visible)
            const github = findChild(page, "connect_oauth_github")
            verify(github)
            compare(github.text, "Connect GitHub")
            verify(findChild(page, "connect_oauth_google"))

            // GitHub: approved in the browser, listed with the provider's address.
            clickNamed(page, "connect_oauth_github")
            // The user changes first, then the reply finishes (and the page takes clicks again).
            tryVerify(() => !page.busy && auth.user.externalAccounts.length === 1, 15000)
            compare(browserVisits, 1)
            tryVerify(() => accountRow("oauth_github") !== null)
            const githubRow = accountRow("oauth_github")
            compare(findChild(githubRow, "providerLabel").text, "GitHub")
            compare(findChild(githubRow, "emailLabel").text, "ada+clerk_test@example.com")
            verify(!findChild(githubRow, "statusLabel").visible)
            verify(!findChild(githubRow, "reauthorizeLink").visible)
            // Connected providers are not offered again.
            tryVerify(() => page.connectable.length === 1) // a binding: a new array each time
            compare(findChild(page, "connect_oauth_github"), null)
            compare(page.formError, "")

            // Google: the user refuses in the browser. The account stays, unverified, to be reauthorized.
            browserQuery = { deny: "1" }
            clickNamed(page, "connect_oauth_google")
            tryVerify(() => browserVisits === 2, 15000)
            tryVerify(() => !page.busy && auth.user.externalAccounts.length === 2, 10000)
            tryVerify(() => accountRow("oauth_google") !== null)
            const googleRow = accountRow("oauth_google")
            verify(findChild(googleRow, "statusLabel").visible)
            verify(findChild(googleRow, "reauthorizeLink").visible)
            // Still offered: only a verified account counts as connected.
            verify(findChild(page, "connect_oauth_google"))
            grabImage(page).save(screenshotDir + "/userprofile-connected-accounts.png")

            browserQuery = { account: "google-newbie" }
            clickNamed(accountRow("oauth_google"), "reauthorizeLink")
            tryVerify(() => browserVisits === 3, 15000)
            tryVerify(() => !page.busy
                      && auth.user.externalAccounts.filter(a => a.strategy === "oauth_google" && a.verified).length === 1,
                      10000)
            tryVerify(() => !findChild(accountRow("oauth_google"), "statusLabel").visible)
            compare(findChild(accountRow("oauth_google"), "emailLabel").text, "newbie+clerk_test@example.com")
            compare(page.connectable.length, 0)
            compare(page.formError, "")

            // Disconnect GitHub.
            clickNamed(accountRow("oauth_github"), "disconnectLink")
            tryVerify(() => !page.busy && auth.user.externalAccounts.length === 1, 10000)
            compare(auth.user.externalAccounts[0].strategy, "oauth_google")
            tryVerify(() => accountRow("oauth_github") === null)
            tryVerify(() => findChild(page, "connect_oauth_github") !== null)
            compare(page.formError, "")
        }

        function test_cancelInTheBrowserIsNoError() {
            // The user never comes back from the browser, and cancels in the app.
            followBrowser = false
            clickNamed(page, "connect_oauth_github")
            tryCompare(page, "connecting", "oauth_github")
            tryCompare(testCase, "browserVisits", 1, 10000)
            const note = findChild(page, "browserNote")
            tryVerify(() => note.visible)
            clickWhenLaidOut(findChild(page, "cancelConnectLink"))
            tryCompare(page, "busy", false, 10000)
            compare(page.connecting, "")
            compare(page.error.kind, Error.Canceled)
            compare(page.formError, "")
            verify(!note.visible)
        }
    }
}
