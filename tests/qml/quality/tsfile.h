// A Qt Linguist .ts file as the translation checks read it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct TsMessage
{
    QString context;
    QString source;
    QString comment;       ///< the disambiguation (qsTr's second argument)
    bool numerus = false;
    QString type;          ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;     ///< the translation: one entry, or the numerus forms
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

struct TsFile
{
    QString language;      ///< the TS element's language attribute
    QList<TsMessage> messages;
    QString error;         ///< why reading failed; empty when it did not
};

TsFile readTsFile(const QString &path);

/// The shipped languages: the <lang> of qml/i18n/clerkqt_<lang>.ts under `sourceDir` — from the files, not from
/// the code under test.
QStringList shippedLanguages(const QString &sourceDir);

/// The placeholders of `text` a translation must keep: %1…%99, %L1…, %n and %Ln.
QStringList placeholdersOf(const QString &text);
