#pragma once

// The demo's runs as OEDI 5991 publishes the real ones: runs_with_standardized_energy.csv inside a
// zip (the downloader's and the held-out check's tests read it as a user's download).

#include <demogenerator.h>

#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace wattprint::testsupport {

inline bool writeDemoRunsZip(const DemoOptions &options, const QString &zipPath)
{
    DemoGenerator generator(options);
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("runs_with_standardized_energy.csv"))))
        return false;
    generator.writeRunsCsv(&file);
    file.close();
    const bool ok = file.getZipError() == UNZ_OK;
    zip.close();
    return ok && zip.getZipError() == UNZ_OK;
}

} // namespace wattprint::testsupport
