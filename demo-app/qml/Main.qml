import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

ApplicationWindow {
    id: window
    width: 1180
    height: 800
    // The layout test (tests/demo) checks every page at this size, in every language.
    minimumWidth: 940
    minimumHeight: 640
    visible: true
    title: qsTr("Clerk Qt demo")
    color: ClerkTheme.backgroundColor
    font: ClerkTheme.font
    locale: Qt.locale(ClerkLanguage.localeName)
    // The style's own controls (tool bar, drop-downs, scroll bars, popups) in the theme's colours too.
    palette.window: ClerkTheme.backgroundColor
    palette.windowText: ClerkTheme.textColor
    palette.base: ClerkTheme.fieldColor
    palette.alternateBase: ClerkTheme.backgroundColor
    palette.text: ClerkTheme.textColor
    palette.button: ClerkTheme.surfaceColor
    palette.buttonText: ClerkTheme.textColor
    palette.highlight: ClerkTheme.accentColor
    palette.highlightedText: ClerkTheme.accentTextColor
    palette.mid: ClerkTheme.borderColor
    palette.dark: ClerkTheme.borderColor
    palette.light: ClerkTheme.surfaceColor
    palette.toolTipBase: ClerkTheme.surfaceColor
    palette.toolTipText: ClerkTheme.textColor
    palette.placeholderText: ClerkTheme.mutedTextColor
    palette.link: ClerkTheme.accentColor

    /// The colour scheme by name (--theme): "system", "light" or "dark".
    function setTheme(name) {
        ClerkTheme.scheme = name === "dark" ? ClerkTheme.Dark : name === "light" ? ClerkTheme.Light : ClerkTheme.System
    }
    Component.onCompleted: setTheme(demo.initialTheme)

    // Set by main.cpp before this file is loaded.
    readonly property Auth auth: AuthProvider.auth

    // The tool bar, and under it the offline banner while Auth.offline says the account shown is the last known one.
    header: ColumnLayout {
        spacing: 0
        ToolBar {
            Layout.fillWidth: true
            background: Rectangle {
                color: ClerkTheme.surfaceColor
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: 1
                    color: ClerkTheme.borderColor
                }
            }
            leftPadding: 16
            rightPadding: 12
            topPadding: 2
            bottomPadding: 6
            // Two rows, so that nothing is squeezed at the window's minimum width in long languages: the app and the
            // account on top, the instance it talks to and the settings under them.
            ColumnLayout {
                width: parent.width
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Rectangle {
                        width: 26
                        height: 26
                        radius: 7
                        color: ClerkTheme.accentColor
                        Accessible.ignored: true
                        Label {
                            anchors.centerIn: parent
                            text: "C"
                            color: ClerkTheme.accentTextColor
                            font.weight: Font.Black
                            Accessible.ignored: true // the logo: the title beside it says the same
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Clerk Qt demo")
                        wrapMode: Text.Wrap
                        font.pointSize: ClerkTheme.font.pointSize + 2
                        font.weight: Font.Bold
                        color: ClerkTheme.textColor
                    }
                    OrganizationSwitcher {
                        objectName: "headerOrganizationSwitcher"
                        Layout.topMargin: 6
                        Layout.bottomMargin: 6
                        onCreateOrganizationRequested: createOrganization.open()
                    }
                    // "Manage account" opens its UserProfile dialog (UserButton's default).
                    UserButton {
                        id: userButton
                        objectName: "headerUserButton"
                        Layout.topMargin: 4
                        Layout.bottomMargin: 4
                        onAddAccountRequested: addAccount.open()
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    // The address is a long URL: it breaks anywhere if it must.
                    Label {
                        objectName: "instanceLabel"
                        Layout.fillWidth: true
                        Layout.leftMargin: 38 // under the title, past the logo
                        //: %1 is the emulator's address (http://127.0.0.1:port)
                        text: demo.emulated ? qsTr("local emulator at %1").arg(demo.instanceLabel) : demo.instanceLabel
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: ClerkTheme.mutedTextColor
                    }
                    SettingsButtons {}
                    // The emulator's instance profiles (emulator/seeds/profiles): each one loads a fresh instance.
                    ComboBox {
                        id: profileBox
                        objectName: "profileSwitch"
                        visible: demo.emulated
                        model: demo.profiles
                        textRole: "name"
                        valueRole: "name"
                        implicitContentWidthPolicy: ComboBox.WidestText
                        Component.onCompleted: currentIndex = indexOfValue(demo.profile)
                        onActivated: {
                            if (!demo.useProfile(currentValue))
                                currentIndex = indexOfValue(demo.profile)
                        }
                        delegate: ItemDelegate {
                            required property var modelData
                            required property int index
                            width: Math.max(profileBox.width, 420)
                            highlighted: profileBox.highlightedIndex === index
                            contentItem: Column {
                                Label {
                                    text: modelData.name
                                    font.weight: Font.DemiBold
                                }
                                Label {
                                    width: 400
                                    text: profileBox.describe(modelData)
                                    wrapMode: Text.Wrap
                                    color: ClerkTheme.mutedTextColor
                                }
                            }
                        }
                        ToolTip.visible: hovered && currentIndex >= 0
                        ToolTip.text: currentIndex >= 0 ? profileBox.describe(demo.profiles[currentIndex]) : ""
                        function describe(profile) {
                            return profile.description || qsTr("The emulator's default instance.")
                        }
                        Accessible.name: qsTr("Instance profile")
                    }
                }
            }
        }
        Rectangle {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            implicitHeight: offlineText.implicitHeight + 16
            visible: auth.offline
            color: ClerkTheme.surfaceColor
            border.color: ClerkTheme.accentColor
            Label {
                id: offlineText
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 16
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.Wrap
                text: qsTr("Offline — showing the last known account. Clerk is asked again as soon as the network is back.")
                color: ClerkTheme.textColor
            }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: offlineText.text
        }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: auth.status === Auth.Loading
        visible: running
        Accessible.name: qsTr("Loading")
    }
    Label {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.verticalCenter
        anchors.topMargin: 40
        // Why the start takes long (offline, keychain): Auth's own failures are its backgroundError.
        visible: auth.status === Auth.Loading && !auth.backgroundError.isNull
        text: qsTr("Waiting for Clerk: %1").arg(FormErrors.messageOf(auth.backgroundError))
        color: ClerkTheme.mutedTextColor
    }

    SignedOut {
        anchors.fill: parent
        SignedOutView {
            anchors.fill: parent
        }
    }
    SignedIn {
        anchors.fill: parent
        SignedInView {
            anchors.fill: parent
            onAddAccountRequested: addAccount.open()
            onManageAccountRequested: userButton.profileDialog.open()
            onManageOrganizationRequested: organizationProfile.open()
            onCreateOrganizationRequested: createOrganization.open()
        }
    }

    /// Makes the organization with `slug` active, then opens its profile (clerk-demo --show-organization).
    function showOrganization(slug) {
        const membership = auth.memberships.find(m => m.organization.slug === slug)
        if (!membership) {
            console.warn("clerk-demo: not a member of", slug)
            return
        }
        const reply = auth.setActiveOrganization(membership.organization.id)
        reply.finished.connect(window, function () {
            if (!reply.hasError)
                organizationProfile.open()
        })
    }

    // The active organization's pages (general, members, invitations, requests, domains — as permitted).
    Popup {
        id: organizationProfile
        objectName: "organizationProfileDialog"
        anchors.centerIn: Overlay.overlay
        modal: true
        padding: 0
        background: null
        OrganizationProfile {
            objectName: "organizationProfile"
            width: Math.min(780, window.width - 40)
            height: Math.min(560, window.height - 40)
            closable: true
            onCloseRequested: organizationProfile.close()
        }
    }

    Popup {
        id: createOrganization
        objectName: "createOrganizationDialog"
        anchors.centerIn: Overlay.overlay
        modal: true
        padding: 24
        background: Rectangle {
            color: ClerkTheme.surfaceColor
            radius: ClerkTheme.radius * 1.5
            border.color: ClerkTheme.borderColor
        }
        CreateOrganization {
            width: 420
            cancelable: true
            onCreated: createOrganization.close()
            onCanceled: createOrganization.close()
        }
    }

    // A second account on the same client (multi-session).
    Popup {
        id: addAccount
        anchors.centerIn: Overlay.overlay
        modal: true
        padding: 0
        background: null
        onOpened: addSignIn.reset()
        SignIn {
            id: addSignIn
            width: 400
            title: qsTr("Add an account")
            showSignUpLink: false
            onSignedIn: addAccount.close()
        }
    }
}
