#include "ui/text/SafetyPlanWording.h"

#include <QCoreApplication>

namespace aftercare::ui::SafetyPlanWording {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SafetyPlan)
};

using Section = core::SafetyPlan::Section;

} // namespace

QString planTitle()
{
    return Text::tr("My safety plan");
}

QString title(Section section)
{
    return core::SafetyPlan::title(section);
}

QString prompt(Section section)
{
    switch (section) {
    case Section::WarningSigns:
        return Text::tr("What tells you a hard time is starting? For example: not sleeping, "
                        "pulling away from friends, a thought that keeps coming back.");
    case Section::Coping:
        return Text::tr("Small things that have helped before. For example: a shower, a walk "
                        "around the block, a song, slow breathing, holding something warm.");
    case Section::Distractions:
        return Text::tr("Somewhere to go or someone to be around, without having to talk "
                        "about it. For example: a café, a friend's sofa, a class, a park.");
    case Section::People:
        return Text::tr("Who could you tell that you're not okay? Add a name and how to reach "
                        "them.");
    case Section::Professionals:
        return Text::tr("Your doctor or therapist, and the crisis lines for where you live. "
                        "We've started this list for you — change anything.");
    case Section::SafeEnvironment:
        return Text::tr("Ways to put distance between you and anything you could hurt yourself "
                        "with. For example: asking someone to keep something for you for now.");
    case Section::ReasonsForLiving:
        return Text::tr("The people, animals, plans or small joys that matter to you. Anything "
                        "counts.");
    }
    return {};
}

} // namespace aftercare::ui::SafetyPlanWording
