// The SDK's side of Clerk::Reply: replies whose completion (and abort handler) the SDK controls.
#pragma once

#include "fapiclient_p.h"

#include <ClerkQt/reply.h>

namespace Clerk {

class PendingReply : public Reply
{
public:
    explicit PendingReply(QObject *parent) : Reply(parent) {}
    void succeed(const QVariant &result = {}) { finishWithResult(result); }
    void fail(const Error &error) { finishWithError(error); }
    using Reply::isSettled;
    using Reply::setAbortHandler;
};

/// Completes any reply, typed or not, from code that does not know its result type (the result already holds
/// the right type).
class ReplyControl
{
public:
    static void succeed(Reply *reply, const QVariant &result) { reply->finishWithResult(result); }
    static void fail(Reply *reply, const Error &error) { reply->finishWithError(error); }
    static void setAbortHandler(Reply *reply, std::function<void()> handler)
    {
        reply->setAbortHandler(std::move(handler));
    }
    static bool isSettled(const Reply *reply) { return reply->isSettled(); }
};

template <typename T>
class PendingReplyOf : public ReplyOf<T>
{
public:
    explicit PendingReplyOf(QObject *parent) : ReplyOf<T>(parent) {}
    template <typename U = T, typename = std::enable_if_t<!std::is_void_v<U>>>
    void succeed(const U &value)
    {
        this->finishWithResult(QVariant::fromValue(value));
    }
    template <typename U = T, typename = std::enable_if_t<std::is_void_v<U>>>
    void succeed()
    {
        this->finishWithResult({});
    }
    void fail(const Error &error) { this->finishWithError(error); }
    using ReplyOf<T>::setAbortHandler;
};

/// Ties a pending reply to the FapiClient request `id`: aborting the reply, or deleting it while it is pending,
/// aborts that request (whose callback then does not run). A later bindRequest() for the same reply (the next
/// request of a multi-step operation) replaces the binding.
template <typename R>
void bindRequest(R *reply, FapiClient *client, FapiClient::RequestId id)
{
    reply->setAbortHandler([client = QPointer<FapiClient>(client), id] {
        if (client)
            client->abort(id);
    });
}

/// Sends `request` for `reply` and binds it (bindRequest()); `done` runs unless `context` is gone or the reply was
/// aborted or deleted first.
template <typename R>
FapiClient::RequestId sendFor(R *reply, FapiClient *client, const FapiRequest &request, const QObject *context,
                              FapiClient::Callback done)
{
    const FapiClient::RequestId id = client->send(request, context, std::move(done));
    bindRequest(reply, client, id);
    return id;
}

} // namespace Clerk
