#include "filter.h"

#include "sqldialect.h"

#include <units.h>

#include <QCoreApplication>

#include <limits>

namespace wattprint {

namespace {

void addIn(QStringList *clauses, QVariantList *values, const char *column, const QStringList &items)
{
    if (items.isEmpty())
        return;
    QStringList marks;
    for (const QString &item : items) {
        marks.append(QStringLiteral("?"));
        values->append(item);
    }
    clauses->append(QStringLiteral("%1 IN (%2)").arg(QLatin1String(column), marks.join(QLatin1Char(','))));
}

template<typename T>
void addRange(QStringList *clauses, QVariantList *values, const char *column, const std::optional<T> &lo,
              const std::optional<T> &hi)
{
    if (lo) {
        clauses->append(QStringLiteral("%1 >= ?").arg(QLatin1String(column)));
        values->append(QVariant::fromValue(*lo));
    }
    if (hi) {
        clauses->append(QStringLiteral("%1 <= ?").arg(QLatin1String(column)));
        values->append(QVariant::fromValue(*hi));
    }
}

} // namespace

bool Filter::isEmpty() const
{
    return *this == Filter();
}

Filter::Where Filter::where() const
{
    return where(SqlEngine::SQLite);
}

Filter::Where Filter::where(SqlEngine engine) const
{
    const SqlDialect dialect(engine);
    Where w;
    QStringList clauses;
    addIn(&clauses, &w.values, "dataset", datasets);
    addIn(&clauses, &w.values, "shape", shapes);
    addIn(&clauses, &w.values, "device", devices);
    addIn(&clauses, &w.values, "node_type", nodeTypes);
    addIn(&clauses, &w.values, "batch", batches);
    addIn(&clauses, &w.values, "source", sources);
    addIn(&clauses, &w.values, "project", projects);
    addRange(&clauses, &w.values, "size", sizeMin, sizeMax);
    addRange(&clauses, &w.values, "depth", depthMin, depthMax);
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it) {
        if (!rangeColumns().contains(it.key()))
            continue; // never interpolate a name we do not know
        clauses.append(QStringLiteral("%1 BETWEEN %2 AND %2").arg(it.key(), dialect.numberParameter()));
        w.values.append(it.value().first);
        w.values.append(it.value().second);
    }
    if (!runIds.isEmpty()) {
        // Large selections go through json_each so the statement stays one bound value.
        QString json = QStringLiteral("[");
        for (qsizetype i = 0; i < runIds.size(); ++i) {
            if (i)
                json += QLatin1Char(',');
            json += QString::number(runIds.at(i));
        }
        json += QLatin1Char(']');
        clauses.append(dialect.inJsonIdArray(QStringLiteral("id"), excludeRunIds));
        w.values.append(json);
    }
    if (!clauses.isEmpty())
        w.sql = QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
}

const QStringList &Filter::rangeColumns()
{
    static const QStringList columns = {QStringLiteral("energy"),
                                        QStringLiteral("run_time"),
                                        QStringLiteral("power"),
                                        QStringLiteral("energy_per_datum"),
                                        QStringLiteral("non_overhead_energy"),
                                        QStringLiteral("energy_per_epoch"),
                                        QStringLiteral("size"),
                                        QStringLiteral("depth")};
    return columns;
}

