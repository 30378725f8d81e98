// mybackend <jwks-url>: a backend's half of the consumer test. Reads one session token from stdin (not from the
// command line, where other processes could read it), verifies it against the JWKS and prints the subject.
// Links ClerkQt::Verifier and Qt Core only: run_consumer.cmake checks that it loads neither QtGui nor libClerkQt.
#include <ClerkQt/tokenverifier.h>

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: mybackend <jwks-url> < token" << Qt::endl;
        return 2;
    }
    const QString token = QTextStream(stdin).readLine().trimmed();

    Clerk::TokenVerifierConfig config;
    config.jwksUrl = QUrl(args.at(1));
    Clerk::TokenVerifier verifier(config);
    int exitCode = 1;
    verifier.verifyAsync(token, &app, [&](const Clerk::TokenVerification &v) {
        if (v.ok()) {
            QTextStream(stdout) << "subject=" << v.claims().subject() << Qt::endl;
            exitCode = 0;
        } else {
            QTextStream(stdout) << "rejected=" << v.reasonCode() << Qt::endl;
        }
        app.quit();
    });
    // The JWKS fetch has the verifier's own request timeout; this only bounds a verifier that never answers.
    QTimer::singleShot(30000, &app, [&] {
        QTextStream(stdout) << "rejected=no answer" << Qt::endl;
        app.quit();
    });
    app.exec();
    return exitCode;
}
