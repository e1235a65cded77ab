#include "ui/onboarding/OnboardingPage.h"

#include "core/storage/Journal.h"
#include "ui/session/BackgroundTask.h"
#include "ui/session/JournalTasks.h"
#include "ui/session/Session.h"
#include "ui/widgets/Dialogs.h"
#include "ui/widgets/NewPassphraseForm.h"
#include "ui/widgets/RecoveryCodeView.h"
#include "ui/widgets/SupportPanel.h"
#include "ui/widgets/TextStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

namespace aftercare::ui {

namespace {

QPushButton* primaryButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setDefault(true);
    button->setMinimumWidth(160);
    return button;
}

// A centred reading column, so long text never stretches across a wide screen.
QWidget* column(QWidget* content, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* outer = new QHBoxLayout(page);
    outer->addStretch(1);
    auto* middle = new QVBoxLayout;
    middle->addStretch(1);
    middle->addWidget(content);
    middle->addStretch(2);
    outer->addLayout(middle, 4);
    outer->addStretch(1);
    content->setMaximumWidth(620);
    return page;
}

} // namespace

OnboardingPage::OnboardingPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("onboardingPage"));
    m_steps = new QStackedWidget(this);
    m_steps->addWidget(column(buildWelcome(), m_steps));
    m_steps->addWidget(column(buildPassphrase(), m_steps));
    m_steps->addWidget(column(buildRecoveryCode(), m_steps));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
}

OnboardingPage::~OnboardingPage() = default;

OnboardingPage::Step OnboardingPage::step() const
{
    return Step(m_steps->currentIndex());
}

QWidget* OnboardingPage::buildWelcome()
{
    auto* view = new QWidget(this);
    auto* layout = new QVBoxLayout(view);
    layout->setSpacing(14);
    layout->addWidget(TextStyle::appIcon(view, 64));
    layout->addWidget(TextStyle::heading(tr("Welcome to Aftercare"), view, 1.7));
    layout->addWidget(TextStyle::paragraph(
        tr("Aftercare is a private journal for the tears, sadness or irritability that can come "
           "during or after sex. It helps you reflect on each moment gently, notice patterns "
           "over time, and find support when you want it."),
        view));
    layout->addSpacing(6);
    layout->addWidget(TextStyle::heading(tr("Your privacy"), view, 1.15));
    QLabel* privacy = TextStyle::paragraph(
        tr("Everything you write stays on this computer, encrypted with a passphrase only you "
           "know. Aftercare never connects to the internet. Nobody — not even the people who "
           "made it — can open or recover your journal without your passphrase or your "
           "recovery code."),
        view);
    privacy->setObjectName(QStringLiteral("onboardingPrivacy"));
    layout->addWidget(privacy);
    layout->addSpacing(10);

    QPushButton* start = primaryButton(tr("&Get started"), QStringLiteral("onboardingStart"), view);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(start);
    layout->addLayout(row);
    layout->addWidget(TextStyle::hint(
        tr("Moving from another computer? Create your journal here, then bring your reflections "
           "over from Settings → Portable backup."),
        view));

    // Crisis lines are never behind a passphrase.
    QPushButton* helpNow =
        TextStyle::linkButton(tr("Need help now?"), QStringLiteral("onboardingHelpNow"), view);
    auto* support = new SupportPanel(view);
    support->setObjectName(QStringLiteral("onboardingSupport"));
    support->hide();
    layout->addWidget(helpNow);
    layout->addWidget(support);
    connect(start, &QPushButton::clicked, this, &OnboardingPage::showPassphrase);
    connect(helpNow, &QPushButton::clicked, support,
            [support] { support->setVisible(!support->isVisible()); });
    return view;
}

