#include <ClerkQt/reply.h>

namespace Clerk {

struct Reply::Private
{
    bool finished = false;
    bool completing = false;
    bool autoDelete = true;
    Error error;
    QVariant result;
};

Reply::Reply(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

Reply::~Reply() = default;

bool Reply::isFinished() const { return d->finished; }
bool Reply::hasError() const { return !d->error.isNull(); }
Error Reply::error() const { return d->error; }
QVariant Reply::result() const { return d->result; }
bool Reply::autoDelete() const { return d->autoDelete; }
void Reply::setAutoDelete(bool autoDelete) { d->autoDelete = autoDelete; }

// Completion is always delivered from the event loop, never from inside the call that created the reply,
// so `auto *r = auth.signIn(…); connect(r, …)` can never miss the signal.
void Reply::finishWithResult(const QVariant &result)
{
    if (d->finished || d->completing)
        return;
    d->completing = true;
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
    if (d->finished || d->completing)
        return;
    d->completing = true;
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
