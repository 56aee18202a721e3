#include "compareview.h"

#include "axislabelfitter.h"
#include "chartfonts.h"
#include "chartplot.h"
#include "filterstate.h"
#include "labelcase.h"
#include "metriclabel.h"
#include "plotstyle.h"
#include "unitlogticker.h"

#include <pinnedplans.h>
#include <units.h>

#include <qcustomplot.h>

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace wattprint {

namespace {

// Okabe-Ito bluish green and reddish purple: not the CPU blue / GPU orange of other views,
// since A and B are any two groups, not devices.
const QColor AColor(0x00, 0x9e, 0x73);
const QColor BColor(0xcc, 0x79, 0xa7);
const QColor AText(0x00, 0x6d, 0x50); // darker, readable as text on white
const QColor BText(0x9c, 0x3f, 0x78);
// A pinned plan is predicted, not measured: dark grey, apart from both sides' colours.
const QColor PlanColor(0x40, 0x40, 0x40);

// Where the i-th pinned plan stands on the x axis, after A (1) and B (2): closer together than A and B,
// whose boxes and long labels need the room.
double planKey(std::size_t i)
{
    return 2.0 + 0.75 * double(i + 1);
}

// "a, b, c, d" as "a, b,\nc, d", broken at the ", " nearest the middle; short text as it is.
QString inTwoLines(const QString &text)
{
    if (text.size() <= 24)
        return text;
    const QString separator = QStringLiteral(", ");
    qsizetype best = -1;
    for (qsizetype at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) {
        if (best < 0 || std::abs(at - text.size() / 2) < std::abs(best - text.size() / 2))
            best = at;
    }
    if (best < 0)
        return text;
    return text.left(best + 1) + QLatin1Char('\n') + text.mid(best + separator.size());
}

constexpr int TickPx = 12;
constexpr int LabelPx = 14;
constexpr int LegendPx = 13;
constexpr int TablePx = 13;

// The distribution view already formats these metrics; one formatting across views.
DistributionMetric distributionMetric(RunMetric metric)
{
    switch (metric) {
    case RunMetric::Energy: return DistributionMetric::Energy;
    case RunMetric::RunTime: return DistributionMetric::RunTime;
    case RunMetric::Power: return DistributionMetric::Power;
    case RunMetric::EnergyPerDatum: return DistributionMetric::EnergyPerDatum;
    case RunMetric::NonOverheadEnergy: return DistributionMetric::NonOverheadEnergy;
    }
    return DistributionMetric::Energy;
}

QString sizeText(qint64 size)
{
    const QString n = QLocale().toString(size);
    if (size > 0 && (size & (size - 1)) == 0)
        return QStringLiteral("%1 (2^%2)").arg(n).arg(int(std::log2(double(size)) + 0.5));
    return n;
}

// "0.034", "< 0.0001": two significant digits, as a p-value deserves.
QString pText(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("-");
    if (p < 1e-4)
        return QStringLiteral("< 0.0001");
    return QLocale().toString(p, 'g', 2);
}

// Why a metric has neither a comparison nor a verdict: a side without values, or the reason the
// tests are undefined for them (one run on a side gets a verdict, untestedVerdict()).
QString whyNoComparison(const CompareResult::Metric &m)
{
    const QString what = inSentence(CompareView::metricLabel(m.metric));
    if (m.a.count == 0 || m.b.count == 0)
        return CompareView::tr("%1 has no runs with a value of %2.")
            .arg(m.a.count == 0 ? QStringLiteral("A") : QStringLiteral("B"), what);
    return CompareView::tr("Cannot compare %1: %2").arg(what, m.failure);
}

// Ticks for the vertical log axis: nice linear steps under about a decade (a log ticker shows
// one label there or none), powers of ten (with 2 and 5 when there is room) above.
class CompareTicker : public UnitLogTicker
{
public:
    CompareTicker(RunMetric metric, const QCPAxis *axis)
        : m_metric(metric)
        , m_axis(axis)
    {
        setEnergy(metric != RunMetric::RunTime && metric != RunMetric::Power);
        setLinearBelow(12, 5);
    }

protected:
    void placeTicks(const QCPRange &shown, const QLocale &, QChar, int, QVector<double> &ticks,
                    QVector<double> *subTicks) override
    {
        const double length = m_axis && m_axis->axisRect() ? m_axis->axisRect()->height() : 300;
        const double perDecade = std::max(length, 60.0) / std::log10(shown.upper / shown.lower);
        // More labelled mantissas the more room a decade has.
        static const DecadeSpacing spacing{28, {{250, {2, 3, 5, 7}}, {150, {2, 3, 5}}, {110, {2, 5}}}, 40};
        placeDecadeTicks(shown.lower, shown.upper, perDecade, spacing, ticks, subTicks);
    }

    QString label(double value) const override { return CompareView::formatValue(value, m_metric); }

private:
    RunMetric m_metric;
    const QCPAxis *m_axis; // owns this ticker
};

} // namespace

// ------------------------------------------------------------------------------------ table

// The numbers under the boxes: a caption naming A and B, then one row per metric. Shrinks its
// font to fit a narrow dock rather than clipping.
class CompareTableElement : public QCPLayoutElement
{
public:
    struct Cell
    {
        QString text;
        QColor color = QColor(0x30, 0x30, 0x30);
        bool bold = false;
    };

    explicit CompareTableElement(QCustomPlot *plot)
        : QCPLayoutElement(plot)
    {
        setMargins(QMargins(8, 4, 8, 6));
    }

    void setFont(const QFont &font) { m_font = font; }
    void setContent(QList<Cell> captions, QList<Cell> header, QList<QList<Cell>> rows, QStringList notes)
    {
        m_captions = std::move(captions);
        m_header = std::move(header);
        m_rows = std::move(rows);
        m_notes = std::move(notes);
    }
    // The pinned plans' own small table, under the metrics' rows (none: nothing drawn).
    void setPlans(QList<Cell> header, QList<QList<Cell>> rows)
    {
        m_planHeader = std::move(header);
        m_planRows = std::move(rows);
    }
    QString text() const // everything drawn, for tests and accessibility
    {
        QStringList all;
        for (const Cell &c : m_captions)
            all << c.text;
        for (const Cell &c : m_header)
            all << c.text;
        for (const auto &row : m_rows)
            for (const Cell &c : row)
                all << c.text;
        for (const Cell &c : m_planHeader)
            all << c.text;
        for (const auto &row : m_planRows)
            for (const Cell &c : row)
                all << c.text;
        all << m_notes;
        return all.join(QLatin1Char('\n'));
    }

    QSize minimumOuterSizeHint() const override
    {
        if (m_header.isEmpty() && m_captions.isEmpty())
            return QSize(0, 0);
        const Metrics m = measure(m_font);
        return QSize(std::min(int(std::ceil(m.width)), 360) + margins().left() + margins().right(),
                     int(std::ceil(m.height)) + margins().top() + margins().bottom());
    }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override
    {
        applyAntialiasingHint(painter, true, QCP::aeOther);
    }

    void draw(QCPPainter *painter) override
    {
        if (m_header.isEmpty() && m_captions.isEmpty())
            return;
        QFont font = m_font;
        Metrics m = measure(font);
        if (m.width > mRect.width() && m.width > 0) {
            font.setPixelSize(std::max(8, int(std::floor(m_font.pixelSize() * mRect.width() / m.width))));
            m = measure(font);
        }
        QFont bold = font;
        bold.setBold(true);
        const qreal left = mRect.left();
        qreal y = mRect.top();
        // Captions on one line, side by side.
        qreal x = left;
        for (const Cell &c : m_captions) {
            painter->setFont(c.bold ? bold : font);
            painter->setPen(c.color);
            const qreal w = QFontMetricsF(c.bold ? bold : font).horizontalAdvance(c.text);
            painter->drawText(QRectF(x, y, w + 2, m.line), Qt::AlignLeft | Qt::AlignVCenter, c.text);
            x += w + 3 * Gap;
        }
        if (!m_captions.isEmpty())
            y += m.line;
        auto drawRow = [&](const QList<Cell> &row, bool header, const QList<qreal> &widths) {
            qreal cx = left;
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c) {
                const Cell &cell = row[c];
                painter->setFont(cell.bold || header ? bold : font);
                painter->setPen(cell.color);
                const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
                painter->drawText(QRectF(cx, y, widths[c], m.line), align, cell.text);
                cx += widths[c] + Gap;
            }
            y += m.line;
        };
        if (!m_header.isEmpty()) {
            drawRow(m_header, true, m.widths);
            painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 1));
            painter->drawLine(QPointF(left, y - 1), QPointF(left + m.tableWidth, y - 1));
        }
        for (const auto &row : m_rows)
            drawRow(row, false, m.widths);
        if (!m_planHeader.isEmpty()) {
            drawRow(m_planHeader, true, m.planWidths);
            painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 1));
            painter->drawLine(QPointF(left, y - 1), QPointF(left + m.planTableWidth, y - 1));
            for (const auto &row : m_planRows)
                drawRow(row, false, m.planWidths);
        }
        painter->setFont(font);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        for (const QString &note : m_notes) {
            painter->drawText(QRectF(left, y, std::max<qreal>(mRect.width(), 10), m.line),
                              Qt::AlignLeft | Qt::AlignVCenter, note);
            y += m.line;
        }
    }

