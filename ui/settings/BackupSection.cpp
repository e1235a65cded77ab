#include "ui/settings/BackupSection.h"

#include "core/Clock.h"
#include "core/exchange/JournalExchange.h"
#include "core/exchange/PortableBackup.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/Session.h"
#include "ui/widgets/BusyStatus.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/FormColumns.h"
#include "ui/widgets/NewPassphraseForm.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/ShowPassphrase.h"
#include "ui/widgets/TextStyle.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

BackupSection::BackupSection(Session* session, QWidget* parent)
    : QGroupBox(tr("Portable backup"), parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsBackupSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(TextStyle::paragraph(
        tr("A portable backup is one file holding your whole journal, locked with a backup "
           "passphrase you choose now. Keep it somewhere safe — for example on a USB stick — "
           "to move your journal to another computer or to recover from a broken disk."),
        this));

    m_backupPassphrase =
        new NewPassphraseForm(QStringLiteral("backup"), this, tr("Backup &passphrase"));
    layout->addWidget(m_backupPassphrase);
    m_create = new QPushButton(tr("Create &backup…"), this);
    m_create->setObjectName(QStringLiteral("settingsCreateBackup"));
    m_create->setAccessibleName(tr("Create a portable backup"));
    auto* createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_create);
    layout->addLayout(createRow);

    layout->addSpacing(8);
    layout->addWidget(TextStyle::paragraph(
        tr("Restoring adds the backup's reflections to this journal. Anything already here "
           "stays as it is."),
        this));
    m_restorePassphrase = new QLineEdit(this);
    markSensitive(m_restorePassphrase);
    m_restorePassphrase->setObjectName(QStringLiteral("settingsRestorePassphrase"));
    m_restorePassphrase->setAccessibleName(tr("The backup's passphrase"));
    m_restorePassphrase->setEchoMode(QLineEdit::Password);
    addShowPassphraseToggle(m_restorePassphrase);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Backup's pa&ssphrase"), m_restorePassphrase);
    layout->addLayout(form);
    alignFormColumns({m_backupPassphrase->formLayout(), form});
    m_restore = new QPushButton(tr("&Restore from a backup…"), this);
    m_restore->setObjectName(QStringLiteral("settingsRestoreBackup"));
    m_restore->setAccessibleName(tr("Restore from a portable backup"));
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addStretch();
    restoreRow->addWidget(m_restore);
    layout->addLayout(restoreRow);

    m_status = new BusyStatus(QStringLiteral("settingsBackup"), tr("Working on the backup"), this);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, &BackupSection::createBackup);
    connect(m_restore, &QPushButton::clicked, this, &BackupSection::restoreBackup);
    connect(m_restorePassphrase, &QLineEdit::returnPressed, this, &BackupSection::restoreBackup);
    connect(m_session, &Session::locked, this, &BackupSection::clear);
}

void BackupSection::clear()
{
    m_backupPassphrase->clear();
    m_restorePassphrase->clear();
    m_status->clear();
}

bool BackupSection::isBusy() const
{
    return m_status->isBusy();
}

void BackupSection::setBusy(bool busy)
{
    m_status->setBusy(busy);
    m_backupPassphrase->setInputEnabled(!busy);
    m_create->setEnabled(!busy);
    m_restorePassphrase->setEnabled(!busy);
    m_restore->setEnabled(!busy);
}

void BackupSection::createBackup()
{
    core::JournalStore* store = m_session->store();
    if (isBusy() || !store)
        return;
    if (!m_backupPassphrase->isAcceptable()) {
        m_status->setText(
            tr("First choose a passphrase for the backup: %1").arg(m_backupPassphrase->problem()));
        m_backupPassphrase->focusPassphrase();
        return;
    }
    const QString day = core::Clock::instance().now().date().toString(Qt::ISODate);
    const QString suggested =
        QDir::home().filePath(QStringLiteral("aftercare-backup-%1.aftercare-backup").arg(day));
    const QString path = Dialogs::saveFileName(this, tr("Save a portable backup"), suggested,
                                               tr("Aftercare backups (*.aftercare-backup)"));
    if (path.isEmpty())
        return;
    auto document = core::JournalExchange::collect(*store);
    if (!document) {
        m_status->setText(document.error().message());
        return;
    }
    const core::SecretBytes passphrase = m_backupPassphrase->passphrase();
    const int count = int(document->entries.size());
    m_status->setText(tr("Writing the backup…"));
    setBusy(true);
    BackgroundTask::run(
        this,
        [path, document = std::move(*document), passphrase] {
            return core::PortableBackup::write(path, document, passphrase);
        },
        [this, path, count](core::Status written) {
            setBusy(false);
            if (!written) {
                m_status->setText(written.error().message());
                return;
            }
            m_backupPassphrase->clear();
            m_status->setText(tr("Saved %n reflection(s) to %1. You'll need the backup "
                                 "passphrase to open it.",
                                 nullptr, int(count))
                                  .arg(QDir::toNativeSeparators(path)));
        });
}

void BackupSection::restoreBackup()
{
    if (isBusy() || !m_session->isUnlocked())
        return;
    if (m_restorePassphrase->text().isEmpty()) {
        m_status->setText(tr("Type the backup's passphrase first."));
        m_restorePassphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString path = Dialogs::openFileName(this, tr("Restore from a portable backup"),
                                               tr("Aftercare backups (*.aftercare-backup)"));
    if (path.isEmpty())
        return;
    const core::SecretBytes passphrase = core::SecretBytes::fromUtf8(m_restorePassphrase->text());
    m_status->setText(tr("Opening the backup…"));
    setBusy(true);
    BackgroundTask::run(
        this, [path, passphrase] { return core::PortableBackup::read(path, passphrase); },
        [this](core::Result<core::JournalDocument> document) {
            setBusy(false);
            core::JournalStore* store = m_session->store();
            if (!document) {
                if (document.error().kind() == core::Error::Kind::WrongSecret) {
                    m_restorePassphrase->setFocus(Qt::OtherFocusReason);
                    m_restorePassphrase->selectAll(); // kept, to be checked or typed over
                }
                m_status->setText(document.error().message());
                return;
            }
            if (!store) // locked meanwhile; the user can simply try again
                return;
            const auto counts = core::JournalExchange::import(*store, *document);
            if (!counts) {
                m_status->setText(counts.error().message());
                return;
            }
            m_restorePassphrase->clear();
            QString text = counts->added == 1
                               ? tr("Added 1 record from the backup.")
                               : tr("Added %1 records from the backup.").arg(counts->added);
            if (counts->skipped > 0)
                text += QLatin1Char(' ') +
                        (counts->skipped == 1
                             ? tr("1 was already in your journal and stayed as it was.")
                             : tr("%1 were already in your journal and stayed as they were.")
                                   .arg(counts->skipped));
            m_status->setText(text);
        });
}

} // namespace aftercare::ui
