#include <preferences.h>
#include <preferencesdialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using wattprint::Preferences;
using wattprint::PreferencesDialog;

class TestPreferences : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void defaults();
    void typedRoundTrip();
    void invalidValuesRefused();
    void corruptStoredValuesReadAsDefaults();
    void migrationFromVersion0();
    void newerVersionLeftAlone();
    void carbonFactorsForRegion();
    void carbonFactorsForCustomIntensity();
    void changedSignal();
    void energyUnits();
    void dialogShowsAndAppliesValues();
    void minRunsToRank();
    void failingRuns();
    void importTimeZone();
    void dialogRendersToPng();

private:
    std::unique_ptr<QSettings> freshSettings();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_counter = 0;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<QSettings> TestPreferences::freshSettings()
{
    const QString path = m_dir->filePath(u"prefs%1.ini"_s.arg(++m_counter));
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void TestPreferences::minRunsToRank()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QSignalSpy changed(&p, &Preferences::changed);
    QVERIFY(p.setMinRunsToRank(3));
    QCOMPARE(p.minRunsToRank(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), Preferences::Key::minRunsToRank());
    QVERIFY(!p.setMinRunsToRank(0));
    QVERIFY(!p.setMinRunsToRank(Preferences::MaxMinRunsToRank + 1));
    QCOMPARE(p.minRunsToRank(), 3);
    settings->setValue(Preferences::Key::minRunsToRank(), u"lots"_s); // corrupt: the default
    QCOMPARE(p.minRunsToRank(), 2);
    // Through the dialog.
    PreferencesDialog dialog(&p);
    auto *spin = dialog.findChild<QSpinBox *>(u"minRunsSpin"_s);
    QVERIFY(spin);
    QCOMPARE(spin->value(), 2);
    QVERIFY(!spin->accessibleName().isEmpty());
    spin->setValue(4);
    QVERIFY(dialog.apply());
    QCOMPARE(p.minRunsToRank(), 4);
    p.resetToDefaults();
    QCOMPARE(p.minRunsToRank(), 2);
}

void TestPreferences::failingRuns()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QCOMPARE(p.failingRuns(), wattprint::FailingRuns::Excluded); // by default they do not take part
    QSignalSpy changed(&p, &Preferences::changed);
    p.setFailingRuns(wattprint::FailingRuns::Included);
    QCOMPARE(p.failingRuns(), wattprint::FailingRuns::Included);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), Preferences::Key::failingRuns());
    p.setFailingRuns(wattprint::FailingRuns::Included); // no change, no signal
    QCOMPARE(changed.count(), 1);
    settings->setValue(Preferences::Key::failingRuns(), u"maybe"_s); // corrupt: the default
    QCOMPARE(p.failingRuns(), wattprint::FailingRuns::Excluded);
    // Through the dialog.
    p.setFailingRuns(wattprint::FailingRuns::Included);
    PreferencesDialog dialog(&p);
    auto *check = dialog.findChild<QCheckBox *>(u"includeFailingCheck"_s);
    QVERIFY(check);
    QVERIFY(check->isChecked());
    QVERIFY(!check->accessibleName().isEmpty());
    check->setChecked(false);
    QVERIFY(dialog.apply());
    QCOMPARE(p.failingRuns(), wattprint::FailingRuns::Excluded);
    p.setFailingRuns(wattprint::FailingRuns::Included);
    p.resetToDefaults();
    QCOMPARE(p.failingRuns(), wattprint::FailingRuns::Excluded);
}

void TestPreferences::importTimeZone()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QCOMPARE(p.importTimeZone(), QTimeZone::systemTimeZone()); // unset: this system's zone
    // A zone other than the system's, so that setting it is a choice that is stored.
    const QTimeZone other(QTimeZone::systemTimeZoneId() == "Asia/Tokyo" ? "Europe/Paris" : "Asia/Tokyo");
    p.setImportTimeZone(other);
    QCOMPARE(p.importTimeZone(), other);
    Preferences reread(settings.get());
    QCOMPARE(reread.importTimeZone(), other);
    settings->setValue(Preferences::Key::importTimeZone(), u"Mars/Olympus"_s); // unknown: the system's
    QCOMPARE(p.importTimeZone(), QTimeZone::systemTimeZone());
    p.setImportTimeZone(other);
    p.setImportTimeZone(QTimeZone::systemTimeZone()); // back to the default: nothing kept
    QVERIFY(!settings->contains(Preferences::Key::importTimeZone()));
    p.setImportTimeZone(other);
    p.resetToDefaults();
    QCOMPARE(p.importTimeZone(), QTimeZone::systemTimeZone());
}

