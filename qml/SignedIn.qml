import QtQuick
import Clerk

// Creates its content once a user is signed in (status SignedIn) and removes it when that ends (hidden at once,
// deleted right after): before there is a user nothing in it exists, binds or runs. Nothing while Loading.
// The content is one child (put several in an Item); `item` is the instance, null while there is none. Inside the
// content, ids of the document come after the content's own properties: `auth: auth` names the component's own
// `auth`, so give the Auth another id.
Item {
    id: gate
    property Auth auth: AuthProvider.auth
    readonly property bool active: auth !== null && auth.status === Auth.SignedIn
    // A child declared in the gate becomes this Component rather than an object: instantiated only when needed.
    default property Component content
    readonly property QtObject item: instantiator.item
    visible: active
    implicitWidth: childrenRect.width
    implicitHeight: childrenRect.height

    GateContent {
        id: instantiator
        target: gate
        active: gate.active
        content: gate.content
    }
}
