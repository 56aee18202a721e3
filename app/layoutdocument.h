#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace wattprint::LayoutDocument {

// The layout document (LayoutManager's file and settings format) checked without any window:
// format, version, base64, the headers Qt writes into the dock state and geometry, the views
// object and the name. Needs only QtCore, so it can be fuzzed on its own; LayoutManager adds
// the check only a QMainWindow can make.
bool validate(const QJsonObject &layout, QString *error = nullptr);
// JSON text -> document that passed validate(); nullopt with a message otherwise.
std::optional<QJsonObject> parse(const QByteArray &bytes, QString *error = nullptr);
std::optional<QByteArray> decodeBase64(const QJsonValue &value);

} // namespace wattprint::LayoutDocument
