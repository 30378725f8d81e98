// "Continue with Google/GitHub/…": one button per provider the instance enables, then the "or" divider before the
// form below — Clerk's order. SignIn and SignUp share it; which flow a button starts is the form's choice
// (chosen(strategy)). The buttons take Tab in their visual order and are named by their text.
import QtQuick
import QtQuick.Controls
import Clerk

// A Column (not a layout) holds the repeater, so provider buttons never re-enter layout code as they appear.
Column {
    id: root
    objectName: "oauthButtons"

    property Auth auth: AuthProvider.auth
    property real radius: ClerkTheme.radius

    /// The user picked the provider of `strategy` (e.g. "oauth_google").
    signal chosen(string strategy)

    spacing: 6
    visible: auth !== null && auth.oauthProviders.length > 0

    Repeater {
        model: root.auth ? root.auth.oauthProviders : []
        delegate: ClerkButton {
            objectName: "oauth_" + modelData.strategy
            width: root.width
            primary: false
            text: qsTr("Continue with %1").arg(modelData.name)
            radius: root.radius
            onClicked: root.chosen(modelData.strategy)
        }
    }
    // The divider between the social buttons and the form below them: a line either side of "or".
    Item {
        objectName: "oauthDivider"
        width: root.width
        height: orLabel.implicitHeight + 8
        Rectangle {
            Accessible.ignored: true
            anchors.left: parent.left
            anchors.right: orLabel.left
            anchors.verticalCenter: parent.verticalCenter
            height: 1
            color: ClerkTheme.borderColor
        }
        Label {
            id: orLabel
            anchors.centerIn: parent
            leftPadding: 10
            rightPadding: 10
            color: ClerkTheme.mutedTextColor
            text: qsTr("or")
        }
        Rectangle {
            Accessible.ignored: true
            anchors.left: orLabel.right
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            height: 1
            color: ClerkTheme.borderColor
        }
    }
}
