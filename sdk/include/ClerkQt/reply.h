// Clerk::Reply — the handle every asynchronous Auth operation returns.
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
class CLERKQT_EXPORT Reply : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool isFinished READ isFinished NOTIFY finished)
    Q_PROPERTY(bool hasError READ hasError NOTIFY finished)
    Q_PROPERTY(Clerk::Error error READ error NOTIFY finished)
    Q_PROPERTY(QVariant result READ result NOTIFY finished)
public:
    ~Reply() override;

    bool isFinished() const;
    bool hasError() const;
    Error error() const;
    /// What the operation produced, if anything: documented per operation on Auth (e.g. a Clerk::User for
    /// reloadUser()); invalid otherwise.
    QVariant result() const;
    template <typename T>
    T resultAs() const { return result().template value<T>(); }

    bool autoDelete() const;
    void setAutoDelete(bool autoDelete);

    /// Runs `f` (no arguments, or `const QVariant &result`) on success, in `context`'s thread.
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

    /// Runs `f(const Clerk::Error &)` on failure, in `context`'s thread.
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

    /// Runs `f()` when the reply finishes either way.
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
    void succeeded();
    void errorOccurred(const Clerk::Error &error);
    void finished();

protected:
    explicit Reply(QObject *parent);
    /// Completes the reply (queued when called before the creating call returned). Only the SDK calls these.
    void finishWithResult(const QVariant &result);
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
