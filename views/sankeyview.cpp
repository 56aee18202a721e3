#include "sankeyview.h"

#include "filterstate.h"
#include "labelcase.h"
#include "searchablecombo.h"
#include "selectionedit.h"

#include <analysiserror.h>
#include <units.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace wattprint {

namespace {

constexpr FlowGrouping Groupings[] = {FlowGrouping::Dataset, FlowGrouping::Shape, FlowGrouping::Batch,
                                      FlowGrouping::Project, FlowGrouping::Hardware};
const QString CustomId = QStringLiteral("custom");
// The ranges of the app's Preferences.
constexpr double MaxIntensity = 2000.0;
constexpr double MaxPue = 3.0;
constexpr double MaxPrice = 1.0e6;
constexpr int MaxCurrencyLength = 12;

bool validIntensity(double v)
{
    return std::isfinite(v) && v >= 0 && v <= MaxIntensity;
}
bool validPue(double v)
{
    return std::isfinite(v) && v >= 1.0 && v <= MaxPue;
}
bool validPrice(double v)
{
    return std::isfinite(v) && v >= 0 && v <= MaxPrice;
}

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

SankeyView::SankeyView(QWidget *parent)
    : ViewPanel(QStringLiteral("sankey"), parent)
    , m_widget(new SankeyWidget)
    , m_groupingBox(new QComboBox(this))
{
    m_groupingBox->setObjectName(QStringLiteral("groupingBox"));
    for (FlowGrouping g : Groupings)
        m_groupingBox->addItem(QString(), flowGroupingName(g));
    addLabelledControl(QStringLiteral("groupingLabel"), m_groupingBox);
    connect(m_groupingBox, &QComboBox::activated, this, [this](int index) {
        if (const auto g = flowGroupingFromName(m_groupingBox->itemData(index).toString()))
            setGrouping(*g);
    });

    // Second row: the factors (one row with the toolbar would overflow a dock).
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("factorsRow"));
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(6, 0, 6, 0);
    rowLayout->setSpacing(4);
    auto addLabelled = [&](const QString &name, QWidget *control) {
        auto *label = new QLabel(row);
        label->setObjectName(name);
        label->setBuddy(control);
        control->setFocusPolicy(Qt::StrongFocus);
        rowLayout->addWidget(label);
        rowLayout->addWidget(control);
    };
    m_regionBox = new QComboBox(row);
    m_regionBox->setObjectName(QStringLiteral("regionBox"));
    for (const RegionPreset &p : regionPresets())
        m_regionBox->addItem(regionDisplayName(p), p.id);
    m_regionBox->addItem(QString(), CustomId);
    m_regionBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionBox->setMinimumContentsLength(11);
    // About 215 regions: type a part of a name (or an ISO code such as FRA) to find one.
    makeSearchable(m_regionBox, [this](const QString &text) {
        const RegionPreset *p = findRegionPreset(text);
        return p ? m_regionBox->findData(p->id) : -1;
    });
    addLabelled(QStringLiteral("regionLabel"), m_regionBox);
    m_intensityBox = new QDoubleSpinBox(row);
    m_intensityBox->setObjectName(QStringLiteral("intensityBox"));
    m_intensityBox->setRange(0, MaxIntensity);
    m_intensityBox->setDecimals(2);
    m_intensityBox->setSingleStep(10);
    m_intensityBox->setKeyboardTracking(false);
    addLabelled(QStringLiteral("intensityLabel"), m_intensityBox);
    rowLayout->addSpacing(6);
    m_pueBox = new QDoubleSpinBox(row);
    m_pueBox->setObjectName(QStringLiteral("pueBox"));
    m_pueBox->setRange(1.0, MaxPue);
    m_pueBox->setDecimals(2);
    m_pueBox->setSingleStep(0.05);
    m_pueBox->setKeyboardTracking(false);
    addLabelled(QStringLiteral("pueLabel"), m_pueBox);
    rowLayout->addSpacing(6);
    m_priceBox = new QDoubleSpinBox(row);
    m_priceBox->setObjectName(QStringLiteral("priceBox"));
    m_priceBox->setRange(0, MaxPrice);
    m_priceBox->setDecimals(3);
    m_priceBox->setSingleStep(0.01);
    m_priceBox->setKeyboardTracking(false);
    addLabelled(QStringLiteral("priceLabel"), m_priceBox);
    m_currencyEdit = new QLineEdit(row);
    m_currencyEdit->setObjectName(QStringLiteral("currencyEdit"));
    m_currencyEdit->setMaxLength(MaxCurrencyLength);
    m_currencyEdit->setFocusPolicy(Qt::StrongFocus);
    m_currencyEdit->setMaximumWidth(56);
    m_currencyEdit->setMinimumWidth(40);
    rowLayout->addWidget(m_currencyEdit);
    rowLayout->addStretch(1);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(box->indexOf(toolBar()) + 1, row);

