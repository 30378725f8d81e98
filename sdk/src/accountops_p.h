// The signed-in user's self-service operations behind Account (identifications, password, profile image,
// two-factor, deletion): each builds a request of the user's (/me…) for the active session and reads the answer.
// The answers carry the client, which reaches the model through AuthCore::send() before the reply reports, so
// Auth::user() is already current when a reply finishes.
#pragma once

#include "fapiclient_p.h"

#include <ClerkQt/account.h>

#include <functional>
#include <optional>

namespace Clerk {

class AuthCore;
class PendingReply;

class AccountOps
{
public:
    explicit AccountOps(AuthCore &core) : d(core) {}

    Reply *addEmailAddress(const QString &emailAddress);
    Reply *addPhoneNumber(const QString &phoneNumber);
    /// `kind` is "email_addresses" or "phone_numbers"; the result is the identification as Clerk answered.
    Reply *prepareVerification(const QString &kind, const QString &id);
    Reply *attemptVerification(const QString &kind, const QString &id, const QString &code);
    Reply *removeIdentification(const QString &kind, const QString &id);
    /// PATCH /me with `field` (primary_email_address_id / primary_phone_number_id).
    Reply *setPrimary(const QString &field, const QString &id);
    /// PATCH /me/phone_numbers/{id} with one boolean field.
    Reply *updatePhoneNumber(const QString &id, const QString &field, bool value);

    Reply *changePassword(const QString &currentPassword, const QString &newPassword, bool signOutOfOtherSessions);
    Reply *removePassword(const QString &currentPassword);

    /// Uploads `part` (already read from the file or encoded) as the profile image.
    Reply *setProfileImage(const FapiFilePart &part);
    /// A reply that has failed with `error` (what the caller found wrong before any request).
    Reply *failed(const Error &error);
    Reply *removeProfileImage();

    Reply *createTotp();
    Reply *verifyTotp(const QString &code);
    Reply *disableTotp();
    Reply *createBackupCodes();

    Reply *deleteAccount();

private:
    using Finish = std::function<void(const FapiResult &, PendingReply *)>;
    /// Sends a request of the signed-in user's (`path` below /me) and finishes with `finish`; fails the reply
    /// with clerkqt_signed_out at once when nobody is signed in.
    Reply *me(const QByteArray &method, const QString &path, const FormFields &form, Finish finish,
              std::optional<FapiFilePart> file = std::nullopt);

    /// Succeeds `reply` with Auth::user() once it reflects an answer that is not the user itself.
    void succeedWithUser(const FapiResult &result, PendingReply *reply);

    AuthCore &d;
};

} // namespace Clerk
