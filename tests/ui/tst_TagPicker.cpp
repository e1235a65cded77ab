// The tag picker by keyboard alone: typing and Enter adds, the journal's tags complete, Backspace
// in the empty field removes the last tag, each tag's own button removes it, the first-time
// suggestions are offered but never chosen, and a bad label is refused with a clear reason and
// nothing lost.
#include "core/model/Tags.h"
#include "ui/widgets/TagPicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>
#include <QVBoxLayout>

using namespace aftercare;

namespace {

// Where a key goes: the completion list while it is open (as on a real screen), else the focus.
QWidget* keyTarget()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

void press(Qt::Key key, int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(keyTarget(), key);
}

QString focusName()
{
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QStringLiteral("(nothing)");
}

void type(const QString& text)
{
    QTest::keyClicks(keyTarget(), text);
}

// A form around the picker that counts the Enter keys the picker leaves to it ("go on").
class Form : public QWidget
{
public:
    int enters = 0;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            ++enters;
            event->accept();
            return;
        }
        QWidget::keyPressEvent(event);
    }
};

} // namespace

class tst_TagPicker : public QObject
{
    Q_OBJECT

    std::unique_ptr<Form> m_form;
    ui::TagPicker* m_picker = nullptr;

    QLineEdit* input() { return m_picker->findChild<QLineEdit*>(QStringLiteral("tagsInput")); }
    QPushButton* chip(const QString& label)
    {
        return m_picker->findChild<QPushButton*>(QStringLiteral("tagsTag_") + label);
    }
    QList<QPushButton*> visibleSuggestions()
    {
        QList<QPushButton*> out;
        for (auto* b : m_picker->findChildren<QPushButton*>()) {
            if (b->objectName().startsWith(u"tagsSuggestion_") && b->isVisibleTo(m_form.get()))
                out << b;
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_form = std::make_unique<Form>();
        auto* layout = new QVBoxLayout(m_form.get());
        m_picker = new ui::TagPicker(QStringLiteral("tags"), m_form.get());
        layout->addWidget(m_picker);
        m_form->resize(600, 300);
        m_form->show();
        m_form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
        QVERIFY(input());
        input()->setFocus();
        QTRY_VERIFY(input()->hasFocus());
    }

    void cleanup() { m_form.reset(); }

    void typeAndEnterAddsTags()
    {
        QSignalSpy changed(m_picker, &ui::TagPicker::changed);
        type(QStringLiteral("  a stressful day "));
        press(Qt::Key_Return);
        QCOMPARE(m_picker->tags(), QStringList{QStringLiteral("a stressful day")});
        QCOMPARE(changed.count(), 1);
        QVERIFY(input()->text().isEmpty());
        QVERIFY(input()->hasFocus());
        QVERIFY(chip(QStringLiteral("a stressful day")));
        // The same tag again, in other capitals, is not added twice.
        type(QStringLiteral("A Stressful Day"));
        press(Qt::Key_Return);
        QCOMPARE(m_picker->tags().size(), 1);
        type(QStringLiteral("slept badly"));
        press(Qt::Key_Enter);
        QCOMPARE(m_picker->tags(),
                 QStringList({QStringLiteral("a stressful day"), QStringLiteral("slept badly")}));
        // None of those Enter keys reached the form; with nothing typed, Enter goes on.
        QCOMPARE(m_form->enters, 0);
        press(Qt::Key_Return);
        QCOMPARE(m_form->enters, 1);
        QCOMPARE(m_picker->tags().size(), 2);
    }

    void backspaceInTheEmptyFieldRemovesTheLastTag()
    {
        m_picker->setTags({QStringLiteral("very tired"), QStringLiteral("a new partner")});
        QSignalSpy changed(m_picker, &ui::TagPicker::changed);
        type(QStringLiteral("ab"));
        press(Qt::Key_Backspace, 2); // edits the text only
        QCOMPARE(m_picker->tags().size(), 2);
        QCOMPARE(changed.count(), 0);
        press(Qt::Key_Backspace);
        QCOMPARE(m_picker->tags(), QStringList{QStringLiteral("very tired")});
        press(Qt::Key_Backspace);
        QVERIFY(m_picker->tags().isEmpty());
        press(Qt::Key_Backspace); // nothing left: nothing happens
        QCOMPARE(changed.count(), 2);
        QVERIFY(input()->hasFocus());
    }

    void eachTagHasItsOwnRemoveButton()
    {
        m_picker->setTags({QStringLiteral("very tired"), QStringLiteral("a new partner")});
        QPushButton* first = chip(QStringLiteral("very tired"));
        QVERIFY(first);
        QCOMPARE(first->accessibleName(), QStringLiteral("Remove the tag very tired"));
        // Shift+Tab from the field reaches the tags' buttons; Space removes the focused one.
        QVERIFY(first->isVisible());
        QTest::keyClick(input(), Qt::Key_Backtab);
        QTRY_COMPARE(focusName(), QStringLiteral("tagsTag_a new partner"));
        press(Qt::Key_Space);
        QCOMPARE(m_picker->tags(), QStringList{QStringLiteral("very tired")});
        QTRY_VERIFY(input()->hasFocus());
        QTest::mouseClick(chip(QStringLiteral("very tired")), Qt::LeftButton);
        QVERIFY(m_picker->tags().isEmpty());
    }

    void theJournalsTagsComplete()
    {
        m_picker->setKnownTags({QStringLiteral("An argument before"), QStringLiteral("Wine")});
        QVERIFY(visibleSuggestions().isEmpty()); // the journal has tags: no suggestions
        type(QStringLiteral("arg"));
        QTRY_VERIFY(QApplication::activePopupWidget());
        auto* list = m_picker->findChild<QCompleter*>()->popup();
        QCOMPARE(list->model()->rowCount(), 1);
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        // Taken as the journal spells it, once, and the Enter did not go on to the form.
        QTRY_COMPARE(m_picker->tags(), QStringList{QStringLiteral("An argument before")});
        QTRY_VERIFY(input()->text().isEmpty());
        QCOMPARE(m_form->enters, 0);
        // Typed in other capitals, a known tag keeps the journal's spelling too.
        type(QStringLiteral("WINE"));
        if (QApplication::activePopupWidget())
            press(Qt::Key_Escape);
        press(Qt::Key_Return);
        QTRY_COMPARE(m_picker->tags(),
                     QStringList({QStringLiteral("An argument before"), QStringLiteral("Wine")}));
        // A chosen tag is no longer offered.
        type(QStringLiteral("a"));
        QTest::qWait(0);
        const auto* popup = m_picker->findChild<QCompleter*>()->popup();
        QVERIFY(!popup->isVisible() || popup->model()->rowCount() == 0);
    }

    void suggestionsAreOfferedButNeverChosen()
    {
        m_picker->setKnownTags({});
        QVERIFY(m_picker->tags().isEmpty());
        QList<QPushButton*> offered = visibleSuggestions();
        QCOMPARE(offered.size(), int(core::Tags::suggestions().size()));
        QCOMPARE(offered.size(), 8);
        QCOMPARE(offered.first()->accessibleName(),
                 QStringLiteral("Add the suggested tag alcohol or drugs"));
        // Picked by keyboard: Tab from the field to the first suggestion, Space.
        press(Qt::Key_Tab);
        QTRY_COMPARE(focusName(), QStringLiteral("tagsSuggestion_0"));
        press(Qt::Key_Space);
        QTRY_COMPARE(m_picker->tags(), QStringList{QStringLiteral("alcohol or drugs")});
        QTRY_COMPARE(visibleSuggestions().size(), 7);
        // The suggestions complete as well, the first time.
        input()->setFocus();
        type(QStringLiteral("tired"));
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QTRY_COMPARE(m_picker->tags().size(), 2);
        QCOMPARE(m_picker->tags().last(), QStringLiteral("very tired"));
    }

    void aBadLabelIsRefusedAndNothingIsLost()
    {
        m_picker->setTags({QStringLiteral("very tired")});
        QSignalSpy changed(m_picker, &ui::TagPicker::changed);
        const QString tooLong(core::Tags::maxLength + 1, u'x');
        type(tooLong);
        press(Qt::Key_Return);
        auto* problem = m_picker->findChild<QLabel*>(QStringLiteral("tagsProblem"));
        QVERIFY(problem);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QString::number(core::Tags::maxLength)),
                 qPrintable(problem->text()));
        QCOMPARE(input()->accessibleDescription(), problem->text());
        // The typed text stays for correcting, the tags are as they were, and the form was
        // not told to go on.
        QCOMPARE(input()->text(), tooLong);
        QCOMPARE(m_picker->tags(), QStringList{QStringLiteral("very tired")});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_form->enters, 0);
        // Correcting it clears the message.
        press(Qt::Key_Backspace);
        QVERIFY(!problem->isVisible());
        press(Qt::Key_Return);
        QCOMPARE(m_picker->tags().size(), 2);
    }

    void setTagsIsQuiet()
    {
        QSignalSpy changed(m_picker, &ui::TagPicker::changed);
        m_picker->setTags({QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_picker->tags().size(), 2);
        QCOMPARE(m_picker->accessibleName(), QStringLiteral("Tags"));
        QCOMPARE(input()->accessibleName(), QStringLiteral("Add a tag"));
    }
};

QTEST_MAIN(tst_TagPicker)
#include "tst_TagPicker.moc"
