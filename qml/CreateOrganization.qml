import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Clerk

// Creates an organization (Clerk's CreateOrganization): a name and a slug — filled in from the name until the user
// edits it — then OrganizationManager.createOrganization(); the signed-in user becomes its admin. With
// `setActiveAfterCreate` (the default) the new organization becomes the active one before `created` is emitted.
// Errors show under the field they are about (a taken slug under the slug), others above the form. A logo can be
// set afterwards on OrganizationProfile's General page.
AccountPage {
    id: root

    auth: AuthProvider.auth
    readonly property var manager: auth ? auth.organizationManager : null
    /// Make the new organization the active one (Auth.setActiveOrganization) before `created` is emitted.
    property bool setActiveAfterCreate: true
    /// Offer a Cancel button (it emits canceled()), as a dialog or an inline form wants.
    property bool cancelable: false
    /// The slug the name gives while the user has not edited the slug: lower case, other characters as one "-".
    property bool slugEdited: false

    /// The organization was created (and made active, with setActiveAfterCreate).
    signal created(var organization)
    signal canceled()

    /// The slug a name gives while the user has not edited the slug: lower case, other characters as one "-".
    function slugOf(name) {
        return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")
    }

    /// Back to an empty form.
    function reset() {
        nameField.clear()
        slugField.clear()
        slugEdited = false
        formError = ""
        statusText = ""
    }

    /// Cancel, as the Cancel button does (only where `cancelable`).
    function cancel() {
        reset()
        canceled()
    }

    // The keyboard starts on the name whenever the form shows (inline, in a dialog).
    function focusFirstField() {
        Qt.callLater(function () { if (root.visible) nameField.forceActiveFocus() })
    }
    onVisibleChanged: if (visible) focusFirstField()
    Component.onCompleted: if (visible) focusFirstField()
    Keys.onEscapePressed: function (event) {
        if (cancelable)
            cancel()
        else
            event.accepted = false
    }

    function create() {
        if (busy || !manager || nameField.text.trim().length === 0)
            return
        const fields = { name: nameField, slug: slugField }
        run(manager.createOrganization(nameField.text, slugField.text), function (organization) {
            if (!root.setActiveAfterCreate) {
                root.created(organization)
                return
            }
            // The reply's value lives only as long as the reply: keep the id, and report the organization as Auth
            // has it once it is the active one.
            const id = organization.id
            run(root.auth.setActiveOrganization(id), function () {
                if (root.auth.organization.id === id)
                    root.created(root.auth.organization)
            })
        }, function (error) { return fields[FormErrors.fieldOf(error)] || null })
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Create organization")
        font.pointSize: ClerkTheme.font.pointSize + 3
        font.weight: Font.Bold
        color: ClerkTheme.textColor
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    ClerkTextField {
        id: nameField
        objectName: "organizationNameField"
        Layout.fillWidth: true
        label: qsTr("Name")
        Accessible.name: qsTr("Organization name")
        onTextChanged: {
            if (!root.slugEdited)
                slugField.text = root.slugOf(text)
        }
        onAccepted: root.create()
    }
    ClerkTextField {
        id: slugField
        objectName: "organizationSlugField"
        Layout.fillWidth: true
        label: qsTr("Slug")
        Accessible.name: qsTr("Organization slug")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
        onTextChanged: errorText = ""
        // Only the user's own typing stops the slug following the name.
        Connections {
            target: slugField.input
            function onTextEdited() { root.slugEdited = true }
        }
        onAccepted: root.create()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Item { Layout.fillWidth: true }
        ClerkButton {
            objectName: "cancelCreateOrganizationButton"
            visible: root.cancelable
            primary: false
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel creating an organization")
            onClicked: root.cancel()
        }
        ClerkButton {
            objectName: "createOrganizationButton"
            enabled: nameField.text.trim().length > 0
            busy: root.busy
            text: qsTr("Create organization")
            Accessible.name: text
            onClicked: root.create()
        }
    }
}
