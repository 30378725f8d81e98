// The SDK's side of Clerk::Reply: a Reply whose completion the SDK controls.
#pragma once

#include <ClerkQt/reply.h>

namespace Clerk {

class PendingReply : public Reply
{
public:
    explicit PendingReply(QObject *parent) : Reply(parent) {}
    void succeed(const QVariant &result = {}) { finishWithResult(result); }
    void fail(const Error &error) { finishWithError(error); }
};

} // namespace Clerk
