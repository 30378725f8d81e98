import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The signed-in user's account: a list of pages on the left, the current page on the right. A page shows only
// where it is `available` — where the instance (Auth.userSettings, which UserProfile loads with
// Auth.loadEnvironment() whenever it appears) and the user enable it.
//
// The interface of a page (the entries of `pages`; UserProfile relies on nothing else):
//   - an Item, sized by UserProfile to the page area's width; its implicitHeight is its content's;
//   - `property var auth`: set by UserProfile to its own Auth (bound);
//   - `readonly property string title`: its name in the list and its heading (translated);
//   - `readonly property bool available`: whether to list it now; it may change at any time (environment loaded,
//     user changed), and UserProfile then moves off a page that is no longer available;
//   - it emits nothing UserProfile must know, and shows its own errors (AccountPage gives it the means).
//   - optionally `property bool headingShown`: a page that heads itself when used alone; UserProfile sets it to
//     false, as it shows the title above the page. When a page opens by keyboard, UserProfile focuses its first
//     text field (else its first control that takes the focus); Escape inside a page reaches UserProfile only if
//     the page did not accept it (a page with steps uses it to go back one).
// Every page is created with UserProfile and kept while it lives; only the current one is visible, so a page that
// loads data does so when it becomes visible.
//
// Keyboard: the list of pages is a tab list — Up/Down (Home/End) walk it, Enter or Space opens a page and moves the
// focus to its first field (or first control), Tab leaves the list for the page; Escape asks to close
// (closeRequested()) where the profile is closable, once no page has taken it for its own step back.
ClerkPane {
    id: root

    property Auth auth: AuthProvider.auth
    /// The pages, in the order listed: `name` (for currentPage) and the page's `url` (a QML file: relative to the
    /// Clerk module for its own pages, absolute for an app's). Assign a new list to add, remove or reorder pages.
    property var pages: [
        { name: "profile", url: "ProfilePage.qml" },
        { name: "emailAddresses", url: "EmailAddressesPage.qml" },
        { name: "phoneNumbers", url: "PhoneNumbersPage.qml" },
        { name: "password", url: "PasswordPage.qml" },
        { name: "twoFactor", url: "TwoFactorPage.qml" },
        { name: "connectedAccounts", url: "ConnectedAccountsPage.qml" },
        { name: "devices", url: "DevicesPage.qml" },
        { name: "deleteAccount", url: "DeleteAccountPage.qml" }
    ]
    /// The page asked for, by name; UserProfile shows it while it is available, else the first available page.
    property string currentPage: "profile"
    /// The name of the page shown; empty while no page is available.
    readonly property string shownPage: shown.name
    /// The page shown (its item); null while none is available.
    readonly property Item currentItem: shown.item
    /// The heading above the list of pages.
    property string heading: qsTr("Account")
    /// The line under the heading.
    property string subheading: qsTr("Manage your account info.")
    /// Show a close button in the heading (as UserButton's dialog does); it emits closeRequested().
    property bool closable: false

    /// The close button was clicked.
    signal closeRequested()

    /// The loaded page called `name` (whether available or not); null if there is none.
    function pageItem(name) {
        for (let i = 0; i < nav.count; ++i) {
            const entry = nav.itemAt(i)
            if (entry && entry.name === name)
                return entry.page
        }
        return null
    }

    function refresh() {
        let first = null
        let wanted = null
        for (let i = 0; i < nav.count; ++i) {
            const entry = nav.itemAt(i)
            if (!entry || !entry.page || !entry.page.available)
                continue
            if (!first)
                first = entry
            if (entry.name === currentPage)
                wanted = entry
        }
        const chosen = wanted || first
        shown.name = chosen ? chosen.name : ""
        shown.item = chosen ? chosen.page : null
        if (chosen && shown.focusPending)
            focusNavigation()
    }

    /// Gives the keyboard focus to the entry of the page shown (as when the profile opens); if no page is shown
    /// yet (the pages are still loading), to the first one that shows.
    function focusNavigation() {
        shown.focusPending = true
        for (let i = 0; i < nav.count; ++i) {
            const entry = nav.itemAt(i)
            if (entry && entry.current) {
                shown.focusPending = false
                entry.forceActiveFocus(Qt.TabFocusReason)
                return
            }
        }
    }

    /// Gives the focus to the shown page's first text field, else its first control that takes the focus.
    function focusPage() {
        const page = currentItem
        if (!page)
            return
        const inPage = function (item) {
            for (let p = item; p; p = p.parent) {
                if (p === page)
                    return true
            }
            return false
        }
        let first = null
        let item = page.nextItemInFocusChain(true)
        // The chain is a cycle through the whole window: stop where it leaves the page or comes round again.
        for (let n = 0; item && inPage(item) && item !== first && n < 200; ++n) {
            if (!first)
                first = item
            if (item.echoMode !== undefined && !item.readOnly) {
                first = item
                break
            }
            item = item.nextItemInFocusChain(true)
        }
        if (first)
            first.forceActiveFocus(Qt.TabFocusReason)
    }

    // Opens a page from the list; by keyboard the focus follows into it.
    function openPage(name, byKeyboard) {
        currentPage = name
        if (byKeyboard)
            Qt.callLater(focusPage)
    }

    // The entry `step` places after (1) or before (-1) `from` among the listed ones, wrapping round.
    function moveInList(from, step) {
        const visible = []
        let at = -1
        for (let i = 0; i < nav.count; ++i) {
            const entry = nav.itemAt(i)
            if (entry && entry.visible) {
                if (entry === from)
                    at = visible.length
                visible.push(entry)
            }
        }
        if (visible.length === 0)
            return
        const index = step === "first" ? 0 : step === "last" ? visible.length - 1
                    : (at + step + visible.length) % visible.length
        visible[index].forceActiveFocus(Qt.TabFocusReason)
    }

    function loadEnvironment() {
        if (auth && visible && auth.status !== Auth.Loading)
            auth.loadEnvironment()
    }

    QtObject {
        id: shown
        property string name: ""
        property Item item: null
        property bool focusPending: false
    }

    // A field the keyboard moves to below or above the visible part of the page scrolls into view.
    readonly property Item focusedItem: Window.activeFocusItem
    onFocusedItemChanged: {
        const item = focusedItem
        if (!item)
            return
        let inPage = false
        for (let p = item.parent; p && !inPage; p = p.parent)
            inPage = p === pageArea
        if (!inPage)
            return
        const flick = scroll.contentItem
        const top = item.mapToItem(pageArea, 0, 0).y
        const bottom = top + item.height
        const margin = 8
        if (top - margin < flick.contentY)
            flick.contentY = Math.max(0, top - margin)
        else if (bottom + margin > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height), bottom + margin - flick.height)
    }
    onCurrentPageChanged: refresh()
    onVisibleChanged: loadEnvironment()
    onAuthChanged: loadEnvironment()
    Component.onCompleted: loadEnvironment()

    padding: 0
    implicitWidth: 780
    implicitHeight: 560

    Keys.onEscapePressed: (event) => {
        event.accepted = root.closable
        if (root.closable)
            root.closeRequested()
    }

    contentItem: RowLayout {
        spacing: 0

        // The list of pages.
        ColumnLayout {
            id: pageList
            objectName: "pageList"
            // Sized by these hints alone (not by its entries, whose labels wrap to its width).
            Layout.preferredWidth: 210
            Layout.minimumWidth: 160
            Layout.maximumWidth: 210
            Layout.fillHeight: true
            Layout.margins: 16
            spacing: 4

            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: 2
                text: root.heading
                font.pointSize: root.font.pointSize + 5
                font.weight: Font.Bold
                color: ClerkTheme.textColor
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: 12
                text: root.subheading
                color: ClerkTheme.mutedTextColor
                wrapMode: Text.Wrap
            }
            // The tab list screen readers see: a named container of the page tabs.
            ColumnLayout {
                objectName: "pageTabs"
                Layout.fillWidth: true
                spacing: 4
                Accessible.role: Accessible.PageTabList
                //: The name of the list of pages in UserProfile/OrganizationProfile; %1 is its heading ("Account").
                Accessible.name: qsTr("%1 pages").arg(root.heading)
                Repeater {
                    id: nav
                    model: root.pages
                    onItemAdded: Qt.callLater(root.refresh)
                    onItemRemoved: Qt.callLater(root.refresh)
                    delegate: AbstractButton {
                        id: entry
                        required property var modelData
                        readonly property string name: modelData.name
                        readonly property Item page: loader.item
                        readonly property bool available: page ? page.available : false
                        readonly property bool current: root.shownPage === name

                        objectName: "nav_" + name
                        Layout.fillWidth: true
                        visible: available
                        text: page ? page.title : ""
                        font: root.font
                        padding: 8
                        leftPadding: 12
                        hoverEnabled: true
                        // Only the shown page's entry is a Tab stop (the arrows reach the others): Tab moves on to the page.
                        focusPolicy: current ? Qt.StrongFocus : Qt.ClickFocus
                        Accessible.role: Accessible.PageTab
                        Accessible.name: text
                        Accessible.selected: current
                        Accessible.focusable: true
                        Accessible.onPressAction: root.openPage(name, false)
                        onAvailableChanged: Qt.callLater(root.refresh)
                        onClicked: root.openPage(name, false)
                        Keys.onUpPressed: root.moveInList(entry, -1)
                        Keys.onDownPressed: root.moveInList(entry, 1)
                        Keys.onPressed: (event) => {
                            if (event.key === Qt.Key_Home || event.key === Qt.Key_End) {
                                root.moveInList(entry, event.key === Qt.Key_Home ? "first" : "last")
                                event.accepted = true
                            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter
                                       || event.key === Qt.Key_Space) {
                                root.openPage(name, true)
                                event.accepted = true
                            }
                        }

                        background: Rectangle {
                            radius: root.radius
                            color: entry.current ? Qt.rgba(root.accentColor.r, root.accentColor.g, root.accentColor.b, 0.1)
                                   : entry.hovered ? ClerkTheme.hoverColor : "transparent"
                            border.width: entry.visualFocus ? 2 : 0
                            border.color: root.accentColor
                        }
                        // A long title ("Bestätigung in zwei Schritten") wraps onto a second line in the list's
                        // width.
                        contentItem: Item {
                            // At most what the list's minimum width leaves inside an entry's padding; a fixed bound,
                            // not the list's width: that width is laid out from these sizes.
                            implicitWidth: Math.min(Math.ceil(titleMetrics.advanceWidth) + 1,
                                                    pageList.Layout.minimumWidth - entry.leftPadding - entry.rightPadding)
                            implicitHeight: titleLabel.implicitHeight
                            Label {
                                id: titleLabel
                                width: parent.width
                                text: entry.text
                                font.weight: entry.current ? Font.DemiBold : Font.Normal
                                color: entry.current ? root.accentColor : ClerkTheme.textColor
                                wrapMode: Text.Wrap
                            }
                            TextMetrics {
                                id: titleMetrics
                                text: entry.text
                                font.family: entry.font.family
                                font.pointSize: entry.font.pointSize
                                font.weight: Font.DemiBold
                            }
                        }

                        // The page itself lives in the page area; its life is this entry's.
                        Loader {
                            id: loader
                            parent: pageArea
                            width: pageArea.width
                            visible: entry.current
                            source: Qt.resolvedUrl(entry.modelData.url)
                            onLoaded: {
                                item.auth = Qt.binding(function () { return root.auth })
                                // A page that can show its own heading does not repeat the one above it here.
                                if (item.headingShown !== undefined)
                                    item.headingShown = false
                                Qt.callLater(root.refresh)
                            }
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: ClerkTheme.borderColor
        }

        // The current page under its heading.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 24
            spacing: 16

            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "pageTitle"
                    Layout.fillWidth: true
                    text: root.currentItem ? root.currentItem.title : ""
                    font.pointSize: root.font.pointSize + 4
                    font.weight: Font.Bold
                    color: ClerkTheme.textColor
                    wrapMode: Text.Wrap
                }
                ToolButton {
                    objectName: "closeButton"
                    visible: root.closable
                    text: "\u2715"
                    // An icon-only button: its name is written for it.
                    Accessible.name: qsTr("Close")
                    Keys.onReturnPressed: root.closeRequested()
                    Keys.onEnterPressed: root.closeRequested()
                    onClicked: root.closeRequested()
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 1
                color: ClerkTheme.borderColor
            }
            ScrollView {
                id: scroll
                objectName: "pageScroll"
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Its implicit size follows its content, whose width is the ScrollView's: a size of its own keeps
                // the layout from chasing it.
                Layout.preferredWidth: 400
                Layout.preferredHeight: 300
                clip: true
                contentWidth: availableWidth
                contentHeight: root.currentItem ? root.currentItem.implicitHeight : 0
                Item {
                    id: pageArea
                    width: scroll.availableWidth
                    implicitHeight: root.currentItem ? root.currentItem.implicitHeight : 0
                }
            }
        }
    }
}
