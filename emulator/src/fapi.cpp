#include "fapi_p.h"
#include "signer_p.h"
#include "totp_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace ClerkEmulator {

namespace {

constexpr qint64 kVerificationLifetimeMs = 10 * 60 * 1000;
constexpr qint64 kAttemptLifetimeMs = 24 * 3600 * 1000;
constexpr int kMaxCodeAttempts = 5;
const QString kTestCode = QStringLiteral("424242");

QString str(const char *s) { return QString::fromLatin1(s); }

FapiResponse paramMissing(const QString &param)
{
    return Fapi::error(422, str("form_param_missing"), QStringLiteral("%1 is missing").arg(param),
                       QStringLiteral("%1 is missing. Please provide it.").arg(param),
                       {{str("param_name"), param}});
}

FapiResponse formatInvalid(const QString &param)
{
    return Fapi::error(422, str("form_param_format_invalid"), QStringLiteral("%1 is invalid").arg(param),
                       QStringLiteral("%1 must be a valid value.").arg(param), {{str("param_name"), param}});
}

FapiResponse paramUnknown(const QString &param)
{
    return Fapi::error(422, str("form_param_unknown"), QStringLiteral("%1 is unknown").arg(param),
                       QStringLiteral("%1 is not a valid parameter for this request.").arg(param),
                       {{str("param_name"), param}});
}

/// `patch` merged into `target` the way Clerk's PATCH /v1/me/metadata does: objects merge at every level, a
/// null removes the key, anything else replaces.
void deepMerge(QJsonObject &target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull()) {
            target.remove(it.key());
        } else if (it.value().isObject() && target.value(it.key()).isObject()) {
            QJsonObject nested = target.value(it.key()).toObject();
            deepMerge(nested, it.value().toObject());
            target.insert(it.key(), nested);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

FapiResponse notFound(const QString &what = {})
{
    QJsonObject meta;
    if (!what.isEmpty())
        meta.insert(str("param_name"), what);
    return Fapi::error(404, str("resource_not_found"), str("not found"),
                       str("The requested resource was not found"), meta);
}

FapiResponse signedOut()
{
    return Fapi::error(401, str("signed_out"), str("Signed out"), str("You are signed out"));
}

FapiResponse identifierExists(const QString &param)
{
    return Fapi::error(422, str("form_identifier_exists"), QStringLiteral("That %1 is taken. Please try another.")
                       .arg(QString(param).replace(QLatin1Char('_'), QLatin1Char(' '))),
                       QStringLiteral("That %1 is taken. Please try another.")
                       .arg(QString(param).replace(QLatin1Char('_'), QLatin1Char(' '))),
                       {{str("param_name"), param}});
}

FapiResponse strategyInvalid()
{
    return Fapi::error(422, str("strategy_for_user_invalid"), str("Invalid verification strategy"),
                       str("The verification strategy is not valid for this account"),
                       {{str("param_name"), str("strategy")}});
}

bool isPhone(const QString &normalized)
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    return re.match(normalized).hasMatch();
}

bool isEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

Verification otp(const QString &strategy, qint64 now)
{
    Verification v;
    v.strategy = strategy;
    v.expireAt = now + kVerificationLifetimeMs;
    if (strategy == QLatin1String("phone_code"))
        v.channel = str("sms");
    return v;
}

} // namespace

struct Fapi::Context
{
    const FapiRequest &request;
    QHash<QString, QString> params;
    QString clientId;
    Model *model;
    qint64 now = 0;

    QString impliedStrategy; // sign_ins create with a bare password attempts it as strategy=password
    Client &client() { return model->clients[clientId]; }
    QString field(const char *name) const { return request.form.value(QLatin1String(name)); }
    bool has(const char *name) const { return request.form.contains(QLatin1String(name)); }
};

template <typename T>
T *Fapi::owned(QHash<QString, T> &table, const Context &ctx, const char *param)
{
    const auto it = table.find(ctx.params.value(QLatin1String(param)));
    return it != table.end() && it->clientId == ctx.clientId ? &*it : nullptr;
}

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
    add("GET", "/v1/client", &Fapi::getClient, true);
    add("POST", "/v1/client", &Fapi::createClient, true);
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
    add("POST", "/v1/client/sessions/{session_id}/tokens", &Fapi::createToken, true);
    add("POST", "/v1/client/sessions/{session_id}/tokens/{template_name}", &Fapi::createToken, true);
    add("GET", "/v1/me", &Fapi::getMe, true);
    add("PATCH", "/v1/me", &Fapi::updateMe, true);
    add("PATCH", "/v1/me/metadata", &Fapi::updateMeMetadata, true);
    add("DELETE", "/v1/me", &Fapi::deleteMe, true);
    add("POST", "/v1/me/email_addresses", &Fapi::addEmailAddress, true);
    add("POST", "/v1/me/phone_numbers", &Fapi::addPhoneNumber, true);
    for (const char *kind : {"email_addresses", "phone_numbers"}) {
        const QByteArray base = QByteArray("/v1/me/") + kind + "/{identification_id}";
        m_routes.append({str("POST"), QString::fromLatin1(base + "/prepare_verification"), &Fapi::prepareIdentification, true});
        m_routes.append({str("POST"), QString::fromLatin1(base + "/attempt_verification"), &Fapi::attemptIdentification, true});
        m_routes.append({str("DELETE"), QString::fromLatin1(base), &Fapi::deleteIdentification, true});
    }
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

