#include "plotstyle.h"

#include "chartfonts.h"

#include <qcustomplot.h>

namespace wattprint {

QCPLayoutGrid *putLegendBelow(QCustomPlot *plot)
{
    plot->axisRect()->insetLayout()->take(plot->legend);
    auto *row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, row);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    row->addElement(0, 0, plot->legend);
    row->addElement(0, 1, new QCPLayoutElement(plot));
    row->setColumnStretchFactor(0, 0.001);
    return row;
}

void styleRowLegend(QCPLegend *legend, int columnSpacing)
{
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(6, 2, 6, 2));
    legend->setColumnSpacing(columnSpacing);
}

QCPLayoutGrid *putLegendBeside(QCustomPlot *plot, QCPLayoutGrid *host, const QList<QCPLayoutElement *> &under)
{
    plot->legend->layout()->take(plot->legend);
    auto *side = new QCPLayoutGrid;
    host->addElement(0, 1, side);
    host->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, plot->legend);
    side->setRowStretchFactor(0, 0.001);
    int row = 1;
    for (QCPLayoutElement *element : under) {
        side->addElement(row, 0, element);
        side->setRowStretchFactor(row++, 0.001);
    }
    side->addElement(row, 0, new QCPLayoutElement(plot));
    side->setRowStretchFactor(row, 1000);
    side->setMargins(QMargins(0, 6, 6, 0));
    return side;
}

void styleBoxedLegend(QCPLegend *legend)
{
    legend->setVisible(true);
    legend->setBorderPen(QPen(QColor(0xb8, 0xb8, 0xb8), 1));
    legend->setBrush(QColor(0xfa, 0xfa, 0xfa));
    legend->setMargins(QMargins(8, 6, 10, 6));
    legend->setRowSpacing(2);
}

QCPItemText *addEmptyText(QCustomPlot *plot, const QFont &base, int px)
{
    auto *text = new QCPItemText(plot);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.5, 0.45);
    text->setPositionAlignment(Qt::AlignCenter);
    text->setFont(pixelFont(base, px, true));
    text->setColor(QColor(0x60, 0x60, 0x60));
    text->setVisible(false);
    return text;
}

void styleAxisText(QCustomPlot *plot, const QFont &base, int tickPx, int labelPx, int legendPx)
{
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setTickLabelFont(pixelFont(base, tickPx));
        axis->setLabelFont(pixelFont(base, labelPx));
        axis->setTickLabelColor(QColor(0x30, 0x30, 0x30));
        axis->setLabelColor(QColor(0x20, 0x20, 0x20));
    }
    plot->legend->setFont(pixelFont(base, legendPx));
    plot->legend->setSelectedFont(pixelFont(base, legendPx));
}

} // namespace wattprint
