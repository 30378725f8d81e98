// Publishable key → Frontend API base URL, and the base-URL override policy.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>

#include <QString>
#include <QUrl>

namespace Clerk {

struct PublishableKey
{
    QString host;          ///< the Frontend API host (with port, if the key names one)
    bool isLive = false;   ///< pk_live_ (production) vs pk_test_ (development)
    QUrl fapiBaseUrl;      ///< https://<host>/v1, or http://<host>/v1 for a loopback host
    Error error;           ///< Configuration error when the key is unusable
    bool isValid() const { return error.isNull(); }
};

/// Parses `pk_test_<b64>` / `pk_live_<b64>` (standard base64 of "<host>$", padding optional).
PublishableKey parsePublishableKey(const QString &key);

/// 127.0.0.0/8, ::1 and "localhost" (any case, optional trailing dot).
bool isLoopbackHost(const QString &host);

/// Checks and normalises a base-URL override: https, or http for loopback hosts; no query/fragment/userinfo;
/// path gets a trailing "/v1" when it has none. Returns an invalid URL and sets `error` otherwise.
QUrl normalizeFapiBaseUrl(const QUrl &url, Error *error);

/// The keychain account key of clerk-qt up to issue #21 (the legacy key): "client-token:" + hex(first 16 bytes of
/// SHA-256(UTF-8 of the trimmed publishable key))). Read once, to move an entry stored under it (SessionRestore).
QString keychainKeyFor(const QString &publishableKey);

/// The keychain account key: "clerk-qt-client:" + hex(first 16 bytes of SHA-256(UTF-8 of service + "\n" + appId +
/// "\n" + publishableKey))), each of the three trimmed. The service is part of the key because QtKeychain's
/// Windows back end ignores it: two apps on one Clerk instance would otherwise share one credential there.
QString keychainKeyFor(const QString &service, const QString &appId, const QString &publishableKey);

} // namespace Clerk
