#include "ReflectPage.h"

#include "app/Session.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace aftercare::ui {

ReflectPage::ReflectPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedWidget(this)), m_idle(new QWidget),
      m_offer(nullptr), m_flow(nullptr), m_quickLog(nullptr), m_summary(nullptr)
{
    setObjectName(QStringLiteral("reflectPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_idle);
}

ReflectPage::~ReflectPage() = default;

bool ReflectPage::hasDraft() const
{
    return false;
}

void ReflectPage::startGuided() {}
void ReflectPage::startQuickLog() {}
void ReflectPage::editEntry(const QString&) {}

} // namespace aftercare::ui
