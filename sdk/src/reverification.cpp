// Clerk::Reverification: step-up of the active session through `…/sessions/{id}/verify[/…]`. Like Account, a thin
// face over Auth's engine: each step runs through Auth::Private (waits for the restore, typed, cancelled by a
// restart), and its answer — Clerk's session_reverification with the client — reaches the model through the
// client store before the step's own state is adopted here.
#include "auth_p.h"

#include "logging_p.h"

#include <ClerkQt/reverification.h>

#include <QJsonArray>
#include <QMetaMethod>

namespace Clerk {

namespace {

QString levelName(Reverification::Level level)
{
    switch (level) {
    case Reverification::Level::FirstFactor:
        return QStringLiteral("first_factor");
    case Reverification::Level::SecondFactor:
        return QStringLiteral("second_factor");
    case Reverification::Level::MultiFactor:
        return QStringLiteral("multi_factor");
    }
    return {};
}

QList<Factor> factorsOf(const QJsonObject &json, const char *key)
{
    QList<Factor> out;
    for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
        out << parseFactor(v.toObject());
    return out;
}

} // namespace

class Reverification::Private
{
public:
    Private(Reverification *q, Auth::Private &auth) : q(q), auth(auth) {}

    /// POST /client/sessions/{active}/verify<path> with `form`; the answer becomes this object's state.
    Reply *step(const QString &path, const FormFields &form);
    void adopt(const QJsonObject &json, PendingReply *reply);
    void setState(Status status, Level level, const QList<Factor> &first, const QList<Factor> &second);
    void finishRequest(bool completed);

    Reverification *const q;
    Auth::Private &auth;
    Status status = Status::None;
    Level level = Level::FirstFactor;
    QList<Factor> first, second;
    bool requested = false;
};

Reply *Reverification::Private::step(const QString &path, const FormFields &form)
{
    AuthCore &core = *auth.engine;
    PendingReply *reply = core.newReply();
    const Session session = core.store.current().session;
    // A pending session finishes its tasks first; step-up is for a session that is signed in.
    if (session.isNull() || session.status != Session::Status::Active) {
        core.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_signed_out"),
                                                QStringLiteral("Nobody is signed in.")));
        return reply;
    }
    if (!path.isEmpty() && status == Status::None) {
        core.fail(reply, AuthCore::invalidState(QStringLiteral("clerkqt_no_reverification"),
                                                QStringLiteral("Start the reverification first.")));
        return reply;
    }
    FapiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/client/sessions/%1/verify%2").arg(session.id, path);
    request.form = form;
    core.call(reply, request, [this](const FapiResult &result, PendingReply *rep) {
        adopt(result.envelope.response.toObject(), rep);
    });
    return reply;
}

void Reverification::Private::adopt(const QJsonObject &json, PendingReply *reply)
{
    const QString statusName = json.value(QLatin1String("status")).toString();
    const QString levelString = json.value(QLatin1String("level")).toString();
    Status next = statusName == QLatin1String("complete")              ? Status::Complete
                  : statusName == QLatin1String("needs_second_factor") ? Status::NeedsSecondFactor
                                                                       : Status::NeedsFirstFactor;
    Level nextLevel = levelString == QLatin1String("multi_factor")    ? Level::MultiFactor
                      : levelString == QLatin1String("second_factor") ? Level::SecondFactor
                                                                      : Level::FirstFactor;
    setState(next, nextLevel, factorsOf(json, "supported_first_factors"), factorsOf(json, "supported_second_factors"));
    qCInfo(lcAuth) << "reverification" << levelString << statusName;
    if (next != Status::Complete) {
        if (reply)
            reply->succeed(QVariant::fromValue(next));
        return;
    }
    // The client in the answer carries the session as Clerk left it; its next token must carry the new fva, so
    // the cached one is not used.
    AuthCore &core = *auth.engine;
    GetTokenOptions fresh;
    fresh.skipCache = true;
    QPointer<PendingReply> guard(reply);
    core.tokens->getToken(fresh, core.scope, [this, guard](const QString &, const Error &error) {
        if (!error.isNull())
            qCWarning(lcAuth) << "reverification complete, but no fresh token:" << error.code();
        finishRequest(true);
        if (guard)
            guard->succeed(QVariant::fromValue(Status::Complete));
    });
}

