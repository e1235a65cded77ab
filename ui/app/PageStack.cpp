#include "ui/app/PageStack.h"

#include <QTimer>

namespace aftercare::ui {

PageStack::PageStack(QWidget* parent) : QStackedWidget(parent) {}

void PageStack::addPage(const QString& key, Factory make)
{
    m_keys << key;
    m_factories << std::move(make);
    m_built << false;
    addWidget(new QWidget(this)); // placeholder until built
}

bool PageStack::isBuilt(const QString& key) const
{
    const qsizetype i = m_keys.indexOf(key);
    return i >= 0 && m_built.at(i);
}

QWidget* PageStack::page(const QString& key)
{
    const int i = int(m_keys.indexOf(key));
    if (i < 0)
        return nullptr;
    if (!m_built.at(i)) {
        m_built[i] = true;
        QWidget* placeholder = widget(i);
        const bool wasCurrent = currentIndex() == i;
        QWidget* built = m_factories.at(i)();
        insertWidget(i, built);
        removeWidget(placeholder);
        delete placeholder;
        if (wasCurrent)
            setCurrentIndex(i);
        Q_EMIT pageBuilt(key, built);
    }
    return widget(i);
}

void PageStack::showPage(const QString& key)
{
    if (QWidget* w = page(key))
        setCurrentWidget(w);
}

QString PageStack::currentKey() const
{
    const int i = currentIndex();
    return i >= 0 && i < m_keys.size() ? m_keys.at(i) : QString();
}

void PageStack::buildRestWhenIdle()
{
    if (m_idleBuildScheduled || !m_built.contains(false))
        return;
    m_idleBuildScheduled = true;
    // Long enough for the window to be painted first, short enough to finish before a person
    // reaches for the sidebar.
    QTimer::singleShot(kIdleDelayMs, this, &PageStack::buildNextWhenIdle);
}

void PageStack::buildNextWhenIdle()
{
    const qsizetype next = m_built.indexOf(false);
    if (next < 0) {
        m_idleBuildScheduled = false;
        return;
    }
    m_idleBuildScheduled = true;
    QTimer::singleShot(0, this, [this] {
        const qsizetype i = m_built.indexOf(false);
        if (i >= 0)
            page(m_keys.at(i));
        buildNextWhenIdle();
    });
}

} // namespace aftercare::ui
