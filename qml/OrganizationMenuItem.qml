import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// One row of OrganizationSwitcher's menu: a logo, the organization's name and a detail (the user's role, or
// "Accept" for an invitation). The row a keyboard user is on is drawn with the theme's tint and an accent bar, so
// walking the menu with the arrow keys shows where one is in both presets; text keeps its contrast on the tint.
MenuItem {
    id: item
    /// Show a logo (Avatar) before the name.
    property bool showLogo: true
    /// The name shown (the item's `text` by default; an invitation's text says more than its row shows).
    property string displayName: text
    property string logoName: displayName
    property url imageUrl
    property bool hasImage: false
    /// Shown after the name, e.g. the role ("Admin").
    property string detail
    property color detailColor: ClerkTheme.mutedTextColor

    font: ClerkTheme.font
    // Screen readers hear the row as it reads: "Acme Corp, Admin".
    //: An organization row of the switcher: %1 the organization's name, %2 the user's role or an action
    Accessible.name: detail.length > 0 ? qsTr("%1, %2").arg(displayName).arg(detail) : displayName

    contentItem: RowLayout {
        spacing: 8
        Avatar {
            visible: item.showLogo
            size: 22
            square: true
            name: item.logoName
            hasImage: item.hasImage
            imageUrl: item.imageUrl
        }
        Label {
            Layout.fillWidth: true
            text: item.displayName
            elide: Text.ElideRight
            color: ClerkTheme.textColor
            font.weight: item.checked ? Font.DemiBold : Font.Normal
            Accessible.ignored: true
        }
        Label {
            visible: item.detail.length > 0
            text: item.detail
            color: item.detailColor
            Accessible.ignored: true
        }
        Label {
            // The active one; a check mark as well as the weight, which alone is not enough to tell it apart.
            visible: item.checked
            text: "✓"
            color: ClerkTheme.accentColor
            Accessible.ignored: true
        }
    }
    indicator: null
    background: Rectangle {
        implicitWidth: 200
        implicitHeight: 36
        color: item.highlighted || item.hovered ? ClerkTheme.hoverColor : "transparent"
        Rectangle {
            visible: item.highlighted
            width: 3
            height: parent.height
            color: ClerkTheme.accentColor
        }
    }
}
