// Account: the signed-in user's email addresses and phone numbers against the emulator — add, verify with the
// test code, make primary, remove — what Clerk refuses (a wrong code, an unverified primary, the last
// identifier), and a phone number reserved as the second factor that the next sign-in asks for.
#include "accounttesthelpers.h"

using namespace Clerk;
using namespace TestHelpers;
using namespace AccountTests;

namespace {

const QString kNewEmail = QStringLiteral("jane.work+clerk_test@example.com");
const QString kNewPhone = QStringLiteral("+15555550177");

const EmailAddress *findEmail(const User &user, const QString &address)
{
    for (const EmailAddress &e : user.emailAddresses) {
        if (e.emailAddress == address)
            return &e;
    }
    return nullptr;
}

const PhoneNumber *findPhone(const User &user, const QString &number)
{
    for (const PhoneNumber &p : user.phoneNumbers) {
        if (p.phoneNumber == number)
            return &p;
    }
    return nullptr;
}

} // namespace

class tst_AccountIdentifications : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { QVERIFY(server.loadSeed(ClerkEmulator::Server::defaultSeed())); }

    void emailAddedVerifiedMadePrimaryAndRemoved()
    {
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        Account *account = auth->account();
        QSignalSpy userSpy(auth.get(), &Auth::userChanged);

        // The user has the new address as soon as the reply reports, and the change was announced before.
        auto *added = account->addEmailAddress(QStringLiteral("  %1 ").arg(kNewEmail));
        bool userKnewIt = false;
        connect(added, &Reply::succeeded, this, [&] { userKnewIt = findEmail(auth->user(), kNewEmail) != nullptr; });
        Outcome o = await(added);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const EmailAddress email = o.result.value<EmailAddress>();
        QCOMPARE(email.emailAddress, kNewEmail);
        QVERIFY(!email.id.isEmpty());
        QVERIFY(!email.isVerified());
        QVERIFY(userKnewIt);
        QVERIFY(userSpy.count() >= 1);

        // An unverified address cannot become the primary one.
        o = await(account->setPrimaryEmailAddress(email.id));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("form_verification_needed"));
        QCOMPARE(auth->user().primaryEmailAddress(), kJane);

        o = await(account->prepareEmailAddressVerification(email.id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<EmailAddress>().verificationStatus, QStringLiteral("unverified"));
        QCOMPARE(server.requestCount(
                     QStringLiteral("POST /v1/me/email_addresses/{identification_id}/prepare_verification")),
                 1);

        o = await(account->attemptEmailAddressVerification(email.id, QStringLiteral("000000")));
        QVERIFY(o.finished);
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));
        QVERIFY(!findEmail(auth->user(), kNewEmail)->isVerified());

        o = await(account->attemptEmailAddressVerification(email.id, QStringLiteral(" %1 ").arg(kTestCode)));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(o.result.value<EmailAddress>().isVerified());
        QVERIFY(findEmail(auth->user(), kNewEmail)->isVerified());

        o = await(account->setPrimaryEmailAddress(email.id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(o.result.value<User>().primaryEmailAddressId, email.id);
        QCOMPARE(auth->user().primaryEmailAddress(), kNewEmail);

        // The old address goes; the new primary one stays.
        const QString oldId = findEmail(auth->user(), kJane)->id;
        o = await(account->removeEmailAddress(oldId));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!findEmail(auth->user(), kJane));
        QCOMPARE(auth->user().emailAddresses.size(), 1);

        // The server has it so: a fresh client signs in with the new address, not the old one.
        QVERIFY(signedInAuth(server, kNewEmail, kJanePassword));
        auto other = signedOutAuth(server);
        QVERIFY(!await(other->signIn(kJane, kJanePassword)).ok());
    }

    void phoneAddedVerifiedMadePrimaryAndRemoved()
    {
        auto auth = signedInAuth(server, kAda, kAdaPassword);
        QVERIFY(auth);
        Account *account = auth->account();
        QVERIFY(auth->user().phoneNumbers.isEmpty());

        Outcome o = await(account->addPhoneNumber(QStringLiteral(" %1").arg(kNewPhone)));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const PhoneNumber phone = o.result.value<PhoneNumber>();
        QCOMPARE(phone.phoneNumber, kNewPhone);
        QVERIFY(!phone.isVerified());
        QVERIFY(findPhone(auth->user(), kNewPhone));

        o = await(account->setPrimaryPhoneNumber(phone.id));
        QCOMPARE(o.error.code(), QStringLiteral("form_verification_needed"));

        QVERIFY(await(account->preparePhoneNumberVerification(phone.id)).ok());
        o = await(account->attemptPhoneNumberVerification(phone.id, QStringLiteral("111111")));
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));
        o = await(account->attemptPhoneNumberVerification(phone.id, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(o.result.value<PhoneNumber>().isVerified());

        o = await(account->setPrimaryPhoneNumber(phone.id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QCOMPARE(auth->user().primaryPhoneNumber(), kNewPhone);

        o = await(account->removePhoneNumber(phone.id));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(auth->user().phoneNumbers.isEmpty());
        QVERIFY(auth->user().primaryPhoneNumberId.isEmpty());
    }

    void lastIdentifierCannotBeRemoved()
    {
        const QString solo = QStringLiteral("solo+clerk_test@example.com");
        const QString password = QStringLiteral("solo-password-77");
        QString error;
        server.createUser(QJsonObject{{QStringLiteral("email_addresses"), QJsonArray{solo}},
                                      {QStringLiteral("password"), password}},
                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto auth = signedInAuth(server, solo, password);
        QVERIFY(auth);
        QCOMPARE(auth->user().emailAddresses.size(), 1);
        QVERIFY(auth->user().username.isEmpty());

        const Outcome o = await(auth->account()->removeEmailAddress(auth->user().emailAddresses.first().id));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.code(), QStringLiteral("identification_deletion_failed"));
        QCOMPARE(auth->user().emailAddresses.size(), 1);
    }

    void unknownIdentificationIsNotFound()
    {
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        const Outcome o = await(auth->account()->prepareEmailAddressVerification(QStringLiteral("idn_missing")));
        QVERIFY(o.finished);
        QCOMPARE(o.error.httpStatus(), 404);
    }

    void phoneReservedForSecondFactorIsAskedAtSignIn()
    {
        QVERIFY(server.loadSeed(seedWith({{QStringLiteral("second_factors"),
                                           QJsonArray{QStringLiteral("totp"), QStringLiteral("backup_code"),
                                                      QStringLiteral("phone_code")}}})));
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        QVERIFY(await(auth->loadEnvironment()).ok());
        QVERIFY(auth->userSettings().phoneSecondFactorEnabled);
        Account *account = auth->account();
        const PhoneNumber *seeded = findPhone(auth->user(), kJanePhone);
        QVERIFY(seeded && seeded->isVerified());
        const QString phoneId = seeded->id;
        QVERIFY(!auth->user().twoFactorEnabled);

        Outcome o = await(account->setPhoneNumberReservedForSecondFactor(phoneId, true));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(o.result.value<PhoneNumber>().reservedForSecondFactor);
        QVERIFY(findPhone(auth->user(), kJanePhone)->reservedForSecondFactor);
        o = await(account->makeDefaultSecondFactor(phoneId));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(o.result.value<PhoneNumber>().defaultSecondFactor);
        QVERIFY(findPhone(auth->user(), kJanePhone)->defaultSecondFactor);
        QVERIFY(auth->user().twoFactorEnabled);

        // Another device: the password is not enough any more; the SMS code to that number is.
        auto device = signedOutAuth(server);
        o = await(device->signIn(kJane, kJanePassword));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!device->isSignedIn());
        const SignInAttempt attempt = device->signInAttempt();
        QCOMPARE(attempt.status, SignInAttempt::Status::NeedsSecondFactor);
        QVERIFY(attempt.supportsSecondFactor(Factor::Strategy::PhoneCode));
        QVERIFY(await(device->prepareSecondFactor(Factor::Strategy::PhoneCode)).ok());
        o = await(device->attemptSecondFactor(Factor::Strategy::PhoneCode, QStringLiteral("999999")));
        QCOMPARE(o.error.code(), QStringLiteral("form_code_incorrect"));
        o = await(device->attemptSecondFactor(Factor::Strategy::PhoneCode, kTestCode));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(device->isSignedIn());

        // Released again, the number no longer stands in the way.
        QVERIFY(await(account->setPhoneNumberReservedForSecondFactor(phoneId, false)).ok());
        QVERIFY(!findPhone(auth->user(), kJanePhone)->reservedForSecondFactor);
        QVERIFY(signedInAuth(server, kJane, kJanePassword));
    }
};

QTEST_GUILESS_MAIN(tst_AccountIdentifications)
#include "tst_account_identifications.moc"