    connect(m_regionBox, &QComboBox::activated, this, [this](int index) {
        const QString id = m_regionBox->itemData(index).toString();
        if (id == CustomId)
            setCustomIntensity(m_intensityBox->value());
        else
            setRegion(id);
    });
    connect(m_intensityBox, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_updating && std::abs(v - factors().gramsPerKwh) > 1e-9)
            setCustomIntensity(v); // typing a number makes it the user's own
    });
    connect(m_pueBox, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_updating && std::abs(v - factors().pue) > 1e-9)
            setPue(v);
    });
    connect(m_priceBox, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_updating)
            setPricePerKwh(v > 0 ? std::optional<double>(v) : std::nullopt);
    });
    connect(m_currencyEdit, &QLineEdit::editingFinished, this, [this] {
        // Leaving the box unchanged keeps the user's label even while the default price's shows.
        const CarbonFactors f = factors();
        if (!m_updating && m_currencyEdit->text().trimmed() != (f.priceIsDefault ? f.currency : m_currency))
            setCurrency(m_currencyEdit->text());
    });

    m_widget->setObjectName(QStringLiteral("sankeyChart"));
    m_widget->setFocusPolicy(Qt::StrongFocus);
    connect(m_widget, &SankeyWidget::nodeClicked, this,
            [this](int node, Qt::KeyboardModifiers modifiers) { selectNode(node, modifiers & Qt::ControlModifier); });
    setChartWidget(m_widget);
    updateControls();
    retranslateUi();
}

QString SankeyView::howToRead() const
{
    return tr("<p>The energy of the runs in the filter flows from left to right: from the <b>device</b> "
              "(<span style='color:#0072b2'><b>CPU</b></span> or <span style='color:#d55e00'><b>GPU</b></span>) "
              "through the <b>group</b> the runs belong to (dataset, shape or sweep batch: choose with <i>Flow "
              "by</i>; the %1 largest groups by energy are named, the rest are gathered in <i>other</i>) into the "
              "<b>energy at the meter</b>, then into <b>carbon</b> and <b>cost</b>. Every "
              "band's width and every bar's height is proportional to energy.</p>"
              "<p>The data centre uses more than the meters on the compute nodes measured (cooling, power "
              "conversion): the <b>PUE</b> (power usage effectiveness, facility energy / IT energy) adds that "
              "share as a grey bar that joins the flow before carbon. Carbon = kWh at the meter x PUE x the "
              "grid's <b>carbon intensity</b> (g per kWh); cost = kWh x PUE x price.</p>"
              "<p><b>Change the factors</b> in the row above the chart: pick a region (the world average, a "
              "few sourced presets, then every country by name; type a part of its name or its ISO code to "
              "find it; each preset names its source and year under the chart), type your own intensity (the "
              "region becomes <i>Custom</i>), a PUE and a price per kWh with its currency. Until you set a "
              "price, cost uses a default of %2 USD per kWh (%3). Presets from the US EIA and the BUTTER-E "
              "paper count CO\u2082 only; the others CO\u2082 equivalents (CO\u2082"
              "e). Under the chart, the "
              "carbon is put in relatable terms (a car's distance, phone charges), with their sources.</p>"
              "<p><b>Hover</b> a bar or band for its numbers. <b>Click</b> a device or group bar (or its label) "
              "to keep only those runs; Ctrl+click adds it to the selection or takes it out. Undo takes a "
              "selection back.</p>")
        .arg(MaxGroups)
        .arg(QLocale().toString(defaultElectricityPrice().perKwh, 'f', 2), defaultElectricityPrice().source);
}

