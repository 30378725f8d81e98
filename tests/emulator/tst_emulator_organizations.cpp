// The emulator's organization routes (issue #19) over real HTTP with a plain FAPI client, one Qt Test class per
// resource in its own file (emuorgtests.h), all run by this main(); the first failure decides the exit code.
// ORG_SUITE=<part> runs one class (see testsuites.h).
#include "emuorgtests.h"
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
