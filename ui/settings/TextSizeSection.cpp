#include "ui/settings/TextSizeSection.h"

#include "ui/session/Preferences.h"
#include "ui/widgets/TextSize.h"
#include "ui/widgets/TextStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace aftercare::ui {

TextSizeSection::TextSizeSection(Preferences* preferences, QWidget* parent)
    : QGroupBox(tr("Text size"), parent), m_preferences(preferences)
{
    setObjectName(QStringLiteral("settingsTextSizeSection"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("settingsTextSize"));
    m_choice->setAccessibleName(tr("Text size"));
    for (int percent : TextSize::choices()) {
        m_choice->addItem(
            percent == 100 ? tr("As on this computer") : tr("Larger: %1 %").arg(percent), percent);
    }
    m_choice->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    form->addRow(tr("Te&xt size"), m_choice);
    layout->addLayout(form);
    layout->addWidget(TextStyle::hint(
        tr("\"As on this computer\" follows the font size of your desktop's settings."), this));
    load();
    connect(m_choice, &QComboBox::activated, this, [this](int index) {
        const int percent = m_choice->itemData(index).toInt();
        TextSize::apply(percent);
        m_preferences->setTextSize(percent);
    });
    connect(m_preferences, &Preferences::changed, this, &TextSizeSection::load);
}

void TextSizeSection::load()
{
    const int index = m_choice->findData(m_preferences->textSize());
    m_choice->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace aftercare::ui
