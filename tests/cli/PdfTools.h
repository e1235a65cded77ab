// What a PDF the tests made says and how many pages it has, read with poppler's pdftotext and
// pdfinfo; shared by the tests of aftercare-report, `aftercare-cli export --format pdf` and the
// Export page.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace aftercare::test {

// aftercare-report, built next to the binary at `sibling` (aftercare or aftercare-cli).
inline QString reportToolNextTo(const QString& sibling)
{
    return QFileInfo(sibling).dir().filePath(QStringLiteral("aftercare-report"));
}

// The text of every page, whitespace collapsed.
inline QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// -1 when the file is not a PDF pdfinfo can read.
inline int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(60000);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace aftercare::test
