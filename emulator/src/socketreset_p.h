// Ending a connection the way a crashing proxy does (the emulator's `reset` fault). Platform code: one
// implementation per file, chosen in emulator/CMakeLists.txt — router_unix.cpp sends a TCP RST, router_portable.cpp
// (every other OS) aborts the socket, which the client sees as the connection closing before any answer.
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ClerkEmulator {

/// Closes `socket` at once, with a reset where the OS lets us ask for one. The socket is unusable afterwards.
void resetConnection(QTcpSocket *socket);

} // namespace ClerkEmulator
