import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// UserProfile's two-step verification page. Authenticator app: createTotp → QR code of the otpauth URI and the
// secret as text → a code from the app → verifyTotp → the backup codes Clerk made with it, shown once → remove.
// Backup codes: a new set, shown once. Text message: a verified phone number reserved for the second factor,
// and which reserved number is the default. Each part shows only where the instance enables it.
//
// The TOTP secret lives only in `totpSetup` while the user scans it, and is dropped as soon as the enrolment is
// verified or cancelled; backup codes likewise until "Done".
//
// Keyboard: each step focuses its first control; a complete code submits itself (Enter too); Escape cancels the
// enrolment.
Item {
    id: root

    property var auth: AuthProvider.auth
    readonly property string title: qsTr("Two-step verification")
    readonly property var settings: auth ? auth.userSettings : undefined
    readonly property bool available: !!settings
                                      && (settings.totpEnabled || settings.backupCodeEnabled
                                          || settings.phoneSecondFactorEnabled)
    readonly property var user: auth ? auth.user : undefined

    /// overview | totp (scanning and verifying) | backupCodes (shown once)
    property string step: "overview"
    /// The enrolment being verified (`id`, `secret` and `uri` of the totpSetup); null outside the "totp" step.
    property var totpSetup: null
    /// The codes to show on the "backupCodes" step; empty once the user is done with them.
    property var backupCodes: []
    readonly property bool busy: pending > 0
    property int pending: 0
    property string formError: ""
    /// The error of the page's last operation; null until one fails, and again once the next one starts.
    property var error: null
    /// An operation failed with `error` (also shown on the code field, or as formError).
    signal errorOccurred(var error)

    readonly property var verifiedPhones: {
        const out = []
        const phones = user ? user.phoneNumbers : []
        for (let i = 0; phones && i < phones.length; ++i) {
            if (phones[i].verified)
                out.push(phones[i])
        }
        return out
    }

    /// Its own heading above the content; UserProfile turns it off, as it shows the page's title itself (the
    /// enrolment's and the backup codes' headings show all the same).
    property bool headingShown: true

    implicitWidth: 480
    implicitHeight: content.implicitHeight

    // As SignIn's run(): busy while the reply is pending, its own error shown when it fails. The reply deletes
    // itself once finished, so the error is kept from the signal, and the value read before returning.
    function run(reply, onSuccess) {
        if (!reply)
            return
        formError = ""
        codeField.errorText = ""
        root.error = null
        pending += 1
        reply.errorOccurred.connect(root, function (error) { root.error = error })
        reply.finished.connect(root, function () {
            pending -= 1
            if (reply.hasError) {
                const message = FormErrors.messageOf(root.error)
                if (step === "totp" && FormErrors.fieldOf(root.error) === "code") {
                    codeField.errorText = message
                    Qt.callLater(function () { codeField.forceActiveFocus() })
                } else {
                    formError = message
                }
                root.errorOccurred(root.error)
            } else if (onSuccess) {
                onSuccess(reply.result)
            }
        })
    }

    // Plain copies: a value read from a reply refers back to it, and the reply deletes itself once finished.
    function copyOf(list) {
        const out = []
        for (let i = 0; list && i < list.length; ++i)
            out.push(String(list[i]))
        return out
    }

    function startTotp() {
        run(auth.account.createTotp(), function (setup) {
            totpSetup = { id: setup.id, secret: setup.secret, uri: setup.uri }
            codeField.clear()
            step = "totp"
            Qt.callLater(function () { codeField.forceActiveFocus() })
        })
    }

    function verifyTotp() {
        if (busy)
            return
        if (codeField.text.trim().length === 0) {
            codeField.errorText = qsTr("Enter the code from your authenticator app.")
            return
        }
        run(auth.account.verifyTotp(codeField.text), function (setup) {
            totpSetup = null
            codeField.clear()
            if (setup.backupCodes.length > 0)
                showBackupCodes(setup.backupCodes)
            else
                showOverview()
        })
    }

    function cancelTotp() {
        totpSetup = null
        codeField.clear()
        formError = ""
        showOverview()
    }

    function showBackupCodes(codes) {
        backupCodes = copyOf(codes)
        step = "backupCodes"
        Qt.callLater(function () { if (root.visible) copyBackupCodesButton.forceActiveFocus(Qt.TabFocusReason) })
    }

    function finishBackupCodes() {
        backupCodes = []
        showOverview()
    }

    // Back on the overview the keyboard lands on its first button (the item that had the focus is hidden now).
    function showOverview() {
        step = "overview"
        Qt.callLater(function () {
            if (!root.visible)
                return
            const first = [addTotpButton, disableTotpButton, regenerateButton].find(b => b.visible && b.enabled)
            if (first)
                first.forceActiveFocus(Qt.TabFocusReason)
        })
    }

    Keys.onEscapePressed: (event) => {
        event.accepted = root.step === "totp"
        if (event.accepted)
            root.cancelTotp()
    }

    // Qt Quick has no clipboard API of its own; a text editor's copy() reaches the system clipboard.
    function copyBackupCodes() {
        clipboardHelper.text = backupCodes.join("\n")
        clipboardHelper.selectAll()
        clipboardHelper.copy()
        clipboardHelper.text = ""
        copiedNote.visible = true
    }

    TextEdit {
        id: clipboardHelper
        visible: false
    }

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: ClerkTheme.spacing
        enabled: !root.busy

        Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            visible: root.headingShown || root.step !== "overview"
            wrapMode: Text.Wrap
            text: root.step === "totp" ? qsTr("Add authenticator application")
                  : root.step === "backupCodes" ? qsTr("Save your backup codes") : root.title
            font.pointSize: ClerkTheme.font.pointSize + 4
            font.weight: Font.Bold
            color: ClerkTheme.textColor
        }

        // ---- overview ----
        ColumnLayout {
            objectName: "totpSection"
            Layout.fillWidth: true
            visible: root.step === "overview" && !!root.settings && root.settings.totpEnabled
            spacing: 6
            Label {
                text: qsTr("Authenticator application")
                font.weight: Font.DemiBold
                color: ClerkTheme.textColor
            }
            Label {
                objectName: "totpStatusLabel"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: ClerkTheme.mutedTextColor
                text: root.user && root.user.totpEnabled
                      ? qsTr("On: sign-ins ask for a code from your authenticator app.")
                      : qsTr("Use an app such as Google Authenticator or 1Password to generate sign-in codes.")
            }
            ClerkButton {
                id: addTotpButton
                objectName: "addTotpButton"
                visible: !!root.user && !root.user.totpEnabled
                primary: false
                text: qsTr("Add authenticator app")
                Accessible.name: qsTr("Add an authenticator app")
                busy: root.busy
                onClicked: root.startTotp()
            }
            ClerkButton {
                id: disableTotpButton
                objectName: "disableTotpButton"
                visible: !!root.user && root.user.totpEnabled
                primary: false
                text: qsTr("Remove authenticator app")
                Accessible.name: text
                onClicked: root.run(root.auth.account.disableTotp())
            }
        }

        ColumnLayout {
            objectName: "backupCodesSection"
            Layout.fillWidth: true
            // Clerk makes backup codes only beside another second factor.
            visible: root.step === "overview" && !!root.settings && root.settings.backupCodeEnabled
                     && !!root.user && root.user.twoFactorEnabled
            spacing: 6
            Label {
                text: qsTr("Backup codes")
                font.weight: Font.DemiBold
                color: ClerkTheme.textColor
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: ClerkTheme.mutedTextColor
                text: qsTr("Single-use codes for when you cannot use your other second factor. A new set replaces the old one.")
            }
            ClerkButton {
                id: regenerateButton
                objectName: "regenerateBackupCodesButton"
                primary: false
                text: qsTr("Regenerate codes")
                Accessible.name: qsTr("Regenerate backup codes")
                onClicked: root.run(root.auth.account.createBackupCodes(), root.showBackupCodes)
            }
        }

        ColumnLayout {
            objectName: "phoneSection"
            Layout.fillWidth: true
            visible: root.step === "overview" && !!root.settings && root.settings.phoneSecondFactorEnabled
            spacing: 6
            Label {
                text: qsTr("Text message")
                font.weight: Font.DemiBold
                color: ClerkTheme.textColor
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: ClerkTheme.mutedTextColor
                text: root.verifiedPhones.length > 0
                      ? qsTr("Sign-ins can ask for a code sent to one of your verified phone numbers.")
                      : qsTr("Add and verify a phone number first to receive sign-in codes by text message.")
            }
            Repeater {
                model: root.verifiedPhones
                // The links flow under the number where a language's words do not fit beside it.
                delegate: Flow {
                    objectName: "phoneRow_" + modelData.phoneNumber
                    Layout.fillWidth: true
                    spacing: 10
                    Label {
                        text: modelData.phoneNumber
                        color: ClerkTheme.textColor
                    }
                    Label {
                        objectName: "defaultBadge"
                        visible: modelData.defaultSecondFactor
                        text: qsTr("Default")
                        color: ClerkTheme.mutedTextColor
                    }
                    ClerkLink {
                        objectName: "reservePhoneLink"
                        visible: !modelData.reservedForSecondFactor
                        text: qsTr("Use for sign-in codes")
                        Accessible.role: Accessible.Link
                        Accessible.name: qsTr("Use %1 for sign-in codes").arg(modelData.phoneNumber)
                        onClicked: root.run(root.auth.account.setPhoneNumberReservedForSecondFactor(modelData.id, true))
                    }
                    ClerkLink {
                        objectName: "makeDefaultLink"
                        visible: modelData.reservedForSecondFactor && !modelData.defaultSecondFactor
                        text: qsTr("Make default")
                        Accessible.role: Accessible.Link
                        Accessible.name: qsTr("Make %1 the default second factor").arg(modelData.phoneNumber)
                        onClicked: root.run(root.auth.account.makeDefaultSecondFactor(modelData.id))
                    }
                    ClerkLink {
                        objectName: "releasePhoneLink"
                        visible: modelData.reservedForSecondFactor
                        text: qsTr("Remove")
                        Accessible.role: Accessible.Link
                        Accessible.name: qsTr("Stop sending sign-in codes to %1").arg(modelData.phoneNumber)
                        onClicked: root.run(root.auth.account.setPhoneNumberReservedForSecondFactor(modelData.id, false))
                    }
                }
            }
        }

        // ---- authenticator enrolment ----
        Label {
            Layout.fillWidth: true
            visible: root.step === "totp"
            wrapMode: Text.Wrap
            color: ClerkTheme.mutedTextColor
            text: qsTr("Scan this QR code with your authenticator app, then enter the code it shows.")
        }
        // Scanners read dark modules on a light ground with a quiet zone round them: the code keeps its own white box
        // in the dark preset too (the only fixed colours of the page, on purpose).
        Rectangle {
            objectName: "qrQuietZone"
            visible: root.step === "totp"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 224
            Layout.preferredHeight: 224
            color: "#ffffff"
            radius: ClerkTheme.radius
            border.color: ClerkTheme.borderColor
            QrCode {
                objectName: "totpQrCode"
                anchors.fill: parent
                anchors.margins: 12
                // Only while enrolling: the item keeps no other copy of the secret.
                text: root.totpSetup ? root.totpSetup.uri : ""
                color: "#000000"
                backgroundColor: "#ffffff"
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code for your authenticator app")
                // Its text alternative: the key the code carries, which the app also accepts typed in.
                //: %1 is the secret key (letters and digits) an authenticator app accepts instead of the QR code.
                Accessible.description: root.totpSetup ? qsTr("Key: %1").arg(root.totpSetup.secret) : ""
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.step === "totp"
            wrapMode: Text.Wrap
            color: ClerkTheme.mutedTextColor
            text: qsTr("Can't scan it? Enter this key in the app instead:")
        }
        TextEdit {
            objectName: "secretText"
            Layout.fillWidth: true
            visible: root.step === "totp"
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            text: root.totpSetup ? root.totpSetup.secret : ""
            font.family: "monospace"
            font.pointSize: ClerkTheme.font.pointSize + 1
            color: ClerkTheme.textColor
            selectionColor: ClerkTheme.accentColor
            selectedTextColor: ClerkTheme.accentTextColor
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Secret key for your authenticator app")
            Accessible.description: text
        }
        CodeField {
            id: codeField
            objectName: "codeField"
            Layout.fillWidth: true
            visible: root.step === "totp"
            onAccepted: root.verifyTotp()
            onFilled: root.verifyTotp()
        }

        // ---- backup codes, once ----
        Label {
            Layout.fillWidth: true
            visible: root.step === "backupCodes"
            wrapMode: Text.Wrap
            color: ClerkTheme.mutedTextColor
            text: qsTr("Keep these codes somewhere safe. Each one signs you in once if you lose your second factor. They will not be shown again.")
        }
        Grid {
            objectName: "backupCodesGrid"
            visible: root.step === "backupCodes"
            Layout.alignment: Qt.AlignHCenter
            columns: 2
            columnSpacing: 32
            rowSpacing: 6
            Repeater {
                model: root.step === "backupCodes" ? root.backupCodes : []
                delegate: Label {
                    text: modelData
                    font.family: "monospace"
                    font.pointSize: ClerkTheme.font.pointSize + 1
                    color: ClerkTheme.textColor
                }
            }
        }
        Label {
            id: copiedNote
            objectName: "copiedNote"
            visible: false
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Copied to the clipboard")
            color: ClerkTheme.mutedTextColor
            Accessible.role: Accessible.StatusBar
            Accessible.name: text
        }

        Label {
            objectName: "formError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.formError
            color: ClerkTheme.errorColor
            wrapMode: Text.Wrap
            // Announced when it appears.
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        // The buttons wrap under each other where a language's words do not fit beside each other.
        Flow {
            visible: root.step !== "overview"
            Layout.fillWidth: true
            spacing: 8
            ClerkButton {
                objectName: "cancelTotpButton"
                visible: root.step === "totp"
                primary: false
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel adding the authenticator app")
                onClicked: root.cancelTotp()
            }
            ClerkButton {
                objectName: "verifyTotpButton"
                visible: root.step === "totp"
                text: qsTr("Verify")
                Accessible.name: qsTr("Verify the code")
                busy: root.busy
                onClicked: root.verifyTotp()
            }
            ClerkButton {
                id: copyBackupCodesButton
                objectName: "copyBackupCodesButton"
                visible: root.step === "backupCodes"
                primary: false
                text: qsTr("Copy")
                Accessible.name: qsTr("Copy the backup codes")
                onClicked: root.copyBackupCodes()
            }
            ClerkButton {
                objectName: "backupCodesDoneButton"
                visible: root.step === "backupCodes"
                text: qsTr("Done")
                Accessible.name: qsTr("I have saved the backup codes")
                onClicked: {
                    copiedNote.visible = false
                    root.finishBackupCodes()
                }
            }
        }
    }
}
