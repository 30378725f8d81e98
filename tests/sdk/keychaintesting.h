// Keychain back ends for the tests of issue #21 (they link ClerkQt::Internals): they stand in for what Linux cannot
// show — Windows' service-blind store, a keyring that fails half-way, a job that waits for the user.
#pragma once

#include "keychainkeys.h"
#include "keychainstore_p.h"

#include <qt6keychain/keychain.h>

#include <QHash>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace KeychainTesting {

inline const char *opName(Clerk::KeychainRequest::Op op)
{
    using Op = Clerk::KeychainRequest::Op;
    return op == Op::Read ? "read" : op == Op::Write ? "write" : "delete";
}

/// The real keychain (QtKeychain) with a log of every job ("read <key>", …), an optional failure per job, and
/// optionally one service for every job — QtKeychain's Windows back end ignores the service name.
struct RealKeychain
{
    QStringList log;
    std::function<Clerk::Error(const Clerk::KeychainRequest &)> failure;
    QString forcedService;

    Clerk::KeychainBackend backend()
    {
        return [this](const Clerk::KeychainRequest &request, std::function<void(const Clerk::KeychainAnswer &)> done) {
            log << QString::fromLatin1(opName(request.op)) + QLatin1Char(' ') + request.key;
            const Clerk::Error error = failure ? failure(request) : Clerk::Error();
            if (!error.isNull()) {
                QTimer::singleShot(0, [done, error] { done({QString(), error}); });
                return;
            }
            Clerk::KeychainRequest real = request;
            if (!forcedService.isEmpty())
                real.service = forcedService;
            Clerk::qtKeychainBackend(real, std::move(done));
        };
    }
    bool touched(const QString &key) const
    {
        for (const QString &line : log) {
            if (line.endsWith(QLatin1Char(' ') + key))
                return true;
        }
        return false;
    }
};

/// A keychain in memory whose reads can be held back until the test answers them: a prompt the user reads.
struct MemoryKeychain
{
    QHash<QString, QString> entries; ///< service + '\n' + key → value
    bool holdReads = false;
    QList<std::function<void()>> held;

    Clerk::KeychainBackend backend()
    {
        return [this](const Clerk::KeychainRequest &request, std::function<void(const Clerk::KeychainAnswer &)> done) {
            const QString id = request.service + QLatin1Char('\n') + request.key;
            auto answer = [this, request, id, done] {
                Clerk::KeychainAnswer a;
                switch (request.op) {
                case Clerk::KeychainRequest::Op::Read:
                    a.value = entries.value(id);
                    break;
                case Clerk::KeychainRequest::Op::Write:
                    entries.insert(id, request.value);
                    break;
                case Clerk::KeychainRequest::Op::Delete:
                    entries.remove(id);
                    break;
                }
                done(a);
            };
            if (holdReads && request.op == Clerk::KeychainRequest::Op::Read)
                held << answer;
            else
                QTimer::singleShot(0, answer);
        };
    }
    /// The user answered the prompt: every held read gets its answer now.
    void release()
    {
        const auto answers = std::exchange(held, {});
        for (const auto &answer : answers)
            answer();
    }
};

} // namespace KeychainTesting