void TestPreferences::defaults()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QCOMPARE(p.loadedVersion(), 0);
    QCOMPARE(settings->value(u"preferences/version"_s).toInt(), Preferences::CurrentVersion);
    QCOMPARE(p.region(), u"world"_s);
    QVERIFY(!p.customIntensity());
    QVERIFY(!p.pue());
    QCOMPARE(p.effectivePue(), 1.0);
    QVERIFY(!p.pricePerKwh());
    QCOMPARE(p.currency(), u"USD"_s);
    // Automatic: charts pick the prefix each figure needs, as before the preference reached them.
    QCOMPARE(p.energyUnit(), Preferences::EnergyUnit::Automatic);
    QCOMPARE(p.theme(), Preferences::Theme::System);
    QCOMPARE(p.language(), QString());
    QCOMPARE(p.exportDpi(), 150);
    QCOMPARE(p.minRunsToRank(), 2);
}

void TestPreferences::typedRoundTrip()
{
    auto settings = freshSettings();
    const QString path = settings->fileName();
    {
        Preferences p(settings.get());
        QVERIFY(p.setRegion(u"Germany"_s)); // ids are matched case-insensitively, stored canonical
        QVERIFY(p.setCustomIntensity(123.5));
        QVERIFY(p.setPue(1.25));
        QVERIFY(p.setPricePerKwh(0.31));
        QVERIFY(p.setCurrency(u"  EUR "_s));
        QVERIFY(p.setEnergyUnit(Preferences::EnergyUnit::Joule));
        QVERIFY(p.setTheme(Preferences::Theme::Dark));
        QVERIFY(p.setLanguage(u"de"_s));
        QVERIFY(p.setExportDpi(300));
        settings->sync();
    }
    settings.reset();
    // A new QSettings reads the INI file back as strings: the typed getters must parse them.
    QSettings reread(path, QSettings::IniFormat);
    Preferences p(&reread);
    QCOMPARE(p.loadedVersion(), 1);
    QCOMPARE(p.region(), u"DEU"_s); // Germany's ISO row
    QCOMPARE(reread.value(u"carbon/region"_s).toString(), u"DEU"_s);
    QCOMPARE(p.customIntensity().value_or(-1), 123.5);
    QCOMPARE(p.pue().value_or(-1), 1.25);
    QCOMPARE(p.pricePerKwh().value_or(-1), 0.31);
    QCOMPARE(p.currency(), u"EUR"_s);
    QCOMPARE(p.energyUnit(), Preferences::EnergyUnit::Joule);
    QCOMPARE(p.theme(), Preferences::Theme::Dark);
    QCOMPARE(p.language(), u"de"_s);
    QCOMPARE(p.exportDpi(), 300);
    // The INI stays readable for people.
    QCOMPARE(reread.value(u"display/energyUnit"_s).toString(), u"J"_s);
    QCOMPARE(reread.value(u"display/theme"_s).toString(), u"dark"_s);

    // Unsetting the optional values.
    QVERIFY(p.setCustomIntensity(std::nullopt));
    QVERIFY(p.setPue(std::nullopt));
    QVERIFY(p.setPricePerKwh(std::nullopt));
    QVERIFY(!p.customIntensity() && !p.pue() && !p.pricePerKwh());
    QVERIFY(!reread.contains(u"carbon/customIntensity"_s));

    p.resetToDefaults();
    QCOMPARE(p.region(), u"world"_s);
    QCOMPARE(p.exportDpi(), 150);
    QCOMPARE(reread.value(u"preferences/version"_s).toInt(), 1);
}

