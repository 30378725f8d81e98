import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled text field with an inline error line. `input` is the TextField itself.
ColumnLayout {
    id: root
    property string label
    property string errorText
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias readOnly: input.readOnly
    readonly property alias input: input
    property color accentColor: ClerkTheme.accentColor
    property color errorColor: ClerkTheme.errorColor
    property real radius: ClerkTheme.radius
    property font font: ClerkTheme.font
    /// What assistive technology reads after the label (a format, a requirement); the error replaces it while
    /// there is one.
    property string description
    signal accepted()

    spacing: 4
    // A hidden field never takes the focus: forms focus their next field from Qt.callLater, which may run after
    // the form was hidden (a SignIn whose gate closed once signed in would take the keys from a profile dialog).
    function forceActiveFocus() { if (visible) input.forceActiveFocus() }
    function clear() { input.clear(); errorText = "" }

    Label {
        Layout.fillWidth: true
        // A long label ("Email address, phone number or username", longer still in German) wraps rather than
        // widening the form.
        wrapMode: Text.Wrap
        text: root.label
        font.family: root.font.family
        font.pointSize: root.font.pointSize
        font.weight: Font.DemiBold
        color: ClerkTheme.textColor
        visible: text.length > 0
    }
    TextField {
        id: input
        Layout.fillWidth: true
        font: root.font
        color: ClerkTheme.textColor
        placeholderTextColor: ClerkTheme.mutedTextColor
        selectionColor: root.accentColor
        selectedTextColor: ClerkTheme.accentTextColor
        selectByMouse: true
        // Screen readers name the field by its visible label, and read its error with it.
        Accessible.name: root.label.length > 0 ? root.label : root.placeholderText
        Accessible.description: root.errorText.length > 0 ? root.errorText : root.description
        onAccepted: root.accepted()
        onTextEdited: root.errorText = ""
        leftPadding: 10
        rightPadding: 10
        implicitHeight: Math.max(34, contentHeight + topPadding + bottomPadding)
        background: Rectangle {
            radius: root.radius
            color: input.enabled ? ClerkTheme.fieldColor : ClerkTheme.hoverColor
            border.width: input.activeFocus || root.errorText.length > 0 ? 2 : 1
            border.color: root.errorText.length > 0 ? root.errorColor
                          : input.activeFocus ? root.accentColor : ClerkTheme.borderColor
        }
    }
    Label {
        objectName: "errorLabel"
        Layout.fillWidth: true
        // An alert: screen readers announce it when it appears.
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        text: root.errorText
        visible: text.length > 0
        color: root.errorColor
        wrapMode: Text.Wrap
        font.family: root.font.family
        font.pointSize: Math.max(1, root.font.pointSize - 1)
    }
}
