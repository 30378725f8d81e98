import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The signed-in user's avatar; its menu switches session and organization and signs out. An "Offline" badge
// beside the name says when Auth.offline shows the last known account.
AbstractButton {
    id: root

    property Auth auth: AuthProvider.auth
    property color accentColor: ClerkTheme.accentColor
    property real radius: ClerkTheme.radius
    /// Show the user's name next to the avatar.
    property bool showName: true
    property real avatarSize: 30
    /// "Manage account" opens a UserProfile in a dialog (`profileDialog`). An app that shows its own on
    /// manageAccountRequested() sets this to false.
    property bool opensUserProfile: true
    readonly property alias menu: menu
    /// The dialog "Manage account" opens: a Popup holding `userProfile` while it is open.
    readonly property alias profileDialog: profileDialog
    /// The UserProfile of profileDialog; null while the dialog is closed.
    readonly property UserProfile userProfile: profileLoader.item
    readonly property var user: auth ? auth.user : null
    readonly property string displayName: user ? (user.fullName || user.username || user.primaryEmailAddress) : ""
    readonly property var otherSessions: auth ? auth.sessions.filter(s => s.id !== auth.session.id
                                                                          && s.status === Session.Active) : []

    /// "Add account" was chosen: show a SignIn (multi-session instances).
    signal addAccountRequested()
    /// "Manage account" was chosen (the dialog opens too, unless opensUserProfile is false).
    signal manageAccountRequested()

    function displayNameOf(u) { return u.fullName || u.username || u.primaryEmailAddress }
    function track(reply) {
        // The operation's own error, from its reply. `root` as the receiver: the connection ends with this button,
        // which a gate may destroy before the reply finishes.
        if (reply)
            reply.finished.connect(root, function () {
                if (reply.hasError)
                    root.ToolTip.show(reply.error.message, 4000)
            })
    }

    visible: auth !== null && auth.signedIn
    font: ClerkTheme.font
    padding: 4
    hoverEnabled: true
    onClicked: menu.opened ? menu.close() : menu.open()
    Accessible.name: qsTr("User menu of %1").arg(displayName)

    background: Rectangle {
        radius: root.radius
        color: root.down || menu.opened ? Qt.rgba(0, 0, 0, 0.08) : root.hovered ? Qt.rgba(0, 0, 0, 0.04) : "transparent"
    }
    contentItem: RowLayout {
        spacing: 8
        Avatar {
            size: root.avatarSize
            name: root.displayName
            imageUrl: root.user ? root.user.imageUrl : ""
            hasImage: root.user ? root.user.hasImage : false
        }
        Label {
            objectName: "userName"
            visible: root.showName
            text: root.displayName
            color: ClerkTheme.textColor
            font.weight: Font.DemiBold
        }
        // Auth.offline: what the button shows is the last known account, not yet confirmed by Clerk.
        Label {
            objectName: "offlineBadge"
            visible: root.auth !== null && root.auth.offline
            text: qsTr("Offline")
            color: ClerkTheme.mutedTextColor
            font.pointSize: Math.max(7, ClerkTheme.font.pointSize - 2)
            leftPadding: 6
            rightPadding: 6
            topPadding: 1
            bottomPadding: 1
            background: Rectangle {
                radius: height / 2
                color: "transparent"
                border.color: ClerkTheme.borderColor
            }
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Offline: showing the last known account")
        }
    }

    Menu {
        id: menu
        objectName: "userMenu"
        y: root.height + 4
        width: Math.max(260, implicitWidth)

        MenuItem {
            enabled: false
            height: implicitHeight
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    text: root.displayName
                    font.weight: Font.DemiBold
                    color: ClerkTheme.textColor
                }
                Label {
                    text: root.user ? root.user.primaryEmailAddress : ""
                    color: ClerkTheme.mutedTextColor
                }
                Label {
                    visible: root.auth && !root.auth.organization.isNull
                    text: root.auth ? qsTr("%1 · %2").arg(root.auth.organization.name).arg(root.auth.membership.roleName
                                                                                          || root.auth.membership.role) : ""
                    color: ClerkTheme.mutedTextColor
                }
            }
        }
        MenuSeparator {}
        Menu {
            id: orgMenu
            title: qsTr("Switch organization")
            MenuItem {
                objectName: "personalAccountItem"
                text: qsTr("Personal account")
                checkable: true
                checked: root.auth ? root.auth.organization.isNull : false
                onTriggered: root.track(root.auth.setActiveOrganization(""))
            }
            Instantiator {
                model: root.auth ? root.auth.organizations : []
                delegate: MenuItem {
                    objectName: "orgItem_" + modelData.slug
                    text: modelData.name
                    checkable: true
                    checked: root.auth.organization.id === modelData.id
                    onTriggered: root.track(root.auth.setActiveOrganization(modelData.id))
                }
                onObjectAdded: (index, object) => orgMenu.insertItem(index + 1, object)
                onObjectRemoved: (index, object) => orgMenu.removeItem(object)
            }
        }
        Menu {
            id: sessionMenu
            title: qsTr("Switch account")
            enabled: root.otherSessions.length > 0
            Instantiator {
                model: root.otherSessions
                delegate: MenuItem {
                    objectName: "sessionItem_" + modelData.id
                    text: root.displayNameOf(modelData.user)
                    onTriggered: root.track(root.auth.setActive(modelData.id, modelData.lastActiveOrganizationId))
                }
                onObjectAdded: (index, object) => sessionMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => sessionMenu.removeItem(object)
            }
        }
        MenuItem {
            objectName: "addAccountItem"
            text: qsTr("Add account")
            onTriggered: root.addAccountRequested()
        }
        MenuItem {
            objectName: "manageAccountItem"
            text: qsTr("Manage account")
            onTriggered: {
                root.manageAccountRequested()
                if (root.opensUserProfile)
                    profileDialog.open()
            }
        }
        MenuSeparator {}
        MenuItem {
            objectName: "signOutItem"
            text: qsTr("Sign out")
            onTriggered: root.track(root.auth.signOut(root.auth.session.id))
        }
        MenuItem {
            objectName: "signOutAllItem"
            text: qsTr("Sign out of all accounts")
            enabled: root.otherSessions.length > 0
            onTriggered: root.track(root.auth.signOut())
        }
    }

    Popup {
        id: profileDialog
        objectName: "userProfileDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(820, parent.width - 32) : 820
        height: parent ? Math.min(600, parent.height - 32) : 600
        modal: true
        padding: 0
        background: null
        // Created when opened, so a closed dialog costs nothing and each opening starts from fresh pages.
        contentItem: Loader {
            id: profileLoader
            active: profileDialog.visible
            sourceComponent: UserProfile {
                auth: root.auth
                closable: true
                onCloseRequested: profileDialog.close()
            }
        }
    }
}
