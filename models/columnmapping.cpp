#include "columnmapping.h"

#include <QRegularExpression>

#include <functional>

namespace wattprint {

namespace {

QString key(const QString &name)
{
    return name.trimmed().toLower();
}

// The name split into lower-case words: "Energy (kWh)" -> energy, kwh.
QStringList words(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    return key(name).split(separators, Qt::SkipEmptyParts);
}

bool hasWord(const QStringList &w, std::initializer_list<const char *> any)
{
    for (const char *a : any) {
        if (w.contains(QLatin1String(a)))
            return true;
    }
    return false;
}

bool containsAny(const QString &name, std::initializer_list<const char *> any)
{
    const QString k = key(name);
    for (const char *a : any) {
        if (k.contains(QLatin1String(a)))
            return true;
    }
    return false;
}

} // namespace

QList<ColumnMapping::EnergyUnit> ColumnMapping::energyUnits()
{
    return {EnergyUnit::Joule, EnergyUnit::Kilojoule, EnergyUnit::Megajoule, EnergyUnit::WattHour,
            EnergyUnit::KilowattHour};
}

QList<ColumnMapping::DurationUnit> ColumnMapping::durationUnits()
{
    return {DurationUnit::Millisecond, DurationUnit::Second, DurationUnit::Minute, DurationUnit::Hour};
}

QList<ColumnMapping::Role> ColumnMapping::roles()
{
    return {Role::Run,   Role::Hardware,  Role::Project,   Role::Experiment,
            Role::Start, Role::CpuEnergy, Role::GpuEnergy, Role::RamEnergy};
}

QString ColumnMapping::unitName(EnergyUnit unit)
{
    switch (unit) {
    case EnergyUnit::Joule: return QStringLiteral("J");
    case EnergyUnit::Kilojoule: return QStringLiteral("kJ");
    case EnergyUnit::Megajoule: return QStringLiteral("MJ");
    case EnergyUnit::WattHour: return QStringLiteral("Wh");
    case EnergyUnit::KilowattHour: break;
    }
    return QStringLiteral("kWh");
}

QString ColumnMapping::unitName(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Millisecond: return QStringLiteral("ms");
    case DurationUnit::Second: break;
    case DurationUnit::Minute: return QStringLiteral("min");
    case DurationUnit::Hour: return QStringLiteral("h");
    }
    return QStringLiteral("s");
}

std::optional<ColumnMapping::EnergyUnit> ColumnMapping::energyUnitFromName(const QString &name)
{
    // MJ and mJ differ: the case is compared as written, but for the common "kwh" and "wh".
    const QString n = name.trimmed();
    for (EnergyUnit u : energyUnits()) {
        if (n == unitName(u) || (u != EnergyUnit::Megajoule && n.compare(unitName(u), Qt::CaseInsensitive) == 0))
            return u;
    }
    return std::nullopt;
}

std::optional<ColumnMapping::DurationUnit> ColumnMapping::durationUnitFromName(const QString &name)
{
    for (DurationUnit u : durationUnits()) {
        if (name.trimmed().compare(unitName(u), Qt::CaseInsensitive) == 0)
            return u;
    }
    return std::nullopt;
}

QString ColumnMapping::roleKey(Role role)
{
    switch (role) {
    case Role::Run: return QStringLiteral("run");
    case Role::Hardware: return QStringLiteral("hardware");
    case Role::Project: return QStringLiteral("project");
    case Role::Experiment: return QStringLiteral("experiment");
    case Role::Start: return QStringLiteral("start");
    case Role::CpuEnergy: return QStringLiteral("cpu-energy");
    case Role::GpuEnergy: return QStringLiteral("gpu-energy");
    case Role::RamEnergy: break;
    }
    return QStringLiteral("ram-energy");
}

double ColumnMapping::toJoules(double value, EnergyUnit unit)
{
    switch (unit) {
    case EnergyUnit::Joule: return value;
    case EnergyUnit::Kilojoule: return value * 1e3;
    case EnergyUnit::Megajoule: return value * 1e6;
    case EnergyUnit::WattHour: return value * 3600.0;
    case EnergyUnit::KilowattHour: break;
    }
    return value * 3.6e6;
}

