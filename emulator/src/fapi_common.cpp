#include "fapi_common_p.h"
#include "totp_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ClerkEmulator {

namespace {

constexpr int kMaxCodeAttempts = 5;
const QString kTestCode = QStringLiteral("424242");

} // namespace

FapiResponse paramMissing(const QString &param)
{
    return Fapi::error(422, str("form_param_missing"), QStringLiteral("%1 is missing").arg(param),
                       QStringLiteral("%1 is missing. Please provide it.").arg(param),
                       {{str("param_name"), param}});
}

FapiResponse formatInvalid(const QString &param, int status)
{
    return Fapi::error(status, str("form_param_format_invalid"), QStringLiteral("%1 is invalid").arg(param),
                       QStringLiteral("%1 must be a valid value.").arg(param), {{str("param_name"), param}});
}

FapiResponse paramUnknown(const QString &param)
{
    return Fapi::error(422, str("form_param_unknown"), QStringLiteral("%1 is unknown").arg(param),
                       QStringLiteral("%1 is not a valid parameter for this request.").arg(param),
                       {{str("param_name"), param}});
}

FapiResponse notFound(const QString &what)
{
    QJsonObject meta;
    if (!what.isEmpty())
        meta.insert(str("param_name"), what);
    return Fapi::error(404, str("resource_not_found"), str("not found"),
                       str("The requested resource was not found"), meta);
}

FapiResponse signedOut()
{
    return Fapi::error(401, str("signed_out"), str("Signed out"), str("You are signed out"));
}

FapiResponse identifierExists(const QString &param)
{
    return Fapi::error(422, str("form_identifier_exists"), QStringLiteral("That %1 is taken. Please try another.")
                       .arg(QString(param).replace(QLatin1Char('_'), QLatin1Char(' '))),
                       QStringLiteral("That %1 is taken. Please try another.")
                       .arg(QString(param).replace(QLatin1Char('_'), QLatin1Char(' '))),
                       {{str("param_name"), param}});
}

FapiResponse strategyInvalid()
{
    return Fapi::error(422, str("strategy_for_user_invalid"), str("Invalid verification strategy"),
                       str("The verification strategy is not valid for this account"),
                       {{str("param_name"), str("strategy")}});
}

FapiResponse codeIncorrect()
{
    return Fapi::error(422, str("form_code_incorrect"), str("Incorrect code"), str("Incorrect code"),
                       {{str("param_name"), str("code")}});
}

FapiResponse passwordTooShort(int minLength, const QString &param)
{
    const QString message = QStringLiteral("Passwords must be %1 characters or more.").arg(minLength);
    return Fapi::error(422, str("form_password_length_too_short"), message, message, {{str("param_name"), param}});
}

std::optional<FapiResponse> passwordRejected(const InstanceSettings &instance, const QString &password,
                                             const QString &param)
{
    if (password.size() < instance.passwordMinLength)
        return passwordTooShort(instance.passwordMinLength, param);
    if (instance.breachedPasswords.contains(password)) {
        const QString message = str("Password has been found in an online data breach. For account safety, please "
                                    "use a different password.");
        return Fapi::error(422, str("form_password_pwned"), message, message, {{str("param_name"), param}});
    }
    return std::nullopt;
}

FapiResponse passwordValidationFailed(const QString &param)
{
    const QString message = str("Passwords validation failed. Try again.");
    return Fapi::error(422, str("form_password_validation_failed"), message, message, {{str("param_name"), param}});
}

FapiResponse verificationNeeded(const QString &param)
{
    return Fapi::error(422, str("form_verification_needed"), str("is unverified"),
                       str("This identification needs to be verified before you can perform this action."),
                       {{str("param_name"), param}});
}

FapiResponse plainError(int status, const char *code, const char *message, const char *longMessage)
{
    return Fapi::error(status, str(code), str(message), str(longMessage));
}

FapiResponse verificationMissing(const QString &longMessage)
{
    return Fapi::error(400, str("verification_missing"), str("No verification was prepared"), longMessage);
}

std::optional<FapiResponse> identifierRejected(const Model &model, const QString &param, const QString &value,
                                               bool wellFormed)
{
    if (!wellFormed)
        return formatInvalid(param);
    if (model.identifierTaken(value))
        return identifierExists(param);
    return std::nullopt;
}

std::optional<FapiResponse> singleSessionConflict(const Model &model, const QString &clientId)
{
    if (!model.instance.singleSessionMode || model.activeSessions(clientId).isEmpty())
        return std::nullopt;
    return Fapi::error(400, str("session_exists"), str("You're already signed in"),
                       str("You're currently in single session mode. You can only be signed into one account at a time."));
}

bool isPhone(const QString &normalized)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    return re.match(normalized).hasMatch();
}

bool isEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

bool isUsername(const QString &username)
{
    return username.size() >= 4 && username.size() <= 64 && !username.contains(QLatin1Char('@'));
}

std::optional<QJsonObject> jsonObjectField(const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

Verification otp(const QString &strategy, qint64 now)
{
    Verification v;
    v.strategy = strategy;
    v.expireAt = now + kVerificationLifetimeMs;
    if (strategy == QLatin1String("phone_code"))
        v.channel = str("sms");
    return v;
}

QString randomHex(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words.constData()), bytes).toHex());
}

FapiResponse Fapi::error(int status, const QString &code, const QString &message, const QString &longMessage,
                         const QJsonObject &meta)
{
    QJsonObject e{{str("code"), code}, {str("message"), message},
                  {str("long_message"), longMessage.isEmpty() ? message : longMessage}};
    if (!meta.isEmpty())
        e.insert(str("meta"), meta);
    FapiResponse r;
    r.status = status;
    r.body = QJsonObject{{str("errors"), QJsonArray{e}}, {str("clerk_trace_id"), randomHex(16)}};
    return r;
}

FapiResponse Fapi::envelope(Context &ctx, const QJsonValue &response)
{
    QJsonValue client(QJsonValue::Null);
    if (m_model.clients.contains(ctx.clientId)) {
        for (const Session *s : m_model.activeSessions(ctx.clientId))
            refreshLastActiveToken(m_model.sessions[s->id], ctx.request.origin);
        client = m_model.clientJson(m_model.clients[ctx.clientId], ctx.now);
    }
    FapiResponse r;
    r.body = QJsonObject{{str("response"), response}, {str("client"), client}};
    return r;
}

std::optional<FapiResponse> Fapi::checkCode(Verification &v, const QString &code, bool totp, const QByteArray &secret)
{
    if (!totp && v.expireAt != 0 && v.expireAt <= m_now()) {
        v.status = str("expired");
        return error(400, str("verification_expired"), str("This verification has expired."),
                     str("This verification has expired. You must create a new one."));
    }
    if (v.status == QLatin1String("failed") || v.attempts >= kMaxCodeAttempts) {
        // Stubs.Verification.TOTP has no "failed" status: only the attempt count remembers it.
        if (!totp)
            v.status = str("failed");
        return error(400, str("verification_failed"), str("Too many failed attempts"),
                     str("Too many failed attempts. You have to try again with the same or another method."));
    }
    if (code.isEmpty())
        return paramMissing(str("code"));
    ++v.attempts;
    const bool ok = totp ? Totp::verify(secret, code, m_now() / 1000) : code == kTestCode;
    if (!ok)
        return codeIncorrect();
    v.status = str("verified");
    return std::nullopt;
}

} // namespace ClerkEmulator
