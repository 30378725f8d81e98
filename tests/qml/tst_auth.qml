import QtQuick
import QtTest
import Clerk

Item {
    id: root
    width: 400
    height: 400

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
            keychainService: "clerk-qt-qmltest"
        }
    }
    Component {
        id: gatesComponent
        Item {
            property alias signedIn: signedIn
            property alias signedOut: signedOut
            property alias auth: signedIn.auth
            SignedIn { id: signedIn; auth: null; Rectangle { width: 10; height: 10 } }
            SignedOut { id: signedOut; auth: signedIn.auth; Rectangle { width: 10; height: 10 } }
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }
    // An app that learns its key after start-up (settings, a login server) assigns it later.
    Component {
        id: keylessComponent
        Auth {
            persistSession: false
            keychainService: "clerk-qt-qmltest"
        }
    }
    Component {
        id: wrongBaseUrlComponent
        Auth {
            publishableKey: emulator.publishableKey
            fapiBaseUrl: "http://example.com/v1" // plain http off loopback: a Configuration error
            persistSession: false
            keychainService: "clerk-qt-qmltest"
        }
    }
    TestCase {
        id: testCase
        name: "Auth"
        when: windowShown

        function init() { emulator.reset() }

        // A reply's outcome, read while the reply exists (it deletes itself once it has finished): the error
        // from errorOccurred, which carries a copy, and the result (or `pick(result)` for a value type).
        function outcome(reply, pick) {
            verify(reply !== null)
            const out = { done: false, error: null, result: undefined }
            reply.errorOccurred.connect(function (error) { out.error = error })
            reply.finished.connect(function () {
                out.result = pick ? pick(reply.result) : reply.result
                out.done = true
            })
            tryVerify(() => out.done, 10000)
            return out
        }


        function test_configIsReadAtCompletion() {
            const auth = createTemporaryObject(authComponent, testCase)
            compare(auth.publishableKey, emulator.publishableKey)
            compare(auth.persistSession, false)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            compare(auth.signedIn, false)
            verify(auth.user.isNull)
            compare(auth.sessions.length, 0)
            compare(auth.persistent, false)
            verify(auth.backgroundError.isNull)
        }

        // Auth starts from the event loop: an operation called right after creation waits for the start.
        function test_operationRightAfterCreationWaitsForTheStart() {
            const auth = createTemporaryObject(authComponent, testCase)
            const reply = auth.signIn("jane+clerk_test@example.com", "correct horse battery staple")
            verify(reply.pending)
            const out = outcome(reply)
            compare(out.error, null)
            compare(out.result, Auth.SignedIn)
            compare(auth.status, Auth.SignedIn)
            compare(emulator.requestCount("POST /v1/client/sign_ins"), 1)
        }

        function test_forwardsStateAndTokenSignal() {
            const auth = createTemporaryObject(authComponent, testCase)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const tokens = createTemporaryObject(spyComponent, testCase, { target: auth, signalName: "sessionTokenChanged" })
            const signedIn = createTemporaryObject(spyComponent, testCase, { target: auth, signalName: "signedInChanged" })
            const out = outcome(auth.signIn("jane+clerk_test@example.com", "correct horse battery staple"))
            compare(out.error, null)
            // The typed result: the new status.
            compare(out.result, Auth.SignedIn)
            compare(auth.status, Auth.SignedIn)
            verify(auth.signedIn)
            verify(signedIn.count >= 1)
            compare(auth.user.firstName, "Jane")
            compare(auth.user.fullName, "Jane Doe")
            compare(auth.user.primaryEmailAddress, "jane+clerk_test@example.com")
            compare(auth.user.emailAddresses.length, 1)
            compare(auth.user.emailAddresses[0].emailAddress, "jane+clerk_test@example.com")
            compare(auth.session.user.id, auth.user.id)
            compare(auth.sessions.length, 1)
            compare(auth.sessions[0].id, auth.session.id)
            compare(auth.sessions[0].status, Session.Active)
            compare(auth.memberships.length, 2)
            const slugs = auth.organizations.map(o => o.slug).sort()
            compare(slugs, ["acme", "globex"])
            verify(auth.sessionToken.length > 0)
            verify(tokens.count >= 1)
            // The signal carries the token it announces.
            compare(tokens.signalArguments[tokens.count - 1][0], auth.sessionToken)
            verify(auth.sessionClaims.isValid)
            compare(auth.sessionClaims.subject, auth.user.id)
            compare(auth.sessionClaims.sessionId, auth.session.id)
        }

        // An operation's error goes to its own reply; backgroundError is for what Auth does on its own.
        function test_operationErrorIsOnItsReplyOnly() {
            const auth = createTemporaryObject(authComponent, testCase)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const background = createTemporaryObject(spyComponent, testCase,
                                                     { target: auth, signalName: "backgroundErrorChanged" })
            const reply = auth.signIn("jane+clerk_test@example.com", "nope-nope-nope")
            let hadError = false
            reply.finished.connect(function () { hadError = reply.hasError && reply.error.code === "form_password_incorrect" })
            const out = outcome(reply)
            verify(hadError, "reply.hasError and reply.error in its finished handler")
            compare(out.error.code, "form_password_incorrect")
            compare(out.error.kind, Error.Auth)
            verify(out.error.message.length > 0)
            compare(out.result, undefined)
            compare(FormErrors.fieldOf(out.error), "password")
            verify(auth.backgroundError.isNull)
            compare(background.count, 0)
            compare(auth.status, Auth.SignedOut)
        }

        function test_publishableKeyAssignedLater() {
            const auth = createTemporaryObject(keylessComponent, testCase)
            // Started without a key: a Configuration error, until the configuration changes.
            tryVerify(() => auth.backgroundError.kind === Error.Configuration, 10000)
            auth.publishableKey = emulator.publishableKey
            // The restart comes from the event loop; the key assigned after creation is then the one in use.
            tryVerify(() => auth.backgroundError.isNull, 10000)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const done = createTemporaryObject(spyComponent, testCase,
                                               { target: auth.signIn("jane+clerk_test@example.com", "correct horse battery staple"),
                                                 signalName: "succeeded" })
            done.wait(10000)
            compare(auth.status, Auth.SignedIn)
            compare(auth.user.firstName, "Jane")
            compare(emulator.requestCount("POST /v1/client/sign_ins"), 1)
        }

        function test_replyHandleCanBeAborted() {
            const auth = createTemporaryObject(authComponent, testCase)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const reply = auth.signIn("jane+clerk_test@example.com", "correct horse battery staple")
            verify(reply.pending)
            const failed = createTemporaryObject(spyComponent, testCase, { target: reply, signalName: "errorOccurred" })
            reply.abort()
            failed.wait(10000)
            const error = failed.signalArguments[0][0]
            compare(error.kind, Error.Canceled)
            compare(error.code, "clerkqt_aborted")
        }

        // A custom-scheme redirect reaches Auth from QML too (an app's URL handler may live there); one that
        // belongs to no flow in progress is refused, not taken.
        function test_oauthRedirectIsCallableFromQml() {
            const auth = createTemporaryObject(authComponent, testCase)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            compare(auth.handleOAuthRedirect("com.example.app://oauth?state=not-ours&rotating_token_nonce=x"), false)
            compare(auth.status, Auth.SignedOut)
        }

        function test_withoutKeyOperationsFailWithConfiguration() {
            const auth = createTemporaryObject(keylessComponent, testCase)
            tryVerify(() => auth.backgroundError.kind === Error.Configuration, 10000)
            const out = outcome(auth.signIn("jane+clerk_test@example.com", "correct horse battery staple"))
            compare(out.error.kind, Error.Configuration)
            compare(emulator.requestCount("POST /v1/client/sign_ins"), 0)
        }

        function test_configurationChangeRestarts() {
            const auth = createTemporaryObject(wrongBaseUrlComponent, testCase)
            tryVerify(() => auth.backgroundError.kind === Error.Configuration, 10000)
            // Corrected while running: the Auth restarts with the new configuration.
            auth.fapiBaseUrl = emulator.fapiUrl
            compare(auth.fapiBaseUrl.toString(), emulator.fapiUrl.toString())
            tryVerify(() => auth.backgroundError.isNull, 10000)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const done = createTemporaryObject(spyComponent, testCase,
                                               { target: auth.signIn("jane+clerk_test@example.com", "correct horse battery staple"),
                                                 signalName: "succeeded" })
            done.wait(10000)
            compare(auth.status, Auth.SignedIn)
            // A reply pending across a restart fails with Canceled.
            const pending = auth.reloadUser()
            // Taking the key away restarts it without one: the in-memory session is gone with the old start.
            auth.publishableKey = ""
            compare(outcome(pending).error.kind, Error.Canceled)
            tryVerify(() => auth.backgroundError.kind === Error.Configuration, 10000)
            verify(!auth.signedIn)
            verify(auth.user.isNull)
            compare(auth.sessionToken, "")
        }

        function test_gatesFollowStatus() {
            const gates = createTemporaryObject(gatesComponent, root)
            // No Auth: nothing is shown.
            verify(!gates.signedIn.visible)
            verify(!gates.signedOut.visible)
            const auth = createTemporaryObject(authComponent, testCase)
            gates.auth = auth
            if (auth.status === Auth.Loading) {
                verify(!gates.signedIn.visible)
                verify(!gates.signedOut.visible)
            }
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            verify(!gates.signedIn.visible)
            verify(gates.signedOut.visible)
            const started = createTemporaryObject(spyComponent, testCase,
                                                  { target: auth.startSignIn("bob+clerk_test@example.com"), signalName: "succeeded" })
            started.wait(10000)
            compare(auth.status, Auth.SigningIn)
            verify(gates.signedOut.visible) // a sign-in in progress is still signed out
            const done = createTemporaryObject(spyComponent, testCase,
                                               { target: auth.attemptFirstFactor(Factor.Password, "bob-password-123"),
                                                 signalName: "succeeded" })
            done.wait(10000)
            compare(auth.status, Auth.NeedsSecondFactor)
            verify(gates.signedOut.visible)
            verify(!gates.signedIn.visible)
            const second = createTemporaryObject(spyComponent, testCase,
                                                 { target: auth.attemptSecondFactor(Factor.BackupCode, "bkp-22222222"),
                                                   signalName: "succeeded" })
            second.wait(10000)
            compare(auth.status, Auth.SignedIn)
            verify(gates.signedIn.visible)
            verify(!gates.signedOut.visible)
        }
    }
}
