// A recovery code shown once: the code in large monospace, Copy (marked secret for clipboard
// managers, cleared after 30 s), Save as a file (with why a file on this disk is a poor place)
// and Print. Used at onboarding and by Settings → Make a new recovery code.
#pragma once

#include "core/crypto/SecretBytes.h"
#include "ui/widgets/SecretClipboard.h"

#include <QWidget>

class QLabel;

namespace aftercare::ui {

class RecoveryCodeView : public QWidget
{
    Q_OBJECT

public:
    // Named `prefix` + "RecoveryCodeView"; its children `prefix` + "RecoveryCode", "CopyCode",
    // "SaveCode", "PrintCode", "CodeStatus", "SaveAdvice".
    explicit RecoveryCodeView(const QString& prefix, QWidget* parent = nullptr);

    void setCode(const core::SecretBytes& code);
    // Forgets the code and empties every label.
    void clear();
    // For tests: how the clipboard's clearing is scheduled.
    void setClipboardSchedule(SecretClipboard::Schedule schedule);

private:
    QString codeText() const;
    void copy();
    void save();
    void print();

    QLabel* m_code = nullptr;
    QLabel* m_status = nullptr;
    SecretClipboard* m_clipboard = nullptr;
    core::SecretBytes m_secret;
};

} // namespace aftercare::ui
