#include "recorder_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace ClerkEmulator {

namespace {
// Several Servers can live in one process (tests create one per test function); each gets its own file so
// lines from different instances never interleave and no locking is needed.
std::atomic<int> instanceCounter{0};
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
                     {QStringLiteral("body"), body}};
    if (!route.isEmpty())
        line.insert(QStringLiteral("route"), route);
    if (injected)
        line.insert(QStringLiteral("injected"), true);
    m_file->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    // Per line, so a test that crashes or is killed by its timeout still leaves every earlier response on disk.
    m_file->flush();
}

} // namespace ClerkEmulator
