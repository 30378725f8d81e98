import QtQuick
import Clerk

// The base of OrganizationProfile's pages: AccountPage (error line, run()) plus the active organization and the
// user's membership in it, and can() to decide what the membership may do. Keeps UserProfile's page interface
// (`title` and `available` are the page's own).
AccountPage {
    id: page

    /// Auth.organization: the organization the page acts on; null (isNull) for the personal account.
    readonly property var organization: auth ? auth.organization : null
    /// Auth.membership: the user's role and permissions in it.
    readonly property var membership: auth ? auth.membership : null
    readonly property bool hasOrganization: organization !== null && !organization.isNull
    /// Auth.organizationManager: the operations.
    readonly property var manager: auth ? auth.organizationManager : null

    /// Another organization (or none) became the one the page acts on. Not emitted when Auth announces the same
    /// organization again — it does whenever Clerk sends it changed (a new name, one more member) or the token's
    /// role changes — so a page resets its lists and steps only when they belong to another organization.
    signal organizationSwitched()
    property string shownOrganizationId: ""
    function currentOrganizationId() {
        // Not hasOrganization: this runs from onOrganizationChanged, before that binding has followed.
        return organization && !organization.isNull ? organization.id : ""
    }
    onOrganizationChanged: {
        const id = currentOrganizationId()
        if (id === shownOrganizationId)
            return
        shownOrganizationId = id
        organizationSwitched()
    }
    Component.onCompleted: shownOrganizationId = currentOrganizationId()

    /// Whether the membership has `permission` (e.g. "org:sys_memberships:manage"); the manager checks the same
    /// before it asks Clerk, so a page offers only what will be allowed.
    function can(permission) {
        return hasOrganization && membership !== null && membership.permissions.indexOf(permission) >= 0
    }
}
