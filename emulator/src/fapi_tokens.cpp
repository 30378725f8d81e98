// Session tokens: POST /v1/client/sessions/{id}/tokens[/{template}], the session JWT's claims, JWT templates
// and the last_active_token that client responses carry.
#include "fapi_common_p.h"
#include "signer_p.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ClerkEmulator {

void Fapi::refreshLastActiveToken(Session &session, const QString &origin)
{
    const qint64 nowSec = m_now() / 1000;
    if (session.lastToken.isEmpty() || session.lastTokenOrg != session.lastActiveOrganizationId
        || session.lastTokenExp - nowSec < qMax(1, tokenTtl / 2))
        mintToken(session, origin);
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
        claims.insert(str("jti"), randomHex(10));
        const QJsonObject custom = expandTemplate(tpl->claims, m_model, user, session).toObject();
        for (auto it = custom.begin(); it != custom.end(); ++it) {
            if (!claims.contains(it.key()))
                claims.insert(it.key(), it.value());
        }
        return m_signer.sign(claims);
    }
    claims.insert(str("sid"), session.id);
    claims.insert(str("fva"), session.factorVerificationAge(now));
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
        claims.insert(str("org_id"), org.id);
        claims.insert(str("org_slug"), org.slug);
        claims.insert(str("org_role"), membership->role);
        claims.insert(str("org_permissions"), jsonArray(custom));
    }
    const QByteArray jwt = m_signer.sign(claims);
    session.lastToken = jwt;
    session.lastTokenExp = iat + lifetime;
    session.lastTokenOrg = session.lastActiveOrganizationId;
    return jwt;
}

FapiResponse Fapi::createToken(Context &ctx)
{
    Session *s = clientSession(ctx, ctx.params.value(str("session_id")));
    if (!s)
        return notFound(str("session_id"));
    if (s->status != QLatin1String("active") || !m_model.users.contains(s->userId))
        return signedOut();
    noteActivity(*s, ctx);
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

} // namespace ClerkEmulator
