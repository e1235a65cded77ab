#include "ui/settings/DeleteSection.h"

#include "ui/session/Session.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/TextStyle.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

QString DeleteSection::confirmationPhrase()
{
    return tr("delete my journal");
}

DeleteSection::DeleteSection(Session* session, QWidget* parent)
    : QGroupBox(tr("Delete all data"), parent), m_session(session)
{
    setObjectName(QStringLiteral("settingsDeleteSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(TextStyle::paragraph(
        tr("This permanently removes every reflection, check-in, setting and daily snapshot on "
           "this computer. The key files are overwritten first, so what is left cannot be "
           "decrypted; on an SSD the disk may still keep old copies of them where no program can "
           "reach. Portable backups you saved elsewhere are not touched. It cannot be undone — "
           "to go ahead, type \"%1\" below.")
            .arg(confirmationPhrase()),
        this));

    m_confirm = new QLineEdit(this);
    markSensitive(m_confirm);
    m_confirm->setObjectName(QStringLiteral("settingsDeleteConfirm"));
    m_confirm->setAccessibleName(tr("Type %1 to confirm").arg(confirmationPhrase()));
    m_confirm->setPlaceholderText(confirmationPhrase());
    layout->addWidget(m_confirm);

    m_delete = new QPushButton(tr("&Delete everything"), this);
    m_delete->setObjectName(QStringLiteral("settingsDeleteAll"));
    m_delete->setAccessibleName(tr("Delete all data permanently"));
    m_delete->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_delete);
    layout->addLayout(row);

    m_status = TextStyle::paragraph(QString(), this);
    m_status->setObjectName(QStringLiteral("settingsDeleteStatus"));
    layout->addWidget(m_status);

    connect(m_confirm, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_delete->setEnabled(text.trimmed().compare(confirmationPhrase(), Qt::CaseInsensitive) ==
                             0);
    });
    connect(m_delete, &QPushButton::clicked, this, &DeleteSection::deleteAll);
    connect(m_session, &Session::locked, this, &DeleteSection::clear);
}

void DeleteSection::setDeleteHandler(DeleteHandler handler)
{
    m_handler = std::move(handler);
}

void DeleteSection::clear()
{
    m_confirm->clear();
    m_status->clear();
}

void DeleteSection::deleteAll()
{
    if (!m_delete->isEnabled())
        return;
    if (!m_handler) {
        m_status->setText(
            tr("Deleting from inside the app isn't available in this version, so nothing was "
               "deleted. To remove your journal by hand, quit Aftercare and delete this folder: "
               "%1")
                .arg(QDir::toNativeSeparators(m_session->journalDir())));
        return;
    }
    const QString dir = m_session->journalDir();
    m_session->lock();
    if (m_session->isUnlocked()) {
        m_status->setText(tr("Please wait until the current task finishes, then try again."));
        return;
    }
    const core::Status removed = m_handler(dir);
    if (!removed) {
        m_status->setText(removed.error().message());
        return;
    }
    Q_EMIT deleted();
}

} // namespace aftercare::ui
