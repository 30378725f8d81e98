import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The signed-in user's avatar; its menu switches session and organization and signs out. An "Offline" badge
// beside the name says when Auth.offline shows the last known account.
//
// Keyboard: Enter or Space opens the menu, the arrow keys walk it (Right/Left into and out of a submenu), Escape
// closes it; the focus comes back to the button when the menu or the "Manage account" dialog closes.
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
                if (reply.hasError) {
                    errorTip.text = FormErrors.messageOf(reply.error)
                    errorTip.open()
                }
            })
    }

    visible: auth !== null && auth.signedIn
    font: ClerkTheme.font
    padding: 4
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    onClicked: menu.opened ? menu.close() : menu.open()
    // Space clicks a button already; Enter opens the menu too.
    Keys.onReturnPressed: menu.open()
    Keys.onEnterPressed: menu.open()
    Accessible.role: Accessible.ButtonMenu
    Accessible.name: qsTr("User menu of %1").arg(displayName)

    background: Rectangle {
        radius: root.radius
        color: root.down || root.hovered || menu.opened ? ClerkTheme.hoverColor : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: root.accentColor
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
            Accessible.ignored: !visible
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

    // An error of a menu operation (switching, signing out), read out as an alert.
    ToolTip {
        id: errorTip
        objectName: "errorTip"
        y: root.height + 4
        timeout: 6000
        palette.toolTipBase: ClerkTheme.surfaceColor
        palette.toolTipText: ClerkTheme.errorColor
        contentItem: Label {
            text: errorTip.text
            color: ClerkTheme.errorColor
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        background: Rectangle {
            color: ClerkTheme.surfaceColor
            border.color: ClerkTheme.errorColor
            radius: root.radius
        }
    }

    UserButtonMenu {
        id: menu
        objectName: "userMenu"
        y: root.height + 4
        width: Math.max(260, implicitWidth)
        // The focus goes back to the button, unless "Manage account" opened the dialog, which takes it.
        onClosed: if (!profileDialog.visible) root.forceActiveFocus(Qt.PopupFocusReason)

        // Who is signed in; not an item to choose, but named for screen readers (the text is not drawn: the
        // content below is).
        MenuItem {
            enabled: false
            height: implicitHeight
            text: root.displayName
            Accessible.name: text
            Accessible.description: root.user ? root.user.primaryEmailAddress : ""
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: root.displayName
                    font.weight: Font.DemiBold
                    color: ClerkTheme.textColor
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: root.user ? root.user.primaryEmailAddress : ""
                    color: ClerkTheme.mutedTextColor
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    visible: root.auth && !root.auth.organization.isNull
                    text: root.auth ? qsTr("%1 · %2").arg(root.auth.organization.name).arg(root.auth.membership.roleName
                                                                                          || root.auth.membership.role) : ""
                    color: ClerkTheme.mutedTextColor
                }
            }
        }
        MenuSeparator {}
        UserButtonMenu {
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
        UserButtonMenu {
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
        // Keys go to the profile inside; Escape closes the dialog through it (UserProfile.closeRequested), after a
        // page has had the chance to go back a step with it.
        focus: true
        closePolicy: Popup.CloseOnPressOutside
        padding: 0
        background: null
        onOpened: if (root.userProfile) root.userProfile.focusNavigation()
        onClosed: root.forceActiveFocus(Qt.PopupFocusReason)
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
