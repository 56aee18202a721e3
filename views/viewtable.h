#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace wattprint {

class ViewPanel;

// What a view needs of a run. A run from another tool than BUTTER-E (CodeCarbon) has energy, run
// time and power but no configuration (dataset, shape, size, depth): a view that needs one leaves
// such runs out and says so (docs/data.md, "Runs from several sources").
enum class RunNeeds { Energy, Configuration };

// The stack of tabs a view's dock joins in the default layout: two columns of charts, and a
// row under them.
enum class ViewStack { Left, Right, Bottom };

// One view as the app knows it (docs/architecture.md "Adding a view"). The texts are source
// texts (QT_TRANSLATE_NOOP): the title and tab title in the "wattprint::ViewTable" context, the
// question and "How to read" in `textContext`, the view class's own. ViewTable translates them
// when they are shown, so they follow a language switch.
struct ViewRow
{
    QString id; // stable: the view's viewId(), layouts and the command line use it
    // CPU ms of the view's job on the million-run demo (bench_refresh's first change): the
    // order the first jobs start in, before the service has timed any (docs/architecture.md,
    // "Data flow"). The table's own views only; 0 starts last.
    double firstJobMs = 0;
    const char *title = "";    // the view's title ("Energy distribution by hardware")
    const char *tabTitle = ""; // one short word on its dock's tab ("Distribution")
    ViewStack stack = ViewStack::Right;
    bool chart = true; // has a report page and a guide section (the runs table has neither)
    RunNeeds needs = RunNeeds::Energy;
    std::function<ViewPanel *(QWidget *parent)> create;
    const char *textContext = "wattprint::ViewTable";
    const char *question = "";  // the question the view helps answer, its "nugget"
    const char *howToRead = ""; // rich text for the "How to read" popover and the guide
};

// Every view the app builds, in display order: the View menu, the default layout, the report,
// the guide and `wattprint render --list` follow it, and ViewRegistry creates views from it.
// Adding a view is its class plus one row (in viewtable.cpp, or registerView at run time).
class ViewTable
{
public:
    static QList<ViewRow> rows();
    static std::optional<ViewRow> row(const QString &id);
    // Translated; empty for an id that is not in the table.
    static QString title(const QString &id);
    static QString tabTitle(const QString &id);
    static QString question(const QString &id);
    static QString howToRead(const QString &id);

    // Appends a row. Refused (false) without an id or a factory, or for an id already taken.
    // Register before the window, report or command that should show the view is made.
    static bool registerView(const ViewRow &row);
    static bool unregisterView(const QString &id);

    // A row registered for the lifetime of this object.
    class Registration
    {
    public:
        explicit Registration(const ViewRow &row);
        ~Registration();
        Registration(const Registration &) = delete;
        Registration &operator=(const Registration &) = delete;
        bool isRegistered() const { return m_registered; }

    private:
        QString m_id;
        bool m_registered = false;
    };
};

} // namespace wattprint
