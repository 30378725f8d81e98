import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The "Check your email" screen of an email-link sign-in (Auth.signInWithEmailLink): it asks Clerk to email the
// link, then waits — the sign-in completes by itself when the link is opened, on this computer or on a phone.
// Resend sends a new link (only the newest works); Cancel stops waiting. SignIn shows it when the sign-in offers
// an email link; an app can use it on its own too.
ColumnLayout {
    id: root

    property Auth auth: AuthProvider.auth
    /// The email address (or other identifier) the link goes to.
    property string identifier
    property color accentColor: ClerkTheme.accentColor
    property real radius: ClerkTheme.radius
    /// Waiting for the link to be opened.
    readonly property bool waiting: reply !== null
    /// The error the last wait ended with (an expired link, say); null while waiting or after success.
    property var error: null
    property string errorText: ""

    /// The link was opened and the sign-in went on (Auth.status says where: SignedIn, or NeedsSecondFactor).
    signal completed()
    /// The user canceled, or the wait timed out.
    signal canceled()

    property var reply: null
    // Resend and stop() end the current wait themselves: its Canceled ending is no "canceled" of the user's.
    property bool quietEnd: false

    spacing: ClerkTheme.spacing

    /// Sends a (new) link to `identifier` and waits for it.
    function start() {
        if (!auth)
            return
        if (reply) {
            quietEnd = true
            auth.cancelEmailLink()
        }
        error = null
        errorText = ""
        const r = auth.signInWithEmailLink(identifier)
        reply = r
        // The error is kept from the signal, which carries a copy: the reply deletes itself once finished.
        r.errorOccurred.connect(root, function (e) { if (root.reply === r) root.error = e })
        r.finished.connect(root, function () {
            if (root.reply !== r) {
                root.quietEnd = false
                return
            }
            root.reply = null
            if (!r.hasError) {
                root.completed()
            } else if (root.error && root.error.kind === Error.Canceled) {
                if (!root.quietEnd)
                    root.canceled()
                root.quietEnd = false
            } else if (root.error) {
                root.errorText = FormErrors.messageOf(root.error)
            }
        })
    }

    /// Focuses the screen's first control (Resend), as a form does when this screen shows.
    function focusFirst() { resendButton.forceActiveFocus() }

    /// Stops waiting without emitting canceled() (the form moved on).
    function stop() {
        if (!reply || !auth)
            return
        quietEnd = true
        auth.cancelEmailLink()
    }

    Label {
        objectName: "emailLinkText"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: ClerkTheme.textColor
        text: qsTr("We sent a sign-in link to %1. Open it on this device or any other: this screen continues on its own.")
              .arg(root.identifier)
    }
    BusyIndicator {
        objectName: "emailLinkBusy"
        Layout.alignment: Qt.AlignHCenter
        running: root.waiting
        visible: root.waiting
        Accessible.name: qsTr("Waiting for the link to be opened")
    }
    Label {
        objectName: "emailLinkError"
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.errorText
        color: ClerkTheme.errorColor
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        // An alert: screen readers announce it when it appears.
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    ClerkButton {
        id: resendButton
        objectName: "resendEmailLinkButton"
        Layout.fillWidth: true
        primary: !root.waiting
        text: root.waiting ? qsTr("Resend link") : qsTr("Send a new link")
        accentColor: root.accentColor
        radius: root.radius
        onClicked: root.start()
    }
    ClerkLink {
        objectName: "cancelEmailLinkButton"
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: root.width
        wrapMode: Text.Wrap
        text: qsTr("Cancel")
        accentColor: root.accentColor
        onClicked: {
            if (root.waiting) {
                root.auth.cancelEmailLink()
            } else {
                root.canceled()
            }
        }
    }
}
