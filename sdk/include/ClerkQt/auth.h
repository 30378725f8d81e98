/// @file
/// Clerk::Auth — the façade of the SDK: state as properties, operations as Replies.
#pragma once

#include <ClerkQt/account.h>
#include <ClerkQt/attempts.h>
#include <ClerkQt/authconfig.h>
#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/environment.h>
#include <ClerkQt/error.h>
#include <ClerkQt/flowoptions.h>
#include <ClerkQt/organization.h>
#include <ClerkQt/reply.h>
#include <ClerkQt/reverification.h>
#include <ClerkQt/session.h>
#include <ClerkQt/tokenclaims.h>
#include <ClerkQt/user.h>

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <memory>
#include <optional>

/// The clerk-qt SDK: Auth with its Replies and Errors, Clerk's resources as value types,
/// AuthorizedNetworkAccessManager for the app's own API, and TokenVerifier for Qt backends.
namespace Clerk {

/// Fields of a new sign-up for Auth::signUp(). Empty fields are not sent. From QML, a JS object with these field
/// names converts to it.
///
/// Which fields an instance requires is its own setting: Auth::userSettings() says before the first attempt (after
/// Auth::loadEnvironment()), SignUpAttempt::requiredFields after it. A required field not given is listed in
/// SignUpAttempt::missingFields until Auth::updateSignUp() supplies it.
struct CLERKQT_EXPORT SignUpParams
{
    QString emailAddress; ///< Sent trimmed; verified afterwards with an EmailCode
    QString phoneNumber;  ///< Sent trimmed; verified afterwards with a PhoneCode
    QString password;     ///< Sent exactly as typed
    QString firstName;    ///< Sent as given
    QString lastName;     ///< Sent as given
    QString username;     ///< Sent trimmed
    bool legalAccepted = false; ///< The user accepted the instance's legal terms (sent only when true)
    /// Free-form data stored on the user (`unsafe_metadata`, sent as JSON). The user can change it from any
    /// client, so never base a decision on it.
    QVariantMap unsafeMetadata;
};

/// Changes for Auth::updateUser(): only the fields that hold a value are sent (an empty string clears the field).
/// From QML, a JS object with these field names converts to it; the keys it has are the fields that hold a value.
struct CLERKQT_EXPORT UserUpdate
{
    std::optional<QString> firstName; ///< Sent as `first_name`
    std::optional<QString> lastName;  ///< Sent as `last_name`
    std::optional<QString> username;  ///< Sent as `username`; Clerk rejects one that is taken
    /// The id of one of User::emailAddresses to make the primary address (Clerk expects a verified one).
    std::optional<QString> primaryEmailAddressId;
    /// The id of one of User::phoneNumbers to make the primary number (Clerk expects a verified one).
    std::optional<QString> primaryPhoneNumberId;
    /// Merged into User::unsafeMetadata: nested objects merge at every level, a null value removes its key,
    /// anything else replaces. Sent as `unsafe_metadata` (JSON) with `PATCH /v1/me/metadata` (Clerk's API
    /// version 2026-05-12 moved it off `PATCH /v1/me`), after the other fields when both are given; if that
    /// second request fails, the other fields are already saved and the Reply carries the error.
    std::optional<QVariantMap> unsafeMetadata;
};

/// A role and/or permission to check against the active organization membership (Session.checkAuthorization).
/// From QML, a JS object `{role: …}` / `{permission: …}` converts to it.
struct CLERKQT_EXPORT AuthorizationCheck
{
    QString role;       ///< e.g. "org:admin"
    QString permission; ///< e.g. "org:invoices:read"
};

class OrganizationManager; // declared only: a change of the organization API rebuilds only what uses it
/// Signs a user in and out of one Clerk instance and keeps the client's state.
///
/// Configure it with a publishable key — in the constructor, with setConfig(), or with the configuration
/// properties (publishableKey, fapiBaseUrl, …, as QML does) — and it starts from the event loop after
/// construction, so settings made right after the constructor (or by QML bindings during creation) are in time.
/// status() is Loading until the keychain has been read and — when a client token was stored — `GET /v1/client`
/// has answered. Then SignedIn or SignedOut. An offline start (no answer at all) shows the last known client
/// from the keychain's snapshot at once, with isOffline() true, and reconciles when the server answers (see
/// isOffline()); without a snapshot (an entry stored by an older version) it stays Loading. Either way it
/// reports a Network error on backgroundError() and retries with backoff; a 5xx or 429 keeps Loading and
/// retries too. Only a 401 `signed_out` forgets a stored session.
///
/// What the instance can require on the way in is said by status() as well: NeedsClientTrust (a code proves a new
/// device), and NeedsTask — a sign-in or sign-up whose session is `pending` (Clerk's session tasks, e.g. choose an
/// organization, set up MFA). While the session this Auth acts as is pending, session() and user() describe it and
/// organizations()/memberships() are filled, but isSignedIn() is false and sessionToken() stays empty (no token is
/// fetched or attached for it); the Account works for it, so that its task can be done. When the last task is done
/// the session is active: SignedIn, and its token is fetched.
///
/// A configuration change after the start restarts the Auth: every pending Reply fails with Error::Kind::Canceled
/// (`clerkqt_aborted`), the state is read again from the keychain under the new configuration, and the change
/// signals of every property that differs are emitted. Several changes made in one pass of the event loop cause
/// one restart.
///
/// Every operation returns a typed Reply (see reply.h). Its error goes to that Reply only. State properties
/// change before the Reply reports, and when one answer changes several properties, all of them hold their new
/// values before the first change signal. Aborting a Reply, or deleting it while it is pending, aborts the request
/// behind it. Requests made while the keychain is still being read wait for it; they are not rejected.
///
/// Failures of what Auth does on its own go to backgroundError(): the start-up restore (keychain, offline
/// `GET /v1/client`), keychain writes, the background token refresh, and the configuration. A newer background
/// failure replaces it. It is cleared when the failing activity next succeeds (a fresh session token arrives, the
/// restore completes, a keychain write succeeds) and on sign-out — except a Configuration error, which stays until
/// the configuration changes.
///
/// State is exposed as Qt properties, each with the accessor of the same name and a NOTIFY signal (for QML and
/// QObject::property()): `status`, `signedIn` (isSignedIn()), `user`, `session`, `sessions`, `organization`,
/// `membership`, `organizations`, `memberships`, `sessionToken`, `sessionClaims`, `signInAttempt`,
/// `signUpAttempt`, `backgroundError`, `persistent` (isPersistent()), `offline` (isOffline()), `keychainWaiting`
/// (isKeychainWaiting()), `oauthProviders` and `userSettings`; `account` (the Account, constant) and
/// `reverification` (the Reverification, constant). The configuration properties share the NOTIFY signal
/// configChanged(); their durations are int milliseconds in QML and std::chrono::milliseconds in C++.
///
/// An Auth is a QObject of the thread that creates it, which needs a running event loop; call it from that
/// thread only. QML can call every operation except the overloads taking OAuthOptions or EmailLinkOptions, and
/// authorize(); a JS object converts to SignUpParams, UserUpdate, GetTokenOptions and AuthorizationCheck by their
/// field names (GetTokenOptions: `template`, `organizationId`, `skipCache`, `leeway` in ms). That conversion is set
/// up by an Auth created — or started — once QtQml's first engine exists, as it is in a QML app.
class CLERKQT_EXPORT Auth : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE(<ClerkQt/organizations.h>)
    Q_PROPERTY(QString publishableKey READ publishableKey WRITE setPublishableKey NOTIFY configChanged)
    Q_PROPERTY(QUrl fapiBaseUrl READ fapiBaseUrl WRITE setFapiBaseUrl NOTIFY configChanged)
    Q_PROPERTY(QString keychainService READ keychainService WRITE setKeychainService NOTIFY configChanged)
    Q_PROPERTY(QString keychainAppId READ keychainAppId WRITE setKeychainAppId NOTIFY configChanged)
    Q_PROPERTY(bool persistSession READ persistSession WRITE setPersistSession NOTIFY configChanged)
    Q_PROPERTY(bool tokenPolling READ tokenPolling WRITE setTokenPolling NOTIFY configChanged)
    Q_PROPERTY(int refreshLeadTime READ refreshLeadTimeMs WRITE setRefreshLeadTimeMs NOTIFY configChanged)
    Q_PROPERTY(int requestTimeout READ requestTimeoutMs WRITE setRequestTimeoutMs NOTIFY configChanged)
    Q_PROPERTY(int keychainTimeout READ keychainTimeoutMs WRITE setKeychainTimeoutMs NOTIFY configChanged)

    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY signedInChanged)
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
    Q_PROPERTY(Clerk::Error backgroundError READ backgroundError NOTIFY backgroundErrorChanged)
    Q_PROPERTY(bool persistent READ isPersistent NOTIFY persistentChanged)
    Q_PROPERTY(bool offline READ isOffline NOTIFY offlineChanged)
    Q_PROPERTY(bool keychainWaiting READ isKeychainWaiting NOTIFY keychainWaitingChanged)
    Q_PROPERTY(QList<Clerk::OAuthProvider> oauthProviders READ oauthProviders NOTIFY environmentChanged)
    Q_PROPERTY(Clerk::UserSettings userSettings READ userSettings NOTIFY environmentChanged)
    Q_PROPERTY(Clerk::Account *account READ account CONSTANT)
    Q_PROPERTY(Clerk::Reverification *reverification READ reverification CONSTANT)
    Q_PROPERTY(Clerk::OrganizationManager *organizationManager READ organizationManager CONSTANT)

