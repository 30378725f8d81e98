// Reply / ReplyOf<T>: typed results, chaining, abort() and delete that stop a real in-flight request, and the
// typed reply as a QObject handle in the JavaScript engine.
#include "fapiclient_p.h"
#include "reply_p.h"

#include <ClerkQt/user.h>

#include <QJSEngine>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Clerk;

namespace {

constexpr int kTimeout = 5000;

/// A source of typed replies, as Auth will be: QML and JS call `start()` and get a handle.
class ReplySource : public QObject
{
    Q_OBJECT
public:
    PendingReplyOf<int> *last = nullptr;
    int aborts = 0;
    Q_INVOKABLE Clerk::ReplyOf<int> *start()
    {
        last = new PendingReplyOf<int>(this);
        last->setAutoDelete(false); // the script reads it after it finished
        last->setAbortHandler([this] { ++aborts; });
        return last;
    }
};

/// Accepts connections and never answers: a request to it stays in flight until the client gives up.
class SilentServer : public QTcpServer
{
public:
    QList<QPointer<QTcpSocket>> sockets;
    QByteArray received;
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                sockets << s;
                connect(s, &QTcpSocket::readyRead, this, [this, s] { received += s->readAll(); });
            }
        });
    }
    bool allClosed() const
    {
        for (const auto &s : sockets) {
            if (s && s->state() != QAbstractSocket::UnconnectedState)
                return false;
        }
        return true;
    }
};

Error someError(const QString &code)
{
    return Error(Error::Kind::Auth, code, QStringLiteral("rejected"));
}

} // namespace

