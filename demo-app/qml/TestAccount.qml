import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// One of the emulator's seed accounts as the "Local emulator" card lists it. Addresses, passwords and secrets are
// long unbroken words: they wrap anywhere rather than run past the card.
ColumnLayout {
    id: account
    required property var modelData
    Layout.fillWidth: true
    Layout.topMargin: 6
    spacing: 2
    Label {
        Layout.fillWidth: true
        text: account.modelData.firstName + " " + account.modelData.lastName
        wrapMode: Text.Wrap
        font.weight: Font.DemiBold
        color: ClerkTheme.textColor
    }
    // Selectable, so the address and the password can be copied into the form.
    TextEdit {
        Layout.fillWidth: true
        text: account.modelData.email + "  /  " + account.modelData.password
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
        font.family: "monospace"
        color: ClerkTheme.textColor
        selectionColor: ClerkTheme.accentColor
        selectedTextColor: ClerkTheme.accentTextColor
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: {
            const notes = []
            if (account.modelData.totpSecret.length > 0)
                //: an authenticator app's (TOTP) secret of a test account; %1 is the secret
                notes.push(qsTr("TOTP secret %1").arg(account.modelData.totpSecret))
            if (account.modelData.backupCode.length > 0)
                //: a two-factor backup code of a test account; %1 is the code
                notes.push(qsTr("backup code %1").arg(account.modelData.backupCode))
            return notes.join(", ")
        }
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        color: ClerkTheme.mutedTextColor
    }
}
