import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// UserProfile's "Delete account" page, where the user may delete themselves (User.deleteSelfEnabled, which Clerk
// sets from the instance's settings). The user types the confirmation phrase before the button enables; afterwards
// the client is signed out (the Auth's status says so, and gates take the profile away).
AccountPage {
    id: page

    readonly property string title: qsTr("Delete account")
    readonly property bool available: !!auth && auth.signedIn && !!user && user.deleteSelfEnabled
                                      && (!settings || !settings.loaded || settings.deleteSelfEnabled)
    /// What the user types to confirm. Translated with the page, so the user types it in their own language.
    readonly property string confirmationPhrase: qsTr("Delete account")
    readonly property bool confirmed: confirmField.text === confirmationPhrase

    /// Deletes the user's account, if the confirmation phrase has been typed.
    function deleteAccount() {
        if (busy || !confirmed)
            return
        run(auth.account.deleteAccount())
    }

    onVisibleChanged: if (!visible) confirmField.clear()

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.textColor
        text: qsTr("Deleting your account removes it and everything in it, on every device. This cannot be undone.")
    }
    ClerkTextField {
        id: confirmField
        objectName: "confirmDeleteField"
        Layout.fillWidth: true
        label: qsTr("Type \"%1\" to confirm").arg(page.confirmationPhrase)
        onAccepted: page.deleteAccount()
    }
    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        ClerkButton {
            objectName: "deleteAccountButton"
            enabled: page.confirmed
            busy: page.busy
            accentColor: ClerkTheme.errorColor
            text: qsTr("Delete account")
            Accessible.name: text
            onClicked: page.deleteAccount()
        }
    }
}
