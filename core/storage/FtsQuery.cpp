#include "core/storage/FtsQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace aftercare::core::FtsQuery {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QString fromUserText(const QString& text)
{
    QStringList phrases;
    bool lastEndsInWord = false;
    for (const QString& chunk :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString phrase;
        bool hasWord = false;
        // Inside a quoted phrase only '"' (ends the phrase) and '*' (prefix marker) mean
        // anything to FTS4; the tokenizer splits the rest exactly as it splits the notes.
        for (const QChar c : chunk) {
            if (c == u'"' || c == u'*')
                continue;
            hasWord = hasWord || isWordCharacter(c);
            phrase += c;
        }
        if (!hasWord)
            continue;
        phrases << phrase;
        lastEndsInWord = isWordCharacter(phrase.back());
    }
    if (phrases.isEmpty())
        return {};
    if (lastEndsInWord)
        phrases.last() += u'*';
    QString out;
    for (const QString& p : phrases) {
        if (!out.isEmpty())
            out += u' ';
        out += u'"' + p + u'"';
    }
    return out;
}

} // namespace aftercare::core::FtsQuery
