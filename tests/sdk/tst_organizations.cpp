// Organizations (issue #19) through the public API against the in-process emulator over real HTTP: the classes
// of orgtests.h, run one after the other; the first failure decides the exit code. The command line goes to
// every class, so to run single test functions pick their class too: ORG_SUITE=members tst_organizations fn.
#include "orgtests.h"
#include "testsuites.h"

#include <QCoreApplication>
#include <QtTest>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return TestSuites::runAll(argc, argv, {
        {"profile", runOrgProfileTests},
        {"members", runOrgMembersTests},
        {"invitations", runOrgInvitationsTests},
        {"domains", runOrgDomainsTests},
    });
}
