import QtQuick
import QtQuick.Controls

// A text link in the accent colour. It takes the focus with Tab, and Enter or Space follows it.
Label {
    id: link
    property color accentColor: ClerkTheme.accentColor
    signal clicked()
    color: enabled ? accentColor : ClerkTheme.mutedTextColor
    font.underline: mouse.containsMouse || activeFocus
    // Tab skips hidden or disabled items anyway; a binding here warns when a focused link hides itself.
    activeFocusOnTab: true
    Accessible.role: Accessible.Link
    Accessible.name: text
    Accessible.focusable: true
    Accessible.onPressAction: if (enabled) clicked()
    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()
    Keys.onSpacePressed: if (enabled) clicked()
    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: link.clicked()
    }
}
