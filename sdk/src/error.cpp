#include <ClerkQt/error.h>

#include <QMetaEnum>

namespace Clerk {

Error::Error(Kind kind, const QString &code, const QString &message, const QString &longMessage, int httpStatus,
             const QVariantMap &meta, std::optional<std::chrono::seconds> retryAfter)
    : m_kind(kind)
    , m_code(code)
    , m_message(message)
    , m_longMessage(longMessage)
    , m_httpStatus(httpStatus)
    , m_retryAfter(retryAfter)
    , m_meta(meta)
{
}

qint64 Error::retryAfterMsecs() const
{
    return m_retryAfter ? qint64(std::chrono::duration_cast<std::chrono::milliseconds>(*m_retryAfter).count()) : -1;
}

QString Error::toString() const
{
    if (isNull())
        return QStringLiteral("no error");
    const char *kindName = QMetaEnum::fromType<Kind>().valueToKey(int(m_kind));
    QString s = QString::fromLatin1(kindName ? kindName : "?") + QLatin1Char('/') + m_code;
    if (m_httpStatus)
        s += QStringLiteral(" (HTTP %1)").arg(m_httpStatus);
    if (!m_message.isEmpty())
        s += QStringLiteral(": ") + m_message;
    return s;
}

bool Error::operator==(const Error &o) const
{
    return m_kind == o.m_kind && m_code == o.m_code && m_message == o.m_message && m_longMessage == o.m_longMessage
        && m_httpStatus == o.m_httpStatus && m_retryAfter == o.m_retryAfter && m_meta == o.m_meta;
}

} // namespace Clerk
