#include "lingerprobe.h"

#include "socketreset_p.h"

#include <QTcpSocket>

#include <sys/socket.h>
#include <unistd.h>

std::optional<int> resetAndReadLinger(QTcpSocket *socket)
{
    const int copy = ::dup(int(socket->socketDescriptor()));
    if (copy < 0)
        return std::nullopt;
    ClerkEmulator::resetConnection(socket);
    struct linger l = {0, -1};
    socklen_t size = sizeof l;
    const int rc = ::getsockopt(copy, SOL_SOCKET, SO_LINGER, &l, &size);
    ::close(copy); // the last descriptor: this close sends what resetConnection asked for
    if (rc != 0 || !l.l_onoff)
        return rc == 0 ? std::optional<int>(-1) : std::nullopt;
    return l.l_linger;
}
