#include "ui/reflect/InfoPanel.h"
#include "ui/text/FitToWidth.h"

#include "ui/widgets/TextStyle.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

InfoPanel::InfoPanel(const QString& objectName, const QString& heading, const QString& text,
                     QWidget* parent)
    : QFrame(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(objectName);
    setAccessibleName(heading);
    setAccessibleDescription(text);
    setFrameShape(QFrame::StyledPanel);
    // AlternateBase sets the box apart in light and dark palettes alike.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_layout->setContentsMargins(14, 12, 14, 12);
    m_layout->setSpacing(6);
    QLabel* title = TextStyle::heading(heading, this, 1.1);
    title->setObjectName(objectName + QStringLiteral("_heading"));
    m_layout->addWidget(title);
    QLabel* body = fitToWidth(TextStyle::paragraph(text, this));
    body->setObjectName(objectName + QStringLiteral("_text"));
    m_layout->addWidget(body);
}

void InfoPanel::addGuideLink(const QString& text, const QString& topic)
{
    QPushButton* link =
        TextStyle::linkButton(text, objectName() + QStringLiteral("_guide_") + topic, this);
    link->setAutoDefault(false);
    connect(link, &QPushButton::clicked, this, [this, topic] { Q_EMIT guideRequested(topic); });
    m_layout->addWidget(link, 0, Qt::AlignLeft);
}

void InfoPanel::addWidget(QWidget* widget)
{
    m_layout->addWidget(widget);
}

} // namespace aftercare::ui
