import Clerk

// UserProfile's "Phone numbers" page, where the instance has phone numbers (Auth.userSettings): list, add → code
// → verified, make primary, remove, and "use for two-step verification" where the instance has phone codes as a
// second factor.
IdentificationsPage {
    readonly property string title: qsTr("Phone numbers")
    readonly property bool available: !!auth && auth.signedIn && !!settings && settings.phoneNumberEnabled
    phone: true
}
