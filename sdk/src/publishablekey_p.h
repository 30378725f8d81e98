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

/// The keychain account key for a publishable key: "client-token:" + hex(first 16 bytes of SHA-256(key)).
QString keychainKeyFor(const QString &publishableKey);

} // namespace Clerk
