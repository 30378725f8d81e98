// Auth's private side: the shared core (configuration, transport, token engine, client store, session restore)
// and the parts that act through it — sign-in/sign-up flows, the OAuth flow, session and user operations.
#pragma once

#include "authcore_p.h"
#include "oauthflow_p.h"
#include "sessionops_p.h"
#include "signflows_p.h"

namespace Clerk {

class Auth::Private final : public AuthCore
{
public:
    Private(Auth *q, const AuthConfig &config)
        : AuthCore(q, config)
    {
    }

    bool isConnected(const QMetaMethod &signal) const override { return q->isSignalConnected(signal); }

    SignFlows flows{*this};
    OAuthFlow oauth{*this, flows};
    SessionOps ops{*this};
};

} // namespace Clerk
