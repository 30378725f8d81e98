// bench_idle's two halves: the orchestrator (bench_idle.cpp) and the processes it measures
// (bench_idle_roles.cpp), which are the same executable started with `--role app` or `--role control`.
#pragma once

#include <QString>

#include <functional>

namespace Bench {

/// Runs the event loop until `done()` or `timeoutMs`; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs);

/// `--role app`: signs in against the FAPI of `publishableKey` and idles for `seconds`, printing what it saw.
int runAppRole(const QString &publishableKey, const QString &keychainService, int seconds);
/// `--role control`: the same event loop with no Auth in it, for as long.
int runControlRole(int seconds);
/// `--role qnam-peer`: no Auth either; the token refresh's HTTP exchange by hand — a plain QNetworkAccessManager
/// POST of `url` (no body) with the client token read from the first line of stdin — every `intervalMs`, for as
/// long: what the exchange itself costs in wake-ups through Qt, the floor under a refresh.
int runQnamPeerRole(const QString &url, int intervalMs, int seconds);

} // namespace Bench
