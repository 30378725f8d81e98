#include "accountops_p.h"

#include "authcore_p.h"
#include "logging_p.h"

#include <QJsonArray>

namespace Clerk {

namespace {

QString boolField(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }

/// The identification an answer of /me/email_addresses or /me/phone_numbers carries, as the typed value.
QVariant identification(const QString &kind, const QJsonObject &json)
{
    if (kind == QLatin1String("email_addresses"))
        return QVariant::fromValue(parseEmailAddress(json));
    return QVariant::fromValue(parsePhoneNumber(json));
}

} // namespace

Reply *AccountOps::me(const QByteArray &method, const QString &path, const FormFields &form, Finish finish,
                      std::optional<FapiFilePart> file)
{
    // Account runs every operation through SessionRestore::afterRestore(): a stored session has been restored
    // by now, so "signed in" is known.
    auto *reply = d.newReply();
    auto request = d.meRequest(reply, method, path);
    if (!request)
        return reply;
    request->form = form;
    request->file = std::move(file);
    d.call(reply, *request, std::move(finish));
    return reply;
}

void AccountOps::succeedWithUser(const FapiResult &result, PendingReply *reply)
{
    if (!reply)
        return;
    if (result.clientUpdated) {
        reply->succeed(QVariant::fromValue(d.store.current().user));
        return;
    }
    FapiRequest request;
    request.path = QStringLiteral("/me");
    request.sessionId = d.store.current().session.id;
    d.call(reply, request, [](const FapiResult &r, PendingReply *rep) {
        if (rep)
            rep->succeed(QVariant::fromValue(parseUser(r.envelope.response.toObject())));
    });
}

// ---- Email addresses and phone numbers ------------------------------------------------------------------------

Reply *AccountOps::addEmailAddress(const QString &emailAddress)
{
    return me("POST", QStringLiteral("/email_addresses"), {{QStringLiteral("email_address"), emailAddress.trimmed()}},
              [this](const FapiResult &r, PendingReply *rep) {
                  d.succeedAfterUser(r, rep, identification(QStringLiteral("email_addresses"),
                                                          r.envelope.response.toObject()));
              });
}

Reply *AccountOps::addPhoneNumber(const QString &phoneNumber)
{
    return me("POST", QStringLiteral("/phone_numbers"), {{QStringLiteral("phone_number"), phoneNumber.trimmed()}},
              [this](const FapiResult &r, PendingReply *rep) {
                  d.succeedAfterUser(r, rep, identification(QStringLiteral("phone_numbers"),
                                                          r.envelope.response.toObject()));
              });
}

Reply *AccountOps::prepareVerification(const QString &kind, const QString &id)
{
    const QString strategy =
        kind == QLatin1String("email_addresses") ? QStringLiteral("email_code") : QStringLiteral("phone_code");
    return me("POST", QStringLiteral("/%1/%2/prepare_verification").arg(kind, id),
              {{QStringLiteral("strategy"), strategy}}, [this, kind](const FapiResult &r, PendingReply *rep) {
                  d.succeedAfterUser(r, rep, identification(kind, r.envelope.response.toObject()));
              });
}

Reply *AccountOps::attemptVerification(const QString &kind, const QString &id, const QString &code)
{
    return me("POST", QStringLiteral("/%1/%2/attempt_verification").arg(kind, id),
              {{QStringLiteral("code"), code.trimmed()}}, [this, kind](const FapiResult &r, PendingReply *rep) {
                  d.succeedAfterUser(r, rep, identification(kind, r.envelope.response.toObject()));
              });
}

Reply *AccountOps::removeIdentification(const QString &kind, const QString &id)
{
    return me("DELETE", QStringLiteral("/%1/%2").arg(kind, id), {},
              [this](const FapiResult &r, PendingReply *rep) { d.succeedAfterUser(r, rep, {}); });
}

Reply *AccountOps::setPrimary(const QString &field, const QString &id)
{
    return me("PATCH", QString(), {{field, id}}, [](const FapiResult &r, PendingReply *rep) {
        if (rep)
            rep->succeed(QVariant::fromValue(parseUser(r.envelope.response.toObject())));
    });
}

Reply *AccountOps::updatePhoneNumber(const QString &id, const QString &field, bool value)
{
    return me("PATCH", QStringLiteral("/phone_numbers/%1").arg(id), {{field, boolField(value)}},
              [this](const FapiResult &r, PendingReply *rep) {
                  d.succeedAfterUser(r, rep, identification(QStringLiteral("phone_numbers"),
                                                          r.envelope.response.toObject()));
              });
}

// ---- Password -------------------------------------------------------------------------------------------------

Reply *AccountOps::changePassword(const QString &currentPassword, const QString &newPassword,
                                  bool signOutOfOtherSessions)
{
    // Passwords go exactly as typed: leading or trailing spaces are part of them.
    FormFields form;
    if (!currentPassword.isEmpty())
        form.append({QStringLiteral("current_password"), currentPassword});
    form.append({QStringLiteral("new_password"), newPassword});
    form.append({QStringLiteral("sign_out_of_other_sessions"), boolField(signOutOfOtherSessions)});
    return me("POST", QStringLiteral("/change_password"), form, [](const FapiResult &r, PendingReply *rep) {
        if (rep)
            rep->succeed(QVariant::fromValue(parseUser(r.envelope.response.toObject())));
    });
}

Reply *AccountOps::removePassword(const QString &currentPassword)
{
    return me("POST", QStringLiteral("/remove_password"), {{QStringLiteral("current_password"), currentPassword}},
              [](const FapiResult &r, PendingReply *rep) {
                  if (rep)
                      rep->succeed(QVariant::fromValue(parseUser(r.envelope.response.toObject())));
              });
}

// ---- Profile image --------------------------------------------------------------------------------------------

Reply *AccountOps::failed(const Error &error)
{
    auto *reply = d.newReply();
    d.fail(reply, error);
    return reply;
}

Reply *AccountOps::setProfileImage(const FapiFilePart &part)
{
    // Clerk answers with the image, not the user: the user (with its new image_url) comes with the client.
    return me("POST", QStringLiteral("/profile_image"), {},
              [this](const FapiResult &r, PendingReply *rep) { succeedWithUser(r, rep); }, part);
}

Reply *AccountOps::removeProfileImage()
{
    return me("DELETE", QStringLiteral("/profile_image"), {},
              [this](const FapiResult &r, PendingReply *rep) { succeedWithUser(r, rep); });
}

// ---- Two-factor -----------------------------------------------------------------------------------------------

Reply *AccountOps::createTotp()
{
    return me("POST", QStringLiteral("/totp"), {}, [this](const FapiResult &r, PendingReply *rep) {
        d.succeedAfterUser(r, rep, QVariant::fromValue(parseTotp(r.envelope.response.toObject())));
    });
}

Reply *AccountOps::verifyTotp(const QString &code)
{
    return me("POST", QStringLiteral("/totp/attempt_verification"), {{QStringLiteral("code"), code.trimmed()}},
              [this](const FapiResult &r, PendingReply *rep) {
                  d.succeedAfterUser(r, rep, QVariant::fromValue(parseTotp(r.envelope.response.toObject())));
              });
}

Reply *AccountOps::disableTotp()
{
    return me("DELETE", QStringLiteral("/totp"), {},
              [this](const FapiResult &r, PendingReply *rep) { d.succeedAfterUser(r, rep, {}); });
}

Reply *AccountOps::createBackupCodes()
{
    return me("POST", QStringLiteral("/backup_codes"), {}, [this](const FapiResult &r, PendingReply *rep) {
        QStringList codes;
        const QJsonArray list = r.envelope.response.toObject().value(QLatin1String("codes")).toArray();
        for (const QJsonValue &code : list)
            codes << code.toString();
        d.succeedAfterUser(r, rep, codes);
    });
}

// ---- Deletion -------------------------------------------------------------------------------------------------

Reply *AccountOps::deleteAccount()
{
    return me("DELETE", QString(), {}, [this](const FapiResult &, PendingReply *rep) {
        qCInfo(lcAuth) << "account deleted; signing this client out";
        // The user is gone on the server; like signOut(), this client forgets its token and keychain entry.
        d.restore.forgetClient([guard = QPointer<PendingReply>(rep)] {
            if (guard)
                guard->succeed();
        });
    });
}

} // namespace Clerk
