import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Sign-in form: identifier → password or code → second factor. "Forgot password?" on the password step:
// choice of reset code (email or SMS, as the attempt offers) → code → new password → signed in.
//
// The strategies offered are the sign-in attempt's own (`supportedFirstFactors`, `supportedSecondFactors`):
// what the instance has enabled *and* the user has set up. Field errors come from Clerk's error codes.
//
// Keyboard: each step focuses its first field, Enter submits it (a complete one-time code submits itself), Escape
// goes back one step (on the identifier step it is left to whatever holds the form, a dialog say). In Clerk's order:
// social buttons, "or", then the identifier and Continue.
//
// The social buttons bring the browser back to a loopback listener, or, with oauthRedirectUrl set, to a URL of the
// app's own scheme, which the app hands to auth.handleOAuthRedirect() (Clerk::UrlSchemeHandler does).
ClerkPane {
    id: root

    property Auth auth: AuthProvider.auth
    property string title: qsTr("Sign in")
    property string subtitle: qsTr("Welcome back! Please sign in to continue")
    /// Show the "Don't have an account? Sign up" footer.
    property bool showSignUpLink: true
    /// Where the provider buttons' OAuth brings the browser back: empty (the default) is a one-shot loopback
    /// listener; otherwise a URL of a scheme the app registered with the OS, e.g. "com.example.app://oauth".
    property url oauthRedirectUrl

    /// identifier | password | code | secondFactor (also client trust: a code for a new device) | resetChoice |
    /// newPassword | task (SessionTask: a pending session's task) | emailLink
    property string step: "identifier"
    readonly property bool busy: pending > 0
    readonly property var firstFactors: auth ? enabledOnly(strategiesOf(auth.signInAttempt.supportedFirstFactors)) : []
    readonly property var secondFactors: auth ? strategiesOf(auth.signInAttempt.supportedSecondFactors) : []
    /// The attempt's reset-password factors (Factor values: strategy and the masked address or number).
    readonly property var resetFactors: auth ? resetFactorsOf(auth.signInAttempt.supportedFirstFactors) : []
    /// Factor.EmailCode, PhoneCode, ResetPasswordEmailCode or ResetPasswordPhoneCode while step is "code"; Totp,
    /// BackupCode or PhoneCode while "secondFactor".
    property int codeStrategy: Factor.Unknown
    readonly property bool codeByPhone: codeStrategy === Factor.PhoneCode
                                        || codeStrategy === Factor.ResetPasswordPhoneCode
    property string formError: ""
    /// The error of the form's last operation (from that operation's reply); null until one fails, and again
    /// once the next operation starts.
    property var error: null

    signal signedIn()
    signal signUpRequested()
    /// An operation of the form failed with `error` (also shown on its field, or as formError).
    signal errorOccurred(var error)

    property int pending: 0
    /// The steps that led to this one, for Escape (back one step).
    property var history: []

    padding: 28
    implicitWidth: 400

    // The strategies of a list of Factor values, as Auth's methods take them.
    function strategiesOf(factors) {
        const out = []
        for (let i = 0; factors && i < factors.length; ++i)
            out.push(factors[i].strategy)
        return out
    }

    // Drops the strategies the instance has switched off (once its settings are known): no password without
    // the password attribute, no code that is not one of its first factors.
    function enabledOnly(strategies) {
        const s = auth ? auth.userSettings : null
        if (!s || !s.loaded)
            return strategies
        return strategies.filter(function (strategy) {
            if (strategy === Factor.Password) return s.passwordEnabled
            if (strategy === Factor.EmailCode) return s.emailCodeEnabled
            if (strategy === Factor.PhoneCode) return s.phoneCodeEnabled
            return true
        })
    }

    function resetFactorsOf(factors) {
        const out = []
        for (let i = 0; factors && i < factors.length; ++i) {
            if (factors[i].strategy === Factor.ResetPasswordEmailCode
                    || factors[i].strategy === Factor.ResetPasswordPhoneCode)
                out.push(factors[i])
        }
        return out
    }

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
        const message = FormErrors.messageOf(error)
        const field = FormErrors.fieldOf(error)
        let target = null
        if (field === "identifier" && step === "identifier")
            target = identifierField
        else if (field === "password" && step === "password")
            target = passwordField
        else if (field === "password" && step === "newPassword")
            target = newPassword.newPasswordField
        else if (field === "code" && (step === "code" || step === "secondFactor"))
            target = codeField
        if (target) {
            target.errorText = message
            Qt.callLater(function () { target.forceActiveFocus() })
        } else {
            formError = message
        }
    }

    function clearErrors() {
        identifierField.errorText = ""
        passwordField.errorText = ""
        codeField.errorText = ""
        newPassword.newPasswordField.errorText = ""
        newPassword.confirmPasswordField.errorText = ""
        formError = ""
    }

    // `back`: returning to an earlier step, which is then no longer in the history.
    function goTo(newStep, back) {
        if (step === "emailLink" && newStep !== "emailLink")
            emailLinkWait.stop()
        clearErrors()
        passwordField.text = ""
        codeField.text = ""
        newPassword.clear()
        if (newStep === "identifier" || newStep === "task")
            history = []
        else if (!back && newStep !== step)
            history = history.concat([step])
        step = newStep
        Qt.callLater(focusStep)
    }

    /// Focuses the first field (or control) of the current step.
    function focusStep() {
        if (!visible)
            return
        if (step === "identifier") identifierField.forceActiveFocus()
        else if (step === "password") passwordField.forceActiveFocus()
        else if (step === "newPassword") newPassword.forceActiveFocus()
        else if (step === "resetChoice") resetChoice.forceActiveFocus()
        else if (step === "emailLink") emailLinkWait.focusFirst()
        else if (step === "task") sessionTask.focusFirst()
        else codeField.forceActiveFocus()
    }

    /// Goes back one step (Escape); false on the identifier step, where there is nothing to go back to.
    function back() {
        if (step === "identifier")
            return false
        if (busy || step === "task")
            return true
        // Past the first factor (or with a reset code verified) the attempt cannot go back a step, and an email link
        // is a sign-in of its own, which Escape cancels as Cancel does: start over.
        if (step === "secondFactor" || step === "newPassword" || step === "emailLink" || history.length === 0) {
            goTo("identifier")
        } else {
            const previous = history[history.length - 1]
            history = history.slice(0, history.length - 1)
            goTo(previous, true)
        }
        return true
    }

    function reset() {
        identifierField.text = ""
        codeStrategy = Factor.Unknown
        goTo("identifier")
    }

    function afterStep() {
        if (!auth)
            return
        if (auth.status === Auth.SignedIn) {
            reset()
            root.signedIn()
        } else if (auth.status === Auth.NeedsSecondFactor || auth.status === Auth.NeedsClientTrust) {
            enterSecondFactor()
        } else if (auth.status === Auth.NeedsTask) {
            goTo("task")
        } else if (auth.signInAttempt.status === SignInAttempt.NeedsNewPassword) {
            goTo("newPassword")
        }
    }

    function enterSecondFactor() {
        const factors = secondFactors
        if (factors.indexOf(Factor.Totp) >= 0)
            chooseSecondFactor(Factor.Totp)
        else if (factors.indexOf(Factor.EmailCode) >= 0) // client trust offers email and SMS codes
            chooseSecondFactor(Factor.EmailCode)
        else if (factors.indexOf(Factor.PhoneCode) >= 0)
            chooseSecondFactor(Factor.PhoneCode)
        else if (factors.indexOf(Factor.BackupCode) >= 0)
            chooseSecondFactor(Factor.BackupCode)
        else
            formError = qsTr("This account needs a second factor this app cannot offer.")
    }

    function chooseSecondFactor(strategy) {
        codeStrategy = strategy
        if (strategy === Factor.PhoneCode || strategy === Factor.EmailCode)
            run(auth.prepareSecondFactor(strategy), function () { goTo("secondFactor") })
        else
            goTo("secondFactor")
    }

    function sendCode(strategy) {
        run(auth.prepareFirstFactor(strategy), function () {
            codeStrategy = strategy
            goTo("code")
        })
    }

    // Email-link sign-in: the waiting screen sends the link and finishes on its own once it is opened.
    function sendEmailLink() {
        goTo("emailLink")
        emailLinkWait.start()
    }

    // Enterprise SSO: the identifier's domain leads to the organization's identity provider in the browser.
    function signInWithSso() {
        run(auth.signInWithEnterpriseSso(auth.signInAttempt.identifier || identifierField.text), afterStep)
    }

    function submit() {
        if (busy || !auth)
            return
        clearErrors()
        if (step === "identifier") {
            if (identifierField.text.trim().length === 0) {
                //: %1 is the identifier field's label, e.g. "Email address or username"
                identifierField.errorText = qsTr("%1 is required.").arg(identifierField.label)
                return
            }
            run(auth.startSignIn(identifierField.text), function () {
                if (auth.status !== Auth.SigningIn)
                    return afterStep()
                // An address at a domain with an enterprise connection signs in there, as Clerk's own forms do.
                if (firstFactors.indexOf(Factor.EnterpriseSso) >= 0)
                    signInWithSso()
                else if (firstFactors.indexOf(Factor.Password) >= 0)
                    goTo("password")
                else if (firstFactors.indexOf(Factor.EmailCode) >= 0)
                    sendCode(Factor.EmailCode)
                else if (firstFactors.indexOf(Factor.PhoneCode) >= 0)
                    sendCode(Factor.PhoneCode)
                else if (firstFactors.indexOf(Factor.EmailLink) >= 0)
                    sendEmailLink()
                else
                    formError = qsTr("No sign-in method this app supports is enabled for this account.")
            })
        } else if (step === "password") {
            if (passwordField.text.length === 0) {
                passwordField.errorText = qsTr("Enter your password.")
                return
            }
            run(auth.attemptFirstFactor(Factor.Password, passwordField.text), afterStep)
        } else if (step === "code") {
            run(auth.attemptFirstFactor(codeStrategy, codeField.text), afterStep)
        } else if (step === "secondFactor") {
            run(auth.attemptSecondFactor(codeStrategy, codeField.text), afterStep)
        } else if (step === "newPassword") {
            const fields = newPassword
            if (fields.newPasswordField.text.length === 0) {
                fields.newPasswordField.errorText = qsTr("Enter a new password.")
                return
            }
            // The one check Clerk cannot make: the two fields agree. Length and strength are Clerk's to judge.
            if (fields.confirmPasswordField.text !== fields.newPasswordField.text) {
                fields.confirmPasswordField.errorText = qsTr("Passwords don't match.")
                return
            }
            run(auth.resetPassword(fields.newPasswordField.text, fields.signOutOthers), afterStep)
        }
    }

    // The instance's social providers come from its environment, read once per configuration as soon as the Auth
    // has started (an Auth still Loading may not have its configuration yet).
    property bool providersRequested: false
    function loadProviders() {
        if (!auth || providersRequested || auth.status === Auth.Loading)
            return
        providersRequested = true
        if (auth.oauthProviders.length === 0 || !auth.userSettings.loaded)
            auth.loadEnvironment()
    }
    onAuthChanged: {
        providersRequested = false
        loadProviders()
    }
    Connections {
        target: root.auth
        function onStatusChanged() {
            root.loadProviders()
            // A pending session restored at start shows its task here too.
            if (root.auth.status === Auth.NeedsTask && root.step !== "task")
                root.goTo("task")
        }
        function onConfigChanged() { root.providersRequested = false }
    }

    Component.onCompleted: {
        if (auth && (auth.status === Auth.NeedsSecondFactor || auth.status === Auth.NeedsClientTrust))
            enterSecondFactor()
        else if (auth && auth.status === Auth.NeedsTask)
            step = "task"
        loadProviders()
        Qt.callLater(focusStep)
    }
    // A form shown again (an app switching between SignIn and SignUp) takes the keys back.
    onVisibleChanged: if (visible) Qt.callLater(focusStep)

    Keys.onEscapePressed: function (event) { event.accepted = root.back() }

    contentItem: ColumnLayout {
        spacing: ClerkTheme.spacing
        enabled: !root.busy

        SignInHeader {
            Layout.fillWidth: true
            Layout.bottomMargin: 8
            form: root
        }

        // The identifier, once given, with a way back.
        RowLayout {
            visible: root.step !== "identifier" && root.step !== "task"
            Layout.fillWidth: true
            Label {
                objectName: "identifierLabel"
                Layout.fillWidth: true
                text: root.auth ? root.auth.signInAttempt.identifier || identifierField.text : identifierField.text
                elide: Text.ElideMiddle
                color: ClerkTheme.textColor
            }
            ClerkLink {
                objectName: "changeIdentifierLink"
                text: qsTr("Change")
                accentColor: root.accentColor
                onClicked: root.goTo("identifier")
            }
        }

        // Clerk's order: social buttons, "or", then the identifier.
        OAuthButtons {
            Layout.fillWidth: true
            visible: root.step === "identifier" && root.auth !== null && root.auth.oauthProviders.length > 0
            auth: root.auth
            radius: root.radius
            onChosen: function (strategy) {
                root.run(root.auth.signInWithOAuth(strategy, root.oauthRedirectUrl), root.afterStep)
            }
        }

        IdentifierField {
            id: identifierField
            objectName: "identifierField"
            Layout.fillWidth: true
            visible: root.step === "identifier"
            auth: root.auth
            accentColor: root.accentColor
            radius: root.radius
            font: root.font
            onAccepted: root.submit()
        }
        ClerkTextField {
            id: passwordField
            objectName: "passwordField"
            Layout.fillWidth: true
            visible: root.step === "password"
            label: qsTr("Password")
            echoMode: TextInput.Password
            accentColor: root.accentColor
            radius: root.radius
            font: root.font
            onAccepted: root.submit()
        }
        CodeField {
            id: codeField
            objectName: "codeField"
            Layout.fillWidth: true
            visible: root.step === "code" || root.step === "secondFactor"
            digitsOnly: root.codeStrategy !== Factor.BackupCode
            label: root.codeStrategy === Factor.BackupCode ? qsTr("Backup code") : qsTr("Verification code")
            accentColor: root.accentColor
            radius: root.radius
            font: root.font
            onAccepted: root.submit()
            onFilled: root.submit()
        }
        SignInNewPassword {
            id: newPassword
            Layout.fillWidth: true
            visible: root.step === "newPassword"
            form: root
            onAccepted: root.submit()
        }
        SignInResetChoice {
            id: resetChoice
            Layout.fillWidth: true
            visible: root.step === "resetChoice"
            form: root
        }

        EmailLinkWait {
            id: emailLinkWait
            objectName: "emailLinkWait"
            Layout.fillWidth: true
            visible: root.step === "emailLink"
            auth: root.auth
            identifier: root.auth ? root.auth.signInAttempt.identifier || identifierField.text : identifierField.text
            accentColor: root.accentColor
            radius: root.radius
            onCompleted: root.afterStep()
            onCanceled: root.goTo("identifier")
        }

        Label {
            objectName: "formError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.formError
            color: ClerkTheme.errorColor
            wrapMode: Text.Wrap
            // An alert: screen readers announce it when it appears.
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        SessionTask {
            id: sessionTask
            objectName: "sessionTask"
            visible: root.step === "task"
            Layout.fillWidth: true
            auth: root.auth
            onCompleted: if (root.step === "task") { root.reset(); root.signedIn() }
        }

        ClerkButton {
            objectName: "continueButton"
            visible: root.step !== "resetChoice" && root.step !== "task" && root.step !== "emailLink"
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: root.step === "newPassword" ? qsTr("Reset password") : qsTr("Continue")
            busy: root.busy
            accentColor: root.accentColor
            radius: root.radius
            onClicked: root.submit()
        }

        SignInAlternatives {
            Layout.fillWidth: true
            form: root
        }

        RowLayout {
            visible: root.showSignUpLink && root.step === "identifier"
            Layout.alignment: Qt.AlignHCenter
            // A long translation wraps the question rather than pushing the link out of the card.
            Layout.maximumWidth: parent.width
            Layout.topMargin: 8
            Label {
                Layout.fillWidth: true
                text: qsTr("Don't have an account?")
                color: ClerkTheme.mutedTextColor
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignRight
            }
            ClerkLink {
                objectName: "signUpLink"
                text: qsTr("Sign up")
                accentColor: root.accentColor
                onClicked: root.signUpRequested()
            }
        }
    }
}
