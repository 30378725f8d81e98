// Clerk's organization resources as QML-readable values: Organization, Membership.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Clerk {

/// An `organization` object. `raw` keeps Clerk's complete JSON.
struct CLERKQT_EXPORT Organization
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString slug MEMBER slug)
    Q_PROPERTY(QString imageUrl MEMBER imageUrl)
    Q_PROPERTY(bool hasImage MEMBER hasImage)
    Q_PROPERTY(int membersCount MEMBER membersCount)
    Q_PROPERTY(QVariantMap publicMetadata MEMBER publicMetadata)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    QString id;
    QString name;
    QString slug;
    QString imageUrl;
    bool hasImage = false;
    int membersCount = 0;
    QVariantMap publicMetadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    bool isNull() const { return id.isEmpty(); }
    bool operator==(const Organization &o) const { return raw == o.raw; }
    bool operator!=(const Organization &o) const { return raw != o.raw; }
};

/// An `organization_membership`: the signed-in user's role and permissions in one organization.
struct CLERKQT_EXPORT Membership
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(QString roleName MEMBER roleName)
    Q_PROPERTY(QStringList permissions MEMBER permissions)
    Q_PROPERTY(Clerk::Organization organization MEMBER organization)
    Q_PROPERTY(QVariantMap publicMetadata MEMBER publicMetadata)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    QString id;
    QString role;        ///< e.g. "org:admin"
    QString roleName;    ///< e.g. "Admin"
    QStringList permissions; ///< e.g. "org:sys_memberships:manage"
    Organization organization;
    QVariantMap publicMetadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;

    bool isNull() const { return id.isEmpty() && organization.isNull(); }
    bool operator==(const Membership &o) const { return raw == o.raw; }
    bool operator!=(const Membership &o) const { return raw != o.raw; }
};

} // namespace Clerk
