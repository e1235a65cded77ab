// What to say after a reflection is saved, worked out from the answers alone (plain C++ over
// core::Entry, no widgets): reassurance when the answers point to pleasure or love, tips when the
// tears bother the user or go with emotional, trauma or relationship issues, and a suggestion to
// see a doctor for pain or signs of low mood. A "no" to consent gets care and support only.
// Never a diagnosis.
#pragma once

#include <QList>
#include <QString>

namespace aftercare::core {
struct Entry;
}

namespace aftercare::ui {

struct Advice
{
    enum class Kind
    {
        Support,
        Doctor,
        Tip,
        Reassurance
    };

    QString id; // stable, for tests: consent, pain, depression, regular, bother, trauma, ...
    Kind kind = Kind::Tip;
    QString title;
    QString text;
    QString guideTopic; // Guide page key that says more
    QString guideLinkText;
};

class ReflectionAdvice
{
public:
    // Episodes in the last 30 days (this one included) from which crying counts as "regular".
    static constexpr int regularEpisodes = 4;

    // `recentEpisodes`: how many reflections fall in the 30 days up to this one.
    static QList<Advice> forEntry(const core::Entry& entry, int recentEpisodes = 1);
};

} // namespace aftercare::ui