double ColumnMapping::toSeconds(double value, DurationUnit unit)
{
    switch (unit) {
    // A division, not x 0.001 (which is not exactly a thousandth).
    case DurationUnit::Millisecond: return value / 1000.0;
    case DurationUnit::Second: return value;
    case DurationUnit::Minute: return value * 60.0;
    case DurationUnit::Hour: break;
    }
    return value * 3600.0;
}

QString ColumnMapping::column(Role role) const
{
    switch (role) {
    case Role::Run: return runColumn;
    case Role::Hardware: return hardwareColumn;
    case Role::Project: return projectColumn;
    case Role::Experiment: return experimentColumn;
    case Role::Start: return startColumn;
    case Role::CpuEnergy: return cpuEnergyColumn;
    case Role::GpuEnergy: return gpuEnergyColumn;
    case Role::RamEnergy: break;
    }
    return ramEnergyColumn;
}

void ColumnMapping::setColumn(Role role, const QString &column)
{
    switch (role) {
    case Role::Run: runColumn = column; return;
    case Role::Hardware: hardwareColumn = column; return;
    case Role::Project: projectColumn = column; return;
    case Role::Experiment: experimentColumn = column; return;
    case Role::Start: startColumn = column; return;
    case Role::CpuEnergy: cpuEnergyColumn = column; return;
    case Role::GpuEnergy: gpuEnergyColumn = column; return;
    case Role::RamEnergy: ramEnergyColumn = column; return;
    }
}

bool ColumnMapping::isComplete() const
{
    return !energyColumn.trimmed().isEmpty() && !durationColumn.trimmed().isEmpty();
}

QStringList ColumnMapping::columns() const
{
    QStringList all;
    for (const QString &c : {energyColumn, durationColumn}) {
        if (!c.trimmed().isEmpty())
            all.append(c);
    }
    for (Role role : roles()) {
        if (!column(role).trimmed().isEmpty())
            all.append(column(role));
    }
    return all;
}

