#include "imagefile_p.h"

#include "authcore_p.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QUrl>

namespace Clerk {

std::optional<FapiFilePart> readImageFile(const QUrl &url, Error *failure)
{
    // A QML FileDialog hands over a file: URL; C++ callers often pass a plain path.
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString(QUrl::PreferLocalFile);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = path.isEmpty() ? QStringLiteral("no path") : file.errorString();
        *failure = AuthCore::invalidState(QStringLiteral("clerkqt_file_unreadable"),
                                          QStringLiteral("Cannot read the image file %1: %2").arg(path, reason));
        return std::nullopt;
    }
    FapiFilePart part;
    part.field = QStringLiteral("file");
    part.fileName = QFileInfo(path).fileName();
    part.bytes = file.readAll();
    part.contentType = QMimeDatabase().mimeTypeForFileNameAndData(path, part.bytes).name().toLatin1();
    return part;
}

std::optional<FapiFilePart> encodeImage(const QImage &image, const QString &fileName, Error *failure)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        *failure = AuthCore::invalidState(QStringLiteral("clerkqt_image_invalid"),
                                          image.isNull() ? QStringLiteral("The image is null.")
                                                         : QStringLiteral("The image could not be encoded as PNG."));
        return std::nullopt;
    }
    return FapiFilePart{QStringLiteral("file"), fileName, "image/png", png};
}

} // namespace Clerk
