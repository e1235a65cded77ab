// A large, keyboard-friendly card that starts something: an icon, a bold title and a line or
// two of explanation. Home and the Reflect page offer their ways in with it.
#pragma once

#include <QPushButton>

namespace aftercare::ui {

class StartCard : public QPushButton
{
    Q_OBJECT

public:
    // The whole card is one button (Space and Enter press it, and the title's mnemonic if it has
    // one); its accessible name is the title and its accessible description the explanation.
    StartCard(const QString& title, const QString& explanation, const QString& icon,
              const QString& objectName, QWidget* parent = nullptr);

    // A push button sizes itself from its own text, of which a card has none: the card's size
    // is that of its labels, and grows with the text size and as the explanation wraps.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace aftercare::ui
