// The guide: short, readable pages in resources/guide/ about tears after sex, their possible
// reasons, reflecting, when to talk to someone, a partner who cries, and getting help now
// (with the user's saved contacts).
#pragma once

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace aftercare::ui {

class Session;
class SupportPanel;

class GuidePage : public QWidget
{
    Q_OBJECT

public:
    explicit GuidePage(Session* session, QWidget* parent = nullptr);

    // Topic keys, in the order the guide lists them.
    static QStringList topics();
    static QString title(const QString& key);
    // The page's text (Markdown) from the resources; empty for an unknown key.
    static QString text(const QString& key);

    QString currentTopic() const { return m_current; }

public Q_SLOTS:
    // Unknown keys fall back to "understanding".
    void showTopic(const QString& key);

Q_SIGNALS:
    void settingsRequested();
    void safetyPlanRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openLink(const QUrl& url);

    Session* m_session;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_browser = nullptr;
    SupportPanel* m_support = nullptr;
    QString m_current;
};

} // namespace aftercare::ui
