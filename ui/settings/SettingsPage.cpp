#include "ui/settings/SettingsPage.h"

#include "core/storage/JournalStore.h"
#include "core/support/CrisisLines.h"
#include "ui/session/CheckInReminder.h"
#include "ui/session/Preferences.h"
#include "ui/session/Session.h"
#include "ui/settings/BackupSection.h"
#include "ui/settings/DeleteSection.h"
#include "ui/settings/LanguageSection.h"
#include "ui/settings/PassphraseSection.h"
#include "ui/settings/RecoverySection.h"
#include "ui/settings/TagsSection.h"
#include "ui/settings/TextSizeSection.h"
#include "ui/widgets/ScrollingPage.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/SupportPanel.h"
#include "ui/widgets/TextStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

QPlainTextEdit* contactEdit(const QString& objectName, const QString& name,
                            const QString& placeholder, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    markSensitive(edit);
    edit->setObjectName(objectName);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 16);
    return edit;
}

} // namespace

SettingsPage::SettingsPage(Session* session, Preferences* preferences, QWidget* parent)
    : QWidget(parent), m_session(session), m_preferences(preferences)
{
    setObjectName(QStringLiteral("settingsPage"));

    auto* content = new QWidget;
    content->setMaximumWidth(760);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(18);
    layout->addWidget(TextStyle::heading(tr("Settings"), content, 1.5));
    layout->addWidget(buildLocking());
    layout->addWidget(buildPrivacy());
    layout->addWidget(new LanguageSection(m_preferences, content));
    layout->addWidget(new TextSizeSection(m_preferences, content));
    layout->addWidget(buildReminder());
    layout->addWidget(buildContacts());
    layout->addWidget(new TagsSection(m_session, content));
    m_passphrase = new PassphraseSection(m_session, content);
    layout->addWidget(m_passphrase);
    m_recovery = new RecoverySection(m_session, content);
    layout->addWidget(m_recovery);
    m_backup = new BackupSection(m_session, content);
    layout->addWidget(m_backup);
    layout->addWidget(buildLocation());
    m_delete = new DeleteSection(m_session, content);
    layout->addWidget(m_delete);
    layout->addStretch();

    fillWithScrollingColumn(this, content)->setObjectName(QStringLiteral("settingsScroll"));

    connect(m_delete, &DeleteSection::deleted, this, &SettingsPage::journalDeleted);
    connect(m_session, &Session::locked, this, &SettingsPage::clearJournalData);
    connect(m_session, &Session::unlocked, this, &SettingsPage::loadContacts);
    connect(m_session, &Session::unlocked, this, &SettingsPage::loadReminder);
    connect(m_preferences, &Preferences::changed, this, &SettingsPage::loadPreferences);
    loadPreferences();
    loadContacts();
    loadReminder();
}

QWidget* SettingsPage::buildLocking()
{
    auto* box = new QGroupBox(tr("Locking"), this);
    box->setObjectName(QStringLiteral("settingsLockingSection"));
    auto* layout = new QVBoxLayout(box);
    m_autoLock = new QSpinBox(box);
    m_autoLock->setObjectName(QStringLiteral("settingsAutoLock"));
    m_autoLock->setAccessibleName(tr("Lock after this many idle minutes"));
    m_autoLock->setRange(0, Preferences::maxAutoLockMinutes);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setMaximumWidth(
        m_autoLock->fontMetrics().horizontalAdvance(QStringLiteral("240 min")) * 2);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Lock after &idle for"), m_autoLock);
    layout->addLayout(form);
    m_lockOnMinimise = new QCheckBox(tr("Lock when the window is &minimised"), box);
    m_lockOnMinimise->setObjectName(QStringLiteral("settingsLockOnMinimise"));
    m_lockOnMinimise->setAccessibleName(m_lockOnMinimise->text().remove(QLatin1Char('&')));
    layout->addWidget(m_lockOnMinimise);
    layout->addWidget(TextStyle::hint(
        tr("Aftercare also locks when your screen locks or the computer goes to sleep, and "
           "whenever you press Ctrl+L."),
        box));

    connect(m_autoLock, &QSpinBox::valueChanged, m_preferences, &Preferences::setAutoLockMinutes);
    connect(m_lockOnMinimise, &QCheckBox::toggled, m_preferences, &Preferences::setLockOnMinimise);
    return box;
}

