#pragma once

#include <analysisservice.h>
#include <filter.h>
#include <runstakingpart.h>
#include <tracequery.h>

#include <QImage>
#include <QJsonObject>
#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QAction;
class QComboBox;
class QCustomPlot;
class QFrame;
class QTimer;
class QLabel;
class QPrinter;
class QToolBar;
class QToolButton;

// A job's result on its way from the pool to the view that asked (see ViewPanel::submit).
Q_DECLARE_METATYPE(std::shared_ptr<const void>)

namespace wattprint {

class BusyBar;
class FilterHistory;
class FilterState;
class PinnedPlans;
class RunTableModel;

// What a view needs from the app; handed to every view once, right after construction.
struct ViewEnvironment
{
    AnalysisService *service = nullptr;
    const FilterState *filterState = nullptr; // read only: views change it through filterHistory
    RunTableModel *runModel = nullptr;        // only the runs table uses it
    // The app's undo history of filterState: the only way a view's selection reaches the filter
    // (ViewPanel::proposeFilter). Null where nothing is selected (report, render command).
    FilterHistory *filterHistory = nullptr;
    // "Demo data (synthetic, modelled on BUTTER-E)" or the imported files' names.
    std::function<QString()> sourceDescription;
    std::function<bool()> isSynthetic;
    // The store also holds runs imported from files (measured), beside the demo's.
    std::function<bool()> hasMeasured;
    // The preferred PNG resolution for "Export..." (preferences); 150 when unset.
    std::function<int()> exportDpi;
    // The plans pinned from the What-if view for the Compare view (models/pinnedplans.h). Null
    // where nothing is pinned (report, render command).
    PinnedPlans *pinnedPlans = nullptr;
};

// The carbon and cost assumptions chosen in Preferences (see Preferences for their meaning).
struct CarbonPreferences
{
    QString region;                        // preset id
    std::optional<double> customIntensity; // g CO2e/kWh; overrides the region when set
    std::optional<double> pue;             // override of the region's PUE
    std::optional<double> pricePerKwh;
    QString currency;
};

// The base of every view (docs/architecture.md "The view contract"). It gives the nugget question at
// the top, a "How to read" popover, a toolbar (export PNG/SVG/PDF, copy image, print with preview,
// reset zoom), the synthetic-demo label, a busy indicator, and export/print of its page through
// PageRenderer. Subclasses supply the chart, the analysis job and its result handler (submit()),
// the finding sentence and their state fragment; their selections go to proposeFilter().
class ViewPanel : public QWidget
{
    Q_OBJECT
public:
    // `viewId` is its row's id in the view table (viewtable.h).
    explicit ViewPanel(const QString &viewId, QWidget *parent = nullptr);
    ~ViewPanel() override;

    QString viewId() const { return m_viewId; } // stable id: "distribution"; also the objectName
    virtual QString title() const;              // translated; by default the view table's (viewtable.h)
    // The question this view helps answer and its "How to read" (rich text), translated; by
    // default the view table's. A view whose explanation names its options overrides them.
    virtual QString nugget() const;
    virtual QString howToRead() const;
    // One sentence computed from the data in force ("GPU runs have a 3.1x wider ..."); empty
    // until the first result arrives.
    QString finding() const { return m_finding; }

    void setEnvironment(const ViewEnvironment &environment);
    const ViewEnvironment &environment() const { return m_environment; }

    // Hooks the app calls on every view; the defaults ignore them.
    // Loads one run's details and watt-meter trace; called on a worker thread (it opens its own
    // store connection). The app hands one over for each store it opens.
    using DetailsProvider = std::function<TraceDetails(qint64 runRowId)>;
    virtual void setDetailsProvider(DetailsProvider provider);
    // The Preferences' carbon settings, as the starting point for a view that keeps its own.
    virtual void applyCarbonPreferences(const CarbonPreferences &preferences);
    // The Preferences' fewest runs to rank a configuration, for a view that ranks (the leaderboard).
    virtual void applyMinRunsToRank(int runs);
    // The Preferences' choice whether runs failing a quality check take part in what compares runs
    // with each other (rankings, fits, frontiers, anomaly baselines), for the views that do.
    virtual void applyFailingRuns(FailingRuns failing);
    // runs.id of the runs selected in the view, for Edit > Show only selection / Exclude selection.
    virtual QList<qint64> selectedRunIds() const;

    // The view's own settings (metric, axes, grouping) as a small JSON fragment for layouts.
    virtual QJsonObject saveState() const;
    virtual void restoreState(const QJsonObject &state);

    // Paints the chart (no toolbar, no nugget) into `rect`, the same path the screen uses.
    // `vector` is true for PDF/SVG/print: dense point layers should then be drawn as an image so a
    // 63k-point chart stays a small file. The default renders the chart widget. PageRenderer
    // puts it on a page.
    virtual void renderChart(QPainter *painter, const QRectF &rect, bool vector);

