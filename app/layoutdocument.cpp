#include "layoutdocument.h"

#include "layoutmanager.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wattprint::LayoutDocument {

namespace {

// The headers Qt writes (and checks on restore): QMainWindow::saveState() starts with the
// marker 0xff and the caller's version; QWidget::saveGeometry() with the magic 0x1D9D0CB.
constexpr qint32 kMainWindowMarker = 0xff;
constexpr quint32 kGeometryMagic = 0x1D9D0CB;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<QByteArray> decodeBase64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QByteArray text = value.toString().toLatin1();
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

bool validate(const QJsonObject &layout, QString *error)
{
    const QJsonValue format = layout.value(u"format"_s);
    if (format.toString() != LayoutManager::formatName()) {
        setError(error,
                 format.isString()
                     ? QCoreApplication::translate("wattprint::LayoutManager",
                                                   "This is not a Wattprint layout (its format is \"%1\").")
                           .arg(format.toString())
                     : QCoreApplication::translate("wattprint::LayoutManager",
                                                   "This is not a Wattprint layout (it has no \"format\" field)."));
        return false;
    }
    const QJsonValue version = layout.value(u"version"_s);
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v != std::floor(v) || v < 1) {
        setError(error,
                 QCoreApplication::translate("wattprint::LayoutManager", "The layout has no valid format version."));
        return false;
    }
    if (v > LayoutManager::FormatVersion) {
        setError(error,
                 QCoreApplication::translate(
                     "wattprint::LayoutManager",
                     "The layout was saved by a newer Wattprint (layout version %1; this version reads "
                     "version %2 and older).")
                     .arg(QString::number(v, 'g', 16))
                     .arg(LayoutManager::FormatVersion));
        return false;
    }

    const std::optional<QByteArray> dockState = decodeBase64(layout.value(u"dockState"_s));
    if (!dockState) {
        setError(error,
                 QCoreApplication::translate("wattprint::LayoutManager",
                                             "The layout's dock arrangement is missing or not valid base64."));
        return false;
    }
    {
        QDataStream stream(*dockState);
        stream.setVersion(QDataStream::Qt_5_0); // as QMainWindow::saveState()
        qint32 marker = 0;
        qint32 stateVersion = 0;
        stream >> marker >> stateVersion;
        if (stream.status() != QDataStream::Ok || marker != kMainWindowMarker) {
            setError(
                error,
                QCoreApplication::translate("wattprint::LayoutManager", "The layout's dock arrangement is damaged."));
            return false;
        }
        if (stateVersion != LayoutManager::LayoutStateVersion) {
            setError(
                error,
                QCoreApplication::translate("wattprint::LayoutManager",
                                            "The layout's dock arrangement is of another version (%1, expected %2).")
                    .arg(stateVersion)
                    .arg(LayoutManager::LayoutStateVersion));
            return false;
        }
    }
    if (layout.contains(u"geometry"_s)) {
        const std::optional<QByteArray> geometry = decodeBase64(layout.value(u"geometry"_s));
        if (!geometry) {
            setError(error,
                     QCoreApplication::translate("wattprint::LayoutManager",
                                                 "The layout's window geometry is not valid base64."));
            return false;
        }
        QDataStream stream(*geometry);
        quint32 magic = 0;
        stream >> magic;
        if (stream.status() != QDataStream::Ok || magic != kGeometryMagic) {
            setError(
                error,
                QCoreApplication::translate("wattprint::LayoutManager", "The layout's window geometry is damaged."));
            return false;
        }
    }

    if (layout.contains(u"views"_s)) {
        const QJsonValue views = layout.value(u"views"_s);
        if (!views.isObject()) {
            setError(
                error,
                QCoreApplication::translate("wattprint::LayoutManager",
                                            "The layout's view settings are damaged (\"views\" is not an object)."));
            return false;
        }
        const QJsonObject object = views.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isObject()) {
                setError(error,
                         QCoreApplication::translate("wattprint::LayoutManager",
                                                     "The layout's settings for the view \"%1\" are damaged.")
                             .arg(it.key()));
                return false;
            }
        }
    }
    if (layout.contains(u"name"_s) && !layout.value(u"name"_s).isString()) {
        setError(error, QCoreApplication::translate("wattprint::LayoutManager", "The layout's name is not text."));
        return false;
    }
    return true;
}

std::optional<QJsonObject> parse(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error,
                 QCoreApplication::translate("wattprint::LayoutManager", "The layout is damaged: %1 at character %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setError(error,
                 QCoreApplication::translate("wattprint::LayoutManager",
                                             "This is not a Wattprint layout (not a JSON object)."));
        return std::nullopt;
    }
    const QJsonObject layout = doc.object();
    if (!validate(layout, error))
        return std::nullopt;
    return layout;
}

} // namespace wattprint::LayoutDocument
