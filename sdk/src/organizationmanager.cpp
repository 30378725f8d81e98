// Clerk::OrganizationManager: construction. The operations are defined per resource (orgprofile.cpp,
// orgmembers.cpp, orginvitations.cpp, orgdomains.cpp), next to the engine parts that carry them out.
#include "organizationmanager_p.h"

namespace Clerk {

OrganizationManager::OrganizationManager(Auth *auth)
    : QObject(auth)
    , d(std::make_unique<Private>(this, *auth->d))
{
}

OrganizationManager::~OrganizationManager() = default;

OrganizationManager *Auth::organizationManager() const { return d->organizationManager; }

} // namespace Clerk
