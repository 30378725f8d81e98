import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// SignIn's title and subtitle, which name the step (and where the code went). `form` is the SignIn.
// Its strings stay in SignIn's translation context (qsTranslate): they were SignIn's before the split, and the
// translations made for them keep applying.
ColumnLayout {
    id: root
    property Item form
    readonly property string step: form ? form.step : ""
    readonly property int codeStrategy: form ? form.codeStrategy : Factor.Unknown
    readonly property bool codeByPhone: form ? form.codeByPhone : false

    spacing: ClerkTheme.spacing

    Label {
        objectName: "titleLabel"
        Layout.fillWidth: true
        // The step's name, as a heading: screen readers announce it, and jump to it.
        Accessible.role: Accessible.Heading
        Accessible.name: text
        text: {
            if (root.step === "secondFactor")
                return root.form.auth && root.form.auth.status === Auth.NeedsClientTrust
                        ? qsTranslate("SignIn", "Verify it's you on this new device")
                        : qsTranslate("SignIn", "Two-step verification")
            if (root.step === "emailLink")
                return qsTranslate("SignIn", "Check your email")
            if (root.step === "code")
                return root.codeByPhone ? qsTranslate("SignIn", "Check your phone")
                                        : qsTranslate("SignIn", "Check your inbox")
            if (root.step === "resetChoice")
                return qsTranslate("SignIn", "Forgot password?")
            if (root.step === "newPassword")
                return qsTranslate("SignIn", "Set new password")
            return root.form ? root.form.title : ""
        }
        font.pointSize: (root.form ? root.form.font.pointSize : ClerkTheme.font.pointSize) + 5
        font.weight: Font.Bold
        color: ClerkTheme.textColor
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
    Label {
        objectName: "subtitleLabel"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: ClerkTheme.mutedTextColor
        text: {
            if (root.step === "code")
                return root.codeByPhone ? qsTranslate("SignIn", "Enter the code sent to your phone")
                                        : qsTranslate("SignIn", "Enter the code sent to your email")
            if (root.step === "resetChoice")
                return qsTranslate("SignIn", "We'll send you a code to reset your password")
            if (root.step === "emailLink")
                return qsTranslate("SignIn", "Use the link we emailed you to continue")
            if (root.step === "newPassword")
                return qsTranslate("SignIn", "Choose a new password for your account")
            if (root.step === "secondFactor") {
                if (root.codeStrategy === Factor.Totp)
                    return qsTranslate("SignIn", "Enter the code from your authenticator app")
                if (root.codeStrategy === Factor.BackupCode)
                    return qsTranslate("SignIn", "Enter one of your backup codes")
                if (root.codeStrategy === Factor.EmailCode)
                    return qsTranslate("SignIn", "Enter the code sent to your email")
                return qsTranslate("SignIn", "Enter the code sent to your phone")
            }
            return root.form ? root.form.subtitle : ""
        }
    }
}