private:
    static constexpr qreal Gap = 14;

    struct Metrics
    {
        QList<qreal> widths;
        qreal tableWidth = 0;
        QList<qreal> planWidths;
        qreal planTableWidth = 0;
        qreal line = 0;
        qreal width = 0;
        qreal height = 0;
    };

    Metrics measure(const QFont &font) const
    {
        Metrics m;
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF fm(font), fb(bold);
        m.line = fm.height() * 1.3;
        const qsizetype columns = m_header.size();
        m.widths = QList<qreal>(columns, 0.0);
        for (qsizetype c = 0; c < columns; ++c)
            m.widths[c] = fb.horizontalAdvance(m_header[c].text);
        for (const auto &row : m_rows) {
            for (qsizetype c = 0; c < row.size() && c < columns; ++c)
                m.widths[c] = std::max(m.widths[c], (row[c].bold ? fb : fm).horizontalAdvance(row[c].text));
        }
        for (qreal w : std::as_const(m.widths))
            m.tableWidth += w + Gap;
        m.tableWidth = std::max<qreal>(0, m.tableWidth - Gap);
        qreal captions = 0;
        for (const Cell &c : m_captions)
            captions += (c.bold ? fb : fm).horizontalAdvance(c.text) + 3 * Gap;
        m.width = std::max(m.tableWidth, captions - 3 * Gap);
        for (const QString &note : m_notes)
            m.width = std::max(m.width, fm.horizontalAdvance(note));
        if (!m_planHeader.isEmpty()) {
            m.planWidths = QList<qreal>(m_planHeader.size(), 0.0);
            for (qsizetype c = 0; c < m_planHeader.size(); ++c)
                m.planWidths[c] = fb.horizontalAdvance(m_planHeader[c].text);
            for (const auto &row : m_planRows) {
                for (qsizetype c = 0; c < row.size() && c < m.planWidths.size(); ++c)
                    m.planWidths[c] = std::max(m.planWidths[c], (row[c].bold ? fb : fm).horizontalAdvance(row[c].text));
            }
            for (qreal w : std::as_const(m.planWidths))
                m.planTableWidth += w + Gap;
            m.planTableWidth = std::max<qreal>(0, m.planTableWidth - Gap);
            m.width = std::max(m.width, m.planTableWidth);
        }
        int lines = int(!m_captions.isEmpty()) + int(!m_header.isEmpty()) + int(m_rows.size()) + int(m_notes.size());
        if (!m_planHeader.isEmpty())
            lines += 1 + int(m_planRows.size());
        m.height = m.line * lines;
        return m;
    }

    QFont m_font;
    QList<Cell> m_captions;
    QList<Cell> m_header;
    QList<QList<Cell>> m_rows;
    QList<Cell> m_planHeader;
    QList<QList<Cell>> m_planRows;
    QStringList m_notes;
};

// ------------------------------------------------------------------------------------ view

