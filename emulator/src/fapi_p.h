// Clerk's Frontend API semantics on top of the Model: routing of /v1 paths, client-token handling,
// the sign-in / sign-up state machines, sessions, tokens and /me. The handlers live in one file per resource,
// fapi_<resource>.cpp (the declarations below are grouped the same way); what they share is in fapi_common_p.h.
#pragma once

#include "model_p.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace ClerkEmulator {

class Signer;

struct FapiRequest
{
    QString method;  // after the `_method` override
    QString path;    // e.g. /v1/client/sign_ins
    QUrlQuery query;
    QHash<QString, QString> form; // decoded body fields
    QString origin;
    QString clientToken;          // request Authorization header, "Bearer " stripped
    bool hasAuthorization = false;
    QString rateKey;              // who the rate limit counts against when there is no client
    QString userAgent, peerAddress; // for the session's latest activity
    // The raw body and its Content-Type, kept only on the routes that take an upload (see takesUpload()).
    QByteArray contentType, body;
};

struct FapiResponse
{
    int status = 200;
    QJsonValue body; // Undefined = no body (HEAD)
    QList<QPair<QByteArray, QByteArray>> headers;
    QString routeKey; // "POST /v1/client/sessions/{session_id}/tokens"
};

class Fapi
{
public:
    Fapi(Model &model, const Signer &signer, std::function<qint64()> clock);

    FapiResponse handle(const FapiRequest &request);
    /// The route key a request would be counted under ("" when no route matches).
    /// `path` without one trailing slash: Clerk's router serves "/v1/me/email_addresses/" (as clerk-js sends it)
    /// like "/v1/me/email_addresses", on every route. Two slashes stay an unknown path. The server applies it
    /// once, where a request enters, so routes, handlers, faults and counters all see the same spelling.
    static QString routePath(const QString &path);
    /// The routes whose body is a file upload (multipart/form-data or application/octet-stream, as Clerk's spec
    /// lists for them) rather than a form: POST /v1/me/profile_image.
    static bool takesUpload(const QString &method, const QString &path);
    /// Clerk's limit for a profile image ("more than 10MB" is `image_too_large`); other bodies stay at 64 KiB.
    static constexpr qint64 kMaxUploadBytes = 10 * 1024 * 1024;
    /// Where GET serves an uploaded image back (on the emulator's own host, outside /v1).
    static constexpr const char *kImagePathPrefix = "/__emulator/images/";
    QString routeKey(const QString &method, const QString &path) const;
    /// Every route served, as "METHOD /pattern" in table order.
    QStringList routeList() const;

    QString issuer;
    QString publicBaseUrl; ///< where this server is reached (the OAuth provider page and callback live here)
    int tokenTtl = 60;
    int rateLimitRequests = 0;
    int rateLimitWindowSeconds = 10;

    static FapiResponse error(int status, const QString &code, const QString &message,
                              const QString &longMessage = {}, const QJsonObject &meta = {});
    void resetRateLimits() { m_rateLog.clear(); }
    bool revokeClient(const QString &clientId);
    /// Server-side revocation of one session: its client's next request for it is 401 `signed_out`.
    bool revokeSession(const QString &sessionId);

private:
    struct Context; // fapi_common_p.h
    using Handler = FapiResponse (Fapi::*)(Context &);
    struct Route
    {
        QString method;
        QString pattern; // with {param} segments
        Handler handler;
        bool clientScoped;
    };

    // fapi.cpp: dispatch
    std::optional<FapiResponse> rateLimited(const QString &key);
    FapiResponse unserved(const FapiRequest &request, bool pathKnown);

