// The per-platform registration of a URL scheme as plain functions of their inputs (a QSettings, directories, a
// plist's bytes), so every platform's route runs — and is tested — on any OS.
#pragma once

#include <ClerkQt/error.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace Clerk::UrlSchemeRegistry {

/// Kind::Configuration `clerkqt_url_scheme_registration_failed` with `what` as the message.
Error registrationFailed(const QString &what);

/// The registry command `"<exe>" "<arg>"… "%1"`: every part quoted (a path may hold spaces), `"` escaped as `\"`
/// as CommandLineToArgvW reads it.
QString windowsCommand(const QString &executable, const QStringList &arguments);
/// DefaultIcon's value for the executable's first icon: `"<exe>",0`.
QString windowsIcon(const QString &executable);
/// Writes `<scheme>` under `classesRoot` (HKCU\Software\Classes or a stand-in): its default value "URL:<name>",
/// "URL Protocol" = "", DefaultIcon, shell\open\command.
Error writeWindows(QSettings &classesRoot, const QString &scheme, const QString &command, const QString &name,
                   const QString &icon);
/// Removes the `<scheme>` key and everything under it.
Error removeWindows(QSettings &classesRoot, const QString &scheme);

/// The desktop entry's Exec value: each part quoted and escaped as the Desktop Entry Specification requires,
/// then `%u` (the URL).
QString desktopExec(const QString &executable, const QStringList &arguments);
/// A complete desktop entry for a scheme handler (hidden from menus: it exists to receive URLs).
QByteArray desktopEntry(const QString &name, const QString &exec, const QString &scheme, const QString &icon);
/// The XDG base directories of the environment: $XDG_DATA_HOME / $XDG_CONFIG_HOME, else ~/.local/share and
/// ~/.config (the specification's defaults).
struct XdgDirs
{
    QString dataHome;
    QString configHome;
};
XdgDirs xdgDirs();
/// Writes `<dataHome>/applications/<fileName>` and makes it the default for `x-scheme-handler/<scheme>` in
/// `<configHome>/mimeapps.list`, keeping every other line of that file.
Error writeLinux(const XdgDirs &dirs, const QString &fileName, const QByteArray &entry, const QString &scheme);
/// Removes the desktop file, and the mimeapps.list default while it names `fileName`.
Error removeLinux(const XdgDirs &dirs, const QString &fileName, const QString &scheme);
/// mimeapps.list text with `key` in [Default Applications] set to `value`, or removed when `value` is empty
/// (only while it equals `onlyIfValue`, when that is given). Other sections and lines are kept as they are.
QByteArray withMimeDefault(const QByteArray &mimeapps, const QString &key, const QString &value,
                           const QString &onlyIfValue = {});

/// True when an Info.plist's CFBundleURLTypes list `scheme` in a CFBundleURLSchemes array.
bool plistDeclaresScheme(const QByteArray &plist, const QString &scheme);

} // namespace Clerk::UrlSchemeRegistry
