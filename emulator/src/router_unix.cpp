// resetConnection() on Unix (Linux, macOS): SO_LINGER with a zero timeout makes close() send RST instead of FIN,
// which is what a client sees when a proxy or the origin dies mid-request.
#include "socketreset_p.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace ClerkEmulator {

void resetConnection(QTcpSocket *socket)
{
    struct linger l = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    socket->abort();
}

} // namespace ClerkEmulator
