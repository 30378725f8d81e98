import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The signed-in dashboard: user, organization, sessions, the live session token and the protected API.
ScrollView {
    id: view
    readonly property Auth auth: AuthProvider.auth
    /// The message of the last session operation that failed, from its own reply.
    property string sessionError: ""
    signal addAccountRequested()
    /// The user's account (UserProfile) was asked for.
    signal manageAccountRequested()
    /// The active organization's profile (OrganizationProfile) was asked for.
    signal manageOrganizationRequested()
    /// A new organization (CreateOrganization) was asked for.
    signal createOrganizationRequested()
    contentWidth: availableWidth

    // The two columns of the User and Organization cards.
    component FieldName: Label {
        Layout.alignment: Qt.AlignTop
        Layout.maximumWidth: 160
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
    }
    component FieldValue: Label {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        color: ClerkTheme.textColor
    }

    /// A session's status in the UI's language; Clerk's own word for a status this version does not know.
    function statusName(session) {
        switch (session.status) {
        //: a session's status
        case Session.Active: return qsTr("active")
        //: a session's status: signed in, with a task left to finish
        case Session.Pending: return qsTr("pending")
        //: a session's status
        case Session.Ended: return qsTr("ended")
        //: a session's status
        case Session.Expired: return qsTr("expired")
        //: a session's status
        case Session.Removed: return qsTr("removed")
        //: a session's status: replaced by a newer session
        case Session.Replaced: return qsTr("replaced")
        //: a session's status: not used in time
        case Session.Abandoned: return qsTr("abandoned")
        //: a session's status
        case Session.Revoked: return qsTr("revoked")
        }
        return session.statusString
    }

    function runSessionOperation(reply) {
        sessionError = ""
        reply.finished.connect(view, function () {
            if (reply.hasError)
                view.sessionError = FormErrors.messageOf(reply.error)
        })
    }

    GridLayout {
        width: view.availableWidth - 48
        x: 24
        y: 20
        columns: 2
        columnSpacing: 20
        rowSpacing: 20

        Card {
            title: qsTr("User")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            RowLayout {
                Layout.fillWidth: true
                spacing: 14
                Avatar {
                    size: 56
                    name: view.auth.user.fullName || view.auth.user.primaryEmailAddress
                    hasImage: view.auth.user.hasImage
                    imageUrl: view.auth.user.imageUrl
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "welcomeName"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("Welcome, %1").arg(view.auth.user.fullName || view.auth.user.username)
                        font.pointSize: ClerkTheme.font.pointSize + 4
                        font.weight: Font.Bold
                        color: ClerkTheme.textColor
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: view.auth.user.primaryEmailAddress
                        color: ClerkTheme.mutedTextColor
                    }
                }
            }
            // Names left, values right; values (ids, JSON) are long unbroken words and wrap anywhere.
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12
                FieldName { text: qsTr("User id") }
                FieldValue { text: view.auth.user.id; font.family: "monospace" }
                FieldName { text: qsTr("Username") }
                FieldValue { text: view.auth.user.username || "—" }
                FieldName { text: qsTr("Two-factor") }
                FieldValue {
                    //: two-factor authentication is on / off
                    text: view.auth.user.twoFactorEnabled ? qsTr("on") : qsTr("off")
                }
                FieldName { text: qsTr("Public metadata") }
                FieldValue { text: JSON.stringify(view.auth.user.publicMetadata); font.family: "monospace" }
            }
            ClerkButton {
                objectName: "manageAccountButton"
                primary: false
                text: qsTr("Manage account")
                Accessible.name: text
                onClicked: view.manageAccountRequested()
            }
        }

        Card {
            title: qsTr("Organization")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            OrganizationSwitcher {
                objectName: "organizationSwitcher"
                onCreateOrganizationRequested: view.createOrganizationRequested()
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12
                FieldName { text: qsTr("Active") }
                FieldValue {
                    objectName: "activeOrganization"
                    text: view.auth.organization.isNull ? qsTr("Personal account")
                                                        : view.auth.organization.name + " (" + view.auth.organization.slug + ")"
                }
                FieldName { text: qsTr("Role") }
                FieldValue { text: view.auth.membership.isNull ? "—" : view.auth.membership.role }
                FieldName { text: qsTr("Permissions") }
                FieldValue {
                    text: view.auth.membership.isNull || view.auth.membership.permissions.length === 0
                          ? "—" : view.auth.membership.permissions.join(", ")
                }
                FieldName { text: qsTr("Memberships") }
                FieldValue { text: view.auth.memberships.map(m => m.organization.name).join(", ") || "—" }
            }
            ClerkButton {
                objectName: "manageOrganizationButton"
                primary: false
                visible: !view.auth.organization.isNull
                text: qsTr("Manage organization")
                Accessible.name: text
                onClicked: view.manageOrganizationRequested()
            }
        }

        // Memberships, the invitations and suggestions addressed to the user, and "Create organization".
        OrganizationList {
            objectName: "organizationList"
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }

        TokenPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }

        ApiPanel {
            objectName: "apiPanel"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
        }

        Card {
            title: qsTr("Sessions on this client")
            Layout.columnSpan: 2
            Layout.fillWidth: true
            // By count, not by the sessions array itself: every client update brings a new array, and rebuilding
            // the rows inside a layout on each one crashed Qt 6.4's layouts.
            Repeater {
                model: view.auth.sessions.length
                delegate: RowLayout {
                    readonly property var modelData: view.auth.sessions[index] || ({user: {}, id: "", status: Session.Unknown})
                    Layout.fillWidth: true
                    spacing: 10
                    readonly property bool current: modelData.id === view.auth.session.id
                    Avatar {
                        size: 26
                        name: modelData.user.fullName || modelData.user.primaryEmailAddress
                    }
                    Label {
                        Layout.maximumWidth: implicitWidth
                        Layout.fillWidth: true
                        text: (modelData.user.fullName || modelData.user.primaryEmailAddress)
                        wrapMode: Text.Wrap
                        font.weight: parent.current ? Font.Bold : Font.Normal
                        color: ClerkTheme.textColor
                    }
                    Label {
                        text: modelData.id + " · " + view.statusName(modelData) + (parent.current ? qsTr(" · current") : "")
                        color: ClerkTheme.mutedTextColor
                        font.family: "monospace"
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    ClerkButton {
                        primary: false
                        visible: !parent.current && modelData.status === Session.Active
                        text: qsTr("Switch")
                        onClicked: view.runSessionOperation(view.auth.setActive(modelData.id, modelData.lastActiveOrganizationId))
                    }
                    ClerkButton {
                        primary: false
                        text: qsTr("Sign out")
                        onClicked: view.runSessionOperation(view.auth.signOut(modelData.id))
                    }
                }
            }
            Label {
                objectName: "sessionError"
                visible: text.length > 0
                text: view.sessionError
                color: ClerkTheme.errorColor
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ClerkButton {
                primary: false
                text: qsTr("Add account")
                onClicked: view.addAccountRequested()
            }
        }
    }
}
