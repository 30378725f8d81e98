#include "logging_p.h"

namespace Clerk {
// Warnings and up by default, as in Qt's own modules: an app that links the SDK prints nothing about the SDK's
// routine work unless it asks (QT_LOGGING_RULES="clerk.*.info=true", "clerk.*.debug=true").
Q_LOGGING_CATEGORY(lcFapi, "clerk.fapi", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "clerk.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "clerk.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcToken, "clerk.token", QtWarningMsg)
} // namespace Clerk
