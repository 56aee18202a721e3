// The store on a PostgreSQL server (docs/postgresql.md): server addresses, the one schema written
// for both engines, creating, versioning and reopening a server store, refusing what is not ours,
// read-only roles, reading back the same runs as from SQLite, and the writers that follow an import
// (the energy model's refit, the quality refresh, removing imports) giving the same rows as the
// SQLite path. The slots that need a server skip unless WATTPRINT_TEST_POSTGRES names one
// (bash scripts/with-postgres.sh ctest -R tst_postgresstore).
#include "../support/demostorecache.h"
#include "../support/pgtestserver.h"

#include <batchupdate.h>
#include <expectedenergystore.h>
#include <filter.h>
#include <qualityrefresh.h>
#include <runloader.h>
#include <runquality.h>
#include <runtablemodel.h>
#include <schema.h>
#include <sqldialect.h>
#include <store.h>
#include <storelocation.h>
#include <storesummary.h>
#include <tracequery.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <thread>

using namespace wattprint;
using testsupport::PgTestDatabase;

namespace {

const DemoOptions SmallDemo{20221001, 3000, 2};

QString firstDifference(const RunColumns &a, const RunColumns &b)
{
    if (a.rowCount() != b.rowCount())
        return QStringLiteral("sizes %1 and %2").arg(a.rowCount()).arg(b.rowCount());
#define SAME_NAMES(field)                                                                                              \
    if (a.field != b.field)                                                                                            \
        return QStringLiteral(#field ": %1 | %2").arg(a.field.join(QLatin1Char(',')), b.field.join(QLatin1Char(',')));
    SAME_NAMES(datasetNames)
    SAME_NAMES(shapeNames)
    SAME_NAMES(nodeTypeNames)
    SAME_NAMES(batchNames)
    SAME_NAMES(sourceNames)
    SAME_NAMES(projectNames)
#undef SAME_NAMES
#define SAME_VALUES(field)                                                                                             \
    if (a.field.size() != b.field.size())                                                                              \
        return QStringLiteral(#field " lengths %1 and %2").arg(a.field.size()).arg(b.field.size());                    \
    for (std::size_t i = 0; i < a.field.size(); ++i) {                                                                 \
        const double x = double(a.field[i]), y = double(b.field[i]);                                                   \
        if (!(x == y || (std::isnan(x) && std::isnan(y))))                                                             \
            return QStringLiteral(#field "[%1]: %2 and %3").arg(i).arg(x, 0, 'g', 17).arg(y, 0, 'g', 17);              \
    }
    SAME_VALUES(id)
    SAME_VALUES(dataset)
    SAME_VALUES(shape)
    SAME_VALUES(nodeType)
    SAME_VALUES(batch)
    SAME_VALUES(source)
    SAME_VALUES(project)
    SAME_VALUES(size)
    SAME_VALUES(depth)
    SAME_VALUES(isGpu)
    SAME_VALUES(slurmJobId)
    SAME_VALUES(startNs)
    SAME_VALUES(energy)
    SAME_VALUES(runTime)
    SAME_VALUES(power)
    SAME_VALUES(nonOverheadEnergy)
    SAME_VALUES(energyOverhead)
    SAME_VALUES(energyPerEpoch)
    SAME_VALUES(energyPerDatum)
    SAME_VALUES(expectedEnergy)
    SAME_VALUES(quality)
    SAME_VALUES(cpuEnergy)
    SAME_VALUES(gpuEnergy)
    SAME_VALUES(ramEnergy)
#undef SAME_VALUES
    return {};
}

// A run of another source (CodeCarbon-like: no sweep columns, energy parts) in the store's first
// import.
bool addOtherSourceRun(Store *store, QString *error)
{
    QSqlQuery insert(store->database());
    insert.prepare(QStringLiteral(
        "INSERT INTO runs (run_id, start_time, update_time, is_gpu, energy, run_time, power, start_ns, update_ns, "
        "device, import_id, source, project, country_iso, reported_emissions, cpu_energy, gpu_energy, ram_energy) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT min(id) FROM imports), ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{QStringLiteral("cc-1"), QStringLiteral("2024-05-01T10:00:00"),
                      QStringLiteral("2024-05-01T11:00:00"), 0, 1234.5, 3600.0, 0.34291666, qint64(1714557600000000000),
                      qint64(1714561200000000000), QStringLiteral("CPU"), QStringLiteral("codecarbon"),
                      QStringLiteral("vision"), QStringLiteral("FRA"), 0.0125, 800.25, 400.5, QVariant()})
        insert.addBindValue(v);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}

// The small demo store plus a run of another source, in an SQLite file (`lite`, made on its path)
// and copied row by row into the server store.
bool makeTwins(Store *lite, Store *server, QString *error)
{
    return testsupport::copyDemoStore(SmallDemo, lite->path(), error) && lite->open(error)
        && addOtherSourceRun(lite, error) && server->open(error) && testsupport::copyStoreRows(lite, server, error);
}

bool execOn(Store *store, const QStringList &statements, QString *error)
{
    QSqlQuery query(store->database());
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            *error = sql + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
    }
    return true;
}

// Rows per table, to see that removing an import removed the same rows on both engines.
QString tableCounts(Store *store)
{
    QStringList counts;
    QSqlQuery query(store->database());
    for (const char *table : {"imports", "runs", "power_samples", "nodes", "import_rejections", "energy_model"}) {
        const QString name = QString::fromLatin1(table);
        counts.append(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(name)) && query.next()
                          ? name + QLatin1Char('=') + query.value(0).toString()
                          : name + QStringLiteral(" unreadable"));
    }
    return counts.join(QLatin1Char(' '));
}

// The stored model without the moment it was fitted, as compact JSON text for messages.
QByteArray modelWithoutTime(Store *store)
{
    QJsonObject model = ExpectedEnergyStore::model(store);
    model.remove(QStringLiteral("fitted_at"));
    return QJsonDocument(model).toJson(QJsonDocument::Compact);
}

// Equal, but for the last bits of a double: a sum over runs depends on the order the engine adds
// them in, and SQLite with the planner's statistics may read them through an index, not by id.
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble(), y = b.toDouble();
        return x == y || std::abs(x - y) <= 1e-12 * std::max(std::abs(x), std::abs(y));
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        if (oa.keys() != ob.keys())
            return false;
        for (const QString &key : oa.keys()) {
            if (!sameJson(oa.value(key), ob.value(key)))
                return false;
        }
        return true;
    }
    if (a.isArray() && b.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        if (aa.size() != ab.size())
            return false;
        for (qsizetype i = 0; i < aa.size(); ++i) {
            if (!sameJson(aa.at(i), ab.at(i)))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

private slots:
    void parsesServerAddresses();
    void refusesPasswordsAndUnknownOptions();
    void dialectSpellsBothEngines();
    void sqliteStoreMatchesTheDescription();
    void filterSqlPerEngine();
    void unreachableServerIsToldPlainly();
    void serverStoreIsCreatedAtTheCurrentVersion();
    void reopeningServerStoreChangesNothing();
    void refusesForeignOrNewerServerDatabase();
    void readOnlyRoleSeesReadOnlyStore();
    void rolesGrantedTooLittleAreToldWhatIsMissing();
    void roleThatMayNotCreateIsToldPlainly();
    void serverReadsTheSameRunsAsSqlite();
    void upsertBehavesAlikeOnBothEngines();
    void arrayParametersRoundTrip();
    void batchedUpdateWritesEveryRow();
    void serverRefitMatchesSqlite();
    void serverQualityMatchesSqlite();
    void serverRemovesImportsAndRefits();
    void serverOfVersion4MovesExpectations();
};

void TestPostgresStore::parsesServerAddresses()
{
    QString error;
    StoreLocation l = StoreLocation::parse(QStringLiteral("postgresql://alice@db.example.org:5433/energy"), &error);
    QVERIFY2(l.isValid(), qPrintable(error));
    QVERIFY(l.isServer());
    QCOMPARE(l.engine(), SqlEngine::PostgreSQL);
    QCOMPARE(l.user(), QStringLiteral("alice"));
    QCOMPARE(l.host(), QStringLiteral("db.example.org"));
    QCOMPARE(l.port(), 5433);
    QCOMPARE(l.databaseName(), QStringLiteral("energy"));
    QCOMPARE(l.toString(), QStringLiteral("postgresql://alice@db.example.org:5433/energy"));

    // postgres:// too; fields left out stay empty for libpq's environment (PGHOST, PGUSER...).
    l = StoreLocation::parse(QStringLiteral("postgres:///energy"), &error);
    QVERIFY2(l.isValid(), qPrintable(error));
    QVERIFY(l.user().isEmpty());
    QVERIFY(l.host().isEmpty());
    QCOMPARE(l.port(), -1);
    QCOMPARE(l.databaseName(), QStringLiteral("energy"));
    l = StoreLocation::parse(QStringLiteral("postgresql://"), &error);
    QVERIFY2(l.isValid(), qPrintable(error));
    QVERIFY(l.databaseName().isEmpty());

    // A Unix-socket folder, percent-encoded or in the query; an IPv6 address in brackets.
    l = StoreLocation::parse(QStringLiteral("postgresql://bob@%2Ftmp%2Fpg.1:5999/db"), &error);
    QVERIFY2(l.isValid(), qPrintable(error));
    QCOMPARE(l.host(), QStringLiteral("/tmp/pg.1"));
    QCOMPARE(l.port(), 5999);
    QCOMPARE(StoreLocation::parse(l.toString()).host(), QStringLiteral("/tmp/pg.1"));
    l = StoreLocation::parse(QStringLiteral("postgresql:///db?host=/run/postgresql&sslmode=disable"), &error);
    QVERIFY2(l.isValid(), qPrintable(error));
    QCOMPARE(l.host(), QStringLiteral("/run/postgresql"));
    QCOMPARE(l.connectOptions(), QStringLiteral("sslmode=disable"));
    l = StoreLocation::parse(QStringLiteral("postgresql://[::1]:5432/db"), &error);
    QVERIFY2(l.isValid(), qPrintable(error));
    QCOMPARE(l.host(), QStringLiteral("::1"));
    QCOMPARE(l.toString(), QStringLiteral("postgresql://[::1]:5432/db"));

    // Anything else is a file.
    l = StoreLocation::parse(QStringLiteral("/home/me/wattprint.sqlite"));
    QVERIFY(l.isValid());
    QCOMPARE(l.engine(), SqlEngine::SQLite);
    QCOMPARE(l.filePath(), QStringLiteral("/home/me/wattprint.sqlite"));
}

void TestPostgresStore::refusesPasswordsAndUnknownOptions()
{
    QString error;
    QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://alice:secret@host/db"), &error).isValid());
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("secret")));
    error.clear();
    QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://alice@host/db?password=secret"), &error).isValid());
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
    error.clear();
    QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://host/db?sslmod=require"), &error).isValid());
    QVERIFY2(error.contains(QLatin1String("sslmod")), qPrintable(error));
    QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://host:port/db"), &error).isValid());
    QVERIFY(!StoreLocation::parse(QStringLiteral("postgresql://host:70000/db"), &error).isValid());