void TestPreferences::invalidValuesRefused()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QVERIFY(p.setExportDpi(300));
    QVERIFY(p.setPue(1.4));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();

    QVERIFY(!p.setExportDpi(71));
    QVERIFY(!p.setExportDpi(601));
    QCOMPARE(p.exportDpi(), 300); // unchanged
    QVERIFY(p.setExportDpi(72));
    QVERIFY(p.setExportDpi(600));

    QVERIFY(!p.setPue(0.99));
    QVERIFY(!p.setPue(3.01));
    QVERIFY(!p.setPue(nan));
    QCOMPARE(p.pue().value_or(-1), 1.4);

    QVERIFY(!p.setCustomIntensity(-1.0));
    QVERIFY(!p.setCustomIntensity(inf));
    QVERIFY(!p.setCustomIntensity(2000.5));
    QVERIFY(!p.customIntensity());
    QVERIFY(p.setCustomIntensity(0.0)); // a fully renewable supply is allowed

    QVERIFY(!p.setPricePerKwh(-0.01));
    QVERIFY(!p.setPricePerKwh(nan));
    QVERIFY(!p.pricePerKwh());

    QVERIFY(!p.setRegion(u"mars"_s));
    QVERIFY(!p.setRegion(QString()));
    QCOMPARE(p.region(), u"world"_s);

    QVERIFY(!p.setLanguage(u"xx"_s));
    QVERIFY(!p.setLanguage(u"EN"_s));
    QVERIFY(p.setLanguage(u"fr"_s));
    QVERIFY(p.setLanguage(QString()));

    QVERIFY(!p.setCurrency(u"   "_s));
    QVERIFY(!p.setCurrency(u"Pounds sterling"_s));
    QCOMPARE(p.currency(), u"USD"_s);

    QVERIFY(!p.setEnergyUnit(Preferences::EnergyUnit(7)));
    QVERIFY(!p.setTheme(Preferences::Theme(-1)));
}

void TestPreferences::corruptStoredValuesReadAsDefaults()
{
    // A hand-edited file: every value is garbage or out of range.
    auto settings = freshSettings();
    settings->setValue(u"preferences/version"_s, 1);
    settings->setValue(u"carbon/region"_s, u"atlantis"_s);
    settings->setValue(u"carbon/customIntensity"_s, u"lots"_s);
    settings->setValue(u"carbon/pue"_s, 0.5);
    settings->setValue(u"cost/pricePerKwh"_s, -3);
    settings->setValue(u"cost/currency"_s, QString());
    settings->setValue(u"display/energyUnit"_s, u"erg"_s);
    settings->setValue(u"display/theme"_s, u"neon"_s);
    settings->setValue(u"display/language"_s, u"tlh"_s);
    settings->setValue(u"export/dpi"_s, 100000);
    Preferences p(settings.get());
    QCOMPARE(p.region(), u"world"_s);
    QVERIFY(!p.customIntensity());
    QVERIFY(!p.pue());
    QVERIFY(!p.pricePerKwh());
    QCOMPARE(p.currency(), u"USD"_s);
    QCOMPARE(p.energyUnit(), Preferences::EnergyUnit::Automatic);
    QCOMPARE(p.theme(), Preferences::Theme::System);
    QCOMPARE(p.language(), QString());
    QCOMPARE(p.exportDpi(), 150);
    QCOMPARE(p.carbonFactors().gramsPerKwh, 475.0); // IEA 2019 world average
}

void TestPreferences::migrationFromVersion0()
{
    auto settings = freshSettings();
    // What a version-0 Wattprint wrote: no version key, legacy names.
    settings->setValue(u"carbon/intensity"_s, u"300.5"_s);
    settings->setValue(u"units/energy"_s, u"Kilojoule"_s);
    settings->setValue(u"export/dpi"_s, 200); // same name in both versions
    settings->sync();

    Preferences p(settings.get());
    QCOMPARE(p.loadedVersion(), 0);
    QCOMPARE(settings->value(u"preferences/version"_s).toInt(), 1);
    QCOMPARE(p.customIntensity().value_or(-1), 300.5);
    QCOMPARE(p.energyUnit(), Preferences::EnergyUnit::Kilojoule);
    QCOMPARE(p.exportDpi(), 200);
    QVERIFY(!settings->contains(u"carbon/intensity"_s));
    QVERIFY(!settings->contains(u"units/energy"_s));

    // Migrating again is a no-op.
    Preferences again(settings.get());
    QCOMPARE(again.loadedVersion(), 1);
    QCOMPARE(again.customIntensity().value_or(-1), 300.5);

    // A legacy value that does not parse is dropped, not carried over.
    auto bad = freshSettings();
    bad->setValue(u"carbon/intensity"_s, u"-5"_s);
    bad->setValue(u"units/energy"_s, u"calories"_s);
    Preferences q(bad.get());
    QVERIFY(!q.customIntensity());
    QCOMPARE(q.energyUnit(), Preferences::EnergyUnit::Automatic);
    QVERIFY(!bad->contains(u"carbon/intensity"_s));
    QVERIFY(!bad->contains(u"carbon/customIntensity"_s));
}

