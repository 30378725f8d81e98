#include "recorder_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace ClerkEmulator {

namespace {
// Several Servers can live in one process (tests create one per test function); each gets its own file so
// lines from different instances never interleave and no locking is needed.
std::atomic<int> instanceCounter{0};

bool looksLikeJwt(const QString &s)
{
    return s.startsWith(QLatin1String("eyJ")) && s.count(QLatin1Char('.')) == 2 && !s.contains(QLatin1Char(' '));
}

/// Session JWTs (last_active_token, /tokens) stay off disk: the recording only needs their type, and the spec
/// declares no pattern for them. Same placeholder as Clerk's own scrubbed recordings use.
QJsonValue redacted(const QJsonValue &value)
{
    if (value.isString() && looksLikeJwt(value.toString()))
        return QStringLiteral("e30.e30.e30");
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = redacted(*it);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redacted(array.at(i));
        return array;
    }
    return value;
}
} // namespace

Recorder::Recorder()
{
    const QString dir = qEnvironmentVariable("CLERK_EMULATOR_RECORD_DIR");
    if (dir.isEmpty())
        return;
    m_fileName = QDir(dir).filePath(QStringLiteral("emulator-%1-%2.jsonl")
                                        .arg(QCoreApplication::applicationPid())
                                        .arg(instanceCounter.fetch_add(1) + 1));
}

Recorder::~Recorder() = default;

void Recorder::record(const QString &method, const QString &path, const QString &route, int status,
                      const QJsonValue &body, bool injected)
{
    if (!enabled() || !(body.isObject() || body.isArray()))
        return;
    if (!m_file) {
        // Opened on the first response, so a Server that never answers leaves no empty file behind.
        QDir().mkpath(QFileInfo(m_fileName).absolutePath());
        m_file = std::make_unique<QFile>(m_fileName);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            qWarning("clerk-emulator: cannot record responses to %s", qPrintable(m_fileName));
            m_fileName.clear();
            return;
        }
    }
    QJsonObject line{{QStringLiteral("method"), method},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("body"), redacted(body)}};
    if (!route.isEmpty())
        line.insert(QStringLiteral("route"), route);
    if (injected)
        line.insert(QStringLiteral("injected"), true);
    m_file->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    // Per line, so a test that crashes or is killed by its timeout still leaves every earlier response on disk.
    m_file->flush();
}

} // namespace ClerkEmulator
