// The signed-in user's profile image: POST /v1/me/profile_image (a `file` part in multipart/form-data, or the raw
// bytes as application/octet-stream — the two bodies Clerk's spec lists) and DELETE /v1/me/profile_image. The
// bytes are kept in the model and served back at the user's `image_url` (Fapi::kImagePathPrefix on the emulator's
// own host), so an avatar loads them as it would from Clerk's image CDN.
#include "fapi_common_p.h"

#include <QRegularExpression>

namespace ClerkEmulator {

namespace {

/// `text` split at the first `separator`: {before, after}, both trimmed ({text, ""} when there is none).
std::pair<QByteArray, QByteArray> splitOnce(const QByteArray &text, char separator)
{
    const qsizetype at = text.indexOf(separator);
    if (at < 0)
        return {text.trimmed(), {}};
    return {text.left(at).trimmed(), text.mid(at + 1).trimmed()};
}

struct Upload
{
    QByteArray bytes, name, declaredType;
};

/// The `boundary` parameter of a multipart Content-Type, unquoted; empty when there is none.
QByteArray boundaryOf(const QByteArray &contentType)
{
    for (QByteArray part : contentType.split(';')) {
        part = part.trimmed();
        if (!part.toLower().startsWith("boundary="))
            continue;
        QByteArray value = part.mid(9).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

/// The part named `file` of a multipart/form-data body (RFC 7578); nothing when the body has none.
std::optional<Upload> multipartFile(const QByteArray &body, const QByteArray &boundary)
{
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    while (at >= 0) {
        qsizetype start = at + delimiter.size();
        if (body.mid(start, 2) == "--")
            return std::nullopt; // the closing delimiter
        start = body.indexOf("\r\n", start);
        if (start < 0)
            return std::nullopt;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", start);
        const qsizetype next = body.indexOf("\r\n" + delimiter, headEnd);
        if (headEnd < 0 || next < 0)
            return std::nullopt;
        Upload upload;
        bool isFile = false;
        for (const QByteArray &line : body.mid(start + 2, headEnd - start - 2).split('\n')) {
            const QByteArray header = line.trimmed();
            const auto [rawName, value] = splitOnce(header, ':');
            const QByteArray name = rawName.toLower();
            if (name == "content-type")
                upload.declaredType = value.toLower();
            if (name != "content-disposition")
                continue;
            for (QByteArray param : value.split(';')) {
                param = param.trimmed();
                auto [key, v] = splitOnce(param, '=');
                key = key.toLower();
                if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                    v = v.mid(1, v.size() - 2);
                if (key == "name")
                    isFile = v == "file";
                else if (key == "filename")
                    upload.name = v;
            }
        }
        if (isFile) {
            upload.bytes = body.mid(headEnd + 4, next - headEnd - 4);
            return upload;
        }
        at = next + 2;
    }
    return std::nullopt;
}

/// The image type the bytes are, by their signature; empty when they are no image Clerk takes.
QString imageType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

} // namespace

bool Fapi::takesUpload(const QString &method, const QString &path)
{
    // An organization's logo (org-profile, #19) is the same kind of body.
    static const QRegularExpression logo(QStringLiteral("^/v1/organizations/[^/]+/logo$"));
    return (method == QLatin1String("POST") && path == QLatin1String("/v1/me/profile_image"))
        || (method == QLatin1String("PUT") && logo.match(path).hasMatch());
}

std::optional<FapiResponse> Fapi::readImageUpload(Context &ctx, const QString &defaultName, StoredImage &image)
{
    const QByteArray type = ctx.request.contentType.split(';').first().trimmed().toLower();
    Upload upload;
    if (type == "multipart/form-data") {
        const QByteArray boundary = boundaryOf(ctx.request.contentType);
        if (boundary.isEmpty())
            return error(400, str("request_body_invalid"), str("Request body is invalid"),
                         str("A multipart/form-data body needs a boundary parameter."));
        if (std::optional<Upload> file = multipartFile(ctx.request.body, boundary))
            upload = *file;
    } else if (type == "application/octet-stream") {
        upload.bytes = ctx.request.body;
    } else if (!ctx.request.body.isEmpty()) {
        return error(400, str("request_body_invalid"), str("Request body is invalid"),
                     QStringLiteral("Content-Type %1 is not accepted here; send multipart/form-data with a `file` part.")
                         .arg(QString::fromLatin1(type.isEmpty() ? QByteArray("(none)") : type)));
    }
    if (upload.bytes.isEmpty())
        return error(400, str("form_param_missing"), str("Image file missing"),
                     str("There was no image file present in the request"), {{str("param_name"), str("file")}});
    const QString contentType = imageType(upload.bytes);
    if (contentType.isEmpty()) {
        const QString declared = upload.declaredType.isEmpty() ? str("unknown") : QString::fromLatin1(upload.declaredType);
        return error(400, str("request_body_invalid"), str("unsupported image type"),
                     QStringLiteral("'%1' images are not currently supported. Please consult the API documentation "
                                    "for more information.").arg(declared));
    }
    image = StoredImage{newId(str("img")), QString::fromUtf8(upload.name), contentType, upload.bytes};
    if (image.name.isEmpty())
        image.name = defaultName;
    return std::nullopt;
}

FapiResponse Fapi::uploadProfileImage(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    StoredImage image;
    if (auto failure = readImageUpload(ctx, QStringLiteral("profile-image"), image))
        return *failure;
    m_model.images.remove(user->imageId);
    m_model.images.insert(image.id, image);
    user->imageId = image.id;
    user->imageUrl = publicBaseUrl + QLatin1String(kImagePathPrefix) + image.id;
    user->updatedAt = ctx.now;
    return envelope(ctx, QJsonObject{{str("object"), str("image")},
                                     {str("id"), image.id},
                                     {str("name"), image.name},
                                     {str("public_url"), user->imageUrl}});
}

FapiResponse Fapi::deleteProfileImage(Context &ctx)
{
    User *user = nullptr;
    if (auto failure = meUserOrFailure(ctx, user))
        return *failure;
    if (user->imageId.isEmpty())
        return plainError(404, "image_not_found", "Image not found", "Image not found");
    const QString id = user->imageId;
    m_model.images.remove(id);
    user->imageId.clear();
    user->imageUrl.clear();
    user->updatedAt = ctx.now;
    return envelope(ctx, QJsonObject{{str("object"), str("image")}, {str("id"), id}, {str("deleted"), true}});
}

} // namespace ClerkEmulator
