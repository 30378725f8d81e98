#include "formerrors.h"

#include <QCoreApplication>

namespace ClerkQml {
namespace {

// Messages for the error codes a user can meet in the components: Clerk's (from its FAPI error catalogue) and
// the SDK's own (clerkqt_*). The English is ours, written for the person at the form rather than for a developer;
// the context "ClerkErrors" is what the .ts files translate. Codes not listed fall back to Clerk's own text.
const struct
{
    const char *code;
    const char *message;
} kMessages[] = {
    // Signing in and up
    {"form_identifier_not_found", QT_TRANSLATE_NOOP("ClerkErrors", "No account was found with that identifier.")},
    {"form_password_incorrect", QT_TRANSLATE_NOOP("ClerkErrors", "The password is incorrect. Try again, or use another method.")},
    {"form_identifier_exists", QT_TRANSLATE_NOOP("ClerkErrors", "That identifier is already taken. Please try another one.")},
    {"identifier_already_signed_in", QT_TRANSLATE_NOOP("ClerkErrors", "You are already signed in with this account.")},
    {"session_exists", QT_TRANSLATE_NOOP("ClerkErrors", "You are already signed in.")},
    {"strategy_for_user_invalid", QT_TRANSLATE_NOOP("ClerkErrors", "This way of signing in is not available for this account.")},
    {"form_param_format_invalid", QT_TRANSLATE_NOOP("ClerkErrors", "The value entered is not in a valid format.")},
    {"form_param_missing", QT_TRANSLATE_NOOP("ClerkErrors", "This field is required.")},
    {"form_param_nil", QT_TRANSLATE_NOOP("ClerkErrors", "This field is required.")},
    {"form_param_value_invalid", QT_TRANSLATE_NOOP("ClerkErrors", "The value entered is not valid.")},
    {"form_param_unknown", QT_TRANSLATE_NOOP("ClerkErrors", "The form contains a field this application does not accept.")},
    {"form_username_invalid_character", QT_TRANSLATE_NOOP("ClerkErrors", "A username may only contain letters, numbers, '-' and '_'.")},
    {"form_username_invalid_length", QT_TRANSLATE_NOOP("ClerkErrors", "The username is too short or too long.")},
    {"missing_requirements", QT_TRANSLATE_NOOP("ClerkErrors", "Some required information is still missing.")},
    {"required_fields", QT_TRANSLATE_NOOP("ClerkErrors", "Some required information is still missing.")},
    {"missing_fields", QT_TRANSLATE_NOOP("ClerkErrors", "Some required information is still missing.")},
    {"feature_not_enabled", QT_TRANSLATE_NOOP("ClerkErrors", "This feature is not enabled for this application.")},
    {"not_allowed_access", QT_TRANSLATE_NOOP("ClerkErrors", "This identifier is not allowed to access this application.")},
    {"user_locked", QT_TRANSLATE_NOOP("ClerkErrors", "Your account is locked. Please try again later.")},
    {"mfa_required", QT_TRANSLATE_NOOP("ClerkErrors", "A second verification step is required.")},
    {"account_transfer_invalid", QT_TRANSLATE_NOOP("ClerkErrors", "This sign-in can no longer be moved to a sign-up. Please start again.")},
    {"external_account_exists", QT_TRANSLATE_NOOP("ClerkErrors", "This account is already connected to another user.")},
    {"external_account_not_found", QT_TRANSLATE_NOOP("ClerkErrors", "No account is connected to this provider yet.")},
    {"oauth_provider_not_enabled", QT_TRANSLATE_NOOP("ClerkErrors", "Signing in with this provider is not enabled.")},
    {"ticket_expired_code", QT_TRANSLATE_NOOP("ClerkErrors", "This link has expired. Please ask for a new one.")},
    {"ticket_invalid_code", QT_TRANSLATE_NOOP("ClerkErrors", "This link is not valid.")},
    // Passwords
    {"form_password_pwned", QT_TRANSLATE_NOOP("ClerkErrors", "This password was found in a data breach. Please choose another one.")},
    {"form_password_length_too_short", QT_TRANSLATE_NOOP("ClerkErrors", "The password is too short.")},
    {"form_password_validation_failed", QT_TRANSLATE_NOOP("ClerkErrors", "The password is incorrect.")},
    {"form_password_not_strong_enough", QT_TRANSLATE_NOOP("ClerkErrors", "The password is not strong enough.")},
    {"password_required", QT_TRANSLATE_NOOP("ClerkErrors", "A password is required.")},
    // Codes and verification
    {"form_code_incorrect", QT_TRANSLATE_NOOP("ClerkErrors", "The code is incorrect.")},
    {"verification_expired", QT_TRANSLATE_NOOP("ClerkErrors", "The code has expired. Please ask for a new one.")},
    {"verification_failed", QT_TRANSLATE_NOOP("ClerkErrors", "Too many attempts. Please ask for a new code.")},
    {"verification_already_verified", QT_TRANSLATE_NOOP("ClerkErrors", "This has already been verified.")},
    {"verification_missing", QT_TRANSLATE_NOOP("ClerkErrors", "Please ask for a verification code first.")},
    {"form_verification_needed", QT_TRANSLATE_NOOP("ClerkErrors", "Please verify this first.")},
    {"backup_codes_not_available", QT_TRANSLATE_NOOP("ClerkErrors", "Backup codes are not available for this account.")},
    {"totp_already_enabled", QT_TRANSLATE_NOOP("ClerkErrors", "An authenticator app is already set up.")},
    {"reserved_for_second_factor", QT_TRANSLATE_NOOP("ClerkErrors", "This phone number is used for two-step verification.")},
    // Account
    {"identification_deletion_failed", QT_TRANSLATE_NOOP("ClerkErrors", "This cannot be removed: it is your only way to sign in.")},
    {"last_required_identification_deletion_failed", QT_TRANSLATE_NOOP("ClerkErrors", "This cannot be removed: it is your only way to sign in.")},
    {"image_not_found", QT_TRANSLATE_NOOP("ClerkErrors", "There is no image to remove.")},
    {"authentication_invalid", QT_TRANSLATE_NOOP("ClerkErrors", "Your session has ended. Please sign in again.")},
    {"signed_out", QT_TRANSLATE_NOOP("ClerkErrors", "You are signed out. Please sign in again.")},
    {"resource_not_found", QT_TRANSLATE_NOOP("ClerkErrors", "That item no longer exists.")},
    {"too_many_requests", QT_TRANSLATE_NOOP("ClerkErrors", "Too many requests. Please wait a moment and try again.")},
    {"rate_limit", QT_TRANSLATE_NOOP("ClerkErrors", "Too many requests. Please wait a moment and try again.")},
    // Organizations
    {"not_a_member_in_organization", QT_TRANSLATE_NOOP("ClerkErrors", "You are not a member of this organization.")},
    {"missing_organization_permission", QT_TRANSLATE_NOOP("ClerkErrors", "You do not have permission to do this in this organization.")},
    {"already_a_member_in_organization", QT_TRANSLATE_NOOP("ClerkErrors", "This person is already a member of the organization.")},
    {"organization_domain_already_exists", QT_TRANSLATE_NOOP("ClerkErrors", "This domain has already been added.")},
    {"organization_invitation_not_found", QT_TRANSLATE_NOOP("ClerkErrors", "This invitation no longer exists.")},
    {"organization_invitation_not_pending", QT_TRANSLATE_NOOP("ClerkErrors", "This invitation has already been used or revoked.")},
    {"organization_invitation_not_unique", QT_TRANSLATE_NOOP("ClerkErrors", "This address has already been invited.")},
    {"organization_admin_delete_not_enabled", QT_TRANSLATE_NOOP("ClerkErrors", "Deleting organizations is not enabled for this application.")},
    {"create_organizations_limit", QT_TRANSLATE_NOOP("ClerkErrors", "You cannot create more organizations.")},
    // The SDK's own
    {"clerkqt_network", QT_TRANSLATE_NOOP("ClerkErrors", "Clerk could not be reached. Check your connection and try again.")},
    {"clerkqt_offline", QT_TRANSLATE_NOOP("ClerkErrors", "You are offline. Check your connection and try again.")},
    {"clerkqt_timeout", QT_TRANSLATE_NOOP("ClerkErrors", "Clerk took too long to answer. Please try again.")},
    {"clerkqt_signed_out", QT_TRANSLATE_NOOP("ClerkErrors", "You are signed out. Please sign in again.")},
    {"clerkqt_missing_permission", QT_TRANSLATE_NOOP("ClerkErrors", "You do not have permission to do this in this organization.")},
    {"clerkqt_oauth_canceled", QT_TRANSLATE_NOOP("ClerkErrors", "Signing in with the provider was cancelled.")},
    {"clerkqt_oauth_denied", QT_TRANSLATE_NOOP("ClerkErrors", "The provider did not allow signing in.")},
    {"clerkqt_oauth_timeout", QT_TRANSLATE_NOOP("ClerkErrors", "Signing in with the provider took too long. Please try again.")},
    {"clerkqt_oauth_failed", QT_TRANSLATE_NOOP("ClerkErrors", "Signing in with the provider failed. Please try again.")},
    {"clerkqt_browser_unavailable", QT_TRANSLATE_NOOP("ClerkErrors", "No web browser could be opened.")},
    {"clerkqt_email_link_expired", QT_TRANSLATE_NOOP("ClerkErrors", "The link has expired. Please ask for a new one.")},
    {"clerkqt_email_link_timeout", QT_TRANSLATE_NOOP("ClerkErrors", "The link was not opened in time. Please ask for a new one.")},
    {"clerkqt_email_link_client_mismatch", QT_TRANSLATE_NOOP("ClerkErrors", "The link was opened on another device. Please continue there, or ask for a new link.")},
    {"clerkqt_email_link_failed", QT_TRANSLATE_NOOP("ClerkErrors", "The link could not be verified. Please ask for a new one.")},
    {"clerkqt_keychain_access_denied", QT_TRANSLATE_NOOP("ClerkErrors", "Access to the system keychain was denied, so you will need to sign in again next time.")},
    {"clerkqt_keychain_unavailable", QT_TRANSLATE_NOOP("ClerkErrors", "The system keychain is not available, so you will need to sign in again next time.")},
    {"clerkqt_file_unreadable", QT_TRANSLATE_NOOP("ClerkErrors", "The file could not be read.")},
    {"clerkqt_image_invalid", QT_TRANSLATE_NOOP("ClerkErrors", "The file is not an image that can be used.")},
    {"clerkqt_nothing_to_update", QT_TRANSLATE_NOOP("ClerkErrors", "Nothing has changed.")},
};

} // namespace

QString FormErrors::messageOf(const Clerk::Error &error)
{
    const QString code = error.code();
    // A taken identifier: Clerk names which one (meta.param_name), and the user should hear which.
    if (code == QLatin1String("form_identifier_exists")) {
        const QString param = error.meta().value(QStringLiteral("param_name")).toString();
        if (param == QLatin1String("username"))
            return QCoreApplication::translate("ClerkErrors", "That username is taken. Please try another one.");
        if (param == QLatin1String("email_address"))
            return QCoreApplication::translate("ClerkErrors",
                                               "That email address is taken. Please try another one.");
        if (param == QLatin1String("phone_number"))
            return QCoreApplication::translate("ClerkErrors",
                                               "That phone number is taken. Please try another one.");
    }
    for (const auto &entry : kMessages) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("ClerkErrors", entry.message);
    }
    if (code.startsWith(QLatin1String("clerkqt_http_")))
        return QCoreApplication::translate("ClerkErrors", "Something went wrong. Please try again.");
    return error.longMessage().isEmpty() ? error.message() : error.longMessage();
}

QStringList FormErrors::knownCodes()
{
    QStringList out;
    for (const auto &entry : kMessages)
        out.append(QLatin1String(entry.code));
    return out;
}

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