QJsonObject SankeyView::saveState() const
{
    return QJsonObject{{QStringLiteral("grouping"), flowGroupingName(m_grouping)},
                       {QStringLiteral("region"), m_region},
                       {QStringLiteral("intensity"), optionalJson(m_customIntensity)},
                       {QStringLiteral("pue"), optionalJson(m_pue)},
                       {QStringLiteral("price"), optionalJson(m_price)},
                       {QStringLiteral("currency"), m_currency}};
}

void SankeyView::restoreState(const QJsonObject &state)
{
    if (const auto g = flowGroupingFromName(state.value(QStringLiteral("grouping")).toString()))
        setGrouping(*g);
    auto optional = [&](const char *key, std::optional<double> current) -> std::optional<double> {
        const QJsonValue v = state.value(QLatin1String(key));
        if (v.isNull())
            return std::nullopt;
        if (v.isDouble())
            return v.toDouble();
        return current; // missing or not a number: keep
    };
    const QString region = state.value(QStringLiteral("region")).toString(m_region);
    const QString currency = state.value(QStringLiteral("currency")).toString(m_currency);
    setCarbonSettings(region, optional("intensity", m_customIntensity), optional("pue", m_pue),
                      optional("price", m_price), currency);
}

void SankeyView::setCarbonSettings(const QString &region, std::optional<double> customIntensity,
                                   std::optional<double> pue, std::optional<double> pricePerKwh,
                                   const QString &currency)
{
    bool changed = false;
    if (const RegionPreset *p = findRegionPreset(region); p && p->id != m_region) {
        m_region = p->id; // older ids (france) and names stand for their canonical id (FRA)
        changed = true;
    }
    if ((!customIntensity || validIntensity(*customIntensity)) && customIntensity != m_customIntensity) {
        m_customIntensity = customIntensity;
        changed = true;
    }
    if ((!pue || validPue(*pue)) && pue != m_pue) {
        m_pue = pue;
        changed = true;
    }
    if ((!pricePerKwh || validPrice(*pricePerKwh)) && pricePerKwh != m_price) {
        m_price = pricePerKwh;
        changed = true;
    }
    const QString c = currency.trimmed();
    if (!c.isEmpty() && c.size() <= MaxCurrencyLength && c != m_currency) {
        m_currency = c;
        changed = true;
    }
    if (changed)
        settingsChanged();
    else
        updateControls();
}

void SankeyView::applyCarbonPreferences(const CarbonPreferences &preferences)
{
    setCarbonSettings(preferences.region, preferences.customIntensity, preferences.pue, preferences.pricePerKwh,
                      preferences.currency);
}

void SankeyView::setRegion(const QString &id)
{
    const RegionPreset *p = findRegionPreset(id);
    if (!p) {
        updateControls();
        return;
    }
    if (p->id == m_region && !m_customIntensity) {
        updateControls();
        return;
    }
    m_region = p->id;
    m_customIntensity.reset();
    settingsChanged();
}

void SankeyView::setCustomIntensity(std::optional<double> gramsPerKwh)
{
    if ((gramsPerKwh && !validIntensity(*gramsPerKwh)) || gramsPerKwh == m_customIntensity) {
        updateControls();
        return;
    }
    m_customIntensity = gramsPerKwh;
    settingsChanged();
}

void SankeyView::setPue(std::optional<double> pue)
{
    if ((pue && !validPue(*pue)) || pue == m_pue) {
        updateControls();
        return;
    }
    m_pue = pue;
    settingsChanged();
}

