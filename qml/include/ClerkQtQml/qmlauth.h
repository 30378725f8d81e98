// ClerkQml::QmlAuth — the QML type `Auth` of `import Clerk`: Clerk::Auth configured through properties.
#pragma once

#include <ClerkQtQml/clerkqt_qml_export.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/tokenclaims.h>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QUrl>
#include <QVariantList>

namespace ClerkQml {

/// `Auth { publishableKey: "pk_test_…" }` in QML. When the component completes (QQmlParserStatus) with a
/// publishable key, a Clerk::Auth is created from the configuration properties and every property and signal of
/// it is forwarded. Without a key it waits (status Loading, `ready` false) until one is assigned. A
/// configuration property changed later takes effect at once: a new Clerk::Auth replaces the current one and
/// starts again from Loading — restoring the stored session when persistSession is on; a session kept in memory
/// only, and operations still in flight, end with the old one.
///
/// From C++, `QmlAuth(Clerk::Auth *)` wraps an Auth the application already owns instead; its configuration
/// properties are then read-only.
class CLERKQT_QML_EXPORT QmlAuth : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_NAMED_ELEMENT(Auth)

    // ---- configuration (each change replaces the underlying Clerk::Auth) ----
    Q_PROPERTY(QString publishableKey READ publishableKey WRITE setPublishableKey NOTIFY configChanged)
    Q_PROPERTY(QUrl fapiBaseUrl READ fapiBaseUrl WRITE setFapiBaseUrl NOTIFY configChanged)
    Q_PROPERTY(QString keychainService READ keychainService WRITE setKeychainService NOTIFY configChanged)
    Q_PROPERTY(bool persistSession READ persistSession WRITE setPersistSession NOTIFY configChanged)
    Q_PROPERTY(bool tokenPolling READ tokenPolling WRITE setTokenPolling NOTIFY configChanged)
    Q_PROPERTY(int refreshLeadTime READ refreshLeadTime WRITE setRefreshLeadTime NOTIFY configChanged)
    Q_PROPERTY(int requestTimeout READ requestTimeout WRITE setRequestTimeout NOTIFY configChanged)
    Q_PROPERTY(int keychainTimeout READ keychainTimeout WRITE setKeychainTimeout NOTIFY configChanged)
    /// true while an underlying Clerk::Auth exists: after completion, with a publishable key.
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)

    // ---- forwarded state of Clerk::Auth ----
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool isSignedIn READ isSignedIn NOTIFY isSignedInChanged)
    Q_PROPERTY(bool isLoading READ isLoading NOTIFY statusChanged)
    Q_PROPERTY(Clerk::User user READ user NOTIFY userChanged)
    Q_PROPERTY(Clerk::Session session READ session NOTIFY sessionChanged)
    /// Clerk::Session values (a QVariantList so that QML can index, iterate and use it as a model).
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY sessionsChanged)
    Q_PROPERTY(Clerk::Organization organization READ organization NOTIFY organizationChanged)
    Q_PROPERTY(Clerk::Membership membership READ membership NOTIFY organizationChanged)
    /// Clerk::Organization values.
    Q_PROPERTY(QVariantList organizations READ organizations NOTIFY organizationsChanged)
    /// Clerk::Membership values.
    Q_PROPERTY(QVariantList memberships READ memberships NOTIFY organizationsChanged)
    Q_PROPERTY(QString sessionToken READ sessionToken NOTIFY sessionTokenChanged)
    Q_PROPERTY(Clerk::TokenClaims sessionClaims READ sessionClaims NOTIFY sessionTokenChanged)
    Q_PROPERTY(Clerk::SignInAttempt signInAttempt READ signInAttempt NOTIFY signInAttemptChanged)
    Q_PROPERTY(Clerk::SignUpAttempt signUpAttempt READ signUpAttempt NOTIFY signUpAttemptChanged)
    Q_PROPERTY(Clerk::Error lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool persistent READ isPersistent NOTIFY persistentChanged)
    Q_PROPERTY(QVariantList oauthProviders READ oauthProviders NOTIFY environmentChanged)

