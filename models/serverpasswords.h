#pragma once

#include <QString>

namespace wattprint {

class StoreLocation;

// Passwords for server stores, typed by the user in the app, held in this process's memory only:
// never in settings, layouts, recent-server lists or addresses (docs/postgresql.md, "Where a
// store lives"). Every Store opened on the same address afterwards (the views' worker threads
// open their own) uses it. Thread-safe.
class ServerPasswords
{
public:
    static void set(const StoreLocation &location, const QString &password);
    static QString value(const StoreLocation &location);
    static void forget(const StoreLocation &location);

    // Set by Store::open when the server asked for a password that libpq did not have (or
    // refused the one it had): the app then asks the user for one.
    static void noteRefused(const StoreLocation &location, bool refused);
    static bool wasRefused(const StoreLocation &location);
};

} // namespace wattprint