    // The view's page through PageRenderer: format from the suffix (.png at dpi, .svg, .pdf),
    // written through QSaveFile; `sizePx` in px at 96 DPI, default A4 landscape.
    bool exportToFile(const QString &path, QString *error = nullptr, int dpi = 150, QSize sizePx = {});
    void printTo(QPrinter *printer);
    QString footerText() const;
    // The line under the chart ("No runs match the filter"); empty when there is none.
    QString message() const;
    // The line on runs failing a quality check (plain text, without its link); empty when none.
    QString qualityNote() const { return m_qualityNote; }
    // The line on runs this view leaves out because they lack what it needs (a run from another
    // tool has no dataset, shape, size or depth: ViewRow::needs); empty when none is left out.
    QString configurationNote() const { return m_configurationNote; }

    // Gives the keyboard focus to the chart (where the view's keys act), else to the first control
    // that takes it; for moving between views from the keyboard.
    void focusChart();

    // A view waiting this long for its result shows the busy indicator (ms).
    static constexpr int BusyIndicatorDelayMs = 250;
    bool isBusy() const { return m_busy; }
    // How long the GUI thread took to take in the last result (the view's handler; its paint
    // comes after). For benchmarks.
    double lastShowMilliseconds() const { return m_lastShowMs; }
    // True once the result for the current data and filter is shown.
    bool isReady() const { return m_ready; }
    // Shown and not parked: a dock in a tab that is not in front stays "visible" to Qt but is
    // moved out of the window, and must not compute until its tab is chosen.
    bool isOnScreen() const;

public slots:
    // Asks for fresh data (filter or data changed). A hidden view only remembers that it is
    // stale and asks when it is shown again.
    void refresh();
    virtual void resetZoom();
    void copyImage();
    void exportInteractive();
    void printPreview();
    void showHowToRead();

signals:
    void readyChanged(bool ready);
    void findingChanged(const QString &finding);
    void stateChanged();
    void busyChanged(bool busy);
    // The view's request failed (the message is also shown under the chart).
    void failed(const QString &message);
    // The user chose, with the quality note's link, whether failing runs take part; the app makes
    // it the preference of every view. The view has already applied it to itself.
    void failingRunsRequested(FailingRuns failing);

protected:
    // Submit the view's job with submit(). Called by refresh() when visible.
    virtual void requestData() = 0;
    // The current request failed, on the GUI thread. The default clears the finding and shows
    // the message under the chart.
    virtual void handleFailure(quint64 requestId, const QString &message);

    // Runs `job` (RunColumns, JobContext -> a result by value) on the analysis pool over the
    // snapshot of the data in force (docs/architecture.md "Data flow"). The result reaches
    // `onResult`, a member of the view, on the GUI thread, only if no newer request and no new
    // data came first; call setReady(true) there once painted. A job that throws reaches
    // handleFailure(). Returns the request id.
    template<class Job, class View, class Result>
    quint64 submit(Job job, void (View::*onResult)(std::shared_ptr<const Result>));

    // submit() for the usual job, `compute(columns, args..., cancelled)`: the shape of every
    // analysis function (docs/architecture.md "Adding a view"). The arguments are copied now, so
    // the job computes with the options in force when it was asked for.
    template<class View, class Result, class Compute, class... Args>
    quint64 submitCompute(void (View::*onResult)(std::shared_ptr<const Result>), Compute compute, Args... args);

    // Puts `filter` in force as one undoable step named `description` ("Select GPU runs"),
    // through the environment's filter history: a selection never bypasses the undo stack.
    // Without a history (report, render command) nothing is selected. Returns whether a step
    // was added (not for the filter already in force).
    bool proposeFilter(const Filter &filter, const QString &description);
    // The filter in force; an empty one without a filter state (report, render command).
    Filter currentFilter() const;
    // Proposes the filter in force narrowed to exactly `runIds` (sorted by the caller); nothing
    // for an empty list.
    bool proposeRunSelection(const QList<qint64> &runIds, const QString &description);

    // A label named `labelName` for `control`, its buddy; the text comes from setLabelText in
    // retranslateUi.
    QLabel *newBuddyLabel(const QString &labelName, QWidget *control);
    // Puts `control` on the toolbar after such a label. With `strongFocus` the control takes Tab
    // and click focus (but not wheel focus). Returns the label.
    QLabel *addLabelledControl(const QString &labelName, QWidget *control, bool strongFocus = true);
    // Sets the text of the child label named `labelName`, if there is one.
    void setLabelText(const QString &labelName, const QString &text);
    // Sets a chooser's item texts (in item order), accessible name and tooltip.
    static void setChooserTexts(QComboBox *box, const QStringList &itemTexts, const QString &accessibleName,
                                const QString &toolTip);
    // Selects the item of `box` whose data is `data`; no change when there is no such item.
    static void selectData(QComboBox *box, const QVariant &data);
    // Sets an option's member to `value`; when that changes it, emits stateChanged() and
    // returns true, so the caller can recompute.
    template<class T>
    bool changeOption(T &member, const T &value);

