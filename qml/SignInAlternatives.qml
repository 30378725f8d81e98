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

    spacing: 6

    // Links that may be long in some languages wrap instead of running past the card.
    component AlternativeLink: ClerkLink {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: root.width
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        accentColor: root.form.accentColor
    }

    AlternativeLink {
        objectName: "forgotPasswordLink"
        visible: root.form.step === "password" && root.form.resetFactors.length > 0
        text: qsTranslate("SignIn", "Forgot password?")
        onClicked: root.form.goTo("resetChoice")
    }
    AlternativeLink {
        objectName: "useEmailCodeLink"
        visible: root.form.step === "password" && root.form.firstFactors.indexOf(Factor.EmailCode) >= 0
        text: qsTranslate("SignIn", "Email me a code instead")
        onClicked: root.form.sendCode(Factor.EmailCode)
    }
    AlternativeLink {
        objectName: "usePhoneCodeFirstFactorLink"
        visible: root.form.step === "password" && root.form.firstFactors.indexOf(Factor.PhoneCode) >= 0
        text: qsTranslate("SignIn", "Text me a code instead")
        onClicked: root.form.sendCode(Factor.PhoneCode)
    }
    AlternativeLink {
        objectName: "useEmailLinkLink"
        visible: (root.form.step === "password" || root.form.step === "code")
                 && root.form.firstFactors.indexOf(Factor.EmailLink) >= 0
        text: qsTranslate("SignIn", "Email me a sign-in link")
        onClicked: root.form.sendEmailLink()
    }
    AlternativeLink {
        objectName: "resendCodeLink"
        visible: root.form.step === "code"
        text: qsTranslate("SignIn", "Resend code")
        onClicked: root.form.sendCode(root.form.codeStrategy)
    }
    AlternativeLink {
        objectName: "usePasswordLink"
        visible: (root.form.step === "code" || root.form.step === "resetChoice")
                 && root.form.firstFactors.indexOf(Factor.Password) >= 0
        text: root.form.step === "resetChoice" ? qsTranslate("SignIn", "Back to password") : qsTranslate("SignIn", "Use your password instead")
        onClicked: root.form.goTo("password")
    }
    // The attempt's other second factors, one link each.
    Repeater {
        model: root.form.step !== "secondFactor" ? [] : [
            { strategy: Factor.Totp, name: "useTotpLink", text: qsTranslate("SignIn", "Use your authenticator app instead") },
            { strategy: Factor.BackupCode, name: "useBackupCodeLink", text: qsTranslate("SignIn", "Use a backup code instead") },
            { strategy: Factor.PhoneCode, name: "usePhoneCodeLink", text: qsTranslate("SignIn", "Text me a code instead") }
        ].filter(f => f.strategy !== root.form.codeStrategy && root.form.secondFactors.indexOf(f.strategy) >= 0)
        delegate: AlternativeLink {
            required property var modelData
            objectName: modelData.name
            text: modelData.text
            onClicked: root.form.chooseSecondFactor(modelData.strategy)
        }
    }
}
