#include "signflows_p.h"

#include "authcore_p.h"
#include "logging_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Clerk {

namespace {

/// The store already holds the attempt (it came with the answer); what is left is this Auth's own view of it:
/// whether its flow goes on, and which session it created.
template <typename Attempt>
void adoptStep(AuthCore &d, const Attempt &attempt, PendingReply *reply, ClientStore::Flow ongoing, const char *what)
{
    if (attempt.isNull()) {
        d.fail(reply, Error(Error::Kind::Protocol, QStringLiteral("clerkqt_unexpected_response"),
                            QStringLiteral("Clerk's answer carried no %1 attempt.").arg(QLatin1String(what))));
        return;
    }
    if (attempt.status == Attempt::Status::Complete) {
        if (!attempt.createdSessionId.isEmpty())
            d.store.setActiveSession(attempt.createdSessionId);
        d.store.setFlow(ClientStore::Flow::None);
        qCInfo(lcAuth) << what << "complete, session" << attempt.createdSessionId;
    } else {
        d.store.setFlow(ongoing);
        qCInfo(lcAuth) << what << attempt.id << attempt.statusString;
    }
    d.store.notify();
    if (reply)
        reply->succeed(QVariant::fromValue(d.store.current().status));
}

} // namespace

void SignFlows::completeSignInStep(const FapiResult &result, PendingReply *reply)
{
    completeStep(Kind::SignIn, result, reply);
}

void SignFlows::completeSignUpStep(const FapiResult &result, PendingReply *reply)
{
    completeStep(Kind::SignUp, result, reply);
}

void SignFlows::completeStep(Kind kind, const FapiResult &result, PendingReply *reply)
{
    const QJsonObject json = result.envelope.response.toObject();
    if (kind == Kind::SignIn) {
        adoptStep(d, parseSignInAttempt(json), reply, ClientStore::Flow::SignIn, "sign-in");
        return;
    }
    const SignUpAttempt attempt = parseSignUpAttempt(json);
    if (!attempt.isNull() && attempt.status != SignUpAttempt::Status::Complete)
        qCInfo(lcAuth) << "sign-up unverified:" << attempt.unverifiedFields;
    adoptStep(d, attempt, reply, ClientStore::Flow::SignUp, "sign-up");
}

Reply *SignFlows::create(Kind kind, const FormFields &form)
{
    auto *reply = d.newReply();
    FapiRequest request;
    request.method = "POST";
    request.path = kind == Kind::SignIn ? QStringLiteral("/client/sign_ins") : QStringLiteral("/client/sign_ups");
    request.form = form;
    d.call(reply, request, [this, kind](const FapiResult &r, PendingReply *rep) { completeStep(kind, r, rep); });
    return reply;
}

Reply *SignFlows::attemptAction(Kind kind, const QString &action, const FormFields &form)
{
    auto *reply = d.newReply();
    const ClientModel &client = d.store.model();
    const bool signIn = kind == Kind::SignIn;
    if (signIn ? client.signIn.isNull() : client.signUp.isNull()) {
        d.fail(reply, signIn ? AuthCore::invalidState(QStringLiteral("clerkqt_no_sign_in"),
                                                      QStringLiteral("No sign-in is in progress."))
                             : AuthCore::invalidState(QStringLiteral("clerkqt_no_sign_up"),
                                                      QStringLiteral("No sign-up is in progress.")));
        return reply;
    }
    FapiRequest request;
    request.method = "POST";
    request.path = signIn ? QStringLiteral("/client/sign_ins/%1/%2").arg(client.signIn.id, action)
                          : QStringLiteral("/client/sign_ups/%1/%2").arg(client.signUp.id, action);
    request.form = form;
    d.call(reply, request, [this, kind](const FapiResult &r, PendingReply *rep) { completeStep(kind, r, rep); });
    return reply;
}

Reply *SignFlows::signIn(const QString &identifier, const QString &password)
{
    return create(Kind::SignIn, {{QStringLiteral("strategy"), QStringLiteral("password")},
                                 {QStringLiteral("identifier"), identifier.trimmed()},
                                 {QStringLiteral("password"), password}});
}

Reply *SignFlows::startSignIn(const QString &identifier)
{
    return create(Kind::SignIn, {{QStringLiteral("identifier"), identifier.trimmed()}});
}

Reply *SignFlows::prepareFactor(bool second, Factor::Strategy strategy)
{
    const QString name = Factor::strategyName(strategy);
    FormFields form{{QStringLiteral("strategy"), name}};
    const SignInAttempt &attempt = d.store.model().signIn;
    if (!attempt.isNull()) {
        // The factor's email/phone id comes from the attempt's supported factors.
        const QJsonArray factors = attempt.raw
                                       .value(second ? QLatin1String("supported_second_factors")
                                                     : QLatin1String("supported_first_factors"))
                                       .toArray();
        const auto factor = std::find_if(factors.begin(), factors.end(), [&name](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("strategy")).toString() == name;
        });
        if (factor == factors.end()) {
            auto *reply = d.newReply();
            d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_strategy_not_supported"),
                                                 QStringLiteral("This sign-in does not offer %1.").arg(name)));
            return reply;
        }
        for (const char *idKey : {"email_address_id", "phone_number_id"}) {
            const QString id = (*factor).toObject().value(QLatin1String(idKey)).toString();
            if (!id.isEmpty()) {
                form.append({QString::fromLatin1(idKey), id});
                break;
            }
        }
    }
    // Without a sign-in, attemptAction() fails with clerkqt_no_sign_in.
    return attemptAction(Kind::SignIn, second ? QStringLiteral("prepare_second_factor")
                                              : QStringLiteral("prepare_first_factor"), form);
}

