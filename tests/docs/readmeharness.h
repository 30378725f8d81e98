// The harness of tst_readme_snippets: a log of every message (to check what the snippets log and that QML loads
// without warnings), a local API server that records Bearer headers, walking the objects of a loaded QML scene,
// and loading a QML snippet the way the tests need it.
#pragma once

#include "recordingserver.h"

#include <ClerkQt/auth.h>

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QNetworkReply>
#include <QQmlEngine>
#include <QQmlError>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace ReadmeHarness {

inline constexpr int kTimeout = 20000;

/// Every message logged while it exists (passed on to Qt Test's handler, so they still show and
/// QTest::ignoreMessage still works).
class MessageLog
{
public:
    struct Entry
    {
        QtMsgType type;
        QString category;
        QString text;
    };

    MessageLog() : m_outer(s_current), m_previousHandler(qInstallMessageHandler(&MessageLog::handler))
    {
        s_current = this;
    }
    ~MessageLog()
    {
        qInstallMessageHandler(m_previousHandler);
        s_current = m_outer;
    }
    Q_DISABLE_COPY_MOVE(MessageLog)

    /// A message of `type` from the snippets (category "default") matching `pattern`.
    bool has(QtMsgType type, const QString &pattern) const
    {
        const QRegularExpression re(pattern);
        QMutexLocker lock(&m_mutex);
        for (const Entry &e : m_entries) {
            if (e.type == type && e.category == QLatin1String("default") && re.match(e.text).hasMatch())
                return true;
        }
        return false;
    }

    /// QML warnings and errors: the engine's and the JavaScript console's.
    QStringList qmlProblems() const
    {
        QStringList out;
        QMutexLocker lock(&m_mutex);
        for (const Entry &e : m_entries) {
            if (e.type == QtDebugMsg || e.type == QtInfoMsg)
                continue;
            if (e.category.startsWith(QLatin1String("qml")) || e.category.startsWith(QLatin1String("js"))
                || e.text.contains(QLatin1String(".qml")))
                out << QStringLiteral("[%1] %2").arg(e.category, e.text);
        }
        return out;
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        MessageLog *log = s_current;
        for (MessageLog *l = log; l; l = l->m_outer) { // nested logs all see the message
            QMutexLocker lock(&l->m_mutex);
            l->m_entries.append({type, QString::fromLatin1(context.category ? context.category : "default"), text});
        }
        // Qt Test's own handler is at the bottom of the chain.
        MessageLog *outermost = log;
        while (outermost && outermost->m_outer)
            outermost = outermost->m_outer;
        if (outermost && outermost->m_previousHandler)
            outermost->m_previousHandler(type, context, text);
    }

    static inline MessageLog *s_current = nullptr;
    MessageLog *m_outer;
    QtMessageHandler m_previousHandler;
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};

/// The app's own API as the wire sees it: records every request and answers 200 with a small JSON profile.
struct ApiServer : TestHelpers::RecordingServer
{
    ApiServer() { reply = QJsonObject{{QStringLiteral("name"), QStringLiteral("Jane")}}; }
};

QNetworkReply *waitFinished(QNetworkReply *reply);

QString readFile(const QString &path);

/// `object`'s QML or C++ type is `name` (a QML document type's class is "<name>_QMLTYPE_<n>").
bool isOfType(const QObject *object, const QString &name);

/// The C++ snippets tst_readme_snippets runs (itself or by a class of its own, readme*.cpp). A README snippet
/// missing here is compiled but never run: a failure.
QStringList runSnippets();

/// A loaded Auth for the instance `publishableKey` that keeps its session out of the keychain (persistSession
/// off, a service of its own), so a run needs no keychain.
std::unique_ptr<Clerk::Auth> keychainFreeAuth(const QString &publishableKey, const char *service);

/// Every object under `root`: QObject children, and the items of windows and items.
QList<QObject *> allObjects(QObject *root);

QList<QObject *> objectsOfType(QObject *root, const QString &name);

/// A loaded QML snippet (see loadQml()).
struct LoadedQml
{
    std::unique_ptr<QQmlEngine> engine;
    std::unique_ptr<QObject> root;
    QList<Clerk::Auth *> auths; ///< the `Auth` objects of the snippet
    QStringList problems;
};

/// Loads the QML file `path`, created with `clerkPublishableKey` = `publishableKey`; every Auth in it is kept out of
/// the keychain (set before the component completes: Auth starts from the event loop afterwards). `problems`
/// collects the component's errors and every QML warning logged while loading.
LoadedQml loadQml(const QString &path, const QString &publishableKey);

} // namespace ReadmeHarness
