#include "viewregistry.h"

#include "viewpanel.h"
#include "viewtable.h"

namespace wattprint {

QStringList ViewRegistry::ids()
{
    QStringList list;
    for (const ViewRow &row : ViewTable::rows())
        list.append(row.id);
    return list;
}

QStringList ViewRegistry::chartIds()
{
    QStringList list;
    for (const ViewRow &row : ViewTable::rows()) {
        if (row.chart)
            list.append(row.id);
    }
    return list;
}

ViewPanel *ViewRegistry::create(const QString &id, QWidget *parent)
{
    const std::optional<ViewRow> row = ViewTable::row(id);
    if (!row)
        return nullptr;
    ViewPanel *view = row->create(parent);
    // The row's id is the one truth: layouts, requests and the command line all name the view by it.
    Q_ASSERT_X(view && view->viewId() == id, "ViewRegistry::create", "the view's viewId() differs from its row's id");
    return view;
}

} // namespace wattprint