public:
    /// Clerk::Auth::Status, repeated here so that QML can write `Auth.SignedIn`.
    enum Status {
        Loading = int(Clerk::Auth::Status::Loading),
        SignedOut = int(Clerk::Auth::Status::SignedOut),
        SigningIn = int(Clerk::Auth::Status::SigningIn),
        NeedsSecondFactor = int(Clerk::Auth::Status::NeedsSecondFactor),
        SigningUp = int(Clerk::Auth::Status::SigningUp),
        SignedIn = int(Clerk::Auth::Status::SignedIn),
    };
    Q_ENUM(Status)

    /// Clerk::Auth::Strategy, repeated for QML (`Auth.Password`, `Auth.Totp` …).
    enum Strategy {
        Password = int(Clerk::Auth::Strategy::Password),
        EmailCode = int(Clerk::Auth::Strategy::EmailCode),
        PhoneCode = int(Clerk::Auth::Strategy::PhoneCode),
        Totp = int(Clerk::Auth::Strategy::Totp),
        BackupCode = int(Clerk::Auth::Strategy::BackupCode),
    };
    Q_ENUM(Strategy)

    explicit QmlAuth(QObject *parent = nullptr);
    /// Wraps an Auth the application owns (it must outlive this object). The configuration properties are
    /// then read-only copies of its config.
    explicit QmlAuth(Clerk::Auth *auth, QObject *parent = nullptr);
    ~QmlAuth() override;

    /// The underlying Auth; nullptr while there is none (before completion, or without a publishable key).
    /// A configuration change replaces it (readyChanged() says so).
    Clerk::Auth *auth() const { return m_auth; }

    QString publishableKey() const { return m_config.publishableKey; }
    void setPublishableKey(const QString &key);
    QUrl fapiBaseUrl() const { return m_config.fapiBaseUrl; }
    void setFapiBaseUrl(const QUrl &url);
    QString keychainService() const { return m_config.keychainService; }
    void setKeychainService(const QString &service);
    bool persistSession() const { return m_config.persistSession; }
    void setPersistSession(bool persist);
    bool tokenPolling() const { return m_config.tokenPolling; }
    void setTokenPolling(bool polling);
    int refreshLeadTime() const { return int(m_config.refreshLeadTime.count()); }
    void setRefreshLeadTime(int seconds);
    int requestTimeout() const { return int(m_config.requestTimeout.count()); }
    void setRequestTimeout(int ms);
    int keychainTimeout() const { return int(m_config.keychainTimeout.count()); }
    void setKeychainTimeout(int ms);
    bool isReady() const { return m_auth != nullptr; }

    Status status() const;
    bool isSignedIn() const;
    bool isLoading() const { return status() == Loading; }
    Clerk::User user() const;
    Clerk::Session session() const;
    QVariantList sessions() const;
    Clerk::Organization organization() const;
    Clerk::Membership membership() const;
    QVariantList organizations() const;
    QVariantList memberships() const;
    QString sessionToken() const;
    Clerk::TokenClaims sessionClaims() const;
    Clerk::SignInAttempt signInAttempt() const;
    Clerk::SignUpAttempt signUpAttempt() const;
    Clerk::Error lastError() const;
    bool isPersistent() const;

    void classBegin() override;
    void componentComplete() override;

    Q_INVOKABLE void clearError();

    Q_INVOKABLE Clerk::Reply *signIn(const QString &identifier, const QString &password);
    Q_INVOKABLE Clerk::Reply *signInWithCode(const QString &identifier, ClerkQml::QmlAuth::Strategy strategy);
    Q_INVOKABLE Clerk::Reply *signInWithOAuth(const QString &strategy);
    Q_INVOKABLE void cancelOAuth();
    Q_INVOKABLE Clerk::Reply *loadEnvironment();
    QVariantList oauthProviders() const;
    Q_INVOKABLE Clerk::Reply *startSignIn(const QString &identifier);
    Q_INVOKABLE Clerk::Reply *prepareFirstFactor(ClerkQml::QmlAuth::Strategy strategy);
    Q_INVOKABLE Clerk::Reply *attemptFirstFactor(ClerkQml::QmlAuth::Strategy strategy, const QString &secret);
    Q_INVOKABLE Clerk::Reply *prepareSecondFactor(ClerkQml::QmlAuth::Strategy strategy);
    Q_INVOKABLE Clerk::Reply *attemptSecondFactor(ClerkQml::QmlAuth::Strategy strategy, const QString &code);

    Q_INVOKABLE Clerk::Reply *signUp(const QVariantMap &params);
    Q_INVOKABLE Clerk::Reply *prepareSignUpVerification(ClerkQml::QmlAuth::Strategy strategy);
    Q_INVOKABLE Clerk::Reply *attemptSignUpVerification(ClerkQml::QmlAuth::Strategy strategy, const QString &code);

    Q_INVOKABLE Clerk::Reply *signOut();
    Q_INVOKABLE Clerk::Reply *signOut(const QString &sessionId);
    Q_INVOKABLE Clerk::Reply *setActive(const QString &sessionId, const QString &organizationId = QString());
    Q_INVOKABLE Clerk::Reply *setActiveOrganization(const QString &organizationId);
    Q_INVOKABLE Clerk::Reply *touch(const QString &sessionId = QString());
    Q_INVOKABLE Clerk::Reply *end(const QString &sessionId = QString());
    Q_INVOKABLE Clerk::Reply *remove(const QString &sessionId = QString());
    Q_INVOKABLE Clerk::Reply *reload();

    Q_INVOKABLE Clerk::Reply *getToken();
    /// Keys template, organizationId, skipCache, leeway (seconds).
    Q_INVOKABLE Clerk::Reply *getToken(const QVariantMap &options);

    Q_INVOKABLE bool checkAuthorization(const QVariantMap &check) const;
    Q_INVOKABLE bool hasRole(const QString &role) const;
    Q_INVOKABLE bool hasPermission(const QString &permission) const;

    Q_INVOKABLE Clerk::Reply *reloadUser();
    Q_INVOKABLE Clerk::Reply *updateUser(const QVariantMap &fields);

    /// Field errors for a form: the name of the form field an error belongs to ("identifier", "password",
    /// "code", "emailAddress", "firstName" …), from Clerk's error code or `meta.param_name`; empty when
    /// the error is not about one field.
    Q_INVOKABLE static QString fieldForError(const Clerk::Error &error);

Q_SIGNALS:
    void configChanged();
    void readyChanged();
    void statusChanged();
    void isSignedInChanged();
    void userChanged();
    void sessionChanged();
    void sessionsChanged();
    void organizationChanged();
    void organizationsChanged();
    void sessionTokenChanged(const QString &token);
    void signInAttemptChanged();
    void signUpAttemptChanged();
    void lastErrorChanged();
    void persistentChanged();
    void signedOutByServer();
    void environmentChanged();
    /// Every failure: a failed operation started through this object, and every new lastError.
    void errorOccurred(const Clerk::Error &error);

private:
    void attach(Clerk::Auth *auth);
    void announce();
    void configure();
    void rebuild();
    bool configurable(const char *property) const;
    Clerk::Reply *track(Clerk::Reply *reply);
    Clerk::Reply *notReady();

    Clerk::AuthConfig m_config;
    QPointer<Clerk::Auth> m_auth;
    bool m_completed = false;
    bool m_wrapped = false; ///< the Auth belongs to the application: its configuration is not ours to change
    Clerk::Error m_reported; ///< the last error errorOccurred() carried (each error is reported once)
};

} // namespace ClerkQml
