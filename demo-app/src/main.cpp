// clerk-demo — the Clerk Qt SDK in a Qt Quick desktop app.
//
//   clerk-demo                                  in-process emulator (default seed), nobody signed in
//   clerk-demo --publishable-key pk_test_…      a real Clerk instance (or CLERK_PUBLISHABLE_KEY)
//   clerk-demo --sign-in-as jane [--screenshot out.png] [--show-organization acme]
//                                               signs a seed account in through the form (emulator only)
//   clerk-demo --profile username-phone         the emulator with one of its instance profiles (also a
//                                               drop-down in the window)
//   clerk-demo --language de --theme dark       the UI language and colour scheme to start with (also menus in
//                                               the window)
//   clerk-demo --url-scheme [--oauth oauth_google]
//                                               receives com.clerk.qtdemo:// URLs (registered for this user); OAuth
//                                               (--oauth, and the forms' provider buttons) comes back through the
//                                               scheme. The clerk-demo the OS starts with such a URL hands it to
//                                               the running one and exits.
#include "democontroller.h"
#include "demolanguage.h"
#include "demourlscheme.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>
#include <ClerkQt/tokenverifier.h>
#include <ClerkQtQml/authprovider.h>
#include <ClerkQtQml/language.h>

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>

#ifdef CLERK_DEMO_HAVE_API
#include <demoapiserver.h>
#endif

#include <memory>

