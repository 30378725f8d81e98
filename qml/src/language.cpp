#include <ClerkQtQml/language.h>

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

// The .qm files are in this library's resources (qml/CMakeLists.txt); a static build must initialise them.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(clerkqt_translations);
}

namespace ClerkQml {
namespace {

const char *const kResourceDir = ":/clerkqt/i18n";

// One translator for the process, shared by every engine's instance.
struct State
{
    QString chosen;      // "" = the system's
    QString effective = QStringLiteral("en");
    QTranslator *translator = nullptr;
    QList<QPointer<Language>> instances;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

// The shipped language that serves `wanted` ("de_AT" → "de", "pt-BR" → "pt_BR", "zh_Hans_CN" → "zh_CN").
QString matchShipped(const QString &wanted)
{
    const QLocale locale(wanted);
    const QStringList codes = Language::languageCodes();
    const QString exact = locale.name(); // language_TERRITORY
    if (codes.contains(exact))
        return exact;
    for (const QString &code : codes) {
        if (QLocale(code).language() == locale.language())
            return code;
    }
    return {};
}

QString systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &wanted : ui) {
        const QString code = matchShipped(wanted);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

// `deferred`: called while the engine is creating the singleton, when retranslating at once would re-enter it
// (every binding that names ClerkLanguage would fail with a ReferenceError).
void apply(const QString &chosen, bool deferred = false)
{
    State &s = state();
    const QString effective = chosen.isEmpty() ? systemLanguage() : (matchShipped(chosen).isEmpty()
                                                                         ? QStringLiteral("en")
                                                                         : matchShipped(chosen));
    const bool changed = !s.installed || s.chosen != chosen || s.effective != effective;
    s.chosen = chosen;
    if (!changed)
        return;
    if (!s.translator)
        s.translator = new QTranslator(QCoreApplication::instance());
    QCoreApplication::removeTranslator(s.translator);
    // English is the source language; its file only holds the plural forms.
    if (s.translator->load(QStringLiteral("clerkqt_") + effective, QLatin1String(kResourceDir)))
        QCoreApplication::installTranslator(s.translator);
    s.effective = effective;
    s.installed = true;
    for (const QPointer<Language> &instance : std::as_const(s.instances)) {
        if (!instance)
            continue;
        Q_EMIT instance->languageChanged();
        auto *engine = qobject_cast<QQmlEngine *>(instance->parent());
        if (engine && deferred)
            QMetaObject::invokeMethod(engine, &QQmlEngine::retranslate, Qt::QueuedConnection);
        else if (engine)
            engine->retranslate();
    }
}

} // namespace

Language::Language(QQmlEngine *engine)
    : QObject(engine), m_engine(engine)
{
    setObjectName(QStringLiteral("ClerkQml::Language"));
}

Language *Language::instance(QQmlEngine *engine)
{
    if (!engine)
        return nullptr;
    auto *language = engine->findChild<Language *>(QStringLiteral("ClerkQml::Language"), Qt::FindDirectChildrenOnly);
    if (!language) {
        initTranslationResources();
        language = new Language(engine);
        QQmlEngine::setObjectOwnership(language, QQmlEngine::CppOwnership);
        State &s = state();
        s.instances.removeAll(nullptr);
        s.instances.append(language);
        if (!s.installed)
            apply(s.chosen, true);
    }
    return language;
}

Language *Language::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    return instance(qmlEngine);
}

// The shipped languages and their names in themselves, English first.
static const struct
{
    const char *code;
    const char *name;
} kLanguages[] = {
    {"en", "English"},
    {"de", "Deutsch"},
    {"fr", "Fran\u00e7ais"},
    {"es", "Espa\u00f1ol"},
    {"ja", "\u65e5\u672c\u8a9e"},
    {"pt_BR", "Portugu\u00eas (Brasil)"},
    {"zh_CN", "\u7b80\u4f53\u4e2d\u6587"},
};

QStringList Language::languageCodes()
{
    QStringList out;
    for (const auto &language : kLanguages)
        out.append(QLatin1String(language.code));
    return out;
}

QString Language::language() const
{
    return state().chosen;
}

void Language::setLanguage(const QString &language)
{
    apply(language);
}

QString Language::effectiveLanguage() const
{
    return state().effective;
}

QString Language::localeName() const
{
    const QString effective = state().effective;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale(effective).language())
        return system.name();
    return QLocale(effective).name();
}

QVariantList Language::availableLanguages() const
{
    QVariantList out;
    for (const auto &language : kLanguages)
        out.append(QVariantMap{{QStringLiteral("code"), QLatin1String(language.code)},
                               {QStringLiteral("name"), QString::fromUtf8(language.name)}});
    return out;
}

} // namespace ClerkQml
