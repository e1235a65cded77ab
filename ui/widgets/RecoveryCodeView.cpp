#include "ui/widgets/RecoveryCodeView.h"

#include "core/exchange/SafeFile.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/TextStyle.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace aftercare::ui {

RecoveryCodeView::RecoveryCodeView(const QString& prefix, QWidget* parent)
    : QWidget(parent), m_clipboard(new SecretClipboard(this))
{
    setObjectName(prefix + QStringLiteral("RecoveryCodeView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    m_code = new QLabel(this);
    m_code->setObjectName(prefix + QStringLiteral("RecoveryCode"));
    m_code->setAccessibleName(tr("Recovery code"));
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFocusPolicy(Qt::StrongFocus);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setWordWrap(true);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(14);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    mono.setBold(true);
    m_code->setFont(mono);
    layout->addWidget(m_code);

    auto* actions = new QHBoxLayout;
    auto* copy = new QPushButton(tr("Cop&y"), this);
    copy->setObjectName(prefix + QStringLiteral("CopyCode"));
    copy->setAccessibleName(tr("Copy the recovery code"));
    auto* save = new QPushButton(tr("&Save as a file…"), this);
    save->setObjectName(prefix + QStringLiteral("SaveCode"));
    save->setAccessibleName(tr("Save the recovery code as a file"));
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(prefix + QStringLiteral("PrintCode"));
    print->setAccessibleName(tr("Print the recovery code"));
    actions->addWidget(copy);
    actions->addWidget(save);
    actions->addWidget(print);
    actions->addStretch();
    layout->addLayout(actions);

    auto* advice = TextStyle::hint(
        tr("A file on this computer is only as safe as the journal beside it, so save it to a "
           "USB stick you keep elsewhere, or keep the code in a password manager. Copy clears "
           "the clipboard again after 30 seconds."),
        this);
    advice->setObjectName(prefix + QStringLiteral("SaveAdvice"));
    layout->addWidget(advice);

    m_status = TextStyle::hint(QString(), this);
    m_status->setObjectName(prefix + QStringLiteral("CodeStatus"));
    layout->addWidget(m_status);

    connect(copy, &QPushButton::clicked, this, &RecoveryCodeView::copy);
    connect(save, &QPushButton::clicked, this, &RecoveryCodeView::save);
    connect(print, &QPushButton::clicked, this, &RecoveryCodeView::print);
}

void RecoveryCodeView::setCode(const core::SecretBytes& code)
{
    m_secret = code;
    m_code->setText(codeText());
    m_status->clear();
}

void RecoveryCodeView::clear()
{
    m_secret.clear();
    m_code->clear();
    m_status->clear();
}

void RecoveryCodeView::setClipboardSchedule(SecretClipboard::Schedule schedule)
{
    delete m_clipboard;
    m_clipboard = new SecretClipboard(this, std::move(schedule));
}

QString RecoveryCodeView::codeText() const
{
    return QString::fromUtf8(reinterpret_cast<const char*>(m_secret.data()),
                             qsizetype(m_secret.size()));
}

void RecoveryCodeView::copy()
{
    if (m_secret.isEmpty())
        return;
    m_clipboard->copy(codeText());
    m_status->setText(tr("Copied. Paste it somewhere safe; the clipboard is cleared again in 30 "
                         "seconds."));
}

void RecoveryCodeView::save()
{
    if (m_secret.isEmpty())
        return;
    // Only a name: no folder beside the journal is suggested.
    const QString path = Dialogs::saveFileName(this, tr("Save your recovery code"),
                                               QStringLiteral("aftercare-recovery-code.txt"),
                                               tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    const QString text = tr("Aftercare recovery code\n\n%1\n\nThis code opens your journal if you "
                            "forget your passphrase. Keep it private.\n")
                             .arg(codeText());
    QByteArray bytes = text.toUtf8();
    const core::Status written = core::SafeFile::write(path, bytes);
    bytes.fill('\0');
    m_status->setText(written ? tr("Saved to %1. Keep that file somewhere private.").arg(path)
                              : written.error().message());
}

void RecoveryCodeView::print()
{
    if (m_secret.isEmpty())
        return;
    QTextDocument document;
    document.setPlainText(tr("Aftercare recovery code\n\n%1\n\nThis code opens your journal if "
                             "you forget your passphrase. Keep it private.")
                              .arg(codeText()));
    if (Dialogs::print(this, document))
        m_status->setText(tr("Sent to the printer."));
}

} // namespace aftercare::ui
