/// @file
/// Clerk::Reply and Clerk::ReplyOf<T> — the handle every asynchronous operation returns.
#pragma once

#include <ClerkQt/clerkqt_export.h>
#include <ClerkQt/error.h>

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace Clerk {

template <typename T>
class ReplyOf;

/// The pending result of one operation (sign-in step, sign-out, session switch, user update …), untyped.
///
/// C++ code gets a `ReplyOf<T>` (derived from this class) whose result type is known at compile time; Reply is
/// what they have in common, and the object QML sees.
///
/// A Reply never finishes before the call that created it returns, so connecting right after the call is
/// always in time. It finishes exactly once: `succeeded()` or `errorOccurred()` first, then `finished()`.
/// After `finished()` it deletes itself (deleteLater) unless `setAutoDelete(false)` was called; then the
/// caller owns it. The object that created it (e.g. the Auth) is its parent.
///
/// abort() stops the work behind a pending reply (its network request is aborted) and finishes it with
/// Error::Kind::Canceled, code `clerkqt_aborted`. Deleting a pending reply also stops its work, without emitting.
///
/// Readable from QML: `pending`, `isFinished`, `hasError`, `error` and `result`, all notified by finished();
/// `abort()` is invokable.
class CLERKQT_EXPORT Reply : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool pending READ isPending NOTIFY finished)
    Q_PROPERTY(bool isFinished READ isFinished NOTIFY finished)
    Q_PROPERTY(bool hasError READ hasError NOTIFY finished)
    Q_PROPERTY(Clerk::Error error READ error NOTIFY finished)
    Q_PROPERTY(QVariant result READ result NOTIFY finished)
public:
    /// On a pending reply, stops the work behind it (without emitting anything).
    ~Reply() override;

    /// True until the reply has finished.
    bool isPending() const { return !isFinished(); }
    /// True once the reply has finished; it is already true when succeeded() or errorOccurred() is emitted.
    bool isFinished() const;
    /// True when the reply finished with an error; false while it is pending.
    bool hasError() const;
    /// The failure; the null Error while pending and after success.
    Error error() const;
    /// What the operation produced, if anything (ReplyOf<T>::value() is the typed form); invalid otherwise.
    QVariant result() const;
    /// result() as a `T`; a default-constructed `T` when the result holds no `T`.
    template <typename T>
    T resultAs() const { return result().template value<T>(); }

    /// Whether the reply deletes itself (deleteLater()) after finished(); true by default.
    bool autoDelete() const;
    /// false keeps the reply after it finished, for the caller to delete; call it before it finishes. The parent
    /// still deletes it when it is destroyed itself.
    void setAutoDelete(bool autoDelete);

    /// Stops the work behind a pending reply — its network request is aborted, so the server may or may not have
    /// acted on it — and finishes the reply with Error::Kind::Canceled, code `clerkqt_aborted` (delivered from the
    /// event loop, like every completion). Does nothing once the reply has finished or its outcome is already on
    /// its way.
    Q_INVOKABLE void abort();

    /// Runs `f` (no arguments, or `const QVariant &result`) on success, in `context`'s thread, and not at all when
    /// `context` is gone. On a reply that has already finished it is queued. Returns this reply, for chaining.
    template <typename Func>
    Reply *then(const QObject *context, Func &&f)
    {
        whenFinished(context, [f = std::forward<Func>(f)](const Error &e, const QVariant &r) mutable {
            if (!e.isNull())
                return;
            if constexpr (std::is_invocable_v<Func &>)
                f();
            else
                f(r);
        });
        return this;
    }

    /// Runs `f(const Clerk::Error &)` on failure, in `context`'s thread. Returns this reply, for chaining.
    template <typename Func>
    Reply *onError(const QObject *context, Func &&f)
    {
        whenFinished(context, [f = std::forward<Func>(f)](const Error &e, const QVariant &) mutable {
            if (!e.isNull())
                f(e);
        });
        return this;
    }

    /// Runs `f()` when the reply finishes either way, in `context`'s thread. Returns this reply, for chaining.
    template <typename Func>
    Reply *always(const QObject *context, Func &&f)
    {
        whenFinished(context, [f = std::forward<Func>(f)](const Error &, const QVariant &) mutable { f(); });
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
    /// Replies are made by the SDK; `parent` is the object that returns it (e.g. the Auth).
    explicit Reply(QObject *parent);
    /// Completes the reply with `result`. Delivery is always queued to the event loop, so a reply never finishes
    /// inside the call that created it; only the first completion counts. Only the SDK calls these.
    void finishWithResult(const QVariant &result);
    /// Completes the reply with `error`; see finishWithResult().
    void finishWithError(const Error &error);
    /// What abort() and the destructor of a pending reply run to stop the work behind it; replaces the previous
    /// one (a multi-step operation sets the handler of its current step). Dropped once the reply completes.
    void setAbortHandler(std::function<void()> handler);

    /// The outcome of a finished reply: a null error and the result on success.
    using Continuation = std::function<void(const Error &error, const QVariant &result)>;
    /// Runs `fn` with the outcome once the reply has finished (queued when it already has), in `context`'s
    /// thread, and not at all when `context` is gone. The outcome is copied: `fn` may run after the reply is gone.
    void whenFinished(const QObject *context, Continuation fn);

    /// Finished, or its outcome is already on its way.
    bool isSettled() const;

private:
    template <typename T>
    friend class ReplyOf;
    friend class ReplyControl;

    struct Private;
    std::unique_ptr<Private> d;
};

