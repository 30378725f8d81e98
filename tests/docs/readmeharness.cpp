// The harness of tst_readme_snippets (see readmeharness.h).
#include "readmeharness.h"

#include "testhelpers.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace ReadmeHarness {

QNetworkReply *waitFinished(QNetworkReply *reply)
{
    if (reply && !reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(kTimeout);
    }
    return reply;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/// `object`'s QML or C++ type is `name` (a QML document type's class is "<name>_QMLTYPE_<n>").
bool isOfType(const QObject *object, const QString &name)
{
    for (const QMetaObject *mo = object->metaObject(); mo; mo = mo->superClass()) {
        const QString cls = QString::fromLatin1(mo->className());
        if (cls == name || cls.startsWith(name + QLatin1String("_QMLTYPE_"))
            || cls.startsWith(name + QLatin1String("_QML_")))
            return true;
    }
    return false;
}

/// Every object under `root`: QObject children, and the items of windows and items.
QList<QObject *> allObjects(QObject *root)
{
    QList<QObject *> out;
    QSet<QObject *> seen;
    QList<QObject *> todo{root};
    while (!todo.isEmpty()) {
        QObject *o = todo.takeFirst();
        if (!o || seen.contains(o))
            continue;
        seen.insert(o);
        out << o;
        todo << o->children();
        if (auto *window = qobject_cast<QQuickWindow *>(o))
            todo << window->contentItem();
        if (auto *item = qobject_cast<QQuickItem *>(o)) {
            for (QQuickItem *child : item->childItems())
                todo << child;
        }
    }
    return out;
}

QList<QObject *> objectsOfType(QObject *root, const QString &name)
{
    QList<QObject *> out;
    for (QObject *o : allObjects(root)) {
        if (isOfType(o, name))
            out << o;
    }
    return out;
}

LoadedQml loadQml(const QString &path, const QString &publishableKey)
{
    LoadedQml loaded;
    MessageLog log;
    loaded.engine = std::make_unique<QQmlEngine>();
    QStringList engineWarnings;
    const QMetaObject::Connection warnings = QObject::connect(
        loaded.engine.get(), &QQmlEngine::warnings, loaded.engine.get(), [&engineWarnings](const QList<QQmlError> &ws) {
            for (const QQmlError &w : ws)
                engineWarnings << w.toString();
        });
    const auto finish = qScopeGuard([&] { QObject::disconnect(warnings); });
    loaded.engine->rootContext()->setContextProperty(QStringLiteral("clerkPublishableKey"), publishableKey);
    QQmlComponent component(loaded.engine.get(), QUrl::fromLocalFile(path));
    if (!component.isReady()) {
        loaded.problems << component.errorString();
        return loaded;
    }
    QObject *root = component.beginCreate(loaded.engine->rootContext());
    if (!root) {
        loaded.problems << component.errorString();
        return loaded;
    }
    // Collected first: a configuration change rebuilds an Auth's internals, whose objects the list holds.
    for (QObject *o : allObjects(root)) {
        if (auto *auth = qobject_cast<Clerk::Auth *>(o))
            loaded.auths << auth;
    }
    for (Clerk::Auth *auth : std::as_const(loaded.auths))
        auth->setPersistSession(false);
    component.completeCreate();
    loaded.root.reset(root);
    QTest::qWait(50); // let queued QML work (bindings, Component.onCompleted) run
    loaded.problems << engineWarnings << log.qmlProblems();
    if (!component.errors().isEmpty())
        loaded.problems << component.errorString();
    return loaded;
}

std::unique_ptr<Clerk::Auth> keychainFreeAuth(const QString &publishableKey, const char *service)
{
    Clerk::AuthConfig config;
    config.publishableKey = publishableKey;
    config.persistSession = false;
    config.keychainService = TestHelpers::uniqueService(service);
    auto auth = std::make_unique<Clerk::Auth>(config);
    TestHelpers::waitLoaded(*auth);
    return auth;
}

QStringList runSnippets()
{
    return {
        QStringLiteral("create-auth.cpp"),
        QStringLiteral("sign-in-password.cpp"),
        QStringLiteral("sign-in-second-factor.cpp"),
        QStringLiteral("sign-in-email-code.cpp"),
        QStringLiteral("forgot-password.cpp"), // by readmeaccount.cpp
        QStringLiteral("account-emails.cpp"),  // by readmeaccount.cpp
        QStringLiteral("account-totp.cpp"),    // by readmeaccount.cpp
        QStringLiteral("devices.cpp"),         // by readmeaccount.cpp
        QStringLiteral("client-trust.cpp"),    // by readmeaccount.cpp
        QStringLiteral("step-up.cpp"),         // by readmeaccount.cpp
        QStringLiteral("tickets-links.cpp"),   // by readmetickets.cpp
        QStringLiteral("offline-start.cpp"),   // by readmeaccount.cpp
        QStringLiteral("org-create.cpp"),     // by readmeorgprofile.cpp
        QStringLiteral("org-members.cpp"),     // by readmeorgmembers.cpp
        QStringLiteral("verified-domains.cpp"), // by readmeorgdomains.cpp
        QStringLiteral("org-invitations.cpp"), // by readmeorginvitations.cpp
        QStringLiteral("sign-up-email.cpp"),
        QStringLiteral("sign-up-settings.cpp"), // by readmesignup.cpp
        QStringLiteral("sign-out.cpp"),
        QStringLiteral("session-token.cpp"),
        QStringLiteral("authorized-nam.cpp"),
        QStringLiteral("authorize-request.cpp"),
        QStringLiteral("backend-http-server.cpp"),
        QStringLiteral("backend-verify-async.cpp"),
        QStringLiteral("emulator-qttest.cpp"),
    };
}

} // namespace ReadmeHarness
