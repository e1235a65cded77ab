<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckIn</name>
    <message>
        <source>mood over the last two weeks</source>
        <translation>Stimmung in den letzten zwei Wochen</translation>
    </message>
    <message>
        <source>worry and anxiety over the last two weeks</source>
        <translation>Sorgen und Ängste in den letzten zwei Wochen</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittelgradig</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Ausgeprägt</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>%1 out of %2 is in the range the %3 calls “%4”.</source>
        <translation>%1 von %2 liegt in dem Bereich, den der %3 „%4“ nennt.</translation>
    </message>
    <message>
        <source>Your answers suggest few signs of low mood right now. Keep doing what helps you, and check in again in a couple of weeks if you like.</source>
        <translation>Deine Antworten deuten gerade auf wenige Anzeichen gedrückter Stimmung hin. Mach weiter mit dem, was dir guttut, und schau in ein paar Wochen wieder rein, wenn du magst.</translation>
    </message>
    <message>
        <source>Your answers suggest little worry or anxiety right now. Keep doing what helps you, and check in again in a couple of weeks if you like.</source>
        <translation>Deine Antworten deuten gerade auf wenig Sorgen oder Ängste hin. Mach weiter mit dem, was dir guttut, und schau in ein paar Wochen wieder rein, wenn du magst.</translation>
    </message>
    <message>
        <source>Some low days are part of life. It can help to notice what lifts you, and to check in again in two weeks to see whether this is passing. If it keeps weighing on you, talking to someone you trust or a doctor is a good step.</source>
        <translation>Manche schweren Tage gehören zum Leben dazu. Es kann helfen, darauf zu achten, was dich aufbaut, und in zwei Wochen noch einmal einzuchecken, um zu sehen, ob es vorübergeht. Wenn es dich weiter belastet, ist ein Gespräch mit einem vertrauten Menschen oder einer Ärztin oder einem Arzt ein guter Schritt.</translation>
    </message>
    <message>
        <source>A bit of worry is part of life. It can help to notice what settles you, and to check in again in two weeks to see whether this is passing. If it keeps weighing on you, talking to someone you trust or a doctor is a good step.</source>
        <translation>Ein paar Sorgen gehören zum Leben dazu. Es kann helfen, darauf zu achten, was dich zur Ruhe bringt, und in zwei Wochen noch einmal einzuchecken, um zu sehen, ob es vorübergeht. Wenn es dich weiter belastet, ist ein Gespräch mit einem vertrauten Menschen oder einer Ärztin oder einem Arzt ein guter Schritt.</translation>
    </message>
    <message>
        <source>It may be worth talking about how you have been feeling with a doctor or a therapist. This result is not a diagnosis — it is a starting point for that conversation, and low mood is very treatable. You could bring these answers with you.</source>
        <translation>Es kann sich lohnen, mit einer Ärztin, einem Arzt oder in einer Therapie darüber zu sprechen, wie es dir in letzter Zeit geht. Dieses Ergebnis ist keine Diagnose – es ist ein Ausgangspunkt für dieses Gespräch, und gedrückte Stimmung lässt sich gut behandeln. Du kannst diese Antworten mitnehmen.</translation>
    </message>
    <message>
        <source>It may be worth talking about this worry with a doctor or a therapist. This result is not a diagnosis — it is a starting point for that conversation, and anxiety is very treatable. You could bring these answers with you.</source>
        <translation>Es kann sich lohnen, mit einer Ärztin, einem Arzt oder in einer Therapie über diese Sorgen zu sprechen. Dieses Ergebnis ist keine Diagnose – es ist ein Ausgangspunkt für dieses Gespräch, und Ängste lassen sich gut behandeln. Du kannst diese Antworten mitnehmen.</translation>
    </message>
    <message>
        <source>Thank you for answering this honestly. Thoughts like these can feel heavy, and you deserve support with them — today, not later. The people below are there to listen.</source>
        <translation>Danke, dass du das ehrlich beantwortet hast. Solche Gedanken können sehr schwer wiegen, und du verdienst Unterstützung damit – heute, nicht irgendwann. Die Menschen unten sind da, um dir zuzuhören.</translation>
    </message>
    <message>
        <source>Because of how you answered the last question, please don&apos;t wait for another check-in: reach out to someone today — a crisis line, your doctor, or a person you trust. This result is not a diagnosis, and whatever the total, what you are carrying deserves care now.</source>
        <translation>Weil du die letzte Frage so beantwortet hast, warte bitte nicht auf den nächsten Check-in: Wende dich heute an jemanden – an ein Krisentelefon, deine Ärztin oder deinen Arzt oder einen Menschen, dem du vertraust. Dieses Ergebnis ist keine Diagnose, und egal, wie hoch die Summe ist: Was du trägst, verdient jetzt Fürsorge.</translation>
    </message>
    <message>
        <source>This is a lot to be carrying. Please try to see a doctor soon — this week if you can — and tell them how the last two weeks have been. This result is not a diagnosis, and low mood like this is very treatable. If things feel too much before then, the lines below are there at any hour.</source>
        <translation>Das ist viel, was du gerade trägst. Bitte versuch, bald zu einer Ärztin oder einem Arzt zu gehen – wenn möglich noch diese Woche – und erzähl, wie die letzten zwei Wochen waren. Dieses Ergebnis ist keine Diagnose, und gedrückte Stimmung wie diese lässt sich gut behandeln. Wenn es dir bis dahin zu viel wird, sind die Nummern unten zu jeder Stunde für dich da.</translation>
    </message>
    <message>
        <source>This is a lot of worry to be carrying. Please try to see a doctor soon — this week if you can. This result is not a diagnosis, and anxiety like this is very treatable. If it feels too much before then, the lines below are there at any hour.</source>
        <translation>Das sind viele Sorgen, die du gerade trägst. Bitte versuch, bald zu einer Ärztin oder einem Arzt zu gehen – wenn möglich noch diese Woche. Dieses Ergebnis ist keine Diagnose, und Angst wie diese lässt sich gut behandeln. Wenn es dir bis dahin zu viel wird, sind die Nummern unten zu jeder Stunde für dich da.</translation>
    </message>
    <message>
        <source>This is a heavy load, and you don&apos;t have to carry it alone. Please see a doctor as soon as you can — this week, and sooner if you are able — and tell them how the last two weeks have been. This result is not a diagnosis, and low mood like this is very treatable. If things feel too much, the lines below are there at any hour.</source>
        <translation>Das ist eine schwere Last, und du musst sie nicht allein tragen. Bitte geh so bald wie möglich zu einer Ärztin oder einem Arzt – noch diese Woche, und früher, wenn du kannst – und erzähl, wie die letzten zwei Wochen waren. Dieses Ergebnis ist keine Diagnose, und gedrückte Stimmung wie diese lässt sich gut behandeln. Wenn es dir zu viel wird, sind die Nummern unten zu jeder Stunde für dich da.</translation>
    </message>
    <message>
        <source>Your answers describe a hard two weeks. You deserve support with this — if it ever feels like too much, these lines are there for you.</source>
        <translation>Deine Antworten beschreiben zwei schwere Wochen. Du verdienst Unterstützung dabei – wenn es dir einmal zu viel wird, sind diese Nummern für dich da.</translation>
    </message>
    <message>
        <source>Your answers describe a lot of worry. You deserve support with this — if it ever feels like too much, these lines are there for you.</source>
        <translation>Deine Antworten beschreiben viele Sorgen. Du verdienst Unterstützung dabei – wenn es dir einmal zu viel wird, sind diese Nummern für dich da.</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>add one entry from a JSON object; prints its id</source>
        <translation>einen Eintrag aus einem JSON-Objekt hinzufügen; gibt seine ID aus</translation>
    </message>
    <message>
        <source>Reads one entry as a JSON object (the same fields as an entry in an exported
journal, see docs/FORMAT.md) from FILE, or from standard input when FILE is &quot;-&quot;
or left out, checks every field and adds it. &quot;id&quot; may be left out (a new one is
made); &quot;created_at&quot; and &quot;updated_at&quot; are set by the journal. Prints the id.</source>
        <translation>Liest einen Eintrag als JSON-Objekt (dieselben Felder wie ein Eintrag in einem
exportierten Tagebuch, siehe docs/FORMAT.md) aus FILE oder, wenn FILE &quot;-&quot; ist
oder fehlt, von der Standardeingabe, prüft jedes Feld und fügt ihn hinzu. &quot;id&quot;
darf fehlen (dann wird eine neue vergeben); &quot;created_at&quot; und &quot;updated_at&quot; setzt
das Tagebuch selbst. Gibt die ID aus.</translation>
    </message>
    <message>
        <source>reading the entry from standard input; end it with Ctrl-D</source>
        <translation>lese den Eintrag von der Standardeingabe; beende ihn mit Strg-D</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at byte %3)</source>
        <translation>%1 ist kein gültiges JSON: %2 (bei Byte %3)</translation>
    </message>
    <message>
        <source>%1 must hold one JSON object (an entry), not %2</source>
        <translation>%1 muss genau ein JSON-Objekt (einen Eintrag) enthalten, nicht %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>unknown option %1 (options are spelled --name)</source>
        <translation>unbekannte Option %1 (Optionen werden --name geschrieben)</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 wurde mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>--%1 does not take a value</source>
        <translation>--%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2)</source>
        <translation>--%1 braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>--%1 needs a non-empty value (%2)</source>
        <translation>--%1 braucht einen nicht leeren Wert (%2)</translation>
    </message>
    <message>
        <source>write an encrypted backup you can restore elsewhere</source>
        <translation>eine verschlüsselte Sicherung schreiben, die du anderswo wiederherstellen kannst</translation>
    </message>
    <message>
        <source>Writes the whole journal to FILE, encrypted with a backup passphrase of its
own, so it can be kept on another disk and restored on another computer with
&quot;restore&quot;. Without the backup passphrase the file cannot be opened by anyone,
you included.</source>
        <translation>Schreibt das ganze Tagebuch nach FILE, verschlüsselt mit einer eigenen
Sicherungs-Passphrase. So kannst du es auf einem anderen Datenträger aufbewahren
und mit &quot;restore&quot; auf einem anderen Computer wiederherstellen. Ohne die
Sicherungs-Passphrase kann niemand die Datei öffnen, auch du nicht.</translation>
    </message>
    <message>
        <source>where to write the backup (required)</source>
        <translation>wohin die Sicherung geschrieben wird (erforderlich)</translation>
    </message>
    <message>
        <source>backup needs --output FILE</source>
        <translation>backup braucht --output FILE</translation>
    </message>
    <message>
        <source>Wrote an encrypted backup of %1 to %2. You will need the backup passphrase to restore it.</source>
        <translation>Verschlüsselte Sicherung mit %1 nach %2 geschrieben. Zum Wiederherstellen brauchst du die Sicherungs-Passphrase.</translation>
    </message>
    <message>
        <source>read the backup passphrase from the first line of FILE (else AFTERCARE_BACKUP_PASSPHRASE, else a prompt)</source>
        <translation>die Sicherungs-Passphrase aus der ersten Zeile von FILE lesen (sonst AFTERCARE_BACKUP_PASSPHRASE, sonst eine Abfrage)</translation>
    </message>
    <message>
        <source>backup passphrase</source>
        <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>check the journal for damage</source>
        <translation>das Tagebuch auf Schäden prüfen</translation>
    </message>
    <message>
        <source>Unlocks the journal and reads every page of it. Prints &quot;ok&quot; when all is well
(and then takes the day&apos;s automatic snapshot); otherwise says what is wrong and
exits with 5. The journal itself is never changed, so it is safe to run on a
journal you are worried about.</source>
        <translation>Entsperrt das Tagebuch und liest jede Seite davon. Gibt &quot;ok&quot; aus, wenn alles
in Ordnung ist (und legt dann den automatischen Schnappschuss des Tages an);
sonst sagt es, was nicht stimmt, und endet mit 5. Das Tagebuch selbst wird nie
verändert, du kannst es also gefahrlos auf ein Tagebuch anwenden, um das du dir
Sorgen machst.</translation>
    </message>
    <message>
        <source>record a PHQ-9 or GAD-7 check-in and show its score</source>
        <translation>einen PHQ-9- oder GAD-7-Check-in festhalten und seinen Wert zeigen</translation>
    </message>
    <message>
        <source>when it was filled in (default: now)</source>
        <translation>wann er ausgefüllt wurde (Standard: jetzt)</translation>
    </message>
    <message>
        <source>print {&quot;instrument&quot;, &quot;total&quot;, &quot;band&quot;, &quot;self_harm_flag&quot;}</source>
        <translation>{&quot;instrument&quot;, &quot;total&quot;, &quot;band&quot;, &quot;self_harm_flag&quot;} ausgeben</translation>
    </message>
    <message>
        <source>the check-in was saved but could not be scored</source>
        <translation>der Check-in wurde gespeichert, konnte aber nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>checkin: &quot;%1&quot; is not one of %2</source>
        <translation>checkin: &quot;%1&quot; ist keiner von %2</translation>
    </message>
    <message>
        <source>list your PHQ-9 and GAD-7 check-ins</source>
        <translation>deine PHQ-9- und GAD-7-Check-ins auflisten</translation>
    </message>
    <message>
        <source>Lists the recorded check-ins, oldest first, with their totals and bands, or with
--json as a JSON array of check-in objects (id, taken_at, instrument, answers)
with their total, band and self_harm_flag added.</source>
        <translation>Listet die festgehaltenen Check-ins auf, die ältesten zuerst, mit Summe und
Bereich, oder mit --json als JSON-Array von Check-in-Objekten (id, taken_at,
instrument, answers), ergänzt um total, band und self_harm_flag.</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <source>no check-ins yet; &quot;aftercare-cli checkin --help&quot; describes how to record one</source>
        <translation>noch keine Check-ins; &quot;aftercare-cli checkin --help&quot; beschreibt, wie du einen festhältst</translation>
    </message>
    <message>
        <source>: cannot be scored</source>
        <translation>: kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <translation>%1: %2 von %3, %4</translation>
    </message>
    <message>
        <source>the journal folder (default: %1)</source>
        <translation>der Tagebuch-Ordner (Standard: %1)</translation>
    </message>
    <message>
        <source>read the journal passphrase from the first line of FILE</source>
        <translation>die Passphrase des Tagebuchs aus der ersten Zeile von FILE lesen</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;</source>
        <translation>es gibt keinen Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: missing argument (usage: %1 %2)</source>
        <translation>%1: ein Argument fehlt (Aufruf: %1 %2)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 (see &quot;%2&quot;)</source>
        <translation>%1 (siehe &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>usage: aftercare-cli [--journal DIR] COMMAND [ARGUMENTS]

Your Aftercare journal from a terminal. Everything stays encrypted on this computer.

commands:
</source>
        <translation>Aufruf: aftercare-cli [--journal DIR] BEFEHL [ARGUMENTE]

Dein Aftercare-Tagebuch im Terminal. Alles bleibt verschlüsselt auf diesem Computer.

Befehle:
</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version zeigen</translation>
    </message>
    <message>
        <source>
options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source>
The journal passphrase is read from --passphrase-file FILE (its first line), else from the
environment variable AFTERCARE_PASSPHRASE, else asked for when run in a terminal.

exit codes: 0 done, 2 usage error, 3 wrong passphrase or recovery code, 4 invalid input,
5 journal in use or damaged, 1 anything else.
&quot;aftercare-cli COMMAND --help&quot; describes one command.
</source>
        <translation>
Die Passphrase des Tagebuchs wird aus --passphrase-file FILE (erste Zeile) gelesen, sonst aus
der Umgebungsvariable AFTERCARE_PASSPHRASE, sonst im Terminal abgefragt.

Exit-Codes: 0 fertig, 2 falscher Aufruf, 3 falsche Passphrase oder falscher
Wiederherstellungscode, 4 ungültige Eingabe, 5 Tagebuch in Benutzung oder beschädigt,
1 alles andere.
&quot;aftercare-cli BEFEHL --help&quot; beschreibt einen Befehl.
</translation>
    </message>
    <message>
        <source>usage: aftercare-cli [--journal DIR] %1 %2

%3
</source>
        <translation>Aufruf: aftercare-cli [--journal DIR] %1 %2

%3
</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>there is no journal in %1; create one with &quot;aftercare-cli --journal %1 init&quot;, or pass --journal DIR</source>
        <translation>in %1 gibt es kein Tagebuch; lege eines mit &quot;aftercare-cli --journal %1 init&quot; an oder gib --journal DIR an</translation>
    </message>
    <message>
        <source>today&apos;s automatic snapshot could not be taken: %1</source>
        <translation>der automatische Schnappschuss von heute konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) liegt nach --to (%2)</translation>
    </message>
    <message>
        <source>delete one entry</source>
        <translation>einen Eintrag löschen</translation>
    </message>
    <message>
        <source>Deletes the entry with the given id (see &quot;list&quot;). The automatic daily
snapshots in the journal folder still hold it until they are rotated out.</source>
        <translation>Löscht den Eintrag mit der angegebenen ID (siehe &quot;list&quot;). Die automatischen
täglichen Schnappschüsse im Tagebuch-Ordner enthalten ihn noch, bis sie durch
neuere ersetzt werden.</translation>
    </message>
    <message>
        <source>Deleted entry %1.</source>
        <translation>Eintrag %1 gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry id; ids look like 0f8fad5b-d9cb-469f-a165-70867728950e (see &quot;list&quot;)</source>
        <translation>&quot;%1&quot; ist keine Eintrags-ID; IDs sehen so aus: 0f8fad5b-d9cb-469f-a165-70867728950e (siehe &quot;list&quot;)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>reliving trauma</source>
        <translation>Trauma wiedererlebt</translation>
    </message>
    <message>
        <source>felt like</source>
        <translation>fühlte sich an wie</translation>
    </message>
    <message>
        <source>what I was thinking</source>
        <translation>woran ich dachte</translation>
    </message>
    <message>
        <source>possible reasons</source>
        <translation>mögliche Gründe</translation>
    </message>
    <message>
        <source>signs of low mood</source>
        <translation>Anzeichen gedrückter Stimmung</translation>
    </message>
    <message>
        <source>after a birth</source>
        <translation>nach einer Geburt</translation>
    </message>
    <message>
        <source>how much it bothers me</source>
        <translation>wie sehr es mich belastet</translation>
    </message>
    <message>
        <source>partner&apos;s response</source>
        <translation>Reaktion des Gegenübers</translation>
    </message>
    <message>
        <source>limits respected</source>
        <translation>Grenzen respektiert</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>zuletzt geändert</translation>
    </message>
    <message>
        <source>export entries as JSON or CSV, or a summary as PDF (not encrypted)</source>
        <translation>Einträge als JSON oder CSV exportieren oder eine Zusammenfassung als PDF (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Writes the journal (or the entries between --from and --to) as an
aftercare-journal JSON file, which &quot;import&quot; reads back, or as CSV for a
spreadsheet. Goes to stdout, or to FILE, which is replaced only once the new
file is complete.

--format pdf writes the summary to share with a therapist (the same as the
app&apos;s Export page) to FILE; --output is required. Notes and partners&apos; labels
stay out unless you ask for them. The PDF is made by aftercare-report, which
is installed next to aftercare-cli.

The result is NOT encrypted; for a protected copy use &quot;backup&quot;.</source>
        <translation>Schreibt das Tagebuch (oder die Einträge zwischen --from und --to) als
aftercare-journal-JSON-Datei, die &quot;import&quot; wieder einliest, oder als CSV für
eine Tabellenkalkulation. Die Ausgabe geht nach stdout oder nach FILE; FILE
wird erst ersetzt, wenn die neue Datei vollständig ist.

--format pdf schreibt die Zusammenfassung für deine Therapeutin oder deinen
Therapeuten (dieselbe wie auf der Export-Seite der App) nach FILE; --output ist
erforderlich. Notizen und Namen von Partner*innen bleiben draußen, außer du
möchtest sie dabeihaben. Das PDF erstellt aftercare-report, das neben
aftercare-cli installiert ist.

Das Ergebnis ist NICHT verschlüsselt; für eine geschützte Kopie nimm &quot;backup&quot;.</translation>
    </message>
    <message>
        <source>the file format (required)</source>
        <translation>das Dateiformat (erforderlich)</translation>
    </message>
    <message>
        <source>only entries on or after DATE</source>
        <translation>nur Einträge ab DATE</translation>
    </message>
    <message>
        <source>only entries on or before DATE</source>
        <translation>nur Einträge bis DATE</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout (required for pdf)</source>
        <translation>nach FILE statt nach stdout schreiben (erforderlich für pdf)</translation>
    </message>
    <message>
        <source>pdf: include notes and thoughts</source>
        <translation>pdf: Notizen und Gedanken mit aufnehmen</translation>
    </message>
    <message>
        <source>pdf: partners&apos; labels instead of Partner A, B…</source>
        <translation>pdf: die Namen der Partner*innen statt Partner*in A, B …</translation>
    </message>
    <message>
        <source>pdf: the paper size (default: from your locale)</source>
        <translation>pdf: das Papierformat (Standard: aus deinen Ländereinstellungen)</translation>
    </message>
    <message>
        <source>export needs --format json, csv or pdf</source>
        <translation>export braucht --format json, csv oder pdf</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not json, csv or pdf</source>
        <translation>--format: &quot;%1&quot; ist nicht json, csv oder pdf</translation>
    </message>
    <message>
        <source>--%1 is for --format pdf only</source>
        <translation>--%1 gilt nur für --format pdf</translation>
    </message>
    <message>
        <source>Exported %1 to %2. That file is not encrypted: keep it somewhere private.</source>
        <translation>%1 nach %2 exportiert. Diese Datei ist nicht verschlüsselt: bewahre sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>--format pdf needs --output FILE (a PDF is not written to the terminal)</source>
        <translation>--format pdf braucht --output FILE (ein PDF wird nicht ins Terminal geschrieben)</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not a4 or letter</source>
        <translation>--paper: &quot;%1&quot; ist weder a4 noch letter</translation>
    </message>
    <message>
        <source>import an exported journal (JSON)</source>
        <translation>ein exportiertes Tagebuch importieren (JSON)</translation>
    </message>
    <message>
        <source>Adds the partners, entries and check-ins of an aftercare-journal JSON file (as
written by &quot;export --format json&quot;). The whole file is checked first; if
anything in it is not acceptable, nothing is added. Records whose id is already
in the journal are skipped. Prints how many were added and skipped.</source>
        <translation>Fügt die Partner*innen, Einträge und Check-ins einer aftercare-journal-JSON-Datei
hinzu (wie sie &quot;export --format json&quot; schreibt). Zuerst wird die ganze Datei
geprüft; ist darin etwas nicht in Ordnung, wird nichts hinzugefügt. Datensätze,
deren ID schon im Tagebuch ist, werden übersprungen. Gibt aus, wie viele
hinzugefügt und übersprungen wurden.</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>added %1, skipped %2</source>
        <translation>%1 hinzugefügt, %2 übersprungen</translation>
    </message>
    <message>
        <source>create a new journal</source>
        <translation>ein neues Tagebuch anlegen</translation>
    </message>
    <message>
        <source>Creates a new encrypted journal in the journal folder, protected by the
passphrase you give. Prints its recovery code on stdout (alone, so a script can
capture it) or writes it to a new file readable only by you. The code is the
only way back in if the passphrase is lost, and it is shown only this once.</source>
        <translation>Legt im Tagebuch-Ordner ein neues verschlüsseltes Tagebuch an, geschützt durch
die Passphrase, die du angibst. Gibt seinen Wiederherstellungscode auf stdout
aus (allein, damit ein Skript ihn auffangen kann) oder schreibt ihn in eine neue
Datei, die nur du lesen kannst. Der Code ist der einzige Weg zurück, falls die
Passphrase verloren geht, und er wird nur dieses eine Mal gezeigt.</translation>
    </message>
    <message>
        <source>write the recovery code to FILE (must not exist yet)</source>
        <translation>den Wiederherstellungscode nach FILE schreiben (darf noch nicht existieren)</translation>
    </message>
    <message>
        <source>there is already a journal in %1; nothing was changed</source>
        <translation>in %1 gibt es schon ein Tagebuch; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Created a new journal in %1.</source>
        <translation>Neues Tagebuch in %1 angelegt.</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>standard input holds more than %1 bytes</source>
        <translation>die Standardeingabe enthält mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>list entries, newest first</source>
        <translation>Einträge auflisten, die neuesten zuerst</translation>
    </message>
    <message>
        <source>no entries in that range</source>
        <translation>keine Einträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>the journal has no entries yet</source>
        <translation>das Tagebuch hat noch keine Einträge</translation>
    </message>
    <message>
        <source>change the passphrase (or set a new one with the recovery code)</source>
        <translation>die Passphrase ändern (oder mit dem Wiederherstellungscode eine neue setzen)</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>die neue Passphrase aus der ersten Zeile von FILE lesen</translation>
    </message>
    <message>
        <source>unlock with the recovery code in FILE instead of the current passphrase</source>
        <translation>mit dem Wiederherstellungscode in FILE statt mit der aktuellen Passphrase entsperren</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>neue Passphrase</translation>
    </message>
    <message>
        <source>Above is your recovery code.</source>
        <translation>Oben steht dein Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Your recovery code is in %1 (readable only by you).</source>
        <translation>Dein Wiederherstellungscode steht in %1 (nur für dich lesbar).</translation>
    </message>
    <message>
        <source> If you ever forget your passphrase, it is the only way back into your journal, and it will not be shown again. Write it down or keep it in a password manager, somewhere only you can reach.</source>
        <translation> Falls du deine Passphrase je vergisst, ist er der einzige Weg zurück in dein Tagebuch, und er wird nicht noch einmal gezeigt. Schreib ihn auf oder leg ihn in einem Passwortmanager ab, irgendwo, wo nur du herankommst.</translation>
    </message>
    <message>
        <source>a passphrase with a line break in it cannot be handed over to %1</source>
        <translation>eine Passphrase mit einem Zeilenumbruch kann nicht an %1 übergeben werden</translation>
    </message>
    <message>
        <source>could not prepare the passphrase for %1</source>
        <translation>die Passphrase konnte nicht für %1 vorbereitet werden</translation>
    </message>
    <message>
        <source>the passphrase is too long to hand over to %1</source>
        <translation>die Passphrase ist zu lang, um sie an %1 zu übergeben</translation>
    </message>
    <message>
        <source>a PDF is made by %1, which should be installed next to aftercare-cli (%2) but is not there; reinstall Aftercare, or export --format json or csv instead</source>
        <translation>ein PDF erstellt %1, das neben aftercare-cli (%2) installiert sein sollte, dort aber fehlt; installiere Aftercare neu oder exportiere stattdessen mit --format json oder csv</translation>
    </message>
    <message>
        <source>could not start %1</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>lost track of %1</source>
        <translation>%1 ist verloren gegangen</translation>
    </message>
    <message>
        <source>%1 stopped before it finished (signal %2); nothing was written</source>
        <translation>%1 hat vor dem Ende aufgehört (Signal %2); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 could not make the PDF</source>
        <translation>%1 konnte das PDF nicht erstellen</translation>
    </message>
    <message>
        <source>make a new journal from an encrypted backup</source>
        <translation>aus einer verschlüsselten Sicherung ein neues Tagebuch machen</translation>
    </message>
    <message>
        <source>Opens the backup FILE with its backup passphrase and creates a new journal in
NEWDIR holding everything in it, protected by the journal passphrase you give
(--passphrase-file, AFTERCARE_PASSPHRASE or a prompt). A folder that already
holds a journal is refused. Prints the new journal&apos;s recovery code like &quot;init&quot;.</source>
        <translation>Öffnet die Sicherung FILE mit ihrer Sicherungs-Passphrase und legt in NEWDIR ein
neues Tagebuch mit ihrem ganzen Inhalt an, geschützt durch die Passphrase, die
du angibst (--passphrase-file, AFTERCARE_PASSPHRASE oder eine Abfrage). Ein
Ordner, in dem schon ein Tagebuch liegt, wird abgelehnt. Gibt den
Wiederherstellungscode des neuen Tagebuchs aus wie &quot;init&quot;.</translation>
    </message>
    <message>
        <source>write the new recovery code to FILE (must not exist yet)</source>
        <translation>den neuen Wiederherstellungscode nach FILE schreiben (darf noch nicht existieren)</translation>
    </message>
    <message>
        <source>there is already a journal in %1; restore only creates a new journal, so pass --journal with a new folder</source>
        <translation>in %1 gibt es schon ein Tagebuch; restore legt nur neue Tagebücher an, gib also mit --journal einen neuen Ordner an</translation>
    </message>
    <message>
        <source>there is no backup file %1</source>
        <translation>es gibt keine Sicherungsdatei %1</translation>
    </message>
    <message>
        <source>%1; the new journal was removed again</source>
        <translation>%1; das neue Tagebuch wurde wieder entfernt</translation>
    </message>
    <message>
        <source>Restored %1 and %2 into a new journal in %3.</source>
        <translation>%1 und %2 in ein neues Tagebuch in %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>  - your crisis line: %1
</source>
        <translation>  - dein Krisentelefon: %1
</translation>
    </message>
    <message>
        <source>  - your therapist: %1
</source>
        <translation>  - deine Therapeutin oder dein Therapeut: %1
</translation>
    </message>
    <message>
        <source>the %1 from %2 is empty</source>
        <translation>%1 aus %2 ist leer</translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation>die Datei %2 (%1) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the %1 file %2 is larger than %3 KiB; is it the right file?</source>
        <translation>die Datei %2 (%1) ist größer als %3 KiB; ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>the first line of %1</source>
        <translation>der ersten Zeile von %1</translation>
    </message>
    <message>
        <source>standard input is not a terminal</source>
        <translation>die Standardeingabe ist kein Terminal</translation>
    </message>
    <message>
        <source>that was longer than %1 bytes</source>
        <translation>das war länger als %1 Bytes</translation>
    </message>
    <message>
        <source>no passphrase was typed</source>
        <translation>es wurde keine Passphrase eingegeben</translation>
    </message>
    <message>
        <source>no %1 given: put it in a file and pass %2 FILE, set the environment variable %3, or run this in a terminal to be asked for it</source>
        <translation>nicht angegeben (%1): schreib sie in eine Datei und gib %2 FILE an, setze die Umgebungsvariable %3 oder starte das in einem Terminal, um danach gefragt zu werden</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>dem Terminal</translation>
    </message>
    <message>
        <source>%1 again, to be sure: </source>
        <translation>%1 noch einmal, zur Sicherheit: </translation>
    </message>
    <message>
        <source>the two %1s you typed differ; nothing was changed</source>
        <translation>die beiden Eingaben (%1) stimmen nicht überein; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>show one entry</source>
        <translation>einen Eintrag zeigen</translation>
    </message>
    <message>
        <source>Shows the entry with the given id (see &quot;list&quot;), one field per line, or with
--json as a JSON entry object.</source>
        <translation>Zeigt den Eintrag mit der angegebenen ID (siehe &quot;list&quot;), ein Feld pro Zeile,
oder mit --json als JSON-Eintragsobjekt.</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>patterns in your entries and check-ins</source>
        <translation>Muster in deinen Einträgen und Check-ins</translation>
    </message>
    <message>
        <source>the reference time (default: now)</source>
        <translation>der Bezugszeitpunkt (Standard: jetzt)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) am %3</translation>
    </message>
    <message>
        <source>As of %1, over the last %2 days:
</source>
        <translation>Stand %1, in den letzten %2 Tagen:
