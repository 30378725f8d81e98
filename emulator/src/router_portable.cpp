// resetConnection() where no socket option is used (Windows and any non-Unix OS): QTcpSocket::abort() closes the
// socket without flushing; the client sees the connection end before any byte of the answer, which is what the
// `reset` fault is for. Built and tested on Linux too (tests/toolchain/tst_socket_reset).
#include "socketreset_p.h"

#include <QTcpSocket>

namespace ClerkEmulator {

void resetConnection(QTcpSocket *socket)
{
    socket->abort();
}

} // namespace ClerkEmulator