CompareView::CompareView(QWidget *parent)
    : ViewPanel(QStringLiteral("compare"), parent)
    , m_container(new QWidget)
    , m_plot(new ChartPlot)
    , m_metricBox(new QComboBox(this))
    , m_metricLabel(new QLabel(this))
    , m_cpuGpuButton(new QPushButton(this))
{
    // Until the first result: CPU against GPU. The first request replaces these by the product's
    // own example on the data (exampleSelections) unless the user or a layout chose sides first.
    m_a.device = QStringLiteral("CPU");
    m_b.device = QStringLiteral("GPU");

    m_metricLabel->setObjectName(QStringLiteral("metricLabel"));
    m_metricLabel->setBuddy(m_metricBox);
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    m_metricBox->setFocusPolicy(Qt::StrongFocus);
    for (RunMetric m : comparedMetrics())
        m_metricBox->addItem(QString(), runMetricName(m));
    toolBar()->addWidget(m_metricLabel);
    toolBar()->addWidget(m_metricBox);
    connect(m_metricBox, &QComboBox::activated, this, [this](int index) {
        if (const auto m = runMetricFromName(m_metricBox->itemData(index).toString()))
            setMetric(*m);
    });
    toolBar()->addSeparator();
    m_cpuGpuButton->setObjectName(QStringLiteral("cpuGpuButton"));
    toolBar()->addWidget(m_cpuGpuButton);
    connect(m_cpuGpuButton, &QPushButton::clicked, this, &CompareView::compareCpuVsGpu);
    m_plansButton = new QToolButton(this);
    m_plansButton->setObjectName(QStringLiteral("plansButton"));
    m_plansButton->setPopupMode(QToolButton::InstantPopup);
    m_plansButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_plansButton->setMenu(new QMenu(m_plansButton));
    m_plansAction = toolBar()->addWidget(m_plansButton);
    m_plansAction->setVisible(false); // only while plans are pinned
    m_ownPlans = new PinnedPlans(this);
    m_plans = m_ownPlans;
    m_plansConnection = connect(m_plans, &PinnedPlans::changed, this, &CompareView::onPlansChanged);

    auto *layout = new QVBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *sides = new QHBoxLayout;
    sides->setSpacing(6);
    m_sideA = buildSide(QStringLiteral("A"));
    m_swapButton = new QPushButton(m_container);
    m_swapButton->setObjectName(QStringLiteral("swapButton"));
    connect(m_swapButton, &QPushButton::clicked, this, &CompareView::swapSides);
    m_sideB = buildSide(QStringLiteral("B"));
    sides->addWidget(m_sideA.box, 1);
    sides->addWidget(m_swapButton, 0, Qt::AlignVCenter);
    sides->addWidget(m_sideB.box, 1);
    layout->addLayout(sides);
    m_scopeNote = new QLabel(m_container);
    m_scopeNote->setObjectName(QStringLiteral("scopeNote"));
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setTextFormat(Qt::PlainText);
    QPalette notePalette = m_scopeNote->palette();
    notePalette.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_scopeNote->setPalette(notePalette);
    layout->addWidget(m_scopeNote);
    layout->addWidget(m_plot, 1);
    connect(m_sideA.filterTo, &QPushButton::clicked, this, &CompareView::filterToA);
    connect(m_sideB.filterTo, &QPushButton::clicked, this, &CompareView::filterToB);
    connect(m_sideA.all, &QPushButton::clicked, this, [this] { applySelections(CompareSelection(), m_b); });
    connect(m_sideB.all, &QPushButton::clicked, this, [this] { applySelections(m_a, CompareSelection()); });

    m_plot->setObjectName(QStringLiteral("comparePlot"));
    m_plot->setMinimumSize(360, 260);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setInteractions(QCP::iRangeZoom | QCP::iRangeDrag);
    m_plot->axisRect()->setRangeZoom(Qt::Vertical);
    m_plot->axisRect()->setRangeDrag(Qt::Vertical);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->grid()->setSubGridVisible(true);
    m_plot->yAxis->grid()->setSubGridPen(QPen(QColor(0xee, 0xee, 0xee), 0));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0xd4, 0xd4, 0xd4), 0));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->setTickLength(0, 4);
    m_plot->xAxis->setRange(0.4, 2.6);
    m_plot->xAxis->setPadding(4);
    m_plot->yAxis->setPadding(6);

    // Layout: [box plot | legend] above, the table of numbers across the full width below.
    QCPAxisRect *rect = m_plot->axisRect();
    m_plot->plotLayout()->take(rect);
    m_plot->plotLayout()->simplify();
    auto *top = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 0, top);
    top->addElement(0, 0, rect);
    putLegendBeside(m_plot, top);
    m_table = new CompareTableElement(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_table);
    m_plot->plotLayout()->setRowStretchFactor(0, 1000);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->plotLayout()->setRowSpacing(2);
    styleBoxedLegend(m_plot->legend);

    m_emptyText = addEmptyText(m_plot, font(), 16);
    m_emptyText->setClipToAxisRect(false);
    m_emptyText->setTextAlignment(Qt::AlignCenter);
    for (int i = 0; i < 2; ++i) {
        m_sideEmpty[i] = new QCPItemText(m_plot);
        m_sideEmpty[i]->position->setTypeX(QCPItemPosition::ptPlotCoords);
        m_sideEmpty[i]->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_sideEmpty[i]->position->setCoords(i + 1, 0.5);
        m_sideEmpty[i]->setPositionAlignment(Qt::AlignCenter);
        m_sideEmpty[i]->setTextAlignment(Qt::AlignCenter);
        m_sideEmpty[i]->setFont(pixelFont(font(), 15, true));
        m_sideEmpty[i]->setColor(i == 0 ? AText : BText);
        m_sideEmpty[i]->setVisible(false);
    }

    setChartWidget(m_container);
    m_container->setFocusPolicy(Qt::NoFocus);
    fillCombos(m_sideA, m_a);
    fillCombos(m_sideB, m_b);
    styleAxes();
    retranslateUi();
    updateButtons();
}

