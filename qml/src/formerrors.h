// ClerkQml::FormErrors — which field of a form a Clerk error is about (`FormErrors.fieldOf(error)`), and what to
// tell the user about it in their language (`FormErrors.messageOf(error)`).
#pragma once

#include <ClerkQt/error.h>

#include <QObject>
#include <QQmlEngine>

namespace ClerkQml {

/// The singleton `FormErrors` of `import Clerk`, for forms that put an operation's error next to the field it is
/// about (SignIn and SignUp do): `FormErrors.fieldOf(reply.error)`.
class FormErrors : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// The form field `error` belongs to ("identifier", "password", "code", "emailAddress", "firstName" …), from
    /// Clerk's error code or its `meta.param_name` (snake_case made camelCase); empty when it is about no field.
    Q_INVOKABLE static QString fieldOf(const Clerk::Error &error);

    /// What to tell the user about `error`, in ClerkLanguage's language: a translated message for the Clerk and
    /// SDK error codes the components meet (the table in formerrors.cpp), otherwise Clerk's own English text
    /// (`longMessage`, else `message`). Empty for no error.
    Q_INVOKABLE static QString messageOf(const Clerk::Error &error);

    /// The codes messageOf() has a message for (the translation tests go through all of them).
    Q_INVOKABLE static QStringList knownCodes();
};

} // namespace ClerkQml
