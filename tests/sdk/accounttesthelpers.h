// What the Account tests share: a signed-in Auth of its own (a device of its own) against the emulator, and a
// look at the user as the server has it.
#pragma once

#include "testhelpers.h"

#include <ClerkQt/account.h>

namespace AccountTests {

/// A fresh Auth signed in as `identifier`, keeping its session in the real keychain under `keychainService`
/// when one is given (none otherwise); null, with a warning, when the sign-in fails.
inline std::unique_ptr<Clerk::Auth> signedInAuth(const ClerkEmulator::Server &server, const QString &identifier,
                                                 const QString &password, const QString &keychainService = {})
{
    Clerk::AuthConfig config = TestHelpers::configFor(
        server, keychainService.isEmpty() ? TestHelpers::uniqueService("account") : keychainService);
    config.persistSession = !keychainService.isEmpty();
    auto auth = std::make_unique<Clerk::Auth>(config);
    if (!TestHelpers::waitLoaded(*auth))
        return nullptr;
    const TestHelpers::Outcome o = TestHelpers::await(auth->signIn(identifier, password));
    if (!o.ok() || !auth->isSignedIn()) {
        qWarning("sign-in of %s failed: %s", qPrintable(identifier), qPrintable(o.error.toString()));
        return nullptr;
    }
    return auth;
}

/// A fresh Auth, signed out.
inline std::unique_ptr<Clerk::Auth> signedOutAuth(const ClerkEmulator::Server &server)
{
    Clerk::AuthConfig config = TestHelpers::configFor(server, TestHelpers::uniqueService("account"));
    config.persistSession = false;
    auto auth = std::make_unique<Clerk::Auth>(config);
    TestHelpers::waitLoaded(*auth);
    return auth;
}

/// A seed whose instance has `changes` applied (e.g. {"delete_self": false}).
inline QJsonObject seedWith(const QJsonObject &changes)
{
    QJsonObject seed = ClerkEmulator::Server::defaultSeed();
    QJsonObject instance = seed.value(QLatin1String("instance")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        instance.insert(it.key(), it.value());
    seed.insert(QStringLiteral("instance"), instance);
    return seed;
}

} // namespace AccountTests
