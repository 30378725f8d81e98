// The platform token of clerk-qt's User-Agent, as the documented format states it: `clerk-qt/<version> (<platform>;
// Qt <qt version>)`, e.g. `clerk-qt/0.1.0 (Linux; Qt 6.4.2)` (README, CHANGELOG). The platform stands where a desktop
// browser puts its own, with the browser's word for it ("Windows NT 10.0", "Macintosh; Intel Mac OS X", "X11;
// Linux"), so Clerk's device list names the computer. The OS is a value here, not an #if: the live User-Agent is
// checked against the row for QSysInfo::kernelType(), and tst_account_devices sends every row's User-Agent to the
// emulator, so each OS's token is exercised on Linux.
#pragma once

#include <QByteArray>
#include <QString>

#include <array>

namespace TestHelpers {

struct UserAgentPlatform
{
    const char *kernelType; ///< QSysInfo::kernelType() on that OS
    const char *token;      ///< what the User-Agent says in its place
};

/// Every desktop OS clerk-qt ships on.
inline constexpr std::array<UserAgentPlatform, 3> kUserAgentPlatforms{{
    {"linux", "Linux"},
    {"winnt", "Windows"},
    {"darwin", "Macintosh"},
}};

/// The token for a kernel type; another kernel (a BSD, say) is named by its kernel type as it is.
inline QByteArray userAgentPlatform(const QString &kernelType)
{
    for (const UserAgentPlatform &p : kUserAgentPlatforms) {
        if (kernelType == QLatin1String(p.kernelType))
            return p.token;
    }
    return kernelType.toUtf8();
}

/// The whole User-Agent in the documented format.
inline QByteArray userAgentFor(const QByteArray &sdkVersion, const QByteArray &platform, const QByteArray &qtVersion)
{
    return "clerk-qt/" + sdkVersion + " (" + platform + "; Qt " + qtVersion + ")";
}

} // namespace TestHelpers
