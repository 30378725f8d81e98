#include "faults_p.h"

namespace ClerkEmulator {

static const char *const kindNames[] = {"status", "reset", "truncate", "malformed", "latency", "timeout", "slow_answer"};

bool Fault::kindFromString(const QString &name, Kind *kind)
{
    for (int i = 0; i < int(std::size(kindNames)); ++i) {
        if (name == QLatin1String(kindNames[i])) {
            *kind = Kind(i);
            return true;
        }
    }
    return false;
}

QString Fault::kindToString(Kind kind)
{
    return QLatin1String(kindNames[int(kind)]);
}

QRegularExpression faultPattern(const QString &glob)
{
    // "METHOD /path" or "* /path" name the method; a bare "/path" matches any method.
    static const QRegularExpression method(QStringLiteral("^([A-Z]+|\\*) "));
    QString pattern = glob.trimmed();
    if (!method.match(pattern).hasMatch())
        pattern.prepend(QStringLiteral("* "));
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    return QRegularExpression(QLatin1Char('^') + regex + QLatin1Char('$'));
}

QString FaultTable::add(Fault fault)
{
    fault.id = QStringLiteral("flt_%1").arg(m_nextId++);
    fault.hits = 0;
    m_entries.append({fault, faultPattern(fault.pattern), QRandomGenerator(quint32(fault.seed ^ (fault.seed >> 32)))});
    return fault.id;
}

bool FaultTable::remove(const QString &id)
{
    return m_entries.removeIf([&](const Entry &e) { return e.fault.id == id; }) > 0;
}

void FaultTable::clear() { m_entries.clear(); }

QList<Fault> FaultTable::list() const
{
    QList<Fault> out;
    for (const Entry &e : m_entries)
        out.append(e.fault);
    return out;
}

std::optional<Fault> FaultTable::take(const QString &method, const QString &path)
{
    const QString subject = method + QLatin1Char(' ') + path;
    for (Entry &e : m_entries) {
        if (e.fault.count >= 0 && e.fault.hits >= e.fault.count)
            continue;
        if (!e.pattern.match(subject).hasMatch())
            continue;
        // Draw for every matching request, hit or not, so the sequence depends only on the seed.
        const bool hit = e.fault.probability >= 1.0 || e.random.generateDouble() < e.fault.probability;
        if (!hit)
            continue;
        ++e.fault.hits;
        return e.fault;
    }
    return std::nullopt;
}

} // namespace ClerkEmulator
