import QtQuick
import QtQuick.Controls
import Clerk

// The card every top-level Clerk component is drawn on: the theme's surface, border and radius, and a palette
// made of the theme's colours, so that the style's own controls (labels, fields, menus, scroll bars) follow the
// light or dark preset too. The component's language is ClerkLanguage's (dates and numbers in `locale`).
Pane {
    id: pane
    property color accentColor: ClerkTheme.accentColor
    property real radius: ClerkTheme.radius

    font: ClerkTheme.font
    locale: Qt.locale(ClerkLanguage.localeName)

    palette.window: ClerkTheme.surfaceColor
    palette.windowText: ClerkTheme.textColor
    palette.base: ClerkTheme.fieldColor
    palette.alternateBase: ClerkTheme.backgroundColor
    palette.text: ClerkTheme.textColor
    palette.button: ClerkTheme.surfaceColor
    palette.buttonText: ClerkTheme.textColor
    palette.highlight: pane.accentColor
    palette.highlightedText: ClerkTheme.accentTextColor
    palette.mid: ClerkTheme.borderColor
    palette.dark: ClerkTheme.borderColor
    palette.light: ClerkTheme.surfaceColor
    palette.toolTipBase: ClerkTheme.surfaceColor
    palette.toolTipText: ClerkTheme.textColor
    palette.link: pane.accentColor

    background: Rectangle {
        color: ClerkTheme.surfaceColor
        radius: pane.radius * 1.5
        border.color: ClerkTheme.borderColor
    }
}
