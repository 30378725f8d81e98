// Organizations (issue #19) through the public API against the in-process emulator over real HTTP: the classes
// of orgtests.h, run one after the other; the first failure decides the exit code. The command line goes to
// every class, so to run single test functions pick their class too: ORG_SUITE=members tst_organizations fn.
#include "orgtests.h"

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
