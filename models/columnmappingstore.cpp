#include "columnmappingstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace wattprint {

namespace {
constexpr int FormatVersion = 1;
}

QString ColumnMappingStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("column-mappings.json"));
}

ColumnMappingStore::ColumnMappingStore(QString path)
    : m_path(std::move(path))
{}

bool ColumnMappingStore::read(QJsonObject *mappings, QString *error) const
{
    QFile file(m_path);
    if (!file.exists()) {
        *mappings = {};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ColumnMappingStore", "%1: cannot read: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("ColumnMappingStore", "%1: not a file of column mappings: %2")
                         .arg(QDir::toNativeSeparators(m_path), parseError.errorString());
        return false;
    }
    *mappings = doc.object().value(QStringLiteral("mappings")).toObject();
    return true;
}

bool ColumnMappingStore::write(const QJsonObject &mappings, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    QJsonObject root;
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("mappings"), mappings);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ColumnMappingStore", "%1: cannot write: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    return true;
}

QStringList ColumnMappingStore::names(QString *error) const
{
    QJsonObject mappings;
    if (!read(&mappings, error))
        return {};
    QStringList names = mappings.keys();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

std::optional<ColumnMapping> ColumnMappingStore::find(const QString &name, QString *error) const
{
    QJsonObject mappings;
    if (!read(&mappings, error) || !mappings.contains(name))
        return std::nullopt;
    const std::optional<ColumnMapping> mapping = ColumnMapping::fromJson(name, mappings.value(name).toObject());
    if (!mapping && error)
        *error = QCoreApplication::translate("ColumnMappingStore",
                                             "%1: the mapping '%2' lacks the energy or duration column or names "
                                             "an unknown unit")
                     .arg(QDir::toNativeSeparators(m_path), name);
    return mapping;
}

bool ColumnMappingStore::save(const ColumnMapping &mapping, QString *error)
{
    const QString name = mapping.name.trimmed();
    if (name.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ColumnMappingStore", "a mapping needs a name to be saved");
        return false;
    }
    if (!mapping.isComplete()) {
        if (error)
            *error = QCoreApplication::translate("ColumnMappingStore",
                                                 "a mapping needs the energy and the duration column");
        return false;
    }
    QJsonObject mappings;
    if (!read(&mappings, error))
        return false;
    mappings.insert(name, mapping.toJson());
    return write(mappings, error);
}

bool ColumnMappingStore::remove(const QString &name, QString *error)
{
    QJsonObject mappings;
    if (!read(&mappings, error))
        return false;
    mappings.remove(name);
    return write(mappings, error);
}

} // namespace wattprint
