#include <ClerkQtQml/qmlauth.h>

#include <QQmlInfo>

#include <chrono>

namespace ClerkQml {

namespace {

template <typename T>
QVariantList toVariantList(const QList<T> &list)
{
    QVariantList out;
    out.reserve(list.size());
    for (const T &item : list)
        out.append(QVariant::fromValue(item));
    return out;
}

Clerk::Auth::Strategy toSdk(QmlAuth::Strategy strategy) { return static_cast<Clerk::Auth::Strategy>(strategy); }

} // namespace

QmlAuth::QmlAuth(QObject *parent)
    : QObject(parent)
{
}

QmlAuth::QmlAuth(Clerk::Auth *auth, QObject *parent)
    : QObject(parent)
    , m_wrapped(true)
{
    m_completed = true;
    if (auth) {
        m_config = auth->config();
        attach(auth);
    }
}

QmlAuth::~QmlAuth() = default;

bool QmlAuth::configurable(const char *property) const
{
    if (!m_wrapped)
        return true;
    qmlWarning(this) << "Auth." << property
                     << " belongs to the Clerk::Auth this object wraps; set it in that Auth's AuthConfig";
    return false;
}

#define CLERKQML_SETTER(Setter, Type, field, name)                                                                 \
    void QmlAuth::Setter(Type value)                                                                               \
    {                                                                                                              \
        if (m_config.field == value || !configurable(name))                                                        \
            return;                                                                                                \
        m_config.field = value;                                                                                    \
        configure();                                                                                               \
    }

CLERKQML_SETTER(setPublishableKey, const QString &, publishableKey, "publishableKey")
CLERKQML_SETTER(setFapiBaseUrl, const QUrl &, fapiBaseUrl, "fapiBaseUrl")
CLERKQML_SETTER(setKeychainService, const QString &, keychainService, "keychainService")
CLERKQML_SETTER(setPersistSession, bool, persistSession, "persistSession")
CLERKQML_SETTER(setTokenPolling, bool, tokenPolling, "tokenPolling")
#undef CLERKQML_SETTER

void QmlAuth::setRefreshLeadTime(int seconds)
{
    if (refreshLeadTime() == seconds || !configurable("refreshLeadTime"))
        return;
    m_config.refreshLeadTime = std::chrono::seconds(seconds);
    configure();
}

void QmlAuth::setRequestTimeout(int ms)
{
    if (requestTimeout() == ms || !configurable("requestTimeout"))
        return;
    m_config.requestTimeout = std::chrono::milliseconds(ms);
    configure();
}

void QmlAuth::setKeychainTimeout(int ms)
{
    if (keychainTimeout() == ms || !configurable("keychainTimeout"))
        return;
    m_config.keychainTimeout = std::chrono::milliseconds(ms);
    configure();
}

void QmlAuth::configure()
{
    Q_EMIT configChanged();
    // While the component is still being created, componentComplete() starts with every property in place.
    if (m_completed)
        rebuild();
}

void QmlAuth::classBegin() {}

void QmlAuth::componentComplete()
{
    m_completed = true;
    if (!m_auth)
        rebuild();
}

void QmlAuth::rebuild()
{
    // Clerk::Auth takes its configuration once, so a new one replaces it. The old one goes on the next event loop
    // turn: the change may come from a handler of one of its own signals.
    if (Clerk::Auth *old = m_auth) {
        disconnect(old, nullptr, this, nullptr);
        m_auth = nullptr;
        old->deleteLater();
    }
    m_reported = Clerk::Error();
    // No key yet is a configuration still to come (settings, a login server), not an error: wait for it.
    if (m_config.publishableKey.isEmpty()) {
        announce();
        return;
    }
    attach(new Clerk::Auth(m_config, this));
}

void QmlAuth::attach(Clerk::Auth *auth)
{
    m_auth = auth;
    connect(auth, &Clerk::Auth::statusChanged, this, &QmlAuth::statusChanged);
    connect(auth, &Clerk::Auth::isSignedInChanged, this, &QmlAuth::isSignedInChanged);
    connect(auth, &Clerk::Auth::userChanged, this, &QmlAuth::userChanged);
    connect(auth, &Clerk::Auth::sessionChanged, this, &QmlAuth::sessionChanged);
    connect(auth, &Clerk::Auth::sessionsChanged, this, &QmlAuth::sessionsChanged);
    connect(auth, &Clerk::Auth::organizationChanged, this, &QmlAuth::organizationChanged);
    connect(auth, &Clerk::Auth::organizationsChanged, this, &QmlAuth::organizationsChanged);
    // The lambda takes no argument so that it fits the SDK signal with or without its token argument.
    connect(auth, &Clerk::Auth::sessionTokenChanged, this, [this] { Q_EMIT sessionTokenChanged(sessionToken()); });
    connect(auth, &Clerk::Auth::signInAttemptChanged, this, &QmlAuth::signInAttemptChanged);
    connect(auth, &Clerk::Auth::signUpAttemptChanged, this, &QmlAuth::signUpAttemptChanged);
    connect(auth, &Clerk::Auth::persistentChanged, this, &QmlAuth::persistentChanged);
    connect(auth, &Clerk::Auth::signedOutByServer, this, &QmlAuth::signedOutByServer);
    connect(auth, &Clerk::Auth::environmentChanged, this, &QmlAuth::environmentChanged);
    connect(auth, &Clerk::Auth::lastErrorChanged, this, [this] {
        Q_EMIT lastErrorChanged();
        const Clerk::Error error = lastError();
        if (!error.isNull()) {
            m_reported = error;
            Q_EMIT errorOccurred(error);
        }
    });
    announce();
}

void QmlAuth::announce()
{
    Q_EMIT readyChanged();
    // Everything may differ from what the bindings saw before: defaults, or the state of a replaced Auth.
    Q_EMIT statusChanged();
    Q_EMIT isSignedInChanged();
    Q_EMIT userChanged();
    Q_EMIT sessionChanged();
    Q_EMIT sessionsChanged();
    Q_EMIT organizationChanged();
    Q_EMIT organizationsChanged();
    Q_EMIT sessionTokenChanged(sessionToken());
    Q_EMIT signInAttemptChanged();
    Q_EMIT signUpAttemptChanged();
    Q_EMIT lastErrorChanged();
    Q_EMIT persistentChanged();
    Q_EMIT environmentChanged();
    if (!lastError().isNull()) {
        m_reported = lastError();
        Q_EMIT errorOccurred(lastError());
    }
}

QmlAuth::Status QmlAuth::status() const
{
    return m_auth ? static_cast<Status>(m_auth->status()) : Loading;
}

bool QmlAuth::isSignedIn() const { return m_auth && m_auth->isSignedIn(); }
Clerk::User QmlAuth::user() const { return m_auth ? m_auth->user() : Clerk::User(); }
Clerk::Session QmlAuth::session() const { return m_auth ? m_auth->session() : Clerk::Session(); }
QVariantList QmlAuth::sessions() const { return m_auth ? toVariantList(m_auth->sessions()) : QVariantList(); }
Clerk::Organization QmlAuth::organization() const
{
    return m_auth ? m_auth->organization() : Clerk::Organization();
}
Clerk::Membership QmlAuth::membership() const { return m_auth ? m_auth->membership() : Clerk::Membership(); }
QVariantList QmlAuth::organizations() const
{
    return m_auth ? toVariantList(m_auth->organizations()) : QVariantList();
}
QVariantList QmlAuth::memberships() const { return m_auth ? toVariantList(m_auth->memberships()) : QVariantList(); }
QString QmlAuth::sessionToken() const { return m_auth ? m_auth->sessionToken() : QString(); }
Clerk::TokenClaims QmlAuth::sessionClaims() const { return m_auth ? m_auth->sessionClaims() : Clerk::TokenClaims(); }
Clerk::SignInAttempt QmlAuth::signInAttempt() const
{
    return m_auth ? m_auth->signInAttempt() : Clerk::SignInAttempt();
}
Clerk::SignUpAttempt QmlAuth::signUpAttempt() const
{
    return m_auth ? m_auth->signUpAttempt() : Clerk::SignUpAttempt();
}
Clerk::Error QmlAuth::lastError() const { return m_auth ? m_auth->lastError() : Clerk::Error(); }
bool QmlAuth::isPersistent() const { return m_auth && m_auth->isPersistent(); }

void QmlAuth::clearError()
{
    m_reported = Clerk::Error();
    if (m_auth)
        m_auth->clearError();
}

Clerk::Reply *QmlAuth::track(Clerk::Reply *reply)
{
    if (!reply)
        return nullptr;
    // The Reply belongs to the Auth and deletes itself after finished(); QML must not collect it earlier.
    QQmlEngine::setObjectOwnership(reply, QQmlEngine::CppOwnership);
    connect(reply, &Clerk::Reply::errorOccurred, this, [this](const Clerk::Error &error) {
        if (!m_reported.isNull() && error == m_reported) {
            m_reported = Clerk::Error(); // already reported through lastErrorChanged
            return;
        }
        Q_EMIT errorOccurred(error);
    });
    return reply;
}

namespace {
/// What an operation called before the Clerk::Auth exists returns: a Reply that fails (queued, like every Reply),
/// so QML code written as `auth.signIn(…).errorOccurred.connect(…)` gets a typed error instead of a TypeError.
class NotReadyReply : public Clerk::Reply
{
public:
    explicit NotReadyReply(QObject *parent) : Clerk::Reply(parent)
    {
        finishWithError(Clerk::Error(Clerk::Error::Kind::InvalidState, QStringLiteral("clerkqt_not_ready"),
                                     QStringLiteral("Auth is not ready yet."),
                                     QStringLiteral("Operations can be called once the Auth component has completed "
                                                    "and has a publishable key.")));
    }
};
} // namespace

Clerk::Reply *QmlAuth::notReady()
{
    qmlWarning(this) << "Auth is not ready: operations can be called once the component has completed with a "
                        "publishableKey";
    return track(new NotReadyReply(this));
}

#define CLERKQML_FORWARD(call) return m_auth ? track(m_auth->call) : notReady()

Clerk::Reply *QmlAuth::signIn(const QString &identifier, const QString &password)
{
    CLERKQML_FORWARD(signIn(identifier, password));
}
Clerk::Reply *QmlAuth::signInWithCode(const QString &identifier, Strategy strategy)
{
    CLERKQML_FORWARD(signInWithCode(identifier, toSdk(strategy)));
}
Clerk::Reply *QmlAuth::signInWithOAuth(const QString &strategy) { CLERKQML_FORWARD(signInWithOAuth(strategy)); }
void QmlAuth::cancelOAuth()
{
    if (m_auth)
        m_auth->cancelOAuth();
}
Clerk::Reply *QmlAuth::loadEnvironment() { CLERKQML_FORWARD(loadEnvironment()); }
QVariantList QmlAuth::oauthProviders() const { return m_auth ? m_auth->oauthProviders() : QVariantList(); }
Clerk::Reply *QmlAuth::startSignIn(const QString &identifier) { CLERKQML_FORWARD(startSignIn(identifier)); }
Clerk::Reply *QmlAuth::prepareFirstFactor(Strategy strategy) { CLERKQML_FORWARD(prepareFirstFactor(toSdk(strategy))); }
Clerk::Reply *QmlAuth::attemptFirstFactor(Strategy strategy, const QString &secret)
{
    CLERKQML_FORWARD(attemptFirstFactor(toSdk(strategy), secret));
}
Clerk::Reply *QmlAuth::prepareSecondFactor(Strategy strategy)
{
    CLERKQML_FORWARD(prepareSecondFactor(toSdk(strategy)));
}
Clerk::Reply *QmlAuth::attemptSecondFactor(Strategy strategy, const QString &code)
{
    CLERKQML_FORWARD(attemptSecondFactor(toSdk(strategy), code));
}
Clerk::Reply *QmlAuth::signUp(const QVariantMap &params) { CLERKQML_FORWARD(signUp(params)); }
Clerk::Reply *QmlAuth::prepareSignUpVerification(Strategy strategy)
{
    CLERKQML_FORWARD(prepareSignUpVerification(toSdk(strategy)));
}
Clerk::Reply *QmlAuth::attemptSignUpVerification(Strategy strategy, const QString &code)
{
    CLERKQML_FORWARD(attemptSignUpVerification(toSdk(strategy), code));
}
Clerk::Reply *QmlAuth::signOut() { CLERKQML_FORWARD(signOut()); }
Clerk::Reply *QmlAuth::signOut(const QString &sessionId) { CLERKQML_FORWARD(signOut(sessionId)); }
Clerk::Reply *QmlAuth::setActive(const QString &sessionId, const QString &organizationId)
{
    CLERKQML_FORWARD(setActive(sessionId, organizationId));
}
Clerk::Reply *QmlAuth::setActiveOrganization(const QString &organizationId)
{
    CLERKQML_FORWARD(setActiveOrganization(organizationId));
}
Clerk::Reply *QmlAuth::touch(const QString &sessionId) { CLERKQML_FORWARD(touch(sessionId)); }
Clerk::Reply *QmlAuth::end(const QString &sessionId) { CLERKQML_FORWARD(end(sessionId)); }
Clerk::Reply *QmlAuth::remove(const QString &sessionId) { CLERKQML_FORWARD(remove(sessionId)); }
Clerk::Reply *QmlAuth::reload() { CLERKQML_FORWARD(reload()); }
Clerk::Reply *QmlAuth::getToken() { CLERKQML_FORWARD(getToken()); }
Clerk::Reply *QmlAuth::getToken(const QVariantMap &options) { CLERKQML_FORWARD(getToken(options)); }
Clerk::Reply *QmlAuth::reloadUser() { CLERKQML_FORWARD(reloadUser()); }
Clerk::Reply *QmlAuth::updateUser(const QVariantMap &fields) { CLERKQML_FORWARD(updateUser(fields)); }

#undef CLERKQML_FORWARD

bool QmlAuth::checkAuthorization(const QVariantMap &check) const
{
    return m_auth && m_auth->checkAuthorization(check);
}
bool QmlAuth::hasRole(const QString &role) const { return m_auth && m_auth->hasRole(role); }
bool QmlAuth::hasPermission(const QString &permission) const { return m_auth && m_auth->hasPermission(permission); }

QString QmlAuth::fieldForError(const Clerk::Error &error)
{
    const QString code = error.code();
    if (code == QLatin1String("form_identifier_not_found") || code == QLatin1String("identifier_already_signed_in")
        || code == QLatin1String("strategy_for_user_invalid"))
        return QStringLiteral("identifier");
    if (code == QLatin1String("form_password_incorrect") || code.startsWith(QLatin1String("form_password_")))
        return QStringLiteral("password");
    if (code == QLatin1String("form_code_incorrect") || code == QLatin1String("verification_expired")
        || code == QLatin1String("verification_failed"))
        return QStringLiteral("code");
    if (code == QLatin1String("form_identifier_exists"))
        return QStringLiteral("emailAddress");
    // Clerk names the parameter in snake_case; the forms use camelCase.
    const QString param = error.meta().value(QStringLiteral("param_name")).toString();
    if (param.isEmpty())
        return QString();
    QString field;
    bool upper = false;
    for (const QChar c : param) {
        if (c == QLatin1Char('_')) {
            upper = true;
            continue;
        }
        field.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return field;
}

} // namespace ClerkQml
