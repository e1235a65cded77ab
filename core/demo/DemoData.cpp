#include "core/demo/DemoData.h"

#include "core/analysis/Distress.h"
#include "core/demo/DemoPhrases.h"
#include "core/model/Tags.h"

#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace aftercare::core::DemoData {

namespace {

constexpr qint64 msPerMinute = 60'000;
constexpr qint64 msPerDay = 86'400'000;

// Reproducible choices from one seed. std::mt19937's sequence is fixed by the standard; the
// standard distributions are not, so the few conversions needed are done here.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}

    double real() { return double(m_rng()) / 4294967296.0; }
    bool chance(double p) { return real() < p; }
    int below(int n) { return int(real() * n); }
    int between(int low, int high) { return low + below(high - low + 1); }

    template <typename T> const T& pick(const QList<T>& items)
    {
        return items[below(int(items.size()))];
    }

    // Index into `weights`, chosen in proportion to them.
    template <std::size_t N> std::size_t weighted(const std::array<double, N>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = real() * total;
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }

    QString uuid()
    {
        std::array<char, 16> bytes;
        for (std::size_t i = 0; i < bytes.size(); i += 4) {
            const quint32 word = m_rng();
            for (std::size_t j = 0; j < 4; ++j)
                bytes[i + j] = char((word >> (8 * j)) & 0xFF);
        }
        bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()))
            .toString(QUuid::WithoutBraces);
    }

private:
    std::mt19937 m_rng;
};

template <typename E, std::size_t N>
E weightedChoice(Dice& dice, const std::array<E, N>& values, const std::array<double, N>& weights)
{
    return values[dice.weighted(weights)];
}

template <typename E> void addSome(Dice& dice, EnumSet<E>& set, const QList<E>& from, int count)
{
    for (int i = 0; i < count * 3 && set.size() < count; ++i)
        set.insert(dice.pick(from));
}

// The stretch of lower mood "some months back": 1 inside it, 0 far from it, ramping between.
class MoodTimeline
{
public:
    MoodTimeline(qint64 startMs, qint64 endMs)
    {
        const double span = double(endMs - startMs);
        m_center = double(endMs) - span * 0.42;
        m_halfWidth = span * 0.09;
        m_ramp = span * 0.05;
    }
    double low(qint64 ms) const
    {
        const double distance = std::abs(double(ms) - m_center);
        if (distance <= m_halfWidth)
            return 1.0;
        return std::max(0.0, 1.0 - (distance - m_halfWidth) / m_ramp);
    }

private:
    double m_center = 0;
    double m_halfWidth = 0;
    double m_ramp = 1;
};

enum class Episode
{
    Mild,
    Overwhelmed,
    Distressing
};

struct Context
{
    Dice& dice;
    Dice& tagDice; // its own sequence, so adding tags left every other demo value as it was
    const QStringList& tagLabels; // the first-time suggestions, in the language now installed
    const QList<Partner>& partners;
    const MoodTimeline& mood;
    int offsetSeconds;
    qint64 endMs;
};

QDateTime at(qint64 ms, int offsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetSeconds);
}

// Most reflections are written in the evening or the next morning.
qint64 plausibleTimeOfDay(Dice& dice, qint64 ms, int offsetSeconds)
{
    const qint64 localMs = ms + qint64(offsetSeconds) * 1000;
    const qint64 day = localMs >= 0 ? localMs / msPerDay : (localMs - msPerDay + 1) / msPerDay;
    qint64 minute = 0;
    switch (dice.weighted(std::array{0.7, 0.2, 0.1})) {
    case 0:
        minute = dice.between(20 * 60 + 30, 23 * 60 + 59);
        break;
    case 1:
        minute = dice.between(7 * 60, 9 * 60 + 30);
        break;
    default:
        minute = dice.between(13 * 60, 18 * 60);
    }
    return day * msPerDay + minute * msPerMinute - qint64(offsetSeconds) * 1000;
}

