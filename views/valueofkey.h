#pragma once

#include <QString>

#include <initializer_list>
#include <iterator>
#include <optional>
#include <type_traits>

namespace wattprint {

// The one of `values` whose key (`keyOf(value)`, as saved in layouts and set as a chooser's item
// data) is `key`; none for a key no value has (a layout of another version, a typo).
template<class Values, class KeyOf>
auto valueOfKey(const Values &values, KeyOf keyOf, const QString &key)
    -> std::optional<std::decay_t<decltype(*std::begin(values))>>
{
    for (const auto &value : values) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}

template<class T, class KeyOf>
std::optional<T> valueOfKey(std::initializer_list<T> values, KeyOf keyOf, const QString &key)
{
    return valueOfKey<std::initializer_list<T>, KeyOf>(values, keyOf, key);
}

} // namespace wattprint
