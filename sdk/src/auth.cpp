// Auth: the public face. Every method forwards to one part of Auth::Private (see auth_p.h); operations wait
// for the session restore first (SessionRestore::afterRestore).
#include "auth_p.h"

#include "jwt_p.h"

#include <QNetworkRequest>

namespace Clerk {

Auth::Auth(const AuthConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, config))
{
    // Start from the event loop so that the creator can connect to every signal first.
    QMetaObject::invokeMethod(this, [this] { d->restore.start(); }, Qt::QueuedConnection);
}

Auth::~Auth()
{
    d->restore.stop();
}

AuthConfig Auth::config() const { return d->config; }
Auth::Status Auth::status() const { return d->store.current().status; }
bool Auth::isSignedIn() const { return d->store.current().signedIn; }
User Auth::user() const { return d->store.current().user; }
Session Auth::session() const { return d->store.current().session; }
QList<Session> Auth::sessions() const { return d->store.current().sessions; }
Organization Auth::organization() const { return d->store.current().organization; }
Membership Auth::membership() const { return d->store.current().membership; }
QList<Organization> Auth::organizations() const { return d->store.current().organizations; }
QList<Membership> Auth::memberships() const { return d->store.current().memberships; }
QString Auth::sessionToken() const { return d->store.current().sessionToken; }
SignInAttempt Auth::signInAttempt() const { return d->store.current().signInAttempt; }
SignUpAttempt Auth::signUpAttempt() const { return d->store.current().signUpAttempt; }
TokenClaims Auth::sessionClaims() const { return d->store.current().sessionClaims; }
Error Auth::lastError() const { return d->lastError; }
bool Auth::isPersistent() const { return d->restore.isPersistent(); }

void Auth::clearError() { d->setLastError(Error()); }

// ---------------------------------------------------------------------------------------------------------------
// Sign-in and sign-up

Reply *Auth::signIn(const QString &identifier, const QString &password)
{
    return d->restore.afterRestore([=] { return d->flows.signIn(identifier, password); });
}

Reply *Auth::startSignIn(const QString &identifier)
{
    return d->restore.afterRestore([=] { return d->flows.startSignIn(identifier); });
}

Reply *Auth::signInWithCode(const QString &identifier, Strategy strategy)
{
    return d->restore.afterRestore([=] { return d->flows.signInWithCode(identifier, strategy); });
}

Reply *Auth::prepareFirstFactor(Strategy strategy)
{
    return d->restore.afterRestore([=] { return d->flows.prepareFactor(false, strategy); });
}

Reply *Auth::prepareSecondFactor(Strategy strategy)
{
    return d->restore.afterRestore([=] { return d->flows.prepareFactor(true, strategy); });
}

Reply *Auth::attemptFirstFactor(Strategy strategy, const QString &secret)
{
    return d->restore.afterRestore([=] { return d->flows.attemptFactor(false, strategy, secret); });
}

Reply *Auth::attemptSecondFactor(Strategy strategy, const QString &code)
{
    return d->restore.afterRestore([=] { return d->flows.attemptFactor(true, strategy, code); });
}

Reply *Auth::signUp(const SignUpParams &params)
{
    return d->restore.afterRestore([=] { return d->flows.signUp(params); });
}

Reply *Auth::signUp(const QVariantMap &p)
{
    SignUpParams params;
    params.emailAddress = p.value(QStringLiteral("emailAddress")).toString();
    params.phoneNumber = p.value(QStringLiteral("phoneNumber")).toString();
    params.password = p.value(QStringLiteral("password")).toString();
    params.firstName = p.value(QStringLiteral("firstName")).toString();
    params.lastName = p.value(QStringLiteral("lastName")).toString();
    params.username = p.value(QStringLiteral("username")).toString();
    params.legalAccepted = p.value(QStringLiteral("legalAccepted")).toBool();
    params.unsafeMetadata = p.value(QStringLiteral("unsafeMetadata")).toMap();
    return signUp(params);
}

Reply *Auth::prepareSignUpVerification(Strategy strategy)
{
    return d->restore.afterRestore([=] { return d->flows.prepareSignUpVerification(strategy); });
}

Reply *Auth::attemptSignUpVerification(Strategy strategy, const QString &code)
{
    return d->restore.afterRestore([=] { return d->flows.attemptSignUpVerification(strategy, code); });
}

// ---------------------------------------------------------------------------------------------------------------
// OAuth and the environment

Reply *Auth::signInWithOAuth(const QString &strategy)
{
    return signInWithOAuth(strategy, OAuthOptions());
}

Reply *Auth::signInWithOAuth(const QString &strategy, const OAuthOptions &options)
{
    return d->restore.afterRestore([=] { return d->oauth.start(strategy, options); });
}

