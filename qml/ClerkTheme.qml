pragma Singleton
import QtQuick

// The look every Clerk component starts from. Change it once for the whole app
// (`ClerkTheme.accentColor = "#0a7d55"`), or override the same-named properties on one component.
QtObject {
    property color accentColor: "#6c47ff"
    property color accentTextColor: "#ffffff"
    property color textColor: "#1f2328"
    property color mutedTextColor: "#5e6571"
    property color errorColor: "#d1242f"
    property color surfaceColor: "#ffffff"
    property color fieldColor: "#ffffff"
    property color borderColor: "#d0d7de"
    property real radius: 8
    property real spacing: 12
    property font font: Qt.font({ pointSize: 10 })
}