FapiResponse Fapi::error(int status, const QString &code, const QString &message, const QString &longMessage,
                         const QJsonObject &meta)
{
    QJsonObject e{{str("code"), code}, {str("message"), message},
                  {str("long_message"), longMessage.isEmpty() ? message : longMessage}};
    if (!meta.isEmpty())
        e.insert(str("meta"), meta);
    QByteArray trace(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(trace.data()), 4);
    FapiResponse r;
    r.status = status;
    r.body = QJsonObject{{str("errors"), QJsonArray{e}}, {str("clerk_trace_id"), QString::fromLatin1(trace.toHex())}};
    return r;
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
    if (!route) {
        FapiResponse r = pathKnown
            ? error(405, str("method_not_allowed"), str("Method not allowed"),
                    QStringLiteral("%1 is not allowed on %2").arg(request.method, request.path))
            : notFound();
        return r;
    }

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

void Fapi::rotateClientToken(Client &client)
{
    const QString previous = client.tokens.isEmpty() ? QString() : client.tokens.first();
    for (int i = 1; i < client.tokens.size(); ++i)
        m_model.clientByToken.remove(client.tokens[i]);
    QByteArray nonce(12, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 3);
    const QString token = QString::fromLatin1(m_signer.sign(
        {{str("id"), client.id}, {str("rotating_token"), QString::fromLatin1(nonce.toHex())},
         {str("iat"), m_now() / 1000}}));
    client.tokens = previous.isEmpty() ? QStringList{token} : QStringList{token, previous};
    m_model.clientByToken.insert(token, client.id);
}

std::optional<FapiResponse> Fapi::resolveClient(Context &ctx)
{
    const FapiRequest &req = ctx.request;
    if (req.hasAuthorization) {
        if (req.clientToken.count(QLatin1Char('.')) != 2)
            return error(401, str("authentication_invalid"), str("Invalid authentication"),
                         str("Unable to authenticate the request, you need to supply an active session"));
        const QString id = m_model.clientByToken.value(req.clientToken);
        if (id.isEmpty() || !m_model.clients.contains(id) || m_model.clients[id].revoked)
            return signedOut();
        const bool newClient = req.method == QLatin1String("POST");
        if (!(newClient && req.path == QLatin1String("/v1/client"))) {
            ctx.clientId = id;
            return std::nullopt;
        }
    } else if (req.path.startsWith(QLatin1String("/v1/me"))) {
        return signedOut();
    }
    Client client;
    client.id = newId(str("client"));
    client.createdAt = client.updatedAt = ctx.now;
    rotateClientToken(client);
    m_model.clients.insert(client.id, client);
    ctx.clientId = client.id;
    return std::nullopt;
}

void Fapi::refreshLastActiveToken(Session &session, const QString &origin)
{
    const qint64 nowSec = m_now() / 1000;
    if (session.lastToken.isEmpty() || session.lastTokenOrg != session.lastActiveOrganizationId
        || session.lastTokenExp - nowSec < qMax(1, tokenTtl / 2))
        mintToken(session, origin);
}

FapiResponse Fapi::envelope(Context &ctx, const QJsonValue &response)
{
    QJsonValue client(QJsonValue::Null);
    if (m_model.clients.contains(ctx.clientId)) {
        for (const Session *s : m_model.activeSessions(ctx.clientId))
            refreshLastActiveToken(m_model.sessions[s->id], ctx.request.origin);
        client = m_model.clientJson(m_model.clients[ctx.clientId], ctx.now);
    }
    FapiResponse r;
    r.body = QJsonObject{{str("response"), response}, {str("client"), client}};
    return r;
}

static QJsonValue resolveShortcode(const QString &path, const Model &model, const User &user, const Session &session)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return QJsonValue(QJsonValue::Null);
    const QString &scope = parts[0];
    const QString &name = parts[1];
    const auto dig = [&](QJsonValue v) {
        for (int i = 2; i < parts.size(); ++i)
            v = v.toObject().value(parts[i]);
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    };
    if (scope == QLatin1String("user")) {
        if (name == QLatin1String("id")) return user.id;
        if (name == QLatin1String("first_name")) return nullable(user.firstName);
        if (name == QLatin1String("last_name")) return nullable(user.lastName);
        if (name == QLatin1String("full_name")) return nullable((user.firstName + QLatin1Char(' ') + user.lastName).trimmed());
        if (name == QLatin1String("username")) return nullable(user.username);
        if (name == QLatin1String("primary_email_address")) return nullable(user.primaryEmail());
        if (name == QLatin1String("primary_phone_number")) return nullable(user.primaryPhone());
        if (name == QLatin1String("image_url")) return QString();
        if (name == QLatin1String("created_at")) return user.createdAt / 1000;
        if (name == QLatin1String("two_factor_enabled")) return user.secondFactorRequired();
        if (name == QLatin1String("public_metadata")) return dig(user.publicMetadata);
        if (name == QLatin1String("unsafe_metadata")) return dig(user.unsafeMetadata);
        return QJsonValue(QJsonValue::Null);
    }
    if (scope == QLatin1String("org")) {
        const auto org = model.organizations.constFind(session.lastActiveOrganizationId);
        const Membership *membership = model.membership(user.id, session.lastActiveOrganizationId);
        if (org == model.organizations.constEnd() || !membership)
            return QJsonValue(QJsonValue::Null);
        if (name == QLatin1String("id")) return org->id;
        if (name == QLatin1String("name")) return org->name;
        if (name == QLatin1String("slug")) return nullable(org->slug);
        if (name == QLatin1String("role")) return membership->role;
        if (name == QLatin1String("public_metadata")) return dig(org->publicMetadata);
        return QJsonValue(QJsonValue::Null);
    }
    if (scope == QLatin1String("session") && name == QLatin1String("id"))
        return session.id;
    return QJsonValue(QJsonValue::Null);
}

static QJsonValue expandTemplate(const QJsonValue &value, const Model &model, const User &user, const Session &session)
{
    static const QRegularExpression shortcode(QStringLiteral("\\{\\{\\s*([a-z_.0-9A-Z]+)\\s*\\}\\}"));
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), expandTemplate(it.value(), model, user, session));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(expandTemplate(v, model, user, session));
        return out;
    }
    if (!value.isString())
        return value;
    const QString text = value.toString();
    const QRegularExpressionMatch whole = shortcode.match(text);
    // A claim that is exactly one shortcode keeps the value's JSON type; mixed text interpolates strings.
    if (whole.hasMatch() && whole.capturedStart() == 0 && whole.capturedLength() == text.size())
        return resolveShortcode(whole.captured(1), model, user, session);
    QString out = text;
    auto it = shortcode.globalMatch(text);
    qsizetype shift = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QJsonValue v = resolveShortcode(m.captured(1), model, user, session);
        const QString replacement = v.isString() ? v.toString()
            : v.isDouble() ? QString::number(v.toDouble())
            : v.isBool() ? (v.toBool() ? str("true") : str("false")) : QString();
        out.replace(m.capturedStart() + shift, m.capturedLength(), replacement);
        shift += replacement.size() - m.capturedLength();
    }
    return out;
}

