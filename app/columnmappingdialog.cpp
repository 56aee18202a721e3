#include "columnmappingdialog.h"

#include <columnmappingstore.h>
#include <csvreader.h>
#include <fieldparse.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace wattprint {

namespace {

// How many converted rows the dialog shows under the choices.
constexpr int ConvertedRows = 3;

QString roleLabel(ColumnMapping::Role role)
{
    switch (role) {
    case ColumnMapping::Role::Run: return ColumnMappingDialog::tr("&Run or model:");
    case ColumnMapping::Role::Hardware: return ColumnMappingDialog::tr("&Hardware:");
    case ColumnMapping::Role::Project: return ColumnMappingDialog::tr("&Project:");
    case ColumnMapping::Role::Experiment: return ColumnMappingDialog::tr("E&xperiment:");
    case ColumnMapping::Role::Start: return ColumnMappingDialog::tr("S&tart time:");
    case ColumnMapping::Role::CpuEnergy: return ColumnMappingDialog::tr("&CPU energy:");
    case ColumnMapping::Role::GpuEnergy: return ColumnMappingDialog::tr("&GPU energy:");
    case ColumnMapping::Role::RamEnergy: break;
    }
    return ColumnMappingDialog::tr("R&AM energy:");
}

QString roleToolTip(ColumnMapping::Role role)
{
    switch (role) {
    case ColumnMapping::Role::Run:
        return ColumnMappingDialog::tr("A name of the run or the model, kept with each run.");
    case ColumnMapping::Role::Hardware:
        return ColumnMappingDialog::tr(
            "GPU or CPU, or a model name such as NVIDIA A100: the run's device and node type.");
    case ColumnMapping::Role::Project:
        return ColumnMappingDialog::tr("The run's project, for the filter and the totals.");
    case ColumnMapping::Role::Experiment: return ColumnMappingDialog::tr("The run's experiment.");
    case ColumnMapping::Role::Start:
        return ColumnMappingDialog::tr("When the run started; a time without a zone is read in the zone chosen in the "
                                       "import dialog. Without it the runs end when they are imported.");
    case ColumnMapping::Role::CpuEnergy:
    case ColumnMapping::Role::GpuEnergy:
    case ColumnMapping::Role::RamEnergy: break;
    }
    return ColumnMappingDialog::tr("A part of the energy, in the energy's unit.");
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString &csvPath, const QString &mappingsPath, QWidget *parent)
    : QDialog(parent)
    , m_mappingsPath(mappingsPath.isEmpty() ? ColumnMappingStore::defaultPath() : mappingsPath)
    , m_file(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_energy(nullptr)
    , m_energyUnit(new QComboBox(this))
    , m_duration(nullptr)
    , m_durationUnit(new QComboBox(this))
    , m_converted(new QLabel(this))
    , m_status(new QLabel(this))
    , m_saved(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save mapping"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Columns of an energy CSV"));
    readPreview(csvPath);

