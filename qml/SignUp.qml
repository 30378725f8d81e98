import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Sign-up form driven by the instance's settings (auth.userSettings, from /v1/environment): the fields the
// instance enables, its required ones marked, legal consent with its terms and privacy links, OAuth buttons →
// a "continue" step for the fields Clerk still lists as missing (an OAuth sign-up that lacks a username, say) →
// a code for every field Clerk lists as unverified (email, then phone) → signed in.
//
// Keyboard: each step focuses its first field, Enter submits it (a complete code submits itself), Escape goes back
// to the form from the later steps (on the form itself it is left to whatever holds it, a dialog say).
//
// The OAuth buttons bring the browser back to a loopback listener, or, with oauthRedirectUrl set, to a URL of the
// app's own scheme, which the app hands to auth.handleOAuthRedirect() (Clerk::UrlSchemeHandler does).
ClerkPane {
    id: root

    property Auth auth: AuthProvider.auth
    property string title: qsTr("Create your account")
    property string subtitle: qsTr("Welcome! Please fill in the details to get started")
    property bool showSignInLink: true
    /// Where the OAuth buttons bring the browser back: empty (the default) is a one-shot loopback listener;
    /// otherwise a URL of a scheme the app registered with the OS, e.g. "com.example.app://oauth".
    property url oauthRedirectUrl

    /// form | continue | verify
    property string step: "form"
    /// Factor.EmailCode or Factor.PhoneCode while step is "verify".
    property int verifyStrategy: Factor.EmailCode
    readonly property bool busy: pending > 0
    property string formError: ""
    /// The error of the form's last operation (from that operation's reply); null until one fails, and again
    /// once the next operation starts.
    property var error: null
    property int pending: 0

    /// The instance's settings once its environment is read; until then the form asks for what most instances
    /// want (name, email address, password).
    readonly property var settings: auth ? auth.userSettings : null
    readonly property bool settingsKnown: settings !== null && settings.loaded
    /// Clerk's names of the fields the sign-up still lacks (the "continue" step shows only these).
    readonly property var missingFields: auth ? auth.signUpAttempt.missingFields : []

    signal signedUp()
    signal signInRequested()
    /// An operation of the form failed with `error` (also shown on its field, or as formError).
    signal errorOccurred(var error)

    padding: 28
    implicitWidth: 400

    readonly property var fields: ({
        firstName: firstNameField, lastName: lastNameField, username: usernameField, emailAddress: emailField,
        phoneNumber: phoneField, identifier: emailField, password: passwordField, code: codeField
    })

    // Whether the instance lets a sign-up give `field` (Clerk's name) — before the environment is known, the
    // fields of a typical instance.
    function fieldEnabled(field) {
        if (!settingsKnown)
            return ["first_name", "last_name", "email_address", "password"].indexOf(field) >= 0
        switch (field) {
        case "first_name": return settings.firstNameEnabled
        case "last_name": return settings.lastNameEnabled
        case "username": return settings.usernameEnabled
        case "email_address": return settings.emailAddressEnabled
        case "phone_number": return settings.phoneNumberEnabled
        case "password": return settings.passwordEnabled
        case "legal_accepted": return settings.legalConsentEnabled
        }
        return false
    }
    function fieldRequired(field) {
        if (!settingsKnown)
            return field === "email_address" || field === "password"
        switch (field) {
        case "first_name": return settings.firstNameRequired
        case "last_name": return settings.lastNameRequired
        case "username": return settings.usernameRequired
        case "email_address": return settings.emailAddressRequired
        case "phone_number": return settings.phoneNumberRequired
        case "password": return settings.passwordRequired
        case "legal_accepted": return settings.legalConsentEnabled
        }
        return false
    }
    // The form step shows what the instance enables; the continue step only what Clerk says is missing.
    function shown(field) {
        if (step === "form")
            return fieldEnabled(field)
        return step === "continue" && missingFields.indexOf(field) >= 0
    }
    function labelOf(text, field) { return fieldRequired(field) ? qsTr("%1 *").arg(text) : text }

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
        legalBox.checked = false
        formError = ""
        step = "form"
    }

    function focusFirstField() {
        Qt.callLater(function () {
            if (!root.visible)
                return
            const order = [firstNameField, lastNameField, usernameField, emailField, phoneField, passwordField,
                           codeField]
            for (let i = 0; i < order.length; ++i) {
                if (order[i].visible) {
                    order[i].forceActiveFocus()
                    return
                }
            }
        })
    }

    /// Goes back to the form from a later step (Escape); false on the form, where there is nothing to go back to.
    function back() {
        if (step === "form")
            return false
        if (!busy) {
            clearErrors()
            codeField.clear()
            step = "form"
            focusFirstField()
        }
        return true
    }

    function sendCode(strategy) {
        run(auth.prepareSignUpVerification(strategy), function () {
            verifyStrategy = strategy
            codeField.clear()
            step = "verify"
            focusFirstField()
        })
    }

    // Where Clerk's answer leaves the sign-up: done, fields still missing, or a field to verify.
    function afterStep() {
        if (auth.status === Auth.SignedIn) {
            reset()
            root.signedUp()
            return
        }
        if (auth.status !== Auth.SigningUp) {
            // An OAuth sign-up of an account that has a user became that user's sign-in (Clerk's transfer), and
            // the sign-in wants more (a second factor): the sign-in form takes it from here.
            reset()
            root.signInRequested()
            return
        }
        const attempt = auth.signUpAttempt
        if (attempt.missingFields.length > 0) {
            step = "continue"
            focusFirstField()
        } else if (attempt.unverifiedFields.indexOf("email_address") >= 0) {
            sendCode(Factor.EmailCode)
        } else if (attempt.unverifiedFields.indexOf("phone_number") >= 0) {
            sendCode(Factor.PhoneCode)
        }
    }

    // The fields of the current step that hold something, as Auth.signUp()/updateSignUp() take them.
    function params() {
        const p = {}
        const add = function (field, key, value) {
            if (shown(field) && value.length > 0)
                p[key] = value
        }
        add("first_name", "firstName", firstNameField.text)
        add("last_name", "lastName", lastNameField.text)
        add("username", "username", usernameField.text)
        add("email_address", "emailAddress", emailField.text)
        add("phone_number", "phoneNumber", phoneField.text)
        add("password", "password", passwordField.text)
        if (shown("legal_accepted") && legalBox.checked)
            p.legalAccepted = true
        return p
    }

    function submit() {
        if (busy || !auth)
            return
        clearErrors()
        if (step === "form")
            run(auth.signUp(params()), afterStep)
        else if (step === "continue")
            run(auth.updateSignUp(params()), afterStep)
        else
            run(auth.attemptSignUpVerification(verifyStrategy, codeField.text), afterStep)
    }

    // The instance's settings and providers come from its environment, read once per configuration as soon as
    // the Auth has started (as SignIn does).
    property bool environmentRequested: false
    function loadEnvironment() {
        if (!auth || environmentRequested || auth.status === Auth.Loading || !visible)
            return
        environmentRequested = true
        auth.loadEnvironment()
    }
    onAuthChanged: {
        environmentRequested = false
        loadEnvironment()
    }
    // A form shown again (an app switching between SignIn and SignUp) takes the keys back.
    onVisibleChanged: {
        loadEnvironment()
        if (visible)
            focusFirstField()
    }
    Connections {
        target: root.auth
        function onStatusChanged() { root.loadEnvironment() }
        function onConfigChanged() { root.environmentRequested = false }
    }
    Component.onCompleted: {
        loadEnvironment()
        focusFirstField()
    }

    Keys.onEscapePressed: function (event) { event.accepted = root.back() }

    contentItem: ColumnLayout {
        spacing: ClerkTheme.spacing
        enabled: !root.busy

        Label {
            objectName: "titleLabel"
            Layout.fillWidth: true
            // The step's name, as a heading: screen readers announce it, and jump to it.
            Accessible.role: Accessible.Heading
            Accessible.name: text
            text: root.step === "verify" ? (root.verifyStrategy === Factor.PhoneCode ? qsTr("Verify your phone number")
                                                                                   : qsTr("Verify your email"))
                  : root.step === "continue" ? qsTr("Fill in missing fields") : root.title
            font.pointSize: root.font.pointSize + 5
            font.weight: Font.Bold
            color: ClerkTheme.textColor
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: 8
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: ClerkTheme.mutedTextColor
            text: root.step === "verify"
                  ? qsTr("Enter the code sent to %1").arg(!root.auth ? ""
                        : root.verifyStrategy === Factor.PhoneCode ? root.auth.signUpAttempt.phoneNumber
                                                                   : root.auth.signUpAttempt.emailAddress)
                  : root.step === "continue" ? qsTr("Please fill in the remaining details to continue")
                  : root.subtitle
        }

        OAuthButtons {
            Layout.fillWidth: true
            visible: root.step === "form" && root.auth !== null && root.auth.oauthProviders.length > 0
            auth: root.auth
            radius: root.radius
            onChosen: function (strategy) {
                root.run(root.auth.signUpWithOAuth(strategy, root.oauthRedirectUrl), root.afterStep)
            }
        }

        RowLayout {
            // From the fields' settings, not their `visible`: a hidden row hides its fields too.
            visible: root.shown("first_name") || root.shown("last_name")
            spacing: ClerkTheme.spacing
            ClerkTextField {
                id: firstNameField
                objectName: "firstNameField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                visible: root.shown("first_name")
                label: root.labelOf(qsTr("First name"), "first_name")
                accentColor: root.accentColor
                radius: root.radius
                onAccepted: root.submit()
            }
            ClerkTextField {
                id: lastNameField
                objectName: "lastNameField"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                visible: root.shown("last_name")
                label: root.labelOf(qsTr("Last name"), "last_name")
                accentColor: root.accentColor
                radius: root.radius
                onAccepted: root.submit()
            }
        }
        ClerkTextField {
            id: usernameField
            objectName: "usernameField"
            Layout.fillWidth: true
            visible: root.shown("username")
            label: root.labelOf(qsTr("Username"), "username")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
            accentColor: root.accentColor
            radius: root.radius
            onAccepted: root.submit()
        }
        ClerkTextField {
            id: emailField
            objectName: "emailAddressField"
            Layout.fillWidth: true
            visible: root.shown("email_address")
            label: root.labelOf(qsTr("Email address"), "email_address")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            accentColor: root.accentColor
            radius: root.radius
            onAccepted: root.submit()
        }
        ClerkTextField {
            id: phoneField
            objectName: "phoneNumberField"
            Layout.fillWidth: true
            visible: root.shown("phone_number")
            label: root.labelOf(qsTr("Phone number"), "phone_number")
            placeholderText: qsTr("+1 555 555 0100")
            inputMethodHints: Qt.ImhDialableCharactersOnly
            accentColor: root.accentColor
            radius: root.radius
            onAccepted: root.submit()
        }
        ClerkTextField {
            id: passwordField
            objectName: "passwordField"
            Layout.fillWidth: true
            visible: root.shown("password")
            label: root.labelOf(qsTr("Password"), "password")
            echoMode: TextInput.Password
            accentColor: root.accentColor
            radius: root.radius
            onAccepted: root.submit()
        }
        // Clerk's legal consent: the instance's own terms and privacy policy, opened in the system browser.
        RowLayout {
            objectName: "legalConsent"
            Layout.fillWidth: true
            visible: root.shown("legal_accepted")
            CheckBox {
                id: legalBox
                objectName: "legalCheckBox"
                Layout.alignment: Qt.AlignTop
                Accessible.name: qsTr("I agree to the Terms of Service and Privacy Policy")
                font: root.font
                // Enter submits the form here too, as in the fields; Space toggles the box.
                Keys.onReturnPressed: root.submit()
                Keys.onEnterPressed: root.submit()
            }
            Label {
                id: legalText
                objectName: "legalText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.StyledText
                color: ClerkTheme.textColor
                linkColor: root.accentColor
                readonly property url terms: root.settingsKnown ? root.settings.termsUrl : ""
                readonly property url privacy: root.settingsKnown ? root.settings.privacyPolicyUrl : ""
                readonly property string termsLink: terms.toString().length > 0
                    ? "<a href=\"%1\">%2</a>".arg(terms).arg(qsTr("Terms of Service")) : qsTr("Terms of Service")
                readonly property string privacyLink: privacy.toString().length > 0
                    ? "<a href=\"%1\">%2</a>".arg(privacy).arg(qsTr("Privacy Policy")) : qsTr("Privacy Policy")
                text: qsTr("I agree to the %1 and %2").arg(termsLink).arg(privacyLink)
                onLinkActivated: function (link) { Qt.openUrlExternally(link) }
            }
        }
        CodeField {
            id: codeField
            objectName: "codeField"
            Layout.fillWidth: true
            visible: root.step === "verify"
            accentColor: root.accentColor
            radius: root.radius
            onAccepted: root.submit()
            onFilled: root.submit()
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
            objectName: "resendLink"
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: parent.width
            wrapMode: Text.Wrap
            visible: root.step === "verify"
            text: qsTr("Resend code")
            accentColor: root.accentColor
            onClicked: root.run(root.auth.prepareSignUpVerification(root.verifyStrategy))
        }
        RowLayout {
            visible: root.showSignInLink && root.step === "form"
            Layout.alignment: Qt.AlignHCenter
            // A long translation wraps the question rather than pushing the link out of the card.
            Layout.maximumWidth: parent.width
            Layout.topMargin: 8
            Label {
                Layout.fillWidth: true
                text: qsTr("Already have an account?")
                color: ClerkTheme.mutedTextColor
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignRight
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
