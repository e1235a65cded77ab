#include "ui/safetyplan/SafetyPlanDocument.h"

#include "ui/text/SafetyPlanWording.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace aftercare::ui::SafetyPlanDocument {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SafetyPlan)
};

QString html(const core::SafetyPlan& plan)
{
    QString out = QStringLiteral("<h2 style='margin:0'>%1</h2>")
                      .arg(SafetyPlanWording::planTitle().toHtmlEscaped());
    out += QStringLiteral("<p style='margin:2px 0 6px 0; font-size:small'>%1</p>")
               .arg(Text::tr("Made in a calm moment, for when things get dark. Start at the top "
                             "and keep going until you feel safer.")
                        .toHtmlEscaped());
    int number = 1;
    for (core::SafetyPlan::Section s : core::SafetyPlan::sections) {
        out += QStringLiteral("<h4 style='margin:6px 0 1px 0'>%1. %2</h4>")
                   .arg(number++)
                   .arg(SafetyPlanWording::title(s).toHtmlEscaped());
        const QStringList& items = plan[s];
        if (items.isEmpty()) {
            // Room to write by hand on the printed page.
            out += QStringLiteral("<p style='margin:0'>________________________________<br>"
                                  "________________________________</p>");
            continue;
        }
        out += QStringLiteral("<ul style='margin:0'>");
        for (const QString& item : items)
            out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace

std::unique_ptr<QTextDocument> build(const core::SafetyPlan& plan)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = doc->defaultFont();
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(24);
    doc->setHtml(html(plan));
    return doc;
}

core::Result<QByteArray> pdf(const core::SafetyPlan& plan)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return core::fail(core::Error::Kind::Other, Text::tr("The PDF could not be made."));
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(SafetyPlanWording::planTitle());
        writer.setCreator(QStringLiteral("Aftercare"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        const auto doc = build(plan);
        doc->print(&writer);
    }
    buffer.close();
    return bytes;
}

} // namespace aftercare::ui::SafetyPlanDocument
