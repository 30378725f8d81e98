// The shared fixture of the end-to-end FAPI tests (tst_emulator_flows_signin/_sessions, _requests, _resources):
// an in-process emulator, a FAPI test client talking to it over real HTTP on loopback, and small request helpers.
#pragma once

#include "fapitestclient.h"

#include <QtTest>

namespace EmuTest {

class FlowsFixture
{
protected:
    ClerkEmulator::Server server;
    FapiTestClient c;
    int uniqueCounter = 0;

    // The slots every flow test shares call these; each returns why it failed, or "".
    QString startServer()
    {
        if (!server.listen(QHostAddress::LocalHost, 0) || server.port() == 0)
            return QStringLiteral("the emulator does not listen");
        c.setBaseUrl(server.baseUrl());
        return {};
    }
    QString resetServer()
    {
        FapiResponse r = c.control("POST", QStringLiteral("/__emulator/reset"));
        c.forgetClient();
        c.setOrigin({});
        return r.status == 200 ? QString() : QStringLiteral("reset: ") + r.describe();
    }
    /// Some tests load another seed in-process; every test starts from the default one.
    QString reloadDefaultSeed()
    {
        QString error;
        if (server.loadSeed(ClerkEmulator::Server::defaultSeed(), &error))
            return {};
        return error.isEmpty() ? QStringLiteral("the default seed did not load") : error;
    }

    /// Jane signed in on the test client; returns her session id, or "" (and a warning).
    QString signInJane()
    {
        const FlowResult flow = signInWithPassword(c, Seed::janeEmail, Seed::janePassword);
        if (!flow.ok)
            qWarning("%s", qPrintable(flow.failure));
        return flow.sessionId;
    }

    QString uniqueEmail()
    {
        return QStringLiteral("flows-%1-%2+clerk_test@example.com")
            .arg(QDateTime::currentMSecsSinceEpoch())
            .arg(++uniqueCounter);
    }

    /// GET /v1/jwks (FAPI path) — the document the test verifies against.
    QJsonObject fetchJwks(const QString &path = QStringLiteral("/v1/jwks"))
    {
        FapiResponse r = c.request("GET", path, {}, [] {
            RequestOptions o;
            o.sendToken = false;
            o.captureToken = false;
            return o;
        }());
        if (r.status != 200 || !r.json.isObject())
            qWarning("JWKS fetch failed: %s", qPrintable(r.describe()));
        return r.object();
    }

    /// Mints a session token (optionally from a template) and returns the JWT string, or "" (and a warning).
    FapiResponse mint(const QString &sid, const QString &templ = {}, const FormFields &form = {})
    {
        QString path = QStringLiteral("/v1/client/sessions/%1/tokens").arg(sid);
        if (!templ.isEmpty())
            path += QLatin1Char('/') + templ;
        return c.post(path, form);
    }

    /// POST /__emulator/settings
    FapiResponse settings(const QJsonObject &s) { return c.control("POST", QStringLiteral("/__emulator/settings"), s); }
};

/// The test case base of those tests: Qt Test runs these inherited private slots around every test function.
class FlowsTestCase : public QObject, protected FlowsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString failure = startServer();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    void init()
    {
        const QString failure = resetServer();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    /// Some tests load another seed in-process; the next one starts from the default again.
    void cleanup()
    {
        const QString failure = reloadDefaultSeed();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

} // namespace EmuTest
