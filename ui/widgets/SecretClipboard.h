// Puts a secret (a recovery code) on the clipboard marked as one for clipboard managers
// (x-kde-passwordManagerHint: secret, so KDE's Klipper and others leave it out of their
// history), and clears it after a while if it is still there. The timer is injectable so tests
// can make the delay pass without waiting.
#pragma once

#include <chrono>
#include <functional>
#include <QByteArray>
#include <QObject>
#include <QString>

namespace aftercare::ui {

class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    using Schedule = std::function<void(std::chrono::milliseconds, std::function<void()>)>;
    static constexpr std::chrono::milliseconds clearAfter{30000};

    // `schedule` runs a function after a delay; QTimer::singleShot on this object by default.
    explicit SecretClipboard(QObject* parent = nullptr, Schedule schedule = {});

    // Copies `text`; after clearAfter the clipboard is emptied, but only if it still holds
    // exactly this text (something the user copied since is left alone).
    void copy(const QString& text);

    // The MIME type and value that mark clipboard data as a password.
    static QString hintFormat() { return QStringLiteral("x-kde-passwordManagerHint"); }

private:
    void clearIfUnchanged(quint64 copyNumber);

    Schedule m_schedule;
    QByteArray m_copiedHash; // a digest, so the secret itself is not kept here
    quint64 m_copies = 0;
};

} // namespace aftercare::ui
