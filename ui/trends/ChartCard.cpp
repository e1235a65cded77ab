#include "ui/trends/ChartCard.h"

#include "ui/trends/ChartTable.h"
#include "ui/widgets/TextStyle.h"
#include "ui/widgets/WrappedText.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace aftercare::ui {

ChartCard::ChartCard(const QString& viewName, const QString& title, const QString& howToRead,
                     QWidget* parent)
    : QFrame(parent), m_title(title)
{
    setObjectName(viewName + QStringLiteral("Card"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    auto* header = new QHBoxLayout;
    header->addWidget(TextStyle::heading(title, this, 1.12), 1);
    m_asTable = new QCheckBox(tr("Show as table"), this);
    m_asTable->setObjectName(viewName + QStringLiteral("AsTable"));
    // The page has one toggle per chart: the name says which chart it switches.
    m_asTable->setAccessibleName(tr("Show %1 as a table").arg(title));
    header->addWidget(m_asTable, 0, Qt::AlignTop);
    layout->addLayout(header);
    QLabel* how = WrappedText::hint(howToRead, this);
    how->setObjectName(viewName + QStringLiteral("Help"));
    layout->addWidget(how);

    m_view = new QChartView(this);
    m_view->setObjectName(viewName);
    m_view->setAccessibleName(title);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Base);
    layout->addWidget(m_view, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(viewName + QStringLiteral("Table"));
    m_table->setAccessibleName(tr("%1, as a table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setMaximumHeight(420);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    layout->addWidget(m_table, 1);

    m_empty = WrappedText::paragraph(QString(), this);
    m_empty->setObjectName(viewName + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMinimumHeight(60);
    layout->addWidget(m_empty);
    m_note = WrappedText::hint(QString(), this);
    m_note->setObjectName(viewName + QStringLiteral("Note"));
    layout->addWidget(m_note);
    connect(m_asTable, &QCheckBox::toggled, this, &ChartCard::updateVisibility);
    clear();
}

void ChartCard::replaceChart(QChart* chart)
{
    // QChartView releases, but does not delete, the chart it showed before.
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    QAbstractItemModel* oldModel = m_table->model();
    m_table->setModel(ChartTable::model(m_hasChart ? chart : nullptr, m_title, m_table));
    delete oldModel;
    m_table->resizeColumnsToContents();
}

void ChartCard::setChart(QChart* chart, const QString& emptyText, const QString& summary)
{
    m_hasChart = chart != nullptr;
    if (!chart) {
        replaceChart(new QChart);
        m_empty->setText(emptyText);
        updateVisibility();
        return;
    }
    replaceChart(chart);
    m_view->setAccessibleDescription(summary);
    m_table->setAccessibleDescription(summary);
    m_view->setToolTip(QString());
    updateVisibility();
}

void ChartCard::updateVisibility()
{
    const bool table = m_asTable->isChecked();
    m_asTable->setVisible(m_hasChart);
    m_view->setVisible(m_hasChart && !table);
    m_table->setVisible(m_hasChart && table);
    m_empty->setVisible(!m_hasChart);
}

void ChartCard::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString ChartCard::note() const
{
    return m_note->text();
}

void ChartCard::clear()
{
    setNote(QString());
    setChart(nullptr, QString());
    m_view->setAccessibleDescription(QString());
    m_table->setAccessibleDescription(QString());
}

bool ChartCard::hasChart() const
{
    return m_hasChart;
}

QString ChartCard::emptyText() const
{
    return m_hasChart ? QString() : m_empty->text();
}

bool ChartCard::showsTable() const
{
    return m_asTable->isChecked();
}

void ChartCard::setShowsTable(bool table)
{
    m_asTable->setChecked(table);
}

} // namespace aftercare::ui