</translation>
    </message>
    <message>
        <source>  %1, %2 of them distressing (%3%)
</source>
        <translation>  %1, davon %2 belastend (%3 %)
</translation>
    </message>
    <message>
        <source>  tears: %1
</source>
        <translation>  Tränen: %1
</translation>
    </message>
    <message>
        <source>  tension: %1
</source>
        <translation>  Anspannung: %1
</translation>
    </message>
    <message>
        <source>  latest PHQ-9: %1
</source>
        <translation>  letzter PHQ-9: %1
</translation>
    </message>
    <message>
        <source>  latest GAD-7: %1
</source>
        <translation>  letzter GAD-7: %1
</translation>
    </message>
    <message>
        <source>
Nothing in particular stands out right now.
</source>
        <translation>
Im Moment fällt nichts Besonderes auf.
</translation>
    </message>
    <message>
        <source>
What the journal noticed, most important first:
</source>
        <translation>
Was dem Tagebuch aufgefallen ist, das Wichtigste zuerst:
</translation>
    </message>
    <message>
        <source>    entries: %1
</source>
        <translation>    Einträge: %1
</translation>
    </message>
    <message numerus="yes">
        <source>    check-ins: %n
</source>
        <translation>
            <numerusform>    Check-ins: %n
</numerusform>
            <numerusform>    Check-ins: %n
</numerusform>
        </translation>
    </message>
    <message>
        <source>
&quot;aftercare-cli trends --json&quot; lists the ids of the entries behind each point.
</source>
        <translation>
