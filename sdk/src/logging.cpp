#include "logging_p.h"

namespace Clerk {
Q_LOGGING_CATEGORY(lcFapi, "clerk.fapi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "clerk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "clerk.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcToken, "clerk.token", QtInfoMsg)
} // namespace Clerk