    // A Store on a bad address says why instead of opening anything.
    Store store(QStringLiteral("postgresql://alice:secret@host/db"));
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("password")), qPrintable(error));
}

void TestPostgresStore::dialectSpellsBothEngines()
{
    const SqlDialect lite(SqlEngine::SQLite), pg(SqlEngine::PostgreSQL);
    QCOMPARE(lite.driverName(), QStringLiteral("QSQLITE"));
    QCOMPARE(pg.driverName(), QStringLiteral("QPSQL"));
    QCOMPARE(lite.columnType(SqlType::Real), QStringLiteral("REAL"));
    QCOMPARE(pg.columnType(SqlType::Real), QStringLiteral("DOUBLE PRECISION"));
    QCOMPARE(pg.columnType(SqlType::Integer), QStringLiteral("BIGINT"));
    QVERIFY(pg.columnType(SqlType::Id).contains(QLatin1String("IDENTITY")));
    QCOMPARE(lite.columnType(SqlType::Id), QStringLiteral("INTEGER PRIMARY KEY"));

    const auto &tables = schema::currentTables();
    const auto samples = std::find_if(tables.cbegin(), tables.cend(), [](const schema::TableSpec &t) {
        return t.name == QLatin1String("power_samples");
    });
    QVERIFY(samples != tables.cend());
    QVERIFY(schema::createTable(*samples, lite).endsWith(QLatin1String(") WITHOUT ROWID")));
    QVERIFY(!schema::createTable(*samples, pg).contains(QLatin1String("ROWID")));
    QVERIFY(schema::createTable(*samples, pg).contains(QLatin1String("watts DOUBLE PRECISION NOT NULL")));
    // No SQLite spelling in the server's statements.
    for (const QString &sql : schema::createCurrent(pg)) {
        QVERIFY2(!sql.contains(QLatin1String(" REAL")) && !sql.contains(QLatin1String("INTEGER PRIMARY KEY"))
                     && !sql.contains(QLatin1String("ROWID")),
                 qPrintable(sql));
    }
}

