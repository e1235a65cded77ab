// The user's own short labels on entries ("a stressful day"): how a label is cleaned and compared,
// and the eight suggestions offered before the person has any tags of their own.
//
// The rules, the same everywhere a label comes in (the store, JSON import, the CLI, the UI):
// surrounding white space is dropped; what is left must be 1 to `maxLength` characters (code
// points) with no control characters (tabs, line breaks); two labels are the same tag when they
// are equal after Unicode case folding ("Alcohol" and "alcohol"). An entry's tags are a set:
// Entry::tags keeps each tag once, in the order the person added them.
#pragma once

#include "core/Error.h"

#include <array>
#include <QString>
#include <QStringList>

namespace aftercare::core::Tags {

inline constexpr int maxLength = 40;

// One tag and how many entries carry it (JournalStore::tags()).
struct TagCount
{
    QString label;
    int entries = 0;
    friend bool operator==(const TagCount&, const TagCount&) = default;
};

// The label as it is stored (trimmed), or InvalidInput saying what is wrong with it, in a
// message that starts with "tags: " like the other field messages.
Result<QString> clean(const QString& label);

// What is wrong with `label` once trimmed, in words without a field name ("… is longer than 40
// characters …"); empty when nothing is.
QString problemWith(const QString& label);

// The problem saying `label` repeats an earlier one.
QString repeatedProblem(const QString& label);

// What two labels are compared by.
QString folded(const QString& label);

// True when `label` is already clean (clean(label) would give it back unchanged).
bool isClean(const QString& label);

// Every label cleaned, in order; InvalidInput naming the first bad label (with its index) or
// the first one listed twice (ignoring case).
Result<QStringList> cleanList(const QStringList& labels);

// The index of the first label that repeats an earlier one (ignoring case), or -1.
qsizetype firstRepeat(const QStringList& labels);

// The first-time suggestions in the language now installed (context "Tags" in the .ts files),
// in the order the issue lists them. None is ever preselected; they become tags only when the
// person picks them.
QStringList suggestions();

// The same in English, as written in the source (for tests and the CLI's --json).
const std::array<const char*, 8>& suggestionSources();

} // namespace aftercare::core::Tags
