#include "serverpasswords.h"

#include "storelocation.h"

#include <QHash>
#include <QMutex>
#include <QSet>

namespace wattprint {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> p;
    return p;
}

QSet<QString> &refused()
{
    static QSet<QString> r;
    return r;
}

// An address as StoreLocation writes it: never holds a password (StoreLocation refuses one).
QString keyOf(const StoreLocation &location)
{
    return location.toString();
}

} // namespace

void ServerPasswords::set(const StoreLocation &location, const QString &password)
{
    QMutexLocker lock(&mutex());
    passwords().insert(keyOf(location), password);
}

QString ServerPasswords::value(const StoreLocation &location)
{
    QMutexLocker lock(&mutex());
    return passwords().value(keyOf(location));
}

void ServerPasswords::forget(const StoreLocation &location)
{
    QMutexLocker lock(&mutex());
    passwords().remove(keyOf(location));
}

void ServerPasswords::noteRefused(const StoreLocation &location, bool wasRefused)
{
    QMutexLocker lock(&mutex());
    if (wasRefused)
        refused().insert(keyOf(location));
    else
        refused().remove(keyOf(location));
}

bool ServerPasswords::wasRefused(const StoreLocation &location)
{
    QMutexLocker lock(&mutex());
    return refused().contains(keyOf(location));
}

} // namespace wattprint
