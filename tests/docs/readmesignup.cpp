// The README's sign-up snippet (guide section "Sign-up that follows the instance's settings"), run against the
// in-process emulator on its username-phone and legal-consent profiles: what the snippet logs, and where the
// sign-up ends. A class of its own, run from tst_readme_snippets' main().
#include "readmeharness.h"
#include "readmesnippets.h"
#include "testhelpers.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <QtTest>

#include <memory>

// What the snippet "sign-up-settings" defines (declared here, not in readmesnippets.h, so that header stays as
// the other snippets' sections left it).
void showSignUpFields(Clerk::Auth *auth);
void completeSignUp(Clerk::Auth *auth, const QString &username, const QString &phoneNumber);
void signUpWithGoogle(Clerk::Auth *auth);

using namespace TestHelpers;
using namespace ReadmeHarness;

class ReadmeSignUpSnippets : public QObject
{
    Q_OBJECT

    ClerkEmulator::Server server;
    QNetworkAccessManager browser;

    void useProfile(const char *name)
    {
        QString error;
        QVERIFY2(server.loadSeed(ClerkEmulator::Server::profileSeed(QLatin1String(name), &error), &error),
                 qPrintable(error));
    }

    // As in tst_readme_snippets: persistSession off, so the run needs no keychain. The "system browser" approves
    // at the emulator's provider page as `account`.
    std::unique_ptr<Clerk::Auth> newAuth(const QString &account)
    {
        Clerk::AuthConfig config;
        config.publishableKey = server.publishableKey();
        config.persistSession = false;
        config.keychainService = uniqueService("readme-signup");
        config.openUrl = [this, account](const QUrl &start) {
            QUrl url = start;
            QUrlQuery q(url);
            q.addQueryItem(QStringLiteral("account"), account);
            url.setQuery(q);
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browser.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        };
        auto auth = std::make_unique<Clerk::Auth>(config);
        waitLoaded(*auth);
        return auth;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void cleanup() { QVERIFY(server.loadSeed(ClerkEmulator::Server::defaultSeed())); }

    void fieldsFromTheSettings()
    {
        useProfile("legal-consent");
        auto auth = newAuth(QString());
        MessageLog log;
        showSignUpFields(auth.get());
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^ask for: .*I accept https://example.com/terms "
                                                                   "and https://example.com/privacy")),
                                 kTimeout);
        QVERIFY(!log.has(QtInfoMsg, QStringLiteral("username \\(required\\)")));

        useProfile("username-phone");
        auth = newAuth(QString());
        showSignUpFields(auth.get());
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtInfoMsg, QStringLiteral("^ask for: .*username \\(required\\).*phone number \\(required\\)")),
            kTimeout);
    }

    void oauthSignUpCompletedWithTheMissingFields()
    {
        useProfile("username-phone");
        auto auth = newAuth(QStringLiteral("google-newbie"));
        MessageLog log;
        signUpWithGoogle(auth.get());
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^still missing: .*username")), kTimeout);
        QCOMPARE(auth->status(), Clerk::Auth::Status::SigningUp);

        completeSignUp(auth.get(), QStringLiteral("ab"), QStringLiteral("+15555550199"));
        QTRY_VERIFY_WITH_TIMEOUT(
            log.has(QtWarningMsg, QStringLiteral("^not accepted: \"form_username_invalid_length\" \"username\"$")),
            kTimeout);
        completeSignUp(auth.get(), QStringLiteral("nina_newbie"), QStringLiteral("+15555550199"));
        // The phone number is next: the snippet sent its code.
        QTRY_COMPARE_WITH_TIMEOUT(auth->signUpAttempt().raw.value(QLatin1String("verifications")).toObject()
                                      .value(QLatin1String("phone_number")).toObject()
                                      .value(QLatin1String("status")).toString(),
                                  QStringLiteral("unverified"), kTimeout);
        QVERIFY(await(auth->attemptSignUpVerification(Clerk::Factor::Strategy::PhoneCode, kTestCode)).ok());
        QCOMPARE(auth->status(), Clerk::Auth::Status::SignedIn);
        QCOMPARE(auth->user().username, QStringLiteral("nina_newbie"));
    }

    void oauthSignUpOfAnExistingAccountSignsIn()
    {
        auto auth = newAuth(QStringLiteral("google-jane"));
        MessageLog log;
        signUpWithGoogle(auth.get());
        QTRY_VERIFY_WITH_TIMEOUT(log.has(QtInfoMsg, QStringLiteral("^signed in as \"jane\\+clerk_test@example.com\"$")),
                                 kTimeout);
    }
};

int runReadmeSignUpSnippets(int argc, char **argv)
{
    ReadmeSignUpSnippets snippets;
    return QTest::qExec(&snippets, argc, argv);
}

#include "readmesignup.moc"
