#include "fuzzharness.h"

#include <csvreader.h>
#include <fieldparse.h>
#include <filter.h>
#include <importer.h>
#include <layoutdocument.h>
#include <store.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace wattprint::fuzz {

namespace {

// A broken promise of the code under test: abort so libFuzzer keeps the input.
void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz check failed: %s\n", what);
        std::abort();
    }
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

int csvReader(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks a tiny chunk size, so records straddle chunk ends in every way.
    const qsizetype chunk = 1 + data[0] % 64;
    QByteArray input = bytes(data + 1, size - 1);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunk);
    reader.looksBinary();
    qint64 lastLine = 0;
    qint64 rows = 0;
    while (reader.readRow()) {
        check(reader.fieldCount() >= 1 && reader.fieldCount() <= CsvReader::MaxFields, "field count within limits");
        check(reader.lineNumber() > lastLine, "record lines increase");
        lastLine = reader.lineNumber();
        qint64 total = 0;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            total += reader.field(i).size();
        check(total <= reader.bytesConsumed(), "fields come from the input");
        check(reader.bytesConsumed() <= qint64(input.size()), "no more consumed than given");
        ++rows;
    }
    check(rows <= qint64(input.size()), "no more records than bytes");
    return 0;
}

int fieldParsers(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto d = fieldparse::parseDouble(text))
        (void)*d;
    if (const auto i = fieldparse::parseInteger(text)) {
        const auto again = fieldparse::parseInteger(QByteArray::number(*i));
        check(again && *again == *i, "an integer reads back");
    }
    fieldparse::parseBool(text);
    if (const auto t = fieldparse::parseTimestamp(text)) {
        // Only dates that round trip through the civil calendar.
        const QByteArray iso = fieldparse::formatIsoUtc(t->ns);
        const auto back = fieldparse::parseTimestamp(iso);
        check(back.has_value(), "a formatted timestamp parses");
        check(back->ns / 1000 == t->ns / 1000 || t->ns < 0, "a timestamp round trips to the microsecond");
    }
    const QString shown = fieldparse::printable(text, 60);
    check(shown.size() <= 60 * 10, "printable text is bounded");
    for (const QChar c : shown)
        check(c.unicode() >= 0x20 && c.unicode() != 0x7f, "printable text has no control characters");
    return 0;
}

int zipImport(const uint8_t *data, size_t size)
{
    static const QString folder = [] {
        const QString dir = QDir::tempPath()
            + QStringLiteral("/wattprint-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(dir);
        return dir;
    }();
    static std::unique_ptr<Store> store = [] {
        auto s = std::make_unique<Store>(folder + QStringLiteral("/fuzz.sqlite"));
        QString error;
        if (!s->open(&error)) {
            std::fprintf(stderr, "cannot open the fuzz store: %s\n", qPrintable(error));
            std::abort();
        }
        // Nothing here needs to survive a power cut: no fsync per input.
        QSqlQuery(s->database()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        return s;
    }();
    const QString path = folder + QStringLiteral("/input.zip");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Importer importer(store.get());
    ImportOptions options;
    options.skipInvalid = size > 0 && (data[size - 1] & 1);
    options.onConflict = ConflictPolicy::Replace;
    const ImportReport report = importer.importFile(path, options);
    check(report.ok == report.error.isEmpty(), "an import either succeeds or says why");
    if (report.ok) {
        // Keep the store small: each input starts from an empty one.
        QString error;
        check(store->removeImports({report.importId}, &error), "an import can be removed");
    }
    return 0;
}

int filterParser(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    QString error;
    const std::optional<Filter> f = Filter::parse(text, &error);
    if (!f) {
        check(!error.isEmpty(), "a refused filter says why");
        return 0;
    }
    const Filter::Where w = f->where();
    check(w.sql.count(QLatin1Char('?')) == w.values.size(), "one bound value per placeholder");
    const std::optional<Filter> again = Filter::parse(f->toString(), &error);
    check(again.has_value(), "a filter's text parses again");
    f->describe();
    return 0;
}

int layoutDocument(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<QJsonObject> layout = LayoutDocument::parse(bytes(data, size), &error);
    check(layout.has_value() == error.isEmpty(), "a layout is accepted or refused with a message");
    if (layout)
        check(LayoutDocument::validate(*layout), "an accepted layout validates again");
    return 0;
}

QStringList targetNames()
{
    return {QStringLiteral("csv"), QStringLiteral("fields"), QStringLiteral("zip"), QStringLiteral("filter"),
            QStringLiteral("layout")};
}

int run(const QString &target, const uint8_t *data, size_t size)
{
    if (target == QLatin1String("csv"))
        return csvReader(data, size);
    if (target == QLatin1String("fields"))
        return fieldParsers(data, size);
    if (target == QLatin1String("zip"))
        return zipImport(data, size);
    if (target == QLatin1String("filter"))
        return filterParser(data, size);
    if (target == QLatin1String("layout"))
        return layoutDocument(data, size);
    return -1;
}

} // namespace wattprint::fuzz
