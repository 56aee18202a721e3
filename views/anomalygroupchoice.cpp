#include "anomalygroupchoice.h"

#include <QComboBox>
#include <QCoreApplication>

namespace wattprint {

QString anomalyGroupLabel(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration: return QCoreApplication::translate("AnomalyGroupChoice", "Configuration");
    case AnomalyGroupChoice::DatasetSizeDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "Dataset, size and device");
    case AnomalyGroupChoice::DatasetDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "Dataset and device");
    case AnomalyGroupChoice::Device: return QCoreApplication::translate("AnomalyGroupChoice", "Device");
    case AnomalyGroupChoice::None: return QCoreApplication::translate("AnomalyGroupChoice", "All runs together");
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
    case AnomalyGroupChoice::Device: return QCoreApplication::translate("AnomalyGroupChoice", "within their device");
    case AnomalyGroupChoice::None: return QCoreApplication::translate("AnomalyGroupChoice", "among all runs");
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
    case AnomalyGroupChoice::None: return QCoreApplication::translate("AnomalyGroupChoice", "the median of all runs");
    }
    return {};
}

QString anomalyGroupPlural(AnomalyGroupChoice choice)
{
    switch (choice) {
    case AnomalyGroupChoice::Configuration: return QCoreApplication::translate("AnomalyGroupChoice", "configurations");
    case AnomalyGroupChoice::DatasetSizeDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "dataset, size and device groups");
    case AnomalyGroupChoice::DatasetDevice:
        return QCoreApplication::translate("AnomalyGroupChoice", "dataset and device groups");
    case AnomalyGroupChoice::Device: return QCoreApplication::translate("AnomalyGroupChoice", "device groups");
    case AnomalyGroupChoice::None: return QCoreApplication::translate("AnomalyGroupChoice", "groups");
    }
    return {};
}

void setUpAnomalyGroupBox(QComboBox *box, AnomalyGroupChoice current, std::function<void(AnomalyGroupChoice)> chosen)
{
    box->setObjectName(QStringLiteral("groupBox"));
    for (AnomalyGroupChoice g : AllAnomalyGroupChoices)
        box->addItem(QString(), anomalyGroupKey(g));
    box->setCurrentIndex(box->findData(anomalyGroupKey(current)));
    QObject::connect(box, &QComboBox::activated, box, [box, chosen = std::move(chosen)](int index) {
        if (const auto g = anomalyGroupFromKey(box->itemData(index).toString()))
            chosen(*g);
    });
}

void retranslateAnomalyGroupBox(QComboBox *box)
{
    for (int i = 0; i < box->count(); ++i) {
        if (const auto g = anomalyGroupFromKey(box->itemData(i).toString()))
            box->setItemText(i, anomalyGroupLabel(*g));
    }
}

} // namespace wattprint
