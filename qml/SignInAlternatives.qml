import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// SignIn's links to the attempt's other strategies below the Continue button: another first factor on the password
// and code steps, "Forgot password?", and the attempt's other second factors. `form` is the SignIn.
// Its strings stay in SignIn's translation context (qsTranslate): they were SignIn's before the split, and the
// translations made for them keep applying.
ColumnLayout {
    id: root
    objectName: "signInAlternatives"
    property Item form
    readonly property string step: form ? form.step : ""
    readonly property var firstFactors: form ? form.firstFactors : []
    readonly property var secondFactors: form ? form.secondFactors : []
    readonly property int codeStrategy: form ? form.codeStrategy : Factor.Unknown
    readonly property bool canReset: form !== null && form.resetFactors.length > 0

    spacing: 6

    // Links that may be long in some languages wrap instead of running past the card.
    component AlternativeLink: ClerkLink {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: root.width
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        accentColor: root.form ? root.form.accentColor : ClerkTheme.accentColor
    }

    AlternativeLink {
        objectName: "forgotPasswordLink"
        visible: root.step === "password" && root.canReset
        text: qsTranslate("SignIn", "Forgot password?")
        onClicked: root.form.goTo("resetChoice")
    }
    AlternativeLink {
        objectName: "useEmailCodeLink"
        visible: root.step === "password" && root.firstFactors.indexOf(Factor.EmailCode) >= 0
        text: qsTranslate("SignIn", "Email me a code instead")
        onClicked: root.form.sendCode(Factor.EmailCode)
    }
    AlternativeLink {
        objectName: "usePhoneCodeFirstFactorLink"
        visible: root.step === "password" && root.firstFactors.indexOf(Factor.PhoneCode) >= 0
        text: qsTranslate("SignIn", "Text me a code instead")
        onClicked: root.form.sendCode(Factor.PhoneCode)
    }
    AlternativeLink {
        objectName: "useEmailLinkLink"
        visible: (root.step === "password" || root.step === "code")
                 && root.firstFactors.indexOf(Factor.EmailLink) >= 0
        text: qsTranslate("SignIn", "Email me a sign-in link")
        onClicked: root.form.sendEmailLink()
    }
    AlternativeLink {
        objectName: "resendCodeLink"
        visible: root.step === "code"
        text: qsTranslate("SignIn", "Resend code")
        onClicked: root.form.sendCode(root.form.codeStrategy)
    }
    AlternativeLink {
        objectName: "usePasswordLink"
        visible: (root.step === "code" || root.step === "resetChoice")
                 && root.firstFactors.indexOf(Factor.Password) >= 0
        text: root.step === "resetChoice" ? qsTranslate("SignIn", "Back to password") : qsTranslate("SignIn", "Use your password instead")
        onClicked: root.form.goTo("password")
    }
    // The attempt's other second factors, one link each.
    Repeater {
        model: root.step !== "secondFactor" ? [] : [
            { strategy: Factor.Totp, name: "useTotpLink", text: qsTranslate("SignIn", "Use your authenticator app instead") },
            { strategy: Factor.BackupCode, name: "useBackupCodeLink", text: qsTranslate("SignIn", "Use a backup code instead") },
            { strategy: Factor.PhoneCode, name: "usePhoneCodeLink", text: qsTranslate("SignIn", "Text me a code instead") }
        ].filter(f => f.strategy !== root.codeStrategy && root.secondFactors.indexOf(f.strategy) >= 0)
        delegate: AlternativeLink {
            required property var modelData
            objectName: modelData.name
            text: modelData.text
            onClicked: root.form.chooseSecondFactor(modelData.strategy)
        }
    }
}