/// @cond INTERNAL
// Whether a continuation's return type is a next step (`ReplyOf<U> *`), and its U.
namespace detail {
template <typename R>
struct ReplyOfPointer : std::false_type
{
};
template <typename U>
struct ReplyOfPointer<ReplyOf<U> *> : std::true_type
{
    using Type = U;
};
} // namespace detail
/// @endcond

/// A Reply whose result is a `T` (`void`: the operation has no result), known at compile time.
///
/// It adds no signals or properties: QML sees it as the Reply it is, and a `Q_INVOKABLE ReplyOf<T> *f()` is a
/// Reply handle there. (It has Reply's meta-object, so `qobject_cast` cannot tell a ReplyOf<T> from a Reply.)
///
/// Continuations are typed: `then(context, [](const T &value) { … })`. When the function passed to then()
/// returns a `ReplyOf<U> *` (the next step), then() returns a new `ReplyOf<U> *` that finishes with that step's
/// outcome, or with this reply's error if this one fails; aborting or deleting it aborts whichever step is
/// pending. Every continuation runs in its context object's thread, and not at all when the context is gone.
template <typename T>
class ReplyOf : public Reply
{
public:
    /// The result: a default-constructed `T` while pending or after a failure.
    template <typename U = T, typename = std::enable_if_t<!std::is_void_v<U>>>
    U value() const
    {
        return result().template value<U>();
    }

    /// Runs `f` (`f(const T &)`, or `f()`) on success. Returns this reply when `f` returns nothing; when `f`
    /// returns a `ReplyOf<U> *`, returns a reply for the whole chain (see the class comment). A chain whose `f`
    /// cannot run because `context` is gone fails with Canceled `clerkqt_aborted`; one whose `f` returns null,
    /// with InvalidState `clerkqt_no_reply`.
    template <typename Func>
    auto then(const QObject *context, Func &&f)
    {
        using R = decltype(invokeContinuation(f, std::declval<const QVariant &>()));
        if constexpr (detail::ReplyOfPointer<R>::value) {
            return chain<typename detail::ReplyOfPointer<R>::Type>(context, std::forward<Func>(f));
        } else {
            static_assert(std::is_void_v<R>, "then(): f returns nothing or the next step's ReplyOf<U> *");
            whenFinished(context, [f = std::forward<Func>(f)](const Error &e, const QVariant &r) mutable {
                if (e.isNull())
                    invokeContinuation(f, r);
            });
            return this;
        }
    }

    /// Runs `f(const Clerk::Error &)` on failure. Returns this reply, for chaining.
    template <typename Func>
    ReplyOf<T> *onError(const QObject *context, Func &&f)
    {
        Reply::onError(context, std::forward<Func>(f));
        return this;
    }

    /// Runs `f()` when the reply finishes either way. Returns this reply, for chaining.
    template <typename Func>
    ReplyOf<T> *always(const QObject *context, Func &&f)
    {
        Reply::always(context, std::forward<Func>(f));
        return this;
    }

protected:
    /// Replies are made by the SDK; `parent` is the object that returns it.
    explicit ReplyOf(QObject *parent) : Reply(parent) {}

private:
    template <typename>
    friend class ReplyOf;

    template <typename Func>
    static auto invokeContinuation(Func &f, const QVariant &r)
    {
        if constexpr (std::is_void_v<T>)
            return f();
        else if constexpr (std::is_invocable_v<Func &, const T &>)
            return f(r.template value<T>());
        else
            return f();
    }

    template <typename U, typename Func>
    ReplyOf<U> *chain(const QObject *context, Func &&f)
    {
        auto *chained = new ReplyOf<U>(parent());
        // The step that is pending now: this reply, then the one f returned; null between the two.
        struct Step
        {
            QPointer<Reply> reply;
            const Reply *identity = nullptr;
        };
        auto step = std::make_shared<Step>(Step{this, this});
        chained->setAbortHandler([step] {
            if (step->reply)
                step->reply->abort();
        });
        auto fail = [chained](Error::Kind kind, const char *code, const char *message) {
            chained->finishWithError(Error(kind, QString::fromLatin1(code), QString::fromLatin1(message)));
        };
        // A step destroyed before it finished (its parent went away) ends the chain instead of leaving it pending.
        auto watch = [chained, step, fail](Reply *r) {
            QObject::connect(r, &QObject::destroyed, chained, [step, fail, r] {
                if (step->identity == r)
                    fail(Error::Kind::Canceled, "clerkqt_aborted", "The operation was aborted.");
            });
        };
        watch(this);
        QPointer<const QObject> guard(context);
        whenFinished(chained, [chained, step, guard, fail, watch, f = std::forward<Func>(f)](
                                  const Error &e, const QVariant &r) mutable {
            if (!e.isNull()) {
                chained->finishWithError(e);
                return;
            }
            if (!guard) {
                fail(Error::Kind::Canceled, "clerkqt_aborted", "The continuation's context object is gone.");
                return;
            }
            *step = Step{};
            auto runStep = [chained, step, fail, watch, f = std::move(f), r]() mutable {
                if (chained->isSettled())
                    return; // aborted in between
                ReplyOf<U> *next = invokeContinuation(f, r);
                if (!next) {
                    fail(Error::Kind::InvalidState, "clerkqt_no_reply", "The next step of the chain did not start.");
                    return;
                }
                *step = Step{next, next};
                watch(next);
                next->whenFinished(chained, [chained](const Error &ne, const QVariant &nr) {
                    if (ne.isNull())
                        chained->finishWithResult(nr);
                    else
                        chained->finishWithError(ne);
                });
            };
            // f runs in the context's thread (directly when that is this one), and not if the context dies first.
            QMetaObject::invokeMethod(const_cast<QObject *>(guard.data()), std::move(runStep), Qt::AutoConnection);
        });
        return chained;
    }
};

} // namespace Clerk
