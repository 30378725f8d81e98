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
    // The gates as an app writes them: one child each, bound to the user. The counters and the list of every
    // greeting the binding produced tell when the content exists and what it was evaluated against.
    Component {
        id: viewComponent
        Item {
            id: view
            anchors.fill: parent
            property Auth auth: null
            property int signedInCreated: 0
            property int signedInDestroyed: 0
            property int signedOutCreated: 0
            property int signedOutDestroyed: 0
            property var greetings: []
            property alias signedIn: signedIn
            property alias signedOut: signedOut
            SignedIn {
                id: signedIn
                auth: view.auth
                anchors.fill: parent
                Text {
                    anchors.fill: parent
                    text: {
                        const greeting = "Hello, " + view.auth.user.firstName
                        view.greetings.push(greeting)
                        return greeting
                    }
                    Component.onCompleted: view.signedInCreated += 1
                    Component.onDestruction: view.signedInDestroyed += 1
                }
            }
            SignedOut {
                id: signedOut
                auth: view.auth
                anchors.fill: parent
                Rectangle {
                    anchors.centerIn: parent
                    width: 30
                    height: 20
                    Component.onCompleted: view.signedOutCreated += 1
                    Component.onDestruction: view.signedOutDestroyed += 1
                }
            }
        }
    }
    // A signed-out view that signs in itself and reports it from the Reply, as SignIn does with signedIn().
    Component {
        id: selfSigningComponent
        Item {
            id: view
            property Auth auth: null
            property bool reported: false
            property alias signedOut: signedOut
            SignedOut {
                id: signedOut
                auth: view.auth
                Item {
                    id: form
                    property bool done: false
                    function signIn() {
                        view.auth.signIn("jane+clerk_test@example.com", "correct horse battery staple")
                            .succeeded.connect(form, function () {
                                form.done = true
                                view.reported = true
                            })
                    }
                }
            }
        }
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    TestCase {
        id: testCase
        name: "Gates"
        when: windowShown

        function init() { emulator.reset() }

        function await(reply) {
            const done = createTemporaryObject(spyComponent, testCase, { target: reply, signalName: "succeeded" })
            done.wait(10000)
        }

        function test_contentExistsOnlyWhileItApplies() {
            const view = createTemporaryObject(viewComponent, root)
            // No Auth, then an Auth still Loading: neither gate applies, so neither creates anything.
            compare(view.signedInCreated, 0)
            compare(view.signedOutCreated, 0)
            compare(view.signedIn.item, null)
            compare(view.signedOut.item, null)
            const auth = createTemporaryObject(authComponent, testCase)
            view.auth = auth
            if (auth.status === Auth.Loading) {
                compare(view.signedInCreated, 0)
                compare(view.signedOutCreated, 0)
            }
            tryCompare(auth, "status", Auth.SignedOut, 10000)
            tryCompare(view, "signedOutCreated", 1)
            compare(view.signedInCreated, 0)
            verify(view.signedOut.item !== null)
            compare(view.signedIn.item, null)

            await(auth.signIn("jane+clerk_test@example.com", "correct horse battery staple"))
            compare(auth.status, Auth.SignedIn)
            tryCompare(view, "signedInCreated", 1)
            tryCompare(view, "signedOutDestroyed", 1)
            compare(view.signedOut.item, null)
            compare(view.signedIn.item.text, "Hello, Jane")
            // The binding only ever ran with a user there.
            compare(view.greetings, ["Hello, Jane"])

            await(auth.signOut())
            compare(auth.status, Auth.SignedOut)
            compare(view.signedIn.item, null)
            tryCompare(view, "signedInDestroyed", 1)
            tryCompare(view, "signedOutCreated", 2)
            compare(view.signedInCreated, 1)
        }

        function test_contentFinishesTheWorkThatEndedIt() {
            const auth = createTemporaryObject(authComponent, testCase)
            const view = createTemporaryObject(selfSigningComponent, root, { auth: auth })
            tryVerify(() => view.signedOut.item !== null, 10000)
            const form = view.signedOut.item
            form.signIn()
            // The status changes before the Reply finishes: the form is already out of the gate then, yet whole.
            tryCompare(view, "reported", true, 10000)
            compare(auth.status, Auth.SignedIn)
            compare(view.signedOut.item, null)
        }

        function test_contentIsTheGatesChild() {
            const view = createTemporaryObject(viewComponent, root)
            const auth = createTemporaryObject(authComponent, testCase)
            view.auth = auth
            tryVerify(() => view.signedOut.item !== null, 10000)
            // As when the gate held its children itself: `parent` in the content is the gate.
            const content = view.signedOut.item
            compare(content.parent, view.signedOut)
            compare(content.x, (view.signedOut.width - 30) / 2)
            verify(view.signedOut.visible)
            verify(!view.signedIn.visible)
        }
    }
}
