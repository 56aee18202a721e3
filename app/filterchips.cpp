#include "filterchips.h"

#include <QLocale>
#include <QResizeEvent>
#include <QToolButton>

namespace wattprint {

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterChips"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

int FilterChips::rowHeight() const
{
    int height = 0;
    for (const QToolButton *chip : m_chips)
        height = std::max(height, chip->sizeHint().height());
    return height;
}

int FilterChips::heightFor(int width) const
{
    if (m_chips.isEmpty())
        return 0;
    int rows = 1;
    int x = 0;
    for (const QToolButton *chip : m_chips) {
        const int w = std::min(chip->sizeHint().width(), width);
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w + Spacing;
    }
    return rows * rowHeight() + (rows - 1) * Spacing;
}

QSize FilterChips::sizeHint() const
{
    int width = 0;
    for (const QToolButton *chip : m_chips)
        width += chip->sizeHint().width() + Spacing;
    return {width, heightFor(this->width() > 0 ? this->width() : width)};
}

QSize FilterChips::minimumSizeHint() const
{
    int widest = 0;
    for (const QToolButton *chip : m_chips)
        widest = std::max(widest, chip->minimumSizeHint().width());
    return {widest, heightFor(width() > 0 ? width() : widest)};
}

void FilterChips::arrange()
{
    const int height = rowHeight();
    int x = 0;
    int y = 0;
    int rows = m_chips.isEmpty() ? 0 : 1;
    for (QToolButton *chip : std::as_const(m_chips)) {
        const int w = std::min(chip->sizeHint().width(), width());
        if (x > 0 && x + w > width()) {
            ++rows;
            x = 0;
            y += height + Spacing;
        }
        chip->setGeometry(x, y, w, height);
        x += w + Spacing;
    }
    if (rows != m_rows) {
        m_rows = rows;
        updateGeometry(); // the bar around grows or shrinks by a row
    }
}

void FilterChips::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
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
    list(tr("source"), &Filter::sources);
    list(tr("project"), &Filter::projects);
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
                           .arg(Filter::rangeName(it.key()), Filter::rangeValueText(it.key(), it.value().first),
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
    qDeleteAll(m_chips);
    m_chips.clear();
    const auto all = parts(filter);
    for (const auto &[text, without] : all) {
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
        chip->show();
        m_chips.append(chip);
    }
    m_rows = -1; // lay out and tell the bar the new height
    arrange();
    setVisible(!all.isEmpty());
}

} // namespace wattprint
