#include "JournalPage.h"

#include "app/Session.h"

namespace aftercare::ui {

JournalPage::JournalPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(nullptr), m_filters(nullptr), m_detail(nullptr),
      m_stack(nullptr), m_table(nullptr), m_emptyText(nullptr), m_noResultsText(nullptr),
      m_onlyBanner(nullptr), m_onlyCaption(nullptr), m_countText(nullptr)
{
    setObjectName(QStringLiteral("journalPage"));
}

JournalPage::~JournalPage() = default;

void JournalPage::setConfirmHandler(ConfirmHandler handler)
{
    m_confirm = std::move(handler);
}

void JournalPage::focusSearch() {}
void JournalPage::showOnly(const QStringList& ids, const QString&)
{
    m_onlyIds = ids;
}

} // namespace aftercare::ui
