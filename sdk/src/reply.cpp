#include <ClerkQt/reply.h>

namespace Clerk {

struct Reply::Private
{
    bool finished = false;
    bool completing = false;
    bool autoDelete = true;
    Error error;
    QVariant result;
    std::function<void()> abortHandler;
};

Reply::Reply(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

// Deleting a pending reply is how C++ callers give up on it: the work behind it must stop too, or a request
// nobody waits for would still change the client's state when it lands.
Reply::~Reply()
{
    if (auto handler = std::exchange(d->abortHandler, nullptr))
        handler();
}

bool Reply::isFinished() const { return d->finished; }
bool Reply::hasError() const { return !d->error.isNull(); }
Error Reply::error() const { return d->error; }
QVariant Reply::result() const { return d->result; }
bool Reply::autoDelete() const { return d->autoDelete; }
void Reply::setAutoDelete(bool autoDelete) { d->autoDelete = autoDelete; }
bool Reply::isSettled() const { return d->finished || d->completing; }

void Reply::setAbortHandler(std::function<void()> handler)
{
    if (!isSettled())
        d->abortHandler = std::move(handler);
}

void Reply::abort()
{
    if (isSettled())
        return;
    // Settle first: whatever the handler causes (a request callback failing the reply) then no longer counts.
    auto handler = std::exchange(d->abortHandler, nullptr);
    finishWithError(Error(Error::Kind::Canceled, QStringLiteral("clerkqt_aborted"),
                          QStringLiteral("The operation was aborted.")));
    if (handler)
        handler();
}

void Reply::whenFinished(const QObject *context, Continuation fn)
{
    QPointer<const QObject> guard(context);
    if (!guard)
        return;
    if (d->finished) {
        // Queued on the context, not on this reply: a finished reply may be deleted (autoDelete) before it runs.
        QMetaObject::invokeMethod(
            const_cast<QObject *>(context),
            [guard, fn = std::move(fn), error = d->error, result = d->result] {
                if (guard)
                    fn(error, result);
            },
            Qt::QueuedConnection);
        return;
    }
    connect(
        this, &Reply::finished, this,
        [this, guard, fn = std::move(fn)] {
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                const_cast<QObject *>(guard.data()),
                [guard, fn, error = d->error, result = d->result] {
                    if (guard)
                        fn(error, result);
                },
                Qt::AutoConnection);
        },
        Qt::SingleShotConnection);
}

// Completion is always delivered from the event loop, never from inside the call that created the reply,
// so `auto *r = auth.signIn(…); connect(r, …)` can never miss the signal.
void Reply::finishWithResult(const QVariant &result)
{
    if (isSettled())
        return;
    d->completing = true;
    d->abortHandler = nullptr;
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            d->result = result;
            d->finished = true;
            Q_EMIT succeeded();
            Q_EMIT finished();
            if (d->autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

void Reply::finishWithError(const Error &error)
{
    if (isSettled())
        return;
    d->completing = true;
    d->abortHandler = nullptr;
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            d->error = error;
            d->finished = true;
            Q_EMIT errorOccurred(error);
            Q_EMIT finished();
            if (d->autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace Clerk
