#include "schema.h"

#include "qualityrefresh.h"

#include <QRegularExpression>

#include <algorithm>

namespace wattprint::schema {

namespace {

QStringList migration1()
{
    return {
        QStringLiteral(R"(CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            source_path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            kind TEXT NOT NULL,
            rows_accepted INTEGER NOT NULL DEFAULT 0,
            rows_rejected INTEGER NOT NULL DEFAULT 0,
            rows_duplicate INTEGER NOT NULL DEFAULT 0,
            synthetic INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))))"),
        QStringLiteral(R"(CREATE TABLE import_rejections (
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            entry TEXT NOT NULL,
            line INTEGER NOT NULL,
            column_name TEXT,
            value TEXT,
            reason TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE datasets (
            name TEXT PRIMARY KEY,
            observations INTEGER NOT NULL,
            features INTEGER NOT NULL,
            classes INTEGER,
            task TEXT NOT NULL CHECK (task IN ('regression', 'classification'))))"),
        // The 13 PMLB datasets of the sweep (docs/data.md).
        QStringLiteral(R"(INSERT INTO datasets (name, observations, features, classes, task) VALUES
            ('201_pol', 15000, 48, NULL, 'regression'),
            ('294_satellite_image', 6435, 36, NULL, 'regression'),
            ('505_tecator', 240, 124, NULL, 'regression'),
            ('529_pollen', 3848, 4, NULL, 'regression'),
            ('537_houses', 20640, 8, NULL, 'regression'),
            ('adult', 48842, 14, 2, 'classification'),
            ('banana', 5300, 2, NULL, 'regression'),
            ('connect_4', 67557, 42, 3, 'classification'),
            ('mnist', 70000, 784, 10, 'classification'),
            ('nursery', 12958, 8, 4, 'classification'),
            ('sleep', 105908, 13, 5, 'classification'),
            ('splice', 3188, 60, 3, 'classification'),
            ('wine_quality_white', 4898, 11, 7, 'classification'))"),
        QStringLiteral(R"(CREATE TABLE node_types (
            name TEXT PRIMARY KEY,
            cpus INTEGER NOT NULL,
            tmp_disk_mb INTEGER NOT NULL,
            memory_mb INTEGER NOT NULL,
            gres TEXT NOT NULL,
            idle_power REAL NOT NULL,
            power_offset REAL NOT NULL))"),
        // NREL's six Eagle node types, their median idle power (p2) and offset to the reference type.
        QStringLiteral(R"(INSERT INTO node_types VALUES
            ('cpu1', 36, 900000, 85248, '(null)', 220, 0),
            ('cpu2', 36, 900000, 180224, '(null)', 230, -10),
            ('cpu3', 36, 1500000, 751616, '(null)', 309, -89),
            ('cpu4', 36, 2400000, 751616, '(null)', 388, -168),
            ('gpu1', 36, 1500000, 751616, 'gpu:v100:2', 374, 0),
            ('gpu2', 36, 2400000, 751616, 'gpu:v100:2', 403, -29))"),
        QStringLiteral(R"(CREATE TABLE nodes (
            node TEXT PRIMARY KEY,
            type TEXT REFERENCES node_types(name),
            cpus INTEGER,
            memory_mb INTEGER,
            tmp_disk_mb INTEGER,
            gres TEXT,
            idle_power REAL,
            power_offset REAL,
            sample_count INTEGER,
            min_watts REAL,
            p1_watts REAL,
            p2_watts REAL,
            p50_watts REAL,
            p99_watts REAL,
            max_watts REAL,
            sinfo_import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            power_import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL))"),
        QStringLiteral(R"(CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL UNIQUE,
            experiment_id INTEGER NOT NULL,
            slurm_job_id INTEGER NOT NULL,
            start_time TEXT NOT NULL,
            update_time TEXT NOT NULL,
            end_time TEXT,
            node TEXT NOT NULL,
            size INTEGER NOT NULL,
            depth INTEGER NOT NULL,
            shape TEXT NOT NULL,
            dataset TEXT NOT NULL,
            learning_rate REAL,
            batch_size INTEGER NOT NULL,
            optimizer TEXT,
            is_gpu INTEGER NOT NULL CHECK (is_gpu IN (0, 1)),
            batch TEXT NOT NULL,
            energy REAL NOT NULL,
            run_time REAL NOT NULL,
            filter_1 INTEGER CHECK (filter_1 IN (0, 1)),
            filter_2 INTEGER CHECK (filter_2 IN (0, 1)),
            filter_3 INTEGER CHECK (filter_3 IN (0, 1)),
            filter_3_stdevs REAL,
            filter INTEGER CHECK (filter IN (0, 1)),
            start_time_int INTEGER NOT NULL,
            start_offset INTEGER,
            power REAL NOT NULL,
            num_reps INTEGER,
            std_power REAL,
            std_energy REAL,
            energy_overhead REAL NOT NULL,
            non_overhead_energy REAL NOT NULL,
            runtime_overhead REAL NOT NULL,
            non_overhead_runtime REAL NOT NULL,
            start_ns INTEGER NOT NULL,
            update_ns INTEGER NOT NULL,
            end_ns INTEGER,
            device TEXT NOT NULL CHECK (device IN ('CPU', 'GPU')),
            node_type TEXT,
            energy_per_epoch REAL NOT NULL,
            energy_per_datum REAL,
            import_id INTEGER NOT NULL REFERENCES imports(id)))"),
        // Indexes for what the views ask often: one configuration or dataset (the prefix of
        // runs_config), time order (timelines, the table's default sort) and a job's runs (traces).
        // Columns with a handful of values (device, shape, batch, node type) get none: a scan is as
        // fast as an index that matches a third of the table. Rare work (removing an import,
        // re-typing a node's runs) scans too, rather than every import paying for more B-trees.
        QStringLiteral("CREATE INDEX runs_config ON runs(dataset, shape, size, depth, device)"),
        QStringLiteral("CREATE INDEX runs_start ON runs(start_ns)"),
        QStringLiteral("CREATE INDEX runs_job ON runs(slurm_job_id)"),
        QStringLiteral(R"(CREATE TABLE power_samples (
            job INTEGER NOT NULL,
            node TEXT NOT NULL,
            time_ns INTEGER NOT NULL, -- UTC, ns since the epoch (the files' Denver wall-clock converted)
            watts REAL NOT NULL,
            import_id INTEGER NOT NULL REFERENCES imports(id),
            PRIMARY KEY (job, node, time_ns)) WITHOUT ROWID)"),
    };
}

