import QtQuick
import QtQuick.Controls
import Clerk

// The role pickers of OrganizationProfile's pages: a ComboBox whose field and drop-down list are drawn in the
// theme's colours (the style's own would stay light in the dark preset), with a focus ring for keyboard users.
ComboBox {
    id: box
    font: ClerkTheme.font
    leftPadding: 10

    palette.button: ClerkTheme.fieldColor
    palette.buttonText: ClerkTheme.textColor
    palette.base: ClerkTheme.fieldColor
    palette.text: ClerkTheme.textColor
    palette.window: ClerkTheme.surfaceColor
    palette.windowText: ClerkTheme.textColor
    palette.highlight: ClerkTheme.accentColor
    palette.highlightedText: ClerkTheme.accentTextColor
    palette.light: ClerkTheme.surfaceColor
    palette.midlight: ClerkTheme.borderColor
    palette.mid: ClerkTheme.borderColor
    palette.dark: ClerkTheme.borderColor

    background: Rectangle {
        implicitWidth: 140
        implicitHeight: 34
        radius: ClerkTheme.radius
        color: box.down || box.hovered ? Qt.tint(ClerkTheme.fieldColor, ClerkTheme.hoverColor) : ClerkTheme.fieldColor
        border.width: box.visualFocus ? 2 : 1
        border.color: box.visualFocus ? ClerkTheme.accentColor : ClerkTheme.borderColor
    }
}