    // fapi_common.cpp: what every resource uses
    /// The sign-in or sign-up named by the path parameter `param`, if it belongs to the requesting client.
    template <typename T>
    static T *owned(QHash<QString, T> &table, const Context &ctx, const char *param);
    /// `{response, client}`, with the client's sessions' last_active_token refreshed first.
    FapiResponse envelope(Context &ctx, const QJsonValue &response);
    std::optional<FapiResponse> checkCode(Verification &verification, const QString &code, bool totp,
                                          const QByteArray &totpSecret);
    /// A second factor (`totp`, `phone_code` after its preparation, `backup_code` — used up) of `user`, checked
    /// into `factor`: a sign-in's and a reverification's are the same check.
    std::optional<FapiResponse> checkSecondFactor(std::optional<Verification> &factor, User &user,
                                                  const QString &strategy, const QString &code);
    /// The phone a second-factor SMS goes to: the form's `phone_number_id`, else the user's default second factor,
    /// else the first number reserved for it; a failure when there is none.
    std::optional<FapiResponse> secondFactorPhone(Context &ctx, const User &user, const PhoneNumber *&phone);

    // fapi_environment.cpp: GET /v1/environment, /v1/health, JWKS
    FapiResponse environment(Context &);
    FapiResponse health(Context &);
    FapiResponse jwks(Context &);

    // fapi_client.cpp: /v1/client, DELETE /v1/client/sessions, client tokens
    std::optional<FapiResponse> resolveClient(Context &ctx);
    void rotateClientToken(Client &client);
    FapiResponse getClient(Context &);
    FapiResponse createClient(Context &);
    FapiResponse deleteClient(Context &);
    FapiResponse removeAllSessions(Context &);

    // fapi_signin.cpp: /v1/client/sign_ins
    FapiResponse createSignIn(Context &);
    FapiResponse getSignIn(Context &);
    FapiResponse prepareFirstFactor(Context &);
    FapiResponse attemptFirstFactor(Context &);
    FapiResponse prepareSecondFactor(Context &);
    FapiResponse attemptSecondFactor(Context &);
    FapiResponse resetPassword(Context &);
    FapiResponse completeSignIn(Context &ctx, SignIn &signIn, User &user, bool secondFactorDone);
    /// Whether `userId` ever had a session on this client (Clerk's client trust state `known`).
    bool clientKnows(const QString &clientId, const QString &userId) const;
    /// prepare_second_factor of a sign-in at `needs_client_trust`: an email or SMS code to a primary identifier.
    FapiResponse prepareClientTrust(Context &ctx, SignIn &si, const User &user, const QString &strategy);

    // fapi_oauth.cpp: /oauth/authorize/{strategy}, /v1/oauth_callback
    FapiResponse oauthProviderPage(Context &);
    FapiResponse oauthCallback(Context &);
    /// Adds the provider account to the user's verified external accounts (once per provider).
    void linkAccount(User &user, const QString &strategy, const ExternalAccount &account, qint64 now);

    // fapi_tickets.cpp: strategy=ticket (sign-in tokens, invitations), email links (/v1/verify), enterprise SSO
    FapiResponse signInWithTicket(Context &ctx);
    /// strategy=ticket on a new sign-up: the invitation's address, verified by the ticket; nothing when accepted.
    std::optional<FapiResponse> acceptSignUpTicket(Context &ctx, SignUp &signUp);
    /// The invitation behind a completed sign-up (or ticket sign-in) is used up: the organization membership.
    void redeemInvitation(const QString &token, const QString &userId, qint64 now);
    /// The ticket `token` if it may be used now; else Clerk's ticket error.
    std::optional<FapiResponse> ticketRejected(const QString &token, qint64 now) const;
    FapiResponse startEnterpriseSso(Context &ctx);
    /// Sends (records) the email link of a prepared email_link first factor.
    void sendEmailLink(SignIn &signIn, const QString &emailAddress, const QString &redirectUrl);
    FapiResponse verifyEmailLink(Context &);
    /// The provider page's answer for an enterprise connection (the `code` the callback reads).
    std::optional<FapiResponse> enterpriseProviderPage(Context &ctx);

public:
    // Control API (server.h): what Clerk's Backend API mints, and the test's mailbox.
    QJsonObject mintSignInToken(const QJsonObject &in, QString *error);
    QJsonObject mintInvitation(const QJsonObject &in, QString *error);
    QJsonObject lastEmailLink(const QString &emailAddress, QString *error) const;

private:
    // fapi_signup.cpp: /v1/client/sign_ups
    FapiResponse createSignUp(Context &);
    FapiResponse getSignUp(Context &);
    FapiResponse updateSignUp(Context &);
    FapiResponse prepareVerification(Context &);
    FapiResponse attemptVerification(Context &);
    std::optional<FapiResponse> applySignUpFields(Context &ctx, SignUp &signUp);
    FapiResponse finishSignUpStep(Context &ctx, SignUp &signUp);
    /// The provider answered an OAuth sign-up: verified (and completed when nothing is missing), transferable
    /// (the account has a user), or failed (`account` null: unknown, or another provider's).
    void finishSignUpOAuth(Context &ctx, SignUp &signUp, const OAuthProvider *provider, const ExternalAccount *account);
    /// Clerk's length and character rules for a username; nullopt when it passes them.
    std::optional<FapiResponse> usernameRejected(const QString &username);
    /// POST /v1/client/sign_ins with transfer=true: signs in the user whose account an OAuth sign-up found.
    FapiResponse transferSignUpToSignIn(Context &ctx);

