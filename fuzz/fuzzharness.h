#pragma once

#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace wattprint::fuzz {

// One function per fuzz target: feeds the bytes to the code under test and returns 0. A crash,
// a sanitizer report or a failed check (abort) is the finding. The same functions replay the
// seeds and the kept crash inputs in the test suite (tests/app/tst_fuzzregressions.cpp).
int csvReader(const uint8_t *data, size_t size);      // CsvReader over the bytes, chunk size from the first byte
int fieldParsers(const uint8_t *data, size_t size);   // parseDouble/Integer/Bool/Timestamp, printable
int zipImport(const uint8_t *data, size_t size);      // the bytes as a .zip file through Importer::importFile
int filterParser(const uint8_t *data, size_t size);   // Filter::parse, toString round trip, where()
int layoutDocument(const uint8_t *data, size_t size); // LayoutDocument::parse

QStringList targetNames(); // csv, fields, zip, filter, layout
int run(const QString &target, const uint8_t *data, size_t size);

} // namespace wattprint::fuzz
