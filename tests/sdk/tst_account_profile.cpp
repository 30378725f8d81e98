// Account: the profile image (from a file and from a QImage, as multipart uploads the emulator serves back),
// deleting the account (signed out, keychain entry gone; refused where the instance turns it off), what
// Auth::userSettings() reads from the environment, and every operation refusing to run signed out.
#include "accounttesthelpers.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>

using namespace Clerk;
using namespace TestHelpers;
using namespace AccountTests;

namespace {

QByteArray download(const QString &url)
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(QUrl(url))));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? reply->readAll() : QByteArray();
}

QImage testImage(QRgb color)
{
    QImage image(24, 16, QImage::Format_ARGB32);
    image.fill(color);
    return image;
}

} // namespace

class tst_AccountProfile : public QObject
{
    Q_OBJECT
    ClerkEmulator::Server server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.listen()); }
    void init() { QVERIFY(server.loadSeed(ClerkEmulator::Server::defaultSeed())); }

    void profileImageFromAFileThenAQImageThenRemoved()
    {
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        QVERIFY(!auth->user().hasImage);
        const QString before = auth->user().imageUrl;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("me.png"));
        QVERIFY(testImage(qRgb(200, 30, 30)).save(path, "PNG"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray fileBytes = file.readAll();

        // A file: URL, as a QML FileDialog hands it over; the user is current when the reply reports.
        auto *reply = auth->account()->setProfileImage(QUrl::fromLocalFile(path));
        QString urlWhenReported;
        connect(reply, &Reply::succeeded, this, [&] { urlWhenReported = auth->user().imageUrl; });
        Outcome o = await(reply);
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const User user = o.result.value<User>();
        QVERIFY(user.hasImage);
        QVERIFY(user.imageUrl != before);
        QCOMPARE(urlWhenReported, user.imageUrl);
        QCOMPARE(auth->user().imageUrl, user.imageUrl);
        QCOMPARE(download(user.imageUrl), fileBytes);
        QCOMPARE(server.requestCount(QStringLiteral("POST /v1/me/profile_image")), 1);

        // A QImage goes as PNG; the bytes served back decode to the same picture.
        const QImage picture = testImage(qRgb(20, 90, 200));
        o = await(auth->account()->setProfileImage(picture));
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        const QString secondUrl = o.result.value<User>().imageUrl;
        QVERIFY(secondUrl != user.imageUrl);
        const QByteArray served = download(secondUrl);
        QVERIFY(served.startsWith("\x89PNG"));
        QCOMPARE(QImage::fromData(served, "PNG").convertToFormat(QImage::Format_ARGB32), picture);

        o = await(auth->account()->removeProfileImage());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!o.result.value<User>().hasImage);
        QVERIFY(!auth->user().hasImage);
        QVERIFY(download(secondUrl).isEmpty());
    }

    void unreadableFileOrNullImageFailAtOnce()
    {
        auto auth = signedInAuth(server, kJane, kJanePassword);
        QVERIFY(auth);
        server.resetCounters();
        Outcome o = await(auth->account()->setProfileImage(QUrl::fromLocalFile(QStringLiteral("/nonexistent/me.png"))));
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_file_unreadable"));
        o = await(auth->account()->setProfileImage(QImage()));
        QCOMPARE(o.error.kind(), Error::Kind::InvalidState);
        QCOMPARE(o.error.code(), QStringLiteral("clerkqt_image_invalid"));
        QCOMPARE(server.totalRequestCount(), 0);
    }

    void deleteAccountSignsOutAndForgetsTheKeychainEntry()
    {
        const QString service = uniqueService("account-delete");
        const QString key = keychainKey(service, server.publishableKey());
        auto auth = signedInAuth(server, kAda, kAdaPassword, service);
        QVERIFY(auth);
        QVERIFY(auth->user().deleteSelfEnabled);
        QTRY_VERIFY_WITH_TIMEOUT(readKeychain(service, key).first, 20000);
        QSignalSpy signedInSpy(auth.get(), &Auth::signedInChanged);

        const Outcome o = await(auth->account()->deleteAccount());
        QVERIFY2(o.ok(), qPrintable(o.error.toString()));
        QVERIFY(!auth->isSignedIn());
        QVERIFY(auth->user().isNull());
        QVERIFY(signedInSpy.count() >= 1);
        QVERIFY(!readKeychain(service, key).first);
        // The user is gone on the server: the password signs nobody in.
        QVERIFY(!await(signedOutAuth(server)->signIn(kAda, kAdaPassword)).ok());
    }

    void deleteAccountRefusedWhereTheInstanceTurnsItOff()
    {
        QVERIFY(server.loadSeed(seedWith({{QStringLiteral("delete_self"), false}})));
        auto auth = signedInAuth(server, kAda, kAdaPassword);
        QVERIFY(auth);
        QVERIFY(!auth->user().deleteSelfEnabled);
        QVERIFY(await(auth->loadEnvironment()).ok());
        QVERIFY(!auth->userSettings().deleteSelfEnabled);

        const Outcome o = await(auth->account()->deleteAccount());
        QVERIFY(o.finished);
        QCOMPARE(o.error.kind(), Error::Kind::Auth);
        QCOMPARE(o.error.httpStatus(), 403);
        QVERIFY(auth->isSignedIn());
        QVERIFY(signedInAuth(server, kAda, kAdaPassword));
    }

    void userSettingsFromTheEnvironment()
    {
        auto auth = signedOutAuth(server);
        QVERIFY(!auth->userSettings().loaded);
        QSignalSpy spy(auth.get(), &Auth::environmentChanged);
        QVERIFY(await(auth->loadEnvironment()).ok());
        QCOMPARE(spy.count(), 1);
        const UserSettings s = auth->userSettings();
        QVERIFY(s.loaded);
        // What the default seed turns on: email, phone and username identifiers, names at sign-up, a required
        // password of at least 8 characters, authenticator app, backup codes and SMS as second factors,
        // self-deletion.
        QVERIFY(s.emailAddressEnabled);
        QVERIFY(s.phoneNumberEnabled);
        QVERIFY(s.usernameEnabled);
        QVERIFY(s.firstNameEnabled);
        QVERIFY(s.lastNameEnabled);
        QVERIFY(s.passwordEnabled);
        QVERIFY(s.passwordRequired);
        QCOMPARE(s.passwordMinLength, 8);
        QVERIFY(s.totpEnabled);
        QVERIFY(s.backupCodeEnabled);
        QVERIFY(s.phoneSecondFactorEnabled);
        QVERIFY(s.deleteSelfEnabled);
        QVERIFY(s.raw.contains(QLatin1String("attributes")));

        // A second read of the same environment announces nothing.
        QVERIFY(await(auth->loadEnvironment()).ok());
        QCOMPARE(spy.count(), 1);
    }

    void everyOperationNeedsASignedInUser()
    {
        auto auth = signedOutAuth(server);
        QVERIFY(!auth->isSignedIn());
        Account *a = auth->account();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.png"));
        QVERIFY(testImage(qRgb(1, 2, 3)).save(path, "PNG"));
        server.resetCounters();
        const QList<QPair<const char *, Reply *>> replies{
            {"addEmailAddress", a->addEmailAddress(kJane)},
            {"prepareEmailAddressVerification", a->prepareEmailAddressVerification(QStringLiteral("idn_x"))},
            {"attemptEmailAddressVerification", a->attemptEmailAddressVerification(QStringLiteral("idn_x"), kTestCode)},
            {"setPrimaryEmailAddress", a->setPrimaryEmailAddress(QStringLiteral("idn_x"))},
            {"removeEmailAddress", a->removeEmailAddress(QStringLiteral("idn_x"))},
            {"addPhoneNumber", a->addPhoneNumber(kJanePhone)},
            {"preparePhoneNumberVerification", a->preparePhoneNumberVerification(QStringLiteral("idn_x"))},
            {"attemptPhoneNumberVerification", a->attemptPhoneNumberVerification(QStringLiteral("idn_x"), kTestCode)},
            {"setPrimaryPhoneNumber", a->setPrimaryPhoneNumber(QStringLiteral("idn_x"))},
            {"removePhoneNumber", a->removePhoneNumber(QStringLiteral("idn_x"))},
            {"setPhoneNumberReservedForSecondFactor",
             a->setPhoneNumberReservedForSecondFactor(QStringLiteral("idn_x"), true)},
            {"makeDefaultSecondFactor", a->makeDefaultSecondFactor(QStringLiteral("idn_x"))},
            {"changePassword", a->changePassword(kJanePassword, QStringLiteral("another password 1"))},
            {"removePassword", a->removePassword(kJanePassword)},
            {"setProfileImage(file)", a->setProfileImage(QUrl::fromLocalFile(path))},
            {"setProfileImage(image)", a->setProfileImage(testImage(qRgb(1, 2, 3)))},
            {"removeProfileImage", a->removeProfileImage()},
            {"createTotp", a->createTotp()},
            {"verifyTotp", a->verifyTotp(QStringLiteral("123456"))},
            {"disableTotp", a->disableTotp()},
            {"createBackupCodes", a->createBackupCodes()},
            {"deleteAccount", a->deleteAccount()},
        };
        for (const auto &[name, reply] : replies) {
            const Outcome o = await(reply);
            QVERIFY2(o.finished, name);
            QVERIFY2(o.error.kind() == Error::Kind::InvalidState, name);
            QVERIFY2(o.error.code() == QLatin1String("clerkqt_signed_out"), name);
        }
        QCOMPARE(server.totalRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AccountProfile)
#include "tst_account_profile.moc"
