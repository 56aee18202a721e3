#pragma once

#include <stdexcept>
#include <string>

namespace wattprint {

// Thrown by analysis functions on input they cannot give a meaningful answer for
// (empty samples, NaN or infinite values, mismatched lengths). The message is meant
// for the user: it says what was wrong, not where in the code.
class AnalysisError : public std::invalid_argument
{
public:
    explicit AnalysisError(const std::string &message)
        : std::invalid_argument(message)
    {}
};

} // namespace wattprint