// SQLite reaches the current schema through its released migrations; the description the server's
// schema is written from must say the same, column by column.
void TestPostgresStore::sqliteStoreMatchesTheDescription()
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("s.sqlite")));
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    const SqlDialect lite(SqlEngine::SQLite);
    QSqlQuery query(store.database());
    QStringList described, stored;
    for (const schema::TableSpec &t : schema::currentTables()) {
        for (const schema::ColumnSpec &c : t.columns) {
            // PRAGMA table_info gives the declared type word; an Id column is INTEGER and the key.
            const QString type = c.type == SqlType::Id ? QStringLiteral("INTEGER") : lite.columnType(c.type);
            const bool notNull = c.constraints.contains(QLatin1String("NOT NULL"));
            const bool key = c.type == SqlType::Id || c.constraints.contains(QLatin1String("PRIMARY KEY"))
                || t.tableConstraints.join(QLatin1Char(' ')).contains(QLatin1Char('(') + c.name)
                || t.tableConstraints.join(QLatin1Char(' ')).contains(QLatin1Char(' ') + c.name + QLatin1Char(','))
                || t.tableConstraints.join(QLatin1Char(' ')).contains(QLatin1Char(' ') + c.name + QLatin1Char(')'));
            described.append(QStringLiteral("%1.%2 %3%4%5")
                                 .arg(t.name, c.name, type, notNull ? QStringLiteral(" not null") : QString(),
                                      key ? QStringLiteral(" key") : QString()));
        }
        QVERIFY(
            query.exec(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info('%1')").arg(t.name)));
        while (query.next())
            stored.append(QStringLiteral("%1.%2 %3%4%5")
                              .arg(t.name, query.value(0).toString(), query.value(1).toString(),
                                   query.value(2).toBool() ? QStringLiteral(" not null") : QString(),
                                   query.value(3).toInt() > 0 ? QStringLiteral(" key") : QString()));
    }
    QCOMPARE(stored, described);
    // And no table the description leaves out.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), int(schema::currentTables().size()));
}

void TestPostgresStore::filterSqlPerEngine()
{
    Filter f;
    f.runIds = {3, 5};
    f.ranges.insert(QStringLiteral("size"), {1000.5, 2000});
    const Filter::Where lite = f.where(), pg = f.where(SqlEngine::PostgreSQL);
    QCOMPARE(lite.sql, f.where(SqlEngine::SQLite).sql);
    QVERIFY(lite.sql.contains(QLatin1String("json_each(?)")));
    QVERIFY(pg.sql.contains(QLatin1String("json_array_elements_text(CAST(? AS json))")));
    QVERIFY(pg.sql.contains(QLatin1String("size BETWEEN CAST(? AS DOUBLE PRECISION)")));
    QCOMPARE(pg.values, lite.values);
    QCOMPARE(pg.sql.count(QLatin1Char('?')), lite.sql.count(QLatin1Char('?')));
}

void TestPostgresStore::unreachableServerIsToldPlainly()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver (libqt6sql6-psql) is not installed");
    // Port 1 on the loopback: nothing listens, the connection is refused at once.
    Store store(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=5"));
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot connect to none on 127.0.0.1")), qPrintable(error));
    QVERIFY(!store.isOpen());
}

void TestPostgresStore::serverStoreIsCreatedAtTheCurrentVersion()
{
    WATTPRINT_REQUIRE_POSTGRES();
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store store(db.url());
    QCOMPARE(store.engine(), SqlEngine::PostgreSQL);
    QString error;
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.isOpen());
    QVERIFY(!store.isReadOnly());
    QVERIFY(store.handle() == nullptr);
    QCOMPARE(store.schemaVersion(), int(schema::migrations().size()));
    QVERIFY(store.isEmpty());
    QCOMPARE(store.sourceDescription(), QStringLiteral("No data"));

    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT version FROM wattprint_schema")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), int(schema::migrations().size()));
    QVERIFY(!query.next());
    // The seed rows, and every column of the description with the server's type.
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM datasets), (SELECT count(*) FROM node_types)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 13);
    QCOMPARE(query.value(1).toInt(), 6);
    for (const schema::TableSpec &t : schema::currentTables()) {
        query.prepare(
            QStringLiteral("SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                           "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"));
        query.addBindValue(t.name);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QStringList stored, described;
        while (query.next())
            stored.append(
                query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                + (query.value(2).toString() == QLatin1String("NO") ? QStringLiteral(" not null") : QString()));
        for (const schema::ColumnSpec &c : t.columns) {
            const QString type = c.type == SqlType::Real ? QStringLiteral("double precision")
                : c.type == SqlType::Text                ? QStringLiteral("text")
                                                         : QStringLiteral("bigint");
            const bool notNull = c.type == SqlType::Id || c.constraints.contains(QLatin1String("NOT NULL"))
                || c.constraints.contains(QLatin1String("PRIMARY KEY"))
                || t.tableConstraints.join(QLatin1Char(' ')).contains(c.name);
            described.append(c.name + QLatin1Char(' ') + type + (notNull ? QStringLiteral(" not null") : QString()));
        }
        QCOMPARE(stored, described);
    }
    // A new run gets its id from the server, as SQLite's rowid gives one.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO imports (source_path, sha256, imported_at, kind) "
                                      "VALUES ('a.csv', '00', '2026-01-01T00:00:00Z', 'runs') RETURNING id")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toLongLong() > 0);
}