QByteArray Fapi::mintToken(Session &session, const QString &origin, const JwtTemplate *tpl)
{
    const User &user = m_model.users[session.userId];
    const qint64 now = m_now();
    const qint64 iat = now / 1000;
    const int lifetime = tpl ? tpl->lifetime : tokenTtl;
    QJsonObject claims{
        {str("exp"), iat + lifetime},
        {str("iat"), iat},
        {str("iss"), issuer},
        {str("nbf"), iat - 5},
        {str("sub"), user.id},
    };
    if (!origin.isEmpty())
        claims.insert(str("azp"), origin);
    if (tpl) {
        QByteArray jti(10, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(jti.data()), 2);
        claims.insert(str("jti"), QString::fromLatin1(jti.toHex()));
        const QJsonObject custom = expandTemplate(tpl->claims, m_model, user, session).toObject();
        for (auto it = custom.begin(); it != custom.end(); ++it) {
            if (!claims.contains(it.key()))
                claims.insert(it.key(), it.value());
        }
        return m_signer.sign(claims);
    }
    const auto minutesSince = [now](qint64 at) { return at == 0 ? -1 : int((now - at) / 60000); };
    claims.insert(str("sid"), session.id);
    claims.insert(str("fva"), QJsonArray{minutesSince(session.firstFactorAt), minutesSince(session.secondFactorAt)});
    const Membership *membership = m_model.membership(user.id, session.lastActiveOrganizationId);
    const Organization org = m_model.organizations.value(session.lastActiveOrganizationId);
    // Clerk keeps system permissions (org:sys_*) out of session claims; only custom ones travel.
    QStringList custom;
    if (membership) {
        for (const QString &p : membership->permissions) {
            if (!p.startsWith(QLatin1String("org:sys_")) && p.count(QLatin1Char(':')) == 2)
                custom << p;
        }
    }
    if (m_model.instance.sessionTokenVersion == 2) {
        claims.insert(str("v"), 2);
        if (membership) {
            // v2 compresses permissions "org:<feature>:<action>": `fea` lists the features ("o:<feature>"),
            // `o.per` the distinct actions, and `o.fpm` one bitmask per feature whose most significant bit
            // stands for the first action — the layout clerk-js's jwtPayloadParser decodes.
            QStringList features, actions;
            for (const QString &p : std::as_const(custom)) {
                const QString feature = p.section(QLatin1Char(':'), 1, 1);
                const QString action = p.section(QLatin1Char(':'), 2, 2);
                if (!features.contains(feature))
                    features << feature;
                if (!actions.contains(action))
                    actions << action;
            }
            QStringList masks, fea;
            for (const QString &feature : std::as_const(features)) {
                quint64 mask = 0;
                for (const QString &action : std::as_const(actions))
                    mask = (mask << 1) | (custom.contains(QStringLiteral("org:%1:%2").arg(feature, action)) ? 1 : 0);
                masks << QString::number(mask);
                fea << QStringLiteral("o:") + feature;
            }
            QJsonObject o{{str("id"), org.id},
                          {str("slg"), org.slug},
                          {str("rol"), membership->role.section(QLatin1Char(':'), 1)}};
            if (!actions.isEmpty()) {
                o.insert(str("per"), actions.join(QLatin1Char(',')));
                o.insert(str("fpm"), masks.join(QLatin1Char(',')));
                claims.insert(str("fea"), fea.join(QLatin1Char(',')));
            }
            claims.insert(str("o"), o);
        }
    } else if (membership) {
        QJsonArray permissions;
        for (const QString &p : std::as_const(custom))
            permissions.append(p);
        claims.insert(str("org_id"), org.id);
        claims.insert(str("org_slug"), org.slug);
        claims.insert(str("org_role"), membership->role);
        claims.insert(str("org_permissions"), permissions);
    }
    const QByteArray jwt = m_signer.sign(claims);
    session.lastToken = jwt;
    session.lastTokenExp = iat + lifetime;
    session.lastTokenOrg = session.lastActiveOrganizationId;
    return jwt;
}

Session *Fapi::createSession(Context &ctx, User &user, bool secondFactor)
{
    Session session;
    session.id = newId(str("sess"));
    session.clientId = ctx.clientId;
    session.userId = user.id;
    session.createdAt = session.updatedAt = session.lastActiveAt = ctx.now;
    session.expireAt = ctx.now + m_model.instance.sessionLifetimeSeconds * 1000;
    session.abandonAt = session.expireAt + 23LL * 24 * 3600 * 1000;
    session.firstFactorAt = ctx.now;
    session.secondFactorAt = secondFactor ? ctx.now : 0;
    user.lastSignInAt = user.lastActiveAt = ctx.now;
    m_model.sessions.insert(session.id, session);
    Client &client = ctx.client();
    client.lastActiveSessionId = session.id;
    client.updatedAt = ctx.now;
    rotateClientToken(client);
    Session &stored = m_model.sessions[session.id];
    mintToken(stored, ctx.request.origin);
    return &stored;
}

Session *Fapi::clientSession(Context &ctx, const QString &id)
{
    auto it = m_model.sessions.find(id);
    if (it == m_model.sessions.end() || it->clientId != ctx.clientId)
        return nullptr;
    if (it->status == QLatin1String("active") && it->expireAt <= ctx.now)
        it->status = str("expired");
    return &*it;
}

Session *Fapi::sessionForMe(Context &ctx)
{
    QString id = ctx.request.query.queryItemValue(str("_clerk_session_id"));
    if (id.isEmpty())
        id = ctx.client().lastActiveSessionId;
    Session *s = clientSession(ctx, id);
    return s && s->status == QLatin1String("active") && m_model.users.contains(s->userId) ? s : nullptr;
}

std::optional<FapiResponse> Fapi::checkCode(Verification &v, const QString &code, bool totp, const QByteArray &secret)
{
    if (!totp && v.expireAt != 0 && v.expireAt <= m_now()) {
        v.status = str("expired");
        return error(400, str("verification_expired"), str("This verification has expired."),
                     str("This verification has expired. You must create a new one."));
    }
    if (v.status == QLatin1String("failed") || v.attempts >= kMaxCodeAttempts) {
        v.status = str("failed");
        return error(400, str("verification_failed"), str("Too many failed attempts"),
                     str("Too many failed attempts. You have to try again with the same or another method."));
    }
    if (code.isEmpty())
        return paramMissing(str("code"));
    ++v.attempts;
    const bool ok = totp ? Totp::verify(secret, code, m_now() / 1000) : code == kTestCode;
    if (!ok)
        return error(422, str("form_code_incorrect"), str("Incorrect code"), str("Incorrect code"),
                     {{str("param_name"), str("code")}});
    v.status = str("verified");
    return std::nullopt;
}

// --- instance-level ------------------------------------------------------------------------------------------

FapiResponse Fapi::environment(Context &)
{
    FapiResponse r;
    r.body = m_model.environmentJson();
    return r;
}

FapiResponse Fapi::health(Context &ctx)
{
    FapiResponse r;
    if (ctx.request.method == QLatin1String("GET"))
        r.body = QJsonObject{{str("status"), str("healthy")}};
    return r;
}

FapiResponse Fapi::jwks(Context &)
{
    FapiResponse r;
    r.body = m_signer.jwks();
    return r;
}

// --- client ---------------------------------------------------------------------------------------------------

FapiResponse Fapi::getClient(Context &ctx)
{
    FapiResponse r = envelope(ctx, QJsonValue(QJsonValue::Null));
    QJsonObject body = r.body.toObject();
    body.insert(str("response"), body.value(str("client")));
    body.insert(str("client"), QJsonValue(QJsonValue::Null));
    r.body = body;
    return r;
}

FapiResponse Fapi::createClient(Context &ctx) { return getClient(ctx); }

FapiResponse Fapi::removeAllSessions(Context &ctx)
{
    for (Session &s : m_model.sessions) {
        if (s.clientId == ctx.clientId && s.status == QLatin1String("active")) {
            s.status = str("removed");
            s.updatedAt = ctx.now;
        }
    }
    Client &client = ctx.client();
    client.lastActiveSessionId.clear();
    client.signInId.clear();
    client.signUpId.clear();
    client.updatedAt = ctx.now;
    return getClient(ctx);
}

FapiResponse Fapi::deleteClient(Context &ctx)
{
    // Unlike DELETE /v1/client/sessions, this retires the client itself: its token stops working.
    const FapiResponse r = removeAllSessions(ctx);
    revokeClient(ctx.clientId);
    return r;
}

// --- sign-in --------------------------------------------------------------------------------------------------

