import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Clerk

// UserProfile's "Profile" page: the profile image (upload from a file, remove), first and last name, username —
// each name field where the instance has it (Auth.userSettings), or, before the environment is known, where the
// user has a value.
AccountPage {
    id: page

    readonly property string title: qsTr("Profile")
    readonly property bool available: !!auth && auth.signedIn
    readonly property bool firstNameShown: shown("firstNameEnabled", user ? user.firstName : "")
    readonly property bool lastNameShown: shown("lastNameEnabled", user ? user.lastName : "")
    readonly property bool usernameShown: shown("usernameEnabled", user ? user.username : "")
    readonly property var changes: {
        const out = {}
        if (!user)
            return out
        if (firstNameShown && firstNameField.text !== user.firstName) out.firstName = firstNameField.text
        if (lastNameShown && lastNameField.text !== user.lastName) out.lastName = lastNameField.text
        if (usernameShown && usernameField.text !== user.username) out.username = usernameField.text
        return out
    }
    readonly property bool changed: Object.keys(changes).length > 0
    /// The dialog "Upload image" opens; its choice goes to uploadImage().
    readonly property alias fileDialog: fileDialog

    function shown(setting, value) {
        if (settings && settings.loaded)
            return settings[setting]
        return value.length > 0
    }

    // The fields start from the user as it is now (and again after a save, or when another session's user shows).
    function resetFields() {
        firstNameField.clear()
        lastNameField.clear()
        usernameField.clear()
        if (!user)
            return
        firstNameField.text = user.firstName
        lastNameField.text = user.lastName
        usernameField.text = user.username
    }

    function save() {
        if (busy || !changed)
            return
        const fields = { firstName: firstNameField, lastName: lastNameField, username: usernameField }
        run(auth.updateUser(changes), function () {
            resetFields()
            statusText = qsTr("Profile updated.")
        }, function (error) { return fields[FormErrors.fieldOf(error)] || null })
    }

    /// Uploads the image file at `file` (a local path or file: URL) as the user's profile image.
    function uploadImage(file) {
        run(auth.account.setProfileImage(file), function () { statusText = qsTr("Profile image updated.") })
    }

    function removeImage() {
        run(auth.account.removeProfileImage(), function () { statusText = qsTr("Profile image removed.") })
    }

    Component.onCompleted: resetFields()
    onUserChanged: if (!busy && !changed) resetFields()

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a profile image")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.gif *.webp)")]
        onAccepted: page.uploadImage(selectedFile)
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        Avatar {
            objectName: "profileAvatar"
            size: 72
            name: page.user ? (page.user.fullName || page.user.username || page.user.primaryEmailAddress) : ""
            imageUrl: page.user ? page.user.imageUrl : ""
            hasImage: page.user ? page.user.hasImage : false
            Accessible.name: qsTr("Profile image of %1").arg(name)
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                Layout.fillWidth: true
                text: qsTr("Profile image")
                font.weight: Font.DemiBold
                color: ClerkTheme.textColor
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("PNG, JPEG, GIF or WebP")
                color: ClerkTheme.mutedTextColor
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                ClerkButton {
                    objectName: "uploadImageButton"
                    primary: false
                    text: qsTr("Upload image")
                    Accessible.name: text
                    onClicked: fileDialog.open()
                }
                ClerkButton {
                    objectName: "removeImageButton"
                    visible: page.user ? page.user.hasImage : false
                    primary: false
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove profile image")
                    onClicked: page.removeImage()
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        visible: page.firstNameShown || page.lastNameShown
        ClerkTextField {
            id: firstNameField
            objectName: "firstNameField"
            Layout.fillWidth: true
            visible: page.firstNameShown
            label: qsTr("First name")
            onAccepted: page.save()
        }
        ClerkTextField {
            id: lastNameField
            objectName: "lastNameField"
            Layout.fillWidth: true
            visible: page.lastNameShown
            label: qsTr("Last name")
            onAccepted: page.save()
        }
    }
    ClerkTextField {
        id: usernameField
        objectName: "usernameField"
        Layout.fillWidth: true
        visible: page.usernameShown
        label: qsTr("Username")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
        onAccepted: page.save()
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        ClerkButton {
            objectName: "resetProfileButton"
            primary: false
            enabled: page.changed
            text: qsTr("Cancel")
            Accessible.name: qsTr("Discard changes")
            onClicked: page.resetFields()
        }
        ClerkButton {
            objectName: "saveProfileButton"
            enabled: page.changed
            busy: page.busy
            text: qsTr("Save")
            Accessible.name: qsTr("Save profile")
            onClicked: page.save()
        }
    }
}
