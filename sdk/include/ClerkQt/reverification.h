/// @file
/// Clerk::Reverification — step-up of the active session (Clerk's session reverification).
#pragma once

#include <ClerkQt/attempts.h>
#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/reply.h>

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Clerk {

class Auth;

/// Step-up of the active session: the user proves again who they are before something sensitive, and the
/// session's factor verification age (the `fva` claim of its tokens) starts again from zero. Auth::reverification()
/// owns it; QML reaches it as `auth.reverification`.
///
/// An app starts one itself with start(level), or its API asks for one: a backend that wants a recent
/// verification answers 403 with Clerk's reverification hint (`{"clerk_error": {"type": "forbidden", "reason":
/// "reverification-error", "metadata": {"reverification": …}}}`), which AuthorizedNetworkAccessManager
/// recognises. It then calls request(): `requested` turns true and required() tells the UI to open (the
/// Reverification.qml dialog of the QML module does). The UI calls start() with that level, then the
/// prepare/attempt steps `status` asks for; on Complete the session is reloaded, a fresh session token is
/// fetched (its `fva` is new), and completed() is emitted — or the user gives up with cancel() and canceled() is
/// emitted. Either clears `requested`.
///
/// Levels (Clerk's `first_factor`, `second_factor`, `multi_factor`): Clerk falls back to FirstFactor for a user
/// without a second factor; `level` says which one applies once started. First factors: Password, EmailCode,
/// PhoneCode; second factors: Totp, PhoneCode, BackupCode — the ones the user has are in supportedFirstFactors /
/// supportedSecondFactors.
///
/// Every operation returns a typed Reply with the new Status; it fails with InvalidState (`clerkqt_signed_out`)
/// without an active session, with `clerkqt_no_reverification` when a step comes before start(), and with Clerk's
/// Auth error (e.g. `form_password_incorrect`, `form_code_incorrect`) for a wrong secret. A restart of the Auth
/// fails pending replies with Canceled.
class CLERKQT_EXPORT Reverification : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY stateChanged)
    Q_PROPERTY(Level level READ level NOTIFY stateChanged)
    Q_PROPERTY(QList<Clerk::Factor> supportedFirstFactors READ supportedFirstFactors NOTIFY stateChanged)
    Q_PROPERTY(QList<Clerk::Factor> supportedSecondFactors READ supportedSecondFactors NOTIFY stateChanged)
    Q_PROPERTY(bool requested READ isRequested NOTIFY requestedChanged)
public:
    /// How far the step-up is (Clerk's `status`, None before start() and after cancel()).
    enum class Status {
        None,              ///< no step-up in progress
        NeedsFirstFactor,  ///< `needs_first_factor`: a password or a code next
        NeedsSecondFactor, ///< `needs_second_factor`: a TOTP, SMS or backup code next
        Complete,          ///< `complete`: the session is verified again
    };
    Q_ENUM(Status)
    /// What the step-up asks for (Clerk's `level`).
    enum class Level {
        FirstFactor,  ///< `first_factor`: one first factor
        SecondFactor, ///< `second_factor`: one second factor
        MultiFactor,  ///< `multi_factor`: a first factor, then a second
    };
    Q_ENUM(Level)

    ~Reverification() override;

    /// How far the step-up is; Complete stays until the next start() or request().
    Status status() const;
    /// The level in force: the one start() asked for, or FirstFactor when Clerk fell back; after request(), the
    /// level asked for until start().
    Level level() const;
    /// The first factors the user can verify with (Password, EmailCode, PhoneCode), in Clerk's order.
    QList<Factor> supportedFirstFactors() const;
    /// The second factors the user can verify with (Totp, PhoneCode, BackupCode), in Clerk's order.
    QList<Factor> supportedSecondFactors() const;
    /// True from request() until completed() or canceled(): the app's API waits for the UI.
    bool isRequested() const;

    /// `POST /v1/client/sessions/{id}/verify` for the active session. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Reverification::Status> *start(Clerk::Reverification::Level level);
    /// Sends a code for EmailCode or PhoneCode (to the address or number the factor in supportedFirstFactors
    /// names); a password needs no preparation. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Reverification::Status> *prepareFirstFactor(Clerk::Factor::Strategy strategy);
    /// Password (sent as typed), EmailCode or PhoneCode (sent trimmed). Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Reverification::Status> *attemptFirstFactor(Clerk::Factor::Strategy strategy,
                                                                                 const QString &secret);
    /// Sends an SMS code (PhoneCode); Totp and BackupCode need no preparation. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Reverification::Status> *prepareSecondFactor(Clerk::Factor::Strategy strategy);
    /// Totp, PhoneCode or BackupCode; `code` is sent trimmed. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Reverification::Status> *attemptSecondFactor(Clerk::Factor::Strategy strategy,
                                                                                  const QString &code);
    /// The user gave up: status None, `requested` false, canceled() — whoever waits for the step-up gets its
    /// original answer. Does nothing when no step-up is requested or in progress.
    Q_INVOKABLE void cancel();
    /// Asks the UI for a step-up at `level` (AuthorizedNetworkAccessManager does on Clerk's hint; an app with its
    /// own API client may too): `requested` turns true and required() is emitted — once while a request is
    /// open. Returns false, and asks nothing, when nothing is connected to required() (no UI to ask) or there is
    /// no active session.
    Q_INVOKABLE bool request(Clerk::Reverification::Level level);

Q_SIGNALS:
    /// status, level or the supported factors changed.
    void stateChanged();
    /// isRequested() changed.
    void requestedChanged();
    /// A step-up at `level` is wanted: the UI should open and call start(level).
    void required(Clerk::Reverification::Level level);
    /// The step-up is complete and a fresh session token is in place (or its fetch failed: see
    /// Auth::backgroundError()).
    void completed();
    /// cancel() was called.
    void canceled();

private:
    friend class Auth;
    explicit Reverification(Auth *auth);
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
