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
        // The invitations sent to the user's verified addresses (OrganizationManager.myInvitations), each with
        // Accept: the organization then appears among the memberships. Read when the list is shown or the user
        // changes.
        ColumnLayout {
            id: invitationsSection
            objectName: "myInvitationsSection"
            Layout.fillWidth: true
            spacing: ClerkTheme.spacing / 2
            visible: invitationsSection.invitations.length > 0 || invitationsSection.error.length > 0
            readonly property var invitations: root.manager ? root.manager.myInvitations : []
            property string error: ""
            property int pending: 0

            function load() {
                if (root.visible && root.auth && root.auth.signedIn && root.manager)
                    track(root.manager.loadMyInvitations())
            }
            // The reply's error on the section's line; `invitationsSection` as the receiver ends the connection
            // with the list.
            function track(reply) {
                if (!reply)
                    return
                error = ""
                pending += 1
                let failure = null
                reply.errorOccurred.connect(invitationsSection, function (e) { failure = e })
                reply.finished.connect(invitationsSection, function () {
                    pending -= 1
                    if (failure)
                        error = failure.longMessage.length > 0 ? failure.longMessage : failure.message
                })
            }

            Connections {
                target: root
                function onVisibleChanged() { invitationsSection.load() }
                function onAuthChanged() { invitationsSection.load() }
            }
            Connections {
                target: root.auth
                function onUserChanged() { invitationsSection.load() }
            }
            Component.onCompleted: load()

            Label {
                Layout.fillWidth: true
                text: qsTr("Invitations")
                font.weight: Font.DemiBold
                color: ClerkTheme.textColor
            }
            Repeater {
                model: invitationsSection.invitations
                delegate: RowLayout {
                    objectName: "myInvitation_" + modelData.publicOrganizationData.slug
                    Layout.fillWidth: true
                    spacing: 8
                    Avatar {
                        size: 28
                        square: true
                        name: modelData.publicOrganizationData.name
                        hasImage: modelData.publicOrganizationData.hasImage
                        imageUrl: modelData.publicOrganizationData.imageUrl
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                            text: modelData.publicOrganizationData.name
                            font.weight: Font.DemiBold
                            color: ClerkTheme.textColor
                        }
                        Label {
                            text: qsTr("Invited as %1").arg(modelData.roleName || modelData.role)
                            color: ClerkTheme.mutedTextColor
                        }
                    }
                    ClerkButton {
                        objectName: "acceptInvitationButton"
                        busy: invitationsSection.pending > 0
                        enabled: invitationsSection.pending === 0
                        text: qsTr("Accept")
                        Accessible.name: qsTr("Accept the invitation to %1").arg(modelData.publicOrganizationData.name)
                        onClicked: invitationsSection.track(root.manager.acceptInvitation(modelData.id))
                    }
                }
            }
            Label {
                objectName: "myInvitationsError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: invitationsSection.error
                color: ClerkTheme.errorColor
                wrapMode: Text.Wrap
            }
        }
        // ==== END org-invitations list ====
        // ==== BEGIN org-domains list: suggestions ====
        // ==== END org-domains list ====
    }
}
