import Clerk

// UserProfile's "Email addresses" page, where the instance has email addresses (Auth.userSettings): list, add →
// code → verified, make primary, remove.
IdentificationsPage {
    readonly property string title: qsTr("Email addresses")
    readonly property bool available: !!auth && auth.signedIn && !!settings && settings.emailAddressEnabled
    phone: false
}
