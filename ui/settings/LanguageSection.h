// Settings → Language: follow the system's language or pick one. Stored in the preferences and
// applied at the next start, because every page builds its text once.
#pragma once

#include <QGroupBox>

class QComboBox;

namespace aftercare::ui {

class Preferences;

class LanguageSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit LanguageSection(Preferences* preferences, QWidget* parent = nullptr);

private:
    void load();

    Preferences* m_preferences;
    QComboBox* m_choice = nullptr;
};

} // namespace aftercare::ui