    void setChartWidget(QWidget *chart);
    QWidget *chartWidget() const { return m_chart; }
    // Draws a QCustomPlot at rect's size: vector drawing commands (through a QPicture) when
    // `vector`, else a raster at the painter's device pixel ratio. The plot's fonts should have
    // pixel sizes so the page looks the same on every device.
    static void renderPlot(QCustomPlot *plot, QPainter *painter, const QRectF &rect, bool vector);
    QToolBar *toolBar() const { return m_toolBar; }
    void setBusy(bool busy);
    // For a view whose data does not come from the service (the runs table reads its own rows):
    // the busy indicator shows, after the same delay, while `waiting`.
    void setWaitingForData(bool waiting);
    void setReady(bool ready);
    void setFinding(const QString &finding);
    // A line under the chart for messages such as "No runs match the filter".
    void setMessage(const QString &message);
    // The quality note: `failing` runs in the filter fail a quality check; `leftOut` of them were
    // left out of qualityNoteSubject(), or take part when leftOut is 0. It ends with a link that
    // switches. Hidden when no run fails.
    void setQualityNote(std::size_t failing, std::size_t leftOut);
    // What failing runs are left out of, translated ("the ranking"), for the quality note.
    virtual QString qualityNoteSubject() const;
    // For a view that needs configurations (viewtable.h): whether the result on show presents the
    // runs without one in another way (no note then), and where else they are shown, in a
    // sentence that replaces the note's default pointer to the other views.
    virtual bool showsUnconfiguredRuns() const { return false; }
    // Works the note out again (after each result; call it when what is shown changes without one).
    void updateConfigurationNote();
    virtual QString unconfiguredRunsHint() const { return {}; }

    // Called by setEnvironment() once the new environment is in place, before the view
    // retranslates and refreshes; for a view that listens to more of it than the base does.
    virtual void environmentChanged();

    // Re-set every user-visible string; called on LanguageChange. Subclasses call the base.
    virtual void retranslateUi();
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using ErasedResult = std::shared_ptr<const void>;
    quint64 submitErased(AnalysisService::Job job, std::function<void(const ErasedResult &)> onResult);
    void updateSourceLabel();
    void requestNow();
    void onResultReady(const QString &requester, quint64 requestId, const QVariant &result);
    void onFailed(const QString &requester, quint64 requestId, const QString &message);
    void onProgress(const QString &requester, int permille);
    void onServiceBusyChanged();
    void updateToolBarAccess();

    const QString m_viewId;
    ViewEnvironment m_environment;
    QWidget *m_chart = nullptr;
    QLabel *m_nuggetLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    BusyBar *m_busyIndicator = nullptr;
    double m_firstJobMs = -1; // the view table's expected cost of a job, looked up once
    QLabel *m_findingLabel = nullptr;
    QLabel *m_qualityLabel = nullptr;
    QString m_qualityNote;
    std::size_t m_qualityFailing = 0;
    std::size_t m_qualityLeftOut = 0;
    void updateQualityNote();
    QLabel *m_configurationLabel = nullptr;
    QString m_configurationNote;
    QToolButton *m_howButton = nullptr;
    QFrame *m_howPopup = nullptr;
    QLabel *m_howPopupText = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QList<QMetaObject::Connection> m_envConnections;
    QPointer<AnalysisService> m_service; // guards the destructor's cancel against a service gone first
    QString m_finding;
    bool m_busy = false;
    bool m_waitingForData = false;
    QTimer *m_busyDelay = nullptr; // shows the busy indicator only for work that takes a while
    double m_lastShowMs = -1;
    bool m_ready = false;
    bool m_stale = true;
    bool m_watchingDock = false;
    quint64 m_lastRequest = 0;
    std::function<void(const ErasedResult &)> m_onResult; // for m_lastRequest
    quint64 m_requestGeneration = 0;                      // the service's data generation when m_lastRequest went out
    bool m_refreshQueued = false;
    QList<QAction *> m_baseActions;
};

template<class T>
bool ViewPanel::changeOption(T &member, const T &value)
{
    if (member == value)
        return false;
    member = value;
    emit stateChanged();
    return true;
}

template<class Job, class View, class Result>
quint64 ViewPanel::submit(Job job, void (View::*onResult)(std::shared_ptr<const Result>))
{
    static_assert(std::is_base_of_v<ViewPanel, View>, "onResult must be a member of the view");
    static_assert(std::is_convertible_v<std::invoke_result_t<const Job &, const RunColumns &, JobContext &>, Result>,
                  "the job must return what onResult takes");
    // Type-erased on the way through the service; the handler is bound to this request, so the
    // cast back names the type the job made.
    return submitErased(
        [job = std::move(job)](const RunColumns &runs, JobContext &context) {
            return QVariant::fromValue(ErasedResult(std::make_shared<const Result>(job(runs, context))));
        },
        [view = static_cast<View *>(this), onResult](const ErasedResult &result) {
            (view->*onResult)(std::static_pointer_cast<const Result>(result));
        });
}

template<class View, class Result, class Compute, class... Args>
quint64 ViewPanel::submitCompute(void (View::*onResult)(std::shared_ptr<const Result>), Compute compute, Args... args)
{
    return submit(
        [compute, args...](const RunColumns &columns, JobContext &context) {
            return compute(columns, args..., [&context] { return context.isCancelled(); });
        },
        onResult);
}

} // namespace wattprint
