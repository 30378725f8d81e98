import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// SignIn's "Set new password" step after a reset code: the new password twice, and whether to sign out elsewhere.
// Enter in the first field moves to the second; Enter there submits (`accepted()`). `form` is the SignIn.
// Its strings stay in SignIn's translation context (qsTranslate): they were SignIn's before the split.
ColumnLayout {
    id: root
    objectName: "signInNewPassword"
    property Item form
    readonly property color accentColor: form ? form.accentColor : ClerkTheme.accentColor
    readonly property real radius: form ? form.radius : ClerkTheme.radius
    readonly property font font: form ? form.font : ClerkTheme.font
    readonly property alias newPasswordField: newPasswordField
    readonly property alias confirmPasswordField: confirmPasswordField
    readonly property alias signOutOthers: signOutOthersBox.checked
    signal accepted()

    spacing: ClerkTheme.spacing

    function forceActiveFocus() { newPasswordField.forceActiveFocus() }
    function clear() {
        newPasswordField.clear()
        confirmPasswordField.clear()
    }

    ClerkTextField {
        id: newPasswordField
        objectName: "newPasswordField"
        Layout.fillWidth: true
        label: qsTranslate("SignIn", "New password")
        echoMode: TextInput.Password
        accentColor: root.accentColor
        radius: root.radius
        font: root.font
        onAccepted: confirmPasswordField.forceActiveFocus()
    }
    ClerkTextField {
        id: confirmPasswordField
        objectName: "confirmPasswordField"
        Layout.fillWidth: true
        label: qsTranslate("SignIn", "Confirm password")
        echoMode: TextInput.Password
        accentColor: root.accentColor
        radius: root.radius
        font: root.font
        onAccepted: root.accepted()
    }
    // Clerk's own forms check it by default: whoever knew the old password is signed out everywhere.
    CheckBox {
        id: signOutOthersBox
        objectName: "signOutOthersBox"
        Layout.fillWidth: true
        checked: true
        text: qsTranslate("SignIn", "Sign out of all other devices")
        font: root.font
        Accessible.name: text
        // Enter submits the step here too, as in the fields above; Space toggles the box.
        Keys.onReturnPressed: root.accepted()
        Keys.onEnterPressed: root.accepted()
        contentItem: Label {
            leftPadding: signOutOthersBox.indicator.width + signOutOthersBox.spacing
            text: signOutOthersBox.text
            font: signOutOthersBox.font
            color: ClerkTheme.textColor
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
}
