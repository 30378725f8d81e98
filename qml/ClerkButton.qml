import QtQuick
import QtQuick.Controls

// A button in the Clerk look: filled with the accent colour when `primary`, outlined otherwise.
Button {
    id: control
    property bool primary: true
    property color accentColor: ClerkTheme.accentColor
    property color accentTextColor: ClerkTheme.accentTextColor
    property real radius: ClerkTheme.radius
    property bool busy: false

    font: ClerkTheme.font
    Accessible.name: text
    Accessible.description: busy ? qsTr("Working…") : ""
    // Enter activates a focused button, as Space does (Qt Quick Controls' buttons take only Space).
    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()
    implicitHeight: Math.max(34, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: 14
    rightPadding: 14

    contentItem: Item {
        implicitWidth: label.implicitWidth + (control.busy ? spinner.width + 8 : 0)
        implicitHeight: label.implicitHeight
        Row {
            anchors.centerIn: parent
            spacing: 8
            BusyIndicator {
                id: spinner
                visible: control.busy
                running: control.busy
                width: 16
                height: 16
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                id: label
                text: control.text
                font: control.font
                color: control.primary ? control.accentTextColor : control.accentColor
                opacity: control.enabled ? 1 : 0.6
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
    background: Rectangle {
        radius: control.radius
        color: !control.primary ? (control.hovered ? ClerkTheme.hoverColor : "transparent")
               : control.down ? Qt.darker(control.accentColor, 1.2)
               : control.hovered ? Qt.lighter(control.accentColor, 1.1) : control.accentColor
        opacity: control.enabled ? 1 : 0.6
        border.width: control.primary ? 0 : 1
        border.color: ClerkTheme.borderColor
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: control.radius + 3
            color: "transparent"
            border.width: 2
            border.color: Qt.rgba(control.accentColor.r, control.accentColor.g, control.accentColor.b, 0.35)
            visible: control.visualFocus
        }
    }
}
