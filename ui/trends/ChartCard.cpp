#include "ui/trends/ChartCard.h"

#include "ui/widgets/TextStyle.h"
#include "ui/widgets/WrappedText.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
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
    layout->addWidget(TextStyle::heading(title, this, 1.12));
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

    m_empty = WrappedText::paragraph(QString(), this);
    m_empty->setObjectName(viewName + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMinimumHeight(60);
    layout->addWidget(m_empty);
    clear();
}

void ChartCard::replaceChart(QChart* chart)
{
    // QChartView releases, but does not delete, the chart it showed before.
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

void ChartCard::setChart(QChart* chart, const QString& emptyText, const QString& summary)
{
    if (!chart) {
        replaceChart(new QChart);
        m_view->hide();
        m_empty->setText(emptyText);
        m_empty->show();
        return;
    }
    replaceChart(chart);
    m_view->setAccessibleDescription(summary);
    m_view->setToolTip(QString());
    m_empty->hide();
    m_view->show();
}

void ChartCard::clear()
{
    setChart(nullptr, QString());
    m_view->setAccessibleDescription(QString());
}

bool ChartCard::hasChart() const
{
    return !m_view->isHidden();
}

QString ChartCard::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

} // namespace aftercare::ui
