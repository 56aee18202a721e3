#include "preferences.h"

#include <analysiserror.h>
#include <storelocation.h>

#include <QSettings>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wattprint {

namespace {

// Version 0 (before the version key) stored the custom intensity as "carbon/intensity" and the
// energy unit as "units/energy" with long names.
const QString kLegacyIntensity = u"carbon/intensity"_s;
const QString kLegacyEnergyUnit = u"units/energy"_s;

bool inRange(double v, double min, double max)
{
    return std::isfinite(v) && v >= min && v <= max;
}

} // namespace

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings();
        m_ownsSettings = true;
    }
    migrate();
}

Preferences::~Preferences()
{
    if (m_ownsSettings)
        delete m_settings;
}

void Preferences::migrate()
{
    bool ok = false;
    const int version = m_settings->value(Key::version()).toInt(&ok);
    m_loadedVersion = ok ? version : 0;
    if (m_loadedVersion >= CurrentVersion)
        return; // current, or written by a newer Wattprint: leave its keys alone

    if (m_loadedVersion < 1) {
        // 0 -> 1: rename the legacy keys; values that do not parse are dropped (the default then
        // applies) rather than carried over.
        if (m_settings->contains(kLegacyIntensity)) {
            bool parsed = false;
            const double v = m_settings->value(kLegacyIntensity).toDouble(&parsed);
            if (parsed && inRange(v, MinIntensity, MaxIntensity) && !m_settings->contains(Key::customIntensity()))
                m_settings->setValue(Key::customIntensity(), v);
            m_settings->remove(kLegacyIntensity);
        }
        if (m_settings->contains(kLegacyEnergyUnit)) {
            const QString old = m_settings->value(kLegacyEnergyUnit).toString().trimmed().toLower();
            QString unit;
            if (old == u"joule"_s || old == u"joules"_s || old == u"j"_s)
                unit = units::energyUnitName(EnergyUnit::Joule);
            else if (old == u"kilojoule"_s || old == u"kilojoules"_s || old == u"kj"_s)
                unit = units::energyUnitName(EnergyUnit::Kilojoule);
            else if (old == u"kwh"_s || old == u"kilowatthour"_s || old == u"kilowatt-hour"_s)
                unit = units::energyUnitName(EnergyUnit::KilowattHour);
            if (!unit.isEmpty() && !m_settings->contains(Key::energyUnit()))
                m_settings->setValue(Key::energyUnit(), unit);
            m_settings->remove(kLegacyEnergyUnit);
        }
    }
    m_settings->setValue(Key::version(), CurrentVersion);
    m_settings->sync();
}

// --- helpers ---------------------------------------------------------------------------------

std::optional<double> Preferences::readDouble(const QString &key, double min, double max) const
{
    if (!m_settings->contains(key))
        return std::nullopt;
    bool ok = false;
    const double v = m_settings->value(key).toDouble(&ok);
    if (!ok || !inRange(v, min, max))
        return std::nullopt;
    return v;
}

bool Preferences::writeOptionalDouble(const QString &key, std::optional<double> value, double min, double max)
{
    if (!value) {
        remove(key);
        return true;
    }
    if (!inRange(*value, min, max))
        return false;
    write(key, *value);
    return true;
}

void Preferences::write(const QString &key, const QVariant &value)
{
    // Compare as text: an INI file reads back strings, the value set in this session is typed.
    if (m_settings->contains(key) && m_settings->value(key).toString() == value.toString())
        return;
    m_settings->setValue(key, value);
    emit changed(key);
}

void Preferences::remove(const QString &key)
{
    if (!m_settings->contains(key))
        return;
    m_settings->remove(key);
    emit changed(key);
}

// --- carbon ----------------------------------------------------------------------------------

QString Preferences::region() const
{
    // Settings of earlier versions name countries by English name (france): their ISO row now.
    if (const RegionPreset *p = findRegionPreset(m_settings->value(Key::region()).toString()))
        return p->id;
    return Default::region();
}

bool Preferences::setRegion(const QString &id)
{
    const RegionPreset *p = findRegionPreset(id);
    if (!p)
        return false;
    write(Key::region(), p->id);
    return true;
}

std::optional<double> Preferences::customIntensity() const
{
    return readDouble(Key::customIntensity(), MinIntensity, MaxIntensity);
}

bool Preferences::setCustomIntensity(std::optional<double> gramsPerKwh)
{
    return writeOptionalDouble(Key::customIntensity(), gramsPerKwh, MinIntensity, MaxIntensity);
}

std::optional<double> Preferences::pue() const
{
    return readDouble(Key::pue(), MinPue, MaxPue);
}

bool Preferences::setPue(std::optional<double> value)
{
    return writeOptionalDouble(Key::pue(), value, MinPue, MaxPue);
}

double Preferences::effectivePue() const
{
    return carbonFactors().pue;
}

std::optional<double> Preferences::pricePerKwh() const
{
    return readDouble(Key::pricePerKwh(), MinPrice, MaxPrice);
}

bool Preferences::setPricePerKwh(std::optional<double> price)
{
    return writeOptionalDouble(Key::pricePerKwh(), price, MinPrice, MaxPrice);
}

QString Preferences::currency() const
{
    const QString c = m_settings->value(Key::currency()).toString().trimmed();
    if (c.isEmpty() || c.size() > MaxCurrencyLength)
        return Default::currency();
    return c;
}

