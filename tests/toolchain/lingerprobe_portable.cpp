#include "lingerprobe.h"

#include "socketreset_p.h"

std::optional<int> resetAndReadLinger(QTcpSocket *socket)
{
    ClerkEmulator::resetConnection(socket);
    return std::nullopt;
}
