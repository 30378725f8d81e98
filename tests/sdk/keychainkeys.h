// The keychain entries as AuthConfig documents them (issue #21), computed here from the documented rule and never
// by the SDK's own function, and a direct QtKeychain write (what an older clerk-qt stored).
#pragma once

#include <qt6keychain/keychain.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QString>
#include <QTimer>

namespace KeychainTesting {

/// AuthConfig::keychainService's rule: "clerk-qt-client:" + hex(first 16 bytes of SHA-256(service \n appId \n pk)).
inline QString documentedKey(const QString &service, const QString &appId, const QString &publishableKey)
{
    const QByteArray input = service.toUtf8() + '\n' + appId.toUtf8() + '\n' + publishableKey.toUtf8();
    return QStringLiteral("clerk-qt-client:")
        + QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).left(16).toHex());
}

/// The key of clerk-qt before issue #21: "client-token:" + hex(first 16 bytes of SHA-256(pk)).
inline QString documentedLegacyKey(const QString &publishableKey)
{
    return QStringLiteral("client-token:")
        + QString::fromLatin1(
              QCryptographicHash::hash(publishableKey.toUtf8(), QCryptographicHash::Sha256).left(16).toHex());
}

/// Writes an entry with QtKeychain directly (as an older clerk-qt did); true on success.
inline bool writeKeychain(const QString &service, const QString &key, const QString &value)
{
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(value);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace KeychainTesting
