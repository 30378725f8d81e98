import QtQuick
import Clerk

// Shows its content only while the active organization membership has `role` (e.g. "org:admin") or
// `permission` (e.g. "org:invoices:read") — Clerk's <Protect>. With both set, both must hold; with neither, being
// signed in is enough. `fallback` (optional Component) shows instead while they do not hold.
//
// The check is Auth.checkAuthorization(): it follows the session token, so a role an admin changes (or a switch
// of organization) shows or hides the content on the next token, without a restart. Like SignedIn, the content
// is created only while allowed and removed when that ends. For the UI only: a backend authorizes from a verified
// session token.
Item {
    id: gate
    property Auth auth: AuthProvider.auth
    /// The role the membership must have; "" for any.
    property string role: ""
    /// The permission the membership must have; "" for any.
    property string permission: ""
    /// Shown while signed in but not allowed, and while signed out; none by default.
    property Component fallback: null
    default property Component content
    /// Whether the content is shown.
    readonly property bool allowed: revision >= 0 && auth !== null && auth.status === Auth.SignedIn
                                    && (role === "" || auth.hasRole(role))
                                    && (permission === "" || auth.hasPermission(permission))
    readonly property QtObject item: instantiator.item
    readonly property QtObject fallbackItem: fallbackInstantiator.item
    implicitWidth: childrenRect.width
    implicitHeight: childrenRect.height

    // checkAuthorization() is a function: what it reads changes with these signals, so the binding counts them.
    property int revision: 0
    Connections {
        target: gate.auth
        function onOrganizationChanged() { gate.revision++ }
        function onSessionTokenChanged() { gate.revision++ }
        function onStatusChanged() { gate.revision++ }
    }

    GateContent {
        id: instantiator
        target: gate
        active: gate.allowed
        content: gate.content
    }
    GateContent {
        id: fallbackInstantiator
        target: gate
        active: !gate.allowed && gate.auth !== null && gate.auth.status !== Auth.Loading
        content: gate.fallback
    }
}