QStringList ColumnMapping::missingColumns(const QStringList &header) const
{
    QStringList missing;
    for (const QString &c : columns()) {
        if (headerIndex(header, c) < 0 && !missing.contains(c))
            missing.append(c);
    }
    return missing;
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping m;
    const auto take = [&header](QString *slot, const std::function<bool(const QString &, const QStringList &)> &match,
                                const QStringList &taken) {
        if (!slot->isEmpty())
            return;
        for (const QString &name : header) {
            if (!taken.contains(name) && match(name, words(name))) {
                *slot = name;
                return;
            }
        }
    };
    const auto isPart = [](const QStringList &w) { return hasWord(w, {"cpu", "gpu", "ram", "dram", "memory"}); };
    const auto isEnergy = [](const QString &n, const QStringList &w) {
        return containsAny(n, {"energy", "joule"}) || hasWord(w, {"kwh", "wh", "j", "kj", "mj"});
    };
    // Energy: the total, not a part.
    take(&m.energyColumn, [&](const QString &n, const QStringList &w) { return !isPart(w) && isEnergy(n, w); }, {});
    take(&m.durationColumn,
         [](const QString &n, const QStringList &w) {
             return containsAny(n, {"duration", "seconds", "elapsed", "runtime", "run_time", "wall"})
                 || (hasWord(w, {"time", "s", "sec", "secs", "minutes", "hours"})
                     && !hasWord(w, {"start", "end", "stop"}) && !containsAny(n, {"timestamp", "date"}));
         },
         {m.energyColumn});
    QStringList taken = {m.energyColumn, m.durationColumn};
    take(
        &m.cpuEnergyColumn,
        [&](const QString &n, const QStringList &w) { return hasWord(w, {"cpu"}) && isEnergy(n, w); }, taken);
    take(
        &m.gpuEnergyColumn,
        [&](const QString &n, const QStringList &w) { return hasWord(w, {"gpu"}) && isEnergy(n, w); }, taken);
    take(
        &m.ramEnergyColumn,
        [&](const QString &n, const QStringList &w) {
            return hasWord(w, {"ram", "dram", "memory"}) && isEnergy(n, w);
        },
        taken);
    taken += {m.cpuEnergyColumn, m.gpuEnergyColumn, m.ramEnergyColumn};
    take(
        &m.projectColumn, [](const QString &n, const QStringList &) { return containsAny(n, {"project"}); }, taken);
    taken.append(m.projectColumn);
    take(
        &m.experimentColumn, [](const QString &n, const QStringList &) { return containsAny(n, {"experiment"}); },
        taken);
    taken.append(m.experimentColumn);
    take(
        &m.startColumn,
        [](const QString &n, const QStringList &w) {
            return hasWord(w, {"start", "started", "timestamp", "date", "datetime", "begin"})
                || containsAny(n, {"timestamp"});
        },
        taken);
    taken.append(m.startColumn);
    take(
        &m.hardwareColumn,
        [](const QString &n, const QStringList &w) {
            return !containsAny(n, {"energy", "power", "count", "util", "percent"})
                && (hasWord(w, {"gpu", "device", "hardware", "accelerator", "node"}));
        },
        taken);
    taken.append(m.hardwareColumn);
    take(
        &m.runColumn,
        [](const QString &, const QStringList &w) {
            return hasWord(w, {"model", "run", "name", "id", "job"});
        },
        taken);

    // The units from the names: "energy_kwh", "Energy (Wh)", "duration_ms", "minutes".
    const QStringList e = words(m.energyColumn);
    if (hasWord(e, {"kwh"}))
        m.energyUnit = EnergyUnit::KilowattHour;
    else if (hasWord(e, {"wh"}))
        m.energyUnit = EnergyUnit::WattHour;
    else if (hasWord(e, {"kj", "kilojoule", "kilojoules"}))
        m.energyUnit = EnergyUnit::Kilojoule;
    else if (m.energyColumn.contains(QLatin1String("MJ")) || hasWord(e, {"megajoule", "megajoules"}))
        m.energyUnit = EnergyUnit::Megajoule;
    else if (hasWord(e, {"j", "joule", "joules"}))
        m.energyUnit = EnergyUnit::Joule;
    const QStringList d = words(m.durationColumn);
    if (hasWord(d, {"ms", "millis", "milliseconds"}))
        m.durationUnit = DurationUnit::Millisecond;
    else if (hasWord(d, {"min", "mins", "minute", "minutes"}))
        m.durationUnit = DurationUnit::Minute;
    else if (hasWord(d, {"h", "hr", "hrs", "hour", "hours"}))
        m.durationUnit = DurationUnit::Hour;
    return m;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("energy"), energyColumn);
    o.insert(QStringLiteral("energy-unit"), unitName(energyUnit));
    o.insert(QStringLiteral("duration"), durationColumn);
    o.insert(QStringLiteral("duration-unit"), unitName(durationUnit));
    for (Role role : roles()) {
        if (!column(role).isEmpty())
            o.insert(roleKey(role), column(role));
    }
    return o;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QString &name, const QJsonObject &object)
{
    ColumnMapping m;
    m.name = name;
    m.energyColumn = object.value(QStringLiteral("energy")).toString();
    m.durationColumn = object.value(QStringLiteral("duration")).toString();
    const auto energy = energyUnitFromName(object.value(QStringLiteral("energy-unit")).toString());
    const auto duration = durationUnitFromName(object.value(QStringLiteral("duration-unit")).toString());
    if (!m.isComplete() || !energy || !duration)
        return std::nullopt;
    m.energyUnit = *energy;
    m.durationUnit = *duration;
    for (Role role : roles())
        m.setColumn(role, object.value(roleKey(role)).toString());
    return m;
}

int headerIndex(const QStringList &header, const QString &column)
{
    const QString wanted = key(column);
    if (wanted.isEmpty())
        return -1;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (key(header.at(i)) == wanted)
            return int(i);
    }
    return -1;
}

} // namespace wattprint