void TestPostgresStore::reopeningServerStoreChangesNothing()
{
    WATTPRINT_REQUIRE_POSTGRES();
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QString error;
    {
        Store store(db.url());
        QVERIFY2(store.open(&error), qPrintable(error));
    }
    QVERIFY(db.exec(QStringLiteral("INSERT INTO imports (source_path, sha256, imported_at, kind, synthetic) "
                                   "VALUES ('demo', '00', '2026-01-01T00:00:00Z', 'runs', 1)")));
    for (int i = 0; i < 2; ++i) {
        Store store(db.url());
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), int(schema::migrations().size()));
        QVERIFY(store.hasSyntheticData());
        QVERIFY(!store.hasRealData());
        // Reopened for writing, it still takes writes.
        QVERIFY(!store.isReadOnly());
        QSqlQuery write(store.database());
        QVERIFY2(write.exec(QStringLiteral("UPDATE imports SET kind = kind")), qPrintable(write.lastError().text()));
        QCOMPARE(store.imports().size(), 1);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM wattprint_schema")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM datasets")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 13);
    }
    // Two stores opening the same new database at once: one creates it, the other finds it made.
    PgTestDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    Store a(fresh.url()), b(fresh.url());
    QString errorA, errorB;
    std::thread other([&] {
        Store c(fresh.url());
        QString e;
        if (!c.open(&e))
            errorB = e;
    });
    const bool openedA = a.open(&errorA);
    other.join();
    QVERIFY2(openedA, qPrintable(errorA));
    QVERIFY2(errorB.isEmpty(), qPrintable(errorB));
    QVERIFY2(b.open(&error), qPrintable(error));
    QCOMPARE(b.schemaVersion(), int(schema::migrations().size()));
}

void TestPostgresStore::refusesForeignOrNewerServerDatabase()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QString error;
    {
        PgTestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE invoices (id integer)")));
        Store store(db.url());
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("not a store made by Wattprint")), qPrintable(error));
        // Left as it was: no table of ours was added.
        QVERIFY(db.exec(QStringLiteral("DO $$ BEGIN IF to_regclass('runs') IS NOT NULL "
                                       "OR to_regclass('wattprint_schema') IS NOT NULL "
                                       "THEN RAISE EXCEPTION 'touched'; END IF; END $$")));
    }
    {
        PgTestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        {
            Store store(db.url());
            QVERIFY2(store.open(&error), qPrintable(error));
        }
        QVERIFY(db.exec(
            QStringLiteral("INSERT INTO wattprint_schema VALUES (%1, 'later')").arg(schema::migrations().size() + 1)));
        Store store(db.url());
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer Wattprint")), qPrintable(error));
    }
}

void TestPostgresStore::readOnlyRoleSeesReadOnlyStore()
{
    WATTPRINT_REQUIRE_POSTGRES();
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QString error;
    {
        Store owner(db.url());
        QVERIFY2(owner.open(&error), qPrintable(error));
        QVERIFY(!owner.isReadOnly());
    }
    const QString viewer = db.createRole();
    QVERIFY2(!viewer.isEmpty(), qPrintable(db.error()));
    QVERIFY2(db.exec({QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(viewer),
                      QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewer),
                      QStringLiteral("INSERT INTO imports (source_path, sha256, imported_at, kind) "
                                     "VALUES ('runs.csv', '00', '2026-01-01T00:00:00Z', 'runs')")}),
             qPrintable(db.error()));
    Store store(db.urlAs(viewer));
    QVERIFY2(store.open(&error), qPrintable(error));
    QVERIFY(store.isReadOnly());
    QVERIFY2(store.readOnlyReason().contains(viewer) && store.readOnlyReason().contains(QLatin1String("may only read")),
             qPrintable(store.readOnlyReason()));
    // Reads work; a write is refused by the server, not half done.
    QCOMPARE(store.imports().size(), 1);
    QCOMPARE(store.sourceDescription(), QStringLiteral("runs.csv"));
    QSqlQuery query(store.database());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM imports")));
    QCOMPARE(store.imports().size(), 1);
}

// A role the administrator forgot to grant USAGE on the schema, or SELECT on the tables, is told
// which privilege it lacks, not that the store is missing or out of date.
void TestPostgresStore::rolesGrantedTooLittleAreToldWhatIsMissing()
{
    WATTPRINT_REQUIRE_POSTGRES();
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QString error;
    {
        Store owner(db.url());
        QVERIFY2(owner.open(&error), qPrintable(error));
    }
    const QString noUsage = db.createRole();
    const QString noSelect = db.createRole();
    QVERIFY2(!noUsage.isEmpty() && !noSelect.isEmpty(), qPrintable(db.error()));
    QVERIFY2(db.exec({QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
                      QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(noSelect),
                      QStringLiteral("GRANT SELECT ON runs TO %1").arg(noSelect)}),
             qPrintable(db.error()));
    {
        Store store(db.urlAs(noUsage));
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(noUsage) && error.contains(QLatin1String("no USAGE privilege")), qPrintable(error));
    }
    {
        Store store(db.urlAs(noSelect));
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(noSelect) && error.contains(QLatin1String("no SELECT privilege")), qPrintable(error));
    }
}