    // fapi_sessions.cpp: /v1/client/sessions/{session_id}
    Session *createSession(Context &ctx, User &user, bool secondFactor);
    Session *clientSession(Context &ctx, const QString &id);
    FapiResponse getSession(Context &);
    FapiResponse touchSession(Context &);
    FapiResponse endSession(Context &);
    FapiResponse removeSession(Context &);
    FapiResponse endOrRemove(Context &ctx, const QString &status);
    /// Ends `session` with `status`; its client falls back to its newest other active session.
    void endSessionEverywhere(Session &session, const QString &status, qint64 now);
    FapiResponse sessionEnvelope(Context &ctx, const QString &sessionId);
    /// Marks `task` of a pending session done; when none is left the session is active and gets its token.
    void finishTask(Session &session, const QString &task, const Context &ctx);

    // fapi_reverification.cpp: /v1/client/sessions/{session_id}/verify[/…] (step-up)
    FapiResponse startReverification(Context &);
    FapiResponse prepareReverificationFirstFactor(Context &);
    FapiResponse attemptReverificationFirstFactor(Context &);
    FapiResponse prepareReverificationSecondFactor(Context &);
    FapiResponse attemptReverificationSecondFactor(Context &);
    /// The active session of the path with a step-up in progress (`reverificationMissing` when none was started).
    std::optional<FapiResponse> reverifyingSession(Context &ctx, Session *&session);
    /// reverifyingSession(), then a prepare/attempt step's own checks: a step-up was started, it waits at
    /// `status`, and (with `needsStrategy`) the form names a strategy.
    std::optional<FapiResponse> reverificationStep(Context &ctx, Session *&session, const char *status,
                                                   bool needsStrategy);
    FapiResponse reverificationEnvelope(Context &ctx, Session &session);

    // fapi_tokens.cpp: /v1/client/sessions/{session_id}/tokens[/{template_name}], session JWTs
    FapiResponse createToken(Context &);
    QByteArray mintToken(Session &session, const QString &origin, const JwtTemplate *tpl = nullptr);
    void refreshLastActiveToken(Session &session, const QString &origin);

    // fapi_me.cpp: /v1/me
    Session *sessionForMe(Context &ctx);
    FapiResponse getMe(Context &);
    FapiResponse updateMe(Context &);
    FapiResponse updateMeMetadata(Context &);
    FapiResponse deleteMe(Context &);

    // fapi_me_identifications.cpp: /v1/me/email_addresses, /v1/me/phone_numbers
    struct MeIdentification
    {
        User *user = nullptr;
        EmailAddress *email = nullptr; // exactly one of email and phone is set
        PhoneNumber *phone = nullptr;
        QJsonObject toJson() const { return email ? email->toJson() : phone->toJson(); }
    };
    /// The signed-in user of a /v1/me request (nullptr: signed out).
    User *meUser(Context &ctx);
    /// The user's email address or phone number named by {identification_id}; `signed_out` or
    /// `resource_not_found` when there is none.
    std::optional<FapiResponse> meIdentification(Context &ctx, MeIdentification &found);
    FapiResponse listIdentifications(Context &);
    FapiResponse getIdentification(Context &);
    FapiResponse addEmailAddress(Context &);
    FapiResponse addPhoneNumber(Context &);
    FapiResponse updatePhoneNumber(Context &);
    FapiResponse prepareIdentification(Context &);
    FapiResponse attemptIdentification(Context &);
    FapiResponse deleteIdentification(Context &);

