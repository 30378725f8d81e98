// Auth's sign-ins that need no password typed into the app: tickets, email links and enterprise SSO.
#include "auth_p.h"

#include <QUrlQuery>

namespace Clerk {

ReplyOf<Auth::Status> *Auth::signInWithTicket(const QString &ticket)
{
    return d->run<Status>([=] { return d->engine->flows.signInWithTicket(ticket); });
}

ReplyOf<Auth::Status> *Auth::signUpWithTicket(const QString &ticket, const SignUpParams &params)
{
    return d->run<Status>([=] { return d->engine->flows.signUpWithTicket(ticket, params); });
}

QString Auth::ticketFromUrl(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("__clerk_ticket"), QUrl::FullyDecoded);
}

ReplyOf<Auth::Status> *Auth::signInWithEmailLink(const QString &identifier)
{
    return signInWithEmailLink(identifier, EmailLinkOptions());
}

ReplyOf<Auth::Status> *Auth::signInWithEmailLink(const QString &identifier, const EmailLinkOptions &options)
{
    return d->run<Status>([=] { return d->engine->emailLinks.start(identifier, options); });
}

void Auth::cancelEmailLink() { d->engine->emailLinks.cancel(); }

bool Auth::handleEmailLinkRedirect(const QUrl &url) { return d->engine->emailLinks.handleRedirect(url); }

ReplyOf<Auth::Status> *Auth::signInWithEnterpriseSso(const QString &identifier)
{
    return signInWithEnterpriseSso(identifier, OAuthOptions());
}

ReplyOf<Auth::Status> *Auth::signInWithEnterpriseSso(const QString &identifier, const OAuthOptions &options)
{
    return d->run<Status>([=] { return d->engine->oauth.startEnterpriseSso(identifier, options); });
}

} // namespace Clerk