namespace {

/// The Frontend API host a publishable key names (`pk_test_<base64("host$")>`); empty when it does not decode.
QString hostOfPublishableKey(const QString &key)
{
    const int underscore = key.indexOf(QLatin1Char('_'), 3);
    if (!key.startsWith(QLatin1String("pk_")) || underscore < 0)
        return QString();
    const auto decoded = QByteArray::fromBase64Encoding(key.mid(underscore + 1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.endsWith('$'))
        return QString();
    return QString::fromUtf8(decoded.decoded.chopped(1));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("clerk-demo"));
    QGuiApplication::setOrganizationName(QStringLiteral("clerk-qt"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Clerk Qt SDK demo. Without a publishable key it runs a local "
                                                    "Clerk emulator in-process and signs nobody in."));
    parser.addHelpOption();
    const QCommandLineOption keyOption(QStringLiteral("publishable-key"),
                                       QStringLiteral("Use this Clerk instance (default: $CLERK_PUBLISHABLE_KEY, "
                                                      "else the built-in emulator)."),
                                       QStringLiteral("pk"));
    const QCommandLineOption signInOption(QStringLiteral("sign-in-as"),
                                          QStringLiteral("Sign a seed account (jane, bob, ada) in through the form."),
                                          QStringLiteral("username"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save a screenshot of the signed-in window, then quit "
                                                             "(implies --sign-in-as jane)."),
                                              QStringLiteral("file.png"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Run the emulator with this instance profile: %1.")
            .arg(ClerkEmulator::Server::profiles().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    const QCommandLineOption organizationOption(
        QStringLiteral("show-organization"),
        QStringLiteral("Once signed in, make this organization (slug) active and open its profile (implies "
                       "--sign-in-as jane)."),
        QStringLiteral("slug"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Show the UI in this language: %1 (default: the system's).")
            .arg(ClerkQml::Language::languageCodes().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QStringLiteral("Colour scheme: system (default), light or dark."),
                                         QStringLiteral("scheme"));
    const QCommandLineOption urlSchemeOption(
        QStringLiteral("url-scheme"),
        QStringLiteral("Receive %1:// URLs (registered for this user) and pass them to the sign-in; OAuth (--oauth "
                       "and the forms' provider buttons) returns through them instead of a loopback listener.")
            .arg(DemoUrlScheme::scheme()));
    const QCommandLineOption oauthOption(QStringLiteral("oauth"),
                                         QStringLiteral("Start this OAuth sign-in at launch (e.g. oauth_google)."),
                                         QStringLiteral("strategy"));
    parser.addOptions({keyOption, signInOption, screenshotOption, profileOption, organizationOption, languageOption,
                       themeOption, urlSchemeOption, oauthOption});
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QStringLiteral("A %1:// URL the OS opens the demo with.").arg(DemoUrlScheme::scheme()),
                                 QStringLiteral("[url]"));
    parser.process(app);

    // Windows and Linux start a new clerk-demo with the URL; the one that waits for it is already running.
    DemoUrlScheme urlScheme;
    if (urlScheme.forwardToRunningInstance(parser.positionalArguments()))
        return 0;

    const QString language = parser.value(languageOption);
    if (parser.isSet(languageOption) && !ClerkQml::Language::languageCodes().contains(language)) {
        qCritical("clerk-demo: no language \"%s\"; the languages are %s", qPrintable(language),
                  qPrintable(ClerkQml::Language::languageCodes().join(QStringLiteral(", "))));
        return 2;
    }
    const QString theme = parser.isSet(themeOption) ? parser.value(themeOption) : QStringLiteral("system");
    if (!DemoController::themes().contains(theme)) {
        qCritical("clerk-demo: no theme \"%s\"; the themes are %s", qPrintable(theme),
                  qPrintable(DemoController::themes().join(QStringLiteral(", "))));
        return 2;
    }

    DemoController::Options options;
    options.publishableKey = parser.isSet(keyOption) ? parser.value(keyOption)
                                                     : qEnvironmentVariable("CLERK_PUBLISHABLE_KEY");
    options.screenshotPath = parser.value(screenshotOption);
    options.theme = theme;
    options.showOrganization = parser.value(organizationOption);
    const bool driven = !options.screenshotPath.isEmpty() || !options.showOrganization.isEmpty();
    options.signInAs = parser.isSet(signInOption) ? parser.value(signInOption)
                       : driven ? QStringLiteral("jane") : QString();

    std::unique_ptr<ClerkEmulator::Server> emulator;
    QUrl jwksUrl;
    QString issuer;
    if (options.publishableKey.isEmpty()) {
        QString error;
        if (parser.isSet(profileOption)
            && ClerkEmulator::Server::profileSeed(parser.value(profileOption), &error).isEmpty()) {
            qCritical("clerk-demo: %s", qPrintable(error));
            return 2;
        }
        // Started with the default seed; --profile switches to its profile below, as the drop-down does.
        options.profile = QStringLiteral("default");
        const QJsonObject seed = ClerkEmulator::Server::defaultSeed();
        emulator = std::make_unique<ClerkEmulator::Server>();
        if (!emulator->listen()) {
            qCritical("clerk-demo: the emulator could not listen on loopback");
            return 1;
        }
        options.emulated = true;
        options.publishableKey = emulator->publishableKey();
        options.instanceLabel = emulator->baseUrl().toString();
        options.testAccounts = DemoController::seedAccounts(seed);
        options.emulator = emulator.get();
        jwksUrl = QUrl(emulator->fapiUrl().toString() + QStringLiteral("/jwks"));
        issuer = emulator->issuer();
    } else {
        const QString host = hostOfPublishableKey(options.publishableKey);
        if (host.isEmpty()) {
            qCritical("clerk-demo: the publishable key does not name a Clerk instance");
            return 2;
        }
        if (parser.isSet(profileOption)) {
            qCritical("clerk-demo: --profile selects an emulator instance; drop --publishable-key / "
                      "CLERK_PUBLISHABLE_KEY");
            return 2;
        }
        if (!options.signInAs.isEmpty()) {
            qCritical("clerk-demo: --sign-in-as and --screenshot use the emulator's seed accounts; "
                      "drop --publishable-key / CLERK_PUBLISHABLE_KEY");
            return 2;
        }
        options.instanceLabel = host;
        jwksUrl = QUrl(QStringLiteral("https://%1/v1/jwks").arg(host));
        issuer = QStringLiteral("https://%1").arg(host);
    }

#ifdef CLERK_DEMO_HAVE_API
    Clerk::TokenVerifierConfig verifierConfig;
    verifierConfig.jwksUrl = jwksUrl;
    verifierConfig.issuer = issuer;
    DemoApiServer api(verifierConfig);
    if (api.listen())
        options.apiUrl = api.url();
    else
        qWarning("clerk-demo: the demo API could not listen; its panel stays disabled");
#else
    Q_UNUSED(jwksUrl)
    Q_UNUSED(issuer)
#endif

    // The app-wide Auth, created here and handed to QML through AuthProvider (the components use it when
    // they are given none). The emulator forgets everything when the demo quits: nothing worth keeping in the
    // keychain then.
    Clerk::AuthConfig config;
    config.publishableKey = options.publishableKey;
    config.keychainService = QStringLiteral("clerk-qt-demo");
    config.persistSession = !options.emulated;
    Clerk::Auth auth(config);
    options.auth = &auth;

    DemoController controller(options);
    if (options.emulated && parser.isSet(profileOption) && !controller.useProfile(parser.value(profileOption)))
        return 2;
    QQmlApplicationEngine engine;
    ClerkQml::AuthProvider::instance(&engine)->setAuth(&auth);
    if (!language.isEmpty())
        ClerkQml::Language::instance(&engine)->setLanguage(language);
    const DemoLanguage demoLanguage(&engine);
    engine.rootContext()->setContextProperty(QStringLiteral("demo"), &controller);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [](QObject *object, const QUrl &) {
            if (!object)
                QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(DemoController::mainUrl());
    if (engine.rootObjects().isEmpty())
        return 1;
    controller.drive(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    // Started by the OS with a URL while no demo ran: this one becomes the instance that receives them.
    const bool useScheme = parser.isSet(urlSchemeOption) || urlScheme.hasUrl(parser.positionalArguments());
    if (useScheme) {
        if (!urlScheme.start(&auth, parser.positionalArguments()))
            return 1;
        controller.setOAuthRedirectUrl(DemoUrlScheme::oauthRedirectUrl()); // the forms' provider buttons too
    }
    if (parser.isSet(oauthOption))
        urlScheme.signInWithOAuth(&auth, parser.value(oauthOption), useScheme);
    return QGuiApplication::exec();
}
