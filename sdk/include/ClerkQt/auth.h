// Clerk::Auth — the façade of the SDK: state as properties, operations as Replies.
#pragma once

#include <ClerkQt/attempts.h>
#include <ClerkQt/authconfig.h>
#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>
#include <ClerkQt/organization.h>
#include <ClerkQt/reply.h>
#include <ClerkQt/session.h>
#include <ClerkQt/tokenclaims.h>
#include <ClerkQt/user.h>

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace Clerk {

/// Fields of a new sign-up. Empty fields are not sent.
struct CLERKQT_EXPORT SignUpParams
{
    QString emailAddress;
    QString phoneNumber;
    QString password;
    QString firstName;
    QString lastName;
    QString username;
    bool legalAccepted = false;
    QVariantMap unsafeMetadata;
};

/// Changes for updateUser(): only the fields that hold a value are sent (an empty string clears the field).
struct CLERKQT_EXPORT UserUpdate
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> username;
    std::optional<QString> primaryEmailAddressId;
    std::optional<QString> primaryPhoneNumberId;
    std::optional<QVariantMap> unsafeMetadata;
};

/// How signInWithOAuth() gets the browser back to the app.
struct CLERKQT_EXPORT OAuthOptions
{
    /// Empty: a one-shot listener on http://127.0.0.1:<free port>/callback. Otherwise a URL of a scheme the app
    /// registered with the OS (e.g. "com.example.app://oauth"); the app passes what it receives to
    /// Auth::handleOAuthRedirect().
    QUrl redirectUrl;
    /// The user has this long to finish in the browser.
    std::chrono::milliseconds timeout{std::chrono::minutes(5)};
};

/// A role and/or permission to check against the active organization membership (Session.checkAuthorization).
struct CLERKQT_EXPORT AuthorizationCheck
{
    QString role;       ///< e.g. "org:admin"
    QString permission; ///< e.g. "org:invoices:read"
};

/// Signs a user in and out of one Clerk instance and keeps the client's state.
///
/// Creating an Auth starts it: status() is Loading until the keychain has been read and — when a client token
/// was stored — `GET /v1/client` has answered. Then SignedIn or SignedOut; an offline start stays Loading
/// (with a Network error on lastError) and retries with backoff; only a 401 `signed_out` forgets a stored
/// session.
///
/// Every operation returns a Reply (see reply.h). State properties change before the Reply reports.
class CLERKQT_EXPORT Auth : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool isSignedIn READ isSignedIn NOTIFY isSignedInChanged)
    Q_PROPERTY(Clerk::User user READ user NOTIFY userChanged)
    Q_PROPERTY(Clerk::Session session READ session NOTIFY sessionChanged)
    Q_PROPERTY(QList<Clerk::Session> sessions READ sessions NOTIFY sessionsChanged)
    Q_PROPERTY(Clerk::Organization organization READ organization NOTIFY organizationChanged)
    Q_PROPERTY(Clerk::Membership membership READ membership NOTIFY organizationChanged)
    Q_PROPERTY(QList<Clerk::Organization> organizations READ organizations NOTIFY organizationsChanged)
    Q_PROPERTY(QList<Clerk::Membership> memberships READ memberships NOTIFY organizationsChanged)
    Q_PROPERTY(QString sessionToken READ sessionToken NOTIFY sessionTokenChanged)
    Q_PROPERTY(Clerk::TokenClaims sessionClaims READ sessionClaims NOTIFY sessionTokenChanged)
    Q_PROPERTY(Clerk::SignInAttempt signInAttempt READ signInAttempt NOTIFY signInAttemptChanged)
    Q_PROPERTY(Clerk::SignUpAttempt signUpAttempt READ signUpAttempt NOTIFY signUpAttemptChanged)
    Q_PROPERTY(Clerk::Error lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool persistent READ isPersistent NOTIFY persistentChanged)
    Q_PROPERTY(QVariantList oauthProviders READ oauthProviders NOTIFY environmentChanged)

