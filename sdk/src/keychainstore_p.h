// The client token in the OS keychain (QtKeychain), and nowhere else.
#pragma once

#include <ClerkQt/error.h>

#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>

namespace Clerk {

/// Serialises keychain jobs for one entry (service + key). Every job has a timeout: qtkeychain runs jobs one
/// at a time through a global queue, so a stuck job is deleted to unblock later ones. Plaintext fallback is
/// off. All callbacks run from the event loop, never synchronously.
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    KeychainStore(const QString &service, const QString &key, std::chrono::milliseconds timeout,
                  QObject *parent = nullptr);
    ~KeychainStore() override;

    using ReadCallback = std::function<void(const QString &token, const Error &error)>;
    using DoneCallback = std::function<void(const Error &error)>;

    /// `token` empty and `error` null: no entry. A locked keyring reads as "no entry" — see probeWritable().
    void read(ReadCallback done);
    void write(const QString &token, DoneCallback done = {});
    /// Deleting a missing entry is a success.
    void remove(DoneCallback done = {});
    /// Writes and deletes a harmless entry beside ours: tells "no stored session" from "keyring locked".
    void probeWritable(DoneCallback done);

    bool isBusy() const { return m_running || !m_queue.empty(); }

private:
    enum class Op { Read, Write, Delete };
    void enqueue(std::function<void()> start);
    void runNext();
    void runJob(Op op, const QString &key, const QString &value,
                std::function<void(const QString &value, const Error &error)> done);

    QString m_service;
    QString m_key;
    std::chrono::milliseconds m_timeout;
    std::deque<std::function<void()>> m_queue;
    bool m_running = false;
};

} // namespace Clerk
