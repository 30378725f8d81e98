// Minimum widths (the smallest window each component must work in; a row of tst_component_quality renders it
// at exactly this width):
//   320 px  SignIn, SignUp, EmailLinkWait, SessionTask, OrganizationList, CreateOrganization: the forms and lists
//           are single cards, and 320 px is the narrowest phone/side-panel width Clerk's own cards support.
//   320 px  UserButton and OrganizationSwitcher with their menu open: both sit in a narrow toolbar; the menu must
//           fit a 320 px window.
//   400 px  Reverification: a dialog of its own 380 px width plus the margins of the window it opens over.
//   640 px  UserProfile and OrganizationProfile, on every page: the page list beside the page, in a window half
//           of a 1280 px screen.
// Signed-in components use `signedInAuth` (Jane, Acme active), the forms `signedOutAuth`, SessionTask `taskAuth`
// (Jane on an instance that requires an organization: her session waits on "choose-organization").
#include "componentcases.h"

namespace {

ComponentCase form(const QString &name, const QString &qml)
{
    return {name, qml, 320, 900, QStringLiteral("true"), {}, false};
}

ComponentCase profilePage(const QString &type, const QString &page)
{
    return {type + QLatin1Char('-') + page,
            QStringLiteral("%1 { id: target; auth: signedInAuth; anchors.fill: parent; currentPage: \"%2\" }")
                .arg(type, page),
            640, 720, QStringLiteral("target.shownPage === \"%1\"").arg(page), {}, false};
}

QList<ComponentCase> makeCases()
{
    QList<ComponentCase> cases;
    cases << form(QStringLiteral("SignIn"),
                  QStringLiteral("SignIn { id: target; auth: signedOutAuth; width: parent.width }"));
    cases << form(QStringLiteral("SignUp"),
                  QStringLiteral("SignUp { id: target; auth: signedOutAuth; width: parent.width }"));
    cases << ComponentCase{QStringLiteral("UserButton"),
                           QStringLiteral("UserButton { id: target; auth: signedInAuth; x: 8; y: 8 }"),
                           320, 640, QStringLiteral("true"), QStringLiteral("userMenu"), true};
    cases << ComponentCase{QStringLiteral("OrganizationSwitcher"),
                           QStringLiteral("OrganizationSwitcher { id: target; auth: signedInAuth; x: 8; y: 8 }"),
                           320, 640, QStringLiteral("true"), QStringLiteral("organizationMenu"), true};
    for (const char *page : {"profile", "emailAddresses", "phoneNumbers", "password", "twoFactor",
                             "connectedAccounts", "devices", "deleteAccount"})
        cases << profilePage(QStringLiteral("UserProfile"), QString::fromLatin1(page));
    for (const char *page : {"general", "members", "invitations", "domains", "requests"})
        cases << profilePage(QStringLiteral("OrganizationProfile"), QString::fromLatin1(page));
    cases << form(QStringLiteral("OrganizationList"),
                  QStringLiteral("OrganizationList { id: target; auth: signedInAuth; width: parent.width }"));
    cases << form(QStringLiteral("CreateOrganization"),
                  QStringLiteral("CreateOrganization { id: target; auth: signedInAuth; width: parent.width }"));
    cases << ComponentCase{QStringLiteral("Reverification"),
                           QStringLiteral("Reverification { id: target; objectName: \"reverification\"; "
                                          "auth: signedInAuth; Component.onCompleted: open() }"),
                           400, 720, QStringLiteral("true"), QStringLiteral("reverification"), false};
    cases << ComponentCase{QStringLiteral("SessionTask"),
                           QStringLiteral("SessionTask { id: target; auth: taskAuth; width: parent.width }"),
                           320, 900, QStringLiteral("target.task === \"choose-organization\""), {}, false};
    cases << form(QStringLiteral("EmailLinkWait"),
                  QStringLiteral("EmailLinkWait { id: target; auth: signedOutAuth; width: parent.width; "
                                 "identifier: \"jane+clerk_test@example.com\" }"));
    return cases;
}

} // namespace

const QList<ComponentCase> &componentCases()
{
    static const QList<ComponentCase> cases = makeCases();
    return cases;
}