// Each run's expected energy from the energy model (analysis/expectedenergy.h), fitted on the whole
// store after every import (docs/data.md, "Expected energy"), and the fitted model itself.
QStringList migrationExpectedEnergy()
{
    return {
        QStringLiteral("ALTER TABLE runs ADD COLUMN expected_energy REAL"),
        QStringLiteral(R"(CREATE TABLE energy_model (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            fitted_at TEXT NOT NULL,
            runs INTEGER NOT NULL,
            model TEXT NOT NULL))"),
    };
}

// The quality status of every run (docs/data.md "Quality of a run"): a bit per rule it fails.
// Stores made before it get the column here and are backfilled by afterMigration().
QStringList migrationQuality()
{
    return {
        QStringLiteral("ALTER TABLE runs ADD COLUMN quality INTEGER NOT NULL DEFAULT 0"),
    };
}

// Runs from other sources than BUTTER-E (docs/data.md "Runs from several sources"): the runs
// table is rebuilt with the sweep's columns (configuration, job, node, overhead split) nullable,
// since a CodeCarbon run has none of them, and gains the source, project and experiment of every
// run and the parts CodeCarbon measures. SQLite cannot drop NOT NULL in place, hence the copy;
// it runs in the migration's transaction like every step, so a failure leaves the old table.
QStringList migrationSources()
{
    return {
        QStringLiteral(R"(CREATE TABLE runs_rebuilt (
            id INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL UNIQUE,
            experiment_id INTEGER,
            slurm_job_id INTEGER,
            start_time TEXT NOT NULL,
            update_time TEXT NOT NULL,
            end_time TEXT,
            node TEXT,
            size INTEGER,
            depth INTEGER,
            shape TEXT,
            dataset TEXT,
            learning_rate REAL,
            batch_size INTEGER,
            optimizer TEXT,
            is_gpu INTEGER NOT NULL CHECK (is_gpu IN (0, 1)),
            batch TEXT,
            energy REAL NOT NULL,
            run_time REAL NOT NULL,
            filter_1 INTEGER CHECK (filter_1 IN (0, 1)),
            filter_2 INTEGER CHECK (filter_2 IN (0, 1)),
            filter_3 INTEGER CHECK (filter_3 IN (0, 1)),
            filter_3_stdevs REAL,
            filter INTEGER CHECK (filter IN (0, 1)),
            start_time_int INTEGER,
            start_offset INTEGER,
            power REAL NOT NULL,
            num_reps INTEGER,
            std_power REAL,
            std_energy REAL,
            energy_overhead REAL,
            non_overhead_energy REAL,
            runtime_overhead REAL,
            non_overhead_runtime REAL,
            start_ns INTEGER NOT NULL,
            update_ns INTEGER NOT NULL,
            end_ns INTEGER,
            device TEXT NOT NULL CHECK (device IN ('CPU', 'GPU')),
            node_type TEXT,
            energy_per_epoch REAL,
            energy_per_datum REAL,
            import_id INTEGER NOT NULL REFERENCES imports(id),
            expected_energy REAL,
            quality INTEGER NOT NULL DEFAULT 0,
            source TEXT NOT NULL DEFAULT 'butter-e',
            project TEXT,
            experiment TEXT,
            tool_run_id TEXT,
            cpu_energy REAL,
            gpu_energy REAL,
            ram_energy REAL,
            cpu_power REAL,
            gpu_power REAL,
            ram_power REAL,
            reported_emissions REAL,
            country_iso TEXT,
            country_name TEXT,
            region TEXT,
            cloud_provider TEXT,
            cloud_region TEXT,
            cpu_model TEXT,
            gpu_model TEXT,
            cpu_count INTEGER,
            gpu_count INTEGER,
            pue REAL,
            water REAL,
            tool_version TEXT))"),
        QStringLiteral(R"(INSERT INTO runs_rebuilt (id, run_id, experiment_id, slurm_job_id, start_time, update_time,
            end_time, node, size, depth, shape, dataset, learning_rate, batch_size, optimizer, is_gpu, batch, energy,
            run_time, filter_1, filter_2, filter_3, filter_3_stdevs, filter, start_time_int, start_offset, power,
            num_reps, std_power, std_energy, energy_overhead, non_overhead_energy, runtime_overhead,
            non_overhead_runtime, start_ns, update_ns, end_ns, device, node_type, energy_per_epoch, energy_per_datum,
            import_id, expected_energy, quality)
            SELECT id, run_id, experiment_id, slurm_job_id, start_time, update_time,
            end_time, node, size, depth, shape, dataset, learning_rate, batch_size, optimizer, is_gpu, batch, energy,
            run_time, filter_1, filter_2, filter_3, filter_3_stdevs, filter, start_time_int, start_offset, power,
            num_reps, std_power, std_energy, energy_overhead, non_overhead_energy, runtime_overhead,
            non_overhead_runtime, start_ns, update_ns, end_ns, device, node_type, energy_per_epoch, energy_per_datum,
            import_id, expected_energy, quality FROM runs)"),
        QStringLiteral("DROP TABLE runs"),
        QStringLiteral("ALTER TABLE runs_rebuilt RENAME TO runs"),
        // The same indexes as before (dropped with the old table).
        QStringLiteral("CREATE INDEX runs_config ON runs(dataset, shape, size, depth, device)"),
        QStringLiteral("CREATE INDEX runs_start ON runs(start_ns)"),
        QStringLiteral("CREATE INDEX runs_job ON runs(slurm_job_id)"),
        // What kind of source each import is, and the time zone its zone-less times were read in.
        QStringLiteral("ALTER TABLE imports ADD COLUMN source TEXT NOT NULL DEFAULT 'butter-e'"),
        QStringLiteral("ALTER TABLE imports ADD COLUMN time_zone TEXT"),
    };
}

