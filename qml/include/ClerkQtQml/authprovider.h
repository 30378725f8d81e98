// ClerkQml::AuthProvider — the application-wide Auth of one QML engine (`AuthProvider.auth`).
#pragma once

#include <ClerkQtQml/clerkqt_qml_export.h>
#include <ClerkQt/auth.h>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace ClerkQml {

/// The singleton `AuthProvider` of `import Clerk`: holds the Auth the ready-made components use when they are
/// given none. Set it from QML (`AuthProvider.auth = myAuth`) or from C++ before loading QML:
/// `ClerkQml::AuthProvider::instance(&engine)->setAuth(&clerkAuth)` — the QML type `Auth` *is* Clerk::Auth, so an
/// Auth the application creates in C++ is handed over as it is. The provider does not own it; when it is
/// destroyed, `auth` becomes null.
///
/// One per engine, created on first use; it has no public constructor so that QML always gets the instance
/// create() returns.
class CLERKQT_QML_EXPORT AuthProvider : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Clerk::Auth *auth READ auth WRITE setAuth NOTIFY authChanged)

public:
    /// The engine's provider (created on first use, owned by the engine).
    static AuthProvider *instance(QQmlEngine *engine);
    static AuthProvider *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    Clerk::Auth *auth() const { return m_auth; }
    void setAuth(Clerk::Auth *auth);

Q_SIGNALS:
    void authChanged();

private:
    explicit AuthProvider(QQmlEngine *engine);
    QPointer<Clerk::Auth> m_auth;
};

} // namespace ClerkQml
