// The test class of tst_component_quality, its parts in tst_component_quality.cpp (setup, translations) and
// quality_rendering.cpp (run-time switching, layout, accessibility, contrast, screenshots).
#pragma once

#include "tsfile.h"

#include <ClerkEmulator/server.h>
#include <ClerkQt/auth.h>

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

#include <memory>

struct ComponentCase;

/// One rendered case: its window and the host item holding the component.
struct Shown
{
    std::unique_ptr<QQuickWindow> window;
    std::unique_ptr<QQuickItem> host;
    QString error;
};

class tst_ComponentQuality final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void translations_data();
    void translations();
    void errorCodesTranslated();
    void runTimeLanguageSwitch();
    void layout_data();
    void layout();
    void accessibility_data();
    void accessibility();
    void contrast_data();
    void contrast();
    void renderedContrast_data();
    void renderedContrast();
    void schemeFollowsPalette();

private:
    void setLanguage(const QString &language);
    void setScheme(const char *scheme);
    Shown show(const ComponentCase &c);
    bool settle(QQuickWindow *window);
    QStringList translationProblems(const QString &language);
    const TsFile &lupdateOutput();

    std::unique_ptr<ClerkEmulator::Server> m_server;
    std::unique_ptr<ClerkEmulator::Server> m_taskServer;
    std::unique_ptr<Clerk::Auth> m_signedIn;
    std::unique_ptr<Clerk::Auth> m_signedOut;
    std::unique_ptr<Clerk::Auth> m_task;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QObject> m_control; // the QML side: ClerkLanguage, ClerkTheme, FormErrors
    std::unique_ptr<TsFile> m_lupdate;
    QString m_lupdateSkip;
};


