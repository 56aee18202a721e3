#include "anomalygroupchoice.h"

#include <QCoreApplication>

namespace wattprint {

AnomalyGrouping anomalyGrouping(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration:
        return AnomalyGrouping::Configuration;
    case AnomalyGroupChoice::DatasetSizeDevice:
        return AnomalyGrouping::Dataset | AnomalyGrouping::Size | AnomalyGrouping::Device;
    case AnomalyGroupChoice::DatasetDevice:
        return AnomalyGrouping::Dataset | AnomalyGrouping::Device;
    case AnomalyGroupChoice::Device:
        return AnomalyGrouping::Device;
    case AnomalyGroupChoice::None:
        return AnomalyGrouping::None;
    }
    return AnomalyGrouping::Configuration;
}

QString anomalyGroupKey(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration:
        return QStringLiteral("configuration");
    case AnomalyGroupChoice::DatasetSizeDevice:
        return QStringLiteral("dataset-size-device");
    case AnomalyGroupChoice::DatasetDevice:
        return QStringLiteral("dataset-device");
    case AnomalyGroupChoice::Device:
        return QStringLiteral("device");
    case AnomalyGroupChoice::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("configuration");
}

std::optional<AnomalyGroupChoice> anomalyGroupFromKey(const QString &key)
{
    for (AnomalyGroupChoice c : AllAnomalyGroupChoices) {
        if (anomalyGroupKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString anomalyGroupLabel(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration:
        return QCoreApplication::translate("AnomalyGroupChoice", "Configuration");
    case AnomalyGroupChoice::DatasetSizeDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "Dataset, size and device");
    case AnomalyGroupChoice::DatasetDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "Dataset and device");
    case AnomalyGroupChoice::Device:
        return QCoreApplication::translate("AnomalyGroupChoice", "Device");
    case AnomalyGroupChoice::None:
        return QCoreApplication::translate("AnomalyGroupChoice", "All runs together");
    }
    return {};
}

QString anomalyGroupPhrase(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration:
        return QCoreApplication::translate("AnomalyGroupChoice", "within their configuration");
    case AnomalyGroupChoice::DatasetSizeDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "within their dataset, size and device");
    case AnomalyGroupChoice::DatasetDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "within their dataset and device");
    case AnomalyGroupChoice::Device:
        return QCoreApplication::translate("AnomalyGroupChoice", "within their device");
    case AnomalyGroupChoice::None:
        return QCoreApplication::translate("AnomalyGroupChoice", "among all runs");
    }
    return {};
}

QString anomalyGroupMedianPhrase(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration:
        return QCoreApplication::translate("AnomalyGroupChoice", "its configuration's median");
    case AnomalyGroupChoice::DatasetSizeDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "the median of its dataset, size and device group");
    case AnomalyGroupChoice::DatasetDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "the median of its dataset and device group");
    case AnomalyGroupChoice::Device:
        return QCoreApplication::translate("AnomalyGroupChoice", "the median of its device");
    case AnomalyGroupChoice::None:
        return QCoreApplication::translate("AnomalyGroupChoice", "the median of all runs");
    }
    return {};
}

QString anomalyGroupPlural(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration:
        return QCoreApplication::translate("AnomalyGroupChoice", "configurations");
    case AnomalyGroupChoice::DatasetSizeDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "dataset, size and device groups");
    case AnomalyGroupChoice::DatasetDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "dataset and device groups");
    case AnomalyGroupChoice::Device:
        return QCoreApplication::translate("AnomalyGroupChoice", "device groups");
    case AnomalyGroupChoice::None:
        return QCoreApplication::translate("AnomalyGroupChoice", "groups");
    }
    return {};
}

} // namespace wattprint
