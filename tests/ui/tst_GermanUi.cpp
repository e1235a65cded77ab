// With the German translation installed, the real main window speaks German: the sidebar, Home,
// Reflect, Trends and the support panel's crisis lines for Germany; and Settings stores a chosen
// language for the next start.
#include "core/analysis/Questionnaire.h"
#include "core/demo/DemoData.h"
#include "core/i18n/Translations.h"
#include "core/support/CrisisLines.h"
#include "tests/ui/ShellFixture.h"
#include "ui/guide/GuidePage.h"
#include "ui/session/BackgroundTask.h"
#include "ui/widgets/SupportPanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QListWidget>
#include <QRegularExpression>
#include <QTranslator>
#include <set>

using namespace aftercare;
using test::ShellFixture;

class tst_GermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(core::Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    }
    void cleanupTestCase() { core::Translations::install(QStringLiteral("en")); }
    void cleanup() { QTRY_COMPARE(ui::BackgroundTask::running(), 0); }

    void sidebarIsGerman();
    void homeReflectAndTrendsAreGerman();
    void supportPanelShowsGermanCrisisLines();
    void settingsStoresTheLanguageForTheNextStart();
    void everyGuidePageHasAGermanVersion();
    void questionnairesKeepAValidatedWording();
    void everyStringTheWindowLooksUpIsGerman();
};

namespace {

// Sits in front of the German translator and notes every lookup, so a test can find strings
// the code looks up under another context than lupdate filed them (they would stay English).
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        if (source && *source)
            lookups.insert({QString::fromUtf8(context), QString::fromUtf8(source),
                            QString::fromUtf8(disambiguation), n});
        return {};
    }
    bool isEmpty() const override { return false; }

    struct Lookup
    {
        QString context;
        QString source;
        QString disambiguation;
        int n;
        bool operator<(const Lookup& o) const
        {
            return std::tie(context, source, disambiguation, n) <
                   std::tie(o.context, o.source, o.disambiguation, o.n);
        }
    };
    mutable std::set<Lookup> lookups;
};

QString allText(QWidget* root)
{
    QStringList texts;
    for (auto* label : root->findChildren<QLabel*>())
        texts << label->text();
    for (auto* button : root->findChildren<QAbstractButton*>())
        texts << button->text();
    return texts.join(u'\n');
}

} // namespace

void tst_GermanUi::sidebarIsGerman()
{
    ShellFixture f;
    f.createJournal();
    f.openWindow();
    auto* sidebar = f.find<QListWidget>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QStringList titles;
    for (int row = 0; row < sidebar->count(); ++row)
        titles << sidebar->item(row)->text();
    QCOMPARE(titles, QStringList({"Start", "Nachdenken", "Tagebuch", "Trends", "Check-ins",
                                  "Export", "Ratgeber", "Einstellungen"}));
}

void tst_GermanUi::homeReflectAndTrendsAreGerman()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();

    w->showPage(QStringLiteral("home"));
    const QString greeting = f.find<QLabel>(QStringLiteral("homeGreeting"))->text();
    QVERIFY2(QStringList({"Hallo", "Guten Morgen", "Guten Tag", "Guten Abend", "Hallo, Nachteule"})
                 .contains(greeting),
             qPrintable(greeting));
    QVERIFY(allText(w->page(QStringLiteral("home")))
                .contains(QStringLiteral("Dein Tagebuch ist leer")));

    w->showPage(QStringLiteral("reflect"));
    auto* guided = f.find<QAbstractButton>(QStringLiteral("startGuidedButton"));
    QVERIFY(guided);
    QCOMPARE(guided->accessibleName(), QStringLiteral("Über einen Moment nachdenken"));

    w->showPage(QStringLiteral("trends"));
    QWidget* trends = w->page(QStringLiteral("trends"));
    QTRY_VERIFY(allText(trends).contains(QStringLiteral("Was auffällt")));
    QVERIFY(!allText(trends).contains(QStringLiteral("What stands out")));
}

void tst_GermanUi::supportPanelShowsGermanCrisisLines()
{
    // The lines follow the country (here Germany, as if picked in Settings), the words the
    // language.
    core::CrisisLines::setPreferredTerritory(QStringLiteral("DE"));
    ui::SupportPanel panel;
    const QString text = allText(&panel);
    core::CrisisLines::setPreferredTerritory(QString());
    QVERIFY2(text.contains(QStringLiteral("0800 111 0 111")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("0800 111 0 222")));
    QVERIFY(text.contains(QStringLiteral("Notruf: 112.")));
    QVERIFY(text.contains(QStringLiteral("In Deutschland:")));
}

