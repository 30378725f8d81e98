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
    // A role change on the same organization: not a switch, but reading or managing may be new (the roles
    // for the selectors are read once managing is allowed). Both may change at once: one refresh (callLater).
    onAvailableChanged: if (available && visible) Qt.callLater(page.refresh)
    onCanManageChanged: if (canManage && visible) Qt.callLater(page.refresh)
    onOrganizationSwitched: {
        offset = 0
        roles = []
        members = []
        if (visible)
            refresh()
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
        wrapMode: Text.Wrap
        text: qsTr("%n member(s)", "", page.totalCount)
        // Read out when a search or a change gives a new count.
        Accessible.role: Accessible.StatusBar
        Accessible.name: text
    }
    // Remove's width in the page's language: the rows keep their role selectors in one column with it.
    TextMetrics {
        id: removeMetrics
        font: ClerkTheme.font
        text: qsTr("Remove")
    }
    readonly property real removeWidth: Math.max(100, Math.ceil(removeMetrics.advanceWidth) + 32)

    Repeater {
        objectName: "memberRepeater"
        model: page.members
        delegate: Rectangle {
            objectName: "member_" + modelData.publicUserData.userId
            required property var modelData
            readonly property bool isMe: modelData.publicUserData.userId === page.myUserId
            readonly property string roleText: modelData.roleName.length > 0 ? modelData.roleName : modelData.role
            Layout.fillWidth: true
            // One list item per member, read as it shows: "Ada Lovelace, Admin".
            Accessible.role: Accessible.ListItem
            //: A member in the members list, for screen readers: %1 the member's name, %2 their role
            Accessible.name: qsTr("%1, %2").arg(memberName.text).arg(roleText)
            Accessible.description: modelData.publicUserData.identifier
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
                        id: memberName
                        objectName: "memberName"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: isMe ? qsTr("%1 (you)").arg(page.nameOf(modelData)) : page.nameOf(modelData)
                        font.weight: Font.DemiBold
                        color: ClerkTheme.textColor
                    }
                    Label {
                        objectName: "memberIdentifier"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: modelData.publicUserData.identifier
                        color: ClerkTheme.mutedTextColor
                    }
                }
                Label {
                    objectName: "memberRole"
                    visible: !roleBox.visible
                    text: roleText
                    color: ClerkTheme.textColor
                    Accessible.ignored: true
                }
                OrganizationRoleBox {
                    id: roleBox
                    objectName: "roleSelector"
                    visible: page.canManage && page.roles.length > 0
                    model: page.roles
                    textRole: "name"
                    currentIndex: page.roleIndex(modelData.role)
                    font: ClerkTheme.font
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
                    Layout.preferredWidth: page.removeWidth
                }
                ClerkButton {
                    objectName: "removeMemberButton"
                    Layout.preferredWidth: page.removeWidth
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
