#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace wattprint {

class CsvReader;

// One row of a CodeCarbon emissions.csv in the store's units (docs/data.md "CodeCarbon runs").
struct CodeCarbonRun
{
    QByteArray key;       // the stored run_id: "codecarbon-" + SHA-1 of the row's fields
    QByteArray toolRunId; // CodeCarbon's own run_id (one tracker run may write several rows; may be empty)
    QByteArray project;
    QByteArray experiment;
    qint64 startNs = 0; // UTC: the row's timestamp (when the tracker stopped) minus the duration
    qint64 endNs = 0;   // UTC: the row's timestamp
    double runTime = 0; // s
    bool energyRecorded = false;
    double energy = 0; // J = 3.6e6 x energy_consumed (kWh); 0 when the file gives none
    std::optional<double> cpuEnergy, gpuEnergy, ramEnergy; // J
    std::optional<double> cpuPower, gpuPower, ramPower;    // W
    std::optional<double> emissions;                       // kg CO2e as CodeCarbon reported them
    std::optional<double> pue;
    std::optional<double> water; // litres
    std::optional<qint64> cpuCount, gpuCount;
    QByteArray countryIso, countryName, region, cloudProvider, cloudRegion, cpuModel, gpuModel, version;
    bool gpu = false;
    QByteArray nodeType; // empty when the file names no hardware
};

// A field that cannot be read: the column, the value as shown and why.
struct CodeCarbonFieldError
{
    QString column;
    QString value;
    QString reason;
};

// Reads CodeCarbon's emissions.csv rows, of any CodeCarbon version: columns are found by name,
// and only timestamp, duration and energy_consumed are required (docs/data.md "CodeCarbon runs").
// Storing the runs is the importer's work; this class maps one row to a CodeCarbonRun.
class CodeCarbonImporter
{
public:
    static constexpr double JoulesPerKwh = 3.6e6;

    // True for a header written by CodeCarbon (by its names, in any order and version), also
    // when it lacks a required column, so that the refusal can name what is missing.
    static bool recognises(const QList<QByteArray> &header);
    static QStringList requiredColumns();
    // The device rule: GPU when the row counts a GPU or measured GPU energy (in any unit).
    static bool isGpu(std::optional<qint64> gpuCount, std::optional<double> gpuEnergy);
    // "Apple M1" (the GPU's model for a GPU run, "2 x NVIDIA A100" with several; else the CPU's).
    static QByteArray nodeType(bool gpu, QByteArrayView cpuModel, QByteArrayView gpuModel,
                               std::optional<qint64> gpuCount);

    CodeCarbonImporter(const QList<QByteArray> &header, QTimeZone zone);
    // The required columns the header lacks, in the order of requiredColumns().
    QStringList missingColumns() const;
    QTimeZone timeZone() const { return m_zone; }
    // Maps the reader's current row. Throws CodeCarbonFieldError.
    CodeCarbonRun read(const CsvReader &reader) const;

private:
    QByteArrayView raw(const CsvReader &reader, const char *column) const;
    QByteArrayView text(const CsvReader &reader, const char *column) const;
    std::optional<double> number(const CsvReader &reader, const char *column, bool required) const;
    std::optional<qint64> integer(const CsvReader &reader, const char *column) const;

    QHash<QByteArray, int> m_index;
    QTimeZone m_zone;
};

} // namespace wattprint
