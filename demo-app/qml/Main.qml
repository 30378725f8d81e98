import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

ApplicationWindow {
    id: window
    width: 1180
    height: 800
    visible: true
    title: qsTr("Clerk Qt demo")
    color: "#f6f7f9"
    font: ClerkTheme.font

    // Set by main.cpp before this file is loaded.
    readonly property Auth auth: AuthProvider.auth

    header: ToolBar {
        background: Rectangle {
            color: "white"
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: ClerkTheme.borderColor
            }
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 12
            spacing: 12
            Rectangle {
                width: 26
                height: 26
                radius: 7
                color: ClerkTheme.accentColor
                Label {
                    anchors.centerIn: parent
                    text: "C"
                    color: "white"
                    font.weight: Font.Black
                }
            }
            Label {
                text: qsTr("Clerk Qt demo")
                font.pointSize: ClerkTheme.font.pointSize + 2
                font.weight: Font.Bold
                color: ClerkTheme.textColor
            }
            Label {
                objectName: "instanceLabel"
                text: demo.instanceLabel
                color: ClerkTheme.mutedTextColor
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            OrganizationSwitcher {
                objectName: "headerOrganizationSwitcher"
                Layout.topMargin: 6
                Layout.bottomMargin: 6
            }
            // "Manage account" opens its UserProfile dialog (UserButton's default).
            UserButton {
                id: userButton
                objectName: "headerUserButton"
                Layout.topMargin: 4
                Layout.bottomMargin: 4
                onAddAccountRequested: addAccount.open()
            }
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: auth.status === Auth.Loading
        visible: running
    }
    Label {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.verticalCenter
        anchors.topMargin: 40
        // Why the start takes long (offline, keychain): Auth's own failures are its backgroundError.
        visible: auth.status === Auth.Loading && !auth.backgroundError.isNull
        text: qsTr("Waiting for Clerk: %1").arg(auth.backgroundError.message)
        color: ClerkTheme.mutedTextColor
    }

    SignedOut {
        anchors.fill: parent
        SignedOutView {
            anchors.fill: parent
        }
    }
    SignedIn {
        anchors.fill: parent
        SignedInView {
            anchors.fill: parent
            onAddAccountRequested: addAccount.open()
            onManageAccountRequested: userButton.profileDialog.open()
        }
    }

    // A second account on the same client (multi-session).
    Popup {
        id: addAccount
        anchors.centerIn: Overlay.overlay
        modal: true
        padding: 0
        background: null
        onOpened: addSignIn.reset()
        SignIn {
            id: addSignIn
            width: 400
            title: qsTr("Add an account")
            showSignUpLink: false
            onSignedIn: addAccount.close()
        }
    }
}
