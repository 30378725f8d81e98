// What the README's snippets define (see README.md, "Integration guide"): each C++ snippet is its own translation
// unit of tst_readme_snippets and defines some of these functions, which the harness calls. A snippet that changes
// a name or a signature fails the build or the link.
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QHttpServer;
class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class QObject;
namespace Clerk {
class Auth;
class TokenVerifier;
} // namespace Clerk

// ---- What the README's snippets define (see README.md, "Integration guide") ---------------------------------
// create-auth
Clerk::Auth *createAuth(const QString &publishableKey, QObject *parent);
// sign-in-password
void signIn(Clerk::Auth *auth, const QString &email, const QString &password);
// sign-in-second-factor
void submitAuthenticatorCode(Clerk::Auth *auth, const QString &code);
// sign-in-email-code
void sendSignInCode(Clerk::Auth *auth, const QString &email);
void submitSignInCode(Clerk::Auth *auth, const QString &code);
// forgot-password (run by readmeaccount.cpp)
void sendPasswordResetCode(Clerk::Auth *auth, const QString &email);
void submitPasswordResetCode(Clerk::Auth *auth, const QString &code);
void setNewPassword(Clerk::Auth *auth, const QString &newPassword);
// account-emails (run by readmeaccount.cpp)
void addEmailAddress(Clerk::Auth *auth, const QString &address);
void verifyEmailAddress(Clerk::Auth *auth, const QString &emailAddressId, const QString &code);
// account-totp (run by readmeaccount.cpp)
void startAuthenticatorApp(Clerk::Auth *auth, std::function<void(const QString &uri)> showQrCode);
void confirmAuthenticatorApp(Clerk::Auth *auth, const QString &code);
// devices (run by readmeaccount.cpp)
void listDevices(Clerk::Auth *auth);
void signOutDevice(Clerk::Auth *auth, const QString &sessionId);
// tickets-links (run by readmetickets.cpp)
void openSignInLink(Clerk::Auth *auth, const QUrl &link);
void acceptInvitation(Clerk::Auth *auth, const QString &ticket, const QString &password);
void signInByEmailLink(Clerk::Auth *auth, const QString &email);
void signInWithSso(Clerk::Auth *auth, const QString &workEmail);
// offline-start (run by readmeaccount.cpp)
void followOfflineState(Clerk::Auth *auth, QObject *context);
void callWhenOnline(Clerk::Auth *auth, QObject *context, std::function<void(const QString &jwt)> call);
// sign-up-email
void signUp(Clerk::Auth *auth, const QString &email, const QString &password, const QString &firstName);
void verifySignUpEmail(Clerk::Auth *auth, const QString &code);
// sign-out
void signOut(Clerk::Auth *auth);
// session-token
void keepConnectionAuthenticated(Clerk::Auth *auth, QObject *connection,
                                 std::function<void(const QString &jwt)> setCredentials);
void withSessionToken(Clerk::Auth *auth, QObject *context, std::function<void(const QString &jwt)> use);
// client-trust (run by readmeaccount.cpp)
void sendDeviceCode(Clerk::Auth *auth);
void submitDeviceCode(Clerk::Auth *auth, const QString &code);
// step-up (run by readmeaccount.cpp)
void handleStepUp(Clerk::Auth *auth, std::function<QString()> askPassword);
// authorized-nam
QNetworkAccessManager *createApiClient(Clerk::Auth *auth, const QUrl &apiOrigin, QObject *parent);
void fetchProfile(QNetworkAccessManager *api, const QUrl &url);
// authorize-request
QNetworkReply *uploadReport(QNetworkAccessManager *nam, Clerk::Auth *auth, const QUrl &url, QIODevice *report);
// backend-http-server
Clerk::TokenVerifier *createTokenVerifier(const QUrl &jwksUrl, QObject *parent);
void addProtectedRoute(QHttpServer &server, Clerk::TokenVerifier *verifier);
// backend-verify-async
void authenticateConnection(Clerk::TokenVerifier *verifier, const QString &token, QObject *connection);
// emulator-qttest (with run_emulator_qttest.cpp)
int runReadmeQtTest(int argc, char **argv);

// ---- The harness's second class: the account snippets (readmeaccount.cpp) -----------------------------------
int runReadmeAccountSnippets(int argc, char **argv);
// The sign-up snippet's class (readmesignup.cpp)
int runReadmeSignUpSnippets(int argc, char **argv);
// The tickets, email links and enterprise SSO snippet's class (readmetickets.cpp)
int runReadmeTicketSnippets(int argc, char **argv);
// org-create (run by readmeorgprofile.cpp)
void createAndOpenOrganization(Clerk::Auth *auth, const QString &name);
void renameActiveOrganization(Clerk::Auth *auth, const QString &newName);
int runReadmeOrgProfileSnippets(int argc, char **argv);
// org-members (run by readmeorgmembers.cpp)
void promoteToBilling(Clerk::Auth *auth, const QString &organizationId, const QString &userId);
void showInvoicesWhenAllowed(Clerk::Auth *auth, std::function<void(bool)> show);
int runReadmeOrgMembersSnippets(int argc, char **argv);
// org-domains (verified-domains; readmeorgdomains.cpp)
void addDomain(Clerk::Auth *auth, const QString &organizationId, const QString &domain, const QString &address);
void verifyDomain(Clerk::Auth *auth, const QString &organizationId, const QString &domainId, const QString &code);
void requestToJoin(Clerk::Auth *auth);
void acceptRequests(Clerk::Auth *auth, const QString &organizationId);
int runReadmeOrgDomainsSnippets(int argc, char **argv);
// org-invitations (run by readmeorginvitations.cpp)
void inviteTeammates(Clerk::Auth *auth, const QString &organizationId, const QStringList &emailAddresses);
void joinInvitedOrganizations(Clerk::Auth *auth);
int runReadmeOrgInvitationsSnippets(int argc, char **argv);