public:
    /// What the UI should show.
    enum class Status {
        /// persisted state not known yet (keychain read, first GET /v1/client, a retry after a 5xx or 429, or an
        /// offline retry without a snapshot)
        Loading,
        SignedOut,         ///< no active session and no sign-in/sign-up in progress
        SigningIn,         ///< a sign-in attempt waits for its identifier, first factor or new password
        NeedsSecondFactor, ///< a sign-in attempt passed the first factor and needs TOTP/backup code/phone code
        SigningUp,         ///< a sign-up waits for missing fields or verification of email/phone
        SignedIn,          ///< an active session, no sign-in/sign-up in progress
        /// a password sign-in on a device Clerk does not know yet (`needs_client_trust`): prepareSecondFactor()
        /// with EmailCode or PhoneCode, then attemptSecondFactor() with the code, trusts the device and completes
        NeedsClientTrust,
        /// the session this Auth acts as is `pending`: session().currentTask() names what is left
        /// (`choose-organization`: setActiveOrganization(); `setup-mfa`: Account::createTotp() and verifyTotp()).
        /// user(), organizations() and memberships() are known, isSignedIn() is false and no session token is
        /// fetched until the last task is done; then SignedIn
        NeedsTask,
    };
    Q_ENUM(Status)

    /// An Auth without a publishable key: configure it with setConfig() or the configuration properties before
    /// control returns to the event loop (a later change restarts it). Started without a key, it reports the
    /// Configuration error on backgroundError() and every operation fails with it.
    explicit Auth(QObject *parent = nullptr);
    /// Creates the Auth with `config` and starts it from the event loop, so connecting to its signals right after
    /// the constructor is in time. A publishable key or base URL that does not parse throws nothing:
    /// backgroundError() becomes the Configuration error and every operation that would reach Clerk fails with it.
    explicit Auth(const AuthConfig &config, QObject *parent = nullptr);
    /// Replies still pending are children of the Auth and are deleted with it without finishing. A session
    /// stored in the keychain stays there for the next run.
    ~Auth() override;

    // ---- Configuration ------------------------------------------------------------------------------------
    /// The configuration (an empty keychainService replaced by "clerk-qt", a negative keychainTimeout by the
    /// platform's; see AuthConfig::keychainTimeout).
    AuthConfig config() const;
    /// Replaces the configuration and emits configChanged(); once the Auth has started, it restarts (see the
    /// class comment). The property setters call it only when their value changes.
    void setConfig(const AuthConfig &config);
    QString publishableKey() const;             ///< AuthConfig::publishableKey
    void setPublishableKey(const QString &key); ///< Sets AuthConfig::publishableKey; see setConfig()
    QUrl fapiBaseUrl() const;                   ///< AuthConfig::fapiBaseUrl
    void setFapiBaseUrl(const QUrl &url);       ///< Sets AuthConfig::fapiBaseUrl; see setConfig()
    QString keychainService() const;                 ///< AuthConfig::keychainService
    void setKeychainService(const QString &service); ///< Sets AuthConfig::keychainService; see setConfig()
    QString keychainAppId() const;                   ///< AuthConfig::keychainAppId
    void setKeychainAppId(const QString &appId);     ///< Sets AuthConfig::keychainAppId; see setConfig()
    bool persistSession() const;             ///< AuthConfig::persistSession
    void setPersistSession(bool persist);    ///< Sets AuthConfig::persistSession; see setConfig()
    bool tokenPolling() const;               ///< AuthConfig::tokenPolling
    void setTokenPolling(bool polling);      ///< Sets AuthConfig::tokenPolling; see setConfig()
    std::chrono::milliseconds refreshLeadTime() const;        ///< AuthConfig::refreshLeadTime
    void setRefreshLeadTime(std::chrono::milliseconds lead);  ///< Sets it; see setConfig()
    std::chrono::milliseconds requestTimeout() const;         ///< AuthConfig::requestTimeout
    void setRequestTimeout(std::chrono::milliseconds timeout); ///< Sets it; see setConfig()
    std::chrono::milliseconds keychainTimeout() const;         ///< AuthConfig::keychainTimeout
    void setKeychainTimeout(std::chrono::milliseconds timeout); ///< Sets it; see setConfig()

    // ---- State --------------------------------------------------------------------------------------------
    /// What the UI should show; see Status.
    Status status() const;
    /// True while there is an active session (property `signedIn`); false for a pending one (NeedsTask). This
    /// stays true while another account signs in on a multi-session instance, when status() is SigningIn.
    bool isSignedIn() const;
    /// The active session's user (also the pending session's, see NeedsTask); null when signed out.
    User user() const;
    /// The active session — or the pending one this Auth acts as (Session::Status::Pending, see NeedsTask); null
    /// when signed out.
    Session session() const;
    /// Every session of this client (multi-session instances), in Clerk's order.
    QList<Session> sessions() const;
    /// The active organization of the active session; null for the personal account.
    Organization organization() const;
    /// The user's membership in the active organization; null for the personal account.
    Membership membership() const;
    /// The organizations of the user (from its memberships).
    QList<Organization> organizations() const;
    /// The user's organization memberships (User::organizationMemberships of the active session's user).
    QList<Membership> memberships() const;
    /// The active session's session JWT, kept fresh while `tokenPolling` is on (refreshed `refreshLeadTime` ahead).
    /// Empty when signed out, and from up to 1 s before expiry by the server's clock (checked on every read, so also
    /// right after a sleep; a refresh follows) until a new one comes (backgroundError() says why it did not).
    QString sessionToken() const;
    /// The decoded claims of sessionToken(). For display only: the token is not verified on the client.
    TokenClaims sessionClaims() const;
    /// The client's sign-in attempt as Clerk last reported it; null when there is none. It can be one left on
    /// the server by an earlier run: status() says SigningIn only for a sign-in this Auth started.
    SignInAttempt signInAttempt() const;
    /// The client's sign-up attempt as Clerk last reported it; null when there is none. As with
    /// signInAttempt(), status() says SigningUp only for a sign-up this Auth started.
    SignUpAttempt signUpAttempt() const;
    /// The failure of something Auth does on its own (restore, keychain, token refresh, configuration); the
    /// null Error when there is none. When it is set and cleared: see the class comment.
    Error backgroundError() const;
    /// true while the client token is kept in the OS keychain; false = this run only (keychain unavailable,
    /// or persistSession off). false until the keychain has been read.
    bool isPersistent() const;
    /// true while a keychain job has gone unanswered for over a second — most likely the OS asks the user (a
    /// macOS permission prompt, a keyring unlock dialog). status() stays Loading meanwhile when it is the start's
    /// read; whether it can time out is AuthConfig::keychainTimeout's platform policy (property `keychainWaiting`).
    bool isKeychainWaiting() const;

    // ---- Sign-in ------------------------------------------------------------------------------------
    /// Password sign-in in one request. Succeeds when the attempt is complete *or* needs a second factor
    /// (status() says which). `identifier` is sent trimmed, `password` as typed. A wrong password or unknown
    /// identifier fails with an Auth error carrying Clerk's code. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signIn(const QString &identifier, const QString &password);
    /// startSignIn(identifier), then prepareFirstFactor(strategy) — strategy EmailCode or PhoneCode — as one
    /// chain: aborting it aborts the step that is pending. Continue with attemptFirstFactor(strategy, code). Any
    /// other strategy fails with InvalidState (`clerkqt_strategy_not_supported`). Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signInWithCode(const QString &identifier,
                                                                    Clerk::Factor::Strategy strategy);
    /// Creates a sign-in attempt for `identifier` only (status SigningIn); see signInAttempt().supportedFirstFactors.
    /// Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *startSignIn(const QString &identifier);
    /// Sends the first-factor code (EmailCode, PhoneCode, ResetPasswordEmailCode, ResetPasswordPhoneCode) of the
    /// current attempt again, or for the first time, to the email address or phone number the attempt's factor
    /// names. Fails with InvalidState when no sign-in is in progress (`clerkqt_no_sign_in`) or the attempt does
    /// not offer `strategy` (`clerkqt_strategy_not_supported`). Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *prepareFirstFactor(Clerk::Factor::Strategy strategy);
    /// Password, EmailCode, PhoneCode, ResetPasswordEmailCode or ResetPasswordPhoneCode. `secret` is the password
    /// (sent as typed) or the code (sent trimmed). A right reset-password code leaves status() SigningIn with
    /// signInAttempt().status NeedsNewPassword: continue with resetPassword(). Fails with InvalidState
    /// (`clerkqt_no_sign_in`) when no sign-in is in progress. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *attemptFirstFactor(Clerk::Factor::Strategy strategy,
                                                                        const QString &secret);
    /// Sends a second-factor code (PhoneCode); TOTP and backup codes need no preparation. At NeedsClientTrust,
    /// EmailCode or PhoneCode (as signInAttempt().supportedSecondFactors offers) sends the code that trusts this
    /// device. Fails like prepareFirstFactor(). Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *prepareSecondFactor(Clerk::Factor::Strategy strategy);
    /// Totp, BackupCode or PhoneCode — at NeedsClientTrust EmailCode or PhoneCode; `code` is sent trimmed. Fails
    /// with InvalidState (`clerkqt_no_sign_in`) when no sign-in is in progress. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *attemptSecondFactor(Clerk::Factor::Strategy strategy,
                                                                         const QString &code);

    // ---- Forgot password ----------------------------------------------------------------------------
    /// "Forgot password?": startSignIn(identifier), then prepareFirstFactor() with the reset-password strategy the
    /// attempt offers — ResetPasswordEmailCode, or ResetPasswordPhoneCode when the identifier is a phone number
    /// (the first one in Clerk's order if both are) — as one chain: aborting it aborts the step that is pending.
    /// Fails with InvalidState (`clerkqt_strategy_not_supported`) when the attempt offers neither (the account
    /// has no password, or the instance does not allow resets). Continue with attemptFirstFactor(strategy, code)
    /// — the strategy is signInAttempt().firstFactorVerification.strategy — then resetPassword(). To let the user
    /// choose between email and phone, call prepareFirstFactor() with one of the attempt's
    /// supportedFirstFactors instead. Result: the new Status (SigningIn).
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *startPasswordReset(const QString &identifier);
    /// Clerk's `signIn.resetPassword`: sets the new password (sent exactly as typed) of a sign-in whose status is
    /// NeedsNewPassword, and completes it like a password sign-in — SignedIn, or NeedsSecondFactor when the user
    /// has one. With `signOutOfOtherSessions`, every other session of the user (on any device) ends; this
    /// client's new one does not. A password the instance rejects fails with an Auth error carrying Clerk's code
    /// (e.g. `form_password_length_too_short`, `form_password_pwned`) and `meta.param_name` `password`; the
    /// sign-in still waits for a new password. Fails with InvalidState when no sign-in is in progress
    /// (`clerkqt_no_sign_in`) or it does not need a new password (`clerkqt_no_password_reset`). Result: the new
    /// Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *resetPassword(const QString &newPassword,
                                                                   bool signOutOfOtherSessions = false);

    /// "Continue with Google/GitHub/…": creates the sign-in with `strategy` (`oauth_google`, `oauth_github`, any
    /// `oauth_*` the instance enables), opens the provider in the system browser (AuthConfig::openUrl), waits
    /// for the redirect, and completes with the rotating token nonce. An account with no Clerk user yet becomes
    /// a sign-up (Clerk's transfer). Fails with Error::Kind::Canceled on cancelOAuth(), abort() or timeout; a
    /// redirect with another flow's state is ignored (the browser tab is told so) and the flow keeps waiting. The
    /// loopback listener (127.0.0.1 and ::1) answers the browser once the outcome is known, with a page that says
    /// it, and is closed on every path. Only one OAuth flow runs at a time: another call meanwhile fails with
    /// InvalidState (`clerkqt_oauth_in_progress`). Result: the new Status.
    Clerk::ReplyOf<Clerk::Auth::Status> *signInWithOAuth(const QString &strategy, const OAuthOptions &options);
    /// signInWithOAuth() with default OAuthOptions: the loopback listener and a five-minute timeout.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signInWithOAuth(const QString &strategy);
    /// signInWithOAuth() with OAuthOptions::redirectUrl `redirectUrl` (QML's way to the app's URL scheme): empty
    /// is the loopback listener. Five-minute timeout.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signInWithOAuth(const QString &strategy, const QUrl &redirectUrl);
    /// `GET /v1/environment`: what the instance offers. Result: the enabled OAuth providers, which
    /// oauthProviders() holds afterwards.
    Q_INVOKABLE Clerk::ReplyOf<QList<Clerk::OAuthProvider>> *loadEnvironment();
    /// The instance's enabled OAuth providers, known after loadEnvironment().
    QList<OAuthProvider> oauthProviders() const;
    /// What the instance lets users have and change, known after loadEnvironment().
    UserSettings userSettings() const;
    /// Abandons the OAuth flow in progress (its reply fails with Canceled); does nothing when there is none.
    Q_INVOKABLE void cancelOAuth();
    /// For OAuthOptions::redirectUrl with a custom scheme: the URL the OS handed the app. Returns false, and
    /// leaves the flow waiting, when it does not belong to the OAuth flow in progress (no flow, or another
    /// flow's state).
    Q_INVOKABLE bool handleOAuthRedirect(const QUrl &url);

    // ---- Sign-up ------------------------------------------------------------------------------------
    /// Creates a sign-up (status SigningUp until every required field is verified). Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signUp(const Clerk::SignUpParams &params);
    /// Sends the verification code for EmailCode / PhoneCode. Fails with InvalidState (`clerkqt_no_sign_up`) when
    /// no sign-up is in progress. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *prepareSignUpVerification(Clerk::Factor::Strategy strategy);
    /// Verifies the sign-up's email address (EmailCode) or phone number (PhoneCode) with the code the user
    /// received (sent trimmed). When nothing else is missing the sign-up completes and its session becomes the
    /// active one. Fails with InvalidState (`clerkqt_no_sign_up`) when no sign-up is in progress. Result: the new
    /// Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *attemptSignUpVerification(Clerk::Factor::Strategy strategy,
                                                                               const QString &code);

    // ---- Sign-up from the instance's settings ------------------------------------------------------------
    /// `PATCH /v1/client/sign_ups/{id}`: supplies more fields to the sign-up in progress — the ones its
    /// signUpAttempt().missingFields lists after a first signUp() or an OAuth sign-up (signUpWithOAuth()).
    /// Only the non-empty fields are sent (`legal_accepted` only when true). A field the instance rejects fails
    /// with an Auth error carrying Clerk's code (e.g. `form_identifier_exists`, `form_username_invalid_length`)
    /// and `meta.param_name`; the sign-up keeps what it had. When nothing is missing or unverified afterwards the
    /// sign-up completes and its session becomes the active one. Fails with InvalidState (`clerkqt_no_sign_up`)
    /// when no sign-up is in progress. Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *updateSignUp(const Clerk::SignUpParams &params);
    /// "Sign up with Google/GitHub/…": creates the sign-up with `strategy` (`oauth_*`, one of oauthProviders())
    /// and runs the browser flow of signInWithOAuth() — same listener, timeout, cancelOAuth() and
    /// handleOAuthRedirect(), and only one OAuth flow at a time. The provider vouches for the email address. When
    /// the provider's account already belongs to a user, Clerk marks the sign-up transferable and the SDK signs
    /// that user in instead (Clerk's transfer, `POST /v1/client/sign_ins` with `transfer=true`): SignedIn. When the
    /// instance requires fields the provider did not give (e.g. a username), the result is SigningUp with
    /// signUpAttempt().missingFields: finish with updateSignUp(). Result: the new Status.
    Clerk::ReplyOf<Clerk::Auth::Status> *signUpWithOAuth(const QString &strategy, const OAuthOptions &options);
    /// signUpWithOAuth() with default OAuthOptions: the loopback listener and a five-minute timeout.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signUpWithOAuth(const QString &strategy);
    /// signUpWithOAuth() with OAuthOptions::redirectUrl `redirectUrl`, as signInWithOAuth(strategy, redirectUrl).
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signUpWithOAuth(const QString &strategy, const QUrl &redirectUrl);


    // ---- Step-up ------------------------------------------------------------------------------------------
    /// Step-up (Clerk's session reverification) of the active session: start it, verify the factors it asks for,
    /// or answer an AuthorizedNetworkAccessManager that asks for one. Owned by the Auth, the same object for its
    /// whole life (QML: `auth.reverification`).
    Reverification *reverification() const;


    // ---- Tickets, email links, enterprise SSO --------------------------------------------------------------
    /// Signs in with a ticket (`strategy=ticket`) a backend minted: a sign-in token (Clerk's Backend API
    /// `POST /v1/sign_in_tokens`, e.g. for an "open in the desktop app" hand-off) or an invitation of a user who
    /// has an account (an organization invitation makes the membership). A ticket works once. A used or unknown
    /// ticket fails with an Auth error `ticket_invalid_code`, an expired one with `ticket_expired_code`; an
    /// invitation to an address without an account with `form_identifier_not_found` (use signUpWithTicket()).
    /// The ticket is a secret: it is never logged. Result: the new Status (SignedIn, or NeedsSecondFactor).
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signInWithTicket(const QString &ticket);
    /// Accepts an invitation with a new account (`POST /v1/client/sign_ups` with `strategy=ticket`): the email
    /// address is the invited one, verified by the ticket; `params` adds what else the instance requires (a
    /// password, names — its email address is ignored). When something required is still missing, status() is
    /// SigningUp: continue as with signUp(). An organization invitation makes the membership once the sign-up
    /// completes. Fails like signInWithTicket() for a bad ticket; a sign-in token is no invitation
    /// (`ticket_invalid_code`). Result: the new Status.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signUpWithTicket(const QString &ticket,
                                                                      const Clerk::SignUpParams &params = {});
    /// The ticket in a link (its `__clerk_ticket` query value, as Clerk names it), e.g. the
    /// `myapp://sign-in?__clerk_ticket=…` the OS hands a desktop app; empty when the link has none.
    Q_INVOKABLE static QString ticketFromUrl(const QUrl &url);
    /// Clerk's email-link sign-in (clerk-js `createEmailLinkFlow`): startSignIn(identifier), then Clerk emails a
    /// link (`prepare_first_factor` with `strategy=email_link` and the redirect URL), then waits. The reply
    /// finishes when the link has been opened — on this computer (the redirect ends the wait at once) or on
    /// any other device (noticed by polling the sign-in every `pollInterval`) — with SignedIn (or
    /// NeedsSecondFactor). It fails with an Auth error `clerkqt_email_link_expired` when the link expired,
    /// `clerkqt_email_link_failed` or `clerkqt_email_link_client_mismatch` when Clerk says so in the redirect,
    /// InvalidState `clerkqt_strategy_not_supported` when the sign-in offers no email link, and Canceled on
    /// cancelEmailLink() (`clerkqt_email_link_canceled`), abort() or the timeout. Only one runs at a time:
    /// another call meanwhile fails with InvalidState (`clerkqt_email_link_in_progress`). Calling it again
    /// after it ended sends a new link (only the newest works). Result: the new Status.
    Clerk::ReplyOf<Clerk::Auth::Status> *signInWithEmailLink(const QString &identifier,
                                                             const EmailLinkOptions &options);
    /// signInWithEmailLink() with default EmailLinkOptions: the loopback listener, a ten-minute timeout, polling
    /// every two seconds.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signInWithEmailLink(const QString &identifier);
    /// Stops waiting for the email link (its reply fails with Canceled); does nothing when nobody waits.
    Q_INVOKABLE void cancelEmailLink();
    /// For EmailLinkOptions::redirectUrl with a custom scheme: the URL the OS handed the app, which carries
    /// Clerk's `__clerk_status` (`verified`, `expired`, `failed`, `client_mismatch`). Returns false, and leaves
    /// the wait going, when it does not belong to the email link being waited for.
    Q_INVOKABLE bool handleEmailLinkRedirect(const QUrl &url);
    /// Enterprise SSO (`strategy=enterprise_sso`): the identifier — an email address at a domain with an
    /// enterprise connection (SAML or OIDC at Clerk) — picks the identity provider, which opens in the system
    /// browser exactly as signInWithOAuth() does, with the same options, redirect handling (handleOAuthRedirect()),
    /// cancelOAuth(), transfer to a sign-up for a first sign-in, and errors. An address whose domain has no
    /// connection fails with Clerk's Auth error (the emulator answers `strategy_for_user_invalid`). Result: the
    /// new Status.
    Clerk::ReplyOf<Clerk::Auth::Status> *signInWithEnterpriseSso(const QString &identifier,
                                                                 const OAuthOptions &options);
    /// signInWithEnterpriseSso() with default OAuthOptions.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Auth::Status> *signInWithEnterpriseSso(const QString &identifier);


    // ---- Offline ------------------------------------------------------------------------------------------
    /// true while Clerk cannot be reached and what Auth shows may be out of date (property `offline`):
    /// - from a start that found no network (no answer at all: connection refused or reset, DNS, timeout — not an
    ///   HTTP error) but a snapshot of the client in the keychain: user(), sessions(), organization() and
    ///   status() show the last known client at once, sessionToken() stays empty, and the start keeps retrying
    ///   `GET /v1/client` with backoff (reload() retries at once). The server's answer replaces the snapshot and
    ///   offline becomes false; a session shown that ended meanwhile signs out then, with signedOutByServer().
    /// - while signed in, from a background token refresh that got no answer, until a fresh token or any other
    ///   answer of Clerk's arrives.
    ///
    /// While offline, getToken() (and so AuthorizedNetworkAccessManager) waits for the network for at most
    /// AuthConfig::requestTimeout, then fails with Error::Kind::Network (`clerkqt_offline`). Other operations
    /// are sent and fail with their own Network error. The snapshot holds no token of any kind: the keychain
    /// entry keeps the client token beside it, as before.
    bool isOffline() const;

    // ---- Sessions -----------------------------------------------------------------------------------
    /// Ends every session of this client on the server (`DELETE /v1/client`), then forgets the client token
    /// (keychain included). If the server cannot be reached the reply fails and nothing is forgotten; a 401
    /// (already signed out on the server) counts as success.
    Q_INVOKABLE Clerk::ReplyOf<void> *signOut();
    /// Signs one session out (`…/sessions/{id}/remove`). When it was the last one, behaves like signOut().
    /// An empty id is signOut().
    Q_INVOKABLE Clerk::ReplyOf<void> *signOut(const QString &sessionId);
    /// Makes `sessionId` the active session with `organizationId` as its active organization (empty = the
    /// personal account), via `…/sessions/{id}/touch`. Fails at once with InvalidState
    /// (`clerkqt_unknown_session`) unless `sessionId` is an active or pending session of this client. For a
    /// pending session with the `choose-organization` task, an organization finishes the task (NeedsTask →
    /// SignedIn). Result: the new active Session.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Session> *setActive(const QString &sessionId,
                                                          const QString &organizationId = QString());
    /// setActive() for the active (or pending) session: switches its organization (empty = the personal account).
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Session> *setActiveOrganization(const QString &organizationId);
    /// Marks the session active now (keeps its organization). Empty id = the active session. Result: the
    /// Session as Clerk returned it.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Session> *touchSession(const QString &sessionId = QString());
    /// Ends the session (`…/end`); it stays listed with status Ended. Empty id = the active session. Result:
    /// the Session as Clerk left it.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Session> *endSession(const QString &sessionId = QString());
    /// Removes the session (`…/remove`). Empty id = the active session. Result: the Session as Clerk left it.
    /// touchSession(), endSession() and removeSession() fail with InvalidState (`clerkqt_unknown_session`) for a
    /// session this client does not have, or with an empty id when nobody is signed in.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::Session> *removeSession(const QString &sessionId = QString());
    /// Re-reads the whole client (`GET /v1/client`). Also retries an offline start at once.
    Q_INVOKABLE Clerk::ReplyOf<void> *reload();

    /// Clerk's Session.checkAuthorization: with a permission, whether the active organization membership
    /// grants it; else with a role, whether it is the membership's role. False without an active organization,
    /// and for a check that names neither. When the membership is not listed (yet), the role and permissions
    /// come from the session token's organization claims. For the UI only: your backend must decide from a
    /// verified token. QML passes `{role: "org:admin"}` or `{permission: "org:invoices:read"}`.
    Q_INVOKABLE bool checkAuthorization(const Clerk::AuthorizationCheck &check) const;
    /// checkAuthorization() with a role only: whether the active organization membership has `role`.
    Q_INVOKABLE bool hasRole(const QString &role) const;
    /// checkAuthorization() with a permission only: whether the active organization membership grants it.
    Q_INVOKABLE bool hasPermission(const QString &permission) const;

    // ---- Session tokens ----------------------------------------------------------------------------
    /// Clerk's `Session.getToken`: a session token (JWT) for the active session. Served from the cache without
    /// I/O while the token has more than the leeway left; concurrent calls for the same (organization,
    /// template) share one request. Fails with InvalidState (`clerkqt_signed_out`) when there is no active
    /// session.
    Q_INVOKABLE Clerk::ReplyOf<QString> *getToken(const Clerk::GetTokenOptions &options);
    /// getToken() with default options: the active session's default token for its active organization.
    Q_INVOKABLE Clerk::ReplyOf<QString> *getToken();
    /// The token getToken(options) would answer with from the cache right now, without a request and without
    /// the event loop; empty when getToken() would have to ask Clerk (none cached, within the leeway, skipCache,
    /// signed out). The call to make before every request: use the token when there is one, else getToken().
    Q_INVOKABLE QString cachedToken(const Clerk::GetTokenOptions &options = Clerk::GetTokenOptions()) const;
    /// For requests an app builds itself: sets `Authorization: Bearer <sessionToken()>` on `request` and returns
    /// true, or returns false (request untouched) when there is no valid session token. Send it only to your
    /// own API; Clerk::AuthorizedNetworkAccessManager does this per origin, with refresh and replay on 401.
    bool authorize(QNetworkRequest &request) const;

    // ---- User ---------------------------------------------------------------------------------------
    /// `GET /v1/me` for the active session's user; user() is updated before the reply reports. Fails with
    /// InvalidState (`clerkqt_signed_out`) when nobody is signed in. Result: the User.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::User> *reloadUser();
    /// `PATCH /v1/me` with the fields of `update` that hold a value; user() is updated before the reply reports.
    /// Fails with InvalidState when nobody is signed in (`clerkqt_signed_out`) or no field holds a value
    /// (`clerkqt_nothing_to_update`). From QML, only the keys present in the object are sent. Result: the User.
    Q_INVOKABLE Clerk::ReplyOf<Clerk::User> *updateUser(const Clerk::UserUpdate &update);
    /// The signed-in user's self-service operations (emails, phones, password, image, two-factor, connected
    /// accounts, devices, deletion); owned by the Auth, the same object for its whole life.
    Account *account() const;
    /// Creating, joining and administering organizations; owned by the Auth, the same object for its whole life.
    OrganizationManager *organizationManager() const;

