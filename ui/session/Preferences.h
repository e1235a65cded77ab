// Preferences that are not secret (how soon to lock, discreet mode), kept with QSettings so they
// apply before the journal is unlocked. Anything private lives encrypted in the journal instead.
#pragma once

#include <memory>
#include <QObject>

class QSettings;

namespace aftercare::ui {

class Preferences : public QObject
{
    Q_OBJECT

public:
    // An empty `iniPath` uses the user's normal settings location; tests and the demo pass a
    // file of their own so they never touch the real ones.
    explicit Preferences(const QString& iniPath = QString(), QObject* parent = nullptr);
    ~Preferences() override;

    static constexpr int defaultAutoLockMinutes = 5;
    static constexpr int maxAutoLockMinutes = 240;

    // 0 means never lock for being idle.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    bool lockOnMinimise() const;
    void setLockOnMinimise(bool on);

    // A neutral window title and icon, so a glance at the screen or taskbar gives nothing away.
    bool discreetMode() const;
    void setDiscreetMode(bool on);

    // The language the user chose ("de", "en"), or empty to follow the system. Read once at
    // start-up, so a change applies the next time the app starts.
    QString language() const;
    void setLanguage(const QString& language);

    // The country whose crisis lines the support panel shows (ISO code); empty follows the
    // system locale, otherSomewhere shows the wording without numbers. Applied to
    // core::CrisisLines at once, and when the preferences are read.
    static inline const QString otherTerritory = QStringLiteral("ZZ");
    QString crisisTerritory() const;
    void setCrisisTerritory(const QString& code);
    // The text size in percent of the system's font (100, or larger for easier reading).
    // Applied at once and at every start.
    int textSize() const;
    void setTextSize(int percent);

    QString fileName() const;

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace aftercare::ui