QWidget* SettingsPage::buildPrivacy()
{
    auto* box = new QGroupBox(tr("Discreet mode"), this);
    box->setObjectName(QStringLiteral("settingsPrivacySection"));
    auto* layout = new QVBoxLayout(box);
    m_discreet = new QCheckBox(tr("Use a &neutral window title and icon"), box);
    m_discreet->setObjectName(QStringLiteral("settingsDiscreet"));
    m_discreet->setAccessibleName(m_discreet->text().remove(QLatin1Char('&')));
    layout->addWidget(m_discreet);
    layout->addWidget(TextStyle::hint(
        tr("The taskbar and window title then just say \"Notes\", so a glance at your screen "
           "gives nothing away."),
        box));
    connect(m_discreet, &QCheckBox::toggled, m_preferences, &Preferences::setDiscreetMode);
    return box;
}

QWidget* SettingsPage::buildReminder()
{
    auto* box = new QGroupBox(tr("Check-in reminder"), this);
    box->setObjectName(QStringLiteral("settingsReminderSection"));
    auto* layout = new QVBoxLayout(box);
    m_reminder = new QCheckBox(tr("Suggest a check-in on Home &two weeks after the last one"), box);
    m_reminder->setObjectName(QStringLiteral("settingsCheckInReminder"));
    m_reminder->setAccessibleName(m_reminder->text().remove(QLatin1Char('&')));
    layout->addWidget(m_reminder);
    layout->addWidget(TextStyle::hint(
        tr("A quiet note, never a pop-up. The choice is kept in your encrypted journal."), box));
    connect(m_reminder, &QCheckBox::toggled, this, [this](bool on) {
        core::JournalStore* store = m_session->store();
        if (!store || on == CheckInReminder::isEnabled(*store))
            return;
        if (const core::Status saved = CheckInReminder::setEnabled(*store, on); !saved) {
            loadReminder(); // show what is really stored
            return;
        }
        Q_EMIT checkInReminderChanged(on);
    });
    return box;
}

