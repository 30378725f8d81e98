// The SDK's types in QML: Clerk::Auth itself as `Auth` (enums `Auth.SignedIn` …), the value types under their QML
// names (`Clerk::User` → `user` …), their enums under the type's own name (`Error.Network`, `Factor.EmailCode`,
// `SignInAttempt.NeedsSecondFactor` …), and its Reply as an uncreatable type.
#pragma once

#include <ClerkQt/account.h>
#include <ClerkQt/attempts.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/environment.h>
#include <ClerkQt/error.h>
#include <ClerkQt/organization.h>
#include <ClerkQt/organizations.h>
#include <ClerkQt/reply.h>
#include <ClerkQt/reverification.h>
#include <ClerkQt/session.h>
#include <ClerkQt/tokenclaims.h>
#include <ClerkQt/user.h>

#include <QQmlEngine>

namespace ClerkQml {

/// `Auth { publishableKey: "pk_test_…" }`: the one Auth of C++ and QML, configured by its properties. It starts
/// from the event loop after creation, so every binding of its declaration is in place by then.
struct AuthForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Auth)
    QML_NAMED_ELEMENT(Auth)
};

// moc needs each Q_GADGET spelled out (it does not expand macros).
struct UserForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::User)
    QML_VALUE_TYPE(user)
};

struct EmailAddressForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::EmailAddress)
    QML_VALUE_TYPE(emailAddress)
};

struct PhoneNumberForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::PhoneNumber)
    QML_VALUE_TYPE(phoneNumber)
};

struct SessionForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Session)
    QML_VALUE_TYPE(session)
};

struct OrganizationForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Organization)
    QML_VALUE_TYPE(organization)
};

struct MembershipForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Membership)
    QML_VALUE_TYPE(membership)
};

struct SignInAttemptForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::SignInAttempt)
    QML_VALUE_TYPE(signInAttempt)
};

struct SignUpAttemptForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::SignUpAttempt)
    QML_VALUE_TYPE(signUpAttempt)
};

struct FactorForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Factor)
    QML_VALUE_TYPE(factor)
};

struct VerificationForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Verification)
    QML_VALUE_TYPE(verification)
};

struct OAuthProviderForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::OAuthProvider)
    QML_VALUE_TYPE(oauthProvider)
};

// The account pages' values (Auth::account, Auth::userSettings, User::externalAccounts).
struct TotpSetupForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::TotpSetup)
    QML_VALUE_TYPE(totpSetup)
};

struct DeviceSessionForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::DeviceSession)
    QML_VALUE_TYPE(deviceSession)
};

struct MembershipPageForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::MembershipPage)
    QML_VALUE_TYPE(membershipPage)
};

struct PublicUserDataForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::PublicUserData)
    QML_VALUE_TYPE(publicUserData)
};

struct RoleForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Role)
    QML_VALUE_TYPE(role)
};

struct RolePageForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::RolePage)
    QML_VALUE_TYPE(rolePage)
};
struct OrganizationInvitationForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::OrganizationInvitation)
    QML_VALUE_TYPE(organizationInvitation)
};

struct InvitationPageForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::InvitationPage)
    QML_VALUE_TYPE(invitationPage)
};
struct OrganizationDomainForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::OrganizationDomain)
    QML_VALUE_TYPE(organizationDomain)
};
struct DomainPageForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::DomainPage)
    QML_VALUE_TYPE(domainPage)
};
struct MembershipRequestForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::MembershipRequest)
    QML_VALUE_TYPE(membershipRequest)
};
struct MembershipRequestPageForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::MembershipRequestPage)
    QML_VALUE_TYPE(membershipRequestPage)
};
struct OrganizationSuggestionForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::OrganizationSuggestion)
    QML_VALUE_TYPE(organizationSuggestion)
};
struct SuggestionPageForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::SuggestionPage)
    QML_VALUE_TYPE(suggestionPage)
};

struct ExternalAccountForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::ExternalAccount)
    QML_VALUE_TYPE(externalAccount)
};

struct UserSettingsForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::UserSettings)
    QML_VALUE_TYPE(userSettings)
};

struct ErrorForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Error)
    QML_VALUE_TYPE(error)
};

struct TokenClaimsForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::TokenClaims)
    QML_VALUE_TYPE(tokenClaims)
};

// Value types have lowercase names in QML, and enums are reached through an uppercase type name: each gadget's
// enums are registered again as a namespace under the C++ name, so QML compares `error.kind === Error.Auth`
// instead of a bare number.
namespace ErrorEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Clerk::Error)
QML_NAMED_ELEMENT(Error)
} // namespace ErrorEnums

namespace FactorEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Clerk::Factor)
QML_NAMED_ELEMENT(Factor)
} // namespace FactorEnums

namespace VerificationEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Clerk::Verification)
QML_NAMED_ELEMENT(Verification)
} // namespace VerificationEnums

namespace SignInAttemptEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Clerk::SignInAttempt)
QML_NAMED_ELEMENT(SignInAttempt)
} // namespace SignInAttemptEnums

namespace SignUpAttemptEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Clerk::SignUpAttempt)
QML_NAMED_ELEMENT(SignUpAttempt)
} // namespace SignUpAttemptEnums

namespace SessionEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Clerk::Session)
QML_NAMED_ELEMENT(Session)
} // namespace SessionEnums

/// `Clerk::Reply`, the handle operations return: `reply.succeeded.connect(…)`, `reply.errorOccurred.connect(…)`.
struct ReplyForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Reply)
    QML_NAMED_ELEMENT(Reply)
    QML_UNCREATABLE("Replies are returned by Auth's operations")
};

/// The type of `auth.reverification` (step-up), named `StepUp` for its enums (`StepUp.NeedsFirstFactor`,
/// `StepUp.SecondFactor`): `Reverification` is the module's dialog (Reverification.qml).
struct ReverificationForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Reverification)
    QML_NAMED_ELEMENT(StepUp)
    QML_UNCREATABLE("The Reverification is Auth's: auth.reverification")
};

} // namespace ClerkQml
