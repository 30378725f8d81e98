// What resetConnection() asked the OS for, read back through a duplicate of the socket's descriptor (the
// duplicate keeps the connection open after the QTcpSocket is aborted, so the option can still be read).
#pragma once

#include <QtGlobal>

#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

/// Calls ClerkEmulator::resetConnection(socket) and returns the socket's SO_LINGER timeout as it was set (0: an
/// RST on close), or nothing where the probe has no way to read it (lingerprobe_portable.cpp).
std::optional<int> resetAndReadLinger(QTcpSocket *socket);
