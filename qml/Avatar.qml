import QtQuick
import QtQuick.Controls

// A round avatar: the image when there is one, else initials on a colour derived from the name.
Rectangle {
    id: root
    property string name
    property url imageUrl
    property bool hasImage: false
    property bool square: false
    property real size: 32
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

    Text {
        anchors.centerIn: parent
        visible: image.status !== Image.Ready
        text: root.initials
        color: "white"
        font.pixelSize: Math.round(root.size * 0.4)
        font.weight: Font.DemiBold
    }
    Image {
        id: image
        anchors.fill: parent
        visible: status === Image.Ready
        source: root.hasImage ? root.imageUrl : ""
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
    }
}
