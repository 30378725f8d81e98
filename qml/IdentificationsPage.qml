import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// What EmailAddressesPage and PhoneNumbersPage share: the user's addresses or numbers with their state (primary,
// unverified, for two-step verification), and the flow add → code → verified; make primary; remove. Clerk's
// refusals (a taken address, a wrong code, the last identifier) show on the field or the page's error line.
// Keyboard: Enter submits the step, a complete code submits itself, Escape goes back to the list.
AccountPage {
    id: page

    /// Phone numbers rather than email addresses.
    property bool phone: false
    /// list | add | verify
    property string step: "list"
    /// The address or number being verified, while step is "verify".
    property string pendingId: ""
    property string pendingValue: ""
    readonly property var entries: user ? (phone ? user.phoneNumbers : user.emailAddresses) : []
    readonly property string primaryId: user ? (phone ? user.primaryPhoneNumberId : user.primaryEmailAddressId) : ""
    /// A verified number can be reserved for two-step verification (the instance has phone codes as second factor).
    readonly property bool secondFactorOffered: phone && !!settings && settings.phoneSecondFactorEnabled

    function valueOf(entry) { return phone ? entry.phoneNumber : entry.emailAddress }

    function goTo(newStep) {
        addField.clear()
        codeField.clear()
        formError = ""
        step = newStep
        Qt.callLater(function () {
            if (step === "add") addField.forceActiveFocus()
            else if (step === "verify") codeField.forceActiveFocus()
            else if (page.visible && addButton.visible) addButton.forceActiveFocus(Qt.TabFocusReason)
        })
    }

    function fieldFor(error) {
        const field = FormErrors.fieldOf(error)
        if (field === "code")
            return codeField
        if (field === (phone ? "phoneNumber" : "emailAddress") || field === "identifier")
            return addField
        return null
    }

    function add() {
        if (busy)
            return
        const value = addField.text.trim()
        if (value.length === 0) {
            addField.errorText = phone ? qsTr("Enter a phone number.") : qsTr("Enter an email address.")
            return
        }
        const account = auth.account
        run(phone ? account.addPhoneNumber(value) : account.addEmailAddress(value),
            function (entry) { sendCode(entry.id, valueOf(entry)) }, fieldFor)
    }

    /// Sends a verification code to the address or number `id` and asks for it.
    function sendCode(id, value) {
        const account = auth.account
        run(phone ? account.preparePhoneNumberVerification(id) : account.prepareEmailAddressVerification(id),
            function () {
                pendingId = id
                pendingValue = value
                goTo("verify")
            })
    }

    function verify() {
        if (busy)
            return
        if (codeField.text.trim().length === 0) {
            codeField.errorText = qsTr("Enter the code.")
            return
        }
        const account = auth.account
        const value = pendingValue
        run(phone ? account.attemptPhoneNumberVerification(pendingId, codeField.text)
                  : account.attemptEmailAddressVerification(pendingId, codeField.text),
            function () {
                goTo("list")
                statusText = qsTr("%1 is verified.").arg(value)
            }, fieldFor)
    }

    function makePrimary(id) {
        run(phone ? auth.account.setPrimaryPhoneNumber(id) : auth.account.setPrimaryEmailAddress(id))
    }

    function remove(id, value) {
        run(phone ? auth.account.removePhoneNumber(id) : auth.account.removeEmailAddress(id),
            function () { statusText = qsTr("%1 was removed.").arg(value) })
    }

    function setSecondFactor(id, reserved, onFailure) {
        run(auth.account.setPhoneNumberReservedForSecondFactor(id, reserved), null, null, onFailure)
    }

    onVisibleChanged: if (!visible && step !== "list") goTo("list")
    Keys.onEscapePressed: (event) => {
        event.accepted = page.step !== "list"
        if (event.accepted)
            page.goTo("list")
    }

    // The user's addresses or numbers.
    Repeater {
        model: page.entries
        delegate: Rectangle {
            id: row
            required property var modelData
            readonly property bool isPrimary: modelData.id === page.primaryId
            objectName: "entry_" + page.valueOf(modelData)
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 20
            radius: ClerkTheme.radius
            color: "transparent"
            border.color: ClerkTheme.borderColor

            RowLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 10
                spacing: 10
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: page.valueOf(row.modelData)
                        elide: Text.ElideMiddle
                        color: ClerkTheme.textColor
                        font.weight: Font.DemiBold
                    }
                    Label {
                        objectName: "badges"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        wrapMode: Text.Wrap
                        color: row.modelData.verified ? ClerkTheme.mutedTextColor : ClerkTheme.errorColor
                        text: {
                            const parts = []
                            if (row.isPrimary) parts.push(qsTr("Primary"))
                            if (!row.modelData.verified) parts.push(qsTr("Unverified"))
                            if (page.phone && row.modelData.reservedForSecondFactor)
                                parts.push(qsTr("Two-step verification"))
                            return parts.join(" · ")
                        }
                    }
                    // The switch's words beside it in a Label of their own, which wraps in a narrow page (a
                    // Switch's own text cannot); clicking them toggles the switch as its text would.
                    RowLayout {
                        Layout.fillWidth: true
                        visible: page.secondFactorOffered && row.modelData.verified
                        spacing: 0
                        Switch {
                            id: secondFactorSwitch
                            objectName: "secondFactorSwitch"
                            checked: page.phone && row.modelData.reservedForSecondFactor
                            font: ClerkTheme.font
                            Accessible.name: qsTr("Use %1 for two-step verification").arg(page.valueOf(row.modelData))
                            onToggled: page.setSecondFactor(row.modelData.id, checked, function () {
                                secondFactorSwitch.checked = Qt.binding(() => row.modelData.reservedForSecondFactor)
                            })
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Use for two-step verification")
                            wrapMode: Text.Wrap
                            color: ClerkTheme.textColor
                            Accessible.ignored: true
                            TapHandler {
                                onTapped: {
                                    secondFactorSwitch.toggle()
                                    secondFactorSwitch.toggled()
                                }
                            }
                        }
                    }
                }
                ClerkLink {
                    objectName: "verifyLink"
                    visible: !row.modelData.verified
                    text: qsTr("Verify")
                    Accessible.name: qsTr("Verify %1").arg(page.valueOf(row.modelData))
                    onClicked: page.sendCode(row.modelData.id, page.valueOf(row.modelData))
                }
                ClerkLink {
                    objectName: "makePrimaryLink"
                    visible: row.modelData.verified && !row.isPrimary
                    text: qsTr("Make primary")
                    Accessible.name: qsTr("Make %1 primary").arg(page.valueOf(row.modelData))
                    onClicked: page.makePrimary(row.modelData.id)
                }
                ClerkLink {
                    objectName: "removeLink"
                    text: qsTr("Remove")
                    accentColor: ClerkTheme.errorColor
                    Accessible.name: qsTr("Remove %1").arg(page.valueOf(row.modelData))
                    onClicked: page.remove(row.modelData.id, page.valueOf(row.modelData))
                }
            }
        }
    }
    Label {
        objectName: "emptyLabel"
        visible: page.entries.length === 0
        text: page.phone ? qsTr("No phone numbers yet.") : qsTr("No email addresses yet.")
        color: ClerkTheme.mutedTextColor
    }

    ClerkButton {
        id: addButton
        objectName: "addButton"
        visible: page.step === "list"
        primary: false
        text: page.phone ? qsTr("Add phone number") : qsTr("Add email address")
        Accessible.name: text
        onClicked: page.goTo("add")
    }

    // add: the new address or number.
    ClerkTextField {
        id: addField
        objectName: "addField"
        Layout.fillWidth: true
        visible: page.step === "add"
        label: page.phone ? qsTr("Phone number") : qsTr("Email address")
        placeholderText: page.phone ? qsTr("+15555550100") : qsTr("you@example.com")
        inputMethodHints: page.phone ? Qt.ImhDialableCharactersOnly
                                     : Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        onAccepted: page.add()
    }
    Label {
        Layout.fillWidth: true
        visible: page.step === "add"
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: page.phone ? qsTr("A text message with a verification code will be sent to this number.")
                         : qsTr("An email with a verification code will be sent to this address.")
    }

    // verify: the code sent to pendingValue.
    Label {
        objectName: "verifyPrompt"
        Layout.fillWidth: true
        visible: page.step === "verify"
        wrapMode: Text.Wrap
        color: ClerkTheme.textColor
        text: qsTr("Enter the verification code sent to %1").arg(page.pendingValue)
    }
    CodeField {
        id: codeField
        objectName: "codeField"
        Layout.fillWidth: true
        visible: page.step === "verify"
        onAccepted: page.verify()
        onFilled: page.verify()
    }
    ClerkLink {
        objectName: "resendLink"
        visible: page.step === "verify"
        text: qsTr("Resend code")
        Accessible.name: text
        onClicked: page.sendCode(page.pendingId, page.pendingValue)
    }
    // The buttons wrap under each other where a language's words do not fit beside each other.
    Flow {
        Layout.fillWidth: true
        visible: page.step !== "list"
        spacing: 8
        ClerkButton {
            objectName: "cancelButton"
            primary: false
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: page.goTo("list")
        }
        ClerkButton {
            objectName: "continueButton"
            busy: page.busy
            text: page.step === "verify" ? qsTr("Verify") : qsTr("Add")
            Accessible.name: text
            onClicked: page.step === "verify" ? page.verify() : page.add()
        }
    }
}
