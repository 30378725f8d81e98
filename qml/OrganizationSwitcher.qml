import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Shows the active organization (or the personal account) and switches between the user's organizations.
AbstractButton {
    id: root

    property Auth auth: AuthProvider.auth
    property color accentColor: ClerkTheme.accentColor
    property real radius: ClerkTheme.radius
    /// Offer the personal account (no active organization).
    property bool allowPersonalAccount: true
    readonly property alias popup: popup
    readonly property bool busy: pending > 0
    property int pending: 0

    function switchTo(organizationId) {
        popup.close()
        const reply = auth.setActiveOrganization(organizationId)
        if (!reply)
            return
        pending += 1
        // The switch's own error, from its reply. `root` as the receiver: the connection ends with this component,
        // which a gate may destroy while the reply is still pending.
        reply.finished.connect(root, function () {
            pending -= 1
            if (reply.hasError)
                root.ToolTip.show(reply.error.message, 4000)
        })
    }

    /// "Create organization" was chosen: the app shows CreateOrganization (in a dialog, say).
    signal createOrganizationRequested()
    /// The user's pending invitations (OrganizationManager.myInvitations), read again whenever the menu opens.
    readonly property var invitations: auth && auth.organizationManager ? auth.organizationManager.myInvitations : []

    function acceptInvitation(invitationId) {
        popup.close()
        const reply = auth.organizationManager.acceptInvitation(invitationId)
        if (!reply)
            return
        pending += 1
        let failure = null
        reply.errorOccurred.connect(root, function (e) { failure = e })
        reply.finished.connect(root, function () {
            pending -= 1
            if (failure)
                root.ToolTip.show(failure.longMessage.length > 0 ? failure.longMessage : failure.message, 4000)
        })
    }

    Connections {
        target: popup
        function onAboutToShow() {
            if (root.auth && root.auth.signedIn)
                root.auth.organizationManager.loadMyInvitations()
        }
    }
    // How many invitations wait: a badge on the button's corner.
    Rectangle {
        objectName: "invitationCountBadge"
        visible: root.invitations.length > 0
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: -4
        width: Math.max(height, badgeLabel.implicitWidth + 8)
        height: badgeLabel.implicitHeight + 2
        radius: height / 2
        color: root.accentColor
        Accessible.name: qsTr("%n pending invitation(s)", "", root.invitations.length)
        Label {
            id: badgeLabel
            objectName: "invitationCountLabel"
            anchors.centerIn: parent
            text: root.invitations.length
            color: ClerkTheme.accentTextColor
            font.pointSize: Math.max(6, ClerkTheme.font.pointSize - 3)
            font.weight: Font.Bold
        }
    }

    readonly property string currentName: !auth ? "" : auth.organization.isNull ? qsTr("Personal account")
                                                                                  : auth.organization.name
    visible: auth !== null && auth.signedIn
    font: ClerkTheme.font
    padding: 6
    leftPadding: 8
    rightPadding: 10
    hoverEnabled: true
    onClicked: popup.opened ? popup.close() : popup.open()

    background: Rectangle {
        radius: root.radius
        border.color: ClerkTheme.borderColor
        color: root.down || popup.opened ? Qt.rgba(0, 0, 0, 0.06) : root.hovered ? Qt.rgba(0, 0, 0, 0.03)
                                                                            : ClerkTheme.surfaceColor
    }
    contentItem: RowLayout {
        spacing: 8
        Avatar {
            size: 24
            square: true
            name: root.currentName
            hasImage: root.auth ? root.auth.organization.hasImage : false
            imageUrl: root.auth ? root.auth.organization.imageUrl : ""
        }
        Label {
            objectName: "currentOrganization"
            text: root.currentName
            font.weight: Font.DemiBold
            color: ClerkTheme.textColor
        }
        BusyIndicator {
            visible: root.busy
            running: root.busy
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
        }
        Label {
            text: "▾"
            color: ClerkTheme.mutedTextColor
        }
    }

    Menu {
        id: popup
        objectName: "organizationMenu"
        y: root.height + 4
        width: Math.max(root.width, 260)

        MenuItem {
            objectName: "personalAccountItem"
            visible: root.allowPersonalAccount
            height: visible ? implicitHeight : 0
            text: qsTr("Personal account")
            checkable: true
            checked: root.auth ? root.auth.organization.isNull : false
            onTriggered: root.switchTo("")
        }
        Instantiator {
            model: root.auth ? root.auth.memberships : []
            delegate: MenuItem {
                objectName: "orgItem_" + modelData.organization.slug
                checkable: true
                checked: root.auth.organization.id === modelData.organization.id
                text: modelData.organization.name
                onTriggered: root.switchTo(modelData.organization.id)
                contentItem: RowLayout {
                    spacing: 8
                    Avatar {
                        size: 22
                        square: true
                        name: modelData.organization.name
                        hasImage: modelData.organization.hasImage
                        imageUrl: modelData.organization.imageUrl
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.organization.name
                        color: ClerkTheme.textColor
                        font.weight: checked ? Font.DemiBold : Font.Normal
                    }
                    Label {
                        text: modelData.roleName || modelData.role.replace("org:", "")
                        color: ClerkTheme.mutedTextColor
                    }
                }
            }
            onObjectAdded: (index, object) => popup.insertItem(index + 1, object)
            onObjectRemoved: (index, object) => popup.removeItem(object)
        }
        MenuSeparator {
            id: invitationsSeparator
            visible: root.invitations.length > 0
            height: visible ? implicitHeight : 0
        }
        Instantiator {
            model: root.invitations
            delegate: MenuItem {
                objectName: "invitationItem_" + modelData.publicOrganizationData.slug
                text: qsTr("Accept invitation to %1").arg(modelData.publicOrganizationData.name)
                Accessible.name: text
                onTriggered: root.acceptInvitation(modelData.id)
                contentItem: RowLayout {
                    spacing: 8
                    Avatar {
                        size: 22
                        square: true
                        name: modelData.publicOrganizationData.name
                        hasImage: modelData.publicOrganizationData.hasImage
                        imageUrl: modelData.publicOrganizationData.imageUrl
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.publicOrganizationData.name
                        color: ClerkTheme.textColor
                    }
                    Label {
                        text: qsTr("Accept")
                        color: root.accentColor
                        font.weight: Font.DemiBold
                    }
                }
            }
            // Right after the separator, so they follow the memberships wherever those were put.
            onObjectAdded: (index, object) => {
                let at = 0
                while (at < popup.count && popup.itemAt(at) !== invitationsSeparator)
                    ++at
                popup.insertItem(at + 1 + index, object)
            }
            onObjectRemoved: (index, object) => popup.removeItem(object)
        }
        MenuSeparator {}
        MenuItem {
            objectName: "createOrganizationItem"
            text: qsTr("Create organization")
            Accessible.name: text
            onTriggered: root.createOrganizationRequested()
        }
    }
}
