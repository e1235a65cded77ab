#include "ui/settings/LanguageSection.h"

#include "ui/session/Preferences.h"
#include "ui/widgets/TextStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace aftercare::ui {

LanguageSection::LanguageSection(Preferences* preferences, QWidget* parent)
    : QGroupBox(tr("Language"), parent), m_preferences(preferences)
{
    setObjectName(QStringLiteral("settingsLanguageSection"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("settingsLanguage"));
    m_choice->setAccessibleName(tr("Language of the app"));
    // Each language is named in itself, so it can be found by someone who does not read the
    // current one.
    m_choice->addItem(tr("Same as the system"), QString());
    m_choice->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_choice->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_choice->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    form->addRow(tr("&Language"), m_choice);
    layout->addLayout(form);
    layout->addWidget(
        TextStyle::hint(tr("A new choice applies the next time you start Aftercare."), this));
    load();
    connect(m_choice, &QComboBox::activated, this, [this](int index) {
        m_preferences->setLanguage(m_choice->itemData(index).toString());
    });
    connect(m_preferences, &Preferences::changed, this, &LanguageSection::load);
}

void LanguageSection::load()
{
    const int index = m_choice->findData(m_preferences->language());
    m_choice->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace aftercare::ui
