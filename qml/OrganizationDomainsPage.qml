import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// OrganizationProfile's "Verified domains" page (Clerk's OrganizationProfile domains section): the organization's
// domains with their state; where the membership may manage them, add one, verify it with a code sent to an
// address at the domain, choose how it enrolls users (only once verified, as Clerk requires) and remove it.
// Listed where the membership has org:sys_domains:read. The list is read again whenever the page is shown.
OrganizationPage {
    id: page

    readonly property string title: qsTr("Verified domains")
    readonly property bool available: can("org:sys_domains:read")
    readonly property bool canManage: can("org:sys_domains:manage")
    /// The domains (OrganizationDomain), as last read.
    property var domains: []
    /// list | add | email (the address the code goes to) | code
    property string step: "list"
    /// The domain being verified, while step is "email" or "code".
    property var pendingDomain: null

    // A reply's result reads through to the reply, which goes once it has finished: keep copies.
    function copyOf(domain) {
        return {
            id: domain.id, name: domain.name, organizationId: domain.organizationId,
            enrollmentMode: domain.enrollmentMode, affiliationEmailAddress: domain.affiliationEmailAddress,
            verificationStatus: domain.verificationStatus, verified: domain.verified,
            totalPendingInvitations: domain.totalPendingInvitations,
            totalPendingSuggestions: domain.totalPendingSuggestions
        }
    }

    function fieldFor(error) {
        const field = FormErrors.fieldOf(error)
        if (field === "name")
            return nameField
        if (field === "affiliationEmailAddress")
            return emailField
        if (field === "code")
            return codeField
        return null
    }

    /// Reads the domains again; `message` (optional) is the page's status once they are read.
    function refresh(message) {
        if (!hasOrganization || !available)
            return
        const orgId = organization.id
        run(manager.loadDomains(orgId, 0, 100), function (result) {
            if (!hasOrganization || organization.id !== orgId)
                return
            const list = []
            for (let i = 0; i < result.items.length; ++i)
                list.push(copyOf(result.items[i]))
            domains = list
            if (message)
                statusText = message
        })
    }

    // Escape leaves adding or verifying a domain, as Cancel does, and the keyboard is back on "Add domain".
    function cancelStep() {
        pendingDomain = null
        goTo("list")
        Qt.callLater(function () { if (page.step === "list" && addDomainButton.visible) addDomainButton.forceActiveFocus() })
    }
    Keys.onEscapePressed: function (event) {
        if (step === "list") {
            event.accepted = false
            return
        }
        cancelStep()
    }

    function goTo(newStep) {
        nameField.clear()
        emailField.clear()
        codeField.clear()
        step = newStep
        Qt.callLater(function () {
            if (step === "add") nameField.input.forceActiveFocus()
            else if (step === "email") emailField.input.forceActiveFocus()
            else if (step === "code") codeField.input.forceActiveFocus()
        })
    }

    function add() {
        if (busy)
            return
        const name = nameField.text.trim()
        if (name.length === 0) {
            nameField.errorText = qsTr("Enter a domain, such as example.com.")
            return
        }
        run(manager.addDomain(organization.id, name), function (domain) {
            if (domain.verified) {
                goTo("list")
                refresh(qsTr("%1 is verified.").arg(domain.name))
            } else {
                startVerification(domain)
            }
        }, fieldFor)
    }

    function startVerification(domain) {
        pendingDomain = copyOf(domain)
        goTo("email")
        refresh()
    }

    function sendCode() {
        if (busy || !pendingDomain)
            return
        const local = emailField.text.trim()
        if (local.length === 0) {
            emailField.errorText = qsTr("Enter your address at %1.").arg(pendingDomain.name)
            return
        }
        // Clerk's form takes the part before the @; a whole address is accepted too.
        const address = local.indexOf("@") >= 0 ? local : local + "@" + pendingDomain.name
        run(manager.prepareDomainAffiliation(organization.id, pendingDomain.id, address), function (domain) {
            pendingDomain = copyOf(domain)
            goTo("code")
        }, fieldFor)
    }

    function verify() {
        if (busy || !pendingDomain)
            return
        if (codeField.text.trim().length === 0) {
            codeField.errorText = qsTr("Enter the code.")
            return
        }
        run(manager.attemptDomainAffiliation(organization.id, pendingDomain.id, codeField.text), function (domain) {
            goTo("list")
            pendingDomain = null
            refresh(qsTr("%1 is verified.").arg(domain.name))
        }, fieldFor)
    }

    function setMode(domain, mode) {
        if (domain.enrollmentMode === mode)
            return
        run(manager.setDomainEnrollmentMode(organization.id, domain.id, mode, false), function () { refresh() },
            null, function () { refresh() })
    }

    function remove(domain) {
        const name = domain.name
        run(manager.deleteDomain(organization.id, domain.id), function () {
            refresh(qsTr("%1 was removed.").arg(name))
        })
    }

    function modeText(mode) {
        if (mode === "automatic_invitation")
            return qsTr("Automatic invitation")
        if (mode === "automatic_suggestion")
            return qsTr("Automatic suggestion")
        return qsTr("No automatic enrollment")
    }

    onVisibleChanged: {
        if (visible)
            refresh()
        else if (step !== "list")
            goTo("list")
    }
    Component.onCompleted: if (visible) refresh()
    // A role change on the same organization that grants reading: not a switch, but the list was never read.
    onAvailableChanged: if (available && visible) refresh()
    onOrganizationSwitched: {
        domains = []
        goTo("list")
        if (visible)
            refresh()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: qsTr("People with a verified email address at a verified domain can be invited to, or offered, this organization.")
    }

    Repeater {
        model: page.step === "list" ? page.domains : []
        delegate: Rectangle {
            id: row
            required property var modelData
            objectName: "domain_" + modelData.name
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 20
            radius: ClerkTheme.radius
            color: "transparent"
            border.color: ClerkTheme.borderColor
            // One list item per domain: "acme.test, Verified".
            Accessible.role: Accessible.ListItem
            //: A domain in the list, for screen readers: %1 the domain, %2 "Verified" or "Unverified"
            Accessible.name: qsTr("%1, %2").arg(row.modelData.name).arg(badge.text)

            ColumnLayout {
                id: rowLayout
                anchors.fill: parent
                anchors.margins: 10
                spacing: 6
                RowLayout {
                    spacing: 8
                    Label {
                        objectName: "domainName"
                        Layout.fillWidth: true
                        text: row.modelData.name
                        font.weight: Font.DemiBold
                        color: ClerkTheme.textColor
                        elide: Text.ElideRight
                    }
                    Label {
                        id: badge
                        objectName: "verifiedBadge"
                        text: row.modelData.verified ? qsTr("Verified") : qsTr("Unverified")
                        leftPadding: 6
                        rightPadding: 6
                        color: row.modelData.verified ? ClerkTheme.accentColor : ClerkTheme.mutedTextColor
                        background: Rectangle {
                            radius: 4
                            color: "transparent"
                            border.color: row.modelData.verified ? ClerkTheme.accentColor : ClerkTheme.borderColor
                        }
                    }
                    ClerkLink {
                        objectName: "verifyLink"
                        visible: page.canManage && !row.modelData.verified
                        enabled: !page.busy
                        text: qsTr("Verify")
                        Accessible.role: Accessible.Link
                        Accessible.name: qsTr("Verify %1").arg(row.modelData.name)
                        onClicked: page.startVerification(row.modelData)
                    }
                    ClerkLink {
                        objectName: "removeLink"
                        visible: page.canManage
                        enabled: !page.busy
                        text: qsTr("Remove")
                        color: enabled ? ClerkTheme.errorColor : ClerkTheme.mutedTextColor
                        Accessible.role: Accessible.Link
                        Accessible.name: qsTr("Remove %1").arg(row.modelData.name)
                        onClicked: page.remove(row.modelData)
                    }
                }
                Label {
                    objectName: "pendingLabel"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    visible: row.modelData.verified
                    //: Joins the counts of a domain's pending invitations and pending suggestions
                    // (the invitations' count is the switcher's string, translated once)
                    text: qsTr("%1 · %2").arg(qsTranslate("OrganizationSwitcher", "%n pending invitation(s)", "",
                                                 row.modelData.totalPendingInvitations))
                          .arg(qsTr("%n pending suggestion(s)", "", row.modelData.totalPendingSuggestions))
                    color: ClerkTheme.mutedTextColor
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    visible: !page.canManage || !row.modelData.verified
                    text: qsTr("Enrollment: %1").arg(page.modeText(row.modelData.enrollmentMode))
                    color: ClerkTheme.mutedTextColor
                }
                // Clerk offers the enrollment modes once the domain is verified.
                Repeater {
                    model: page.canManage && row.modelData.verified
                           ? ["manual_invitation", "automatic_invitation", "automatic_suggestion"] : []
                    delegate: RadioButton {
                        required property string modelData
                        objectName: "mode_" + modelData
                        Layout.fillWidth: true
                        text: page.modeText(modelData)
                        font: ClerkTheme.font
                        palette.windowText: ClerkTheme.textColor
                        palette.text: ClerkTheme.textColor
                        enabled: !page.busy
                        checked: row.modelData.enrollmentMode === modelData
                        Accessible.name: qsTr("%1 for %2").arg(text).arg(row.modelData.name)
                        onClicked: page.setMode(row.modelData, modelData)
                    }
                }
            }
        }
    }

    Label {
        objectName: "emptyLabel"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: page.step === "list" && page.domains.length === 0 && !page.busy
        text: qsTr("No domains yet.")
        color: ClerkTheme.mutedTextColor
    }

    ClerkButton {
        id: addDomainButton
        objectName: "addDomainButton"
        visible: page.step === "list" && page.canManage
        primary: false
        text: qsTr("Add domain")
        Accessible.name: text
        onClicked: page.goTo("add")
    }

    ClerkTextField {
        id: nameField
        objectName: "domainNameField"
        visible: page.step === "add"
        Layout.fillWidth: true
        label: qsTr("Domain")
        placeholderText: "example.com"
        Accessible.name: label
        onAccepted: page.add()
    }
    ClerkTextField {
        id: emailField
        objectName: "affiliationEmailField"
        visible: page.step === "email"
        Layout.fillWidth: true
        label: page.pendingDomain ? qsTr("Your email address at %1").arg(page.pendingDomain.name) : ""
        placeholderText: page.pendingDomain ? "you@" + page.pendingDomain.name : ""
        Accessible.name: label
        onAccepted: page.sendCode()
    }
    // Takes a pasted "424 242" and submits itself once all the digits are in.
    CodeField {
        id: codeField
        objectName: "domainCodeField"
        visible: page.step === "code"
        Layout.fillWidth: true
        label: page.pendingDomain ? qsTr("Code sent to %1").arg(page.pendingDomain.affiliationEmailAddress) : ""
        onAccepted: page.verify()
        onFilled: page.verify()
    }
    RowLayout {
        visible: page.step !== "list"
        spacing: 8
        ClerkButton {
            objectName: "domainContinueButton"
            busy: page.busy
            text: page.step === "add" ? qsTr("Add") : page.step === "email" ? qsTr("Send code") : qsTr("Verify")
            Accessible.name: text
            onClicked: page.step === "add" ? page.add() : page.step === "email" ? page.sendCode() : page.verify()
        }
        ClerkButton {
            objectName: "domainCancelButton"
            primary: false
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: page.cancelStep()
        }
    }
}
