#include "ui/settings/RecoverySection.h"

#include "core/crypto/KeySlotFile.h"
#include "core/crypto/RecoveryCode.h"
#include "core/storage/Journal.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/Session.h"
#include "ui/widgets/BusyStatus.h"
#include "ui/widgets/RecoveryCodeView.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/TextStyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

struct NewCode
{
    core::RekeyPlan plan;
    core::SecretBytes code;
};

// Checks the passphrase against its slot, then seals a new data key for it and a new code.
core::Result<NewCode> verifyAndPlan(core::Journal* journal, const core::SecretBytes& passphrase)
{
    auto slots = core::KeySlotFile::load(core::Journal::keySlotPath(journal->directory()));
    if (!slots)
        return std::unexpected(slots.error());
    if (auto key = slots->unwrap(core::KeySlotFile::SlotKind::Passphrase, passphrase); !key)
        return std::unexpected(key.error());
    NewCode made{{}, core::RecoveryCode::generate()};
    auto plan = journal->planRekey(passphrase, made.code);
    if (!plan)
        return std::unexpected(plan.error());
    made.plan = std::move(*plan);
    return made;
}

} // namespace

RecoverySection::RecoverySection(Session* session, QWidget* parent)
    : QGroupBox(tr("Recovery code"), parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsRecoverySection"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(TextStyle::paragraph(
        tr("If someone else may have seen your recovery code, make a new one. The old code stops "
           "working straight away, and the journal gets a new key, as with a new passphrase: "
           "the daily snapshots from before are deleted and a new one is made. A copy of the "
           "journal folder made before still opens with the old code."),
        this));

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("settingsRecoveryPassphrase"));
    m_passphrase->setAccessibleName(tr("Your passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    markSensitive(m_passphrase);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Your passphrase"), m_passphrase);
    layout->addLayout(form);

    m_status =
        new BusyStatus(QStringLiteral("settingsRecovery"), tr("Making a new recovery code"), this);
    layout->addWidget(m_status);

    m_make = new QPushButton(tr("Make a &new recovery code"), this);
    m_make->setObjectName(QStringLiteral("settingsMakeRecoveryCode"));
    m_make->setAccessibleName(tr("Make a new recovery code"));
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_make);
    layout->addLayout(row);

    m_shown = new QWidget(this);
    auto* shownLayout = new QVBoxLayout(m_shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    shownLayout->addWidget(TextStyle::paragraph(
        tr("Here is your new recovery code. It is shown just this once."), m_shown));
    m_code = new RecoveryCodeView(QStringLiteral("settings"), m_shown);
    shownLayout->addWidget(m_code);
    m_stored = new QCheckBox(tr("I have stored my new recovery code safely"), m_shown);
    m_stored->setObjectName(QStringLiteral("settingsRecoveryStored"));
    m_stored->setAccessibleName(m_stored->text());
    shownLayout->addWidget(m_stored);
    auto* doneButton = new QPushButton(tr("&Done"), m_shown);
    doneButton->setObjectName(QStringLiteral("settingsRecoveryDone"));
    doneButton->setAccessibleName(tr("Done, hide the recovery code"));
    doneButton->setEnabled(false);
    auto* doneRow = new QHBoxLayout;
    doneRow->addStretch();
    doneRow->addWidget(doneButton);
    shownLayout->addLayout(doneRow);
    m_shown->hide();
    layout->addWidget(m_shown);

    connect(m_make, &QPushButton::clicked, this, &RecoverySection::make);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &RecoverySection::make);
    connect(m_stored, &QCheckBox::toggled, doneButton, &QPushButton::setEnabled);
    connect(doneButton, &QPushButton::clicked, this, &RecoverySection::done);
    connect(m_session, &Session::locked, this, &RecoverySection::clear);
}

void RecoverySection::clear()
{
    m_passphrase->clear();
    m_status->clear();
    done();
}

void RecoverySection::done()
{
    m_code->clear();
    m_stored->setChecked(false);
    m_shown->hide();
}

bool RecoverySection::isBusy() const
{
    return m_status->isBusy();
}

void RecoverySection::setBusy(bool busy)
{
    m_status->setBusy(busy);
    m_passphrase->setEnabled(!busy);
    m_make->setEnabled(!busy);
}

void RecoverySection::make()
{
    if (isBusy() || !m_session->isUnlocked())
        return;
    if (m_passphrase->text().isEmpty()) {
        m_status->setText(tr("Type your passphrase first."));
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    const core::SecretBytes passphrase = core::SecretBytes::fromUtf8(m_passphrase->text());
    core::Journal* journal = m_session->journal();
    done();
    m_status->setText(tr("Making a new recovery code…"));
    setBusy(true);
    m_session->beginBackgroundWork();
    BackgroundTask::run(
        this, [journal, passphrase] { return verifyAndPlan(journal, passphrase); },
        [this](core::Result<NewCode> made) {
            const core::Status status = made ? m_session->applyRekey(made->plan)
                                             : core::Status(std::unexpected(made.error()));
            setBusy(false);
            if (status) {
                m_passphrase->clear();
                m_status->setText(tr("Done. Your old recovery code no longer opens the journal."));
                m_code->setCode(made->code);
                made->code.clear();
                m_shown->show();
                m_code->setFocus(Qt::OtherFocusReason);
            } else if (status.error().kind() == core::Error::Kind::WrongSecret) {
                m_passphrase->clear();
                m_passphrase->setFocus(Qt::OtherFocusReason);
                m_status->setText(tr("That passphrase isn't right, so nothing was changed. "
                                     "Please try again."));
            } else {
                m_status->setText(status.error().message());
            }
            m_session->endBackgroundWork();
        });
}

} // namespace aftercare::ui
