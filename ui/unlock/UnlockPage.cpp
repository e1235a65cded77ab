#include "ui/unlock/UnlockPage.h"

#include "ui/session/BackgroundTask.h"
#include "ui/session/JournalTasks.h"
#include "ui/session/Session.h"
#include "ui/widgets/NewPassphraseForm.h"
#include "ui/widgets/SensitiveInput.h"
#include "ui/widgets/ShowPassphrase.h"
#include "ui/widgets/SupportPanel.h"
#include "ui/widgets/SvgIcon.h"
#include "ui/widgets/TextStyle.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = TextStyle::problem(QString(), parent);
    label->setObjectName(objectName);
    label->hide();
    return label;
}

// Puts the Tab-focusable widgets of `part` (built after the rest of the page) right after
// `after`, in their own order: where they were when the whole page was built at once.
void placeInTabOrderAfter(QWidget* after, QWidget* part)
{
    QList<QWidget*> focusable;
    for (QWidget* w = part->nextInFocusChain(); w != part; w = w->nextInFocusChain()) {
        if (part->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            focusable << w;
    }
    for (QWidget* w : std::as_const(focusable)) {
        QWidget::setTabOrder(after, w);
        after = w;
    }
}

} // namespace

UnlockPage::UnlockPage(Session* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("unlockPage"));

    auto* column = new QWidget(this);
    column->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    // The recovery view is built when "Forgot your passphrase?" is first used: until then the
    // lock screen neither builds nor lays out its texts and fields.
    m_views = new QStackedWidget(column);
    m_views->addWidget(buildPassphraseView());
    layout->addWidget(m_views);

    m_progress = new QProgressBar(column);
    m_progress->setObjectName(QStringLiteral("unlockBusy"));
    m_progress->setAccessibleName(tr("Unlocking"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressText = TextStyle::hint(QString(), column);
    m_progressText->setObjectName(QStringLiteral("unlockBusyText"));
    m_progressText->hide();
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    m_showBusy.setSingleShot(true);
    m_showBusy.setInterval(busyIndicatorDelayMs);
    connect(&m_showBusy, &QTimer::timeout, this, [this] {
        m_progress->show();
        m_progressText->show();
    });

    m_helpNow =
        TextStyle::linkButton(tr("Need help now?"), QStringLiteral("unlockHelpNow"), column);
    layout->addWidget(m_helpNow);
    connect(m_helpNow, &QPushButton::clicked, this, &UnlockPage::toggleSupport);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto* middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(column);
    middle->addStretch(2);
    outer->addLayout(middle, 3);
    outer->addStretch(1);
}

QWidget* UnlockPage::buildPassphraseView()
{
    auto* view = new QWidget(this);
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    m_icon = TextStyle::appIcon(view);
    layout->addWidget(m_icon);
    m_heading = TextStyle::heading(tr("Welcome back"), view);
    m_heading->setObjectName(QStringLiteral("unlockHeading"));
    layout->addWidget(m_heading);
    layout->addWidget(TextStyle::paragraph(
        tr("Your journal is locked. Enter your passphrase to open it."), view));

    m_passphrase = new QLineEdit(view);
    markSensitive(m_passphrase);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setMinimumHeight(m_passphrase->sizeHint().height() * 5 / 4);
    addShowPassphraseToggle(m_passphrase);

    m_unlock = new QPushButton(tr("&Unlock"), view);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);
    layout->addLayout(row);

    m_error = errorLabel(QStringLiteral("unlockError"), view);
    layout->addWidget(m_error);
    m_note = TextStyle::hint(QString(), view);
    m_note->setObjectName(QStringLiteral("unlockNote"));
    m_note->hide();
    layout->addWidget(m_note);

    m_forgot =
        TextStyle::linkButton(tr("Forgot your passphrase?"), QStringLiteral("unlockForgot"), view);
    layout->addWidget(m_forgot);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(m_forgot, &QPushButton::clicked, this, &UnlockPage::showRecovery);
    return view;
}

