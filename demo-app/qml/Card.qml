import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// A titled panel. Its content starts at the top: when the grid row makes the card taller than its content (the
// session token beside the protected API), the free space stays below, not around the content.
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
            objectName: "cardTitle"
            Layout.fillWidth: true
            text: card.title
            wrapMode: Text.Wrap
            font.pointSize: ClerkTheme.font.pointSize + 2
            font.weight: Font.Bold
            color: ClerkTheme.textColor
            Accessible.role: Accessible.Heading
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: 6
        }
        Item {
            Layout.fillHeight: true
            Accessible.ignored: true
        }
    }
}
