#include "sessionops_p.h"

#include "authcore_p.h"
#include "logging_p.h"

#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace Clerk {

namespace {

bool isActive(const Session &s) { return s.status == Session::Status::Active; }

/// The user an answer of /me carries; the store has merged it already.
void succeedWithUser(const FapiResult &result, PendingReply *reply)
{
    if (reply)
        reply->succeed(QVariant::fromValue(parseUser(result.envelope.response.toObject())));
}

} // namespace

void SessionOps::forgetClientFor(PendingReply *reply)
{
    d.restore.forgetClient([guard = QPointer<PendingReply>(reply)] {
        if (guard)
            guard->succeed();
    });
}

Reply *SessionOps::signOut()
{
    auto *reply = d.newReply();
    d.whenUsable(reply, [this](const QPointer<PendingReply> &guard) {
        if (d.fapi->clientToken().isEmpty()) {
            // No client on the server yet: nothing to revoke, nothing stored.
            forgetClientFor(guard);
            return;
        }
        FapiRequest request;
        request.method = "DELETE";
        request.path = QStringLiteral("/client");
        // Revoke on the server first; only then forget the token. A network failure keeps the session.
        bindRequest(guard.data(), d.fapi, d.send(request, [this, guard](const FapiResult &result) {
            const bool alreadyGone = result.httpStatus == 401;
            if (!result.error.isNull() && !alreadyGone) {
                d.fail(guard, result.error);
                return;
            }
            qCInfo(lcAuth) << "signed out";
            forgetClientFor(guard);
        }));
    });
    return reply;
}

Reply *SessionOps::signOut(const QString &sessionId)
{
    if (sessionId.isEmpty())
        return signOut();
    return sessionAction(sessionId, QStringLiteral("remove"), {}, [this](PendingReply *rep) {
        const QList<Session> &sessions = d.store.model().sessions;
        if (std::any_of(sessions.cbegin(), sessions.cend(), isActive)) {
            if (rep)
                rep->succeed();
            return;
        }
        // The last session is gone: this device is signed out; forget the client token too.
        forgetClientFor(rep);
    });
}

Reply *SessionOps::setActive(const QString &sessionId, const QString &organizationId)
{
    const Session *target = d.store.model().findSession(sessionId);
    // A pending session may be touched too: activating an organization is how choose-organization is done.
    if (!target || !(isActive(*target) || target->status == Session::Status::Pending)) {
        auto *reply = d.newReply();
        d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_unknown_session"),
                                             QStringLiteral("This client has no active session %1.").arg(sessionId)));
        return reply;
    }
    // An empty active_organization_id is sent on purpose: it selects the personal account. The touch answer
    // carries the session's last_active_token for the new organization, which the token engine takes at once
    // (it fetches one only when the answer had none).
    return sessionAction(sessionId, QStringLiteral("touch"),
                         {{QStringLiteral("active_organization_id"), organizationId}},
                         [this, sessionId](PendingReply *rep) {
                             d.store.setActiveSession(sessionId);
                             d.store.notify();
                             if (rep)
                                 rep->succeed(QVariant::fromValue(d.store.current().session));
                         });
}

Reply *SessionOps::touchSession(const QString &sessionId)
{
    const Session *s = d.store.model().findSession(sessionId.isEmpty() ? d.store.current().session.id : sessionId);
    // Like clerk-js, touch re-sends the session's organization so that it is kept.
    const QString org = s ? s->lastActiveOrganizationId : QString();
    return sessionAction(sessionId, QStringLiteral("touch"), {{QStringLiteral("active_organization_id"), org}});
}

Reply *SessionOps::endSession(const QString &sessionId)
{
    return sessionAction(sessionId, QStringLiteral("end"), {});
}

Reply *SessionOps::removeSession(const QString &sessionId)
{
    return sessionAction(sessionId, QStringLiteral("remove"), {});
}

Reply *SessionOps::sessionAction(const QString &sessionIdIn, const QString &action, const FormFields &form,
                                 std::function<void(PendingReply *)> after)
{
    auto *reply = d.newReply();
    const QString sessionId = sessionIdIn.isEmpty() ? d.store.current().session.id : sessionIdIn;
    if (sessionId.isEmpty() || !d.store.model().findSession(sessionId)) {
        d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_unknown_session"),
                                             sessionId.isEmpty()
                                                 ? QStringLiteral("There is no active session.")
                                                 : QStringLiteral("This client has no session %1.").arg(sessionId)));
        return reply;
    }
    FapiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/client/sessions/%1/%2").arg(sessionId, action);
    request.form = form;
    d.call(reply, request, [after](const FapiResult &result, PendingReply *rep) {
        if (after)
            after(rep);
        else if (rep) // the session as the server left it (ended, removed …)
            rep->succeed(QVariant::fromValue(parseSession(result.envelope.response.toObject())));
    });
    return reply;
}

Reply *SessionOps::getToken(const GetTokenOptions &options)
{
    PendingReply *reply = d.newReply();
    d.whenUsable(reply, [this, options](const QPointer<PendingReply> &guard) {
        if (!guard)
            return;
        d.tokens->getToken(options, guard, [guard](const QString &jwt, const Error &error) {
            if (!guard)
                return;
            if (error.isNull())
                guard->succeed(jwt);
            else
                guard->fail(error);
        });
    });
    return reply;
}

Reply *SessionOps::reloadUser()
{
    auto *reply = d.newReply();
    if (const auto request = d.meRequest(reply, "GET", QString()))
        d.call(reply, *request, succeedWithUser);
    return reply;
}

Reply *SessionOps::updateUser(const UserUpdate &update)
{
    auto *reply = d.newReply();
    auto request = d.meRequest(reply, "PATCH", QString());
    if (!request)
        return reply;
    // Since API version 2026-05-12 unsafe metadata has its own endpoint, which merges instead of replacing.
    auto metadata = request;
    metadata->path = QStringLiteral("/me/metadata");
    auto add = [&request](const char *key, const std::optional<QString> &value) {
        if (value)
            request->form.append({QString::fromLatin1(key), *value});
    };
    add("first_name", update.firstName);
    add("last_name", update.lastName);
    add("username", update.username);
    add("primary_email_address_id", update.primaryEmailAddressId);
    add("primary_phone_number_id", update.primaryPhoneNumberId);
    if (request->form.isEmpty() && !update.unsafeMetadata) {
        d.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_nothing_to_update"), QStringLiteral("No field to update.")));
        return reply;
    }
    if (update.unsafeMetadata)
        metadata->form.append({QStringLiteral("unsafe_metadata"),
                               QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(*update.unsafeMetadata))
                                                     .toJson(QJsonDocument::Compact))});
    if (request->form.isEmpty())
        d.call(reply, *metadata, succeedWithUser);
    else if (metadata->form.isEmpty())
        d.call(reply, *request, succeedWithUser);
    else
        d.call(reply, *request, [this, metadata = *metadata](const FapiResult &, PendingReply *rep) {
            d.call(rep, metadata, succeedWithUser);
        });
    return reply;
}

} // namespace Clerk
