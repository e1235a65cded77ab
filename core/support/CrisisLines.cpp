#include "core/support/CrisisLines.h"

#include <mutex>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// Q_INIT_RESOURCE must be used outside any namespace; core is a static library, so its
// resources are registered on first use.
static void initSupportResources()
{
    Q_INIT_RESOURCE(support);
}

namespace aftercare::core {

namespace {

// The names of the countries in the table, here so translators see them.
struct NamedTerritory
{
    const char* code;
    const char* name;
};
constexpr NamedTerritory territoryNames[] = {
    {"US", QT_TRANSLATE_NOOP("CrisisLines", "the United States")},
    {"CA", QT_TRANSLATE_NOOP("CrisisLines", "Canada")},
    {"GB", QT_TRANSLATE_NOOP("CrisisLines", "the United Kingdom")},
    {"IE", QT_TRANSLATE_NOOP("CrisisLines", "Ireland")},
    {"AU", QT_TRANSLATE_NOOP("CrisisLines", "Australia")},
    {"NZ", QT_TRANSLATE_NOOP("CrisisLines", "New Zealand")},
    {"DE", QT_TRANSLATE_NOOP("CrisisLines", "Germany")},
    {"AT", QT_TRANSLATE_NOOP("CrisisLines", "Austria")},
    {"CH", QT_TRANSLATE_NOOP("CrisisLines", "Switzerland")},
    {"FR", QT_TRANSLATE_NOOP("CrisisLines", "France")},
    {"NL", QT_TRANSLATE_NOOP("CrisisLines", "the Netherlands")},
    {"ES", QT_TRANSLATE_NOOP("CrisisLines", "Spain")},
};

QString noteText(const QString& key)
{
    if (key == u"england_and_wales")
        return CrisisLines::tr("in England and Wales");
    if (key == u"women")
        return CrisisLines::tr("for women, and people supporting them");
    return {};
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QList<SupportLine> lines(const QJsonValue& value)
{
    QList<SupportLine> out;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        SupportLine line{o.value(u"name").toString(), strings(o.value(u"numbers")),
                         o.value(u"text").toBool(), o.value(u"note").toString()};
        if (!line.name.isEmpty() && !line.numbers.isEmpty())
            out << line;
    }
    return out;
}

QList<TerritoryLines> load()
{
    static std::once_flag once;
    std::call_once(once, initSupportResources);
    QFile file(QStringLiteral(":/aftercare-support/lines.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray territories =
        QJsonDocument::fromJson(file.readAll()).object().value(u"territories").toArray();
    QList<TerritoryLines> out;
    for (const QJsonValue& v : territories) {
        const QJsonObject o = v.toObject();
        TerritoryLines t{o.value(u"code").toString().toUpper(), strings(o.value(u"emergency")),
                         lines(o.value(u"crisis")), lines(o.value(u"sexual_assault"))};
        if (t.code.size() == 2 && !t.emergency.isEmpty())
            out << t;
    }
    return out;
}

QString& preferred()
{
    static QString code;
    return code;
}

} // namespace

const QList<TerritoryLines>& CrisisLines::table()
{
    static const QList<TerritoryLines> loaded = load();
    return loaded;
}

const TerritoryLines* CrisisLines::find(QStringView code)
{
    for (const TerritoryLines& t : table()) {
        if (t.code.compare(code, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

QString CrisisLines::systemTerritory()
{
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory == QLocale::AnyTerritory)
        return {};
    return QLocale::territoryToCode(territory);
}

void CrisisLines::setPreferredTerritory(const QString& code)
{
    preferred() = code.trimmed().toUpper();
}

QString CrisisLines::preferredTerritory()
{
    return preferred();
}

QString CrisisLines::currentTerritory()
{
    return preferred().isEmpty() ? systemTerritory() : preferred();
}

QString CrisisLines::territoryName(QStringView code)
{
    for (const NamedTerritory& t : territoryNames) {
        if (code.compare(QLatin1StringView(t.code), Qt::CaseInsensitive) == 0)
            return tr(t.name);
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code.toString()
                                              : QLocale::territoryToString(territory);
}

QString CrisisLines::lineText(const SupportLine& line)
{
    const QString numbers = line.numbers.join(tr(" or "));
    const QString note = noteText(line.note);
    const QString name = note.isEmpty() ? line.name : tr("%1 (%2)").arg(line.name, note);
    return line.text ? tr("%1: call or text %2").arg(name, numbers)
                     : tr("%1: call %2").arg(name, numbers);
}

QStringList CrisisLines::describe(QStringView code, bool sexualAssault)
{
    const QString bullet = QStringLiteral("• ");
    QStringList out;
    const TerritoryLines* t = find(code);
    if (!t) {
        out << bullet + tr("In an emergency, call your local emergency number.");
        out << bullet + tr("To find a crisis line near you, ask a doctor, look up your "
                           "country's crisis line, or go to the nearest emergency department.");
        return out;
    }
    out << tr("In %1:").arg(territoryName(t->code));
    out << bullet + tr("Emergency: call %1.").arg(t->emergency.join(tr(" or ")));
    for (const SupportLine& line : t->crisis)
        out << bullet + lineText(line);
    if (sexualAssault) {
        for (const SupportLine& line : t->sexualAssault)
            out << bullet + tr("After sexual assault or abuse: %1").arg(lineText(line));
    }
    out << tr("Elsewhere: your local emergency number, a doctor, a local crisis line or the "
              "nearest emergency department.");
    return out;
}

QString CrisisLines::describeText(QStringView code, bool sexualAssault)
{
    return describe(code, sexualAssault).join(QLatin1Char('\n'));
}

QStringList CrisisLines::allNumbers()
{
    QStringList out;
    for (const TerritoryLines& t : table()) {
        out << t.emergency;
        for (const SupportLine& l : t.crisis)
            out << l.numbers;
        for (const SupportLine& l : t.sexualAssault)
            out << l.numbers;
    }
    out.removeDuplicates();
    return out;
}

} // namespace aftercare::core
