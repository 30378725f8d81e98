// The client token in the OS keychain (QtKeychain), and nowhere else.
#pragma once

#include <ClerkQt/error.h>

#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>

namespace Clerk {

/// One job for the keychain back end.
struct KeychainRequest
{
    enum class Op { Read, Write, Delete };
    Op op = Op::Read;
    QString service;
    QString key;
    QString value; ///< Write only
};

/// A back end's answer. Read: `value` empty and `error` null = no entry. Deleting a missing entry is a success.
struct KeychainAnswer
{
    QString value;
    Error error;
};

/// Runs one job and calls `done` once from the event loop — or never, when the back end never answers.
using KeychainBackend = std::function<void(const KeychainRequest &, std::function<void(const KeychainAnswer &)>)>;

/// The real back end: QtKeychain, plaintext fallback off.
void qtKeychainBackend(const KeychainRequest &request, std::function<void(const KeychainAnswer &)> done);

/// Tests only: the back end of every KeychainStore created from now on (one that answers late, fails half-way, or
/// ignores the service as Windows does). An empty function restores qtKeychainBackend().
void setKeychainBackendForTesting(KeychainBackend backend);

/// Serialises keychain jobs for one entry (service + key). Every job may have a timeout: qtkeychain runs jobs one
/// at a time through a global queue, so where a stuck job is likelier than a prompt (see keychainPolicyFor()) it is
/// abandoned to report the failure. Plaintext fallback is off. All callbacks run from the event loop, never
/// synchronously.
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    /// `timeout` zero = jobs wait as long as the keychain takes; `waitingAfter`: see waitingChanged().
    KeychainStore(const QString &service, const QString &key, std::chrono::milliseconds timeout,
                  std::chrono::milliseconds waitingAfter, QObject *parent = nullptr);
    ~KeychainStore() override;

    using ReadCallback = std::function<void(const QString &token, const Error &error)>;
    using DoneCallback = std::function<void(const Error &error)>;

    /// `token` empty and `error` null: no entry. A locked keyring reads as "no entry" — see probeWritable().
    void read(ReadCallback done);
    void write(const QString &token, DoneCallback done = {});
    /// Deleting a missing entry is a success.
    void remove(DoneCallback done = {});
    /// Another entry of the same service (an older version's key), read and deleted through the same queue.
    void readOther(const QString &key, ReadCallback done);
    void removeOther(const QString &key, DoneCallback done = {});
    /// Writes and deletes a harmless entry beside ours: tells "no stored session" from "keyring locked".
    void probeWritable(DoneCallback done);

    bool isBusy() const { return m_running || !m_queue.empty(); }
    /// A job has been running for longer than `waitingAfter`: most likely the OS asks the user.
    bool isWaiting() const { return m_waiting; }

Q_SIGNALS:
    void waitingChanged();

private:
    using Op = KeychainRequest::Op;
    void enqueue(std::function<void()> start);
    void runNext();
    void runJob(Op op, const QString &key, const QString &value,
                std::function<void(const QString &value, const Error &error)> done);
    void setWaiting(bool waiting);

    QString m_service;
    QString m_key;
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_waitingAfter;
    KeychainBackend m_backend;
    std::deque<std::function<void()>> m_queue;
    bool m_running = false;
    bool m_waiting = false;
};

} // namespace Clerk