// Expected energies in a table of their own (docs/data.md, "Expected energy"): every refit
// rewrites all of them, and in the runs table that rewrote every wide row of the store, however
// small the import that caused it. Two numbers per run are written in a tenth of the time.
QStringList migrationExpectationsTable()
{
    return {
        QStringLiteral(R"(CREATE TABLE run_expectations (
            run INTEGER PRIMARY KEY, -- runs.id
            expected_energy REAL NOT NULL))"),
        QStringLiteral("INSERT INTO run_expectations (run, expected_energy) "
                       "SELECT id, expected_energy FROM runs WHERE expected_energy IS NOT NULL ORDER BY id"),
        QStringLiteral("ALTER TABLE runs DROP COLUMN expected_energy"),
    };
}

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {migration1(), migrationExpectedEnergy(), migrationQuality(),
                                           migrationSources(), migrationExpectationsTable()};
    return all;
}

bool afterMigration(int step, sqlite3 *db, QString *error)
{
    switch (step) {
    // The quality backfill of step 2 runs once the runs table has its source column (step 3),
    // which the refresh reads; a store already at 3 gets the same values it holds.
    case 3: return qualityrefresh::refresh(db, std::nullopt, error);
    default: return true;
    }
}

const QList<Index> &indexes()
{
    static const QList<Index> all = [] {
        QList<Index> list;
        const QRegularExpression create(QStringLiteral("^CREATE INDEX (\\w+) ON (\\w+)\\("));
        for (const QStringList &step : migrations()) {
            for (const QString &sql : step) {
                const QRegularExpressionMatch m = create.match(sql);
                if (!m.hasMatch())
                    continue;
                // A later step that rebuilds a table creates its indexes again: keep the last.
                list.removeIf([&m](const Index &i) { return i.name == m.captured(1); });
                list.append({m.captured(1), m.captured(2), sql});
            }
        }
        return list;
    }();
    return all;
}