bool Preferences::setCurrency(const QString &currency)
{
    const QString c = currency.trimmed();
    if (c.isEmpty() || c.size() > MaxCurrencyLength)
        return false;
    write(Key::currency(), c);
    return true;
}

CarbonFactors Preferences::carbonFactors() const
{
    const std::optional<double> custom = customIntensity();
    const std::optional<QString> regionId = custom ? std::nullopt : std::optional<QString>(region());
    // Stored values were validated on read, so this does not throw; guard anyway so a future
    // change in the analysis rules cannot take the app down.
    try {
        return resolveCarbonFactors(regionId, custom, pue(), pricePerKwh(), currency());
    } catch (const AnalysisError &) {
        return resolveCarbonFactors(Default::region(), std::nullopt, std::nullopt, std::nullopt, Default::currency());
    }
}

// --- display ---------------------------------------------------------------------------------

Preferences::EnergyUnit Preferences::energyUnit() const
{
    return units::energyUnitFromName(m_settings->value(Key::energyUnit()).toString()).value_or(Default::energyUnit);
}

bool Preferences::setEnergyUnit(EnergyUnit unit)
{
    switch (unit) {
    case EnergyUnit::Automatic:
    case EnergyUnit::Joule:
    case EnergyUnit::Kilojoule:
    case EnergyUnit::Megajoule:
    case EnergyUnit::KilowattHour: write(Key::energyUnit(), units::energyUnitName(unit)); return true;
    }
    return false; // a value cast from an int outside the enum
}

Preferences::Theme Preferences::theme() const
{
    return themeFromName(m_settings->value(Key::theme()).toString()).value_or(Default::theme);
}

bool Preferences::setTheme(Theme theme)
{
    switch (theme) {
    case Theme::System:
    case Theme::Light:
    case Theme::Dark: write(Key::theme(), themeName(theme)); return true;
    }
    return false;
}

QStringList Preferences::availableLanguages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString Preferences::language() const
{
    const QString l = m_settings->value(Key::language()).toString();
    return availableLanguages().contains(l) ? l : Default::language();
}

bool Preferences::setLanguage(const QString &language)
{
    if (!language.isEmpty() && !availableLanguages().contains(language))
        return false;
    write(Key::language(), language);
    return true;
}

int Preferences::exportDpi() const
{
    bool ok = false;
    const int dpi = m_settings->value(Key::exportDpi()).toInt(&ok);
    if (!ok || dpi < MinExportDpi || dpi > MaxExportDpi)
        return Default::exportDpi;
    return dpi;
}

bool Preferences::setExportDpi(int dpi)
{
    if (dpi < MinExportDpi || dpi > MaxExportDpi)
        return false;
    write(Key::exportDpi(), dpi);
    return true;
}

int Preferences::minRunsToRank() const
{
    bool ok = false;
    const int runs = m_settings->value(Key::minRunsToRank()).toInt(&ok);
    if (!ok || runs < 1 || runs > MaxMinRunsToRank)
        return Default::minRunsToRank;
    return runs;
}

bool Preferences::setMinRunsToRank(int runs)
{
    if (runs < 1 || runs > MaxMinRunsToRank)
        return false;
    write(Key::minRunsToRank(), runs);
    return true;
}

FailingRuns Preferences::failingRuns() const
{
    return failingRunsFromKey(m_settings->value(Key::failingRuns()).toString()).value_or(Default::failingRuns);
}

void Preferences::setFailingRuns(FailingRuns failing)
{
    write(Key::failingRuns(), failingRunsKey(failing));
}

QTimeZone Preferences::importTimeZone() const
{
    const QTimeZone zone(m_settings->value(Key::importTimeZone()).toByteArray());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void Preferences::setImportTimeZone(const QTimeZone &zone)
{
    // The system's zone is the default, not a choice: a machine moved to another zone follows it.
    if (!zone.isValid() || zone == QTimeZone::systemTimeZone())
        remove(Key::importTimeZone());
    else
        write(Key::importTimeZone(), QString::fromLatin1(zone.id()));
}

QStringList Preferences::recentServers() const
{
    QStringList out;
    const QStringList stored = m_settings->value(Key::recentServers()).toStringList();
    for (const QString &address : stored) {
        if (StoreLocation::parse(address).isServer() && !out.contains(address) && out.size() < MaxRecentServers)
            out.append(address);
    }
    return out;
}

void Preferences::addRecentServer(const QString &address)
{
    const StoreLocation location = StoreLocation::parse(address);
    if (!location.isValid() || !location.isServer())
        return;
    const QString text = location.toString();
    QStringList list = recentServers();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > MaxRecentServers)
        list.removeLast();
    m_settings->setValue(Key::recentServers(), list);
    emit changed(Key::recentServers());
}

void Preferences::resetToDefaults()
{
    for (const QString &key : {Key::region(), Key::customIntensity(), Key::pue(), Key::pricePerKwh(), Key::currency(),
                               Key::energyUnit(), Key::theme(), Key::language(), Key::exportDpi(), Key::minRunsToRank(),
                               Key::failingRuns(), Key::importTimeZone()})
        remove(key);
}

// --- stored names ----------------------------------------------------------------------------

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System: return u"system"_s;
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
    }
    return u"system"_s;
}

std::optional<Preferences::Theme> Preferences::themeFromName(const QString &name)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name == themeName(t))
            return t;
    }
    return std::nullopt;
}

} // namespace wattprint