QWidget* OnboardingPage::buildPassphrase()
{
    auto* view = new QWidget(this);
    auto* layout = new QVBoxLayout(view);
    layout->setSpacing(12);
    layout->addWidget(TextStyle::heading(tr("Choose a passphrase"), view));
    layout->addWidget(TextStyle::paragraph(
        tr("You will type it each time you open your journal. A few unrelated words you can "
           "remember — \"lantern tulip Tuesday river\" — are stronger and easier than a short "
           "jumble of symbols."),
        view));

    m_form = new NewPassphraseForm(QStringLiteral("onboarding"), view);
    layout->addWidget(m_form);

    m_error = TextStyle::problem(QString(), view);
    m_error->setObjectName(QStringLiteral("onboardingError"));
    m_error->hide();
    layout->addWidget(m_error);

    m_progress = new QProgressBar(view);
    m_progress->setObjectName(QStringLiteral("onboardingBusy"));
    m_progress->setAccessibleName(tr("Creating your journal"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    auto* back = new QPushButton(tr("&Back"), view);
    back->setObjectName(QStringLiteral("onboardingBack"));
    back->setAccessibleName(tr("Back"));
    m_create = primaryButton(tr("&Create my journal"), QStringLiteral("onboardingCreate"), view);
    auto* row = new QHBoxLayout;
    row->addWidget(back);
    row->addStretch();
    row->addWidget(m_create);
    layout->addLayout(row);

    connect(back, &QPushButton::clicked, this, &OnboardingPage::showWelcome);
    connect(m_create, &QPushButton::clicked, this, &OnboardingPage::create);
    connect(m_form, &NewPassphraseForm::submitted, this, &OnboardingPage::create);
    connect(m_form, &NewPassphraseForm::changed, m_error, &QWidget::hide);
    return view;
}

QWidget* OnboardingPage::buildRecoveryCode()
{
    auto* view = new QWidget(this);
    auto* layout = new QVBoxLayout(view);
    layout->setSpacing(12);
    layout->addWidget(TextStyle::heading(tr("Your recovery code"), view));
    layout->addWidget(TextStyle::paragraph(
        tr("If you ever forget your passphrase, this code is the only other way into your "
           "journal. It is shown just this once, so keep it somewhere safe and private — on "
           "paper in a drawer, or in a password manager."),
        view));

    m_codeView = new RecoveryCodeView(QStringLiteral("onboarding"), view);
    layout->addWidget(m_codeView);

    m_stored = new QCheckBox(tr("I have stored my recovery code safely"), view);
    m_stored->setObjectName(QStringLiteral("onboardingStored"));
    m_stored->setAccessibleName(m_stored->text());
    layout->addWidget(m_stored);

    m_continue = primaryButton(tr("&Open my journal"), QStringLiteral("onboardingContinue"), view);
    m_continue->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_continue);
    layout->addLayout(row);

    connect(m_stored, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &OnboardingPage::finish);
    return view;
}

void OnboardingPage::showWelcome()
{
    if (m_busy || m_created)
        return;
    m_steps->setCurrentIndex(int(Step::Welcome));
}

void OnboardingPage::showPassphrase()
{
    if (m_busy || m_created)
        return;
    m_steps->setCurrentIndex(int(Step::Passphrase));
    m_form->focusPassphrase();
}

void OnboardingPage::create()
{
    if (m_busy || m_created)
        return;
    if (!m_form->isAcceptable()) {
        m_error->setText(m_form->problem());
        m_error->show();
        return;
    }
    m_busy = true;
    m_error->hide();
    m_progress->show();
    m_form->setInputEnabled(false);
    m_create->setEnabled(false);

    const core::SecretBytes passphrase = m_form->passphrase();
    const QString dir = m_session->journalDir();
    QThread* gui = thread();
    BackgroundTask::run(
        this, [dir, passphrase, gui] { return JournalTasks::create(dir, passphrase, gui); },
        [this](core::Result<core::Journal::Created> created) {
            m_busy = false;
            m_progress->hide();
            m_form->setInputEnabled(true);
            m_create->setEnabled(true);
            if (!created) {
                m_error->setText(created.error().message());
                m_error->show();
                return;
            }
            m_form->clear();
            m_created = std::move(created->journal);
            m_codeView->setCode(created->recoveryCode);
            created->recoveryCode.clear();
            m_steps->setCurrentIndex(int(Step::RecoveryCode));
            m_codeView->setFocus(Qt::OtherFocusReason);
        });
}

void OnboardingPage::finish()
{
    if (!m_created || !m_stored->isChecked())
        return;
    m_codeView->clear();
    m_session->adopt(std::move(m_created));
    Q_EMIT completed();
}

} // namespace aftercare::ui
