// What the keychain entry holds: the client token and, since format 2, a snapshot of the client without any
// token — enough to show who is signed in when a start finds no network.
#pragma once

#include "resources_p.h"

#include <QJsonObject>
#include <QString>

namespace Clerk {

struct StoredClient
{
    /// The entry's format: {"v":2,"client_token":…,"client":{…}}. Format 1 (clerk-qt 0.1) was the bare token.
    static constexpr int kVersion = 2;

    QString clientToken;
    /// The client as `GET /v1/client` would answer it, with every token-like member removed; empty when the
    /// entry had none (format 1) or the client had nothing worth showing.
    QJsonObject client;

    /// Reads either format. An entry that is neither (not JSON, no token) reads as empty: nothing stored.
    static StoredClient parse(const QString &entry);
    /// Always the current format.
    QString serialize() const;
};

/// `model` as a client object without any token: sessions (ids, status, user, organization memberships), the
/// session the app acts as as `last_active_session_id`, no sign-in or sign-up. Empty for a null model.
QJsonObject clientSnapshot(const ClientModel &model, const QString &activeSessionId);

/// `object` without members that hold or name credentials (`last_active_token`, `jwt`, anything called a
/// token, secret, nonce or ticket, OAuth redirect URLs with their state) and without any string shaped like a
/// JWT, at every depth.
QJsonObject withoutTokens(const QJsonObject &object);

} // namespace Clerk
