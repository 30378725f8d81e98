// Clerk::Account: construction and the state the Account object keeps. The operations are defined next to the
// engine parts that carry them out.
#include "account_p.h"

namespace Clerk {

Account::Account(Auth *auth)
    : QObject(auth)
    , d(std::make_unique<Private>(this, *auth->d))
{
    d->watchSignOut();
}

Account::~Account() = default;

QList<DeviceSession> Account::deviceSessions() const { return d->deviceSessions; }

Account *Auth::account() const { return d->account; }

} // namespace Clerk
