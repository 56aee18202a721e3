#pragma once

#include <carbon.h>
#include <reporttotals.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QPainter;

namespace wattprint {

class ViewPanel;

// What one report holds besides the views' own pages.
struct ReportContent
{
    QString source; // "Demo data (synthetic, ...)" or the imported files
    // Each source of the store with its citation or file names and runs (SourceSummary::describe),
    // when there is more than BUTTER-E's.
    QStringList sources;
    bool synthetic = false;
    QString filterDescription; // Filter::describe() of the runs in force
    ReportTotals totals;
    CarbonResult carbon; // for totals.joules under the factors in force
    QDateTime generated;
    QList<ViewPanel *> views; // ready views, in report order
};

// Lays the report out as PDF pages (A4 landscape): cover, contents, one page per view (its
// question, chart and finding, drawn by PageRenderer as an export is), method page, conversion factors. Text stays vector text;
// every page carries "Page k of N". Written through QSaveFile.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(wattprint::ReportWriter)
public:
    static bool write(const QString &path, const ReportContent &content, QString *error);

    // For tests and the contents page: the page each part starts on (1-based).
    static int viewPage(int viewIndex) { return 3 + viewIndex; }
    static int methodPage(int viewCount) { return 3 + viewCount; }
    static int factorsPage(int viewCount) { return 4 + viewCount; }
    static int pageCount(int viewCount) { return 4 + viewCount; }

    // The pages of its own: public so a test can paint them to an image.
    static void paintCover(QPainter *painter, const QRectF &rect, const ReportContent &content);
    static void paintContents(QPainter *painter, const QRectF &rect, const ReportContent &content);
    static void paintMethod(QPainter *painter, const QRectF &rect, const ReportContent &content);
    static void paintFactors(QPainter *painter, const QRectF &rect, const ReportContent &content);
    static QString citation();
};

} // namespace wattprint