    // fapi_me_security.cpp: /v1/me/change_password, /remove_password, /totp, /backup_codes
    /// meUser(), or `signed_out` (`user` stays nullptr).
    std::optional<FapiResponse> meUserOrFailure(Context &ctx, User *&user);
    /// What both steps of an authenticator-app enrolment refuse (meUserOrFailure(), TOTP off for the instance,
    /// already enrolled); `user` is set when nothing is.
    std::optional<FapiResponse> totpEnrolmentRefused(Context &ctx, User *&user);
    /// Revokes the user's active sessions on every client except the one this request acts for.
    void signOutOtherSessions(Context &ctx, const QString &userId);
    /// Whether the user has a second factor other than backup codes (Clerk's HasTwoFactorEnabled).
    static bool hasSecondFactor(const User &user);
    /// Clerk's `TOTP` object: the secret and otpauth:// URI while it awaits verification, `backup_codes` when given.
    QJsonObject totpJson(const User &user, const QStringList &backupCodes) const;
    FapiResponse changePassword(Context &);
    FapiResponse removePassword(Context &);
    FapiResponse createTotp(Context &);
    FapiResponse attemptTotp(Context &);
    FapiResponse deleteTotp(Context &);
    FapiResponse createBackupCodes(Context &);

    // fapi_me_image.cpp: /v1/me/profile_image
    FapiResponse uploadProfileImage(Context &);
    FapiResponse deleteProfileImage(Context &);

    // fapi_me_accounts.cpp: /v1/me/external_accounts, /v1/me/sessions
    /// Records the request's User-Agent and peer as the session's latest activity.
    static void noteActivity(Session &session, const Context &ctx);
    /// Points the account's verification at the provider page for a new authorization; returns the OAuth state.
    QString startAccountOAuth(LinkedAccount &account, const QString &redirectUrl, qint64 now);
    /// The provider's answer to a connect or reauthorize flow (by `state`): a redirect to the app's redirect_url,
    /// or nothing when the state belongs to no external account (then it is a sign-in's).
    std::optional<FapiResponse> finishAccountOAuth(const QString &state, const QString &code);
    FapiResponse connectExternalAccount(Context &);
    FapiResponse reauthorizeExternalAccount(Context &);
    FapiResponse deleteExternalAccount(Context &);
    FapiResponse activeSessions(Context &);
    FapiResponse revokeMySession(Context &);

    // fapi_organizations.cpp: what every organization route shares
    /// The signed-in user's membership in the organization named by the path parameter `organization_id`,
    /// refused as Clerk does: 401 signed_out without a session, 403 not_a_member_in_organization when the user
    /// is not in it (an organization that does not exist included: its existence is not revealed), 403
    /// missing_organization_permission (meta.permissions) when `permission` is set and the membership lacks it.
    /// On success `session` and `membership` are set.
    std::optional<FapiResponse> orgAccess(Context &ctx, const char *permission, Session *&session,
                                          Membership *&membership);
    /// Clerk's list answer: `{data, total_count}` with `limit` (1–500, default 10) and `offset` from the query
    /// when `paginated=true` (as the SDKs send it), else the bare array of all items.
    static QJsonValue page(const Context &ctx, const QJsonArray &all);

