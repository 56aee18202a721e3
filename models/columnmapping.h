#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wattprint {

// Which columns of an energy CSV of any tool hold what, and in which units (docs/data.md "Any
// energy CSV: column mappings"). Columns are named by their header text (compared trimmed and
// case-insensitively); an empty name means the role is not mapped. Energy and duration are
// required; the rest are optional.
struct ColumnMapping
{
    enum class EnergyUnit { Joule, Kilojoule, Megajoule, WattHour, KilowattHour };
    enum class DurationUnit { Millisecond, Second, Minute, Hour };
    // The optional roles, in the order the dialog and the docs list them.
    enum class Role { Run, Hardware, Project, Experiment, Start, CpuEnergy, GpuEnergy, RamEnergy };

    QString name; // what it is saved as; empty for one not saved
    QString energyColumn;
    EnergyUnit energyUnit = EnergyUnit::KilowattHour;
    QString durationColumn;
    DurationUnit durationUnit = DurationUnit::Second;
    QString runColumn;        // run or model name: tool_run_id
    QString hardwareColumn;   // "GPU", "CPU" or a model name: device and node type
    QString projectColumn;    // project
    QString experimentColumn; // experiment
    QString startColumn;      // when the run started; read in the import's time zone if it has none
    QString cpuEnergyColumn, gpuEnergyColumn, ramEnergyColumn; // parts, in energyUnit

    static QList<EnergyUnit> energyUnits();
    static QList<DurationUnit> durationUnits();
    static QList<Role> roles();
    // J, kJ, MJ, Wh, kWh; ms, s, min, h (also the names saved and given on the command line).
    static QString unitName(EnergyUnit unit);
    static QString unitName(DurationUnit unit);
    static std::optional<EnergyUnit> energyUnitFromName(const QString &name);
    static std::optional<DurationUnit> durationUnitFromName(const QString &name);
    // The role's key in the saved JSON and on the command line: run, hardware, project, ...
    static QString roleKey(Role role);
    // Conversions, each one exact operation on the value so that the result is the correctly
    // rounded product or quotient: x 1, 1e3, 1e6, 3600, 3.6e6 J; / 1000, x 1, 60, 3600 s.
    static double toJoules(double value, EnergyUnit unit);
    static double toSeconds(double value, DurationUnit unit);

    QString column(Role role) const;
    void setColumn(Role role, const QString &column);
    // Energy and duration are both named.
    bool isComplete() const;
    // Every named column: energy, duration, then the optional roles'.
    QStringList columns() const;
    // The named columns the header lacks (compared trimmed and case-insensitively).
    QStringList missingColumns(const QStringList &header) const;
    // A first guess from the header's names ("energy_kwh", "duration_s", "project", "gpu"...).
    static ColumnMapping guess(const QStringList &header);

    QJsonObject toJson() const;
    // Null when the object lacks energy or duration or names an unknown unit.
    static std::optional<ColumnMapping> fromJson(const QString &name, const QJsonObject &object);

    bool operator==(const ColumnMapping &other) const = default;
};

// The position of a column in a header by the rule above, -1 when absent.
int headerIndex(const QStringList &header, const QString &column);

} // namespace wattprint