void Reverification::Private::setState(Status s, Level l, const QList<Factor> &f, const QList<Factor> &sec)
{
    if (s == status && l == level && f == first && sec == second)
        return;
    status = s;
    level = l;
    first = f;
    second = sec;
    Q_EMIT q->stateChanged();
}

void Reverification::Private::finishRequest(bool completed)
{
    if (std::exchange(requested, false))
        Q_EMIT q->requestedChanged();
    if (completed)
        Q_EMIT q->completed();
    else
        Q_EMIT q->canceled();
}

Reverification::Reverification(Auth *auth)
    : QObject(auth)
    , d(std::make_unique<Private>(this, *auth->d))
{
    // A step-up belongs to the session it was started for: signing out ends it, and whoever waits is answered.
    connect(auth, &Auth::sessionChanged, this, [this, auth] {
        if (auth->isSignedIn() || (d->status == Status::None && !d->requested))
            return;
        d->setState(Status::None, d->level, {}, {});
        d->finishRequest(false);
    });
}

Reverification::~Reverification() = default;

Reverification::Status Reverification::status() const { return d->status; }
Reverification::Level Reverification::level() const { return d->level; }
QList<Factor> Reverification::supportedFirstFactors() const { return d->first; }
QList<Factor> Reverification::supportedSecondFactors() const { return d->second; }
bool Reverification::isRequested() const { return d->requested; }

ReplyOf<Reverification::Status> *Reverification::start(Level level)
{
    return d->auth.run<Status>([=] { return d->step(QString(), {{QStringLiteral("level"), levelName(level)}}); });
}

ReplyOf<Reverification::Status> *Reverification::prepareFirstFactor(Factor::Strategy strategy)
{
    return d->auth.run<Status>([=] {
        // The code goes to the address or number of the factor Clerk offered: its primary one, else the first.
        const Factor *chosen = nullptr;
        for (const Factor &f : std::as_const(d->first)) {
            if (f.strategy == strategy && (!chosen || (f.primary && !chosen->primary)))
                chosen = &f;
        }
        FormFields form{{QStringLiteral("strategy"), Factor::strategyName(strategy)}};
        if (chosen && !chosen->emailAddressId.isEmpty())
            form.append({QStringLiteral("email_address_id"), chosen->emailAddressId});
        if (chosen && !chosen->phoneNumberId.isEmpty())
            form.append({QStringLiteral("phone_number_id"), chosen->phoneNumberId});
        return d->step(QStringLiteral("/prepare_first_factor"), form);
    });
}

ReplyOf<Reverification::Status> *Reverification::attemptFirstFactor(Factor::Strategy strategy, const QString &secret)
{
    const bool password = strategy == Factor::Strategy::Password;
    return d->auth.run<Status>([=] {
        return d->step(QStringLiteral("/attempt_first_factor"),
                       {{QStringLiteral("strategy"), Factor::strategyName(strategy)},
                        {password ? QStringLiteral("password") : QStringLiteral("code"),
                         password ? secret : secret.trimmed()}});
    });
}

ReplyOf<Reverification::Status> *Reverification::prepareSecondFactor(Factor::Strategy strategy)
{
    return d->auth.run<Status>([=] {
        return d->step(QStringLiteral("/prepare_second_factor"),
                       {{QStringLiteral("strategy"), Factor::strategyName(strategy)}});
    });
}

ReplyOf<Reverification::Status> *Reverification::attemptSecondFactor(Factor::Strategy strategy, const QString &code)
{
    return d->auth.run<Status>([=] {
        return d->step(QStringLiteral("/attempt_second_factor"),
                       {{QStringLiteral("strategy"), Factor::strategyName(strategy)},
                        {QStringLiteral("code"), code.trimmed()}});
    });
}

void Reverification::cancel()
{
    const bool inProgress = d->status == Status::NeedsFirstFactor || d->status == Status::NeedsSecondFactor;
    if (!d->requested && !inProgress)
        return;
    d->setState(Status::None, d->level, {}, {});
    d->finishRequest(false);
}

bool Reverification::request(Level level)
{
    auto *auth = static_cast<Auth *>(parent());
    if (!auth->isSignedIn() || !isSignalConnected(QMetaMethod::fromSignal(&Reverification::required)))
        return false;
    if (d->requested)
        return true;
    d->requested = true;
    d->setState(Status::None, level, {}, {});
    Q_EMIT requestedChanged();
    Q_EMIT required(level);
    return true;
}

Reverification *Auth::reverification() const { return d->reverification; }

} // namespace Clerk
