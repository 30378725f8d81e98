import QtQuick
import QtTest
import Clerk

// Every enum a QML user meets is written by name: Auth.Status, Factor.Strategy, Error.Kind, SignInAttempt.Status,
// Session.Status — passed to Auth's methods, compared with its results and its state.
Item {
    id: root

    Component {
        id: authComponent
        Auth {
            publishableKey: emulator.publishableKey
            persistSession: false
            keychainService: "clerk-qt-qmltest"
        }
    }
    // Nothing listens on port 1 of loopback: every request is refused.
    Component {
        id: unreachableComponent
        Auth {
            publishableKey: emulator.publishableKey
            fapiBaseUrl: "http://127.0.0.1:1/v1"
            persistSession: false
            keychainService: "clerk-qt-qmltest"
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "EnumsByName"
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

        function test_namesAreDistinctValues() {
            const statuses = [Auth.Loading, Auth.SignedOut, Auth.SigningIn, Auth.NeedsSecondFactor, Auth.SigningUp,
                              Auth.SignedIn]
            for (let i = 0; i < statuses.length; ++i) {
                verify(typeof statuses[i] === "number", "Auth.Status value " + i + " is " + statuses[i])
                compare(statuses.indexOf(statuses[i]), i)
            }
            const strategies = [Factor.Password, Factor.EmailCode, Factor.PhoneCode, Factor.Totp, Factor.BackupCode]
            for (let j = 0; j < strategies.length; ++j) {
                verify(typeof strategies[j] === "number")
                compare(strategies.indexOf(strategies[j]), j)
            }
            verify(Error.Network !== Error.Auth && Error.Auth !== Error.Configuration)
        }

        function test_codeSignInByStrategyName() {
            const auth = createTemporaryObject(authComponent, testCase)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const started = outcome(auth.signInWithCode("jane+clerk_test@example.com", Factor.EmailCode))
            compare(started.error, null)
            compare(started.result, Auth.SigningIn)
            compare(auth.status, Auth.SigningIn)
            compare(auth.signInAttempt.status, SignInAttempt.NeedsFirstFactor)
            verify(auth.signInAttempt.supportsFirstFactor(Factor.EmailCode))
            const done = outcome(auth.attemptFirstFactor(Factor.EmailCode, "424242"))
            compare(done.error, null)
            compare(done.result, Auth.SignedIn)
            compare(auth.status, Auth.SignedIn)
            compare(auth.session.status, Session.Active)
        }

        function test_strategyTheCallCannotUseFailsByName() {
            const auth = createTemporaryObject(authComponent, testCase)
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            const reply = outcome(auth.signInWithCode("jane+clerk_test@example.com", Factor.Totp))
            compare(reply.error.kind, Error.InvalidState)
            compare(reply.error.code, "clerkqt_strategy_not_supported")
        }

        function test_unreachableServerIsANetworkError() {
            const auth = createTemporaryObject(unreachableComponent, testCase)
            tryVerify(() => auth.status !== Auth.Loading, 10000)
            const reply = outcome(auth.signIn("jane+clerk_test@example.com", "correct horse battery staple"))
            compare(reply.error.kind, Error.Network)
            verify(auth.status !== Auth.SignedIn)
        }
    }
}
