#include "ui/session/Preferences.h"

#include "core/support/CrisisLines.h"

#include <algorithm>
#include <QSettings>

namespace aftercare::ui {

namespace {
const QString kAutoLock = QStringLiteral("lock/autoLockMinutes");
const QString kOnMinimise = QStringLiteral("lock/onMinimise");
const QString kDiscreet = QStringLiteral("privacy/discreetMode");
const QString kLanguage = QStringLiteral("general/language");
const QString kTerritory = QStringLiteral("support/territory");
const QString kTextSize = QStringLiteral("general/textSize");
} // namespace

Preferences::Preferences(const QString& iniPath, QObject* parent)
    : QObject(parent),
      m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    core::CrisisLines::setPreferredTerritory(crisisTerritory());
}

Preferences::~Preferences() = default;

int Preferences::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(kAutoLock, defaultAutoLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, maxAutoLockMinutes) : defaultAutoLockMinutes;
}

void Preferences::setAutoLockMinutes(int minutes)
{
    m_settings->setValue(kAutoLock, std::clamp(minutes, 0, maxAutoLockMinutes));
    m_settings->sync();
    Q_EMIT changed();
}

bool Preferences::lockOnMinimise() const
{
    return m_settings->value(kOnMinimise, true).toBool();
}

void Preferences::setLockOnMinimise(bool on)
{
    m_settings->setValue(kOnMinimise, on);
    m_settings->sync();
    Q_EMIT changed();
}

bool Preferences::discreetMode() const
{
    return m_settings->value(kDiscreet, false).toBool();
}

void Preferences::setDiscreetMode(bool on)
{
    m_settings->setValue(kDiscreet, on);
    m_settings->sync();
    Q_EMIT changed();
}

QString Preferences::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Preferences::setLanguage(const QString& language)
{
    if (language.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, language);
    m_settings->sync();
    Q_EMIT changed();
}

QString Preferences::crisisTerritory() const
{
    const QString code = m_settings->value(kTerritory).toString().trimmed().toUpper();
    // Only a code from the table, or "somewhere else"; anything else follows the system.
    if (code == otherTerritory || core::CrisisLines::find(code))
        return code;
    return {};
}

void Preferences::setCrisisTerritory(const QString& code)
{
    m_settings->setValue(kTerritory, code);
    m_settings->sync();
    core::CrisisLines::setPreferredTerritory(crisisTerritory());
    Q_EMIT changed();
}

int Preferences::textSize() const
{
    const int percent = m_settings->value(kTextSize, 100).toInt();
    return percent >= 100 && percent <= 200 ? percent : 100; // a hand-edited file stays legible
}

void Preferences::setTextSize(int percent)
{
    if (percent == 100)
        m_settings->remove(kTextSize);
    else
        m_settings->setValue(kTextSize, percent);
    m_settings->sync();
    Q_EMIT changed();
}

QString Preferences::fileName() const
{
    return m_settings->fileName();
}

} // namespace aftercare::ui
