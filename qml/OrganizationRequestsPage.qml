import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// OrganizationProfile's "Requests" page (Clerk's membership requests): the people who asked to join through a
// verified domain's suggestion, each accepted (they become members) or rejected. Listed where the membership has
// org:sys_memberships:manage. The list is read again whenever the page is shown.
OrganizationPage {
    id: page

    readonly property string title: qsTr("Requests")
    readonly property bool available: can("org:sys_memberships:manage")
    /// The pending requests (MembershipRequest), as last read.
    property var requests: []

    function refresh() {
        if (!hasOrganization || !available)
            return
        const orgId = organization.id
        run(manager.loadMembershipRequests(orgId, "pending", 0, 100), function (result) {
            if (!hasOrganization || organization.id !== orgId)
                return
            // A reply's result reads through to the reply, which goes once it has finished: keep copies.
            const list = []
            for (let i = 0; i < result.items.length; ++i) {
                const r = result.items[i]
                list.push({ id: r.id, status: r.status, userId: r.userId, identifier: r.identifier,
                            firstName: r.firstName, lastName: r.lastName, imageUrl: r.imageUrl })
            }
            requests = list
        })
    }

    function nameOf(request) {
        const name = [request.firstName, request.lastName].filter(function (s) { return s.length > 0 }).join(" ")
        return name.length > 0 ? name : request.identifier
    }

    function decide(request, accept) {
        const name = nameOf(request)
        const orgId = organization.id
        run(accept ? manager.acceptMembershipRequest(orgId, request.id)
                   : manager.rejectMembershipRequest(orgId, request.id), function () {
            requests = requests.filter(function (r) { return r.id !== request.id })
            statusText = accept ? qsTr("%1 is now a member.").arg(name) : qsTr("%1's request was rejected.").arg(name)
        })
    }

    onVisibleChanged: if (visible) refresh()
    Component.onCompleted: if (visible) refresh()
    // A role change on the same organization that grants managing: not a switch, but the list was never read.
    onAvailableChanged: if (available && visible) refresh()
    onOrganizationSwitched: {
        requests = []
        if (visible)
            refresh()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: qsTr("People with an address at one of your verified domains who asked to join.")
    }

    Repeater {
        model: page.requests
        delegate: Rectangle {
            id: row
            required property var modelData
            objectName: "request_" + modelData.identifier
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 20
            radius: ClerkTheme.radius
            color: "transparent"
            border.color: ClerkTheme.borderColor
            // One list item per request: "Carl Hollis, carl@acme.test".
            Accessible.role: Accessible.ListItem
            //: A membership request in the list, for screen readers: %1 the person's name, %2 their address
            Accessible.name: qsTr("%1, %2").arg(page.nameOf(row.modelData)).arg(row.modelData.identifier)

            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 10
                spacing: 10
                Avatar {
                    size: 32
                    imageUrl: row.modelData.imageUrl
                    hasImage: row.modelData.imageUrl.length > 0
                    name: page.nameOf(row.modelData)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "requestName"
                        Layout.fillWidth: true
                        text: page.nameOf(row.modelData)
                        font.weight: Font.DemiBold
                        color: ClerkTheme.textColor
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.identifier
                        color: ClerkTheme.mutedTextColor
                        elide: Text.ElideRight
                    }
                }
                ClerkButton {
                    objectName: "acceptRequestButton"
                    enabled: !page.busy
                    text: qsTr("Accept")
                    Accessible.name: qsTr("Accept %1").arg(page.nameOf(row.modelData))
                    onClicked: page.decide(row.modelData, true)
                }
                ClerkButton {
                    objectName: "rejectRequestButton"
                    enabled: !page.busy
                    primary: false
                    text: qsTr("Reject")
                    Accessible.name: qsTr("Reject %1").arg(page.nameOf(row.modelData))
                    onClicked: page.decide(row.modelData, false)
                }
            }
        }
    }

    Label {
        objectName: "emptyLabel"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: page.requests.length === 0 && !page.busy
        text: qsTr("No pending requests.")
        color: ClerkTheme.mutedTextColor
    }
}