QWidget* UnlockPage::buildRecoveryView()
{
    auto* view = new QWidget(this);
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    layout->addWidget(TextStyle::heading(tr("Use your recovery code"), view));
    layout->addWidget(TextStyle::paragraph(
        tr("Type the recovery code you stored when you created your journal — capitals, spaces "
           "and dashes don't matter. Then choose a new passphrase to use from now on."),
        view));

    m_code = new QLineEdit(view);
    markSensitive(m_code);
    m_code->setObjectName(QStringLiteral("unlockRecoveryCode"));
    m_code->setAccessibleName(tr("Recovery code"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    auto* codeLabel = new QLabel(tr("Recovery &code"), view);
    codeLabel->setBuddy(m_code);
    layout->addWidget(codeLabel);
    layout->addWidget(m_code);

    m_newPassphrase =
        new NewPassphraseForm(QStringLiteral("recovery"), view, tr("&New passphrase"));
    layout->addWidget(m_newPassphrase);

    m_recoveryError = errorLabel(QStringLiteral("unlockRecoveryError"), view);
    layout->addWidget(m_recoveryError);

    auto* buttons = new QHBoxLayout;
    auto* back = new QPushButton(tr("&Back"), view);
    back->setObjectName(QStringLiteral("unlockRecoveryBack"));
    back->setAccessibleName(tr("Back to the passphrase"));
    m_recover = new QPushButton(tr("Unlock and &set new passphrase"), view);
    m_recover->setObjectName(QStringLiteral("unlockRecover"));
    m_recover->setAccessibleName(m_recover->text().remove(QLatin1Char('&')));
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_recover);
    layout->addLayout(buttons);

    connect(back, &QPushButton::clicked, this, &UnlockPage::reset);
    connect(m_recover, &QPushButton::clicked, this, &UnlockPage::recover);
    connect(m_newPassphrase, &NewPassphraseForm::submitted, this, &UnlockPage::recover);
    connect(m_code, &QLineEdit::returnPressed, m_newPassphrase,
            &NewPassphraseForm::focusPassphrase);
    return view;
}

void UnlockPage::toggleSupport()
{
    // Built on first use, right under the link (and next after it for the Tab key).
    if (!m_support) {
        QWidget* column = m_helpNow->parentWidget();
        m_support = new SupportPanel(column);
        // The plan is encrypted: the lock screen only says where to find it.
        m_support->setLockedPlanHintShown(true);
        m_support->setObjectName(QStringLiteral("unlockSupport"));
        m_support->hide();
        auto* layout = static_cast<QVBoxLayout*>(column->layout());
        layout->insertWidget(layout->indexOf(m_helpNow) + 1, m_support);
        placeInTabOrderAfter(m_helpNow, m_support);
    }
    m_support->setVisible(!m_support->isVisible());
    Q_EMIT helpNowRequested();
}

void UnlockPage::ensureRecoveryView()
{
    if (m_code)
        return;
    QWidget* view = buildRecoveryView();
    m_views->addWidget(view);
    placeInTabOrderAfter(m_forgot, view);
    // In step with an unlock that may already be running.
    setBusy(m_busy, m_progressText->text());
}

void UnlockPage::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void UnlockPage::showProblem(const QString& message)
{
    showError(m_error, message);
}

void UnlockPage::setDiscreet(bool discreet)
{
    m_heading->setText(discreet ? tr("Locked") : tr("Welcome back"));
    // Drawn again only when it changes (the window calls this whenever its identity does).
    if (discreet == m_discreet)
        return;
    m_discreet = discreet;
    m_icon->setPixmap(
        svgIcon(appIconPath(discreet)).pixmap(m_icon->size(), m_icon->devicePixelRatioF()));
}

void UnlockPage::reset()
{
    m_passphrase->clear();
    m_error->hide();
    if (m_code) {
        m_code->clear();
        m_newPassphrase->clear();
        m_recoveryError->hide();
    }
    m_views->setCurrentIndex(0);
    if (isVisible())
        m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockPage::showRecovery()
{
    ensureRecoveryView();
    m_error->hide();
    m_passphrase->clear();
    m_views->setCurrentIndex(1);
    m_code->setFocus(Qt::OtherFocusReason);
}

void UnlockPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_views->currentIndex() == 0)
        m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_progressText->setText(what);
    if (busy) {
        m_showBusy.start();
    } else {
        m_showBusy.stop();
        m_progress->hide();
        m_progressText->hide();
    }
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    if (m_code) {
        m_code->setEnabled(!busy);
        m_newPassphrase->setInputEnabled(!busy);
        m_recover->setEnabled(!busy);
    }
}

void UnlockPage::showError(QLabel* label, const QString& message)
{
    label->setText(message);
    label->show();
}

void UnlockPage::unlock()
{
    if (m_busy || m_session->isUnlocked())
        return;
    if (m_passphrase->text().isEmpty()) {
        showError(m_error, tr("Type your passphrase first."));
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    const core::SecretBytes passphrase = core::SecretBytes::fromUtf8(m_passphrase->text());
    m_error->hide();
    const QString dir = m_session->journalDir();
    QThread* gui = thread();
    BackgroundTask::run(
        this, [dir, passphrase, gui] { return JournalTasks::unlock(dir, passphrase, gui); },
        [this](JournalTasks::Opened opened) {
            setBusy(false, QString());
            if (opened) {
                m_passphrase->clear();
                m_session->adopt(std::move(*opened));
                return;
            }
            const core::Error& error = opened.error();
            // Only the passphrase was wrong: keep it, selected, so the user can look at it (the
            // eye), fix a letter, or simply type it again over the selection.
            showError(m_error, error.kind() == core::Error::Kind::WrongSecret
                                   ? tr("That passphrase didn't open this journal. Please try "
                                        "again — check Caps Lock and the keyboard layout.")
                                   : error.message());
            m_passphrase->setFocus(Qt::OtherFocusReason);
            m_passphrase->selectAll();
        });
    // After the worker has started, which need not wait for the field to be disabled.
    setBusy(true, tr("Opening your journal…"));
    Q_EMIT unlockStarted();
}

void UnlockPage::recover()
{
    if (m_busy || m_session->isUnlocked())
        return;
    if (m_code->text().trimmed().isEmpty()) {
        showError(m_recoveryError, tr("Type your recovery code first."));
        m_code->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_newPassphrase->isAcceptable()) {
        showError(m_recoveryError, m_newPassphrase->problem());
        return;
    }
    const core::SecretBytes code = core::SecretBytes::fromUtf8(m_code->text());
    const core::SecretBytes passphrase = m_newPassphrase->passphrase();
    m_recoveryError->hide();
    const QString dir = m_session->journalDir();
    QThread* gui = thread();
    BackgroundTask::run(
        this,
        [dir, code, passphrase, gui] { return JournalTasks::recover(dir, code, passphrase, gui); },
        [this](JournalTasks::Opened opened) {
            setBusy(false, QString());
            if (opened) {
                reset();
                m_session->adopt(std::move(*opened));
                return;
            }
            const core::Error& error = opened.error();
            showError(m_recoveryError,
                      error.kind() == core::Error::Kind::WrongSecret
                          ? tr("That recovery code didn't open this journal. Check it against "
                               "the one you stored and try again.")
                          : error.message());
            m_code->setFocus(Qt::OtherFocusReason);
        });
    setBusy(true, tr("Checking the code and setting your new passphrase…"));
    Q_EMIT unlockStarted();
}

} // namespace aftercare::ui