void fillMild(Context& c, Entry& e)
{
    Dice& d = c.dice;
    e.tears = weightedChoice(d, std::array{Tears::Few, Tears::None, Tears::Session},
                             std::array{0.7, 0.15, 0.15});
    e.tension = d.chance(0.85) ? Tension::Relieved : Tension::Unchanged;
    e.traumaReliving = d.chance(0.98) ? TraumaReliving::No : TraumaReliving::Unsure;
    e.responseKind = weightedChoice(
        d, std::array{ResponseKind::Emotional, ResponseKind::Physical, ResponseKind::Both},
        std::array{0.45, 0.35, 0.2});
    e.thoughts = weightedChoice(d, std::array{Thoughts::Happy, Thoughts::Mixed, Thoughts::Neutral},
                                std::array{0.7, 0.15, 0.15});
    addSome(d, e.emotions, {Emotion::Joy, Emotion::Love, Emotion::Relief, Emotion::Calm},
            d.between(1, 3));
    if (d.chance(0.1))
        e.emotions.insert(Emotion::Vulnerability);
    e.reasons.insert(
        weightedChoice(d, std::array{Reason::Joy, Reason::Biological, Reason::OverwhelmedBody},
                       std::array{0.6, 0.25, 0.15}));
    if (d.chance(0.4))
        e.pain = 0;
    e.bother = d.chance(0.7) ? 0 : 1;
    e.partnerResponse =
        weightedChoice(d,
                       std::array{PartnerResponse::Comforted, PartnerResponse::GaveSpace,
                                  PartnerResponse::DidNotNotice},
                       std::array{0.75, 0.15, 0.1});
    if (d.chance(0.35))
        e.thoughtsText = d.pick(DemoPhrases::mildThoughts());
    if (d.chance(0.4))
        e.notes = d.pick(DemoPhrases::mildNotes());
}

void fillOverwhelmed(Context& c, Entry& e)
{
    Dice& d = c.dice;
    e.tears = d.chance(0.5) ? Tears::Session : Tears::Few;
    e.tension = weightedChoice(d, std::array{Tension::Relieved, Tension::Unchanged, Tension::Worse},
                               std::array{0.55, 0.4, 0.05});
    e.traumaReliving = d.chance(0.95) ? TraumaReliving::No : TraumaReliving::Unsure;
    e.responseKind = weightedChoice(
        d, std::array{ResponseKind::Both, ResponseKind::Emotional, ResponseKind::Physical},
        std::array{0.4, 0.4, 0.2});
    e.thoughts = weightedChoice(d, std::array{Thoughts::Mixed, Thoughts::Happy, Thoughts::Neutral},
                                std::array{0.6, 0.25, 0.15});
    if (e.tension == Tension::Worse)
        e.thoughts = Thoughts::Mixed;
    e.emotions.insert(Emotion::Overwhelm);
    addSome(
        d, e.emotions,
        {Emotion::Vulnerability, Emotion::Love, Emotion::Relief, Emotion::Confusion, Emotion::Joy},
        d.between(2, 3));
    e.reasons.insert(d.chance(0.55) ? Reason::OverwhelmedScenario : Reason::OverwhelmedBody);
    if (d.chance(0.25))
        e.reasons.insert(Reason::Biological);
    e.bother = d.between(0, 2);
    e.partnerResponse =
        weightedChoice(d,
                       std::array{PartnerResponse::Comforted, PartnerResponse::GaveSpace,
                                  PartnerResponse::DidNotNotice},
                       std::array{0.6, 0.3, 0.1});
    if (d.chance(0.45))
        e.thoughtsText = d.pick(DemoPhrases::overwhelmedThoughts());
    if (d.chance(0.4))
        e.notes = d.pick(DemoPhrases::overwhelmedNotes());
}

