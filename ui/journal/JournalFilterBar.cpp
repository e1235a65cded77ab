#include "ui/journal/JournalFilterBar.h"

#include "core/Clock.h"
#include "core/i18n/DateFormats.h"
#include "core/storage/JournalStore.h"
#include "ui/text/Wording.h"
#include "ui/widgets/ClearButton.h"
#include "ui/widgets/NameCombo.h"
#include "ui/widgets/SensitiveInput.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace aftercare::ui {

namespace {

enum Period
{
    AnyTime,
    Last30Days,
    Last3Months,
    Last12Months,
    Custom
};

QComboBox* makeCombo(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

template <typename E> void fillVocabulary(QComboBox* combo, const QString& anyText)
{
    combo->addItem(anyText, -1);
    for (E v : core::allValues<E>())
        combo->addItem(Wording::label(v), int(v));
}

QDateEdit* makeDate(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(core::DateFormats::shortDate());
    return edit;
}

} // namespace

JournalFilterBar::JournalFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this))
{
    markSensitive(m_search);
    setObjectName(QStringLiteral("journalFilters"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Search your notes, thoughts and tags…"));
    m_search->setAccessibleName(tr("Search notes, thoughts and tags"));
    ClearButton::enable(m_search);
    auto* searchLabel = new QLabel(tr("&Search"), this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel, 0, 0);
    layout->addWidget(m_search, 0, 1, 1, 5);

    auto* row = new QHBoxLayout;
    m_period = makeCombo(QStringLiteral("periodFilter"), tr("Time period"), this);
    m_period->addItems({tr("Any time"), tr("Last 30 days"), tr("Last 3 months"),
                        tr("Last 12 months"), tr("Choose dates…")});
    auto* periodLabel = new QLabel(tr("&When"), this);
    periodLabel->setBuddy(m_period);
    m_from = makeDate(QStringLiteral("fromDate"), tr("From date"), this);
    m_to = makeDate(QStringLiteral("toDate"), tr("To date"), this);
    m_partner = makeCombo(QStringLiteral("partnerFilter"), tr("Partner"), this);
    NameCombo::limitWidth(m_partner, 16);
    m_reason = makeCombo(QStringLiteral("reasonFilter"), tr("Possible reason"), this);
    fillVocabulary<core::Reason>(m_reason, tr("Any reason"));
    m_emotion = makeCombo(QStringLiteral("emotionFilter"), tr("Feeling"), this);
    fillVocabulary<core::Emotion>(m_emotion, tr("Any feeling"));
    m_tag = makeCombo(QStringLiteral("tagFilter"), tr("Tag"), this);
    NameCombo::limitWidth(m_tag, 16);
    m_clear = new QPushButton(tr("Clear &filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setEnabled(false);

    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(m_partner);
    row->addWidget(m_reason);
    row->addWidget(m_emotion);
    row->addWidget(m_tag);
    row->addWidget(m_clear);
    row->addStretch(1);
    layout->addWidget(periodLabel, 1, 0);
    layout->addLayout(row, 1, 1, 1, 5);
    layout->setColumnStretch(5, 1);

    const QDate today = core::Clock::instance().now().date();
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    m_from->hide();
    m_to->hide();
    reloadPartners();
    reloadTags();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &JournalFilterBar::emitChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriod();
        emitChanged();
    });
    for (QDateEdit* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &JournalFilterBar::emitChanged);
    for (QComboBox* combo : {m_partner, m_reason, m_emotion, m_tag})
        connect(combo, &QComboBox::currentIndexChanged, this, &JournalFilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        reset();
        emitChanged();
    });
}

void JournalFilterBar::setStore(core::JournalStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store)
        connect(m_store, &core::JournalStore::partnersChanged, this,
                &JournalFilterBar::reloadPartners);
    if (m_store) {
        // Saving entries can bring new tags; renaming or deleting one changes the list too.
        for (auto signal : {&core::JournalStore::entriesChanged, &core::JournalStore::tagsChanged})
            connect(m_store, signal, this, &JournalFilterBar::reloadTags);
    }
    reloadPartners();
    reloadTags();
}

void JournalFilterBar::reloadTags()
{
    const QString keep = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    if (m_store && m_store->isOpen()) {
        if (auto tags = m_store->tags()) {
            for (const core::Tags::TagCount& tag : *tags)
                NameCombo::addName(m_tag, tag.label, tag.label);
        }
    }
    // A renamed or deleted tag is no longer there to filter by: back to "any tag".
    const int index = m_tag->findData(keep);
    m_tag->setCurrentIndex(index < 0 ? 0 : index);
    if (!keep.isEmpty() && index < 0)
        emitChanged();
}

void JournalFilterBar::reloadPartners()
{
    const QString keep = m_partner->currentData().toString();
    const QSignalBlocker blocker(m_partner);
    m_partner->clear();
    m_partner->addItem(tr("Any partner"), QString());
    if (m_store && m_store->isOpen()) {
        if (auto partners = m_store->partners()) {
            for (const core::Partner& p : *partners)
                NameCombo::addName(m_partner, p.label, p.id);
        }
    }
    const int index = m_partner->findData(keep);
    m_partner->setCurrentIndex(index < 0 ? 0 : index);
}

core::EntryQuery JournalFilterBar::query() const
{
    core::EntryQuery q;
    q.text = m_search->text().trimmed();
    const QDateTime now = core::Clock::instance().now();
    switch (m_period->currentIndex()) {
    case Last30Days:
        q.from = now.addDays(-30);
        break;
    case Last3Months:
        q.from = now.addMonths(-3);
        break;
    case Last12Months:
        q.from = now.addMonths(-12);
        break;
    case Custom:
        q.from = m_from->date().startOfDay();
        q.to = m_to->date().endOfDay();
        break;
    default:
        break;
    }
    q.partnerId = m_partner->currentData().toString();
    if (const int reason = m_reason->currentData().toInt(); reason >= 0)
        q.reason = core::Reason(reason);
    if (const int emotion = m_emotion->currentData().toInt(); emotion >= 0)
        q.emotion = core::Emotion(emotion);
    if (const QString tag = m_tag->currentData().toString(); !tag.isEmpty())
        q.tags = {tag};
    return q;
}

bool JournalFilterBar::isFiltering() const
{
    return !m_search->text().trimmed().isEmpty() || m_period->currentIndex() != AnyTime ||
           m_partner->currentIndex() > 0 || m_reason->currentIndex() > 0 ||
           m_emotion->currentIndex() > 0 || m_tag->currentIndex() > 0;
}

void JournalFilterBar::reset()
{
    const QSignalBlocker b1(m_search), b2(m_period), b3(m_partner), b4(m_reason), b5(m_emotion),
        b6(m_tag);
    m_searchDelay->stop();
    m_search->clear();
    m_period->setCurrentIndex(AnyTime);
    m_partner->setCurrentIndex(0);
    m_reason->setCurrentIndex(0);
    m_emotion->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    updatePeriod();
    m_clear->setEnabled(false);
}

void JournalFilterBar::updatePeriod()
{
    const bool custom = m_period->currentIndex() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void JournalFilterBar::emitChanged()
{
    m_searchDelay->stop();
    m_clear->setEnabled(isFiltering());
    Q_EMIT changed();
}

} // namespace aftercare::ui
