// A stacked widget whose pages are built the first time they are needed (or in idle moments
// after the window is on screen), so opening the journal only pays for the page it shows.
#pragma once

#include <functional>
#include <QStackedWidget>
#include <QStringList>

namespace aftercare::ui {

class PageStack : public QStackedWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget*()>;
    static constexpr int kIdleDelayMs = 300;

    explicit PageStack(QWidget* parent = nullptr);

    // Reserves a place for the page; `make` runs once, when the page is first needed.
    void addPage(const QString& key, Factory make);
    QStringList keys() const { return m_keys; }
    bool isBuilt(const QString& key) const;
    // The page, built now if it was not yet; null for an unknown key.
    QWidget* page(const QString& key);
    template <typename T> T* pageAs(const QString& key) { return qobject_cast<T*>(page(key)); }
    // Builds (if needed) and shows the page.
    void showPage(const QString& key);
    QString currentKey() const;
    // Builds the remaining pages one per event-loop turn, so the window stays responsive.
    void buildRestWhenIdle();

Q_SIGNALS:
    void pageBuilt(const QString& key, QWidget* page);

private:
    void buildNextWhenIdle();

    QStringList m_keys;
    QList<Factory> m_factories;
    QList<bool> m_built;
    bool m_idleBuildScheduled = false;
};

} // namespace aftercare::ui
