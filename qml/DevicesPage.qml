import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// UserProfile's devices page: the user's active sessions on every device (Account::loadDeviceSessions) with the
// browser, the device, the IP address and place when Clerk knows them and when each was last used; this
// client's own session is marked "This device", the others can be signed out (Account::revokeSession): that
// device is signed out on its next request. The list is read again whenever the page is shown.
Item {
    id: root

    property var auth: AuthProvider.auth
    readonly property string title: qsTr("Devices")
    readonly property bool available: !!auth && auth.signedIn
    readonly property var sessions: auth ? auth.account.deviceSessions : []
    readonly property bool busy: pending > 0
    property int pending: 0
    property string formError: ""
    /// The error of the page's last operation; null until one fails, and again once the next one starts.
    property var error: null
    /// An operation failed with `error` (also shown as formError).
    signal errorOccurred(var error)

    /// Its own heading above the content; UserProfile turns it off, as it shows the page's title itself.
    property bool headingShown: true

    implicitWidth: 480
    implicitHeight: content.implicitHeight

    function run(reply, onSuccess) {
        if (!reply)
            return
        formError = ""
        root.error = null
        pending += 1
        reply.errorOccurred.connect(root, function (error) { root.error = error })
        reply.finished.connect(root, function () {
            pending -= 1
            if (reply.hasError) {
                formError = FormErrors.messageOf(root.error)
                root.errorOccurred(root.error)
            } else if (onSuccess) {
                onSuccess(reply.result)
            }
        })
    }

    function refresh() {
        if (auth && auth.signedIn)
            run(auth.account.loadDeviceSessions())
    }

    function browserOf(session) {
        if (session.browserName.length === 0)
            return qsTr("Unknown browser")
        return session.browserVersion.length > 0 ? session.browserName + " " + session.browserVersion
                                                 : session.browserName
    }

    function deviceOf(session) {
        const kind = session.deviceType.length > 0 ? session.deviceType : qsTr("Unknown device")
        return session.isMobile ? qsTr("%1 (mobile)").arg(kind) : kind
    }

    function placeOf(session) {
        const parts = []
        if (session.ipAddress.length > 0)
            parts.push(session.ipAddress)
        const where = [session.city, session.country].filter(function (s) { return s.length > 0 }).join(", ")
        if (where.length > 0)
            parts.push(where)
        return parts.join(" · ")
    }

    onVisibleChanged: if (visible) refresh()
    Component.onCompleted: if (visible) refresh()

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: ClerkTheme.spacing

        Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            visible: root.headingShown
            wrapMode: Text.Wrap
            text: root.title
            font.pointSize: ClerkTheme.font.pointSize + 4
            font.weight: Font.Bold
            color: ClerkTheme.textColor
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: ClerkTheme.mutedTextColor
            text: qsTr("Where you are signed in. Sign out a device you don't recognise.")
        }
        BusyIndicator {
            objectName: "loadingIndicator"
            Layout.alignment: Qt.AlignHCenter
            visible: root.busy && root.sessions.length === 0
            running: visible
            Accessible.name: qsTr("Loading…")
        }

        Repeater {
            objectName: "sessionRepeater"
            model: root.sessions
            delegate: Rectangle {
                objectName: "device_" + modelData.id
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
                        Flow {
                            Layout.fillWidth: true
                            spacing: 8
                            Label {
                                objectName: "deviceLabel"
                                width: Math.min(implicitWidth, parent.width)
                                wrapMode: Text.Wrap
                                text: root.deviceOf(modelData)
                                font.weight: Font.DemiBold
                                color: ClerkTheme.textColor
                            }
                            Label {
                                objectName: "thisDeviceBadge"
                                visible: modelData.isThisDevice
                                text: qsTr("This device")
                                leftPadding: 6
                                rightPadding: 6
                                color: ClerkTheme.accentColor
                                background: Rectangle {
                                    radius: 4
                                    color: "transparent"
                                    border.color: ClerkTheme.accentColor
                                }
                            }
                        }
                        Label {
                            objectName: "browserLabel"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: root.browserOf(modelData)
                            color: ClerkTheme.mutedTextColor
                        }
                        Label {
                            objectName: "placeLabel"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            visible: text.length > 0
                            text: root.placeOf(modelData)
                            color: ClerkTheme.mutedTextColor
                        }
                        Label {
                            objectName: "lastActiveLabel"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            // In the component's language (ClerkLanguage), not the system's.
                            text: qsTr("Last active %1").arg(modelData.lastActiveAt.toLocaleString(
                                                                 Qt.locale(ClerkLanguage.localeName), Locale.ShortFormat))
                            color: ClerkTheme.mutedTextColor
                        }
                    }
                    ClerkButton {
                        objectName: "signOutButton"
                        visible: !modelData.isThisDevice
                        enabled: !root.busy
                        primary: false
                        text: qsTr("Sign out")
                        Accessible.name: qsTr("Sign out %1 on %2").arg(root.browserOf(modelData)).arg(root.deviceOf(modelData))
                        onClicked: root.run(root.auth.account.revokeSession(modelData.id))
                    }
                }
            }
        }

        Label {
            objectName: "formError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.formError
            color: ClerkTheme.errorColor
            wrapMode: Text.Wrap
            // Announced when it appears.
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