void tst_GermanUi::settingsStoresTheLanguageForTheNextStart()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    w->showPage(QStringLiteral("settings"));
    auto* choice = f.find<QComboBox>(QStringLiteral("settingsLanguage"));
    QVERIFY(choice);
    QCOMPARE(choice->currentText(), QStringLiteral("Wie das System"));
    QCOMPARE(f.preferences->language(), QString());
    const int german = choice->findData(QStringLiteral("de"));
    QVERIFY(german >= 0);
    QCOMPARE(choice->itemText(german), QStringLiteral("Deutsch"));
    choice->setCurrentIndex(german);
    Q_EMIT choice->activated(german);
    QCOMPARE(f.preferences->language(), QStringLiteral("de"));
    // A fresh Preferences on the same file, as at the next start.
    QCOMPARE(ui::Preferences(f.preferencesPath()).language(), QStringLiteral("de"));
}

void tst_GermanUi::everyGuidePageHasAGermanVersion()
{
    QCOMPARE(ui::GuidePage::text(QStringLiteral("understanding")).section(u'\n', 0, 0),
             QStringLiteral("# Tränen nach dem Sex verstehen"));
    for (const QString& key : ui::GuidePage::topics()) {
        const QString german = ui::GuidePage::text(key);
        QVERIFY2(!german.isEmpty(), qPrintable(key));
        core::Translations::install(QStringLiteral("en"));
        const QString english = ui::GuidePage::text(key);
        core::Translations::install(QStringLiteral("de"));
        QVERIFY2(german != english, qPrintable(key + QStringLiteral(" has no German page")));
        // The same cross-links, so no German page leads nowhere.
        static const QRegularExpression link(QStringLiteral("\\(guide:([a-z_]+)\\)"));
        QStringList germanLinks;
        QStringList englishLinks;
        for (const auto& m : link.globalMatch(german))
            germanLinks << m.captured(1);
        for (const auto& m : link.globalMatch(english))
            englishLinks << m.captured(1);
        QCOMPARE(germanLinks, englishLinks);
    }
}

void tst_GermanUi::questionnairesKeepAValidatedWording()
{
    ShellFixture f;
    f.createJournal();
    ui::MainWindow* w = f.openWindow();
    w->showPage(QStringLiteral("checkins"));
    QWidget* page = w->page(QStringLiteral("checkins"));
    // The PHQ-9 in the German PHQ-D wording, said so in one sentence above it.
    QTest::mouseClick(page->findChild<QAbstractButton*>(QStringLiteral("checkInTakePhq9")),
                      Qt::LeftButton);
    auto* stem = page->findChild<QLabel*>(QStringLiteral("checkInStem"));
    QTRY_VERIFY(stem->isVisible());
    QVERIFY2(stem->text().startsWith(QStringLiteral("Wie oft fühlten Sie sich")),
             qPrintable(stem->text()));
    auto* note = page->findChild<QLabel*>(QStringLiteral("checkInWordingNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("geprüften Übersetzung")),
             qPrintable(note->text()));
    // The GAD-7 stays in its validated English wording, and the German sentence says so.
    const core::Questionnaire gad =
        core::Questionnaire::of(core::Instrument::Gad7, QStringLiteral("de"));
    QCOMPARE(gad.language, QStringLiteral("en"));
    QCOMPARE(gad.items.first(), QStringLiteral("Feeling nervous, anxious or on edge"));
}

void tst_GermanUi::everyStringTheWindowLooksUpIsGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("aftercare_de"), QStringLiteral(":/aftercare/i18n")));
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);

    ShellFixture f;
    const core::JournalDocument demo =
        core::DemoData::generate(60, QDateTime::currentDateTime().addSecs(-3600), 120, 7);
    f.createJournal();
    QVERIFY(f.pendingStore()->importAll(demo.partners, demo.entries, demo.checkIns).has_value());
    ui::MainWindow* w = f.openWindow();
    for (const QString& key : w->pageKeys()) {
        w->showPage(key);
        QTRY_COMPARE(ui::BackgroundTask::running(), 0);
        QCoreApplication::processEvents();
    }
    QCoreApplication::removeTranslator(&recorder);

    // Our own contexts: anything else (Qt's own dialogs and widgets) is Qt's translation's job.
    QSet<QString> ours;
    for (const auto& l : recorder.lookups) {
        if (!german
                 .translate(l.context.toUtf8(), l.source.toUtf8(),
                            l.disambiguation.isEmpty() ? nullptr
                                                       : l.disambiguation.toUtf8().constData(),
                            l.n)
                 .isEmpty())
            ours.insert(l.context);
    }
    QStringList missing;
    for (const auto& l : recorder.lookups) {
        if (!ours.contains(l.context))
            continue;
        const QByteArray disambiguation = l.disambiguation.toUtf8();
        if (german
                .translate(l.context.toUtf8(), l.source.toUtf8(),
                           disambiguation.isEmpty() ? nullptr : disambiguation.constData(), l.n)
                .isEmpty())
            missing << l.context + QStringLiteral(" | ") + l.source.left(80);
    }
    QVERIFY(recorder.lookups.size() > 200);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Looked up but not translated:\n") + missing.join(u'\n')));
}

QTEST_MAIN(tst_GermanUi)
#include "tst_GermanUi.moc"