QWidget* SettingsPage::buildContacts()
{
    auto* box = new QGroupBox(tr("Your support contacts"), this);
    box->setObjectName(QStringLiteral("settingsContactsSection"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(TextStyle::paragraph(
        tr("Keep the details of people you can turn to. They appear on \"Getting help now\" and "
           "whenever Aftercare offers support, and they are stored encrypted in your journal."),
        box));
    // Not secret and needed before unlocking (the lock screen shows the same lines), so it is
    // kept with the other preferences, outside the journal.
    m_territory = new QComboBox(box);
    m_territory->setObjectName(QStringLiteral("settingsTerritory"));
    m_territory->setAccessibleName(tr("Country for the crisis lines"));
    const QString system = core::CrisisLines::systemTerritory();
    m_territory->addItem(core::CrisisLines::find(system)
                             ? tr("Automatic (%1)").arg(core::CrisisLines::territoryName(system))
                             : tr("Automatic (your system names no country with known lines)"),
                         QString());
    for (const core::TerritoryLines& t : core::CrisisLines::table())
        m_territory->addItem(core::CrisisLines::territoryName(t.code), t.code);
    m_territory->addItem(tr("Somewhere else (no numbers shown)"), Preferences::otherTerritory);
    // Created after the country, which comes first in the form: Tab follows creation order.
    m_therapist = contactEdit(QStringLiteral("settingsTherapist"), tr("Therapist or doctor"),
                              tr("Name, phone number, email, opening hours…"), box);
    m_crisis = contactEdit(QStringLiteral("settingsCrisis"), tr("Local crisis line"),
                           tr("For example your local crisis line or a friend to call"), box);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Crisis lines &for"), m_territory);
    form->addRow(tr("&Therapist or doctor"), m_therapist);
    form->addRow(tr("&Crisis line"), m_crisis);
    layout->addLayout(form);

    m_contactsStatus = TextStyle::hint(QString(), box);
    m_contactsStatus->setObjectName(QStringLiteral("settingsContactsStatus"));
    m_saveContacts = new QPushButton(tr("&Save contacts"), box);
    m_saveContacts->setObjectName(QStringLiteral("settingsSaveContacts"));
    m_saveContacts->setAccessibleName(tr("Save contacts"));
    QPushButton* plan =
        TextStyle::linkButton(tr("My safety plan"), QStringLiteral("settingsSafetyPlan"), box);
    plan->setToolTip(tr("A short plan in your own words for when things get dark"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_contactsStatus, 1);
    row->addWidget(plan);
    row->addWidget(m_saveContacts);
    layout->addLayout(row);
    connect(plan, &QPushButton::clicked, this, &SettingsPage::safetyPlanRequested);

    connect(m_saveContacts, &QPushButton::clicked, this, &SettingsPage::saveContacts);
    connect(m_territory, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_preferences->setCrisisTerritory(m_territory->itemData(index).toString());
    });
    return box;
}

QWidget* SettingsPage::buildLocation()
{
    auto* box = new QGroupBox(tr("Where your data lives"), this);
    box->setObjectName(QStringLiteral("settingsLocationSection"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(TextStyle::paragraph(
        tr("Your journal is this folder on this computer, and nowhere else. Everything in it is "
           "encrypted; Aftercare also keeps a daily encrypted snapshot of the last seven days "
           "inside it."),
        box));
    m_location = TextStyle::paragraph(QDir::toNativeSeparators(m_session->journalDir()), box);
    m_location->setObjectName(QStringLiteral("settingsDataLocation"));
    m_location->setTextFormat(Qt::PlainText);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = m_location->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_location->setFont(mono);
    auto* copy = new QPushButton(tr("C&opy path"), box);
    copy->setObjectName(QStringLiteral("settingsCopyLocation"));
    copy->setAccessibleName(tr("Copy the journal folder's path"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_location, 1);
    row->addWidget(copy);
    layout->addLayout(row);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QDir::toNativeSeparators(m_session->journalDir()));
    });
    return box;
}

void SettingsPage::loadPreferences()
{
    const QSignalBlocker a(m_autoLock);
    const QSignalBlocker b(m_lockOnMinimise);
    const QSignalBlocker c(m_discreet);
    const QSignalBlocker d(m_territory);
    m_territory->setCurrentIndex(
        std::max(0, m_territory->findData(m_preferences->crisisTerritory())));
    m_autoLock->setValue(m_preferences->autoLockMinutes());
    m_lockOnMinimise->setChecked(m_preferences->lockOnMinimise());
    m_discreet->setChecked(m_preferences->discreetMode());
}

void SettingsPage::loadContacts()
{
    core::JournalStore* store = m_session->store();
    const bool open = store != nullptr;
    m_therapist->setEnabled(open);
    m_crisis->setEnabled(open);
    m_saveContacts->setEnabled(open);
    if (!open) {
        m_therapist->clear();
        m_crisis->clear();
        return;
    }
    m_therapist->setPlainText(store->setting(SupportPanel::therapistKey).value_or(QString()));
    m_crisis->setPlainText(store->setting(SupportPanel::crisisKey).value_or(QString()));
    m_contactsStatus->clear();
}

void SettingsPage::loadReminder()
{
    const QSignalBlocker block(m_reminder);
    core::JournalStore* store = m_session->store();
    m_reminder->setEnabled(store != nullptr);
    m_reminder->setChecked(store && CheckInReminder::isEnabled(*store));
}

void SettingsPage::saveContacts()
{
    core::JournalStore* store = m_session->store();
    if (!store)
        return;
    core::Status saved = store->setSetting(SupportPanel::therapistKey, m_therapist->toPlainText());
    if (saved)
        saved = store->setSetting(SupportPanel::crisisKey, m_crisis->toPlainText());
    m_contactsStatus->setText(saved ? tr("Saved, encrypted in your journal.")
                                    : saved.error().message());
}

void SettingsPage::focusContacts()
{
    m_therapist->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::focusReminder()
{
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("settingsScroll")))
        scroll->ensureWidgetVisible(m_reminder->parentWidget());
    m_reminder->setFocus(Qt::OtherFocusReason);
}

void SettingsPage::clearJournalData()
{
    m_therapist->clear();
    m_crisis->clear();
    m_contactsStatus->clear();
    loadContacts();
    loadReminder();
}

void SettingsPage::showEvent(QShowEvent* event)
{
    loadPreferences();
    loadReminder(); // the Check-ins page has the same switch
    QWidget::showEvent(event);
}

} // namespace aftercare::ui