void SankeyView::setPricePerKwh(std::optional<double> price)
{
    if ((price && !validPrice(*price)) || price == m_price) {
        updateControls();
        return;
    }
    m_price = price;
    settingsChanged();
}

void SankeyView::setCurrency(const QString &currency)
{
    const QString c = currency.trimmed();
    if (c.isEmpty() || c.size() > MaxCurrencyLength || c == m_currency) {
        updateControls();
        return;
    }
    m_currency = c;
    settingsChanged();
}

CarbonFactors SankeyView::factors() const
{
    const std::optional<QString> region = m_customIntensity ? std::nullopt : std::optional<QString>(m_region);
    try {
        return resolveCarbonFactors(region, m_customIntensity, m_pue, m_price, m_currency);
    } catch (const AnalysisError &) {
        return resolveCarbonFactors(QStringLiteral("world"), std::nullopt, std::nullopt, std::nullopt, m_currency);
    }
}

QString SankeyView::regionName() const
{
    if (m_customIntensity)
        return tr("your own intensity");
    try {
        return regionDisplayName(regionPreset(m_region));
    } catch (const AnalysisError &) {
        return m_region;
    }
}

void SankeyView::settingsChanged()
{
    updateControls();
    rebuildFlow();
    emit stateChanged();
}

void SankeyView::updateControls()
{
    m_updating = true;
    const CarbonFactors f = factors();
    const int regionIndex = m_regionBox->findData(m_customIntensity ? CustomId : m_region);
    m_regionBox->setCurrentIndex(regionIndex);
    if (regionIndex >= 0) // an editable box keeps typed text otherwise
        m_regionBox->setEditText(m_regionBox->itemText(regionIndex));
    m_intensityBox->setValue(f.gramsPerKwh);
    //: Unit suffix of the intensity box; %1 is CO₂e or CO₂, as the factor counts
    m_intensityBox->setSuffix(tr(" g%1/kWh").arg(units::gasName(f.intensityUnit)));
    m_pueBox->setValue(f.pue);
    // The price in force: the user's, or the default until they set one.
    m_priceBox->setValue(f.pricePerKwh.value_or(0));
    // The currency in force: the default price has its own.
    const QString currency = f.priceIsDefault ? f.currency : m_currency;
    if (m_currencyEdit->text() != currency)
        m_currencyEdit->setText(currency);
    m_intensityBox->setToolTip(tr("Carbon intensity in force. Source: %1").arg(f.intensitySource));
    m_pueBox->setToolTip(tr("Power usage effectiveness in force. Source: %1").arg(f.pueSource));
    m_priceBox->setToolTip(
        f.priceIsDefault
            //: %1 price, %2 currency, %3 source of the default price
            ? tr("Default price %1 %2 per kWh of facility energy (%3). Type your own price to use it; 0 goes "
                 "back to the default.")
                  .arg(QLocale().toString(*f.pricePerKwh, 'f', 2), f.currency, f.priceSource)
            : tr("Your price per kWh of facility energy; 0 goes back to the default price."));
    m_updating = false;
}

void SankeyView::setGrouping(FlowGrouping grouping)
{
    selectData(m_groupingBox, flowGroupingName(grouping));
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    m_widget->setGroupTitle(groupingLabel(grouping), inSentence(groupingLabel(grouping)), groupingPlural(grouping));
    emit stateChanged();
    refresh();
}

QString SankeyView::groupingLabel(FlowGrouping grouping)
{
    switch (grouping) {
    case FlowGrouping::Dataset: return tr("Dataset");
    case FlowGrouping::Shape: return tr("Shape");
    case FlowGrouping::Batch: return tr("Batch");
    case FlowGrouping::Project: return tr("Project");
    case FlowGrouping::Hardware: return tr("Hardware");
    }
    return {};
}

