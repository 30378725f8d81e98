// What the FAPI handlers (fapi_*.cpp) share: the per-request context, Clerk's error responses, and the checks
// on identifiers, codes and form values that more than one resource applies.
#pragma once

#include "fapi_p.h"

#include <QJsonObject>

#include <optional>

namespace ClerkEmulator {

constexpr qint64 kVerificationLifetimeMs = 10 * 60 * 1000;
constexpr qint64 kAttemptLifetimeMs = 24 * 3600 * 1000;

inline QString str(const char *s) { return QString::fromLatin1(s); }

struct Fapi::Context
{
    const FapiRequest &request;
    QHash<QString, QString> params;
    QString clientId;
    Model *model;
    qint64 now = 0;

    QString impliedStrategy; // sign_ins create with a bare password attempts it as strategy=password
    Client &client() { return model->clients[clientId]; }
    QString field(const char *name) const { return request.form.value(QLatin1String(name)); }
    bool has(const char *name) const { return request.form.contains(QLatin1String(name)); }
};

template <typename T>
T *Fapi::owned(QHash<QString, T> &table, const Context &ctx, const char *param)
{
    const auto it = table.find(ctx.params.value(QLatin1String(param)));
    return it != table.end() && it->clientId == ctx.clientId ? &*it : nullptr;
}

// Clerk's errors, with its codes and messages as recorded.
FapiResponse paramMissing(const QString &param);
/// 422 form_param_format_invalid; `status` for the operations whose spec answers a bad form value with 400.
FapiResponse formatInvalid(const QString &param, int status = 422);
FapiResponse paramUnknown(const QString &param);
FapiResponse notFound(const QString &what = {});
FapiResponse signedOut();
FapiResponse identifierExists(const QString &param);
FapiResponse strategyInvalid();
FapiResponse codeIncorrect();
FapiResponse passwordTooShort(int minLength, const QString &param = QStringLiteral("password"));
/// The instance's password rules applied to a new password sent as `param`: the seed's `password_min_length`
/// (form_password_length_too_short) and `breached_passwords` (form_password_pwned).
std::optional<FapiResponse> passwordRejected(const InstanceSettings &instance, const QString &password,
                                             const QString &param);
/// 422 form_password_validation_failed: `param` is not the user's current password (Clerk's matchUserPassword).
FapiResponse passwordValidationFailed(const QString &param);
/// 422 form_verification_needed: the identification named by `param` must be verified first.
FapiResponse verificationNeeded(const QString &param);
/// A Clerk error without form parameter: `status`, `code` and its short and long message.
FapiResponse plainError(int status, const char *code, const char *message, const char *longMessage);
/// Clerk's `organization_minimum_permissions_needed` (400): the change would leave an organization without a
/// member who may manage its members (Fapi::keepsAnAdmin()).
FapiResponse minimumPermissionsNeeded();
/// The emulator's own `verification_missing`: an attempt before any prepare.
FapiResponse verificationMissing(const QString &longMessage);
/// A new email address, phone number or username: `form_param_format_invalid` unless `wellFormed`,
/// `form_identifier_exists` when a user has it already; nothing when it may be used.
std::optional<FapiResponse> identifierRejected(const Model &model, const QString &param, const QString &value,
                                               bool wellFormed);
/// `session_exists` when the instance allows one session and this client has it; nothing otherwise.
std::optional<FapiResponse> singleSessionConflict(const Model &model, const QString &clientId);

bool isPhone(const QString &normalized);
bool isEmail(const QString &email);
/// What a username may be, at sign-up and on PATCH /v1/me alike.
bool isUsername(const QString &username);
/// A form field that carries a JSON object (`unsafe_metadata`); nothing when it is not one.
std::optional<QJsonObject> jsonObjectField(const QString &text);
/// A fresh code verification (test code 424242) for `strategy`, valid for ten minutes from `now`.
Verification otp(const QString &strategy, qint64 now);
/// `bytes` random bytes as lower-case hex: trace ids, OAuth state, nonces, `jti`.
QString randomHex(int bytes);

} // namespace ClerkEmulator
