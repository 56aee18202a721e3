#include "preferencesdialog.h"

#include "preferences.h"

#include <carbon.h>
#include <searchablecombo.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wattprint {

namespace {

// Native names: a language is listed in its own language, whatever the UI language is.
QString nativeLanguageName(const QString &code)
{
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"de"_s)
        return u"Deutsch"_s;
    if (code == u"fr"_s)
        return u"Français"_s;
    return code;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(u"preferencesDialog"_s);
    buildUi();
    retranslateUi();
    load();
}

void PreferencesDialog::buildUi()
{
    // Carbon and cost.
    m_carbonGroup = new QGroupBox(this);
    auto *carbonForm = new QFormLayout(m_carbonGroup);
    carbonForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_regionLabel = new QLabel(m_carbonGroup);
    m_regionCombo = new QComboBox(m_carbonGroup);
    m_regionCombo->setObjectName(u"regionCombo"_s);
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // About 215 regions: type a part of a name or an ISO code (FRA) to find one.
    makeSearchable(m_regionCombo, [this](const QString &text) {
        const RegionPreset *p = findRegionPreset(text);
        return p ? m_regionCombo->findData(p->id) : -1;
    });
    m_regionLabel->setBuddy(m_regionCombo);
    carbonForm->addRow(m_regionLabel, m_regionCombo);

    m_regionDetails = new QLabel(m_carbonGroup);
    m_regionDetails->setObjectName(u"regionDetails"_s);
    m_regionDetails->setWordWrap(true);
    m_regionDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_regionDetails->setForegroundRole(QPalette::PlaceholderText);
    carbonForm->addRow(QString(), m_regionDetails);

    m_customIntensityCheck = new QCheckBox(m_carbonGroup);
    m_customIntensityCheck->setObjectName(u"customIntensityCheck"_s);
    m_customIntensitySpin = new QDoubleSpinBox(m_carbonGroup);
    m_customIntensitySpin->setObjectName(u"customIntensitySpin"_s);
    m_customIntensitySpin->setRange(Preferences::MinIntensity, Preferences::MaxIntensity);
    m_customIntensitySpin->setDecimals(2);
    m_customIntensitySpin->setSingleStep(10.0);
    carbonForm->addRow(m_customIntensityCheck, m_customIntensitySpin);

    m_pueCheck = new QCheckBox(m_carbonGroup);
    m_pueCheck->setObjectName(u"pueCheck"_s);
    m_pueSpin = new QDoubleSpinBox(m_carbonGroup);
    m_pueSpin->setObjectName(u"pueSpin"_s);
    m_pueSpin->setRange(Preferences::MinPue, Preferences::MaxPue);
    m_pueSpin->setDecimals(2);
    m_pueSpin->setSingleStep(0.01);
    carbonForm->addRow(m_pueCheck, m_pueSpin);

    m_pueHint = new QLabel(m_carbonGroup);
    m_pueHint->setObjectName(u"pueHint"_s);
    m_pueHint->setWordWrap(true);
    m_pueHint->setForegroundRole(QPalette::PlaceholderText);
    carbonForm->addRow(QString(), m_pueHint);

    m_priceCheck = new QCheckBox(m_carbonGroup);
    m_priceCheck->setObjectName(u"priceCheck"_s);
    m_priceSpin = new QDoubleSpinBox(m_carbonGroup);
    m_priceSpin->setObjectName(u"priceSpin"_s);
    m_priceSpin->setRange(Preferences::MinPrice, Preferences::MaxPrice);
    m_priceSpin->setDecimals(4);
    m_priceSpin->setSingleStep(0.01);
    carbonForm->addRow(m_priceCheck, m_priceSpin);

    m_priceHint = new QLabel(m_carbonGroup);
    m_priceHint->setObjectName(u"priceHint"_s);
    m_priceHint->setWordWrap(true);
    m_priceHint->setForegroundRole(QPalette::PlaceholderText);
    carbonForm->addRow(QString(), m_priceHint);

    m_currencyLabel = new QLabel(m_carbonGroup);
    m_currencyEdit = new QLineEdit(m_carbonGroup);
    m_currencyEdit->setObjectName(u"currencyEdit"_s);
    m_currencyEdit->setMaxLength(Preferences::MaxCurrencyLength);
    m_currencyLabel->setBuddy(m_currencyEdit);
    carbonForm->addRow(m_currencyLabel, m_currencyEdit);

    // Display.
    m_displayGroup = new QGroupBox(this);
    auto *displayForm = new QFormLayout(m_displayGroup);
    displayForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_energyUnitLabel = new QLabel(m_displayGroup);
    m_energyUnitCombo = new QComboBox(m_displayGroup);
    m_energyUnitCombo->setObjectName(u"energyUnitCombo"_s);
    m_energyUnitLabel->setBuddy(m_energyUnitCombo);
    displayForm->addRow(m_energyUnitLabel, m_energyUnitCombo);
    m_themeLabel = new QLabel(m_displayGroup);
    m_themeCombo = new QComboBox(m_displayGroup);
    m_themeCombo->setObjectName(u"themeCombo"_s);
    m_themeLabel->setBuddy(m_themeCombo);
    displayForm->addRow(m_themeLabel, m_themeCombo);
    m_languageLabel = new QLabel(m_displayGroup);
    m_languageCombo = new QComboBox(m_displayGroup);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_languageLabel->setBuddy(m_languageCombo);
    displayForm->addRow(m_languageLabel, m_languageCombo);

    // Export.
    m_exportGroup = new QGroupBox(this);
    auto *exportForm = new QFormLayout(m_exportGroup);
    exportForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_dpiLabel = new QLabel(m_exportGroup);
    m_dpiSpin = new QSpinBox(m_exportGroup);
    m_dpiSpin->setObjectName(u"dpiSpin"_s);
    m_dpiSpin->setRange(Preferences::MinExportDpi, Preferences::MaxExportDpi);
    m_dpiSpin->setSingleStep(25);
    m_dpiLabel->setBuddy(m_dpiSpin);
    exportForm->addRow(m_dpiLabel, m_dpiSpin);

    // Analysis.
    m_analysisGroup = new QGroupBox(this);
    auto *analysisForm = new QFormLayout(m_analysisGroup);
    analysisForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_minRunsLabel = new QLabel(m_analysisGroup);
    m_minRunsSpin = new QSpinBox(m_analysisGroup);
    m_minRunsSpin->setObjectName(u"minRunsSpin"_s);
    m_minRunsSpin->setRange(1, Preferences::MaxMinRunsToRank);
    m_minRunsLabel->setBuddy(m_minRunsSpin);
    analysisForm->addRow(m_minRunsLabel, m_minRunsSpin);
    m_includeFailingCheck = new QCheckBox(m_analysisGroup);
    m_includeFailingCheck->setObjectName(u"includeFailingCheck"_s);
    analysisForm->addRow(m_includeFailingCheck);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->setObjectName(u"buttons"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_carbonGroup);
    layout->addWidget(m_displayGroup);
    layout->addWidget(m_analysisGroup);
    layout->addWidget(m_exportGroup);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Tab order: top to bottom, as read.
    QWidget *order[] = {m_regionCombo,
                        m_customIntensityCheck,
                        m_customIntensitySpin,
                        m_pueCheck,
                        m_pueSpin,
                        m_priceCheck,
                        m_priceSpin,
                        m_currencyEdit,
                        m_energyUnitCombo,
                        m_themeCombo,
                        m_languageCombo,
                        m_minRunsSpin,
                        m_includeFailingCheck,
                        m_dpiSpin,
                        m_buttons};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        QString error;
        if (!apply(&error))
            QMessageBox::warning(this, windowTitle(), error);
    });
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(m_customIntensityCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_pueCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_pueCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateRegionDetails);
    connect(m_priceCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateEnabled);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRegionDetails);
    connect(m_customIntensityCheck, &QCheckBox::toggled, this, &PreferencesDialog::updateRegionDetails);
    connect(m_currencyEdit, &QLineEdit::textChanged, this, &PreferencesDialog::updatePriceSuffix);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));

    m_carbonGroup->setTitle(tr("Carbon and cost"));
    m_regionLabel->setText(tr("Grid &region:"));
    m_regionCombo->setAccessibleName(tr("Grid region"));
    m_regionCombo->setToolTip(tr("The carbon intensity of the electricity grid the runs are charged to."));
    m_customIntensityCheck->setText(tr("Own &intensity:"));
    m_customIntensityCheck->setAccessibleName(tr("Use my own carbon intensity"));
    m_customIntensityCheck->setToolTip(tr("Use your own figure instead of the region's."));
    m_customIntensitySpin->setSuffix(tr(" gCO2e/kWh"));
    m_customIntensitySpin->setAccessibleName(tr("Own carbon intensity in grams CO2e per kilowatt-hour"));
    m_pueCheck->setText(tr("Own &PUE:"));
    m_pueCheck->setAccessibleName(tr("Use my own power usage effectiveness"));
    m_pueCheck->setToolTip(tr("Power usage effectiveness: facility energy divided by IT energy (1.0 = no overhead)."));
    m_pueSpin->setAccessibleName(tr("Power usage effectiveness"));
    m_priceCheck->setText(tr("Own electricity &price:"));
    m_priceCheck->setAccessibleName(tr("Use my own electricity price"));
    const ElectricityPrice &price = defaultElectricityPrice();
    //: %1 default price, %2 its currency, %3 its source
    m_priceHint->setText(tr("Without an own price: %1 %2 per kWh (%3). The currency label applies to your own price.")
                             .arg(QLocale().toString(price.perKwh, 'f', 2), price.currency, price.source));
    updatePriceSuffix();
    m_priceSpin->setAccessibleName(tr("Electricity price per kilowatt-hour"));
    m_currencyLabel->setText(tr("C&urrency:"));
    m_currencyEdit->setAccessibleName(tr("Currency label"));
    m_currencyEdit->setToolTip(tr("A label only: no exchange rates are applied."));
    m_currencyEdit->setPlaceholderText(tr("USD"));

    m_displayGroup->setTitle(tr("Display"));
    m_energyUnitLabel->setText(tr("&Energy unit:"));
    m_energyUnitCombo->setAccessibleName(tr("Energy unit"));
    m_themeLabel->setText(tr("&Theme:"));
    m_themeCombo->setAccessibleName(tr("Theme"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setAccessibleName(tr("Language"));

    m_exportGroup->setTitle(tr("Export"));
    m_analysisGroup->setTitle(tr("Analysis"));
    m_minRunsLabel->setText(tr("Rank configurations with at &least:"));
    m_minRunsSpin->setSuffix(tr(" runs"));
    m_minRunsSpin->setAccessibleName(tr("Fewest runs to rank a configuration"));
    m_minRunsSpin->setToolTip(tr("The leaderboard ranks only configurations with at least this many runs: the median "
                                 "of one run ranks its luck as much as its design. A leaderboard set to its own "
                                 "value keeps it."));
    m_includeFailingCheck->setText(tr("&Include runs that fail a quality check"));
    m_includeFailingCheck->setAccessibleName(tr("Include runs that fail a quality check"));
    m_includeFailingCheck->setToolTip(tr("By default, runs that fail a quality check (see the runs table's Quality "
                                         "column) are shown but left out of rankings, fitted models, Pareto "
                                         "frontiers and the baselines anomalies are measured against."));
    m_dpiLabel->setText(tr("Default PNG &resolution:"));
    m_dpiSpin->setSuffix(tr(" dpi"));
    m_dpiSpin->setAccessibleName(tr("Default export resolution in dots per inch"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("Apply"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore Defaults"));
    m_buttons->setAccessibleName(tr("Dialog buttons"));

    fillRegionCombo();
    fillChoiceCombos();
    updateRegionDetails();
}

void PreferencesDialog::fillRegionCombo()
{
    const QVariant current = m_regionCombo->currentData();
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    const QLocale locale;
    for (const RegionPreset &p : regionPresets()) {
        //: Region combo item of a country: its English name and ISO code, e.g. France (FRA)
        const QString name = p.country ? tr("%1 (%2)").arg(p.name, p.id) : regionDisplayName(p);
        //: Region combo item: name, intensity, unit, year the figure describes
        const QString text = tr("%1 — %2 %3 (%4)")
                                 .arg(name, locale.toString(p.gramsPerKwh, 'f', QLocale::FloatingPointShortest), p.unit,
                                      QString::number(p.year));
        m_regionCombo->addItem(text, p.id);
        m_regionCombo->setItemData(m_regionCombo->count() - 1, p.source, Qt::ToolTipRole);
    }
    if (current.isValid())
        selectData(m_regionCombo, current);
}

void PreferencesDialog::fillChoiceCombos()
{
    const QVariant unit = m_energyUnitCombo->currentData();
    m_energyUnitCombo->clear();
    m_energyUnitCombo->addItem(tr("Automatic (prefix chosen by size)"), int(Preferences::EnergyUnit::Automatic));
    m_energyUnitCombo->addItem(tr("Joules (J)"), int(Preferences::EnergyUnit::Joule));
    m_energyUnitCombo->addItem(tr("Kilojoules (kJ)"), int(Preferences::EnergyUnit::Kilojoule));
    m_energyUnitCombo->addItem(tr("Megajoules (MJ)"), int(Preferences::EnergyUnit::Megajoule));
    m_energyUnitCombo->addItem(tr("Kilowatt-hours (kWh)"), int(Preferences::EnergyUnit::KilowattHour));
    if (unit.isValid())
        selectData(m_energyUnitCombo, unit);

    const QVariant theme = m_themeCombo->currentData();
    m_themeCombo->clear();
    m_themeCombo->addItem(tr("Same as the system"), int(Preferences::Theme::System));
    m_themeCombo->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_themeCombo->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    if (theme.isValid())
        selectData(m_themeCombo, theme);

    const QVariant language = m_languageCombo->currentData();
    m_languageCombo->clear();
    m_languageCombo->addItem(tr("Same as the system"), QString());
    for (const QString &code : Preferences::availableLanguages())
        m_languageCombo->addItem(nativeLanguageName(code), code);
    if (language.isValid())
        selectData(m_languageCombo, language);
}

void PreferencesDialog::updatePriceSuffix()
{
    const QString typed = m_currencyEdit->text().trimmed();
    //: %1 is the currency label, e.g. USD
    m_priceSpin->setSuffix(tr(" %1 per kWh").arg(typed.isEmpty() ? m_preferences->currency() : typed));
}

void PreferencesDialog::updateEnabled()
{
    m_regionCombo->setEnabled(!m_customIntensityCheck->isChecked());
    m_customIntensitySpin->setEnabled(m_customIntensityCheck->isChecked());
    m_pueSpin->setEnabled(m_pueCheck->isChecked());
    m_priceSpin->setEnabled(m_priceCheck->isChecked());
}

void PreferencesDialog::updateRegionDetails()
{
    const QString id = m_regionCombo->currentData().toString();
    if (m_customIntensityCheck->isChecked()) {
        m_regionDetails->setText(tr("Your own intensity is used instead of a region."));
        m_pueHint->setText(tr("Without an own PUE: 1.00 (no data-centre overhead)."));
        if (!m_pueCheck->isChecked())
            m_pueSpin->setValue(1.0);
        return;
    }
    const QLocale locale;
    for (const RegionPreset &p : regionPresets()) {
        if (p.id != id)
            continue;
        // Unchecked spin boxes show the value in force, a starting point for an own value.
        m_customIntensitySpin->setValue(p.gramsPerKwh);
        if (!m_pueCheck->isChecked())
            m_pueSpin->setValue(p.pue.value_or(1.0));
        //: %1 source of the intensity, %2 year the figure describes
        m_regionDetails->setText(tr("Source: %1 (%2).").arg(p.source, QString::number(p.year)));
        if (p.pue)
            //: %1 the preset's PUE, %2 where it comes from
            m_pueHint->setText(tr("Without an own PUE: %1 (%2).").arg(locale.toString(*p.pue, 'f', 2), p.pueSource));
        else
            m_pueHint->setText(tr("Without an own PUE: 1.00 (no data-centre overhead)."));
        return;
    }
    m_regionDetails->clear();
    m_pueHint->clear();
}

void PreferencesDialog::load()
{
    Preferences *p = m_preferences;
    selectData(m_regionCombo, p->region());
    const std::optional<double> intensity = p->customIntensity();
    m_customIntensityCheck->setChecked(intensity.has_value());
    m_customIntensitySpin->setValue(intensity.value_or(regionPreset(p->region()).gramsPerKwh));
    const std::optional<double> pue = p->pue();
    m_pueCheck->setChecked(pue.has_value());
    m_pueSpin->setValue(pue.value_or(p->effectivePue()));
    const std::optional<double> price = p->pricePerKwh();
    m_priceCheck->setChecked(price.has_value());
    // Shown while unchecked: the default price in force, a starting point for an own value.
    m_priceSpin->setValue(price.value_or(defaultElectricityPrice().perKwh));
    m_currencyEdit->setText(p->currency());
    selectData(m_energyUnitCombo, int(p->energyUnit()));
    selectData(m_themeCombo, int(p->theme()));
    selectData(m_languageCombo, p->language());
    m_dpiSpin->setValue(p->exportDpi());
    m_minRunsSpin->setValue(p->minRunsToRank());
    m_includeFailingCheck->setChecked(p->failingRuns() == FailingRuns::Included);
    updateEnabled();
    updateRegionDetails();
}

bool PreferencesDialog::apply(QString *error)
{
    Preferences *p = m_preferences;
    QStringList refused;
    if (!p->setRegion(m_regionCombo->currentData().toString()))
        refused << tr("grid region");
    if (!p->setCustomIntensity(
            m_customIntensityCheck->isChecked() ? std::optional<double>(m_customIntensitySpin->value()) : std::nullopt))
        refused << tr("own intensity");
    if (!p->setPue(m_pueCheck->isChecked() ? std::optional<double>(m_pueSpin->value()) : std::nullopt))
        refused << tr("PUE");
    if (!p->setPricePerKwh(m_priceCheck->isChecked() ? std::optional<double>(m_priceSpin->value()) : std::nullopt))
        refused << tr("electricity price");
    if (!p->setCurrency(m_currencyEdit->text()))
        refused << tr("currency (1 to %1 characters)").arg(Preferences::MaxCurrencyLength);
    if (!p->setEnergyUnit(Preferences::EnergyUnit(m_energyUnitCombo->currentData().toInt())))
        refused << tr("energy unit");
    if (!p->setTheme(Preferences::Theme(m_themeCombo->currentData().toInt())))
        refused << tr("theme");
    if (!p->setLanguage(m_languageCombo->currentData().toString()))
        refused << tr("language");
    if (!p->setExportDpi(m_dpiSpin->value()))
        refused << tr("export resolution");
    if (!p->setMinRunsToRank(m_minRunsSpin->value()))
        refused << tr("fewest runs to rank");
    p->setFailingRuns(m_includeFailingCheck->isChecked() ? FailingRuns::Included : FailingRuns::Excluded);
    if (refused.isEmpty())
        return true;
    if (error)
        *error = tr("These values were not accepted: %1.").arg(refused.join(u", "_s));
    return false;
}

void PreferencesDialog::accept()
{
    QString error;
    if (!apply(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

void PreferencesDialog::restoreDefaults()
{
    selectData(m_regionCombo, Preferences::Default::region());
    m_customIntensityCheck->setChecked(false);
    m_pueCheck->setChecked(false);
    m_priceCheck->setChecked(false);
    m_currencyEdit->setText(Preferences::Default::currency());
    selectData(m_energyUnitCombo, int(Preferences::Default::energyUnit));
    selectData(m_themeCombo, int(Preferences::Default::theme));
    selectData(m_languageCombo, Preferences::Default::language());
    m_dpiSpin->setValue(Preferences::Default::exportDpi);
    m_minRunsSpin->setValue(Preferences::Default::minRunsToRank);
    m_includeFailingCheck->setChecked(Preferences::Default::failingRuns == FailingRuns::Included);
    updateEnabled();
    updateRegionDetails();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace wattprint
