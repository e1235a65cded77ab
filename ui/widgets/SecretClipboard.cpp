#include "ui/widgets/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

namespace aftercare::ui {

SecretClipboard::SecretClipboard(QObject* parent, Schedule schedule)
    : QObject(parent), m_schedule(std::move(schedule))
{
    if (!m_schedule) {
        m_schedule = [this](std::chrono::milliseconds delay, std::function<void()> then) {
            QTimer::singleShot(delay, this, std::move(then));
        };
    }
}

namespace {

QByteArray digest(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

void SecretClipboard::copy(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    data->setData(hintFormat(), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(data);
    m_copiedHash = digest(text);
    const quint64 copyNumber = ++m_copies;
    QPointer<SecretClipboard> self(this);
    m_schedule(clearAfter, [self, copyNumber] {
        if (self)
            self->clearIfUnchanged(copyNumber);
    });
}

void SecretClipboard::clearIfUnchanged(quint64 copyNumber)
{
    // A later copy starts its own countdown.
    if (copyNumber != m_copies)
        return;
    if (digest(QApplication::clipboard()->text()) == m_copiedHash)
        QApplication::clipboard()->clear();
    m_copiedHash.clear();
}

} // namespace aftercare::ui
