#pragma once

// The demo store, built once per build rather than once per test slot. ctest runs every slot as its
// own process, so a store built in initTestCase was rebuilt for each slot (the full 63,527-run store
// takes seconds). The first process to need a store builds it into the build tree's test-output
// folder under a lock file; the others, and every later run, copy that file. The key holds the demo
// options and a digest of the store and analysis libraries the test was linked with, so a change to
// the generator, the importer, the schema or the energy model fitted at import builds a new store
// instead of reusing a stale one.
#include <demostore.h>
#include <store.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QString>

namespace wattprint::testsupport {

inline QString demoStoreKey(const DemoOptions &options)
{
    // Both libraries: the store's code is in one, the energy model it fits at import in the other.
    static const QByteArray libraryDigest = [] {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const char *path : {WATTPRINT_MODELS_LIBRARY, WATTPRINT_ANALYSIS_LIBRARY}) {
            QFile lib(QString::fromUtf8(path));
            if (lib.open(QIODevice::ReadOnly))
                hash.addData(&lib);
        }
        return hash.result().toHex().left(12);
    }();
    return QStringLiteral("demo-%1-%2-%3-%4")
        .arg(options.runs)
        .arg(options.seed)
        .arg(options.traceJobs)
        .arg(QString::fromLatin1(libraryDigest));
}

// Copies a demo store with `options` to `destination` (which must not exist), building the shared
// copy first if no test has yet. Returns false with `error` set when building or copying fails.
inline bool copyDemoStore(const DemoOptions &options, const QString &destination, QString *error)
{
    const QString folder = QStringLiteral(WATTPRINT_OUTPUT_DIR "/demo-stores");
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    const QString key = demoStoreKey(options);
    const QString cached = folder + QLatin1Char('/') + key + QStringLiteral(".sqlite");
    {
        QLockFile lock(cached + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.lock()) {
            *error = QStringLiteral("cannot lock %1").arg(cached);
            return false;
        }
        if (!QFile::exists(cached)) {
            // Built under another name and renamed, so no reader ever sees a half-built store.
            const QString partial = cached + QStringLiteral(".partial");
            QFile::remove(partial);
            {
                Store store(partial);
                if (!store.open(error))
                    return false;
                const ImportReport report = DemoStore::build(&store, options);
                if (!report.ok) {
                    *error = report.error;
                    return false;
                }
            }
            // Closing the last connection checkpoints the write-ahead log into the file; a log left
            // behind would hold data that a plain copy of the file misses.
            if (QFileInfo(partial + QStringLiteral("-wal")).size() > 0) {
                *error = QStringLiteral("%1 was closed with its write-ahead log not checkpointed").arg(partial);
                return false;
            }
            if (!QFile::rename(partial, cached)) {
                *error = QStringLiteral("cannot rename %1").arg(partial);
                return false;
            }
        }
    }
    if (!QFile::copy(cached, destination)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(cached, destination);
        return false;
    }
    // A copy is the test's own: it may write to it (layouts, imports) without touching the cache.
    QFile(destination).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

// Overwrites four pages in the middle of the store at `path` (inside the runs table) with other
// bytes, so that SQLite's integrity check finds it damaged.
inline bool damageStore(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.size() <= 64 * 4096)
        return false;
    const qint64 pages = f.size() / 4096;
    for (qint64 page = pages / 3; page < pages / 3 + 4; ++page) {
        if (!f.seek(page * 4096) || f.write(QByteArray(4096, '\x5a')) != 4096)
            return false;
    }
    return true;
}

} // namespace wattprint::testsupport
