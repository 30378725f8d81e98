// The emulator's in-memory Clerk instance: users, organizations, clients, sessions, sign-ins and sign-ups,
// and their JSON shapes exactly as FAPI returns them (field names and nesting follow the recorded responses).
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ClerkEmulator {

struct Verification
{
    QString object = QStringLiteral("verification_otp"); // verification_otp | _password | _admin | _email_link
    QString status = QStringLiteral("unverified");        // unverified | verified | failed | expired
    QString strategy;
    int attempts = 0;      // -1 serializes as null
    qint64 expireAt = 0;   // 0 serializes as null
    QString channel;       // "sms" for phone codes
    QString externalUrl;   // OAuth: external_verification_redirect_url
    QString errorCode;     // OAuth transferable: "external_account_not_found"
    QJsonObject toJson(bool withSignUpFields) const;
};

/// An account at an OAuth provider that the emulator's provider page can approve.
struct ExternalAccount
{
    QString providerUserId, email, firstName, lastName;
};

/// An account at an OAuth provider linked to a user (`external_accounts`): connected from /v1/me, or by an OAuth
/// sign-in. Until the provider page approves it, only `id`, `strategy` and `verification` are set.
struct LinkedAccount
{
    QString id, identificationId, strategy; // "eac_…", "idn_…", "oauth_google"
    ExternalAccount account;
    Verification verification;
    QString oauthState; // ties the provider's answer to this account while a connect/reauthorize is pending
    QString redirectUrl;
    qint64 createdAt = 0, updatedAt = 0;
    bool verified() const { return verification.status == QLatin1String("verified"); }
    QJsonObject toJson() const;
};

struct OAuthProvider
{
    QString strategy, name; // "oauth_google", "Google"
    QList<ExternalAccount> accounts;
};

/// An enterprise SSO connection (SAML/OIDC at Clerk): users whose email is at `domain` sign in through its
/// identity provider, which the emulator's provider page stands in for with `accounts`.
struct EnterpriseConnection
{
    QString id, name, domain; // "ent_…", "Corp SSO", "corp.example"
    QList<ExternalAccount> accounts;
};

/// A ticket minted by the control API, as Clerk's Backend API mints them: a sign-in token (`POST
/// /v1/sign_in_tokens`) or an invitation (`POST /v1/invitations`, organization invitations included). One use.
struct Ticket
{
    QString token, kind;                         // kind: "sign_in_token" | "invitation"
    QString userId;                              // sign-in tokens
    QString emailAddress, organizationId, role;  // invitations
    qint64 expireAt = 0;
    bool used = false;
};

/// The last email-link message sent to an address: the test's mailbox.
struct EmailLink
{
    QString token, signInId, emailAddress, redirectUrl;
    qint64 expireAt = 0;
    bool used = false;
};

struct EmailAddress
{
    QString id, email;
    std::optional<Verification> verification;
    qint64 createdAt = 0, updatedAt = 0;
    bool verified() const { return verification && verification->status == QLatin1String("verified"); }
    QJsonObject toJson() const;
};

struct PhoneNumber
{
    QString id, phone;
    std::optional<Verification> verification;
    qint64 createdAt = 0, updatedAt = 0;
    bool reservedForSecondFactor = false, defaultSecondFactor = false;
    bool verified() const { return verification && verification->status == QLatin1String("verified"); }
    QJsonObject toJson() const;
};

struct Organization
{
    QString id, name, slug;
    QJsonObject publicMetadata;
    qint64 createdAt = 0, updatedAt = 0;
};

struct Membership
{
    QString id, organizationId, userId, role;
    QStringList permissions;
    qint64 createdAt = 0, updatedAt = 0;
};

/// An organization invitation (`organization_invitation`): made by an admin (POST
/// /v1/organizations/{id}/invitations) or by a domain in `automatic_invitation` mode; the invitee sees it in
/// GET /v1/me/organization_invitations when one of their verified addresses matches.
struct OrgInvitation
{
    QString id, organizationId, emailAddress, role;
    QString status = QStringLiteral("pending"); // pending | accepted | revoked
    QJsonObject publicMetadata;
    qint64 createdAt = 0, updatedAt = 0;
};

/// What Clerk keeps of an organization beyond Organization: its logo (an id in Model::images, served at
/// `image_url`) and the per-organization settings the seed may give (`organization_profiles`).
struct OrgProfile
{
    QString imageId, imageUrl; // the uploaded logo, if any (the URL as the server that took it serves it)
    bool adminDeleteEnabled = true; // Clerk's instance default; DELETE /v1/organizations/{id} needs it
    int maxAllowedMemberships = 5;  // Clerk's default for a development instance
};
/// An organization role (Clerk's `role`): seed key `organization_roles`, or Clerk's defaults org:admin and
/// org:member. A membership's permissions follow its role's definition unless the seed gives them explicitly.
struct OrgRole
{
    QString id, key, name, description;
    QStringList permissions;
    bool creatorEligible = false;
    qint64 createdAt = 0, updatedAt = 0;
};
/// An organization's domain (`organization_domain`): verified by an email code sent to an address at the domain
/// (affiliation), or at once when its creator has a verified address there. Only a verified domain enrolls users:
/// `automatic_invitation` invites them, `automatic_suggestion` suggests the organization to them.
struct OrgDomain
{
    QString id, organizationId, name;
    QString enrollmentMode = QStringLiteral("manual_invitation"); // | automatic_invitation | automatic_suggestion
    QString affiliationEmail;             // where the code went (prepare) or whose owner verified it (creation)
    std::optional<Verification> affiliation; // none until prepared or verified
    qint64 verifiedAt = 0;
    qint64 createdAt = 0, updatedAt = 0;
    bool verified() const { return verifiedAt != 0; }
};

/// An organization suggested to a user (`organization_suggestion`) by a domain in `automatic_suggestion` mode;
/// accepting it (status `accepted`) files a membership request.
struct OrgSuggestion
{
    QString id, organizationId, userId, domainId;
    QString status = QStringLiteral("pending"); // pending | accepted
    qint64 createdAt = 0, updatedAt = 0;
};

/// A user's request to join (`organization_membership_request`), decided by an admin with
/// org:sys_memberships:manage: accepting makes the user an org:member.
struct OrgMembershipRequest
{
    QString id, organizationId, userId;
    QString status = QStringLiteral("pending"); // pending | accepted | rejected
    qint64 createdAt = 0, updatedAt = 0;
};

/// An authenticator-app secret created by POST /v1/me/totp and not verified yet.
struct PendingTotp
{
    QString id;
    QByteArray secret;
    qint64 createdAt = 0;
};

/// A profile image uploaded to POST /v1/me/profile_image, served back at `image_url`.
struct StoredImage
{
    QString id, name, contentType;
    QByteArray bytes;
};

struct User
{
    QString id, username, firstName, lastName, password;
    QByteArray totpSecret; // verified: the user has an authenticator app
    QString totpId;
    qint64 totpCreatedAt = 0, totpUpdatedAt = 0;
    std::optional<PendingTotp> pendingTotp;
    QStringList backupCodes;
    QString imageId, imageUrl; // the uploaded profile image, if any
    QList<LinkedAccount> externalAccounts;
    qint64 passwordUpdatedAt = 0;
    QList<EmailAddress> emails;
    QList<PhoneNumber> phones;
    QString primaryEmailId, primaryPhoneId;
    QJsonObject publicMetadata, unsafeMetadata;
    qint64 createdAt = 0, updatedAt = 0, lastSignInAt = 0, lastActiveAt = 0, legalAcceptedAt = 0;
    /// Sign-in asks for a second factor: an authenticator app, backup codes or a number reserved for it.
    bool secondFactorRequired() const;
    /// The verified numbers reserved for the second factor (phone_code).
    QList<const PhoneNumber *> secondFactorPhones() const;
    QString primaryEmail() const;
    QString primaryPhone() const;
    EmailAddress *email(const QString &id);
    PhoneNumber *phone(const QString &id);
    LinkedAccount *externalAccount(const QString &id);
};

/// Clerk's SessionReverification: the level asked for, the factors verified so far.
struct SessionReverification
{
    QString level;                   // first_factor | second_factor | multi_factor (after the fallback)
    QString status;                  // needs_first_factor | needs_second_factor | complete
    std::optional<Verification> firstFactor, secondFactor;
    QString preparedEmailId, preparedPhoneId;
};

struct Session
{
    QString id, clientId, userId;
    QString status = QStringLiteral("active");
    qint64 createdAt = 0, updatedAt = 0, lastActiveAt = 0, expireAt = 0, abandonAt = 0;
    qint64 firstFactorAt = 0, secondFactorAt = 0;
    QString lastActiveOrganizationId;
    /// Clerk's session tasks (`choose-organization`, `setup-mfa`) left before a `pending` session is active.
    QStringList tasks;
    /// A step-up in progress (`POST …/verify`): what it asks for and how far it got.
    std::optional<SessionReverification> reverification;
    // The latest default token, returned as `last_active_token` on client responses.
    QByteArray lastToken;
    qint64 lastTokenExp = 0;
    QString lastTokenOrg;
    // The latest request acting for it (User-Agent and peer), as GET /v1/me/sessions/active reports it.
    QString activityId, userAgent, ipAddress;
    /// Minutes since the first and second factor were verified (-1: never), as `fva` and
    /// `factor_verification_age` report them.
    QJsonArray factorVerificationAge(qint64 now) const;
};

struct SignIn
{
    QString id, clientId, status, identifier, userId, createdSessionId;
    // OAuth: where to send the browser back, the state tying the provider's answer to this sign-in, the nonce
    // the app trades for the rotated client token, and the provider account when no user had it (transfer).
    QString redirectUrl, oauthState, rotatingTokenNonce;
    std::optional<ExternalAccount> externalAccount;
    std::optional<Verification> firstFactor, secondFactor;
    QString preparedEmailId, preparedPhoneId;
    /// `client_trust_state`: `new` (the user never had a session on this client) or `known`; empty before the
    /// identifier is known.
    QString clientTrustState;
    QString enterpriseConnectionId; ///< enterprise_sso: the connection the identifier's domain chose
    QString emailLinkToken;         ///< email_link: the token of the link last sent for this sign-in
    qint64 createdAt = 0, abandonAt = 0;
};

struct SignUp
{
    QString id, clientId, status;
    QString emailAddress, phoneNumber, username, firstName, lastName, password;
    QJsonObject unsafeMetadata;
    qint64 legalAcceptedAt = 0;
    bool external = false; ///< transferred from an OAuth sign-in: the provider vouched for the email, no password
    // OAuth sign-up (strategy=oauth_*): the provider's verification (`verifications.external_account`), the state
    // tying the provider's answer to this sign-up, where the browser goes back, the nonce the app trades for the
    // rotated client token, and the provider's account once it answered (linked to the new user, or to the
    // existing one through a sign-in transfer).
    std::optional<Verification> externalVerification;
    QString redirectUrl, oauthState, rotatingTokenNonce;
    std::optional<ExternalAccount> externalAccount;
    std::optional<Verification> emailVerification, phoneVerification;
    QString createdSessionId, createdUserId;
    QString ticket; ///< strategy=ticket: the invitation this sign-up accepts (used when it completes)
    qint64 createdAt = 0, abandonAt = 0;
};

struct Client
{
    QString id;
    QStringList tokens; // current first, then the one it replaced (still accepted)
    bool revoked = false;
    QString signInId, signUpId, lastActiveSessionId;
    qint64 createdAt = 0, updatedAt = 0;
};

struct JwtTemplate
{
    QString name;
    int lifetime = 60;
    QJsonObject claims;
};

struct InstanceSettings
{
    QString id, applicationName;
    bool singleSessionMode = false;
    int sessionTokenVersion = 2;
    qint64 sessionLifetimeSeconds = 7 * 24 * 3600;
    QStringList identifiers, firstFactors, secondFactors;
    QStringList signUpRequired, signUpOptional, signUpVerify;
    /// `sign_up.legal_consent_enabled`: a sign-up lists `legal_accepted` as required until it is accepted.
    bool legalConsentEnabled = false;
    QString signUpMode = QStringLiteral("public"); ///< `sign_up.mode`, reported only
    QString termsUrl, privacyPolicyUrl;            ///< display_config's legal links ("" when none)
    int passwordMinLength = 8;
    /// `actions.delete_self`: users may delete their own account (DELETE /v1/me).
    bool deleteSelf = true;
    /// Stands in for Clerk's check against known data breaches (Have I Been Pwned): these are `form_password_pwned`.
    QStringList breachedPasswords;
    QList<OAuthProvider> oauthProviders;
    /// `organization_settings.force_organization_selection`: a new session of a user with memberships is
    /// `pending` with the `choose-organization` task until an organization is activated.
    bool forceOrganizationSelection = false;
    /// `user_settings.sign_up.mfa.required`: a new session of a user without a second factor is `pending` with
    /// the `setup-mfa` task until one is enrolled.
    bool mfaRequired = false;
    /// Client trust: a password sign-in of a user without a second factor on a client where that user never had
    /// a session stops at `needs_client_trust` (an email or SMS code next).
    bool clientTrust = false;
    const OAuthProvider *provider(const QString &strategy) const;
    QList<EnterpriseConnection> enterpriseConnections;
    /// The connection for an email address's domain (case-insensitive), or by id; nullptr when none.
    const EnterpriseConnection *enterpriseConnectionFor(const QString &emailOrId) const;
};

/// Generates Clerk-style ids: prefix + '_' + 27 base62 characters.
QString newId(const QString &prefix);

class Model
{
public:
    bool load(const QJsonObject &seed, qint64 now, QString *error);
    QJsonObject environmentJson() const;

    InstanceSettings instance;
    QHash<QString, User> users;
    QStringList userOrder;
    QHash<QString, Organization> organizations;
    QList<Membership> memberships;
    QHash<QString, OrgInvitation> orgInvitations; // by id
    QHash<QString, OrgProfile> orgProfiles; // by organization id; one without an entry has the defaults
    QList<OrgRole> orgRoles; // in Clerk's order: the seed's, or the defaults
    const OrgRole *orgRole(const QString &key) const
    {
        for (const OrgRole &r : orgRoles) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }
    /// What a member with `role` may do: its definition's permissions (none for an undefined role).
    QStringList rolePermissions(const QString &role) const
    {
        const OrgRole *r = orgRole(role);
        return r ? r->permissions : QStringList();
    }
    QStringList orgInvitationOrder; // ids in the order they were made: equal created_at times list newest first
    // Lists, not hashes: Clerk lists them oldest first.
    QList<OrgDomain> orgDomains;
    QList<OrgSuggestion> orgSuggestions;
    QList<OrgMembershipRequest> orgMembershipRequests;
    /// Gives every user with a verified address at `domain` who is not in its organization what its enrollment
    /// mode promises (a suggestion, or a pending invitation with the default role org:member) unless they have
    /// one already; manual_invitation and unverified domains enroll nobody.
    void enrollAtDomain(const OrgDomain &domain, qint64 now);
    /// The seed's `organization_domain_users`, `organization_domains` (enrolled at once) and
    /// `organization_membership_requests` (pending); false and `error` on a bad entry.
    bool loadOrgDomains(const QJsonObject &seed, qint64 now, QString *error);
    QHash<QString, JwtTemplate> templates;
    QHash<QString, Client> clients;
    QHash<QString, QString> clientByToken;
    QHash<QString, Session> sessions;
    QHash<QString, SignIn> signIns;
    QHash<QString, SignUp> signUps;
    QHash<QString, StoredImage> images;
    QHash<QString, Ticket> tickets;        // by token
    QHash<QString, EmailLink> emailLinks;  // by token
    QHash<QString, QString> lastEmailLink; // email address → token of the last link sent there

    bool addUser(const QJsonObject &seedUser, qint64 now, QString *error, QString *userId = nullptr);
    User *findUserByIdentifier(const QString &identifier);
    bool identifierTaken(const QString &identifier) const;
    const Membership *membership(const QString &userId, const QString &organizationId) const;
    QList<const Membership *> membershipsOf(const QString &userId) const;

    QJsonObject userJson(const User &user) const;
    QJsonObject publicUserDataJson(const User &user) const;
    QJsonObject membershipJson(const Membership &membership) const;
    QJsonObject organizationJson(const Organization &organization) const;
    QJsonObject signInJson(const SignIn &signIn) const;
    QJsonObject signUpJson(const SignUp &signUp) const;
    /// `token` is the session's current `last_active_token` (null when empty).
    /// `now` is the server clock, for `factor_verification_age`.
    QJsonObject sessionJson(const Session &session, qint64 now) const;
    QJsonObject clientJson(const Client &client, qint64 now) const;
    /// Clerk's `session_reverification` of `session` (which has one in progress).
    QJsonObject reverificationJson(const Session &session, qint64 now) const;
    /// The factors a step-up offers `user`: first (password, email and SMS codes) or second (TOTP, SMS code,
    /// backup code), as `supported_first_factors` / `supported_second_factors` list them.
    QJsonArray reverificationFactors(const User &user, bool second) const;
    /// The sessions a client lists: active ones and pending ones (signed in, a task left).
    QList<const Session *> signedInSessions(const QString &clientId) const;
    /// An organization by id or by slug (Clerk accepts either where it activates one).
    const Organization *findOrganization(const QString &idOrSlug) const;
    QList<const Session *> activeSessions(const QString &clientId) const;
    /// Where a client's last active session falls back to when that one ends: its newest active one, or none.
    QString newestActiveSessionId(const QString &clientId) const;
    QStringList signUpMissingFields(const SignUp &signUp) const;
    QStringList signUpUnverifiedFields(const SignUp &signUp) const;

private:
    QJsonObject m_seed;
};

/// Permissions a role has when the seed lists none (Clerk's default system permissions).
QStringList defaultPermissions(const QString &role);
/// "+1 (555) 555-0100" → "+15555550100".
QString normalizePhone(const QString &phone);
QJsonValue nullable(const QString &value);
QJsonArray jsonArray(const QStringList &list);
/// How Clerk marks an identifier nobody had to verify: seeded ones, and sign-up fields the instance
/// does not ask to verify.
Verification adminVerification();
QJsonValue nullableTime(qint64 ms);

} // namespace ClerkEmulator
