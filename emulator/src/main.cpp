// clerk-emulator: serves the local Clerk Frontend API until killed.
#include <ClerkEmulator/server.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clerk-emulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Local Clerk Frontend API emulator"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 picks a free one)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed JSON file, or the name of a built-in instance profile (see --profiles; default: \"default\")."),
                                  QStringLiteral("file|profile"));
    const QCommandLineOption profiles(QStringLiteral("profiles"),
                                      QStringLiteral("Print the built-in instance profiles (\"name: description\" lines) and exit."));
    const QCommandLineOption ttl(QStringLiteral("token-ttl"), QStringLiteral("Session token lifetime in seconds."),
                                 QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption host(QStringLiteral("instance-host"),
                                  QStringLiteral("Host the publishable key and `iss` name (default 127.0.0.1:<port>)."),
                                  QStringLiteral("host"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Loopback address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption routes(QStringLiteral("routes"),
                                    QStringLiteral("Print the routes served (\"METHOD /pattern\" lines) and exit."));
    parser.addOptions({port, seed, profiles, ttl, host, bind, routes});
    parser.process(app);

    QTextStream err(stderr);
    ClerkEmulator::Server server;
    if (parser.isSet(routes)) {
        QTextStream out(stdout);
        for (const QString &route : server.routes())
            out << route << '\n';
        return 0;
    }
    if (parser.isSet(profiles)) {
        QTextStream out(stdout);
        for (const QString &name : ClerkEmulator::Server::profiles())
            out << name << ": " << ClerkEmulator::Server::profileDescription(name) << '\n';
        return 0;
    }
    // A path that exists is a seed file; otherwise the value names a built-in profile.
    if (parser.isSet(seed) && !QFile::exists(parser.value(seed))) {
        QString error;
        const QJsonObject profileSeed = ClerkEmulator::Server::profileSeed(parser.value(seed), &error);
        if (profileSeed.isEmpty() || !server.loadSeed(profileSeed, &error)) {
            err << "clerk-emulator: " << error << '\n';
            return 2;
        }
    } else if (parser.isSet(seed)) {
        QFile file(parser.value(seed));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "clerk-emulator: cannot read " << file.fileName() << '\n';
            return 2;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString error = parseError.errorString();
        if (parseError.error != QJsonParseError::NoError || !server.loadSeed(doc.object(), &error)) {
            err << "clerk-emulator: invalid seed: " << error << '\n';
            return 2;
        }
    }
    bool ok = false;
    const int seconds = parser.value(ttl).toInt(&ok);
    if (!ok || seconds <= 0) {
        err << "clerk-emulator: --token-ttl takes a positive number of seconds\n";
        return 2;
    }
    server.setTokenTtl(seconds);
    const QHostAddress address(parser.value(bind));
    if (!address.isLoopback()) {
        err << "clerk-emulator: --bind must be a loopback address\n";
        return 2;
    }
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535 || !server.listen(address, quint16(portNumber))) {
        err << "clerk-emulator: cannot listen on " << parser.value(bind) << ':' << parser.value(port) << '\n';
        return 1;
    }
    if (parser.isSet(host))
        server.setInstanceHost(parser.value(host));

    QTextStream out(stdout);
    out << "base_url=" << server.baseUrl().toString() << '\n'
        << "publishable_key=" << server.publishableKey() << '\n';
    out.flush();
    return app.exec();
}
