#include "core/model/Tags.h"

#include <QCoreApplication>
#include <QSet>

namespace aftercare::core::Tags {

namespace {

// QT_TRANSLATE_NOOP keeps them constant here and lets lupdate find them for translation.
constexpr std::array<const char*, 8> suggested = {
    QT_TRANSLATE_NOOP("Tags", "alcohol or drugs"),
    QT_TRANSLATE_NOOP("Tags", "very tired"),
    QT_TRANSLATE_NOOP("Tags", "a stressful day"),
    QT_TRANSLATE_NOOP("Tags", "an argument before"),
    QT_TRANSLATE_NOOP("Tags", "a new partner"),
    QT_TRANSLATE_NOOP("Tags", "during my period"),
    QT_TRANSLATE_NOOP("Tags", "a new medication"),
    QT_TRANSLATE_NOOP("Tags", "a long time since the last time"),
};

Error invalid(const QString& problem)
{
    return Error(Error::Kind::InvalidInput, QStringLiteral("tags: %1").arg(problem));
}

qsizetype codePoints(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++n;
    }
    return n;
}

} // namespace

QString problemWith(const QString& label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral(
            "a tag needs at least one character that is not a space; leave it out instead");
    if (codePoints(trimmed) > maxLength)
        return QStringLiteral("\"%1\" is longer than %2 characters; a short label works best")
            .arg(trimmed)
            .arg(maxLength);
    for (const QChar c : trimmed) {
        // Line breaks and tabs would break the one-line places a tag is shown (lists, CSV).
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("\"%1\" holds a line break, tab or other control character; "
                                  "a tag is one short line")
                .arg(QString(trimmed).replace(c, u' '));
    }
    return {};
}

QString repeatedProblem(const QString& label)
{
    return QStringLiteral("\"%1\" is listed twice (tags are compared without regard to upper "
                          "and lower case)")
        .arg(label.trimmed());
}

Result<QString> clean(const QString& label)
{
    if (const QString problem = problemWith(label); !problem.isEmpty())
        return std::unexpected(invalid(problem));
    return label.trimmed();
}

QString folded(const QString& label)
{
    // Unicode case folding, as partner labels compare ("Émile" and "émile" are one label).
    return label.toCaseFolded();
}

bool isClean(const QString& label)
{
    const auto cleaned = clean(label);
    return cleaned && *cleaned == label;
}

qsizetype firstRepeat(const QStringList& labels)
{
    // Most entries have one tag or none, and one label cannot repeat: checked for every entry
    // of an import (twice), this needs no folded copy and no set.
    if (labels.size() < 2)
        return -1;
    QSet<QString> seen;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString key = folded(labels[i].trimmed());
        if (seen.contains(key))
            return i;
        seen.insert(key);
    }
    return -1;
}

Result<QStringList> cleanList(const QStringList& labels)
{
    QStringList out;
    out.reserve(labels.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto cleaned = clean(labels[i]);
        if (!cleaned)
            return std::unexpected(cleaned.error());
        out << *cleaned;
    }
    if (const qsizetype repeat = firstRepeat(out); repeat >= 0)
        return std::unexpected(invalid(repeatedProblem(out[repeat])));
    return out;
}

QStringList suggestions()
{
    QStringList out;
    for (const char* source : suggested)
        out << QCoreApplication::translate("Tags", source);
    return out;
}

const std::array<const char*, 8>& suggestionSources()
{
    return suggested;
}

} // namespace aftercare::core::Tags
