#include "ui/widgets/StartCard.h"

#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace aftercare::ui {

StartCard::StartCard(const QString& title, const QString& explanation, const QString& icon,
                     const QString& objectName, QWidget* parent)
    : QPushButton(parent)
{
    setObjectName(objectName);
    setAccessibleName(QString(title).remove(QLatin1Char('&')));
    setAccessibleDescription(explanation);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAutoDefault(true); // Enter opens the card, as Space does

    // The labels let clicks through, so the whole card is the button.
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(QIcon(QStringLiteral(":/aftercare/icons/%1.svg").arg(icon))
                             .pixmap(QSize(32, 32), devicePixelRatioF()));
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(objectName + QStringLiteral("Title"));
    TextStyle::scaleFont(titleLabel, 1.15, true);
    titleLabel->setBuddy(this); // a mnemonic in the title (Alt+R) presses the card
    auto* textLabel = new QLabel(explanation, this);
    textLabel->setObjectName(objectName + QStringLiteral("Text"));
    textLabel->setWordWrap(true);
    for (QLabel* label : {iconLabel, titleLabel, textLabel})
        label->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(titleLabel);
    texts->addWidget(textLabel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(16);
    layout->addWidget(iconLabel);
    layout->addLayout(texts, 1);
}

QSize StartCard::sizeHint() const
{
    return layout()->totalSizeHint();
}

QSize StartCard::minimumSizeHint() const
{
    return layout()->totalMinimumSize();
}

} // namespace aftercare::ui