const QStringList &runCsvColumns()
{
    static const QStringList columns = {QStringLiteral("run_id"),
                                        QStringLiteral("experiment_id"),
                                        QStringLiteral("slurm_job_id"),
                                        QStringLiteral("start_time"),
                                        QStringLiteral("update_time"),
                                        QStringLiteral("end_time"),
                                        QStringLiteral("node"),
                                        QStringLiteral("size"),
                                        QStringLiteral("depth"),
                                        QStringLiteral("shape"),
                                        QStringLiteral("dataset"),
                                        QStringLiteral("learning_rate"),
                                        QStringLiteral("batch_size"),
                                        QStringLiteral("optimizer"),
                                        QStringLiteral("is_gpu"),
                                        QStringLiteral("batch"),
                                        QStringLiteral("energy"),
                                        QStringLiteral("run_time"),
                                        QStringLiteral("filter_1"),
                                        QStringLiteral("filter_2"),
                                        QStringLiteral("filter_3"),
                                        QStringLiteral("filter_3_stdevs"),
                                        QStringLiteral("filter"),
                                        QStringLiteral("start_time_int"),
                                        QStringLiteral("start_offset"),
                                        QStringLiteral("power"),
                                        QStringLiteral("num_reps"),
                                        QStringLiteral("std_power"),
                                        QStringLiteral("std_energy"),
                                        QStringLiteral("energy_overhead"),
                                        QStringLiteral("non_overhead_energy"),
                                        QStringLiteral("runtime_overhead"),
                                        QStringLiteral("non_overhead_runtime")};
    return columns;
}

} // namespace wattprint::schema

