import QtQuick
import QtQuick.Controls
import Clerk

// UserButton's menus (the menu and its submenus) in the theme's colours: a Menu is a popup, which takes no palette
// from the button it opens from, so the style's items would keep the system's light colours on a dark preset.
Menu {
    id: menu

    font: ClerkTheme.font
    palette.window: ClerkTheme.surfaceColor
    palette.windowText: ClerkTheme.textColor
    palette.base: ClerkTheme.surfaceColor
    palette.text: ClerkTheme.textColor
    palette.button: ClerkTheme.surfaceColor
    palette.buttonText: ClerkTheme.textColor
    palette.highlight: ClerkTheme.accentColor
    palette.highlightedText: ClerkTheme.accentTextColor
    palette.mid: ClerkTheme.borderColor
    palette.dark: ClerkTheme.borderColor
    palette.light: ClerkTheme.surfaceColor
    palette.midlight: ClerkTheme.borderColor
    palette.placeholderText: ClerkTheme.mutedTextColor

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: 40
        color: ClerkTheme.surfaceColor
        border.color: ClerkTheme.borderColor
        radius: ClerkTheme.radius
    }
}
