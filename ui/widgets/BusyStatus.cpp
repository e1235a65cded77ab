#include "ui/widgets/BusyStatus.h"

#include "ui/widgets/TextStyle.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

// The rows of a settings section are this far apart; the bar and the line keep to it.
constexpr int rowSpacing = 10;
// Thin: the bar says "working", not how far.
constexpr int barHeight = 6;

} // namespace

BusyStatus::BusyStatus(const QString& name, const QString& busyName, QWidget* parent)
    : QWidget(parent), m_progress(new QProgressBar(this)),
      m_status(TextStyle::paragraph(QString(), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(rowSpacing);
    m_progress->setObjectName(name + QStringLiteral("Busy"));
    m_progress->setAccessibleName(busyName);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(barHeight);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status->setObjectName(name + QStringLiteral("Status"));
    layout->addWidget(m_status);
}

void BusyStatus::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
}

QString BusyStatus::text() const
{
    return m_status->text();
}

void BusyStatus::setText(const QString& text)
{
    m_status->setText(text);
}

void BusyStatus::clear()
{
    m_status->clear();
}

} // namespace aftercare::ui
