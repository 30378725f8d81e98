// The signed-in user's credentials: POST /v1/me/change_password and /v1/me/remove_password, the authenticator app
// (POST/DELETE /v1/me/totp, POST /v1/me/totp/attempt_verification) and POST /v1/me/backup_codes. The rules and
// error codes follow Clerk's users service (ChangePassword, DeletePassword, CreateTOTP, AttemptTOTPVerification,
// DeleteTOTP, CreateBackupCodes).
#include "fapi_common_p.h"
#include "totp_p.h"

#include <QRandomGenerator>
#include <QUrl>

namespace ClerkEmulator {

namespace {

constexpr int kBackupCodeCount = 10;

FapiResponse featureNotEnabled()
{
    return plainError(403, "feature_not_enabled", "not enabled", "This feature is not enabled on this instance");
}

/// Ten single-use codes of eight lower-case letters and digits, the shape of Clerk's backup codes.
QStringList newBackupCodes()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QStringList codes;
    for (int i = 0; i < kBackupCodeCount; ++i) {
        QString code;
        for (int j = 0; j < 8; ++j)
            code.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]));
        codes.append(code);
    }
    return codes;
}

} // namespace

std::optional<FapiResponse> Fapi::meUserOrFailure(Context &ctx, User *&user)
{
    user = meUser(ctx);
    if (!user)
        return signedOut();
    return std::nullopt;
}

void Fapi::signOutOtherSessions(Context &ctx, const QString &userId)
{
    const Session *current = sessionForMe(ctx);
    for (Session &s : m_model.sessions) {
        if (s.userId != userId || s.status != QLatin1String("active") || (current && s.id == current->id))
            continue;
        endSessionEverywhere(s, str("revoked"), ctx.now);
    }
}

FapiResponse Fapi::changePassword(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    if (!user->password.isEmpty()) {
        // A user who has a password proves it; one who has none sets a first one without `current_password`.
        if (!ctx.has("current_password"))
            return paramMissing(str("current_password"));
        if (ctx.field("current_password") != user->password)
            return passwordValidationFailed(str("current_password"));
    } else if (ctx.has("current_password")) {
        return paramUnknown(str("current_password"));
    }
    if (ctx.field("new_password").isEmpty())
        return paramMissing(str("new_password"));
    if (auto rejected = passwordRejected(m_model.instance, ctx.field("new_password"), str("new_password")))
        return *rejected;
    const QString signOut = ctx.field("sign_out_of_other_sessions");
    if (!signOut.isEmpty() && signOut != QLatin1String("true") && signOut != QLatin1String("false"))
        return formatInvalid(str("sign_out_of_other_sessions"));
    user->password = ctx.field("new_password");
    user->passwordUpdatedAt = user->updatedAt = ctx.now;
    if (signOut == QLatin1String("true"))
        signOutOtherSessions(ctx, user->id);
    return envelope(ctx, m_model.userJson(*user));
}

FapiResponse Fapi::removePassword(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    if (m_model.instance.signUpRequired.contains(QLatin1String("password")))
        return plainError(400, "password_required", "password required",
                          "Settings for this instance require a password to be set. Cannot remove the user's "
                          "password.");
    if (user->password.isEmpty())
        return plainError(400, "no_password_set", "no password set",
                          "This user does not have a password set for their account");
    if (ctx.field("current_password") != user->password)
        return passwordValidationFailed(str("current_password"));
    user->password.clear();
    user->updatedAt = ctx.now;
    return envelope(ctx, m_model.userJson(*user));
}

QJsonObject Fapi::totpJson(const User &user, const QStringList &backupCodes) const
{
    const bool pending = user.pendingTotp.has_value();
    const QString id = pending ? user.pendingTotp->id : user.totpId;
    const qint64 created = pending ? user.pendingTotp->createdAt : user.totpCreatedAt;
    QJsonObject o{{str("object"), str("totp")},
                  {str("id"), id},
                  {str("secret"), QJsonValue(QJsonValue::Null)},
                  {str("uri"), QJsonValue(QJsonValue::Null)},
                  {str("verified"), !pending},
                  {str("backup_codes"), backupCodes.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(jsonArray(backupCodes))},
                  {str("created_at"), created},
                  {str("updated_at"), pending ? created : user.totpUpdatedAt}};
    if (pending) {
        // Clerk's issuer is the application name, with the environment type outside production; the account
        // is the user's identifier.
        const QString issuer = m_model.instance.applicationName + QStringLiteral(" (development)");
        QString account = user.primaryEmail();
        if (account.isEmpty())
            account = user.primaryPhone();
        if (account.isEmpty())
            account = user.username;
        const QString secret = Totp::encodeBase32(user.pendingTotp->secret);
        const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer + QLatin1Char(':') + account, ":@"));
        o.insert(str("secret"), secret);
        o.insert(str("uri"), QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=6&period=30")
                                 .arg(label, secret, QString::fromLatin1(QUrl::toPercentEncoding(issuer))));
    }
    return o;
}

