import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Sign-up form: name, email address, password → email verification code.
Pane {
    id: root

    property Auth auth: AuthProvider.auth
    property color accentColor: ClerkTheme.accentColor
    property real radius: ClerkTheme.radius
    property string title: qsTr("Create your account")
    property string subtitle: qsTr("Welcome! Please fill in the details to get started")
    property bool showSignInLink: true

    /// form | verify
    property string step: "form"
    readonly property bool busy: pending > 0
    property string formError: ""
    /// The error of the form's last operation (from that operation's reply); null until one fails, and again
    /// once the next operation starts.
    property var error: null
    property int pending: 0

    signal signedUp()
    signal signInRequested()
    /// An operation of the form failed with `error` (also shown on its field, or as formError).
    signal errorOccurred(var error)

    font: ClerkTheme.font
    padding: 28
    implicitWidth: 400
    background: Rectangle {
        color: ClerkTheme.surfaceColor
        radius: root.radius * 1.5
        border.color: ClerkTheme.borderColor
    }

    readonly property var fields: ({
        firstName: firstNameField, lastName: lastNameField, emailAddress: emailField,
        identifier: emailField, password: passwordField, code: codeField
    })

    // Runs one operation of the form: busy while its reply is pending, and its own error shown when it fails.
    function run(reply, onSuccess) {
        if (!reply)
            return
        formError = ""
        root.error = null
        pending += 1
        // `root` as the receiver: the connection ends with this form, which a gate may destroy while the reply
        // is still pending. The error is kept from the signal, which carries a copy: the reply deletes itself
        // once it has finished.
        reply.errorOccurred.connect(root, function (error) { root.error = error })
        reply.finished.connect(root, function () {
            pending -= 1
            if (reply.hasError) {
                showError(root.error)
                root.errorOccurred(root.error)
            } else if (onSuccess) {
                onSuccess()
            }
        })
    }

    function showError(error) {
        const message = error.longMessage.length > 0 ? error.longMessage : error.message
        const target = fields[FormErrors.fieldOf(error)]
        if (target && target.visible) {
            target.errorText = message
            Qt.callLater(function () { target.forceActiveFocus() })
        } else {
            formError = message
        }
    }

    function clearErrors() {
        for (const key in fields)
            fields[key].errorText = ""
        formError = ""
    }

    function reset() {
        for (const key in fields)
            fields[key].clear()
        formError = ""
        step = "form"
    }

    function afterStep() {
        if (auth.status === Auth.SignedIn) {
            reset()
            root.signedUp()
            return
        }
        const attempt = auth.signUpAttempt
        if (attempt.unverifiedFields.indexOf("email_address") >= 0) {
            if (step !== "verify")
                run(auth.prepareSignUpVerification(Factor.EmailCode), function () {
                    step = "verify"
                    Qt.callLater(function () { codeField.forceActiveFocus() })
                })
        } else if (attempt.missingFields.length > 0) {
            formError = qsTr("Still missing: %1").arg(attempt.missingFields.join(", "))
        }
    }

    function submit() {
        if (busy || !auth)
            return
        clearErrors()
        if (step === "form") {
            run(auth.signUp({
                firstName: firstNameField.text, lastName: lastNameField.text,
                emailAddress: emailField.text, password: passwordField.text
            }), afterStep)
        } else {
            run(auth.attemptSignUpVerification(Factor.EmailCode, codeField.text), afterStep)
        }
    }

    contentItem: ColumnLayout {
        spacing: ClerkTheme.spacing
        enabled: !root.busy

        Label {
            Layout.fillWidth: true
            text: root.step === "verify" ? qsTr("Verify your email") : root.title
            font.pointSize: root.font.pointSize + 5
            font.weight: Font.Bold
            color: ClerkTheme.textColor
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: 8
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: ClerkTheme.mutedTextColor
            text: root.step === "verify"
                  ? qsTr("Enter the code sent to %1").arg(root.auth ? root.auth.signUpAttempt.emailAddress : "")
                  : root.subtitle
        }
        RowLayout {
            visible: root.step === "form"
            spacing: ClerkTheme.spacing
            ClerkTextField {
                id: firstNameField
                objectName: "firstNameField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("First name")
                accentColor: root.accentColor
                radius: root.radius
                onAccepted: root.submit()
            }
            ClerkTextField {
                id: lastNameField
                objectName: "lastNameField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("Last name")
                accentColor: root.accentColor
                radius: root.radius
                onAccepted: root.submit()
            }
        }
        ClerkTextField {
            id: emailField
            objectName: "emailAddressField"
            Layout.fillWidth: true
            visible: root.step === "form"
            label: qsTr("Email address")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            accentColor: root.accentColor
            radius: root.radius
            onAccepted: root.submit()
        }
        ClerkTextField {
            id: passwordField
            objectName: "passwordField"
            Layout.fillWidth: true
            visible: root.step === "form"
            label: qsTr("Password")
            echoMode: TextInput.Password
            accentColor: root.accentColor
            radius: root.radius
            onAccepted: root.submit()
        }
        ClerkTextField {
            id: codeField
            objectName: "codeField"
            Layout.fillWidth: true
            visible: root.step === "verify"
            label: qsTr("Verification code")
            inputMethodHints: Qt.ImhDigitsOnly
            accentColor: root.accentColor
            radius: root.radius
            onAccepted: root.submit()
        }
        Label {
            objectName: "formError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.formError
            color: ClerkTheme.errorColor
            wrapMode: Text.Wrap
        }
        ClerkButton {
            objectName: "continueButton"
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: qsTr("Continue")
            busy: root.busy
            accentColor: root.accentColor
            radius: root.radius
            onClicked: root.submit()
        }
        ClerkLink {
            Layout.alignment: Qt.AlignHCenter
            visible: root.step === "verify"
            text: qsTr("Resend code")
            accentColor: root.accentColor
            onClicked: root.run(root.auth.prepareSignUpVerification(Factor.EmailCode))
        }
        RowLayout {
            visible: root.showSignInLink && root.step === "form"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 8
            Label {
                text: qsTr("Already have an account?")
                color: ClerkTheme.mutedTextColor
            }
            ClerkLink {
                objectName: "signInLink"
                text: qsTr("Sign in")
                accentColor: root.accentColor
                onClicked: root.signInRequested()
            }
        }
    }
}
