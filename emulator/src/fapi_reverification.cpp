// Session reverification (step-up): POST /v1/client/sessions/{id}/verify starts one at a level, then
// prepare/attempt of a first and/or second factor. Each verified factor resets its side of the session's
// `factor_verification_age` (and so the `fva` claim of the next token).
#include "fapi_common_p.h"
#include "totp_p.h"

namespace ClerkEmulator {

namespace {

const QStringList kLevels{QStringLiteral("first_factor"), QStringLiteral("second_factor"),
                          QStringLiteral("multi_factor")};

FapiResponse noReverification()
{
    return verificationMissing(QStringLiteral("Start a session reverification (POST …/verify) first."));
}

} // namespace

std::optional<FapiResponse> Fapi::reverifyingSession(Context &ctx, Session *&session)
{
    session = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!session)
        return notFound(str("session_id"));
    if (session->status != QLatin1String("active") || !m_model.users.contains(session->userId))
        return signedOut();
    return std::nullopt;
}

FapiResponse Fapi::reverificationEnvelope(Context &ctx, Session &session)
{
    if (session.reverification && session.reverification->status == QLatin1String("complete"))
        mintToken(session, ctx.request.origin); // the next token carries the new fva at once
    noteActivity(session, ctx);
    return envelope(ctx, m_model.reverificationJson(session, ctx.now));
}

std::optional<FapiResponse> Fapi::reverificationStep(Context &ctx, Session *&s, const char *status, bool needsStrategy)
{
    if (auto failure = reverifyingSession(ctx, s))
        return failure;
    if (!s->reverification)
        return noReverification();
    if (needsStrategy && ctx.field("strategy").isEmpty())
        return paramMissing(str("strategy"));
    if (s->reverification->status != QLatin1String(status))
        return strategyInvalid();
    return std::nullopt;
}

FapiResponse Fapi::startReverification(Context &ctx)
{
    Session *s = nullptr;
    if (auto failure = reverifyingSession(ctx, s))
        return *failure;
    const QString level = ctx.field("level");
    if (level.isEmpty())
        return paramMissing(str("level"));
    if (!kLevels.contains(level))
        return formatInvalid(str("level"));
    // Clerk's rule: a second-factor level falls back to the first factor for a user who has none.
    const bool hasSecond = m_model.users[s->userId].secondFactorRequired();
    SessionReverification r;
    r.level = level != QLatin1String("first_factor") && !hasSecond ? str("first_factor") : level;
    r.status = r.level == QLatin1String("second_factor") ? str("needs_second_factor") : str("needs_first_factor");
    s->reverification = r;
    return reverificationEnvelope(ctx, *s);
}

FapiResponse Fapi::prepareReverificationFirstFactor(Context &ctx)
{
    Session *s = nullptr;
    if (auto failure = reverificationStep(ctx, s, "needs_first_factor", true))
        return *failure;
    SessionReverification &r = *s->reverification;
    const QString strategy = ctx.field("strategy");
    User &user = m_model.users[s->userId];
    if (strategy == QLatin1String("email_code")) {
        const QString id = ctx.has("email_address_id") ? ctx.field("email_address_id") : user.primaryEmailId;
        const EmailAddress *email = user.email(id);
        if (!email || !email->verified())
            return notFound(str("email_address_id"));
        r.preparedEmailId = email->id;
    } else if (strategy == QLatin1String("phone_code")) {
        const QString id = ctx.has("phone_number_id") ? ctx.field("phone_number_id") : user.primaryPhoneId;
        const PhoneNumber *phone = user.phone(id);
        if (!phone || !phone->verified())
            return notFound(str("phone_number_id"));
        r.preparedPhoneId = phone->id;
    } else {
        return strategyInvalid();
    }
    r.firstFactor = otp(strategy, ctx.now);
    return reverificationEnvelope(ctx, *s);
}

FapiResponse Fapi::attemptReverificationFirstFactor(Context &ctx)
{
    Session *s = nullptr;
    if (auto failure = reverificationStep(ctx, s, "needs_first_factor", true))
        return *failure;
    SessionReverification &r = *s->reverification;
    const QString strategy = ctx.field("strategy");
    const User &user = m_model.users[s->userId];
    if (strategy == QLatin1String("password")) {
        if (user.password.isEmpty())
            return strategyInvalid();
        Verification v;
        v.object = str("verification_password");
        v.strategy = strategy;
        v.attempts = (r.firstFactor && r.firstFactor->strategy == strategy ? r.firstFactor->attempts : 0) + 1;
        v.expireAt = 0;
        v.status = ctx.field("password") == user.password ? str("verified") : str("unverified");
        r.firstFactor = v;
        if (v.status != QLatin1String("verified"))
            return error(422, str("form_password_incorrect"),
                         str("Password is incorrect. Try again, or use another method."),
                         str("Password is incorrect. Try again, or use another method."),
                         {{str("param_name"), str("password")}});
    } else if (strategy == QLatin1String("email_code") || strategy == QLatin1String("phone_code")) {
        if (!r.firstFactor || r.firstFactor->strategy != strategy)
            return verificationMissing(QStringLiteral("Call prepare_first_factor with strategy %1 first.").arg(strategy));
        if (auto failure = checkCode(*r.firstFactor, ctx.field("code").trimmed(), false, {}))
            return *failure;
    } else {
        return strategyInvalid();
    }
    s->firstFactorAt = ctx.now;
    r.status = r.level == QLatin1String("multi_factor") ? str("needs_second_factor") : str("complete");
    return reverificationEnvelope(ctx, *s);
}

FapiResponse Fapi::prepareReverificationSecondFactor(Context &ctx)
{
    Session *s = nullptr;
    if (auto failure = reverificationStep(ctx, s, "needs_second_factor", false))
        return *failure;
    SessionReverification &r = *s->reverification;
    // Only an SMS code is sent; TOTP and backup codes are attempted without a preparation.
    const QString strategy = ctx.has("strategy") ? ctx.field("strategy") : str("phone_code");
    if (strategy != QLatin1String("phone_code"))
        return strategyInvalid();
    const PhoneNumber *phone = nullptr;
    if (auto failure = secondFactorPhone(ctx, m_model.users[s->userId], phone))
        return *failure;
    r.secondFactor = otp(strategy, ctx.now);
    r.preparedPhoneId = phone->id;
    return reverificationEnvelope(ctx, *s);
}

FapiResponse Fapi::attemptReverificationSecondFactor(Context &ctx)
{
    Session *s = nullptr;
    if (auto failure = reverificationStep(ctx, s, "needs_second_factor", true))
        return *failure;
    SessionReverification &r = *s->reverification;
    const QString strategy = ctx.field("strategy");
    const QString code = ctx.field("code").trimmed();
    if (auto failure = checkSecondFactor(r.secondFactor, m_model.users[s->userId], strategy, code))
        return *failure;
    s->secondFactorAt = ctx.now;
    r.status = str("complete");
    return reverificationEnvelope(ctx, *s);
}

} // namespace ClerkEmulator
