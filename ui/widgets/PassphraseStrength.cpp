#include "ui/widgets/PassphraseStrength.h"

#include <QCoreApplication>
#include <zxcvbn.h>

namespace aftercare::ui {

PassphraseStrength PassphraseStrength::evaluate(const QString& passphrase)
{
    PassphraseStrength s;
    if (passphrase.isEmpty()) {
        s.label = tr("No passphrase yet");
        return s;
    }
    QByteArray utf8 = passphrase.toUtf8();
    // Words that make a passphrase easy to guess for someone who knows it protects this app.
    const char* userDict[] = {"aftercare", "journal", "tears", "crying", "passphrase", nullptr};
    s.bits = ZxcvbnMatch(utf8.constData(), userDict, nullptr);
    utf8.fill('\0');

    // Thresholds in bits of guessing work; each unlock attempt also costs a full Argon2id run.
    if (passphrase.size() < minimumLength) {
        s.level = Level::VeryWeak;
        s.label = tr("Too short");
        s.advice = tr("Use at least 8 characters — a few unrelated words work well.");
    } else if (s.bits < 28) {
        s.level = Level::VeryWeak;
        s.label = tr("Very weak");
        s.advice = tr("This would be easy to guess. Try a few unrelated words.");
    } else if (s.bits < 40) {
        s.level = Level::Weak;
        s.label = tr("Weak");
        s.advice = tr("Adding another unusual word would make it much harder to guess.");
    } else if (s.bits < 56) {
        s.level = Level::Fair;
        s.label = tr("Fair");
        s.advice = tr("Good enough, and one more word would make it strong.");
    } else if (s.bits < 72) {
        s.level = Level::Strong;
        s.label = tr("Strong");
    } else {
        s.level = Level::VeryStrong;
        s.label = tr("Very strong");
    }
    return s;
}

} // namespace aftercare::ui