std::optional<Filter> Filter::parse(const QString &text, QString *error)
{
    Filter f;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            if (error)
                *error = QCoreApplication::translate("Filter", "'%1' is not key=value").arg(part);
            return std::nullopt;
        }
        const QString key = part.left(eq).trimmed().toLower();
        const QStringList values = part.mid(eq + 1).trimmed().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        if (values.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Filter", "'%1' has no value").arg(key);
            return std::nullopt;
        }
        auto range = [&](auto *lo, auto *hi) -> bool {
            using T = typename std::remove_reference_t<decltype(*lo)>::value_type;
            const QString v = values.first();
            const QStringList ends = v.split(QStringLiteral(".."));
            bool ok1 = true, ok2 = true;
            const qint64 a = ends.first().isEmpty() ? 0 : ends.first().toLongLong(&ok1);
            const qint64 b = ends.size() > 1 ? (ends.at(1).isEmpty() ? 0 : ends.at(1).toLongLong(&ok2)) : a;
            if (!ok1 || !ok2 || ends.size() > 2) {
                if (error)
                    *error = QCoreApplication::translate("Filter",
                                                         "'%1' for %2 is not a whole number or a range lo..hi")
                                 .arg(v, key);
                return false;
            }
            // A range that matches nothing is a typing slip, refused as the numeric ranges are.
            if (ends.size() == 2 && !ends.first().isEmpty() && !ends.at(1).isEmpty() && a > b) {
                if (error)
                    *error = QCoreApplication::translate("Filter",
                                                         "'%1' for %2 is a range from high to low; write it lo..hi")
                                 .arg(v, key);
                return false;
            }
            const auto fits = [](qint64 x) {
                return x >= qint64(std::numeric_limits<T>::min()) && x <= qint64(std::numeric_limits<T>::max());
            };
            if (!fits(a) || !fits(b)) {
                if (error)
                    *error = QCoreApplication::translate("Filter", "'%1' for %2 is out of range").arg(v, key);
                return false;
            }
            if (!ends.first().isEmpty())
                *lo = T(a);
            if (ends.size() == 1 || !ends.at(1).isEmpty())
                *hi = T(b);
            return true;
        };
        if (key == QLatin1String("dataset")) {
            f.datasets += values;
        } else if (key == QLatin1String("shape")) {
            f.shapes += values;
        } else if (key == QLatin1String("device")) {
            for (const QString &v : values) {
                const QString d = v.toUpper();
                if (d != QLatin1String("CPU") && d != QLatin1String("GPU")) {
                    if (error)
                        *error = QCoreApplication::translate("Filter", "device must be cpu or gpu, not '%1'").arg(v);
                    return std::nullopt;
                }
                f.devices.append(d);
            }
        } else if (key == QLatin1String("node_type")) {
            f.nodeTypes += values;
        } else if (key == QLatin1String("batch")) {
            f.batches += values;
        } else if (key == QLatin1String("source")) {
            for (const QString &v : values)
                f.sources.append(v.toLower());
        } else if (key == QLatin1String("project")) {
            f.projects += values;
        } else if (key == QLatin1String("size")) {
            if (!range(&f.sizeMin, &f.sizeMax))
                return std::nullopt;
        } else if (key == QLatin1String("depth")) {
            if (!range(&f.depthMin, &f.depthMax))
                return std::nullopt;
        } else if (rangeColumns().contains(key)) {
            const QStringList ends = values.first().split(QStringLiteral(".."));
            bool ok1 = false, ok2 = false;
            const double lo = ends.value(0).toDouble(&ok1);
            const double hi = ends.value(1).toDouble(&ok2);
            if (ends.size() != 2 || !ok1 || !ok2 || !(lo <= hi)) {
                if (error)
                    *error = QCoreApplication::translate("Filter", "'%1' for %2 is not a range lo..hi")
                                 .arg(values.first(), key);
                return std::nullopt;
            }
            f.ranges.insert(key, {lo, hi});
        } else {
            if (error)
                *error = QCoreApplication::translate(
                             "Filter",
                             "unknown filter key '%1' (use dataset, shape, size, depth, device, node_type, batch, "
                             "source, project, or a range such as energy=1e4..1e5)")
                             .arg(key);
            return std::nullopt;
        }
    }
    // A key given twice narrows its range each time: size=..1024,size=2048.. matches nothing.
    const auto crossed = [&](const char *key, auto lo, auto hi) {
        if (!lo || !hi || *lo <= *hi)
            return false;
        if (error)
            *error = QCoreApplication::translate("Filter",
                                                 "the ranges given for %1 leave nothing between them (%2..%3)")
                         .arg(QLatin1String(key))
                         .arg(*lo)
                         .arg(*hi);
        return true;
    };
    if (crossed("size", f.sizeMin, f.sizeMax) || crossed("depth", f.depthMin, f.depthMax))
        return std::nullopt;
    return f;
}

QString Filter::toString() const
{
    QStringList parts;
    auto list = [&](const char *key, const QStringList &values, bool lower = false) {
        if (!values.isEmpty()) {
            QString joined = values.join(QLatin1Char('|'));
            parts.append(QLatin1String(key) + QLatin1Char('=') + (lower ? joined.toLower() : joined));
        }
    };
    auto range = [&](const char *key, auto lo, auto hi) {
        if (!lo && !hi)
            return;
        if (lo && hi && *lo == *hi)
            parts.append(QStringLiteral("%1=%2").arg(QLatin1String(key)).arg(*lo));
        else
            parts.append(QStringLiteral("%1=%2..%3")
                             .arg(QLatin1String(key), lo ? QString::number(*lo) : QString(),
                                  hi ? QString::number(*hi) : QString()));
    };
    list("dataset", datasets);
    list("shape", shapes);
    list("device", devices, true);
    list("node_type", nodeTypes);
    list("batch", batches);
    list("source", sources);
    list("project", projects);
    range("size", sizeMin, sizeMax);
    range("depth", depthMin, depthMax);
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it)
        parts.append(QStringLiteral("%1=%2..%3")
                         .arg(it.key(), QString::number(it.value().first, 'g', 17),
                              QString::number(it.value().second, 'g', 17)));
    return parts.join(QLatin1Char(','));
}

