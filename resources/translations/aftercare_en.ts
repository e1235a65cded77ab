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
    <name>Findings</name>
    <message numerus="yes">
        <source>the %n days before</source>
        <comment>a period just before another</comment>
        <translation>
            <numerusform>the %n day before</numerusform>
            <numerusform>the %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, some of what you noted can go along with low mood or depression, such as sadness, tiredness, poor sleep or losing interest in things you usually enjoy. This is not a diagnosis, but it may be worth talking about with a doctor or therapist. Low mood is common, and it can ease with the right support.</source>
        <translation>
            <numerusform>Over the last %n day, some of what you noted can go along with low mood or depression, such as sadness, tiredness, poor sleep or losing interest in things you usually enjoy. This is not a diagnosis, but it may be worth talking about with a doctor or therapist. Low mood is common, and it can ease with the right support.</numerusform>
            <numerusform>Over the last %n days, some of what you noted can go along with low mood or depression, such as sadness, tiredness, poor sleep or losing interest in things you usually enjoy. This is not a diagnosis, but it may be worth talking about with a doctor or therapist. Low mood is common, and it can ease with the right support.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 reflections from the last %n days you said you were reliving a past trauma or abusive experience. That is a lot to hold. A therapist who works with trauma can help you find ways to feel safer during and after intimacy, at your own pace.</source>
        <translation>
            <numerusform>In %1 reflections from the last %n day you said you were reliving a past trauma or abusive experience. That is a lot to hold. A therapist who works with trauma can help you find ways to feel safer during and after intimacy, at your own pace.</numerusform>
            <numerusform>In %1 reflections from the last %n days you said you were reliving a past trauma or abusive experience. That is a lot to hold. A therapist who works with trauma can help you find ways to feel safer during and after intimacy, at your own pace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some of your reflections from the last %n days mention real pain. Pain before, during or after sex is worth raising with a doctor or other healthcare provider: it often has a cause that can be treated. It can also help to tell your partner, and to pause or change what you are doing when something hurts.</source>
        <translation>
            <numerusform>Some of your reflections from the last %n day mention real pain. Pain before, during or after sex is worth raising with a doctor or other healthcare provider: it often has a cause that can be treated. It can also help to tell your partner, and to pause or change what you are doing when something hurts.</numerusform>
            <numerusform>Some of your reflections from the last %n days mention real pain. Pain before, during or after sex is worth raising with a doctor or other healthcare provider: it often has a cause that can be treated. It can also help to tell your partner, and to pause or change what you are doing when something hurts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anxiety, fear or stress appears in %1 of your reflections from the last %n days. Worry that follows you into intimacy can make it hard to stay in the moment, and it is something that can be eased.</source>
        <translation>
            <numerusform>Anxiety, fear or stress appears in %1 of your reflections from the last %n day. Worry that follows you into intimacy can make it hard to stay in the moment, and it is something that can be eased.</numerusform>
            <numerusform>Anxiety, fear or stress appears in %1 of your reflections from the last %n days. Worry that follows you into intimacy can make it hard to stay in the moment, and it is something that can be eased.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reflected on %1 episodes with tears or distress in the last %n days. When crying after sex keeps happening, it can help to explore it with a health professional, especially if it weighs on you. The reasons you picked may also show what is going on.</source>
        <translation>
            <numerusform>You reflected on %1 episodes with tears or distress in the last %n day. When crying after sex keeps happening, it can help to explore it with a health professional, especially if it weighs on you. The reasons you picked may also show what is going on.</numerusform>
            <numerusform>You reflected on %1 episodes with tears or distress in the last %n days. When crying after sex keeps happening, it can help to explore it with a health professional, especially if it weighs on you. The reasons you picked may also show what is going on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %n days, %1 of your %2 reflections describe a hard time, for example tension that got worse, sad thoughts, or something that bothered you a lot. It may help to look at what these moments had in common, and to talk them through with someone you trust or a professional.</source>
        <translation>
            <numerusform>In the last %n day, %1 of your %2 reflections describe a hard time, for example tension that got worse, sad thoughts, or something that bothered you a lot. It may help to look at what these moments had in common, and to talk them through with someone you trust or a professional.</numerusform>
            <numerusform>In the last %n days, %1 of your %2 reflections describe a hard time, for example tension that got worse, sad thoughts, or something that bothered you a lot. It may help to look at what these moments had in common, and to talk them through with someone you trust or a professional.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1 reflections point to relationship worries, mixed signals or unmet expectations, or a partner who brushed your feelings aside. Talking openly together about what you each like and do not like, and what you want from each other, can help. A couples therapist can help too if talks get stuck.</source>
        <translation>
            <numerusform>Over the last %n day, %1 reflections point to relationship worries, mixed signals or unmet expectations, or a partner who brushed your feelings aside. Talking openly together about what you each like and do not like, and what you want from each other, can help. A couples therapist can help too if talks get stuck.</numerusform>
            <numerusform>Over the last %n days, %1 reflections point to relationship worries, mixed signals or unmet expectations, or a partner who brushed your feelings aside. Talking openly together about what you each like and do not like, and what you want from each other, can help. A couples therapist can help too if talks get stuck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, reflections with some partners describe a hard time much more often than your other reflections. This says nothing about whose fault anything is, but it may be worth thinking about what feels different.</source>
        <translation>
            <numerusform>Over the last %n day, reflections with some partners describe a hard time much more often than your other reflections. This says nothing about whose fault anything is, but it may be worth thinking about what feels different.</numerusform>
            <numerusform>Over the last %n days, reflections with some partners describe a hard time much more often than your other reflections. This says nothing about whose fault anything is, but it may be worth thinking about what feels different.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 reflections from the last %n days you mentioned shame or guilt. Many people grew up hearing that sex is wrong, or feel uneasy about their body. These feelings make sense, and they can soften. Talking with your partner or a therapist can help.</source>
        <translation>
            <numerusform>In %1 reflections from the last %n day you mentioned shame or guilt. Many people grew up hearing that sex is wrong, or feel uneasy about their body. These feelings make sense, and they can soften. Talking with your partner or a therapist can help.</numerusform>
            <numerusform>In %1 reflections from the last %n days you mentioned shame or guilt. Many people grew up hearing that sex is wrong, or feel uneasy about their body. These feelings make sense, and they can soften. Talking with your partner or a therapist can help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are fewer than %1 reflections from the last %n days, so it is too early to notice patterns. Each reflection you add makes the picture clearer, and there is no need to rush.</source>
        <comment>%1 is a number in words</comment>
        <translation>
            <numerusform>There are fewer than %1 reflections from the last %n day, so it is too early to notice patterns. Each reflection you add makes the picture clearer, and there is no need to rush.</numerusform>
            <numerusform>There are fewer than %1 reflections from the last %n days, so it is too early to notice patterns. Each reflection you add makes the picture clearer, and there is no need to rush.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of your %2 reflections in the last %n days describe a hard time, compared with %3 of %4 in %5. A change like this may point to something new going on in your life, your health or your relationship, and may be worth some gentle attention.</source>
        <comment>%5 is a period such as &apos;the three months before&apos;</comment>
        <translation>
            <numerusform>%1 of your %2 reflections in the last %n day describe a hard time, compared with %3 of %4 in %5. A change like this may point to something new going on in your life, your health or your relationship, and may be worth some gentle attention.</numerusform>
            <numerusform>%1 of your %2 reflections in the last %n days describe a hard time, compared with %3 of %4 in %5. A change like this may point to something new going on in your life, your health or your relationship, and may be worth some gentle attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of your reflections in the last %n days describe a hard time (%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may point to something new going on in your life, your health or your relationship, and may be worth some gentle attention.</source>
        <comment>%7 is a period such as &apos;the three months before&apos;</comment>
        <translation>
            <numerusform>%1% of your reflections in the last %n day describe a hard time (%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may point to something new going on in your life, your health or your relationship, and may be worth some gentle attention.</numerusform>
            <numerusform>%1% of your reflections in the last %n days describe a hard time (%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may point to something new going on in your life, your health or your relationship, and may be worth some gentle attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1 of your %2 reflections with %3 describe a hard time, compared with %4 of your %5 other reflections. This says nothing about whose fault anything is, but it may be worth thinking about what feels different, and perhaps talking about it together.</source>
        <translation>
            <numerusform>Over the last %n day, %1 of your %2 reflections with %3 describe a hard time, compared with %4 of your %5 other reflections. This says nothing about whose fault anything is, but it may be worth thinking about what feels different, and perhaps talking about it together.</numerusform>
            <numerusform>Over the last %n days, %1 of your %2 reflections with %3 describe a hard time, compared with %4 of your %5 other reflections. This says nothing about whose fault anything is, but it may be worth thinking about what feels different, and perhaps talking about it together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1% of your reflections with %2 describe a hard time (%3 of %4), compared with %5% of your other reflections (%6 of %7). This says nothing about whose fault anything is, but it may be worth thinking about what feels different, and perhaps talking about it together.</source>
        <translation>
            <numerusform>Over the last %n day, %1% of your reflections with %2 describe a hard time (%3 of %4), compared with %5% of your other reflections (%6 of %7). This says nothing about whose fault anything is, but it may be worth thinking about what feels different, and perhaps talking about it together.</numerusform>
            <numerusform>Over the last %n days, %1% of your reflections with %2 describe a hard time (%3 of %4), compared with %5% of your other reflections (%6 of %7). This says nothing about whose fault anything is, but it may be worth thinking about what feels different, and perhaps talking about it together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, some of what the person noted can go along with low mood or depression, such as sadness, tiredness, poor sleep or losing interest in things they usually enjoy. Not a diagnosis; the app suggested talking about it with a doctor or therapist.</source>
        <translation>
            <numerusform>Over the last %n day, some of what the person noted can go along with low mood or depression, such as sadness, tiredness, poor sleep or losing interest in things they usually enjoy. Not a diagnosis; the app suggested talking about it with a doctor or therapist.</numerusform>
            <numerusform>Over the last %n days, some of what the person noted can go along with low mood or depression, such as sadness, tiredness, poor sleep or losing interest in things they usually enjoy. Not a diagnosis; the app suggested talking about it with a doctor or therapist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 reflections from the last %n days the person said they were reliving a past trauma or abusive experience. The app suggested a therapist who works with trauma.</source>
        <translation>
            <numerusform>In %1 reflections from the last %n day the person said they were reliving a past trauma or abusive experience. The app suggested a therapist who works with trauma.</numerusform>
            <numerusform>In %1 reflections from the last %n days the person said they were reliving a past trauma or abusive experience. The app suggested a therapist who works with trauma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some of the person&apos;s reflections from the last %n days mention real pain. The app suggested raising it with a doctor or other healthcare provider, telling their partner, and pausing or changing what they are doing when something hurts.</source>
        <translation>
            <numerusform>Some of the person&apos;s reflections from the last %n day mention real pain. The app suggested raising it with a doctor or other healthcare provider, telling their partner, and pausing or changing what they are doing when something hurts.</numerusform>
            <numerusform>Some of the person&apos;s reflections from the last %n days mention real pain. The app suggested raising it with a doctor or other healthcare provider, telling their partner, and pausing or changing what they are doing when something hurts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anxiety, fear or stress appears in %1 of the person&apos;s reflections from the last %n days.</source>
        <translation>
            <numerusform>Anxiety, fear or stress appears in %1 of the person&apos;s reflections from the last %n day.</numerusform>
            <numerusform>Anxiety, fear or stress appears in %1 of the person&apos;s reflections from the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The person reflected on %1 episodes with tears or distress in the last %n days. The app suggested exploring it with a health professional, especially if it weighs on them.</source>
        <translation>
            <numerusform>The person reflected on %1 episodes with tears or distress in the last %n day. The app suggested exploring it with a health professional, especially if it weighs on them.</numerusform>
            <numerusform>The person reflected on %1 episodes with tears or distress in the last %n days. The app suggested exploring it with a health professional, especially if it weighs on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %n days, %1 of the person&apos;s %2 reflections describe a hard time, for example tension that got worse, sad thoughts, or being bothered a lot.</source>
        <translation>
            <numerusform>In the last %n day, %1 of the person&apos;s %2 reflections describe a hard time, for example tension that got worse, sad thoughts, or being bothered a lot.</numerusform>
            <numerusform>In the last %n days, %1 of the person&apos;s %2 reflections describe a hard time, for example tension that got worse, sad thoughts, or being bothered a lot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the person&apos;s %2 reflections in the last %n days describe a hard time, compared with %3 of %4 in %5. A change like this may point to something new in their life, health or relationship.</source>
        <comment>%5 is a period such as &apos;the three months before&apos;</comment>
        <translation>
            <numerusform>%1 of the person&apos;s %2 reflections in the last %n day describe a hard time, compared with %3 of %4 in %5. A change like this may point to something new in their life, health or relationship.</numerusform>
            <numerusform>%1 of the person&apos;s %2 reflections in the last %n days describe a hard time, compared with %3 of %4 in %5. A change like this may point to something new in their life, health or relationship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of the person&apos;s reflections in the last %n days describe a hard time (%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may point to something new in their life, health or relationship.</source>
        <comment>%7 is a period such as &apos;the three months before&apos;</comment>
        <translation>
            <numerusform>%1% of the person&apos;s reflections in the last %n day describe a hard time (%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may point to something new in their life, health or relationship.</numerusform>
            <numerusform>%1% of the person&apos;s reflections in the last %n days describe a hard time (%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may point to something new in their life, health or relationship.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1 reflections point to relationship worries, mixed signals or unmet expectations, or a partner who brushed the person&apos;s feelings aside. The app suggested talking openly together, or with a couples therapist if talks get stuck.</source>
        <translation>
            <numerusform>Over the last %n day, %1 reflections point to relationship worries, mixed signals or unmet expectations, or a partner who brushed the person&apos;s feelings aside. The app suggested talking openly together, or with a couples therapist if talks get stuck.</numerusform>
            <numerusform>Over the last %n days, %1 reflections point to relationship worries, mixed signals or unmet expectations, or a partner who brushed the person&apos;s feelings aside. The app suggested talking openly together, or with a couples therapist if talks get stuck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1 of the person&apos;s %2 reflections with %3 describe a hard time, compared with %4 of their %5 other reflections. This says nothing about whose fault anything is.</source>
        <translation>
            <numerusform>Over the last %n day, %1 of the person&apos;s %2 reflections with %3 describe a hard time, compared with %4 of their %5 other reflections. This says nothing about whose fault anything is.</numerusform>
            <numerusform>Over the last %n days, %1 of the person&apos;s %2 reflections with %3 describe a hard time, compared with %4 of their %5 other reflections. This says nothing about whose fault anything is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1% of the person&apos;s reflections with %2 describe a hard time (%3 of %4), compared with %5% of their other reflections (%6 of %7). This says nothing about whose fault anything is.</source>
        <translation>
            <numerusform>Over the last %n day, %1% of the person&apos;s reflections with %2 describe a hard time (%3 of %4), compared with %5% of their other reflections (%6 of %7). This says nothing about whose fault anything is.</numerusform>
            <numerusform>Over the last %n days, %1% of the person&apos;s reflections with %2 describe a hard time (%3 of %4), compared with %5% of their other reflections (%6 of %7). This says nothing about whose fault anything is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, reflections with some partners describe a hard time much more often than the person&apos;s other reflections. This says nothing about whose fault anything is.</source>
        <translation>
            <numerusform>Over the last %n day, reflections with some partners describe a hard time much more often than the person&apos;s other reflections. This says nothing about whose fault anything is.</numerusform>
            <numerusform>Over the last %n days, reflections with some partners describe a hard time much more often than the person&apos;s other reflections. This says nothing about whose fault anything is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 reflections from the last %n days the person mentioned shame or guilt. The app suggested talking with their partner or a therapist.</source>
        <translation>
            <numerusform>In %1 reflections from the last %n day the person mentioned shame or guilt. The app suggested talking with their partner or a therapist.</numerusform>
            <numerusform>In %1 reflections from the last %n days the person mentioned shame or guilt. The app suggested talking with their partner or a therapist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal holds fewer than %1 reflections from the last %n days, too few for the app to look for patterns.</source>
        <translation>
            <numerusform>The journal holds fewer than %1 reflections from the last %n day, too few for the app to look for patterns.</numerusform>
            <numerusform>The journal holds fewer than %1 reflections from the last %n days, too few for the app to look for patterns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your tags had enough entries to compare, and with many tags, one can stand out by chance.</source>
        <translation>
            <numerusform>%n of your tags had enough entries to compare, and with many tags, one can stand out by chance.</numerusform>
            <numerusform>%n of your tags had enough entries to compare, and with many tags, one can stand out by chance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the person&apos;s tags had enough entries to compare, and with many tags, one can stand out by chance.</source>
        <translation>
            <numerusform>%n of the person&apos;s tags had enough entries to compare, and with many tags, one can stand out by chance.</numerusform>
            <numerusform>%n of the person&apos;s tags had enough entries to compare, and with many tags, one can stand out by chance.</numerusform>
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
    <name>aftercare::ui::ExportController</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page(s) to the printer.</numerusform>
            <numerusform>Sent %n page(s) to the printer.</numerusform>
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
</context>
<context>
    <name>aftercare::ui::FactorsCard</name>
    <message numerus="yes">
        <source>%n tag(s) used in this period, %1 with enough entries to compare.</source>
        <translation>
            <numerusform>%n tag used in this period, %1 with enough entries to compare.</numerusform>
            <numerusform>%n tags used in this period, %1 with enough entries to compare.</numerusform>
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
    <name>aftercare::ui::TagsSection</name>
    <message numerus="yes">
        <source>%1 — %n reflection(s)</source>
        <comment>a tag and how many reflections carry it</comment>
        <translation>
            <numerusform>%1 — %n reflection</numerusform>
            <numerusform>%1 — %n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n reflection(s).</source>
        <translation>
            <numerusform>Renamed “%1” to “%2” on %n reflection.</numerusform>
            <numerusform>Renamed “%1” to “%2” on %n reflections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It will be taken off the %n reflection(s) that carry it. The reflections themselves stay as they are.</source>
        <translation>
            <numerusform>Delete the tag “%1”? It will be taken off the %n reflection that carries it. The reflection itself stays as it is.</numerusform>
            <numerusform>Delete the tag “%1”? It will be taken off the %n reflections that carry it. The reflections themselves stay as they are.</numerusform>
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
        <source>Not enough entries yet to show patterns: charts need at least %1 reflections, and there is %n so far — %2 more will do. Until then, the counts above are the honest picture.</source>
        <translation>
            <numerusform>Not enough entries yet to show patterns: charts need at least %1 reflections, and there is 1 so far — %2 more will do. Until then, the counts above are the honest picture.</numerusform>
            <numerusform>Not enough entries yet to show patterns: charts need at least %1 reflections, and there are %n so far — %2 more will do. Until then, the counts above are the honest picture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough entries yet to show patterns over time: all %n reflections fall in the same week, so a chart would be a single bar. Reflections from another week will bring the charts; until then, the counts above are the honest picture.</source>
        <translation>
            <numerusform>Not enough entries yet to show patterns over time: the one reflection falls in a single week, so a chart would be a single bar. Reflections from another week will bring the charts; until then, the counts above are the honest picture.</numerusform>
            <numerusform>Not enough entries yet to show patterns over time: all %n reflections fall in the same week, so a chart would be a single bar. Reflections from another week will bring the charts; until then, the counts above are the honest picture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough entries yet to show patterns over time: all %n reflections fall in the same month, so a chart would be a single bar. Reflections from another month will bring the charts; until then, the counts above are the honest picture.</source>
        <translation>
            <numerusform>Not enough entries yet to show patterns over time: the one reflection falls in a single month, so a chart would be a single bar. Reflections from another month will bring the charts; until then, the counts above are the honest picture.</numerusform>
            <numerusform>Not enough entries yet to show patterns over time: all %n reflections fall in the same month, so a chart would be a single bar. Reflections from another month will bring the charts; until then, the counts above are the honest picture.</numerusform>
        </translation>
    </message>
</context>
</TS>