QString SankeyView::groupingPlural(FlowGrouping grouping)
{
    switch (grouping) {
    case FlowGrouping::Dataset: return tr("datasets");
    case FlowGrouping::Shape: return tr("shapes");
    case FlowGrouping::Batch: return tr("batches");
    case FlowGrouping::Project: return tr("projects");
    case FlowGrouping::Hardware: return tr("kinds of hardware");
    }
    return {};
}

QString SankeyView::findingFor(const CarbonFlow &flow, const QString &regionName)
{
    const QLocale locale;
    const FlowTotals &t = flow.totals;
    if (t.runs == 0)
        return t.skippedRuns > 0
            ? tr("None of the %1 in the filter has a measured energy.").arg(units::runs(qint64(t.skippedRuns)))
            : tr("No runs match the filter.");
    if (t.joules() <= 0)
        return tr("The runs in the filter used no energy, so there is no carbon or cost to show.");
    const CarbonFactors &f = flow.total.factors;
    const QString gas = units::gasName(f.intensityUnit);
    QString car;
    for (const Equivalent &e : flow.total.equivalents) {
        if (e.id == QLatin1String("car_km"))
            car = tr(", about what an average passenger car emits over %1 km").arg(units::approximate(e.value));
    }
    const QString runs = t.runs == 1 ? tr("The one run")
                                     : tr("The %1 runs").arg(locale.toString(double(t.runs), 'f', 0));
    const QString head = tr("%1 used %2; at %3 (%4) and a PUE of %5 that is %6 %7%8")
                             .arg(runs, units::energy(t.joules(), units::AutoUnit::WattHours),
                                  units::intensity(f.gramsPerKwh, f.intensityUnit), regionName,
                                  locale.toString(f.pue, 'f', 2), units::mass(flow.total.co2eGrams), gas, car);
    if (flow.total.cost && f.priceIsDefault)
        //: %1 the carbon sentence, %2 cost, %3 default price per kWh, %4 its source
        return tr("%1, and %2 at %3 per kWh (default price: %4).")
            .arg(head, units::money(*flow.total.cost, f.currency), units::money(f.pricePerKwh.value_or(0), f.currency),
                 f.priceSource);
    if (flow.total.cost)
        return tr("%1, and %2 at %3 per kWh.")
            .arg(head, units::money(*flow.total.cost, f.currency), units::money(f.pricePerKwh.value_or(0), f.currency));
    return tr("%1; set a price to see the cost.").arg(head);
}

void SankeyView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    Q_UNUSED(vector) // bars and bands only: vector output stays small
    m_widget->paint(painter, rect);
    m_widget->update(); // the screen's geometry again on the next paint
}

void SankeyView::selectNode(int node, bool add)
{
    const auto flow = m_widget->flow();
    if (!flow || node < 0 || std::size_t(node) >= flow->nodes.size())
        return;
    const CarbonFlowNode &n = flow->nodes[std::size_t(node)];
    Filter filter = currentFilter();
    QStringList *list = nullptr;
    QStringList names;
    QString what;
    if (n.kind == CarbonFlowNode::Kind::Device) {
        list = &filter.devices;
        names = {n.name};
        what = tr("%1 runs").arg(n.name);
    } else if (n.kind == CarbonFlowNode::Kind::Group) {
        if (n.missing) {
            setMessage(tr("Runs that name no %1 cannot be selected in the filter.")
                           .arg(inSentence(groupingLabel(flow->totals.grouping))));
            return;
        }
        switch (flow->totals.grouping) {
        case FlowGrouping::Dataset: list = &filter.datasets; break;
        case FlowGrouping::Shape: list = &filter.shapes; break;
        case FlowGrouping::Batch: list = &filter.batches; break;
        case FlowGrouping::Project: list = &filter.projects; break;
        case FlowGrouping::Hardware: list = &filter.nodeTypes; break;
        }
        names = n.members;
        const QString noun = inSentence(groupingLabel(flow->totals.grouping));
        what = n.other ? tr("the other %1 %2").arg(names.size()).arg(groupingPlural(flow->totals.grouping))
                       : tr("%1 %2").arg(noun, n.name);
    }
    if (!list || names.isEmpty())
        return;
    QString text;
    switch (editSelection(*list, names, add)) {
    case SelectionEdit::Replaced: text = tr("Select %1").arg(what); break;
    case SelectionEdit::Removed: text = tr("Take %1 out of the selection").arg(what); break;
    case SelectionEdit::Added: text = tr("Add %1 to the selection").arg(what); break;
    }
    if (filter == currentFilter())
        return;
    proposeFilter(filter, text);
}

