#pragma once

#include <columnmapping.h>

#include <QDialog>
#include <QHash>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QLabel;
class QDialogButtonBox;
class QListWidget;
class QPushButton;

namespace wattprint {

// Picks BUTTER-E or CodeCarbon files, or any energy CSV read through a column mapping, to import,
// how to treat bad rows, and the zone of times written without one (CodeCarbon's).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    QStringList files() const;
    void setFiles(const QStringList &files);
    bool skipInvalid() const;
    // The zone for CodeCarbon's zone-less timestamps (ImportOptions::timeZone); the system's by default.
    QTimeZone timeZone() const;
    void setTimeZone(const QTimeZone &zone);
    // The column mapping chosen for each file whose header is none the importer knows, by path.
    QHash<QString, ColumnMapping> mappings() const { return m_mappings; }

public slots:
    // Asks for a column mapping for each file the importer does not recognise (docs/data.md "Any
    // energy CSV: column mappings") before closing; one left unmapped keeps the dialog open.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFiles();
    void updateButtons();
    void retranslateUi();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_skipInvalid;
    QLabel *m_zoneLabel;
    QComboBox *m_zone;
    QDialogButtonBox *m_buttons;
    QHash<QString, ColumnMapping> m_mappings;
};

} // namespace wattprint
