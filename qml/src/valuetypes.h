// The SDK's value types under their QML names (`Clerk::User` → `user` …) and its Reply as an anonymous type.
#pragma once

#include <ClerkQt/attempts.h>
#include <ClerkQt/error.h>
#include <ClerkQt/organization.h>
#include <ClerkQt/reply.h>
#include <ClerkQt/session.h>
#include <ClerkQt/tokenclaims.h>
#include <ClerkQt/user.h>

#include <QQmlEngine>

namespace ClerkQml {

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


/// `Clerk::Reply`, the handle operations return: `reply.succeeded.connect(…)`, `reply.errorOccurred.connect(…)`.
struct ReplyForeign
{
    Q_GADGET
    QML_FOREIGN(Clerk::Reply)
    QML_NAMED_ELEMENT(Reply)
    QML_UNCREATABLE("Replies are returned by Auth's operations")
};

} // namespace ClerkQml