    auto *layout = new QVBoxLayout(this);
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_file->setWordWrap(true);
    m_file->setTextFormat(Qt::PlainText);
    const QString fileName = fieldparse::printable(QFileInfo(csvPath).fileName());
    m_file->setText(m_readError.isEmpty()
                        ? tr("%1 is not a BUTTER-E or CodeCarbon file. Say which columns hold what; the first %n "
                             "row(s) are shown.",
                             nullptr, int(m_rows.size()))
                              .arg(fileName)
                        : QStringLiteral("%1: %2").arg(fileName, m_readError));
    layout->addWidget(m_file);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(int(m_rows.size()));
    QStringList headerLabels;
    for (const QString &h : std::as_const(m_header))
        headerLabels.append(fieldparse::printable(h, 40));
    m_preview->setHorizontalHeaderLabels(headerLabels);
    QStringList lineLabels;
    for (qint64 line : std::as_const(m_lines))
        lineLabels.append(QString::number(line));
    m_preview->setVerticalHeaderLabels(lineLabels);
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_rows.at(r).size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(fieldparse::printable(m_rows.at(r).at(c), 60)));
    }
    m_preview->resizeColumnsToContents();
    m_preview->setMinimumHeight(160);
    layout->addWidget(m_preview, 1);

    // The choices: required on the left, the optional groups and parts on the right.
    auto *choices = new QHBoxLayout;
    auto *required = new QGroupBox(tr("Required"), this);
    auto *requiredForm = new QFormLayout(required);
    m_energy = columnCombo(true);
    m_energy->setObjectName(QStringLiteral("energyColumn"));
    m_energyUnit->setObjectName(QStringLiteral("energyUnit"));
    for (ColumnMapping::EnergyUnit u : ColumnMapping::energyUnits())
        m_energyUnit->addItem(ColumnMapping::unitName(u), int(u));
    m_energyUnit->setAccessibleName(tr("Unit of the energy"));
    auto *energyRow = new QHBoxLayout;
    energyRow->addWidget(m_energy, 1);
    energyRow->addWidget(m_energyUnit);
    auto *energyLabel = new QLabel(tr("&Energy:"), this);
    energyLabel->setBuddy(m_energy);
    requiredForm->addRow(energyLabel, energyRow);
    m_duration = columnCombo(true);
    m_duration->setObjectName(QStringLiteral("durationColumn"));
    m_durationUnit->setObjectName(QStringLiteral("durationUnit"));
    for (ColumnMapping::DurationUnit u : ColumnMapping::durationUnits())
        m_durationUnit->addItem(ColumnMapping::unitName(u), int(u));
    m_durationUnit->setAccessibleName(tr("Unit of the duration"));
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_durationUnit);
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    requiredForm->addRow(durationLabel, durationRow);
    m_converted->setObjectName(QStringLiteral("converted"));
    m_converted->setTextFormat(Qt::PlainText);
    m_converted->setWordWrap(true);
    requiredForm->addRow(m_converted);
    choices->addWidget(required, 1);

    auto *optional = new QGroupBox(tr("Optional"), this);
    auto *optionalLayout = new QHBoxLayout(optional);
    auto *groups = new QFormLayout;
    auto *parts = new QFormLayout;
    for (ColumnMapping::Role role : ColumnMapping::roles()) {
        QComboBox *combo = columnCombo(false);
        combo->setObjectName(QStringLiteral("role-") + ColumnMapping::roleKey(role));
        combo->setToolTip(roleToolTip(role));
        auto *label = new QLabel(roleLabel(role), this);
        label->setBuddy(combo);
        const bool part = role == ColumnMapping::Role::CpuEnergy || role == ColumnMapping::Role::GpuEnergy
            || role == ColumnMapping::Role::RamEnergy;
        (part ? parts : groups)->addRow(label, combo);
        m_roles.insert(int(role), combo);
    }
    optionalLayout->addLayout(groups, 1);
    optionalLayout->addLayout(parts, 1);
    choices->addWidget(optional, 2);
    layout->addLayout(choices);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Saved mappings: load one, or save this one by name.
    auto *savedRow = new QHBoxLayout;
    auto *savedLabel = new QLabel(tr("&Load a saved mapping:"), this);
    savedLabel->setBuddy(m_saved);
    m_saved->setObjectName(QStringLiteral("savedMappings"));
    savedRow->addWidget(savedLabel);
    savedRow->addWidget(m_saved, 1);
    savedRow->addSpacing(12);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("mappingName"));
    m_name->setPlaceholderText(tr("e.g. lab power meter"));
    m_save->setObjectName(QStringLiteral("saveMapping"));
    m_save->setToolTip(tr("Keeps this mapping for the next file of this kind, here and for "
                          "wattprint import --mapping NAME."));
    savedRow->addWidget(nameLabel);
    savedRow->addWidget(m_name, 1);
    savedRow->addWidget(m_save);
    layout->addLayout(savedRow);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    refreshSaved(QString());
    setMapping(ColumnMapping::guess(m_header));

    for (QComboBox *combo : findChildren<QComboBox *>()) {
        if (combo != m_saved)
            connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::update);
    }
    connect(m_saved, &QComboBox::activated, this, &ColumnMappingDialog::loadSaved);
    connect(m_name, &QLineEdit::textChanged, this, &ColumnMappingDialog::update);
    connect(m_save, &QPushButton::clicked, this, &ColumnMappingDialog::saveMapping);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(1000, 640);
}

