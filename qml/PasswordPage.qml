import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// UserProfile's "Password" page, where the instance has passwords (Auth.userSettings): change it (the current
// one, a new one typed twice, "sign out of other devices"), set a first one, or remove it where the instance does
// not require one. Length and strength are Clerk's to judge: its error shows on the field it names.
AccountPage {
    id: page

    readonly property string title: qsTr("Password")
    readonly property bool available: !!auth && auth.signedIn && !!settings && settings.passwordEnabled
    readonly property bool hasPassword: !!user && user.passwordEnabled
    readonly property bool removable: hasPassword && !!settings && settings.loaded && !settings.passwordRequired

    function clearFields() {
        currentField.clear()
        newField.clear()
        confirmField.clear()
        removeField.clear()
    }

    // Clerk names the field in `meta.param_name` (current_password, new_password); the code alone does not tell
    // a wrong current password from a weak new one.
    function fieldFor(error) {
        const param = error.meta.param_name || ""
        if (param === "current_password")
            return currentField
        if (param === "new_password" || FormErrors.fieldOf(error) === "password")
            return newField
        return null
    }

    function change() {
        if (busy)
            return
        if (hasPassword && currentField.text.length === 0) {
            currentField.errorText = qsTr("Enter your current password.")
            return
        }
        if (newField.text.length === 0) {
            newField.errorText = qsTr("Enter a new password.")
            return
        }
        // The one check Clerk cannot make: the two fields agree.
        if (confirmField.text !== newField.text) {
            confirmField.errorText = qsTr("Passwords don't match.")
            return
        }
        const hadPassword = hasPassword
        run(auth.account.changePassword(hadPassword ? currentField.text : "", newField.text, signOutOthersBox.checked),
            function () {
                clearFields()
                statusText = hadPassword ? qsTr("Password updated.") : qsTr("Password set.")
            }, fieldFor)
    }

    function removePassword() {
        if (busy)
            return
        if (removeField.text.length === 0) {
            removeField.errorText = qsTr("Enter your current password.")
            return
        }
        run(auth.account.removePassword(removeField.text), function () {
            clearFields()
            statusText = qsTr("Password removed.")
        }, function (error) { return FormErrors.fieldOf(error) === "password" ? removeField : null })
    }

    onVisibleChanged: if (!visible) clearFields()

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: page.hasPassword ? qsTr("Change the password you sign in with.")
                               : qsTr("You have no password yet. Set one to sign in with it.")
    }
    ClerkTextField {
        id: currentField
        objectName: "currentPasswordField"
        Layout.fillWidth: true
        visible: page.hasPassword
        label: qsTr("Current password")
        echoMode: TextInput.Password
        onAccepted: newField.forceActiveFocus()
    }
    ClerkTextField {
        id: newField
        objectName: "newPasswordField"
        Layout.fillWidth: true
        label: qsTr("New password")
        echoMode: TextInput.Password
        onAccepted: confirmField.forceActiveFocus()
    }
    ClerkTextField {
        id: confirmField
        objectName: "confirmPasswordField"
        Layout.fillWidth: true
        label: qsTr("Confirm password")
        echoMode: TextInput.Password
        onAccepted: page.change()
    }
    // Clerk's own forms check it by default: whoever knew the old password is signed out everywhere else.
    CheckBox {
        id: signOutOthersBox
        objectName: "signOutOthersBox"
        Layout.fillWidth: true
        checked: true
        text: qsTr("Sign out of all other devices")
        font: ClerkTheme.font
        Accessible.name: text
    }
    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        ClerkButton {
            objectName: "changePasswordButton"
            busy: page.busy
            text: page.hasPassword ? qsTr("Update password") : qsTr("Set password")
            Accessible.name: text
            onClicked: page.change()
        }
    }

    // Only where the instance lets users sign in without one.
    Rectangle {
        objectName: "removeSection"
        Layout.fillWidth: true
        Layout.topMargin: 12
        visible: page.removable
        implicitHeight: 1
        color: ClerkTheme.borderColor
    }
    Label {
        Layout.fillWidth: true
        visible: page.removable
        text: qsTr("Remove password")
        font.weight: Font.DemiBold
        color: ClerkTheme.textColor
    }
    ClerkTextField {
        id: removeField
        objectName: "removePasswordField"
        Layout.fillWidth: true
        visible: page.removable
        label: qsTr("Current password")
        echoMode: TextInput.Password
        onAccepted: page.removePassword()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: page.removable
        Item { Layout.fillWidth: true }
        ClerkButton {
            objectName: "removePasswordButton"
            primary: false
            accentColor: ClerkTheme.errorColor
            text: qsTr("Remove password")
            Accessible.name: text
            onClicked: page.removePassword()
        }
    }
}
