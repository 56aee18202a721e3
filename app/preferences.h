#pragma once

#include <carbon.h>
#include <leaderboardanalysis.h>
#include <units.h>

#include <QObject>
#include <QTimeZone>

#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace wattprint {

// The user's preferences, typed, over QSettings. Every key, default and valid range lives in this
// class (the Key and Default constants below); nothing else reads these QSettings keys.
//
// Setters refuse invalid values (NaN/inf, out of range, unknown ids) and return false, leaving the
// stored value alone. Getters return the default for a missing, unparsable or out-of-range stored
// value (a hand-edited or foreign settings file never leaks garbage into the app).
//
// The stored settings carry a version ("preferences/version"); the constructor migrates older
// settings to the current version (see migrate()).
class Preferences : public QObject
{
    Q_OBJECT
public:
    // Automatic, or one fixed unit for every figure (see units.h).
    using EnergyUnit = units::EnergyUnit;
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // Version 1: the first versioned layout of keys (version 0 = no version key, legacy names).
    static constexpr int CurrentVersion = 1;

    // Keys (also the argument of changed()).
    struct Key
    {
        static QString version() { return QStringLiteral("preferences/version"); }
        static QString region() { return QStringLiteral("carbon/region"); }
        static QString customIntensity() { return QStringLiteral("carbon/customIntensity"); }
        static QString pue() { return QStringLiteral("carbon/pue"); }
        static QString pricePerKwh() { return QStringLiteral("cost/pricePerKwh"); }
        static QString currency() { return QStringLiteral("cost/currency"); }
        static QString energyUnit() { return QStringLiteral("display/energyUnit"); }
        static QString theme() { return QStringLiteral("display/theme"); }
        static QString language() { return QStringLiteral("display/language"); }
        static QString exportDpi() { return QStringLiteral("export/dpi"); }
        static QString minRunsToRank() { return QStringLiteral("analysis/minRunsToRank"); }
        static QString failingRuns() { return QStringLiteral("analysis/failingRuns"); }
        static QString importTimeZone() { return QStringLiteral("import/timeZone"); }
        static QString recentServers() { return QStringLiteral("connect/recentServers"); }
    };

    // Defaults and ranges.
    struct Default
    {
        static QString region() { return QStringLiteral("world"); } // IEA 2019, as CodeCarbon
        static QString currency() { return QStringLiteral("USD"); }
        // Automatic keeps every chart as it was before the preference applied to charts.
        static constexpr EnergyUnit energyUnit = EnergyUnit::Automatic;
        static constexpr Theme theme = Theme::System;
        static QString language() { return QString(); } // follow the system
        static constexpr int exportDpi = 150;
        static constexpr int minRunsToRank = DefaultMinRunsToRank;
        static constexpr FailingRuns failingRuns = FailingRuns::Excluded;
        // No custom intensity, no PUE override, no price: all "not set".
    };
    static constexpr double MinIntensity = 0.0;    // g CO2e/kWh
    static constexpr double MaxIntensity = 2000.0; // lignite is about 1,100
    static constexpr double MinPue = 1.0;          // facility energy / IT energy
    static constexpr double MaxPue = 3.0;
    static constexpr double MinPrice = 0.0;
    static constexpr double MaxPrice = 1.0e6; // per kWh in any currency (IDR about 1,500)
    static constexpr int MinExportDpi = 72;
    static constexpr int MaxExportDpi = 600;
    static constexpr int MaxMinRunsToRank = 20;
    static constexpr int MaxCurrencyLength = 12;
    static constexpr int MaxRecentServers = 8;

    // With no settings, uses QSettings() with the application's organisation and name.
    // `settings` (not owned) lets tests use an INI file of their own.
    explicit Preferences(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~Preferences() override;

    // The version stored before construction migrated it (0 = none); for tests and diagnostics.
    int loadedVersion() const { return m_loadedVersion; }

    // Grid-intensity preset id, one of regionIds(). setRegion takes anything findRegionPreset
    // knows (an id, an ISO code in any case, a country's English name) and stores the canonical id.
    QString region() const;
    bool setRegion(const QString &id);

    // A user's own intensity in g CO2e/kWh; when set it overrides the region.
    std::optional<double> customIntensity() const;
    bool setCustomIntensity(std::optional<double> gramsPerKwh);

    // Power usage effectiveness override. Not set: the region's own PUE (1.58 for the BUTTER-E
    // preset, whose paper fixes it; 1.0 for every other preset and a custom intensity).
    std::optional<double> pue() const;
    bool setPue(std::optional<double> pue);
    // The PUE in force: the override, else the region's (see above).
    double effectivePue() const;

    // The user's own price; not set: carbonFactors() uses defaultElectricityPrice() (carbon.h).
    std::optional<double> pricePerKwh() const;
    bool setPricePerKwh(std::optional<double> price);
    // A label only ("USD", "EUR", "€"); 1..MaxCurrencyLength characters after trimming.
    QString currency() const;
    bool setCurrency(const QString &currency);

    EnergyUnit energyUnit() const;
    bool setEnergyUnit(EnergyUnit unit);

    Theme theme() const;
    bool setTheme(Theme theme);

    // "" = the system's language, else one of availableLanguages().
    QString language() const;
    bool setLanguage(const QString &language);
    static QStringList availableLanguages();

    int exportDpi() const;
    bool setExportDpi(int dpi);

    // The fewest runs a configuration needs to be ranked on the leaderboard (1..MaxMinRunsToRank);
    // a leaderboard whose own box the user set, or a layout saved that way, keeps its value.
    int minRunsToRank() const;
    bool setMinRunsToRank(int runs);

    // Whether runs failing a quality check take part in rankings, fits, frontiers and anomaly
    // baselines (analysis/runstakingpart.h); by default they do not.
    FailingRuns failingRuns() const;
    void setFailingRuns(FailingRuns failing);

    // The zone of times written without one (CodeCarbon's emissions.csv): the one last chosen in
    // File > Import..., else this system's.
    QTimeZone importTimeZone() const;
    void setImportTimeZone(const QTimeZone &zone);

    // The PostgreSQL addresses File > Connect to server... opened, newest first (at most
    // MaxRecentServers). Only addresses StoreLocation accepts are kept, so never one with a
    // password (docs/postgresql.md). A history, not a preference: resetToDefaults() keeps it.
    QStringList recentServers() const;
    void addRecentServer(const QString &address);

    // The factors carbon and cost figures use: the custom intensity if set, else the region
    // preset; the PUE override if set; the own price and currency if set, else the default price.
    CarbonFactors carbonFactors() const;

    // Removes every preference (back to the defaults); keeps the version key.
    void resetToDefaults();

    // Stored string forms (INI stays readable): units::energyUnitName ("auto", "J", "kJ", "MJ",
    // "kWh"), "system"/"light"/"dark".
    static QString themeName(Theme theme);
    static std::optional<Theme> themeFromName(const QString &name);

    QSettings *settings() const { return m_settings; }

signals:
    // A preference changed; `key` is one of Key::*().
    void changed(const QString &key);

private:
    void migrate();
    std::optional<double> readDouble(const QString &key, double min, double max) const;
    bool writeOptionalDouble(const QString &key, std::optional<double> value, double min, double max);
    void write(const QString &key, const QVariant &value);
    void remove(const QString &key);

    QSettings *m_settings = nullptr;
    bool m_ownsSettings = false;
    int m_loadedVersion = 0;
};

} // namespace wattprint
