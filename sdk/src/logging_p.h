// Logging categories. Rule for every line logged through them: never a session token, client token,
// password or verification code — not even at debug level. Log ids, routes, statuses and error codes.
#pragma once

#include <QLoggingCategory>

namespace Clerk {
Q_DECLARE_LOGGING_CATEGORY(lcFapi)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcToken)
} // namespace Clerk
