// How guessable a passphrase is, estimated with zxcvbn (Debian's libzxcvbn), in words a person
// can act on.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace aftercare::ui {

struct PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level
    {
        Empty,
        VeryWeak,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };

    Level level = Level::Empty;
    double bits = 0; // zxcvbn's entropy estimate
    QString label;   // "Weak", "Strong", …
    QString advice;  // one sentence, empty when there is nothing to improve

    bool isWeak() const { return level <= Level::Weak; }

    static PassphraseStrength evaluate(const QString& passphrase);
    // The shortest passphrase the app accepts at all.
    static constexpr int minimumLength = 8;
};

} // namespace aftercare::ui
