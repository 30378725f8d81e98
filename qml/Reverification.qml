import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Step-up dialog: opens when `auth.reverification` asks for one (required(level): the app's API answered
// Clerk's reverification hint through AuthorizedNetworkAccessManager, or the app called request()), or with
// begin(level). It starts the reverification at that level and asks for what Clerk wants next — the password
// or an email/SMS code, then an authenticator, SMS or backup code — and closes when it is complete. Cancel (or
// Escape) cancels it: whoever waits gets its original answer. Put one in the app's main window.
// It takes the keys while open (the field is focused, Enter submits, a complete code submits itself) and gives them
// back when it closes; its colours are the theme's (a palette made of them, as ClerkPane's).
Popup {
    id: root

    property Auth auth: AuthProvider.auth
    readonly property var reverification: auth ? auth.reverification : null
    readonly property int status: reverification ? reverification.status : StepUp.None
    /// The strategy the field is for (a Factor value); chosen from what Clerk offers, changeable by the links.
    property int strategy: Factor.Unknown
    readonly property var choices: !reverification ? []
                                   : status === StepUp.NeedsSecondFactor ? strategiesOf(reverification.supportedSecondFactors)
                                   : strategiesOf(reverification.supportedFirstFactors)
    readonly property bool busy: pending > 0
    property int pending: 0
    property string formError: ""

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: 24
    // Narrower windows get a narrower dialog; its texts wrap.
    width: Math.min(380, parent ? parent.width - 32 : 380)
    font: ClerkTheme.font
    locale: Qt.locale(ClerkLanguage.localeName)

    palette.window: ClerkTheme.surfaceColor
    palette.windowText: ClerkTheme.textColor
    palette.base: ClerkTheme.fieldColor
    palette.alternateBase: ClerkTheme.backgroundColor
    palette.text: ClerkTheme.textColor
    palette.button: ClerkTheme.surfaceColor
    palette.buttonText: ClerkTheme.textColor
    palette.highlight: ClerkTheme.accentColor
    palette.highlightedText: ClerkTheme.accentTextColor
    palette.mid: ClerkTheme.borderColor
    palette.dark: ClerkTheme.borderColor
    palette.light: ClerkTheme.surfaceColor
    palette.link: ClerkTheme.accentColor

    background: Rectangle {
        color: ClerkTheme.surfaceColor
        radius: ClerkTheme.radius * 1.5
        border.color: ClerkTheme.borderColor
    }

    function strategiesOf(factors) {
        const out = []
        for (let i = 0; factors && i < factors.length; ++i) {
            const s = factors[i].strategy
            if (out.indexOf(s) < 0 && s !== Factor.Unknown)
                out.push(s)
        }
        return out
    }

    function run(reply, onSuccess) {
        if (!reply)
            return
        formError = ""
        pending += 1
        // A wrong password or code is shown on the field (typing clears it); anything else below it.
        reply.errorOccurred.connect(root, function (error) {
            const message = FormErrors.messageOf(error)
            if (codeField.visible && FormErrors.fieldOf(error).length > 0)
                codeField.errorText = message
            else
                formError = message
        })
        reply.finished.connect(root, function () {
            pending -= 1
            if (!reply.hasError && onSuccess)
                onSuccess()
        })
    }

    /// Opens the dialog and starts a step-up at `level` (a StepUp level).
    function begin(level) {
        open()
        run(reverification.start(level), chooseStrategy)
    }

    // What Clerk asks for next, in the order users expect: password, then codes.
    function chooseStrategy() {
        const preferred = status === StepUp.NeedsSecondFactor ? [Factor.Totp, Factor.PhoneCode, Factor.BackupCode]
                                                              : [Factor.Password, Factor.EmailCode, Factor.PhoneCode]
        for (let i = 0; i < preferred.length; ++i) {
            if (choices.indexOf(preferred[i]) >= 0)
                return use(preferred[i])
        }
        formError = qsTr("Your account has no way to verify that this app supports.")
    }

    // The field asks for `s`; a code by email or SMS is sent first.
    function use(s) {
        codeField.text = ""
        codeField.errorText = ""
        const first = status === StepUp.NeedsFirstFactor
        const sent = s === Factor.EmailCode || s === Factor.PhoneCode
        if (sent)
            run(first ? reverification.prepareFirstFactor(s) : reverification.prepareSecondFactor(s),
                function () { strategy = s })
        else
            strategy = s
        Qt.callLater(function () { codeField.forceActiveFocus() })
    }

    function submit() {
        if (busy || !reverification || codeField.text.length === 0)
            return
        const reply = status === StepUp.NeedsSecondFactor ? reverification.attemptSecondFactor(strategy, codeField.text)
                                                          : reverification.attemptFirstFactor(strategy, codeField.text)
        run(reply, function () {
            if (status === StepUp.NeedsSecondFactor)
                chooseStrategy()
        })
    }

    function label(s) {
        switch (s) {
        case Factor.Password: return qsTr("Use your password")
        case Factor.EmailCode: return qsTr("Email me a code")
        case Factor.PhoneCode: return qsTr("Text me a code")
        case Factor.Totp: return qsTr("Use your authenticator app")
        case Factor.BackupCode: return qsTr("Use a backup code")
        }
        return ""
    }

    onClosed: {
        if (status === StepUp.NeedsFirstFactor || status === StepUp.NeedsSecondFactor
                || (reverification && reverification.requested))
            reverification.cancel()
        strategy = Factor.Unknown
        formError = ""
    }

    Connections {
        target: root.reverification
        function onRequired(level) { root.begin(level) }
        function onCompleted() { root.close() }
    }

    contentItem: ColumnLayout {
        spacing: ClerkTheme.spacing
        enabled: !root.busy

        Label {
            objectName: "reverificationTitle"
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Verify it's you")
            font.pointSize: root.font.pointSize + 4
            font.weight: Font.Bold
            color: ClerkTheme.textColor
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: ClerkTheme.mutedTextColor
            text: root.strategy === Factor.Password ? qsTr("Enter your password to continue")
                  : root.strategy === Factor.EmailCode ? qsTr("Enter the code sent to your email")
                  : root.strategy === Factor.PhoneCode ? qsTr("Enter the code sent to your phone")
                  : root.strategy === Factor.Totp ? qsTr("Enter the code from your authenticator app")
                  : root.strategy === Factor.BackupCode ? qsTr("Enter one of your backup codes")
                  : qsTr("This action needs you to confirm your identity")
        }
        CodeField {
            id: codeField
            objectName: "reverificationField"
            Layout.fillWidth: true
            visible: root.strategy !== Factor.Unknown
            // A password or a backup code is anything; the other codes are digits, submitted once complete.
            digitsOnly: root.strategy !== Factor.Password && root.strategy !== Factor.BackupCode
            label: root.strategy === Factor.Password ? qsTr("Password") : qsTr("Code")
            echoMode: root.strategy === Factor.Password ? TextInput.Password : TextInput.Normal
            onAccepted: root.submit()
            onFilled: root.submit()
        }
        Label {
            objectName: "reverificationError"
            Layout.fillWidth: true
            visible: root.formError.length > 0
            wrapMode: Text.Wrap
            color: ClerkTheme.errorColor
            text: root.formError
            // An alert: screen readers announce it when it appears.
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ClerkButton {
            objectName: "reverificationContinue"
            Layout.fillWidth: true
            text: qsTr("Continue")
            busy: root.busy
            enabled: root.strategy !== Factor.Unknown
            onClicked: root.submit()
        }
        Repeater {
            model: root.choices
            delegate: ClerkLink {
                required property int modelData
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: parent.width
                wrapMode: Text.Wrap
                visible: modelData !== root.strategy && root.label(modelData).length > 0
                text: root.label(modelData)
                onClicked: root.use(modelData)
            }
        }
        ClerkLink {
            objectName: "reverificationCancel"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