Q_SIGNALS:
    /// A configuration property changed (any of them; config() has the new values).
    void configChanged();
    /// status() changed. Of the change signals of one update it comes last.
    void statusChanged();
    /// isSignedIn() changed.
    void signedInChanged();
    /// user() changed (another user, or new data about the same one).
    void userChanged();
    /// session() changed (another active session, or new data about it).
    void sessionChanged();
    /// sessions() changed.
    void sessionsChanged();
    /// organization() or membership() changed.
    void organizationChanged();
    /// organizations() or memberships() changed.
    void organizationsChanged();
    /// Once per new token (and once when it goes empty); sessionClaims() changes with it.
    void sessionTokenChanged(const QString &token);
    /// signInAttempt() changed.
    void signInAttemptChanged();
    /// signUpAttempt() changed.
    void signUpAttemptChanged();
    /// backgroundError() changed (a different failure, or cleared).
    void backgroundErrorChanged();
    /// isPersistent() changed.
    void persistentChanged();
    /// isOffline() changed.
    void offlineChanged();
    /// isKeychainWaiting() changed.
    void keychainWaitingChanged();
    /// oauthProviders() or userSettings() changed (after loadEnvironment()).
    void environmentChanged();
    /// An OAuth flow wants the browser at `url`. As with Qt NetworkAuth, an app that connects to it shows the
    /// page itself and no system browser opens; AuthConfig::openUrl, when set, is called in any case.
    void authorizeWithBrowser(const QUrl &url);
    /// Clerk answered 401 `signed_out` (revoked on the server, expired): the stored session was forgotten. Also
    /// when the session an offline start showed has ended meanwhile (see isOffline()); the client stays stored.
    void signedOutByServer();

private:
    // The QML faces of the duration properties: int milliseconds.
    int refreshLeadTimeMs() const;
    void setRefreshLeadTimeMs(int ms);
    int requestTimeoutMs() const;
    void setRequestTimeoutMs(int ms);
    int keychainTimeoutMs() const;
    void setKeychainTimeoutMs(int ms);

    friend class Account;
    friend class Reverification;
    friend class OrganizationManager;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
Q_DECLARE_METATYPE(Clerk::SignUpParams)
Q_DECLARE_METATYPE(Clerk::UserUpdate)
Q_DECLARE_METATYPE(Clerk::AuthorizationCheck)
