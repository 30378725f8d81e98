import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Sign in or sign up; with the emulator, the seed's test accounts beside the form.
Item {
    id: view
    property bool signingUp: false

    RowLayout {
        anchors.centerIn: parent
        spacing: 32

        Item {
            Layout.preferredWidth: 420
            Layout.preferredHeight: Math.max(signIn.implicitHeight, signUp.implicitHeight)
            Layout.alignment: Qt.AlignTop
            SignIn {
                id: signIn
                objectName: "demoSignIn"
                width: parent.width
                visible: !view.signingUp
                onSignUpRequested: view.signingUp = true
            }
            SignUp {
                id: signUp
                objectName: "demoSignUp"
                width: parent.width
                visible: view.signingUp
                onSignInRequested: view.signingUp = false
            }
        }

        Card {
            visible: demo.emulated
            Layout.preferredWidth: 430
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
                delegate: ColumnLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 6
                    spacing: 2
                    Label {
                        text: modelData.firstName + " " + modelData.lastName
                        font.weight: Font.DemiBold
                        color: ClerkTheme.textColor
                    }
                    TextEdit {
                        text: modelData.email + "  /  " + modelData.password
                        readOnly: true
                        selectByMouse: true
                        font.family: "monospace"
                        color: ClerkTheme.textColor
                    }
                    Label {
                        visible: modelData.note.length > 0
                        text: modelData.note
                        color: ClerkTheme.mutedTextColor
                    }
                }
            }
        }
    }
}
