pragma Singleton
import QtQuick

// The look every Clerk component starts from, in a light and a dark preset.
//
// `scheme` picks the preset: ClerkTheme.System (the default) follows the system's colour scheme — Qt's
// styleHints.colorScheme where Qt reports one (6.5 and later), otherwise the lightness of the application
// palette's window colour — and ClerkTheme.Light / ClerkTheme.Dark force one.
//
// To change a colour for both schemes, set it on the preset (`ClerkTheme.lightColors.accentColor = "#0a7d55"`,
// and the same on darkColors); setting `ClerkTheme.accentColor` itself fixes it for both schemes. One component
// can override the same-named properties (`accentColor`, `radius`, …) on itself.
//
// Every preset keeps text at a contrast of at least 4.5:1 (WCAG AA) on the colours it is drawn on; the test suite
// computes it (tst_component_quality).
QtObject {
    id: theme

    enum Scheme { System, Light, Dark }
    property int scheme: ClerkTheme.System

    /// The system's colour scheme is dark (whatever `scheme` says).
    readonly property bool systemDark: {
        // Qt.ColorScheme.Dark is 2; Qt 6.4 has no colorScheme (undefined), and Unknown (0) is common headless.
        const reported = Qt.styleHints.colorScheme
        if (reported === 1 || reported === 2)
            return reported === 2
        return systemPalette.window.hslLightness < 0.5
    }
    /// The dark preset is in use.
    readonly property bool dark: scheme === ClerkTheme.Dark || (scheme === ClerkTheme.System && systemDark)

    readonly property QtObject lightColors: QtObject {
        property color accentColor: "#6c47ff"
        property color accentTextColor: "#ffffff"
        property color textColor: "#1f2328"
        property color mutedTextColor: "#5e6571"
        property color errorColor: "#d1242f"
        property color successColor: "#1a7f37"
        property color surfaceColor: "#ffffff"
        property color backgroundColor: "#f6f7f9"
        property color fieldColor: "#ffffff"
        property color borderColor: "#d0d7de"
        property color hoverColor: Qt.rgba(0, 0, 0, 0.04)
    }
    readonly property QtObject darkColors: QtObject {
        property color accentColor: "#a48fff"
        property color accentTextColor: "#17181c"
        property color textColor: "#eceef2"
        property color mutedTextColor: "#a7afbb"
        property color errorColor: "#ff8a80"
        property color successColor: "#56d364"
        property color surfaceColor: "#1b1c21"
        property color backgroundColor: "#111215"
        property color fieldColor: "#24262c"
        property color borderColor: "#454a53"
        property color hoverColor: Qt.rgba(1, 1, 1, 0.06)
    }
    readonly property QtObject colors: dark ? darkColors : lightColors

    /// Buttons, links, focus rings and the selected item.
    property color accentColor: colors.accentColor
    /// Text on the accent colour (a primary button's label).
    property color accentTextColor: colors.accentTextColor
    property color textColor: colors.textColor
    /// Secondary text: subtitles, hints, placeholders.
    property color mutedTextColor: colors.mutedTextColor
    property color errorColor: colors.errorColor
    property color successColor: colors.successColor
    /// The components' own background (cards, dialogs, menus).
    property color surfaceColor: colors.surfaceColor
    /// What an application shows behind the components (the demo's window).
    property color backgroundColor: colors.backgroundColor
    property color fieldColor: colors.fieldColor
    property color borderColor: colors.borderColor
    /// The tint of a hovered row or outlined button.
    property color hoverColor: colors.hoverColor
    property real radius: 8
    property real spacing: 12
    property font font: Qt.font({ pointSize: 10 })

    property SystemPalette systemPalette: SystemPalette {}
}
