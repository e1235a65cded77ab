#include "ui/settings/TagsSection.h"

#include "core/model/Tags.h"
#include "core/storage/JournalStore.h"
#include "ui/session/Session.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace aftercare::ui {

TagsSection::TagsSection(Session* session, QWidget* parent)
    : QGroupBox(tr("Your tags"), parent), m_session(session), m_list(new QListWidget(this)),
      m_newName(new QLineEdit(this)), m_rename(new QPushButton(tr("Re&name"), this)),
      m_delete(new QPushButton(tr("Delete tag…"), this)), m_status(TextStyle::hint({}, this)),
      m_empty(TextStyle::hint(tr("You haven't added any tags yet. You can add them to a "
                                 "reflection, to note what else was going on."),
                              this))
{
    setObjectName(QStringLiteral("settingsTagsSection"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(TextStyle::hint(
        tr("Renaming a tag changes it on every reflection that carries it. Deleting a tag takes "
           "it off those reflections; the reflections themselves stay."),
        this));
    m_empty->setObjectName(QStringLiteral("settingsTagsEmpty"));
    layout->addWidget(m_empty);

    m_list->setObjectName(QStringLiteral("settingsTagList"));
    m_list->setAccessibleName(tr("Your tags and how many reflections carry each"));
    m_list->setMaximumHeight(8 * m_list->fontMetrics().lineSpacing() + 12);
    layout->addWidget(m_list);

    auto* row = new QHBoxLayout;
    auto* nameLabel = new QLabel(tr("New &name:"), this);
    nameLabel->setBuddy(m_newName);
    m_newName->setObjectName(QStringLiteral("settingsTagNewName"));
    m_newName->setAccessibleName(tr("New name for the chosen tag"));
    markSensitive(m_newName);
    m_rename->setObjectName(QStringLiteral("settingsTagRename"));
    m_rename->setAccessibleName(tr("Rename the chosen tag"));
    m_delete->setObjectName(QStringLiteral("settingsTagDelete"));
    m_delete->setAccessibleName(tr("Delete the chosen tag"));
    row->addWidget(nameLabel);
    row->addWidget(m_newName, 1);
    row->addWidget(m_rename);
    row->addWidget(m_delete);
    layout->addLayout(row);
    m_status->setObjectName(QStringLiteral("settingsTagStatus"));
    m_status->hide();
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_newName->setText(chosenLabel());
        say(QString());
        updateButtons();
    });
    connect(m_newName, &QLineEdit::textChanged, this, &TagsSection::updateButtons);
    connect(m_newName, &QLineEdit::returnPressed, this, &TagsSection::rename);
    connect(m_rename, &QPushButton::clicked, this, &TagsSection::rename);
    connect(m_delete, &QPushButton::clicked, this, &TagsSection::remove);
    connect(m_session, &Session::unlocked, this, [this] {
        if (core::JournalStore* store = m_session->store()) {
            for (auto signal :
                 {&core::JournalStore::entriesChanged, &core::JournalStore::tagsChanged})
                connect(store, signal, this, &TagsSection::reload, Qt::UniqueConnection);
        }
        reload();
    });
    connect(m_session, &Session::locked, this, &TagsSection::reload);
    if (core::JournalStore* store = m_session->store()) {
        for (auto signal : {&core::JournalStore::entriesChanged, &core::JournalStore::tagsChanged})
            connect(store, signal, this, &TagsSection::reload, Qt::UniqueConnection);
    }
    reload();
}

void TagsSection::reload()
{
    const QString chosen = chosenLabel();
    m_list->clear();
    core::JournalStore* store = m_session->store();
    const auto tags = store ? store->tags() : core::Result<QList<core::Tags::TagCount>>{};
    if (tags) {
        for (const core::Tags::TagCount& tag : *tags) {
            auto* item = new QListWidgetItem(
                tr("%1 — %n reflection(s)", "a tag and how many reflections carry it", tag.entries)
                    .arg(tag.label),
                m_list);
            item->setData(Qt::UserRole, tag.label);
            if (tag.label == chosen)
                m_list->setCurrentItem(item);
        }
    }
    const bool any = m_list->count() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    m_newName->setEnabled(any);
    if (!m_list->currentItem())
        m_newName->clear();
    updateButtons();
}

QString TagsSection::chosenLabel() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void TagsSection::updateButtons()
{
    const QString chosen = chosenLabel();
    const QString name = m_newName->text().trimmed();
    m_delete->setEnabled(!chosen.isEmpty());
    m_rename->setEnabled(!chosen.isEmpty() && !name.isEmpty() && name != chosen);
}

void TagsSection::rename()
{
    core::JournalStore* store = m_session->store();
    const QString from = chosenLabel();
    const QString to = m_newName->text().trimmed();
    if (!store || from.isEmpty() || to.isEmpty() || to == from)
        return;
    const auto renamed = store->renameTag(from, to);
    if (!renamed) {
        say(renamed.error().message());
        return;
    }
    reload();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == to)
            m_list->setCurrentRow(i);
    }
    say(tr("Renamed “%1” to “%2” on %n reflection(s).", nullptr, *renamed).arg(from, to));
}

void TagsSection::remove()
{
    core::JournalStore* store = m_session->store();
    const QString label = chosenLabel();
    if (!store || label.isEmpty())
        return;
    const auto count = store->countEntriesWithTag(label);
    if (!count) {
        say(count.error().message());
        return;
    }
    const QString question =
        *count == 0
            ? tr("Delete the tag “%1”? No reflection carries it.").arg(label)
            : tr("Delete the tag “%1”? It will be taken off the %n reflection(s) that carry it. "
                 "The reflections themselves stay as they are.",
                 nullptr, *count)
                  .arg(label);
    if (Dialogs::ask(this, tr("Delete a tag"), question, QMessageBox::Yes | QMessageBox::Cancel,
                     QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const auto removed = store->deleteTag(label);
    if (!removed) {
        say(removed.error().message());
        return;
    }
    reload();
    say(tr("Deleted the tag “%1”.").arg(label));
}

void TagsSection::say(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace aftercare::ui
