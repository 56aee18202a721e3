#pragma once

#include <qcustomplot.h>

#include <QString>

namespace wattprint {

// Ticks for a logarithmic energy axis that always carry a few labels, as dense as the axis length
// allows: 1-1.5-2-3-5-7 within a decade or two, 1-2-5 or 1-3 over a few, powers of ten (or every
// few) over many. A plain log ticker shows one label or none over less than a decade. Labels
// read "10 kJ", "3 mJ": the unit with an SI prefix. Short axes (small multiples) get fewer.
class EnergyTicker : public QCPAxisTickerLog
{
public:
    // `axis` owns the ticker (through its QSharedPointer) and so outlives it; its length picks
    // the density. `unit` follows the prefixed number ("J").
    EnergyTicker(const QCPAxis *axis, QString unit = QStringLiteral("J"));

    // "12.3 kJ", "450 J", "3.2 mJ", "-" for NaN/inf; three significant digits at most.
    static QString format(double value, const QString &unit = QStringLiteral("J"));

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
                  QVector<double> *subTicks, QVector<QString> *tickLabels) override;

private:
    const QCPAxis *m_axis;
    QString m_unit;
    QSharedPointer<QCPAxisTicker> m_linear = QSharedPointer<QCPAxisTicker>::create();
};

} // namespace wattprint
