// The organization tests (issue #19): one Qt Test class per resource, each in its own file, all run by
// tst_organizations' main() so the suite is one executable. Each returns QTest::qExec()'s result.
// Each registers as {"<part>", runOrg<Part>Tests} in tst_organizations.cpp (ORG_SUITE=<part> runs it alone).
#pragma once

// ==== BEGIN org-profile runner ====
int runOrgProfileTests(int argc, char **argv);
// ==== END org-profile runner ====
// ==== BEGIN org-members runner ====
int runOrgMembersTests(int argc, char **argv);
// ==== END org-members runner ====
// ==== BEGIN org-invitations runner ====
int runOrgInvitationsTests(int argc, char **argv); // org_invitations.cpp
// ==== END org-invitations runner ====
// ==== BEGIN org-domains runner ====
int runOrgDomainsTests(int argc, char **argv);
// ==== END org-domains runner ====
