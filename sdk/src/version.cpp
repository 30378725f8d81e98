#include <ClerkQt/version.h>

QString Clerk::version()
{
    // From the library's own build, not the caller's headers: this is what is actually loaded.
    return QStringLiteral(CLERKQT_VERSION_STR);
}
