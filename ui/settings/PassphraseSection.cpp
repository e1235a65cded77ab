#include "ui/settings/PassphraseSection.h"

#include "core/crypto/KeySlotFile.h"
#include "core/storage/Journal.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/Session.h"
#include "ui/widgets/BusyStatus.h"
#include "ui/widgets/FormColumns.h"
#include "ui/widgets/NewPassphraseForm.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/ShowPassphrase.h"
#include "ui/widgets/TextStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

// Checks `current` against the passphrase slot, then seals a new data key for `next` and the
// unchanged recovery code: the two slow Argon2id runs, kept off the GUI thread.
core::Result<core::RekeyPlan> verifyAndPlan(core::Journal* journal,
                                            const core::SecretBytes& current,
                                            const core::SecretBytes& next)
{
    auto slots = core::KeySlotFile::load(core::Journal::keySlotPath(journal->directory()));
    if (!slots)
        return std::unexpected(slots.error());
    if (auto key = slots->unwrap(core::KeySlotFile::SlotKind::Passphrase, current); !key)
        return std::unexpected(key.error());
    return journal->planRekey(next, core::SecretBytes());
}

} // namespace

PassphraseSection::PassphraseSection(Session* session, QWidget* parent)
    : QGroupBox(tr("Passphrase"), parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsPassphraseSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(TextStyle::paragraph(
        tr("Changing your passphrase gives the journal a new key, so the old passphrase stops "
           "opening it. Your recovery code keeps working. The daily snapshots made before the "
           "change are deleted, because they would still open with the old passphrase; a new "
           "one is made straight away. A copy of the journal folder made before the change "
           "still opens with the old passphrase."),
        this));

    m_current = new QLineEdit(this);
    markSensitive(m_current);
    m_current->setObjectName(QStringLiteral("settingsCurrentPassphrase"));
    m_current->setAccessibleName(tr("Current passphrase"));
    m_current->setEchoMode(QLineEdit::Password);
    addShowPassphraseToggle(m_current);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("C&urrent passphrase"), m_current);
    layout->addLayout(form);

    m_form = new NewPassphraseForm(QStringLiteral("settingsNew"), this, tr("&New passphrase"));
    layout->addWidget(m_form);
    alignFormColumns({form, m_form->formLayout()});

    m_status =
        new BusyStatus(QStringLiteral("settingsPassphrase"), tr("Changing the passphrase"), this);
    layout->addWidget(m_status);

    m_change = new QPushButton(tr("C&hange passphrase"), this);
    m_change->setObjectName(QStringLiteral("settingsChangePassphrase"));
    m_change->setAccessibleName(tr("Change passphrase"));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_change);
    layout->addLayout(row);

    connect(m_change, &QPushButton::clicked, this, &PassphraseSection::change);
    connect(m_form, &NewPassphraseForm::submitted, this, &PassphraseSection::change);
    connect(m_session, &Session::locked, this, &PassphraseSection::clear);
}

void PassphraseSection::clear()
{
    m_current->clear();
    m_form->clear();
    m_status->clear();
}

bool PassphraseSection::isBusy() const
{
    return m_status->isBusy();
}

void PassphraseSection::setBusy(bool busy)
{
    m_status->setBusy(busy);
    m_current->setEnabled(!busy);
    m_form->setInputEnabled(!busy);
    m_change->setEnabled(!busy);
}

void PassphraseSection::change()
{
    if (isBusy() || !m_session->isUnlocked())
        return;
    if (m_current->text().isEmpty()) {
        m_status->setText(tr("Type your current passphrase first."));
        m_current->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_form->isAcceptable()) {
        m_status->setText(m_form->problem());
        return;
    }
    const core::SecretBytes current = core::SecretBytes::fromUtf8(m_current->text());
    const core::SecretBytes next = m_form->passphrase();
    core::Journal* journal = m_session->journal();
    m_status->setText(tr("Changing your passphrase…"));
    setBusy(true);
    m_session->beginBackgroundWork();
    BackgroundTask::run(
        this, [journal, current, next] { return verifyAndPlan(journal, current, next); },
        [this](core::Result<core::RekeyPlan> plan) {
            const core::Status status =
                plan ? m_session->applyRekey(*plan) : core::Status(std::unexpected(plan.error()));
            setBusy(false);
            if (status) {
                clear();
                m_status->setText(tr("Done. Use your new passphrase from now on. Copies of the "
                                     "journal folder made before now still open with the old "
                                     "one."));
            } else if (status.error().kind() == core::Error::Kind::WrongSecret) {
                m_current->setFocus(Qt::OtherFocusReason);
                m_current->selectAll(); // kept, to be checked or typed over
                m_status->setText(tr("The current passphrase isn't right, so nothing was "
                                     "changed. Please try again."));
            } else {
                m_status->setText(status.error().message());
            }
            m_session->endBackgroundWork();
        });
}

} // namespace aftercare::ui