class tst_Reply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedResult()
    {
        auto *reply = new PendingReplyOf<User>(this);
        reply->setAutoDelete(false); // read after it finished
        User jane;
        jane.id = QStringLiteral("user_1");
        jane.firstName = QStringLiteral("Jane");
        User seen;
        reply->then(this, [&seen](const User &u) { seen = u; });
        QSignalSpy finished(reply, &Reply::finished);
        reply->succeed(jane);
        QVERIFY(reply->isPending()); // never inside the call that completes it
        QVERIFY(finished.wait(kTimeout));
        QVERIFY(!reply->isPending());
        QVERIFY(!reply->hasError());
        QCOMPARE(reply->value(), jane);
        QCOMPARE(reply->result().value<User>(), jane);
        QTRY_COMPARE_WITH_TIMEOUT(seen.firstName, QStringLiteral("Jane"), kTimeout);
    }

    void voidReplyAndFluentHandlers()
    {
        auto *reply = new PendingReplyOf<void>(this);
        QStringList calls;
        ReplyOf<void> *same = reply->then(this, [&] { calls << QStringLiteral("then"); })
                                  ->onError(this, [&](const Error &) { calls << QStringLiteral("onError"); })
                                  ->always(this, [&] { calls << QStringLiteral("always"); });
        QCOMPARE(same, static_cast<ReplyOf<void> *>(reply));
        reply->succeed();
        QTRY_COMPARE_WITH_TIMEOUT(calls, QStringList({QStringLiteral("then"), QStringLiteral("always")}), kTimeout);
    }

    void handlersOnAFinishedReplyAreQueued()
    {
        auto *reply = new PendingReplyOf<int>(this);
        reply->setAutoDelete(false);
        reply->succeed(7);
        QSignalSpy finished(reply, &Reply::finished);
        QVERIFY(finished.wait(kTimeout));
        int seen = 0;
        reply->then(this, [&seen](const int &v) { seen = v; });
        QCOMPARE(seen, 0);
        QTRY_COMPARE_WITH_TIMEOUT(seen, 7, kTimeout);
        delete reply;
    }

    void continuationSkippedWhenContextIsGone()
    {
        auto *reply = new PendingReplyOf<int>(this);
        auto *context = new QObject;
        bool ran = false;
        reply->then(context, [&ran](int) { ran = true; });
        QSignalSpy finished(reply, &Reply::finished);
        delete context;
        reply->succeed(1);
        QVERIFY(finished.wait(kTimeout));
        QCoreApplication::processEvents();
        QVERIFY(!ran);
    }

    void chainSuccess()
    {
        auto *outer = new PendingReplyOf<int>(this);
        PendingReplyOf<QString> *inner = nullptr;
        int passed = 0;
        ReplyOf<QString> *chained = outer->then(this, [&](const int &v) -> ReplyOf<QString> * {
            passed = v;
            inner = new PendingReplyOf<QString>(this);
            return inner;
        });
        QVERIFY(chained != nullptr);
        chained->setAutoDelete(false); // read after it finished
        QSignalSpy done(chained, &Reply::finished);
        outer->succeed(41);
        QTRY_VERIFY_WITH_TIMEOUT(inner != nullptr, kTimeout);
        QCOMPARE(passed, 41);
        QVERIFY(chained->isPending()); // waits for the second step
        inner->succeed(QStringLiteral("step two"));
        QVERIFY(done.wait(kTimeout));
        QVERIFY(!chained->hasError());
        QCOMPARE(chained->value(), QStringLiteral("step two"));
    }

    void chainOuterFails()
    {
        auto *outer = new PendingReplyOf<int>(this);
        bool ran = false;
        ReplyOf<void> *chained = outer->then(this, [&](int) -> ReplyOf<void> * {
            ran = true;
            return new PendingReplyOf<void>(this);
        });
        chained->setAutoDelete(false); // read after it finished
        QSignalSpy errors(chained, &Reply::errorOccurred);
        outer->fail(someError(QStringLiteral("form_identifier_not_found")));
        QVERIFY(errors.wait(kTimeout));
        QVERIFY(!ran);
        QCOMPARE(chained->error().code(), QStringLiteral("form_identifier_not_found"));
    }

    void chainInnerFails()
    {
        auto *outer = new PendingReplyOf<void>(this);
        PendingReplyOf<int> *inner = nullptr;
        ReplyOf<int> *chained = outer->then(this, [&]() -> ReplyOf<int> * {
            inner = new PendingReplyOf<int>(this);
            return inner;
        });
        chained->setAutoDelete(false); // read after it finished
        QSignalSpy errors(chained, &Reply::errorOccurred);
        outer->succeed();
        QTRY_VERIFY_WITH_TIMEOUT(inner != nullptr, kTimeout);
        inner->fail(someError(QStringLiteral("form_code_incorrect")));
        QVERIFY(errors.wait(kTimeout));
        QCOMPARE(chained->error().code(), QStringLiteral("form_code_incorrect"));
        QCOMPARE(chained->value(), 0);
    }

    void chainNullStepFails()
    {
        auto *outer = new PendingReplyOf<int>(this);
        ReplyOf<int> *chained = outer->then(this, [](int) -> ReplyOf<int> * { return nullptr; });
        chained->setAutoDelete(false); // read after it finished
        QSignalSpy errors(chained, &Reply::errorOccurred);
        outer->succeed(1);
        QVERIFY(errors.wait(kTimeout));
        QCOMPARE(chained->error().code(), QStringLiteral("clerkqt_no_reply"));
    }

    void abortChainAbortsThePendingStep()
    {
        // Outer step pending: aborting the chain aborts it, and the next step never starts.
        {
            auto *outer = new PendingReplyOf<int>(this);
            int outerAborts = 0;
            outer->setAbortHandler([&outerAborts] { ++outerAborts; });
            bool ran = false;
            ReplyOf<int> *chained = outer->then(this, [&](int) -> ReplyOf<int> * {
                ran = true;
                return new PendingReplyOf<int>(this);
            });
            chained->setAutoDelete(false); // read after it finished
            QSignalSpy errors(chained, &Reply::errorOccurred);
            chained->abort();
            QCOMPARE(outerAborts, 1);
            QVERIFY(errors.wait(kTimeout));
            QCOMPARE(chained->error().kind(), Error::Kind::Canceled);
            QCOMPARE(chained->error().code(), QStringLiteral("clerkqt_aborted"));
            QCoreApplication::processEvents();
            QVERIFY(!ran);
        }
        // Second step pending: it is the one aborted.
        {
            auto *outer = new PendingReplyOf<int>(this);
            int outerAborts = 0, innerAborts = 0;
            outer->setAbortHandler([&outerAborts] { ++outerAborts; });
            PendingReplyOf<int> *inner = nullptr;
            ReplyOf<int> *chained = outer->then(this, [&](int) -> ReplyOf<int> * {
                inner = new PendingReplyOf<int>(this);
                inner->setAbortHandler([&innerAborts] { ++innerAborts; });
                return inner;
            });
            QSignalSpy errors(chained, &Reply::errorOccurred);
            outer->succeed(1);
            QTRY_VERIFY_WITH_TIMEOUT(inner != nullptr, kTimeout);
            QSignalSpy innerErrors(inner, &Reply::errorOccurred);
            delete chained; // deleting a pending chain aborts too
            QCOMPARE(outerAborts, 0);
            QCOMPARE(innerAborts, 1);
            QVERIFY(innerErrors.wait(kTimeout));
            QCOMPARE(innerErrors.first().first().value<Error>().code(), QStringLiteral("clerkqt_aborted"));
        }
    }

    void abortFinishesOnceAndOnlyWhilePending()
    {
        auto *reply = new PendingReplyOf<int>(this);
        int aborts = 0;
        reply->setAbortHandler([&aborts] { ++aborts; });
        QSignalSpy errors(reply, &Reply::errorOccurred);
        QSignalSpy succeeded(reply, &Reply::succeeded);
        reply->abort();
        QCOMPARE(aborts, 1);
        reply->succeed(5); // the work's own late completion no longer counts
        reply->abort();
        QCOMPARE(aborts, 1);
        QVERIFY(errors.wait(kTimeout));
        QCOMPARE(errors.first().first().value<Error>().kind(), Error::Kind::Canceled);
        QCOMPARE(succeeded.size(), 0);

        auto *done = new PendingReplyOf<int>(this);
        done->setAutoDelete(false);
        int doneAborts = 0;
        done->setAbortHandler([&doneAborts] { ++doneAborts; });
        done->succeed(5);
        QSignalSpy finished(done, &Reply::finished);
        QVERIFY(finished.wait(kTimeout));
        done->abort();
        QCOMPARE(doneAborts, 0);
        QVERIFY(!done->hasError());
        QCOMPARE(done->value(), 5);
        delete done; // finished: deleting it aborts nothing either
        QCOMPARE(doneAborts, 0);
    }

    void deletingAPendingReplyStopsItsWorkSilently()
    {
        auto *reply = new PendingReplyOf<int>(this);
        int aborts = 0;
        reply->setAbortHandler([&aborts] { ++aborts; });
        QSignalSpy finished(reply, &Reply::finished);
        delete reply;
        QCOMPARE(aborts, 1);
        QCOMPARE(finished.size(), 0);
    }

    void abortStopsARealRequest_data()
    {
        QTest::addColumn<bool>("byDelete");
        QTest::newRow("abort()") << false;
        QTest::newRow("delete") << true;
    }
    void abortStopsARealRequest()
    {
        QFETCH(bool, byDelete);
        SilentServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        FapiClient client(nullptr, QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort())),
                          std::chrono::seconds(30));
        auto *reply = new PendingReplyOf<void>(this);
        bool callbackRan = false;
        FapiRequest request;
        request.path = QStringLiteral("/client");
        sendFor(reply, &client, request, this, [&callbackRan](const FapiResult &) { callbackRan = true; });
        QCOMPARE(client.inFlightCount(), 1);
        // The request is on the wire and waits for an answer that never comes.
        QTRY_VERIFY_WITH_TIMEOUT(server.received.contains("GET /v1/client"), kTimeout);
        QVERIFY(!server.allClosed());

        QSignalSpy errors(reply, &Reply::errorOccurred);
        if (byDelete)
            delete reply;
        else
            reply->abort();
        QCOMPARE(client.inFlightCount(), 0);
        // The transfer really stops: the client closes its connection.
        QTRY_VERIFY_WITH_TIMEOUT(server.allClosed(), kTimeout);
        if (!byDelete) {
            QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, kTimeout); // may have arrived while waiting above
            const Error e = errors.first().first().value<Error>();
            QCOMPARE(e.kind(), Error::Kind::Canceled);
            QCOMPARE(e.code(), QStringLiteral("clerkqt_aborted"));
        }
        QCoreApplication::processEvents();
        QVERIFY(!callbackRan); // an aborted request's answer is never applied
    }

    void abortOfAFinishedRequestIsANoOp()
    {
        SilentServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        FapiClient client(nullptr, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                          std::chrono::seconds(30));
        QVERIFY(!client.abort(12345)); // never sent
        FapiRequest request;
        request.path = QStringLiteral("/client");
        bool callbackRan = false;
        const FapiClient::RequestId id =
            client.send(request, this, [&callbackRan](const FapiResult &) { callbackRan = true; });
        QTRY_VERIFY_WITH_TIMEOUT(!server.sockets.isEmpty() && !server.received.isEmpty(), kTimeout);
        server.sockets.first()->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}");
        QTRY_VERIFY_WITH_TIMEOUT(callbackRan, kTimeout);
        QVERIFY(!client.abort(id));
    }

    void typedReplyIsAQObjectHandleInJavaScript()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        ReplySource source;
        QJSEngine js;
        QJSEngine::setObjectOwnership(&source, QJSEngine::CppOwnership); // on the stack, not the engine's
        js.globalObject().setProperty(QStringLiteral("source"), js.newQObject(&source));
        const QJSValue pending = js.evaluate(QStringLiteral(
            "var seen = [];"
            "var r = source.start();"
            "r.finished.connect(function () { seen.push(r.pending, r.result, r.hasError); });"
            "r.pending"));
        QVERIFY2(!pending.isError(), qPrintable(pending.toString()));
        QCOMPARE(pending.toBool(), true);
        QVERIFY(source.last);
        QSignalSpy finished(source.last, &Reply::finished);
        source.last->succeed(42);
        QVERIFY(finished.wait(kTimeout));
        const QJSValue seen = js.evaluate(QStringLiteral("seen"));
        QCOMPARE(seen.property(0).toBool(), false);
        QCOMPARE(seen.property(1).toInt(), 42);
        QCOMPARE(seen.property(2).toBool(), false);

        // abort() is invokable from script and stops the work.
        const QJSValue aborted = js.evaluate(QStringLiteral("var a = source.start(); a.abort(); a.pending"));
        QVERIFY2(!aborted.isError(), qPrintable(aborted.toString()));
        QCOMPARE(source.aborts, 1);
        QSignalSpy abortFinished(source.last, &Reply::finished);
        QVERIFY(abortFinished.wait(kTimeout));
        QCOMPARE(js.evaluate(QStringLiteral("a.hasError")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(tst_Reply)
#include "tst_reply.moc"
