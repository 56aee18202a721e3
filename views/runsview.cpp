#include "runsview.h"

#include "runtablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace wattprint {

RunsView::RunsView(RunTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_sourceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("runs"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setWordWrap(true);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_table);

    m_table->setModel(model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunTableModel::StartTime, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fit the columns to the first page once per reload; later pages keep those widths.
    connect(model, &QAbstractItemModel::modelReset, m_table, [this] {
        QMetaObject::invokeMethod(m_table, [this] { m_table->resizeColumnsToContents(); }, Qt::QueuedConnection);
    });
    retranslateUi();
}

void RunsView::setSourceLabel(const QString &text, bool synthetic)
{
    m_sourceText = text;
    m_synthetic = synthetic;
    retranslateUi();
}

void RunsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RunsView::retranslateUi()
{
    m_table->setAccessibleName(tr("Runs table"));
    if (m_synthetic) {
        m_sourceLabel->setText(tr("<b>%1</b>: these runs are made up by Wattprint's generator, "
                                  "not measured.").arg(m_sourceText.toHtmlEscaped()));
        m_sourceLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }"));
    } else {
        m_sourceLabel->setText(tr("Source: %1").arg(m_sourceText.toHtmlEscaped()));
        m_sourceLabel->setStyleSheet(QString());
    }
}

} // namespace wattprint
