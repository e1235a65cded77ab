// The date-and-time field every reflection starts with: a readable format, a calendar popup,
// and no dates in the future.
#pragma once

#include <QDateTimeEdit>

namespace aftercare::ui::WhenEdit {

// Sets objectName, accessible name, format and the upper limit (now, from the app's clock).
QDateTimeEdit* create(const QString& objectName, QWidget* parent);
// Sets the value; a value in the future is accepted (an old draft may hold one) by raising the
// limit to it.
void setValue(QDateTimeEdit* edit, const QDateTime& when);

} // namespace aftercare::ui::WhenEdit
