// The components tst_component_quality renders, each as a person meets it, at the smallest window width it
// supports (the table and the reasons for each width are in componentcases.cpp).
#pragma once

#include <QList>
#include <QString>

struct ComponentCase
{
    QString name;          ///< row and screenshot name: "SignIn", "UserProfile-password"
    QString qml;           ///< the component, as it is written in an application (its id is `target`)
    int width = 320;       ///< the window's width: the component's minimum
    int height = 900;      ///< the window's height (forms: room for their full height)
    QString ready;         ///< a QML expression over `target` true once the case shows what it is about
    QString popup;         ///< objectName of the popup the case is about (opened by a click, unless it opens itself)
    bool clickToOpen = false;
};

const QList<ComponentCase> &componentCases();
