// Small helpers for the sentences aftercare-cli prints.
#pragma once

#include <QString>

namespace aftercare::cli {

// "1 entry", "3 entries".
inline QString countOf(qsizetype n, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1StringView(n == 1 ? one : many));
}

// Breaks `text` into lines of at most `width` characters (words longer than that stay whole),
// each starting with `indent`.
inline QString wrapped(const QString& text, qsizetype width, const QString& indent)
{
    QString out;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent.size() + line.size() + 1 + word.size() > width) {
            out += indent + line + u'\n';
            line.clear();
        }
        line += line.isEmpty() ? word : QStringLiteral(" ") + word;
    }
    if (!line.isEmpty())
        out += indent + line + u'\n';
    return out;
}

} // namespace aftercare::cli
