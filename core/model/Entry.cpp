#include "core/model/Entry.h"

#include "core/model/EntryFields.h"
#include "core/model/Tags.h"

#include <QUuid>

namespace aftercare::core {

bool Entry::hasAllFiveAnswers() const
{
    bool all = true;
    forEachField([&](const auto& field) {
        if constexpr (isVocabularyValue<typename std::decay_t<decltype(field)>::Value>)
            all = all && (field.question == 0 || field.of(*this).has_value());
    });
    return all;
}

Status Entry::validate(Completeness completeness) const
{
    if (!isValidId(id))
        return fail(Error::Kind::InvalidInput, QStringLiteral("id: \"%1\" is not a UUID").arg(id));
    if (!occurredAt.isValid())
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("occurred_at: a date and time is required"));
    if (pain && (*pain < 0 || *pain > maxPain))
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("pain: %1 is not between 0 and %2").arg(*pain).arg(maxPain));
    if (bother && (*bother < 0 || *bother > maxBother))
        return fail(
            Error::Kind::InvalidInput,
            QStringLiteral("bother: %1 is not between 0 and %2").arg(*bother).arg(maxBother));
    if (!partnerId.isEmpty() && !isValidId(partnerId))
        return fail(Error::Kind::InvalidInput,
                    QStringLiteral("partner_id: \"%1\" is not a UUID").arg(partnerId));
    if (!tags.isEmpty()) {
        if (auto cleaned = Tags::cleanList(tags); !cleaned)
            return std::unexpected(cleaned.error());
    }
    // A finished entry needs the five questions, except a consent "no": care comes before
    // questions, and nobody should have to answer them to record that their limits were not
    // respected (the header's "needs the five questions" has this one exception).
    if (completeness == Completeness::Complete && limitsRespected != LimitsRespected::No) {
        // The five questions in the order they are asked, so the first unanswered is named.
        for (int question = 1; question <= 5; ++question) {
            std::string_view missing;
            forEachField([&](const auto& field) {
                if constexpr (isVocabularyValue<typename std::decay_t<decltype(field)>::Value>) {
                    if (field.question == question && !field.of(*this))
                        missing = field.key;
                }
            });
            if (!missing.empty())
                return fail(Error::Kind::InvalidInput,
                            QStringLiteral("%1: an answer is required to save a reflection")
                                .arg(QLatin1StringView(missing.data(), qsizetype(missing.size()))));
        }
    }
    return {};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidId(const QString& id)
{
    // What QUuid writes (lower-case, no braces), not the null UUID; checked character by
    // character because every imported record is checked, twice: the four dashes where they
    // belong, then each of the 32 other places a lower-case hex digit.
    if (id.size() != 36)
        return false;
    const char16_t* c = reinterpret_cast<const char16_t*>(id.utf16());
    if (c[8] != u'-' || c[13] != u'-' || c[18] != u'-' || c[23] != u'-')
        return false;
    char16_t notZero = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const char16_t digit = c[i];
        if (char16_t(digit - u'0') > 9 && char16_t(digit - u'a') > 5)
            return false;
        notZero |= char16_t(digit - u'0');
    }
    return notZero != 0;
}

} // namespace aftercare::core