FapiResponse Fapi::createSignIn(Context &ctx)
{
    if (m_model.instance.singleSessionMode && !m_model.activeSessions(ctx.clientId).isEmpty())
        return error(400, str("session_exists"), str("You're already signed in"),
                     str("You're currently in single session mode. You can only be signed into one account at a time."));
    const QString strategy = ctx.field("strategy");
    const QString identifier = ctx.field("identifier").trimmed();
    const OAuthProvider *provider = strategy.startsWith(QLatin1String("oauth_")) ? m_model.instance.provider(strategy)
                                                                                : nullptr;
    if (strategy.startsWith(QLatin1String("oauth_")) && !provider)
        return strategyInvalid();
    if (provider && ctx.field("redirect_url").isEmpty())
        return paramMissing(str("redirect_url"));

    SignIn si;
    si.id = newId(str("sia"));
    si.clientId = ctx.clientId;
    si.status = str("needs_identifier");
    si.createdAt = ctx.now;
    si.abandonAt = ctx.now + kAttemptLifetimeMs;
    if (!identifier.isEmpty()) {
        User *user = m_model.findUserByIdentifier(identifier);
        if (!user)
            return error(422, str("form_identifier_not_found"), str("Couldn't find your account."),
                         str("Couldn't find your account."), {{str("param_name"), str("identifier")}});
        for (const Session *s : m_model.activeSessions(ctx.clientId)) {
            if (s->userId == user->id)
                return error(400, str("identifier_already_signed_in"), str("You're already signed in"),
                             str("You're already signed in with this account on this device."),
                             {{str("session_id"), s->id}});
        }
        si.identifier = identifier;
        si.userId = user->id;
        si.status = str("needs_first_factor");
    } else if ((!strategy.isEmpty() && !provider) || ctx.has("password")) {
        return paramMissing(str("identifier"));
    }
    if (provider) {
        // Native OAuth: the browser goes to the provider, comes back to Clerk's callback, and Clerk sends it on
        // to redirect_url with a rotating_token_nonce the app trades for the session (GET sign_ins/{id}).
        QByteArray state(16, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(state.data()), 4);
        si.oauthState = QString::fromLatin1(state.toHex());
        si.redirectUrl = ctx.field("redirect_url");
        Verification v;
        v.object = str("verification_oauth");
        v.strategy = strategy;
        v.attempts = -1;
        v.expireAt = ctx.now + kVerificationLifetimeMs;
        v.externalUrl = QStringLiteral("%1/oauth/authorize/%2?state=%3").arg(publicBaseUrl, strategy, si.oauthState);
        si.firstFactor = v;
        si.status = str("needs_first_factor");
    }
    m_model.signIns.insert(si.id, si);
    Client &client = ctx.client();
    client.signInId = si.id;
    if (provider)
        return envelope(ctx, m_model.signInJson(si));
    client.updatedAt = ctx.now;

    if (strategy == QLatin1String("password") || (strategy.isEmpty() && ctx.has("password"))) {
        ctx.params.insert(str("sign_in_id"), si.id);
        ctx.impliedStrategy = str("password");
        return attemptFirstFactor(ctx);
    }
    if (!strategy.isEmpty()) {
        ctx.params.insert(str("sign_in_id"), si.id);
        return prepareFirstFactor(ctx);
    }
    return envelope(ctx, m_model.signInJson(si));
}

FapiResponse Fapi::getSignIn(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    const QString nonce = ctx.request.query.queryItemValue(str("rotating_token_nonce"));
    if (!nonce.isEmpty()) {
        // One use: the nonce proves this client is the one whose browser finished the OAuth flow.
        if (nonce != it->rotatingTokenNonce)
            return formatInvalid(str("rotating_token_nonce"));
        it->rotatingTokenNonce.clear();
    }
    return envelope(ctx, m_model.signInJson(*it));
}

FapiResponse Fapi::oauthProviderPage(Context &ctx)
{
    // Stands in for Google/GitHub: approves at once as the requested (or first) seeded account.
    const OAuthProvider *provider = m_model.instance.provider(ctx.params.value(str("strategy")));
    const QString state = ctx.request.query.queryItemValue(str("state"));
    if (!provider || provider->accounts.isEmpty() || state.isEmpty())
        return notFound(str("strategy"));
    const QString wanted = ctx.request.query.queryItemValue(str("account"));
    const ExternalAccount *account = &provider->accounts.first();
    for (const ExternalAccount &a : provider->accounts) {
        if (a.providerUserId == wanted)
            account = &a;
    }
    QUrlQuery q;
    q.addQueryItem(str("state"), state);
    if (ctx.request.query.queryItemValue(str("deny")) == QLatin1String("1"))
        q.addQueryItem(str("error"), str("access_denied"));
    else
        q.addQueryItem(str("code"), provider->strategy + QLatin1Char(':') + account->providerUserId);
    FapiResponse r;
    r.status = 302;
    r.headers.append({"Location", (publicBaseUrl + QStringLiteral("/v1/oauth_callback?") + q.toString(QUrl::FullyEncoded)).toUtf8()});
    return r;
}

