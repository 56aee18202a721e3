#include "codecarbonimporter.h"

#include "csvreader.h"
#include "fieldparse.h"

#include <QCoreApplication>

#include <cmath>

namespace wattprint {

namespace {

QByteArray normalised(QByteArrayView raw)
{
    return fieldparse::trimmed(raw).toByteArray().toLower();
}

// Names only CodeCarbon writes together; BUTTER-E's files share none but run_id and experiment_id.
constexpr const char *Distinctive[] = {"energy_consumed", "emissions",        "emissions_rate", "codecarbon_version",
                                       "project_name",    "duration",         "cpu_energy",     "gpu_energy",
                                       "ram_energy",      "country_iso_code", "tracking_mode"};
// Names of BUTTER-E's files that CodeCarbon never writes.
constexpr const char *ButterE[] = {"is_gpu", "slurm_job_id", "watts", "hostnames", "p2"};

// Times as nanoseconds since 1970 in a qint64: an end within about 250 years of 1970 (up to the
// year 2223) less a duration of at most 1e9 s (about 31.7 years) always fits.
constexpr double MaxDurationSeconds = 1e9;

} // namespace

bool CodeCarbonImporter::recognises(const QList<QByteArray> &header)
{
    QList<QByteArray> names;
    for (const QByteArray &h : header)
        names.append(normalised(h));
    for (const char *name : ButterE) {
        if (names.contains(QByteArray(name)))
            return false;
    }
    int distinctive = 0;
    for (const char *name : Distinctive)
        distinctive += names.contains(QByteArray(name)) ? 1 : 0;
    return distinctive >= 2;
}

QStringList CodeCarbonImporter::requiredColumns()
{
    return {QStringLiteral("timestamp"), QStringLiteral("duration"), QStringLiteral("energy_consumed")};
}

bool CodeCarbonImporter::isGpu(std::optional<qint64> gpuCount, std::optional<double> gpuEnergy)
{
    return gpuCount.value_or(0) > 0 || gpuEnergy.value_or(0) > 0;
}

QByteArray CodeCarbonImporter::nodeType(bool gpu, QByteArrayView cpuModel, QByteArrayView gpuModel,
                                        std::optional<qint64> gpuCount)
{
    if (gpu && !gpuModel.isEmpty()) {
        if (gpuCount.value_or(1) > 1)
            return QByteArray::number(*gpuCount) + " x " + gpuModel.toByteArray();
        return gpuModel.toByteArray();
    }
    return cpuModel.toByteArray();
}

CodeCarbonImporter::CodeCarbonImporter(const QList<QByteArray> &header, QTimeZone zone)
    : m_zone(std::move(zone))
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QByteArray name = normalised(header.at(i));
        if (!name.isEmpty() && !m_index.contains(name))
            m_index.insert(name, int(i));
    }
}

QStringList CodeCarbonImporter::missingColumns() const
{
    QStringList missing;
    for (const QString &name : requiredColumns()) {
        if (!m_index.contains(name.toLatin1()))
            missing.append(name);
    }
    return missing;
}

QByteArrayView CodeCarbonImporter::raw(const CsvReader &reader, const char *column) const
{
    const int i = m_index.value(QByteArray(column), -1);
    if (i < 0 || i >= reader.fieldCount())
        return {};
    return fieldparse::trimmed(reader.field(i));
}

QByteArrayView CodeCarbonImporter::text(const CsvReader &reader, const char *column) const
{
    return raw(reader, column);
}

std::optional<double> CodeCarbonImporter::number(const CsvReader &reader, const char *column, bool required) const
{
    const QByteArrayView v = raw(reader, column);
    if (v.isEmpty()) {
        if (required)
            throw CodeCarbonFieldError{QString::fromLatin1(column), QString(),
                                       QCoreApplication::translate("Importer", "is empty")};
        return std::nullopt;
    }
    const auto d = fieldparse::parseDouble(v);
    if (!d)
        throw CodeCarbonFieldError{QString::fromLatin1(column), fieldparse::printable(v, 60),
                                   QCoreApplication::translate("Importer", "is not a number")};
    if (!std::isfinite(*d))
        throw CodeCarbonFieldError{QString::fromLatin1(column), fieldparse::printable(v, 60),
                                   QCoreApplication::translate("Importer", "is not a finite number")};
    if (*d < 0)
        throw CodeCarbonFieldError{QString::fromLatin1(column), fieldparse::printable(v, 60),
                                   QCoreApplication::translate("Importer", "is negative")};
    return d;
}

