// ClerkQml::FormErrors — which field of a form a Clerk error is about (`FormErrors.fieldOf(error)`).
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
};

} // namespace ClerkQml
