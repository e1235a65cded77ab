// Column widths for the Journal table: every header and every possible short answer fits
// without clipping, the reasons column takes what is left (its long text elides, with the full
// list in a tooltip), and the user may still drag any column wider.
#pragma once

class QTableView;

namespace aftercare::ui {

namespace JournalColumns {

// Sizes the columns of a view showing a JournalTableModel. Call again when the font changes.
void fit(QTableView* view);
// The least width at which the table shows every column without a horizontal scroll bar.
int comfortableWidth(const QTableView* view);

} // namespace JournalColumns

} // namespace aftercare::ui
