// Fault injection: which request gets which fault, deterministically per fault seed.
#pragma once

#include <ClerkEmulator/server.h>

#include <QRandomGenerator>
#include <QRegularExpression>

namespace ClerkEmulator {

class FaultTable
{
public:
    QString add(Fault fault);
    bool remove(const QString &id);
    void clear();
    QList<Fault> list() const;
    /// The fault that hits "METHOD /path" now, if any; counts the hit.
    std::optional<Fault> take(const QString &method, const QString &path);

private:
    struct Entry
    {
        Fault fault;
        QRegularExpression pattern;
        QRandomGenerator random;
    };
    QList<Entry> m_entries;
    int m_nextId = 1;
};

QRegularExpression faultPattern(const QString &glob);

} // namespace ClerkEmulator
