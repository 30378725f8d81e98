// Reading an image for an upload (a user's profile image, an organization's logo) as Clerk's multipart `file`
// part: from a file the app names, or from an image in memory. Shared so both uploads fail alike.
#pragma once

#include "fapiclient_p.h"

#include <optional>

class QImage;
class QUrl;

namespace Clerk {

class Error;

/// The file behind `url` (a file: URL or a plain path) as the `file` part; nothing, and `failure` set to
/// InvalidState `clerkqt_file_unreadable`, when it cannot be read.
std::optional<FapiFilePart> readImageFile(const QUrl &url, Error *failure);
/// `image` encoded as PNG in the `file` part named `fileName`; nothing, and `failure` set to InvalidState
/// `clerkqt_image_invalid`, when it is null or cannot be encoded.
std::optional<FapiFilePart> encodeImage(const QImage &image, const QString &fileName, Error *failure);

} // namespace Clerk
