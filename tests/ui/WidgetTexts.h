// Every piece of text a widget tree holds, for the tests that prove nothing of the journal is
// left on screen after a lock.
#pragma once

#include <algorithm>
#include <functional>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>

namespace aftercare::test {

// Every piece of text `root` and its children hold (window titles, tool and status tips, What's
// This, accessible names and descriptions, actions, labels, fields, editors, buttons, combo
// boxes, and every cell of every item view's model in every text role), hidden widgets
// included.
inline QStringList widgetTexts(QWidget* root)
{
    QStringList texts;
    const auto addModel = [&texts](const QAbstractItemModel* model) {
        if (!model)
            return;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    for (int role :
                         {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                          int(Qt::StatusTipRole), int(Qt::WhatsThisRole),
                          int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole)})
                        texts << index.data(role).toString();
                    if (c == 0 && model->hasChildren(index))
                        walk(index);
                }
            }
        };
        walk(QModelIndex());
    };
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets << root;
        for (QWidget* w : std::as_const(widgets)) {
            texts << w->windowTitle() << w->toolTip() << w->statusTip() << w->whatsThis()
                  << w->accessibleName() << w->accessibleDescription();
            for (const QAction* action : w->actions())
                texts << action->text() << action->toolTip() << action->statusTip()
                      << action->whatsThis();
            if (auto* label = qobject_cast<QLabel*>(w))
                texts << label->text();
            else if (auto* edit = qobject_cast<QLineEdit*>(w))
                texts << edit->text();
            else if (auto* text = qobject_cast<QTextEdit*>(w)) // QTextBrowser too
                texts << text->toPlainText();
            else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
                texts << plain->toPlainText();
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                texts << button->text();
            else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                texts << combo->currentText();
                addModel(combo->model());
            } else if (auto* view = qobject_cast<QAbstractItemView*>(w))
                addModel(view->model());
        }
    }
    texts.removeAll(QString());
    return texts;
}

// The same for every top-level window of the application.
inline QStringList allWidgetTexts()
{
    QStringList texts;
    const QList<QWidget*> roots = QApplication::topLevelWidgets();
    for (QWidget* root : roots)
        texts << widgetTexts(root);
    return texts;
}

inline QStringList textsContaining(const QString& needle, QWidget* root = nullptr)
{
    QStringList hits;
    const QStringList texts = root ? widgetTexts(root) : allWidgetTexts();
    for (const QString& t : texts) {
        if (t.contains(needle, Qt::CaseInsensitive))
            hits << t;
    }
    return hits;
}

// Whether any text under `root` contains `text` (case-sensitive).
inline bool showsText(QWidget* root, const QString& text)
{
    const QStringList texts = widgetTexts(root);
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&text](const QString& t) { return t.contains(text); });
}

} // namespace aftercare::test
