import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
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

    // The menu's own read of the invitations while it is pending. Its answer carries the client as the server had
    // it then; a switch sent before that answer arrives could be undone by it (the SDK applies every answer's
    // client), so a switch waits for it.
    property var invitationsLoad: null

    function switchTo(organizationId) {
        popup.close()
        if (invitationsLoad) {
            invitationsLoad.finished.connect(root, function () { root.switchTo(organizationId) })
            return
        }
        const reply = auth.setActiveOrganization(organizationId)
        if (!reply)
            return
        pending += 1
        // The switch's own error, from its reply. `root` as the receiver: the connection ends with this component,
        // which a gate may destroy while the reply is still pending.
        reply.finished.connect(root, function () {
            pending -= 1
            if (reply.hasError)
                errorTip.show(FormErrors.messageOf(reply.error), 4000)
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
                errorTip.show(FormErrors.messageOf(failure), 4000)
        })
    }

    Connections {
        target: popup
        function onAboutToShow() {
            if (!root.auth || !root.auth.signedIn)
                return
            const load = root.auth.organizationManager.loadMyInvitations()
            root.invitationsLoad = load
            if (load)
                load.finished.connect(root, function () {
                    if (root.invitationsLoad === load)
                        root.invitationsLoad = null
                })
        }
        // The keyboard starts on the active choice, so Enter at once keeps it and the arrows go from there.
        function onOpened() {
            for (let i = 0; i < popup.count; ++i) {
                const item = popup.itemAt(i)
                if (item && item.checked && item.enabled) {
                    popup.currentIndex = i
                    return
                }
            }
        }
        // Focus back on the switcher once the menu is gone (Escape, a choice, a click outside) — unless the choice
        // was "Create organization", whose form the app shows and focuses next.
        function onClosed() {
            if (root.handingOffFocus)
                root.handingOffFocus = false
            else if (root.visible && !root.focusTakenElsewhere())
                root.forceActiveFocus(Qt.PopupFocusReason)
        }
    }
    property bool handingOffFocus: false
    // A click outside that closed the menu may have focused what it clicked (a field): that keeps the focus.
    function focusTakenElsewhere() {
        const window = root.Window.window
        const focused = window ? window.activeFocusItem : null
        if (!focused || focused === window.contentItem || focused === root.Overlay.overlay)
            return false
        for (let p = focused; p; p = p.parent) {
            if (p === root || p === popup.contentItem || p === root.Overlay.overlay)
                return false
        }
        return true
    }

    // How many invitations wait: a badge on the button's corner (read to screen readers in the description).
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
        Accessible.ignored: true
        Label {
            id: badgeLabel
            objectName: "invitationCountLabel"
            anchors.centerIn: parent
            text: Number(root.invitations.length).toLocaleString(Qt.locale(ClerkLanguage.localeName), "f", 0)
            color: ClerkTheme.accentTextColor
            font.pointSize: Math.max(6, ClerkTheme.font.pointSize - 3)
            font.weight: Font.Bold
            Accessible.ignored: true
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
    focusPolicy: Qt.StrongFocus
    onClicked: popup.opened ? popup.close() : popup.open()
    // Space clicks (the control's own); Enter and the down arrow open the menu too, as in a combo box.
    Keys.onReturnPressed: popup.open()
    Keys.onEnterPressed: popup.open()
    Keys.onDownPressed: popup.open()

    Accessible.role: Accessible.ButtonMenu
    //: The organization switcher button, as screen readers name it; %1 is the active organization or "Personal account"
    Accessible.name: qsTr("Switch organization, current: %1").arg(currentName)
    Accessible.description: invitations.length > 0 ? qsTr("%n pending invitation(s)", "", invitations.length) : ""

    background: Rectangle {
        radius: root.radius
        border.color: root.visualFocus ? root.accentColor : ClerkTheme.borderColor
        border.width: root.visualFocus ? 2 : 1
        color: root.down || popup.opened || root.hovered ? ClerkTheme.hoverColor : ClerkTheme.surfaceColor
    }
    contentItem: RowLayout {
        spacing: 8
        // The organization's logo, or the user's own picture for the personal account (as Clerk's switcher).
        Avatar {
            readonly property bool personal: !root.auth || root.auth.organization.isNull
            readonly property var user: root.auth ? root.auth.user : null
            size: 24
            square: !personal
            name: !personal ? root.currentName : user ? (user.fullName || user.username || user.primaryEmailAddress) : ""
            hasImage: !root.auth ? false : personal ? (user ? user.hasImage : false) : root.auth.organization.hasImage
            imageUrl: !root.auth ? "" : personal ? (user ? user.imageUrl : "") : root.auth.organization.imageUrl
            // The button's name says it already.
            Accessible.ignored: true
        }
        Label {
            objectName: "currentOrganization"
            Layout.fillWidth: true
            Layout.maximumWidth: 240
            text: root.currentName
            elide: Text.ElideRight
            font.weight: Font.DemiBold
            color: ClerkTheme.textColor
            Accessible.ignored: true
        }
        BusyIndicator {
            visible: root.busy
            running: root.busy
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
            Accessible.ignored: true
        }
        Label {
            text: "▾"
            color: ClerkTheme.mutedTextColor
            Accessible.ignored: true
        }
    }

    // A failed switch or acceptance, announced (AlertMessage) and shown by the button for a while.
    ToolTip {
        id: errorTip
        objectName: "organizationSwitcherError"
        parent: root
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

    Menu {
        id: popup
        objectName: "organizationMenu"
        y: root.height + 4
        width: Math.max(root.width, 260)
        font: ClerkTheme.font
        // The style's own parts (separators, scroll indicator) in the theme's colours too.
        palette.window: ClerkTheme.surfaceColor
        palette.windowText: ClerkTheme.textColor
        palette.base: ClerkTheme.surfaceColor
        palette.text: ClerkTheme.textColor
        palette.button: ClerkTheme.surfaceColor
        palette.buttonText: ClerkTheme.textColor
        palette.highlight: root.accentColor
        palette.highlightedText: ClerkTheme.accentTextColor
        palette.mid: ClerkTheme.borderColor
        palette.dark: ClerkTheme.borderColor
        palette.light: ClerkTheme.surfaceColor
        palette.midlight: ClerkTheme.borderColor
        background: Rectangle {
            implicitWidth: 260
            color: ClerkTheme.surfaceColor
            border.color: ClerkTheme.borderColor
            radius: root.radius
        }

        OrganizationMenuItem {
            objectName: "personalAccountItem"
            visible: root.allowPersonalAccount
            // Hidden, it must not be walked to with the arrow keys either.
            enabled: visible
            height: visible ? implicitHeight : 0
            showLogo: false
            text: qsTr("Personal account")
            checkable: true
            checked: root.auth ? root.auth.organization.isNull : false
            onTriggered: root.switchTo("")
        }
        Instantiator {
            model: root.auth ? root.auth.memberships : []
            delegate: OrganizationMenuItem {
                objectName: "orgItem_" + modelData.organization.slug
                checkable: true
                checked: root.auth.organization.id === modelData.organization.id
                text: modelData.organization.name
                hasImage: modelData.organization.hasImage
                imageUrl: modelData.organization.imageUrl
                detail: modelData.roleName || modelData.role.replace("org:", "")
                onTriggered: root.switchTo(modelData.organization.id)
            }
            onObjectAdded: (index, object) => popup.insertItem(index + 1, object)
            onObjectRemoved: (index, object) => popup.removeItem(object)
        }
        MenuSeparator {
            id: invitationsSeparator
            visible: root.invitations.length > 0
            height: visible ? implicitHeight : 0
            Accessible.ignored: true
        }
        Instantiator {
            model: root.invitations
            delegate: OrganizationMenuItem {
                objectName: "invitationItem_" + modelData.publicOrganizationData.slug
                text: qsTr("Accept invitation to %1").arg(modelData.publicOrganizationData.name)
                displayName: modelData.publicOrganizationData.name
                hasImage: modelData.publicOrganizationData.hasImage
                imageUrl: modelData.publicOrganizationData.imageUrl
                detail: qsTr("Accept")
                detailColor: root.accentColor
                Accessible.name: text
                onTriggered: root.acceptInvitation(modelData.id)
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
        MenuSeparator { Accessible.ignored: true }
        OrganizationMenuItem {
            objectName: "createOrganizationItem"
            showLogo: false
            text: qsTr("Create organization")
            detail: ""
            onTriggered: {
                root.handingOffFocus = true
                root.createOrganizationRequested()
            }
        }
    }
}