CompareView::SideControls CompareView::buildSide(const QString &name)
{
    SideControls s;
    s.box = new QGroupBox(m_container);
    s.box->setObjectName(QStringLiteral("side%1").arg(name));
    auto *grid = new QGridLayout(s.box);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    auto combo = [&](const QString &field, int row, int column) {
        auto *label = new QLabel(s.box);
        label->setObjectName(QStringLiteral("%1Label%2").arg(field, name));
        auto *box = new QComboBox(s.box);
        box->setObjectName(QStringLiteral("%1%2").arg(field, name));
        box->setFocusPolicy(Qt::StrongFocus);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        label->setBuddy(box);
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
        s.labels << label;
        connect(box, &QComboBox::activated, this, &CompareView::onSideEdited);
        return box;
    };
    s.dataset = combo(QStringLiteral("dataset"), 0, 0);
    s.shape = combo(QStringLiteral("shape"), 0, 2);
    s.size = combo(QStringLiteral("size"), 1, 0);
    s.depth = combo(QStringLiteral("depth"), 1, 2);
    s.device = combo(QStringLiteral("device"), 2, 0);
    s.project = combo(QStringLiteral("project"), 2, 2);
    s.hardware = combo(QStringLiteral("hardware"), 3, 0);
    auto *buttons = new QHBoxLayout;
    s.all = new QPushButton(s.box);
    s.all->setObjectName(QStringLiteral("all%1").arg(name));
    s.filterTo = new QPushButton(s.box);
    s.filterTo->setObjectName(QStringLiteral("filterTo%1").arg(name));
    buttons->addWidget(s.all);
    buttons->addWidget(s.filterTo);
    grid->addLayout(buttons, 3, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return s;
}

QString CompareView::metricLabel(RunMetric metric)
{
    return wattprint::metricLabel(distributionMetric(metric));
}

QString CompareView::unit(RunMetric metric)
{
    switch (metric) {
    case RunMetric::RunTime: return QStringLiteral("s");
    case RunMetric::Power: return QStringLiteral("W");
    default: return units::energySymbol();
    }
}

QString CompareView::formatValue(double value, RunMetric metric)
{
    switch (metric) {
    case RunMetric::RunTime: return units::duration(value);
    case RunMetric::Power: return units::power(value);
    default: return units::energy(value);
    }
}

QJsonObject CompareView::saveState() const
{
    QJsonObject state{{QStringLiteral("metric"), runMetricName(m_metric)}};
    if (m_sidesChosen) { // else the layout keeps showing the example of whatever data is open
        state.insert(QStringLiteral("a"), m_a.toJson());
        state.insert(QStringLiteral("b"), m_b.toJson());
    }
    if (!m_plans->isEmpty())
        state.insert(QStringLiteral("plans"), m_plans->toJson());
    return state;
}

void CompareView::restoreState(const QJsonObject &state)
{
    // The pins first: their change redraws and says the state changed (a state without any
    // unpins them, as it puts the example back when it names no sides).
    m_plans->setFromJson(state.value(QStringLiteral("plans")).toArray());
    bool changed = false;
    if (const auto m = runMetricFromName(state.value(QStringLiteral("metric")).toString()); m
        && std::find(comparedMetrics().begin(), comparedMetrics().end(), *m) != comparedMetrics().end()
        && *m != m_metric) {
        m_metric = *m;
        selectData(m_metricBox, runMetricName(*m));
        styleAxes();
        rebuildPlot();
        if (m_result)
            setFinding(findingFor(*m_result, m_metric));
        changed = true;
    }
    if (!state.value(QStringLiteral("a")).isObject() && !state.value(QStringLiteral("b")).isObject()) {
        if (m_sidesChosen) { // a layout without sides: back to the example
            m_sidesChosen = false;
            emit stateChanged();
            refresh();
        } else if (changed) {
            emit stateChanged();
        }
        return;
    }
    CompareSelection a = m_a, b = m_b;
    if (state.value(QStringLiteral("a")).isObject())
        a = CompareSelection::fromJson(state.value(QStringLiteral("a")).toObject());
    if (state.value(QStringLiteral("b")).isObject())
        b = CompareSelection::fromJson(state.value(QStringLiteral("b")).toObject());
    if (a != m_a || b != m_b) {
        applySelections(a, b); // emits stateChanged
        return;
    }
    if (changed)
        emit stateChanged();
}

void CompareView::environmentChanged()
{
    PinnedPlans *plans = environment().pinnedPlans ? environment().pinnedPlans : m_ownPlans;
    if (plans == m_plans)
        return;
    disconnect(m_plansConnection);
    m_plans = plans;
    m_plansConnection = connect(m_plans, &PinnedPlans::changed, this, &CompareView::onPlansChanged);
    fillPlansMenu();
    rebuildPlot();
}

void CompareView::onPlansChanged()
{
    fillPlansMenu();
    rebuildPlot();
    emit stateChanged();
}

void CompareView::fillPlansMenu()
{
    QMenu *menu = m_plansButton->menu();
    // Later, not now: this may run inside one of these actions' triggered().
    for (QAction *action : menu->actions()) {
        menu->removeAction(action);
        action->setParent(nullptr); // no longer one of the menu's children
        action->deleteLater();
    }
    const auto &pins = m_plans->pins();
    m_plansAction->setVisible(!pins.empty());
    m_plansButton->setText(tr("Pinned plans (%1)").arg(QLocale().toString(qulonglong(pins.size()))));
    m_plansButton->setToolTip(tr("Remove plans pinned from the What-if view"));
    m_plansButton->setAccessibleName(tr("Pinned plans"));
    for (std::size_t i = 0; i < pins.size(); ++i) {
        const int id = pins[i].id;
        QAction *remove = menu->addAction(
            tr("Remove plan %1: %2").arg(QLocale().toString(qulonglong(i + 1)), describePlan(pins[i].prediction.plan)));
        remove->setObjectName(QStringLiteral("unpinPlan%1").arg(i + 1));
        connect(remove, &QAction::triggered, this, [this, id] { m_plans->unpin(id); });
    }
    if (pins.size() > 1) {
        menu->addSeparator();
        QAction *all = menu->addAction(tr("Remove all plans"));
        all->setObjectName(QStringLiteral("unpinAllPlans"));
        connect(all, &QAction::triggered, m_plans, &PinnedPlans::clear);
    }
}

QString CompareView::describePlan(const PlannedRun &plan)
{
    const QLocale locale;
    QStringList parts;
    if (plan.ownDataset())
        parts << tr("own data (%1 examples, %2 inputs, %3 outputs)")
                     .arg(locale.toString(qlonglong(plan.examples)), locale.toString(plan.inputs),
                          locale.toString(plan.outputs));
    else
        parts << plan.dataset;
    parts << plan.shape << tr("size %1").arg(locale.toString(qlonglong(plan.size))) << tr("depth %1").arg(plan.depth)
          << (plan.device == Device::Gpu ? tr("GPU") : tr("CPU"));
    if (plan.epochs != kButterEpochs)
        parts << tr("%1 epochs").arg(locale.toString(plan.epochs));
    if (plan.batchSize != kButterBatchSize)
        parts << tr("batch %1").arg(locale.toString(qlonglong(plan.batchSize)));
    return parts.join(QStringLiteral(", "));
}

void CompareView::setSelections(const CompareSelection &a, const CompareSelection &b)
{
    if (a == m_a && b == m_b && m_sidesChosen)
        return;
    applySelections(a, b);
}

void CompareView::applySelections(CompareSelection a, CompareSelection b)
{
    m_sidesChosen = true;
    m_a = std::move(a);
    m_b = std::move(b);
    fillCombos(m_sideA, m_a);
    fillCombos(m_sideB, m_b);
    updateButtons();
    emit stateChanged();
    refresh();
}

void CompareView::setMetric(RunMetric metric)
{
    if (std::find(comparedMetrics().begin(), comparedMetrics().end(), metric) == comparedMetrics().end())
        return;
    selectData(m_metricBox, runMetricName(metric));
    if (metric == m_metric)
        return;
    m_metric = metric;
    styleAxes();
    // Every metric is in the result already: redraw, no new job.
    rebuildPlot();
    if (m_result)
        setFinding(findingFor(*m_result, m_metric));
    emit stateChanged();
}

void CompareView::swapSides()
{
    applySelections(m_b, m_a);
}

void CompareView::compareCpuVsGpu()
{
    auto named = [](const CompareSelection &s) {
        return !s.dataset.isEmpty() || !s.shape.isEmpty() || s.size || s.depth;
    };
    CompareSelection config = named(m_a) || !named(m_b) ? m_a : m_b;
    CompareSelection a = config, b = config;
    a.device = QStringLiteral("CPU");
    b.device = QStringLiteral("GPU");
    applySelections(a, b);
}

void CompareView::filterToA()
{
    filterTo(m_a, QStringLiteral("A"));
}

void CompareView::filterToB()
{
    filterTo(m_b, QStringLiteral("B"));
}

void CompareView::filterTo(const CompareSelection &selection, const QString &side)
{
    const Filter current = currentFilter();
    const Filter filter = narrowFilter(current, selection);
    if (filter == current)
        return;
    const QString text = tr("Filter to %1: %2").arg(side, selection.describe());
    proposeFilter(filter, text);
}

void CompareView::resetZoom()
{
    rebuildPlot();
}

void CompareView::onSideEdited()
{
    if (m_filling)
        return;
    const CompareSelection a = readSide(m_sideA);
    const CompareSelection b = readSide(m_sideB);
    if (a == m_a && b == m_b)
        return;
    applySelections(a, b);
}

CompareSelection CompareView::readSide(const SideControls &side) const
{
    CompareSelection s;
    s.dataset = side.dataset->currentData().toString();
    s.shape = side.shape->currentData().toString();
    if (const QVariant v = side.size->currentData(); v.isValid())
        s.size = v.toLongLong();
    if (const QVariant v = side.depth->currentData(); v.isValid())
        s.depth = v.toInt();
    s.device = side.device->currentData().toString();
    s.project = side.project->currentData().toString();
    s.hardware = side.hardware->currentData().toString();
    return s;
}

void CompareView::fillCombos(SideControls &side, const CompareSelection &selection)
{
    m_filling = true;
    const std::shared_ptr<const CompareResult> r = m_result;
    const QString any = tr("any");
    auto fill = [&](QComboBox *box, const QList<QPair<QString, QVariant>> &items, const QVariant &current,
                    const QString &currentText) {
        box->clear();
        box->addItem(any, QVariant());
        int index = 0;
        for (const auto &[text, data] : items) {
            box->addItem(text, data);
            if (current.isValid() && data == current)
                index = box->count() - 1;
        }
        // Kept even when the runs in force no longer have it, so the choice is not lost.
        if (current.isValid() && index == 0) {
            box->addItem(tr("%1 (no runs in the filter)").arg(currentText), current);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    };
    QList<QPair<QString, QVariant>> datasets, shapes, sizes, depths, devices, projects, hardware;
    if (r) {
        for (const QString &d : r->datasets)
            datasets.append({d, d});
        for (const QString &s : r->shapes)
            shapes.append({s, s});
        for (qint64 s : r->sizes)
            sizes.append({sizeText(s), QVariant::fromValue(s)});
        for (int d : r->depths)
            depths.append({QString::number(d), d});
        for (const QString &d : r->devices)
            devices.append({d, d});
        for (const QString &p : r->projects)
            projects.append({p, p});
        for (const QString &h : r->hardware)
            hardware.append({h, h});
    }
    fill(side.dataset, datasets, selection.dataset.isEmpty() ? QVariant() : QVariant(selection.dataset),
         selection.dataset);
    fill(side.shape, shapes, selection.shape.isEmpty() ? QVariant() : QVariant(selection.shape), selection.shape);
    fill(side.size, sizes, selection.size ? QVariant::fromValue(*selection.size) : QVariant(),
         selection.size ? sizeText(*selection.size) : QString());
    fill(side.depth, depths, selection.depth ? QVariant(*selection.depth) : QVariant(),
         selection.depth ? QString::number(*selection.depth) : QString());
    fill(side.device, devices, selection.device.isEmpty() ? QVariant() : QVariant(selection.device), selection.device);
    fill(side.project, projects, selection.project.isEmpty() ? QVariant() : QVariant(selection.project),
         selection.project);
    fill(side.hardware, hardware, selection.hardware.isEmpty() ? QVariant() : QVariant(selection.hardware),
         selection.hardware);
    m_filling = false;
}

void CompareView::updateButtons()
{
    m_sideA.filterTo->setEnabled(!m_a.isAll());
    m_sideB.filterTo->setEnabled(!m_b.isAll());
    m_sideA.all->setEnabled(!m_a.isAll());
    m_sideB.all->setEnabled(!m_b.isAll());
    m_swapButton->setEnabled(m_a != m_b);
}

Filter CompareView::narrowFilter(Filter base, const CompareSelection &selection)
{
    if (!selection.dataset.isEmpty())
        base.datasets = {selection.dataset};
    if (!selection.shape.isEmpty())
        base.shapes = {selection.shape};
    if (!selection.device.isEmpty())
        base.devices = {selection.device};
    if (!selection.project.isEmpty())
        base.projects = {selection.project};
    if (!selection.hardware.isEmpty())
        base.nodeTypes = {selection.hardware};
    if (selection.size) {
        base.sizeMin = *selection.size;
        base.sizeMax = *selection.size;
    }
    if (selection.depth) {
        base.depthMin = *selection.depth;
        base.depthMax = *selection.depth;
    }
    return base;
}

QString CompareView::findingFor(const CompareResult &r, RunMetric metric)
{
    if (r.totalRuns == 0)
        return tr("No runs match the filter.");
    if (r.a == r.b)
        return tr("Choose two groups to compare: A and B are the same runs (%1).").arg(r.a.describe());
    if (r.runsA == 0)
        return tr("A has no runs: nothing in the filter matches %1.").arg(r.a.describe());
    if (r.runsB == 0)
        return tr("B has no runs: nothing in the filter matches %1.").arg(r.b.describe());
    const CompareResult::Metric *m = r.find(metric);
    if (!m)
        return tr("Choose a metric to compare.");
    if (!m->comparison && m->verdict.isEmpty())
        return whyNoComparison(*m);
    return tr("Comparing A (%1) with B (%2): %3.").arg(r.a.describe(), r.b.describe(), m->verdict);
}

void CompareView::requestData()
{
    if (m_sidesChosen) {
        submitCompute(&CompareView::showResult, computeComparison, m_a, m_b);
        return;
    }
    const CompareSelection fallbackA = m_a, fallbackB = m_b;
    submit(
        [fallbackA, fallbackB](const RunColumns &columns, JobContext &context) {
            const auto example = exampleSelections(columns);
            return computeComparison(columns, example ? example->first : fallbackA,
                                     example ? example->second : fallbackB,
                                     [&context] { return context.isCancelled(); });
        },
        &CompareView::showResult);
}

void CompareView::showResult(std::shared_ptr<const CompareResult> result)
{
    if (!m_sidesChosen) {
        m_a = result->a; // the example the job picked for the data in force
        m_b = result->b;
    } else if (result->a != m_a || result->b != m_b) {
        return; // computed for sides changed since; the request for the new ones is on its way
    }
    m_result = std::move(result);
    fillCombos(m_sideA, m_a);
    fillCombos(m_sideB, m_b);
    updateButtons();
    rebuildPlot();
    setFinding(findingFor(*m_result, m_metric));
    QStringList notes;
    if (m_result->overlap > 0 && m_result->a != m_result->b)
        notes << tr("A and B share %n run(s): the tests assume two separate groups, so read their p-values with care.",
                    nullptr, int(std::min<std::size_t>(m_result->overlap, INT_MAX)));
    if (const CompareResult::Metric *m = m_result->find(m_metric)) {
        const std::size_t fewest = std::min(m->a.count, m->b.count);
        if (m->comparison && fewest < SmallSample)
            notes << tr("With only %1 runs on a side, the interval and p-values are rough: a few more runs would make "
                        "them trustworthy.")
                         .arg(fewest);
        const std::size_t hidden = (m->a.count - m->a.positive) + (m->b.count - m->b.positive);
        if (hidden > 0)
            notes << tr("%n run(s) with a zero or negative value are counted in the table but not drawn: a log axis "
                        "cannot show them.",
                        nullptr, int(std::min<std::size_t>(hidden, INT_MAX)));
    }
    setMessage(notes.join(QLatin1Char(' ')));
    m_plot->setAccessibleDescription(finding());
    setReady(true);
}

QString CompareView::tableText() const
{
    return m_table->text();
}

void CompareView::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    // Only the chart and its table: the selectors are controls, not content (the plot's axis
    // labels and table caption say what A and B are).
    renderPlot(m_plot, painter, rect, vector);
}

void CompareView::retranslateUi()
{
    ViewPanel::retranslateUi();
    m_metricLabel->setText(tr("Metric:"));
    for (int i = 0; i < m_metricBox->count(); ++i) {
        if (const auto m = runMetricFromName(m_metricBox->itemData(i).toString()))
            m_metricBox->setItemText(i, metricLabel(*m));
    }
    m_metricBox->setAccessibleName(tr("Metric"));
    m_metricBox->setToolTip(tr("The per-run quantity shown in the boxes and named in the verdict"));
    m_cpuGpuButton->setText(tr("CPU vs GPU"));
    m_cpuGpuButton->setAccessibleName(tr("Compare CPU vs GPU for this configuration"));
    m_cpuGpuButton->setToolTip(tr("A = this configuration on CPU, B = the same on GPU"));
    fillPlansMenu();
    m_swapButton->setText(tr("Swap"));
    m_swapButton->setAccessibleName(tr("Swap A and B"));
    m_swapButton->setToolTip(tr("Exchange A and B"));
    m_scopeNote->setText(tr("A and B are chosen among the runs of the filter in force; change the filter to compare "
                            "other runs."));
    m_scopeNote->setAccessibleName(tr("Scope"));
    const QStringList fields = {tr("Dataset:"), tr("Shape:"),   tr("Size:"),    tr("Depth:"),
                                tr("Device:"),  tr("Project:"), tr("Hardware:")};
    const QStringList names = {tr("dataset"), tr("shape"),   tr("size"),    tr("depth"),
                               tr("device"),  tr("project"), tr("hardware")};
    for (auto *side : {&m_sideA, &m_sideB}) {
        const QString s = side == &m_sideA ? QStringLiteral("A") : QStringLiteral("B");
        side->box->setTitle(side == &m_sideA ? tr("A (baseline)") : tr("B"));
        side->box->setAccessibleName(tr("Side %1").arg(s));
        const QList<QComboBox *> boxes = {side->dataset, side->shape,   side->size,    side->depth,
                                          side->device,  side->project, side->hardware};
        for (int i = 0; i < boxes.size(); ++i) {
            side->labels[i]->setText(fields[i]);
            boxes[i]->setAccessibleName(tr("%1 %2").arg(s, names[i]));
            if (boxes[i]->count() > 0)
                boxes[i]->setItemText(0, tr("any"));
        }
        side->all->setText(tr("All runs in the filter"));
        side->all->setAccessibleName(tr("%1: all runs in the filter").arg(s));
        side->all->setToolTip(tr("Let %1 take every run of the filter in force").arg(s));
        side->filterTo->setText(tr("Filter to %1").arg(s));
        side->filterTo->setAccessibleName(tr("Filter to %1").arg(s));
        side->filterTo->setToolTip(tr("Keep only the runs of %1 in every view").arg(s));
    }
    m_plot->setAccessibleName(tr("Box plots of %1 for A and B").arg(inSentence(metricLabel(m_metric))));
    m_plot->setAccessibleDescription(finding());
    styleAxes();
    rebuildPlot();
}

void CompareView::styleAxes()
{
    const QFont base = font();
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new CompareTicker(m_metric, m_plot->yAxis)));
    AxisLabelFitter::of(m_plot)->setLabels(m_plot->yAxis,
                                           {tr("%1 (%2, log scale)").arg(metricLabel(m_metric), unit(m_metric)),
                                            QStringLiteral("%1 (%2)").arg(metricLabel(m_metric), unit(m_metric)),
                                            unit(m_metric)});
    styleAxisText(m_plot, base, TickPx, LabelPx, LegendPx);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setSelectedTickLabelFont(pixelFont(base, TickPx, true));
        axis->setSelectedLabelFont(pixelFont(base, LabelPx, true));
    }
    m_table->setFont(pixelFont(base, TablePx));
    m_plot->setAccessibleName(tr("Box plots of %1 for A and B").arg(inSentence(metricLabel(m_metric))));
}

