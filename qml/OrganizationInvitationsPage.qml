import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// OrganizationProfile's "Invitations" page, listed where the membership may manage members
// (org:sys_memberships:manage, as Clerk's OrganizationProfile shows its invite form): invite one or more email
// addresses with a role, and the organization's pending invitations, newest first, each with Revoke. Clerk's
// refusals (already a member, already invited, a malformed address) show under the addresses. The list is read
// again whenever the page is shown and when the active organization changes.
OrganizationPage {
    id: page

    readonly property string title: qsTr("Invitations")
    readonly property bool available: can("org:sys_memberships:manage")
    /// The roles an invitee may be given: role keys ("org:member") or objects { key, name }. Clerk's two default
    /// roles until the organization's own (OrganizationManager::loadRoles) are read, "org:member" first.
    property var roles: [{ key: "org:member", name: qsTr("Member") }, { key: "org:admin", name: qsTr("Admin") }]
    /// The organization whose roles `roles` holds; empty while they are the defaults.
    property string rolesOrganizationId: ""
    readonly property var roleOptions: (roles || []).map(function (r) {
        return typeof r === "string" ? { key: r, name: r.replace(/^org:/, "") } : r
    })
    /// The page of pending invitations shown, as last loaded, and how many there are in all.
    property var invitations: []
    property int totalCount: 0
    property int offset: 0
    property int pageSize: 10

    /// The addresses typed: separated by commas, semicolons, spaces or new lines.
    function addresses() {
        return emailsField.text.split(/[\s,;]+/).filter(function (s) { return s.length > 0 })
    }

    function loadRoles() {
        const id = organization.id
        run(manager.loadRoles(id, 0, 100), function (result) {
            // Copied out: the reply's result goes with the reply.
            const loaded = result.items.map(function (r) { return { key: r.key, name: r.name } })
            loaded.sort(function (a, b) { return (b.key === "org:member") - (a.key === "org:member") })
            if (loaded.length > 0) {
                roles = loaded
                rolesOrganizationId = id
            }
        })
    }

    function refresh(message) {
        // `available` is a binding that may not have followed a change of organization yet.
        if (!available || !visible || !manager || !organization || organization.isNull)
            return
        if (rolesOrganizationId !== organization.id && can("org:sys_memberships:read"))
            loadRoles()
        run(manager.loadInvitations(organization.id, "pending", offset, pageSize), function (result) {
            invitations = result.items
            totalCount = result.totalCount
            // The last invitation of a later page was revoked: show the page before.
            if (invitations.length === 0 && offset > 0) {
                offset = Math.max(0, offset - pageSize)
                refresh(message)
            } else if (message) {
                statusText = message
            }
        })
    }

    // Clerk's refusals of an address belong under the addresses; anything else goes to the error line.
    function fieldFor(error) {
        const param = error.meta.param_name || ""
        const aboutAddresses = ["duplicate_record", "already_a_member_in_organization",
                                "organization_invitation_not_unique"]
        return param === "email_address" || aboutAddresses.indexOf(error.code) >= 0 ? emailsField : null
    }

    function invite() {
        if (busy)
            return
        const list = addresses()
        if (list.length === 0) {
            emailsField.errorText = qsTr("Enter at least one email address.")
            return
        }
        emailsField.errorText = ""
        const role = roleBox.currentValue
        const reply = list.length === 1 ? manager.inviteMember(organization.id, list[0], role)
                                        : manager.inviteMembers(organization.id, list, role)
        run(reply, function () {
            emailsField.text = ""
            offset = 0
            refresh(list.length === 1 ? qsTr("Invitation sent to %1.").arg(list[0])
                                      : qsTr("%n invitation(s) sent.", "", list.length))
        }, fieldFor)
    }

    function revoke(invitation) {
        if (busy)
            return
        run(manager.revokeInvitation(organization.id, invitation.id), function () {
            refresh(qsTr("Invitation to %1 revoked.").arg(invitation.emailAddress))
        })
    }

    onVisibleChanged: if (visible) refresh()
    onAvailableChanged: if (available) refresh()
    onOrganizationSwitched: {
        invitations = []
        totalCount = 0
        offset = 0
        refresh()
    }
    Component.onCompleted: refresh()

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: qsTr("Invite people to %1 by email. They join with the role you choose once they accept.")
              .arg(page.hasOrganization ? page.organization.name : "")
    }
    ClerkTextField {
        id: emailsField
        objectName: "inviteEmailsField"
        Layout.fillWidth: true
        label: qsTr("Email addresses")
        placeholderText: qsTr("name@example.com, other@example.com")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        onAccepted: page.invite()
    }
    // The role and Send on one line where they fit, wrapped below each other where a language's words do not.
    Flow {
        Layout.fillWidth: true
        spacing: ClerkTheme.spacing
        Label {
            height: roleBox.height
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Role")
            color: ClerkTheme.textColor
            Accessible.ignored: true
        }
        OrganizationRoleBox {
            id: roleBox
            objectName: "inviteRoleBox"
            model: page.roleOptions
            textRole: "name"
            valueRole: "key"
            font: ClerkTheme.font
            Accessible.name: qsTr("Role")
            //: Read after the role picker's name: what the chosen role is for
            Accessible.description: qsTr("The role the invited people get")
        }
        ClerkButton {
            objectName: "sendInvitationsButton"
            busy: page.busy
            text: qsTr("Send invitations")
            Accessible.name: text
            onClicked: page.invite()
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: 12
        text: qsTr("Pending invitations")
        font.weight: Font.DemiBold
        color: ClerkTheme.textColor
    }
    Label {
        objectName: "noInvitationsLabel"
        Layout.fillWidth: true
        visible: page.invitations.length === 0 && !page.busy
        text: qsTr("No pending invitations.")
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
    }
    Repeater {
        objectName: "invitationRepeater"
        model: page.invitations
        delegate: Rectangle {
            id: invitationRow
            objectName: "invitation_" + modelData.emailAddress
            Layout.fillWidth: true
            // One list item per invitation, read as it shows: "ada@example.com, Invited as Member · 1/12/26".
            Accessible.role: Accessible.ListItem
            //: An invitation in the pending list, for screen readers: %1 the address, %2 role and date
            Accessible.name: qsTr("%1, %2").arg(modelData.emailAddress).arg(roleText.text)
            implicitHeight: row.implicitHeight + 16
            radius: ClerkTheme.radius
            color: "transparent"
            border.color: ClerkTheme.borderColor
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: 8
                spacing: 10
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "emailLabel"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: modelData.emailAddress
                        font.weight: Font.DemiBold
                        color: ClerkTheme.textColor
                    }
                    Label {
                        id: roleText
                        objectName: "roleLabel"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Invited as %1 · %2").arg(modelData.roleName || modelData.role)
                              .arg(modelData.createdAt.toLocaleDateString(Qt.locale(ClerkLanguage.localeName),
                                                                          Locale.ShortFormat))
                        color: ClerkTheme.mutedTextColor
                    }
                }
                ClerkButton {
                    objectName: "revokeButton"
                    primary: false
                    text: qsTr("Revoke")
                    Accessible.name: qsTr("Revoke the invitation to %1").arg(modelData.emailAddress)
                    onClicked: page.revoke(modelData)
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: page.totalCount > page.pageSize
        ClerkButton {
            objectName: "previousInvitationsButton"
            primary: false
            enabled: page.offset > 0
            text: qsTr("Previous")
            Accessible.name: qsTr("Previous invitations")
            onClicked: { page.offset = Math.max(0, page.offset - page.pageSize); page.refresh() }
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: ClerkTheme.mutedTextColor
            readonly property var locale: Qt.locale(ClerkLanguage.localeName)
            text: qsTr("%1–%2 of %3").arg(Number(page.offset + 1).toLocaleString(locale, "f", 0))
                  .arg(Number(page.offset + page.invitations.length).toLocaleString(locale, "f", 0))
                  .arg(Number(page.totalCount).toLocaleString(locale, "f", 0))
        }
        ClerkButton {
            objectName: "nextInvitationsButton"
            primary: false
            enabled: page.offset + page.pageSize < page.totalCount
            text: qsTr("Next")
            Accessible.name: qsTr("Next invitations")
            onClicked: { page.offset += page.pageSize; page.refresh() }
        }
    }
}
