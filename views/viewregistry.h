#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace wattprint {

class ViewPanel;

// The views that are built, by their stable ids, as the view table (viewtable.h) lists them
// (docs/architecture.md "Adding a view").
class ViewRegistry
{
public:
    // In display order.
    static QStringList ids();
    // The views that draw a chart: every id but the tables. Reports and the guide use these.
    static QStringList chartIds();
    // A new view for `id`, or nullptr for an id that is not built. The caller owns it and hands
    // it its ViewEnvironment.
    static ViewPanel *create(const QString &id, QWidget *parent = nullptr);
};

} // namespace wattprint
