#include "filterchips.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace wattprint {

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("filterChips"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch();
}

QList<QPair<QString, Filter>> FilterChips::parts(const Filter &filter)
{
    QList<QPair<QString, Filter>> result;
    auto list = [&](const QString &name, QStringList Filter::*member) {
        for (const QString &value : filter.*member) {
            Filter without = filter;
            (without.*member).removeAll(value);
            result.append({QStringLiteral("%1: %2").arg(name, value), without});
        }
    };
    list(tr("dataset"), &Filter::datasets);
    list(tr("shape"), &Filter::shapes);
    list(tr("device"), &Filter::devices);
    list(tr("node type"), &Filter::nodeTypes);
    list(tr("batch"), &Filter::batches);
    const QLocale locale;
    if (filter.sizeMin || filter.sizeMax) {
        Filter without = filter;
        without.sizeMin.reset();
        without.sizeMax.reset();
        result.append({tr("size: %1 to %2")
                           .arg(filter.sizeMin ? locale.toString(*filter.sizeMin) : tr("any"),
                                filter.sizeMax ? locale.toString(*filter.sizeMax) : tr("any")),
                       without});
    }
    if (filter.depthMin || filter.depthMax) {
        Filter without = filter;
        without.depthMin.reset();
        without.depthMax.reset();
        result.append({tr("depth: %1 to %2")
                           .arg(filter.depthMin ? QString::number(*filter.depthMin) : tr("any"),
                                filter.depthMax ? QString::number(*filter.depthMax) : tr("any")),
                       without});
    }
    for (auto it = filter.ranges.cbegin(); it != filter.ranges.cend(); ++it) {
        Filter without = filter;
        without.ranges.remove(it.key());
        result.append({tr("%1: %2 to %3")
                           .arg(it.key(), Filter::rangeValueText(it.key(), it.value().first),
                                Filter::rangeValueText(it.key(), it.value().second)),
                       without});
    }
    if (!filter.runIds.isEmpty()) {
        Filter without = filter;
        without.runIds.clear();
        without.excludeRunIds = false;
        result.append({filter.excludeRunIds ? tr("%n run(s) excluded", nullptr, int(filter.runIds.size()))
                                            : tr("only %n selected run(s)", nullptr, int(filter.runIds.size())),
                       without});
    }
    return result;
}

void FilterChips::setFilter(const Filter &filter)
{
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    const auto all = parts(filter);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto &[text, without] = all.at(i);
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip"));
        chip->setText(text + QStringLiteral("  \u2715"));
        chip->setToolTip(tr("Remove this part of the filter"));
        chip->setAccessibleName(tr("Remove filter %1").arg(text));
        chip->setAutoRaise(false);
        chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px; "
                                           "padding: 1px 8px; background: palette(alternate-base); }"));
        const Filter next = without;
        const QString description = tr("Remove %1").arg(text);
        connect(chip, &QToolButton::clicked, this, [this, next, description] { emit filterEdited(next, description); });
        m_layout->insertWidget(int(i), chip);
    }
    setVisible(!all.isEmpty());
}

} // namespace wattprint
