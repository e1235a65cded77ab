// The rules about safety and health: check-ins, limits, low mood, trauma, pain, anxiety.
#include "core/analysis/FindingRules.h"

#include "core/analysis/FindingSupport.h"
#include "core/analysis/FindingTexts.h"
#include "core/analysis/GuideTopic.h"

namespace aftercare::core::FindingRules {

using namespace FindingSupport;

namespace {

QString topic(const char* key)
{
    return QLatin1StringView(key);
}

} // namespace

std::optional<Finding> phq9SelfHarm(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(selfHarmWindowDays);
    const CheckIn* latest = ctx.latestCheckIn(Instrument::Phq9, window);
    if (!latest || !Scoring::selfHarmFlag(*latest))
        return std::nullopt;
    return makeFinding(
        selfHarmId, Severity::Urgent, window,
        {Text::tr("Your last check-in mentioned painful thoughts"),
         Text::tr("The last check-in mentioned painful thoughts")},
        {Text::tr("In your most recent PHQ-9 you said you have had thoughts of being better off "
                  "dead or of hurting yourself. You do not have to carry that on your own. If you "
                  "feel you might act on these thoughts, please contact a crisis line or emergency "
                  "services now. If not, it is still worth telling someone you trust soon, such as "
                  "your doctor, a therapist or a close friend. The help page lists people you can "
                  "call or message right away."),
         Text::tr("In the most recent PHQ-9 the person answered the question about thoughts of "
                  "being better off dead or of hurting themselves above 0. The app showed crisis "
                  "lines, asked them to contact one or emergency services now if they might act "
                  "on these thoughts, and otherwise to tell someone they trust soon.")},
        {}, {latest->id}, {topic(GuideTopic::helpNow), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> limitsNotRespected(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(limitsWindowDays);
    QStringList ids = entryIdsWhere(ctx.entriesIn(window), [](const EntryFact& f) {
        return f.entry->limitsRespected == LimitsRespected::No;
    });
    if (ids.isEmpty())
        return std::nullopt;
    return makeFinding(
        limitsId, Severity::Talk, window,
        {Text::tr("You noted that your limits were not respected"),
         Text::tr("The person noted that their limits were not respected")},
        {Text::tr("What you went through matters, and it is not your fault. You deserve to feel "
                  "safe and to have your limits respected. If you would like support, someone you "
                  "trust or a support line can listen, at whatever pace feels right for you. The "
                  "help page shows where to turn, including any contacts you have saved."),
         Text::tr("The app told the person that it is not their fault and pointed them to support "
                  "lines and their own saved contacts. These reflections are left out of every "
                  "pattern about distress or the relationship.")},
        ids, {},
        {topic(GuideTopic::helpNow), topic(GuideTopic::talkToSomeone), topic(GuideTopic::trauma)});
}

std::optional<Finding> depressionSigns(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(depressionWindowDays);
    QStringList many;     // one entry with many signs, sadness or loss of interest among them
    QStringList repeated; // every entry with several signs
    const Entry* firstRepeated = nullptr;
    const Entry* lastRepeated = nullptr;
    for (const EntryFact& f : ctx.entriesIn(window)) {
        const auto& signs = f.entry->depressionSigns;
        if (signs.size() >= depressionManySigns && (signs.contains(DepressionSign::Sadness) ||
                                                    signs.contains(DepressionSign::LossOfInterest)))
            many << f.entry->id;
        if (signs.size() >= depressionRepeatedSigns) {
            repeated << f.entry->id;
            if (!firstRepeated)
                firstRepeated = f.entry;
            lastRepeated = f.entry;
        }
    }
    const bool repeatedFires =
        repeated.size() >= depressionRepeatedEntries &&
        firstRepeated->occurredAt.addDays(depressionRepeatedApartDays) <= lastRepeated->occurredAt;
    const CheckIn* phq9 = ctx.latestCheckIn(Instrument::Phq9, window);
    const int phq9Total = phq9 ? Scoring::total(phq9->answers) : 0;
    const bool phq9Fires = phq9 && phq9Total >= depressionPhq9From;
    if (many.isEmpty() && !repeatedFires && !phq9Fires)
        return std::nullopt;

    FindingWords explanation = FindingTexts::depressionSigns(depressionWindowDays);
    if (phq9Fires) {
        const QString band = bandWords(Scoring::band(Instrument::Phq9, phq9Total));
        explanation += {Text::tr("Your most recent PHQ-9 total was %1, in the %2 range.")
                            .arg(phq9Total)
                            .arg(band),
                        Text::tr("The most recent PHQ-9 total was %1, in the %2 range.")
                            .arg(phq9Total)
                            .arg(band)};
    }
    return makeFinding(depressionId, Severity::Talk, window,
                       FindingWords::same(Text::tr("Signs of low mood have come up lately")),
                       std::move(explanation), repeatedFires ? repeated : many,
                       phq9Fires ? QStringList{phq9->id} : QStringList{},
                       {topic(GuideTopic::depression), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> trauma(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(traumaWindowDays);
    QStringList ids = entryIdsWhere(ctx.entriesIn(window), [](const EntryFact& f) {
        return f.entry->traumaReliving == TraumaReliving::Yes;
    });
    if (ids.isEmpty())
        return std::nullopt;
    const bool repeated = ids.size() >= traumaTalkFromEntries;
    const FindingWords explanation =
        repeated
            ? FindingTexts::traumaRepeated(int(ids.size()), traumaWindowDays)
            : FindingWords{
                  Text::tr("In one recent reflection you said you were reliving a past trauma or "
                           "abusive experience. Be gentle with yourself. If it happens again or "
                           "stays with you, a therapist who works with trauma can help you find "
                           "ways to feel safer."),
                  Text::tr("In one recent reflection the person said they were reliving a past "
                           "trauma or abusive experience. The app suggested a therapist who works "
                           "with trauma if it happens again or stays with them.")};
    return makeFinding(
        traumaId, repeated ? Severity::Talk : Severity::Consider, window,
        FindingWords::same(Text::tr("Memories of past hurt came up")), explanation, ids, {},
        {topic(GuideTopic::trauma), topic(GuideTopic::talkToSomeone), topic(GuideTopic::helpNow)});
}

std::optional<Finding> pain(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(painWindowDays);
    bool severe = false;
    const auto facts = ctx.entriesIn(window);
    QStringList ids = entryIdsWhere(facts, [&severe](const EntryFact& f) {
        const int level = f.entry->pain.value_or(0);
        severe = severe || level >= painSevereLevel;
        return level >= painNotableLevel;
    });
    if (!severe && ids.size() < painNotableEntries)
        return std::nullopt;
    // Telling the partner is no advice when the person was not sure their limits were respected.
    const FindingWords explanation =
        anyLimitsInDoubt(facts, ids)
            ? FindingWords{Text::tr("Some of your recent reflections mention real pain. Pain "
                                    "before, during or after sex is worth raising with a doctor "
                                    "or other healthcare provider: it often has a cause that can "
                                    "be treated. You deserve to have sex stop or change whenever "
                                    "something hurts."),
                           Text::tr("Some of the person's recent reflections mention real pain. "
                                    "The app suggested raising it with a doctor or other "
                                    "healthcare provider, and said they deserve to have sex stop "
                                    "or change whenever something hurts.")}
            : FindingTexts::pain(painWindowDays);
    return makeFinding(painId, Severity::Talk, window,
                       FindingWords::same(Text::tr("Pain has come up with sex")), explanation, ids,
                       {}, {topic(GuideTopic::pain), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> postpartum(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(postpartumWindowDays);
    QStringList ids = entryIdsWhere(ctx.entriesIn(window), [](const EntryFact& f) {
        return f.entry->postpartum.value_or(false) && !f.entry->depressionSigns.isEmpty();
    });
    if (ids.isEmpty())
        return std::nullopt;
    return makeFinding(
        postpartumId, Severity::Talk, window,
        FindingWords::same(Text::tr("Low mood after having a baby")),
        {Text::tr("You noted that you had a baby recently, together with signs of low mood. The "
                  "big hormonal changes after birth can affect how sex and tears feel, and low "
                  "mood after a birth is common and treatable. It may be worth mentioning to your "
                  "doctor, midwife or health visitor."),
         Text::tr("The person noted that they had a baby recently, together with signs of low "
                  "mood. The app suggested mentioning it to their doctor, midwife or health "
                  "visitor.")},
        ids, {}, {topic(GuideTopic::depression), topic(GuideTopic::talkToSomeone)});
}

std::optional<Finding> anxiety(const AnalysisContext& ctx)
{
    const Window window = ctx.lastDays(anxietyWindowDays);
    QStringList ids = entryIdsWhere(ctx.entriesIn(window), [](const EntryFact& f) {
        return f.entry->reasons.contains(Reason::AnxietyStress) ||
               f.entry->emotions.contains(Emotion::Anxiety);
    });
    const bool entriesFire = ids.size() >= anxietyEntries;
    const CheckIn* gad7 = ctx.latestCheckIn(Instrument::Gad7, ctx.lastDays(gad7WindowDays));
    const int gad7Total = gad7 ? Scoring::total(gad7->answers) : 0;
    const bool gad7Fires = gad7 && gad7Total >= gad7TalkFrom;
    if (!entriesFire && !gad7Fires)
        return std::nullopt;

    FindingWords explanation;
    if (entriesFire)
        explanation += FindingTexts::anxiety(int(ids.size()), anxietyWindowDays);
    if (gad7Fires) {
        const QString band = bandWords(Scoring::band(Instrument::Gad7, gad7Total));
        explanation += {Text::tr("Your most recent GAD-7 total was %1, in the %2 range, which is "
                                 "worth talking about with a doctor or therapist.")
                            .arg(gad7Total)
                            .arg(band),
                        Text::tr("The most recent GAD-7 total was %1, in the %2 range.")
                            .arg(gad7Total)
                            .arg(band)};
    }
    return makeFinding(anxietyId, gad7Fires ? Severity::Talk : Severity::Consider, window,
                       FindingWords::same(Text::tr("Worry and stress keep showing up")),
                       std::move(explanation), entriesFire ? ids : QStringList{},
                       gad7Fires ? QStringList{gad7->id} : QStringList{},
                       {topic(GuideTopic::reasons), topic(GuideTopic::talkToSomeone)});
}

} // namespace aftercare::core::FindingRules
