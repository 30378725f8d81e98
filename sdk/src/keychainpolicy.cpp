#include "keychainpolicy_p.h"

namespace Clerk {

KeychainPolicy keychainPolicyFor(QOperatingSystemVersion::OSType os)
{
    using namespace std::chrono_literals;
    KeychainPolicy policy;
    policy.waitingAfter = 1s;
    policy.timeout = os == QOperatingSystemVersion::MacOS ? 0ms : 10s;
    return policy;
}

std::chrono::milliseconds keychainTimeoutFor(std::chrono::milliseconds configured,
                                             QOperatingSystemVersion::OSType os)
{
    return configured.count() < 0 ? keychainPolicyFor(os).timeout : configured;
}

} // namespace Clerk
