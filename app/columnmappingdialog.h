#pragma once

#include <columnmapping.h>

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace wattprint {

// Says which columns of an energy CSV the importer does not know hold the energy, the duration
// and the optional groups, and in which units (docs/data.md "Any energy CSV: column mappings").
// Shows the file's first rows and the first values converted; a mapping can be saved by name
// and a saved one loaded. Modal: the texts are set once.
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 20;

    // mappingsPath: the file of saved mappings (ColumnMappingStore; the app's by default).
    explicit ColumnMappingDialog(const QString &csvPath, const QString &mappingsPath = QString(),
                                 QWidget *parent = nullptr);

    // The mapping as chosen; named when it is the one last saved or loaded.
    ColumnMapping mapping() const;
    void setMapping(const ColumnMapping &mapping);
    QStringList header() const { return m_header; }

private:
    void readPreview(const QString &path);
    QComboBox *columnCombo(bool required);
    void loadSaved(int index);
    void saveMapping();
    void refreshSaved(const QString &select);
    void update();
    QString convertedPreview(const ColumnMapping &m) const;

    QString m_mappingsPath;
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    QString m_readError;
    ColumnMapping m_named; // the mapping last loaded or saved, with its name

    QLabel *m_file;
    QTableWidget *m_preview;
    QComboBox *m_energy;
    QComboBox *m_energyUnit;
    QComboBox *m_duration;
    QComboBox *m_durationUnit;
    QHash<int, QComboBox *> m_roles; // by ColumnMapping::Role
    QLabel *m_converted;
    QLabel *m_status;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
};

} // namespace wattprint
