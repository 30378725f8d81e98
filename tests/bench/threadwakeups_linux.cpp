// Linux: /proc/<pid>/task/<tid>/status has `voluntary_ctxt_switches` — each is one sleep (poll, futex, read)
// that ended in a wake-up — and `comm` the thread's name. Reading them is a file read by this process; the
// measured process does not run for it.
#include "threadwakeups.h"

#include <QDir>
#include <QFile>

namespace Bench {

bool threadWakeupsAvailable()
{
    return QFile::exists(QStringLiteral("/proc/self/task"));
}

QList<ThreadWakeups> threadWakeups(qint64 pid)
{
    QList<ThreadWakeups> out;
    const QString taskDir = QStringLiteral("/proc/%1/task").arg(pid);
    const QStringList tids = QDir(taskDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        QFile status(taskDir + QLatin1Char('/') + tid + QStringLiteral("/status"));
        if (!status.open(QIODevice::ReadOnly))
            continue; // the thread ended between the listing and the read
        ThreadWakeups t;
        t.tid = tid.toLongLong();
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Name:"))
                t.name = QString::fromUtf8(line.mid(5).trimmed());
            else if (line.startsWith("voluntary_ctxt_switches:"))
                t.wakeups = line.mid(24).trimmed().toLongLong();
        }
        out.append(t);
    }
    return out;
}

} // namespace Bench
