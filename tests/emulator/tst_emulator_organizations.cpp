// The emulator's organization routes (issue #19) over real HTTP with a plain FAPI client, one Qt Test class per
// resource in its own file (emuorgtests.h), all run by this main(); the first failure decides the exit code.
// ORG_SUITE=<part> runs one class (the command line goes to every class that runs).
#include "emuorgtests.h"

#include <QCoreApplication>
#include <QtTest>

#include <functional>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    struct Suite
    {
        const char *name;
        std::function<int(int, char **)> run;
    };
    const std::vector<Suite> suites = {
        {"profile", runOrgProfileTests},
        {"members", runOrgMembersTests},
        {"invitations", runOrgInvitationsTests},
        {"domains", runOrgDomainsTests},
    };
    const QByteArray only = qgetenv("ORG_SUITE");
    int result = 0;
    for (const Suite &suite : suites) {
        if (!only.isEmpty() && only != suite.name)
            continue;
        const int r = suite.run(argc, argv);
        result = result != 0 ? result : r;
    }
    return result;
}
