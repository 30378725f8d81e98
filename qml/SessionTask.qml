import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The task a pending session has left (Auth.NeedsTask), as Clerk names it in `session.currentTask`:
// "choose-organization" lists the user's organizations and activates the one chosen; "setup-mfa" enrols an
// authenticator app (TwoFactorPage). When the last task is done the session is active and `completed()` is
// emitted. SignIn shows it after a sign-in that ends with a task.
ColumnLayout {
    id: root

    property Auth auth: AuthProvider.auth
    property color accentColor: ClerkTheme.accentColor
    property real radius: ClerkTheme.radius
    readonly property string task: auth && auth.status === Auth.NeedsTask ? auth.session.currentTask : ""
    readonly property bool busy: pending > 0
    property int pending: 0
    property string formError: ""

    /// The session is active: every task is done.
    signal completed()

    spacing: ClerkTheme.spacing

    function chooseOrganization(organizationId) {
        if (!auth || busy)
            return
        formError = ""
        pending += 1
        const reply = auth.setActiveOrganization(organizationId)
        reply.errorOccurred.connect(root, function (error) {
            formError = FormErrors.messageOf(error)
        })
        reply.finished.connect(root, function () { pending -= 1 })
    }

    /// Focuses the task's first control (the first organization, or the authenticator set-up), as SignIn does when
    /// the task shows.
    function focusFirst() {
        const container = task === "setup-mfa" ? setupMfa : root
        // The first item that takes Tab inside the task's part: the focus chain is the items' visual order.
        let item = container.nextItemInFocusChain(true)
        for (let p = item; p; p = p.parent) {
            if (p === container)
                return item.forceActiveFocus()
        }
    }

    Connections {
        target: root.auth
        function onStatusChanged() {
            if (root.auth.status === Auth.SignedIn)
                root.completed()
        }
    }

    Label {
        objectName: "taskTitle"
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: ClerkTheme.textColor
        font.weight: Font.Bold
        text: root.task === "choose-organization" ? qsTr("Choose an organization")
              : root.task === "setup-mfa" ? qsTr("Set up two-step verification")
              : root.task.length > 0 ? qsTr("One more step: %1").arg(root.task) : ""
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: ClerkTheme.mutedTextColor
        text: root.task === "choose-organization"
              ? qsTr("This application needs an organization. Choose the one to continue with.")
              : root.task === "setup-mfa"
                ? qsTr("This application requires two-step verification. Add an authenticator app to continue.")
                : root.task.length > 0 ? qsTr("This app cannot finish this step; finish it on the web.") : ""
    }

    Repeater {
        objectName: "organizationChoices"
        model: root.task === "choose-organization" && root.auth ? root.auth.organizations : []
        delegate: ClerkButton {
            required property var modelData
            objectName: "chooseOrganization_" + modelData.slug
            Layout.fillWidth: true
            text: modelData.name
            enabled: !root.busy
            accentColor: root.accentColor
            radius: root.radius
            onClicked: root.chooseOrganization(modelData.id)
        }
    }

    TwoFactorPage {
        id: setupMfa
        objectName: "setupMfa"
        visible: root.task === "setup-mfa"
        auth: root.auth
        Layout.fillWidth: true
        Layout.preferredHeight: implicitHeight
    }

    Label {
        objectName: "taskError"
        Layout.fillWidth: true
        visible: root.formError.length > 0
        wrapMode: Text.Wrap
        color: ClerkTheme.errorColor
        text: root.formError
        // An alert: screen readers announce it when it appears.
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
