/// @file
/// Clerk::Reply — the handle every asynchronous Auth operation returns.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <memory>
#include <type_traits>
#include <utility>

namespace Clerk {

/// The pending result of one operation (sign-in step, sign-out, session switch, user update …).
///
/// A Reply never finishes before the call that created it returns, so connecting right after the call is
/// always in time. It finishes exactly once: `succeeded()` or `errorOccurred()` first, then `finished()`.
/// After `finished()` it deletes itself (deleteLater) unless `setAutoDelete(false)` was called; then the
/// caller owns it. The Auth that created it is its parent.
///
/// Chaining: `auth.signIn(id, pw)->then(this, [] { … })->onError(this, [](const Clerk::Error &e) { … });`
/// — both run at most once, in the context object's thread, and not at all if the context is gone.
///
/// Readable from QML: `isFinished`, `hasError`, `error` and `result`, all notified by finished().
class CLERKQT_EXPORT Reply : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool isFinished READ isFinished NOTIFY finished)
    Q_PROPERTY(bool hasError READ hasError NOTIFY finished)
    Q_PROPERTY(Clerk::Error error READ error NOTIFY finished)
    Q_PROPERTY(QVariant result READ result NOTIFY finished)
public:
    ~Reply() override;

    /// True once the reply has finished; it is already true when succeeded() or errorOccurred() is emitted.
    bool isFinished() const;
    /// True when the reply finished with an error; false while it is pending.
    bool hasError() const;
    /// The failure; the null Error while pending and after success.
    Error error() const;
    /// What the operation produced, if anything: documented per operation on Auth (e.g. a Clerk::User for
    /// reloadUser()); invalid otherwise.
    QVariant result() const;
    /// result() as a `T`, e.g. `resultAs<Clerk::User>()` or `resultAs<Clerk::Auth::Status>()`; a
    /// default-constructed `T` when the result holds no `T`.
    template <typename T>
    T resultAs() const { return result().template value<T>(); }

    /// Whether the reply deletes itself (deleteLater()) after finished(); true by default.
    bool autoDelete() const;
    /// false keeps the reply after it finished, for the caller to delete; call it before it finishes. The Auth
    /// is still its parent and deletes it when it is destroyed itself.
    void setAutoDelete(bool autoDelete);

    /// Runs `f` (no arguments, or `const QVariant &result`) on success, in `context`'s thread. On a reply that has
    /// already finished it is queued. Returns this reply, for chaining.
    template <typename Func>
    Reply *then(const QObject *context, Func &&f)
    {
        if (isFinished()) {
            if (!hasError()) {
                QPointer<const QObject> guard(context);
                QMetaObject::invokeMethod(const_cast<QObject *>(context),
                                          [guard, r = result(), f = std::forward<Func>(f)]() mutable {
                                              if (guard)
                                                  invokeWithResult(f, r);
                                          },
                                          Qt::QueuedConnection);
            }
        } else {
            connect(this, &Reply::succeeded, context,
                    [this, f = std::forward<Func>(f)]() mutable { invokeWithResult(f, result()); },
                    Qt::SingleShotConnection);
        }
        return this;
    }

    /// Runs `f(const Clerk::Error &)` on failure, in `context`'s thread. Returns this reply, for chaining.
    template <typename Func>
    Reply *onError(const QObject *context, Func &&f)
    {
        if (isFinished()) {
            if (hasError()) {
                QPointer<const QObject> guard(context);
                QMetaObject::invokeMethod(const_cast<QObject *>(context),
                                          [guard, e = error(), f = std::forward<Func>(f)]() mutable {
                                              if (guard)
                                                  f(e);
                                          },
                                          Qt::QueuedConnection);
            }
        } else {
            connect(this, &Reply::errorOccurred, context, std::forward<Func>(f), Qt::SingleShotConnection);
        }
        return this;
    }

    /// Runs `f()` when the reply finishes either way, in `context`'s thread. Returns this reply, for chaining.
    template <typename Func>
    Reply *always(const QObject *context, Func &&f)
    {
        if (isFinished())
            QMetaObject::invokeMethod(const_cast<QObject *>(context), std::forward<Func>(f), Qt::QueuedConnection);
        else
            connect(this, &Reply::finished, context, std::forward<Func>(f), Qt::SingleShotConnection);
        return this;
    }

Q_SIGNALS:
    /// The operation succeeded; result() holds what it produced. Emitted once, before finished().
    void succeeded();
    /// The operation failed with `error` (the same as error()). Emitted once, before finished().
    void errorOccurred(const Clerk::Error &error);
    /// Emitted once, after succeeded() or errorOccurred(); the reply is deleted afterwards unless autoDelete() is
    /// false.
    void finished();

protected:
    /// Replies are made by the SDK; `parent` is the Auth that returns it.
    explicit Reply(QObject *parent);
    /// Completes the reply with `result`. Delivery is always queued to the event loop, so a reply never finishes
    /// inside the call that created it; only the first completion counts. Only the SDK calls these.
    void finishWithResult(const QVariant &result);
    /// Completes the reply with `error`; see finishWithResult().
    void finishWithError(const Error &error);

private:
    template <typename Func>
    static void invokeWithResult(Func &f, const QVariant &result)
    {
        if constexpr (std::is_invocable_v<Func &>)
            f();
        else
            f(result);
    }

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Clerk
