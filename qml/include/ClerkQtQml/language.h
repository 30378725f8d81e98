// ClerkQml::Language — the language of the Clerk components (`ClerkLanguage` in QML).
#pragma once

#include <ClerkQtQml/clerkqt_qml_export.h>

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace ClerkQml {

/// The singleton `ClerkLanguage` of `import Clerk`: which of the shipped translations the components show.
///
/// The translations are built into the library (Qt Linguist `.qm`, compiled from `qml/i18n/*.ts`). By default
/// the components follow the system's UI languages (QLocale::system().uiLanguages()): the first one with a
/// translation wins, English otherwise. Setting `language` ("de", "pt_BR", …; "" for the system's again) installs
/// that translation application-wide and retranslates every engine that uses the module, so open components
/// change at once; `localeName` changes with it, and the components format dates and numbers with it.
///
/// The translation is one process-wide QTranslator (Qt's translators are), so every instance — one per engine —
/// shows the same language. From C++, before loading QML: `ClerkQml::Language::instance(&engine)->setLanguage("de")`.
class CLERKQT_QML_EXPORT Language : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(ClerkLanguage)
    QML_SINGLETON
    /// The chosen language, "" for the system's.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The language shown: a code of availableLanguages, "en" when no translation matches.
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    /// The locale the components format dates and numbers with (`Qt.locale(ClerkLanguage.localeName)`): the
    /// system's when it speaks the effective language, else the effective language's own.
    Q_PROPERTY(QString localeName READ localeName NOTIFY languageChanged)
    /// The shipped languages, English first: a list of {code, name} with the name in its own language.
    Q_PROPERTY(QVariantList availableLanguages READ availableLanguages CONSTANT)

public:
    /// The engine's instance (created on first use, owned by the engine). Creating the first one installs the
    /// system's translation.
    static Language *instance(QQmlEngine *engine);
    static Language *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    /// The codes of the shipped languages, "en" first.
    static QStringList languageCodes();

    QString language() const;
    void setLanguage(const QString &language);
    QString effectiveLanguage() const;
    QString localeName() const;
    QVariantList availableLanguages() const;

Q_SIGNALS:
    void languageChanged();

private:
    explicit Language(QQmlEngine *engine);
    QQmlEngine *m_engine;
};

} // namespace ClerkQml
