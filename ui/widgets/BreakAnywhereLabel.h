// A selectable, word-wrapped label that also breaks a word too long for one line (a long web
// address, a run of characters without spaces) instead of overflowing its parent. The text
// itself is untouched, so selecting and copying it gives exactly what was saved.
#pragma once

#include <QLabel>

namespace aftercare::ui {

class BreakAnywhereLabel : public QLabel
{
    Q_OBJECT

public:
    // Word-wrapped plain text, selectable by mouse and keyboard (QLabel lays out selectable
    // text with a text document, whose wrap mode is what this changes).
    explicit BreakAnywhereLabel(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // QLabel puts word-only wrapping back whenever it redoes its text layout (after new text, a
    // resize or a style change), and it does so just before it measures, paints or hands an
    // event to its text. So before each of those, let it do that first, then switch it over.
    void breakAnywhere() const;
};

} // namespace aftercare::ui