void TestPreferences::newerVersionLeftAlone()
{
    auto settings = freshSettings();
    settings->setValue(u"preferences/version"_s, 2);
    settings->setValue(u"carbon/intensity"_s, 300); // meaning unknown to us in version 2
    Preferences p(settings.get());
    QCOMPARE(p.loadedVersion(), 2);
    QCOMPARE(settings->value(u"preferences/version"_s).toInt(), 2);
    QVERIFY(settings->contains(u"carbon/intensity"_s));
}

void TestPreferences::carbonFactorsForRegion()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    // Default: world, IEA 2019: 475 g/kWh, no overhead.
    QCOMPARE(p.carbonFactors().region, u"world"_s);
    QCOMPARE(p.carbonFactors().gramsPerKwh, 475.0);
    QCOMPARE(p.carbonFactors().pue, 1.0);

    // BUTTER-E paper: 0.919 lb CO2/kWh and PUE 1.58 (1 lb = 453.59237 g).
    QVERIFY(p.setRegion(u"butter-e"_s));
    const wattprint::CarbonFactors f = p.carbonFactors();
    QCOMPARE(f.region, u"butter-e"_s);
    QVERIFY(std::abs(f.gramsPerKwh - 0.919 * 453.59237) < 0.01);
    QCOMPARE(f.pue, 1.58);
    QCOMPARE(p.effectivePue(), 1.58);
    QVERIFY(!p.pricePerKwh());
    // No own price: the default one, in its own currency, with its source.
    QCOMPARE(f.pricePerKwh, std::optional<double>(wattprint::defaultElectricityPrice().perKwh));
    QCOMPARE(f.pricePerKwh, std::optional<double>(0.12));
    QVERIFY(f.priceIsDefault);
    QCOMPARE(f.currency, u"USD"_s);
    QCOMPARE(f.priceSource, wattprint::defaultElectricityPrice().source);
    QCOMPARE(*wattprint::carbonFor(3.6e6, f).cost, 1.58 * 0.12);

    // France (an older id: its ISO row), CodeCarbon 2023: 56.039 g/kWh; a PUE override and a price.
    QVERIFY(p.setRegion(u"france"_s));
    QCOMPARE(p.region(), u"FRA"_s);
    QVERIFY(p.setPue(1.2));
    QVERIFY(p.setPricePerKwh(0.25));
    QVERIFY(p.setCurrency(u"EUR"_s));
    const wattprint::CarbonFactors g = p.carbonFactors();
    QCOMPARE(g.gramsPerKwh, 56.039);
    QCOMPARE(g.pue, 1.2);
    QCOMPARE(g.pueSource, u"user value"_s);
    QCOMPARE(g.pricePerKwh.value_or(-1), 0.25);
    QCOMPARE(g.currency, u"EUR"_s);
    QVERIFY(!g.priceIsDefault);
    // 10,000 J at 56.039 g/kWh with PUE 1.2: 10000/3.6e6 kWh x 1.2 x 56.039 = 0.186797 g.
    const wattprint::CarbonResult r = wattprint::carbonFor(10000.0, g);
    QVERIFY(std::abs(r.co2eGrams - 0.186797) < 1e-5);
}

