// radixSortByKey against std::sort of the same (key, row) pairs: equal keys keep row order.
#include <radixsort.h>

#include <QtTest>

#include <algorithm>
#include <random>

using namespace wattprint;

class TestRadixSort : public QObject
{
    Q_OBJECT

private slots:
    void sameOrderAsComparisonSort_data();
    void sameOrderAsComparisonSort();
};

void TestRadixSort::sameOrderAsComparisonSort_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("rows");
    QTest::newRow("all keys equal (no bits)") << 0 << 1000;
    QTest::newRow("one digit, many ties") << 5 << 20000;
    QTest::newRow("two digits") << 17 << 50000;
    QTest::newRow("three digits, partial last") << 25 << 50000;
    QTest::newRow("all 64 bits") << 64 << 30000;
    QTest::newRow("empty") << 12 << 0;
}

void TestRadixSort::sameOrderAsComparisonSort()
{
    QFETCH(int, bits);
    QFETCH(int, rows);
    std::mt19937_64 rng(std::uint64_t(bits) * 7919 + std::uint64_t(rows));
    const std::uint64_t mask = bits >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << bits) - 1;
    // Few distinct keys as well as many, so that ties are common.
    std::vector<std::uint64_t> pool(64);
    for (auto &k : pool)
        k = rng() & mask;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> items(static_cast<std::size_t>(rows));
    for (std::size_t i = 0; i < items.size(); ++i)
        items[i] = {(i % 3 ? pool[rng() % pool.size()] : rng()) & mask, std::uint32_t(i)};
    auto expected = items;
    std::sort(expected.begin(), expected.end());
    radixSortByKey(items, bits);
    QVERIFY(items == expected);
}

QTEST_GUILESS_MAIN(TestRadixSort)
#include "tst_radixsort.moc"
