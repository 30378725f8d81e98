// Auth's private side. Auth::Private holds what outlives a restart — the configuration, the background error,
// the typed replies handed out — and the Engine: the shared core (transport, token engine, client store, session
// restore) with the parts that act through it (sign-in/sign-up flows, OAuth, session and user operations). A
// configuration change replaces the Engine.
#pragma once

#include "accountops_p.h"
#include "authcore_p.h"
#include "connectionops_p.h"
#include "emaillinkflow_p.h"
#include "oauthflow_p.h"
#include "orgops_p.h"
#include "sessionops_p.h"
#include "signflows_p.h"

#include <QList>
#include <QPointer>

namespace Clerk {

class Auth::Private
{
public:
    class Engine final : public AuthCore
    {
    public:
        Engine(Private &owner, const AuthConfig &config)
            : AuthCore(owner.q, config)
            , m_owner(owner)
        {
        }

        bool isConnected(const QMetaMethod &signal) const override { return q->isSignalConnected(signal); }
        void setBackgroundError(Background source, const Error &error) override
        {
            m_owner.setBackgroundError(source, error);
        }
        void clearBackgroundError(std::optional<Background> source) override
        {
            m_owner.clearBackgroundError(source);
        }

        SignFlows flows{*this};
        OAuthFlow oauth{*this, flows};
        SessionOps ops{*this};
        AccountOps account{*this};
        ConnectionOps connections{*this, oauth};
        EmailLinkFlow emailLinks{*this, flows};
        OrgOps orgs{*this};

    private:
        Private &m_owner;
    };

    Private(Auth *q, const AuthConfig &config);

    /// A typed reply that finishes as `inner` does; aborting or deleting it aborts `inner`. A restart aborts it.
    template <typename T>
    ReplyOf<T> *typed(Reply *inner)
    {
        auto *outer = new PendingReplyOf<T>(q);
        link(outer, inner);
        return outer;
    }
    /// `op` once the restore has settled (SessionRestore::afterRestore), as a typed reply.
    template <typename T>
    ReplyOf<T> *run(std::function<Reply *()> op)
    {
        return typed<T>(engine->restore.afterRestore(std::move(op)));
    }

    void setConfig(const AuthConfig &config);
    /// Starts the engine (once, from the event loop after construction).
    void start();
    /// Replaces the engine after a configuration change: pending replies fail with Canceled, the new engine
    /// reads the keychain again, and the properties that differ are announced.
    void restart();

    void setBackgroundError(AuthCore::Background source, const Error &error);
    void clearBackgroundError(std::optional<AuthCore::Background> source);

    Auth *const q;
    AuthConfig config;
    bool started = false;
    bool restartQueued = false;
    Error backgroundError;
    AuthCore::Background backgroundSource = AuthCore::Background::Restore;
    QList<QPointer<Reply>> outstanding; ///< typed replies handed out and maybe still pending
    std::unique_ptr<Engine> engine;
    Account *account = nullptr; ///< made by the Auth's constructor, a child of the Auth
    Reverification *reverification = nullptr; ///< made by the Auth's constructor, a child of the Auth
    OrganizationManager *organizationManager = nullptr; ///< made by the Auth's constructor, a child of the Auth

private:
    void link(Reply *outer, Reply *inner);
};

/// The converters through which a JS object (QJSValue) or a QVariantMap becomes a SignUpParams, UserUpdate,
/// GetTokenOptions or AuthorizationCheck for the typed Q_INVOKABLEs. Registered once per process; the QJSValue
/// ones as soon as QtQml has registered QJSValue (each Auth and each start tries again).
void registerAuthConverters();

} // namespace Clerk
