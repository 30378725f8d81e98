import QtQuick
import Clerk

// Shows its children only while a user is signed in (status SignedIn); nothing while Loading.
Item {
    property Auth auth: AuthProvider.auth
    readonly property bool active: auth !== null && auth.status === Auth.SignedIn
    visible: active
    implicitWidth: childrenRect.width
    implicitHeight: childrenRect.height
}
