#include "ui/app/Sidebar.h"

#include "ui/widgets/TextStyle.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

Sidebar::Sidebar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sidebarPanel"));
    setBackgroundRole(QPalette::Window);
    setAutoFillBackground(true);
    setFixedWidth(210);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 12, 14);
    layout->setSpacing(8);

    m_appName = TextStyle::heading(QString(), this, 1.3);
    m_appName->setObjectName(QStringLiteral("sidebarTitle"));
    m_appName->setContentsMargins(8, 0, 0, 4);
    layout->addWidget(m_appName);

    m_demoBadge = new QLabel(tr("DEMO — made-up entries, nothing is kept"), this);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setWordWrap(true);
    m_demoBadge->setAlignment(Qt::AlignCenter);
    m_demoBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #c9822b; color: white; border-radius: 6px; padding: 6px; "
        "font-weight: bold; }"));
    m_demoBadge->hide();
    layout->addWidget(m_demoBadge);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sidebar"));
    m_list->setAccessibleName(tr("Pages"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setStyleSheet(QStringLiteral(
        "QListWidget { background: transparent; }"
        "QListWidget::item { padding: 7px 6px; border-radius: 6px; color: palette(window-text); }"
        "QListWidget::item:selected { background: rgba(91, 127, 149, 0.22); }"
        "QListWidget::item:hover:!selected { background: rgba(91, 127, 149, 0.10); }"));
    layout->addWidget(m_list, 1);

    auto* helpNow =
        TextStyle::linkButton(tr("Need help now?"), QStringLiteral("helpNowLink"), this);
    helpNow->setIcon(QIcon(QStringLiteral(":/aftercare/icons/help.svg")));
    helpNow->setToolTip(tr("Crisis lines and your saved contacts"));
    layout->addWidget(helpNow);

    auto* lockButton =
        new QPushButton(QIcon(QStringLiteral(":/aftercare/icons/lock.svg")), tr("Lock"), this);
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setAccessibleName(tr("Lock the journal"));
    lockButton->setToolTip(tr("Lock the journal (Ctrl+L)"));
    layout->addWidget(lockButton);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            Q_EMIT pageChosen(item->data(Qt::UserRole).toString());
    });
    connect(helpNow, &QPushButton::clicked, this, &Sidebar::helpNowRequested);
    connect(lockButton, &QPushButton::clicked, this, &Sidebar::lockRequested);
}

void Sidebar::addPage(const QString& key, const QString& title, const QString& icon)
{
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/aftercare/icons/%1.svg").arg(icon)),
                                     title, m_list);
    item->setData(Qt::UserRole, key);
    item->setData(Qt::AccessibleTextRole, title);
}

void Sidebar::setCurrent(const QString& key)
{
    const QSignalBlocker block(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == key) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    // A page without a sidebar entry (My safety plan): nothing is marked, so clicking the
    // page the person came from takes them back.
    m_list->setCurrentRow(-1);
}

void Sidebar::setIdentity(const QString& appName, bool demo)
{
    m_appName->setText(appName);
    m_demoBadge->setVisible(demo);
}

} // namespace aftercare::ui
