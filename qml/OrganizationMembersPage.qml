import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// OrganizationProfile's members page: the active organization's members, a page at a time, with search
// (OrganizationManager::loadMembers — name, identifier or user id, in part). Listed where the membership may read
// the members (org:sys_memberships:read); where it may manage them (org:sys_memberships:manage) each member gets a
// role selector (the roles of OrganizationManager::loadRoles) and Remove. Read again whenever shown, after every
// change and when the organization changes.
OrganizationPage {
    id: page

    readonly property string title: qsTr("Members")
    readonly property bool available: can("org:sys_memberships:read")
    readonly property bool canManage: can("org:sys_memberships:manage")
    /// Members per page.
    property int pageSize: 10
    /// The current page's offset and what loadMembers() answered (items, totalCount).
    property int offset: 0
    property var members: []
    property int totalCount: 0
    /// The organization's roles (key, name), for the role selectors.
    property var roles: []
    readonly property string myUserId: page.user ? page.user.id : ""

    function refresh() {
        if (!hasOrganization || !available)
            return
        const orgId = organization.id
        run(manager.loadMembers(orgId, offset, pageSize, search.text), function (result) {
            page.members = result.items
            page.totalCount = result.totalCount
        })
        if (canManage && roles.length === 0)
            run(manager.loadRoles(orgId, 0, 100), function (result) { page.roles = result.items })
    }
    // The delegates call these: the callbacks live in the page's context, which outlasts a delegate that the
    // refresh replaces.
    function changeRole(userId, key, onFailure) {
        run(manager.updateMemberRole(organization.id, userId, key), refresh, null, onFailure)
    }
    function removeMember(userId) {
        run(manager.removeMember(organization.id, userId), refresh)
    }
    function roleIndex(key) {
        for (let i = 0; i < roles.length; ++i) {
            if (roles[i].key === key)
                return i
        }
        return -1
    }
    function nameOf(membership) {
        const u = membership.publicUserData
        const name = (u.firstName + " " + u.lastName).trim()
        return name.length > 0 ? name : u.identifier
    }

    onVisibleChanged: if (visible) refresh()
    Component.onCompleted: if (visible) refresh()
    onOrganizationChanged: {
        offset = 0
        roles = []
        members = []
        if (visible)
            refresh()
    }

    Label {
        objectName: "pageTitle"
        Layout.fillWidth: true
        text: page.title
        font.pointSize: ClerkTheme.font.pointSize + 4
        font.weight: Font.Bold
        color: ClerkTheme.textColor
    }
    ClerkTextField {
        id: search
        objectName: "memberSearchField"
        Layout.fillWidth: true
        placeholderText: qsTr("Search members")
        Accessible.name: qsTr("Search members")
        onAccepted: { page.offset = 0; page.refresh() }
    }
    Label {
        objectName: "memberCountLabel"
        Layout.fillWidth: true
        color: ClerkTheme.mutedTextColor
        text: page.totalCount === 1 ? qsTr("1 member") : qsTr("%1 members").arg(page.totalCount)
    }

    Repeater {
        objectName: "memberRepeater"
        model: page.members
        delegate: Rectangle {
            objectName: "member_" + modelData.publicUserData.userId
            required property var modelData
            readonly property bool isMe: modelData.publicUserData.userId === page.myUserId
            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 20
            radius: ClerkTheme.radius
            color: "transparent"
            border.color: ClerkTheme.borderColor
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: 10
                spacing: 10
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "memberName"
                        text: isMe ? qsTr("%1 (you)").arg(page.nameOf(modelData)) : page.nameOf(modelData)
                        font.weight: Font.DemiBold
                        color: ClerkTheme.textColor
                    }
                    Label {
                        objectName: "memberIdentifier"
                        text: modelData.publicUserData.identifier
                        color: ClerkTheme.mutedTextColor
                    }
                }
                Label {
                    objectName: "memberRole"
                    visible: !roleBox.visible
                    text: modelData.roleName.length > 0 ? modelData.roleName : modelData.role
                    color: ClerkTheme.textColor
                }
                ComboBox {
                    id: roleBox
                    objectName: "roleSelector"
                    visible: page.canManage && page.roles.length > 0
                    model: page.roles
                    textRole: "name"
                    currentIndex: page.roleIndex(modelData.role)
                    Accessible.name: qsTr("Role of %1").arg(page.nameOf(modelData))
                    onActivated: function (index) {
                        const key = page.roles[index].key
                        if (key === modelData.role)
                            return
                        const previous = page.roleIndex(modelData.role)
                        page.changeRole(modelData.publicUserData.userId, key, function () { roleBox.currentIndex = previous })
                    }
                }
                Item {
                    // Keeps the selectors in one column where a row (the user's own) has no Remove.
                    visible: page.canManage && isMe
                    Layout.preferredWidth: 100
                }
                ClerkButton {
                    objectName: "removeMemberButton"
                    Layout.preferredWidth: 100
                    visible: page.canManage && !isMe
                    enabled: !page.busy
                    primary: false
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove %1").arg(page.nameOf(modelData))
                    onClicked: page.removeMember(modelData.publicUserData.userId)
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: page.totalCount > page.pageSize
        ClerkButton {
            objectName: "previousPageButton"
            primary: false
            enabled: page.offset > 0
            text: qsTr("Previous")
            Accessible.name: qsTr("Previous page of members")
            onClicked: { page.offset = Math.max(0, page.offset - page.pageSize); page.refresh() }
        }
        Item { Layout.fillWidth: true }
        ClerkButton {
            objectName: "nextPageButton"
            primary: false
            enabled: page.offset + page.pageSize < page.totalCount
            text: qsTr("Next")
            Accessible.name: qsTr("Next page of members")
            onClicked: { page.offset += page.pageSize; page.refresh() }
        }
    }
}
