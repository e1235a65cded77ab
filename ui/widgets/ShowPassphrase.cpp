#include "ui/widgets/ShowPassphrase.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QLineEdit>
#include <QToolButton>

namespace aftercare::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShowPassphrase)
};

void showState(QAction* toggle, bool shown)
{
    toggle->setIcon(QIcon(shown ? QStringLiteral(":/aftercare/icons/hide.svg")
                                : QStringLiteral(":/aftercare/icons/show.svg")));
    toggle->setText(shown ? Text::tr("Hide the passphrase") : Text::tr("Show the passphrase"));
    toggle->setToolTip(toggle->text());
}

} // namespace

QAction* addShowPassphraseToggle(QLineEdit* field)
{
    auto* toggle = new QAction(field);
    toggle->setObjectName(field->objectName() + QStringLiteral("Show"));
    toggle->setCheckable(true);
    showState(toggle, false);
    field->addAction(toggle, QLineEdit::TrailingPosition);
    // The field draws the action as a small button of its own; name it for tests and screen
    // readers alike.
    const QList<QToolButton*> buttons = field->findChildren<QToolButton*>();
    for (QToolButton* button : buttons) {
        if (button->defaultAction() == toggle) {
            button->setObjectName(field->objectName() + QStringLiteral("ShowButton"));
            button->setAccessibleName(toggle->text());
        }
    }
    QObject::connect(toggle, &QAction::toggled, field, [field, toggle](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showState(toggle, shown);
        for (QToolButton* button : field->findChildren<QToolButton*>()) {
            if (button->defaultAction() == toggle)
                button->setAccessibleName(toggle->text());
        }
    });
    // Emptied (after a success, or by a lock): the next passphrase starts hidden again.
    QObject::connect(field, &QLineEdit::textChanged, toggle, [toggle](const QString& text) {
        if (text.isEmpty())
            toggle->setChecked(false);
    });
    return toggle;
}

} // namespace aftercare::ui