    FapiResponse createOrganization(Context &);
    FapiResponse myOrganizationMemberships(Context &);
    FapiResponse leaveOrganization(Context &);
    FapiResponse updateOrganization(Context &);
    FapiResponse deleteOrganization(Context &);
    FapiResponse uploadOrganizationLogo(Context &);
    FapiResponse deleteOrganizationLogo(Context &);
    /// Sessions (of `userId`; of everyone when empty) whose active organization was `organizationId` go back to
    /// the personal account.
    void leaveActiveOrganization(const QString &organizationId, const QString &userId);
    /// The image of an upload body (a `file` part of multipart/form-data, or application/octet-stream) as a new
    /// StoredImage named `defaultName` when the part has no file name; Clerk's 400s when there is none or it is
    /// no image Clerk takes (fapi_me_image.cpp: the profile image and an organization's logo).
    std::optional<FapiResponse> readImageUpload(Context &ctx, const QString &defaultName, StoredImage &image);
    FapiResponse listOrgMembers(Context &);
    FapiResponse updateOrgMember(Context &);
    FapiResponse removeOrgMember(Context &);
    FapiResponse listOrgRoles(Context &);
    /// Whether `organizationId` still has a member who may manage members once `changed` (one of its
    /// memberships) has `permissions` instead of its own (empty: it is removed).
    bool keepsAnAdmin(const QString &organizationId, const Membership *changed, const QStringList &permissions) const;
    /// After `userId`'s membership changed: their sessions mint their next token afresh (not the cached
    /// last_active_token), and a removed member's sessions no longer have that organization active.
    void membershipChanged(const QString &userId, const QString &organizationId, bool removed);
    FapiResponse createOrgInvitation(Context &);
    FapiResponse createOrgInvitations(Context &);
    FapiResponse listOrgInvitations(Context &);
    FapiResponse revokeOrgInvitation(Context &);
    FapiResponse myOrgInvitations(Context &);
    FapiResponse acceptMyOrgInvitation(Context &);
    /// Clerk's `organization_invitation` (with `public_organization_data`, as both the admin and the user see it).
    QJsonObject orgInvitationJson(const OrgInvitation &invitation) const;
    /// Whether `role` may be given to an invitee: a role Clerk's instance defines.
    bool orgRoleKnown(const QString &role) const;
    /// What a member given `role` may do.
    QStringList orgRolePermissions(const QString &role) const;
    /// The invitations `keep` selects with `status` (any when empty), newest first as Clerk lists them.
    QList<const OrgInvitation *> orgInvitationsWhere(const std::function<bool(const OrgInvitation &)> &keep,
                                                     const QString &status) const;
    /// Why inviting `emails` (lower-case) as `role` to the organization is refused, as Clerk refuses it; nothing
    /// when all may be invited. `bulk` names the duplicates as the bulk endpoint does.
    std::optional<FapiResponse> orgInvitationsRefused(const QString &organizationId, const QStringList &emails,
                                                      const QString &role, bool bulk) const;
    /// A new pending invitation, kept in the model.
    OrgInvitation &addOrgInvitation(const QString &organizationId, const QString &email, const QString &role,
                                    qint64 now);
    /// orgAccess() plus the domain named by the path parameter `domain_id` in that organization (404 otherwise).
    std::optional<FapiResponse> orgDomainAccess(Context &ctx, const char *permission, OrgDomain *&domain);
    /// Clerk's PublicOrganizationData: id, name, slug, image_url, has_image.
    QJsonObject publicOrganizationJson(const QString &organizationId) const;
    QJsonObject orgDomainJson(const OrgDomain &domain) const;
    QJsonObject orgSuggestionJson(const OrgSuggestion &suggestion) const;
    QJsonObject orgMembershipRequestJson(const OrgMembershipRequest &request) const;
    FapiResponse listOrgDomains(Context &);
    FapiResponse createOrgDomain(Context &);
    FapiResponse getOrgDomain(Context &);
    FapiResponse deleteOrgDomain(Context &);
    FapiResponse updateOrgDomainEnrollment(Context &);
    FapiResponse prepareOrgDomainAffiliation(Context &);
    FapiResponse attemptOrgDomainAffiliation(Context &);
    FapiResponse listOrgMembershipRequests(Context &);
    FapiResponse decideOrgMembershipRequest(Context &ctx, bool accept);
    FapiResponse acceptOrgMembershipRequest(Context &);
    FapiResponse rejectOrgMembershipRequest(Context &);
    FapiResponse listMySuggestions(Context &);
    FapiResponse acceptMySuggestion(Context &);

    Model &m_model;
    const Signer &m_signer;
    std::function<qint64()> m_now;
    QList<Route> m_routes;
    QHash<QString, QList<qint64>> m_rateLog;
};

} // namespace ClerkEmulator
