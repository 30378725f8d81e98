// How long a keychain job may take, per operating system. A plain function of the OS, so that every platform's
// policy is checked on any platform.
#pragma once

#include <QOperatingSystemVersion>

#include <chrono>

namespace Clerk {

struct KeychainPolicy
{
    /// Bound on one keychain job; zero = none (the job may be waiting for the user).
    std::chrono::milliseconds timeout{0};
    /// A job unanswered for this long is reported as waiting for the user (Auth::isKeychainWaiting()).
    std::chrono::milliseconds waitingAfter{0};
};

/// The default policy of `os` (QOperatingSystemVersion calls Linux and the BSDs `Unknown`):
/// - MacOS: no bound. A read may show a permission prompt, and abandoning the job would not help — QtKeychain
///   runs jobs one at a time, so every later job would still wait behind the prompt.
/// - everything else: 10 s. Linux's Secret Service can hang for good (a stuck daemon, a session bus without
///   one); Windows' Credential Manager and the mobile keychains answer at once or not at all.
/// Everywhere a job unanswered after 1 s is reported as waiting (gnome-keyring may show an unlock prompt too).
KeychainPolicy keychainPolicyFor(QOperatingSystemVersion::OSType os);

/// AuthConfig::keychainTimeout resolved for `os`: a negative value is the OS's policy, zero or more is the
/// app's own choice (zero = no bound).
std::chrono::milliseconds keychainTimeoutFor(std::chrono::milliseconds configured,
                                             QOperatingSystemVersion::OSType os);

} // namespace Clerk
