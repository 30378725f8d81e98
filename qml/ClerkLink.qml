import QtQuick
import QtQuick.Controls

// A text link in the accent colour.
Label {
    id: link
    property color accentColor: ClerkTheme.accentColor
    signal clicked()
    color: enabled ? accentColor : ClerkTheme.mutedTextColor
    font.underline: mouse.containsMouse
    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: link.clicked()
    }
}
