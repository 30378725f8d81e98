// The emulator's organization tests (issue #19): one Qt Test class per resource, each in its own file, all run by
// tst_emulator_organizations' main() so the suite is one executable. Each returns QTest::qExec()'s result.
// Each registers as {"<part>", runOrg<Part>Tests} in tst_emulator_organizations.cpp (ORG_SUITE=<part> runs it alone).
#pragma once

int runOrgProfileTests(int argc, char **argv);
int runOrgMembersTests(int argc, char **argv);
int runOrgInvitationsTests(int argc, char **argv); // emuorg_invitations.cpp
int runOrgDomainsTests(int argc, char **argv);