void TestPreferences::carbonFactorsForCustomIntensity()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QVERIFY(p.setRegion(u"butter-e"_s));
    QVERIFY(p.setCustomIntensity(123.0));
    const wattprint::CarbonFactors f = p.carbonFactors();
    QCOMPARE(f.region, u"custom"_s); // the custom intensity overrides the region...
    QCOMPARE(f.gramsPerKwh, 123.0);
    QCOMPARE(f.pue, 1.0); // ...and with it the region's PUE
    QCOMPARE(f.currency, u"USD"_s);
    QVERIFY(p.setPue(1.5));
    QCOMPARE(p.carbonFactors().pue, 1.5);
    // 3.6e6 J = 1 kWh x 1.5 x 123 = 184.5 g.
    QCOMPARE(wattprint::carbonFor(3.6e6, p.carbonFactors()).co2eGrams, 184.5);
}

void TestPreferences::changedSignal()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QSignalSpy spy(&p, &Preferences::changed);
    QVERIFY(p.setExportDpi(300));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), Preferences::Key::exportDpi());
    QVERIFY(p.setExportDpi(300)); // same value: no signal
    QCOMPARE(spy.count(), 0);
    QVERIFY(!p.setExportDpi(5)); // refused: no signal
    QCOMPARE(spy.count(), 0);
    QVERIFY(p.setTheme(Preferences::Theme::Light));
    QVERIFY(p.setCustomIntensity(10.0));
    QVERIFY(p.setCustomIntensity(std::nullopt));
    QVERIFY(p.setCustomIntensity(std::nullopt)); // already unset: no signal
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(0).at(0).toString(), u"display/theme"_s);
    QCOMPARE(spy.at(1).at(0).toString(), u"carbon/customIntensity"_s);
    QCOMPARE(spy.at(2).at(0).toString(), u"carbon/customIntensity"_s);

    // Values read back from an INI file are strings; setting the same value again is still
    // no change.
    settings->sync();
    QSettings reread(settings->fileName(), QSettings::IniFormat);
    Preferences q(&reread);
    QSignalSpy spy2(&q, &Preferences::changed);
    QVERIFY(q.setExportDpi(300));
    QVERIFY(q.setTheme(Preferences::Theme::Light));
    QCOMPARE(spy2.count(), 0);
}

void TestPreferences::energyUnits()
{
    // Every unit round-trips through its stored name (the formatting itself: tst_units).
    using U = Preferences::EnergyUnit;
    const QList<QPair<U, QString>> names = {{U::Automatic, u"auto"_s},
                                            {U::Joule, u"J"_s},
                                            {U::Kilojoule, u"kJ"_s},
                                            {U::Megajoule, u"MJ"_s},
                                            {U::KilowattHour, u"kWh"_s}};
    for (const auto &[unit, name] : names) {
        auto settings = freshSettings();
        {
            Preferences p(settings.get());
            QVERIFY(p.setEnergyUnit(unit));
            settings->sync();
        }
        QSettings reread(settings->fileName(), QSettings::IniFormat);
        QCOMPARE(reread.value(u"display/energyUnit"_s).toString(), name);
        QCOMPARE(Preferences(&reread).energyUnit(), unit);
    }
    // A unit chosen before Automatic existed (kWh was the default then) stays the user's choice.
    auto settings = freshSettings();
    settings->setValue(u"preferences/version"_s, 1);
    settings->setValue(u"display/energyUnit"_s, u"kWh"_s);
    QCOMPARE(Preferences(settings.get()).energyUnit(), U::KilowattHour);
}

