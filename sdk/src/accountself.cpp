// Account's own-account operations (emails, phones, password, profile image, two-factor, deletion): each runs
// through Auth::Private like Auth's operations, carried out by the engine's AccountOps.
#include "account_p.h"

#include "accountops_p.h"
#include "imagefile_p.h"

#include <QImage>

namespace Clerk {

namespace {

const QString kEmails = QStringLiteral("email_addresses");
const QString kPhones = QStringLiteral("phone_numbers");

} // namespace

// ---- Email addresses and phone numbers ------------------------------------------------------------------------

ReplyOf<EmailAddress> *Account::addEmailAddress(const QString &emailAddress)
{
    return d->auth.run<EmailAddress>([=] { return d->auth.engine->account.addEmailAddress(emailAddress); });
}

ReplyOf<EmailAddress> *Account::prepareEmailAddressVerification(const QString &emailAddressId)
{
    return d->auth.run<EmailAddress>(
        [=] { return d->auth.engine->account.prepareVerification(kEmails, emailAddressId); });
}

ReplyOf<EmailAddress> *Account::attemptEmailAddressVerification(const QString &emailAddressId, const QString &code)
{
    return d->auth.run<EmailAddress>(
        [=] { return d->auth.engine->account.attemptVerification(kEmails, emailAddressId, code); });
}

ReplyOf<User> *Account::setPrimaryEmailAddress(const QString &emailAddressId)
{
    return d->auth.run<User>(
        [=] { return d->auth.engine->account.setPrimary(QStringLiteral("primary_email_address_id"), emailAddressId); });
}

ReplyOf<void> *Account::removeEmailAddress(const QString &emailAddressId)
{
    return d->auth.run<void>([=] { return d->auth.engine->account.removeIdentification(kEmails, emailAddressId); });
}

ReplyOf<PhoneNumber> *Account::addPhoneNumber(const QString &phoneNumber)
{
    return d->auth.run<PhoneNumber>([=] { return d->auth.engine->account.addPhoneNumber(phoneNumber); });
}

ReplyOf<PhoneNumber> *Account::preparePhoneNumberVerification(const QString &phoneNumberId)
{
    return d->auth.run<PhoneNumber>(
        [=] { return d->auth.engine->account.prepareVerification(kPhones, phoneNumberId); });
}

ReplyOf<PhoneNumber> *Account::attemptPhoneNumberVerification(const QString &phoneNumberId, const QString &code)
{
    return d->auth.run<PhoneNumber>(
        [=] { return d->auth.engine->account.attemptVerification(kPhones, phoneNumberId, code); });
}

ReplyOf<User> *Account::setPrimaryPhoneNumber(const QString &phoneNumberId)
{
    return d->auth.run<User>(
        [=] { return d->auth.engine->account.setPrimary(QStringLiteral("primary_phone_number_id"), phoneNumberId); });
}

ReplyOf<void> *Account::removePhoneNumber(const QString &phoneNumberId)
{
    return d->auth.run<void>([=] { return d->auth.engine->account.removeIdentification(kPhones, phoneNumberId); });
}

ReplyOf<PhoneNumber> *Account::setPhoneNumberReservedForSecondFactor(const QString &phoneNumberId, bool reserved)
{
    return d->auth.run<PhoneNumber>([=] {
        return d->auth.engine->account.updatePhoneNumber(phoneNumberId, QStringLiteral("reserved_for_second_factor"),
                                                         reserved);
    });
}

ReplyOf<PhoneNumber> *Account::makeDefaultSecondFactor(const QString &phoneNumberId)
{
    return d->auth.run<PhoneNumber>([=] {
        return d->auth.engine->account.updatePhoneNumber(phoneNumberId, QStringLiteral("default_second_factor"), true);
    });
}

// ---- Password -------------------------------------------------------------------------------------------------

ReplyOf<User> *Account::changePassword(const QString &currentPassword, const QString &newPassword,
                                       bool signOutOfOtherSessions)
{
    return d->auth.run<User>([=] {
        return d->auth.engine->account.changePassword(currentPassword, newPassword, signOutOfOtherSessions);
    });
}

ReplyOf<User> *Account::removePassword(const QString &currentPassword)
{
    return d->auth.run<User>([=] { return d->auth.engine->account.removePassword(currentPassword); });
}

// ---- Profile image --------------------------------------------------------------------------------------------

ReplyOf<User> *Account::setProfileImage(const QUrl &file)
{
    // Read now, as documented: an unreadable file fails without waiting for the restore.
    Error failure;
    const std::optional<FapiFilePart> part = readImageFile(file, &failure);
    if (!part)
        return d->auth.typed<User>(d->auth.engine->account.failed(failure));
    return d->auth.run<User>([=] { return d->auth.engine->account.setProfileImage(*part); });
}

ReplyOf<User> *Account::setProfileImage(const QImage &image)
{
    Error failure;
    const std::optional<FapiFilePart> part = encodeImage(image, QStringLiteral("profile-image.png"), &failure);
    if (!part)
        return d->auth.typed<User>(d->auth.engine->account.failed(failure));
    return d->auth.run<User>([=] { return d->auth.engine->account.setProfileImage(*part); });
}

ReplyOf<User> *Account::removeProfileImage()
{
    return d->auth.run<User>([=] { return d->auth.engine->account.removeProfileImage(); });
}

// ---- Two-factor -----------------------------------------------------------------------------------------------

ReplyOf<TotpSetup> *Account::createTotp()
{
    return d->auth.run<TotpSetup>([=] { return d->auth.engine->account.createTotp(); });
}

ReplyOf<TotpSetup> *Account::verifyTotp(const QString &code)
{
    return d->auth.run<TotpSetup>([=] { return d->auth.engine->account.verifyTotp(code); });
}

ReplyOf<void> *Account::disableTotp()
{
    return d->auth.run<void>([=] { return d->auth.engine->account.disableTotp(); });
}

ReplyOf<QStringList> *Account::createBackupCodes()
{
    return d->auth.run<QStringList>([=] { return d->auth.engine->account.createBackupCodes(); });
}

// ---- Deletion -------------------------------------------------------------------------------------------------

ReplyOf<void> *Account::deleteAccount()
{
    return d->auth.run<void>([=] { return d->auth.engine->account.deleteAccount(); });
}

} // namespace Clerk
