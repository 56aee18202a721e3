#include "viewregistry.h"

#include "distributionview.h"

namespace wattprint {

QStringList ViewRegistry::ids()
{
    return {QStringLiteral("distribution")};
}

ViewPanel *ViewRegistry::create(const QString &id, QWidget *parent)
{
    if (id == QLatin1String("distribution"))
        return new DistributionView(parent);
    return nullptr;
}

} // namespace wattprint