void ColumnMappingDialog::readPreview(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_readError = file.errorString();
        return;
    }
    CsvReader reader(&file);
    if (reader.looksBinary()) {
        m_readError = tr("this is a binary file, not CSV text");
        return;
    }
    if (!reader.readRow()) {
        m_readError = reader.error().isEmpty() ? tr("the file is empty") : reader.error();
        return;
    }
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        m_header.append(QString::fromUtf8(fieldparse::trimmed(reader.field(i))));
    while (m_rows.size() < PreviewRows && reader.readRow()) {
        QStringList row;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            row.append(QString::fromUtf8(reader.field(i)));
        m_rows.append(row);
        m_lines.append(reader.lineNumber());
    }
}

QComboBox *ColumnMappingDialog::columnCombo(bool required)
{
    auto *combo = new QComboBox(this);
    combo->addItem(required ? tr("(choose a column)") : tr("(none)"), QString());
    for (const QString &h : std::as_const(m_header))
        combo->addItem(fieldparse::printable(h, 40), h);
    return combo;
}

ColumnMapping ColumnMappingDialog::mapping() const
{
    ColumnMapping m;
    m.energyColumn = m_energy->currentData().toString();
    m.energyUnit = ColumnMapping::EnergyUnit(m_energyUnit->currentData().toInt());
    m.durationColumn = m_duration->currentData().toString();
    m.durationUnit = ColumnMapping::DurationUnit(m_durationUnit->currentData().toInt());
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        m.setColumn(ColumnMapping::Role(it.key()), it.value()->currentData().toString());
    // Changed since it was saved or loaded, it is no longer that mapping: an import report must
    // not name it.
    ColumnMapping unnamed = m_named;
    unnamed.name.clear();
    if (m == unnamed)
        m.name = m_named.name;
    return m;
}

void ColumnMappingDialog::setMapping(const ColumnMapping &mapping)
{
    // Columns are matched to this file's header by name; one it lacks stays unchosen.
    const auto choose = [this](QComboBox *combo, const QString &column) {
        const int at = headerIndex(m_header, column);
        combo->setCurrentIndex(at < 0 ? 0 : at + 1);
    };
    choose(m_energy, mapping.energyColumn);
    choose(m_duration, mapping.durationColumn);
    m_energyUnit->setCurrentIndex(m_energyUnit->findData(int(mapping.energyUnit)));
    m_durationUnit->setCurrentIndex(m_durationUnit->findData(int(mapping.durationUnit)));
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        choose(it.value(), mapping.column(ColumnMapping::Role(it.key())));
    m_named = mapping;
    if (!mapping.name.isEmpty())
        m_name->setText(mapping.name);
}

void ColumnMappingDialog::refreshSaved(const QString &select)
{
    QString error;
    const QStringList names = ColumnMappingStore(m_mappingsPath).names(&error);
    m_saved->clear();
    m_saved->addItem(names.isEmpty() ? tr("(none saved yet)") : tr("(choose one)"), QString());
    for (const QString &n : names)
        m_saved->addItem(fieldparse::printable(n, 60), n);
    m_saved->setEnabled(!names.isEmpty());
    const int at = m_saved->findData(select);
    m_saved->setCurrentIndex(at < 0 ? 0 : at);
    if (!error.isEmpty())
        m_status->setText(error);
}