QString Filter::rangeValueText(const QString &column, double value)
{
    if (column == QLatin1String("run_time"))
        return units::duration(value);
    if (column == QLatin1String("power"))
        return units::power(value);
    if (column == QLatin1String("size") || column == QLatin1String("depth"))
        return units::threeDigits(value);
    return units::energy(value); // every other range column is an energy
}

QString Filter::rangeName(const QString &column)
{
    static const struct
    {
        const char *key;
        const char *name;
    } names[] = {
        {"energy", QT_TRANSLATE_NOOP("Filter", "energy")},
        {"run_time", QT_TRANSLATE_NOOP("Filter", "run time")},
        {"power", QT_TRANSLATE_NOOP("Filter", "power")},
        {"energy_per_datum", QT_TRANSLATE_NOOP("Filter", "energy per datum")},
        {"non_overhead_energy", QT_TRANSLATE_NOOP("Filter", "non-overhead energy")},
        {"energy_overhead", QT_TRANSLATE_NOOP("Filter", "overhead energy")},
        {"energy_per_epoch", QT_TRANSLATE_NOOP("Filter", "energy per epoch")},
    };
    for (const auto &n : names) {
        if (column == QLatin1String(n.key))
            return QCoreApplication::translate("Filter", n.name);
    }
    return column;
}

QString Filter::sourceName(const QString &source)
{
    if (source == QLatin1String("butter-e"))
        return QStringLiteral("BUTTER-E");
    if (source == QLatin1String("codecarbon"))
        return QStringLiteral("CodeCarbon");
    if (source == QLatin1String("csv"))
        return QStringLiteral("CSV");
    return source;
}

QString Filter::describe() const
{
    if (isEmpty())
        return QCoreApplication::translate("Filter", "all runs");
    QStringList parts;
    if (!datasets.isEmpty())
        parts.append(QCoreApplication::translate("Filter", "dataset %1").arg(datasets.join(QStringLiteral(", "))));
    if (!shapes.isEmpty())
        parts.append(QCoreApplication::translate("Filter", "shape %1").arg(shapes.join(QStringLiteral(", "))));
    if (!devices.isEmpty())
        parts.append(devices.join(QStringLiteral(", ")));
    if (!nodeTypes.isEmpty())
        parts.append(QCoreApplication::translate("Filter", "node type %1").arg(nodeTypes.join(QStringLiteral(", "))));
    if (!batches.isEmpty())
        parts.append(QCoreApplication::translate("Filter", "batch %1").arg(batches.join(QStringLiteral(", "))));
    if (!sources.isEmpty()) {
        QStringList names;
        for (const QString &s : sources)
            names.append(sourceName(s));
        parts.append(QCoreApplication::translate("Filter", "source %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!projects.isEmpty())
        parts.append(QCoreApplication::translate("Filter", "project %1").arg(projects.join(QStringLiteral(", "))));
    if (sizeMin && sizeMax && *sizeMin == *sizeMax)
        parts.append(QCoreApplication::translate("Filter", "size %1").arg(*sizeMin));
    else if (sizeMin || sizeMax)
        parts.append(
            QCoreApplication::translate("Filter", "size %1-%2")
                .arg(sizeMin ? QString::number(*sizeMin) : QString(), sizeMax ? QString::number(*sizeMax) : QString()));
    if (depthMin && depthMax && *depthMin == *depthMax)
        parts.append(QCoreApplication::translate("Filter", "depth %1").arg(*depthMin));
    else if (depthMin || depthMax)
        parts.append(QCoreApplication::translate("Filter", "depth %1-%2")
                         .arg(depthMin ? QString::number(*depthMin) : QString(),
                              depthMax ? QString::number(*depthMax) : QString()));
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it)
        parts.append(QCoreApplication::translate("Filter", "%1 %2 to %3")
                         .arg(rangeName(it.key()), rangeValueText(it.key(), it.value().first),
                              rangeValueText(it.key(), it.value().second)));
    if (!runIds.isEmpty())
        parts.append(excludeRunIds
                         ? QCoreApplication::translate("Filter", "%n run(s) excluded", nullptr, int(runIds.size()))
                         : QCoreApplication::translate("Filter", "%n selected run(s)", nullptr, int(runIds.size())));
    return parts.join(QStringLiteral("; "));
}

} // namespace wattprint