FapiResponse Fapi::oauthCallback(Context &ctx)
{
    const QString state = ctx.request.query.queryItemValue(str("state"));
    SignIn *si = nullptr;
    for (SignIn &candidate : m_model.signIns) {
        if (!state.isEmpty() && candidate.oauthState == state)
            si = &candidate;
    }
    if (!si || !si->firstFactor || si->firstFactor->object != QLatin1String("verification_oauth")
        || si->firstFactor->status != QLatin1String("unverified"))
        return error(400, str("oauth_callback_invalid"), str("OAuth callback invalid"),
                     str("The OAuth state is unknown or was already used."));
    ctx.clientId = si->clientId;
    const QString code = ctx.request.query.queryItemValue(str("code"));
    const OAuthProvider *provider = m_model.instance.provider(code.section(QLatin1Char(':'), 0, 0));
    const ExternalAccount *account = nullptr;
    if (provider) {
        for (const ExternalAccount &a : provider->accounts) {
            if (a.providerUserId == code.section(QLatin1Char(':'), 1))
                account = &a;
        }
    }
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    si->rotatingTokenNonce = QString::fromLatin1(nonce.toHex());
    si->oauthState.clear();
    const QString redirect = si->redirectUrl;
    const QString nonceText = si->rotatingTokenNonce;
    if (!account || provider->strategy != si->firstFactor->strategy) {
        si->firstFactor->status = str("failed");
    } else if (User *user = m_model.findUserByIdentifier(account->email)) {
        si->firstFactor->status = str("verified");
        si->identifier = account->email;
        si->userId = user->id;
        completeSignIn(ctx, *si, *user, false);
    } else {
        // No Clerk user has this account yet: Clerk marks it transferable, and a sign-up with transfer=true
        // finishes the job.
        si->firstFactor->status = str("transferable");
        si->firstFactor->errorCode = str("external_account_not_found");
        si->status = str("needs_identifier");
        si->externalAccount = *account;
    }
    FapiResponse r;
    r.status = 302;
    r.headers.append({"Location", (redirect + (redirect.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                                   + QStringLiteral("rotating_token_nonce=") + nonceText).toUtf8()});
    return r;
}

FapiResponse Fapi::prepareFirstFactor(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    SignIn &si = *it;
    User *user = m_model.users.contains(si.userId) ? &m_model.users[si.userId] : nullptr;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (!user || si.status != QLatin1String("needs_first_factor")
        || !m_model.instance.firstFactors.contains(strategy))
        return strategyInvalid();

    if (strategy == QLatin1String("email_code") || strategy == QLatin1String("email_link")
        || strategy == QLatin1String("reset_password_email_code")) {
        if (user->primaryEmailId.isEmpty())
            return strategyInvalid();
        const QString emailId = ctx.has("email_address_id") ? ctx.field("email_address_id") : user->primaryEmailId;
        const EmailAddress *email = user->email(emailId);
        if (!email || !email->verified())
            return notFound(str("email_address_id"));
        if (strategy == QLatin1String("email_link") && ctx.field("redirect_url").isEmpty())
            return paramMissing(str("redirect_url"));
        Verification v = otp(strategy, ctx.now);
        if (strategy == QLatin1String("email_link")) {
            v.object = str("verification_email_link");
            v.attempts = -1;
        }
        si.firstFactor = v;
        si.preparedEmailId = email->id;
    } else if (strategy == QLatin1String("phone_code") || strategy == QLatin1String("reset_password_phone_code")) {
        if (user->primaryPhoneId.isEmpty())
            return strategyInvalid();
        const QString phoneId = ctx.has("phone_number_id") ? ctx.field("phone_number_id") : user->primaryPhoneId;
        const PhoneNumber *phone = user->phone(phoneId);
        if (!phone || !phone->verified())
            return notFound(str("phone_number_id"));
        si.firstFactor = otp(strategy, ctx.now);
        si.preparedPhoneId = phone->id;
    } else if (strategy != QLatin1String("password")) {
        return strategyInvalid();
    }
    return envelope(ctx, m_model.signInJson(si));
}

FapiResponse Fapi::attemptFirstFactor(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    const QString signInId = it->id;
    SignIn &si = *it;
    if (!m_model.users.contains(si.userId) || si.status != QLatin1String("needs_first_factor"))
        return strategyInvalid();
    User &user = m_model.users[si.userId];
    const QString strategy = ctx.has("strategy") ? ctx.field("strategy") : ctx.impliedStrategy;
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));

    if (strategy == QLatin1String("password")) {
        if (user.password.isEmpty() || !m_model.instance.firstFactors.contains(strategy))
            return strategyInvalid();
        if (!ctx.has("password"))
            return paramMissing(str("password"));
        Verification v;
        v.object = str("verification_password");
        v.strategy = strategy;
        v.attempts = (si.firstFactor && si.firstFactor->strategy == strategy ? si.firstFactor->attempts : 0) + 1;
        v.status = ctx.field("password") == user.password ? str("verified") : str("unverified");
        si.firstFactor = v;
        if (v.status != QLatin1String("verified"))
            return error(422, str("form_password_incorrect"),
                         str("Password is incorrect. Try again, or use another method."),
                         str("Password is incorrect. Try again, or use another method."),
                         {{str("param_name"), str("password")}});
    } else if (strategy == QLatin1String("email_code") || strategy == QLatin1String("phone_code")
               || strategy.startsWith(QLatin1String("reset_password_"))) {
        if (!si.firstFactor || si.firstFactor->strategy != strategy)
            return error(400, str("verification_missing"), str("No verification was prepared"),
                         QStringLiteral("Call prepare_first_factor with strategy %1 first.").arg(strategy));
        if (auto failure = checkCode(*si.firstFactor, ctx.field("code"), false, {}))
            return *failure;
        if (strategy.startsWith(QLatin1String("reset_password_"))) {
            si.status = str("needs_new_password");
            return envelope(ctx, m_model.signInJson(si));
        }
    } else {
        return strategyInvalid();
    }
    return completeSignIn(ctx, m_model.signIns[signInId], user, false);
}

FapiResponse Fapi::completeSignIn(Context &ctx, SignIn &signIn, User &user, bool secondFactorDone)
{
    const QString signInId = signIn.id;
    if (!secondFactorDone && user.secondFactorRequired() && !m_model.instance.secondFactors.isEmpty()) {
        signIn.status = str("needs_second_factor");
        return envelope(ctx, m_model.signInJson(signIn));
    }
    const Session *session = createSession(ctx, user, secondFactorDone);
    SignIn &si = m_model.signIns[signInId];
    si.status = str("complete");
    si.createdSessionId = session->id;
    ctx.client().signInId.clear();
    return envelope(ctx, m_model.signInJson(si));
}

FapiResponse Fapi::prepareSecondFactor(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (it->status != QLatin1String("needs_second_factor") || !m_model.instance.secondFactors.contains(strategy))
        return strategyInvalid();
    const User &user = m_model.users[it->userId];
    if (strategy == QLatin1String("totp") ? user.totpSecret.isEmpty()
        : strategy == QLatin1String("backup_code") ? user.backupCodes.isEmpty()
        : true)
        return strategyInvalid();
    // TOTP and backup codes need nothing sent; the attempt carries the code.
    return envelope(ctx, m_model.signInJson(*it));
}

FapiResponse Fapi::attemptSecondFactor(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    SignIn &si = *it;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (si.status != QLatin1String("needs_second_factor") || !m_model.users.contains(si.userId)
        || !m_model.instance.secondFactors.contains(strategy))
        return strategyInvalid();
    User &user = m_model.users[si.userId];
    const QString code = ctx.field("code").trimmed();
    if (strategy == QLatin1String("totp")) {
        if (user.totpSecret.isEmpty())
            return strategyInvalid();
        if (!si.secondFactor || si.secondFactor->strategy != strategy) {
            Verification v;
            v.strategy = strategy;
            v.expireAt = 0;
            si.secondFactor = v;
        }
        if (auto failure = checkCode(*si.secondFactor, code, true, user.totpSecret))
            return *failure;
    } else if (strategy == QLatin1String("backup_code")) {
        if (user.backupCodes.isEmpty())
            return strategyInvalid();
        if (code.isEmpty())
            return paramMissing(str("code"));
        Verification v;
        v.object = str("verification_backup_code");
        v.strategy = strategy;
        v.attempts = (si.secondFactor && si.secondFactor->strategy == strategy ? si.secondFactor->attempts : 0) + 1;
        v.expireAt = 0;
        // Each backup code works once.
        v.status = user.backupCodes.removeOne(code) ? str("verified") : str("unverified");
        si.secondFactor = v;
        if (v.status != QLatin1String("verified"))
            return error(422, str("form_code_incorrect"), str("Incorrect code"), str("Incorrect code"),
                         {{str("param_name"), str("code")}});
    } else {
        return strategyInvalid();
    }
    return completeSignIn(ctx, si, user, true);
}

// --- sign-up --------------------------------------------------------------------------------------------------