namespace wattprint::schema {

namespace {

ColumnSpec col(const char *name, SqlType type, const char *constraints = "")
{
    return {QLatin1String(name), type, QLatin1String(constraints)};
}

} // namespace

// The tables after migrationExpectationsTable(), column for column in the order SQLite has them.
const QList<TableSpec> &currentTables()
{
    using T = SqlType;
    static const QList<TableSpec> tables = {
        {QStringLiteral("imports"),
         {col("id", T::Id), col("source_path", T::Text, "NOT NULL"), col("sha256", T::Text, "NOT NULL"),
          col("imported_at", T::Text, "NOT NULL"), col("kind", T::Text, "NOT NULL"),
          col("rows_accepted", T::Integer, "NOT NULL DEFAULT 0"),
          col("rows_rejected", T::Integer, "NOT NULL DEFAULT 0"),
          col("rows_duplicate", T::Integer, "NOT NULL DEFAULT 0"),
          col("synthetic", T::Integer, "NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))"),
          col("source", T::Text, "NOT NULL DEFAULT 'butter-e'"), col("time_zone", T::Text)},
         {},
         false},
        {QStringLiteral("import_rejections"),
         {col("import_id", T::Integer, "NOT NULL REFERENCES imports(id) ON DELETE CASCADE"),
          col("entry", T::Text, "NOT NULL"), col("line", T::Integer, "NOT NULL"), col("column_name", T::Text),
          col("value", T::Text), col("reason", T::Text, "NOT NULL")},
         {},
         false},
        {QStringLiteral("datasets"),
         {col("name", T::Text, "PRIMARY KEY"), col("observations", T::Integer, "NOT NULL"),
          col("features", T::Integer, "NOT NULL"), col("classes", T::Integer),
          col("task", T::Text, "NOT NULL CHECK (task IN ('regression', 'classification'))")},
         {},
         false},
        {QStringLiteral("node_types"),
         {col("name", T::Text, "PRIMARY KEY"), col("cpus", T::Integer, "NOT NULL"),
          col("tmp_disk_mb", T::Integer, "NOT NULL"), col("memory_mb", T::Integer, "NOT NULL"),
          col("gres", T::Text, "NOT NULL"), col("idle_power", T::Real, "NOT NULL"),
          col("power_offset", T::Real, "NOT NULL")},
         {},
         false},
        {QStringLiteral("nodes"),
         {col("node", T::Text, "PRIMARY KEY"), col("type", T::Text, "REFERENCES node_types(name)"),
          col("cpus", T::Integer), col("memory_mb", T::Integer), col("tmp_disk_mb", T::Integer), col("gres", T::Text),
          col("idle_power", T::Real), col("power_offset", T::Real), col("sample_count", T::Integer),
          col("min_watts", T::Real), col("p1_watts", T::Real), col("p2_watts", T::Real), col("p50_watts", T::Real),
          col("p99_watts", T::Real), col("max_watts", T::Real),
          col("sinfo_import_id", T::Integer, "REFERENCES imports(id) ON DELETE SET NULL"),
          col("power_import_id", T::Integer, "REFERENCES imports(id) ON DELETE SET NULL")},
         {},
         false},
        {QStringLiteral("runs"),
         {col("id", T::Id),
          col("run_id", T::Text, "NOT NULL UNIQUE"),
          col("experiment_id", T::Integer),
          col("slurm_job_id", T::Integer),
          col("start_time", T::Text, "NOT NULL"),
          col("update_time", T::Text, "NOT NULL"),
          col("end_time", T::Text),
          col("node", T::Text),
          col("size", T::Integer),
          col("depth", T::Integer),
          col("shape", T::Text),
          col("dataset", T::Text),
          col("learning_rate", T::Real),
          col("batch_size", T::Integer),
          col("optimizer", T::Text),
          col("is_gpu", T::Integer, "NOT NULL CHECK (is_gpu IN (0, 1))"),
          col("batch", T::Text),
          col("energy", T::Real, "NOT NULL"),
          col("run_time", T::Real, "NOT NULL"),
          col("filter_1", T::Integer, "CHECK (filter_1 IN (0, 1))"),
          col("filter_2", T::Integer, "CHECK (filter_2 IN (0, 1))"),
          col("filter_3", T::Integer, "CHECK (filter_3 IN (0, 1))"),
          col("filter_3_stdevs", T::Real),
          col("filter", T::Integer, "CHECK (filter IN (0, 1))"),
          col("start_time_int", T::Integer),
          col("start_offset", T::Integer),
          col("power", T::Real, "NOT NULL"),
          col("num_reps", T::Integer),
          col("std_power", T::Real),
          col("std_energy", T::Real),
          col("energy_overhead", T::Real),
          col("non_overhead_energy", T::Real),
          col("runtime_overhead", T::Real),
          col("non_overhead_runtime", T::Real),
          col("start_ns", T::Integer, "NOT NULL"),
          col("update_ns", T::Integer, "NOT NULL"),
          col("end_ns", T::Integer),
          col("device", T::Text, "NOT NULL CHECK (device IN ('CPU', 'GPU'))"),
          col("node_type", T::Text),
          col("energy_per_epoch", T::Real),
          col("energy_per_datum", T::Real),
          col("import_id", T::Integer, "NOT NULL REFERENCES imports(id)"),
          col("quality", T::Integer, "NOT NULL DEFAULT 0"),
          col("source", T::Text, "NOT NULL DEFAULT 'butter-e'"),
          col("project", T::Text),
          col("experiment", T::Text),
          col("tool_run_id", T::Text),
          col("cpu_energy", T::Real),
          col("gpu_energy", T::Real),
          col("ram_energy", T::Real),
          col("cpu_power", T::Real),
          col("gpu_power", T::Real),
          col("ram_power", T::Real),
          col("reported_emissions", T::Real),
          col("country_iso", T::Text),
          col("country_name", T::Text),
          col("region", T::Text),
          col("cloud_provider", T::Text),
          col("cloud_region", T::Text),
          col("cpu_model", T::Text),
          col("gpu_model", T::Text),
          col("cpu_count", T::Integer),
          col("gpu_count", T::Integer),
          col("pue", T::Real),
          col("water", T::Real),
          col("tool_version", T::Text)},
         {},
         false},
        {QStringLiteral("power_samples"),
         {col("job", T::Integer, "NOT NULL"), col("node", T::Text, "NOT NULL"), col("time_ns", T::Integer, "NOT NULL"),
          col("watts", T::Real, "NOT NULL"), col("import_id", T::Integer, "NOT NULL REFERENCES imports(id)")},
         {QStringLiteral("PRIMARY KEY (job, node, time_ns)")},
         true},
        // The key is a plain integer (always 1), not a numbered one: the table holds one row.
        {QStringLiteral("energy_model"),
         {col("id", T::Integer, "PRIMARY KEY CHECK (id = 1)"), col("fitted_at", T::Text, "NOT NULL"),
          col("runs", T::Integer, "NOT NULL"), col("model", T::Text, "NOT NULL")},
         {},
         false},
        // Keyed by runs.id; no foreign key: every refit rewrites the whole table.
        {QStringLiteral("run_expectations"),
         {col("run", T::Integer, "PRIMARY KEY"), col("expected_energy", T::Real, "NOT NULL")},
         {},
         false},
    };
    return tables;
}

QString createTable(const TableSpec &table, const SqlDialect &dialect)
{
    QStringList parts;
    for (const ColumnSpec &c : table.columns) {
        QString line = c.name + QLatin1Char(' ') + dialect.columnType(c.type);
        if (!c.constraints.isEmpty())
            line += QLatin1Char(' ') + c.constraints;
        parts.append(line);
    }
    parts += table.tableConstraints;
    return QStringLiteral("CREATE TABLE %1 (%2)%3")
        .arg(table.name, parts.join(QStringLiteral(", ")), dialect.tableSuffix(table.keyedOnly));
}

QStringList createCurrent(const SqlDialect &dialect)
{
    QStringList statements;
    for (const TableSpec &t : currentTables())
        statements.append(createTable(t, dialect));
    // The seed rows (the sweep's datasets, Eagle's node types) are plain INSERTs both engines read:
    // taken from the first migration, so they are written down once.
    for (const QString &sql : migrations().constFirst()) {
        if (sql.startsWith(QLatin1String("INSERT INTO")))
            statements.append(sql);
    }
    for (const Index &i : indexes())
        statements.append(i.sql);
    return statements;
}

QString serverVersionTable()
{
    return QStringLiteral("wattprint_schema");
}

QStringList serverMigration(int from, const SqlDialect &dialect)
{
    // A step added to migrations() after version 4 gets its PostgreSQL form here, keyed by the same
    // version, written from the description with SqlDialect (docs/postgresql.md, "Migrations").
    switch (from) {
    case 4: {
        const QList<TableSpec> &tables = currentTables();
        const auto expectations = std::find_if(tables.cbegin(), tables.cend(), [](const TableSpec &t) {
            return t.name == QLatin1String("run_expectations");
        });
        QStringList steps = migrationExpectationsTable();
        steps.first() = createTable(*expectations, dialect);
        return steps;
    }
    default: return {};
    }
}

} // namespace wattprint::schema
