// The shared fixture of the Clerk::TokenVerifier tests (tst_tokenverifier: the table, key sources, extraction;
// tst_tokenverifier_emulator: emulator tokens, the JWKS refetch policy, verifyAsync): the table's constants and
// token builders, and a base class holding the test keys, an in-process emulator and a signed-in FAPI client.
#pragma once

#include "../emulator/fapitestclient.h"
#include "testsigner.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/tokenverifier.h>

#include <QDateTime>
#include <QObject>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace VerifierFixtures {

inline const QString trustedKid = QStringLiteral("ins_test_trusted");
inline const qint64 T0 = 1700000000; // the fixed "now" of the table (seconds)
inline const QString issuer = QStringLiteral("https://clerk.example.com");
inline const QString origin = QStringLiteral("https://app.example.com");

inline QJsonObject rsHeader(const QString &kid = trustedKid)
{
    return {{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")},
            {QStringLiteral("kid"), kid}};
}

inline QJsonObject claims(const QJsonObject &changes = {}, const QStringList &remove = {})
{
    QJsonObject c{{QStringLiteral("sub"), QStringLiteral("user_2jane0000000000000000000001")},
                  {QStringLiteral("sid"), QStringLiteral("sess_2abc")},
                  {QStringLiteral("iss"), issuer},
                  {QStringLiteral("azp"), origin},
                  {QStringLiteral("iat"), T0},
                  {QStringLiteral("nbf"), T0 - 5},
                  {QStringLiteral("exp"), T0 + 60},
                  {QStringLiteral("v"), 2}};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        c.insert(it.key(), it.value());
    for (const QString &r : remove)
        c.remove(r);
    return c;
}

/// Replaces one character of segment `segment` (0..2) of a compact JWS.
inline QString flipChar(const QString &token, int segment)
{
    QStringList parts = token.split(QLatin1Char('.'));
    QString &s = parts[segment];
    const int i = s.size() / 2;
    s[i] = s[i] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return parts.join(QLatin1Char('.'));
}

inline QString segments(const QByteArray &h, const QByteArray &p, const QByteArray &s)
{
    return QString::fromLatin1(h + '.' + p + '.' + s);
}

/// Waits for one verifyAsync result.
struct AsyncResult
{
    bool done = false;
    Clerk::TokenVerification result;
};

/// The state both test classes share; they derive from it (and declare their own slots).
class VerifierFixture : public QObject
{
protected:
    // the key the table's verifier trusts (JWKS doc, kid trustedKid)
    std::unique_ptr<VerifierTest::TestKey> m_trusted;
    std::unique_ptr<VerifierTest::TestKey> m_other; // an attacker's key
    ClerkEmulator::Server m_server;
    EmuTest::FapiTestClient m_client;
    QString m_sessionId;

    /// Both keys, the emulator and Jane's session: what every test case starts from. Empty, or why it failed.
    QString setUpKeysAndSession()
    {
        m_trusted = std::make_unique<VerifierTest::TestKey>();
        m_other = std::make_unique<VerifierTest::TestKey>();
        if (!m_trusted->isValid() || !m_other->isValid())
            return QStringLiteral("test keys could not be made");
        if (!m_server.listen())
            return QStringLiteral("the emulator does not listen");
        m_client.setBaseUrl(m_server.baseUrl());
        m_client.setOrigin(origin.toLatin1());
        const EmuTest::FlowResult flow =
            EmuTest::signInWithPassword(m_client, EmuTest::Seed::janeEmail, EmuTest::Seed::janePassword);
        m_sessionId = flow.sessionId;
        return flow.ok ? QString() : flow.failure;
    }

    Clerk::TokenVerifierConfig tableConfig(const QStringList &parties, const QString &iss, qint64 nowMs) const
    {
        Clerk::TokenVerifierConfig config;
        config.jwks = m_trusted->jwks(trustedKid);
        config.authorizedParties = parties;
        config.issuer = iss;
        config.clock = [nowMs] { return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()); };
        return config;
    }

    Clerk::TokenVerification waitFor(Clerk::TokenVerifier &verifier, const QString &token)
    {
        auto out = std::make_shared<AsyncResult>();
        verifier.verifyAsync(token, this, [out](const Clerk::TokenVerification &r) {
            out->done = true;
            out->result = r;
        });
        if (!QTest::qWaitFor([out] { return out->done; }, 20000))
            qWarning("verifyAsync did not answer");
        return out->result;
    }

    /// A session token from the emulator: POST /v1/client/sessions/{sid}/tokens[/{template}].
    QString emulatorToken(const QString &templ = {}, const EmuTest::FormFields &form = {})
    {
        const QString path = QStringLiteral("/v1/client/sessions/%1/tokens%2")
                                 .arg(m_sessionId, templ.isEmpty() ? QString() : QLatin1Char('/') + templ);
        const EmuTest::FapiResponse r = m_client.post(path, form);
        if (r.status != 200)
            qWarning().noquote() << r.describe();
        return r.object().value(QLatin1String("jwt")).toString();
    }

    QUrl jwksUrl(const QString &path = QStringLiteral("/v1/jwks")) const
    {
        QUrl url = m_server.baseUrl();
        url.setPath(path);
        return url;
    }
};

} // namespace VerifierFixtures
