#include "urlscheme_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QXmlStreamReader>

namespace Clerk::UrlSchemeRegistry {

namespace {

const QString kDefaultApplications = QStringLiteral("[Default Applications]");

// Backslashes whatever OS writes it: QDir::toNativeSeparators() converts only on Windows.
QString windowsPath(const QString &path)
{
    QString native = path;
    return native.replace(QLatin1Char('/'), QLatin1Char('\\'));
}

QString quotedForWindows(const QString &part)
{
    QString escaped = part;
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Desktop Entry Specification, "The Exec key": inside double quotes, `"`, `` ` ``, `$` and `\` are escaped with a
// backslash; the string-value escape rule (`\` as `\\`) applies on top of that; a literal `%` is written `%%`.
QString quotedForDesktop(const QString &part)
{
    QString quoted;
    for (const QChar c : part) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('%'), QLatin1String("%%"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A desktop entry's string values end at the line; a newline in a name would start a new key.
QString oneLine(const QString &value)
{
    QString line = value;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line;
}

Error writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return registrationFailed(QStringLiteral("Could not create the directory of %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return registrationFailed(QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

QString mimeKey(const QString &scheme) { return QStringLiteral("x-scheme-handler/") + scheme; }

QString mimeappsPath(const XdgDirs &dirs) { return dirs.configHome + QStringLiteral("/mimeapps.list"); }

Error updateMimeapps(const XdgDirs &dirs, const QString &key, const QString &value, const QString &onlyIfValue)
{
    QFile file(mimeappsPath(dirs));
    QByteArray current;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return registrationFailed(QStringLiteral("Could not read %1").arg(file.fileName()));
        current = file.readAll();
        file.close();
    } else if (value.isEmpty()) {
        return {};
    }
    const QByteArray updated = withMimeDefault(current, key, value, onlyIfValue);
    return updated == current ? Error() : writeFile(file.fileName(), updated);
}

} // namespace

Error registrationFailed(const QString &what)
{
    return Error(Error::Kind::Configuration, QStringLiteral("clerkqt_url_scheme_registration_failed"), what);
}

QString windowsCommand(const QString &executable, const QStringList &arguments)
{
    QStringList parts{quotedForWindows(windowsPath(executable))};
    for (const QString &argument : arguments)
        parts << quotedForWindows(argument);
    parts << QStringLiteral("\"%1\"");
    return parts.join(QLatin1Char(' '));
}

QString windowsIcon(const QString &executable)
{
    return quotedForWindows(windowsPath(executable)) + QStringLiteral(",0");
}

Error writeWindows(QSettings &classesRoot, const QString &scheme, const QString &command, const QString &name,
                   const QString &icon)
{
    if (!classesRoot.isWritable())
        return registrationFailed(QStringLiteral("The registry key %1 is not writable").arg(classesRoot.fileName()));
    // QSettings reads "Default" as a registry key's unnamed (default) value.
    classesRoot.beginGroup(scheme);
    classesRoot.setValue(QStringLiteral("Default"), QString(QStringLiteral("URL:") + name));
    classesRoot.setValue(QStringLiteral("URL Protocol"), QString(QLatin1String("")));
    classesRoot.setValue(QStringLiteral("DefaultIcon/Default"), icon);
    classesRoot.setValue(QStringLiteral("shell/open/command/Default"), command);
    classesRoot.endGroup();
    classesRoot.sync();
    if (classesRoot.status() != QSettings::NoError)
        return registrationFailed(QStringLiteral("Could not write the registry key %1").arg(scheme));
    return {};
}

Error removeWindows(QSettings &classesRoot, const QString &scheme)
{
    classesRoot.remove(scheme);
    classesRoot.sync();
    if (classesRoot.status() != QSettings::NoError)
        return registrationFailed(QStringLiteral("Could not remove the registry key %1").arg(scheme));
    return {};
}

QString desktopExec(const QString &executable, const QStringList &arguments)
{
    QStringList parts{quotedForDesktop(executable)};
    for (const QString &argument : arguments)
        parts << quotedForDesktop(argument);
    parts << QStringLiteral("%u");
    return parts.join(QLatin1Char(' '));
}

QByteArray desktopEntry(const QString &name, const QString &exec, const QString &scheme, const QString &icon)
{
    QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=%1\nExec=%2\nMimeType=%3;\n"
                                   "NoDisplay=true\nTerminal=false\n")
                        .arg(oneLine(name), exec, mimeKey(scheme));
    if (!icon.isEmpty())
        entry += QStringLiteral("Icon=%1\n").arg(oneLine(icon));
    return entry.toUtf8();
}

XdgDirs xdgDirs()
{
    // The specification: a relative value is invalid and is ignored like an unset one.
    const auto dir = [](const char *variable, const QString &fallback) {
        const QString value = qEnvironmentVariable(variable);
        return QDir::isAbsolutePath(value) ? value : QDir::homePath() + fallback;
    };
    return {dir("XDG_DATA_HOME", QStringLiteral("/.local/share")), dir("XDG_CONFIG_HOME", QStringLiteral("/.config"))};
}

Error writeLinux(const XdgDirs &dirs, const QString &fileName, const QByteArray &entry, const QString &scheme)
{
    if (Error e = writeFile(dirs.dataHome + QStringLiteral("/applications/") + fileName, entry); !e.isNull())
        return e;
    return updateMimeapps(dirs, mimeKey(scheme), fileName + QLatin1Char(';'), {});
}

Error removeLinux(const XdgDirs &dirs, const QString &fileName, const QString &scheme)
{
    QFile desktopFile(dirs.dataHome + QStringLiteral("/applications/") + fileName);
    if (desktopFile.exists() && !desktopFile.remove())
        return registrationFailed(QStringLiteral("Could not remove %1").arg(desktopFile.fileName()));
    return updateMimeapps(dirs, mimeKey(scheme), {}, fileName);
}

QByteArray withMimeDefault(const QByteArray &mimeapps, const QString &key, const QString &value,
                           const QString &onlyIfValue)
{
    QStringList lines = QString::fromUtf8(mimeapps).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    int section = -1;
    int sectionEnd = lines.size();
    int found = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            if (section >= 0 && sectionEnd == lines.size())
                sectionEnd = i;
            if (line == kDefaultApplications)
                section = i;
            continue;
        }
        if (section >= 0 && sectionEnd == lines.size() && line.section(QLatin1Char('='), 0, 0).trimmed() == key)
            found = i;
    }
    const auto trimmedValue = [](QString v) {
        v = v.trimmed();
        return v.endsWith(QLatin1Char(';')) ? v.chopped(1) : v;
    };
    if (value.isEmpty()) {
        if (found < 0)
            return mimeapps;
        const QString current = trimmedValue(lines.at(found).section(QLatin1Char('='), 1));
        if (!onlyIfValue.isEmpty() && current != trimmedValue(onlyIfValue))
            return mimeapps;
        lines.removeAt(found);
    } else {
        const QString line = key + QLatin1Char('=') + value;
        if (found >= 0) {
            lines[found] = line;
        } else if (section >= 0) {
            // After the section's last non-empty line, so a blank separator line stays before the next section.
            int at = sectionEnd;
            while (at > section + 1 && lines.at(at - 1).trimmed().isEmpty())
                --at;
            lines.insert(at, line);
        } else {
            if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
                lines << QString();
            lines << kDefaultApplications << line;
        }
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

bool plistDeclaresScheme(const QByteArray &plist, const QString &scheme)
{
    QXmlStreamReader xml(plist);
    QString lastKey;
    int schemesArrayDepth = -1;
    int depth = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == QLatin1String("key")) {
                lastKey = xml.readElementText();
                --depth; // readElementText() consumed the end element
            } else if (xml.name() == QLatin1String("array") && lastKey == QLatin1String("CFBundleURLSchemes")) {
                schemesArrayDepth = depth;
            } else if (xml.name() == QLatin1String("string") && schemesArrayDepth == depth - 1) {
                if (xml.readElementText().compare(scheme, Qt::CaseInsensitive) == 0)
                    return true;
                --depth;
            }
            if (xml.name() != QLatin1String("key"))
                lastKey.clear();
            break;
        case QXmlStreamReader::EndElement:
            if (depth == schemesArrayDepth)
                schemesArrayDepth = -1;
            --depth;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace Clerk::UrlSchemeRegistry
