// Shared helpers of the SDK integration tests: emulator + real keychain + awaiting Replies.
#pragma once

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTimer>
#include <QUuid>
#include <QtEndian>
#include <QtTest>

#include <memory>

namespace TestHelpers {

inline const QString kJane = QStringLiteral("jane+clerk_test@example.com");
inline const QString kJanePassword = QStringLiteral("correct horse battery staple");
inline const QString kJanePhone = QStringLiteral("+15555550100");
inline const QString kBob = QStringLiteral("bob+clerk_test@example.com");
inline const QString kBobPassword = QStringLiteral("bob-password-123");
inline const QString kBobTotpSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
inline const QString kAda = QStringLiteral("ada+clerk_test@example.com");
inline const QString kAdaPassword = QStringLiteral("analytical-engine-1843");
inline const QString kTestCode = QStringLiteral("424242");
inline const QString kAcme = QStringLiteral("org_2acme0000000000000000000001");
inline const QString kGlobex = QStringLiteral("org_2globex00000000000000000002");

/// A keychain service name no other test run uses.
inline QString uniqueService(const char *test)
{
    return QStringLiteral("clerk-qt-test-%1-%2").arg(QLatin1String(test), QUuid::createUuid().toString(QUuid::Id128).left(12));
}

/// The account key AuthConfig documents (issue #21): "clerk-qt-client:" + hex(first 16 bytes of SHA-256(service +
/// "\n" + app id + "\n" + publishable key)).
inline QString keychainKey(const QString &service, const QString &publishableKey, const QString &appId = QString())
{
    const QByteArray input = service.toUtf8() + '\n' + appId.toUtf8() + '\n' + publishableKey.toUtf8();
    return QStringLiteral("clerk-qt-client:")
        + QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).left(16).toHex());
}

/// Runs a QtKeychain job for `key` to completion (15 s at most; a stuck Secret Service must not hang a test).
inline void runKeychainJob(QKeychain::Job &job, const QString &key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

/// Reads an entry straight from the keychain. Returns {found, value}; `error` gets QtKeychain's error.
inline QPair<bool, QString> readKeychain(const QString &service, const QString &key, QKeychain::Error *error = nullptr)
{
    QKeychain::ReadPasswordJob job(service);
    runKeychainJob(job, key);
    if (error)
        *error = job.error();
    return {job.error() == QKeychain::NoError, job.textData()};
}

/// The client token of the SDK's keychain entry: format 2 is {"v":2,"client_token":…,"client":{…}}; an entry of
/// format 1 is the bare token. Empty when there is no entry.
inline QString clientTokenOfEntry(const QString &entry)
{
    if (!entry.startsWith(QLatin1Char('{')))
        return entry;
    return QJsonDocument::fromJson(entry.toUtf8()).object().value(QLatin1String("client_token")).toString();
}

inline QString storedClientToken(const QString &service, const QString &key)
{
    return clientTokenOfEntry(readKeychain(service, key).second);
}

inline void deleteKeychain(const QString &service, const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    runKeychainJob(job, key);
}

/// What a Reply ended with.
struct Outcome
{
    bool finished = false;
    Clerk::Error error;
    QVariant result;
    bool ok() const { return finished && error.isNull(); }
};

/// Waits (generously) for `reply` and returns its outcome; the reply is deleted afterwards.
inline Outcome await(Clerk::Reply *reply, int timeoutMs = 30000)
{
    Outcome o;
    if (!reply)
        return o;
    reply->setAutoDelete(false);
    QPointer<Clerk::Reply> guard(reply);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &Clerk::Reply::finished);
        spy.wait(timeoutMs);
    }
    if (guard && guard->isFinished()) {
        o.finished = true;
        o.error = guard->error();
        o.result = guard->result();
    }
    delete guard.data();
    return o;
}

/// RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) for a base32 secret at Unix time `unixMs`.
inline QString totp(const QString &base32Secret, qint64 unixMs)
{
    static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray key;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32Secret.toUpper()) {
        const int v = alphabet.indexOf(char(c.toLatin1()));
        if (v < 0)
            continue;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            key.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    const quint64 counter = quint64(unixMs / 1000 / 30);
    QByteArray msg(8, '\0');
    qToBigEndian(counter, msg.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(msg, key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(uchar(mac.at(offset)) & 0x7f) << 24) | (quint32(uchar(mac.at(offset + 1))) << 16)
        | (quint32(uchar(mac.at(offset + 2))) << 8) | quint32(uchar(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

/// Claims of a JWT (unverified) — to check which session/org a token names.
inline QJsonObject jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding)).object();
}

/// A QNetworkAccessManager that remembers the last client token the server handed out (Authorization
/// response header) and counts the requests the SDK sent through it — proves NAM reuse, and gives the
/// tests a token to look for on disk without the SDK ever exposing it.
class SpyNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QString lastClientToken;
    QStringList allClientTokens;
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
            if (!reply->hasRawHeader("Authorization"))
                return;
            QString t = QString::fromUtf8(reply->rawHeader("Authorization")).trimmed();
            if (t.startsWith(QLatin1String("Bearer ")))
                t = t.mid(7);
            if (!t.isEmpty() && t != lastClientToken) {
                lastClientToken = t;
                allClientTokens << t;
            }
        });
        return reply;
    }
};

/// Builds a config for the emulator with its own keychain service.
inline Clerk::AuthConfig configFor(const ClerkEmulator::Server &server, const QString &service,
                                   QNetworkAccessManager *nam = nullptr)
{
    Clerk::AuthConfig config;
    config.publishableKey = server.publishableKey();
    config.keychainService = service;
    config.networkAccessManager = nam;
    config.restoreRetryInitial = std::chrono::milliseconds(200);
    config.restoreRetryMax = std::chrono::milliseconds(1000);
    return config;
}

/// What the emulator says about a client token, asked as a client outside the SDK would (GET /v1/client).
struct ClientProbe
{
    int status = 0;     ///< HTTP status; 0 when no answer came
    QJsonObject client; ///< the client, when the token is still valid
    bool hasActiveSession() const
    {
        for (const QJsonValue &s : client.value(QLatin1String("sessions")).toArray()) {
            if (s.toObject().value(QLatin1String("status")).toString() == QLatin1String("active"))
                return true;
        }
        return false;
    }
};

inline ClientProbe probeClient(const ClerkEmulator::Server &server, const QString &clientToken)
{
    QNetworkAccessManager nam;
    QUrl url = server.fapiUrl();
    url.setPath(url.path() + QStringLiteral("/client"));
    url.setQuery(QStringLiteral("_is_native=1"));
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", clientToken.toUtf8());
    std::unique_ptr<QNetworkReply> reply(nam.get(req));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    ClientProbe probe;
    probe.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    probe.client = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("response")).toObject();
    return probe;
}

/// Waits until Auth left Loading.
inline bool waitLoaded(Clerk::Auth &auth, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (auth.status() == Clerk::Auth::Status::Loading && t.elapsed() < timeoutMs)
        QTest::qWait(20);
    return auth.status() != Clerk::Auth::Status::Loading;
}

/// A fresh Auth (a device of its own) for `server`, kept out of the keychain, signed in as `identifier`; null,
/// with a warning saying why, when the sign-in does not end SignedIn.
inline std::unique_ptr<Clerk::Auth> signedInAuth(const ClerkEmulator::Server &server, const char *service,
                                                 const QString &identifier, const QString &password)
{
    Clerk::AuthConfig config = configFor(server, uniqueService(service));
    config.persistSession = false;
    auto auth = std::make_unique<Clerk::Auth>(config);
    if (!waitLoaded(*auth))
        return nullptr;
    const Outcome o = await(auth->signIn(identifier, password));
    if (!o.ok() || auth->status() != Clerk::Auth::Status::SignedIn) {
        qWarning() << "sign-in failed:" << o.error.toString();
        return nullptr;
    }
    return auth;
}

} // namespace TestHelpers
