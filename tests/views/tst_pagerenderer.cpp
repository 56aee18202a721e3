// PageRenderer on its own: a page written as PNG, SVG and PDF through QSaveFile, the same page
// ViewPanel::exportToFile writes, the resolution a PNG records, printing, the footer of an empty
// environment, and the message for a path that cannot be written.
#include <filterstate.h>
#include <pagerenderer.h>
#include <viewpanel.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace wattprint;

namespace {

const QColor ChartColour(0x30, 0x70, 0xc0);

// A view with a plain blue label for a chart and nothing to compute.
class PagePanel : public ViewPanel
{
    Q_OBJECT
public:
    PagePanel()
        : ViewPanel(QStringLiteral("page-panel"))
    {
        auto *chart = new QLabel(QStringLiteral("chart"));
        chart->setMinimumSize(200, 120);
        chart->setStyleSheet(QStringLiteral("QLabel { background: #3070c0; color: white; font-size: 30px; }"));
        setChartWidget(chart);
        retranslateUi();
    }

    QString title() const override { return QStringLiteral("Page panel"); }
    QString nugget() const override { return QStringLiteral("Does the page come out?"); }
    QString howToRead() const override { return QStringLiteral("<p>Look at it.</p>"); }

protected:
    void requestData() override {}
};

int countColour(const QImage &image, const QColor &colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += QColor(image.pixel(x, y)) == colour ? 1 : 0;
    return n;
}

} // namespace

class TestPageRenderer : public QObject
{
    Q_OBJECT

private:
    FilterState m_filterState;
    std::unique_ptr<PagePanel> m_panel;
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh folder for each test

private slots:
    void init();
    void cleanup();
    void writesPngSvgAndPdf();
    void sameAsTheViewsExport();
    void imageRecordsItsResolution();
    void printsToAPrinter();
    void footerOfAnEmptyEnvironment();
    void unwritablePathFailsWithAMessage();
    void refusesOtherFormatsAndResolutions();
};

void TestPageRenderer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_filterState.setFilter(Filter());
    m_panel = std::make_unique<PagePanel>();
    m_panel->resize(640, 480);
    ViewEnvironment env;
    env.filterState = &m_filterState;
    env.sourceDescription = [] { return QStringLiteral("Demo data (synthetic, modelled on BUTTER-E)"); };
    env.isSynthetic = [] { return true; };
    m_panel->setEnvironment(env);
    // Laid out as on screen: the page draws the chart at the size the screen gives it.
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPageRenderer::cleanup()
{
    m_panel.reset();
    m_dir.reset();
}

void TestPageRenderer::writesPngSvgAndPdf()
{
    const PageRenderer page(m_panel.get());
    QString error;
    const QString png = m_dir->filePath(QStringLiteral("page.png"));
    QVERIFY2(page.exportToFile(png, &error, 120, QSize(600, 400)), qPrintable(error));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(750, 500));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 120);
    QVERIFY(countColour(image, ChartColour) > 1000); // the chart is on the page
    // The synthetic-data strip's paper colour sits between the question and the chart.
    QVERIFY(countColour(image, QColor(0xff, 0xf4, 0xce)) > 500);

    const QString svg = m_dir->filePath(QStringLiteral("page.svg"));
    QVERIFY2(page.exportToFile(svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(QPoint(), PageRenderer::defaultPageSize()));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<title>Page panel</title>"));
    QVERIFY(svgText.contains("Does the page come out?"));

    const QString pdf = m_dir->filePath(QStringLiteral("page.pdf"));
    QVERIFY2(page.exportToFile(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5).startsWith("%PDF"));
    QVERIFY(pdfFile.size() > 1000);
    // QSaveFile leaves nothing beside the three files.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 3);
}

void TestPageRenderer::sameAsTheViewsExport()
{
    const QString ours = m_dir->filePath(QStringLiteral("renderer.png"));
    const QString views = m_dir->filePath(QStringLiteral("view.png"));
    QString error;
    QVERIFY2(PageRenderer(m_panel.get()).exportToFile(ours, &error, 96), qPrintable(error));
    QVERIFY2(m_panel->exportToFile(views, &error, 96), qPrintable(error));
    QCOMPARE(QImage(views), QImage(ours));
}

void TestPageRenderer::imageRecordsItsResolution()
{
    const QImage image = PageRenderer(m_panel.get()).renderImage(QSize(400, 300), 192);
    QCOMPARE(image.size(), QSize(800, 600));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
    QVERIFY(countColour(image, ChartColour) > 1000);
    // An empty size is the default page.
    QCOMPARE(PageRenderer(m_panel.get()).renderImage(QSize(), 96).size(), PageRenderer::defaultPageSize());
}

void TestPageRenderer::printsToAPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setResolution(150); // enough to tell, and quick
    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    PageRenderer(m_panel.get()).printTo(&printer);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QVERIFY(file.size() > 1000);
}

void TestPageRenderer::footerOfAnEmptyEnvironment()
{
    const QString footer = PageRenderer::footerText(ViewEnvironment());
    QVERIFY2(footer.startsWith(QStringLiteral("Data: unknown source | Filter: all runs | ")), qPrintable(footer));
    QVERIFY(footer.contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(!footer.contains(QStringLiteral("synthetic")));
    // The view's footer is the renderer's for its environment.
    QCOMPARE(m_panel->footerText(), PageRenderer::footerText(m_panel->environment()));
    QVERIFY(m_panel->footerText().contains(QStringLiteral("[synthetic demo, not measured data]")));
}

void TestPageRenderer::unwritablePathFailsWithAMessage()
{
    const PageRenderer page(m_panel.get());
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString path = m_dir->filePath(QStringLiteral("no/such/folder/page.%1").arg(QLatin1String(suffix)));
        QString error;
        QVERIFY(!page.exportToFile(path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write '%1': ").arg(path)), qPrintable(error));
        QVERIFY(error.size() > path.size() + 17); // and why
        QVERIFY(!QFile::exists(path));
    }
    // A null error pointer is allowed.
    QVERIFY(!page.exportToFile(m_dir->filePath(QStringLiteral("no/such/folder/page.png"))));
}

void TestPageRenderer::refusesOtherFormatsAndResolutions()
{
    const PageRenderer page(m_panel.get());
    QString error;
    const QString bmp = m_dir->filePath(QStringLiteral("page.bmp"));
    QVERIFY(!page.exportToFile(bmp, &error));
    QCOMPARE(error, QStringLiteral("Cannot export to '%1': use a .png, .svg or .pdf file name.").arg(bmp));
    QVERIFY(!page.exportToFile(m_dir->filePath(QStringLiteral("page.png")), &error, 3000));
    QCOMPARE(error, QStringLiteral("A resolution of 3000 DPI is out of range (24 to 2400)."));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

QTEST_MAIN(TestPageRenderer)
#include "tst_pagerenderer.moc"