void TestPostgresStore::roleThatMayNotCreateIsToldPlainly()
{
    WATTPRINT_REQUIRE_POSTGRES();
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString role = db.createRole();
    QVERIFY2(!role.isEmpty(), qPrintable(db.error()));
    // Since PostgreSQL 15 only the database's owner may create in schema public.
    QVERIFY2(db.exec(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")), qPrintable(db.error()));
    Store store(db.urlAs(role));
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY2(error.contains(QLatin1String("holds no Wattprint store yet")) && error.contains(role)
                 && error.contains(QLatin1String("CREATE")),
             qPrintable(error));
}

// The same rows (a small demo store, plus a run of another source with the sweep's columns NULL)
// in SQLite and on the server read back as the same columns and the same summary, under filters
// that use every kind of clause.
void TestPostgresStore::serverReadsTheSameRunsAsSqlite()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QTemporaryDir dir;
    const QString litePath = dir.filePath(QStringLiteral("demo.sqlite"));
    QString error;
    QVERIFY2(testsupport::copyDemoStore(SmallDemo, litePath, &error), qPrintable(error));
    Store lite(litePath);
    QVERIFY2(lite.open(&error), qPrintable(error));
    QVERIFY2(addOtherSourceRun(&lite, &error), qPrintable(error));

    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store server(db.url());
    QVERIFY2(server.open(&error), qPrintable(error));
    QVERIFY2(testsupport::copyStoreRows(&lite, &server, &error), qPrintable(error));

    RunColumns all;
    QVERIFY2(RunLoader(&lite).load({}, &all, nullptr, &error), qPrintable(error));
    QCOMPARE(qint64(all.rowCount()), SmallDemo.runs + 1);
    QVERIFY(all.hasParts()); // the CodeCarbon-like run's, NaN for the others
    QVERIFY(!all.expectedEnergy.empty());

    QList<Filter> filters;
    filters.append(Filter());
    Filter f;
    f.datasets = {all.datasetNames.value(0), all.datasetNames.value(2)};
    f.devices = {QStringLiteral("GPU")};
    filters.append(f);
    f = {};
    // A fractional end on an integer column: a server rounding the bound to the column's type would
    // take runs of exactly size s, which SQLite leaves out.
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (std::int64_t size : all.size) {
        if (size > 0)
            smallest = std::min<qint64>(smallest, size);
    }
    f.ranges.insert(QStringLiteral("size"), {double(smallest) + 0.4, 1e12});
    f.ranges.insert(QStringLiteral("energy"), {0, 1e9});
    f.depthMin = 3;
    filters.append(f);
    f = {};
    for (std::size_t i = 0; i < all.id.size(); i += 37)
        f.runIds.append(all.id[i]);
    filters.append(f);
    f.excludeRunIds = true;
    filters.append(f);
    f = {};
    f.sources = {QStringLiteral("codecarbon")};
    f.projects = {QStringLiteral("vision")};
    filters.append(f);

    for (const Filter &filter : filters) {
        RunColumns a, b;
        QVERIFY2(RunLoader(&lite).load(filter, &a, nullptr, &error), qPrintable(error));
        QVERIFY2(RunLoader(&server).load(filter, &b, nullptr, &error), qPrintable(error));
        QVERIFY2(a.rowCount() > 0, qPrintable(filter.toString()));
        const QString difference = firstDifference(a, b);
        QVERIFY2(difference.isEmpty(), qPrintable(filter.toString() + QStringLiteral(": ") + difference));

        const QJsonObject sa = StoreSummary::compute(&lite, filter).toJson();
        const QJsonObject sb = StoreSummary::compute(&server, filter).toJson();
        // The keys that differ (the whole summaries exceed the message's length).
        QStringList differing;
        for (const QString &key : sa.keys()) {
            if (!sameJson(sa.value(key), sb.value(key)))
                differing << key + QStringLiteral(": ")
                        + QString::fromUtf8(QJsonDocument(QJsonArray{sa.value(key), sb.value(key)})
                                                .toJson(QJsonDocument::Compact));
        }
        QVERIFY2(sa.keys() == sb.keys() && differing.isEmpty(),
                 qPrintable(filter.toString() + QStringLiteral(": ") + differing.join(QStringLiteral("; "))));
    }
    // The runs table, sorted by every column both ways (NULLs where SQLite puts them, text in
    // byte order), first page and count alike.
    RunTableModel liteTable, serverTable;
    liteTable.setDatabase(lite.database());
    serverTable.setDatabase(server.database());
    for (const Filter &filter : {Filter(), filters.at(1), filters.at(3)}) {
        liteTable.setFilter(filter);
        serverTable.setFilter(filter);
        for (int column = 0; column < liteTable.columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                liteTable.sort(column, order);
                serverTable.sort(column, order);
                QCOMPARE(serverTable.totalCount(), liteTable.totalCount());
                QCOMPARE(serverTable.rowCount(), liteTable.rowCount());
                for (int row = 0; row < liteTable.rowCount(); ++row) {
                    for (int c = 0; c < liteTable.columnCount(); ++c) {
                        const QModelIndex a = liteTable.index(row, c), b = serverTable.index(row, c);
                        QVERIFY2(a.data(RunTableModel::RowIdRole) == b.data(RunTableModel::RowIdRole)
                                     && a.data(Qt::DisplayRole) == b.data(Qt::DisplayRole),
                                 qPrintable(QStringLiteral("sorted by %1 %2, row %3 column %4: %5 | %6")
                                                .arg(column)
                                                .arg(order)
                                                .arg(row)
                                                .arg(c)
                                                .arg(a.data().toString(), b.data().toString())));
                    }
                }
            }
        }
    }

    // A run's details and its job's watt-meter trace, and a run of another source without either.
    QSqlQuery traced(lite.database());
    QVERIFY(traced.exec(QStringLiteral("SELECT r.id FROM runs r WHERE EXISTS (SELECT 1 FROM power_samples p "
                                       "WHERE p.job = r.slurm_job_id AND p.node = r.node) ORDER BY r.id LIMIT 1")));
    QVERIFY2(traced.next(), "the small demo store has no run with a trace");
    QList<qint64> detailIds = {traced.value(0).toLongLong(), all.id.back(), all.id.front(), -5};
    traced.finish();
    for (qint64 id : detailIds) {
        const TraceDetails a = TraceQuery(&lite).details(id), b = TraceQuery(&server).details(id);
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(b.found, a.found);
        QCOMPARE(b.runId, a.runId);
        QCOMPARE(b.slurmJobId, a.slurmJobId);
        QCOMPARE(b.node, a.node);
        QCOMPARE(b.nodeType, a.nodeType);
        QCOMPARE(b.idlePower, a.idlePower);
        QCOMPARE(b.dataset, a.dataset);
        QCOMPARE(b.endNs, a.endNs);
        QCOMPARE(b.energy, a.energy);
        QCOMPARE(b.quality, a.quality);
        QVERIFY(b.sampleNs == a.sampleNs);
        QVERIFY(b.sampleWatts == a.sampleWatts);
    }
    QVERIFY(TraceQuery(&server).details(detailIds.front()).hasTrace());

    QCOMPARE(server.sourceDescription(), lite.sourceDescription());
    QCOMPARE(server.hasSyntheticData(), lite.hasSyntheticData());
}

