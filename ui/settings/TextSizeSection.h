// Settings → Text size: the system's size, or larger for easier reading. Applies at once and is
// kept in the preferences for every start.
#pragma once

#include <QGroupBox>

class QComboBox;

namespace aftercare::ui {

class Preferences;

class TextSizeSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit TextSizeSection(Preferences* preferences, QWidget* parent = nullptr);

private:
    void load();

    Preferences* m_preferences;
    QComboBox* m_choice = nullptr;
};

} // namespace aftercare::ui
