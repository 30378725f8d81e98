#include "gatecontent.h"

#include <QQmlContext>
#include <QQmlInfo>

namespace ClerkQml {

GateContent::GateContent(QObject *parent)
    : QObject(parent)
{
}

// The content is a child of the target and goes with it.
GateContent::~GateContent() = default;

void GateContent::setTarget(QQuickItem *target)
{
    if (m_target == target)
        return;
    m_target = target;
    Q_EMIT targetChanged();
    sync();
}

void GateContent::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    sync();
}

void GateContent::setContent(QQmlComponent *content)
{
    if (m_content == content)
        return;
    if (m_content)
        disconnect(m_content, &QQmlComponent::statusChanged, this, &GateContent::sync);
    m_content = content;
    Q_EMIT contentChanged();
    sync();
}

void GateContent::componentComplete()
{
    // Not earlier: the content's bindings name ids and properties of the document around the gate.
    m_completed = true;
    sync();
}

void GateContent::sync()
{
    QQmlComponent *wanted = m_completed && m_active && m_target ? m_content.data() : nullptr;
    if (m_item && m_createdFrom == wanted)
        return;
    release();
    if (!wanted)
        return;
    if (wanted->isLoading()) { // a Component from a URL: created once it is there
        connect(wanted, &QQmlComponent::statusChanged, this, &GateContent::sync, Qt::UniqueConnection);
        return;
    }
    create(wanted);
}

void GateContent::create(QQmlComponent *component)
{
    QQmlContext *context = component->creationContext();
    if (!context)
        context = qmlContext(this);
    QObject *object = component->beginCreate(context);
    if (!object) {
        qmlWarning(this) << "the content could not be created: " << component->errorString();
        return;
    }
    // Parent and parent item before the bindings run, as createObject(parent) does, so `anchors.fill: parent`
    // and `parent.width` mean the gate, as they did when the gate held its children itself.
    object->setParent(m_target);
    if (auto *item = qobject_cast<QQuickItem *>(object))
        item->setParentItem(m_target);
    component->completeCreate();
    m_item = object;
    m_createdFrom = component;
    Q_EMIT itemChanged();
}

void GateContent::release()
{
    if (!m_item)
        return;
    QPointer<QObject> doomed = m_item;
    m_item = nullptr;
    m_createdFrom = nullptr;
    if (auto *item = qobject_cast<QQuickItem *>(doomed.data()))
        item->setVisible(false);
    Q_EMIT itemChanged();
    deleteAfterHops(doomed, kReleaseHops);
}

// Several hops of the event loop, so that what the change that closed the gate set in motion runs first: the
// Reply whose outcome closed it finishes a few queued steps after the status change (Auth's typed reply relays
// the outcome of the request's own reply, each step queued), and its handlers must find the content whole.
void GateContent::deleteAfterHops(const QPointer<QObject> &doomed, int hops)
{
    QMetaObject::invokeMethod(
        doomed.data(),
        [doomed, hops] {
            if (!doomed)
                return;
            if (hops <= 1)
                doomed->deleteLater();
            else
                deleteAfterHops(doomed, hops - 1);
        },
        Qt::QueuedConnection);
}

} // namespace ClerkQml
