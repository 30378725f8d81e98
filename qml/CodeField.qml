import QtQuick
import QtQuick.Controls
import Clerk

// A one-time code field (email or SMS code, authenticator app, backup code). A pasted code is cleaned up ("123 456",
// "123-456" → "123456"), and `filled()` fires once all `digits` are in, so a form can submit without Enter.
ClerkTextField {
    id: field
    /// The length of a complete code.
    property int digits: 6
    /// Only digits; false for backup codes, which have letters too (and are not auto-submitted).
    property bool digitsOnly: true
    /// All the digits are in (typed or pasted).
    signal filled()

    label: qsTr("Verification code")
    description: digitsOnly ? qsTr("%n digit(s)", "", digits) : ""
    inputMethodHints: digitsOnly ? Qt.ImhDigitsOnly : Qt.ImhNone

    Connections {
        target: field.input
        function onTextEdited() {
            if (!field.digitsOnly)
                return
            const cleaned = field.input.text.replace(/[^0-9]/g, "").slice(0, field.digits)
            if (cleaned !== field.input.text)
                field.input.text = cleaned
            if (cleaned.length === field.digits)
                field.filled()
        }
    }
}