bool Auth::handleOAuthRedirect(const QUrl &url) { return d->oauth.handleRedirect(url); }
void Auth::cancelOAuth() { d->oauth.cancel(); }
Reply *Auth::loadEnvironment() { return d->oauth.loadEnvironment(); }
QVariantList Auth::oauthProviders() const { return d->oauth.providers(); }

// ---------------------------------------------------------------------------------------------------------------
// Sessions and tokens

Reply *Auth::signOut()
{
    return d->restore.afterRestore([=] { return d->ops.signOut(); });
}

Reply *Auth::signOut(const QString &sessionId)
{
    return d->restore.afterRestore([=] { return d->ops.signOut(sessionId); });
}

Reply *Auth::setActive(const QString &sessionId, const QString &organizationId)
{
    return d->restore.afterRestore([=] { return d->ops.setActive(sessionId, organizationId); });
}

Reply *Auth::setActiveOrganization(const QString &organizationId)
{
    // The session is read once the restore has settled.
    return d->restore.afterRestore([=] { return d->ops.setActive(d->store.current().session.id, organizationId); });
}

Reply *Auth::touch(const QString &sessionId)
{
    return d->restore.afterRestore([=] { return d->ops.touch(sessionId); });
}

Reply *Auth::end(const QString &sessionId)
{
    return d->restore.afterRestore([=] { return d->ops.end(sessionId); });
}

Reply *Auth::remove(const QString &sessionId)
{
    return d->restore.afterRestore([=] { return d->ops.remove(sessionId); });
}

Reply *Auth::reload() { return d->restore.reload(); }

Reply *Auth::getToken()
{
    return getToken(GetTokenOptions());
}

Reply *Auth::getToken(const GetTokenOptions &options)
{
    return d->restore.afterRestore([=] { return d->ops.getToken(options); });
}

Reply *Auth::getToken(const QVariantMap &options)
{
    GetTokenOptions o;
    o.templateName = options.value(QStringLiteral("template")).toString();
    if (options.contains(QStringLiteral("organizationId")))
        o.organizationId = options.value(QStringLiteral("organizationId")).toString();
    o.skipCache = options.value(QStringLiteral("skipCache")).toBool();
    if (options.contains(QStringLiteral("leeway")))
        o.leeway = std::chrono::milliseconds(
            jsonInt64(QJsonValue(options.value(QStringLiteral("leeway")).toDouble() * 1000)));
    return getToken(o);
}

bool Auth::authorize(QNetworkRequest &request) const
{
    const QString token = d->tokens->sessionToken();
    if (token.isEmpty())
        return false;
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Authorization checks

bool Auth::checkAuthorization(const AuthorizationCheck &check) const
{
    QString role;
    QStringList permissions;
    d->store.activeMembershipOrClaims(&role, &permissions);
    if (role.isEmpty())
        return false; // no active organization
    if (!check.permission.isEmpty())
        return permissions.contains(check.permission);
    if (!check.role.isEmpty())
        return role == check.role;
    return false;
}

bool Auth::checkAuthorization(const QVariantMap &check) const
{
    return checkAuthorization(AuthorizationCheck{check.value(QStringLiteral("role")).toString(),
                                                 check.value(QStringLiteral("permission")).toString()});
}

bool Auth::hasRole(const QString &role) const { return checkAuthorization(AuthorizationCheck{role, {}}); }

bool Auth::hasPermission(const QString &permission) const
{
    return checkAuthorization(AuthorizationCheck{{}, permission});
}

// ---------------------------------------------------------------------------------------------------------------
// The signed-in user

Reply *Auth::reloadUser()
{
    return d->restore.afterRestore([=] { return d->ops.reloadUser(); });
}

Reply *Auth::updateUser(const UserUpdate &update)
{
    return d->restore.afterRestore([=] { return d->ops.updateUser(update); });
}

Reply *Auth::updateUser(const QVariantMap &fields)
{
    UserUpdate update;
    auto take = [&fields](const char *key) -> std::optional<QString> {
        const QString k = QString::fromLatin1(key);
        if (!fields.contains(k))
            return std::nullopt;
        return fields.value(k).toString();
    };
    update.firstName = take("firstName");
    update.lastName = take("lastName");
    update.username = take("username");
    update.primaryEmailAddressId = take("primaryEmailAddressId");
    update.primaryPhoneNumberId = take("primaryPhoneNumberId");
    if (fields.contains(QStringLiteral("unsafeMetadata")))
        update.unsafeMetadata = fields.value(QStringLiteral("unsafeMetadata")).toMap();
    return updateUser(update);
}

} // namespace Clerk
