#include "router_p.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace ClerkEmulator {

namespace {

QString profileDir() { return QStringLiteral(":/clerk-emulator/profiles/"); }

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Objects merge key by key at every level; anything else (arrays included) replaces, so a profile states a
// list in full — "the identifiers are these", not "add these".
QJsonObject merged(QJsonObject base, const QJsonObject &overlay)
{
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        const QJsonValue old = base.value(it.key());
        if (old.isObject() && it.value().isObject())
            base.insert(it.key(), merged(old.toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

Server::Server(QObject *parent) : QObject(parent), d(std::make_unique<ServerPrivate>(this))
{
    QString error;
    d->seed = defaultSeed();
    d->model.load(d->seed, d->now(), &error);
    d->signer = std::make_unique<Signer>(d->model.instance.id);
    d->fapi = std::make_unique<Fapi>(d->model, *d->signer, [this] { return d->now(); });
    d->applyIssuer();
}

Server::~Server() = default;

QJsonObject Server::defaultSeed() { return readJson(QStringLiteral(":/clerk-emulator/default-seed.json")); }


QStringList Server::profiles()
{
    QStringList names{QStringLiteral("default")};
    for (const QString &file : QDir(profileDir()).entryList({QStringLiteral("*.json")}, QDir::Files))
        names.append(file.chopped(5));
    names.sort();
    return names;
}

QJsonObject Server::profileSeed(const QString &name, QString *error)
{
    if (name == QLatin1String("default"))
        return defaultSeed();
    if (!profiles().contains(name)) {
        if (error)
            *error = QStringLiteral("no profile \"%1\"; the profiles are %2").arg(name, profiles().join(QLatin1String(", ")));
        return {};
    }
    QJsonObject overlay = readJson(profileDir() + name + QLatin1String(".json"));
    overlay.remove(QStringLiteral("description"));
    return merged(defaultSeed(), overlay);
}

QString Server::profileDescription(const QString &name)
{
    if (name == QLatin1String("default"))
        return QStringLiteral("Email, phone or username with password or codes; social sign-in; organizations.");
    if (!profiles().contains(name))
        return {};
    return readJson(profileDir() + name + QLatin1String(".json")).value(QStringLiteral("description")).toString();
}

bool Server::loadSeed(const QJsonObject &seed, QString *error)
{
    Model fresh;
    QString message;
    if (!fresh.load(seed, d->now(), &message)) {
        if (error)
            *error = message;
        return false;
    }
    const bool newInstance = fresh.instance.id != d->model.instance.id;
    d->seed = seed;
    d->model = fresh;
    if (newInstance) {
        // The key id names the instance, so a different instance gets its own key.
        d->signer = std::make_unique<Signer>(d->model.instance.id);
        d->fapi = std::make_unique<Fapi>(d->model, *d->signer, [this] { return d->now(); });
        d->fapi->tokenTtl = d->startTokenTtl;
        d->applyIssuer();
    }
    d->fapi->resetRateLimits();
    return true;
}

void Server::setInstanceHost(const QString &host)
{
    d->instanceHost = host;
    d->applyIssuer();
}

QString Server::instanceHost() const { return d->effectiveInstanceHost(); }

bool Server::listen(const QHostAddress &address, quint16 port)
{
    if (!d->http.listen(address, port))
        return false;
    d->port = d->http.serverPort();
    d->applyIssuer();
    return true;
}

quint16 Server::port() const { return d->port; }

QUrl Server::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

QUrl Server::fapiUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QString Server::publishableKey() const
{
    return QStringLiteral("pk_test_")
        + QString::fromLatin1((instanceHost() + QLatin1Char('$')).toUtf8().toBase64(QByteArray::OmitTrailingEquals));
}

QString Server::issuer() const { return d->fapi->issuer; }
QString Server::keyId() const { return d->signer->keyId(); }
QJsonObject Server::jwks() const { return d->signer->jwks(); }
QByteArray Server::publicKeyPem() const { return d->signer->publicKeyPem(); }

void Server::reset()
{
    QString error;
    d->model.load(d->seed, d->now(), &error);
    d->clockOffset = 0;
    d->frozenAt.reset();
    d->fapi->tokenTtl = d->startTokenTtl;
    d->fapi->rateLimitRequests = 0;
    d->fapi->resetRateLimits();
    d->faults.clear();
    resetCounters();
}

void Server::setTokenTtl(int seconds)
{
    if (seconds <= 0)
        return;
    // Before the server listens, the TTL is the start-up value that reset() returns to.
    if (d->port == 0)
        d->startTokenTtl = seconds;
    d->fapi->tokenTtl = seconds;
}

int Server::tokenTtl() const { return d->fapi->tokenTtl; }
void Server::setClockOffset(qint64 ms)
{
    if (d->frozenAt)
        *d->frozenAt += ms - d->clockOffset;
    d->clockOffset = ms;
}

void Server::setClockFrozen(bool frozen)
{
    if (frozen == d->frozenAt.has_value())
        return;
    if (frozen) {
        d->frozenAt = d->now();
    } else {
        // It runs on from where it stood: the offset absorbs the time that passed meanwhile.
        d->clockOffset = *d->frozenAt - QDateTime::currentMSecsSinceEpoch();
        d->frozenAt.reset();
    }
}

bool Server::isClockFrozen() const { return d->frozenAt.has_value(); }
qint64 Server::clockOffset() const { return d->clockOffset; }
qint64 Server::now() const { return d->now(); }

void Server::setRateLimit(int requests, int windowSeconds)
{
    d->fapi->rateLimitRequests = qMax(0, requests);
    d->fapi->rateLimitWindowSeconds = qMax(1, windowSeconds);
    d->fapi->resetRateLimits();
}

QString Server::addFault(const Fault &fault) { return d->faults.add(fault); }
bool Server::removeFault(const QString &id) { return d->faults.remove(id); }
void Server::clearFaults() { d->faults.clear(); }
QList<Fault> Server::faults() const { return d->faults.list(); }

QMap<QString, int> Server::requestCounts() const { return d->counts; }
int Server::requestCount(const QString &routeKey) const { return d->counts.value(routeKey); }
int Server::totalRequestCount() const { return d->total; }
QStringList Server::routes() const { return d->fapi->routeList(); }

void Server::resetCounters()
{
    d->counts.clear();
    d->total = 0;
}

QJsonObject Server::createUser(const QJsonObject &seedUser, QString *error)
{
    QString message, id;
    if (!d->model.addUser(seedUser, d->now(), &message, &id)) {
        if (error)
            *error = message;
        return {};
    }
    return d->model.userJson(d->model.users[id]);
}

bool Server::revokeSession(const QString &sessionId) { return d->fapi->revokeSession(sessionId); }

bool Server::revokeClient(const QString &clientId) { return d->fapi->revokeClient(clientId); }

QJsonObject Server::createSignInToken(const QJsonObject &request, QString *error)
{
    QString message;
    const QJsonObject out = d->fapi->mintSignInToken(request, &message);
    if (error)
        *error = message;
    return out;
}

QJsonObject Server::createInvitation(const QJsonObject &request, QString *error)
{
    QString message;
    const QJsonObject out = d->fapi->mintInvitation(request, &message);
    if (error)
        *error = message;
    return out;
}

QJsonObject Server::lastEmailLink(const QString &emailAddress, QString *error) const
{
    QString message;
    const QJsonObject out = d->fapi->lastEmailLink(emailAddress, &message);
    if (error)
        *error = message;
    return out;
}

} // namespace ClerkEmulator