std::optional<FapiResponse> Fapi::applySignUpFields(Context &ctx, SignUp &su)
{
    if (ctx.has("email_address")) {
        const QString email = ctx.field("email_address").trimmed().toLower();
        if (!isEmail(email))
            return formatInvalid(str("email_address"));
        if (m_model.identifierTaken(email))
            return identifierExists(str("email_address"));
        if (email != su.emailAddress)
            su.emailVerification.reset();
        su.emailAddress = email;
    }
    if (ctx.has("phone_number")) {
        const QString phone = normalizePhone(ctx.field("phone_number"));
        if (!isPhone(phone))
            return formatInvalid(str("phone_number"));
        if (m_model.identifierTaken(phone))
            return identifierExists(str("phone_number"));
        if (phone != su.phoneNumber)
            su.phoneVerification.reset();
        su.phoneNumber = phone;
    }
    if (ctx.has("username")) {
        const QString username = ctx.field("username").trimmed();
        if (username.size() < 4 || username.size() > 64 || username.contains(QLatin1Char('@')))
            return formatInvalid(str("username"));
        if (m_model.identifierTaken(username))
            return identifierExists(str("username"));
        su.username = username;
    }
    if (ctx.has("password")) {
        if (ctx.field("password").size() < m_model.instance.passwordMinLength)
            return error(422, str("form_password_length_too_short"),
                         QStringLiteral("Passwords must be %1 characters or more.").arg(m_model.instance.passwordMinLength),
                         QStringLiteral("Passwords must be %1 characters or more.").arg(m_model.instance.passwordMinLength),
                         {{str("param_name"), str("password")}});
        su.password = ctx.field("password");
    }
    if (ctx.has("first_name"))
        su.firstName = ctx.field("first_name").trimmed();
    if (ctx.has("last_name"))
        su.lastName = ctx.field("last_name").trimmed();
    if (ctx.has("legal_accepted"))
        su.legalAcceptedAt = ctx.field("legal_accepted") == QLatin1String("true") ? ctx.now : 0;
    if (ctx.has("unsafe_metadata")) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(ctx.field("unsafe_metadata").toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return formatInvalid(str("unsafe_metadata"));
        su.unsafeMetadata = doc.object();
    }
    return std::nullopt;
}

FapiResponse Fapi::finishSignUpStep(Context &ctx, SignUp &su)
{
    const QString signUpId = su.id;
    if (!m_model.signUpMissingFields(su).isEmpty() || !m_model.signUpUnverifiedFields(su).isEmpty()) {
        su.status = str("missing_requirements");
        return envelope(ctx, m_model.signUpJson(su));
    }
    // Another sign-up may have claimed an identifier since this one started.
    for (const QString &id : {su.emailAddress, su.phoneNumber, su.username}) {
        if (!id.isEmpty() && m_model.identifierTaken(id))
            return identifierExists(id == su.emailAddress ? str("email_address")
                                    : id == su.phoneNumber ? str("phone_number") : str("username"));
    }
    User user;
    user.id = newId(str("user"));
    user.username = su.username;
    user.firstName = su.firstName;
    user.lastName = su.lastName;
    user.password = su.password;
    user.unsafeMetadata = su.unsafeMetadata;
    user.legalAcceptedAt = su.legalAcceptedAt;
    user.createdAt = user.updatedAt = ctx.now;
    const auto verified = [](const std::optional<Verification> &v) {
        if (v)
            return v;
        Verification admin;
        admin.object = str("verification_admin");
        admin.status = str("verified");
        admin.strategy = str("admin");
        admin.attempts = -1;
        return std::optional<Verification>(admin);
    };
    if (!su.emailAddress.isEmpty()) {
        user.emails.append({newId(str("idn")), su.emailAddress, verified(su.emailVerification), ctx.now, ctx.now});
        user.primaryEmailId = user.emails.first().id;
    }
    if (!su.phoneNumber.isEmpty()) {
        user.phones.append({newId(str("idn")), su.phoneNumber, verified(su.phoneVerification), ctx.now, ctx.now});
        user.primaryPhoneId = user.phones.first().id;
    }
    m_model.users.insert(user.id, user);
    m_model.userOrder.append(user.id);
    const Session *session = createSession(ctx, m_model.users[user.id], false);
    SignUp &done = m_model.signUps[signUpId];
    done.status = str("complete");
    done.createdUserId = user.id;
    done.createdSessionId = session->id;
    ctx.client().signUpId.clear();
    return envelope(ctx, m_model.signUpJson(done));
}

FapiResponse Fapi::createSignUp(Context &ctx)
{
    if (m_model.instance.singleSessionMode && !m_model.activeSessions(ctx.clientId).isEmpty())
        return error(400, str("session_exists"), str("You're already signed in"),
                     str("You're currently in single session mode. You can only be signed into one account at a time."));
    SignUp su;
    su.id = newId(str("sua"));
    su.clientId = ctx.clientId;
    su.status = str("missing_requirements");
    su.createdAt = ctx.now;
    su.abandonAt = ctx.now + kAttemptLifetimeMs;
    if (auto failure = applySignUpFields(ctx, su))
        return *failure;
    if (ctx.field("transfer") == QLatin1String("true")) {
        const auto found = m_model.signIns.constFind(ctx.client().signInId);
        const SignIn *si = found == m_model.signIns.constEnd() ? nullptr : &*found;
        if (!si || !si->externalAccount)
            return error(400, str("transfer_not_possible"), str("Nothing to transfer"),
                         str("There is no OAuth sign-in waiting to become a sign-up on this client."));
        if (m_model.identifierTaken(si->externalAccount->email))
            return identifierExists(str("email_address"));
        su.external = true;
        su.emailAddress = si->externalAccount->email;
        su.firstName = su.firstName.isEmpty() ? si->externalAccount->firstName : su.firstName;
        su.lastName = su.lastName.isEmpty() ? si->externalAccount->lastName : su.lastName;
        Verification v;
        v.object = str("verification_oauth");
        v.status = str("verified");
        v.strategy = si->firstFactor ? si->firstFactor->strategy : QString();
        v.attempts = -1;
        su.emailVerification = v;
        ctx.client().signInId.clear();
    }
    m_model.signUps.insert(su.id, su);
    ctx.client().signUpId = su.id;
    const QString strategy = ctx.field("strategy");
    if (strategy == QLatin1String("email_code") || strategy == QLatin1String("phone_code")) {
        ctx.params.insert(str("sign_up_id"), su.id);
        return prepareVerification(ctx);
    }
    if (!strategy.isEmpty() && strategy != QLatin1String("password"))
        return strategyInvalid();
    return finishSignUpStep(ctx, m_model.signUps[su.id]);
}

FapiResponse Fapi::updateSignUp(Context &ctx)
{
    const auto it = owned(m_model.signUps, ctx, "sign_up_id");
    if (!it)
        return notFound(str("sign_up_id"));
    if (it->status == QLatin1String("complete"))
        return strategyInvalid();
    SignUp copy = *it;
    if (auto failure = applySignUpFields(ctx, copy))
        return *failure;
    *it = copy;
    return finishSignUpStep(ctx, *it);
}

FapiResponse Fapi::prepareVerification(Context &ctx)
{
    const auto it = owned(m_model.signUps, ctx, "sign_up_id");
    if (!it)
        return notFound(str("sign_up_id"));
    SignUp &su = *it;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (su.status == QLatin1String("complete"))
        return strategyInvalid();
    if (strategy == QLatin1String("email_code")) {
        if (su.emailAddress.isEmpty())
            return paramMissing(str("email_address"));
        su.emailVerification = otp(strategy, ctx.now);
    } else if (strategy == QLatin1String("phone_code")) {
        if (su.phoneNumber.isEmpty())
            return paramMissing(str("phone_number"));
        su.phoneVerification = otp(strategy, ctx.now);
    } else {
        return strategyInvalid();
    }
    return envelope(ctx, m_model.signUpJson(su));
}