&quot;aftercare-cli trends --json&quot; listet die IDs der Einträge hinter jedem Punkt auf.
</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &quot;aftercare-report --help&quot;.</source>
        <translation>Siehe &quot;aftercare-report --help&quot;.</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not pdf (aftercare-cli export writes json and csv)</source>
        <translation>--format: &quot;%1&quot; ist nicht pdf (aftercare-cli export schreibt json und csv)</translation>
    </message>
    <message>
        <source>--from is after --to: nothing could be in between</source>
        <translation>--from liegt nach --to: dazwischen kann nichts liegen</translation>
    </message>
    <message>
        <source>There is no journal in %1. Create one with the app or &quot;aftercare-cli init&quot;, or try --demo.</source>
        <translation>In %1 gibt es kein Tagebuch. Leg eines mit der App oder mit &quot;aftercare-cli init&quot; an, oder probier --demo.</translation>
    </message>
    <message>
        <source>Writes a summary of the journal to share with a therapist, as a PDF. Notes and partner names stay out unless you ask for them. The PDF is NOT encrypted.</source>
        <translation>Schreibt eine Zusammenfassung des Tagebuchs als PDF, die du mit deiner Therapeutin oder deinem Therapeuten teilen kannst. Notizen und Namen von Partner*innen bleiben draußen, außer du möchtest sie dabeihaben. Das PDF ist NICHT verschlüsselt.</translation>
    </message>
    <message>
        <source>Write the PDF to FILE (required); an existing file is replaced only once the new one is complete.</source>
        <translation>Das PDF nach FILE schreiben (erforderlich); eine vorhandene Datei wird erst ersetzt, wenn die neue vollständig ist.</translation>
    </message>
    <message>
        <source>Start on DATE (default: the first reflection).</source>
        <translation>Am DATE beginnen (Standard: die erste Reflexion).</translation>
    </message>
    <message>
        <source>End on DATE (default: today).</source>
        <translation>Am DATE enden (Standard: heute).</translation>
    </message>
    <message>
        <source>Include notes and thoughts.</source>
        <translation>Notizen und Gedanken mit aufnehmen.</translation>
    </message>
    <message>
        <source>Show partners&apos; labels instead of Partner A, B…</source>
        <translation>Die Namen der Partner*innen statt Partner*in A, B … zeigen.</translation>
    </message>
    <message>
        <source>a4 or letter (default: from your locale).</source>
        <translation>a4 oder letter (Standard: aus deinen Ländereinstellungen).</translation>
    </message>
    <message>
        <source>Accepted for aftercare-cli; must be pdf.</source>
        <translation>Für aftercare-cli angenommen; muss pdf sein.</translation>
    </message>
    <message>
        <source>Summarise a generated demo journal instead of yours (to try it out or for screenshots); no journal or passphrase is needed.</source>
        <translation>Ein erzeugtes Demo-Tagebuch statt deines zusammenfassen (zum Ausprobieren oder für Screenshots); dafür braucht es weder Tagebuch noch Passphrase.</translation>
    </message>
    <message>
        <source>The journal folder (default: %1).</source>
        <translation>Der Tagebuch-Ordner (Standard: %1).</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else AFTERCARE_PASSPHRASE, else a prompt).</source>
        <translation>Die Passphrase aus der ersten Zeile von FILE lesen (sonst AFTERCARE_PASSPHRASE, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>DEMO: made from generated example data, not from anyone&apos;s journal.</source>
        <translation>DEMO: aus erzeugten Beispieldaten, nicht aus dem Tagebuch eines Menschen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a %n-page summary to %1. It is not encrypted: keep it somewhere private.</source>
        <translation>
            <numerusform>Zusammenfassung mit %n Seite nach %1 geschrieben. Sie ist nicht verschlüsselt: bewahre sie an einem privaten Ort auf.</numerusform>
            <numerusform>Zusammenfassung mit %n Seiten nach %1 geschrieben. Sie ist nicht verschlüsselt: bewahre sie an einem privaten Ort auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records a completed questionnaire: PHQ-9 (9 answers, about low mood) or GAD-7
(7 answers, about anxiety), each answer 0 (not at all) to 3 (nearly every
day) for the last two weeks, in the order of the questions. Prints the total
and its published band. A score is a starting point for a conversation with a
doctor or therapist, not a diagnosis.
The answers are read from FILE or standard input (numbers separated by commas,
spaces or lines), or asked one by one in a terminal. They are never taken from
the command line itself, where other programs and your shell history see them.</source>
        <translation>Speichert einen ausgefüllten Fragebogen: PHQ-9 (9 Antworten, zu gedrückter Stimmung) oder GAD-7
(7 Antworten, zu Angst), jede Antwort von 0 (überhaupt nicht) bis 3 (beinahe jeden
Tag) für die letzten zwei Wochen, in der Reihenfolge der Fragen. Gibt die Summe
und ihren veröffentlichten Bereich aus. Ein Wert ist ein Anfang für ein Gespräch mit
einer Ärztin, einem Arzt oder in einer Therapie, keine Diagnose.
Die Antworten kommen aus FILE oder von der Standardeingabe (Zahlen, getrennt durch Kommas,
Leerzeichen oder Zeilen), oder sie werden in einem Terminal einzeln abgefragt. Sie werden nie
von der Befehlszeile selbst genommen, wo andere Programme und der Verlauf deiner Shell sie sehen.</translation>
    </message>
    <message>
        <source>read the answers from FILE</source>
        <translation>lies die Antworten aus FILE</translation>
    </message>
    <message>
        <source>read the answers from standard input</source>
        <translation>lies die Antworten von der Standardeingabe</translation>
    </message>
    <message>
        <source>the answers: &quot;%1&quot; is not a number from 0 to 3</source>
        <translation>die Antworten: „%1“ ist keine Zahl von 0 bis 3</translation>
    </message>
    <message>
        <source>checkin no longer takes the answers on the command line, where other programs and your shell history can see them. Put them in a file and use --answers-file FILE, pipe them in with --answers -, or leave both out to be asked one by one</source>
        <translation>checkin nimmt die Antworten nicht mehr auf der Befehlszeile an, wo andere Programme und der Verlauf deiner Shell sie sehen können. Schreib sie in eine Datei und nimm --answers-file FILE, leite sie mit --answers - herein oder lass beides weg, dann wirst du einzeln gefragt</translation>
    </message>
    <message>
        <source>give either --answers-file or --answers -, not both</source>
        <translation>gib entweder --answers-file oder --answers - an, nicht beides</translation>
    </message>
    <message>
        <source>checkin needs the answers: --answers-file FILE, or --answers - to read them from standard input, or run it in a terminal to be asked one by one</source>
        <translation>checkin braucht die Antworten: --answers-file FILE oder --answers -, um sie von der Standardeingabe zu lesen, oder starte es in einem Terminal, dann wirst du einzeln gefragt</translation>
    </message>
    <message>
        <source>the answers ended early; nothing was recorded</source>
        <translation>die Antworten endeten zu früh; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>Please type a number from 0 to 3.</source>
        <translation>Bitte gib eine Zahl von 0 bis 3 ein.</translation>
    </message>
    <message>
        <source>pdf: a few words for the first page, read from FILE</source>
        <translation>pdf: ein paar Worte für die erste Seite, aus FILE gelesen</translation>
    </message>
    <message>
        <source>pdf: the same, read from standard input</source>
        <translation>pdf: dasselbe, von der Standardeingabe gelesen</translation>
    </message>
    <message>
        <source>--talk-about no longer takes the words on the command line, where other programs and your shell history can see them. Put them in a file and use --talk-about-file FILE, or pipe them in with --talk-about -</source>
        <translation>--talk-about nimmt die Worte nicht mehr auf der Befehlszeile an, wo andere Programme und der Verlauf deiner Shell sie sehen können. Schreib sie in eine Datei und nimm --talk-about-file FILE, oder leite sie mit --talk-about - herein</translation>
    </message>
    <message>
        <source>give either --talk-about-file or --talk-about -, not both</source>
        <translation>gib entweder --talk-about-file oder --talk-about - an, nicht beides</translation>
    </message>
    <message>
        <source>Changes the journal passphrase. The journal is unlocked with the current
passphrase (--passphrase-file, AFTERCARE_PASSPHRASE or a prompt) or, if it is
lost, with the recovery code from --recovery-code-file. The new passphrase
comes from --new-passphrase-file, else AFTERCARE_NEW_PASSPHRASE, else you are
asked twice. The journal gets a new key and is re-encrypted under it, so the
old passphrase stops working (also with any copy of the old key file); the
recovery code stays valid. The daily snapshots in backups/ are deleted (they
would open with the old passphrase) and a new one is taken. A copy of the
journal folder made before the change still opens with the old passphrase.</source>
        <translation>Ändert die Passphrase des Tagebuchs. Das Tagebuch wird mit der jetzigen
Passphrase geöffnet (--passphrase-file, AFTERCARE_PASSPHRASE oder eine Abfrage) oder, wenn
sie verloren ist, mit dem Wiederherstellungscode aus --recovery-code-file. Die neue
Passphrase kommt aus --new-passphrase-file, sonst aus AFTERCARE_NEW_PASSPHRASE, sonst wirst
du zweimal gefragt. Das Tagebuch bekommt einen neuen Schlüssel und wird damit neu
verschlüsselt, sodass die alte Passphrase nicht mehr öffnet (auch nicht mit einer Kopie der
alten Schlüsseldatei); der Wiederherstellungscode bleibt gültig. Die täglichen Schnappschüsse
in backups/ werden gelöscht (sie würden sich mit der alten Passphrase öffnen) und ein neuer
wird angelegt. Eine Kopie des Tagebuch-Ordners von vor der Änderung öffnet sich weiter mit
der alten Passphrase.</translation>
    </message>
    <message>
        <source> Run `aftercare-cli recovery-code --output FILE`, or give the current code with --recovery-code-file.</source>
        <translation> Führe `aftercare-cli recovery-code --output FILE` aus, oder gib den jetzigen Code mit --recovery-code-file an.</translation>
    </message>
    <message>
        <source>Your passphrase was changed and the journal re-encrypted with a new key. Your recovery code still works. Earlier daily snapshots were deleted and a new one taken. Copies of the journal folder made before now still open with the old passphrase.</source>
        <translation>Deine Passphrase wurde geändert und das Tagebuch mit einem neuen Schlüssel neu verschlüsselt. Dein Wiederherstellungscode funktioniert weiter. Die bisherigen täglichen Schnappschüsse wurden gelöscht und ein neuer angelegt. Kopien des Tagebuch-Ordners von vor dieser Änderung öffnen sich weiter mit der alten Passphrase.</translation>
    </message>
    <message>
        <source>make a new recovery code (the old one stops working)</source>
        <translation>einen neuen Wiederherstellungscode erstellen (der alte funktioniert dann nicht mehr)</translation>
    </message>
    <message>
        <source>Makes a new recovery code and writes it to FILE, a new file readable only by
you (it must not exist yet). The journal is unlocked with your passphrase and
re-encrypted under a new key, so the old recovery code stops working at once,
also with any copy of the old key file. The daily snapshots made before are
deleted and a new one is taken. A copy of the journal folder made before now
still opens with the old code. The new code is shown only this once.</source>
        <translation>Erstellt einen neuen Wiederherstellungscode und schreibt ihn in FILE, eine neue Datei, die
nur du lesen kannst (sie darf noch nicht existieren). Das Tagebuch wird mit deiner Passphrase
geöffnet und mit einem neuen Schlüssel neu verschlüsselt, sodass der alte Code sofort nicht
mehr funktioniert, auch nicht mit einer Kopie der alten Schlüsseldatei. Die bisherigen
täglichen Schnappschüsse werden gelöscht und ein neuer wird angelegt. Eine Kopie des
Tagebuch-Ordners von vorher öffnet sich weiter mit dem alten Code. Der neue Code wird nur
dieses eine Mal gezeigt.</translation>
    </message>
    <message>
        <source>write the new recovery code to FILE (must not exist)</source>
        <translation>schreib den neuen Wiederherstellungscode in FILE (darf noch nicht existieren)</translation>
    </message>
    <message>
        <source>say where the new recovery code goes with --output FILE (a new file; it is shown only once)</source>
        <translation>gib mit --output FILE an, wohin der neue Wiederherstellungscode soll (eine neue Datei; er wird nur einmal gezeigt)</translation>
    </message>
    <message>
        <source>The recovery code was replaced</source>
        <translation>Der Wiederherstellungscode wurde ersetzt</translation>
    </message>
    <message>
        <source>The old recovery code no longer opens this journal. Copies of the journal folder made before now still open with it.</source>
        <translation>Der alte Wiederherstellungscode öffnet dieses Tagebuch nicht mehr. Kopien des Tagebuch-Ordners von vorher öffnen sich weiter mit ihm.</translation>
    </message>
    <message>
        <source>%1 already exists and was left alone (it might hold another journal&apos;s recovery code); choose a new file</source>
        <translation>%1 gibt es schon; die Datei wurde nicht angerührt (sie könnte den Wiederherstellungscode eines anderen Tagebuchs enthalten). Wähle eine neue Datei</translation>
    </message>
    <message>
        <source>%1. %2; its recovery code was printed above instead: keep it somewhere safe, it will not be shown again</source>
        <translation>%1. %2; der Wiederherstellungscode wurde stattdessen oben ausgegeben: Bewahre ihn sicher auf, er wird nicht noch einmal gezeigt</translation>
    </message>
    <message>
        <source>Your journal was created</source>
        <translation>Dein Tagebuch wurde angelegt</translation>
    </message>
    <message>
        <source>the words for the first page are too long to hand over to %1</source>
        <translation>die Worte für die erste Seite sind zu lang, um sie an %1 zu übergeben</translation>
    </message>
    <message>
        <source>A few words for the first page (what you would like to talk about), read from FILE, or from standard input for -; after the passphrase&apos;s line when that comes from standard input too.</source>
        <translation>Ein paar Worte für die erste Seite (worüber du sprechen möchtest), aus FILE gelesen, oder von der Standardeingabe bei -; nach der Zeile mit der Passphrase, wenn auch sie von der Standardeingabe kommt.</translation>
    </message>
    <message>
        <source>You noted that something did not feel consensual or within your
limits. That matters, and it is not your fault.
</source>
        <translation>Du hast festgehalten, dass sich etwas nicht einvernehmlich oder nicht innerhalb
deiner Grenzen angefühlt hat. Das zählt, und es ist nicht deine Schuld.
</translation>
    </message>
    <message>
        <source>show your safety plan</source>
        <translation>deinen Sicherheitsplan zeigen</translation>
    </message>
    <message>
        <source>Prints the safety plan you made in the app (My safety plan): your warning
signs, what helps you feel calmer, people and places, who you can ask for
help, professionals and crisis lines, making things safer, and your reasons
for living. With --json, prints it as the &quot;safety_plan&quot; object of the
export format (docs/FORMAT.md); null when there is no plan yet.</source>
        <translation>Gibt den Sicherheitsplan aus, den du in der App gemacht hast (Mein
Sicherheitsplan): deine Warnzeichen, was dich ruhiger macht, Menschen und Orte,
wen du um Hilfe bitten kannst, Fachleute und Krisentelefone, was deine Umgebung
sicherer macht, und was dich weitermachen lässt. Mit --json als das Objekt
&quot;safety_plan&quot; des Exportformats (docs/FORMAT.md); null, solange es keinen Plan
gibt.</translation>
    </message>
    <message>
        <source>print the plan as JSON</source>
        <translation>den Plan als JSON ausgeben</translation>
    </message>
    <message>
        <source>There is no safety plan yet. You can make one in the app, under My safety plan.</source>
        <translation>Es gibt noch keinen Sicherheitsplan. Du kannst einen in der App anlegen, unter „Mein Sicherheitsplan“.</translation>
    </message>
    <message>
        <source>  (nothing yet)</source>
        <translation>  (noch nichts)</translation>
    </message>
    <message>
        <source>One of your answers says you have had thoughts of being better off dead or of
hurting yourself. Thank you for being honest about it. You deserve support with
this, and you do not have to carry it alone. If you feel you might act on these
thoughts, please reach out now:
</source>
        <translation>Eine deiner Antworten sagt, dass du Gedanken hattest, lieber tot zu sein oder dir
etwas anzutun. Danke, dass du so ehrlich bist. Du verdienst Unterstützung dabei,
und du musst das nicht allein tragen. Wenn du merkst, dass du diesen Gedanken
folgen könntest, melde dich bitte jetzt:
</translation>
    </message>
    <message>
        <source>If you would like to talk to someone, these lines are there for you:
</source>
        <translation>Wenn du mit jemandem sprechen möchtest, sind diese Stellen für dich da:
</translation>
    </message>
    <message>
        <source>Your own saved contacts:
</source>
        <translation>Deine eigenen gespeicherten Kontakte:
</translation>
    </message>
    <message>
        <source>Lists entries, newest first, as a table (date, tears, tension, thoughts,
reasons, how much it bothers you, id) or with --json as a JSON array of entry
objects. DATE is YYYY-MM-DD (--from: the start of that day, --to: its end) or a
date and time such as 2026-11-26T21:30. --tag may be given more than once: only
entries with every one of those tags are listed (upper and lower case do not
matter).</source>
        <translation>Listet Einträge auf, die neuesten zuerst, als Tabelle (Datum, Tränen, Anspannung,
Gedanken, Gründe, wie sehr es dich belastet, ID) oder mit --json als JSON-Array
von Eintrags-Objekten. DATE ist JJJJ-MM-TT (--from: der Beginn dieses Tages,
--to: sein Ende) oder Datum und Uhrzeit wie 2026-11-26T21:30. --tag darf mehrmals
vorkommen: Dann werden nur Einträge gezeigt, die jedes dieser Stichwörter tragen
(Groß- und Kleinschreibung spielen keine Rolle).</translation>
    </message>
    <message>
        <source>only entries with this tag (repeatable: all must match)</source>
        <translation>nur Einträge mit diesem Stichwort (mehrfach möglich: alle müssen passen)</translation>
    </message>
    <message>
        <source>no entries with those tags</source>
        <translation>keine Einträge mit diesen Stichwörtern</translation>
    </message>
    <message>
        <source>list your tags and how many entries have each</source>
        <translation>deine Stichwörter auflisten, jeweils mit der Zahl ihrer Einträge</translation>
    </message>
    <message>
        <source>Lists every tag in the journal, A to Z, with the number of entries that carry
it, or with --json as a JSON array of {&quot;label&quot;: ..., &quot;entries&quot;: n}. A tag
whose entries were all changed or deleted is listed with 0 until it is
deleted in the app. Use &quot;list --tag LABEL&quot; to see the entries of a tag.</source>
        <translation>Listet jedes Stichwort im Tagebuch von A bis Z auf, mit der Zahl der Einträge,
die es tragen, oder mit --json als JSON-Array aus {&quot;label&quot;: ..., &quot;entries&quot;: n}.
Ein Stichwort, dessen Einträge alle geändert oder gelöscht wurden, steht mit 0
da, bis du es in der App löschst. Mit &quot;list --tag LABEL&quot; siehst du die Einträge
eines Stichworts.</translation>
    </message>
    <message>
        <source>the journal has no tags yet; add them to an entry&apos;s &quot;tags&quot; list</source>
        <translation>das Tagebuch hat noch keine Stichwörter; füge sie der Liste &quot;tags&quot; eines Eintrags hinzu</translation>
    </message>
    <message>
        <source>Shows what the journal noticed across your entries and check-ins, most
important first, each with the entries that support it, and a summary of the
last 90 days. These are pointers for reflection or for a talk with someone you
trust, never a diagnosis. --as-of looks at the journal as it was on DATE (the
end of that day). Your tags are compared over the same 90 days: how often the
reflections with a tag were distressing, against those without it.</source>
        <translation>Zeigt, was dem Tagebuch in deinen Einträgen und Check-ins aufgefallen ist, das
Wichtigste zuerst, jeweils mit den Einträgen, auf denen es beruht, und eine
Übersicht über die letzten 90 Tage. Das sind Anstöße zum Nachdenken oder für ein
Gespräch mit jemandem, dem du vertraust, nie eine Diagnose. --as-of zeigt das
Tagebuch so, wie es an DATE war (am Ende dieses Tages). Deine Stichwörter werden
über dieselben 90 Tage verglichen: wie oft die Reflexionen mit einem Stichwort
belastend waren, gegenüber denen ohne es.</translation>
    </message>
    <message>
        <source>print {&quot;as_of&quot;, &quot;findings&quot;, &quot;summary&quot;, &quot;factors&quot;} as JSON</source>
        <translation>{&quot;as_of&quot;, &quot;findings&quot;, &quot;summary&quot;, &quot;factors&quot;} als JSON ausgeben</translation>
    </message>
    <message>
        <source>
Your tags over the same days (distressing with the tag, and without it):
</source>
        <translation>
Deine Stichwörter über dieselben Tage (belastend mit dem Stichwort und ohne):
</translation>
    </message>
    <message>
        <source>%1; without it %2</source>
        <translation>%1; ohne: %2</translation>
    </message>
    <message>
        <source> (stands out)</source>
        <translation> (sticht heraus)</translation>
    </message>
    <message>
        <source>pdf: only these sections, comma-separated: overview, charts, findings, checkins, partners, tags, entries, legend (default: all but tags, your own labels)</source>
        <translation>pdf: nur diese Abschnitte, durch Kommas getrennt: overview, charts, findings, checkins, partners, tags, entries, legend (Standard: alle außer tags, deinen eigenen Stichwörtern)</translation>
    </message>
    <message>
        <source>  %1, %2 of them distressing
</source>
        <translation>  %1, davon %2 belastend
</translation>
    </message>
    <message>
        <source>Only these sections, comma-separated: overview, charts, findings, checkins, partners, tags, entries, legend. Default: all but tags (your own labels are in the summary only when you name them here).</source>
        <translation>Nur diese Abschnitte, durch Kommas getrennt: overview, charts, findings, checkins, partners, tags, entries, legend. Standard: alle außer tags (deine eigenen Stichwörter stehen nur dann in der Zusammenfassung, wenn du sie hier nennst).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>aftercare: %1
Try &apos;aftercare --help&apos; for the options.
</source>
        <translation>aftercare: %1
&apos;aftercare --help&apos; zeigt die Optionen.
</translation>
    </message>
    <message>
        <source>aftercare: the demo journal could not be made: %1
</source>
        <translation>aftercare: das Demo-Tagebuch konnte nicht angelegt werden: %1
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--demo always uses a temporary journal; leave out --journal.</source>
        <translation>--demo nutzt immer ein vorübergehendes Tagebuch; lass --journal weg.</translation>
    </message>
    <message>
        <source>--journal needs a folder.</source>
        <translation>--journal braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Usage: aftercare [options]

Aftercare is a private, encrypted journal for reflecting on tears, sadness or
irritability during or after sex. Everything stays on this computer.

Options:
  --journal DIR   Open (or create) the journal in DIR instead of the default
                  folder (%1).
  --demo          Explore a throwaway demo journal with made-up entries. It lives
                  in a temporary folder and is deleted when you quit.
  -h, --help      Show this help and exit.
  -v, --version   Show the version and exit.

The command-line tool aftercare-cli works with the same journals.
</source>
        <translation>Aufruf: aftercare [Optionen]

Aftercare ist ein privates, verschlüsseltes Tagebuch, um über Tränen, Traurigkeit
oder Gereiztheit beim oder nach dem Sex nachzudenken. Alles bleibt auf diesem
Computer.

Optionen:
  --journal DIR   Das Tagebuch in DIR öffnen (oder anlegen) statt im
                  Standardordner (%1).
  --demo          Ein Demo-Tagebuch mit ausgedachten Einträgen ausprobieren. Es
                  liegt in einem vorübergehenden Ordner und wird beim Beenden
                  gelöscht.
  -h, --help      Diese Hilfe zeigen und beenden.
  -v, --version   Die Version zeigen und beenden.

Das Kommandozeilenwerkzeug aftercare-cli arbeitet mit denselben Tagebüchern.
</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>the United States</source>
        <translation>den USA</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>the United Kingdom</source>
        <translation>dem Vereinigten Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>der Schweiz</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>the Netherlands</source>
        <translation>den Niederlanden</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>in England and Wales</source>
        <translation>in England und Wales</translation>
    </message>
    <message>
        <source>for women, and people supporting them</source>
        <translation>für Frauen und Menschen, die sie unterstützen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: call or text %2</source>
        <translation>%1: anrufen oder schreiben unter %2</translation>
    </message>
    <message>
        <source>%1: call %2</source>
        <translation>%1: anrufen unter %2</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number.</source>
        <translation>Im Notfall: Ruf die Notrufnummer deines Landes an.</translation>
    </message>
    <message>
        <source>To find a crisis line near you, ask a doctor, look up your country&apos;s crisis line, or go to the nearest emergency department.</source>
        <translation>Ein Krisentelefon in deiner Nähe findest du über deine Ärztin oder deinen Arzt oder indem du nach dem Krisentelefon deines Landes suchst – oder geh in die nächste Notaufnahme.</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>In %1:</translation>
    </message>
    <message>
        <source>Emergency: call %1.</source>
        <translation>Notruf: %1.</translation>
    </message>
    <message>
        <source>After sexual assault or abuse: %1</source>
        <translation>Nach sexualisierter Gewalt oder Missbrauch: %1</translation>
    </message>
    <message>
        <source>Elsewhere: your local emergency number, a doctor, a local crisis line or the nearest emergency department.</source>
        <translation>Anderswo: die Notrufnummer vor Ort, eine Ärztin oder ein Arzt, ein Krisentelefon vor Ort oder die nächste Notaufnahme.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMMM yyyy</source>
        <translation>ddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <translation>dddd, d. MMMM, HH:mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>d MMMM yyyy   HH:mm</source>
        <translation>d. MMMM yyyy   HH:mm</translation>
    </message>
</context>
<context>
    <name>EntryProse</name>
    <message>
        <source>A reflection</source>
        <translation>Eine Reflexion</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You were with %1.</source>
        <translation>Du warst mit %1 zusammen.</translation>
    </message>
    <message>
        <source>You were thinking about: “%1”</source>
        <translation>Du hast gedacht an: „%1“</translation>
    </message>
    <message>
        <source>How it felt</source>
        <translation>Wie es sich angefühlt hat</translation>
    </message>
    <message>
        <source>Feelings you noticed</source>
        <translation>Gefühle, die du bemerkt hast</translation>
    </message>
    <message>
        <source>Pain: %1.</source>
        <translation>Schmerzen: %1.</translation>
    </message>
    <message>
        <source>What may have played a part</source>
        <translation>Was eine Rolle gespielt haben könnte</translation>
    </message>
    <message>
        <source>Around you</source>
        <translation>Um dich herum</translation>
    </message>
    <message>
        <source>In the two weeks before, you had noticed:</source>
        <translation>In den zwei Wochen davor hattest du bemerkt:</translation>
    </message>
    <message>
        <source>You had given birth in the past year.</source>
        <translation>Du hattest im vergangenen Jahr ein Kind geboren.</translation>
    </message>
    <message>
        <source>You had not given birth in the past year.</source>
        <translation>Du hattest im vergangenen Jahr kein Kind geboren.</translation>
    </message>
    <message>
        <source>How much this bothers you: %1.</source>
        <translation>Wie sehr dich das belastet: %1.</translation>
    </message>
    <message>
        <source>Looking after yourself</source>
        <translation>Gut für dich sorgen</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Deine Notizen</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Deine Stichwörter</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Your last check-in mentioned painful thoughts</source>
        <translation>Dein letzter Check-in erwähnte schmerzhafte Gedanken</translation>
    </message>
    <message>
        <source>In your most recent PHQ-9 you said you have had thoughts of being better off dead or of hurting yourself. You do not have to carry that on your own. If you feel you might act on these thoughts, please contact a crisis line or emergency services now. If not, it is still worth telling someone you trust soon, such as your doctor, a therapist or a close friend. The help page lists people you can call or message right away.</source>
        <translation>In deinem letzten PHQ-9 hast du gesagt, dass du Gedanken hattest, du wärst lieber tot, oder daran, dir etwas anzutun. Das musst du nicht allein tragen. Wenn du merkst, dass du diesen Gedanken folgen könntest, wende dich bitte jetzt an ein Krisentelefon oder den Notruf. Wenn nicht, lohnt es sich trotzdem, bald einem vertrauten Menschen davon zu erzählen, etwa deiner Ärztin oder deinem Arzt, in einer Therapie oder einer guten Freundin oder einem guten Freund. Auf der Hilfe-Seite findest du Stellen, die du sofort anrufen oder anschreiben kannst.</translation>
    </message>
    <message>
        <source>You noted that your limits were not respected</source>
        <translation>Du hast notiert, dass deine Grenzen nicht respektiert wurden</translation>
    </message>
    <message>
        <source>What you went through matters, and it is not your fault. You deserve to feel safe and to have your limits respected. If you would like support, someone you trust or a support line can listen, at whatever pace feels right for you. The help page shows where to turn, including any contacts you have saved.</source>
        <translation>Was du erlebt hast, zählt, und es ist nicht deine Schuld. Du verdienst es, dich sicher zu fühlen und dass deine Grenzen respektiert werden. Wenn du Unterstützung möchtest, kann ein vertrauter Mensch oder ein Hilfetelefon dir zuhören, in dem Tempo, das sich für dich richtig anfühlt. Die Hilfe-Seite zeigt, wohin du dich wenden kannst, auch mit den Kontakten, die du gespeichert hast.</translation>
    </message>
    <message>
        <source>Your most recent PHQ-9 total was %1, in the %2 range.</source>
        <translation>Dein letzter PHQ-9-Wert war %1, im Bereich „%2“.</translation>
    </message>
    <message>
        <source>Signs of low mood have come up lately</source>
        <translation>Zuletzt gab es Anzeichen gedrückter Stimmung</translation>
    </message>
    <message>
        <source>In one recent reflection you said you were reliving a past trauma or abusive experience. Be gentle with yourself. If it happens again or stays with you, a therapist who works with trauma can help you find ways to feel safer.</source>
        <translation>In einer Reflexion aus letzter Zeit hast du gesagt, dass du ein früheres Trauma oder eine Gewalterfahrung wiedererlebt hast. Sei sanft mit dir. Wenn es wieder passiert oder dich nicht loslässt, kann eine Therapeutin oder ein Therapeut mit Erfahrung in Traumatherapie dir helfen, Wege zu finden, dich sicherer zu fühlen.</translation>
    </message>
    <message>
        <source>Memories of past hurt came up</source>
        <translation>Erinnerungen an frühere Verletzungen kamen hoch</translation>
    </message>
    <message>
        <source>Pain has come up with sex</source>
        <translation>Beim Sex gab es Schmerzen</translation>
    </message>
    <message>
        <source>Low mood after having a baby</source>
        <translation>Gedrückte Stimmung nach einer Geburt</translation>
    </message>
    <message>
        <source>You noted that you had a baby recently, together with signs of low mood. The big hormonal changes after birth can affect how sex and tears feel, and low mood after a birth is common and treatable. It may be worth mentioning to your doctor, midwife or health visitor.</source>
        <translation>Du hast notiert, dass du vor Kurzem ein Kind bekommen hast, und dazu Anzeichen gedrückter Stimmung. Die großen hormonellen Veränderungen nach einer Geburt können beeinflussen, wie sich Sex und Tränen anfühlen, und gedrückte Stimmung nach einer Geburt ist häufig und gut behandelbar. Es kann sich lohnen, das bei deiner Ärztin, deinem Arzt oder deiner Hebamme anzusprechen.</translation>
    </message>
    <message>
        <source>Your most recent GAD-7 total was %1, in the %2 range, which is worth talking about with a doctor or therapist.</source>
        <translation>Dein letzter GAD-7-Wert war %1, im Bereich „%2“; darüber mit einer Ärztin, einem Arzt oder in einer Therapie zu sprechen, kann sich lohnen.</translation>
    </message>
    <message>
        <source>Worry and stress keep showing up</source>
        <translation>Sorgen und Stress tauchen immer wieder auf</translation>
    </message>
    <message>
        <source>Tears have come often lately</source>
        <translation>In letzter Zeit kamen oft Tränen</translation>
    </message>
    <message>
        <source>Many recent episodes felt hard</source>
        <translation>Viele Episoden in letzter Zeit waren schwer</translation>
    </message>
    <message>
        <source>Recent episodes have felt harder than before</source>
        <translation>Die letzten Episoden waren schwerer als früher</translation>
    </message>
    <message>
        <source>Things in the relationship may be weighing on you</source>
        <translation>Vielleicht belastet dich etwas in der Beziehung</translation>
    </message>
    <message>
        <source>one partner</source>
        <translation>einer Person</translation>
    </message>
    <message>
        <source>Episodes with one partner feel harder more often</source>
        <translation>Episoden mit einer Person sind öfter schwerer</translation>
    </message>
    <message>
        <source>Shame or guilt came up several times</source>
        <translation>Scham oder Schuld kamen mehrmals vor</translation>
    </message>
    <message>
        <source>Mostly happy tears</source>
        <translation>Vor allem Freudentränen</translation>
    </message>
    <message>
        <source>A few more reflections will help</source>
        <translation>Ein paar Reflexionen mehr helfen</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelgradig</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>ausgeprägt</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <source>ten</source>
        <translation>zehn</translation>
    </message>
    <message>
        <source>eleven</source>
        <translation>elf</translation>
    </message>
    <message>
        <source>twelve</source>
        <translation>zwölf</translation>
    </message>
    <message numerus="yes">
        <source>the %n days before</source>
        <comment>a period just before another</comment>
        <translation>
            <numerusform>dem Tag davor</numerusform>
            <numerusform>den %n Tagen davor</numerusform>
        </translation>
    </message>
    <message>
        <source>the month before</source>
        <comment>a period just before another</comment>
        <translation>dem Monat davor</translation>
    </message>
    <message>
        <source>the %1 months before</source>
        <comment>a period just before another; %1 is a number in words</comment>
        <translation>den %1 Monaten davor</translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, some of what you noted can go along with low mood or depression, such as sadness, tiredness, poor sleep or losing interest in things you usually enjoy. This is not a diagnosis, but it may be worth talking about with a doctor or therapist. Low mood is common, and it can ease with the right support.</source>
        <translation>
            <numerusform>Am letzten Tag hast du manches notiert, das mit gedrückter Stimmung oder einer Depression einhergehen kann, etwa Traurigkeit, Müdigkeit, schlechter Schlaf oder weniger Freude an Dingen, die du sonst gern machst. Das ist keine Diagnose, aber es kann sich lohnen, mit einer Ärztin, einem Arzt oder in einer Therapie darüber zu sprechen. Gedrückte Stimmung ist häufig, und mit der richtigen Unterstützung kann sie leichter werden.</numerusform>
            <numerusform>In den letzten %n Tagen hast du manches notiert, das mit gedrückter Stimmung oder einer Depression einhergehen kann, etwa Traurigkeit, Müdigkeit, schlechter Schlaf oder weniger Freude an Dingen, die du sonst gern machst. Das ist keine Diagnose, aber es kann sich lohnen, mit einer Ärztin, einem Arzt oder in einer Therapie darüber zu sprechen. Gedrückte Stimmung ist häufig, und mit der richtigen Unterstützung kann sie leichter werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 reflections from the last %n days you said you were reliving a past trauma or abusive experience. That is a lot to hold. A therapist who works with trauma can help you find ways to feel safer during and after intimacy, at your own pace.</source>
        <translation>
            <numerusform>In %1 Reflexionen vom letzten Tag hast du gesagt, dass du ein früheres Trauma oder eine Gewalterfahrung wiedererlebt hast. Das ist viel zu tragen. Eine Therapeutin oder ein Therapeut mit Erfahrung in Traumatherapie kann dir helfen, Wege zu finden, dich bei und nach Intimität sicherer zu fühlen, in deinem eigenen Tempo.</numerusform>
            <numerusform>In %1 Reflexionen aus den letzten %n Tagen hast du gesagt, dass du ein früheres Trauma oder eine Gewalterfahrung wiedererlebt hast. Das ist viel zu tragen. Eine Therapeutin oder ein Therapeut mit Erfahrung in Traumatherapie kann dir helfen, Wege zu finden, dich bei und nach Intimität sicherer zu fühlen, in deinem eigenen Tempo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some of your reflections from the last %n days mention real pain. Pain before, during or after sex is worth raising with a doctor or other healthcare provider: it often has a cause that can be treated. It can also help to tell your partner, and to pause or change what you are doing when something hurts.</source>
        <translation>
            <numerusform>Einige deiner Reflexionen vom letzten Tag erwähnen echte Schmerzen. Schmerzen vor, beim oder nach dem Sex sind es wert, sie ärztlich oder bei einer anderen medizinischen Fachperson anzusprechen: Oft steckt eine Ursache dahinter, die sich behandeln lässt. Es kann auch helfen, es deinem Gegenüber zu sagen und innezuhalten oder etwas zu ändern, wenn etwas wehtut.</numerusform>
            <numerusform>Einige deiner Reflexionen aus den letzten %n Tagen erwähnen echte Schmerzen. Schmerzen vor, beim oder nach dem Sex sind es wert, sie ärztlich oder bei einer anderen medizinischen Fachperson anzusprechen: Oft steckt eine Ursache dahinter, die sich behandeln lässt. Es kann auch helfen, es deinem Gegenüber zu sagen und innezuhalten oder etwas zu ändern, wenn etwas wehtut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anxiety, fear or stress appears in %1 of your reflections from the last %n days. Worry that follows you into intimacy can make it hard to stay in the moment, and it is something that can be eased.</source>
        <translation>
            <numerusform>Angst, Furcht oder Stress tauchen in %1 deiner Reflexionen vom letzten Tag auf. Sorgen, die dich bis in die Intimität begleiten, können es schwer machen, im Moment zu bleiben – und das ist etwas, das leichter werden kann.</numerusform>
            <numerusform>Angst, Furcht oder Stress tauchen in %1 deiner Reflexionen aus den letzten %n Tagen auf. Sorgen, die dich bis in die Intimität begleiten, können es schwer machen, im Moment zu bleiben – und das ist etwas, das leichter werden kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reflected on %1 episodes with tears or distress in the last %n days. When crying after sex keeps happening, it can help to explore it with a health professional, especially if it weighs on you. The reasons you picked may also show what is going on.</source>
        <translation>
            <numerusform>Du hast am letzten Tag über %1 Episoden mit Tränen oder Belastung nachgedacht. Wenn Weinen nach dem Sex immer wieder vorkommt, kann es helfen, dem mit einer Fachperson nachzugehen, besonders wenn es dich belastet. Auch die Gründe, die du gewählt hast, können zeigen, was los ist.</numerusform>
            <numerusform>Du hast in den letzten %n Tagen über %1 Episoden mit Tränen oder Belastung nachgedacht. Wenn Weinen nach dem Sex immer wieder vorkommt, kann es helfen, dem mit einer Fachperson nachzugehen, besonders wenn es dich belastet. Auch die Gründe, die du gewählt hast, können zeigen, was los ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %n days, %1 of your %2 reflections describe a hard time, for example tension that got worse, sad thoughts, or something that bothered you a lot. It may help to look at what these moments had in common, and to talk them through with someone you trust or a professional.</source>
        <translation>
            <numerusform>Am letzten Tag beschreiben %1 deiner %2 Reflexionen eine schwere Zeit, zum Beispiel Anspannung, die schlimmer wurde, traurige Gedanken oder etwas, das dich sehr belastet hat. Es kann helfen, darauf zu schauen, was diese Momente gemeinsam hatten, und mit einem vertrauten Menschen oder einer Fachperson darüber zu sprechen.</numerusform>
            <numerusform>In den letzten %n Tagen beschreiben %1 deiner %2 Reflexionen eine schwere Zeit, zum Beispiel Anspannung, die schlimmer wurde, traurige Gedanken oder etwas, das dich sehr belastet hat. Es kann helfen, darauf zu schauen, was diese Momente gemeinsam hatten, und mit einem vertrauten Menschen oder einer Fachperson darüber zu sprechen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1 reflections point to relationship worries, mixed signals or unmet expectations, or a partner who brushed your feelings aside. Talking openly together about what you each like and do not like, and what you want from each other, can help. A couples therapist can help too if talks get stuck.</source>
        <translation>
            <numerusform>Am letzten Tag weisen %1 Reflexionen auf Sorgen in der Beziehung hin, auf widersprüchliche Signale oder unerfüllte Erwartungen oder auf ein Gegenüber, das deine Gefühle abgetan hat. Es kann helfen, offen miteinander darüber zu sprechen, was ihr jeweils mögt und nicht mögt und was ihr euch voneinander wünscht. Wenn Gespräche festfahren, kann auch eine Paartherapie helfen.</numerusform>
            <numerusform>In den letzten %n Tagen weisen %1 Reflexionen auf Sorgen in der Beziehung hin, auf widersprüchliche Signale oder unerfüllte Erwartungen oder auf ein Gegenüber, das deine Gefühle abgetan hat. Es kann helfen, offen miteinander darüber zu sprechen, was ihr jeweils mögt und nicht mögt und was ihr euch voneinander wünscht. Wenn Gespräche festfahren, kann auch eine Paartherapie helfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, reflections with some partners describe a hard time much more often than your other reflections. This says nothing about whose fault anything is, but it may be worth thinking about what feels different.</source>
        <translation>
            <numerusform>Am letzten Tag beschreiben Reflexionen mit manchen Partner*innen viel öfter eine schwere Zeit als deine übrigen Reflexionen. Das sagt nichts darüber, wer an etwas schuld ist, aber es kann sich lohnen, darüber nachzudenken, was sich anders anfühlt.</numerusform>
            <numerusform>In den letzten %n Tagen beschreiben Reflexionen mit manchen Partner*innen viel öfter eine schwere Zeit als deine übrigen Reflexionen. Das sagt nichts darüber, wer an etwas schuld ist, aber es kann sich lohnen, darüber nachzudenken, was sich anders anfühlt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 reflections from the last %n days you mentioned shame or guilt. Many people grew up hearing that sex is wrong, or feel uneasy about their body. These feelings make sense, and they can soften. Talking with your partner or a therapist can help.</source>
        <translation>
            <numerusform>In %1 Reflexionen vom letzten Tag hast du Scham oder Schuld erwähnt. Viele Menschen sind damit aufgewachsen, dass Sex etwas Falsches sei, oder fühlen sich in ihrem Körper unwohl. Diese Gefühle sind verständlich, und sie können nachlassen. Ein Gespräch mit deinem Gegenüber oder in einer Therapie kann helfen.</numerusform>
            <numerusform>In %1 Reflexionen aus den letzten %n Tagen hast du Scham oder Schuld erwähnt. Viele Menschen sind damit aufgewachsen, dass Sex etwas Falsches sei, oder fühlen sich in ihrem Körper unwohl. Diese Gefühle sind verständlich, und sie können nachlassen. Ein Gespräch mit deinem Gegenüber oder in einer Therapie kann helfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are fewer than %1 reflections from the last %n days, so it is too early to notice patterns. Each reflection you add makes the picture clearer, and there is no need to rush.</source>
        <comment>%1 is a number in words</comment>
        <translation>
            <numerusform>Vom letzten Tag gibt es weniger als %1 Reflexionen, daher ist es noch zu früh, um Muster zu erkennen. Jede Reflexion, die du hinzufügst, macht das Bild klarer, und es gibt keinen Grund zur Eile.</numerusform>
            <numerusform>Aus den letzten %n Tagen gibt es weniger als %1 Reflexionen, daher ist es noch zu früh, um Muster zu erkennen. Jede Reflexion, die du hinzufügst, macht das Bild klarer, und es gibt keinen Grund zur Eile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of your recent reflections mention real pain. Pain before, during or after sex is worth raising with a doctor or other healthcare provider: it often has a cause that can be treated. You deserve to have sex stop or change whenever something hurts.</source>
        <translation>Einige deiner letzten Reflexionen erwähnen echte Schmerzen. Schmerzen vor, beim oder nach dem Sex sind es wert, sie ärztlich oder bei einer anderen medizinischen Fachperson anzusprechen: Oft steckt eine Ursache dahinter, die sich behandeln lässt. Du hast es verdient, dass Sex aufhört oder sich ändert, sobald etwas wehtut.</translation>
    </message>
    <message>
        <source>Some of your recent reflections point to relationship worries, and in some of them you were not sure your limits were respected. That deserves care: you do not have to sort it out on your own, and a therapist or a support line can help you think it through.</source>
        <translation>Einige deiner letzten Reflexionen weisen auf Sorgen in der Beziehung hin, und bei manchen warst du dir nicht sicher, ob deine Grenzen respektiert wurden. Das verdient Achtsamkeit: Du musst das nicht allein klären, und eine Therapeutin, ein Therapeut oder ein Hilfetelefon kann dir helfen, es in Ruhe zu durchdenken.</translation>
    </message>
    <message>
        <source>Some of your reflections with a partner describe a hard time more often than your other reflections, and in some of them you were not sure your limits were respected. That matters. You do not have to work it out on your own: a therapist, someone you trust or a support line can help you think about what happened, at your own pace.</source>
        <translation>Einige deiner Reflexionen mit einem Gegenüber beschreiben öfter eine schwere Zeit als deine übrigen Reflexionen, und bei manchen warst du dir nicht sicher, ob deine Grenzen respektiert wurden. Das ist wichtig. Du musst das nicht allein herausfinden: Eine Therapeutin, ein Therapeut, ein vertrauter Mensch oder ein Hilfetelefon kann dir helfen, über das Geschehene nachzudenken, in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <source>Episodes with some partners feel harder more often</source>
        <translation>Episoden mit manchen Partner*innen fühlen sich öfter schwerer an</translation>
    </message>
    <message>
        <source>Shame or guilt came up in several of your recent reflections, and in some of them you were not sure your limits were respected. Shame is not a sign that you did something wrong. A therapist or a support line can help you make sense of it, at your own pace.</source>
        <translation>Scham oder Schuld kamen in mehreren deiner letzten Reflexionen vor, und bei manchen warst du dir nicht sicher, ob deine Grenzen respektiert wurden. Scham ist kein Zeichen dafür, dass du etwas falsch gemacht hast. Eine Therapeutin, ein Therapeut oder ein Hilfetelefon kann dir helfen, es zu verstehen, in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <source>Several recent episodes felt hard</source>
        <translation>Mehrere Episoden in letzter Zeit waren schwer</translation>
    </message>
    <message>
        <source>Happy tears so far</source>
        <translation>Bisher Freudentränen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>as in &apos;none of your 3 reflections&apos;</comment>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 of your %2 reflections in the last %n days describe a hard time, compared with %3 of %4 in %5. A change like this may point to something new going on in your life, your health or your relationship, and may be worth some gentle attention.</source>
        <comment>%5 is a period such as &apos;the three months before&apos;</comment>
        <translation>
            <numerusform>%1 von %2 deiner Reflexionen vom letzten Tag beschreiben eine schwere Zeit, verglichen mit %3 von %4 in %5. Eine solche Veränderung kann darauf hinweisen, dass sich in deinem Leben, deiner Gesundheit oder deiner Beziehung etwas Neues tut, und sie verdient vielleicht etwas behutsame Aufmerksamkeit.</numerusform>
            <numerusform>%1 von %2 deiner Reflexionen aus den letzten %n Tagen beschreiben eine schwere Zeit, verglichen mit %3 von %4 in %5. Eine solche Veränderung kann darauf hinweisen, dass sich in deinem Leben, deiner Gesundheit oder deiner Beziehung etwas Neues tut, und sie verdient vielleicht etwas behutsame Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of your reflections in the last %n days describe a hard time (%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may point to something new going on in your life, your health or your relationship, and may be worth some gentle attention.</source>
        <comment>%7 is a period such as &apos;the three months before&apos;</comment>
        <translation>
            <numerusform>%1 % deiner Reflexionen vom letzten Tag beschreiben eine schwere Zeit (%2 von %3), verglichen mit %4 % (%5 von %6) in %7. Eine solche Veränderung kann darauf hinweisen, dass sich in deinem Leben, deiner Gesundheit oder deiner Beziehung etwas Neues tut, und sie verdient vielleicht etwas behutsame Aufmerksamkeit.</numerusform>
            <numerusform>%1 % deiner Reflexionen aus den letzten %n Tagen beschreiben eine schwere Zeit (%2 von %3), verglichen mit %4 % (%5 von %6) in %7. Eine solche Veränderung kann darauf hinweisen, dass sich in deinem Leben, deiner Gesundheit oder deiner Beziehung etwas Neues tut, und sie verdient vielleicht etwas behutsame Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1 of your %2 reflections with %3 describe a hard time, compared with %4 of your %5 other reflections. This says nothing about whose fault anything is, but it may be worth thinking about what feels different, and perhaps talking about it together.</source>
        <translation>
            <numerusform>Am letzten Tag beschreiben %1 von %2 deiner Reflexionen mit %3 eine schwere Zeit, verglichen mit %4 von %5 deiner übrigen Reflexionen. Das sagt nichts darüber, wer an etwas schuld ist, aber es kann sich lohnen, darüber nachzudenken, was sich anders anfühlt, und vielleicht gemeinsam darüber zu sprechen.</numerusform>
            <numerusform>In den letzten %n Tagen beschreiben %1 von %2 deiner Reflexionen mit %3 eine schwere Zeit, verglichen mit %4 von %5 deiner übrigen Reflexionen. Das sagt nichts darüber, wer an etwas schuld ist, aber es kann sich lohnen, darüber nachzudenken, was sich anders anfühlt, und vielleicht gemeinsam darüber zu sprechen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1% of your reflections with %2 describe a hard time (%3 of %4), compared with %5% of your other reflections (%6 of %7). This says nothing about whose fault anything is, but it may be worth thinking about what feels different, and perhaps talking about it together.</source>
        <translation>
            <numerusform>Am letzten Tag beschreiben %1 % deiner Reflexionen mit %2 eine schwere Zeit (%3 von %4), verglichen mit %5 % deiner übrigen Reflexionen (%6 von %7). Das sagt nichts darüber, wer an etwas schuld ist, aber es kann sich lohnen, darüber nachzudenken, was sich anders anfühlt, und vielleicht gemeinsam darüber zu sprechen.</numerusform>
            <numerusform>In den letzten %n Tagen beschreiben %1 % deiner Reflexionen mit %2 eine schwere Zeit (%3 von %4), verglichen mit %5 % deiner übrigen Reflexionen (%6 von %7). Das sagt nichts darüber, wer an etwas schuld ist, aber es kann sich lohnen, darüber nachzudenken, was sich anders anfühlt, und vielleicht gemeinsam darüber zu sprechen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of your %2 recent reflections describe joy, love or relief, and none of them describe a hard time. Tears like these are usually no cause for concern. They can simply be a release.</source>
        <translation>%1 von %2 deiner letzten Reflexionen beschreiben Freude, Liebe oder Erleichterung, und keine davon beschreibt eine schwere Zeit. Solche Tränen sind meist kein Grund zur Sorge. Sie können einfach eine Befreiung sein.</translation>
    </message>
    <message>
        <source>Your recent reflections mostly describe joy, love or relief (%1 of %2), and none of them describe a hard time. Tears like these are usually no cause for concern. They can simply be a release.</source>
        <translation>Deine letzten Reflexionen beschreiben vor allem Freude, Liebe oder Erleichterung (%1 von %2), und keine davon beschreibt eine schwere Zeit. Solche Tränen sind meist kein Grund zur Sorge. Sie können einfach eine Befreiung sein.</translation>
    </message>
    <message>
        <source>The last check-in mentioned painful thoughts</source>
        <translation>Der letzte Check-in erwähnte schmerzhafte Gedanken</translation>
    </message>
    <message>
        <source>In the most recent PHQ-9 the person answered the question about thoughts of being better off dead or of hurting themselves above 0. The app showed crisis lines, asked them to contact one or emergency services now if they might act on these thoughts, and otherwise to tell someone they trust soon.</source>
        <translation>Im letzten PHQ-9 hat die Person die Frage nach Gedanken, lieber tot zu sein oder sich etwas anzutun, mit mehr als 0 beantwortet. Die App hat Krisentelefone gezeigt, sie gebeten, sich jetzt an eines oder an den Notruf zu wenden, falls sie diesen Gedanken folgen könnte, und andernfalls bald einem vertrauten Menschen davon zu erzählen.</translation>
    </message>
    <message>
        <source>The person noted that their limits were not respected</source>
        <translation>Die Person hat notiert, dass ihre Grenzen nicht respektiert wurden</translation>
    </message>
    <message>
        <source>The app told the person that it is not their fault and pointed them to support lines and their own saved contacts. These reflections are left out of every pattern about distress or the relationship.</source>
        <translation>Die App hat der Person gesagt, dass es nicht ihre Schuld ist, und sie auf Hilfetelefone und ihre eigenen gespeicherten Kontakte hingewiesen. Diese Reflexionen fließen in kein Muster über Belastung oder die Beziehung ein.</translation>
    </message>
    <message>
        <source>The most recent PHQ-9 total was %1, in the %2 range.</source>
        <translation>Der letzte PHQ-9-Wert war %1, im Bereich „%2“.</translation>
    </message>
    <message>
        <source>In one recent reflection the person said they were reliving a past trauma or abusive experience. The app suggested a therapist who works with trauma if it happens again or stays with them.</source>
        <translation>In einer Reflexion aus letzter Zeit hat die Person gesagt, dass sie ein früheres Trauma oder eine Gewalterfahrung wiedererlebt hat. Die App hat eine Therapie mit Erfahrung in Traumatherapie vorgeschlagen, falls es wieder passiert oder sie nicht loslässt.</translation>
    </message>
    <message>
        <source>Some of the person&apos;s recent reflections mention real pain. The app suggested raising it with a doctor or other healthcare provider, and said they deserve to have sex stop or change whenever something hurts.</source>
        <translation>Einige Reflexionen der Person aus letzter Zeit erwähnen echte Schmerzen. Die App hat vorgeschlagen, das ärztlich oder bei einer anderen medizinischen Fachperson anzusprechen, und gesagt, dass sie es verdient, dass Sex aufhört oder sich ändert, sobald etwas wehtut.</translation>
    </message>
    <message>
        <source>The person noted that they had a baby recently, together with signs of low mood. The app suggested mentioning it to their doctor, midwife or health visitor.</source>
        <translation>Die Person hat notiert, dass sie vor Kurzem ein Kind bekommen hat, und dazu Anzeichen gedrückter Stimmung. Die App hat vorgeschlagen, das bei ihrer Ärztin, ihrem Arzt oder ihrer Hebamme anzusprechen.</translation>
    </message>
    <message>
        <source>The most recent GAD-7 total was %1, in the %2 range.</source>
        <translation>Der letzte GAD-7-Wert war %1, im Bereich „%2“.</translation>
    </message>
    <message>
        <source>Some of the person&apos;s recent reflections point to relationship worries, and in some of them they were not sure their limits were respected. The app pointed them to a therapist or a support line.</source>
        <translation>Einige Reflexionen der Person aus letzter Zeit weisen auf Sorgen in der Beziehung hin, und bei manchen war sie sich nicht sicher, ob ihre Grenzen respektiert wurden. Die App hat sie auf eine Therapie oder ein Hilfetelefon hingewiesen.</translation>
    </message>
    <message>
        <source>Things in the relationship may be weighing on the person</source>
        <translation>Vielleicht belastet die Person etwas in der Beziehung</translation>
    </message>
    <message>
        <source>Some of the person&apos;s reflections with a partner describe a hard time more often than their other reflections, and in some of them they were not sure their limits were respected. The app pointed them to a therapist, someone they trust or a support line.</source>
        <translation>Einige Reflexionen der Person mit einem Gegenüber beschreiben öfter eine schwere Zeit als ihre übrigen Reflexionen, und bei manchen war sie sich nicht sicher, ob ihre Grenzen respektiert wurden. Die App hat sie auf eine Therapie, einen vertrauten Menschen oder ein Hilfetelefon hingewiesen.</translation>
    </message>
    <message>
        <source>Shame or guilt came up in several of the person&apos;s recent reflections, and in some of them they were not sure their limits were respected. The app pointed them to a therapist or a support line.</source>
        <translation>Scham oder Schuld kamen in mehreren Reflexionen der Person aus letzter Zeit vor, und bei manchen war sie sich nicht sicher, ob ihre Grenzen respektiert wurden. Die App hat sie auf eine Therapie oder ein Hilfetelefon hingewiesen.</translation>
    </message>
    <message>
        <source>Too few reflections for patterns</source>
        <translation>Zu wenige Reflexionen für Muster</translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, some of what the person noted can go along with low mood or depression, such as sadness, tiredness, poor sleep or losing interest in things they usually enjoy. Not a diagnosis; the app suggested talking about it with a doctor or therapist.</source>
        <translation>
            <numerusform>Am letzten Tag hat die Person manches notiert, das mit gedrückter Stimmung oder einer Depression einhergehen kann, etwa Traurigkeit, Müdigkeit, schlechter Schlaf oder weniger Freude an Dingen, die sie sonst gern macht. Keine Diagnose; die App hat vorgeschlagen, mit einer Ärztin, einem Arzt oder in einer Therapie darüber zu sprechen.</numerusform>
            <numerusform>In den letzten %n Tagen hat die Person manches notiert, das mit gedrückter Stimmung oder einer Depression einhergehen kann, etwa Traurigkeit, Müdigkeit, schlechter Schlaf oder weniger Freude an Dingen, die sie sonst gern macht. Keine Diagnose; die App hat vorgeschlagen, mit einer Ärztin, einem Arzt oder in einer Therapie darüber zu sprechen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 reflections from the last %n days the person said they were reliving a past trauma or abusive experience. The app suggested a therapist who works with trauma.</source>
        <translation>
            <numerusform>In %1 Reflexionen vom letzten Tag hat die Person gesagt, dass sie ein früheres Trauma oder eine Gewalterfahrung wiedererlebt hat. Die App hat eine Therapie mit Erfahrung in Traumatherapie vorgeschlagen.</numerusform>
            <numerusform>In %1 Reflexionen aus den letzten %n Tagen hat die Person gesagt, dass sie ein früheres Trauma oder eine Gewalterfahrung wiedererlebt hat. Die App hat eine Therapie mit Erfahrung in Traumatherapie vorgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Some of the person&apos;s reflections from the last %n days mention real pain. The app suggested raising it with a doctor or other healthcare provider, telling their partner, and pausing or changing what they are doing when something hurts.</source>
        <translation>
            <numerusform>Einige Reflexionen der Person vom letzten Tag erwähnen echte Schmerzen. Die App hat vorgeschlagen, das ärztlich oder bei einer anderen medizinischen Fachperson anzusprechen, es dem Gegenüber zu sagen und innezuhalten oder etwas zu ändern, wenn etwas wehtut.</numerusform>
            <numerusform>Einige Reflexionen der Person aus den letzten %n Tagen erwähnen echte Schmerzen. Die App hat vorgeschlagen, das ärztlich oder bei einer anderen medizinischen Fachperson anzusprechen, es dem Gegenüber zu sagen und innezuhalten oder etwas zu ändern, wenn etwas wehtut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anxiety, fear or stress appears in %1 of the person&apos;s reflections from the last %n days.</source>
        <translation>
            <numerusform>Angst, Furcht oder Stress tauchen in %1 Reflexionen der Person vom letzten Tag auf.</numerusform>
            <numerusform>Angst, Furcht oder Stress tauchen in %1 Reflexionen der Person aus den letzten %n Tagen auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The person reflected on %1 episodes with tears or distress in the last %n days. The app suggested exploring it with a health professional, especially if it weighs on them.</source>
        <translation>
            <numerusform>Die Person hat am letzten Tag über %1 Episoden mit Tränen oder Belastung nachgedacht. Die App hat vorgeschlagen, dem mit einer Fachperson nachzugehen, besonders wenn es sie belastet.</numerusform>
            <numerusform>Die Person hat in den letzten %n Tagen über %1 Episoden mit Tränen oder Belastung nachgedacht. Die App hat vorgeschlagen, dem mit einer Fachperson nachzugehen, besonders wenn es sie belastet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last %n days, %1 of the person&apos;s %2 reflections describe a hard time, for example tension that got worse, sad thoughts, or being bothered a lot.</source>
        <translation>
            <numerusform>Am letzten Tag beschreiben %1 von %2 Reflexionen der Person eine schwere Zeit, zum Beispiel Anspannung, die schlimmer wurde, traurige Gedanken oder starke Belastung.</numerusform>
            <numerusform>In den letzten %n Tagen beschreiben %1 von %2 Reflexionen der Person eine schwere Zeit, zum Beispiel Anspannung, die schlimmer wurde, traurige Gedanken oder starke Belastung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the person&apos;s %2 reflections in the last %n days describe a hard time, compared with %3 of %4 in %5. A change like this may point to something new in their life, health or relationship.</source>
        <comment>%5 is a period such as &apos;the three months before&apos;</comment>
        <translation>
            <numerusform>%1 von %2 Reflexionen der Person vom letzten Tag beschreiben eine schwere Zeit, verglichen mit %3 von %4 in %5. Eine solche Veränderung kann auf etwas Neues in ihrem Leben, ihrer Gesundheit oder ihrer Beziehung hinweisen.</numerusform>
            <numerusform>%1 von %2 Reflexionen der Person aus den letzten %n Tagen beschreiben eine schwere Zeit, verglichen mit %3 von %4 in %5. Eine solche Veränderung kann auf etwas Neues in ihrem Leben, ihrer Gesundheit oder ihrer Beziehung hinweisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of the person&apos;s reflections in the last %n days describe a hard time (%2 of %3), compared with %4% (%5 of %6) in %7. A change like this may point to something new in their life, health or relationship.</source>
        <comment>%7 is a period such as &apos;the three months before&apos;</comment>
        <translation>
            <numerusform>%1 % der Reflexionen der Person vom letzten Tag beschreiben eine schwere Zeit (%2 von %3), verglichen mit %4 % (%5 von %6) in %7. Eine solche Veränderung kann auf etwas Neues in ihrem Leben, ihrer Gesundheit oder ihrer Beziehung hinweisen.</numerusform>
            <numerusform>%1 % der Reflexionen der Person aus den letzten %n Tagen beschreiben eine schwere Zeit (%2 von %3), verglichen mit %4 % (%5 von %6) in %7. Eine solche Veränderung kann auf etwas Neues in ihrem Leben, ihrer Gesundheit oder ihrer Beziehung hinweisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1 reflections point to relationship worries, mixed signals or unmet expectations, or a partner who brushed the person&apos;s feelings aside. The app suggested talking openly together, or with a couples therapist if talks get stuck.</source>
        <translation>
            <numerusform>Am letzten Tag weisen %1 Reflexionen auf Sorgen in der Beziehung hin, auf widersprüchliche Signale oder unerfüllte Erwartungen oder auf ein Gegenüber, das die Gefühle der Person abgetan hat. Die App hat vorgeschlagen, offen miteinander zu sprechen oder, wenn Gespräche festfahren, eine Paartherapie.</numerusform>
            <numerusform>In den letzten %n Tagen weisen %1 Reflexionen auf Sorgen in der Beziehung hin, auf widersprüchliche Signale oder unerfüllte Erwartungen oder auf ein Gegenüber, das die Gefühle der Person abgetan hat. Die App hat vorgeschlagen, offen miteinander zu sprechen oder, wenn Gespräche festfahren, eine Paartherapie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1 of the person&apos;s %2 reflections with %3 describe a hard time, compared with %4 of their %5 other reflections. This says nothing about whose fault anything is.</source>
        <translation>
            <numerusform>Am letzten Tag beschreiben %1 von %2 Reflexionen der Person mit %3 eine schwere Zeit, verglichen mit %4 von %5 ihrer übrigen Reflexionen. Das sagt nichts darüber, wer an etwas schuld ist.</numerusform>
            <numerusform>In den letzten %n Tagen beschreiben %1 von %2 Reflexionen der Person mit %3 eine schwere Zeit, verglichen mit %4 von %5 ihrer übrigen Reflexionen. Das sagt nichts darüber, wer an etwas schuld ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, %1% of the person&apos;s reflections with %2 describe a hard time (%3 of %4), compared with %5% of their other reflections (%6 of %7). This says nothing about whose fault anything is.</source>
        <translation>
            <numerusform>Am letzten Tag beschreiben %1 % der Reflexionen der Person mit %2 eine schwere Zeit (%3 von %4), verglichen mit %5 % ihrer übrigen Reflexionen (%6 von %7). Das sagt nichts darüber, wer an etwas schuld ist.</numerusform>
            <numerusform>In den letzten %n Tagen beschreiben %1 % der Reflexionen der Person mit %2 eine schwere Zeit (%3 von %4), verglichen mit %5 % ihrer übrigen Reflexionen (%6 von %7). Das sagt nichts darüber, wer an etwas schuld ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n days, reflections with some partners describe a hard time much more often than the person&apos;s other reflections. This says nothing about whose fault anything is.</source>
        <translation>
            <numerusform>Am letzten Tag beschreiben Reflexionen mit manchen Partner*innen viel öfter eine schwere Zeit als die übrigen Reflexionen der Person. Das sagt nichts darüber, wer an etwas schuld ist.</numerusform>
            <numerusform>In den letzten %n Tagen beschreiben Reflexionen mit manchen Partner*innen viel öfter eine schwere Zeit als die übrigen Reflexionen der Person. Das sagt nichts darüber, wer an etwas schuld ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %1 reflections from the last %n days the person mentioned shame or guilt. The app suggested talking with their partner or a therapist.</source>
        <translation>
            <numerusform>In %1 Reflexionen vom letzten Tag hat die Person Scham oder Schuld erwähnt. Die App hat vorgeschlagen, mit dem Gegenüber oder in einer Therapie darüber zu sprechen.</numerusform>
            <numerusform>In %1 Reflexionen aus den letzten %n Tagen hat die Person Scham oder Schuld erwähnt. Die App hat vorgeschlagen, mit dem Gegenüber oder in einer Therapie darüber zu sprechen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the person&apos;s %2 recent reflections describe joy, love or relief, and none of them describe a hard time. Tears like these are usually no cause for concern.</source>
        <translation>%1 von %2 Reflexionen der Person aus letzter Zeit beschreiben Freude, Liebe oder Erleichterung, und keine davon beschreibt eine schwere Zeit. Solche Tränen sind meist kein Grund zur Sorge.</translation>
    </message>
    <message>
        <source>The person&apos;s recent reflections mostly describe joy, love or relief (%1 of %2), and none of them describe a hard time. Tears like these are usually no cause for concern.</source>
        <translation>Die Reflexionen der Person aus letzter Zeit beschreiben vor allem Freude, Liebe oder Erleichterung (%1 von %2), und keine davon beschreibt eine schwere Zeit. Solche Tränen sind meist kein Grund zur Sorge.</translation>
    </message>
    <message numerus="yes">
        <source>The journal holds fewer than %1 reflections from the last %n days, too few for the app to look for patterns.</source>
        <translation>
            <numerusform>Das Tagebuch enthält weniger als %1 Reflexionen vom letzten Tag, zu wenige, als dass die App nach Mustern suchen könnte.</numerusform>
            <numerusform>Das Tagebuch enthält weniger als %1 Reflexionen aus den letzten %n Tagen, zu wenige, als dass die App nach Mustern suchen könnte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reflections tagged “%3” were distressing, against %4 of %5 without it.</source>
        <comment>a tag&apos;s counts; %3 is the person&apos;s own label</comment>
        <translation>%1 von %2 Reflexionen mit dem Stichwort „%3“ waren belastend, gegenüber %4 von %5 ohne dieses Stichwort.</translation>
    </message>
    <message>
        <source>Harder episodes tend to come with “%1”</source>
        <comment>%1 is a tag</comment>
        <translation>Schwerere Episoden gehen oft mit „%1“ einher</translation>
    </message>
    <message>
        <source>Harder episodes tend to come with some of your tags</source>
        <translation>Schwerere Episoden gehen oft mit einigen deiner Stichwörter einher</translation>
    </message>
    <message>
        <source>Harder episodes tend to come with some of the person&apos;s tags</source>
        <translation>Schwerere Episoden gehen oft mit einigen Stichwörtern der Person einher</translation>
    </message>
    <message>
        <source>Episodes tagged “%1” tend to feel easier</source>
        <comment>%1 is a tag</comment>
        <translation>Episoden mit dem Stichwort „%1“ fühlen sich oft leichter an</translation>
    </message>
    <message>
        <source>Some of your tags tend to come with easier episodes</source>
        <translation>Einige deiner Stichwörter gehen oft mit leichteren Episoden einher</translation>
    </message>
    <message>
        <source>Some of the person&apos;s tags tend to come with easier episodes</source>
        <translation>Einige Stichwörter der Person gehen oft mit leichteren Episoden einher</translation>
    </message>
    <message>
        <source>This shows what tends to go together in your entries, not what causes what.</source>
        <translation>Das zeigt, was in deinen Einträgen oft zusammen vorkommt – nicht, was was verursacht.</translation>
    </message>
    <message>
        <source>This shows what tends to go together in the person&apos;s entries, not what causes what.</source>
        <translation>Das zeigt, was in den Einträgen der Person oft zusammen vorkommt – nicht, was was verursacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your tags had enough entries to compare, and with many tags, one can stand out by chance.</source>
        <translation>
            <numerusform>%n deiner Stichwörter hatte genug Einträge für einen Vergleich, und bei vielen Stichwörtern kann eines auch zufällig herausstechen.</numerusform>
            <numerusform>%n deiner Stichwörter hatten genug Einträge für einen Vergleich, und bei vielen Stichwörtern kann eines auch zufällig herausstechen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the person&apos;s tags had enough entries to compare, and with many tags, one can stand out by chance.</source>
        <translation>
            <numerusform>%n Stichwort der Person hatte genug Einträge für einen Vergleich, und bei vielen Stichwörtern kann eines auch zufällig herausstechen.</numerusform>
            <numerusform>%n Stichwörter der Person hatten genug Einträge für einen Vergleich, und bei vielen Stichwörtern kann eines auch zufällig herausstechen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough entries yet to say anything</source>
        <translation>Noch nicht genug Einträge, um etwas zu sagen</translation>
    </message>
    <message>
        <source>%1 of %2 distressing</source>
        <comment>a tag&apos;s counts, too few for a percentage</comment>
        <translation>%1 von %2 belastend</translation>
    </message>
    <message>
        <source>%1 of %2 distressing (%3%)</source>
        <comment>a tag&apos;s counts and their share</comment>
        <translation>%1 von %2 belastend (%3 %)</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Understanding tears after sex</source>
        <translation>Tränen nach dem Sex verstehen</translation>
    </message>
    <message>
        <source>Possible reasons</source>
        <translation>Mögliche Gründe</translation>
    </message>
    <message>
        <source>Reflecting on your tears</source>
        <translation>Über deine Tränen nachdenken</translation>
    </message>
    <message>
        <source>When to talk to someone</source>
        <translation>Wann du mit jemandem sprechen solltest</translation>
    </message>
    <message>
        <source>If your partner cries</source>
        <translation>Wenn dein Gegenüber weint</translation>
    </message>
    <message>
        <source>Getting help now</source>
        <translation>Jetzt Hilfe bekommen</translation>
    </message>
    <message>
        <source>Pain with sex</source>
        <translation>Schmerzen beim Sex</translation>
    </message>
    <message>
        <source>Relationship worries</source>
        <translation>Sorgen in der Beziehung</translation>
    </message>
    <message>
        <source>Low mood and depression</source>
        <translation>Gedrückte Stimmung und Depression</translation>
    </message>
    <message>
        <source>When the past comes back</source>
        <translation>Wenn die Vergangenheit zurückkommt</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>No passphrase yet</source>
        <translation>Noch keine Passphrase</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>Use at least 8 characters — a few unrelated words work well.</source>
        <translation>Nimm mindestens 8 Zeichen – ein paar Wörter, die nichts miteinander zu tun haben, funktionieren gut.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>This would be easy to guess. Try a few unrelated words.</source>
        <translation>Das wäre leicht zu erraten. Probier ein paar Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Adding another unusual word would make it much harder to guess.</source>
        <translation>Ein weiteres ungewöhnliches Wort würde sie viel schwerer zu erraten machen.</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Ganz gut</translation>
    </message>
    <message>
        <source>Good enough, and one more word would make it strong.</source>
        <translation>Gut genug – und ein Wort mehr würde sie stark machen.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
</context>
<context>
    <name>QDateTimeEdit</name>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>When it happened. Use the arrow keys to change each part.</source>
        <translation>Wann es passiert ist. Mit den Pfeiltasten änderst du jeden Teil.</translation>
    </message>
</context>
<context>
    <name>ReflectionAdvice</name>
    <message>
        <source>You deserve to feel safe</source>
        <translation>Du verdienst es, dich sicher zu fühlen</translation>
    </message>
    <message>
        <source>You said something didn&apos;t feel consensual or within your limits. That matters, and it is not your fault. You don&apos;t have to work it out alone — the people and lines below are there to listen, whenever you&apos;re ready.</source>
        <translation>Du hast gesagt, dass sich etwas nicht einvernehmlich oder nicht innerhalb deiner Grenzen angefühlt hat. Das zählt, und es ist nicht deine Schuld. Du musst das nicht allein durchstehen – die Menschen und Telefonnummern unten sind da, um dir zuzuhören, wann immer du bereit bist.</translation>
    </message>
    <message>
        <source>Ways to get help now</source>
        <translation>Wege, jetzt Hilfe zu bekommen</translation>
    </message>
    <message>
        <source>Pain is worth a visit to a doctor</source>
        <translation>Mit Schmerzen lohnt sich ein Arztbesuch</translation>
    </message>
    <message>
        <source>Pain before, during or after sex is common, and very often treatable. It&apos;s worth telling your partner, keeping to what feels comfortable for you both, and mentioning it to a doctor or nurse.</source>
        <translation>Schmerzen vor, beim oder nach dem Sex sind häufig und lassen sich sehr oft behandeln. Es lohnt sich, es deinem Gegenüber zu sagen, bei dem zu bleiben, was sich für euch beide gut anfühlt, und es ärztlich oder bei einer Pflegefachkraft anzusprechen.</translation>
    </message>
    <message>
        <source>About pain with sex</source>
        <translation>Über Schmerzen beim Sex</translation>
    </message>
    <message>
        <source>Some of what you noticed can go along with low mood. That&apos;s worth talking about with a doctor — support helps, and feeling better is possible.</source>
        <translation>Manches, was du bemerkt hast, kann mit gedrückter Stimmung einhergehen. Darüber lohnt es sich, mit einer Ärztin oder einem Arzt zu sprechen – Unterstützung hilft, und es kann dir wieder besser gehen.</translation>
    </message>
    <message>
        <source>Low moods after having a baby are common and treatable too, so do mention the birth.</source>
        <translation>Auch gedrückte Stimmung nach einer Geburt ist häufig und gut behandelbar, erwähne die Geburt also ruhig.</translation>
    </message>
    <message>
        <source>Look after your mood</source>
        <translation>Achte auf deine Stimmung</translation>
    </message>
    <message>
        <source>About low mood and depression</source>
        <translation>Über gedrückte Stimmung und Depression</translation>
    </message>
    <message>
        <source>It has been happening often</source>
        <translation>Es ist in letzter Zeit oft passiert</translation>
    </message>
    <message>
        <source>You&apos;ve reflected on %1 moments like this in the last month. When tears come regularly, a health professional can help you understand why.</source>
        <translation>Du hast im letzten Monat über %1 solcher Momente nachgedacht. Wenn regelmäßig Tränen kommen, kann eine Fachperson dir helfen zu verstehen, warum.</translation>
    </message>
    <message>
        <source>When to talk to someone</source>
        <translation>Wann du mit jemandem sprechen solltest</translation>
    </message>
    <message>
        <source>Something from the past may have come back</source>
        <translation>Vielleicht ist etwas aus der Vergangenheit zurückgekommen</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry that alone. A therapist who works with trauma can help you find ways to cope and to feel safer in your body.</source>
        <translation>Das musst du nicht allein tragen. Eine Therapeutin oder ein Therapeut mit Erfahrung in Traumatherapie kann dir helfen, Wege zu finden, damit umzugehen und dich in deinem Körper sicherer zu fühlen.</translation>
    </message>
    <message>
        <source>About past hurt and trauma</source>
        <translation>Über frühere Verletzungen und Trauma</translation>
    </message>
    <message>
        <source>Talking together may help</source>
        <translation>Miteinander reden kann helfen</translation>
    </message>
    <message>
        <source>When you both feel ready, talk openly about what each of you likes and doesn&apos;t, and listen to each other without judgement. Working through what&apos;s unresolved can bring you closer.</source>
        <translation>Wenn ihr euch beide bereit fühlt, sprecht offen darüber, was ihr jeweils mögt und was nicht, und hört einander zu, ohne zu urteilen. Ungeklärtes gemeinsam anzugehen kann euch näher zusammenbringen.</translation>
    </message>
    <message>
        <source>About relationships and tears</source>
        <translation>Über Beziehungen und Tränen</translation>
    </message>
    <message>
        <source>Give the feelings some room</source>
        <translation>Gib den Gefühlen etwas Raum</translation>
    </message>
    <message>
        <source>Heavy feelings came up. Take your time with them — share them with your partner if that feels right, and if they run deep, a therapist can help you explore them.</source>
        <translation>Schwere Gefühle sind hochgekommen. Nimm dir Zeit für sie – teile sie mit deinem Gegenüber, wenn sich das richtig anfühlt, und wenn sie tief gehen, kann eine Therapie dir helfen, ihnen nachzugehen.</translation>
    </message>
    <message>
        <source>Reflecting on your tears</source>
        <translation>Über deine Tränen nachdenken</translation>
    </message>
    <message>
        <source>Not being sure is worth listening to</source>
        <translation>Unsicherheit verdient es, ernst genommen zu werden</translation>
    </message>
    <message>
        <source>If you weren&apos;t sure everything felt within your limits, talking it over with someone you trust can help you make sense of it.</source>
        <translation>Wenn du nicht sicher warst, ob sich alles innerhalb deiner Grenzen angefühlt hat, kann ein Gespräch mit einem vertrauten Menschen dir helfen, es einzuordnen.</translation>
    </message>
    <message>
        <source>It bothers you — that&apos;s reason enough</source>
        <translation>Es belastet dich – das ist Grund genug</translation>
    </message>
    <message>
        <source>You don&apos;t need a bigger reason to take it seriously. Consider talking it through with someone you trust or a health professional.</source>
        <translation>Du brauchst keinen größeren Grund, um es ernst zu nehmen. Vielleicht magst du mit einem vertrauten Menschen oder einer Fachperson darüber sprechen.</translation>
    </message>
    <message>
        <source>Your answers point to pleasure, release or feeling close to your partner. Tears like these are common, and usually simply a sign of how much you felt.</source>
        <translation>Deine Antworten deuten auf Lust, Befreiung oder Nähe zu deinem Gegenüber hin. Solche Tränen sind häufig und meist einfach ein Zeichen dafür, wie viel du gefühlt hast.</translation>
    </message>
    <message>
        <source>Understanding tears after sex</source>
        <translation>Tränen nach dem Sex verstehen</translation>
    </message>
    <message>
        <source>Noticing is a good start</source>
        <translation>Hinschauen ist ein guter Anfang</translation>
    </message>
    <message>
        <source>Nothing in your answers stands out as a worry. If it keeps happening, looking back over a few reflections can show what tends to come before the tears.</source>
        <translation>In deinen Antworten sticht nichts Besorgniserregendes heraus. Wenn es immer wieder passiert, kann ein Blick zurück auf ein paar Reflexionen zeigen, was den Tränen oft vorausgeht.</translation>
    </message>
    <message>
        <source>Pain before, during or after sex is common, and very often treatable. You can always stop or change what you&apos;re doing when something hurts, and it&apos;s worth mentioning to a doctor or nurse.</source>
        <translation>Schmerzen vor, beim oder nach dem Sex sind häufig und lassen sich sehr oft behandeln. Du darfst immer aufhören oder etwas ändern, wenn etwas wehtut, und es lohnt sich, es ärztlich oder bei einer Pflegefachkraft anzusprechen.</translation>
    </message>
    <message>
        <source>What&apos;s between you matters</source>
        <translation>Was zwischen euch ist, zählt</translation>
    </message>
    <message>
        <source>Worries about a relationship can surface in moments like this. Writing down what weighs on you, or talking it over with a friend or a counsellor, can help you see it more clearly.</source>
        <translation>Sorgen um eine Beziehung können in solchen Momenten hochkommen. Aufzuschreiben, was dich belastet, oder mit einer Freundin, einem Freund oder einer Beratung darüber zu sprechen, kann dir helfen, klarer zu sehen.</translation>
    </message>
    <message>
        <source>Mixed signals are worth untangling</source>
        <translation>Widersprüchliche Signale lassen sich entwirren</translation>
    </message>
    <message>
        <source>When what you hoped for and what happened didn&apos;t match, it can help to say plainly what you want and don&apos;t want, and to hear the same from your partner.</source>
        <translation>Wenn das, was du dir erhofft hast, und das, was passiert ist, nicht zusammenpassten, kann es helfen, klar zu sagen, was du willst und was nicht – und dasselbe von deinem Gegenüber zu hören.</translation>
    </message>
    <message>
        <source>When what you hoped for and what happened didn&apos;t match, it can help to put into words what you want and don&apos;t want — for yourself first, and with a counsellor if it stays confusing.</source>
        <translation>Wenn das, was du dir erhofft hast, und das, was passiert ist, nicht zusammenpassten, kann es helfen, in Worte zu fassen, was du willst und was nicht – zuerst für dich selbst und mit einer Beratung, wenn es verwirrend bleibt.</translation>
    </message>
    <message>
        <source>Shame can soften</source>
        <translation>Scham kann weicher werden</translation>
    </message>
    <message>
        <source>Many people grew up with the message that sex is wrong, or feel uneasy about their body. Feeling ashamed afterwards doesn&apos;t mean you did anything wrong. Being kind to yourself helps, and if it runs deep, a therapist can help it ease.</source>
        <translation>Viele Menschen sind mit der Botschaft aufgewachsen, dass Sex falsch ist, oder fühlen sich in ihrem Körper unwohl. Wenn du dich danach schämst, heißt das nicht, dass du etwas falsch gemacht hast. Freundlich mit dir zu sein hilft, und wenn es tief sitzt, kann eine Therapie helfen, dass es leichter wird.</translation>
    </message>
    <message>
        <source>Possible reasons for tears</source>
        <translation>Mögliche Gründe für Tränen</translation>
    </message>
    <message>
        <source>Worry can follow you in</source>
        <translation>Sorgen können mitkommen</translation>
    </message>
    <message>
        <source>Stress, pressure to please or a mind that won&apos;t switch off can all bring tears. Slowing down, saying what you need, and finding small ways to settle your mind can help.</source>
        <translation>Stress, der Druck, es recht zu machen, oder ein Kopf, der nicht abschalten will, können alle Tränen bringen. Langsamer werden, sagen, was du brauchst, und kleine Wege finden, deinen Kopf zu beruhigen, kann helfen.</translation>
    </message>
    <message>
        <source>Heavy feelings came up. Take your time with them — share them with someone you trust if that feels right, and if they run deep, a therapist can help you explore them.</source>
        <translation>Schwere Gefühle sind hochgekommen. Nimm dir Zeit für sie – teil sie mit einem Menschen, dem du vertraust, wenn sich das richtig anfühlt, und wenn sie tief gehen, kann eine Therapie dir helfen, sie zu erkunden.</translation>
    </message>
    <message>
        <source>Good and heavy can come together</source>
        <translation>Schönes und Schweres können zusammenkommen</translation>
    </message>
    <message>
        <source>Some of what you felt sounds like release, and some of it sounds heavier. Both can be true at once. It&apos;s worth noticing the heavier part too, and coming back to it if it stays with you.</source>
        <translation>Manches von dem, was du gefühlt hast, klingt nach Befreiung, manches klingt schwerer. Beides kann zugleich wahr sein. Es lohnt sich, auch den schwereren Teil wahrzunehmen und darauf zurückzukommen, wenn er dich begleitet.</translation>
    </message>
    <message>
        <source>What you felt matters</source>
        <translation>Was du gefühlt hast, zählt</translation>
    </message>
    <message>
        <source>Some of your answers point to something heavier, like sadness or worry. It&apos;s worth noticing, and coming back to it if it stays with you — or talking it over with someone you trust.</source>
        <translation>Einige deiner Antworten deuten auf etwas Schwereres hin, etwa Traurigkeit oder Sorge. Es lohnt sich, das wahrzunehmen und darauf zurückzukommen, wenn es dich begleitet – oder mit einem Menschen darüber zu sprechen, dem du vertraust.</translation>
    </message>
    <message>
        <source>This sounds like a release</source>
        <translation>Das klingt nach einer Befreiung</translation>
    </message>
    <message>
        <source>Your answers point to pleasure or release. Tears like these are common, and usually simply a sign of how much you felt.</source>
        <translation>Deine Antworten deuten auf Lust oder Befreiung hin. Solche Tränen sind häufig und meist einfach ein Zeichen dafür, wie viel du gefühlt hast.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Reflections on crying or low mood around sex</source>
        <translation>Reflexionen über Weinen oder gedrückte Stimmung rund um Sex</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Everything up to %1</source>
        <translation>Alles bis %1</translation>
    </message>
    <message>
        <source>Made on %1 at %2</source>
        <translation>Erstellt am %1 um %2</translation>
    </message>
    <message>
        <source>Includes the person&apos;s own notes and thoughts.</source>
        <translation>Enthält die eigenen Notizen und Gedanken der Person.</translation>
    </message>
    <message>
        <source>Private notes and thoughts are not included.</source>
        <translation>Private Notizen und Gedanken sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Partners are not named; they appear as Partner A, B…</source>
        <translation>Partner*innen werden nicht genannt; sie erscheinen als Partner*in A, B …</translation>
    </message>
    <message>
        <source>No partner recorded</source>
        <translation>Kein Gegenüber notiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Tears</source>
        <translation>Tränen</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Trauma</source>
        <translation>Trauma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Bother</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner*in</translation>
    </message>
    <message>
        <source>Looks at the %1 days up to %2</source>
        <translation>Betrachtet die %1 Tage bis %2</translation>
    </message>
    <message>
        <source>No reflections or check-ins were recorded in this period, so there is nothing to summarise. That is not a finding in itself: it only means the journal holds no entries for these dates.</source>
        <translation>In diesem Zeitraum wurden keine Reflexionen oder Check-ins festgehalten, daher gibt es nichts zusammenzufassen. Das ist für sich kein Befund: Es heißt nur, dass das Tagebuch für diese Tage keine Einträge enthält.</translation>
    </message>
    <message>
        <source>Standard questionnaires the person filled in, scored with their published bands.</source>
        <translation>Standardfragebögen, die die Person ausgefüllt hat, ausgewertet mit ihren veröffentlichten Bereichen.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Episodes per week, by how tension changed</source>
        <translation>Episoden pro Woche, nach Veränderung der Anspannung</translation>
    </message>
    <message>
        <source>Episodes per month, by how tension changed</source>
        <translation>Episoden pro Monat, nach Veränderung der Anspannung</translation>
    </message>
    <message>
        <source>Episodes per quarter, by how tension changed</source>
        <translation>Episoden pro Quartal, nach Veränderung der Anspannung</translation>
    </message>
    <message>
        <source>Each bar is one period; its parts show whether the tears relieved tension, left it unchanged or made it worse.</source>
        <translation>Jeder Balken ist ein Zeitabschnitt; seine Teile zeigen, ob die Tränen Anspannung gelöst, nichts verändert oder sie verstärkt haben.</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Check-in totals over time</source>
        <translation>Check-in-Summen im Verlauf</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Dashed lines mark where the bands begin: mild at 5 and moderate at 10 for both; for the PHQ-9 (0–27) moderately severe at 15 and severe at 20; the GAD-7 (0–21) counts 15 and above as severe.</source>
        <translation>Gestrichelte Linien markieren, wo die Bereiche beginnen: leicht ab 5 und mittelgradig ab 10 bei beiden; beim PHQ-9 (0–27) ausgeprägt ab 15 und schwer ab 20; der GAD-7 (0–21) zählt 15 und mehr als schwer.</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelgradig</translation>
    </message>
    <message>
        <source>PHQ-9 mod. severe</source>
        <translation>PHQ-9 ausgeprägt</translation>
    </message>
    <message>
        <source>PHQ-9 severe</source>
        <translation>PHQ-9 schwer</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittelgradig</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Ausgeprägt</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Worth talking about</source>
        <translation>Darüber zu sprechen lohnt sich</translation>
    </message>
    <message>
        <source>Worth considering</source>
        <translation>Eine Überlegung wert</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Zur Information</translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Keine Schmerzen</translation>
    </message>
    <message>
        <source>Mild pain</source>
        <translation>Leichte Schmerzen</translation>
    </message>
    <message>
        <source>Moderate pain</source>
        <translation>Mäßige Schmerzen</translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation>Starke Schmerzen</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Etwas</translation>
    </message>
    <message>
        <source>Quite a lot</source>
        <translation>Ziemlich</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Sehr</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner*in %1</translation>
    </message>
    <message>
        <source>Check-in scores</source>
        <translation>Check-in-Werte</translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation>PHQ-9</translation>
    </message>
    <message>
        <source>Patient Health Questionnaire, nine items about the last two weeks, each 0–3, total 0–%1. Bands: %2 minimal, %3 mild, %4 moderate, %5 moderately severe, %6 severe.</source>
        <translation>Gesundheitsfragebogen für Patienten (Patient Health Questionnaire), neun Fragen zu den letzten zwei Wochen, je 0–3, Summe 0–%1. Bereiche: %2 minimal, %3 leicht, %4 mittelgradig, %5 ausgeprägt, %6 schwer.</translation>
    </message>
    <message>
        <source>Item 9</source>
        <translation>Frage 9</translation>
    </message>
    <message>
        <source>The PHQ-9 question about thoughts of being better off dead or of self-harm. &quot;FLAGGED&quot; means it was answered above 0, whatever the total.</source>
        <translation>Die PHQ-9-Frage nach Gedanken, lieber tot zu sein oder sich selbst zu verletzen. „MARKIERT“ heißt, dass sie über 0 beantwortet wurde, unabhängig von der Summe.</translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation>GAD-7</translation>
    </message>
    <message>
        <source>Generalized Anxiety Disorder scale, seven items about the last two weeks, each 0–3, total 0–%1. Bands: %2 minimal, %3 mild, %4 moderate, %5 severe.</source>
        <translation>Skala für Generalisierte Angststörung (Generalized Anxiety Disorder), sieben Fragen zu den letzten zwei Wochen, je 0–3, Summe 0–%1. Bereiche: %2 minimal, %3 leicht, %4 mittelgradig, %5 schwer.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>Background that helps read the rest; nothing to act on.</source>
        <translation>Hintergrund, der hilft, den Rest zu lesen; kein Handlungsbedarf.</translation>
    </message>
    <message>
        <source>A pattern the person may want to reflect on.</source>
        <translation>Ein Muster, über das die Person vielleicht nachdenken möchte.</translation>
    </message>
    <message>
        <source>A pattern worth raising with a health professional.</source>
        <translation>Ein Muster, das es wert ist, bei einer medizinischen oder therapeutischen Fachperson angesprochen zu werden.</translation>
    </message>
    <message>
        <source>Something that asks for support soon, such as thoughts of self-harm.</source>
        <translation>Etwas, das bald Unterstützung braucht, etwa Gedanken an Selbstverletzung.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Reading this summary</source>
        <translation>Diese Zusammenfassung lesen</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Distressing</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>An episode where tension got worse, thoughts were sad, it bothered the person &quot;quite a lot&quot; or more (%1 or higher on the 0–4 scale), it felt like reliving trauma, or limits were not respected.</source>
        <translation>Eine Episode, in der die Anspannung schlimmer wurde, die Gedanken traurig waren, sie die Person „ziemlich“ oder stärker belastet hat (%1 oder höher auf der Skala von 0–4), sie sich wie ein wiedererlebtes Trauma anfühlte oder Grenzen nicht respektiert wurden.</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Nicht beantwortet.</translation>
    </message>
    <message>
        <source>The label the person gave the partner in their journal.</source>
        <translation>Der Name, den die Person dem Gegenüber in ihrem Tagebuch gegeben hat.</translation>
    </message>
    <message>
        <source>Partners are shown as Partner A, Partner B… in the order they first appear in this period; the person chose not to share their names.</source>
        <translation>Partner*innen erscheinen als Partner*in A, Partner*in B … in der Reihenfolge ihres ersten Auftretens in diesem Zeitraum; die Person hat sich entschieden, ihre Namen nicht zu teilen.</translation>
    </message>
    <message>
        <source>Timing: when it happened</source>
        <translation>Zeitpunkt: wann es passiert ist</translation>
    </message>
    <message>
        <source>Tears (question 5): a few tears or a full session</source>
        <translation>Tränen (Frage 5): ein paar Tränen oder richtig geweint</translation>
    </message>
    <message>
        <source>Tension (question 1): did the tears relieve tension?</source>
        <translation>Anspannung (Frage 1): haben die Tränen Anspannung gelöst?</translation>
    </message>
    <message>
        <source>Reasons: what the person felt may have played a part (several can apply)</source>
        <translation>Gründe: was nach dem Gefühl der Person eine Rolle gespielt haben könnte (mehrere möglich)</translation>
    </message>
    <message>
        <source>Pain during or after sex (0–3)</source>
        <translation>Schmerzen beim oder nach dem Sex (0–3)</translation>
    </message>
    <message>
        <source>Bother: how much the episode bothered the person (0–4)</source>
        <translation>Belastung: wie sehr die Episode die Person belastet hat (0–4)</translation>
    </message>
    <message>
        <source>Distressing means tension got worse, thoughts were sad, it bothered the person quite a lot or more, it felt like reliving trauma, or limits were not respected.</source>
        <translation>Belastend heißt: Die Anspannung wurde schlimmer, die Gedanken waren traurig, es hat die Person ziemlich oder stärker belastet, es fühlte sich wie ein wiedererlebtes Trauma an, oder Grenzen wurden nicht respektiert.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <source>Tension afterwards</source>
        <translation>Anspannung danach</translation>
    </message>
    <message>
        <source>Emotional or physical</source>
        <translation>Emotional oder körperlich</translation>
    </message>
    <message>
        <source>Thoughts at the time</source>
        <translation>Gedanken in dem Moment</translation>
    </message>
    <message>
        <source>sections: &quot;%1&quot; is not one of %2</source>
        <translation>sections: &quot;%1&quot; ist keiner von %2</translation>
    </message>
    <message>
        <source>sections: name at least one of %1</source>
        <translation>sections: nenne mindestens einen von %1</translation>
    </message>
    <message>
        <source>During sex</source>
        <translation>Beim Sex</translation>
    </message>
    <message>
        <source>After sex</source>
        <translation>Nach dem Sex</translation>
    </message>
    <message>
        <source>During and after</source>
        <translation>Beim Sex und danach</translation>
    </message>
    <message>
        <source>No tears (felt low or irritable)</source>
        <translation>Keine Tränen (niedergeschlagen oder gereizt)</translation>
    </message>
    <message>
        <source>A few tears</source>
        <translation>Ein paar Tränen</translation>
    </message>
    <message>
        <source>A crying session</source>
        <translation>Richtig geweint</translation>
    </message>
    <message>
        <source>Relieved tension</source>
        <translation>Anspannung gelöst</translation>
    </message>
    <message>
        <source>Left tension unchanged</source>
        <translation>Anspannung unverändert</translation>
    </message>
    <message>
        <source>Made tension worse</source>
        <translation>Anspannung verstärkt</translation>
    </message>
    <message>
        <source>Not reliving trauma</source>
        <translation>Kein Trauma wiedererlebt</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Reliving past trauma</source>
        <translation>Früheres Trauma wiedererlebt</translation>
    </message>
    <message>
        <source>Emotional</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Körperlich</translation>
    </message>
    <message>
        <source>Both emotional and physical</source>
        <translation>Emotional und körperlich</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Glücklich</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Traurig</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Joy</source>
        <translation>Freude</translation>
    </message>
    <message>
        <source>Love</source>
        <translation>Liebe</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Erleichterung</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Overwhelm</source>
        <translation>Überwältigung</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Verletzlichkeit</translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation>Traurigkeit</translation>
    </message>
    <message>
        <source>Shame</source>
        <translation>Scham</translation>
    </message>
    <message>
        <source>Guilt</source>
        <translation>Schuld</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>Furcht</translation>
    </message>
    <message>
        <source>Irritability</source>
        <translation>Gereiztheit</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Verwirrung</translation>
    </message>
    <message>
        <source>Disappointment</source>
        <translation>Enttäuschung</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Einsamkeit</translation>
    </message>
    <message>
        <source>Emptiness</source>
        <translation>Leere</translation>
    </message>
    <message>
        <source>Happy tears (joy, release, love)</source>
        <translation>Freudentränen (Freude, Befreiung, Liebe)</translation>
    </message>
    <message>
        <source>Shame or guilt</source>
        <translation>Scham oder Schuld</translation>
    </message>
    <message>
        <source>Overwhelmed by the scenario</source>
        <translation>Vom Erleben überwältigt</translation>
    </message>
    <message>
        <source>Overwhelmed by the body&apos;s response</source>
        <translation>Von der Reaktion des Körpers überwältigt</translation>
    </message>
    <message>
        <source>A biological response</source>
        <translation>Eine biologische Reaktion</translation>
    </message>
    <message>
        <source>Anxiety, fear or stress</source>
        <translation>Angst, Furcht oder Stress</translation>
    </message>
    <message>
        <source>Physical pain</source>
        <translation>Körperliche Schmerzen</translation>
    </message>
    <message>
        <source>Confusion or unmet expectations</source>
        <translation>Verwirrung oder unerfüllte Erwartungen</translation>
    </message>
    <message>
        <source>Relationship issues</source>
        <translation>Schwierigkeiten in der Beziehung</translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation>Gedrückte Stimmung</translation>
    </message>
    <message>
        <source>Past trauma</source>
        <translation>Früheres Trauma</translation>
    </message>
    <message>
        <source>Anger, irritability or frustration</source>
        <translation>Wut, Gereiztheit oder Frust</translation>
    </message>
    <message>
        <source>Trouble sleeping, tiredness or restlessness</source>
        <translation>Schlafprobleme, Müdigkeit oder Unruhe</translation>
    </message>
    <message>
        <source>Memory problems</source>
        <translation>Gedächtnisprobleme</translation>
    </message>
    <message>
        <source>Trouble concentrating</source>
        <translation>Konzentrationsschwierigkeiten</translation>
    </message>
    <message>
        <source>Changes in appetite</source>
        <translation>Veränderter Appetit</translation>
    </message>
    <message>
        <source>Unexplained aches and pains</source>
        <translation>Unerklärliche Schmerzen</translation>
    </message>
    <message>
        <source>Losing interest in things, sex included</source>
        <translation>Weniger Interesse an Dingen, auch an Sex</translation>
    </message>
    <message>
        <source>Was dismissive</source>
        <translation>Hat es abgetan</translation>
    </message>
    <message>
        <source>Did not notice</source>
        <translation>Hat es nicht bemerkt</translation>
    </message>
    <message>
        <source>Was not there</source>
        <translation>War nicht da</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Beim</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Few</source>
        <translation>Wenige</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Relieved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlimmer</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Emot.</source>
        <translation>Emot.</translation>
    </message>
    <message>
        <source>Phys.</source>
        <translation>Körp.</translation>
    </message>
    <message>
        <source>JOY</source>
        <translation>FRE</translation>
    </message>
    <message>
        <source>SHG</source>
        <translation>SCH</translation>
    </message>
    <message>
        <source>OVS</source>
        <translation>ÜBE</translation>
    </message>
    <message>
        <source>OVB</source>
        <translation>ÜBK</translation>
    </message>
    <message>
        <source>BIO</source>
        <translation>BIO</translation>
    </message>
    <message>
        <source>ANX</source>
        <translation>ANG</translation>
    </message>
    <message>
        <source>PAIN</source>
        <translation>SCHM</translation>
    </message>
    <message>
        <source>CNF</source>
        <translation>VER</translation>
    </message>
    <message>
        <source>REL</source>
        <translation>BEZ</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>GED</translation>
    </message>
    <message>
        <source>TRA</source>
        <translation>TRA</translation>
    </message>
    <message>
        <source>Self-reported by the person with the Aftercare journal; not a diagnosis. The patterns it notes are prompts for conversation.</source>
        <translation>Selbstauskunft der Person mit dem Aftercare-Tagebuch; keine Diagnose. Die genannten Muster sind Anstöße für ein Gespräch.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>One reflection the person wrote about tears, sadness or irritability that came during or after sex.</source>
        <translation>Eine Reflexion, die die Person über Tränen, Traurigkeit oder Gereiztheit beim oder nach dem Sex geschrieben hat.</translation>
    </message>
    <message>
        <source>Trauma (question 2): did old hurt or abuse come back in the moment?</source>
        <translation>Trauma (Frage 2): kamen alte Verletzungen oder Gewalt im Moment wieder hoch?</translation>
    </message>
    <message>
        <source>Kind (question 3): felt as an emotion, or more as something in the body?</source>
        <translation>Art (Frage 3): als Gefühl erlebt oder eher als etwas im Körper?</translation>
    </message>
    <message>
        <source>Thoughts (question 4): the mood of what was on the person&apos;s mind</source>
        <translation>Gedanken (Frage 4): die Stimmung dessen, was die Person beschäftigt hat</translation>
    </message>
    <message>
        <source>Comforted the person</source>
        <translation>Hat die Person getröstet</translation>
    </message>
    <message>
        <source>Gave the person space</source>
        <translation>Hat der Person Raum gelassen</translation>
    </message>
    <message>
        <source>Support needed now</source>
        <translation>Jetzt ist Unterstützung wichtig</translation>
    </message>
    <message>
        <source>Aftercare looks for patterns in the reflections and check-ins of this period. They are prompts for a conversation, not diagnoses. Each one lists the dates of the entries behind it; the app showed the person the same finding, addressed to them.</source>
        <translation>Aftercare sucht nach Mustern in den Reflexionen und Check-ins dieses Zeitraums. Sie sind Anstöße für ein Gespräch, keine Diagnosen. Jedes nennt die Daten der Einträge, auf denen es beruht; die App hat der Person dasselbe gezeigt, an sie gerichtet.</translation>
    </message>
    <message>
        <source>%1&#xa0;%2</source>
        <comment>a scale step: its number, then its meaning (kept on one line)</comment>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>The dates of the entries a finding rests on, each one listed in this summary.</source>
        <translation>Die Daten der Einträge, auf denen eine Auffälligkeit beruht; jeder davon steht in dieser Zusammenfassung.</translation>
    </message>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>Distress more common with it (%1)</source>
        <translation>Damit öfter belastend (%1)</translation>
    </message>
    <message>
        <source>Distress less common with it (%1)</source>
        <translation>Damit seltener belastend (%1)</translation>
    </message>
    <message>
        <source>No clear difference (%1)</source>
        <translation>Kein klarer Unterschied (%1)</translation>
    </message>
    <message>
        <source>Tags are the person&apos;s own short labels for what else was going on. For each tag used in this period: how many reflections with it, and how many without it, were distressing. A tag stands out when Fisher&apos;s exact test gives p ≤ %1 and the two shares differ by at least %2 points; with fewer than %3 reflections on either side, nothing is said.</source>
        <translation>Stichwörter sind die eigenen kurzen Bezeichnungen der Person dafür, was sonst noch los war. Für jedes Stichwort in diesem Zeitraum: wie viele Reflexionen mit ihm und wie viele ohne es belastend waren. Ein Stichwort fällt auf, wenn der exakte Test nach Fisher p ≤ %1 ergibt und sich die beiden Anteile um mindestens %2 Prozentpunkte unterscheiden; bei weniger als %3 Reflexionen auf einer der beiden Seiten wird nichts dazu gesagt.</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>A summary to share with a therapist</source>
        <translation>Eine Zusammenfassung für die Therapie</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire check-in(s)</source>
        <translation>
            <numerusform>%n Fragebogen-Check-in</numerusform>
            <numerusform>%n Fragebogen-Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>This summary covers %1 and %2.</source>
        <translation>Diese Zusammenfassung umfasst %1 und %2.</translation>
    </message>
    <message>
        <source>episodes recorded</source>
        <translation>festgehaltene Episoden</translation>
    </message>
    <message>
        <source>with pain</source>
        <translation>mit Schmerzen</translation>
    </message>
    <message>
        <source>felt like reliving trauma</source>
        <translation>wie ein wiedererlebtes Trauma</translation>
    </message>
    <message>
        <source>questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>%1 (answered in %2)</source>
        <translation>%1 (beantwortet in %2)</translation>
    </message>
    <message>
        <source>The five questions</source>
        <translation>Die fünf Fragen</translation>
    </message>
    <message>
        <source>Trauma (question 2)</source>
        <translation>Trauma (Frage 2)</translation>
    </message>
    <message>
        <source>Felt like reliving past trauma</source>
        <translation>Fühlte sich an wie ein wiedererlebtes Trauma</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>What came with it</source>
        <translation>Was dazukam</translation>
    </message>
    <message>
        <source>Reasons the person saw (most frequent)</source>
        <translation>Gründe, die die Person gesehen hat (die häufigsten)</translation>
    </message>
    <message>
        <source>Emotions named (most frequent)</source>
        <translation>Genannte Gefühle (die häufigsten)</translation>
    </message>
    <message>
        <source>Pain during or after sex</source>
        <translation>Schmerzen beim oder nach dem Sex</translation>
    </message>
    <message>
        <source>Signs of low mood in the two weeks before</source>
        <translation>Anzeichen gedrückter Stimmung in den zwei Wochen davor</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Keine genannt</translation>
    </message>
    <message>
        <source>%1 of %2 reflections mentioned at least one sign of low mood.</source>
        <translation>%1 von %2 Reflexionen nannten mindestens ein Anzeichen gedrückter Stimmung.</translation>
    </message>
    <message>
        <source>On average the episodes bothered the person %1 on a scale of 0 (not at all) to 4 (very much), answered in %2 reflections.</source>
        <translation>Im Durchschnitt haben die Episoden die Person mit %1 belastet, auf einer Skala von 0 (gar nicht) bis 4 (sehr), beantwortet in %2 Reflexionen.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Verlauf</translation>
    </message>
    <message>
        <source>Patterns the journal noticed</source>
        <translation>Muster, die dem Tagebuch aufgefallen sind</translation>
    </message>
    <message>
        <source>No patterns stood out in this period.</source>
        <translation>In diesem Zeitraum sind keine Muster aufgefallen.</translation>
    </message>
    <message>
        <source>Evidence: none (this note is about the amount of data).</source>
        <translation>Belege: keine (dieser Hinweis betrifft die Datenmenge).</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation>Belege: %1.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>No check-ins were taken in this period.</source>
        <translation>In diesem Zeitraum gab es keine Check-ins.</translation>
    </message>
    <message>
        <source>FLAGGED: above 0</source>
        <translation>MARKIERT: über 0</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>PHQ-9</source>
        <translation>PHQ-9</translation>
    </message>
    <message>
        <source>Depression band</source>
        <translation>Bereich Depression</translation>
    </message>
    <message>
        <source>Item 9</source>
        <translation>Frage 9</translation>
    </message>
    <message>
        <source>GAD-7</source>
        <translation>GAD-7</translation>
    </message>
    <message>
        <source>Anxiety band</source>
        <translation>Bereich Angst</translation>
    </message>
    <message>
        <source>Check-ins (continued)</source>
        <translation>Check-ins (Fortsetzung)</translation>
    </message>
    <message>
        <source>Item 9 (thoughts of being better off dead or of self-harm) was answered above 0 on %1. It may be worth asking about this first.</source>
        <translation>Frage 9 (Gedanken, lieber tot zu sein oder sich selbst zu verletzen) wurde am %1 über 0 beantwortet. Es kann sinnvoll sein, zuerst danach zu fragen.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner*innen</translation>
    </message>
    <message>
        <source>No partner was recorded for these reflections.</source>
        <translation>Zu diesen Reflexionen wurde kein Gegenüber notiert.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner*in</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Distressing</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>How the partner responded</source>
        <translation>Wie das Gegenüber reagiert hat</translation>
    </message>
    <message>
        <source>Partners (continued)</source>
        <translation>Partner*innen (Fortsetzung)</translation>
    </message>
    <message>
        <source>Every reflection in this period</source>
        <translation>Alle Reflexionen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>One row per reflection, oldest first. The legend at the end explains every code.</source>
        <translation>Eine Zeile pro Reflexion, die älteste zuerst. Die Legende am Ende erklärt jedes Kürzel.</translation>
    </message>
    <message>
        <source>Every reflection (continued)</source>
        <translation>Alle Reflexionen (Fortsetzung)</translation>
    </message>
    <message>
        <source>Notes and thoughts, shared by choice</source>
        <translation>Notizen und Gedanken, bewusst geteilt</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>In diesem Zeitraum wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <source>How to read this summary</source>
        <translation>Wie diese Zusammenfassung zu lesen ist</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) were written after recently giving birth.</source>
        <translation>
            <numerusform>%n Reflexion entstand kurz nach einer Geburt.</numerusform>
            <numerusform>%n Reflexionen entstanden kurz nach einer Geburt.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the person would like to talk about</source>
        <translation>Worüber die Person sprechen möchte</translation>
    </message>
    <message>
        <source>The person&apos;s safety plan</source>
        <translation>Der Sicherheitsplan der Person</translation>
    </message>
    <message>
        <source>What the person was thinking: %1</source>
        <translation>Was die Person gedacht hat: %1</translation>
    </message>
    <message>
        <source>distressing (%1% of all)</source>
        <translation>belastend (%1 % von allen)</translation>
    </message>
    <message>
        <source>distressing, out of %1</source>
        <translation>belastend, von %1</translation>
    </message>
    <message>
        <source>Tags the person used, and what came with them</source>
        <translation>Stichwörter der Person und was mit ihnen einherging</translation>
    </message>
    <message>
        <source>No tags were used in this period.</source>
        <translation>In diesem Zeitraum wurden keine Stichwörter verwendet.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>With the tag</source>
        <translation>Mit dem Stichwort</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>Ohne es</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Was auffällt</translation>
    </message>
    <message>
        <source>Tags (continued)</source>
        <translation>Stichwörter (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Aftercare · summary for a therapist</source>
        <translation>Aftercare · Zusammenfassung für die Therapie</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Confidential · self-reported by the person, not a diagnosis</source>
        <translation>Vertraulich · Selbstauskunft der Person, keine Diagnose</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Aftercare: summary for a therapist</source>
        <translation>Aftercare: Zusammenfassung für die Therapie</translation>
    </message>
    <message>
        <source>The PDF could not be made. Nothing was saved.</source>
        <translation>Das PDF konnte nicht erstellt werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The PDF could not be started. Nothing was saved.</source>
        <translation>Das PDF konnte nicht begonnen werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The PDF could not add page %1. Nothing was saved.</source>
        <translation>Dem PDF konnte Seite %1 nicht hinzugefügt werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The export was cancelled. Nothing was saved.</source>
        <translation>Der Export wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Aftercare summary</source>
        <translation>Aftercare-Zusammenfassung</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfe, ob er angeschlossen ist, und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The printer stopped at page %1.</source>
        <translation>Der Drucker hat bei Seite %1 aufgehört.</translation>
    </message>
</context>
<context>
    <name>SafetyPlan</name>
    <message>
        <source>Signs that things are getting harder</source>
        <translation>Zeichen, dass es schwerer wird</translation>
    </message>
    <message>
        <source>Things I can do on my own to feel calmer</source>
        <translation>Was ich allein tun kann, um ruhiger zu werden</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Menschen und Orte, die mich auf andere Gedanken bringen</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <source>Professionals and crisis lines</source>
        <translation>Fachleute und Krisentelefone</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <source>What matters to me and keeps me going</source>
        <translation>Was mir wichtig ist und mich weitermachen lässt</translation>
    </message>
    <message>
        <source>Made in a calm moment, for when things get dark. Start at the top and keep going until you feel safer.</source>
        <translation>In einem ruhigen Moment gemacht, für die Zeiten, in denen es dunkel wird. Fang oben an und mach weiter, bis du dich sicherer fühlst.</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>What tells you a hard time is starting? For example: not sleeping, pulling away from friends, a thought that keeps coming back.</source>
        <translation>Woran merkst du, dass eine schwere Zeit beginnt? Zum Beispiel: nicht schlafen können, dich von Freundinnen und Freunden zurückziehen, ein Gedanke, der immer wiederkommt.</translation>
    </message>
    <message>
        <source>Small things that have helped before. For example: a shower, a walk around the block, a song, slow breathing, holding something warm.</source>
        <translation>Kleine Dinge, die schon einmal geholfen haben. Zum Beispiel: eine Dusche, eine Runde um den Block, ein Lied, langsames Atmen, etwas Warmes in den Händen.</translation>
    </message>
    <message>
        <source>Somewhere to go or someone to be around, without having to talk about it. For example: a café, a friend&apos;s sofa, a class, a park.</source>
        <translation>Ein Ort, an den du gehen kannst, oder jemand, bei dem du sein kannst, ohne darüber reden zu müssen. Zum Beispiel: ein Café, das Sofa einer Freundin, ein Kurs, ein Park.</translation>
    </message>
    <message>
        <source>Who could you tell that you&apos;re not okay? Add a name and how to reach them.</source>
        <translation>Wem könntest du sagen, dass es dir nicht gut geht? Schreib einen Namen dazu und wie du die Person erreichst.</translation>
    </message>
    <message>
        <source>Your doctor or therapist, and the crisis lines for where you live. We&apos;ve started this list for you — change anything.</source>
        <translation>Deine Ärztin, dein Arzt oder deine Therapeutin, dein Therapeut und die Krisentelefone dort, wo du lebst. Wir haben die Liste für dich angefangen – ändere, was du möchtest.</translation>
    </message>
    <message>
        <source>Ways to put distance between you and anything you could hurt yourself with. For example: asking someone to keep something for you for now.</source>
        <translation>Wege, Abstand zwischen dich und alles zu bringen, womit du dich verletzen könntest. Zum Beispiel: jemanden bitten, etwas vorerst für dich aufzubewahren.</translation>
    </message>
    <message>
        <source>The people, animals, plans or small joys that matter to you. Anything counts.</source>
        <translation>Die Menschen, Tiere, Pläne oder kleinen Freuden, die dir wichtig sind. Alles zählt.</translation>
    </message>
</context>
<context>
    <name>ScrollingPage</name>
    <message>
        <source>Page content</source>
        <translation>Seiteninhalt</translation>
    </message>
</context>
<context>
    <name>ShowPassphrase</name>
    <message>
        <source>Hide the passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Passphrase zeigen</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>alcohol or drugs</source>
        <translation>Alkohol oder Drogen</translation>
    </message>
    <message>
        <source>very tired</source>
        <translation>sehr müde</translation>
    </message>
    <message>
        <source>a stressful day</source>
        <translation>ein stressiger Tag</translation>
    </message>
    <message>
        <source>an argument before</source>
        <translation>vorher ein Streit</translation>
    </message>
    <message>
        <source>a new partner</source>
        <translation>neue*r Partner*in</translation>
    </message>
    <message>
        <source>during my period</source>
        <translation>während meiner Periode</translation>
    </message>
    <message>
        <source>a new medication</source>
        <translation>ein neues Medikament</translation>
    </message>
    <message>
        <source>a long time since the last time</source>
        <translation>lange her seit dem letzten Mal</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>%1 total</source>
        <translation>%1 gesamt</translation>
    </message>
    <message>
        <source>Mod. severe</source>
        <translation>Ausgeprägt</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation>%1 am %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Depression signs noted in an entry (right axis)</source>
        <translation>In einem Eintrag notierte Anzeichen von Depression (rechte Achse)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 signs noted</source>
        <translation>%1: %2 von %3 Anzeichen notiert</translation>
    </message>
    <message>
        <source>Signs noted</source>
        <translation>Notierte Anzeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n Episode</numerusform>
            <numerusform>%n Episoden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1
%2 — eased %3, unchanged %4, worse %5</source>
        <translation>%1
%2 – gelöst %3, unverändert %4, schlimmer %5</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Share of episodes that were distressing</source>
        <translation>Anteil belastender Episoden</translation>
    </message>
    <message>
        <source>Distressing</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Share of episodes</source>
        <translation>Anteil der Episoden</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlimmer</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Glücklich</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Traurig</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Happy tears</source>
        <translation>Freudentränen</translation>
    </message>
    <message>
        <source>Shame or guilt</source>
        <translation>Scham oder Schuld</translation>
    </message>
    <message>
        <source>Overwhelmed by the moment</source>
        <translation>Vom Moment überwältigt</translation>
    </message>
    <message>
        <source>Overwhelmed by the body</source>
        <translation>Vom Körper überwältigt</translation>
    </message>
    <message>
        <source>A bodily response</source>
        <translation>Eine körperliche Reaktion</translation>
    </message>
    <message>
        <source>Anxiety or stress</source>
        <translation>Angst oder Stress</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Confusion, unmet expectations</source>
        <translation>Verwirrung, unerfüllte Erwartungen</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation>Gedrückte Stimmung</translation>
    </message>
    <message>
        <source>Past trauma</source>
        <translation>Früheres Trauma</translation>
    </message>
    <message>
        <source>Worth talking about with someone</source>
        <translation>Darüber mit jemandem zu sprechen lohnt sich</translation>
    </message>
    <message>
        <source>Worth thinking about</source>
        <translation>Eine Überlegung wert</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Looked at the last %1 days</source>
        <translation>Betrachtet: die letzten %1 Tage</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>No partner noted</source>
        <translation>Kein Gegenüber notiert</translation>
    </message>
    <message>
        <source>A removed partner</source>
        <translation>Ein entferntes Gegenüber</translation>
    </message>
    <message>
        <source>Support needed now</source>
        <translation>Jetzt ist Unterstützung wichtig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner*in</translation>
    </message>
    <message>
        <source>%1 of %2 distressing</source>
        <translation>%1 von %2 belastend</translation>
    </message>
    <message>
        <source>%1 of %2 distressing (%3%)</source>
        <translation>%1 von %2 belastend (%3 %)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>distressing reflections of all with or without a tag</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>Ohne es</translation>
    </message>
    <message>
        <source>With the tag</source>
        <translation>Mit dem Stichwort</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Stichwort</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>During sex</source>
        <translation>Beim Sex</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Both during and after</source>
        <translation>Beim Sex und danach</translation>
    </message>
    <message>
        <source>I felt low or irritable, without tears</source>
        <translation>Ich war niedergeschlagen oder gereizt, ohne Tränen</translation>
    </message>
    <message>
        <source>A few tears</source>
        <translation>Ein paar Tränen</translation>
    </message>
    <message>
        <source>A real crying session</source>
        <translation>Ich habe richtig geweint</translation>
    </message>
    <message>
        <source>It eased some tension</source>
        <translation>Es hat Anspannung gelöst</translation>
    </message>
    <message>
        <source>It didn&apos;t change much</source>
        <translation>Es hat nicht viel verändert</translation>
    </message>
    <message>
        <source>It made the tension worse</source>
        <translation>Es hat die Anspannung verstärkt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Ich bin mir nicht sicher</translation>
    </message>
    <message>
        <source>Yes, something painful came back</source>
        <translation>Ja, etwas Schmerzhaftes kam zurück</translation>
    </message>
    <message>
        <source>Mostly emotional</source>
        <translation>Vor allem emotional</translation>
    </message>
    <message>
        <source>More of a physical reaction</source>
        <translation>Eher eine körperliche Reaktion</translation>
    </message>
    <message>
        <source>A bit of both</source>
        <translation>Ein bisschen von beidem</translation>
    </message>
    <message>
        <source>Hard to say</source>
        <translation>Schwer zu sagen</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Glücklich</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Traurig</translation>
    </message>
    <message>
        <source>Neither — fairly neutral</source>
        <translation>Weder noch – eher neutral</translation>
    </message>
    <message>
        <source>Joy</source>
        <translation>Freude</translation>
    </message>
    <message>
        <source>Love</source>
        <translation>Liebe</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Erleichterung</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Overwhelmed</source>
        <translation>Überwältigt</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Verletzlich</translation>
    </message>
    <message>
        <source>Ashamed</source>
        <translation>Beschämt</translation>
    </message>
    <message>
        <source>Guilty</source>
        <translation>Schuldig</translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation>Ängstlich</translation>
    </message>
    <message>
        <source>Afraid</source>
        <translation>Verängstigt</translation>
    </message>
    <message>
        <source>Irritable</source>
        <translation>Gereizt</translation>
    </message>
    <message>
        <source>Confused</source>
        <translation>Verwirrt</translation>
    </message>
    <message>
        <source>Disappointed</source>
        <translation>Enttäuscht</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Einsam</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Happy tears</source>
        <translation>Freudentränen</translation>
    </message>
    <message>
        <source>Shame or guilt</source>
        <translation>Scham oder Schuld</translation>
    </message>
    <message>
        <source>Swept up in the moment</source>
        <translation>Vom Moment mitgerissen</translation>
    </message>
    <message>
        <source>My body&apos;s response</source>
        <translation>Die Reaktion meines Körpers</translation>
    </message>
    <message>
        <source>A biological response</source>
        <translation>Eine biologische Reaktion</translation>
    </message>
    <message>
        <source>Anxiety, fear or stress</source>
        <translation>Angst, Furcht oder Stress</translation>
    </message>
    <message>
        <source>Physical pain</source>
        <translation>Körperliche Schmerzen</translation>
    </message>
    <message>
        <source>Confusion or unmet expectations</source>
        <translation>Verwirrung oder unerfüllte Erwartungen</translation>
    </message>
    <message>
        <source>Worries about the relationship</source>
        <translation>Sorgen um die Beziehung</translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation>Gedrückte Stimmung</translation>
    </message>
    <message>
        <source>Past hurt or trauma</source>
        <translation>Frühere Verletzungen oder Trauma</translation>
    </message>
    <message>
        <source>Joy, release, or feeling deeply in love — sometimes after long-awaited or exceptional sex.</source>
        <translation>Freude, Befreiung oder tiefe Verliebtheit – manchmal nach lang ersehntem oder außergewöhnlichem Sex.</translation>
    </message>
    <message>
        <source>Old messages that sex is wrong, unease about your body or being naked, or guilt tied to something else.</source>
        <translation>Alte Botschaften, dass Sex falsch sei, Unbehagen mit deinem Körper oder beim Nacktsein, oder Schuldgefühle, die mit etwas anderem zusammenhängen.</translation>
    </message>
    <message>
        <source>An intense fantasy or role play, getting lost in it, or the sudden drop when the excitement ends.</source>
        <translation>Eine intensive Fantasie oder ein Rollenspiel, in dem du dich verloren hast, oder der plötzliche Absturz, wenn die Erregung endet.</translation>
    </message>
    <message>
        <source>A very strong or unfamiliar orgasm — or your body not responding the way you hoped.</source>
        <translation>Ein sehr starker oder ungewohnter Orgasmus – oder dein Körper hat nicht so reagiert, wie du es dir erhofft hast.</translation>
    </message>
    <message>
        <source>Hormones shifting during sex, or built-up tension letting go after a long break.</source>
        <translation>Hormonelle Veränderungen beim Sex oder aufgestaute Spannung, die sich nach einer langen Pause löst.</translation>
    </message>
    <message>
        <source>Stuck in your head, worries rushing back straight after, or pressure to perform or please.</source>
        <translation>Im Kopf festgesteckt, Sorgen, die direkt danach zurückkommen, oder Druck, etwas leisten oder gefallen zu müssen.</translation>
    </message>
    <message>
        <source>Any pain or discomfort before, during or after sex.</source>
        <translation>Jede Art von Schmerz oder Unbehagen vor, beim oder nach dem Sex.</translation>
    </message>
    <message>
        <source>Mixed signals, things not going as you hoped, or a partner doing something you&apos;d said you don&apos;t like.</source>
        <translation>Widersprüchliche Signale, Dinge, die nicht so liefen wie erhofft, oder ein Gegenüber, das etwas getan hat, von dem du gesagt hattest, dass du es nicht magst.</translation>
    </message>
    <message>
        <source>Unresolved arguments, or not knowing where you stand or how your partner really feels.</source>
        <translation>Ungelöste Streits, oder nicht zu wissen, wo ihr steht oder was dein Gegenüber wirklich fühlt.</translation>
    </message>
    <message>
        <source>Feeling down more generally, not only around sex.</source>
        <translation>Allgemeine Niedergeschlagenheit, nicht nur rund um Sex.</translation>
    </message>
    <message>
        <source>A position, touch or movement brought back a painful memory and left you feeling exposed.</source>
        <translation>Eine Stellung, Berührung oder Bewegung hat eine schmerzhafte Erinnerung zurückgebracht und dich verletzlich zurückgelassen.</translation>
    </message>
    <message>
        <source>Feeling angry, irritable or frustrated</source>
        <translation>Wütend, gereizt oder frustriert sein</translation>
    </message>
    <message>
        <source>Feeling sad or down</source>
        <translation>Traurig oder niedergeschlagen sein</translation>
    </message>
    <message>
        <source>Sleeping badly, feeling tired or restless</source>
        <translation>Schlecht schlafen, müde oder unruhig sein</translation>
    </message>
    <message>
        <source>Forgetting things more than usual</source>
        <translation>Mehr vergessen als sonst</translation>
    </message>
    <message>
        <source>Finding it hard to concentrate</source>
        <translation>Sich schwer konzentrieren können</translation>
    </message>
    <message>
        <source>Eating noticeably more or less than usual</source>
        <translation>Deutlich mehr oder weniger essen als sonst</translation>
    </message>
    <message>
        <source>Aches and pains without a clear cause</source>
        <translation>Schmerzen ohne klare Ursache</translation>
    </message>
    <message>
        <source>Feeling anxious or on edge</source>
        <translation>Ängstlich oder angespannt sein</translation>
    </message>
    <message>
        <source>Losing interest in things you usually enjoy, sex included</source>
        <translation>Weniger Freude an Dingen, die du sonst gern machst, auch an Sex</translation>
    </message>
    <message>
        <source>They comforted me</source>
        <translation>Mein Gegenüber hat mich getröstet</translation>
    </message>
    <message>
        <source>They gave me space</source>
        <translation>Mein Gegenüber hat mir Raum gelassen</translation>
    </message>
    <message>
        <source>They brushed it off or got upset</source>
        <translation>Mein Gegenüber hat es abgetan oder sich aufgeregt</translation>
    </message>
    <message>
        <source>They didn&apos;t notice</source>
        <translation>Mein Gegenüber hat es nicht bemerkt</translation>
    </message>
    <message>
        <source>I was on my own</source>
        <translation>Ich war allein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Low, no tears</source>
        <translation>Niedergeschlagen, keine Tränen</translation>
    </message>
    <message>
        <source>Crying session</source>
        <translation>Richtig geweint</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlimmer</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>It happened during sex.</source>
        <translation>Es passierte beim Sex.</translation>
    </message>
    <message>
        <source>It happened afterwards.</source>
        <translation>Es passierte danach.</translation>
    </message>
    <message>
        <source>It happened both during and after sex.</source>
        <translation>Es passierte beim Sex und danach.</translation>
    </message>
    <message>
        <source>You felt low or irritable, without tears.</source>
        <translation>Du warst niedergeschlagen oder gereizt, ohne Tränen.</translation>
    </message>
    <message>
        <source>There were a few tears.</source>
        <translation>Es flossen ein paar Tränen.</translation>
    </message>
    <message>
        <source>It was a real crying session.</source>
        <translation>Du hast richtig geweint.</translation>
    </message>
    <message>
        <source>It eased some tension.</source>
        <translation>Es hat Anspannung gelöst.</translation>
    </message>
    <message>
        <source>It didn&apos;t change the tension much.</source>
        <translation>Es hat an der Anspannung nicht viel verändert.</translation>
    </message>
    <message>
        <source>It made the tension worse.</source>
        <translation>Es hat die Anspannung verstärkt.</translation>
    </message>
    <message>
        <source>It didn&apos;t feel like reliving the past.</source>
        <translation>Es fühlte sich nicht an, als würdest du die Vergangenheit wiedererleben.</translation>
    </message>
    <message>
        <source>You weren&apos;t sure whether something from the past came back.</source>
        <translation>Du warst nicht sicher, ob etwas aus der Vergangenheit zurückkam.</translation>
    </message>
    <message>
        <source>It felt like reliving something painful from the past.</source>
        <translation>Es fühlte sich an, als würdest du etwas Schmerzhaftes aus der Vergangenheit wiedererleben.</translation>
    </message>
    <message>
        <source>It felt mostly emotional.</source>
        <translation>Es fühlte sich vor allem emotional an.</translation>
    </message>
    <message>
        <source>It felt more like a physical reaction.</source>
        <translation>Es fühlte sich eher wie eine körperliche Reaktion an.</translation>
    </message>
    <message>
        <source>It felt both emotional and physical.</source>
        <translation>Es fühlte sich emotional und körperlich an.</translation>
    </message>
    <message>
        <source>It was hard to say whether it was emotional or physical.</source>
        <translation>Es war schwer zu sagen, ob es emotional oder körperlich war.</translation>
    </message>
    <message>
        <source>Your thoughts were happy.</source>
        <translation>Deine Gedanken waren glücklich.</translation>
    </message>
    <message>
        <source>Your thoughts were mixed.</source>
        <translation>Deine Gedanken waren gemischt.</translation>
    </message>
    <message>
        <source>Your thoughts were sad.</source>
        <translation>Deine Gedanken waren traurig.</translation>
    </message>
    <message>
        <source>Your thoughts were fairly neutral.</source>
        <translation>Deine Gedanken waren eher neutral.</translation>
    </message>
    <message>
        <source>Your partner comforted you.</source>
        <translation>Dein Gegenüber hat dich getröstet.</translation>
    </message>
    <message>
        <source>Your partner gave you space.</source>
        <translation>Dein Gegenüber hat dir Raum gelassen.</translation>
    </message>
    <message>
        <source>Your partner brushed it off or got upset.</source>
        <translation>Dein Gegenüber hat es abgetan oder sich aufgeregt.</translation>
    </message>
    <message>
        <source>Your partner didn&apos;t notice.</source>
        <translation>Dein Gegenüber hat es nicht bemerkt.</translation>
    </message>
    <message>
        <source>You were on your own.</source>
        <translation>Du warst allein.</translation>
    </message>
    <message>
        <source>Everything felt consensual and within your limits.</source>
        <translation>Alles fühlte sich einvernehmlich und innerhalb deiner Grenzen an.</translation>
    </message>
    <message>
        <source>Something did not feel consensual or within your limits.</source>
        <translation>Etwas fühlte sich nicht einvernehmlich oder nicht innerhalb deiner Grenzen an.</translation>
    </message>
    <message>
        <source>You weren&apos;t sure everything felt consensual and within your limits.</source>
        <translation>Du warst nicht sicher, ob sich alles einvernehmlich und innerhalb deiner Grenzen anfühlte.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittelgradig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Ein wenig</translation>
    </message>
    <message>
        <source>Somewhat</source>
        <translation>Etwas</translation>
    </message>
    <message>
        <source>Quite a lot</source>
        <translation>Ziemlich</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Sehr</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::AboutDialog</name>
    <message>
        <source>About Aftercare</source>
        <translation>Über Aftercare</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A private journal for the tears, sadness or irritability that can come during or after sex.</source>
        <translation>Ein privates Tagebuch für die Tränen, die Traurigkeit oder die Gereiztheit, die beim oder nach dem Sex kommen können.</translation>
    </message>
    <message>
        <source>Aftercare never connects to the internet: it has no network code at all. Your journal stays on this computer, encrypted with your passphrase.</source>
        <translation>Aftercare verbindet sich nie mit dem Internet: Es enthält überhaupt keinen Netzwerk-Code. Dein Tagebuch bleibt auf diesem Computer, verschlüsselt mit deiner Passphrase.</translation>
    </message>
    <message>
        <source>Aftercare is free software under the GNU General Public License, version 3 or later: you may use, share and change it under the same terms. It comes with no warranty.</source>
        <translation>Aftercare ist freie Software unter der GNU General Public License, Version 3 oder später: Du darfst sie zu denselben Bedingungen nutzen, weitergeben und verändern. Sie kommt ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>The documentation on this computer: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Die Dokumentation auf diesem Computer: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Den Leitfaden öffnen</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::BackupSection</name>
    <message>
        <source>Portable backup</source>
        <translation>Sicherung zum Mitnehmen</translation>
    </message>
    <message>
        <source>A portable backup is one file holding your whole journal, locked with a backup passphrase you choose now. Keep it somewhere safe — for example on a USB stick — to move your journal to another computer or to recover from a broken disk.</source>
        <translation>Eine Sicherung zum Mitnehmen ist eine einzige Datei mit deinem ganzen Tagebuch, verschlossen mit einer Sicherungs-Passphrase, die du jetzt wählst. Bewahre sie an einem sicheren Ort auf – zum Beispiel auf einem USB-Stick –, um dein Tagebuch auf einen anderen Computer mitzunehmen oder es nach einem Festplattenschaden wiederherzustellen.</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase</source>
        <translation>Sicherungs-&amp;Passphrase</translation>
    </message>
    <message>
        <source>Create &amp;backup…</source>
        <translation>&amp;Sicherung erstellen …</translation>
    </message>
    <message>
        <source>Create a portable backup</source>
        <translation>Eine Sicherung zum Mitnehmen erstellen</translation>
    </message>
    <message>
        <source>Restoring adds the backup&apos;s reflections to this journal. Anything already here stays as it is.</source>
        <translation>Beim Wiederherstellen kommen die Reflexionen der Sicherung zu diesem Tagebuch dazu. Was schon da ist, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Die Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>Backup&apos;s pa&amp;ssphrase</source>
        <translation>Pa&amp;ssphrase der Sicherung</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore from a portable backup</source>
        <translation>Aus einer Sicherung zum Mitnehmen wiederherstellen</translation>
    </message>
    <message>
        <source>Working on the backup</source>
        <translation>Die Sicherung wird bearbeitet</translation>
    </message>
    <message>
        <source>First choose a passphrase for the backup: %1</source>
        <translation>Wähle zuerst eine Passphrase für die Sicherung: %1</translation>
    </message>
    <message>
        <source>Save a portable backup</source>
        <translation>Sicherung zum Mitnehmen speichern</translation>
    </message>
    <message>
        <source>Aftercare backups (*.aftercare-backup)</source>
        <translation>Aftercare-Sicherungen (*.aftercare-backup)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Die Sicherung wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n reflection(s) to %1. You&apos;ll need the backup passphrase to open it.</source>
        <translation>
            <numerusform>%n Reflexion in %1 gespeichert. Zum Öffnen brauchst du die Sicherungs-Passphrase.</numerusform>
            <numerusform>%n Reflexionen in %1 gespeichert. Zum Öffnen brauchst du die Sicherungs-Passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Gib zuerst die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Die Sicherung wird geöffnet …</translation>
    </message>
    <message>
        <source>Added 1 record from the backup.</source>
        <translation>1 Datensatz aus der Sicherung hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 records from the backup.</source>
        <translation>%1 Datensätze aus der Sicherung hinzugefügt.</translation>
    </message>
    <message>
        <source>1 was already in your journal and stayed as it was.</source>
        <translation>1 war schon in deinem Tagebuch und blieb, wie er war.</translation>
    </message>
    <message>
        <source>%1 were already in your journal and stayed as they were.</source>
        <translation>%1 waren schon in deinem Tagebuch und blieben, wie sie waren.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle zeigen</translation>
    </message>
    <message>
        <source>%1, as a table</source>
        <translation>%1, als Tabelle</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::CheckInNote</name>
    <message>
        <source>Check-in reminder</source>
        <translation>Erinnerung an einen Check-in</translation>
    </message>
    <message>
        <source>A check-in, if you&apos;d like</source>
        <translation>Ein Check-in, wenn du magst</translation>
    </message>
    <message>
        <source>Go to check-ins</source>
        <translation>Zu den Check-ins</translation>
    </message>
    <message>
        <source>Go to the check-ins page</source>
        <translation>Zur Check-in-Seite gehen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now: remind me again in two weeks</source>
        <translation>Nicht jetzt: in zwei Wochen wieder erinnern</translation>
    </message>
    <message>
        <source>Hides this note for two weeks. Reminders can be turned off in Settings.</source>
        <translation>Blendet diesen Hinweis für zwei Wochen aus. Erinnerungen kannst du in den Einstellungen abschalten.</translation>
    </message>
    <message>
        <source>Two short questionnaires, one about mood and one about worry, can show how you have been over the last two weeks. They take a couple of minutes and are entirely optional.</source>
        <translation>Zwei kurze Fragebögen, einer zur Stimmung und einer zu Sorgen, können zeigen, wie es dir in den letzten zwei Wochen ging. Sie dauern ein paar Minuten und sind ganz freiwillig.</translation>
    </message>
    <message>
        <source>It has been two weeks since your last check-in. A couple of minutes with the mood or worry questionnaire can show how the last two weeks have been — only if you feel like it.</source>
        <translation>Dein letzter Check-in ist zwei Wochen her. Ein paar Minuten mit dem Fragebogen zu Stimmung oder Sorgen können zeigen, wie die letzten zwei Wochen waren – nur wenn dir danach ist.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::CheckInPage</name>
    <message>
        <source>Take the %1</source>
        <translation>%1 ausfüllen</translation>
    </message>
    <message>
        <source>Take the %1 about %2</source>
        <translation>%1 ausfüllen: %2</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Two short, widely used questionnaires, if you would like them: one about mood, one about worry. Each takes a couple of minutes. They are entirely optional, stay in your encrypted journal, and are not a diagnosis — over time they can show how you have been, and they are something you can bring to a doctor or therapist.</source>
        <translation>Zwei kurze, weit verbreitete Fragebögen, wenn du möchtest: einer zur Stimmung, einer zu Sorgen. Jeder dauert ein paar Minuten. Sie sind ganz freiwillig, bleiben in deinem verschlüsselten Tagebuch und sind keine Diagnose – mit der Zeit können sie zeigen, wie es dir ging, und du kannst sie zu einer Ärztin, einem Arzt oder in die Therapie mitnehmen.</translation>
    </message>
    <message>
        <source>Nine questions about mood, sleep, energy and interest over the last two weeks.</source>
        <translation>Neun Fragen zu Stimmung, Schlaf, Energie und Interesse in den letzten zwei Wochen.</translation>
    </message>
    <message>
        <source>Seven questions about worry, nerves and tension over the last two weeks.</source>
        <translation>Sieben Fragen zu Sorgen, Nervosität und Anspannung in den letzten zwei Wochen.</translation>
    </message>
    <message>
        <source>Your check-ins</source>
        <translation>Deine Check-ins</translation>
    </message>
    <message>
        <source>Past check-ins</source>
        <translation>Frühere Check-ins</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Press Enter or double-click to see a result again</source>
        <translation>Drück die Eingabetaste oder doppelklicke, um ein Ergebnis noch einmal zu sehen</translation>
    </message>
    <message>
        <source>Your check-ins could not be read: %1</source>
        <translation>Deine Check-ins konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not be scored</source>
        <translation>Konnte nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>This check-in could not be saved: %1</source>
        <translation>Dieser Check-in konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Support was offered</source>
        <translation>Unterstützung angeboten</translation>
    </message>
    <message>
        <source>You mentioned painful thoughts in this check-in. Open it to see the support again.</source>
        <translation>In diesem Check-in hast du schmerzliche Gedanken erwähnt. Öffne ihn, um die Unterstützung wieder zu sehen.</translation>
    </message>
    <message>
        <source>Change this in Settings</source>
        <translation>In den Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change the check-in reminder in Settings</source>
        <translation>Die Erinnerung an Check-ins in den Einstellungen ändern</translation>
    </message>
    <message>
        <source>You haven&apos;t taken a check-in yet. Whenever you feel like it, choose one above — it takes a couple of minutes, and each result will be listed here with its date.</source>
        <translation>Du hast noch keinen Check-in gemacht. Wann immer dir danach ist, wähle oben einen aus – das dauert ein paar Minuten, und jedes Ergebnis erscheint dann hier mit seinem Datum.</translation>
    </message>
    <message>
        <source>A gentle reminder on the Home page every two weeks is on.</source>
        <translation>Die sanfte Erinnerung alle zwei Wochen auf der Startseite ist an.</translation>
    </message>
    <message>
        <source>The reminder on the Home page every two weeks is off.</source>
        <translation>Die Erinnerung alle zwei Wochen auf der Startseite ist aus.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::CheckInResultView</name>
    <message>
        <source>Support right now</source>
        <translation>Unterstützung, jetzt gleich</translation>
    </message>
    <message>
        <source>A questionnaire cannot diagnose anything. It is a snapshot of the last two weeks in your own words, and it is most useful when you look at it together with someone you trust.</source>
        <translation>Ein Fragebogen kann nichts diagnostizieren. Er ist eine Momentaufnahme der letzten zwei Wochen in deinen eigenen Worten, und am hilfreichsten ist er, wenn du ihn zusammen mit einem vertrauten Menschen anschaust.</translation>
    </message>
    <message>
        <source>When to talk to someone</source>
        <translation>Wann du mit jemandem sprechen solltest</translation>
    </message>
    <message>
        <source>About low mood and depression</source>
        <translation>Über gedrückte Stimmung und Depression</translation>
    </message>
    <message>
        <source>Back to check-ins</source>
        <translation>Zurück zu den Check-ins</translation>
    </message>
    <message>
        <source>Your %1 result</source>
        <translation>Dein %1-Ergebnis</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Ausgefüllt am %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Total %1 out of %2</source>
        <translation>Summe %1 von %2</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>Bereich: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::DayCalendar</name>
    <message>
        <source>Calendar of the last year</source>
        <translation>Kalender des letzten Jahres</translation>
    </message>
    <message>
        <source>%1 days shown: %2 with entries, %3 of them with a distressing episode.</source>
        <translation>%1 Tage gezeigt: %2 mit Einträgen, davon %3 mit einer belastenden Episode.</translation>
    </message>
    <message>
        <source>No entry</source>
        <translation>Kein Eintrag</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Distressing</source>
        <translation>Belastend</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>kein Eintrag</translation>
    </message>
    <message>
        <source>1 entry, distressing</source>
        <translation>1 Eintrag, belastend</translation>
    </message>
    <message>
        <source>1 entry, calm</source>
        <translation>1 Eintrag, ruhig</translation>
    </message>
    <message>
        <source>%1 entries, at least one distressing</source>
        <translation>%1 Einträge, mindestens einer belastend</translation>
    </message>
    <message>
        <source>%1 entries, all calm</source>
        <translation>%1 Einträge, alle ruhig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::DeleteSection</name>
    <message>
        <source>delete my journal</source>
        <translation>mein tagebuch löschen</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Alle Daten löschen</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tippe %1 zur Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>Alles &amp;löschen</translation>
    </message>
    <message>
        <source>Delete all data permanently</source>
        <translation>Alle Daten dauerhaft löschen</translation>
    </message>
    <message>
        <source>Deleting from inside the app isn&apos;t available in this version, so nothing was deleted. To remove your journal by hand, quit Aftercare and delete this folder: %1</source>
        <translation>Löschen innerhalb der App gibt es in dieser Version nicht, daher wurde nichts gelöscht. Um dein Tagebuch von Hand zu entfernen, beende Aftercare und lösche diesen Ordner: %1</translation>
    </message>
    <message>
        <source>Please wait until the current task finishes, then try again.</source>
        <translation>Bitte warte, bis die aktuelle Aufgabe fertig ist, und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>This permanently removes every reflection, check-in, setting and daily snapshot on this computer. The key files are overwritten first, so what is left cannot be decrypted; on an SSD the disk may still keep old copies of them where no program can reach. Portable backups you saved elsewhere are not touched. It cannot be undone — to go ahead, type &quot;%1&quot; below.</source>
        <translation>Das entfernt endgültig jede Reflexion, jeden Check-in, jede Einstellung und jeden täglichen Schnappschuss auf diesem Computer. Die Schlüsseldateien werden vorher überschrieben, sodass sich das Übrige nicht mehr entschlüsseln lässt; eine SSD kann aber alte Kopien davon behalten, wo kein Programm hinkommt. Portable Sicherungen, die du woanders gespeichert hast, bleiben unberührt. Es lässt sich nicht rückgängig machen – um fortzufahren, tippe unten „%1“ ein.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::EntryDetailView</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>The chosen reflection</source>
        <translation>Die ausgewählte Reflexion</translation>
    </message>
    <message>
        <source>Edit this reflection</source>
        <translation>Diese Reflexion bearbeiten</translation>
    </message>
    <message>
        <source>Delete this reflection</source>
        <translation>Diese Reflexion löschen</translation>
    </message>
    <message>
        <source>Choose a reflection on the left to read it here.</source>
        <translation>Wähle links eine Reflexion aus, um sie hier zu lesen.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ExportController</name>
    <message>
        <source>Nothing was saved to %1. %2 Any file that was already there is unchanged.</source>
        <translation>In %1 wurde nichts gespeichert. %2 Eine Datei, die schon da war, ist unverändert.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Aftercare journal files (*.json)</source>
        <translation>Aftercare-Tagebuchdateien (*.json)</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Den Export speichern</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it first.</source>
        <translation>Das Tagebuch ist gesperrt. Entsperre es zuerst.</translation>
    </message>
    <message>
        <source>Making the file…</source>
        <translation>Die Datei wird erstellt …</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was printed.</source>
        <translation>Abgebrochen. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: keep it private.</source>
        <translation>In %1 gespeichert. Die Datei ist nicht verschlüsselt: bewahre sie privat auf.</translation>
    </message>
    <message>
        <source>Getting the pages ready to print…</source>
        <translation>Die Seiten werden für den Druck vorbereitet …</translation>
    </message>
    <message>
        <source>Aftercare summary</source>
        <translation>Aftercare-Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker geschickt.</numerusform>
            <numerusform>%n Seiten an den Drucker geschickt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ExportOptionsForm</name>
    <message>
        <source>Overview: counts and how the answers were spread</source>
        <translation>Überblick: Anzahlen und wie sich die Antworten verteilen</translation>
    </message>
    <message>
        <source>Charts over time</source>
        <translation>Diagramme im Verlauf</translation>
    </message>
    <message>
        <source>Patterns the journal noticed</source>
        <translation>Muster, die dem Tagebuch aufgefallen sind</translation>
    </message>
    <message>
        <source>Check-ins (PHQ-9 and GAD-7 scores)</source>
        <translation>Check-ins (PHQ-9- und GAD-7-Werte)</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner*innen</translation>
    </message>
    <message>
        <source>A table of every reflection</source>
        <translation>Eine Tabelle aller Reflexionen</translation>
    </message>
    <message>
        <source>Legend explaining every code</source>
        <translation>Legende, die jedes Kürzel erklärt</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Was erstellt werden soll</translation>
    </message>
    <message>
        <source>A PDF summary for a therapist</source>
        <translation>Eine PDF-Zusammenfassung für die Therapie</translation>
    </message>
    <message>
        <source>A CSV table for a spreadsheet</source>
        <translation>Eine CSV-Tabelle für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>A JSON copy that Aftercare can import again</source>
        <translation>Eine JSON-Kopie, die Aftercare wieder importieren kann</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>Welcher Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Die letzten 30 Tage</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Die letzten 3 Monate</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <source>Everything in the journal</source>
        <translation>Alles im Tagebuch</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Selbst gewählte Daten</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>What stays private</source>
        <translation>Was privat bleibt</translation>
    </message>
    <message>
        <source>Include my notes and what I was thinking</source>
        <translation>Meine Notizen und meine Gedanken mit aufnehmen</translation>
    </message>
    <message>
        <source>Show my partners&apos; names (otherwise Partner A, Partner B…)</source>
        <translation>Die Namen meiner Partner*innen zeigen (sonst Partner*in A, Partner*in B …)</translation>
    </message>
    <message>
        <source>What I would like to talk about (optional)</source>
        <translation>Worüber ich sprechen möchte (freiwillig)</translation>
    </message>
    <message>
        <source>A few lines for the first page, in your own words. They are not saved.</source>
        <translation>Ein paar Zeilen für die erste Seite, in deinen eigenen Worten. Sie werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>A few clear pages a clinician can read in minutes.</source>
        <translation>Ein paar übersichtliche Seiten, die eine Fachperson in wenigen Minuten lesen kann.</translation>
    </message>
    <message>
        <source>One row per reflection, notes included. Sections and the privacy choices below apply only to the PDF.</source>
        <translation>Eine Zeile pro Reflexion, mit Notizen. Die Abschnitte und die Datenschutz-Optionen unten gelten nur für das PDF.</translation>
    </message>
    <message>
        <source>Everything in the period, notes and partner names included, so it can be imported again. Choose &quot;Everything in the journal&quot; for a full copy.</source>
        <translation>Alles aus dem Zeitraum, mit Notizen und Namen der Partner*innen, damit es wieder importiert werden kann. Wähle „Alles im Tagebuch“ für eine vollständige Kopie.</translation>
    </message>
    <message>
        <source>Include that I noted my limits were not respected (if I did)</source>
        <translation>Aufnehmen, dass ich festgehalten habe, dass meine Grenzen nicht respektiert wurden (falls ja)</translation>
    </message>
    <message>
        <source>Include my safety plan</source>
        <translation>Meinen Sicherheitsplan aufnehmen</translation>
    </message>
    <message>
        <source>All of these are off unless you turn them on, each time you export. Whether something didn&apos;t feel consensual is yours to share, when and with whom you choose.</source>
        <translation>All das ist aus, solange du es nicht bei jedem Export selbst einschaltest. Ob sich etwas nicht einvernehmlich angefühlt hat, teilst du, wann und mit wem du möchtest.</translation>
    </message>
    <message>
        <source>My tags, and what came with them (off unless you tick it)</source>
        <translation>Meine Stichwörter und was mit ihnen einherging (nur wenn du es ankreuzt)</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ExportPage</name>
    <message>
        <source>Export and share</source>
        <translation>Exportieren und teilen</translation>
    </message>
    <message>
        <source>Make a short summary to bring to a therapist or doctor, or a copy of your reflections for yourself.</source>
        <translation>Erstelle eine kurze Zusammenfassung für die Therapie oder die Arztpraxis oder eine Kopie deiner Reflexionen für dich selbst.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Den Export speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Die Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop making the file</source>
        <translation>Das Erstellen der Datei abbrechen</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it first.</source>
        <translation>Das Tagebuch ist gesperrt. Entsperre es zuerst.</translation>
    </message>
    <message>
        <source>Putting the summary together</source>
        <translation>Die Zusammenfassung wird zusammengestellt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) will be written as a CSV table, one row each, with their notes. Spreadsheet programs open it directly.</source>
        <translation>
            <numerusform>%n Reflexion wird als CSV-Tabelle geschrieben, mit ihren Notizen. Tabellenprogramme öffnen sie direkt.</numerusform>
            <numerusform>%n Reflexionen werden als CSV-Tabelle geschrieben, jede in einer Zeile, mit ihren Notizen. Tabellenprogramme öffnen sie direkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s), with the partners they mention and the check-ins of the same period, will be written as an aftercare-journal JSON file. Importing it into a journal adds whatever that journal does not have yet.</source>
        <translation>
            <numerusform>%n Reflexion wird mit den erwähnten Partner*innen und den Check-ins desselben Zeitraums als aftercare-journal-JSON-Datei geschrieben. Beim Import in ein Tagebuch kommt alles dazu, was dieses Tagebuch noch nicht hat.</numerusform>
            <numerusform>%n Reflexionen werden mit den erwähnten Partner*innen und den Check-ins desselben Zeitraums als aftercare-journal-JSON-Datei geschrieben. Beim Import in ein Tagebuch kommt alles dazu, was dieses Tagebuch noch nicht hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The file you saved is not encrypted.&lt;/b&gt; Anyone who can open %1 can read it. Keep the file somewhere private, and delete it once you no longer need it.</source>
        <translation>&lt;b&gt;Die gespeicherte Datei ist nicht verschlüsselt.&lt;/b&gt; Wer %1 öffnen kann, kann sie lesen. Bewahre die Datei an einem privaten Ort auf und lösche sie, sobald du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file you save is not encrypted.&lt;/b&gt; Anyone who can open it can read it. The save dialog starts in %1; you can pick another folder there. Keep the file somewhere private, and delete it once you no longer need it.</source>
        <translation>&lt;b&gt;Die Datei, die du speicherst, ist nicht verschlüsselt.&lt;/b&gt; Wer sie öffnen kann, kann sie lesen. Der Speichern-Dialog öffnet sich in %1; dort kannst du einen anderen Ordner wählen. Bewahre die Datei an einem privaten Ort auf und lösche sie, sobald du sie nicht mehr brauchst.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ExportPreview</name>
    <message>
        <source>Preview of the first pages</source>
        <translation>Vorschau der ersten Seiten</translation>
    </message>
    <message>
        <source>Page %1 of the preview</source>
        <translation>Seite %1 der Vorschau</translation>
    </message>
    <message>
        <source>The PDF will have 1 page, exactly as shown here.</source>
        <translation>Das PDF hat 1 Seite, genau wie hier gezeigt.</translation>
    </message>
    <message>
        <source>Pages 1 and 2 of %1, exactly as they will print.</source>
        <translation>Seiten 1 und 2 von %1, genau so, wie sie gedruckt werden.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Die Vorschau wird aktualisiert …</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::FactorsCard</name>
    <message>
        <source>Your tags</source>
        <translation>Deine Stichwörter</translation>
    </message>
    <message>
        <source>For each tag you used in this period: how many reflections with it and without it were distressing, as counts and as bars. This shows what tends to go together in your entries, not what causes what.</source>
        <translation>Für jedes Stichwort, das du in diesem Zeitraum benutzt hast: wie viele Reflexionen mit ihm und ohne es belastend waren, als Zahlen und als Balken. Das zeigt, was in deinen Einträgen oft zusammen vorkommt, nicht, was was verursacht.</translation>
    </message>
    <message>
        <source>None of your reflections in this period has a tag. Tags are your own short labels, such as “very tired” or “an argument before”, that you can add when you reflect; here you would then see how often the hard episodes came with each of them and without it.</source>
        <translation>Keine deiner Reflexionen in diesem Zeitraum hat ein Stichwort. Stichwörter sind deine eigenen kurzen Notizen, etwa „sehr müde“ oder „vorher ein Streit“, die du beim Reflektieren hinzufügen kannst; hier siehst du dann, wie oft die schweren Episoden mit jedem davon kamen und wie oft ohne.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) used in this period, %1 with enough entries to compare.</source>
        <translation>
            <numerusform>%n Stichwort in diesem Zeitraum benutzt, %1 davon mit genug Einträgen für einen Vergleich.</numerusform>
            <numerusform>%n Stichwörter in diesem Zeitraum benutzt, %1 davon mit genug Einträgen für einen Vergleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>A tag needs at least %1 reflections with it and %1 without it in the period before anything is said about it.</source>
        <translation>Über ein Stichwort wird erst etwas gesagt, wenn es im Zeitraum mindestens %1 Reflexionen mit ihm und %1 ohne es gibt.</translation>
    </message>
    <message>
        <source>With many tags, one can stand out by chance.</source>
        <translation>Bei vielen Stichwörtern kann eines auch zufällig herausstechen.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::FeelingsStep</name>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>&amp;Which feelings were there?</source>
        <translation>&amp;Welche Gefühle waren da?</translation>
    </message>
    <message>
        <source>Pick as many as fit, or none. Opposite feelings often turn up together — that&apos;s normal.</source>
        <translation>Wähle so viele, wie passen, oder keines. Gegensätzliche Gefühle tauchen oft zusammen auf – das ist normal.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::FindingCard</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on %1 and %2.</source>
        <translation>Grundlage: %1 und %2.</translation>
    </message>
    <message>
        <source>Based on %1.</source>
        <translation>Grundlage: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Jetzt Hilfe holen</translation>
    </message>
    <message>
        <source>Get help now: crisis lines and your contacts</source>
        <translation>Jetzt Hilfe holen: Krisentelefone und deine Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n entry(s)</source>
        <translation>
            <numerusform>Den Eintrag zeigen</numerusform>
            <numerusform>Die %n Einträge zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the entries behind: %1</source>
        <translation>Die Einträge dahinter zeigen: %1</translation>
    </message>
    <message>
        <source>What can help</source>
        <translation>Was helfen kann</translation>
    </message>
    <message>
        <source>What can help with: %1</source>
        <translation>Was helfen kann bei: %1</translation>
    </message>
    <message>
        <source>Show the check-in</source>
        <translation>Den Check-in zeigen</translation>
    </message>
    <message>
        <source>Show the check-in behind: %1</source>
        <translation>Den Check-in dahinter zeigen: %1</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::FiveQuestionsForm</name>
    <message>
        <source>how it affected tension</source>
        <translation>wie es die Anspannung beeinflusst hat</translation>
    </message>
    <message>
        <source>whether it felt like reliving the past</source>
        <translation>ob es sich anfühlte, als würdest du die Vergangenheit wiedererleben</translation>
    </message>
    <message>
        <source>whether it felt emotional or physical</source>
        <translation>ob es sich emotional oder körperlich anfühlte</translation>
    </message>
    <message>
        <source>what your thoughts were like</source>
        <translation>wie deine Gedanken waren</translation>
    </message>
    <message>
        <source>how it showed</source>
        <translation>wie es sich gezeigt hat</translation>
    </message>
    <message>
        <source>&amp;1  Did crying ease the tension, or make it worse?</source>
        <translation>&amp;1  Hat das Weinen Anspannung gelöst oder sie verstärkt?</translation>
    </message>
    <message>
        <source>There&apos;s no right answer — just notice how you felt straight afterwards.</source>
        <translation>Es gibt keine richtige Antwort – spür einfach nach, wie du dich direkt danach gefühlt hast.</translation>
    </message>
    <message>
        <source>&amp;2  Did it feel like reliving something painful from the past?</source>
        <translation>&amp;2  Fühlte es sich an, als würdest du etwas Schmerzhaftes aus der Vergangenheit wiedererleben?</translation>
    </message>
    <message>
        <source>For example, the memory of a hurtful or abusive experience. You don&apos;t need to describe it.</source>
        <translation>Zum Beispiel die Erinnerung an eine verletzende oder gewaltvolle Erfahrung. Du musst sie nicht beschreiben.</translation>
    </message>
    <message>
        <source>&amp;3  Did it feel emotional, or more like a physical reaction?</source>
        <translation>&amp;3  Fühlte es sich emotional an oder eher wie eine körperliche Reaktion?</translation>
    </message>
    <message>
        <source>Sometimes tears are simply the body letting go; sometimes they carry a feeling.</source>
        <translation>Manchmal lässt der Körper mit Tränen einfach los; manchmal tragen sie ein Gefühl.</translation>
    </message>
    <message>
        <source>&amp;4  What were your thoughts like at the time?</source>
        <translation>&amp;4  Wie waren deine Gedanken in dem Moment?</translation>
    </message>
    <message>
        <source>Happy, sad, a mixture — or nothing in particular.</source>
        <translation>Glücklich, traurig, gemischt – oder nichts Bestimmtes.</translation>
    </message>
    <message>
        <source>What were you thinking about? (optional)</source>
        <translation>Woran hast du gedacht? (freiwillig)</translation>
    </message>
    <message>
        <source>What you were thinking about</source>
        <translation>Woran du gedacht hast</translation>
    </message>
    <message>
        <source>Optional. Only you will see this.</source>
        <translation>Freiwillig. Nur du siehst das.</translation>
    </message>
    <message>
        <source>&amp;5  How did it show?</source>
        <translation>&amp;5  Wie hat es sich gezeigt?</translation>
    </message>
    <message>
        <source>All of these count — feeling low or irritable without tears is part of this too.</source>
        <translation>All das zählt – auch Niedergeschlagenheit oder Gereiztheit ohne Tränen gehört dazu.</translation>
    </message>
    <message>
        <source>These five questions are the heart of a reflection, so they&apos;re needed to save it. Still open: %1. A best guess is fine.</source>
        <translation>Diese fünf Fragen sind das Herz einer Reflexion, deshalb braucht es sie zum Speichern. Noch offen: %1. Eine ungefähre Antwort reicht.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::GuidePage</name>
    <message>
        <source>Guide topics</source>
        <translation>Themen des Ratgebers</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Text des Ratgebers</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::HomePage</name>
    <message>
        <source>low without tears</source>
        <translation>niedergeschlagen, ohne Tränen</translation>
    </message>
    <message>
        <source>a few tears</source>
        <translation>ein paar Tränen</translation>
    </message>
    <message>
        <source>a crying session</source>
        <translation>richtig geweint</translation>
    </message>
    <message>
        <source>happy thoughts</source>
        <translation>glückliche Gedanken</translation>
    </message>
    <message>
        <source>mixed thoughts</source>
        <translation>gemischte Gedanken</translation>
    </message>
    <message>
        <source>sad thoughts</source>
        <translation>traurige Gedanken</translation>
    </message>
    <message>
        <source>neutral thoughts</source>
        <translation>neutrale Gedanken</translation>
    </message>
    <message>
        <source>during sex</source>
        <translation>beim Sex</translation>
    </message>
    <message>
        <source>after sex</source>
        <translation>nach dem Sex</translation>
    </message>
    <message>
        <source>during and after sex</source>
        <translation>beim und nach dem Sex</translation>
    </message>
    <message>
        <source>Take your time. Whatever you felt — tears, sadness, irritability or something you can&apos;t name yet — there is no wrong way to feel it.</source>
        <translation>Nimm dir Zeit. Was auch immer du gefühlt hast – Tränen, Traurigkeit, Gereiztheit oder etwas, das du noch nicht benennen kannst –, es gibt keine falsche Art, es zu fühlen.</translation>
    </message>
    <message>
        <source>Reflect on a moment</source>
        <translation>Über einen Moment nachdenken</translation>
    </message>
    <message>
        <source>A gentle, step-by-step look at what happened and how it felt.</source>
        <translation>Ein behutsamer Blick, Schritt für Schritt, auf das, was passiert ist, und wie es sich angefühlt hat.</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Kurz notieren</translation>
    </message>
    <message>
        <source>Just the five questions and a note — about a minute.</source>
        <translation>Nur die fünf Fragen und eine Notiz – etwa eine Minute.</translation>
    </message>
    <message>
        <source>Your journal is empty — and that&apos;s fine</source>
        <translation>Dein Tagebuch ist leer – und das ist in Ordnung</translation>
    </message>
    <message>
        <source>Most recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Open your most recent reflection</source>
        <translation>Deine letzte Reflexion öffnen</translation>
    </message>
    <message>
        <source>Understanding</source>
        <translation>Verstehen</translation>
    </message>
    <message>
        <source>Why do tears come during or after sex?</source>
        <translation>Warum kommen beim oder nach dem Sex Tränen?</translation>
    </message>
    <message>
        <source>If your partner cried…</source>
        <translation>Wenn dein Gegenüber geweint hat …</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Open your most recent reflection: %1</source>
        <translation>Deine letzte Reflexion öffnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) in your journal.</source>
        <translation>
            <numerusform>%n Reflexion in deinem Tagebuch.</numerusform>
            <numerusform>%n Reflexionen in deinem Tagebuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>When you feel ready, start with &quot;Reflect on a moment&quot;: it walks you step by step through when it happened, five short questions about it, your feelings and what may lie behind them. If you&apos;d first like to understand why tears can come during or after sex, the guide is a good place to begin.</source>
        <translation>Wenn du so weit bist, beginne mit „Über einen Moment nachdenken“: Es führt dich Schritt für Schritt durch den Zeitpunkt, fünf kurze Fragen dazu, deine Gefühle und das, was dahinterstecken könnte. Wenn du erst verstehen möchtest, warum beim oder nach dem Sex Tränen kommen können, ist der Leitfaden ein guter Anfang.</translation>
    </message>
    <message>
        <source>You have an unfinished reflection from %1 — continue</source>
        <translation>Du hast eine unfertige Reflexion vom %1 – weitermachen</translation>
    </message>
    <message>
        <source>Continue your unfinished reflection from %1</source>
        <translation>Deine unfertige Reflexion vom %1 fortsetzen</translation>
    </message>
    <message>
        <source>Continue your unfinished reflection</source>
        <translation>Deine unfertige Reflexion fortsetzen</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::JournalFilterBar</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Time period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Daten wählen …</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner*in</translation>
    </message>
    <message>
        <source>Possible reason</source>
        <translation>Möglicher Grund</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Any feeling</source>
        <translation>Jedes Gefühl</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Jedes Gegenüber</translation>
    </message>
    <message>
        <source>Search your notes, thoughts and tags…</source>
        <translation>Deine Notizen, Gedanken und Stichwörter durchsuchen …</translation>
    </message>
    <message>
        <source>Search notes, thoughts and tags</source>
        <translation>Notizen, Gedanken und Stichwörter durchsuchen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Stichwort</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Show &amp;all reflections</source>
        <translation>&amp;Alle Reflexionen zeigen</translation>
    </message>
    <message>
        <source>Show all reflections</source>
        <translation>Alle Reflexionen zeigen</translation>
    </message>
    <message>
        <source>Your reflections, newest first</source>
        <translation>Deine Reflexionen, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Hier ist noch nichts</translation>
    </message>
    <message>
        <source>When you reflect on a moment or make a quick log, it will appear here, newest first. Everything stays encrypted on this computer.</source>
        <translation>Wenn du über einen Moment nachdenkst oder kurz etwas notierst, erscheint es hier, das Neueste zuerst. Alles bleibt verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Clear all filters</source>
        <translation>Alle Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No reflections match</source>
        <translation>Keine Reflexion passt</translation>
    </message>
    <message>
        <source>Try fewer filters or a different word. Search looks through your notes and what you were thinking about.</source>
        <translation>Versuch es mit weniger Filtern oder einem anderen Wort. Die Suche durchsucht deine Notizen und das, woran du gedacht hast.</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Reflexion löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Showing the reflections behind a pattern.</source>
        <translation>Gezeigt werden die Reflexionen hinter einem Muster.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching reflection(s)</source>
        <translation>
            <numerusform>%n passende Reflexion</numerusform>
            <numerusform>%n passende Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n Reflexion</numerusform>
            <numerusform>%n Reflexionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the reflection from %1 that begins “%2”? This can&apos;t be undone.</source>
        <translation>Die Reflexion vom %1 löschen, die mit „%2“ beginnt? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the reflection from %1, which has no notes (saved %2)? This can&apos;t be undone.</source>
        <translation>Die Reflexion vom %1 ohne Notizen (gespeichert %2) löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this reflection? This can&apos;t be undone.</source>
        <translation>Diese Reflexion löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::JournalScreen</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your most recent reflection</source>
        <translation>Deine letzte Reflexion</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::JournalTableModel</name>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tears</source>
        <translation>Tränen</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Bothers you</source>
        <translation>Belastung</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::LanguageSection</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der App</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new choice applies the next time you start Aftercare.</source>
        <translation>Eine neue Wahl gilt ab dem nächsten Start von Aftercare.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::LockController</name>
    <message>
        <source>Locked because the screen locked or the computer went to sleep.</source>
        <translation>Gesperrt, weil der Bildschirm gesperrt wurde oder der Computer in den Ruhezustand ging.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Nach einer Minute ohne Aktivität gesperrt.</numerusform>
            <numerusform>Nach %n Minuten ohne Aktivität gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the window was minimised.</source>
        <translation>Gesperrt, weil das Fenster minimiert wurde.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::MainWindow</name>
    <message>
        <source>This is the demo journal. Its passphrase is &quot;%1&quot;.</source>
        <translation>Das ist das Demo-Tagebuch. Seine Passphrase ist „%1“.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Neue Reflexion</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Das Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source> — DEMO journal (made-up entries)</source>
        <translation> – DEMO-Tagebuch (ausgedachte Einträge)</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>Your unfinished reflection from %1 was kept. Open Reflect to carry on with it.</source>
        <translation>Deine unfertige Reflexion von %1 ist aufgehoben. Öffne „Nachdenken“, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>A few words only you would put together</source>
        <translation>Ein paar Wörter, die nur du so zusammenstellen würdest</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Die neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>I understand it is weak — use it anyway</source>
        <translation>Mir ist klar, dass sie schwach ist – trotzdem verwenden</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The two match.</source>
        <translation>Beide stimmen überein.</translation>
    </message>
    <message>
        <source>These don&apos;t match yet.</source>
        <translation>Die beiden stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Wähle eine Passphrase.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Nimm mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Gib zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>This passphrase is weak. Make it longer, or confirm that you want to use it.</source>
        <translation>Diese Passphrase ist schwach. Mach sie länger oder bestätige, dass du sie trotzdem verwenden möchtest.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::OnboardingPage</name>
    <message>
        <source>Welcome to Aftercare</source>
        <translation>Willkommen bei Aftercare</translation>
    </message>
    <message>
        <source>Aftercare is a private journal for the tears, sadness or irritability that can come during or after sex. It helps you reflect on each moment gently, notice patterns over time, and find support when you want it.</source>
        <translation>Aftercare ist ein privates Tagebuch für die Tränen, die Traurigkeit oder die Gereiztheit, die beim oder nach dem Sex kommen können. Es hilft dir, behutsam über jeden Moment nachzudenken, mit der Zeit Muster zu erkennen und Unterstützung zu finden, wenn du sie möchtest.</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Deine Privatsphäre</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, encrypted with a passphrase only you know. Aftercare never connects to the internet. Nobody — not even the people who made it — can open or recover your journal without your passphrase or your recovery code.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer, verschlüsselt mit einer Passphrase, die nur du kennst. Aftercare verbindet sich nie mit dem Internet. Niemand – nicht einmal die Menschen, die es gemacht haben – kann dein Tagebuch ohne deine Passphrase oder deinen Wiederherstellungscode öffnen oder wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Get started</source>
        <translation>&amp;Los geht’s</translation>
    </message>
    <message>
        <source>Moving from another computer? Create your journal here, then bring your reflections over from Settings → Portable backup.</source>
        <translation>Du ziehst von einem anderen Computer um? Leg hier dein Tagebuch an und hol deine Reflexionen dann über Einstellungen → Sicherung zum Mitnehmen herüber.</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Wähle eine Passphrase</translation>
    </message>
    <message>
        <source>You will type it each time you open your journal. A few unrelated words you can remember — &quot;lantern tulip Tuesday river&quot; — are stronger and easier than a short jumble of symbols.</source>
        <translation>Du gibst sie jedes Mal ein, wenn du dein Tagebuch öffnest. Ein paar Wörter, die nichts miteinander zu tun haben und die du dir merken kannst – „Laterne Tulpe Dienstag Fluss“ –, sind stärker und leichter als ein kurzes Zeichengewirr.</translation>
    </message>
    <message>
        <source>Creating your journal</source>
        <translation>Dein Tagebuch wird angelegt</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>Mein Tagebuch &amp;anlegen</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code is the only other way into your journal. It is shown just this once, so keep it somewhere safe and private — on paper in a drawer, or in a password manager.</source>
        <translation>Falls du deine Passphrase je vergisst, ist dieser Code der einzige andere Weg in dein Tagebuch. Er wird nur dieses eine Mal gezeigt, bewahre ihn also sicher und privat auf – auf Papier in einer Schublade oder in einem Passwortmanager.</translation>
    </message>
    <message>
        <source>I have stored my recovery code safely</source>
        <translation>Ich habe meinen Wiederherstellungscode sicher aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Open my journal</source>
        <translation>Mein Tagebuch ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::PartnerPicker</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>W&amp;ho were you with? (optional)</source>
        <translation>Mit &amp;wem warst du zusammen? (freiwillig)</translation>
    </message>
    <message>
        <source>A first name, an initial or a nickname is plenty — only you will see it.</source>
        <translation>Ein Vorname, ein Anfangsbuchstabe oder ein Spitzname reicht völlig – nur du siehst ihn.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner*in</translation>
    </message>
    <message>
        <source>Or add a new name…</source>
        <translation>Oder einen neuen Namen hinzufügen …</translation>
    </message>
    <message>
        <source>New partner name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Add this name</source>
        <translation>Diesen Namen hinzufügen</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::PassphraseSection</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>A&amp;ktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Die Passphrase wird geändert</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Deine Passphrase wird geändert …</translation>
    </message>
    <message>
        <source>The current passphrase isn&apos;t right, so nothing was changed. Please try again.</source>
        <translation>Die aktuelle Passphrase stimmt nicht, daher wurde nichts geändert. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Changing your passphrase gives the journal a new key, so the old passphrase stops opening it. Your recovery code keeps working. The daily snapshots made before the change are deleted, because they would still open with the old passphrase; a new one is made straight away. A copy of the journal folder made before the change still opens with the old passphrase.</source>
        <translation>Wenn du deine Passphrase änderst, bekommt das Tagebuch einen neuen Schlüssel, und die alte Passphrase öffnet es nicht mehr. Dein Wiederherstellungscode funktioniert weiter. Die täglichen Schnappschüsse von vor der Änderung werden gelöscht, weil sie sich sonst noch mit der alten Passphrase öffnen ließen; gleich danach wird ein neuer angelegt. Eine Kopie des Tagebuch-Ordners von vor der Änderung öffnet sich weiter mit der alten Passphrase.</translation>
    </message>
    <message>
        <source>Done. Use your new passphrase from now on. Copies of the journal folder made before now still open with the old one.</source>
        <translation>Fertig. Nimm ab jetzt deine neue Passphrase. Kopien des Tagebuch-Ordners von vorher öffnen sich weiter mit der alten.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::QuestionnaireForm</name>
    <message>
        <source>This is optional and stays private in your journal. There are no right or wrong answers — choose what fits best, and you can stop at any time.</source>
        <translation>Das ist freiwillig und bleibt privat in deinem Tagebuch. Es gibt keine richtigen oder falschen Antworten – wähle, was am besten passt, und du kannst jederzeit aufhören.</translation>
    </message>
    <message>
        <source>Show one question at a time</source>
        <translation>Eine Frage nach der anderen zeigen</translation>
    </message>
    <message>
        <source>Support right now</source>
        <translation>Unterstützung, jetzt gleich</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Ohne Speichern verlassen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Save and see my result</source>
        <translation>Speichern und mein Ergebnis sehen</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Frage %1: %2</translation>
    </message>
    <message>
        <source>Question %1, %2 (%3)</source>
        <translation>Frage %1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>All %1 answered.</source>
        <translation>Alle %1 beantwortet.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>These questions follow the validated translation of the questionnaire word for word.</source>
        <translation>Diese Fragen folgen Wort für Wort der geprüften Übersetzung des Fragebogens (PHQ-D) und sprechen dich deshalb mit „Sie“ an.</translation>
    </message>
    <message>
        <source>These questions keep the original English wording of the questionnaire, because that is the version that was validated.</source>
        <translation>Diese Fragen stehen im englischen Originalwortlaut des Fragebogens, denn in dieser Fassung wurde er wissenschaftlich geprüft (validiert).</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::QuestionsStep</name>
    <message>
        <source>The five questions</source>
        <translation>Die fünf Fragen</translation>
    </message>
    <message>
        <source>Take a breath. These five questions help you notice what the tears were about. Go with your first feeling — you can always change it later.</source>
        <translation>Atme einmal durch. Diese fünf Fragen helfen dir zu bemerken, worum es bei den Tränen ging. Geh nach deinem ersten Gefühl – du kannst es später jederzeit ändern.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::QuickLogForm</name>
    <message>
        <source>Quick log</source>
        <translation>Kurz notieren</translation>
    </message>
    <message>
        <source>Just the essentials. You can add feelings and reasons later by editing it.</source>
        <translation>Nur das Wichtigste. Gefühle und Gründe kannst du später beim Bearbeiten ergänzen.</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Anything else you&apos;d like to &amp;remember? (optional)</source>
        <translation>Möchtest du dir noch etwas &amp;merken? (freiwillig)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation>&amp;Später fertig machen</translation>
    </message>
    <message>
        <source>Finish later</source>
        <translation>Später fertig machen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit your quick log</source>
        <translation>Deine kurze Notiz bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Tags (optional)</source>
        <translation>S&amp;tichwörter (optional)</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ReasonsStep</name>
    <message>
        <source>Possible reasons</source>
        <translation>Mögliche Gründe</translation>
    </message>
    <message>
        <source>&amp;Which of these might have played a part?</source>
        <translation>&amp;Was davon könnte eine Rolle gespielt haben?</translation>
    </message>
    <message>
        <source>Tick any that ring true. One moment can have several reasons, and it&apos;s fine not to know.</source>
        <translation>Hak an, was stimmig klingt. Ein Moment kann mehrere Gründe haben, und es ist in Ordnung, es nicht zu wissen.</translation>
    </message>
    <message>
        <source>How much &amp;pain was there, if any?</source>
        <translation>Wie viel &amp;Schmerz war da, wenn überhaupt?</translation>
    </message>
    <message>
        <source>Before, during or after sex.</source>
        <translation>Vor, beim oder nach dem Sex.</translation>
    </message>
    <message>
        <source>Pain with sex is common — and treatable</source>
        <translation>Schmerzen beim Sex sind häufig – und behandelbar</translation>
    </message>
    <message>
        <source>Frequent causes include irritation or a small injury, a vaginal or urinary infection, eczema or another skin condition, muscles that tighten on their own (vaginismus), not enough lubrication, or a difference someone was born with. You don&apos;t have to put up with it: it&apos;s worth raising with a doctor or nurse, and telling your partner so you can go at a pace that feels good.</source>
        <translation>Häufige Ursachen sind Reizungen oder eine kleine Verletzung, eine Scheiden- oder Harnwegsinfektion, ein Ekzem oder eine andere Hauterkrankung, Muskeln, die sich von selbst verkrampfen (Vaginismus), zu wenig Feuchtigkeit oder eine angeborene Besonderheit. Du musst das nicht einfach hinnehmen: Es lohnt sich, es ärztlich oder bei einer Pflegefachkraft anzusprechen und es deinem Gegenüber zu sagen, damit ihr ein Tempo findet, das sich gut anfühlt.</translation>
    </message>
    <message>
        <source>More about pain and what helps</source>
        <translation>Mehr über Schmerzen und was hilft</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::RecoveryCodeView</name>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Den Wiederherstellungscode kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>Als &amp;Datei speichern …</translation>
    </message>
    <message>
        <source>Save the recovery code as a file</source>
        <translation>Den Wiederherstellungscode als Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Den Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>A file on this computer is only as safe as the journal beside it, so save it to a USB stick you keep elsewhere, or keep the code in a password manager. Copy clears the clipboard again after 30 seconds.</source>
        <translation>Eine Datei auf diesem Computer ist nur so sicher wie das Tagebuch daneben. Speichere sie deshalb auf einem USB-Stick, den du woanders aufbewahrst, oder bewahre den Code in einem Passwort-Manager auf. Kopieren leert die Zwischenablage nach 30 Sekunden wieder.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe; the clipboard is cleared again in 30 seconds.</source>
        <translation>Kopiert. Füge ihn an einem sicheren Ort ein; die Zwischenablage wird in 30 Sekunden wieder geleert.</translation>
    </message>
    <message>
        <source>Save your recovery code</source>
        <translation>Deinen Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Aftercare recovery code