void SankeyView::requestData()
{
    submitCompute(&SankeyView::showResult, summarizeFlow, m_grouping, MaxGroups);
}

void SankeyView::showResult(std::shared_ptr<const FlowTotals> result)
{
    m_totals = std::move(result);
    rebuildFlow();
    setReady(true);
}

void SankeyView::rebuildFlow()
{
    if (!m_totals)
        return;
    auto flow = std::make_shared<CarbonFlow>(carbonFlow(*m_totals, factors()));
    const QString finding = findingFor(*flow, regionName());
    m_widget->setRegionName(m_customIntensity ? tr("your own value") : regionName());
    m_widget->setEmptyText(finding);
    m_widget->setFlow(std::move(flow));
    m_widget->setAccessibleDescription(finding);
    setFinding(finding);
    QStringList notes;
    if (m_totals->runs == 0 || m_totals->joules() <= 0)
        notes << finding;
    if (m_totals->skippedRuns > 0)
        notes << tr("Left out: %1 without a measured energy.").arg(units::runs(qint64(m_totals->skippedRuns)));
    setMessage(notes.join(QLatin1Char(' ')));
}

void SankeyView::retranslateUi()
{
    ViewPanel::retranslateUi();
    for (int i = 0; i < m_regionBox->count(); ++i) {
        if (m_regionBox->itemData(i) == CustomId)
            continue;
        try {
            m_regionBox->setItemText(i, regionDisplayName(regionPreset(m_regionBox->itemData(i).toString())));
        } catch (const AnalysisError &) {
            // not a preset: its text stays
        }
    }
    auto setLabel = [this](const char *name, const QString &text) {
        if (auto *label = findChild<QLabel *>(QLatin1String(name)))
            label->setText(text);
    };
    setLabel("groupingLabel", tr("Flow by:"));
    setLabel("regionLabel", tr("Region:"));
    setLabel("intensityLabel", tr("Intensity:"));
    setLabel("pueLabel", tr("PUE:"));
    setLabel("priceLabel", tr("Price/kWh:"));
    for (int i = 0; i < m_groupingBox->count(); ++i) {
        if (const auto g = flowGroupingFromName(m_groupingBox->itemData(i).toString()))
            m_groupingBox->setItemText(i, groupingLabel(*g));
    }
    m_groupingBox->setAccessibleName(tr("Flow by"));
    m_groupingBox->setToolTip(tr("The groups between the devices and the energy"));
    m_regionBox->setItemText(m_regionBox->findData(CustomId), tr("Custom"));
    m_regionBox->setAccessibleName(tr("Region"));
    m_regionBox->setToolTip(tr("The grid whose carbon intensity is used (its source is named under the chart)"));
    m_intensityBox->setAccessibleName(tr("Carbon intensity in grams per kWh"));
    m_pueBox->setAccessibleName(tr("Power usage effectiveness"));
    m_priceBox->setAccessibleName(tr("Electricity price per kWh"));
    m_currencyEdit->setAccessibleName(tr("Currency"));
    m_currencyEdit->setToolTip(tr("Currency label (a label only, nothing is converted)"));
    m_widget->setAccessibleName(tr("Energy, carbon and cost flow"));
    m_widget->setGroupTitle(groupingLabel(m_grouping), inSentence(groupingLabel(m_grouping)),
                            groupingPlural(m_grouping));
    m_widget->retranslate();
    updateControls();
    if (m_totals)
        rebuildFlow();
}

} // namespace wattprint
