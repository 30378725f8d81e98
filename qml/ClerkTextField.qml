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
    signal accepted()

    spacing: 4
    function forceActiveFocus() { input.forceActiveFocus() }
    function clear() { input.clear(); errorText = "" }

    Label {
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
        selectByMouse: true
        // Screen readers name the field by its visible label.
        Accessible.name: root.label
        onAccepted: root.accepted()
        onTextEdited: root.errorText = ""
        leftPadding: 10
        rightPadding: 10
        implicitHeight: Math.max(34, contentHeight + topPadding + bottomPadding)
        background: Rectangle {
            radius: root.radius
            color: input.enabled ? ClerkTheme.fieldColor : Qt.rgba(0, 0, 0, 0.03)
            border.width: input.activeFocus || root.errorText.length > 0 ? 2 : 1
            border.color: root.errorText.length > 0 ? root.errorColor
                          : input.activeFocus ? root.accentColor : ClerkTheme.borderColor
        }
    }
    Label {
        objectName: "errorLabel"
        Layout.fillWidth: true
        text: root.errorText
        visible: text.length > 0
        color: root.errorColor
        wrapMode: Text.Wrap
        font.family: root.font.family
        font.pointSize: Math.max(1, root.font.pointSize - 1)
    }
}
