// The browser of the OAuth and email-link tests: it follows the provider's and Clerk's http redirects by hand and
// stops where a real browser would stop — at a URL of another scheme, which it would hand to the OS (the app's
// custom scheme), or at a page that answers without a redirect.
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>

namespace TestHelpers {

/// Opens `url` with `nam` and follows redirects; `stopped` runs once, in `context`, with where the walk ended.
inline void walkBrowser(QNetworkAccessManager &nam, const QUrl &url, QObject *context,
                        std::function<void(const QUrl &stoppedAt)> stopped)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, context,
                     [&nam, reply, url, context, stopped = std::move(stopped)]() mutable {
                         reply->deleteLater();
                         const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
                         if (location.isEmpty()) {
                             stopped(url);
                             return;
                         }
                         const QUrl next = url.resolved(location);
                         if (next.scheme() == QLatin1String("http"))
                             walkBrowser(nam, next, context, std::move(stopped));
                         else
                             stopped(next);
                     });
}

} // namespace TestHelpers
