import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The base of UserProfile's own pages; a page keeps the interface written at the top of UserProfile.qml (its
// `title` and `available` it declares itself). Gives the page a column for its content, an error line above it,
// and run(), which shows an operation's error next to the field it is about (or on the error line).
Item {
    id: page

    property var auth
    readonly property var user: auth ? auth.user : null
    /// Auth.userSettings: what the instance lets users change. All false until loadEnvironment() has answered.
    readonly property var settings: auth ? auth.userSettings : null
    /// The error of the page's last operation that no field shows; empty once the next one starts.
    property string formError: ""
    /// What the page's last operation said when it succeeded ("Password updated."); empty once the next starts.
    property string statusText: ""
    /// The error of the page's last operation (from its reply); null until one fails, and again once the next starts.
    property var error: null
    property int pending: 0
    readonly property bool busy: pending > 0
    default property alias content: column.data

    /// An operation of the page failed with `error` (also shown on its field, or as formError).
    signal errorOccurred(var error)

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    // The translated message for Clerk's error code; Clerk's English text for a code the table does not know.
    function messageOf(error) {
        return FormErrors.messageOf(error)
    }

    // Runs one operation: the page is busy while its reply is pending. On success onSuccess(result); on failure the
    // error goes to the field targetOf(error) returns (a ClerkTextField), else to formError, then onFailure().
    function run(reply, onSuccess, targetOf, onFailure) {
        if (!reply)
            return
        formError = ""
        statusText = ""
        page.error = null
        pending += 1
        // `page` as the receiver: the connection ends with the page (a gate may destroy it while the reply is
        // pending). The error is kept from the signal's copy: the reply deletes itself once it has finished.
        reply.errorOccurred.connect(page, function (error) { page.error = error })
        reply.finished.connect(page, function () {
            pending -= 1
            if (reply.hasError) {
                const target = targetOf ? targetOf(page.error) : null
                if (target && target.visible) {
                    target.errorText = messageOf(page.error)
                    Qt.callLater(function () { target.forceActiveFocus() })
                } else {
                    formError = messageOf(page.error)
                }
                if (onFailure)
                    onFailure()
                page.errorOccurred(page.error)
            } else if (onSuccess) {
                onSuccess(reply.result)
            }
        })
    }

    ColumnLayout {
        id: column
        width: page.width
        spacing: ClerkTheme.spacing
        enabled: !page.busy

        Label {
            objectName: "formError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.formError
            color: ClerkTheme.errorColor
            wrapMode: Text.Wrap
            // Announced when it appears.
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "statusText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.statusText
            color: ClerkTheme.mutedTextColor
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StatusBar
            Accessible.name: text
        }
    }
}
