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

KeychainBackend &testBackend()
{
    static KeychainBackend backend;
    return backend;
}

} // namespace

void qtKeychainBackend(const KeychainRequest &request, std::function<void(const KeychainAnswer &)> done)
{
    using Op = KeychainRequest::Op;
    QKeychain::Job *job = nullptr;
    switch (request.op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(request.service);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(request.service);
        w->setTextData(request.value);
        job = w;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(request.service);
        break;
    }
    // Never parented and never deleted by us: the libsecret back end calls back into a job after it was
    // deleted, so a job always lives until it finishes and then deletes itself (autoDelete).
    job->setAutoDelete(true);
    job->setKey(request.key);
    job->setInsecureFallback(false);
    const Op op = request.op;
    QObject::connect(job, &QKeychain::Job::finished, job, [job, op, done](QKeychain::Job *) {
        const QKeychain::Error err = job->error();
        KeychainAnswer answer;
        if (err == QKeychain::NoError) {
            if (op == Op::Read)
                answer.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        } else if (err == QKeychain::EntryNotFound && op != Op::Write) {
            // read: no entry; delete: nothing to delete — both are fine
        } else {
            answer.error = keychainError(codeFor(err), job->errorString());
        }
        done(answer);
    });
    job->start();
}

void setKeychainBackendForTesting(KeychainBackend backend)
{
    testBackend() = std::move(backend);
}

KeychainStore::KeychainStore(const QString &service, const QString &key, std::chrono::milliseconds timeout,
                             std::chrono::milliseconds waitingAfter, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_key(key)
    , m_timeout(timeout)
    , m_waitingAfter(waitingAfter)
    , m_backend(testBackend() ? testBackend() : KeychainBackend(qtKeychainBackend))
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

void KeychainStore::setWaiting(bool waiting)
{
    if (m_waiting == waiting)
        return;
    m_waiting = waiting;
    Q_EMIT waitingChanged();
}

void KeychainStore::runJob(Op op, const QString &key, const QString &value,
                           std::function<void(const QString &, const Error &)> done)
{
    const char *opName = op == Op::Read ? "read" : op == Op::Write ? "write" : "delete";
    struct State
    {
        bool settled = false;
        QPointer<QTimer> timeout;
        QPointer<QTimer> waiting;
    };
    auto state = std::make_shared<State>();
    QPointer<KeychainStore> self(this);

    // Runs at most once: the answer or the timeout, whichever comes first. A late answer finds it settled.
    auto settle = [self, state, done](const QString &v, const Error &e) {
        if (!self || state->settled)
            return;
        state->settled = true;
        // Possibly called from one of these timers' own signal: stopped now, deleted once it has returned.
        for (QTimer *timer : {state->timeout.data(), state->waiting.data()}) {
            if (timer) {
                timer->stop();
                timer->deleteLater();
            }
        }
        self->setWaiting(false);
        if (done)
            done(v, e);
        self->m_running = false;
        self->runNext();
    };

    if (m_waitingAfter.count() > 0) {
        auto *waiting = new QTimer(this);
        state->waiting = waiting;
        waiting->setSingleShot(true);
        connect(waiting, &QTimer::timeout, this, [this, opName] {
            qCInfo(lcKeychain) << "keychain" << opName << "is waiting, probably for the user";
            setWaiting(true);
        });
        waiting->start(int(m_waitingAfter.count()));
    }
    if (m_timeout.count() > 0) {
        auto *timer = new QTimer(this);
        state->timeout = timer;
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [opName, settle, timeout = m_timeout] {
            qCWarning(lcKeychain) << "keychain" << opName << "timed out after" << timeout.count() << "ms";
            // The job finishes (and deletes itself) whenever the back end answers; deleting it now would crash
            // when that answer comes. A job that never finishes keeps qtkeychain's global queue blocked; every
            // later job then times out here too — reported, never hanging Auth.
            settle({}, keychainError(QStringLiteral("clerkqt_keychain_timeout"),
                                     QStringLiteral("The keychain did not answer in time.")));
        });
        timer->start(int(m_timeout.count()));
    }
    qCDebug(lcKeychain) << "keychain" << opName << "started";
    KeychainRequest request;
    request.op = op;
    request.service = m_service;
    request.key = key;
    request.value = value;
    m_backend(request, [opName, settle](const KeychainAnswer &answer) {
        if (!answer.error.isNull())
            qCWarning(lcKeychain) << "keychain" << opName << "failed:" << answer.error.code()
                                  << answer.error.message();
        settle(answer.value, answer.error);
    });
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

void KeychainStore::readOther(const QString &key, ReadCallback done)
{
    enqueue([this, key, done] { runJob(Op::Read, key, {}, done); });
}

void KeychainStore::removeOther(const QString &key, DoneCallback done)
{
    enqueue([this, key, done] {
        runJob(Op::Delete, key, {}, [done](const QString &, const Error &e) {
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
