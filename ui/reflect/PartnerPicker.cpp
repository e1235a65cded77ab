#include "ui/reflect/PartnerPicker.h"
#include "ui/text/FitToWidth.h"

#include "core/storage/JournalStore.h"
#include "ui/session/Session.h"
#include "ui/widgets/NameCombo.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/TextStyle.h"

#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace aftercare::ui {

PartnerPicker::PartnerPicker(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_combo(new QComboBox(this)),
      m_newLabel(new QLineEdit(this)), m_add(new QPushButton(tr("&Add"), this)), m_error(nullptr)
{
    markSensitive(m_newLabel);
    setObjectName(QStringLiteral("partnerPicker"));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* label = new QLabel(tr("W&ho were you with? (optional)"), this);
    label->setObjectName(QStringLiteral("partnerLabel"));
    label->setWordWrap(true);
    TextStyle::scaleFont(label, 1.0, true);
    label->setBuddy(m_combo);
    layout->addWidget(label, 0, 0, 1, 3);
    QLabel* hint = fitToWidth(TextStyle::hint(
        tr("A first name, an initial or a nickname is plenty — only you will see it."), this));
    layout->addWidget(hint, 1, 0, 1, 3);

    m_combo->setObjectName(QStringLiteral("partnerCombo"));
    m_combo->setAccessibleName(tr("Partner"));
    NameCombo::limitWidth(m_combo, 24);
    layout->addWidget(m_combo, 2, 0, 1, 3, Qt::AlignLeft);

    m_newLabel->setObjectName(QStringLiteral("newPartnerEdit"));
    m_newLabel->setPlaceholderText(tr("Or add a new name…"));
    m_newLabel->setAccessibleName(tr("New partner name"));
    m_newLabel->setMaxLength(80);
    m_newLabel->installEventFilter(this);
    m_newLabel->setMinimumWidth(m_newLabel->fontMetrics().averageCharWidth() * 28);
    layout->addWidget(m_newLabel, 3, 0);
    m_add->setObjectName(QStringLiteral("addPartnerButton"));
    m_add->setAccessibleName(tr("Add this name"));
    m_add->setAutoDefault(false);
    m_add->setEnabled(false);
    layout->addWidget(m_add, 3, 1, Qt::AlignLeft);

    m_error = fitToWidth(TextStyle::paragraph({}, this));
    m_error->setObjectName(QStringLiteral("partnerError"));
    m_error->hide();
    layout->addWidget(m_error, 4, 0, 1, 3);
    layout->setColumnStretch(2, 1);

    connect(m_newLabel, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, &PartnerPicker::addNew);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &PartnerPicker::changed);
    reload();
}

void PartnerPicker::reload()
{
    const QString keep = partnerId();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("No one in particular"), QString());
    if (core::JournalStore* store = m_session->store()) {
        if (auto partners = store->partners()) {
            for (const core::Partner& p : *partners)
                NameCombo::addName(m_combo, p.label, p.id);
        }
    }
    const int index = m_combo->findData(keep);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString PartnerPicker::partnerId() const
{
    return m_combo->currentData().toString();
}

void PartnerPicker::setPartnerId(const QString& id)
{
    const int index = m_combo->findData(id);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

void PartnerPicker::clear()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_newLabel->clear();
    m_error->clear();
    m_error->hide();
}

bool PartnerPicker::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the name field adds the name instead of moving the whole flow on.
    if (watched == m_newLabel && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_newLabel->text().trimmed().isEmpty()) {
            addNew();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PartnerPicker::addNew()
{
    core::JournalStore* store = m_session->store();
    const QString label = m_newLabel->text().trimmed();
    if (!store || label.isEmpty())
        return;
    // Reuse a label the user already has rather than making a twin.
    const int existing = m_combo->findText(label, Qt::MatchFixedString);
    if (existing > 0) {
        m_combo->setCurrentIndex(existing);
        m_newLabel->clear();
        m_combo->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto added = store->addPartner(label);
    if (!added) {
        m_error->setText(added.error().message());
        m_error->show();
        return;
    }
    m_error->hide();
    m_newLabel->clear();
    reload();
    setPartnerId(added->id);
    m_combo->setFocus(Qt::OtherFocusReason);
}

} // namespace aftercare::ui
