#include "importdialog.h"

#include "columnmappingdialog.h"

#include <importer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wattprint {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_skipInvalid(new QCheckBox(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_remove);
    side->addStretch();
    row->addLayout(side);
    layout->addLayout(row);
    layout->addWidget(m_skipInvalid);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneLabel);
    zoneRow->addWidget(m_zone, 1);
    layout->addLayout(zoneRow);
    m_zoneLabel->setBuddy(m_zone);
    // The system's zone first, then every IANA zone this system knows (type to search).
    m_zone->addItem(QString(), QByteArray());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    layout->addWidget(m_buttons);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_add, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_list->selectedItems());
        updateButtons();
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateButtons();
    resize(560, 320);
}

QStringList ImportDialog::files() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result.append(m_list->item(i)->data(Qt::UserRole).toString());
    return result;
}

void ImportDialog::setFiles(const QStringList &files)
{
    m_list->clear();
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).fileName(), m_list);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
    updateButtons();
}

bool ImportDialog::skipInvalid() const
{
    return m_skipInvalid->isChecked();
}

QTimeZone ImportDialog::timeZone() const
{
    const int index = m_zone->findText(m_zone->currentText());
    const QByteArray id = index > 0 ? m_zone->itemData(index).toByteArray() : QByteArray();
    return id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id);
}

void ImportDialog::setTimeZone(const QTimeZone &zone)
{
    const int index = zone == QTimeZone::systemTimeZone() ? -1 : m_zone->findData(zone.id());
    m_zone->setCurrentIndex(index > 0 ? index : 0);
}

void ImportDialog::accept()
{
    for (const QString &file : files()) {
        if (m_mappings.contains(file) || Importer::recognises(file))
            continue;
        ColumnMappingDialog dialog(file, QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_mappings.insert(file, dialog.mapping());
    }
    // A file taken off the list takes its mapping with it.
    const QStringList chosen = files();
    m_mappings.removeIf([&chosen](const auto &it) { return !chosen.contains(it.key()); });
    QDialog::accept();
}

void ImportDialog::addFiles()
{
    const QStringList picked = QFileDialog::getOpenFileNames(
        this, tr("Import BUTTER-E or CodeCarbon files"), QString(),
        tr("BUTTER-E, CodeCarbon and other energy files (*.csv *.zip);;All files (*)"));
    setFiles(files() + picked);
}

void ImportDialog::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->count() > 0);
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import BUTTER-E or CodeCarbon files"));
    m_add->setText(tr("&Add files..."));
    m_remove->setText(tr("&Remove"));
    m_skipInvalid->setText(tr("&Skip invalid rows and list them in the import report"));
    m_skipInvalid->setToolTip(tr("Off: a single bad row stops the file and nothing of it is stored."));
    m_list->setAccessibleName(tr("Files to import"));
    m_list->setToolTip(tr("runs_with_standardized_energy.csv or .csv.zip, butter_e_energy.zip, "
                          "node_sinfo.csv, node_power_dist.csv, or CodeCarbon's emissions.csv. The kind is read "
                          "from each file's header; for any other energy CSV you say which columns hold the "
                          "energy and the duration."));
    m_zoneLabel->setText(tr("&Time zone of CodeCarbon's times:"));
    m_zone->setItemText(0, tr("This system's zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    m_zone->setToolTip(tr("CodeCarbon writes the local time of the machine that ran, without a zone. The "
                          "import report says which zone was used."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
}

} // namespace wattprint
