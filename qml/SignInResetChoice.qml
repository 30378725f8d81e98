import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// SignIn's "Forgot password?" step: one button per reset code the attempt offers, naming where the code goes.
// `form` is the SignIn. Its strings stay in SignIn's translation context (qsTranslate): they were SignIn's before
// the split.
ColumnLayout {
    id: root
    objectName: "resetChoices"
    property Item form

    spacing: 6

    /// Focuses the first choice (the step's first control).
    function forceActiveFocus() {
        for (let i = 0; i < repeater.count; ++i) {
            const button = repeater.itemAt(i)
            if (button && button.visible)
                return button.forceActiveFocus()
        }
    }

    Repeater {
        id: repeater
        model: root.form && root.form.step === "resetChoice" ? root.form.resetFactors : []
        delegate: ClerkButton {
            required property var modelData
            objectName: modelData.strategy === Factor.ResetPasswordPhoneCode ? "resetByPhoneButton"
                                                                              : "resetByEmailButton"
            Layout.fillWidth: true
            primary: false
            text: (modelData.strategy === Factor.ResetPasswordPhoneCode ? qsTranslate("SignIn", "Text a code to %1")
                                                                        : qsTranslate("SignIn", "Email a code to %1"))
                  .arg(modelData.safeIdentifier)
            radius: root.form.radius
            accentColor: root.form.accentColor
            onClicked: root.form.sendCode(modelData.strategy)
        }
    }
}
