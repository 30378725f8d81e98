import QtQuick
import QtQuick.Controls
import Clerk

// A small app made of the components, as the tests drive it. What the gates hold exists only while its gate
// applies: signIn, signUp, userButton, orgSwitcher and welcome are null the rest of the time.
// The Auth's id is not `auth`: inside a gate's content, `auth: auth` would name the component's own property.
Item {
    id: app
    width: 900
    height: 700

    property alias auth: clerk
    readonly property SignIn signIn: signedOutGate.item ? signedOutGate.item.signIn : null
    readonly property SignUp signUp: signedOutGate.item ? signedOutGate.item.signUp : null
    property alias signedInGate: signedInGate
    property alias signedOutGate: signedOutGate
    readonly property UserButton userButton: signedInGate.item ? signedInGate.item.userButton : null
    readonly property OrganizationSwitcher orgSwitcher: signedInGate.item ? signedInGate.item.orgSwitcher : null
    readonly property Label welcome: signedInGate.item ? signedInGate.item.welcome : null
    property bool showSignUp: false
    property int signedInCount: 0

    Auth {
        id: clerk
        publishableKey: emulator.publishableKey
        persistSession: false
        keychainService: "clerk-qt-qmltest"
    }

    SignedOut {
        id: signedOutGate
        auth: clerk
        anchors.fill: parent
        Item {
            anchors.fill: parent
            property alias signIn: signIn
            property alias signUp: signUp
            SignIn {
                id: signIn
                auth: clerk
                visible: !app.showSignUp
                anchors.centerIn: parent
                onSignUpRequested: app.showSignUp = true
                onSignedIn: app.signedInCount += 1
            }
            SignUp {
                id: signUp
                auth: clerk
                visible: app.showSignUp
                anchors.centerIn: parent
                onSignInRequested: app.showSignUp = false
            }
        }
    }

    SignedIn {
        id: signedInGate
        auth: clerk
        anchors.fill: parent
        Item {
            anchors.fill: parent
            property alias userButton: userButton
            property alias orgSwitcher: orgSwitcher
            property alias welcome: welcome
            Row {
                spacing: 12
                UserButton {
                    id: userButton
                    auth: clerk
                }
                OrganizationSwitcher {
                    id: orgSwitcher
                    auth: clerk
                }
            }
            Label {
                id: welcome
                y: 80
                text: "Welcome, " + clerk.user.firstName
            }
        }
    }
}
