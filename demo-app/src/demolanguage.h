// DemoLanguage — the demo's own translation (demo-app/i18n), kept in step with the Clerk components' language.
#pragma once

#include <QObject>
#include <QPointer>

class QQmlEngine;
class QTranslator;

/// Installs the demo's translation for ClerkLanguage's effective language and swaps it whenever that changes, so
/// that the language menu (which sets ClerkLanguage.language) switches the demo's strings with the components'.
class DemoLanguage : public QObject
{
    Q_OBJECT
public:
    /// Follows ClerkLanguage of `engine` (created if needed) from now on.
    explicit DemoLanguage(QQmlEngine *engine, QObject *parent = nullptr);
    ~DemoLanguage() override;

    /// The language whose demo translation is installed ("en": none, English is the source).
    QString installed() const { return m_installed; }

private:
    void follow();

    QPointer<QQmlEngine> m_engine;
    QTranslator *m_translator;
    QString m_installed;
};
