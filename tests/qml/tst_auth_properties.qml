import QtQuick
import QtTest
import Clerk

// `Auth {}` configured by nothing but its properties, as a QML app does it: assigned after creation, read back,
// then used against the emulator — sign-in, a token, a profile change — with JS objects for the typed options.
Item {
    id: root

    Component {
        id: bareAuth
        Auth {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "AuthProperties"
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

        function finish(reply, pick) {
            const out = outcome(reply, pick)
            verify(out.error === null, out.error ? out.error.code + ": " + out.error.message : "")
            return out.result
        }

        function test_configuredByPropertiesSignsIn() {
            const auth = createTemporaryObject(bareAuth, testCase)
            const changes = createTemporaryObject(spyComponent, testCase, { target: auth, signalName: "configChanged" })
            auth.publishableKey = emulator.publishableKey
            auth.fapiBaseUrl = emulator.fapiUrl
            auth.keychainService = "clerk-qt-qmltest-properties"
            auth.persistSession = false
            auth.tokenPolling = false
            auth.refreshLeadTime = 5000
            auth.requestTimeout = 7000
            auth.keychainTimeout = 3000
            compare(changes.count, 8)
            // Durations are int milliseconds in QML.
            compare(auth.refreshLeadTime, 5000)
            compare(auth.requestTimeout, 7000)
            compare(auth.keychainTimeout, 3000)
            compare(auth.keychainService, "clerk-qt-qmltest-properties")
            compare(auth.fapiBaseUrl.toString(), emulator.fapiUrl.toString())
            verify(!auth.tokenPolling)
            // Assigning the value it already has is no change.
            auth.requestTimeout = 7000
            compare(changes.count, 8)

            tryCompare(auth, "status", Auth.SignedOut, 10000)
            verify(auth.backgroundError.isNull, auth.backgroundError.message)
            compare(auth.persistent, false)
            compare(finish(auth.signIn("jane+clerk_test@example.com", "correct horse battery staple")), Auth.SignedIn)
            verify(auth.signedIn)
            compare(auth.user.firstName, "Jane")

            // A JS object converts to GetTokenOptions: skipCache fetches a new token from the emulator.
            const before = emulator.requestCount("POST /v1/client/sessions/{session_id}/tokens")
            const token = finish(auth.getToken({ skipCache: true }))
            verify(token.length > 0)
            compare(token.split(".").length, 3)
            compare(emulator.requestCount("POST /v1/client/sessions/{session_id}/tokens"), before + 1)

            // … and to UserUpdate, which sends only the keys present: the last name stays.
            compare(finish(auth.updateUser({ firstName: "Janet" }), user => user.firstName), "Janet")
            compare(auth.user.firstName, "Janet")
            compare(auth.user.lastName, "Doe")

            finish(auth.signOut())
            compare(auth.status, Auth.SignedOut)
            verify(!auth.signedIn)
        }
    }
}
