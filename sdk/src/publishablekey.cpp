#include "publishablekey_p.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>

namespace Clerk {

namespace {
Error configError(const QString &code, const QString &message)
{
    return Error(Error::Kind::Configuration, code, message);
}
} // namespace

bool isLoopbackHost(const QString &hostIn)
{
    QString host = hostIn.trimmed().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

PublishableKey parsePublishableKey(const QString &keyIn)
{
    PublishableKey result;
    const QString key = keyIn.trimmed();
    QString encoded;
    if (key.startsWith(QLatin1String("pk_test_"))) {
        encoded = key.mid(8);
    } else if (key.startsWith(QLatin1String("pk_live_"))) {
        encoded = key.mid(8);
        result.isLive = true;
    } else {
        result.error = configError(QStringLiteral("clerkqt_publishable_key_invalid"),
                                   QStringLiteral("The publishable key must start with pk_test_ or pk_live_."));
        return result;
    }
    static const QRegularExpression base64Chars(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
    if (encoded.isEmpty() || !base64Chars.match(encoded).hasMatch()) {
        result.error = configError(QStringLiteral("clerkqt_publishable_key_invalid"),
                                   QStringLiteral("The publishable key is not valid base64."));
        return result;
    }
    QByteArray padded = encoded.toLatin1();
    if (!padded.endsWith('='))
        padded.append(QByteArray((4 - padded.size() % 4) % 4, '='));
    const auto decoded = QByteArray::fromBase64Encoding(padded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        result.error = configError(QStringLiteral("clerkqt_publishable_key_invalid"),
                                   QStringLiteral("The publishable key is not valid base64."));
        return result;
    }
    QString text = QString::fromUtf8(*decoded).trimmed();
    if (!text.endsWith(QLatin1Char('$'))) {
        result.error = configError(QStringLiteral("clerkqt_publishable_key_invalid"),
                                   QStringLiteral("The publishable key does not encode a Frontend API host."));
        return result;
    }
    text.chop(1);
    text = text.trimmed();
    // A host, optionally with a port: letters, digits, dots, dashes; or a bracketed IPv6 literal.
    static const QRegularExpression hostPattern(
        QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?$)"));
    if (text.isEmpty() || !hostPattern.match(text).hasMatch()) {
        result.error = configError(QStringLiteral("clerkqt_publishable_key_invalid"),
                                   QStringLiteral("The publishable key does not encode a valid host."));
        return result;
    }
    QUrl url;
    const QUrl probe = QUrl::fromUserInput(QStringLiteral("http://") + text);
    const QString hostOnly = probe.host();
    url.setScheme(isLoopbackHost(hostOnly) ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(hostOnly);
    if (probe.port() > 0)
        url.setPort(probe.port());
    url.setPath(QStringLiteral("/v1"));
    if (!url.isValid() || hostOnly.isEmpty()) {
        result.error = configError(QStringLiteral("clerkqt_publishable_key_invalid"),
                                   QStringLiteral("The publishable key does not encode a valid host."));
        return result;
    }
    result.host = text;
    result.fapiBaseUrl = url;
    return result;
}

QUrl normalizeFapiBaseUrl(const QUrl &urlIn, Error *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = configError(QStringLiteral("clerkqt_base_url_invalid"), message);
        return QUrl();
    };
    if (!urlIn.isValid() || urlIn.host().isEmpty())
        return fail(QStringLiteral("The Frontend API base URL is not a valid absolute URL."));
    const QString scheme = urlIn.scheme().toLower();
    if (scheme != QLatin1String("https")) {
        if (scheme != QLatin1String("http"))
            return fail(QStringLiteral("The Frontend API base URL must use https."));
        if (!isLoopbackHost(urlIn.host()))
            return fail(QStringLiteral("Plain http is only allowed for loopback hosts; use https."));
    }
    if (!urlIn.userInfo().isEmpty() || urlIn.hasQuery() || urlIn.hasFragment())
        return fail(QStringLiteral("The Frontend API base URL must not carry credentials, a query or a fragment."));
    QUrl url = urlIn;
    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v1")))
        path += QStringLiteral("/v1");
    url.setPath(path);
    return url;
}

QString keychainKeyFor(const QString &publishableKey)
{
    const QByteArray digest = QCryptographicHash::hash(publishableKey.trimmed().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("client-token:") + QString::fromLatin1(digest.left(16).toHex());
}

QString keychainKeyFor(const QString &service, const QString &appId, const QString &publishableKey)
{
    // Separated, so that moving characters from the service to the app id changes the key; a newline never
    // occurs in a publishable key, and names with one are the app's own doing.
    const QString joined = service.trimmed() + QLatin1Char('\n') + appId.trimmed() + QLatin1Char('\n')
        + publishableKey.trimmed();
    const QByteArray digest = QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("clerk-qt-client:") + QString::fromLatin1(digest.left(16).toHex());
}

} // namespace Clerk
