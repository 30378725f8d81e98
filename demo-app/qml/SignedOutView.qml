import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Sign in or sign up; with the emulator, the seed's test accounts beside the form (under it when the window is
// too narrow for both). Scrolls when the window is lower than the form.
ScrollView {
    id: view
    property bool signingUp: false
    contentWidth: availableWidth
    contentHeight: grid.implicitHeight + 48

    GridLayout {
        id: grid
        readonly property int formWidth: 420
        readonly property int cardWidth: 430
        columns: view.availableWidth >= formWidth + cardWidth + columnSpacing + 48 ? 2 : 1
        columnSpacing: 32
        rowSpacing: 24
        x: Math.max(24, (view.availableWidth - implicitWidth) / 2)
        y: 24

        Item {
            Layout.preferredWidth: grid.formWidth
            Layout.preferredHeight: Math.max(signIn.implicitHeight, signUp.implicitHeight)
            Layout.alignment: Qt.AlignTop
            SignIn {
                id: signIn
                objectName: "demoSignIn"
                width: parent.width
                oauthRedirectUrl: demo.oauthRedirectUrl
                visible: !view.signingUp
                onSignUpRequested: view.signingUp = true
            }
            SignUp {
                id: signUp
                objectName: "demoSignUp"
                width: parent.width
                oauthRedirectUrl: demo.oauthRedirectUrl
                visible: view.signingUp
                onSignInRequested: view.signingUp = false
            }
        }

        Card {
            objectName: "emulatorCard"
            visible: demo.emulated
            Layout.preferredWidth: grid.cardWidth
            Layout.alignment: Qt.AlignTop
            title: qsTr("Local emulator — nobody is signed in")
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: ClerkTheme.mutedTextColor
                text: qsTr("This demo runs a Clerk Frontend API emulator in-process. Sign in with one of its "
                           + "test accounts, or sign up with any address ending in +clerk_test@example.com. "
                           + "Verification codes are always 424242.")
            }
            Repeater {
                model: demo.testAccounts
                delegate: TestAccount {}
            }
        }
    }
}