std::optional<FapiResponse> Fapi::totpEnrolmentRefused(Context &ctx, User *&user)
{
    if (auto failure = meUserOrFailure(ctx, user))
        return failure;
    if (!m_model.instance.secondFactors.contains(QLatin1String("totp")))
        return featureNotEnabled();
    if (!user->totpSecret.isEmpty())
        return plainError(400, "totp_already_enabled", "TOTP already enabled", "TOTP is already enabled on your account");
    return std::nullopt;
}

FapiResponse Fapi::createTotp(Context &ctx)
{
    User *user = nullptr;
    if (auto refused = totpEnrolmentRefused(ctx, user))
        return *refused;
    // A new request replaces an unverified secret (Clerk upserts it).
    QByteArray secret(20, '\0');
    for (char &byte : secret)
        byte = char(QRandomGenerator::global()->bounded(256));
    user->pendingTotp = PendingTotp{newId(str("totp")), secret, ctx.now};
    return envelope(ctx, totpJson(*user, {}));
}

FapiResponse Fapi::attemptTotp(Context &ctx)
{
    User *user = nullptr;
    if (auto refused = totpEnrolmentRefused(ctx, user))
        return *refused;
    if (!user->pendingTotp)
        return notFound();
    const QString code = ctx.field("code");
    if (code.isEmpty())
        return paramMissing(str("code"));
    if (!Totp::verify(user->pendingTotp->secret, code, ctx.now / 1000))
        return codeIncorrect();
    user->totpSecret = user->pendingTotp->secret;
    user->totpId = user->pendingTotp->id;
    user->totpCreatedAt = user->pendingTotp->createdAt;
    user->totpUpdatedAt = user->updatedAt = ctx.now;
    user->pendingTotp.reset();
    // An authenticator app is the second factor the setup-mfa task waits for.
    if (Session *session = sessionForMe(ctx))
        finishTask(*session, str("setup-mfa"), ctx);
    // Clerk's finalizeMFAEnablement: the first second factor brings backup codes, shown once, when the
    // instance has them and the user has none yet.
    QStringList codes;
    if (m_model.instance.secondFactors.contains(QLatin1String("backup_code")) && user->backupCodes.isEmpty()) {
        codes = newBackupCodes();
        user->backupCodes = codes;
    }
    return envelope(ctx, totpJson(*user, codes));
}

FapiResponse Fapi::deleteTotp(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    if (user->totpSecret.isEmpty() && !user->pendingTotp)
        return notFound();
    const QString id = user->pendingTotp ? user->pendingTotp->id : user->totpId;
    user->totpSecret.clear();
    user->totpId.clear();
    user->pendingTotp.reset();
    // An authenticator app is the second factor the setup-mfa task waits for.
    if (Session *session = sessionForMe(ctx))
        finishTask(*session, str("setup-mfa"), ctx);
    user->updatedAt = ctx.now;
    // Backup codes alone are no second factor: Clerk's cleanupBackupCodes drops them with the last one.
    if (!hasSecondFactor(*user))
        user->backupCodes.clear();
    QJsonObject deleted{{str("object"), str("totp")}, {str("deleted"), true}};
    if (!id.isEmpty())
        deleted.insert(str("id"), id);
    return envelope(ctx, deleted);
}

FapiResponse Fapi::createBackupCodes(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    if (!m_model.instance.secondFactors.contains(QLatin1String("backup_code")))
        return featureNotEnabled();
    if (!hasSecondFactor(*user))
        return plainError(400, "backup_codes_not_available", "Backup codes not available",
                          "In order to use backup codes, you have to enable any other Multi-factor method");
    user->backupCodes = newBackupCodes();
    user->updatedAt = ctx.now;
    return envelope(ctx, QJsonObject{{str("object"), str("backup_code")},
                                     {str("id"), newId(str("bcode"))},
                                     {str("codes"), jsonArray(user->backupCodes)},
                                     {str("created_at"), ctx.now},
                                     {str("updated_at"), ctx.now}});
}

bool Fapi::hasSecondFactor(const User &user)
{
    if (!user.totpSecret.isEmpty())
        return true;
    for (const PhoneNumber &p : user.phones) {
        if (p.reservedForSecondFactor && p.verified())
            return true;
    }
    return false;
}

} // namespace ClerkEmulator