void TestPostgresStore::upsertBehavesAlikeOnBothEngines()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QTemporaryDir dir;
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store lite(dir.filePath(QStringLiteral("u.sqlite"))), server(db.url());
    QString error;
    QVERIFY2(lite.open(&error), qPrintable(error));
    QVERIFY2(server.open(&error), qPrintable(error));
    for (Store *store : {&lite, &server}) {
        const QString sql = store->dialect().upsert(
            QStringLiteral("energy_model"),
            {QStringLiteral("id"), QStringLiteral("fitted_at"), QStringLiteral("runs"), QStringLiteral("model")},
            {QStringLiteral("id")});
        QSqlQuery query(store->database());
        for (int runs : {10, 20}) {
            query.prepare(sql);
            for (const QVariant &v : QVariantList{1, QStringLiteral("now"), runs, QStringLiteral("{}")})
                query.addBindValue(v);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), max(runs) FROM energy_model")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toInt(), 20);
    }
}

// The batched writers' parameters: every double reads back on the server as the same bits, and a
// non-finite one as NULL.
void TestPostgresStore::arrayParametersRoundTrip()
{
    const std::vector<std::int64_t> ids = {1, -2, std::numeric_limits<std::int64_t>::max()};
    QCOMPARE(SqlDialect::arrayLiteral(ids), QStringLiteral("{1,-2,9223372036854775807}"));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> values = {0.1,
                                        1.0 / 3.0,
                                        -0.0,
                                        std::nextafter(1.0, 2.0),
                                        5e-324,
                                        std::numeric_limits<double>::max(),
                                        123456789.123456789,
                                        nan,
                                        std::numeric_limits<double>::infinity()};
    QCOMPARE(SqlDialect::arrayLiteral(std::span<const double>(values.data(), 3)),
             QStringLiteral("{0.1,0.3333333333333333,-0}"));
    QVERIFY(
        SqlDialect(SqlEngine::SQLite)
            .updateFromArrays(QStringLiteral("runs"), QStringLiteral("id"), QStringLiteral("quality"), SqlType::Integer)
            .isEmpty());

    WATTPRINT_REQUIRE_POSTGRES();
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store server(db.url());
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QSqlQuery query(server.database());
    query.prepare(QStringLiteral("SELECT CAST(x AS text) FROM unnest(CAST(? AS double precision[])) "
                                 "WITH ORDINALITY AS a(x, n) ORDER BY n"));
    query.addBindValue(SqlDialect::arrayLiteral(values));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    for (double v : values) {
        QVERIFY(query.next());
        if (!std::isfinite(v)) {
            QVERIFY(query.value(0).isNull());
            continue;
        }
        // The server's own text of the value it holds (shortest exact since PostgreSQL 12), read
        // back here: the same bits, sign of zero included.
        const double back = query.value(0).toString().toDouble();
        QVERIFY2(std::memcmp(&back, &v, sizeof v) == 0,
                 qPrintable(QStringLiteral("%1 came back as %2").arg(v, 0, 'g', 17).arg(back, 0, 'g', 17)));
    }
    QVERIFY(!query.next());
}

// The batched UPDATE behind the server's writers, with batches of 7 so that a batch boundary, a
// partial last batch and rows left alone are all crossed: each key gets its own value.
void TestPostgresStore::batchedUpdateWritesEveryRow()
{
    WATTPRINT_REQUIRE_POSTGRES();
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store server(db.url());
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QVERIFY2(execOn(&server,
                    {QStringLiteral("CREATE TEMPORARY TABLE t (id BIGINT PRIMARY KEY, x DOUBLE PRECISION, n BIGINT)"),
                     QStringLiteral("INSERT INTO t SELECT i, -1, -1 FROM generate_series(1, 40) AS s(i)")},
                    &error),
             qPrintable(error));
    // Keys 2, 4, ... 46 out of order (the ones above 40 match no row), values from the key.
    std::vector<std::int64_t> keys, counts;
    std::vector<double> values;
    for (std::int64_t k = 46; k >= 2; k -= 2) {
        keys.push_back(k);
        values.push_back(k == 10 ? std::numeric_limits<double>::quiet_NaN() : 1.0 / double(k));
        counts.push_back(k * 1000);
    }
    QVERIFY2(batchupdate::update(server.database(), server.dialect(), QStringLiteral("t"), QStringLiteral("id"),
                                 QStringLiteral("x"), keys, values, &error, 7),
             qPrintable(error));
    QVERIFY2(batchupdate::update(server.database(), server.dialect(), QStringLiteral("t"), QStringLiteral("id"),
                                 QStringLiteral("n"), keys, counts, &error, 7),
             qPrintable(error));
    QVERIFY(!batchupdate::update(server.database(), server.dialect(), QStringLiteral("t"), QStringLiteral("id"),
                                 QStringLiteral("n"), keys, std::span<const std::int64_t>(counts).first(3), &error));
    QSqlQuery query(server.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id, x, n FROM t ORDER BY id")));
    int rows = 0;
    while (query.next()) {
        ++rows;
        const qint64 id = query.value(0).toLongLong();
        const QString where
            = QStringLiteral("row %1: %2, %3").arg(id).arg(query.value(1).toString(), query.value(2).toString());
        if (id % 2 != 0) {
            QVERIFY2(query.value(1).toDouble() == -1 && query.value(2).toLongLong() == -1, qPrintable(where));
        } else if (id == 10) {
            QVERIFY2(query.value(1).isNull() && query.value(2).toLongLong() == 10000, qPrintable(where));
        } else {
            QVERIFY2(query.value(1).toDouble() == 1.0 / double(id) && query.value(2).toLongLong() == id * 1000,
                     qPrintable(where));
        }
    }
    QCOMPARE(rows, 40);
}

// The energy model refitted on the server gives every run the same expected energy as the SQLite
// path, bit for bit: RunLoader reads both engines into the same columns in the same order, so the fit
// sums in the same order, and the batched UPDATE writes each double in a form read back exactly.
void TestPostgresStore::serverRefitMatchesSqlite()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QTemporaryDir dir;
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store lite(dir.filePath(QStringLiteral("demo.sqlite"))), server(db.url());
    QString error;
    QVERIFY2(makeTwins(&lite, &server, &error), qPrintable(error));
    // The copied expectations and model forgotten, so the refit has everything to write.
    for (Store *store : {&lite, &server}) {
        QVERIFY2(execOn(store,
                        {QStringLiteral("DELETE FROM run_expectations"), QStringLiteral("DELETE FROM energy_model")},
                        &error),
                 qPrintable(error));
        QVERIFY(ExpectedEnergyStore::needsRefresh(store));
        QVERIFY(ExpectedEnergyStore::model(store).isEmpty());
    }

    // It writes in the caller's transaction: rolled back, nothing stays.
    QVERIFY(server.database().transaction());
    QVERIFY2(ExpectedEnergyStore::refresh(&server, &error), qPrintable(error));
    QVERIFY(!ExpectedEnergyStore::model(&server).isEmpty());
    QVERIFY(server.database().rollback());
    QVERIFY(ExpectedEnergyStore::needsRefresh(&server));

    for (Store *store : {&lite, &server}) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(store->database().transaction());
        QVERIFY2(ExpectedEnergyStore::refresh(store, &error), qPrintable(error));
        QVERIFY(store->database().commit());
        qInfo("refit on %s: %lld ms", store->engine() == SqlEngine::SQLite ? "SQLite" : "the server", timer.elapsed());
        QVERIFY(!ExpectedEnergyStore::needsRefresh(store));
    }

    RunColumns a, b;
    QVERIFY2(RunLoader(&lite).load({}, &a, nullptr, &error), qPrintable(error));
    QVERIFY2(RunLoader(&server).load({}, &b, nullptr, &error), qPrintable(error));
    QCOMPARE(qint64(a.rowCount()), SmallDemo.runs + 1);
    QVERIFY(!b.expectedEnergy.empty());
    const auto finite = std::count_if(b.expectedEnergy.cbegin(), b.expectedEnergy.cend(),
                                      [](double e) { return std::isfinite(e); });
    QVERIFY2(finite > SmallDemo.runs / 2, qPrintable(QString::number(finite)));
    QVERIFY(std::isnan(b.expectedEnergy.back())); // the run of another source gets none
    // Every column, expected_energy included, compared with == (no tolerance).
    const QString difference = firstDifference(a, b);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    const QJsonObject model = ExpectedEnergyStore::model(&server);
    QVERIFY(model.contains(QLatin1String("fitted_at")));
    QCOMPARE(model.value(QLatin1String("store_runs")).toDouble(), double(SmallDemo.runs));
    QVERIFY(!model.value(QLatin1String("devices")).toArray().isEmpty());
    QCOMPARE(modelWithoutTime(&server), modelWithoutTime(&lite));
}