%1

This code opens your journal if you forget your passphrase. Keep it private.
</source>
        <translation>Aftercare-Wiederherstellungscode

%1

Dieser Code öffnet dein Tagebuch, falls du deine Passphrase vergisst. Bewahre ihn privat auf.
</translation>
    </message>
    <message>
        <source>Saved to %1. Keep that file somewhere private.</source>
        <translation>In %1 gespeichert. Bewahre diese Datei an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Aftercare recovery code

%1

This code opens your journal if you forget your passphrase. Keep it private.</source>
        <translation>Aftercare-Wiederherstellungscode

%1

Dieser Code öffnet dein Tagebuch, falls du deine Passphrase vergisst. Bewahre ihn privat auf.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::RecoverySection</name>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If someone else may have seen your recovery code, make a new one. The old code stops working straight away, and the journal gets a new key, as with a new passphrase: the daily snapshots from before are deleted and a new one is made. A copy of the journal folder made before still opens with the old code.</source>
        <translation>Wenn jemand anderes deinen Wiederherstellungscode gesehen haben könnte, erstelle einen neuen. Der alte Code funktioniert sofort nicht mehr, und das Tagebuch bekommt einen neuen Schlüssel, wie bei einer neuen Passphrase: Die täglichen Schnappschüsse von vorher werden gelöscht und ein neuer wird angelegt. Eine Kopie des Tagebuch-Ordners von vorher öffnet sich weiter mit dem alten Code.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>&amp;Your passphrase</source>
        <translation>&amp;Deine Passphrase</translation>
    </message>
    <message>
        <source>Making a new recovery code</source>
        <translation>Ein neuer Wiederherstellungscode wird erstellt</translation>
    </message>
    <message>
        <source>Make a &amp;new recovery code</source>
        <translation>&amp;Neuen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Neuen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <source>Here is your new recovery code. It is shown just this once.</source>
        <translation>Hier ist dein neuer Wiederherstellungscode. Er wird nur dieses eine Mal gezeigt.</translation>
    </message>
    <message>
        <source>I have stored my new recovery code safely</source>
        <translation>Ich habe meinen neuen Wiederherstellungscode sicher aufbewahrt</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done, hide the recovery code</source>
        <translation>Fertig, den Wiederherstellungscode ausblenden</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Making a new recovery code…</source>
        <translation>Der neue Wiederherstellungscode wird erstellt …</translation>
    </message>
    <message>
        <source>Done. Your old recovery code no longer opens the journal.</source>
        <translation>Fertig. Dein alter Wiederherstellungscode öffnet das Tagebuch nicht mehr.</translation>
    </message>
    <message>
        <source>That passphrase isn&apos;t right, so nothing was changed. Please try again.</source>
        <translation>Diese Passphrase stimmt nicht, deshalb wurde nichts geändert. Bitte versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ReflectFlow</name>
    <message>
        <source>Reflect on a moment</source>
        <translation>Über einen Moment nachdenken</translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation>&amp;Später fertig machen</translation>
    </message>
    <message>
        <source>Finish later</source>
        <translation>Später fertig machen</translation>
    </message>
    <message>
        <source>Your answers are kept, and you can continue next time.</source>
        <translation>Deine Antworten bleiben erhalten, und du kannst beim nächsten Mal weitermachen.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Edit your reflection</source>
        <translation>Deine Reflexion bearbeiten</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Save reflection</source>
        <translation>Reflexion &amp;speichern</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Reflexion speichern</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Something didn&apos;t feel okay?</source>
        <translation>Hat sich etwas nicht okay angefühlt?</translation>
    </message>
    <message>
        <source>Go straight to the question about consent and limits, and to support. The other questions can wait or stay unanswered.</source>
        <translation>Direkt zur Frage nach Einvernehmen und Grenzen und zur Unterstützung. Die anderen Fragen können warten oder unbeantwortet bleiben.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ReflectPage</name>
    <message>
        <source>Reflect</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>&amp;Reflect on a moment</source>
        <translation>Über einen Moment &amp;nachdenken</translation>
    </message>
    <message>
        <source>&amp;Quick log</source>
        <translation>&amp;Kurz notieren</translation>
    </message>
    <message>
        <source>Your reflection could not be saved: %1</source>
        <translation>Deine Reflexion konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There are two ways in. Either can be left at any point and finished later; your answers are kept.</source>
        <translation>Es gibt zwei Wege hinein. Beide kannst du jederzeit unterbrechen und später zu Ende bringen; deine Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>A few quiet minutes, step by step: when it happened, the five questions, your feelings and what may lie behind them. It helps to notice what the tears were about.</source>
        <translation>Ein paar ruhige Minuten, Schritt für Schritt: wann es war, die fünf Fragen, deine Gefühle und was dahinterstecken könnte. Das hilft zu bemerken, worum es bei den Tränen ging.</translation>
    </message>
    <message>
        <source>Just the five questions and a note, for when you only want to keep the essentials. About a minute.</source>
        <translation>Nur die fünf Fragen und eine Notiz, wenn du bloß das Wichtigste festhalten möchtest. Etwa eine Minute.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ReflectionSaver</name>
    <message>
        <source>Your answers could not be kept as a draft: %1</source>
        <translation>Deine Antworten konnten nicht als Entwurf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it first.</source>
        <translation>Das Tagebuch ist gesperrt. Entsperre es zuerst.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ReflectionSummaryView</name>
    <message>
        <source>Thank you for taking this time</source>
        <translation>Danke, dass du dir diese Zeit genommen hast</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Your reflection is saved, encrypted, on this computer. Here are a few thoughts based on what you shared — take what&apos;s useful and leave the rest.</source>
        <translation>Deine Reflexion ist verschlüsselt auf diesem Computer gespeichert. Hier sind ein paar Gedanken zu dem, was du geteilt hast – nimm, was dir hilft, und lass den Rest.</translation>
    </message>
    <message>
        <source>You deserve to feel safe and cared for</source>
        <translation>Du verdienst es, dich sicher und umsorgt zu fühlen</translation>
    </message>
    <message>
        <source>Your reflection is saved, encrypted, on this computer. Whatever happened, it was not your fault.</source>
        <translation>Deine Reflexion ist verschlüsselt auf diesem Computer gespeichert. Was auch immer passiert ist, es war nicht deine Schuld.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ResumeOffer</name>
    <message>
        <source>You have an unfinished reflection</source>
        <translation>Du hast eine unfertige Reflexion</translation>
    </message>
    <message>
        <source>&amp;Discard it and start fresh</source>
        <translation>Ver&amp;werfen und neu beginnen</translation>
    </message>
    <message>
        <source>Discard the unfinished reflection and start fresh</source>
        <translation>Die unfertige Reflexion verwerfen und neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Continue your unfinished reflection from %1</source>
        <translation>Deine unfertige Reflexion vom %1 &amp;fortsetzen</translation>
    </message>
    <message>
        <source>You were changing a reflection and didn&apos;t get to save it. Your answers are kept safe — pick up where you left off, or let them go.</source>
        <translation>Du hast eine Reflexion geändert und bist nicht mehr zum Speichern gekommen. Deine Antworten sind sicher aufbewahrt – mach da weiter, wo du aufgehört hast, oder lass sie los.</translation>
    </message>
    <message>
        <source>Your answers so far are kept safe. You can pick up where you left off, or let them go and begin again.</source>
        <translation>Deine bisherigen Antworten sind sicher aufbewahrt. Du kannst da weitermachen, wo du aufgehört hast, oder sie loslassen und neu beginnen.</translation>
    </message>
    <message>
        <source>Continue your unfinished reflection</source>
        <translation>Deine unfertige Reflexion fortsetzen</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ReviewStep</name>
    <message>
        <source>Notes and review</source>
        <translation>Notizen und Rückblick</translation>
    </message>
    <message>
        <source>Anything else you&apos;d like to &amp;remember? (optional)</source>
        <translation>Möchtest du dir noch etwas &amp;merken? (freiwillig)</translation>
    </message>
    <message>
        <source>Only you can read this — it&apos;s kept encrypted on this computer.</source>
        <translation>Nur du kannst das lesen – es wird verschlüsselt auf diesem Computer aufbewahrt.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Deine Reflexion</translation>
    </message>
    <message>
        <source>Read it through. Use Back to change anything, then save it when you&apos;re ready.</source>
        <translation>Lies sie dir durch. Mit „Zurück“ kannst du alles ändern; speichere sie, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Summary of your answers</source>
        <translation>Zusammenfassung deiner Antworten</translation>
    </message>
    <message>
        <source>&amp;Tags (optional)</source>
        <translation>S&amp;tichwörter (optional)</translation>
    </message>
    <message>
        <source>Short words for what else was going on, like “a stressful day”. Over time, Trends can show what tends to come with the harder moments.</source>
        <translation>Kurze Wörter für das, was sonst noch los war, etwa „ein stressiger Tag“. Mit der Zeit kann „Trends“ zeigen, was oft mit den schwereren Momenten zusammen auftritt.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::SafetyPlanPage</name>
    <message>
        <source>A safety plan is a short list in your own words, made in a calm moment, for the times when things get dark. When it gets hard, start at the top and keep going until you feel safer. Write one thing per line; a few words are enough, and you can change it whenever you like. It is kept encrypted in your journal.</source>
        <translation>Ein Sicherheitsplan ist eine kurze Liste in deinen eigenen Worten, in einem ruhigen Moment gemacht, für die Zeiten, in denen es dunkel wird. Wenn es schwer wird, fang oben an und mach weiter, bis du dich sicherer fühlst. Schreib eine Sache pro Zeile; ein paar Worte reichen, und du kannst ihn jederzeit ändern. Er wird verschlüsselt in deinem Tagebuch aufbewahrt.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eins pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Save my plan</source>
        <translation>Plan &amp;speichern</translation>
    </message>
    <message>
        <source>Save my plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>&amp;Print on one page</source>
        <translation>Auf einer Seite &amp;drucken</translation>
    </message>
    <message>
        <source>Print on one page</source>
        <translation>Auf einer Seite drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Als P&amp;DF speichern</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Save your contacts</source>
        <translation>Deine Kontakte speichern</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>Notruf: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>My local emergency number</source>
        <translation>Die Notrufnummer vor Ort</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to save your plan.</source>
        <translation>Das Tagebuch ist gesperrt. Entsperre es, um deinen Plan zu speichern.</translation>
    </message>
    <message>
        <source>Your plan could not be saved: %1</source>
        <translation>Dein Plan konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your plan is saved, encrypted, in your journal.</source>
        <translation>Dein Plan ist verschlüsselt in deinem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Save my safety plan as PDF</source>
        <translation>Meinen Sicherheitsplan als PDF speichern</translation>
    </message>
    <message>
        <source>my-safety-plan.pdf</source>
        <translation>mein-sicherheitsplan.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Nothing was saved to %1. %2</source>
        <translation>In %1 wurde nichts gespeichert. %2</translation>
    </message>
    <message>
        <source>Saved to %1. The PDF is not encrypted: keep it somewhere private.</source>
        <translation>Gespeichert in %1. Das PDF ist nicht verschlüsselt: Bewahr es an einem privaten Ort auf.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::SafetyStep</name>
    <message>
        <source>Partner and safety</source>
        <translation>Gegenüber und Sicherheit</translation>
    </message>
    <message>
        <source>How did your partner &amp;respond?</source>
        <translation>Wie hat dein Gegenüber &amp;reagiert?</translation>
    </message>
    <message>
        <source>Optional — leave it if it doesn&apos;t fit.</source>
        <translation>Freiwillig – lass es weg, wenn es nicht passt.</translation>
    </message>
    <message>
        <source>Did everything feel &amp;consensual and within your limits?</source>
        <translation>Hat sich alles &amp;einvernehmlich und innerhalb deiner Grenzen angefühlt?</translation>
    </message>
    <message>
        <source>This is only for you. Whatever you answer, there&apos;s no judgement here.</source>
        <translation>Das ist nur für dich. Was auch immer du antwortest, hier wird nicht geurteilt.</translation>
    </message>
    <message>
        <source>Something didn&apos;t feel right, and that matters. It isn&apos;t your fault, and you don&apos;t have to make sense of it on your own. If you&apos;d like to talk to someone, the people below are there to listen. You can carry on with this reflection or stop here — whatever feels right for you.</source>
        <translation>Etwas hat sich nicht richtig angefühlt, und das zählt. Es ist nicht deine Schuld, und du musst es nicht allein verstehen. Wenn du mit jemandem sprechen möchtest, sind die Menschen unten da, um dir zuzuhören. Du kannst mit dieser Reflexion weitermachen oder hier aufhören – so, wie es sich für dich richtig anfühlt.</translation>
    </message>
    <message>
        <source>Not being sure is okay</source>
        <translation>Unsicher zu sein ist in Ordnung</translation>
    </message>
    <message>
        <source>It&apos;s worth taking that feeling seriously. Talking it over with someone you trust, or with a counsellor, can help you sort out what you felt.</source>
        <translation>Es lohnt sich, dieses Gefühl ernst zu nehmen. Ein Gespräch mit einem vertrauten Menschen oder in einer Beratungsstelle kann dir helfen, zu sortieren, was du gefühlt hast.</translation>
    </message>
    <message>
        <source>When to talk to someone</source>
        <translation>Wann du mit jemandem sprechen solltest</translation>
    </message>
    <message>
        <source>You deserve to feel safe</source>
        <translation>Du verdienst es, dich sicher zu fühlen</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::Session</name>
    <message>
        <source>The journal is locked.</source>
        <translation>Das Tagebuch ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle for</source>
        <translation>Sperren nach &amp;Inaktivität von</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Sperren, wenn das Fenster &amp;minimiert wird</translation>
    </message>
    <message>
        <source>Aftercare also locks when your screen locks or the computer goes to sleep, and whenever you press Ctrl+L.</source>
        <translation>Aftercare sperrt sich auch, wenn dein Bildschirm gesperrt wird oder der Computer in den Ruhezustand geht, und immer, wenn du Strg+L drückst.</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Diskreter Modus</translation>
    </message>
    <message>
        <source>Use a &amp;neutral window title and icon</source>
        <translation>Einen &amp;neutralen Fenstertitel und ein neutrales Symbol verwenden</translation>
    </message>
    <message>
        <source>The taskbar and window title then just say &quot;Notes&quot;, so a glance at your screen gives nothing away.</source>
        <translation>In der Taskleiste und im Fenstertitel steht dann nur „Notizen“, sodass ein Blick auf deinen Bildschirm nichts verrät.</translation>
    </message>
    <message>
        <source>Check-in reminder</source>
        <translation>Erinnerung an einen Check-in</translation>
    </message>
    <message>
        <source>Suggest a check-in on Home &amp;two weeks after the last one</source>
        <translation>Auf der Startseite &amp;zwei Wochen nach dem letzten Check-in einen neuen vorschlagen</translation>
    </message>
    <message>
        <source>A quiet note, never a pop-up. The choice is kept in your encrypted journal.</source>
        <translation>Ein leiser Hinweis, nie ein Pop-up. Die Einstellung wird in deinem verschlüsselten Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Your support contacts</source>
        <translation>Deine Kontakte für Unterstützung</translation>
    </message>
    <message>
        <source>Keep the details of people you can turn to. They appear on &quot;Getting help now&quot; and whenever Aftercare offers support, and they are stored encrypted in your journal.</source>
        <translation>Speichere die Kontaktdaten von Menschen, an die du dich wenden kannst. Sie erscheinen unter „Jetzt Hilfe bekommen“ und überall, wo Aftercare Unterstützung anbietet, und werden verschlüsselt in deinem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Therapist or doctor</source>
        <translation>Therapie oder Arztpraxis</translation>
    </message>
    <message>
        <source>Name, phone number, email, opening hours…</source>
        <translation>Name, Telefonnummer, E-Mail, Sprechzeiten …</translation>
    </message>
    <message>
        <source>Local crisis line</source>
        <translation>Krisentelefon vor Ort</translation>
    </message>
    <message>
        <source>For example your local crisis line or a friend to call</source>
        <translation>Zum Beispiel ein Krisendienst vor Ort oder ein Mensch, den du anrufen kannst</translation>
    </message>
    <message>
        <source>&amp;Therapist or doctor</source>
        <translation>&amp;Therapie oder Arztpraxis</translation>
    </message>
    <message>
        <source>&amp;Crisis line</source>
        <translation>&amp;Krisentelefon</translation>
    </message>
    <message>
        <source>&amp;Save contacts</source>
        <translation>Kontakte &amp;speichern</translation>
    </message>
    <message>
        <source>Save contacts</source>
        <translation>Kontakte speichern</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Wo deine Daten liegen</translation>
    </message>
    <message>
        <source>Your journal is this folder on this computer, and nowhere else. Everything in it is encrypted; Aftercare also keeps a daily encrypted snapshot of the last seven days inside it.</source>
        <translation>Dein Tagebuch ist dieser Ordner auf diesem Computer, und sonst nirgends. Alles darin ist verschlüsselt; Aftercare legt darin außerdem einen täglichen verschlüsselten Schnappschuss der letzten sieben Tage ab.</translation>
    </message>
    <message>
        <source>C&amp;opy path</source>
        <translation>Pfad k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the journal folder&apos;s path</source>
        <translation>Den Pfad des Tagebuch-Ordners kopieren</translation>
    </message>
    <message>
        <source>Saved, encrypted in your journal.</source>
        <translation>Gespeichert, verschlüsselt in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>Country for the crisis lines</source>
        <translation>Land für die Krisentelefone</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>Automatic (your system names no country with known lines)</source>
        <translation>Automatisch (dein System nennt kein Land mit bekannten Nummern)</translation>
    </message>
    <message>
        <source>Somewhere else (no numbers shown)</source>
        <translation>Woanders (keine Nummern anzeigen)</translation>
    </message>
    <message>
        <source>Crisis lines &amp;for</source>
        <translation>Krisentelefone &amp;für</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>A short plan in your own words for when things get dark</source>
        <translation>Ein kurzer Plan in deinen eigenen Worten für die Zeiten, in denen es dunkel wird</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next or the previous control</source>
        <translation>Zum nächsten oder vorigen Bedienelement</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Choose among options; move between the parts of a date and time</source>
        <translation>Zwischen Antworten wählen; zwischen den Teilen von Datum und Uhrzeit wechseln</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Press the focused button, tick the focused box</source>
        <translation>Die ausgewählte Schaltfläche drücken, das ausgewählte Kästchen ankreuzen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Press the focused button; go on to the next step of a reflection</source>
        <translation>Die ausgewählte Schaltfläche drücken; zum nächsten Schritt einer Reflexion gehen</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Jump to that field or button</source>
        <translation>Zu diesem Feld oder dieser Schaltfläche springen</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::Sidebar</name>
    <message>
        <source>DEMO — made-up entries, nothing is kept</source>
        <translation>DEMO – ausgedachte Einträge, nichts wird aufbewahrt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>Crisis lines and your saved contacts</source>
        <translation>Krisentelefone und deine gespeicherten Kontakte</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the journal</source>
        <translation>Das Tagebuch sperren</translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Das Tagebuch sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>Hilfe-Menü</translation>
    </message>
    <message>
        <source>The guide, keyboard shortcuts and about Aftercare</source>
        <translation>Der Leitfaden, die Tastenkürzel und Informationen über Aftercare</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::SupportPanel</name>
    <message>
        <source>Support and crisis contacts</source>
        <translation>Unterstützung und Krisenkontakte</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through this alone</source>
        <translation>Du musst da nicht allein durch</translation>
    </message>
    <message>
        <source>Whatever happened, your feelings make sense and you deserve support. If you feel unsafe, or you are thinking about hurting yourself, please reach out now — talking to someone can help.</source>
        <translation>Was auch immer passiert ist: Deine Gefühle sind verständlich, und du verdienst Unterstützung. Wenn du dich nicht sicher fühlst oder daran denkst, dir etwas anzutun, melde dich bitte jetzt – mit jemandem zu sprechen kann helfen.</translation>
    </message>
    <message>
        <source>Your saved contacts</source>
        <translation>Deine gespeicherten Kontakte</translation>
    </message>
    <message>
        <source>Tip: you can keep your therapist&apos;s or a local crisis line&apos;s details in Settings, so they are here when you need them.</source>
        <translation>Tipp: In den Einstellungen kannst du die Kontaktdaten deiner Therapie oder eines Krisendienstes vor Ort speichern, dann sind sie hier, wenn du sie brauchst.</translation>
    </message>
    <message>
        <source>More ways to get help</source>
        <translation>Weitere Wege zu Hilfe</translation>
    </message>
    <message>
        <source>When to talk to someone</source>
        <translation>Wann du mit jemandem sprechen solltest</translation>
    </message>
    <message>
        <source>Save your contacts</source>
        <translation>Deine Kontakte speichern</translation>
    </message>
    <message>
        <source>Therapist:
