#pragma once

// Helpers shared by the Qt Test suites: reading reference fixtures, tolerant comparison, and
// checking that analysis code refuses bad input with a telling message.
#include <analysiserror.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <random>
#include <vector>

namespace wattprint::testsupport {

// tests/fixtures/<fileName>, written by the make_*_fixtures.py script beside it.
inline QJsonObject loadFixture(const char *fileName)
{
    QFile f(QStringLiteral(WATTPRINT_FIXTURES "/") + QLatin1String(fileName));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s: run the make_*_fixtures.py script in tests/fixtures", fileName);
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline std::vector<double> toVector(const QJsonValue &v)
{
    std::vector<double> out;
    const QJsonArray a = v.toArray();
    out.reserve(std::size_t(a.size()));
    for (const QJsonValue &x : a)
        out.push_back(x.toDouble());
    return out;
}

// |actual - expected| within rel x |expected|, or within abs for values near zero.
inline bool relClose(double actual, double expected, double rel, double abs = 0.0)
{
    return std::abs(actual - expected) <= std::max(rel * std::abs(expected), abs);
}

inline QString mismatch(const QString &what, double actual, double expected)
{
    return QStringLiteral("%1: got %2, expected %3").arg(what).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17);
}

// The message of the AnalysisError that f throws, or an empty string if it throws none.
template<typename F>
QString errorOf(F &&f)
{
    try {
        f();
    } catch (const AnalysisError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// Runs fn, which must throw AnalysisError whose message contains every fragment.
inline void expectError(const std::function<void()> &fn, const QStringList &fragments, const char *what)
{
    try {
        fn();
    } catch (const AnalysisError &e) {
        const QString message = QString::fromStdString(e.what());
        for (const QString &f : fragments) {
            QVERIFY2(
                message.contains(f, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("%1: message \"%2\" lacks \"%3\"").arg(QLatin1String(what), message, f)));
        }
        return;
    }
    QFAIL(qPrintable(QStringLiteral("%1: no AnalysisError thrown").arg(QLatin1String(what))));
}

// Log-normal values from our own generator, for sizes the fixture files cannot hold.
inline std::vector<double> lognormalValues(std::size_t n, std::uint64_t seed, double mu, double sigma)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(mu, sigma);
    std::vector<double> v(n);
    for (double &x : v)
        x = std::exp(normal(rng));
    return v;
}

} // namespace wattprint::testsupport
