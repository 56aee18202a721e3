#pragma once

#include <QLocale>
#include <QString>

namespace wattprint {

// A chart label ("Energy per run") used inside a sentence: lower case in English and French,
// but as written in German, whose nouns keep their capital ("Energie pro Lauf").
inline QString inSentence(const QString &label)
{
    return QLocale().language() == QLocale::German ? label : label.toLower();
}

} // namespace wattprint