FapiResponse Fapi::attemptVerification(Context &ctx)
{
    const auto it = owned(m_model.signUps, ctx, "sign_up_id");
    if (!it)
        return notFound(str("sign_up_id"));
    SignUp &su = *it;
    const QString strategy = ctx.field("strategy");
    if (strategy.isEmpty())
        return paramMissing(str("strategy"));
    if (su.status == QLatin1String("complete"))
        return error(400, str("verification_already_verified"), str("This verification has already been verified."),
                     str("This sign-up is complete."), {{str("param_name"), str("code")}});
    std::optional<Verification> *v = strategy == QLatin1String("email_code") ? &su.emailVerification
        : strategy == QLatin1String("phone_code") ? &su.phoneVerification : nullptr;
    if (!v)
        return strategyInvalid();
    if (!v->has_value())
        return error(400, str("verification_missing"), str("No verification was prepared"),
                     QStringLiteral("Call prepare_verification with strategy %1 first.").arg(strategy));
    if (auto failure = checkCode(**v, ctx.field("code"), false, {}))
        return *failure;
    return finishSignUpStep(ctx, su);
}

// --- sessions -------------------------------------------------------------------------------------------------

FapiResponse Fapi::touchSession(Context &ctx)
{
    Session *s = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!s)
        return notFound(str("session_id"));
    if (s->status != QLatin1String("active"))
        return signedOut();
    if (ctx.has("active_organization_id")) {
        const QString wanted = ctx.field("active_organization_id");
        const Organization *org = m_model.findOrganization(wanted);
        if (!wanted.isEmpty() && (!org || !m_model.membership(s->userId, org->id)))
            return notFound(str("active_organization_id"));
        s->lastActiveOrganizationId = org ? org->id : QString();
    }
    s->lastActiveAt = s->updatedAt = ctx.now;
    ctx.client().lastActiveSessionId = s->id;
    return sessionEnvelope(ctx, s->id);
}

FapiResponse Fapi::sessionEnvelope(Context &ctx, const QString &sessionId)
{
    // The client part refreshes last_active_token first, so the session is serialized after it.
    FapiResponse r = envelope(ctx, QJsonValue());
    QJsonObject body = r.body.toObject();
    body.insert(str("response"), m_model.sessionJson(m_model.sessions[sessionId], ctx.now));
    r.body = body;
    return r;
}

FapiResponse Fapi::endOrRemove(Context &ctx, const QString &status)
{
    Session *s = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!s)
        return notFound(str("session_id"));
    s->status = status;
    s->updatedAt = ctx.now;
    const QString id = s->id;
    Client &client = ctx.client();
    if (client.lastActiveSessionId == id) {
        const QList<const Session *> remaining = m_model.activeSessions(ctx.clientId);
        client.lastActiveSessionId = remaining.isEmpty() ? QString() : remaining.last()->id;
    }
    return envelope(ctx, m_model.sessionJson(m_model.sessions[id], ctx.now));
}

FapiResponse Fapi::endSession(Context &ctx) { return endOrRemove(ctx, str("ended")); }
FapiResponse Fapi::removeSession(Context &ctx) { return endOrRemove(ctx, str("removed")); }

FapiResponse Fapi::createToken(Context &ctx)
{
    Session *s = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!s)
        return notFound(str("session_id"));
    if (s->status != QLatin1String("active") || !m_model.users.contains(s->userId))
        return signedOut();
    const JwtTemplate *tpl = nullptr;
    if (ctx.params.contains(str("template_name"))) {
        const auto found = m_model.templates.constFind(ctx.params.value(str("template_name")));
        if (found == m_model.templates.constEnd())
            return notFound(str("template_name"));
        tpl = &*found;
    }
    if (ctx.has("organization_id")) {
        const QString org = ctx.field("organization_id");
        if (!org.isEmpty() && !m_model.membership(s->userId, org))
            return notFound(str("organization_id"));
        s->lastActiveOrganizationId = org;
    }
    FapiResponse r;
    r.body = QJsonObject{{str("object"), str("token")},
                         {str("jwt"), QString::fromLatin1(mintToken(*s, ctx.request.origin, tpl))}};
    return r;
}

// --- /me ------------------------------------------------------------------------------------------------------

FapiResponse Fapi::getMe(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    return envelope(ctx, m_model.userJson(m_model.users[s->userId]));
}

FapiResponse Fapi::updateMe(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    // As of API version 2026-05-12 `unsafe_metadata` moved to PATCH /v1/me/metadata.
    if (ctx.has("unsafe_metadata"))
        return paramUnknown(str("unsafe_metadata"));
    User updated = m_model.users[s->userId];
    if (ctx.has("first_name"))
        updated.firstName = ctx.field("first_name").trimmed();
    if (ctx.has("last_name"))
        updated.lastName = ctx.field("last_name").trimmed();
    if (ctx.has("username")) {
        const QString username = ctx.field("username").trimmed();
        if (username.size() < 4 || username.size() > 64 || username.contains(QLatin1Char('@')))
            return formatInvalid(str("username"));
        if (username.toLower() != updated.username.toLower() && m_model.identifierTaken(username))
            return identifierExists(str("username"));
        updated.username = username;
    }
    if (ctx.has("primary_email_address_id")) {
        const EmailAddress *e = updated.email(ctx.field("primary_email_address_id"));
        if (!e)
            return notFound(str("primary_email_address_id"));
        if (!e->verified())
            return formatInvalid(str("primary_email_address_id"));
        updated.primaryEmailId = e->id;
    }
    if (ctx.has("primary_phone_number_id")) {
        const PhoneNumber *p = updated.phone(ctx.field("primary_phone_number_id"));
        if (!p)
            return notFound(str("primary_phone_number_id"));
        if (!p->verified())
            return formatInvalid(str("primary_phone_number_id"));
        updated.primaryPhoneId = p->id;
    }
    updated.updatedAt = ctx.now;
    m_model.users[s->userId] = updated;
    return envelope(ctx, m_model.userJson(updated));
}

