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
    Component {
        id: earlyCallComponent
        Auth {
            // Evaluated while the component is being created, before the Clerk::Auth exists.
            property var earlyReply: signIn("jane+clerk_test@example.com", "correct horse battery staple")
            property string earlyError: ""
            onErrorOccurred: (error) => earlyError = error.code
            publishableKey: emulator.publishableKey
            persistSession: false
        }
    }

    TestCase {
        id: testCase
        name: "Auth"
        when: windowShown

        function init() { emulator.reset() }

        function test_configIsReadAtCompletion() {
            const auth = createTemporaryObject(authComponent, testCase)
            verify(auth.ready)
            compare(auth.publishableKey, emulator.publishableKey)
            compare(auth.persistSession, false)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            compare(auth.isSignedIn, false)
            verify(auth.user.isNull)
            compare(auth.sessions.length, 0)
            compare(auth.persistent, false)
        }

        function test_operationBeforeReadyFailsWithTypedError() {
            ignoreWarning(/Auth is not ready/)
            const auth = createTemporaryObject(earlyCallComponent, testCase)
            verify(auth.earlyReply !== null, "a Reply, not null, so callers can connect to it")
            tryCompare(auth, "earlyError", "clerkqt_not_ready", 10000)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            compare(emulator.requestCount("POST /v1/client/sign_ins"), 0)
        }

        function test_forwardsStateAndTokenSignal() {
            const auth = createTemporaryObject(authComponent, testCase)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const tokens = createTemporaryObject(spyComponent, testCase, { target: auth, signalName: "sessionTokenChanged" })
            const signedIn = createTemporaryObject(spyComponent, testCase, { target: auth, signalName: "isSignedInChanged" })
            const reply = auth.signIn("jane+clerk_test@example.com", "correct horse battery staple")
            const done = createTemporaryObject(spyComponent, testCase, { target: reply, signalName: "succeeded" })
            done.wait(10000)
            compare(auth.status, Auth.SignedIn)
            verify(auth.isSignedIn)
            verify(signedIn.count >= 1)
            compare(auth.user.firstName, "Jane")
            compare(auth.user.fullName, "Jane Doe")
            compare(auth.user.primaryEmailAddress, "jane+clerk_test@example.com")
            compare(auth.user.emailAddresses.length, 1)
            compare(auth.user.emailAddresses[0].emailAddress, "jane+clerk_test@example.com")
            compare(auth.session.user.id, auth.user.id)
            compare(auth.sessions.length, 1)
            compare(auth.sessions[0].id, auth.session.id)
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

        function test_errorsAreBindableAndSignalled() {
            const auth = createTemporaryObject(authComponent, testCase)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const errors = createTemporaryObject(spyComponent, testCase, { target: auth, signalName: "errorOccurred" })
            const failed = createTemporaryObject(spyComponent, testCase,
                                                 { target: auth.signIn("jane+clerk_test@example.com", "nope-nope-nope"),
                                                   signalName: "errorOccurred" })
            failed.wait(10000)
            compare(auth.lastError.code, "form_password_incorrect")
            compare(auth.lastError.kind, Error.Auth)
            verify(auth.lastError.message.length > 0)
            compare(errors.count, 1)
            compare(auth.fieldForError(auth.lastError), "password")
            // The same failure again is reported again, though lastError does not change.
            const again = createTemporaryObject(spyComponent, testCase,
                                                { target: auth.signIn("jane+clerk_test@example.com", "nope-nope-nope"),
                                                  signalName: "errorOccurred" })
            again.wait(10000)
            compare(errors.count, 2)
            auth.clearError()
            verify(auth.lastError.isNull)
        }

        function test_publishableKeyAssignedLater() {
            const auth = createTemporaryObject(keylessComponent, testCase)
            const ready = createTemporaryObject(spyComponent, testCase, { target: auth, signalName: "readyChanged" })
            auth.publishableKey = emulator.publishableKey
            verify(auth.ready)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            verify(auth.lastError.isNull, "the key assigned after creation is the one in use")
            verify(ready.count >= 1)
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

        function test_withoutKeyWaitsForOne() {
            const auth = createTemporaryObject(keylessComponent, testCase)
            // No key yet is a configuration still to come, not an error: no Clerk::Auth exists until it is there.
            verify(!auth.ready)
            compare(auth.status, Auth.Loading)
            verify(auth.lastError.isNull)
        }

        function test_configurationChangeAppliesAtOnce() {
            const auth = createTemporaryObject(wrongBaseUrlComponent, testCase)
            tryVerify(() => !auth.lastError.isNull, 10000)
            compare(auth.lastError.kind, Error.Configuration)
            // Corrected while running: a new Clerk::Auth with the new configuration replaces the failed one.
            auth.fapiBaseUrl = emulator.fapiUrl
            compare(auth.fapiBaseUrl.toString(), emulator.fapiUrl.toString())
            verify(auth.ready)
            verify(auth.lastError.isNull)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const done = createTemporaryObject(spyComponent, testCase,
                                               { target: auth.signIn("jane+clerk_test@example.com", "correct horse battery staple"),
                                                 signalName: "succeeded" })
            done.wait(10000)
            compare(auth.status, Auth.SignedIn)
            // Taking the key away stops it: back to waiting for one, signed-in state gone with the old Auth.
            auth.publishableKey = ""
            verify(!auth.ready)
            compare(auth.status, Auth.Loading)
            verify(!auth.isSignedIn)
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
                                               { target: auth.attemptFirstFactor(Auth.Password, "bob-password-123"),
                                                 signalName: "succeeded" })
            done.wait(10000)
            compare(auth.status, Auth.NeedsSecondFactor)
            verify(gates.signedOut.visible)
            verify(!gates.signedIn.visible)
            const second = createTemporaryObject(spyComponent, testCase,
                                                 { target: auth.attemptSecondFactor(Auth.BackupCode, "bkp-22222222"),
                                                   signalName: "succeeded" })
            second.wait(10000)
            compare(auth.status, Auth.SignedIn)
            verify(gates.signedIn.visible)
            verify(!gates.signedOut.visible)
        }
    }
}
