#include "formerrors.h"

namespace ClerkQml {

QString FormErrors::fieldOf(const Clerk::Error &error)
{
    const QString code = error.code();
    if (code == QLatin1String("form_identifier_not_found") || code == QLatin1String("identifier_already_signed_in")
        || code == QLatin1String("strategy_for_user_invalid"))
        return QStringLiteral("identifier");
    if (code == QLatin1String("form_password_incorrect") || code.startsWith(QLatin1String("form_password_")))
        return QStringLiteral("password");
    if (code == QLatin1String("form_code_incorrect") || code == QLatin1String("verification_expired")
        || code == QLatin1String("verification_failed"))
        return QStringLiteral("code");
    // Clerk names the parameter in snake_case; the forms use camelCase.
    const QString param = error.meta().value(QStringLiteral("param_name")).toString();
    // A taken identifier is the email address unless Clerk names another (a username, a phone number).
    if (code == QLatin1String("form_identifier_exists") && param.isEmpty())
        return QStringLiteral("emailAddress");
    QString field;
    bool upper = false;
    for (const QChar c : param) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        field.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return field;
}

} // namespace ClerkQml
