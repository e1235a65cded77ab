// One unbreakable piece of the printed report (a line of text, a table row, a chart…): it knows
// its height for the page width it was made for and paints itself into a rectangle. ReportDocument
// stacks blocks onto pages.
#pragma once

#include <memory>
#include <QColor>
#include <QList>
#include <QRectF>

class QPainter;

namespace aftercare::ui {

class ReportBlock;
using ReportBlockPtr = std::shared_ptr<const ReportBlock>;

class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    qreal height() const { return m_height; }
    // Space above the block, dropped when the block starts a page.
    qreal spaceBefore() const { return m_spaceBefore; }
    void setSpaceBefore(qreal space) { m_spaceBefore = space; }

    // Headings keep with what follows, so none is left alone at the foot of a page.
    bool keepWithNext() const { return m_keepWithNext; }
    void setKeepWithNext(bool keep) { m_keepWithNext = keep; }

    // Starts a new page unless the current one is still empty.
    bool startsPage() const { return m_startsPage; }
    void setStartsPage(bool starts) { m_startsPage = starts; }

    // Placed again at the top of a page this block starts: a table's caption and header row.
    const QList<ReportBlockPtr>& repeatAtPageTop() const { return m_repeat; }
    void setRepeatAtPageTop(QList<ReportBlockPtr> blocks) { m_repeat = std::move(blocks); }

    virtual void paint(QPainter& painter, const QRectF& rect) const = 0;

protected:
    void setHeight(qreal height) { m_height = height; }

private:
    qreal m_height = 0;
    qreal m_spaceBefore = 0;
    bool m_keepWithNext = false;
    bool m_startsPage = false;
    QList<ReportBlockPtr> m_repeat;
};

// Empty space, or (with startsPage) a page break; optionally shaded to close a shaded box.
class ReportSpacer final : public ReportBlock
{
public:
    explicit ReportSpacer(qreal height, QColor fill = {}) : m_fill(std::move(fill))
    {
        setHeight(height);
    }
    void paint(QPainter& painter, const QRectF& rect) const override;

private:
    QColor m_fill;
};

} // namespace aftercare::ui
