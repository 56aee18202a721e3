// The colours that tell series apart stay apart for readers with a colour-vision deficiency.
// tests/fixtures/palette.json (made by make_palette_fixtures.py with NumPy) holds the reference
// differences; this test recomputes them with its own code and checks the thresholds of
// docs/architecture.md "Colours".
#include <seriespalette.h>
#include <shapepalette.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <array>
#include <cmath>

using namespace wattprint;

namespace {

using Vec = std::array<double, 3>;
using Mat = std::array<Vec, 3>;

// Machado, Oliveira & Fernandes (2009), severity 1.0, on linear sRGB.
const Mat Protanopia = {
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
const Mat Deuteranopia = {
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
const Mat Tritanopia = {
    {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

Vec linear(const QColor &c)
{
    Vec v{c.redF(), c.greenF(), c.blueF()};
    for (double &x : v)
        x = x <= 0.04045 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
    return v;
}

Vec times(const Mat &m, const Vec &v)
{
    Vec r{};
    for (int i = 0; i < 3; ++i)
        r[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
    return r;
}

Vec lab(Vec lin)
{
    for (double &x : lin)
        x = std::clamp(x, 0.0, 1.0);
    const Vec xyz = times(
        {{{0.4124564, 0.3575761, 0.1804375}, {0.2126729, 0.7151522, 0.0721750}, {0.0193339, 0.1191920, 0.9503041}}},
        lin);
    const Vec white{0.95047, 1.0, 1.08883};
    constexpr double d = 6.0 / 29.0;
    Vec f{};
    for (int i = 0; i < 3; ++i) {
        const double t = xyz[i] / white[i];
        f[i] = t > d * d * d ? std::cbrt(t) : t / (3 * d * d) + 4.0 / 29.0;
    }
    return {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
}

double minDeltaE(const QList<QColor> &colours, const Mat *vision)
{
    double best = INFINITY;
    for (qsizetype i = 0; i < colours.size(); ++i) {
        for (qsizetype j = i + 1; j < colours.size(); ++j) {
            const Vec a = lab(vision ? times(*vision, linear(colours[i])) : linear(colours[i]));
            const Vec b = lab(vision ? times(*vision, linear(colours[j])) : linear(colours[j]));
            best = std::min(best, std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]));
        }
    }
    return best;
}

QJsonObject fixture()
{
    QFile file(QStringLiteral(WATTPRINT_FIXTURES "/palette.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<QColor> appPalette(const QString &name)
{
    using seriespalette::Palette;
    if (name == QLatin1String("devices"))
        return seriespalette::colours(Palette::Devices);
    if (name == QLatin1String("groups"))
        return seriespalette::colours(Palette::Groups);
    if (name == QLatin1String("parts"))
        return seriespalette::colours(Palette::Parts);
    if (name == QLatin1String("datasets"))
        return seriespalette::colours(Palette::Datasets);
    QList<QColor> shapes;
    for (int i = 0; i < 8; ++i)
        shapes << shapepalette::colorAt(i);
    return shapes;
}

} // namespace

class TestSeriesPalette : public QObject
{
    Q_OBJECT

private slots:
    void palettesAreTheReferencesColours_data();
    void palettesAreTheReferencesColours();
    void differencesMatchTheReference_data();
    void differencesMatchTheReference();
    void smallPalettesStayApartForEveryVision_data();
    void smallPalettesStayApartForEveryVision();
    void datasetsAlsoDifferByMarker();
    void deviceColoursReadOnWhite();
};

void TestSeriesPalette::palettesAreTheReferencesColours_data()
{
    QTest::addColumn<QString>("palette");
    for (const char *name : {"devices", "groups", "parts", "shapes", "datasets"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSeriesPalette::palettesAreTheReferencesColours()
{
    // A palette changed in the code must be checked again: run make_palette_fixtures.py.
    QFETCH(QString, palette);
    const QJsonArray expected = fixture()[QStringLiteral("palettes")][palette][QStringLiteral("colours")].toArray();
    const QList<QColor> colours = appPalette(palette);
    QCOMPARE(colours.size(), expected.size());
    for (qsizetype i = 0; i < colours.size(); ++i)
        QCOMPARE(colours[i].name().mid(1), expected[i].toString());
}

void TestSeriesPalette::differencesMatchTheReference_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QString>("vision");
    for (const char *name : {"devices", "groups", "parts", "shapes", "datasets"}) {
        for (const char *vision : {"normal", "protanopia", "deuteranopia", "tritanopia"})
            QTest::addRow("%s %s", name, vision) << QString::fromLatin1(name) << QString::fromLatin1(vision);
    }
}

void TestSeriesPalette::differencesMatchTheReference()
{
    QFETCH(QString, palette);
    QFETCH(QString, vision);
    const Mat *m = vision == QLatin1String("protanopia") ? &Protanopia
        : vision == QLatin1String("deuteranopia")        ? &Deuteranopia
        : vision == QLatin1String("tritanopia")          ? &Tritanopia
                                                         : nullptr;
    const double expected
        = fixture()[QStringLiteral("palettes")][palette][QStringLiteral("min_delta_e")][vision][QStringLiteral("value")]
              .toDouble();
    QVERIFY(expected > 0);
    QVERIFY2(std::abs(minDeltaE(appPalette(palette), m) - expected) < 0.01,
             qPrintable(QStringLiteral("%1 against %2").arg(minDeltaE(appPalette(palette), m)).arg(expected)));
}

void TestSeriesPalette::smallPalettesStayApartForEveryVision_data()
{
    QTest::addColumn<QString>("palette");
    for (const char *name : {"devices", "groups", "parts", "shapes"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSeriesPalette::smallPalettesStayApartForEveryVision()
{
    // Delta E 15 and more reads as clearly different colours at chart sizes.
    QFETCH(QString, palette);
    for (const Mat *m : {static_cast<const Mat *>(nullptr), &Protanopia, &Deuteranopia, &Tritanopia})
        QVERIFY2(minDeltaE(appPalette(palette), m) >= 15.0,
                 qPrintable(QString::number(minDeltaE(appPalette(palette), m))));
}

void TestSeriesPalette::datasetsAlsoDifferByMarker()
{
    // Thirteen colours cannot all stay apart for every reader (the reference's smallest
    // protanopia difference is under 10), so every dataset has a marker of its own.
    QVERIFY(minDeltaE(appPalette(QStringLiteral("datasets")), &Protanopia) < 15.0);
    QSet<QPair<int, bool>> seen;
    for (int i = 0; i < 13; ++i) {
        const seriespalette::MarkerStyle s = seriespalette::datasetMarkerAt(i);
        seen.insert({int(s.marker), s.filled});
    }
    QCOMPARE(seen.size(), 13);
}

void TestSeriesPalette::deviceColoursReadOnWhite()
{
    // WCAG 2.1 asks 3:1 for the parts of a chart that carry meaning.
    const QJsonObject expected = fixture()[QStringLiteral("contrast_on_white")].toObject();
    for (const QColor &c : seriespalette::colours(seriespalette::Palette::Devices)) {
        const Vec l = linear(c);
        const double luminance = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        const double contrast = 1.05 / (luminance + 0.05);
        QVERIFY(std::abs(contrast - expected[c.name().mid(1)].toDouble()) < 0.001);
        QVERIFY2(contrast >= 3.0, qPrintable(c.name()));
    }
}

QTEST_MAIN(TestSeriesPalette)
#include "tst_seriespalette.moc"
