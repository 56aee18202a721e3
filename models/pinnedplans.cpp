#include "pinnedplans.h"

#include <algorithm>

namespace wattprint {

PinnedPlans::PinnedPlans(QObject *parent)
    : QObject(parent)
{}

int PinnedPlans::pin(const PlanPrediction &prediction)
{
    const QJsonObject plan = prediction.toJson().value(QStringLiteral("plan")).toObject();
    for (Pin &p : m_pins) {
        if (p.prediction.toJson().value(QStringLiteral("plan")).toObject() == plan) {
            p.prediction = prediction;
            emit changed();
            return p.id;
        }
    }
    m_pins.push_back(Pin{m_nextId++, prediction});
    emit changed();
    return m_pins.back().id;
}

bool PinnedPlans::unpin(int id)
{
    const auto it = std::find_if(m_pins.begin(), m_pins.end(), [id](const Pin &p) { return p.id == id; });
    if (it == m_pins.end())
        return false;
    m_pins.erase(it);
    emit changed();
    return true;
}

void PinnedPlans::clear()
{
    if (m_pins.empty())
        return;
    m_pins.clear();
    emit changed();
}

QJsonArray PinnedPlans::toJson() const
{
    QJsonArray array;
    for (const Pin &p : m_pins)
        array.append(p.prediction.toJson());
    return array;
}

void PinnedPlans::setFromJson(const QJsonArray &array)
{
    if (array == toJson())
        return;
    std::vector<Pin> pins;
    for (const QJsonValue &v : array) {
        if (const auto prediction = PlanPrediction::fromJson(v.toObject()))
            pins.push_back(Pin{m_nextId++, *prediction});
    }
    m_pins = std::move(pins);
    emit changed();
}

} // namespace wattprint
