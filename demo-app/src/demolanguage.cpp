#include "demolanguage.h"

#include <ClerkQtQml/language.h>

#include <QCoreApplication>
#include <QQmlEngine>
#include <QTranslator>

DemoLanguage::DemoLanguage(QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_translator(new QTranslator(this))
{
    // Connected before any retranslation ClerkLanguage does itself: its languageChanged comes first, so the demo's
    // translation is in place when the bindings re-evaluate.
    connect(ClerkQml::Language::instance(engine), &ClerkQml::Language::languageChanged, this, &DemoLanguage::follow);
    follow();
}

DemoLanguage::~DemoLanguage()
{
    QCoreApplication::removeTranslator(m_translator);
}

void DemoLanguage::follow()
{
    if (!m_engine)
        return;
    const QString wanted = ClerkQml::Language::instance(m_engine)->effectiveLanguage();
    if (wanted == m_installed)
        return;
    QCoreApplication::removeTranslator(m_translator);
    // English is the source language; its file holds only the plural forms.
    if (m_translator->load(QStringLiteral("demo_") + wanted, QStringLiteral(":/clerkdemo/i18n")))
        QCoreApplication::installTranslator(m_translator);
    else if (wanted != QLatin1String("en"))
        qWarning("clerk-demo: no translation of the demo for %s", qPrintable(wanted));
    m_installed = wanted;
    m_engine->retranslate();
}