Reply *SignFlows::attemptFactor(bool second, Factor::Strategy strategy, const QString &secret)
{
    // Passwords are sent exactly as typed; codes without the whitespace a paste brings.
    const bool password = !second && strategy == Factor::Strategy::Password;
    return attemptAction(Kind::SignIn, second ? QStringLiteral("attempt_second_factor")
                                              : QStringLiteral("attempt_first_factor"),
                         {{QStringLiteral("strategy"), Factor::strategyName(strategy)},
                          {password ? QStringLiteral("password") : QStringLiteral("code"),
                           password ? secret : secret.trimmed()}});
}

Reply *SignFlows::resetPassword(const QString &password, bool signOutOfOtherSessions)
{
    const SignInAttempt &attempt = d.store.model().signIn;
    // Without any sign-in, attemptAction() reports clerkqt_no_sign_in; a sign-in at another step would only get
    // Clerk's generic strategy error, which does not tell the app that the reset code comes first.
    if (!attempt.isNull() && attempt.status != SignInAttempt::Status::NeedsNewPassword) {
        auto *reply = d.newReply();
        d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_no_password_reset"),
                                             QStringLiteral("This sign-in is not waiting for a new password: "
                                                            "attempt a reset-password code first.")));
        return reply;
    }
    return attemptAction(Kind::SignIn, QStringLiteral("reset_password"),
                         {{QStringLiteral("password"), password},
                          {QStringLiteral("sign_out_of_other_sessions"),
                           signOutOfOtherSessions ? QStringLiteral("true") : QStringLiteral("false")}});
}

FormFields SignFlows::signUpForm(const SignUpParams &params, const FormFields &extra)
{
    FormFields form = extra;
    auto add = [&form](const char *key, const QString &value) {
        if (!value.isEmpty())
            form.append({QString::fromLatin1(key), value});
    };
    add("email_address", params.emailAddress.trimmed());
    add("phone_number", params.phoneNumber.trimmed());
    add("password", params.password);
    add("first_name", params.firstName);
    add("last_name", params.lastName);
    add("username", params.username.trimmed());
    if (params.legalAccepted)
        add("legal_accepted", QStringLiteral("true"));
    if (!params.unsafeMetadata.isEmpty())
        add("unsafe_metadata", QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(params.unsafeMetadata))
                                                      .toJson(QJsonDocument::Compact)));
    return form;
}

Reply *SignFlows::signUp(const SignUpParams &params, const FormFields &extra)
{
    return create(Kind::SignUp, signUpForm(params, extra));
}

Reply *SignFlows::updateSignUp(const SignUpParams &params)
{
    auto *reply = d.newReply();
    const SignUpAttempt &attempt = d.store.model().signUp;
    if (attempt.isNull()) {
        d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_no_sign_up"),
                                             QStringLiteral("No sign-up is in progress.")));
        return reply;
    }
    FapiRequest request;
    request.method = "PATCH";
    request.path = QStringLiteral("/client/sign_ups/%1").arg(attempt.id);
    request.form = signUpForm(params);
    d.call(reply, request, [this](const FapiResult &r, PendingReply *rep) { completeStep(Kind::SignUp, r, rep); });
    return reply;
}

Reply *SignFlows::signInWithTicket(const QString &ticket)
{
    return create(Kind::SignIn, {{QStringLiteral("strategy"), QStringLiteral("ticket")},
                                 {QStringLiteral("ticket"), ticket.trimmed()}});
}

Reply *SignFlows::signUpWithTicket(const QString &ticket, const SignUpParams &params)
{
    // The invitation decides the email address: one given besides it would only be rejected.
    SignUpParams rest = params;
    rest.emailAddress.clear();
    return signUp(rest, {{QStringLiteral("strategy"), QStringLiteral("ticket")},
                         {QStringLiteral("ticket"), ticket.trimmed()}});
}

Reply *SignFlows::prepareSignUpVerification(Factor::Strategy strategy)
{
    return attemptAction(Kind::SignUp, QStringLiteral("prepare_verification"),
                         {{QStringLiteral("strategy"), Factor::strategyName(strategy)}});
}

Reply *SignFlows::attemptSignUpVerification(Factor::Strategy strategy, const QString &code)
{
    return attemptAction(Kind::SignUp, QStringLiteral("attempt_verification"),
                         {{QStringLiteral("strategy"), Factor::strategyName(strategy)},
                          {QStringLiteral("code"), code.trimmed()}});
}

} // namespace Clerk
