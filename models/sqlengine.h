#pragma once

namespace wattprint {

// The database engines a store can live in (docs/postgresql.md). Apart from SqlDialect
// (models/sqldialect.h) so that headers naming an engine do not pull in the dialect.
enum class SqlEngine { SQLite, PostgreSQL };

} // namespace wattprint