%1</source>
        <translation>Therapie:
%1</translation>
    </message>
    <message>
        <source>Crisis line:
%1</source>
        <translation>Krisentelefon:
%1</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <source>If you made a safety plan, it is inside your journal: after unlocking, open Guide → Getting help now → My safety plan.</source>
        <translation>Wenn du einen Sicherheitsplan gemacht hast, liegt er in deinem Tagebuch: Öffne nach dem Entsperren Ratgeber → Jetzt Hilfe bekommen → Mein Sicherheitsplan.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::TagPicker</name>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ein Stichwort hinzufügen</translation>
    </message>
    <message>
        <source>Type a tag, then press Enter</source>
        <translation>Stichwort eingeben, dann Enter drücken</translation>
    </message>
    <message>
        <source>Tags you have used</source>
        <translation>Stichwörter, die du schon verwendet hast</translation>
    </message>
    <message>
        <source>%1  ×</source>
        <comment>a tag with its remove mark</comment>
        <translation>%1  ×</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Das Stichwort %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>Dieses Stichwort entfernen</translation>
    </message>
    <message>
        <source>Some ideas:</source>
        <translation>Ein paar Ideen:</translation>
    </message>
    <message>
        <source>+ %1</source>
        <comment>a suggested tag</comment>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Add the suggested tag %1</source>
        <translation>Das vorgeschlagene Stichwort %1 hinzufügen</translation>
    </message>
    <message>
        <source>Type a tag and press Enter, or Down for ideas</source>
        <translation>Stichwort eingeben und Enter drücken, oder ↓ für Ideen</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::TagsSection</name>
    <message>
        <source>Your tags</source>
        <translation>Deine Stichwörter</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Delete tag…</source>
        <translation>Stichwort löschen …</translation>
    </message>
    <message>
        <source>You haven&apos;t added any tags yet. You can add them to a reflection, to note what else was going on.</source>
        <translation>Du hast noch keine Stichwörter vergeben. Du kannst sie einer Reflexion hinzufügen, um festzuhalten, was sonst noch los war.</translation>
    </message>
    <message>
        <source>Renaming a tag changes it on every reflection that carries it. Deleting a tag takes it off those reflections; the reflections themselves stay.</source>
        <translation>Wenn du ein Stichwort umbenennst, ändert es sich in jeder Reflexion, die es trägt. Wenn du es löschst, verschwindet es aus diesen Reflexionen; die Reflexionen selbst bleiben.</translation>
    </message>
    <message>
        <source>Your tags and how many reflections carry each</source>
        <translation>Deine Stichwörter und wie viele Reflexionen sie jeweils tragen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>New name for the chosen tag</source>
        <translation>Neuer Name für das gewählte Stichwort</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n reflection(s)</source>
        <comment>a tag and how many reflections carry it</comment>
        <translation>
            <numerusform>%1 – %n Reflexion</numerusform>
            <numerusform>%1 – %n Reflexionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2” on %n reflection(s).</source>
        <translation>
            <numerusform>„%1“ heißt jetzt „%2“, in %n Reflexion.</numerusform>
            <numerusform>„%1“ heißt jetzt „%2“, in %n Reflexionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag “%1”? No reflection carries it.</source>
        <translation>Das Stichwort „%1“ löschen? Keine Reflexion trägt es.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the tag “%1”? It will be taken off the %n reflection(s) that carry it. The reflections themselves stay as they are.</source>
        <translation>
            <numerusform>Das Stichwort „%1“ löschen? Es wird aus der %n Reflexion entfernt, die es trägt. Die Reflexion selbst bleibt, wie sie ist.</numerusform>
            <numerusform>Das Stichwort „%1“ löschen? Es wird aus den %n Reflexionen entfernt, die es tragen. Die Reflexionen selbst bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a tag</source>
        <translation>Ein Stichwort löschen</translation>
    </message>
    <message>
        <source>Deleted the tag “%1”.</source>
        <translation>Das Stichwort „%1“ ist gelöscht.</translation>
    </message>
    <message>
        <source>Rename the chosen tag</source>
        <translation>Das gewählte Stichwort umbenennen</translation>
    </message>
    <message>
        <source>Delete the chosen tag</source>
        <translation>Das gewählte Stichwort löschen</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::TextSizeSection</name>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>Larger: %1 %</source>
        <translation>Größer: %1 %</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>&amp;Schriftgröße</translation>
    </message>
    <message>
        <source>&quot;As on this computer&quot; follows the font size of your desktop&apos;s settings.</source>
        <translation>„Wie auf diesem Computer“ folgt der Schriftgröße in den Einstellungen deines Desktops.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::TrendsPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest %1: %2 (%3) on %4.</source>
        <translation>Letzter %1: %2 (%3) am %4.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>Was auffällt</translation>
    </message>
    <message>
        <source>Nothing in particular stands out right now. Keep reflecting when it helps you.</source>
        <translation>Im Moment fällt nichts Besonderes auf. Denk weiter nach, wann immer es dir hilft.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Verlauf</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>How many reflections each week or month, and whether the tears eased tension, left it as it was, or made it worse (hatched).</source>
        <translation>Wie viele Reflexionen es pro Woche oder Monat gab und ob die Tränen Anspannung gelöst, nichts verändert oder sie verstärkt haben (schraffiert).</translation>
    </message>
    <message>
        <source>Share of distressing episodes</source>
        <translation>Anteil belastender Episoden</translation>
    </message>
    <message>
        <source>Of the episodes in each week or month, how many were hard: tension got worse, sad thoughts, it bothered you a lot, old trauma came up, or your limits were not respected. Periods without entries have no point.</source>
        <translation>Wie viele der Episoden in jeder Woche oder jedem Monat schwer waren: Die Anspannung wurde schlimmer, traurige Gedanken, es hat dich sehr belastet, ein altes Trauma kam hoch oder deine Grenzen wurden nicht respektiert. Zeiträume ohne Einträge haben keinen Punkt.</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>What your thoughts were like during the tears.</source>
        <translation>Wie deine Gedanken während der Tränen waren.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>The reasons you recognised, most frequent at the top.</source>
        <translation>Die Gründe, die du erkannt hast, die häufigsten oben.</translation>
    </message>
    <message>
        <source>Mood: PHQ-9 and signs of low mood</source>
        <translation>Stimmung: PHQ-9 und Anzeichen gedrückter Stimmung</translation>
    </message>
    <message>
        <source>Your PHQ-9 totals on the questionnaire&apos;s own ranges (shaded), and how many signs of low mood you ticked in an entry (squares, right axis).</source>
        <translation>Deine PHQ-9-Summen in den Bereichen des Fragebogens (schattiert) und wie viele Anzeichen gedrückter Stimmung du in einem Eintrag angehakt hast (Quadrate, rechte Achse).</translation>
    </message>
    <message>
        <source>Worry: GAD-7</source>
        <translation>Sorgen: GAD-7</translation>
    </message>
    <message>
        <source>Your GAD-7 totals on the questionnaire&apos;s own ranges (shaded).</source>
        <translation>Deine GAD-7-Summen in den Bereichen des Fragebogens (schattiert).</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Nach Gegenüber</translation>
    </message>
    <message>
        <source>For each partner, the share of episodes that felt calm and that were distressing (hatched). The number is how many entries mention them.</source>
        <translation>Für jedes Gegenüber der Anteil der Episoden, die ruhig waren, und der belastenden (schraffiert). Die Zahl sagt, wie viele Einträge es nennen.</translation>
    </message>
    <message>
        <source>Your year</source>
        <translation>Dein Jahr</translation>
    </message>
    <message>
        <source>Every day of the last year: no entry, only calm episodes, or at least one distressing one (hatched). Point at a day to see it.</source>
        <translation>Jeder Tag des letzten Jahres: kein Eintrag, nur ruhige Episoden oder mindestens eine belastende (schraffiert). Zeig auf einen Tag, um ihn zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period the charts show</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>These are patterns in what you have written, not a diagnosis. Each one shows the entries behind it, and some may point to something worth talking about with a partner, a doctor or a therapist. Only you know the whole story. The findings look at the last weeks or months (each says which); the period only changes the charts.</source>
        <translation>Das sind Muster in dem, was du geschrieben hast, keine Diagnose. Jedes zeigt die Einträge dahinter, und manche weisen vielleicht auf etwas hin, worüber es sich zu sprechen lohnt – mit deinem Gegenüber, ärztlich oder in einer Therapie. Nur du kennst die ganze Geschichte. Die Hinweise betrachten die letzten Wochen oder Monate (jeder sagt, welche); der Zeitraum ändert nur die Diagramme.</translation>
    </message>
    <message>
        <source>Trends could not read your journal: %1</source>
        <translation>Trends konnte dein Tagebuch nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1: no entries.</source>
        <translation>%1: keine Einträge.</translation>
    </message>
    <message>
        <source>%1: %2, %3 of them distressing (%4%).</source>
        <translation>%1: %2, davon %3 belastend (%4 %).</translation>
    </message>
    <message>
        <source>%1 over %2 weeks</source>
        <translation>%1 in %2 Wochen</translation>
    </message>
    <message>
        <source>%1 over %2 months</source>
        <translation>%1 in %2 Monaten</translation>
    </message>
    <message>
        <source>%1 of %2 distressing</source>
        <translation>%1 von %2 belastend</translation>
    </message>
    <message>
        <source>No thoughts were noted in this period.</source>
        <translation>In diesem Zeitraum wurden keine Gedanken notiert.</translation>
    </message>
    <message>
        <source>No reasons were noted in this period.</source>
        <translation>In diesem Zeitraum wurden keine Gründe notiert.</translation>
    </message>
    <message>
        <source>A comparison appears when entries in this period mention more than one partner (entries without a partner count as a group of their own).</source>
        <translation>Ein Vergleich erscheint, wenn Einträge in diesem Zeitraum mehr als ein Gegenüber nennen (Einträge ohne Gegenüber zählen als eigene Gruppe).</translation>
    </message>
    <message>
        <source>No PHQ-9 check-ins and no signs of low mood noted in this period. You can take a check-in whenever you like on the Check-ins page.</source>
        <translation>In diesem Zeitraum gibt es keine PHQ-9-Check-ins und keine notierten Anzeichen gedrückter Stimmung. Einen Check-in kannst du jederzeit auf der Check-in-Seite machen.</translation>
    </message>
    <message>
        <source>%1 PHQ-9 check-ins</source>
        <translation>PHQ-9-Check-ins: %1</translation>
    </message>
    <message>
        <source>%1 GAD-7 check-ins</source>
        <translation>GAD-7-Check-ins: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3 of them distressing.</source>
        <translation>%1: %2, davon %3 belastend.</translation>
    </message>
    <message>
        <source>No entries in this period yet, so there is nothing to chart. Choose a longer period above to include older ones.</source>
        <translation>In diesem Zeitraum gibt es noch keine Einträge, also auch nichts für die Diagramme. Wähl oben einen längeren Zeitraum, um ältere einzubeziehen.</translation>
    </message>
    <message>
        <source>No entries yet, so there is nothing to chart. Patterns appear here after a few reflections.</source>
        <translation>Noch keine Einträge, also auch nichts für die Diagramme. Muster erscheinen hier nach ein paar Reflexionen.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough entries yet to show patterns: charts need at least %1 reflections, and there is %n so far — %2 more will do. Until then, the counts above are the honest picture.</source>
        <translation>
            <numerusform>Noch zu wenige Einträge, um Muster zu zeigen: Die Diagramme brauchen mindestens %1 Reflexionen, und bisher gibt es eine – %2 weitere reichen. Bis dahin geben die Zahlen oben das ehrliche Bild.</numerusform>
            <numerusform>Noch zu wenige Einträge, um Muster zu zeigen: Die Diagramme brauchen mindestens %1 Reflexionen, und bisher gibt es %n – %2 weitere reichen. Bis dahin geben die Zahlen oben das ehrliche Bild.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough entries yet to show patterns over time: all %n reflections fall in the same week, so a chart would be a single bar. Reflections from another week will bring the charts; until then, the counts above are the honest picture.</source>
        <translation>
            <numerusform>Noch zu wenige Einträge, um Muster über die Zeit zu zeigen: Die eine Reflexion fällt in eine einzige Woche, ein Diagramm wäre also ein einzelner Balken. Reflexionen aus einer weiteren Woche bringen die Diagramme; bis dahin geben die Zahlen oben das ehrliche Bild.</numerusform>
            <numerusform>Noch zu wenige Einträge, um Muster über die Zeit zu zeigen: Alle %n Reflexionen fallen in dieselbe Woche, ein Diagramm wäre also ein einzelner Balken. Reflexionen aus einer weiteren Woche bringen die Diagramme; bis dahin geben die Zahlen oben das ehrliche Bild.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough entries yet to show patterns over time: all %n reflections fall in the same month, so a chart would be a single bar. Reflections from another month will bring the charts; until then, the counts above are the honest picture.</source>
        <translation>
            <numerusform>Noch zu wenige Einträge, um Muster über die Zeit zu zeigen: Die eine Reflexion fällt in einen einzigen Monat, ein Diagramm wäre also ein einzelner Balken. Reflexionen aus einem weiteren Monat bringen die Diagramme; bis dahin geben die Zahlen oben das ehrliche Bild.</numerusform>
            <numerusform>Noch zu wenige Einträge, um Muster über die Zeit zu zeigen: Alle %n Reflexionen fallen in denselben Monat, ein Diagramm wäre also ein einzelner Balken. Reflexionen aus einem weiteren Monat bringen die Diagramme; bis dahin geben die Zahlen oben das ehrliche Bild.</numerusform>
        </translation>
    </message>
    <message>
        <source>A longer period above would include older ones.</source>
        <translation>Ein längerer Zeitraum oben würde ältere einbeziehen.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::UnlockPage</name>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Your journal is locked. Enter your passphrase to open it.</source>
        <translation>Dein Tagebuch ist gesperrt. Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Deinen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Type the recovery code you stored when you created your journal — capitals, spaces and dashes don&apos;t matter. Then choose a new passphrase to use from now on.</source>
        <translation>Gib den Wiederherstellungscode ein, den du beim Anlegen deines Tagebuchs aufbewahrt hast – Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle. Wähle dann eine neue Passphrase für ab jetzt.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Wiederherstellungs&amp;code</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Zurück zur Passphrase</translation>
    </message>
    <message>
        <source>Unlock and &amp;set new passphrase</source>
        <translation>Entsperren und neue Passphrase &amp;setzen</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Please try again — check Caps Lock and the keyboard layout.</source>
        <translation>Diese Passphrase hat dieses Tagebuch nicht geöffnet. Bitte versuch es noch einmal – prüf die Feststelltaste und das Tastaturlayout.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Dein Tagebuch wird geöffnet …</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Gib zuerst deinen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open this journal. Check it against the one you stored and try again.</source>
        <translation>Dieser Wiederherstellungscode hat dieses Tagebuch nicht geöffnet. Vergleich ihn mit dem, den du aufbewahrt hast, und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Checking the code and setting your new passphrase…</source>
        <translation>Der Code wird geprüft und deine neue Passphrase gesetzt …</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::WellbeingStep</name>
    <message>
        <source>Wellbeing</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <source>&amp;Over the last two weeks, have you noticed any of these?</source>
        <translation>Hast du in den letzten zwei &amp;Wochen etwas davon bemerkt?</translation>
    </message>
    <message>
        <source>Tick any that fit. They can go along with low mood, and noticing them is a kind thing to do for yourself.</source>
        <translation>Hak an, was passt. Das kann mit gedrückter Stimmung einhergehen, und es wahrzunehmen ist etwas Freundliches, das du für dich tust.</translation>
    </message>
    <message>
        <source>Have you given birth in the past &amp;year?</source>
        <translation>Hast du im vergangenen &amp;Jahr ein Kind geboren?</translation>
    </message>
    <message>
        <source>Hormones change quickly after having a baby, and tears after sex are reported more often then. Leave it if it doesn&apos;t apply.</source>
        <translation>Nach einer Geburt verändern sich die Hormone schnell, und Tränen nach dem Sex werden dann häufiger berichtet. Lass es weg, wenn es nicht zutrifft.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>How much does this &amp;episode bother you?</source>
        <translation>Wie sehr belastet dich diese &amp;Episode?</translation>
    </message>
    <message>
        <source>Your own sense of it is what counts.</source>
        <translation>Was zählt, ist dein eigenes Gefühl dafür.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::WhenStep</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>It&apos;s set to now. If you&apos;re looking back on an earlier moment, change it here.</source>
        <translation>Eingestellt ist jetzt. Wenn du auf einen früheren Moment zurückschaust, ändere es hier.</translation>
    </message>
    <message>
        <source>&amp;Was it during sex or after?</source>
        <translation>War es &amp;beim Sex oder danach?</translation>
    </message>
    <message>
        <source>Tears can come at either moment, or both.</source>
        <translation>Tränen können in beiden Momenten kommen, oder in beiden zugleich.</translation>
    </message>
    <message>
        <source>When it &amp;happened</source>
        <translation>Wann es &amp;passiert ist</translation>
    </message>
    <message>
        <source>This is the moment you saved. Change it only if it isn&apos;t quite right.</source>
        <translation>Das ist der Zeitpunkt, den du gespeichert hast. Ändere ihn nur, wenn er nicht ganz stimmt.</translation>
    </message>
</context>
<context>
    <name>aftercare::ui::WindowActions</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Aftercare</source>
        <translation>Ü&amp;ber Aftercare</translation>
    </message>
</context>
</TS>
