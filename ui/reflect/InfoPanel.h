// A gently set-apart box for information that appears in response to an answer (pain, consent):
// a heading, wrapped text, optional links to guide pages. Colours come from the palette.
#pragma once

#include <QFrame>

class QVBoxLayout;

namespace aftercare::ui {

class InfoPanel : public QFrame
{
    Q_OBJECT

public:
    InfoPanel(const QString& objectName, const QString& heading, const QString& text,
              QWidget* parent = nullptr);

    // Adds a link-like button that emits guideRequested(topic).
    void addGuideLink(const QString& text, const QString& topic);
    // Adds any widget under the text (e.g. the support panel).
    void addWidget(QWidget* widget);

Q_SIGNALS:
    void guideRequested(const QString& topic);

private:
    QVBoxLayout* m_layout;
};

} // namespace aftercare::ui
