import QtQuick
import QtQuick.Controls
import Clerk

// A round avatar: the image when there is one, else initials on a colour derived from the name. The image is
// loaded asynchronously and kept on disk (CachedImage): the initials show while it loads, when it fails and when
// offline with no earlier copy; an earlier copy shows at once, offline included.
Rectangle {
    id: root
    property string name
    property url imageUrl
    property bool hasImage: false
    property bool square: false
    property real size: 32
    /// The image is on screen (not the initials).
    readonly property bool imageShown: image.status === Image.Ready
    /// The image is being downloaded (an earlier copy may show meanwhile).
    readonly property bool loading: cached.loading
    readonly property string initials: {
        const parts = name.trim().split(/[\s@._+-]+/).filter(p => p.length > 0)
        if (parts.length === 0) return "?"
        if (parts.length === 1) return parts[0].substring(0, 2).toUpperCase()
        return (parts[0][0] + parts[1][0]).toUpperCase()
    }
    function hue(text) {
        let h = 0
        for (let i = 0; i < text.length; ++i) h = (h * 31 + text.charCodeAt(i)) % 360
        return h / 360
    }

    implicitWidth: size
    implicitHeight: size
    radius: square ? Math.round(size / 5) : size / 2
    color: Qt.hsla(hue(name), 0.45, 0.55, 1)
    // Dark initials on light hues, white on dark ones: whichever reads at 4.5:1 or better (WCAG's relative
    // luminance; one of the two always does).
    readonly property color initialsColor: {
        const lin = c => c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
        const l = 0.2126 * lin(color.r) + 0.7152 * lin(color.g) + 0.0722 * lin(color.b)
        return (1.05 / (l + 0.05)) >= 4.5 ? "#ffffff" : "#1f2328"
    }
    Accessible.role: Accessible.Graphic
    Accessible.name: name

    CachedImage {
        id: cached
        url: root.hasImage ? root.imageUrl : ""
    }
    Text {
        objectName: "initials"
        anchors.centerIn: parent
        visible: !root.imageShown
        text: root.initials
        color: root.initialsColor
        font.pixelSize: Math.round(root.size * 0.4)
        font.weight: Font.DemiBold
    }
    Image {
        id: image
        anchors.fill: parent
        visible: status === Image.Ready
        source: cached.source
        sourceSize.width: Math.ceil(root.size * 2)
        sourceSize.height: Math.ceil(root.size * 2)
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
    }
}