void fillDistressing(Context& c, Entry& e, double low, bool strainedPartner)
{
    Dice& d = c.dice;
    e.tears = d.chance(0.55) ? Tears::Session : Tears::Few;
    e.tension = d.chance(0.7) ? Tension::Worse : Tension::Unchanged;
    e.traumaReliving = weightedChoice(
        d, std::array{TraumaReliving::No, TraumaReliving::Unsure, TraumaReliving::Yes},
        std::array{0.88, 0.09, 0.03});
    e.responseKind = d.chance(0.8) ? ResponseKind::Emotional : ResponseKind::Both;
    e.thoughts = d.chance(0.75) ? Thoughts::Sad : Thoughts::Mixed;
    addSome(d, e.emotions,
            {Emotion::Sadness, Emotion::Sadness, Emotion::Shame, Emotion::Guilt, Emotion::Anxiety,
             Emotion::Anxiety, Emotion::Loneliness, Emotion::Emptiness, Emotion::Disappointment,
             Emotion::Irritability, Emotion::Confusion, Emotion::Fear},
            d.between(2, 4));
    QList<Reason> reasons = {Reason::ShameGuilt, Reason::AnxietyStress, Reason::AnxietyStress,
                             Reason::Confusion};
    if (strainedPartner)
        reasons << Reason::Relationship << Reason::Relationship;
    addSome(d, e.reasons, reasons, d.between(1, 2));
    if (d.chance(0.15)) {
        e.pain = d.chance(0.85) ? d.between(1, 2) : 3;
        e.reasons.insert(Reason::Pain);
    } else if (d.chance(0.5)) {
        e.pain = 0;
    }
    if (*e.traumaReliving != TraumaReliving::No && d.chance(0.6))
        e.reasons.insert(Reason::Trauma);
    if (low > 0.5 && d.chance(0.5))
        e.reasons.insert(Reason::Depression);
    if (low > 0.3) {
        addSome(d, e.depressionSigns,
                {DepressionSign::Sadness, DepressionSign::Sadness, DepressionSign::SleepEnergy,
                 DepressionSign::SleepEnergy, DepressionSign::LossOfInterest,
                 DepressionSign::LossOfInterest, DepressionSign::Concentration,
                 DepressionSign::Irritability, DepressionSign::Appetite, DepressionSign::Aches,
                 DepressionSign::Anxiety, DepressionSign::Memory},
                d.between(2, 4));
    } else if (d.chance(0.1)) {
        e.depressionSigns.insert(d.chance(0.5) ? DepressionSign::Anxiety
                                               : DepressionSign::Irritability);
    }
    e.bother = d.between(2, 4);
    e.partnerResponse = weightedChoice(
        d,
        std::array{PartnerResponse::Comforted, PartnerResponse::GaveSpace,
                   PartnerResponse::Dismissive, PartnerResponse::DidNotNotice},
        strainedPartner ? std::array{0.3, 0.2, 0.35, 0.15} : std::array{0.5, 0.25, 0.1, 0.15});
    if (d.chance(0.6))
        e.thoughtsText = d.pick(DemoPhrases::distressThoughts());
    if (e.pain.value_or(0) > 0 && d.chance(0.7))
        e.notes = d.pick(DemoPhrases::painNotes());
    else if (low > 0.5 && d.chance(0.5))
        e.notes = d.pick(DemoPhrases::lowMoodNotes());
    else if (d.chance(0.55))
        e.notes = d.pick(DemoPhrases::distressNotes());
}

// A few of the first-time suggestions, as a person might use them: an argument before comes
// with the distressing reflections far more often (so Trends has a factor that stands out), a
// long time since the last time with the gentle ones, and being very tired with neither.
void addTags(Dice& d, const QStringList& labels, Entry& e, bool mild)
{
    const bool hard = Distress::isDistressing(e);
    const auto maybe = [&](int suggestion, double chance) {
        if (d.chance(chance))
            e.tags << labels.at(suggestion);
    };
    maybe(3, hard ? 0.6 : 0.08); // an argument before
    maybe(1, 0.25);              // very tired
    maybe(7, mild ? 0.3 : 0.08); // a long time since the last time
    maybe(0, 0.1);               // alcohol or drugs
}

Entry makeEntry(Context& c, qint64 ms)
{
    Dice& d = c.dice;
    Entry e;
    e.id = d.uuid();
    e.occurredAt = at(ms, c.offsetSeconds);
    const qint64 createdMs = std::min(c.endMs, ms + d.between(5, 120) * msPerMinute);
    e.createdAt = at(std::max(ms, createdMs), c.offsetSeconds);
    const qint64 updatedMs =
        d.chance(0.15) ? std::min(c.endMs, createdMs + d.between(10, 3 * 24 * 60) * msPerMinute)
                       : createdMs;
    e.updatedAt = at(std::max(createdMs, updatedMs), c.offsetSeconds);
    e.timing = weightedChoice(d, std::array{Timing::After, Timing::During, Timing::Both},
                              std::array{0.75, 0.15, 0.1});

    // The first partner is the main one; the second has a strained stretch of its own.
    const Partner* partner = nullptr;
    if (!c.partners.isEmpty() && d.chance(0.96)) {
        const std::size_t i = c.partners.size() == 3 ? d.weighted(std::array{0.6, 0.3, 0.1})
                                                     : d.weighted(std::array{0.7, 0.3});
        partner = &c.partners[qsizetype(i)];
    }
    const bool strained = partner && partner == &c.partners[1];
    const double low = c.mood.low(ms);
    const double distressing = 0.14 + 0.46 * low + (strained ? 0.12 : 0.0);
    const auto episode =
        Episode(d.weighted(std::array{1.0 - 0.15 - distressing, 0.15, distressing}));
    switch (episode) {
    case Episode::Mild:
        fillMild(c, e);
        if (low > 0.5 && d.chance(0.3))
            e.depressionSigns.insert(DepressionSign::LossOfInterest);
        break;
    case Episode::Overwhelmed:
        fillOverwhelmed(c, e);
        break;
    case Episode::Distressing:
        fillDistressing(c, e, low, strained);
        break;
    }
    if (partner) {
        e.partnerId = partner->id;
    } else {
        e.partnerResponse = PartnerResponse::NotPresent;
    }
    if (d.chance(0.9))
        e.limitsRespected = d.chance(0.95) ? LimitsRespected::Yes : LimitsRespected::Unsure;
    if (d.chance(0.05))
        e.postpartum = false;
    addTags(c.tagDice, c.tagLabels, e, episode == Episode::Mild);
    return e;
}