public:
    /// What the UI should show.
    enum class Status {
        Loading,           ///< persisted state not known yet (keychain read, first GET /v1/client, offline retry)
        SignedOut,         ///< no active session and no sign-in/sign-up in progress
        SigningIn,         ///< a sign-in attempt waits for its identifier, first factor or new password
        NeedsSecondFactor, ///< a sign-in attempt passed the first factor and needs TOTP/backup code/phone code
        SigningUp,         ///< a sign-up waits for missing fields or verification of email/phone
        SignedIn,          ///< an active session, no sign-in/sign-up in progress
    };
    Q_ENUM(Status)

    /// Verification strategies, named after Clerk's `strategy` values.
    enum class Strategy { Password, EmailCode, PhoneCode, Totp, BackupCode };
    Q_ENUM(Strategy)

    explicit Auth(const AuthConfig &config, QObject *parent = nullptr);
    ~Auth() override;

    AuthConfig config() const;

    Status status() const;
    bool isSignedIn() const;
    /// The active session's user; null when signed out.
    User user() const;
    /// The active session; null when signed out.
    Session session() const;
    /// Every session of this client (multi-session instances), in Clerk's order.
    QList<Session> sessions() const;
    /// The active organization of the active session; null for the personal account.
    Organization organization() const;
    /// The user's membership in the active organization; null for the personal account.
    Membership membership() const;
    /// The organizations of the user (from its memberships).
    QList<Organization> organizations() const;
    QList<Membership> memberships() const;
    /// The active session's current session JWT, kept fresh in the background while `tokenPolling` is on
    /// (refreshed `refreshLeadTime` before it expires). Empty when signed out — and when the token expired and
    /// no new one could be fetched (lastError says why; the user stays signed in).
    QString sessionToken() const;
    /// The decoded claims of sessionToken(). For display only: the token is not verified on the client.
    TokenClaims sessionClaims() const;
    SignInAttempt signInAttempt() const;
    SignUpAttempt signUpAttempt() const;
    Error lastError() const;
    /// true while the client token is kept in the OS keychain; false = this run only (keychain unavailable,
    /// or persistSession off).
    bool isPersistent() const;

    Q_INVOKABLE void clearError();

    // ---- Sign-in ------------------------------------------------------------------------------------
    /// Password sign-in in one request. Succeeds when the attempt is complete *or* needs a second factor
    /// (status() says which). Result: the new Status.
    Q_INVOKABLE Clerk::Reply *signIn(const QString &identifier, const QString &password);
    /// Creates a sign-in attempt for `identifier` and sends it a code (strategy EmailCode or PhoneCode).
    /// Continue with attemptFirstFactor(strategy, code).
    Q_INVOKABLE Clerk::Reply *signInWithCode(const QString &identifier, Clerk::Auth::Strategy strategy);
    /// Creates a sign-in attempt for `identifier` only (status SigningIn); see signInAttempt().supportedFirstFactors.
    Q_INVOKABLE Clerk::Reply *startSignIn(const QString &identifier);
    /// Sends the first-factor code (EmailCode, PhoneCode) of the current attempt again, or for the first time.
    Q_INVOKABLE Clerk::Reply *prepareFirstFactor(Clerk::Auth::Strategy strategy);
    /// Password, EmailCode or PhoneCode. `secret` is the password or the code.
    Q_INVOKABLE Clerk::Reply *attemptFirstFactor(Clerk::Auth::Strategy strategy, const QString &secret);
    /// Sends a second-factor code (PhoneCode); TOTP and backup codes need no preparation.
    Q_INVOKABLE Clerk::Reply *prepareSecondFactor(Clerk::Auth::Strategy strategy);
    /// Totp, BackupCode or PhoneCode.
    Q_INVOKABLE Clerk::Reply *attemptSecondFactor(Clerk::Auth::Strategy strategy, const QString &code);

    /// "Continue with Google/GitHub/…": creates the sign-in with `strategy` (`oauth_google`, `oauth_github`, any
    /// `oauth_*` the instance enables), opens the provider in the system browser (AuthConfig::openUrl), waits
    /// for the redirect, and completes with the rotating token nonce. An account with no Clerk user yet becomes
    /// a sign-up (Clerk's transfer). Fails with Error::Kind::Canceled on cancelOAuth() or timeout, and with an
    /// Auth error on a state mismatch; the listener is closed on every path. Result: the new Status.
    Clerk::Reply *signInWithOAuth(const QString &strategy, const OAuthOptions &options);
    Q_INVOKABLE Clerk::Reply *signInWithOAuth(const QString &strategy);
    /// `GET /v1/environment`: what the instance offers. Result: the environment as a QVariantMap; afterwards
    /// oauthProviders() lists the enabled social providers.
    Q_INVOKABLE Clerk::Reply *loadEnvironment();
    /// The instance's enabled OAuth providers as {strategy, name} maps, known after loadEnvironment().
    QVariantList oauthProviders() const;
    /// Abandons the OAuth flow in progress (its reply fails with Canceled).
    Q_INVOKABLE void cancelOAuth();
    /// For OAuthOptions::redirectUrl with a custom scheme: the URL the OS handed the app. Returns false when it
    /// does not belong to an OAuth flow in progress.
    bool handleOAuthRedirect(const QUrl &url);

    // ---- Sign-up ------------------------------------------------------------------------------------
    /// Creates a sign-up (status SigningUp until every required field is verified). Result: the new Status.
    Clerk::Reply *signUp(const SignUpParams &params);
    /// QML-friendly form: keys emailAddress, phoneNumber, password, firstName, lastName, username, legalAccepted.
    Q_INVOKABLE Clerk::Reply *signUp(const QVariantMap &params);
    /// Sends the verification code for EmailCode / PhoneCode.
    Q_INVOKABLE Clerk::Reply *prepareSignUpVerification(Clerk::Auth::Strategy strategy);
    Q_INVOKABLE Clerk::Reply *attemptSignUpVerification(Clerk::Auth::Strategy strategy, const QString &code);

    // ---- Sessions -----------------------------------------------------------------------------------
    /// Ends every session of this client on the server (`DELETE /v1/client`), then forgets the client token
    /// (keychain included). If the server cannot be reached the reply fails and nothing is forgotten.
    Q_INVOKABLE Clerk::Reply *signOut();
    /// Signs one session out (`…/sessions/{id}/remove`). When it was the last one, behaves like signOut().
    Q_INVOKABLE Clerk::Reply *signOut(const QString &sessionId);
    /// Makes `sessionId` the active session with `organizationId` as its active organization (empty = the
    /// personal account), via `…/sessions/{id}/touch`.
    Q_INVOKABLE Clerk::Reply *setActive(const QString &sessionId, const QString &organizationId = QString());
    /// setActive() for the active session.
    Q_INVOKABLE Clerk::Reply *setActiveOrganization(const QString &organizationId);
    /// Marks the session active now (keeps its organization). Empty id = the active session.
    Q_INVOKABLE Clerk::Reply *touch(const QString &sessionId = QString());
    /// Ends the session (`…/end`); it stays listed with status Ended. Empty id = the active session.
    Q_INVOKABLE Clerk::Reply *end(const QString &sessionId = QString());
    /// Removes the session (`…/remove`). Empty id = the active session.
    Q_INVOKABLE Clerk::Reply *remove(const QString &sessionId = QString());
    /// Re-reads the whole client (`GET /v1/client`). Also retries an offline start at once.
    Q_INVOKABLE Clerk::Reply *reload();

    /// Clerk's Session.checkAuthorization: with a permission, whether the active organization membership
    /// grants it; else with a role, whether it is the membership's role. False without an active organization.
    bool checkAuthorization(const AuthorizationCheck &check) const;
    /// QML form: {role: "org:admin"} or {permission: "org:invoices:read"}.
    Q_INVOKABLE bool checkAuthorization(const QVariantMap &check) const;
    Q_INVOKABLE bool hasRole(const QString &role) const;
    Q_INVOKABLE bool hasPermission(const QString &permission) const;

    // ---- Session tokens ----------------------------------------------------------------------------
    /// Clerk's `Session.getToken`: a session token for the active session (result: QString JWT). Served from
    /// the cache without I/O while the token has more than the leeway left; concurrent calls for the same
    /// (organization, template) share one request.
    Clerk::Reply *getToken(const GetTokenOptions &options);
    Q_INVOKABLE Clerk::Reply *getToken();
    /// QML form: keys template, organizationId, skipCache, leeway (seconds).
    Q_INVOKABLE Clerk::Reply *getToken(const QVariantMap &options);
    /// For requests an app builds itself: sets `Authorization: Bearer <sessionToken()>` on `request` and returns
    /// true, or returns false (request untouched) when there is no valid session token. Send it only to your
    /// own API; Clerk::AuthorizedNetworkAccessManager does this per origin, with refresh and replay on 401.
    bool authorize(QNetworkRequest &request) const;

    // ---- User ---------------------------------------------------------------------------------------
    /// `GET /v1/me`. Result: Clerk::User.
    Q_INVOKABLE Clerk::Reply *reloadUser();
    /// `PATCH /v1/me`. Result: Clerk::User.
    Clerk::Reply *updateUser(const UserUpdate &update);
    /// QML form: keys firstName, lastName, username, primaryEmailAddressId, primaryPhoneNumberId, unsafeMetadata.
    Q_INVOKABLE Clerk::Reply *updateUser(const QVariantMap &fields);

Q_SIGNALS:
    void statusChanged();
    void isSignedInChanged();
    void userChanged();
    void sessionChanged();
    void sessionsChanged();
    void organizationChanged();
    void organizationsChanged();
    /// Once per new token (and once when it goes empty).
    void sessionTokenChanged(const QString &token);
    void signInAttemptChanged();
    void signUpAttemptChanged();
    void lastErrorChanged();
    void persistentChanged();
    void environmentChanged();
    /// An OAuth flow wants the browser at `url` (emitted before AuthConfig::openUrl is called).
    void authorizeWithBrowser(const QUrl &url);
    /// Clerk answered 401 `signed_out` (revoked on the server, expired): the stored session was forgotten.
    void signedOutByServer();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
