#include "ui/text/EntryProse.h"

#include "core/i18n/DateFormats.h"
#include "core/model/Entry.h"
#include "core/storage/JournalStore.h"
#include "ui/text/Wording.h"

#include <QCoreApplication>
#include <QLocale>

namespace aftercare::ui::EntryProse {

namespace {

// A named context, so lupdate files these strings where the code looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EntryProse)
};

QString escaped(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString paragraph(const QStringList& sentences)
{
    return sentences.isEmpty() ? QString()
                               : QStringLiteral("<p>%1</p>").arg(sentences.join(QLatin1Char(' ')));
}

QString section(const QString& title, const QString& body)
{
    return body.isEmpty() ? QString() : QStringLiteral("<h3>%1</h3>%2").arg(title, body);
}

QString bulletList(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString out = QStringLiteral("<ul>");
    for (const QString& item : items)
        out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return out + QStringLiteral("</ul>");
}

template <typename E> QStringList labels(const core::EnumSet<E>& set)
{
    QStringList out;
    for (E v : set.values())
        out << Wording::label(v);
    return out;
}

} // namespace

QString dateHeading(const core::Entry& entry)
{
    if (!entry.occurredAt.isValid())
        return Text::tr("A reflection");
    const QDateTime local = entry.occurredAt.toLocalTime();
    return Text::tr("%1, %2").arg(
        QLocale().toString(local.date(), core::DateFormats::weekdayLongDate()),
        QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QString html(const core::Entry& entry, const QString& partnerLabel)
{
    QString out = QStringLiteral("<h2>%1</h2>").arg(dateHeading(entry).toHtmlEscaped());

    QStringList context;
    if (entry.timing)
        context << Wording::sentence(*entry.timing);
    if (!partnerLabel.isEmpty())
        context << Text::tr("You were with %1.").arg(partnerLabel.toHtmlEscaped());
    out += paragraph(context);

    QStringList felt;
    if (entry.tears)
        felt << Wording::sentence(*entry.tears);
    if (entry.tension)
        felt << Wording::sentence(*entry.tension);
    if (entry.responseKind)
        felt << Wording::sentence(*entry.responseKind);
    if (entry.traumaReliving)
        felt << Wording::sentence(*entry.traumaReliving);
    if (entry.thoughts)
        felt << Wording::sentence(*entry.thoughts);
    if (!entry.thoughtsText.isEmpty())
        felt << Text::tr("You were thinking about: “%1”").arg(escaped(entry.thoughtsText));
    out += section(Text::tr("How it felt"), paragraph(felt));

    if (!entry.emotions.isEmpty())
        out += section(
            Text::tr("Feelings you noticed"),
            paragraph({labels(entry.emotions).join(QStringLiteral(" · ")).toHtmlEscaped()}));

    QString reasons = bulletList(labels(entry.reasons));
    if (entry.pain)
        reasons +=
            paragraph({Text::tr("Pain: %1.").arg(Wording::painLabel(*entry.pain).toLower())});
    out += section(Text::tr("What may have played a part"), reasons);

    QStringList after;
    if (entry.partnerResponse)
        after << Wording::sentence(*entry.partnerResponse);
    if (entry.limitsRespected)
        after << Wording::sentence(*entry.limitsRespected);
    out += section(Text::tr("Around you"), paragraph(after));

    QString wellbeing;
    if (!entry.depressionSigns.isEmpty())
        wellbeing += paragraph({Text::tr("In the two weeks before, you had noticed:")}) +
                     bulletList(labels(entry.depressionSigns));
    if (entry.postpartum)
        wellbeing +=
            paragraph({*entry.postpartum ? Text::tr("You had given birth in the past year.")
                                         : Text::tr("You had not given birth in the past year.")});
    if (entry.bother)
        wellbeing += paragraph({Text::tr("How much this bothers you: %1.")
                                    .arg(Wording::botherLabel(*entry.bother).toLower())});
    out += section(Text::tr("Looking after yourself"), wellbeing);

    if (!entry.tags.isEmpty())
        out += section(Text::tr("Your tags"),
                       paragraph({entry.tags.join(QStringLiteral(" · ")).toHtmlEscaped()}));

    if (!entry.notes.isEmpty())
        out +=
            section(Text::tr("Your notes"), QStringLiteral("<p>%1</p>").arg(escaped(entry.notes)));
    return out;
}

QString partnerLabel(core::JournalStore* store, const QString& partnerId)
{
    if (!store || partnerId.isEmpty())
        return {};
    const auto partners = store->partners();
    if (!partners)
        return {};
    for (const core::Partner& p : *partners) {
        if (p.id == partnerId)
            return p.label;
    }
    return {};
}

} // namespace aftercare::ui::EntryProse
