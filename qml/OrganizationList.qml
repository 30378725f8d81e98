import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The signed-in user's organizations in one place (Clerk's OrganizationList): the memberships (open one to make
// it active), the invitations and suggestions addressed to the user (accept them), and "Create organization".
ClerkPane {
    id: root

    property Auth auth: AuthProvider.auth
    readonly property var manager: auth ? auth.organizationManager : null

    /// The user chose an organization (made active) — `organizationId` empty for the personal account.
    signal organizationSelected(string organizationId)

    implicitWidth: 420

    contentItem: ColumnLayout {
        spacing: ClerkTheme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Organizations")
            font.pointSize: root.font.pointSize + 5
            font.weight: Font.Bold
            color: ClerkTheme.textColor
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        // Opening a membership makes its organization the active one, then says so (organizationSelected).
        QtObject {
            id: memberships
            property string error: ""
            property int pending: 0

            function open(organizationId) {
                if (!root.auth || pending > 0)
                    return
                error = ""
                const reply = root.auth.setActiveOrganization(organizationId)
                if (!reply)
                    return
                pending += 1
                // `root` as the receiver: the connection ends with the list, which a gate may destroy meanwhile.
                reply.finished.connect(root, function () {
                    memberships.pending -= 1
                    if (reply.hasError)
                        memberships.error = FormErrors.messageOf(reply.error)
                    else
                        root.organizationSelected(organizationId)
                })
            }
        }
        Repeater {
            objectName: "membershipList"
            model: root.auth ? root.auth.memberships : []
            delegate: ItemDelegate {
                id: membershipRow
                required property var modelData
                objectName: "membership_" + modelData.organization.slug
                Layout.fillWidth: true
                highlighted: !!root.auth && !!modelData && root.auth.organization.id === modelData.organization.id
                readonly property string roleText: modelData.roleName || modelData.role.replace("org:", "")
                // Read as it shows, "Acme Corp, Admin"; what choosing it does is the description.
                //: An organization in the list, for screen readers: %1 the organization's name, %2 the user's role
                Accessible.name: qsTr("%1, %2").arg(modelData.organization.name).arg(roleText)
                Accessible.description: qsTr("Open %1").arg(modelData.organization.name)
                onClicked: memberships.open(modelData.organization.id)
                // Not in a ListView that walks its rows with the arrows: each row is a Tab stop of its own.
                focusPolicy: Qt.StrongFocus
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                background: Rectangle {
                    radius: ClerkTheme.radius
                    color: membershipRow.highlighted || membershipRow.hovered ? ClerkTheme.hoverColor : "transparent"
                    border.width: membershipRow.visualFocus ? 2 : 0
                    border.color: ClerkTheme.accentColor
                }
                contentItem: RowLayout {
                    spacing: 10
                    Avatar {
                        size: 28
                        square: true
                        name: modelData.organization.name
                        hasImage: modelData.organization.hasImage
                        imageUrl: modelData.organization.imageUrl
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.organization.name
                        elide: Text.ElideRight
                        color: ClerkTheme.textColor
                        font.weight: Font.DemiBold
                    }
                    Label {
                        text: membershipRow.roleText
                        color: ClerkTheme.mutedTextColor
                    }
                }
            }
        }
        Label {
            objectName: "noMembershipsLabel"
            Layout.fillWidth: true
            visible: !root.auth || root.auth.memberships.length === 0
            text: qsTr("You are not a member of any organization yet.")
            color: ClerkTheme.mutedTextColor
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "organizationListError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: memberships.error
            color: ClerkTheme.errorColor
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ClerkButton {
            id: showCreateButton
            objectName: "showCreateOrganizationButton"
            visible: !createForm.visible
            primary: false
            text: qsTr("Create organization")
            Accessible.name: text
            onClicked: createForm.visible = true
        }
        CreateOrganization {
            id: createForm
            objectName: "createOrganizationForm"
            Layout.fillWidth: true
            visible: false
            auth: root.auth
            cancelable: true
            onCanceled: {
                visible = false
                // The button that opened the form has the keyboard again (Escape or Cancel).
                Qt.callLater(function () { if (showCreateButton.visible) showCreateButton.forceActiveFocus(Qt.TabFocusReason) })
            }
            onCreated: organization => {
                reset()
                visible = false
                root.organizationSelected(setActiveAfterCreate ? organization.id : "")
            }
        }
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
                        error = FormErrors.messageOf(failure)
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
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
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
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        // Organizations suggested to the user by a verified domain at their address: "Request to join" asks the
        // organization's admins (Clerk files a membership request), shown as "Requested" from then on.
        ColumnLayout {
            id: suggestionsSection
            objectName: "suggestionsSection"
            Layout.fillWidth: true
            spacing: ClerkTheme.spacing / 2
            visible: suggestions.length > 0

            /// The user's pending and accepted suggestions (OrganizationSuggestion), as last read.
            property var suggestions: []
            property int pending: 0
            property string error: ""

            function refresh() {
                if (!root.manager || !root.auth.signedIn) {
                    suggestions = []
                    return
                }
                track(root.manager.loadMySuggestions(["pending", "accepted"], 0, 50), function (result) {
                    // A reply's result reads through to the reply, which goes once it has finished: keep copies.
                    const list = []
                    for (let i = 0; i < result.items.length; ++i) {
                        const s = result.items[i]
                        const o = s.organization
                        list.push({ id: s.id, status: s.status,
                                    organization: { id: o.id, name: o.name, slug: o.slug, imageUrl: o.imageUrl,
                                                    hasImage: o.hasImage } })
                    }
                    suggestions = list
                })
            }

            function track(reply, onSuccess) {
                error = ""
                pending += 1
                reply.errorOccurred.connect(suggestionsSection, function (e) {
                    suggestionsSection.error = FormErrors.messageOf(e)
                })
                reply.finished.connect(suggestionsSection, function () {
                    pending -= 1
                    if (!reply.hasError)
                        onSuccess(reply.result)
                })
            }

            function requestToJoin(suggestion) {
                track(root.manager.acceptSuggestion(suggestion.id), function () { refresh() })
            }

            Component.onCompleted: refresh()
            Connections {
                target: root.auth
                function onUserChanged() { suggestionsSection.refresh() }
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Suggested for you")
                font.weight: Font.DemiBold
                color: ClerkTheme.mutedTextColor
            }
            Repeater {
                model: suggestionsSection.suggestions
                delegate: RowLayout {
                    id: suggestionRow
                    required property var modelData
                    objectName: "suggestion_" + modelData.organization.slug
                    Layout.fillWidth: true
                    spacing: 10
                    Avatar {
                        size: 28
                        square: true
                        name: suggestionRow.modelData.organization.name
                        imageUrl: suggestionRow.modelData.organization.imageUrl
                        hasImage: suggestionRow.modelData.organization.hasImage
                    }
                    Label {
                        Layout.fillWidth: true
                        text: suggestionRow.modelData.organization.name
                        color: ClerkTheme.textColor
                        elide: Text.ElideRight
                    }
                    ClerkButton {
                        objectName: "requestToJoinButton"
                        visible: suggestionRow.modelData.status === "pending"
                        enabled: suggestionsSection.pending === 0
                        primary: false
                        text: qsTr("Request to join")
                        Accessible.name: qsTr("Request to join %1").arg(suggestionRow.modelData.organization.name)
                        onClicked: suggestionsSection.requestToJoin(suggestionRow.modelData)
                    }
                    Label {
                        objectName: "requestedLabel"
                        Accessible.role: Accessible.StaticText
                        visible: suggestionRow.modelData.status === "accepted"
                        text: qsTr("Requested")
                        color: ClerkTheme.mutedTextColor
                        Accessible.name: qsTr("Requested to join %1").arg(suggestionRow.modelData.organization.name)
                    }
                }
            }
            Label {
                objectName: "suggestionsError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: suggestionsSection.error
                color: ClerkTheme.errorColor
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }
}
