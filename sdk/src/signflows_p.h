// The sign-in and sign-up flows: each step is a request on this client's attempt, and each answer is adopted
// as the flow's next step (the attempt itself reaches the model through the client store).
#pragma once

#include "fapiclient_p.h"

#include <ClerkQt/auth.h>

namespace Clerk {

class AuthCore;
class PendingReply;

class SignFlows
{
public:
    explicit SignFlows(AuthCore &core) : d(core) {}

    Reply *signIn(const QString &identifier, const QString &password);
    Reply *startSignIn(const QString &identifier);
    Reply *prepareFactor(bool second, Factor::Strategy strategy);
    Reply *attemptFactor(bool second, Factor::Strategy strategy, const QString &secret);
    Reply *resetPassword(const QString &password, bool signOutOfOtherSessions);
    /// `extra` goes first (e.g. `strategy=ticket` and the ticket).
    Reply *signUp(const SignUpParams &params, const FormFields &extra = {});
    /// PATCH /client/sign_ups/{this client's sign-up} with the non-empty fields of `params`.
    Reply *updateSignUp(const SignUpParams &params);
    Reply *signInWithTicket(const QString &ticket);
    Reply *signUpWithTicket(const QString &ticket, const SignUpParams &params);
    Reply *prepareSignUpVerification(Factor::Strategy strategy);
    Reply *attemptSignUpVerification(Factor::Strategy strategy, const QString &code);

    /// Adopts Clerk's answer as the next sign-in (sign-up) step: flow, active session, reply.
    void completeSignInStep(const FapiResult &result, PendingReply *reply);
    void completeSignUpStep(const FapiResult &result, PendingReply *reply);

private:
    enum class Kind { SignIn, SignUp };

    /// POST /client/sign_ins|sign_ups with `form`, the answer adopted as the first step of that flow.
    Reply *create(Kind kind, const FormFields &form);
    /// POST /client/sign_ins|sign_ups/{this client's attempt}/<action> with `form`, the answer adopted as the
    /// next step; fails with clerkqt_no_sign_in / clerkqt_no_sign_up when there is no such attempt.
    Reply *attemptAction(Kind kind, const QString &action, const FormFields &form);
    /// The form of SignUpParams: `extra` first, then its non-empty fields under Clerk's names.
    static FormFields signUpForm(const SignUpParams &params, const FormFields &extra = {});
    void completeStep(Kind kind, const FapiResult &result, PendingReply *reply);

    AuthCore &d;
};

} // namespace Clerk
