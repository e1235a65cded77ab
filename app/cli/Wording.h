// Small helpers for the sentences aftercare-cli prints.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace aftercare::cli {

// The translation context of everything aftercare-cli and aftercare-report say ("Cli::tr").
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "1 entry", "3 entries".
inline QString entryCount(qsizetype n)
{
    return Cli::tr("%n entry(s)", nullptr, int(n));
}

// "1 check-in", "3 check-ins".
inline QString checkInCount(qsizetype n)
{
    return Cli::tr("%n check-in(s)", nullptr, int(n));
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