// runs.quality recomputed on the server equals the SQLite path's, for every run and for one
// import, with the run-time outliers of runs that lack filter_3 computed alike.
void TestPostgresStore::serverQualityMatchesSqlite()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QTemporaryDir dir;
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store lite(dir.filePath(QStringLiteral("demo.sqlite"))), server(db.url());
    QString error;
    QVERIFY2(makeTwins(&lite, &server, &error), qPrintable(error));
    // Quality forgotten; filter_3 unknown for every BUTTER-E run, so it is computed from the run
    // times, some of which are stretched far enough to be outliers; and a second import.
    const QStringList scramble = {
        QStringLiteral("UPDATE runs SET quality = 0"),
        QStringLiteral("UPDATE runs SET filter_3 = NULL WHERE source = 'butter-e'"),
        QStringLiteral("UPDATE runs SET run_time = run_time * 1000 WHERE id % 97 = 0"),
        QStringLiteral("INSERT INTO imports (id, source_path, sha256, imported_at, kind, synthetic) "
                       "VALUES (1000, 'half.csv', '00', '2026-01-01T00:00:00Z', 'runs', 0)"),
        QStringLiteral("UPDATE runs SET import_id = 1000 WHERE id % 2 = 0"),
    };
    for (Store *store : {&lite, &server}) {
        QVERIFY2(execOn(store, scramble, &error), qPrintable(error));
        QVERIFY(store->database().transaction());
        QVERIFY2(qualityrefresh::refresh(store, std::nullopt, &error), qPrintable(error));
        QVERIFY(store->database().commit());
    }
    RunColumns a, b;
    QVERIFY2(RunLoader(&lite).load({}, &a, nullptr, &error), qPrintable(error));
    QVERIFY2(RunLoader(&server).load({}, &b, nullptr, &error), qPrintable(error));
    QString difference = firstDifference(a, b);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const auto outliers = std::count_if(b.quality.cbegin(), b.quality.cend(), [](std::uint16_t q) {
        return (q & runquality::bit(runquality::Rule::RunTimeOutlier)) != 0;
    });
    QVERIFY2(outliers > 0, "no run-time outlier: the computed filter_3 went untested");
    QVERIFY(std::count(b.quality.cbegin(), b.quality.cend(), 0) > 0);

    // One import's runs only: the other import's quality stays as it is.
    for (Store *store : {&lite, &server}) {
        QVERIFY2(execOn(store, {QStringLiteral("UPDATE runs SET quality = 0")}, &error), qPrintable(error));
        QVERIFY(store->database().transaction());
        QVERIFY2(qualityrefresh::refresh(store, 1000, &error), qPrintable(error));
        QVERIFY(store->database().commit());
    }
    QVERIFY2(RunLoader(&lite).load({}, &a, nullptr, &error), qPrintable(error));
    QVERIFY2(RunLoader(&server).load({}, &b, nullptr, &error), qPrintable(error));
    difference = firstDifference(a, b);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    for (std::size_t i = 0; i < b.rowCount(); ++i) {
        if (b.id[i] % 2 != 0)
            QVERIFY2(b.quality[i] == 0, qPrintable(QString::number(b.id[i])));
    }
    QVERIFY(std::count_if(b.quality.cbegin(), b.quality.cend(), [](std::uint16_t q) { return q != 0; }) > 0);
}