void TestPreferences::dialogShowsAndAppliesValues()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QVERIFY(p.setRegion(u"india"_s));
    QVERIFY(p.setPricePerKwh(0.2));
    QVERIFY(p.setCurrency(u"INR"_s));
    QVERIFY(p.setEnergyUnit(Preferences::EnergyUnit::Kilojoule));
    QVERIFY(p.setExportDpi(300));

    PreferencesDialog dialog(&p);
    auto *region = dialog.findChild<QComboBox *>(u"regionCombo"_s);
    auto *customCheck = dialog.findChild<QCheckBox *>(u"customIntensityCheck"_s);
    auto *customSpin = dialog.findChild<QDoubleSpinBox *>(u"customIntensitySpin"_s);
    auto *pueCheck = dialog.findChild<QCheckBox *>(u"pueCheck"_s);
    auto *pueSpin = dialog.findChild<QDoubleSpinBox *>(u"pueSpin"_s);
    auto *priceCheck = dialog.findChild<QCheckBox *>(u"priceCheck"_s);
    auto *priceSpin = dialog.findChild<QDoubleSpinBox *>(u"priceSpin"_s);
    auto *currency = dialog.findChild<QLineEdit *>(u"currencyEdit"_s);
    auto *unit = dialog.findChild<QComboBox *>(u"energyUnitCombo"_s);
    auto *theme = dialog.findChild<QComboBox *>(u"themeCombo"_s);
    auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    auto *dpi = dialog.findChild<QSpinBox *>(u"dpiSpin"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
    QVERIFY(region && customCheck && customSpin && pueCheck && pueSpin && priceCheck && priceSpin && currency && unit
            && theme && language && dpi && buttons);

    // Widgets show the stored values.
    QCOMPARE(region->currentData().toString(), u"IND"_s); // set as "india", an older id
    QCOMPARE(region->count(), int(wattprint::regionIds().size()));
    QVERIFY(region->currentText().contains(u"713.441"_s)); // CodeCarbon 2023: India 713.441 g/kWh
    QVERIFY(region->currentText().contains(u"2023"_s));
    QVERIFY(region->currentText().contains(u"India (IND)"_s));
    // About 215 regions: searchable by typing, the special presets first, then countries by name.
    QVERIFY(region->isEditable());
    QVERIFY(region->completer());
    QCOMPARE(region->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(region->completer()->caseSensitivity(), Qt::CaseInsensitive);
    for (int i = 0; i < region->count(); ++i)
        QCOMPARE(region->itemData(i).toString(), wattprint::regionPresets()[std::size_t(i)].id);
    region->lineEdit()->setText(u"fra"_s); // an ISO code
    emit region->lineEdit()->editingFinished();
    QCOMPARE(region->currentData().toString(), u"FRA"_s);
    region->lineEdit()->setText(u"nowhere"_s); // names nothing: back to the current item
    emit region->lineEdit()->editingFinished();
    QCOMPARE(region->currentData().toString(), u"FRA"_s);
    QCOMPARE(region->currentText(), region->itemText(region->currentIndex()));
    region->setCurrentIndex(region->findData(u"IND"_s));
    QVERIFY(!customCheck->isChecked());
    QVERIFY(!customSpin->isEnabled());
    QVERIFY(!pueCheck->isChecked());
    QVERIFY(priceCheck->isChecked());
    QCOMPARE(priceSpin->value(), 0.2);
    QVERIFY(priceSpin->suffix().contains(u"INR"_s));
    QCOMPARE(currency->text(), u"INR"_s);
    QCOMPARE(unit->currentData().toInt(), int(Preferences::EnergyUnit::Kilojoule));
    QCOMPARE(dpi->value(), 300);

    // Edit, then Apply.
    customCheck->setChecked(true);
    QVERIFY(customSpin->isEnabled());
    QVERIFY(!region->isEnabled());
    customSpin->setValue(99.5);
    pueCheck->setChecked(true);
    pueSpin->setValue(1.3);
    priceCheck->setChecked(false);
    currency->setText(u"CHF"_s);
    unit->setCurrentIndex(unit->findData(int(Preferences::EnergyUnit::Joule)));
    theme->setCurrentIndex(theme->findData(int(Preferences::Theme::Dark)));
    language->setCurrentIndex(language->findData(u"fr"_s));
    dpi->setValue(450);
    QCOMPARE(p.exportDpi(), 300); // nothing is written before Apply
    QSignalSpy spy(&p, &Preferences::changed);
    buttons->button(QDialogButtonBox::Apply)->click();
    QVERIFY(spy.count() >= 7);
    QCOMPARE(p.customIntensity().value_or(-1), 99.5);
    QCOMPARE(p.pue().value_or(-1), 1.3);
    QVERIFY(!p.pricePerKwh());
    QCOMPARE(p.currency(), u"CHF"_s);
    // Without an own price the default shows, and the dialog says which it is.
    QVERIFY(p.carbonFactors().priceIsDefault);
    QCOMPARE(p.carbonFactors().pricePerKwh, std::optional<double>(0.12));
    QCOMPARE(p.carbonFactors().currency, u"USD"_s);
    const QString priceHint = dialog.findChild<QLabel *>(u"priceHint"_s)->text();
    QVERIFY2(priceHint.contains(u"0.12 USD per kWh"_s), qPrintable(priceHint));
    QVERIFY2(priceHint.contains(wattprint::defaultElectricityPrice().source), qPrintable(priceHint));
    QCOMPARE(p.energyUnit(), Preferences::EnergyUnit::Joule);
    QCOMPARE(p.theme(), Preferences::Theme::Dark);
    QCOMPARE(p.language(), u"fr"_s);
    QCOMPARE(p.exportDpi(), 450);
    QCOMPARE(p.carbonFactors().gramsPerKwh, 99.5);

    // Restore Defaults resets the widgets; Cancel then writes nothing.
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dpi->value(), 150);
    QVERIFY(!customCheck->isChecked());
    QCOMPARE(region->currentData().toString(), u"world"_s);
    buttons->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(p.exportDpi(), 450);

    // A fresh dialog shows what was applied; OK with no edits changes nothing.
    PreferencesDialog again(&p);
    QCOMPARE(again.findChild<QSpinBox *>(u"dpiSpin"_s)->value(), 450);
    QVERIFY(again.findChild<QCheckBox *>(u"customIntensityCheck"_s)->isChecked());
    QSignalSpy spy2(&p, &Preferences::changed);
    again.findChild<QDialogButtonBox *>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(spy2.count(), 0);
    QCOMPARE(again.result(), int(QDialog::Accepted));

    // Tab goes top to bottom: the controls appear in this order in the focus chain.
    {
        const QList<QWidget *> expected = {region,    customCheck, customSpin, pueCheck, pueSpin,  priceCheck,
                                           priceSpin, currency,    unit,       theme,    language, dpi};
        QList<QWidget *> seen;
        QWidget *w = region;
        for (int i = 0; i < 200 && seen.size() < expected.size(); ++i) {
            if (expected.contains(w) && !seen.contains(w))
                seen << w;
            w = w->nextInFocusChain();
        }
        QCOMPARE(seen, expected);
    }

    // A language change re-sets the texts and keeps every choice.
    {
        const int unitIndex = unit->currentIndex();
        const QString regionId = region->currentData().toString();
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        QCOMPARE(unit->currentIndex(), unitIndex);
        QCOMPARE(region->currentData().toString(), regionId);
        QCOMPARE(region->count(), int(wattprint::regionIds().size()));
    }

    // Every control that takes focus has an accessible name.
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the editor inside a spin box or combo box
        if (w->focusPolicy() & Qt::TabFocus
            && (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QCheckBox *>(w)
                || qobject_cast<QLineEdit *>(w)))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestPreferences::dialogRendersToPng()
{
    auto settings = freshSettings();
    Preferences p(settings.get());
    QVERIFY(p.setRegion(u"butter-e"_s));
    QVERIFY(p.setPricePerKwh(0.12));
    PreferencesDialog dialog(&p);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QSize hint = dialog.sizeHint();
    qInfo("size %dx%d, hint %dx%d, minimum %dx%d", dialog.width(), dialog.height(), hint.width(), hint.height(),
          dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height());
    QVERIFY(dialog.width() >= dialog.minimumSizeHint().width() && dialog.height() >= dialog.minimumSizeHint().height());
    const QImage image = dialog.grab().toImage();
    QVERIFY(!image.isNull());
    // Not blank: many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
    const QString path = QStringLiteral(WATTPRINT_OUTPUT_DIR) + u"/preferences-dialog.png"_s;
    QVERIFY(image.save(path));
    qInfo("wrote %s (%dx%d)", qPrintable(path), image.width(), image.height());

    // With a custom intensity (region disabled, different hints).
    dialog.findChild<QCheckBox *>(u"customIntensityCheck"_s)->setChecked(true);
    const QString path2 = QStringLiteral(WATTPRINT_OUTPUT_DIR) + u"/preferences-dialog-custom.png"_s;
    QVERIFY(dialog.grab().toImage().save(path2));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
