// The process tst_crash_restart kills: a Clerk::Auth with the REAL keychain and a fixed keychain service, against
// the emulator the test hosts. Prints one line per state change so the test can see how far it got.
//
// usage: clerkqt_crash_child run|check <publishable-key> <keychain-service> <iteration>
//   run:   restore or sign in (every third iteration signs out and in again: keychain delete + write), then
//          asks for a fresh token every 50 ms (1 s tokens: a refresh is always about to happen) until killed.
//   check: restore, print "final=<status>" once Loading is over (or "final=Loading" after 20 s), exit.
#include <ClerkQt/auth.h>

#include <QCoreApplication>
#include <QMetaEnum>
#include <QTimer>

#include <cstdio>

using namespace Clerk;

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString statusName(Auth::Status s)
{
    return QString::fromLatin1(QMetaEnum::fromType<Auth::Status>().valueToKey(int(s)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: clerkqt_crash_child run|check <publishable-key> <service> <iteration>\n");
        return 2;
    }
    const bool check = args.at(1) == QLatin1String("check");
    const int iteration = args.at(4).toInt();

    AuthConfig config;
    config.publishableKey = args.at(2);
    config.keychainService = args.at(3);
    config.persistSession = true;
    config.keychainTimeout = std::chrono::milliseconds(5000);
    config.requestTimeout = std::chrono::milliseconds(5000);
    config.restoreRetryInitial = std::chrono::milliseconds(200);
    config.restoreRetryMax = std::chrono::milliseconds(1000);
    Auth auth(config);

    QObject::connect(&auth, &Auth::statusChanged, &app, [&] { say(QStringLiteral("status=") + statusName(auth.status())); });
    QObject::connect(&auth, &Auth::persistentChanged, &app,
                     [&] { say(QStringLiteral("persistent=%1").arg(auth.isPersistent())); });

    if (check) {
        bool reported = false;
        QTimer::singleShot(20000, &app, [&] {
            if (reported)
                return;
            say(QStringLiteral("final=Loading"));
            app.exit(3);
        });
        auto finish = [&] {
            if (reported || auth.status() == Auth::Status::Loading)
                return;
            reported = true;
            say(QStringLiteral("final=%1 persistent=%2 error=%3")
                    .arg(statusName(auth.status()))
                    .arg(auth.isPersistent())
                    .arg(auth.backgroundError().code()));
            QTimer::singleShot(1000, &app, [&] { app.exit(0); }); // like an app that keeps running a moment
        };
        QObject::connect(&auth, &Auth::statusChanged, &app, finish);
        QTimer::singleShot(0, &app, finish);
        return app.exec();
    }

    auto poll = [&] {
        auto *timer = new QTimer(&app);
        QObject::connect(timer, &QTimer::timeout, &app, [&] {
            GetTokenOptions o;
            o.skipCache = true;
            auth.getToken(o);
        });
        timer->start(50);
    };
    auto signIn = [&] {
        say(QStringLiteral("signing-in"));
        auth.signIn(QStringLiteral("jane+clerk_test@example.com"), QStringLiteral("correct horse battery staple"))
            ->then(&app, [&] {
                say(QStringLiteral("signed-in"));
                poll();
            })
            ->onError(&app, [&](const Error &e) { say(QStringLiteral("sign-in-failed ") + e.code()); });
    };
    bool started = false;
    auto onLoaded = [&] {
        if (started || auth.status() == Auth::Status::Loading)
            return;
        started = true;
        say(QStringLiteral("loaded=") + statusName(auth.status()));
        if (auth.status() == Auth::Status::SignedIn && iteration % 3 == 0) {
            say(QStringLiteral("signing-out"));
            auth.signOut()->always(&app, signIn);
        } else if (auth.status() == Auth::Status::SignedIn) {
            poll();
        } else {
            signIn();
        }
    };
    QObject::connect(&auth, &Auth::statusChanged, &app, onLoaded);
    QTimer::singleShot(0, &app, onLoaded);
    QTimer::singleShot(60000, &app, [&] { app.exit(4); }); // never outlive a test that forgot us
    return app.exec();
}