std::optional<qint64> CodeCarbonImporter::integer(const CsvReader &reader, const char *column) const
{
    const QByteArrayView v = raw(reader, column);
    if (v.isEmpty())
        return std::nullopt;
    const auto i = fieldparse::parseInteger(v);
    if (!i)
        throw CodeCarbonFieldError{QString::fromLatin1(column), fieldparse::printable(v, 60),
                                   QCoreApplication::translate("Importer", "is not a whole number")};
    if (*i < 0)
        throw CodeCarbonFieldError{QString::fromLatin1(column), fieldparse::printable(v, 60),
                                   QCoreApplication::translate("Importer", "is negative")};
    return i;
}

CodeCarbonRun CodeCarbonImporter::read(const CsvReader &reader) const
{
    CodeCarbonRun run;
    // The row's own fields identify it: the same row imported again is the same run.
    run.key = reader.rowKey("codecarbon");

    const QByteArrayView stamp = raw(reader, "timestamp");
    const auto t = fieldparse::parseTimestamp(stamp);
    if (!t)
        throw CodeCarbonFieldError{QStringLiteral("timestamp"), fieldparse::printable(stamp, 60),
                                   stamp.isEmpty() ? QCoreApplication::translate("Importer", "is empty")
                                                   : QCoreApplication::translate("Importer", "is not a date and time")};
    // CodeCarbon writes the local wall-clock time of the machine that ran: read it in the zone the
    // import was given (docs/data.md "CodeCarbon runs").
    const std::optional<qint64> end = fieldparse::utcNs(*t, m_zone);
    if (!end)
        throw CodeCarbonFieldError{QStringLiteral("timestamp"), fieldparse::printable(stamp, 60),
                                   QCoreApplication::translate("Importer", "is out of range")};
    const qint64 endNs = *end;
    run.runTime = *number(reader, "duration", true);
    if (run.runTime <= 0)
        throw CodeCarbonFieldError{QStringLiteral("duration"), fieldparse::printable(raw(reader, "duration"), 60),
                                   QCoreApplication::translate("Importer", "must be positive")};
    // Over 30 years is no tracked run, and its nanoseconds would not fit the store's times.
    if (run.runTime > MaxDurationSeconds)
        throw CodeCarbonFieldError{QStringLiteral("duration"), fieldparse::printable(raw(reader, "duration"), 60),
                                   QCoreApplication::translate("Importer", "is out of range")};
    run.endNs = endNs;
    run.startNs = endNs - qint64(std::llround(run.runTime * 1e9));

    // kWh to J; a value whose joules overflow a double is refused, not stored as infinity.
    const auto joules = [&](const char *column) -> std::optional<double> {
        const std::optional<double> kwh = number(reader, column, false);
        if (!kwh)
            return std::nullopt;
        const double j = *kwh * JoulesPerKwh;
        if (!std::isfinite(j))
            throw CodeCarbonFieldError{QString::fromLatin1(column), fieldparse::printable(raw(reader, column), 60),
                                       QCoreApplication::translate("Importer", "is out of range")};
        return j;
    };
    const std::optional<double> consumed = joules("energy_consumed");
    run.energyRecorded = consumed.has_value();
    run.energy = consumed.value_or(0.0);
    run.cpuEnergy = joules("cpu_energy");
    run.gpuEnergy = joules("gpu_energy");
    run.ramEnergy = joules("ram_energy");
    run.cpuPower = number(reader, "cpu_power", false);
    run.gpuPower = number(reader, "gpu_power", false);
    run.ramPower = number(reader, "ram_power", false);
    run.emissions = number(reader, "emissions", false);
    run.pue = number(reader, "pue", false);
    run.water = number(reader, "water_consumed", false);
    run.cpuCount = integer(reader, "cpu_count");
    run.gpuCount = integer(reader, "gpu_count");

    run.toolRunId = text(reader, "run_id").toByteArray();
    run.project = text(reader, "project_name").toByteArray();
    run.experiment = text(reader, "experiment_id").toByteArray();
    if (run.experiment.isEmpty())
        run.experiment = text(reader, "experiment_name").toByteArray();
    run.countryIso = text(reader, "country_iso_code").toByteArray().toUpper();
    run.countryName = text(reader, "country_name").toByteArray();
    run.region = text(reader, "region").toByteArray();
    run.cloudProvider = text(reader, "cloud_provider").toByteArray();
    run.cloudRegion = text(reader, "cloud_region").toByteArray();
    run.cpuModel = text(reader, "cpu_model").toByteArray();
    run.gpuModel = text(reader, "gpu_model").toByteArray();
    run.version = text(reader, "codecarbon_version").toByteArray();
    run.gpu = isGpu(run.gpuCount, run.gpuEnergy);
    run.nodeType = nodeType(run.gpu, run.cpuModel, run.gpuModel, run.gpuCount);
    return run;
}

} // namespace wattprint
