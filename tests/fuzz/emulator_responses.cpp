// Writes the FAPI responses of a scripted session against the in-process emulator, one JSON body per file, for
// the fuzz seed corpus of a checkout that has no recording of real Clerk (CLERKQT_REFERENCE_DIR unset).
// usage: clerkqt_emulator_responses <out-dir>
#include "../emulator/fapitestclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace EmuTest;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: %s <out-dir>\n", argv[0]);
        return 2;
    }
    QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.removeRecursively() || !QDir().mkpath(out.path())) {
        fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    ClerkEmulator::Server server;
    if (!server.listen()) {
        fprintf(stderr, "the emulator cannot listen on loopback\n");
        return 1;
    }
    FapiTestClient c(server.baseUrl());
    int written = 0;
    const auto keep = [&](const FapiResponse &r) {
        if (!r.jsonOk)
            return;
        QFile f(out.filePath(QStringLiteral("%1.json").arg(written++, 3, 10, QLatin1Char('0'))));
        if (f.open(QIODevice::WriteOnly))
            f.write(r.body);
    };
    const QString signIns = QStringLiteral("/v1/client/sign_ins");

    keep(c.get(QStringLiteral("/v1/environment")));
    keep(c.get(QStringLiteral("/v1/client")));
    keep(c.get(QStringLiteral("/v1/jwks")));
    keep(c.post(signIns, {{QStringLiteral("identifier"), QStringLiteral("nobody+clerk_test@example.com")}}));
    const FapiResponse created = c.post(signIns, {{QStringLiteral("identifier"), Seed::janeEmail}});
    keep(created);
    const QString signIn = created.response().value(QLatin1String("id")).toString();
    keep(c.post(QStringLiteral("%1/%2/attempt_first_factor").arg(signIns, signIn),
                {{QStringLiteral("strategy"), QStringLiteral("password")}, {QStringLiteral("password"), QStringLiteral("wrong")}}));
    const FlowResult jane = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
    keep(jane.last);
    const QString tokens = QStringLiteral("/v1/client/sessions/%1/tokens").arg(jane.sessionId);
    keep(c.post(tokens));
    keep(c.post(tokens, {{QStringLiteral("organization_id"), Seed::acmeId}}));
    keep(c.post(QStringLiteral("/v1/client/sessions/%1/touch").arg(jane.sessionId),
                {{QStringLiteral("active_organization_id"), Seed::acmeId}}));
    keep(c.get(QStringLiteral("/v1/me?_clerk_session_id=") + jane.sessionId));
    keep(c.get(QStringLiteral("/v1/client")));
    keep(signInWithPassword(c, Seed::bobEmail, Seed::bobPassword, QStringLiteral("needs_second_factor")).last);
    keep(c.post(QStringLiteral("/v1/client/sign_ups"), {{QStringLiteral("email_address"), QStringLiteral("new+clerk_test@example.com")}}));
    keep(c.post(QStringLiteral("/v1/client/sessions/%1/end").arg(jane.sessionId)));
    keep(c.get(QStringLiteral("/v1/no_such_route")));
    c.forgetClient();
    keep(c.post(QStringLiteral("/v1/client/sessions/sess_unknown/tokens")));

    if (!jane.ok || written < 15) {
        fprintf(stderr, "scripted session failed after %d responses: %s\n", written, qPrintable(jane.failure));
        return 1;
    }
    printf("%d emulator responses in %s\n", written, argv[1]);
    return 0;
}
