#pragma once

#include <whatif.h>

#include <QJsonArray>
#include <QObject>

#include <vector>

namespace wattprint {

// Plans pinned from the What-if view to be set beside measured groups in the Compare view, each with
// its prediction as it was when pinned (docs/architecture.md, "Pinned plans"). Shared state between
// views: the app owns one and hands it to every view in its ViewEnvironment.
class PinnedPlans : public QObject
{
    Q_OBJECT
public:
    struct Pin
    {
        int id = 0; // unique while the list lives; not saved
        PlanPrediction prediction;
    };

    explicit PinnedPlans(QObject *parent = nullptr);

    const std::vector<Pin> &pins() const { return m_pins; }
    bool isEmpty() const { return m_pins.empty(); }
    // Appends a pin and returns its id. A plan pinned again replaces its earlier pin (the newer
    // prediction), keeping its place and id.
    int pin(const PlanPrediction &prediction);
    // False when no pin has that id.
    bool unpin(int id);
    void clear();

    // [PlanPrediction::toJson()...] in pin order.
    QJsonArray toJson() const;
    // Replaces every pin by the valid entries of `array` (others are skipped). Emits changed() only
    // when the list differs.
    void setFromJson(const QJsonArray &array);

signals:
    void changed();

private:
    std::vector<Pin> m_pins;
    int m_nextId = 1;
};

} // namespace wattprint
