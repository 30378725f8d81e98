/// @file
/// Clerk::Error — the one error type of the SDK: what went wrong, in Clerk's words where Clerk said it.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <chrono>
#include <optional>

namespace Clerk {

/// A failed operation. Value type; a default-constructed Error is the null error (kind() == None).
///
/// `code`, `message` and `longMessage` are Clerk's own (`errors[0]` of its error envelope) when the server
/// answered; for local failures they are the SDK's (codes start with `clerkqt_`, e.g. `clerkqt_network`).
/// Decide by kind() how to react (retry, ask the user, fix the configuration) and by code() what to say.
///
/// Readable from QML: `kind`, `code`, `message`, `longMessage`, `httpStatus`, `retryAfter` (in milliseconds, -1 when
/// not given), `meta`, `isNull`; the kinds by name, e.g. `Error.RateLimited`.
class CLERKQT_EXPORT Error
{
    Q_GADGET
    Q_PROPERTY(Kind kind READ kind CONSTANT)
    Q_PROPERTY(QString code READ code CONSTANT)
    Q_PROPERTY(QString message READ message CONSTANT)
    Q_PROPERTY(QString longMessage READ longMessage CONSTANT)
    Q_PROPERTY(int httpStatus READ httpStatus CONSTANT)
    Q_PROPERTY(qint64 retryAfter READ retryAfterMsecs CONSTANT)
    Q_PROPERTY(QVariantMap meta READ meta CONSTANT)
    Q_PROPERTY(bool isNull READ isNull CONSTANT)
public:
    /// What failed, in the terms an app reacts to.
    enum class Kind {
        None,          ///< no error
        Network,       ///< no answer: connection refused/reset, DNS, TLS, timeout
        Server,        ///< Clerk answered 5xx
        RateLimited,   ///< 429 `too_many_requests`; see retryAfter()
        Auth,          ///< Clerk rejected the request (4xx): wrong password or code, unknown identifier,
                       ///< `signed_out`, unknown session …; code() says which
        Configuration, ///< bad publishable key or base URL; nothing can work until the config is fixed
        Keychain,      ///< the OS keychain is unavailable or failed; the session lives in memory only
        Protocol,      ///< Clerk's answer could not be understood (not JSON, unexpected shape)
        InvalidState,  ///< the call does not fit the current state (no sign-in in progress, unknown session)
        Canceled,      ///< an interactive step (OAuth in the browser) was canceled or timed out, or the caller
                       ///< aborted the operation (Reply::abort(), code `clerkqt_aborted`)
    };
    Q_ENUM(Kind)

    /// The null error: kind() None, everything else empty.
    Error() = default;
    /// An error with the given fields. The SDK builds its Errors itself; this is for tests and for code that
    /// reports its own failures the same way. `httpStatus` 0 = no response.
    Error(Kind kind, const QString &code, const QString &message, const QString &longMessage = {},
          int httpStatus = 0, const QVariantMap &meta = {},
          std::optional<std::chrono::seconds> retryAfter = std::nullopt);

    /// The category; Kind::None for the null error.
    Kind kind() const { return m_kind; }
    /// Clerk's error code, e.g. "form_password_incorrect", or an SDK code "clerkqt_…". When Clerk's answer had
    /// no error body: "too_many_requests" for a 429, else "clerkqt_http_<status>".
    QString code() const { return m_code; }
    /// A short message that can be shown to the user (Clerk's `message` when Clerk answered).
    QString message() const { return m_message; }
    /// A fuller explanation (Clerk's `long_message`); may be empty.
    QString longMessage() const { return m_longMessage; }
    /// The HTTP status of the failed response; 0 when there was none.
    int httpStatus() const { return m_httpStatus; }
    /// How long to wait before retrying (the `Retry-After` header of a 429); empty when not given.
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }
    /// retryAfter() in milliseconds, -1 when not given: QML's form of it (QML has no optional duration).
    qint64 retryAfterMsecs() const;
    /// Clerk's `meta` object (e.g. `param_name`), as a QVariantMap; the answer's `clerk_trace_id`, when Clerk
    /// sent one, is added under that key.
    QVariantMap meta() const { return m_meta; }
    /// True for the null error: nothing failed.
    bool isNull() const { return m_kind == Kind::None; }

    /// "Kind/code (HTTP status): message", or "no error" — for logs and debugging; never contains secrets.
    QString toString() const;

    /// Equal when every field is equal (kind, code, both messages, HTTP status, retryAfter, meta).
    bool operator==(const Error &other) const;
    /// The negation of operator==().
    bool operator!=(const Error &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_message;
    QString m_longMessage;
    int m_httpStatus = 0;
    std::optional<std::chrono::seconds> m_retryAfter;
    QVariantMap m_meta;
};

} // namespace Clerk
