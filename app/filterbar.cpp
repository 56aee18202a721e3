#include "filterbar.h"

#include "filterchips.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace wattprint {

namespace {

QString datasetsLabel()
{
    return FilterBar::tr("Datasets");
}
QString shapesLabel()
{
    return FilterBar::tr("Shapes");
}
QString devicesLabel()
{
    return FilterBar::tr("Devices");
}
QString nodeTypesLabel()
{
    return FilterBar::tr("Node types");
}
QString batchesLabel()
{
    return FilterBar::tr("Batches");
}
QString sourcesLabel()
{
    return FilterBar::tr("Sources");
}
QString projectsLabel()
{
    return FilterBar::tr("Projects");
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_sizeMin(new QComboBox(this))
    , m_sizeMax(new QComboBox(this))
    , m_depthMin(new QSpinBox(this))
    , m_depthMax(new QSpinBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_depthLabel(new QLabel(this))
    , m_clear(new QToolButton(this))
    , m_chips(new FilterChips(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_sizeMin->setObjectName(QStringLiteral("sizeMin"));
    m_sizeMax->setObjectName(QStringLiteral("sizeMax"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 4);
    outer->setSpacing(4);
    // Two parts, side by side when the bar is wide enough for both, else one above the other
    // (resizeEvent): a narrow window keeps every control on screen.
    m_listsPart = new QWidget(this);
    m_rangesPart = new QWidget(this);
    auto *lists = new QHBoxLayout(m_listsPart);
    lists->setContentsMargins(0, 0, 0, 0);
    lists->setSpacing(6);
    auto *ranges = new QHBoxLayout(m_rangesPart);
    ranges->setContentsMargins(0, 0, 0, 0);
    ranges->setSpacing(6);
    m_rows = new QBoxLayout(QBoxLayout::LeftToRight);
    m_rows->setSpacing(PartSpacing);
    m_rows->addWidget(m_listsPart, 0, Qt::AlignLeft);
    m_rows->addWidget(m_rangesPart, 1);
    outer->addLayout(m_rows);
    outer->addWidget(m_chips);

    const QList<QPair<QStringList Filter::*, QString (*)()>> listFilters = {
        {&Filter::datasets, &datasetsLabel},   {&Filter::shapes, &shapesLabel},   {&Filter::devices, &devicesLabel},
        {&Filter::nodeTypes, &nodeTypesLabel}, {&Filter::batches, &batchesLabel}, {&Filter::sources, &sourcesLabel},
        {&Filter::projects, &projectsLabel}};
    for (const auto &[member, label] : listFilters) {
        ListFilter list;
        list.button = new QToolButton(m_listsPart);
        list.button->setPopupMode(QToolButton::InstantPopup);
        list.button->setMenu(new QMenu(list.button));
        list.member = member;
        list.label = label;
        if (member == &Filter::sources)
            list.display = &Filter::sourceName;
        lists->addWidget(list.button);
        m_lists.append(list);
    }
    // Hidden until the store holds more than one source, or projects (setOptions).
    m_lists[5].button->setVisible(false);
    m_lists[6].button->setVisible(false);
    for (QWidget *w : std::initializer_list<QWidget *>{m_sizeLabel, m_sizeMin, m_sizeMax, m_depthLabel, m_depthMin,
                                                       m_depthMax, m_clear})
        w->setParent(m_rangesPart);
    ranges->addWidget(m_sizeLabel);
    ranges->addWidget(m_sizeMin);
    ranges->addWidget(m_sizeMax);
    ranges->addSpacing(8);
    ranges->addWidget(m_depthLabel);
    ranges->addWidget(m_depthMin);
    ranges->addWidget(m_depthMax);
    ranges->addStretch();
    ranges->addWidget(m_clear);
    m_sizeLabel->setBuddy(m_sizeMin);
    m_depthLabel->setBuddy(m_depthMin);
    m_depthMin->setRange(1, 20);
    m_depthMax->setRange(1, 20);

    auto sizeChanged = [this] {
        if (m_updating)
            return;
        Filter f = m_filter;
        const qint64 lo = m_sizeMin->currentData().toLongLong();
        const qint64 hi = m_sizeMax->currentData().toLongLong();
        f.sizeMin = lo > 0 ? std::optional<qint64>(lo) : std::nullopt;
        f.sizeMax = hi > 0 ? std::optional<qint64>(hi) : std::nullopt;
        if (f.sizeMin && f.sizeMax && *f.sizeMin > *f.sizeMax)
            std::swap(f.sizeMin, f.sizeMax);
        propose(f, tr("Set the size range"));
    };
    connect(m_sizeMin, &QComboBox::activated, this, sizeChanged);
    connect(m_sizeMax, &QComboBox::activated, this, sizeChanged);
    auto depthChanged = [this] {
        if (m_updating)
            return;
        Filter f = m_filter;
        const int lo = m_depthMin->value();
        const int hi = m_depthMax->value();
        f.depthMin = lo > m_depthMin->minimum() ? std::optional<int>(lo) : std::nullopt;
        f.depthMax = hi < m_depthMax->maximum() ? std::optional<int>(hi) : std::nullopt;
        if (f.depthMin && f.depthMax && *f.depthMin > *f.depthMax)
            std::swap(f.depthMin, f.depthMax);
        propose(f, tr("Set the depth range"));
    };
    connect(m_depthMin, &QSpinBox::editingFinished, this, depthChanged);
    connect(m_depthMax, &QSpinBox::editingFinished, this, depthChanged);
    connect(m_clear, &QToolButton::clicked, this, [this] { propose(Filter(), tr("Clear the filter")); });
    connect(m_chips, &FilterChips::filterEdited, this, &FilterBar::filterEdited);
    retranslateUi();
    setFilter({});
}

void FilterBar::setOptions(const StoreSummary &summary)
{
    m_lists[0].values = summary.byDataset.keys();
    m_lists[1].values = summary.byShape.keys();
    m_lists[2].values = summary.byDevice.keys();
    m_lists[3].values = summary.byNodeType.keys();
    m_lists[3].values.removeAll(QString());
    m_lists[4].values = summary.byBatch.keys();
    m_lists[5].values.clear();
    for (const SourceSummary &source : summary.bySource) {
        if (!m_lists[5].values.contains(source.source))
            m_lists[5].values.append(source.source);
    }
    m_lists[6].values = summary.byProject.keys();
    // Source and project only matter in a store holding runs of more than one source, or projects
    // (CodeCarbon's); a BUTTER-E store keeps the bar as it was. A filter in force keeps its button.
    m_lists[5].button->setVisible(m_lists[5].values.size() > 1 || !m_filter.sources.isEmpty());
    m_lists[6].button->setVisible(!m_lists[6].values.isEmpty() || !m_filter.projects.isEmpty());
    for (ListFilter &list : m_lists)
        rebuildMenu(list);

    const QSignalBlocker b1(m_sizeMin), b2(m_sizeMax);
    const QLocale locale;
    m_sizeMin->clear();
    m_sizeMax->clear();
    m_sizeMin->addItem(tr("any"), qint64(0));
    m_sizeMax->addItem(tr("any"), qint64(0));
    for (qint64 size : summary.sizes) {
        m_sizeMin->addItem(locale.toString(size), size);
        m_sizeMax->addItem(locale.toString(size), size);
    }
    if (!summary.depths.isEmpty()) {
        m_depthMin->setRange(summary.depths.first(), summary.depths.last());
        m_depthMax->setRange(summary.depths.first(), summary.depths.last());
    }
    updateButtons();
}

void FilterBar::rebuildMenu(ListFilter &list)
{
    QMenu *menu = list.button->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("All"));
    const auto display = list.display;
    connect(all, &QAction::triggered, this, [this, member = list.member, label = list.label] {
        Filter f = m_filter;
        (f.*member).clear();
        propose(f, tr("Show all %1").arg(label().toLower()));
    });
    menu->addSeparator();
    for (const QString &value : std::as_const(list.values)) {
        const QString shown = display ? display(value) : value;
        QAction *action = menu->addAction(shown);
        action->setData(value);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, member = list.member, value, shown](bool checked) {
            Filter f = m_filter;
            QStringList &values = f.*member;
            if (checked && !values.contains(value))
                values.append(value);
            else if (!checked)
                values.removeAll(value);
            propose(f, checked ? tr("Add %1 to the filter").arg(shown) : tr("Remove %1 from the filter").arg(shown));
        });
    }
}

void FilterBar::setFilter(const Filter &filter)
{
    m_filter = filter;
    if (!filter.sources.isEmpty())
        m_lists[5].button->setVisible(true);
    if (!filter.projects.isEmpty())
        m_lists[6].button->setVisible(true);
    updateButtons();
    m_chips->setFilter(filter);
}

void FilterBar::updateButtons()
{
    const QScopedValueRollback guard(m_updating, true);
    for (ListFilter &list : m_lists) {
        const QStringList &selected = m_filter.*(list.member);
        list.button->setText(selected.isEmpty() ? tr("%1: all").arg(list.label())
                                                : tr("%1: %2").arg(list.label()).arg(selected.size()));
        list.button->setAccessibleName(tr("Filter by %1").arg(list.label().toLower()));
        for (QAction *a : list.button->menu()->actions()) {
            if (a->isCheckable())
                a->setChecked(selected.contains(a->data().toString()));
        }
    }
    m_sizeMin->setCurrentIndex(std::max(0, m_sizeMin->findData(m_filter.sizeMin.value_or(0))));
    m_sizeMax->setCurrentIndex(std::max(0, m_sizeMax->findData(m_filter.sizeMax.value_or(0))));
    m_depthMin->setValue(m_filter.depthMin.value_or(m_depthMin->minimum()));
    m_depthMax->setValue(m_filter.depthMax.value_or(m_depthMax->maximum()));
    m_clear->setEnabled(!m_filter.isEmpty());
}

void FilterBar::propose(const Filter &filter, const QString &description)
{
    if (filter == m_filter)
        return;
    emit filterEdited(filter, description);
}

QSize FilterBar::minimumSizeHint() const
{
    // The stacked form's width: the bar can be as narrow as its wider part.
    const QMargins m = layout()->contentsMargins();
    const int width = std::max(m_listsPart->minimumSizeHint().width(), m_rangesPart->minimumSizeHint().width())
        + m.left() + m.right();
    return {width, QWidget::minimumSizeHint().height()};
}

bool FilterBar::isStacked() const
{
    return m_rows->direction() == QBoxLayout::TopToBottom;
}

void FilterBar::arrangeParts()
{
    const QMargins m = layout()->contentsMargins();
    const int sideBySide = m_listsPart->sizeHint().width() + PartSpacing + m_rangesPart->minimumSizeHint().width()
        + m.left() + m.right();
    const QBoxLayout::Direction direction = width() < sideBySide ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (direction == m_rows->direction())
        return;
    m_rows->setDirection(direction);
    updateGeometry();
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeParts();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterBar::retranslateUi()
{
    m_sizeLabel->setText(tr("&Size:"));
    m_depthLabel->setText(tr("&Depth:"));
    m_sizeMin->setAccessibleName(tr("Smallest size"));
    m_sizeMax->setAccessibleName(tr("Largest size"));
    m_sizeMin->setToolTip(tr("Smallest network size (parameters)"));
    m_sizeMax->setToolTip(tr("Largest network size (parameters)"));
    m_depthMin->setAccessibleName(tr("Smallest depth"));
    m_depthMax->setAccessibleName(tr("Largest depth"));
    m_clear->setText(tr("Clear filter"));
    m_clear->setAccessibleName(tr("Clear the whole filter"));
    for (ListFilter &list : m_lists)
        rebuildMenu(list);
    // The "any" ends of the size ranges, and the chips' words.
    for (QComboBox *box : {m_sizeMin, m_sizeMax}) {
        if (box->count() > 0 && box->itemData(0).toLongLong() == 0)
            box->setItemText(0, tr("any"));
    }
    updateButtons();
    m_chips->setFilter(m_filter);
    // Longer or shorter words: the parts may fit side by side now, or no longer.
    arrangeParts();
}

} // namespace wattprint
