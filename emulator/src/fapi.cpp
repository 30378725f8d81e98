// Routing: the /v1 route table, matching a request to its handler, rate limiting and the client token
// every client-scoped response carries. The handlers live in one file per resource (fapi_<resource>.cpp).
#include "fapi_common_p.h"

namespace ClerkEmulator {

Fapi::Fapi(Model &model, const Signer &signer, std::function<qint64()> clock)
    : m_model(model), m_signer(signer), m_now(std::move(clock))
{
    const auto add = [this](const char *method, const char *pattern, Handler handler, bool clientScoped) {
        m_routes.append({QLatin1String(method), QLatin1String(pattern), handler, clientScoped});
    };
    add("GET", "/v1/environment", &Fapi::environment, false);
    add("HEAD", "/v1/health", &Fapi::health, false);
    add("GET", "/v1/health", &Fapi::health, false);
    add("GET", "/v1/jwks", &Fapi::jwks, false);
    add("GET", "/.well-known/jwks.json", &Fapi::jwks, false);
    add("GET", "/oauth/authorize/{strategy}", &Fapi::oauthProviderPage, false);
    add("GET", "/v1/oauth_callback", &Fapi::oauthCallback, false);
    add("GET", "/v1/verify", &Fapi::verifyEmailLink, false);
    add("GET", "/v1/client", &Fapi::getClient, true);
    add("POST", "/v1/client", &Fapi::createClient, true);
    add("PUT", "/v1/client", &Fapi::createClient, true);
    add("DELETE", "/v1/client", &Fapi::deleteClient, true);
    add("POST", "/v1/client/sign_ins", &Fapi::createSignIn, true);
    add("GET", "/v1/client/sign_ins/{sign_in_id}", &Fapi::getSignIn, true);
    add("POST", "/v1/client/sign_ins/{sign_in_id}/prepare_first_factor", &Fapi::prepareFirstFactor, true);
    add("POST", "/v1/client/sign_ins/{sign_in_id}/attempt_first_factor", &Fapi::attemptFirstFactor, true);
    add("POST", "/v1/client/sign_ins/{sign_in_id}/prepare_second_factor", &Fapi::prepareSecondFactor, true);
    add("POST", "/v1/client/sign_ins/{sign_in_id}/attempt_second_factor", &Fapi::attemptSecondFactor, true);
    add("POST", "/v1/client/sign_ins/{sign_in_id}/reset_password", &Fapi::resetPassword, true);
    add("POST", "/v1/client/sign_ups", &Fapi::createSignUp, true);
    add("GET", "/v1/client/sign_ups/{sign_up_id}", &Fapi::getSignUp, true);
    add("PATCH", "/v1/client/sign_ups/{sign_up_id}", &Fapi::updateSignUp, true);
    add("POST", "/v1/client/sign_ups/{sign_up_id}/prepare_verification", &Fapi::prepareVerification, true);
    add("POST", "/v1/client/sign_ups/{sign_up_id}/attempt_verification", &Fapi::attemptVerification, true);
    add("DELETE", "/v1/client/sessions", &Fapi::removeAllSessions, true);
    add("GET", "/v1/client/sessions/{session_id}", &Fapi::getSession, true);
    add("POST", "/v1/client/sessions/{session_id}/touch", &Fapi::touchSession, true);
    add("POST", "/v1/client/sessions/{session_id}/end", &Fapi::endSession, true);
    add("POST", "/v1/client/sessions/{session_id}/remove", &Fapi::removeSession, true);
    add("POST", "/v1/client/sessions/{session_id}/verify", &Fapi::startReverification, true);
    add("POST", "/v1/client/sessions/{session_id}/verify/prepare_first_factor", &Fapi::prepareReverificationFirstFactor, true);
    add("POST", "/v1/client/sessions/{session_id}/verify/attempt_first_factor", &Fapi::attemptReverificationFirstFactor, true);
    add("POST", "/v1/client/sessions/{session_id}/verify/prepare_second_factor", &Fapi::prepareReverificationSecondFactor, true);
    add("POST", "/v1/client/sessions/{session_id}/verify/attempt_second_factor", &Fapi::attemptReverificationSecondFactor, true);
    add("POST", "/v1/client/sessions/{session_id}/tokens", &Fapi::createToken, true);
    add("POST", "/v1/client/sessions/{session_id}/tokens/{template_name}", &Fapi::createToken, true);
    add("GET", "/v1/me", &Fapi::getMe, true);
    add("PATCH", "/v1/me", &Fapi::updateMe, true);
    add("PATCH", "/v1/me/metadata", &Fapi::updateMeMetadata, true);
    add("DELETE", "/v1/me", &Fapi::deleteMe, true);
    add("POST", "/v1/me/email_addresses", &Fapi::addEmailAddress, true);
    add("POST", "/v1/me/phone_numbers", &Fapi::addPhoneNumber, true);
    add("PATCH", "/v1/me/phone_numbers/{identification_id}", &Fapi::updatePhoneNumber, true);
    add("POST", "/v1/me/change_password", &Fapi::changePassword, true);
    add("POST", "/v1/me/remove_password", &Fapi::removePassword, true);
    add("POST", "/v1/me/profile_image", &Fapi::uploadProfileImage, true);
    add("DELETE", "/v1/me/profile_image", &Fapi::deleteProfileImage, true);
    add("POST", "/v1/me/totp", &Fapi::createTotp, true);
    add("DELETE", "/v1/me/totp", &Fapi::deleteTotp, true);
    add("POST", "/v1/me/totp/attempt_verification", &Fapi::attemptTotp, true);
    add("POST", "/v1/me/backup_codes", &Fapi::createBackupCodes, true);
    add("POST", "/v1/me/external_accounts", &Fapi::connectExternalAccount, true);
    add("PATCH", "/v1/me/external_accounts/{external_account_id}/reauthorize", &Fapi::reauthorizeExternalAccount, true);
    add("DELETE", "/v1/me/external_accounts/{external_account_id}", &Fapi::deleteExternalAccount, true);
    add("GET", "/v1/me/sessions/active", &Fapi::activeSessions, true);
    add("POST", "/v1/me/sessions/{session_id}/revoke", &Fapi::revokeMySession, true);
    add("POST", "/v1/organizations", &Fapi::createOrganization, true);
    add("GET", "/v1/me/organization_memberships", &Fapi::myOrganizationMemberships, true);
    add("DELETE", "/v1/me/organization_memberships/{organization_id}", &Fapi::leaveOrganization, true);
    add("PATCH", "/v1/organizations/{organization_id}", &Fapi::updateOrganization, true);
    add("DELETE", "/v1/organizations/{organization_id}", &Fapi::deleteOrganization, true);
    add("PUT", "/v1/organizations/{organization_id}/logo", &Fapi::uploadOrganizationLogo, true);
    add("DELETE", "/v1/organizations/{organization_id}/logo", &Fapi::deleteOrganizationLogo, true);
    add("GET", "/v1/organizations/{organization_id}/memberships", &Fapi::listOrgMembers, true);
    add("PATCH", "/v1/organizations/{organization_id}/memberships/{user_id}", &Fapi::updateOrgMember, true);
    add("DELETE", "/v1/organizations/{organization_id}/memberships/{user_id}", &Fapi::removeOrgMember, true);
    add("GET", "/v1/organizations/{organization_id}/roles", &Fapi::listOrgRoles, true);
    add("GET", "/v1/organizations/{organization_id}/invitations", &Fapi::listOrgInvitations, true);
    add("POST", "/v1/organizations/{organization_id}/invitations", &Fapi::createOrgInvitation, true);
    add("POST", "/v1/organizations/{organization_id}/invitations/bulk", &Fapi::createOrgInvitations, true);
    add("POST", "/v1/organizations/{organization_id}/invitations/{invitation_id}/revoke", &Fapi::revokeOrgInvitation,
        true);
    add("GET", "/v1/me/organization_invitations", &Fapi::myOrgInvitations, true);
    add("POST", "/v1/me/organization_invitations/{invitation_id}/accept", &Fapi::acceptMyOrgInvitation, true);
    add("GET", "/v1/organizations/{organization_id}/domains", &Fapi::listOrgDomains, true);
    add("POST", "/v1/organizations/{organization_id}/domains", &Fapi::createOrgDomain, true);
    add("GET", "/v1/organizations/{organization_id}/domains/{domain_id}", &Fapi::getOrgDomain, true);
    add("DELETE", "/v1/organizations/{organization_id}/domains/{domain_id}", &Fapi::deleteOrgDomain, true);
    add("POST", "/v1/organizations/{organization_id}/domains/{domain_id}/update_enrollment_mode",
        &Fapi::updateOrgDomainEnrollment, true);
    add("POST", "/v1/organizations/{organization_id}/domains/{domain_id}/prepare_affiliation_verification",
        &Fapi::prepareOrgDomainAffiliation, true);
    add("POST", "/v1/organizations/{organization_id}/domains/{domain_id}/attempt_affiliation_verification",
        &Fapi::attemptOrgDomainAffiliation, true);
    add("GET", "/v1/organizations/{organization_id}/membership_requests", &Fapi::listOrgMembershipRequests, true);
    add("POST", "/v1/organizations/{organization_id}/membership_requests/{request_id}/accept",
        &Fapi::acceptOrgMembershipRequest, true);
    add("POST", "/v1/organizations/{organization_id}/membership_requests/{request_id}/reject",
        &Fapi::rejectOrgMembershipRequest, true);
    add("GET", "/v1/me/organization_suggestions", &Fapi::listMySuggestions, true);
    add("POST", "/v1/me/organization_suggestions/{suggestion_id}/accept", &Fapi::acceptMySuggestion, true);
    for (const char *kind : {"email_addresses", "phone_numbers"}) {
        const QByteArray list = QByteArray("/v1/me/") + kind;
        const QByteArray base = list + "/{identification_id}";
        m_routes.append({str("GET"), QString::fromLatin1(list), &Fapi::listIdentifications, true});
        m_routes.append({str("GET"), QString::fromLatin1(base), &Fapi::getIdentification, true});
        m_routes.append({str("POST"), QString::fromLatin1(base + "/prepare_verification"), &Fapi::prepareIdentification, true});
        m_routes.append({str("POST"), QString::fromLatin1(base + "/attempt_verification"), &Fapi::attemptIdentification, true});
        m_routes.append({str("DELETE"), QString::fromLatin1(base), &Fapi::deleteIdentification, true});
    }
}

QString Fapi::routePath(const QString &path)
{
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')) && !path.endsWith(QLatin1String("//")))
        return path.chopped(1);
    return path;
}

static bool matchPattern(const QString &pattern, const QString &path, QHash<QString, QString> *params)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    const QStringList have = path.split(QLatin1Char('/'));
    if (want.size() != have.size())
        return false;
    for (int i = 0; i < want.size(); ++i) {
        if (want[i].startsWith(QLatin1Char('{'))) {
            if (have[i].isEmpty())
                return false;
            if (params)
                params->insert(want[i].mid(1, want[i].size() - 2), have[i]);
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    return true;
}

QString Fapi::routeKey(const QString &method, const QString &path) const
{
    for (const Route &r : m_routes) {
        if (r.method == method && matchPattern(r.pattern, path, nullptr))
            return method + QLatin1Char(' ') + r.pattern;
    }
    return {};
}

QStringList Fapi::routeList() const
{
    QStringList list;
    for (const Route &r : m_routes)
        list.append(r.method + QLatin1Char(' ') + r.pattern);
    return list;
}

namespace {
struct SpecOperation
{
    const char *method;
    const char *pattern;
};
// Clerk's Frontend API as its OpenAPI spec declares it (generated; see the file's head).
constexpr SpecOperation kSpecOperations[] = {
#include "specoperations.inc"
};
} // namespace

// No route of the emulator's own: Clerk's 404 resource_not_found is only right for what Clerk does not have
// either. An operation Clerk has is the emulator's gap, and says so (501), so that a client developer never takes
// it for Clerk's answer; a verb neither has on a path one of them knows is a 405.
FapiResponse Fapi::unserved(const FapiRequest &request, bool pathKnown)
{
    for (const SpecOperation &op : kSpecOperations) {
        if (!matchPattern(QLatin1String(op.pattern), request.path, nullptr))
            continue;
        pathKnown = true;
        if (request.method == QLatin1String(op.method)) {
            return error(501, str("emulator_not_implemented"), str("Not served by the emulator"),
                         QStringLiteral("Clerk's Frontend API has %1 %2; this emulator does not serve it (see "
                                        "emulator/README.md for the operations it serves).")
                             .arg(request.method, request.path));
        }
    }
    if (pathKnown)
        return error(405, str("method_not_allowed"), str("Method not allowed"),
                     QStringLiteral("%1 is not allowed on %2").arg(request.method, request.path));
    return notFound();
}

FapiResponse Fapi::handle(const FapiRequest &request)
{
    const Route *route = nullptr;
    bool pathKnown = false;
    QHash<QString, QString> params;
    for (const Route &r : m_routes) {
        QHash<QString, QString> p;
        if (!matchPattern(r.pattern, request.path, &p))
            continue;
        pathKnown = true;
        if (r.method == request.method) {
            route = &r;
            params = p;
            break;
        }
    }
    if (!route)
        return unserved(request, pathKnown);

    Context ctx{request, params, {}, &m_model, m_now(), {}};
    FapiResponse response;
    const QString limitKey = request.hasAuthorization ? request.clientToken : request.rateKey;
    if (auto limited = rateLimited(limitKey)) {
        response = *limited;
    } else if (std::optional<FapiResponse> failure = route->clientScoped ? resolveClient(ctx) : std::nullopt) {
        response = *failure;
    } else {
        response = (this->*route->handler)(ctx);
    }
    response.routeKey = route->method + QLatin1Char(' ') + route->pattern;
    if (!ctx.clientId.isEmpty() && m_model.clients.contains(ctx.clientId)) {
        const Client &c = m_model.clients[ctx.clientId];
        if (!c.revoked && !c.tokens.isEmpty())
            response.headers.append({"Authorization", c.tokens.first().toLatin1()});
    }
    return response;
}

std::optional<FapiResponse> Fapi::rateLimited(const QString &key)
{
    if (rateLimitRequests <= 0)
        return std::nullopt;
    const qint64 now = m_now();
    const qint64 window = qint64(rateLimitWindowSeconds) * 1000;
    QList<qint64> &log = m_rateLog[key];
    log.removeIf([&](qint64 t) { return t <= now - window; });
    if (log.size() < rateLimitRequests) {
        log.append(now);
        return std::nullopt;
    }
    const qint64 retryMs = log.first() + window - now;
    FapiResponse r = error(429, str("too_many_requests"), str("Too many requests"),
                           str("Too many requests, please try again later."));
    r.headers.append({"Retry-After", QByteArray::number(qMax<qint64>(1, (retryMs + 999) / 1000))});
    return r;
}

} // namespace ClerkEmulator
