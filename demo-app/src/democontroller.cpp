#include "democontroller.h"

#include <ClerkEmulator/server.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>

namespace {
constexpr int TickMs = 100;
constexpr int TimeoutTicks = 600; // 60 s
} // namespace

DemoController::DemoController(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    for (const QVariant &v : options.testAccounts) {
        const QVariantMap account = v.toMap();
        if (account.value(QStringLiteral("username")).toString() == options.signInAs)
            m_account = account;
    }
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoController::tick);
}

QVariantList DemoController::seedAccounts(const QJsonObject &seed)
{
    QVariantList accounts;
    const QJsonArray users = seed.value(QLatin1String("users")).toArray();
    for (const QJsonValue &u : users) {
        const QJsonObject user = u.toObject();
        const QJsonArray emails = user.value(QLatin1String("email_addresses")).toArray();
        const QJsonArray backupCodes = user.value(QLatin1String("backup_codes")).toArray();
        accounts << QVariantMap{
            {QStringLiteral("username"), user.value(QLatin1String("username")).toString()},
            {QStringLiteral("firstName"), user.value(QLatin1String("first_name")).toString()},
            {QStringLiteral("lastName"), user.value(QLatin1String("last_name")).toString()},
            {QStringLiteral("email"), emails.isEmpty() ? QString() : emails.first().toString()},
            {QStringLiteral("password"), user.value(QLatin1String("password")).toString()},
            {QStringLiteral("backupCode"), backupCodes.isEmpty() ? QString() : backupCodes.first().toString()},
            {QStringLiteral("totpSecret"), user.value(QLatin1String("totp_secret")).toString()},
        };
    }
    return accounts;
}

QStringList DemoController::themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QVariantList DemoController::profiles() const
{
    QVariantList list;
    if (!m_options.emulator)
        return list;
    for (const QString &name : ClerkEmulator::Server::profiles()) {
        const QString description = ClerkEmulator::Server::profileDescription(name);
        list << QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("description"), description}};
    }
    return list;
}

void DemoController::setOAuthRedirectUrl(const QUrl &url)
{
    if (url == m_oauthRedirectUrl)
        return;
    m_oauthRedirectUrl = url;
    Q_EMIT oauthRedirectUrlChanged();
}

bool DemoController::useProfile(const QString &name)
{
    if (!m_options.emulator)
        return false;
    QString error;
    const QJsonObject seed = ClerkEmulator::Server::profileSeed(name, &error);
    if (seed.isEmpty() || !m_options.emulator->loadSeed(seed, &error)) {
        qWarning("clerk-demo: cannot load profile %s: %s", qPrintable(name), qPrintable(error));
        return false;
    }
    m_options.profile = name;
    m_options.testAccounts = seedAccounts(seed);
    Q_EMIT profileChanged();
    if (m_options.auth) {
        // The emulator forgot this client: a session or a flow in progress ends here too (sign-out counts
        // Clerk's 401 as done). Signed out — or not started yet — there is nothing to end. Then the new
        // instance's settings are read for the forms.
        const Clerk::Auth::Status status = m_options.auth->status();
        if (status != Clerk::Auth::Status::SignedOut && status != Clerk::Auth::Status::Loading)
            m_options.auth->signOut();
        m_options.auth->loadEnvironment();
    }
    qInfo("clerk-demo: instance profile %s", qPrintable(name));
    return true;
}

void DemoController::drive(QQuickWindow *window)
{
    if (!driven())
        return;
    m_window = window;
    if (m_account.isEmpty()) {
        fail(QStringLiteral("--sign-in-as needs one of the seed's accounts (jane, bob, ada) on the emulator"));
        return;
    }
    m_timer.start();
}

QObject *DemoController::find(const char *objectName) const
{
    if (!m_window)
        return nullptr;
    // Items declared in an ApplicationWindow are QObject children of the window, not of its contentItem.
    return m_window->findChild<QObject *>(QString::fromLatin1(objectName));
}

