// Auth: the public face. Every operation forwards to one part of the engine (see auth_p.h), waits for the
// session restore (SessionRestore::afterRestore) and comes back as a typed reply linked to the engine's own.
#include "auth_p.h"

#include <QNetworkRequest>

#include <QMutex>

#include <mutex>
#include <utility>

namespace Clerk {

namespace {

std::optional<QString> optionalString(const QVariantMap &map, const char *key)
{
    const QString k = QString::fromLatin1(key);
    if (!map.contains(k))
        return std::nullopt;
    return map.value(k).toString();
}

QString stringOf(const QVariantMap &map, const char *key) { return map.value(QString::fromLatin1(key)).toString(); }

// Qt 6.4's QML hands a JS object to a typed Q_INVOKABLE as a QJSValue. QtQml, which this library does not link,
// registers QJSValue → QVariantMap when its first engine is made; from the map the converters below take over.
template <typename T>
void convertFromJsValue(QMetaType jsValue)
{
    const QMetaType map = QMetaType::fromType<QVariantMap>();
    const QMetaType to = QMetaType::fromType<T>();
    if (QMetaType::hasRegisteredConverterFunction(jsValue, to))
        return;
    QMetaType::registerConverterFunction(
        [jsValue, map, to](const void *from, void *out) {
            QVariantMap fields;
            return QMetaType::convert(jsValue, from, map, &fields) && QMetaType::convert(map, &fields, to, out);
        },
        jsValue, to);
}

} // namespace

// A JS object (QJSValue) or a QVariantMap converts to the typed arguments of Auth's Q_INVOKABLEs.
void registerAuthConverters()
{
    static QBasicMutex mutex;
    const std::lock_guard<QBasicMutex> lock(mutex);
    // Known only once QtQml is loaded and an engine exists: tried again on every call until it is.
    const QMetaType jsValue = QMetaType::fromName("QJSValue");
    if (jsValue.isValid()) {
        convertFromJsValue<SignUpParams>(jsValue);
        convertFromJsValue<UserUpdate>(jsValue);
        convertFromJsValue<GetTokenOptions>(jsValue);
        convertFromJsValue<AuthorizationCheck>(jsValue);
    }
    static bool fromMaps = false;
    if (std::exchange(fromMaps, true))
        return;
    QMetaType::registerConverter<QVariantMap, SignUpParams>([](const QVariantMap &m) {
        SignUpParams p;
        p.emailAddress = stringOf(m, "emailAddress");
        p.phoneNumber = stringOf(m, "phoneNumber");
        p.password = stringOf(m, "password");
        p.firstName = stringOf(m, "firstName");
        p.lastName = stringOf(m, "lastName");
        p.username = stringOf(m, "username");
        p.legalAccepted = m.value(QStringLiteral("legalAccepted")).toBool();
        p.unsafeMetadata = m.value(QStringLiteral("unsafeMetadata")).toMap();
        return p;
    });
    // Only the keys present become fields with a value: an absent key leaves the field alone on the server.
    QMetaType::registerConverter<QVariantMap, UserUpdate>([](const QVariantMap &m) {
        UserUpdate u;
        u.firstName = optionalString(m, "firstName");
        u.lastName = optionalString(m, "lastName");
        u.username = optionalString(m, "username");
        u.primaryEmailAddressId = optionalString(m, "primaryEmailAddressId");
        u.primaryPhoneNumberId = optionalString(m, "primaryPhoneNumberId");
        if (m.contains(QStringLiteral("unsafeMetadata")))
            u.unsafeMetadata = m.value(QStringLiteral("unsafeMetadata")).toMap();
        return u;
    });
    QMetaType::registerConverter<QVariantMap, GetTokenOptions>([](const QVariantMap &m) {
        GetTokenOptions o;
        o.templateName = stringOf(m, "template");
        o.organizationId = optionalString(m, "organizationId");
        o.skipCache = m.value(QStringLiteral("skipCache")).toBool();
        if (m.contains(QStringLiteral("leeway")))
            o.leeway = std::chrono::milliseconds(m.value(QStringLiteral("leeway")).toLongLong());
        return o;
    });
    QMetaType::registerConverter<QVariantMap, AuthorizationCheck>([](const QVariantMap &m) {
        return AuthorizationCheck{stringOf(m, "role"), stringOf(m, "permission")};
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Auth::Private: configuration, restart, background error

Auth::Private::Private(Auth *qq, const AuthConfig &cfg)
    : q(qq)
    , config(withDefaults(cfg))
    , engine(std::make_unique<Engine>(*this, config))
{
}

void Auth::Private::link(Reply *outer, Reply *inner)
{
    QPointer<Reply> in(inner);
    ReplyControl::setAbortHandler(outer, [in] {
        if (in)
            in->abort();
    });
    QObject::connect(inner, &Reply::succeeded, outer, [outer, inner] { ReplyControl::succeed(outer, inner->result()); });
    QObject::connect(inner, &Reply::errorOccurred, outer, [outer](const Error &e) { ReplyControl::fail(outer, e); });
}

void Auth::Private::setConfig(const AuthConfig &cfg)
{
    config = withDefaults(cfg);
    Q_EMIT q->configChanged();
    if (!started) {
        restart(); // nothing announced yet: the new engine simply takes the old one's place
        return;
    }
    if (restartQueued)
        return;
    restartQueued = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            restartQueued = false;
            restart();
        },
        Qt::QueuedConnection);
}

void Auth::Private::start()
{
    if (started)
        return;
    started = true;
    registerAuthConverters(); // an Auth made in C++ before the QML engine: QtQml's types exist by now
    engine->restore.start();
}

void Auth::Private::restart()
{
    // Every reply of the old engine fails with Canceled while the engine it aborts into still exists.
    const auto replies = q->findChildren<Reply *>(QString(), Qt::FindDirectChildrenOnly);
    for (Reply *reply : replies)
        reply->abort();
    const AuthSnapshot before = engine->store.current();
    const bool wasPersistent = engine->restore.isPersistent();
    const bool wasOffline = engine->restore.isOffline();
    const bool wasWaiting = engine->restore.isKeychainWaiting();
    const bool hadEnvironment = !engine->oauth.providers().isEmpty() || engine->userSettings.loaded;
    engine->restore.stop();
    engine.reset();
    engine = std::make_unique<Engine>(*this, config);
    clearBackgroundError(AuthCore::Background::Configuration); // the configuration it was about is gone
    clearBackgroundError(std::nullopt);
    engine->store.seed(before);
    engine->store.notify();
    if (wasPersistent)
        Q_EMIT q->persistentChanged();
    if (wasOffline)
        Q_EMIT q->offlineChanged();
    if (wasWaiting)
        Q_EMIT q->keychainWaitingChanged(); // the new engine's keychain has not been asked yet
    if (hadEnvironment)
        Q_EMIT q->environmentChanged();
    if (started)
        engine->restore.start();
}

void Auth::Private::setBackgroundError(AuthCore::Background source, const Error &error)
{
    if (backgroundSource == source && backgroundError == error)
        return;
    backgroundSource = source;
    backgroundError = error;
    Q_EMIT q->backgroundErrorChanged();
}

void Auth::Private::clearBackgroundError(std::optional<AuthCore::Background> source)
{
    if (backgroundError.isNull())
        return;
    if (source ? backgroundSource != *source : backgroundSource == AuthCore::Background::Configuration)
        return;
    backgroundError = Error();
    Q_EMIT q->backgroundErrorChanged();
}

// ---------------------------------------------------------------------------------------------------------------
// Construction and configuration

Auth::Auth(QObject *parent)
    : Auth(AuthConfig(), parent)
{
}

Auth::Auth(const AuthConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, config))
{
    registerAuthConverters();
    d->account = new Account(this);
    d->reverification = new Reverification(this);
    d->organizationManager = new OrganizationManager(this);
    // Start from the event loop so that the creator can connect to every signal, and set the configuration, first.
    QMetaObject::invokeMethod(this, [this] { d->start(); }, Qt::QueuedConnection);
}

Auth::~Auth()
{
    // Pending replies go first, while the engine their abort reaches still exists.
    const auto replies = findChildren<Reply *>(QString(), Qt::FindDirectChildrenOnly);
    QList<QPointer<Reply>> guarded(replies.cbegin(), replies.cend());
    for (const QPointer<Reply> &reply : guarded)
        delete reply.data();
    d->engine->restore.stop();
}

AuthConfig Auth::config() const { return d->config; }
void Auth::setConfig(const AuthConfig &config) { d->setConfig(config); }

namespace {
// One configuration property's setter: a change of the value is a setConfig() with it.
template <typename T>
void setField(Auth *auth, T AuthConfig::*field, const T &value)
{
    AuthConfig c = auth->config();
    if (c.*field == value)
        return;
    c.*field = value;
    auth->setConfig(c);
}
} // namespace

QString Auth::publishableKey() const { return d->config.publishableKey; }
void Auth::setPublishableKey(const QString &key) { setField(this, &AuthConfig::publishableKey, key); }
QUrl Auth::fapiBaseUrl() const { return d->config.fapiBaseUrl; }
void Auth::setFapiBaseUrl(const QUrl &url) { setField(this, &AuthConfig::fapiBaseUrl, url); }
QString Auth::keychainService() const { return d->config.keychainService; }
void Auth::setKeychainService(const QString &service) { setField(this, &AuthConfig::keychainService, service); }
QString Auth::keychainAppId() const { return d->config.keychainAppId; }
void Auth::setKeychainAppId(const QString &appId) { setField(this, &AuthConfig::keychainAppId, appId); }
bool Auth::isKeychainWaiting() const { return d->engine->restore.isKeychainWaiting(); }
bool Auth::persistSession() const { return d->config.persistSession; }
void Auth::setPersistSession(bool persist) { setField(this, &AuthConfig::persistSession, persist); }
bool Auth::tokenPolling() const { return d->config.tokenPolling; }
void Auth::setTokenPolling(bool polling) { setField(this, &AuthConfig::tokenPolling, polling); }
std::chrono::milliseconds Auth::refreshLeadTime() const { return d->config.refreshLeadTime; }
void Auth::setRefreshLeadTime(std::chrono::milliseconds lead) { setField(this, &AuthConfig::refreshLeadTime, lead); }
std::chrono::milliseconds Auth::requestTimeout() const { return d->config.requestTimeout; }
void Auth::setRequestTimeout(std::chrono::milliseconds t) { setField(this, &AuthConfig::requestTimeout, t); }
std::chrono::milliseconds Auth::keychainTimeout() const { return d->config.keychainTimeout; }
void Auth::setKeychainTimeout(std::chrono::milliseconds t) { setField(this, &AuthConfig::keychainTimeout, t); }
int Auth::refreshLeadTimeMs() const { return int(refreshLeadTime().count()); }
void Auth::setRefreshLeadTimeMs(int ms) { setRefreshLeadTime(std::chrono::milliseconds(ms)); }
int Auth::requestTimeoutMs() const { return int(requestTimeout().count()); }
void Auth::setRequestTimeoutMs(int ms) { setRequestTimeout(std::chrono::milliseconds(ms)); }
int Auth::keychainTimeoutMs() const { return int(keychainTimeout().count()); }
void Auth::setKeychainTimeoutMs(int ms) { setKeychainTimeout(std::chrono::milliseconds(ms)); }

// ---------------------------------------------------------------------------------------------------------------
// State

Auth::Status Auth::status() const { return d->engine->store.current().status; }
bool Auth::isSignedIn() const { return d->engine->store.current().signedIn; }
User Auth::user() const { return d->engine->store.current().user; }
Session Auth::session() const { return d->engine->store.current().session; }
QList<Session> Auth::sessions() const { return d->engine->store.current().sessions; }
Organization Auth::organization() const { return d->engine->store.current().organization; }
Membership Auth::membership() const { return d->engine->store.current().membership; }
QList<Organization> Auth::organizations() const { return d->engine->store.current().organizations; }
QList<Membership> Auth::memberships() const { return d->engine->store.current().memberships; }
QString Auth::sessionToken() const { return d->engine->store.sessionToken(); }
SignInAttempt Auth::signInAttempt() const { return d->engine->store.current().signInAttempt; }
SignUpAttempt Auth::signUpAttempt() const { return d->engine->store.current().signUpAttempt; }
TokenClaims Auth::sessionClaims() const { return d->engine->store.sessionClaims(); }
Error Auth::backgroundError() const { return d->backgroundError; }
bool Auth::isPersistent() const { return d->engine->restore.isPersistent(); }
bool Auth::isOffline() const { return d->engine->restore.isOffline(); }

// ---------------------------------------------------------------------------------------------------------------
// Sign-in and sign-up

ReplyOf<Auth::Status> *Auth::signIn(const QString &identifier, const QString &password)
{
    return d->run<Status>([=] { return d->engine->flows.signIn(identifier, password); });
}

ReplyOf<Auth::Status> *Auth::startSignIn(const QString &identifier)
{
    return d->run<Status>([=] { return d->engine->flows.startSignIn(identifier); });
}

ReplyOf<Auth::Status> *Auth::signInWithCode(const QString &identifier, Factor::Strategy strategy)
{
    if (strategy != Factor::Strategy::EmailCode && strategy != Factor::Strategy::PhoneCode) {
        auto *reply = new PendingReplyOf<Status>(this);
        reply->fail(AuthCore::invalidState(QStringLiteral("clerkqt_strategy_not_supported"),
                                           QStringLiteral("signInWithCode() takes EmailCode or PhoneCode.")));
        return reply;
    }
    return startSignIn(identifier)->then(this, [this, strategy] { return prepareFirstFactor(strategy); });
}

ReplyOf<Auth::Status> *Auth::prepareFirstFactor(Factor::Strategy strategy)
{
    return d->run<Status>([=] { return d->engine->flows.prepareFactor(false, strategy); });
}

ReplyOf<Auth::Status> *Auth::prepareSecondFactor(Factor::Strategy strategy)
{
    return d->run<Status>([=] { return d->engine->flows.prepareFactor(true, strategy); });
}

ReplyOf<Auth::Status> *Auth::attemptFirstFactor(Factor::Strategy strategy, const QString &secret)
{
    return d->run<Status>([=] { return d->engine->flows.attemptFactor(false, strategy, secret); });
}

ReplyOf<Auth::Status> *Auth::attemptSecondFactor(Factor::Strategy strategy, const QString &code)
{
    return d->run<Status>([=] { return d->engine->flows.attemptFactor(true, strategy, code); });
}

ReplyOf<Auth::Status> *Auth::startPasswordReset(const QString &identifier)
{
    return startSignIn(identifier)->then(this, [this]() -> ReplyOf<Status> * {
        for (const Factor &factor : signInAttempt().supportedFirstFactors) {
            if (factor.strategy == Factor::Strategy::ResetPasswordEmailCode
                || factor.strategy == Factor::Strategy::ResetPasswordPhoneCode)
                return prepareFirstFactor(factor.strategy);
        }
        auto *reply = new PendingReplyOf<Status>(this);
        reply->fail(AuthCore::invalidState(QStringLiteral("clerkqt_strategy_not_supported"),
                                           QStringLiteral("This sign-in offers no password reset.")));
        return reply;
    });
}

ReplyOf<Auth::Status> *Auth::resetPassword(const QString &newPassword, bool signOutOfOtherSessions)
{
    return d->run<Status>([=] { return d->engine->flows.resetPassword(newPassword, signOutOfOtherSessions); });
}

ReplyOf<Auth::Status> *Auth::signUp(const SignUpParams &params)
{
    return d->run<Status>([=] { return d->engine->flows.signUp(params); });
}

ReplyOf<Auth::Status> *Auth::prepareSignUpVerification(Factor::Strategy strategy)
{
    return d->run<Status>([=] { return d->engine->flows.prepareSignUpVerification(strategy); });
}

ReplyOf<Auth::Status> *Auth::attemptSignUpVerification(Factor::Strategy strategy, const QString &code)
{
    return d->run<Status>([=] { return d->engine->flows.attemptSignUpVerification(strategy, code); });
}

ReplyOf<Auth::Status> *Auth::updateSignUp(const SignUpParams &params)
{
    return d->run<Status>([=] { return d->engine->flows.updateSignUp(params); });
}

ReplyOf<Auth::Status> *Auth::signUpWithOAuth(const QString &strategy)
{
    return signUpWithOAuth(strategy, OAuthOptions());
}

ReplyOf<Auth::Status> *Auth::signUpWithOAuth(const QString &strategy, const QUrl &redirectUrl)
{
    OAuthOptions options;
    options.redirectUrl = redirectUrl;
    return signUpWithOAuth(strategy, options);
}

ReplyOf<Auth::Status> *Auth::signUpWithOAuth(const QString &strategy, const OAuthOptions &options)
{
    return d->run<Status>([=] { return d->engine->oauth.startSignUp(strategy, options); });
}

// ---------------------------------------------------------------------------------------------------------------
// OAuth and the environment

ReplyOf<Auth::Status> *Auth::signInWithOAuth(const QString &strategy)
{
    return signInWithOAuth(strategy, OAuthOptions());
}

ReplyOf<Auth::Status> *Auth::signInWithOAuth(const QString &strategy, const QUrl &redirectUrl)
{
    OAuthOptions options;
    options.redirectUrl = redirectUrl;
    return signInWithOAuth(strategy, options);
}

ReplyOf<Auth::Status> *Auth::signInWithOAuth(const QString &strategy, const OAuthOptions &options)
{
    return d->run<Status>([=] { return d->engine->oauth.start(strategy, options); });
}

bool Auth::handleOAuthRedirect(const QUrl &url) { return d->engine->oauth.handleRedirect(url); }
void Auth::cancelOAuth() { d->engine->oauth.cancel(); }

ReplyOf<QList<OAuthProvider>> *Auth::loadEnvironment()
{
    return d->typed<QList<OAuthProvider>>(d->engine->oauth.loadEnvironment());
}

QList<OAuthProvider> Auth::oauthProviders() const { return d->engine->oauth.providers(); }

UserSettings Auth::userSettings() const { return d->engine->userSettings; }

// ---------------------------------------------------------------------------------------------------------------
// Sessions and tokens

ReplyOf<void> *Auth::signOut()
{
    return d->run<void>([=] { return d->engine->ops.signOut(); });
}

ReplyOf<void> *Auth::signOut(const QString &sessionId)
{
    return d->run<void>([=] { return d->engine->ops.signOut(sessionId); });
}

ReplyOf<Session> *Auth::setActive(const QString &sessionId, const QString &organizationId)
{
    return d->run<Session>([=] { return d->engine->ops.setActive(sessionId, organizationId); });
}

ReplyOf<Session> *Auth::setActiveOrganization(const QString &organizationId)
{
    // The session is read once the restore has settled.
    return d->run<Session>([=] {
        return d->engine->ops.setActive(d->engine->store.current().session.id, organizationId);
    });
}

ReplyOf<Session> *Auth::touchSession(const QString &sessionId)
{
    return d->run<Session>([=] { return d->engine->ops.touchSession(sessionId); });
}

ReplyOf<Session> *Auth::endSession(const QString &sessionId)
{
    return d->run<Session>([=] { return d->engine->ops.endSession(sessionId); });
}

ReplyOf<Session> *Auth::removeSession(const QString &sessionId)
{
    return d->run<Session>([=] { return d->engine->ops.removeSession(sessionId); });
}

ReplyOf<void> *Auth::reload() { return d->typed<void>(d->engine->restore.reload()); }

ReplyOf<QString> *Auth::getToken()
{
    return getToken(GetTokenOptions());
}

ReplyOf<QString> *Auth::getToken(const GetTokenOptions &options)
{
    return d->run<QString>([=] {
        return d->engine->restore.whenOnline([=] { return d->engine->ops.getToken(options); });
    });
}

QString Auth::cachedToken(const GetTokenOptions &options) const
{
    return d->engine->tokens->cachedToken(options);
}

bool Auth::authorize(QNetworkRequest &request) const
{
    const QString token = sessionToken(); // checked against the clock: never a token that ran out unnoticed
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
    d->engine->store.activeMembershipOrClaims(&role, &permissions);
    if (role.isEmpty())
        return false; // no active organization
    if (!check.permission.isEmpty())
        return permissions.contains(check.permission);
    if (!check.role.isEmpty())
        return role == check.role;
    return false;
}

bool Auth::hasRole(const QString &role) const { return checkAuthorization(AuthorizationCheck{role, {}}); }

bool Auth::hasPermission(const QString &permission) const
{
    return checkAuthorization(AuthorizationCheck{{}, permission});
}

// ---------------------------------------------------------------------------------------------------------------
// The signed-in user

ReplyOf<User> *Auth::reloadUser()
{
    return d->run<User>([=] { return d->engine->ops.reloadUser(); });
}

ReplyOf<User> *Auth::updateUser(const UserUpdate &update)
{
    return d->run<User>([=] { return d->engine->ops.updateUser(update); });
}

} // namespace Clerk