void ColumnMappingDialog::loadSaved(int index)
{
    const QString name = m_saved->itemData(index).toString();
    if (name.isEmpty())
        return;
    QString error;
    const std::optional<ColumnMapping> m = ColumnMappingStore(m_mappingsPath).find(name, &error);
    if (!m) {
        m_status->setText(error);
        return;
    }
    setMapping(*m);
    update();
    const QStringList missing = m->missingColumns(m_header);
    if (!missing.isEmpty())
        m_status->setText(
            tr("The mapping '%1' names column(s) this file lacks: %2")
                .arg(fieldparse::printable(name, 60), fieldparse::printable(missing.join(QStringLiteral(", ")), 200)));
}

void ColumnMappingDialog::saveMapping()
{
    ColumnMapping m = mapping();
    m.name = m_name->text().trimmed();
    QString error;
    if (!ColumnMappingStore(m_mappingsPath).save(m, &error)) {
        m_status->setText(error);
        return;
    }
    m_named = m;
    refreshSaved(m.name);
    m_status->setText(tr("Saved as '%1'.").arg(fieldparse::printable(m.name, 60)));
}

QString ColumnMappingDialog::convertedPreview(const ColumnMapping &m) const
{
    const int energyAt = headerIndex(m_header, m.energyColumn);
    const int durationAt = headerIndex(m_header, m.durationColumn);
    const QLocale locale;
    QStringList lines;
    for (int r = 0; r < m_rows.size() && r < ConvertedRows; ++r) {
        const QStringList &row = m_rows.at(r);
        const QString line = tr("Line %1:").arg(m_lines.at(r));
        const auto value = [&row](int at) -> std::optional<double> {
            if (at < 0 || at >= row.size())
                return std::nullopt;
            const auto d = fieldparse::parseDouble(fieldparse::trimmed(QByteArrayView(row.at(at).toUtf8())));
            if (!d || !std::isfinite(*d))
                return std::nullopt;
            return d;
        };
        const std::optional<double> energy = value(energyAt);
        const std::optional<double> duration = value(durationAt);
        if (!energy) {
            lines.append(
                tr("%1 the energy '%2' is not a number").arg(line, fieldparse::printable(row.value(energyAt), 40)));
            continue;
        }
        if (!duration) {
            lines.append(
                tr("%1 the duration '%2' is not a number").arg(line, fieldparse::printable(row.value(durationAt), 40)));
            continue;
        }
        const double joules = ColumnMapping::toJoules(*energy, m.energyUnit);
        const double seconds = ColumnMapping::toSeconds(*duration, m.durationUnit);
        lines.append(tr("%1 %2 J = %3 kWh in %4 s")
                         .arg(line, locale.toString(joules, 'g', 12), locale.toString(joules / 3.6e6, 'g', 6),
                              locale.toString(seconds, 'g', 12)));
    }
    return lines.join(QLatin1Char('\n'));
}

void ColumnMappingDialog::update()
{
    const ColumnMapping m = mapping();
    // The chosen columns stand out in the preview's header.
    const QStringList chosen = m.columns();
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        if (QTableWidgetItem *item = m_preview->horizontalHeaderItem(c)) {
            QFont font = m_preview->horizontalHeader()->font();
            font.setBold(headerIndex(chosen, m_header.at(c)) >= 0);
            item->setFont(font);
        }
    }
    m_preview->resizeColumnsToContents();
    const bool complete = m.isComplete();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && m_readError.isEmpty());
    m_save->setEnabled(complete && !m_name->text().trimmed().isEmpty());
    if (!m_readError.isEmpty()) {
        m_status->setText(m_readError);
        m_converted->clear();
        return;
    }
    if (!complete) {
        m_status->setText(tr("Choose the column of the energy and the column of the duration to import."));
        m_converted->setText(tr("The first values converted show here."));
        return;
    }
    m_status->clear();
    m_converted->setText(convertedPreview(m));
}

} // namespace wattprint
