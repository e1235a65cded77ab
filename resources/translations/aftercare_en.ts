<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>    check-ins: %n
</source>
        <translation>
            <numerusform>    check-ins: %n
</numerusform>
            <numerusform>    check-ins: %n
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a %n-page summary to %1. It is not encrypted: keep it somewhere private.</source>
        <translation>
            <numerusform>Wrote a %n-page summary to %1. It is not encrypted: keep it somewhere private.</numerusform>
            <numerusform>Wrote a %n-page summary to %1. It is not encrypted: keep it somewhere private.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire check-in(s)</source>
        <translation>
            <numerusform>%n questionnaire check-in</numerusform>
            <numerusform>%n questionnaire check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) were written after recently giving birth.</source>
        <translation>
            <numerusform>%n reflection was written after recently giving birth.</numerusform>
            <numerusform>%n reflections were written after recently giving birth.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ui::BackupSection</name>
    <message numerus="yes">
        <source>Saved %n reflection(s) to %1. You&apos;ll need the backup passphrase to open it.</source>
        <translation>
            <numerusform>Saved %n reflection to %1. You&apos;ll need the backup passphrase to open it.</numerusform>
            <numerusform>Saved %n reflections to %1. You&apos;ll need the backup passphrase to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ExportPage</name>
    <message numerus="yes">
        <source>%n reflection(s) will be written as a CSV table, one row each, with their notes. Spreadsheet programs open it directly.</source>
        <translation>
            <numerusform>%n reflection will be written as a CSV table, one row each, with their notes. Spreadsheet programs open it directly.</numerusform>
            <numerusform>%n reflections will be written as a CSV table, one row each, with their notes. Spreadsheet programs open it directly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s), with the partners they mention and the check-ins of the same period, will be written as an aftercare-journal JSON file. Importing it into a journal adds whatever that journal does not have yet.</source>
        <translation>
            <numerusform>%n reflection, with the partners it mentions and the check-ins of the same period, will be written as an aftercare-journal JSON file. Importing it into a journal adds whatever that journal does not have yet.</numerusform>
            <numerusform>%n reflections, with the partners they mention and the check-ins of the same period, will be written as an aftercare-journal JSON file. Importing it into a journal adds whatever that journal does not have yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ui::FindingCard</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n entry(s)</source>
        <translation>
            <numerusform>Show the entry</numerusform>
            <numerusform>Show the %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ui::HomePage</name>
    <message numerus="yes">
        <source>%n reflection(s) in your journal.</source>
        <translation>
            <numerusform>%n reflection in your journal.</numerusform>
            <numerusform>%n reflections in your journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ui::JournalPage</name>
    <message numerus="yes">
        <source>%n matching reflection(s)</source>
        <translation>
            <numerusform>%n matching reflection</numerusform>
            <numerusform>%n matching reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ui::LockController</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after a minute without activity.</numerusform>
            <numerusform>Locked after %n idle minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ui::TrendsPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough entries yet: charts start to mean something from %1 reflections in the period, and there is %n so far. Choose a longer period above, or come back after a few more.</source>
        <translation>
            <numerusform>Not enough entries yet: charts start to mean something from %1 reflections in the period, and there is %n so far. Choose a longer period above, or come back after a few more.</numerusform>
            <numerusform>Not enough entries yet: charts start to mean something from %1 reflections in the period, and there are %n so far. Choose a longer period above, or come back after a few more.</numerusform>
        </translation>
    </message>
</context>
</TS>
