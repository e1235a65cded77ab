#include "ui/reflect/WhenEdit.h"

#include "core/Clock.h"
#include "core/i18n/DateFormats.h"

namespace aftercare::ui::WhenEdit {

QDateTimeEdit* create(const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(QDateTimeEdit::tr("Date and time"));
    edit->setAccessibleDescription(
        QDateTimeEdit::tr("When it happened. Use the arrow keys to change each part."));
    edit->setDisplayFormat(core::DateFormats::editDateTime());
    edit->setCalendarPopup(true);
    edit->setMaximumDateTime(core::Clock::instance().now());
    return edit;
}

void setValue(QDateTimeEdit* edit, const QDateTime& when)
{
    const QDateTime now = core::Clock::instance().now();
    edit->setMaximumDateTime(when > now ? when : now);
    edit->setDateTime(when);
}

} // namespace aftercare::ui::WhenEdit
