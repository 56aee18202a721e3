#pragma once

#include "columnmapping.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace wattprint {

// Named column mappings shared by the app and the command line: one JSON file,
// column-mappings.json in the app's configuration folder (docs/data.md "Any energy CSV: column
// mappings"), written whole with QSaveFile.
class ColumnMappingStore
{
public:
    // The file in the app's configuration folder (~/.config/Wattprint/wattprint/ on Linux).
    static QString defaultPath();
    explicit ColumnMappingStore(QString path = defaultPath());

    QString path() const { return m_path; }
    // The saved names, sorted ignoring case; empty when the file does not exist yet.
    QStringList names(QString *error = nullptr) const;
    std::optional<ColumnMapping> find(const QString &name, QString *error = nullptr) const;
    // Saves (or replaces) the mapping under its name, which must not be empty.
    bool save(const ColumnMapping &mapping, QString *error);
    bool remove(const QString &name, QString *error);

private:
    bool read(QJsonObject *mappings, QString *error) const;
    bool write(const QJsonObject &mappings, QString *error);

    QString m_path;
};

} // namespace wattprint
