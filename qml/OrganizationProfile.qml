import QtQuick
import Clerk

// The active organization, as its members see it: UserProfile's frame with the organization's pages. A page is
// listed where the membership's permissions allow it (each page's `available`); every page acts on
// Auth.organization, so switching organizations (OrganizationSwitcher) switches what the profile shows.
// Pages keep UserProfile's page interface; OrganizationPage is their base.
UserProfile {
    id: root

    heading: qsTr("Organization")
    subheading: qsTr("Manage this organization.")
    currentPage: "general"
    pages: [
        { name: "general", url: "OrganizationGeneralPage.qml" },
        { name: "members", url: "OrganizationMembersPage.qml" },
        { name: "invitations", url: "OrganizationInvitationsPage.qml" },
        { name: "domains", url: "OrganizationDomainsPage.qml" },
        { name: "requests", url: "OrganizationRequestsPage.qml" }
    ]
}
