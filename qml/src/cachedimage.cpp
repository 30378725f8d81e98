#include "cachedimage.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcCachedImage, "clerk.qml.image", QtWarningMsg)

namespace ClerkQml {

namespace {

QString cacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/clerk-images");
}

// Older copies go first; the one just written is the newest and stays.
void evictOldFiles(const QString &dir)
{
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Time);
    for (qsizetype i = CachedImage::kMaxFiles; i < files.size(); ++i)
        QFile::remove(files.at(i).absoluteFilePath());
}

bool isRemote(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

CachedImage::CachedImage(QObject *parent) : QObject(parent) {}

CachedImage::~CachedImage()
{
    cancelFetch();
}

QString CachedImage::cacheFileOf(const QUrl &url)
{
    const QByteArray hash = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex();
    return cacheDir() + QLatin1Char('/') + QString::fromLatin1(hash);
}

void CachedImage::setUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    m_url = url;
    Q_EMIT urlChanged();
    if (m_complete)
        load();
}

void CachedImage::componentComplete()
{
    m_complete = true;
    load();
}

void CachedImage::load()
{
    cancelFetch();
    if (m_url.isEmpty() || !m_url.isValid()) {
        setSource({});
        return;
    }
    if (!isRemote(m_url)) {
        setSource(m_url);
        return;
    }
    // What an earlier run kept is shown at once (offline too); the download below replaces it if it changed.
    const QString file = cacheFileOf(m_url);
    setSource(QFileInfo::exists(file) ? QUrl::fromLocalFile(file) : QUrl());
    fetch();
}

void CachedImage::fetch()
{
    QNetworkAccessManager *nam = nullptr;
    if (QQmlEngine *engine = qmlEngine(this))
        nam = engine->networkAccessManager();
    if (!nam) {
        // Created from C++ without an engine: a manager of its own, made once.
        if (!m_ownNam)
            m_ownNam = new QNetworkAccessManager(this);
        nam = m_ownNam;
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFetched(reply); });
    Q_EMIT loadingChanged();
}

void CachedImage::cancelFetch()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    Q_EMIT loadingChanged();
}

void CachedImage::onFetched(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply.clear();
    Q_EMIT loadingChanged();
    if (reply->error() != QNetworkReply::NoError) {
        // Offline or gone: whatever copy there is stays on screen; without one the avatar keeps its initials.
        qCDebug(lcCachedImage) << "image download failed:" << reply->errorString();
        return;
    }
    const QByteArray bytes = reply->readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    if (QImageReader(&buffer).format().isEmpty()) {
        qCDebug(lcCachedImage) << "the download is no image";
        return;
    }
    const QString path = cacheFileOf(m_url);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes && !m_source.isEmpty())
        return;
    existing.close();
    QDir().mkpath(cacheDir());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        qCWarning(lcCachedImage) << "cannot keep the image in" << cacheDir() << ":" << out.errorString();
        return;
    }
    evictOldFiles(cacheDir());
    // The query is no part of the file name (toLocalFile() ignores it) but makes a new URL for Image's cache.
    QUrl source = QUrl::fromLocalFile(path);
    source.setQuery(QUrlQuery{{QStringLiteral("rev"), QString::number(++m_revision)}});
    setSource(source);
}

void CachedImage::setSource(const QUrl &source)
{
    if (source == m_source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
}

} // namespace ClerkQml
