import QtQuick
import QtQuick.Controls
import Clerk

// A small app made of the components, as the tests drive it.
Item {
    id: app
    width: 900
    height: 700

    property alias auth: auth
    property alias signIn: signIn
    property alias signUp: signUp
    property alias signedInGate: signedInGate
    property alias signedOutGate: signedOutGate
    property alias userButton: userButton
    property alias orgSwitcher: orgSwitcher
    property alias welcome: welcome
    property bool showSignUp: false
    property int signedInCount: 0

    Auth {
        id: auth
        publishableKey: emulator.publishableKey
        persistSession: false
        keychainService: "clerk-qt-qmltest"
    }

    SignedOut {
        id: signedOutGate
        auth: auth
        anchors.fill: parent
        SignIn {
            id: signIn
            auth: auth
            visible: !app.showSignUp
            anchors.centerIn: parent
            onSignUpRequested: app.showSignUp = true
            onSignedIn: app.signedInCount += 1
        }
        SignUp {
            id: signUp
            auth: auth
            visible: app.showSignUp
            anchors.centerIn: parent
            onSignInRequested: app.showSignUp = false
        }
    }

    SignedIn {
        id: signedInGate
        auth: auth
        anchors.fill: parent
        Row {
            spacing: 12
            UserButton {
                id: userButton
                auth: auth
            }
            OrganizationSwitcher {
                id: orgSwitcher
                auth: auth
            }
        }
        Label {
            id: welcome
            y: 80
            text: "Welcome, " + auth.user.firstName
        }
    }
}
