// Quick tests of `import Clerk`: the setup starts an in-process emulator and hands QML its publishable key,
// base URL and a small control object (reset, TOTP codes).
#include "browserwalk.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariantMap>
#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QQmlContext>
#include <QQmlEngine>
#include <QUrlQuery>
#include <QtQuickTest/quicktest.h>

/// What the QML tests may do to the emulator (`emulator` context property).
class EmulatorControl : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString publishableKey READ publishableKey CONSTANT)
    Q_PROPERTY(QUrl fapiUrl READ fapiUrl CONSTANT)
public:
    explicit EmulatorControl(ClerkEmulator::Server *server, QObject *parent = nullptr)
        : QObject(parent), m_server(server)
    {
    }
    QString publishableKey() const { return m_server->publishableKey(); }
    QUrl fapiUrl() const { return m_server->fapiUrl(); }
    Q_INVOKABLE void reset() { m_server->reset(); }
    /// The current TOTP code for `secret`, by the emulator's clock.
    Q_INVOKABLE QString totp(const QString &secret) const { return TestHelpers::totp(secret, m_server->now()); }
    Q_INVOKABLE int requestCount(const QString &routeKey) const { return m_server->requestCount(routeKey); }
    /// Loads the default seed with `changes` over its `instance` settings (`{}`: the default seed itself), e.g.
    /// `{second_factors: ["totp", "phone_code"]}`. Like reset(), it forgets clients and sessions. A test that
    /// changes the instance restores it in its cleanup(), as later tests expect the default one.
    Q_INVOKABLE bool useInstance(const QVariantMap &changes)
    {
        QJsonObject seed = ClerkEmulator::Server::defaultSeed();
        QJsonObject instance = seed.value(QStringLiteral("instance")).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            instance.insert(it.key(), QJsonValue::fromVariant(it.value()));
        seed.insert(QStringLiteral("instance"), instance);
        QString error;
        if (!m_server->loadSeed(seed, &error)) {
            qWarning("useInstance: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    /// The user's browser on an OAuth page: follows every redirect (the provider page, Clerk's callback, the
    /// app's loopback listener), with `query` added to the first URL (`{account: "google-newbie"}`, `{deny: "1"}`).
    Q_INVOKABLE void visit(const QUrl &url, const QVariantMap &query = {})
    {
        QUrl start = url;
        QUrlQuery q(start);
        for (auto it = query.cbegin(); it != query.cend(); ++it)
            q.addQueryItem(it.key(), it.value().toString());
        start.setQuery(q);
        QNetworkRequest request(start);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_browser.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    /// visit(), step by step: follows the http redirects and stops where the browser must hand over to the OS
    /// (another scheme, e.g. the app's com.example.app://oauth?…) or at the page that answers (the loopback
    /// listener's). browserStopped(url) says where.
    Q_INVOKABLE void walk(const QUrl &url, const QVariantMap &query = {})
    {
        QUrl start = url;
        QUrlQuery q(start);
        for (auto it = query.cbegin(); it != query.cend(); ++it)
            q.addQueryItem(it.key(), it.value().toString());
        start.setQuery(q);
        TestHelpers::walkBrowser(m_browser, start, this, [this](const QUrl &at) { Q_EMIT browserStopped(at); });
    }

    /// The default seed with `factors` as the instance's second factors (e.g. phone_code added); reset() keeps
    /// it until useDefaultSeed().
    Q_INVOKABLE bool useSecondFactors(const QStringList &factors)
    {
        QJsonObject seed = ClerkEmulator::Server::defaultSeed();
        QJsonObject instance = seed.value(QStringLiteral("instance")).toObject();
        instance.insert(QStringLiteral("second_factors"), QJsonArray::fromStringList(factors));
        seed.insert(QStringLiteral("instance"), instance);
        return m_server->loadSeed(seed);
    }
    Q_INVOKABLE bool useDefaultSeed() { return m_server->loadSeed(ClerkEmulator::Server::defaultSeed()); }
    /// One of the emulator's instance profiles (emulator/seeds/profiles), as `clerk-emulator --seed <name>` would.
    Q_INVOKABLE bool useProfile(const QString &name)
    {
        QString error;
        const QJsonObject seed = ClerkEmulator::Server::profileSeed(name, &error);
        if (seed.isEmpty() || !m_server->loadSeed(seed, &error)) {
            qWarning("useProfile: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    /// Moves the emulator's clock `minutes` ahead: tokens minted from then on carry factors that much older
    /// (`fva`), so an app API would ask for a step-up. reset() puts it back.
    Q_INVOKABLE void shiftClockMinutes(int minutes) { m_server->setClockOffset(qint64(minutes) * 60 * 1000); }

    /// The test's mailbox: the sign-in link the emulator last emailed to `email` (empty when none).
    Q_INVOKABLE QUrl lastEmailLink(const QString &email) const
    {
        return QUrl(m_server->lastEmailLink(email).value(QLatin1String("url")).toString());
    }
    /// A sign-in link a backend minted for `userId` (Clerk's Backend API `POST /v1/sign_in_tokens`).
    Q_INVOKABLE QUrl signInTokenUrl(const QString &userId)
    {
        return QUrl(m_server->createSignInToken({{QStringLiteral("user_id"), userId}}).value(QLatin1String("url")).toString());
    }
    /// Moves the emulator's clock (e.g. past an email link's ten minutes); 0 puts it back.
    Q_INVOKABLE void setClockOffset(qint64 ms) { m_server->setClockOffset(ms); }
    /// A phone's browser opening `url`: no redirect is followed, so the app learns of it only by polling.
    Q_INVOKABLE void visitElsewhere(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_browser.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    /// While `down`, every FAPI request is dropped with a TCP reset, as a network that is gone drops it.
    Q_INVOKABLE void setNetworkDown(bool down)
    {
        if (!down) {
            m_server->clearFaults();
            return;
        }
        ClerkEmulator::Fault fault;
        fault.pattern = QStringLiteral("/v1/*");
        fault.kind = ClerkEmulator::Fault::Kind::Reset;
        m_server->addFault(fault);
    }
    /// Whether the SDK's keychain entry under `service` holds a client snapshot yet (format 2 with `client`).
    Q_INVOKABLE bool hasStoredSnapshot(const QString &service) const
    {
        const QString entry = TestHelpers::readKeychain(service, TestHelpers::keychainKey(service, publishableKey())).second;
        return QJsonDocument::fromJson(entry.toUtf8()).object().contains(QStringLiteral("client"));
    }
    Q_INVOKABLE void forgetStoredClient(const QString &service)
    {
        TestHelpers::deleteKeychain(service, TestHelpers::keychainKey(service, publishableKey()));
    }

Q_SIGNALS:
    /// Where walk() stopped: a URL of a scheme no browser opens (what the OS hands the app), or the last page.
    void browserStopped(const QUrl &url);

private:
    ClerkEmulator::Server *m_server;
    QNetworkAccessManager m_browser;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        m_server = new ClerkEmulator::Server(this);
        if (!m_server->listen())
            qFatal("the emulator could not listen on loopback");
        m_control = new EmulatorControl(m_server, this);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->rootContext()->setContextProperty(QStringLiteral("emulator"), m_control);
        // Where tests save pictures of components for the docs (copied into docs/ by hand when they change).
        const QString shots = QStringLiteral(CLERKQT_SCREENSHOT_DIR);
        QDir().mkpath(shots);
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"), shots);
    }

private:
    ClerkEmulator::Server *m_server = nullptr;
    EmulatorControl *m_control = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(qml_components, Setup)

#include "tst_qml_components.moc"
