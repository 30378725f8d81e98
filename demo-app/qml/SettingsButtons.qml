import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// The language menu and the theme switch of the tool bar. The language is ClerkLanguage's: the Clerk components
// and (through DemoLanguage) the demo's own strings switch together.
RowLayout {
    spacing: 8

    ComboBox {
        id: languageBox
        objectName: "languageSwitch"
        model: ClerkLanguage.availableLanguages
        textRole: "name"
        valueRole: "code"
        implicitContentWidthPolicy: ComboBox.WidestText
        // Through count: indexOfValue() finds nothing before the model is in.
        currentIndex: count > 0 ? indexOfValue(ClerkLanguage.effectiveLanguage) : -1
        onActivated: ClerkLanguage.language = currentValue
        Accessible.name: qsTr("Language")
        Accessible.description: displayText
    }

    ComboBox {
        id: themeBox
        objectName: "themeSwitch"
        // The schemes themselves, named by schemeName(): a model of translated strings would be replaced on every
        // language switch, and the box would lose its current entry with it.
        model: [ClerkTheme.System, ClerkTheme.Light, ClerkTheme.Dark]
        currentIndex: model.indexOf(ClerkTheme.scheme)
        displayText: schemeName(ClerkTheme.scheme)
        onActivated: index => ClerkTheme.scheme = model[index]
        function schemeName(scheme) {
            switch (scheme) {
            //: colour scheme
            case ClerkTheme.Light: return qsTr("Light")
            //: colour scheme
            case ClerkTheme.Dark: return qsTr("Dark")
            }
            //: colour scheme: follow the system's light or dark setting
            return qsTr("System")
        }
        delegate: ItemDelegate {
            required property var modelData
            required property int index
            width: Math.max(themeBox.width, implicitWidth)
            text: themeBox.schemeName(modelData)
            highlighted: themeBox.highlightedIndex === index
        }
        //: the colour scheme (light or dark) of the window
        Accessible.name: qsTr("Theme")
        Accessible.description: displayText
    }
}
