#include <ClerkQtQml/authprovider.h>
#include <ClerkQtQml/language.h>

namespace ClerkQml {

AuthProvider::AuthProvider(QQmlEngine *engine)
    : QObject(engine)
{
    setObjectName(QStringLiteral("ClerkQml::AuthProvider"));
}

AuthProvider *AuthProvider::instance(QQmlEngine *engine)
{
    if (!engine)
        return nullptr;
    auto *provider = engine->findChild<AuthProvider *>(QStringLiteral("ClerkQml::AuthProvider"),
                                                       Qt::FindDirectChildrenOnly);
    if (!provider) {
        provider = new AuthProvider(engine);
        QQmlEngine::setObjectOwnership(provider, QQmlEngine::CppOwnership);
    }
    return provider;
}

AuthProvider *AuthProvider::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    // Every component asks for the provider, so this is where the components' translation gets installed even
    // when the application never mentions ClerkLanguage.
    Language::instance(qmlEngine);
    return instance(qmlEngine);
}

void AuthProvider::setAuth(Clerk::Auth *auth)
{
    if (m_auth == auth)
        return;
    if (m_auth)
        disconnect(m_auth, &QObject::destroyed, this, nullptr);
    m_auth = auth;
    if (auth)
        connect(auth, &QObject::destroyed, this, [this] { Q_EMIT authChanged(); });
    Q_EMIT authChanged();
}

} // namespace ClerkQml
