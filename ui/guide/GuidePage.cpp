#include "ui/guide/GuidePage.h"

#include "core/i18n/Translations.h"
#include "ui/session/Session.h"
#include "ui/widgets/Resources.h"
#include "ui/widgets/SupportPanel.h"

#include <algorithm>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

struct Topic
{
    const char* key;
    const char* title;
};

constexpr Topic kTopics[] = {
    {"understanding", QT_TRANSLATE_NOOP("GuidePage", "Understanding tears after sex")},
    {"reasons", QT_TRANSLATE_NOOP("GuidePage", "Possible reasons")},
    {"reflecting", QT_TRANSLATE_NOOP("GuidePage", "Reflecting on your tears")},
    {"talk_to_someone", QT_TRANSLATE_NOOP("GuidePage", "When to talk to someone")},
    {"partner_cries", QT_TRANSLATE_NOOP("GuidePage", "If your partner cries")},
    {"help_now", QT_TRANSLATE_NOOP("GuidePage", "Getting help now")},
    {"pain", QT_TRANSLATE_NOOP("GuidePage", "Pain with sex")},
    {"relationship", QT_TRANSLATE_NOOP("GuidePage", "Relationship worries")},
    {"depression", QT_TRANSLATE_NOOP("GuidePage", "Low mood and depression")},
    {"trauma", QT_TRANSLATE_NOOP("GuidePage", "When the past comes back")},
};

const QString kHelpNow = QStringLiteral("help_now");
constexpr int kReadingWidth = 680;

// Markdown import gives tight, book-like spacing; guide pages read better with air between
// paragraphs and a little more line height.
void polish(QTextDocument* document)
{
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
        if (format.headingLevel() > 0) {
            format.setTopMargin(format.headingLevel() == 1 ? 4 : 18);
            format.setBottomMargin(8);
            // Markdown's headings are very large; one step smaller reads calmer.
            cursor.select(QTextCursor::BlockUnderCursor);
            QTextCharFormat heading;
            heading.setProperty(QTextFormat::FontSizeAdjustment,
                                format.headingLevel() == 1 ? 2 : 1);
            cursor.mergeCharFormat(heading);
            cursor.clearSelection();
        } else {
            format.setBottomMargin(block.textList() ? 4 : 10);
        }
        cursor.setBlockFormat(format);
    }
}

} // namespace

QStringList GuidePage::topics()
{
    QStringList keys;
    for (const Topic& t : kTopics)
        keys << QString::fromLatin1(t.key);
    return keys;
}

QString GuidePage::title(const QString& key)
{
    for (const Topic& t : kTopics) {
        if (key == QLatin1String(t.key))
            return QCoreApplication::translate("GuidePage", t.title);
    }
    return QString();
}

QString GuidePage::text(const QString& key)
{
    if (!topics().contains(key))
        return QString();
    ensureResources();
    // The page in the language the app speaks, else the English original.
    QFile translated(
        QStringLiteral(":/aftercare/guide/%1/%2.md").arg(core::Translations::current(), key));
    if (translated.open(QIODevice::ReadOnly))
        return QString::fromUtf8(translated.readAll());
    QFile file(QStringLiteral(":/aftercare/guide/%1.md").arg(key));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

GuidePage::GuidePage(Session* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("guidePage"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("guideTopics"));
    m_list->setAccessibleName(tr("Guide topics"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_list->setFixedWidth(230);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setStyleSheet(QStringLiteral(
        "QListWidget { background: transparent; }"
        "QListWidget::item { padding: 6px 8px; border-radius: 6px; color: palette(text); }"
        "QListWidget::item:selected { background: rgba(91, 127, 149, 0.22); }"));
    for (const Topic& t : kTopics) {
        auto* item = new QListWidgetItem(QCoreApplication::translate("GuidePage", t.title), m_list);
        item->setData(Qt::UserRole, QString::fromLatin1(t.key));
    }

    m_support = new SupportPanel(this);
    m_support->setObjectName(QStringLiteral("guideSupport"));
    // The panel only sits on "Getting help now", which also speaks to a consent "no": it names
    // the sexual-assault line, and has no link back to the page it is on.
    m_support->setSexualAssaultLineShown(true);
    m_support->setHelpNowLinkShown(false);
    m_support->setSafetyPlanLinkShown(true);
    m_support->hide();

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setAccessibleName(tr("Guide text"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(20);
    // A comfortable line length on wide windows; narrower windows still wrap to fit (see
    // eventFilter).
    m_browser->setLineWrapMode(QTextEdit::FixedPixelWidth);
    m_browser->setLineWrapColumnOrWidth(kReadingWidth);
    m_browser->viewport()->installEventFilter(this);
    m_browser->viewport()->setBackgroundRole(QPalette::Base);

    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_support);
    right->addWidget(m_browser, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_list);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showTopic(item->data(Qt::UserRole).toString());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GuidePage::openLink);
    connect(m_support, &SupportPanel::guideRequested, this, &GuidePage::showTopic);
    connect(m_support, &SupportPanel::settingsRequested, this, &GuidePage::settingsRequested);
    connect(m_support, &SupportPanel::safetyPlanRequested, this, &GuidePage::safetyPlanRequested);
    connect(m_session, &Session::unlocked, this,
            [this] { m_support->setStore(m_session->store()); });
    connect(m_session, &Session::locked, this, [this] { m_support->setStore(nullptr); });
    m_support->setStore(m_session->store());

    showTopic(QStringLiteral("understanding"));
}

void GuidePage::showTopic(const QString& key)
{
    const QString topic = topics().contains(key) ? key : QStringLiteral("understanding");
    m_current = topic;
    m_browser->setMarkdown(text(topic));
    polish(m_browser->document());
    m_support->setVisible(topic == kHelpNow);
    if (topic == kHelpNow)
        m_support->refresh();
    const int row = int(topics().indexOf(topic));
    if (m_list->currentRow() != row) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(row);
    }
}

bool GuidePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        const int available = m_browser->viewport()->width() - 4;
        m_browser->setLineWrapColumnOrWidth(std::clamp(available, 200, kReadingWidth));
    }
    return QWidget::eventFilter(watched, event);
}

void GuidePage::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("guide"))
        showTopic(url.path());
}

} // namespace aftercare::ui
