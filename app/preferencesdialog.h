#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wattprint {

class Preferences;

// Edits every Preferences value. The widgets show the stored values when the dialog opens;
// nothing is written until Apply or OK. "Restore Defaults" resets the widgets only.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);

    // Widgets <- preferences.
    void load();
    // Widgets -> preferences. Returns false (and keeps the dialog open on OK) if a value was
    // refused, naming it in `error`.
    bool apply(QString *error = nullptr);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillRegionCombo();
    void fillChoiceCombos();
    void updateEnabled();
    void updatePriceSuffix();
    void updateRegionDetails();
    void restoreDefaults();

    Preferences *m_preferences;

    QGroupBox *m_carbonGroup = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QLabel *m_regionDetails = nullptr;
    QCheckBox *m_customIntensityCheck = nullptr;
    QDoubleSpinBox *m_customIntensitySpin = nullptr;
    QCheckBox *m_pueCheck = nullptr;
    QDoubleSpinBox *m_pueSpin = nullptr;
    QLabel *m_pueHint = nullptr;
    QCheckBox *m_priceCheck = nullptr;
    QLabel *m_priceHint = nullptr;
    QDoubleSpinBox *m_priceSpin = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QLineEdit *m_currencyEdit = nullptr;

    QGroupBox *m_displayGroup = nullptr;
    QLabel *m_energyUnitLabel = nullptr;
    QComboBox *m_energyUnitCombo = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;

    QGroupBox *m_exportGroup = nullptr;
    QLabel *m_dpiLabel = nullptr;
    QSpinBox *m_dpiSpin = nullptr;
    QGroupBox *m_analysisGroup = nullptr;
    QLabel *m_minRunsLabel = nullptr;
    QSpinBox *m_minRunsSpin = nullptr;
    QCheckBox *m_includeFailingCheck = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wattprint
