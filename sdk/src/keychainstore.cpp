#include "keychainstore_p.h"

#include "logging_p.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Clerk {

namespace {

Error keychainError(const QString &code, const QString &message)
{
    return Error(Error::Kind::Keychain, code, message);
}

QString codeFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("clerkqt_keychain_access_denied");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QStringLiteral("clerkqt_keychain_unavailable");
    default:
        return QStringLiteral("clerkqt_keychain_failed");
    }
}

} // namespace

KeychainStore::KeychainStore(const QString &service, const QString &key, std::chrono::milliseconds timeout,
                             QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_key(key)
    , m_timeout(timeout)
{
}

KeychainStore::~KeychainStore() = default;

void KeychainStore::enqueue(std::function<void()> start)
{
    m_queue.push_back(std::move(start));
    if (!m_running)
        QMetaObject::invokeMethod(this, &KeychainStore::runNext, Qt::QueuedConnection);
}

void KeychainStore::runNext()
{
    if (m_running || m_queue.empty())
        return;
    m_running = true;
    auto start = std::move(m_queue.front());
    m_queue.pop_front();
    start();
}

void KeychainStore::runJob(Op op, const QString &key, const QString &value,
                           std::function<void(const QString &, const Error &)> done)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service);
        w->setTextData(value);
        job = w;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never parented and never deleted by us: the libsecret back end calls back into a job after it was
    // deleted, so a job always lives until it finishes and then deletes itself (autoDelete).
    job->setAutoDelete(true);
    job->setKey(key);
    job->setInsecureFallback(false);

    const char *opName = op == Op::Read ? "read" : op == Op::Write ? "write" : "delete";
    struct State
    {
        bool settled = false;
        QPointer<QTimer> timer;
    };
    auto state = std::make_shared<State>();
    auto *timer = new QTimer(this);
    state->timer = timer;
    QPointer<QKeychain::Job> guard(job);

    auto settle = [this, state, done](const QString &v, const Error &e) {
        if (state->settled)
            return;
        state->settled = true;
        if (state->timer) {
            state->timer->stop();
            state->timer->deleteLater();
        }
        if (done)
            done(v, e);
        m_running = false;
        runNext();
    };

    connect(job, &QKeychain::Job::finished, this, [job, op, opName, settle](QKeychain::Job *) {
        const QKeychain::Error err = job->error();
        QString v;
        Error e;
        if (err == QKeychain::NoError) {
            if (op == Op::Read)
                v = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        } else if (err == QKeychain::EntryNotFound && op != Op::Write) {
            // read: no entry; delete: nothing to delete — both are fine
        } else {
            qCWarning(lcKeychain) << "keychain" << opName << "failed:" << err << job->errorString();
            e = keychainError(codeFor(err), job->errorString());
        }
        settle(v, e);
    });

    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [guard, opName, settle, timeout = m_timeout] {
        qCWarning(lcKeychain) << "keychain" << opName << "timed out after" << timeout.count() << "ms";
        // Stop listening; the job finishes (and deletes itself) whenever the back end answers. Deleting it now
        // would crash when that answer comes. A job that never finishes keeps qtkeychain's global queue
        // blocked; every later job then times out here too — reported, never hanging Auth.
        if (guard)
            guard->disconnect(guard.data(), &QKeychain::Job::finished, nullptr, nullptr);
        settle({}, keychainError(QStringLiteral("clerkqt_keychain_timeout"),
                                 QStringLiteral("The keychain did not answer in time.")));
    });
    timer->start(int(m_timeout.count()));
    qCDebug(lcKeychain) << "keychain" << opName << "started";
    job->start();
}

void KeychainStore::read(ReadCallback done)
{
    enqueue([this, done] { runJob(Op::Read, m_key, {}, done); });
}

void KeychainStore::write(const QString &token, DoneCallback done)
{
    enqueue([this, token, done] {
        runJob(Op::Write, m_key, token, [done](const QString &, const Error &e) {
            if (done)
                done(e);
        });
    });
}

void KeychainStore::remove(DoneCallback done)
{
    enqueue([this, done] {
        runJob(Op::Delete, m_key, {}, [done](const QString &, const Error &e) {
            if (done)
                done(e);
        });
    });
}

void KeychainStore::probeWritable(DoneCallback done)
{
    const QString probeKey = m_key + QStringLiteral(":probe");
    enqueue([this, probeKey, done] {
        runJob(Op::Write, probeKey, QStringLiteral("1"), [this, probeKey, done](const QString &, const Error &e) {
            if (!e.isNull()) {
                if (done)
                    done(e);
                return;
            }
            // Put the clean-up at the front so it runs before anything queued meanwhile.
            m_queue.push_front([this, probeKey, done] {
                runJob(Op::Delete, probeKey, {}, [done](const QString &, const Error &e2) {
                    if (done)
                        done(e2);
                });
            });
        });
    });
}

} // namespace Clerk
