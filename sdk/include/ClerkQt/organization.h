/// @file
/// Clerk's organization resources as QML-readable values: Organization, PublicUserData, Membership.
#pragma once

#include <ClerkQt/clerkqt_export.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <tuple>

namespace Clerk {

/// An `organization` object. `raw` keeps Clerk's complete JSON.
///
/// Auth::organization() may hold only the id, when the session's active organization is not among the user's
/// listed memberships. Timestamps are UTC and invalid when Clerk did not send them.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so is `isNull`.
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
    QString id;             ///< Clerk's organization id; empty = no organization (the personal account)
    QString name;           ///< Display name
    QString slug;           ///< URL-friendly unique name; may be empty
    QString imageUrl;       ///< Logo URL, as Clerk serves it
    bool hasImage = false;  ///< Whether a logo was uploaded (Clerk's `has_image`)
    int membersCount = 0;   ///< Number of members, as Clerk reports it; 0 when not sent
    QVariantMap publicMetadata; ///< Set by the app's backend; readable, not writable, from the client
    QDateTime createdAt;    ///< Creation time
    QDateTime updatedAt;    ///< Last change
    QJsonObject raw;        ///< Clerk's complete JSON

    /// True when there is no organization (empty id).
    bool isNull() const { return id.isEmpty(); }
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, name, slug, imageUrl, hasImage, membersCount, publicMetadata, createdAt, updatedAt, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const Organization &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const Organization &o) const { return !(*this == o); }
};

/// The public face of an organization member (Clerk's `public_user_data`): what other members of the organization
/// may see of the user. Empty on the signed-in user's own memberships when Clerk did not send it.
///
/// A value type, readable from QML: every field is a property of the same name.
struct CLERKQT_EXPORT PublicUserData
{
    Q_GADGET
    Q_PROPERTY(QString userId MEMBER userId)
    Q_PROPERTY(QString identifier MEMBER identifier)
    Q_PROPERTY(QString firstName MEMBER firstName)
    Q_PROPERTY(QString lastName MEMBER lastName)
    Q_PROPERTY(QString imageUrl MEMBER imageUrl)
    Q_PROPERTY(bool hasImage MEMBER hasImage)
public:
    QString userId;      ///< The member's user id (what OrganizationManager's member operations take)
    QString identifier;  ///< The member's primary identifier, e.g. the email address
    QString firstName;   ///< May be empty
    QString lastName;    ///< May be empty
    QString imageUrl;    ///< Profile image URL, as Clerk serves it
    bool hasImage = false; ///< Whether the member uploaded an image

    /// Equal when every field is equal.
    bool operator==(const PublicUserData &o) const
    {
        return std::tie(userId, identifier, firstName, lastName, imageUrl, hasImage)
            == std::tie(o.userId, o.identifier, o.firstName, o.lastName, o.imageUrl, o.hasImage);
    }
    /// The negation of operator==().
    bool operator!=(const PublicUserData &o) const { return !(*this == o); }
};

/// An `organization_membership`: a user's role and permissions in one organization — the signed-in user's own
/// (Auth::memberships()) or, in OrganizationManager's member lists, another member's (see `publicUserData`).
///
/// These are for the UI (Auth::checkAuthorization()); a backend authorizes from a verified session token.
///
/// A value type, readable from QML: every field except `raw` is a property of the same name, and so is `isNull`.
struct CLERKQT_EXPORT Membership
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString role MEMBER role)
    Q_PROPERTY(QString roleName MEMBER roleName)
    Q_PROPERTY(QStringList permissions MEMBER permissions)
    Q_PROPERTY(Clerk::Organization organization MEMBER organization)
    Q_PROPERTY(Clerk::PublicUserData publicUserData MEMBER publicUserData)
    Q_PROPERTY(QVariantMap publicMetadata MEMBER publicMetadata)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QDateTime updatedAt MEMBER updatedAt)
    Q_PROPERTY(bool isNull READ isNull)
public:
    QString id;          ///< Clerk's membership id
    QString role;        ///< e.g. "org:admin"
    QString roleName;    ///< e.g. "Admin"
    QStringList permissions; ///< e.g. "org:sys_memberships:manage"
    Organization organization;  ///< The organization this membership is in
    PublicUserData publicUserData; ///< Who the member is (Clerk's `public_user_data`)
    QVariantMap publicMetadata; ///< Of the membership; set by the app's backend
    QDateTime createdAt;        ///< When the user joined (UTC); invalid if not sent
    QDateTime updatedAt;        ///< Last change (UTC); invalid if not sent
    QJsonObject raw;            ///< Clerk's complete JSON

    /// True when there is no membership: neither a membership id nor an organization.
    bool isNull() const { return id.isEmpty() && organization.isNull(); }
private:
    // Every field, for operator==(); declared first because its return type is deduced.
    auto tied() const { return std::tie(id, role, roleName, permissions, organization, publicUserData, publicMetadata, createdAt, updatedAt, raw); }

public:
    /// Equal when every field is equal, `raw` included.
    bool operator==(const Membership &o) const { return tied() == o.tied(); }
    /// The negation of operator==().
    bool operator!=(const Membership &o) const { return !(*this == o); }
};

} // namespace Clerk
