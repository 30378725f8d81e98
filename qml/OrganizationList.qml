import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The signed-in user's organizations in one place (Clerk's OrganizationList): the memberships (open one to make
// it active), the invitations and suggestions addressed to the user (accept them), and "Create organization".
Pane {
    id: root

    property Auth auth: AuthProvider.auth
    readonly property var manager: auth ? auth.organizationManager : null

    /// The user chose an organization (made active) — `organizationId` empty for the personal account.
    signal organizationSelected(string organizationId)

    font: ClerkTheme.font
    implicitWidth: 420

    background: Rectangle {
        color: ClerkTheme.surfaceColor
        radius: ClerkTheme.radius * 1.5
        border.color: ClerkTheme.borderColor
    }

    contentItem: ColumnLayout {
        spacing: ClerkTheme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Organizations")
            font.pointSize: root.font.pointSize + 5
            font.weight: Font.Bold
            color: ClerkTheme.textColor
        }

        // ==== BEGIN org-profile list: memberships, create ====
        // ==== END org-profile list ====
        // ==== BEGIN org-invitations list: the user's invitations ====
        // ==== END org-invitations list ====
        // ==== BEGIN org-domains list: suggestions ====
        // ==== END org-domains list ====
    }
}
