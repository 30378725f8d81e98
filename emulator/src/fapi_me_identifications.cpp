// The signed-in user's email addresses and phone numbers: /v1/me/email_addresses[/{id}] and
// /v1/me/phone_numbers[/{id}] — list, add, read, update (phone numbers), prepare and attempt verification, delete.
#include "fapi_common_p.h"

namespace ClerkEmulator {

namespace {

bool isEmailPath(const QString &path) { return path.startsWith(QLatin1String("/v1/me/email_addresses")); }

/// A form value as the boolean Clerk takes ("true" / "false"); nothing when it is neither.
std::optional<bool> formBool(const QString &value)
{
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

User *Fapi::meUser(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    return s ? &m_model.users[s->userId] : nullptr;
}

std::optional<FapiResponse> Fapi::meIdentification(Context &ctx, MeIdentification &found)
{
    found.user = meUser(ctx);
    if (!found.user)
        return signedOut();
    const QString id = ctx.params.value(str("identification_id"));
    if (isEmailPath(ctx.request.path)) {
        found.email = found.user->email(id);
        if (!found.email)
            return notFound(str("email_id"));
    } else {
        found.phone = found.user->phone(id);
        if (!found.phone)
            return notFound(str("phone_number_id"));
    }
    return std::nullopt;
}

FapiResponse Fapi::listIdentifications(Context &ctx)
{
    const User *user = meUser(ctx);
    if (!user)
        return signedOut();
    // Server.UserEmailAddresses / Server.UserPhoneNumbers: a bare array, not enveloped.
    QJsonArray list;
    if (isEmailPath(ctx.request.path)) {
        for (const EmailAddress &e : user->emails)
            list.append(e.toJson());
    } else {
        for (const PhoneNumber &p : user->phones)
            list.append(p.toJson());
    }
    FapiResponse r;
    r.body = list;
    return r;
}

FapiResponse Fapi::getIdentification(Context &ctx)
{
    MeIdentification found;
    if (auto failure = meIdentification(ctx, found))
        return *failure;
    return envelope(ctx, found.toJson());
}

FapiResponse Fapi::addEmailAddress(Context &ctx)
{
    User *user = meUser(ctx);
    if (!user)
        return signedOut();
    const QString email = ctx.field("email_address").trimmed().toLower();
    if (email.isEmpty())
        return paramMissing(str("email_address"));
    if (auto rejected = identifierRejected(m_model, str("email_address"), email, isEmail(email)))
        return *rejected;
    user->emails.append({newId(str("idn")), email, std::nullopt, ctx.now, ctx.now});
    user->updatedAt = ctx.now;
    return envelope(ctx, user->emails.last().toJson());
}

FapiResponse Fapi::addPhoneNumber(Context &ctx)
{
    User *user = meUser(ctx);
    if (!user)
        return signedOut();
    if (ctx.field("phone_number").isEmpty())
        return paramMissing(str("phone_number"));
    const QString phone = normalizePhone(ctx.field("phone_number"));
    if (auto rejected = identifierRejected(m_model, str("phone_number"), phone, isPhone(phone)))
        return *rejected;
    PhoneNumber added{newId(str("idn")), phone, std::nullopt, ctx.now, ctx.now};
    if (ctx.has("reserved_for_second_factor")) {
        const std::optional<bool> reserved = formBool(ctx.field("reserved_for_second_factor"));
        if (!reserved)
            return formatInvalid(str("reserved_for_second_factor"));
        added.reservedForSecondFactor = *reserved;
    }
    user->phones.append(added);
    user->updatedAt = ctx.now;
    return envelope(ctx, user->phones.last().toJson());
}

FapiResponse Fapi::updatePhoneNumber(Context &ctx)
{
    MeIdentification found;
    if (auto failure = meIdentification(ctx, found))
        return *failure;
    std::optional<bool> reserved, isDefault;
    for (const auto &[name, value] : {std::pair{"reserved_for_second_factor", &reserved},
                                      std::pair{"default_second_factor", &isDefault}}) {
        if (!ctx.has(name))
            continue;
        *value = formBool(ctx.field(name));
        if (!*value)
            return formatInvalid(str(name), 400); // the spec lists no 422 for this operation
    }
    PhoneNumber &phone = *found.phone;
    if (reserved)
        phone.reservedForSecondFactor = *reserved;
    if (isDefault)
        phone.defaultSecondFactor = *isDefault;
    // A user has at most one default second-factor number, and only a reserved number can be it.
    if (!phone.reservedForSecondFactor)
        phone.defaultSecondFactor = false;
    if (phone.defaultSecondFactor) {
        for (PhoneNumber &other : found.user->phones)
            other.defaultSecondFactor = other.id == phone.id;
    }
    phone.updatedAt = found.user->updatedAt = ctx.now;
    return envelope(ctx, phone.toJson());
}

FapiResponse Fapi::prepareIdentification(Context &ctx)
{
    MeIdentification found;
    if (auto failure = meIdentification(ctx, found))
        return *failure;
    const QString expected = found.email ? str("email_code") : str("phone_code");
    const QString strategy = ctx.field("strategy").isEmpty() ? expected : ctx.field("strategy");
    if (strategy != expected)
        return strategyInvalid();
    std::optional<Verification> &v = found.email ? found.email->verification : found.phone->verification;
    v = otp(strategy, ctx.now);
    (found.email ? found.email->updatedAt : found.phone->updatedAt) = ctx.now;
    return envelope(ctx, found.toJson());
}

FapiResponse Fapi::attemptIdentification(Context &ctx)
{
    MeIdentification found;
    if (auto failure = meIdentification(ctx, found))
        return *failure;
    std::optional<Verification> &v = found.email ? found.email->verification : found.phone->verification;
    if (!v || v->object != QLatin1String("verification_otp"))
        return verificationMissing(str("Call prepare_verification first."));
    if (auto failure = checkCode(*v, ctx.field("code"), false, {}))
        return *failure;
    return envelope(ctx, found.toJson());
}

FapiResponse Fapi::deleteIdentification(Context &ctx)
{
    MeIdentification found;
    if (auto failure = meIdentification(ctx, found))
        return *failure;
    User &user = *found.user;
    const QString id = found.email ? found.email->id : found.phone->id;
    // Clerk's identifications service: a user keeps at least one identification that is not an OAuth account
    // (emails, phone numbers and the username count), and one of each kind the instance requires at sign-up.
    if (user.emails.size() + user.phones.size() + (user.username.isEmpty() ? 0 : 1) == 1)
        return plainError(400, "identification_deletion_failed", "Deletion failed",
                          "You cannot delete your last identification.");
    const QString kind = found.email ? str("email_address") : str("phone_number");
    if (m_model.instance.signUpRequired.contains(kind) && (found.email ? user.emails.size() : user.phones.size()) == 1) {
        const QString readable = QString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
        return error(400, str("last_required_identification_deletion_failed"),
                     QStringLiteral("Deleting your last %1 is prohibited").arg(readable),
                     QStringLiteral("You are required to maintain at least one %1 in your account at all times")
                         .arg(readable));
    }
    if (found.email)
        user.emails.removeIf([&](const EmailAddress &e) { return e.id == id; });
    else
        user.phones.removeIf([&](const PhoneNumber &p) { return p.id == id; });
    if (user.primaryEmailId == id)
        user.primaryEmailId = user.emails.isEmpty() ? QString() : user.emails.first().id;
    if (user.primaryPhoneId == id)
        user.primaryPhoneId = user.phones.isEmpty() ? QString() : user.phones.first().id;
    user.updatedAt = ctx.now;
    return envelope(ctx, QJsonObject{{str("id"), id},
                                     {str("object"), found.email ? str("email_address") : str("phone_number")},
                                     {str("deleted"), true}});
}

} // namespace ClerkEmulator
