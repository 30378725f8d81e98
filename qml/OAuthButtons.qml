// "Continue with Google/GitHub/…": one button per provider the instance enables, then an "or" before the form.
// SignIn and SignUp share it; which flow a button starts is the form's choice (chosen(strategy)).
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
    Label {
        width: root.width
        horizontalAlignment: Text.AlignHCenter
        color: ClerkTheme.mutedTextColor
        text: qsTr("or")
    }
}
