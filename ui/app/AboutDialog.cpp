#include "ui/app/AboutDialog.h"

#include "ui/widgets/TextStyle.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace aftercare::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Aftercare"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(TextStyle::appIcon(this, 48));
    QLabel* name = TextStyle::heading(tr("Aftercare"), this, 1.5);
    name->setObjectName(QStringLiteral("aboutName"));
    layout->addWidget(name);
    QLabel* version =
        TextStyle::hint(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    layout->addWidget(version);
    layout->addWidget(TextStyle::paragraph(
        tr("A private journal for the tears, sadness or irritability that can come during or "
           "after sex."),
        this));

    QLabel* offline = TextStyle::paragraph(
        tr("Aftercare never connects to the internet: it has no network code at all. Your "
           "journal stays on this computer, encrypted with your passphrase."),
        this);
    offline->setObjectName(QStringLiteral("aboutOffline"));
    layout->addWidget(offline);

    QLabel* licence = TextStyle::paragraph(
        tr("Aftercare is free software under the GNU General Public License, version 3 or "
           "later: you may use, share and change it under the same terms. It comes with no "
           "warranty."),
        this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    layout->addWidget(licence);

    const QString folder = documentationFolder();
    if (QDir(folder).exists()) {
        auto* docs = new QLabel(this);
        docs->setObjectName(QStringLiteral("aboutDocs"));
        docs->setTextFormat(Qt::RichText);
        docs->setOpenExternalLinks(true); // a folder on this computer, never a web page
        docs->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        docs->setText(tr("The documentation on this computer: <a href=\"%1\">%2</a>")
                          .arg(QUrl::fromLocalFile(folder).toString(), folder.toHtmlEscaped()));
        layout->addWidget(docs);
    }

    m_guide = TextStyle::linkButton(tr("Open the guide"), QStringLiteral("aboutGuide"), this);
    layout->addWidget(m_guide);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    layout->addWidget(buttons);

    connect(m_guide, &QPushButton::clicked, this, [this] {
        Q_EMIT guideRequested();
        close();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

void AboutDialog::setGuideAvailable(bool available)
{
    m_guide->setEnabled(available);
}

QString AboutDialog::documentationFolder()
{
    return QStringLiteral(AFTERCARE_DOC_DIR);
}

} // namespace aftercare::ui