void CompareView::rebuildPlot()
{
    m_plot->clearPlottables();
    m_plot->legend->clearItems();
    m_table->setContent({}, {}, {}, {});
    m_table->setPlans({}, {});
    const std::shared_ptr<const CompareResult> r = m_result;
    const CompareResult::Metric *m = r ? r->find(m_metric) : nullptr;
    const bool anyBox = m && (m->a.positive > 0 || m->b.positive > 0);
    const QLocale locale;
    // Pinned plans stand beside A and B (planKey), with the measured boxes only; the table
    // below names them (their tick says only "Plan 1", so three groups fit a narrow dock).
    const std::vector<PinnedPlans::Pin> &pins = m_plans->pins();
    const bool withPlans = anyBox && !pins.empty();
    // The plans' legend entry and table rows take height: the dock scrolls rather than squeeze the boxes.
    m_plot->setMinimumHeight(withPlans ? 260 + 24 * int(3 + std::min<std::size_t>(pins.size(), 10)) : 260);

    auto *ticker = static_cast<QCPAxisTickerText *>(m_plot->xAxis->ticker().data());
    ticker->clear();
    if (r) {
        // With plans beside them A and B have less room: their long descriptions go on two lines.
        const auto described = [withPlans](const CompareSelection &s) {
            return withPlans ? inTwoLines(s.describe()) : s.describe();
        };
        ticker->addTick(1, tr("A: %1\nn = %2").arg(described(r->a), locale.toString(qulonglong(r->runsA))));
        ticker->addTick(2, tr("B: %1\nn = %2").arg(described(r->b), locale.toString(qulonglong(r->runsB))));
        for (std::size_t i = 0; withPlans && i < pins.size(); ++i)
            ticker->addTick(planKey(i), tr("Plan %1\npredicted").arg(locale.toString(qulonglong(i + 1))));
    }
    m_plot->xAxis->setTickLabels(bool(r));
    m_plot->yAxis->setTickLabels(anyBox);
    m_plot->yAxis->setTicks(anyBox);
    m_plot->yAxis->grid()->setVisible(anyBox);
    const QString message = r && (!m || !m->comparison || r->a == r->b) ? findingFor(*r, m_metric) : QString();
    m_emptyText->setText(message);
    m_emptyText->setVisible(!message.isEmpty() && !anyBox);
    m_plot->legend->setVisible(anyBox);
    for (int s = 0; s < 2; ++s) {
        const std::size_t runs = r ? (s == 0 ? r->runsA : r->runsB) : 0;
        const CompareResult::Side *side = m ? (s == 0 ? &m->a : &m->b) : nullptr;
        m_sideEmpty[s]->setVisible(anyBox && side && side->positive == 0);
        m_sideEmpty[s]->setText(runs == 0 ? tr("No runs") : tr("No positive values\nto draw on a log axis"));
    }
    if (!anyBox) {
        m_plot->yAxis->setRange(1, 10);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }

    double lo = INFINITY, hi = 0;
    const CompareResult::Side *sides[2] = {&m->a, &m->b};
    const QColor colors[2] = {AColor, BColor};
    const QString sideNames[2] = {tr("A (baseline)"), tr("B")};
    QList<QCPAbstractPlottable *> dotGraphs, boxes;
    // Dots first, boxes over them (their light fill lets the dots show through), means on top.
    for (int s = 0; s < 2; ++s) {
        const CompareResult::Side &side = *sides[s];
        if (side.positive == 0)
            continue;
        const double key = s + 1;
        lo = std::min(lo, side.lowerWhisker);
        hi = std::max(hi, side.upperWhisker);
        if (side.dots.empty())
            continue;
        // Even, repeatable sideways spread: the golden-ratio sequence over the sorted values.
        QVector<double> keys, values;
        keys.reserve(qsizetype(side.dots.size()));
        values.reserve(qsizetype(side.dots.size()));
        constexpr double phi = 0.6180339887498949;
        for (std::size_t i = 0; i < side.dots.size(); ++i) {
            const double u = std::fmod(double(i + 1) * phi, 1.0);
            keys << key + (u - 0.5) * 0.38;
            values << side.dots[i];
        }
        lo = std::min(lo, side.dots.front());
        hi = std::max(hi, side.dots.back());
        QCPGraph *dots = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
        dots->setData(keys, values);
        dots->setLineStyle(QCPGraph::lsNone);
        QColor dot = colors[s].darker(140);
        const bool many = side.dots.size() > 300;
        dot.setAlpha(many ? 110 : 170);
        // ssDisc fills with its pen's colour.
        dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, dot, many ? 3.5 : 5.0));
        dots->setName(tr("One dot per run"));
        dotGraphs << dots;
    }
    for (int s = 0; s < 2; ++s) {
        const CompareResult::Side &side = *sides[s];
        if (side.positive == 0)
            continue;
        auto *box = new QCPStatisticalBox(m_plot->xAxis, m_plot->yAxis);
        box->addData(s + 1, side.lowerWhisker, side.q1, side.median, side.q3, side.upperWhisker);
        box->setWidth(0.5);
        box->setWhiskerWidth(0.22);
        QColor fill = colors[s];
        fill.setAlpha(55);
        box->setBrush(fill);
        box->setPen(QPen(colors[s].darker(150), 1.8));
        box->setWhiskerPen(QPen(colors[s].darker(150), 1.5, Qt::SolidLine));
        box->setWhiskerBarPen(QPen(colors[s].darker(150), 1.8));
        box->setMedianPen(QPen(colors[s].darker(200), 3.2));
        box->setName(sideNames[s]);
        boxes << box;
    }
    // Means as diamonds, on top.
    QVector<double> meanKeys, meanValues;
    for (int s = 0; s < 2; ++s) {
        if (sides[s]->positive > 0 && sides[s]->mean > 0) {
            meanKeys << s + 1;
            meanValues << sides[s]->mean;
            lo = std::min(lo, sides[s]->mean);
            hi = std::max(hi, sides[s]->mean);
        }
    }
    if (!meanKeys.isEmpty()) {
        QCPGraph *means = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
        means->setData(meanKeys, meanValues);
        means->setLineStyle(QCPGraph::lsNone);
        means->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(QColor(0x20, 0x20, 0x20), 1.5), Qt::white, 11));
        means->setName(tr("Mean"));
        boxes << means;
    }
    // Each plan: its predicted value with its interval (power: the nearest configurations' range).
    if (withPlans) {
        QVector<double> keys, values;
        QVector<double> below, above;
        for (std::size_t i = 0; i < pins.size(); ++i) {
            const PredictedRange v = pins[i].prediction.metric(m_metric);
            if (!(v.value > 0))
                continue;
            keys << planKey(i);
            values << v.value;
            const double low = v.low > 0 ? v.low : v.value;
            const double high = std::isfinite(v.high) ? v.high : v.value;
            below << v.value - low;
            above << high - v.value;
            lo = std::min(lo, low);
            hi = std::max(hi, high);
        }
        if (!keys.isEmpty()) {
            QCPGraph *planGraph = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
            planGraph->setData(keys, values);
            planGraph->setLineStyle(QCPGraph::lsNone);
            planGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(PlanColor, 1.5), PlanColor, 9));
            planGraph->setName(
                m_metric == RunMetric::Power
                    ? tr("Plan, predicted (nearest configurations' range)")
                    : tr("Plan, predicted (%1 interval)").arg(units::percent(pins.front().prediction.level * 100)));
            auto *bars = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
            bars->removeFromLegend();
            bars->setDataPlottable(planGraph);
            bars->setData(below, above);
            bars->setPen(QPen(PlanColor, 1.8));
            bars->setWhiskerWidth(14);
            boxes << planGraph;
        }
    }
    // Legend: A, B, then one entry for the dots (both sides' are alike but for colour), then the mean.
    m_plot->legend->clearItems();
    if (!dotGraphs.isEmpty())
        boxes.insert(boxes.size() - (meanKeys.isEmpty() ? 0 : 1), dotGraphs.first());
    for (QCPAbstractPlottable *p : std::as_const(boxes))
        p->addToLegend();
    if (hi > lo) {
        const double pad = std::max(0.06 * (std::log10(hi) - std::log10(lo)), 0.04);
        m_plot->yAxis->setRange(std::pow(10.0, std::log10(lo) - pad), std::pow(10.0, std::log10(hi) + pad));
    } else {
        m_plot->yAxis->setRange(lo / 1.5, lo * 1.5);
    }
    m_plot->xAxis->setRange(0.4, withPlans ? planKey(pins.size() - 1) + 0.45 : 2.6);

    // The table: one row per metric, the chosen one in bold.
    using Cell = CompareTableElement::Cell;
    const QColor ink(0x30, 0x30, 0x30);
    QList<Cell> captions = {
        Cell{tr("A: %1 (n = %2 runs)").arg(r->a.describe(), locale.toString(qulonglong(r->runsA))), AText, true},
        Cell{tr("B: %1 (n = %2 runs)").arg(r->b.describe(), locale.toString(qulonglong(r->runsB))), BText, true}};
    QList<Cell> header = {Cell{tr("Metric"), ink},         Cell{tr("Median A"), AText},
                          Cell{tr("Mean A"), AText},       Cell{tr("Median B"), BText},
                          Cell{tr("Mean B"), BText},       Cell{tr("Change of median, B vs A [95% CI]"), ink},
                          Cell{tr("Welch p (log)"), ink},  Cell{tr("Mann-Whitney p"), ink},
                          Cell{tr("Hedges' g (log)"), ink}};
    QList<QList<Cell>> rows;
    bool anySignificant = false;
    for (const CompareResult::Metric &row : r->metrics) {
        const bool chosen = row.metric == m_metric;
        auto value = [&](const CompareResult::Side &s, double v, std::size_t runs) {
            if (s.count == 0)
                return QStringLiteral("-");
            QString t = formatValue(v, row.metric);
            if (s.count < runs)
                t += tr(" (n = %1)").arg(locale.toString(qulonglong(s.count)));
            return t;
        };
        QList<Cell> cells = {Cell{metricLabel(row.metric), ink, chosen},
                             Cell{value(row.a, row.a.median, r->runsA), ink, chosen},
                             Cell{value(row.a, row.a.mean, r->runsA), ink, chosen},
                             Cell{value(row.b, row.b.median, r->runsB), ink, chosen},
                             Cell{value(row.b, row.b.mean, r->runsB), ink, chosen}};
        if (row.comparison) {
            const stats::TwoSampleComparison &c = *row.comparison;
            QString change = QStringLiteral("-");
            if (c.percentChange) {
                const auto &pc = *c.percentChange;
                change = tr("%1 [%2, %3]")
                             .arg(units::signedPercent(pc.percent, 1), units::signedPercent(pc.ci.lower, 1),
                                  units::signedPercent(pc.ci.upper, 1));
                if (row.significant) {
                    change += QStringLiteral(" *");
                    anySignificant = true;
                }
            }
            cells << Cell{change, ink, chosen}
                  << Cell{c.welchLog ? pText(c.welchLog->p) : QStringLiteral("-"), ink, chosen}
                  << Cell{pText(c.mannWhitney.p), ink, chosen}
                  << Cell{c.hedgesGLog ? locale.toString(*c.hedgesGLog, 'f', 2) : QStringLiteral("-"), ink, chosen};
        } else {
            for (int i = 0; i < 4; ++i)
                cells << Cell{QStringLiteral("-"), ink, chosen};
        }
        rows << cells;
    }
    QString note = tr("Bold: the metric shown above. * significant at alpha = 0.05 (Welch p on log values < 0.05 and "
                      "the interval excludes 0).");
    bool anyComparison = false;
    for (const CompareResult::Metric &row : r->metrics)
        anyComparison = anyComparison || row.comparison.has_value();
    if (!anyComparison)
        note = tr("Bold: the metric shown above. No test: each side needs at least two runs with a value.");
    else if (!anySignificant)
        note = tr("Bold: the metric shown above. No change is significant at alpha = 0.05 (that needs Welch p on log "
                  "values < 0.05 and an interval that excludes 0).");
    QStringList notes{note};
    // Said on the page too, not only on screen: both change how far the numbers can be trusted.
    if (r->overlap > 0)
        notes << tr("A and B share %1 runs: the tests assume two separate groups, so read their p-values with care.")
                     .arg(locale.toString(qulonglong(r->overlap)));
    if (m->comparison && std::min(m->a.count, m->b.count) < SmallSample)
        notes << tr("With only %1 runs on a side, the interval and p-values are rough.")
                     .arg(std::min(m->a.count, m->b.count));
    if (withPlans) {
        // One row per plan, its prediction of each compared metric; the chosen one in bold.
        QList<Cell> planHeader{Cell{tr("Plan, predicted when pinned"), PlanColor}};
        for (RunMetric metric : comparedMetrics())
            planHeader << Cell{metricLabel(metric), PlanColor};
        QList<QList<Cell>> planRows;
        for (std::size_t i = 0; i < pins.size(); ++i) {
            const PlanPrediction &p = pins[i].prediction;
            QList<Cell> cells{
                Cell{tr("Plan %1: %2").arg(locale.toString(qulonglong(i + 1)), describePlan(p.plan)), PlanColor, true}};
            for (RunMetric metric : comparedMetrics()) {
                const PredictedRange v = p.metric(metric);
                QString text = QStringLiteral("-");
                if (std::isfinite(v.value)) {
                    text = formatValue(v.value, metric);
                    if (std::isfinite(v.low) && std::isfinite(v.high))
                        text += tr(" [%1, %2]").arg(formatValue(v.low, metric), formatValue(v.high, metric));
                }
                cells << Cell{text, ink, metric == m_metric};
            }
            planRows << cells;
        }
        m_table->setPlans(planHeader, planRows);
        notes << tr("Plans: predicted by the What-if model when pinned, with its %1 interval (power: the range of "
                    "the nearest measured configurations), on the standardised basis.")
                     .arg(units::percent(pins.front().prediction.level * 100));
    }
    m_table->setContent(captions, header, rows, notes);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace wattprint
