#pragma once

#include "sankeywidget.h"
#include "viewpanel.h"

#include <carbonflow.h>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace wattprint {

// what the energy of the runs in the filter means in carbon and money. A
// Sankey diagram from devices through groups (dataset, shape or sweep batch) into the energy at
// the meter, the data centre's overhead (PUE), carbon and cost, under a region's intensity (or
// the user's own), a PUE and a price that the view shows with their sources and lets the user
// change in place. The energy sums run as a job; the carbon and cost are recomputed from them
// at once when a factor changes.
class SankeyView : public ViewPanel
{
    Q_OBJECT
public:
    static constexpr int MaxGroups = 12; // named groups; the rest are folded into "other"

    explicit SankeyView(QWidget *parent = nullptr);

    QString howToRead() const override;

    // {"grouping": "dataset"|"shape"|"batch", "region": id, "intensity": g/kWh|null,
    //  "pue": number|null, "price": number|null, "currency": text}
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    // The carbon settings, with the meaning of the app's Preferences: a region preset id; a custom
    // intensity (g CO2e/kWh) that overrides the region when set; a PUE override (unset: the
    // region's own, 1.58 for "butter-e", else 1.0); a price per kWh (unset: no cost); a currency
    // label. Invalid values (unknown region, NaN, PUE < 1, negative intensity or price) are
    // ignored one by one. Updates the flow at once.
    void setCarbonSettings(const QString &region, std::optional<double> customIntensity, std::optional<double> pue,
                           std::optional<double> pricePerKwh, const QString &currency);
    // The app's Preferences are the starting point; the view's own controls change it from there.
    void applyCarbonPreferences(const CarbonPreferences &preferences) override;
    void setRegion(const QString &id); // a preset; clears the custom intensity
    void setCustomIntensity(std::optional<double> gramsPerKwh);
    void setPue(std::optional<double> pue);
    void setPricePerKwh(std::optional<double> price);
    void setCurrency(const QString &currency);
    QString region() const { return m_region; }
    std::optional<double> customIntensity() const { return m_customIntensity; }
    std::optional<double> pueOverride() const { return m_pue; }
    std::optional<double> pricePerKwh() const { return m_price; }
    QString currency() const { return m_currency; }
    // The factors in force (as Preferences::carbonFactors would make them from these settings).
    CarbonFactors factors() const;
    // "World average", or "your own intensity" for a custom one.
    QString regionName() const;

    FlowGrouping grouping() const { return m_grouping; }
    void setGrouping(FlowGrouping grouping);

    std::shared_ptr<const FlowTotals> totals() const { return m_totals; }
    std::shared_ptr<const CarbonFlow> flow() const { return m_widget->flow(); }
    SankeyWidget *chart() const { return m_widget; }

    static QString groupingLabel(FlowGrouping grouping);  // "Dataset", translated
    static QString groupingPlural(FlowGrouping grouping); // "datasets", translated
    // "The 5,000 runs used 812 kWh; at 475 gCO₂e/kWh (World average) and a PUE of 1.00 that is
    // 386 kg CO₂e, about what an average passenger car emits over 1,550 km, and 97.40 USD at
    // 0.12 USD per kWh."
    static QString findingFor(const CarbonFlow &flow, const QString &regionName);

    void renderChart(QPainter *painter, const QRectF &rect, bool vector) override;

public slots:
    // Puts a device or group node of the flow into the filter: alone, or toggled with `add`.
    void selectNode(int node, bool add = false);

protected:
    void requestData() override;
    void showResult(std::shared_ptr<const FlowTotals> result);
    void retranslateUi() override;

private:
    void rebuildFlow();
    void updateControls();
    void settingsChanged();

    SankeyWidget *m_widget = nullptr;
    QComboBox *m_groupingBox = nullptr;
    QComboBox *m_regionBox = nullptr;
    QDoubleSpinBox *m_intensityBox = nullptr;
    QDoubleSpinBox *m_pueBox = nullptr;
    QDoubleSpinBox *m_priceBox = nullptr;
    QLineEdit *m_currencyEdit = nullptr;
    FlowGrouping m_grouping = FlowGrouping::Dataset;
    QString m_region = QStringLiteral("world");
    std::optional<double> m_customIntensity;
    std::optional<double> m_pue;
    std::optional<double> m_price;
    QString m_currency = QStringLiteral("USD");
    std::shared_ptr<const FlowTotals> m_totals;
    bool m_updating = false;
};

} // namespace wattprint
