import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Clerk

// OrganizationProfile's "General" page: the organization's logo, name and slug — editable where the membership
// has org:sys_profile:manage, shown otherwise — "Leave organization" for every member, and "Delete organization"
// where it has org:sys_profile:delete, after the user types the organization's name (as Clerk's page asks).
OrganizationPage {
    id: page

    readonly property string title: qsTr("General")
    readonly property bool available: !!auth && auth.signedIn && hasOrganization
    readonly property bool canManage: can("org:sys_profile:manage")
    readonly property bool canDelete: can("org:sys_profile:delete")
    readonly property bool changed: canManage && !!organization && !organization.isNull
                                    && (nameField.text !== organization.name || slugField.text !== organization.slug)
    /// Set by "Leave organization" until the user confirms or cancels.
    property bool confirmingLeave: false
    /// The dialog "Upload logo" opens; its choice goes to uploadLogo().
    readonly property alias fileDialog: fileDialog

    function resetFields() {
        nameField.clear()
        slugField.clear()
        // Not hasOrganization: this runs from onOrganizationChanged, before that binding has followed.
        if (!organization || organization.isNull)
            return
        nameField.text = organization.name
        slugField.text = organization.slug
    }

    function save() {
        if (busy || !changed)
            return
        const fields = { name: nameField, slug: slugField }
        run(manager.updateOrganization(organization.id, nameField.text, slugField.text), function () {
            resetFields()
            statusText = qsTr("Organization updated.")
        }, function (error) { return fields[FormErrors.fieldOf(error)] || null })
    }

    /// Uploads the image file at `file` (a local path or file: URL) as the organization's logo.
    function uploadLogo(file) {
        run(manager.setOrganizationLogo(organization.id, file), function () { statusText = qsTr("Logo updated.") })
    }

    function removeLogo() {
        run(manager.removeOrganizationLogo(organization.id), function () { statusText = qsTr("Logo removed.") })
    }

    function leave() {
        confirmingLeave = false
        run(manager.leaveOrganization(organization.id))
    }

    function deleteOrganization() {
        if (busy || deleteField.text !== organization.name)
            return
        run(manager.deleteOrganization(organization.id), function () { deleteField.clear() })
    }

    // The keyboard follows the confirmation: onto Cancel when it shows (the safe choice; Tab reaches Leave), back
    // onto "Leave organization" when it goes — the button that had the focus is hidden either way.
    onConfirmingLeaveChanged: Qt.callLater(function () {
        const target = page.confirmingLeave ? cancelLeaveButton : leaveOrganizationButton
        if (target.visible && page.visible)
            target.forceActiveFocus(Qt.TabFocusReason)
    })
    // Escape cancels the confirmation, or drops what was typed to confirm deleting.
    Keys.onEscapePressed: function (event) {
        if (confirmingLeave)
            confirmingLeave = false
        else if (deleteField.input.activeFocus && deleteField.text.length > 0)
            deleteField.clear()
        else
            event.accepted = false
    }

    Component.onCompleted: resetFields()
    onOrganizationChanged: {
        confirmingLeave = false
        deleteField.clear()
        if (!busy)
            resetFields()
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a logo")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        onAccepted: page.uploadLogo(selectedFile)
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        Avatar {
            objectName: "organizationLogo"
            size: 64
            square: true
            name: page.hasOrganization ? page.organization.name : ""
            //: The organization's logo image, for screen readers; %1 is the organization's name
            Accessible.name: qsTr("Logo of %1").arg(name)
            imageUrl: page.hasOrganization ? page.organization.imageUrl : ""
            hasImage: page.hasOrganization && page.organization.hasImage
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                objectName: "organizationName"
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: page.hasOrganization ? page.organization.name : ""
                font.weight: Font.DemiBold
                color: ClerkTheme.textColor
            }
            Label {
                objectName: "organizationSlug"
                Layout.fillWidth: true
                elide: Text.ElideRight
                visible: text.length > 0
                text: page.hasOrganization ? page.organization.slug : ""
                color: ClerkTheme.mutedTextColor
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                visible: page.canManage
                ClerkButton {
                    objectName: "uploadLogoButton"
                    primary: false
                    text: qsTr("Upload logo")
                    Accessible.name: text
                    onClicked: fileDialog.open()
                }
                ClerkButton {
                    objectName: "removeLogoButton"
                    visible: page.hasOrganization && page.organization.hasImage
                    primary: false
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove logo")
                    onClicked: page.removeLogo()
                }
            }
        }
    }

    ClerkTextField {
        id: nameField
        objectName: "organizationNameField"
        Layout.fillWidth: true
        visible: page.canManage
        label: qsTr("Name")
        onAccepted: page.save()
    }
    ClerkTextField {
        id: slugField
        objectName: "organizationSlugField"
        Layout.fillWidth: true
        visible: page.canManage
        label: qsTr("Slug")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
        onAccepted: page.save()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        visible: page.canManage
        Item { Layout.fillWidth: true }
        ClerkButton {
            objectName: "resetOrganizationButton"
            primary: false
            enabled: page.changed
            text: qsTr("Cancel")
            Accessible.name: qsTr("Discard changes")
            onClicked: page.resetFields()
        }
        ClerkButton {
            objectName: "saveOrganizationButton"
            enabled: page.changed
            busy: page.busy
            text: qsTr("Save")
            Accessible.name: qsTr("Save organization")
            onClicked: page.save()
        }
    }

    // ---- Leave ----
    Label {
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: qsTr("Leave organization")
        font.weight: Font.DemiBold
        color: ClerkTheme.textColor
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: page.confirmingLeave
              ? qsTr("You will lose access to %1 and its data until you are invited again.")
                    .arg(page.hasOrganization ? page.organization.name : "")
              : qsTr("Remove yourself from this organization.")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Item { Layout.fillWidth: true }
        ClerkButton {
            id: cancelLeaveButton
            objectName: "cancelLeaveButton"
            visible: page.confirmingLeave
            primary: false
            text: qsTr("Cancel")
            Accessible.name: qsTr("Stay in the organization")
            onClicked: page.confirmingLeave = false
        }
        ClerkButton {
            id: leaveOrganizationButton
            objectName: "leaveOrganizationButton"
            visible: !page.confirmingLeave
            primary: false
            text: qsTr("Leave organization")
            Accessible.name: text
            onClicked: page.confirmingLeave = true
        }
        ClerkButton {
            objectName: "confirmLeaveButton"
            visible: page.confirmingLeave
            busy: page.busy
            accentColor: ClerkTheme.errorColor
            text: qsTr("Leave")
            Accessible.name: qsTr("Confirm leaving the organization")
            onClicked: page.leave()
        }
    }

    // ---- Delete ----
    Label {
        Layout.fillWidth: true
        Layout.topMargin: 8
        visible: page.canDelete
        text: qsTr("Delete organization")
        font.weight: Font.DemiBold
        color: ClerkTheme.textColor
    }
    Label {
        Layout.fillWidth: true
        visible: page.canDelete
        wrapMode: Text.Wrap
        color: ClerkTheme.mutedTextColor
        text: qsTr("Deleting the organization removes it for every member. This cannot be undone.")
    }
    ClerkTextField {
        id: deleteField
        objectName: "confirmDeleteOrganizationField"
        Layout.fillWidth: true
        visible: page.canDelete
        label: qsTr("Type \"%1\" to confirm").arg(page.hasOrganization ? page.organization.name : "")
        onAccepted: page.deleteOrganization()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: page.canDelete
        Item { Layout.fillWidth: true }
        ClerkButton {
            objectName: "deleteOrganizationButton"
            enabled: page.hasOrganization && deleteField.text === page.organization.name
            busy: page.busy
            accentColor: ClerkTheme.errorColor
            text: qsTr("Delete organization")
            Accessible.name: text
            onClicked: page.deleteOrganization()
        }
    }
}
