// ClerkQml::CachedImage — a remote image kept on disk, so that Avatar shows the last one even offline.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ClerkQml {

/// Behind `Avatar`, usable by any component: `CachedImage { url: user.imageUrl }` gives `source`, a local file
/// for an `Image`, as soon as one is on disk (from an earlier run, offline included), and refreshes it from the
/// network in the background. Until a copy exists, and when the download fails with none, `source` is empty.
///
/// The copies live in `QStandardPaths::CacheLocation`/clerk-images, named by a hash of the URL (Clerk's image
/// URLs change with the image); the directory keeps the most recently written kMaxFiles. Downloads go through
/// the QML engine's QNetworkAccessManager, so an app's QQmlNetworkAccessManagerFactory (proxy, TLS) applies.
/// Local and `qrc:` URLs are passed through unchanged.
class CachedImage : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QUrl url READ url WRITE setUrl NOTIFY urlChanged)
    /// The image to show: a `file:` URL of the copy on disk; empty while there is none.
    Q_PROPERTY(QUrl source READ source NOTIFY sourceChanged)
    /// A download of `url` is under way.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    /// How many images the cache directory keeps.
    static constexpr int kMaxFiles = 64;

    explicit CachedImage(QObject *parent = nullptr);
    ~CachedImage() override;

    QUrl url() const { return m_url; }
    void setUrl(const QUrl &url);
    QUrl source() const { return m_source; }
    bool isLoading() const { return !m_reply.isNull(); }

    void classBegin() override {}
    void componentComplete() override;

    /// The file a copy of `url` is kept in (it may not exist).
    static QString cacheFileOf(const QUrl &url);

Q_SIGNALS:
    void urlChanged();
    void sourceChanged();
    void loadingChanged();

private:
    void load();
    void fetch();
    void onFetched(QNetworkReply *reply);
    void setSource(const QUrl &source);
    void cancelFetch();

    QUrl m_url;
    QUrl m_source;
    QPointer<QNetworkReply> m_reply;
    QNetworkAccessManager *m_ownNam = nullptr;
    bool m_complete = false;
    // Bumped when the file behind `source` changes, so Image (which caches by URL) reads it again.
    int m_revision = 0;
};

} // namespace ClerkQml