// Types into a ClerkTextField the way a user does: focus, then key events (sent to the field itself, since an
// offscreen window is never the active one that routes keys to its focus item).
void DemoController::typeInto(const char *fieldObjectName, const QString &text)
{
    // Inside the main sign-in form (the "Add account" popup has fields of the same names).
    QObject *form = find("demoSignIn");
    QObject *field = form ? form->findChild<QObject *>(QString::fromLatin1(fieldObjectName)) : nullptr;
    auto *input = field ? field->property("input").value<QQuickItem *>() : nullptr;
    if (!input) {
        fail(QStringLiteral("no field %1 in the window").arg(QLatin1String(fieldObjectName)));
        return;
    }
    input->forceActiveFocus();
    for (const QChar c : text) {
        const int key = c.isLetterOrNumber() && c.unicode() < 128 ? int(c.toUpper().unicode()) : int(Qt::Key_unknown);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(input, &press);
        QCoreApplication::sendEvent(input, &release);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QKeyEvent enterUp(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(input, &enter);
    QCoreApplication::sendEvent(input, &enterUp);
}

void DemoController::tick()
{
    if (++m_ticks > TimeoutTicks) {
        fail(QStringLiteral("timed out while driving the UI"));
        return;
    }
    const Clerk::Auth *auth = m_options.auth;
    if (!auth)
        return;
    // The form exists only while nobody is signed in: SignedOut creates it then and removes it afterwards.
    QObject *form = find("demoSignIn");
    using Status = Clerk::Auth::Status;
    const Status status = auth->status();
    const QString step = form ? form->property("step").toString() : QString();
    const QString formError = form ? form->property("formError").toString() : QString();
    if (!formError.isEmpty()) {
        fail(QStringLiteral("the sign-in form reports: %1").arg(formError));
        return;
    }

    switch (m_step) {
    case Step::WaitSignedOut:
        if (status == Status::SignedIn) { // restored from the keychain: already signed in
            m_step = Step::WaitSignedIn;
        } else if (status == Status::SignedOut && step == QLatin1String("identifier")) {
            typeInto("identifierField", m_account.value(QStringLiteral("email")).toString());
            m_step = Step::WaitPassword;
        }
        break;
    case Step::WaitPassword:
        if (step == QLatin1String("password")) {
            typeInto("passwordField", m_account.value(QStringLiteral("password")).toString());
            m_step = Step::WaitSignedIn;
        }
        break;
    case Step::WaitSignedIn:
        if (status == Status::SignedIn) {
            if (QObject *button = find("callApiButton"))
                QMetaObject::invokeMethod(button, "clicked");
            m_step = m_options.apiUrl.isEmpty() ? afterApi() : Step::WaitApi;
        } else if (form && step == QLatin1String("secondFactor") && !m_usedBackupCode) {
            const QString backupCode = m_account.value(QStringLiteral("backupCode")).toString();
            if (backupCode.isEmpty()) {
                fail(QStringLiteral("this account needs a second factor the driver cannot give"));
                return;
            }
            // The form's codeStrategy is a Factor.Strategy (an int in QML).
            const auto codeStrategy = static_cast<Clerk::Factor::Strategy>(form->property("codeStrategy").toInt());
            if (codeStrategy != Clerk::Factor::Strategy::BackupCode) {
                if (QObject *link = form->findChild<QObject *>(QStringLiteral("useBackupCodeLink")))
                    QMetaObject::invokeMethod(link, "clicked");
                return;
            }
            m_usedBackupCode = true;
            typeInto("codeField", backupCode);
        }
        break;
    case Step::WaitApi: {
        QObject *api = find("apiPanel");
        const int httpStatus = api ? api->property("lastStatus").toInt() : 0;
        if (httpStatus == 200) {
            m_step = afterApi();
        } else if (httpStatus != 0) {
            fail(QStringLiteral("the protected API answered %1").arg(httpStatus));
            return;
        }
        break;
    }
    case Step::WaitOrganization: {
        // Main.qml's showOrganization() switches the organization, then opens OrganizationProfile on it.
        QObject *profile = find("organizationProfile");
        if (profile && profile->property("visible").toBool()
            && profile->property("shownPage").toString() == QLatin1String("general")) {
            m_step = Step::Settle;
        } else if (++m_settleTicks > 20000 / TickMs) {
            fail(QStringLiteral("the profile of organization %1 did not open").arg(m_options.showOrganization));
            return;
        }
        break;
    }
    case Step::Settle:
        // Let the token panel and the layout settle before the picture.
        if (++m_settleTicks >= 15)
            finish();
        break;
    case Step::Done:
        break;
    }
}

DemoController::Step DemoController::afterApi()
{
    if (m_options.showOrganization.isEmpty())
        return Step::Settle;
    QMetaObject::invokeMethod(m_window, "showOrganization", Q_ARG(QVariant, m_options.showOrganization));
    return Step::WaitOrganization;
}

void DemoController::finish()
{
    m_step = Step::Done;
    m_timer.stop();
    QObject *welcome = find("welcomeName");
    const QString firstName = m_account.value(QStringLiteral("firstName")).toString();
    if (!welcome || !welcome->property("text").toString().contains(firstName)) {
        fail(QStringLiteral("the signed-in view does not show %1").arg(firstName));
        return;
    }
    if (!m_options.screenshotPath.isEmpty()) {
        const QImage image = m_window->grabWindow();
        if (image.isNull() || !image.save(m_options.screenshotPath)) {
            fail(QStringLiteral("could not save the screenshot to %1").arg(m_options.screenshotPath));
            return;
        }
        qInfo("clerk-demo: signed in as %s through the form (profile %s); screenshot saved to %s",
              qPrintable(m_options.signInAs), qPrintable(m_options.profile), qPrintable(m_options.screenshotPath));
        QCoreApplication::exit(0);
    } else {
        qInfo("clerk-demo: signed in as %s through the form", qPrintable(m_options.signInAs));
    }
}

void DemoController::fail(const QString &why)
{
    m_step = Step::Done;
    m_timer.stop();
    qCritical("clerk-demo: %s", qPrintable(why));
    // Queued: this may run before the event loop has started.
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
}