// Removing imports on a server: the same rows go as on SQLite, in one transaction with the refit,
// and the remaining runs' expectations and the model are the SQLite path's. A read-only role is
// refused with the store's reason and nothing is removed.
void TestPostgresStore::serverRemovesImportsAndRefits()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QTemporaryDir dir;
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store lite(dir.filePath(QStringLiteral("demo.sqlite"))), server(db.url());
    QString error;
    QVERIFY2(makeTwins(&lite, &server, &error), qPrintable(error));
    // A second, real import holding every other run of the demo, with a rejected row of its own.
    for (Store *store : {&lite, &server}) {
        QVERIFY2(execOn(store,
                        {QStringLiteral("INSERT INTO imports (id, source_path, sha256, imported_at, kind, synthetic) "
                                        "VALUES (1000, 'half.csv', '00', '2026-01-01T00:00:00Z', 'runs', 0)"),
                         QStringLiteral("UPDATE runs SET import_id = 1000 WHERE id % 2 = 0"),
                         QStringLiteral("INSERT INTO import_rejections (import_id, entry, line, column_name, value, "
                                        "reason) VALUES (1000, 'half.csv', 3, 'energy', 'x', 'not a number')")},
                        &error),
                 qPrintable(error));
    }
    RunColumns before;
    QVERIFY2(RunLoader(&server).load({}, &before, nullptr, &error), qPrintable(error));
    QCOMPARE(tableCounts(&server), tableCounts(&lite));

    // A role that may only read is refused, with the store's reason, and nothing is removed.
    const QString viewer = db.createRole();
    QVERIFY2(!viewer.isEmpty(), qPrintable(db.error()));
    QVERIFY2(db.exec({QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(viewer),
                      QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewer)}),
             qPrintable(db.error()));
    {
        Store readOnly(db.urlAs(viewer));
        QVERIFY2(readOnly.open(&error), qPrintable(error));
        QVERIFY(readOnly.isReadOnly());
        error.clear();
        QVERIFY(!readOnly.removeImports({1000}, &error));
        QVERIFY2(error.contains(readOnly.readOnlyReason()) && error.contains(QLatin1String("read-only")),
                 qPrintable(error));
        QVERIFY(!readOnly.removeSyntheticData(&error));
        QVERIFY2(error.contains(readOnly.readOnlyReason()), qPrintable(error));
    }
    QCOMPARE(tableCounts(&server), tableCounts(&lite));
    // Removing and refitting are one transaction: a role that may delete rows but not write
    // expectations fails at the refit, and nothing is removed.
    const QString clerk = db.createRole();
    QVERIFY2(!clerk.isEmpty(), qPrintable(db.error()));
    QVERIFY2(
        db.exec({QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(clerk),
                 QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(clerk),
                 QStringLiteral("REVOKE INSERT ON run_expectations FROM %1").arg(clerk)}),
        qPrintable(db.error()));
    {
        Store partial(db.urlAs(clerk));
        QVERIFY2(partial.open(&error), qPrintable(error));
        QVERIFY(!partial.isReadOnly());
        QVERIFY(!partial.removeImports({1000}, &error));
        QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
    }
    QCOMPARE(tableCounts(&server), tableCounts(&lite));

    for (Store *store : {&lite, &server})
        QVERIFY2(store->removeImports({1000}, &error), qPrintable(error));
    QCOMPARE(tableCounts(&server), tableCounts(&lite));
    QVERIFY2(tableCounts(&server).contains(QLatin1String("imports=1 ")), qPrintable(tableCounts(&server)));
    RunColumns a, b;
    QVERIFY2(RunLoader(&lite).load({}, &a, nullptr, &error), qPrintable(error));
    QVERIFY2(RunLoader(&server).load({}, &b, nullptr, &error), qPrintable(error));
    QVERIFY(b.rowCount() > 0 && b.rowCount() < before.rowCount());
    QVERIFY(std::none_of(b.id.cbegin(), b.id.cend(), [](std::int64_t id) { return id % 2 == 0; }));
    const QString difference = firstDifference(a, b);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Refitted without the removed runs: some remaining run's expectation moved.
    bool moved = false;
    for (std::size_t i = 0, j = 0; i < b.rowCount(); ++i) {
        while (before.id[j] != b.id[i])
            ++j;
        const double x = before.expectedEnergy[j], y = b.expectedEnergy[i];
        moved = moved || !(x == y || (std::isnan(x) && std::isnan(y)));
    }
    QVERIFY(moved);
    QCOMPARE(ExpectedEnergyStore::model(&server).value(QLatin1String("store_runs")).toDouble(),
             double(std::count(b.source.cbegin(), b.source.cend(),
                               std::int32_t(b.sourceNames.indexOf(QStringLiteral("butter-e"))))));
    QCOMPARE(modelWithoutTime(&server), modelWithoutTime(&lite));

    // And the demo itself.
    QVERIFY(server.hasSyntheticData());
    for (Store *store : {&lite, &server})
        QVERIFY2(store->removeSyntheticData(&error), qPrintable(error));
    QVERIFY(server.isEmpty());
    QVERIFY(!server.hasSyntheticData());
    QCOMPARE(tableCounts(&server), tableCounts(&lite));
    QCOMPARE(modelWithoutTime(&server), modelWithoutTime(&lite));
}

// A server store made at schema 4 kept expectations in a column of runs; opening it moves them
// into run_expectations value for value (no refit) and drops the column (docs/postgresql.md).
void TestPostgresStore::serverOfVersion4MovesExpectations()
{
    WATTPRINT_REQUIRE_POSTGRES();
    QTemporaryDir dir;
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Store lite(dir.filePath(QStringLiteral("demo.sqlite"))), server(db.url());
    QString error;
    QVERIFY2(makeTwins(&lite, &server, &error), qPrintable(error));
    RunColumns before;
    QVERIFY2(RunLoader(&server).load({}, &before, nullptr, &error), qPrintable(error));
    QVERIFY(!before.expectedEnergy.empty());
    QVERIFY2(execOn(&server,
                    {QStringLiteral("ALTER TABLE runs ADD COLUMN expected_energy DOUBLE PRECISION"),
                     QStringLiteral("UPDATE runs r SET expected_energy = e.expected_energy FROM run_expectations e "
                                    "WHERE e.run = r.id"),
                     QStringLiteral("DROP TABLE run_expectations"),
                     QStringLiteral("UPDATE energy_model SET fitted_at = 'before the move'"),
                     QStringLiteral("UPDATE %1 SET version = 4").arg(schema::serverVersionTable())},
                    &error),
             qPrintable(error));
    server.close();

    Store reopened(db.url());
    QVERIFY2(reopened.open(&error), qPrintable(error));
    QCOMPARE(reopened.schemaVersion(), int(schema::migrations().size()));
    RunColumns after;
    QVERIFY2(RunLoader(&reopened).load({}, &after, nullptr, &error), qPrintable(error));
    const QString difference = firstDifference(before, after);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QSqlQuery q(reopened.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'runs' "
                                  "AND column_name = 'expected_energy'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT fitted_at FROM energy_model")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("before the move"));
}

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
