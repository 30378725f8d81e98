import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// A titled panel.
Pane {
    id: card
    property string title
    default property alias content: body.data
    padding: 18
    background: Rectangle {
        color: ClerkTheme.surfaceColor
        radius: ClerkTheme.radius * 1.5
        border.color: ClerkTheme.borderColor
    }
    contentItem: ColumnLayout {
        spacing: 10
        Label {
            text: card.title
            font.pointSize: ClerkTheme.font.pointSize + 2
            font.weight: Font.Bold
            color: ClerkTheme.textColor
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 6
        }
    }
}
