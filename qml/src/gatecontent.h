// ClerkQml::GateContent — what SignedIn and SignedOut share: their content, created while the gate applies.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QQuickItem>

namespace ClerkQml {

/// Behind `SignedIn` and `SignedOut`, not for apps: creates `content` as a child of `target` while `active`, and
/// removes it when that ends or `content` is replaced.
///
/// A removed content is hidden at once and deleted a little later, not with QML's destroy(): the change that ends
/// it usually comes with work of its own still queued — the Reply of the sign-in that made a SignedOut gate
/// inactive finishes right after the status change, and the form's handlers (its `signedIn()`) must run on a
/// whole object. destroy() would tear down the content's QML context at once and leave it half-alive until the
/// deferred delete; here it stays whole until it is deleted, and Replies that finish later find it gone.
class GateContent : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_NAMED_ELEMENT(GateContent)
    Q_PROPERTY(QQuickItem *target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QQmlComponent *content READ content WRITE setContent NOTIFY contentChanged)
    /// The current instance of `content`; null while there is none.
    Q_PROPERTY(QObject *item READ item NOTIFY itemChanged)

public:
    explicit GateContent(QObject *parent = nullptr);
    ~GateContent() override;

    QQuickItem *target() const { return m_target; }
    void setTarget(QQuickItem *target);
    bool isActive() const { return m_active; }
    void setActive(bool active);
    QQmlComponent *content() const { return m_content; }
    void setContent(QQmlComponent *content);
    QObject *item() const { return m_item; }

    void classBegin() override {}
    void componentComplete() override;

Q_SIGNALS:
    void targetChanged();
    void activeChanged();
    void contentChanged();
    void itemChanged();

private:
    void sync();
    void create(QQmlComponent *component);
    void release();
    static void deleteAfterHops(const QPointer<QObject> &doomed, int hops);

    /// Queued hops between closing and deleting a content: the status change, the request's reply, Auth's typed
    /// reply relaying it, and one to spare.
    static constexpr int kReleaseHops = 4;

    QPointer<QQuickItem> m_target;
    QPointer<QQmlComponent> m_content;
    QPointer<QObject> m_item;
    QPointer<QQmlComponent> m_createdFrom;
    bool m_active = false;
    bool m_completed = false;
};

} // namespace ClerkQml