// PHQ-9 and GAD-7 every three weeks or so; scores follow the mood timeline. Item 9 of the PHQ-9
// (thoughts of self-harm) always stays 0: the demo must not trigger the safety message.
QList<CheckIn> makeCheckIns(Dice& d, const MoodTimeline& mood, qint64 startMs, qint64 endMs,
                            int offsetSeconds)
{
    QList<CheckIn> out;
    const auto answer = [&d](double base) {
        return std::clamp(int(std::floor(base + d.real() * 1.3 - 0.35)), 0, CheckIn::maxAnswer);
    };
    for (qint64 ms = plausibleTimeOfDay(d, startMs + d.between(1, 14) * msPerDay, offsetSeconds);
         ms <= endMs; ms += d.between(17, 25) * msPerDay) {
        if (ms <= startMs)
            continue;
        const double low = mood.low(ms);
        CheckIn phq{d.uuid(), at(ms, offsetSeconds), Instrument::Phq9, {}};
        for (int i = 0; i < CheckIn::itemCount(Instrument::Phq9) - 1; ++i)
            phq.answers << answer(0.3 + 1.5 * low);
        phq.answers << 0;
        out << phq;
        if (d.chance(0.8) && ms + 5 * msPerMinute <= endMs) {
            CheckIn gad{d.uuid(), at(ms + 5 * msPerMinute, offsetSeconds), Instrument::Gad7, {}};
            for (int i = 0; i < CheckIn::itemCount(Instrument::Gad7); ++i)
                gad.answers << answer(0.4 + 1.0 * low);
            out << gad;
        }
    }
    return out;
}

} // namespace

JournalDocument generate(int entryCount, const QDateTime& end, int days, quint32 seed)
{
    Dice dice(seed);
    entryCount = std::max(0, entryCount);
    days = std::max(1, days);
    const int offsetSeconds = end.offsetFromUtc();
    const qint64 endMs = end.toMSecsSinceEpoch();
    const qint64 startMs = endMs - qint64(days) * msPerDay;
    const MoodTimeline mood(startMs, endMs);

    JournalDocument doc;
    doc.exportedAt = at(endMs, offsetSeconds);
    const QStringList labels = {u"Sam"_qs, u"Alex"_qs, u"Robin"_qs};
    const int partnerCount = dice.chance(0.5) ? 3 : 2;
    for (int i = 0; i < partnerCount; ++i)
        doc.partners << Partner{dice.uuid(), labels[i]};

    // Evenly-ish spread: one slot per entry, a random moment inside each. When entries are
    // sparse enough to fall on separate days, move each to a plausible time of that day.
    const bool sparse = entryCount <= days * 2;
    QList<qint64> moments;
    moments.reserve(entryCount);
    const double slot = double(endMs - startMs) / std::max(1, entryCount);
    for (int i = 0; i < entryCount; ++i) {
        qint64 ms = startMs + qint64((i + dice.real()) * slot);
        if (sparse) {
            const qint64 moved = plausibleTimeOfDay(dice, ms, offsetSeconds);
            if (moved > startMs && moved <= endMs)
                ms = moved;
        }
        moments << std::clamp(ms, startMs + 1, endMs);
    }
    std::sort(moments.begin(), moments.end());

    Dice tagDice(seed ^ 0x0a5e7a65u);
    const QStringList tagLabels = Tags::suggestions();
    Context context{dice, tagDice, tagLabels, doc.partners, mood, offsetSeconds, endMs};
    doc.entries.reserve(entryCount);
    for (qint64 ms : std::as_const(moments))
        doc.entries << makeEntry(context, ms);
    doc.checkIns = makeCheckIns(dice, mood, startMs, endMs, offsetSeconds);
    return doc;
}

} // namespace aftercare::core::DemoData
