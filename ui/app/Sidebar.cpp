#include "ui/app/Sidebar.h"

#include "ui/widgets/TextStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
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
    m_helpMenuButton = new QToolButton(this);
    m_helpMenuButton->setObjectName(QStringLiteral("helpMenuButton"));
    m_helpMenuButton->setText(tr("Help"));
    m_helpMenuButton->setAccessibleName(tr("Help menu"));
    m_helpMenuButton->setToolTip(tr("The guide, keyboard shortcuts and about Aftercare"));
    m_helpMenuButton->setIcon(QIcon(QStringLiteral(":/aftercare/icons/guide.svg")));
    m_helpMenuButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_helpMenuButton->setAutoRaise(true);
    m_helpMenuButton->setPopupMode(QToolButton::InstantPopup);
    m_helpMenuButton->setEnabled(false); // until there is a menu
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_appName, 1);
    titleRow->addWidget(m_helpMenuButton, 0, Qt::AlignTop);
    layout->addLayout(titleRow);

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
    // The current page is marked like a place, not like a field: an accent bar at its left edge
    // and bold text over the faintest tint (a filled rounded box read as a text field).
    m_list->setStyleSheet(
        QStringLiteral(
            "QListWidget { background: transparent; }"
            "QListWidget::item { padding: 7px 6px 7px 3px; border-left: 3px solid transparent; "
            "border-radius: 0px; color: palette(window-text); }"
            "QListWidget::item:selected { background: rgba(91, 127, 149, 0.10); "
            "border-left: 3px solid %1; color: palette(window-text); }"
            "QListWidget::item:hover:!selected { background: rgba(91, 127, 149, 0.07); }")
            .arg(accentColour().name()));
    layout->addWidget(m_list, 1);

    m_helpNow = TextStyle::linkButton(tr("Need help now?"), QStringLiteral("helpNowLink"), this);
    m_helpNow->setIcon(QIcon(QStringLiteral(":/aftercare/icons/help.svg")));
    m_helpNow->setToolTip(tr("Crisis lines and your saved contacts"));
    layout->addWidget(m_helpNow);

    m_lockButton =
        new QPushButton(QIcon(QStringLiteral(":/aftercare/icons/lock.svg")), tr("Lock"), this);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_lockButton->setAccessibleName(tr("Lock the journal"));
    m_lockButton->setToolTip(tr("Lock the journal (Ctrl+L)"));
    m_lockButton->setAutoDefault(true); // Enter presses it, as Space does
    layout->addWidget(m_lockButton);

    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item, QListWidgetItem* previous) {
                markCurrent(item, previous);
                if (item)
                    Q_EMIT pageChosen(item->data(Qt::UserRole).toString());
            });
    connect(m_helpNow, &QPushButton::clicked, this, &Sidebar::helpNowRequested);
    connect(m_lockButton, &QPushButton::clicked, this, &Sidebar::lockRequested);
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
            QListWidgetItem* previous = m_list->currentItem();
            m_list->setCurrentRow(row);
            markCurrent(m_list->item(row), previous);
            return;
        }
    }
    // A page without a sidebar entry (My safety plan): nothing is marked, so clicking the
    // page the person came from takes them back.
    markCurrent(nullptr, m_list->currentItem());
    m_list->setCurrentRow(-1);
}

QColor Sidebar::accentColour()
{
    return QColor(0x5b, 0x7f, 0x95); // the icons' blue-grey
}

void Sidebar::markCurrent(QListWidgetItem* current, QListWidgetItem* previous)
{
    for (QListWidgetItem* item : {previous, current}) {
        if (!item)
            continue;
        QFont font = m_list->font();
        font.setBold(item == current);
        item->setFont(font);
    }
}

void Sidebar::keepButtonsLastInTabOrder()
{
    // The last widget that takes Tab, walking back from the window (the chain is circular).
    QWidget* last = window()->previousInFocusChain();
    while (last != window() && !(last->focusPolicy() & Qt::TabFocus))
        last = last->previousInFocusChain();
    if (last == m_lockButton || last == window())
        return;
    QWidget::setTabOrder(last, m_helpNow);
    QWidget::setTabOrder(m_helpNow, m_lockButton);
}

bool Sidebar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::FocusIn)
        keepButtonsLastInTabOrder();
    return QWidget::eventFilter(watched, event);
}

void Sidebar::setHelpMenu(QMenu* menu)
{
    m_helpMenuButton->setMenu(menu);
    m_helpMenuButton->setEnabled(menu != nullptr);
}

void Sidebar::setIdentity(const QString& appName, bool demo)
{
    m_appName->setText(appName);
    m_demoBadge->setVisible(demo);
}

} // namespace aftercare::ui
