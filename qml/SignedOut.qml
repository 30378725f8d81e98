import QtQuick
import Clerk

// Shows its children only while nobody is signed in — including while a sign-in or sign-up is in
// progress; nothing while Loading.
Item {
    property Auth auth: AuthProvider.auth
    readonly property bool active: auth !== null && auth.status !== Auth.Loading && auth.status !== Auth.SignedIn
    visible: active
    implicitWidth: childrenRect.width
    implicitHeight: childrenRect.height
}