FapiResponse Fapi::updateMeMetadata(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    if (!ctx.has("unsafe_metadata"))
        return paramMissing(str("unsafe_metadata"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(ctx.field("unsafe_metadata").toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return formatInvalid(str("unsafe_metadata"));
    User &user = m_model.users[s->userId];
    deepMerge(user.unsafeMetadata, doc.object());
    user.updatedAt = ctx.now;
    return envelope(ctx, m_model.userJson(user));
}

FapiResponse Fapi::deleteMe(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    const QString userId = s->userId;
    for (Session &session : m_model.sessions) {
        if (session.userId == userId && session.status == QLatin1String("active")) {
            session.status = str("removed");
            session.updatedAt = ctx.now;
        }
    }
    for (Client &client : m_model.clients) {
        const Session found = m_model.sessions.value(client.lastActiveSessionId);
        if (found.userId == userId) {
            const QList<const Session *> remaining = m_model.activeSessions(client.id);
            client.lastActiveSessionId = remaining.isEmpty() ? QString() : remaining.last()->id;
        }
    }
    m_model.memberships.removeIf([&](const Membership &m) { return m.userId == userId; });
    m_model.users.remove(userId);
    m_model.userOrder.removeAll(userId);
    return envelope(ctx, QJsonObject{{str("id"), userId}, {str("object"), str("user")}, {str("deleted"), true}});
}

FapiResponse Fapi::addEmailAddress(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    const QString email = ctx.field("email_address").trimmed().toLower();
    if (email.isEmpty())
        return paramMissing(str("email_address"));
    if (!isEmail(email))
        return formatInvalid(str("email_address"));
    if (m_model.identifierTaken(email))
        return identifierExists(str("email_address"));
    User &user = m_model.users[s->userId];
    user.emails.append({newId(str("idn")), email, std::nullopt, ctx.now, ctx.now});
    user.updatedAt = ctx.now;
    return envelope(ctx, user.emails.last().toJson());
}

FapiResponse Fapi::addPhoneNumber(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    if (ctx.field("phone_number").isEmpty())
        return paramMissing(str("phone_number"));
    const QString phone = normalizePhone(ctx.field("phone_number"));
    if (!isPhone(phone))
        return formatInvalid(str("phone_number"));
    if (m_model.identifierTaken(phone))
        return identifierExists(str("phone_number"));
    User &user = m_model.users[s->userId];
    user.phones.append({newId(str("idn")), phone, std::nullopt, ctx.now, ctx.now});
    user.updatedAt = ctx.now;
    return envelope(ctx, user.phones.last().toJson());
}

FapiResponse Fapi::prepareIdentification(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    User &user = m_model.users[s->userId];
    const QString id = ctx.params.value(str("identification_id"));
    const bool isEmailKind = ctx.request.path.startsWith(QLatin1String("/v1/me/email_addresses"));
    const QString strategy = ctx.field("strategy").isEmpty() ? (isEmailKind ? str("email_code") : str("phone_code"))
                                                             : ctx.field("strategy");
    if (strategy != (isEmailKind ? QLatin1String("email_code") : QLatin1String("phone_code")))
        return strategyInvalid();
    if (isEmailKind) {
        EmailAddress *e = user.email(id);
        if (!e)
            return notFound(str("email_id"));
        e->verification = otp(strategy, ctx.now);
        e->updatedAt = ctx.now;
        return envelope(ctx, e->toJson());
    }
    PhoneNumber *p = user.phone(id);
    if (!p)
        return notFound(str("phone_number_id"));
    p->verification = otp(strategy, ctx.now);
    p->updatedAt = ctx.now;
    return envelope(ctx, p->toJson());
}

FapiResponse Fapi::attemptIdentification(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    User &user = m_model.users[s->userId];
    const QString id = ctx.params.value(str("identification_id"));
    const bool isEmailKind = ctx.request.path.startsWith(QLatin1String("/v1/me/email_addresses"));
    EmailAddress *e = isEmailKind ? user.email(id) : nullptr;
    PhoneNumber *p = isEmailKind ? nullptr : user.phone(id);
    if (!e && !p)
        return notFound(isEmailKind ? str("email_id") : str("phone_number_id"));
    std::optional<Verification> &v = e ? e->verification : p->verification;
    if (!v || v->object != QLatin1String("verification_otp"))
        return error(400, str("verification_missing"), str("No verification was prepared"),
                     str("Call prepare_verification first."));
    if (auto failure = checkCode(*v, ctx.field("code"), false, {}))
        return *failure;
    return envelope(ctx, e ? e->toJson() : p->toJson());
}

FapiResponse Fapi::deleteIdentification(Context &ctx)
{
    Session *s = sessionForMe(ctx);
    if (!s)
        return signedOut();
    User &user = m_model.users[s->userId];
    const QString id = ctx.params.value(str("identification_id"));
    const bool isEmailKind = ctx.request.path.startsWith(QLatin1String("/v1/me/email_addresses"));
    const qsizetype removed = isEmailKind ? user.emails.removeIf([&](const EmailAddress &e) { return e.id == id; })
                                          : user.phones.removeIf([&](const PhoneNumber &p) { return p.id == id; });
    if (!removed)
        return notFound(isEmailKind ? str("email_id") : str("phone_number_id"));
    if (user.primaryEmailId == id)
        user.primaryEmailId = user.emails.isEmpty() ? QString() : user.emails.first().id;
    if (user.primaryPhoneId == id)
        user.primaryPhoneId = user.phones.isEmpty() ? QString() : user.phones.first().id;
    user.updatedAt = ctx.now;
    return envelope(ctx, QJsonObject{{str("id"), id},
                                     {str("object"), isEmailKind ? str("email_address") : str("phone_number")},
                                     {str("deleted"), true}});
}

FapiResponse Fapi::resetPassword(Context &ctx)
{
    const auto it = owned(m_model.signIns, ctx, "sign_in_id");
    if (!it)
        return notFound(str("sign_in_id"));
    if (it->status != QLatin1String("needs_new_password") || !m_model.users.contains(it->userId))
        return strategyInvalid();
    const QString password = ctx.field("password");
    if (password.isEmpty())
        return paramMissing(str("password"));
    if (password.size() < m_model.instance.passwordMinLength)
        return error(422, str("form_password_length_too_short"),
                     QStringLiteral("Passwords must be %1 characters or more.").arg(m_model.instance.passwordMinLength),
                     QStringLiteral("Passwords must be %1 characters or more.").arg(m_model.instance.passwordMinLength),
                     {{str("param_name"), str("password")}});
    User &user = m_model.users[it->userId];
    user.password = password;
    user.updatedAt = ctx.now;
    if (ctx.field("sign_out_of_other_sessions") == QLatin1String("true")) {
        for (Session &s : m_model.sessions) {
            if (s.userId == user.id && s.status == QLatin1String("active")) {
                s.status = str("revoked");
                s.updatedAt = ctx.now;
            }
        }
    }
    it->status = str("needs_first_factor");
    return completeSignIn(ctx, *it, user, false);
}

FapiResponse Fapi::getSignUp(Context &ctx)
{
    const auto it = owned(m_model.signUps, ctx, "sign_up_id");
    if (!it)
        return notFound(str("sign_up_id"));
    return envelope(ctx, m_model.signUpJson(*it));
}

FapiResponse Fapi::getSession(Context &ctx)
{
    const Session *s = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!s)
        return notFound(str("session_id"));
    return sessionEnvelope(ctx, s->id);
}

bool Fapi::revokeClient(const QString &clientId)
{
    auto it = m_model.clients.find(clientId);
    if (it == m_model.clients.end())
        return false;
    it->revoked = true;
    for (const QString &token : std::as_const(it->tokens))
        m_model.clientByToken.remove(token);
    for (Session &s : m_model.sessions) {
        if (s.clientId == clientId && s.status == QLatin1String("active"))
            s.status = str("revoked");
    }
    return true;
}

} // namespace ClerkEmulator
