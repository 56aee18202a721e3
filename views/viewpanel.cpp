#include "viewpanel.h"

#include "busybar.h"
#include "filterhistory.h"
#include "filterstate.h"
#include "pagerenderer.h"
#include "viewtable.h"
#include "wrappedlabel.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPicture>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace wattprint {

namespace {

QString stripEllipsis(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text;
}

} // namespace

ViewPanel::ViewPanel(const QString &viewId, QWidget *parent)
    : QWidget(parent)
    , m_viewId(viewId)
    , m_nuggetLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_messageLabel(new WrappedLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_busyIndicator(new BusyBar(this))
    , m_findingLabel(new WrappedLabel(this))
    , m_qualityLabel(new WrappedLabel(this))
    , m_howButton(new QToolButton(this))
{
    setObjectName(viewId);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_nuggetLabel->setObjectName(QStringLiteral("nuggetLabel"));
    m_nuggetLabel->setWordWrap(true);
    m_nuggetLabel->setTextFormat(Qt::PlainText);
    QFont nuggetFont = m_nuggetLabel->font();
    nuggetFont.setPointSizeF(nuggetFont.pointSizeF() * 1.25);
    nuggetFont.setBold(true);
    m_nuggetLabel->setFont(nuggetFont);
    m_nuggetLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    header->addWidget(m_nuggetLabel, 1);
    m_howButton->setObjectName(QStringLiteral("howToReadButton"));
    m_howButton->setFocusPolicy(Qt::StrongFocus);
    m_howButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_howButton, &QToolButton::clicked, this, &ViewPanel::showHowToRead);
    header->addWidget(m_howButton, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextFormat(Qt::RichText);
    m_sourceLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0b000; padding: 3px 6px; }"));
    m_sourceLabel->hide();
    layout->addWidget(m_sourceLabel);

    m_toolBar->setObjectName(QStringLiteral("viewToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_exportAction = m_toolBar->addAction(QString(), this, &ViewPanel::exportInteractive);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_copyAction = m_toolBar->addAction(QString(), this, &ViewPanel::copyImage);
    m_copyAction->setObjectName(QStringLiteral("copyImageAction"));
    m_printAction = m_toolBar->addAction(QString(), this, &ViewPanel::printPreview);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_resetZoomAction = m_toolBar->addAction(QString(), this, &ViewPanel::resetZoom);
    m_resetZoomAction->setObjectName(QStringLiteral("resetZoomAction"));
    m_toolBar->addSeparator();
    m_baseActions = {m_exportAction, m_copyAction, m_printAction, m_resetZoomAction};
    layout->addWidget(m_toolBar);

    // Thin and indeterminate; keeps its place when hidden so the chart does not jump.
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setFixedHeight(4);
    QSizePolicy busyPolicy = m_busyIndicator->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busyIndicator->setSizePolicy(busyPolicy);
    m_busyIndicator->hide();
    layout->addWidget(m_busyIndicator);
    // Shown only when a result keeps the view waiting: most arrive sooner, and an indicator that
    // flashes on and off for them is noise and a repaint of its own.
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(BusyIndicatorDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] { m_busyIndicator->setVisible(m_busy || m_waitingForData); });

    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_findingLabel->setObjectName(QStringLiteral("findingLabel"));
    m_findingLabel->setTextFormat(Qt::PlainText);
    // Selectable once the pointer is over it (eventFilter): a selectable label lays its text out
    // through a QTextDocument, twice the cost of a plain one, and the finding changes with every
    // result of every view.
    m_findingLabel->installEventFilter(this);
    m_findingLabel->hide();
    layout->addWidget(m_findingLabel);

    m_qualityLabel->setObjectName(QStringLiteral("qualityLabel"));
    m_qualityLabel->setTextFormat(Qt::RichText);
    m_qualityLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_qualityLabel->hide();
    connect(m_qualityLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        const FailingRuns failing = failingRunsFromKey(link).value_or(FailingRuns::Excluded);
        applyFailingRuns(failing);
        emit failingRunsRequested(failing);
    });
    layout->addWidget(m_qualityLabel);
    m_configurationLabel = new QLabel(this);
    m_configurationLabel->setObjectName(QStringLiteral("configurationLabel"));
    m_configurationLabel->setWordWrap(true);
    m_configurationLabel->setTextFormat(Qt::PlainText);
    m_configurationLabel->hide();
    layout->addWidget(m_configurationLabel);

    m_howPopup = new QFrame(this, Qt::Popup);
    m_howPopup->setObjectName(QStringLiteral("howToReadPopup"));
    m_howPopup->setFrameShape(QFrame::StyledPanel);
    auto *popupLayout = new QVBoxLayout(m_howPopup);
    popupLayout->setContentsMargins(10, 8, 10, 8);
    m_howPopupText = new QLabel(m_howPopup);
    m_howPopupText->setObjectName(QStringLiteral("howToReadText"));
    m_howPopupText->setTextFormat(Qt::RichText);
    m_howPopupText->setWordWrap(true);
    m_howPopupText->setOpenExternalLinks(true);
    m_howPopupText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_howPopupText->setFixedWidth(440);
    popupLayout->addWidget(m_howPopupText);
}

ViewPanel::~ViewPanel()
{
    // No more signals into a half-destroyed panel (its virtuals are gone by now).
    for (const auto &c : std::as_const(m_envConnections))
        disconnect(c);
    if (m_service && m_busy)
        m_service->cancel(m_viewId);
}

void ViewPanel::setEnvironment(const ViewEnvironment &environment)
{
    for (const auto &c : std::as_const(m_envConnections))
        disconnect(c);
    m_envConnections.clear();
    m_environment = environment;
    m_service = environment.service;
    if (environment.service) {
        AnalysisService *service = environment.service;
        m_envConnections << connect(service, &AnalysisService::resultReady, this, &ViewPanel::onResultReady)
                         << connect(service, &AnalysisService::failed, this, &ViewPanel::onFailed)
                         << connect(service, &AnalysisService::progress, this, &ViewPanel::onProgress)
                         << connect(service, &AnalysisService::busyChanged, this, &ViewPanel::onServiceBusyChanged);
    }
    if (environment.filterState)
        m_envConnections << connect(environment.filterState, &FilterState::changed, this, &ViewPanel::refresh);
    environmentChanged();
    retranslateUi();
    refresh();
}

void ViewPanel::environmentChanged()
{}

QString ViewPanel::title() const
{
    return ViewTable::title(viewId());
}

QString ViewPanel::nugget() const
{
    return ViewTable::question(viewId());
}

QString ViewPanel::howToRead() const
{
    return ViewTable::howToRead(viewId());
}

void ViewPanel::setDetailsProvider(DetailsProvider provider)
{
    Q_UNUSED(provider)
}

void ViewPanel::applyMinRunsToRank(int runs)
{
    Q_UNUSED(runs)
}

void ViewPanel::applyFailingRuns(FailingRuns failing)
{
    Q_UNUSED(failing)
}

void ViewPanel::applyCarbonPreferences(const CarbonPreferences &preferences)
{
    Q_UNUSED(preferences)
}

QList<qint64> ViewPanel::selectedRunIds() const
{
    return {};
}

QJsonObject ViewPanel::saveState() const
{
    return {};
}

void ViewPanel::restoreState(const QJsonObject &state)
{
    Q_UNUSED(state)
}

void ViewPanel::renderPlot(QCustomPlot *plot, QPainter *painter, const QRectF &rect, bool vector)
{
    const int w = std::max(1, qRound(rect.width()));
    const int h = std::max(1, qRound(rect.height()));
    painter->save();
    if (vector) {
        // QPicture keeps the drawing commands, so text and lines stay vectors in PDF and SVG.
        QPicture picture;
        QCPPainter recorder;
        recorder.begin(&picture);
        recorder.setMode(QCPPainter::pmVectorized);
        recorder.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&recorder, w, h);
        recorder.end();
        // QPicture::play scales by the target's DPI over the picture's; the page is already in
        // 96-DPI px (printTo scales the painter), so undo that or a printer gets it twice.
        painter->translate(rect.topLeft());
        const QPaintDevice *device = painter->device();
        painter->scale(qreal(picture.logicalDpiX()) / device->logicalDpiX(),
                       qreal(picture.logicalDpiY()) / device->logicalDpiY());
        painter->drawPicture(QPointF(0, 0), picture);
    } else {
        const QTransform t = painter->worldTransform();
        const qreal worldScale = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
        const qreal ratio = std::clamp(painter->device()->devicePixelRatioF() * worldScale, 1.0, 8.0);
        QImage image(QSize(qRound(w * ratio), qRound(h * ratio)), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        QCPPainter p;
        p.begin(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&p, w, h);
        p.end();
        painter->drawImage(QRectF(rect.topLeft(), QSizeF(w, h)), image);
    }
    painter->restore();
    // toPainter laid the plot out at the page's size; lay it out for the screen again so
    // mouse positions map to the right values.
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void ViewPanel::renderChart(QPainter *painter, const QRectF &rect, bool vector)
{
    if (!m_chart)
        return;
    if (auto *plot = qobject_cast<QCustomPlot *>(m_chart)) {
        renderPlot(plot, painter, rect, vector);
        return;
    }
    const QSize size = m_chart->size().isEmpty() ? m_chart->sizeHint() : m_chart->size();
    if (size.isEmpty())
        return;
    const qreal scale = std::min(rect.width() / size.width(), rect.height() / size.height());
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    m_chart->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}

bool ViewPanel::exportToFile(const QString &path, QString *error, int dpi, QSize sizePx)
{
    return PageRenderer(this).exportToFile(path, error, dpi, sizePx);
}

void ViewPanel::printTo(QPrinter *printer)
{
    PageRenderer(this).printTo(printer);
}

QString ViewPanel::footerText() const
{
    return PageRenderer::footerText(m_environment);
}

QString ViewPanel::message() const
{
    return m_messageLabel->text();
}

bool ViewPanel::isOnScreen() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void ViewPanel::refresh()
{
    updateSourceLabel();
    if (!isOnScreen()) {
        m_stale = true;
        setReady(false);
        return;
    }
    m_stale = false;
    setReady(false);
    if (m_refreshQueued)
        return;
    // Queued so that every other listener of the same change (the app setting the service's
    // data source) runs first, and several changes in one go cost one request.
    m_refreshQueued = true;
    QMetaObject::invokeMethod(this, &ViewPanel::requestNow, Qt::QueuedConnection);
}

void ViewPanel::requestNow()
{
    m_refreshQueued = false;
    if (!isOnScreen()) {
        m_stale = true;
        return;
    }
    if (!m_environment.service) {
        setMessage(tr("No data to analyse: open or import a store first."));
        return;
    }
    requestData();
}

void ViewPanel::resetZoom()
{
    if (auto *plot = qobject_cast<QCustomPlot *>(m_chart)) {
        plot->rescaleAxes();
        plot->replot();
    }
}

void ViewPanel::copyImage()
{
    QImage image = PageRenderer(this).renderImage(PageRenderer::defaultPageSize(), 150);
    image.setDevicePixelRatio(1.0);
    QGuiApplication::clipboard()->setImage(image);
}

void ViewPanel::exportInteractive()
{
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QFileDialog dialog(this, tr("Export %1").arg(title()));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({png, svg, pdf});
    dialog.setDefaultSuffix(QStringLiteral("png"));
    dialog.selectFile(viewId() + QStringLiteral(".png"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&](const QString &selected) {
        const QString suffix = selected == svg ? QStringLiteral("svg")
            : selected == pdf                  ? QStringLiteral("pdf")
                                               : QStringLiteral("png");
        dialog.setDefaultSuffix(suffix);
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    int dpi = m_environment.exportDpi ? m_environment.exportDpi() : 150;
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        bool ok = false;
        dpi = QInputDialog::getInt(this, tr("PNG resolution"), tr("Resolution in dots per inch:"), dpi, 72, 1200, 1,
                                   &ok);
        if (!ok)
            return;
    }
    QString error;
    if (!exportToFile(path, &error, dpi))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ViewPanel::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ViewPanel::printTo);
    dialog.exec();
}

void ViewPanel::showHowToRead()
{
    m_howPopupText->setText(howToRead());
    m_howPopup->adjustSize();
    QPoint pos = m_howButton->mapToGlobal(QPoint(m_howButton->width(), m_howButton->height()));
    pos.rx() -= m_howPopup->width();
    if (const QScreen *screen = m_howButton->screen()) {
        const QRect avail = screen->availableGeometry();
        pos.setX(std::clamp(pos.x(), avail.left(), std::max(avail.left(), avail.right() - m_howPopup->width())));
        pos.setY(std::clamp(pos.y(), avail.top(), std::max(avail.top(), avail.bottom() - m_howPopup->height())));
    }
    m_howPopup->move(pos);
    m_howPopup->show();
    m_howPopupText->setFocus();
}

void ViewPanel::handleFailure(quint64 requestId, const QString &message)
{
    Q_UNUSED(requestId)
    setFinding(QString());
    setMessage(tr("The analysis failed: %1").arg(message));
}

bool ViewPanel::proposeFilter(const Filter &filter, const QString &description)
{
    if (!m_environment.filterHistory) {
        qWarning("%s: no filter history to take the selection '%s'", qUtf8Printable(viewId()),
                 qUtf8Printable(description));
        return false;
    }
    return m_environment.filterHistory->apply(filter, description);
}

Filter ViewPanel::currentFilter() const
{
    return m_environment.filterState ? m_environment.filterState->filter() : Filter();
}

bool ViewPanel::proposeRunSelection(const QList<qint64> &runIds, const QString &description)
{
    if (runIds.isEmpty())
        return false;
    Filter filter = currentFilter();
    filter.runIds = runIds;
    filter.excludeRunIds = false;
    return proposeFilter(filter, description);
}

QLabel *ViewPanel::newBuddyLabel(const QString &labelName, QWidget *control)
{
    auto *label = new QLabel(this);
    label->setObjectName(labelName);
    label->setBuddy(control);
    return label;
}

QLabel *ViewPanel::addLabelledControl(const QString &labelName, QWidget *control, bool strongFocus)
{
    QLabel *label = newBuddyLabel(labelName, control);
    if (strongFocus)
        control->setFocusPolicy(Qt::StrongFocus);
    m_toolBar->addWidget(label);
    m_toolBar->addWidget(control);
    return label;
}

void ViewPanel::setLabelText(const QString &labelName, const QString &text)
{
    if (auto *label = findChild<QLabel *>(labelName))
        label->setText(text);
}

void ViewPanel::setChooserTexts(QComboBox *box, const QStringList &itemTexts, const QString &accessibleName,
                                const QString &toolTip)
{
    for (int i = 0; i < itemTexts.size(); ++i)
        box->setItemText(i, itemTexts.at(i));
    box->setAccessibleName(accessibleName);
    box->setToolTip(toolTip);
}

void ViewPanel::selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

quint64 ViewPanel::submitErased(AnalysisService::Job job, std::function<void(const ErasedResult &)> onResult)
{
    AnalysisService *service = m_environment.service;
    if (!service) {
        setMessage(tr("No data to analyse: open or import a store first."));
        return 0;
    }
    m_requestGeneration = service->generation();
    if (m_firstJobMs < 0) {
        const std::optional<ViewRow> row = ViewTable::row(m_viewId);
        m_firstJobMs = row ? row->firstJobMs : 0;
    }
    m_lastRequest = service->request(m_viewId, std::move(job), m_firstJobMs);
    m_onResult = std::move(onResult);
    setBusy(true);
    return m_lastRequest;
}

void ViewPanel::focusChart()
{
    if (m_chart && m_chart->isVisible()) {
        m_chart->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *w : children) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    setFocus(Qt::ShortcutFocusReason);
}

void ViewPanel::setChartWidget(QWidget *chart)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    if (m_chart) {
        box->removeWidget(m_chart);
        m_chart->deleteLater();
    }
    m_chart = chart;
    if (chart) {
        chart->setParent(this);
        box->insertWidget(box->indexOf(m_busyIndicator) + 1, chart, 1);
        // Reachable by Tab, so its accessible name is read out and its keys work.
        if (!(chart->focusPolicy() & Qt::TabFocus))
            chart->setFocusPolicy(Qt::StrongFocus);
    }
}

void ViewPanel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_busyIndicator->setRange(0, 0);
    if (busy) {
        m_busyDelay->start();
    } else if (!m_waitingForData) {
        m_busyDelay->stop();
        m_busyIndicator->hide();
    }
    emit busyChanged(busy);
}

void ViewPanel::setWaitingForData(bool waiting)
{
    if (waiting == m_waitingForData)
        return;
    m_waitingForData = waiting;
    if (waiting) {
        m_busyIndicator->setRange(0, 0);
        m_busyDelay->start();
    } else if (!m_busy) {
        m_busyDelay->stop();
        m_busyIndicator->hide();
    }
}

void ViewPanel::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    emit readyChanged(ready);
}

void ViewPanel::setFinding(const QString &finding)
{
    m_findingLabel->setText(finding);
    m_findingLabel->setVisible(!finding.isEmpty());
    if (finding == m_finding)
        return;
    m_finding = finding;
    emit findingChanged(finding);
}

void ViewPanel::setQualityNote(std::size_t failing, std::size_t leftOut)
{
    m_qualityFailing = failing;
    m_qualityLeftOut = leftOut;
    updateQualityNote();
}

QString ViewPanel::qualityNoteSubject() const
{
    return tr("this view");
}

void ViewPanel::updateQualityNote()
{
    const std::size_t failing = m_qualityFailing, leftOut = m_qualityLeftOut;
    const QString what = qualityNoteSubject();
    if (failing == 0) {
        m_qualityNote.clear();
        m_qualityLabel->clear();
        m_qualityLabel->hide();
        return;
    }
    // Worded without a plural: the English text has no plural forms of its own.
    const QString count = QLocale().toString(qulonglong(failing));
    QString link;
    if (leftOut > 0) {
        m_qualityNote = tr("Runs failing a quality check, left out of %1: %2.").arg(what, count);
        link = QStringLiteral("<a href=\"%1\">%2</a>").arg(failingRunsKey(FailingRuns::Included), tr("Include them"));
    } else {
        m_qualityNote = tr("Runs failing a quality check, included in %1: %2.").arg(what, count);
        link = QStringLiteral("<a href=\"%1\">%2</a>").arg(failingRunsKey(FailingRuns::Excluded), tr("Leave them out"));
    }
    m_qualityLabel->setText(m_qualityNote.toHtmlEscaped() + QLatin1Char(' ') + link);
    m_qualityLabel->setToolTip(tr("The quality checks are listed in the runs table's Quality column and in each "
                                  "run's details."));
    m_qualityLabel->show();
}

void ViewPanel::setMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

void ViewPanel::retranslateUi()
{
    m_nuggetLabel->setText(nugget());
    m_nuggetLabel->setAccessibleName(tr("Question"));
    m_howButton->setText(tr("How to read"));
    m_howButton->setToolTip(tr("How to read this chart"));
    m_howButton->setAccessibleName(tr("How to read this chart"));
    m_howPopup->setAccessibleName(tr("How to read this chart"));
    m_howPopupText->setAccessibleName(tr("How to read this chart"));
    if (m_howPopup->isVisible())
        m_howPopupText->setText(howToRead());
    m_exportAction->setText(tr("Export..."));
    m_exportAction->setToolTip(tr("Export this view as PNG, SVG or PDF"));
    m_copyAction->setText(tr("Copy image"));
    m_copyAction->setToolTip(tr("Copy this view to the clipboard as an image"));
    m_printAction->setText(tr("Print..."));
    m_printAction->setToolTip(tr("Print this view, with a preview"));
    m_resetZoomAction->setText(tr("Reset zoom"));
    m_resetZoomAction->setToolTip(tr("Show all the data again"));
    m_toolBar->setAccessibleName(tr("%1 tools").arg(title()));
    m_toolBar->setWindowTitle(tr("%1 tools").arg(title()));
    m_busyIndicator->setAccessibleName(tr("Analysis running"));
    m_messageLabel->setAccessibleName(tr("Message"));
    m_findingLabel->setAccessibleName(tr("Finding"));
    m_qualityLabel->setAccessibleName(tr("Runs failing a quality check"));
    updateQualityNote();
    m_sourceLabel->setAccessibleName(tr("Data source"));
    if (m_chart && m_chart->accessibleName().isEmpty())
        m_chart->setAccessibleName(title());
    updateSourceLabel();
    updateToolBarAccess();
}

void ViewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ViewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateToolBarAccess();
    // A tabbed dock is parked out of the window rather than hidden when another tab is in front:
    // its visibilityChanged is the only word that the view has come to the front.
    // The dock may hold the view in a scroll area: the nearest dock up the parents is its own.
    QWidget *dock = parentWidget();
    while (dock && !qobject_cast<QDockWidget *>(dock) && !dock->isWindow())
        dock = dock->parentWidget();
    if (!m_watchingDock) {
        if (auto *d = qobject_cast<QDockWidget *>(dock)) {
            m_watchingDock = true;
            connect(d, &QDockWidget::visibilityChanged, this, [this](bool visible) {
                if (visible)
                    QTimer::singleShot(0, this, [this] {
                        if (m_stale)
                            refresh();
                    });
            });
        }
    }
    if (m_stale)
        refresh();
}

bool ViewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findingLabel && event->type() == QEvent::Enter
        && !(m_findingLabel->textInteractionFlags() & Qt::TextSelectableByMouse))
        m_findingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QWidget::eventFilter(watched, event);
}

void ViewPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Laid out for the first time, or brought back from a zero size.
    if (m_stale && !m_refreshQueued && isOnScreen())
        refresh();
}

void ViewPanel::updateSourceLabel()
{
    const bool synthetic = m_environment.isSynthetic && m_environment.isSynthetic();
    const bool mixed = synthetic && m_environment.hasMeasured && m_environment.hasMeasured();
    if (mixed)
        m_sourceLabel->setText(tr("<b>Demo data (synthetic, modelled on BUTTER-E)</b> beside imported runs: the "
                                  "demo's runs are made up by Wattprint's generator, not measured. File &gt; Remove "
                                  "demo data keeps only yours."));
    else if (synthetic)
        m_sourceLabel->setText(tr("<b>Demo data (synthetic, modelled on BUTTER-E)</b>: these runs are made up by "
                                  "Wattprint's generator, not measured."));
    m_sourceLabel->setVisible(synthetic);
}

void ViewPanel::updateToolBarAccess()
{
    // QToolBar makes its buttons unreachable by Tab; the panel wants every control reachable.
    const QList<QAction *> actions = m_toolBar->actions();
    for (QAction *action : actions) {
        QWidget *widget = m_toolBar->widgetForAction(action);
        if (!widget)
            continue;
        if (qobject_cast<QToolButton *>(widget)) {
            widget->setFocusPolicy(Qt::TabFocus);
            widget->setAccessibleName(stripEllipsis(action->text()));
            widget->setAccessibleDescription(action->toolTip());
        }
    }
}

void ViewPanel::onResultReady(const QString &requester, quint64 requestId, const QVariant &result)
{
    if (requester != viewId() || requestId != m_lastRequest)
        return;
    QElapsedTimer shown;
    shown.start();
    setBusy(false);
    setMessage(QString());
    // A copy: the handler may submit again, which replaces m_onResult while it runs.
    const auto onResult = m_onResult;
    if (onResult)
        onResult(result.value<ErasedResult>());
    updateConfigurationNote();
    // Lay out now, while a chart's replot is still queued: a finding that takes another line then
    // resizes the chart before it is drawn, not after (ChartPlot draws once at the new size).
    if (QLayout *l = layout())
        l->activate();
    m_lastShowMs = double(shown.nsecsElapsed()) / 1e6;
}

void ViewPanel::updateConfigurationNote()
{
    m_configurationNote.clear();
    const std::optional<ViewRow> row = ViewTable::row(viewId());
    const std::shared_ptr<const RunColumns> runs = m_environment.service ? m_environment.service->snapshot()
                                                                         : std::shared_ptr<const RunColumns>();
    // Only for a view that needs configurations: how many runs lack one, and from which tools (by
    // the names people know them by), counted once per snapshot for all the views.
    std::size_t without = 0;
    QStringList from;
    if (row && row->needs == RunNeeds::Configuration && runs && !showsUnconfiguredRuns()) {
        const std::shared_ptr<const RunColumns::Unconfigured> unconfigured = runs->unconfigured();
        without = unconfigured->count;
        for (const std::int32_t s : unconfigured->sources) {
            const QString name = s < 0 ? QString() : Filter::sourceName(runs->sourceNames.value(s));
            if (!name.isEmpty() && !from.contains(name))
                from.append(name);
        }
    }
    if (without > 0) {
        const QString sources = from.isEmpty() ? tr("another tool") : from.join(QStringLiteral(", "));
        const QString count = QLocale().toString(qulonglong(without));
        const QString hint = unconfiguredRunsHint();
        if (without == runs->rowCount()) {
            m_configurationNote = hint.isEmpty()
                ? tr("This view compares BUTTER-E configurations (dataset, shape, size and depth), "
                     "and none of the %1 runs in the filter has one: they come from %2. The "
                     "distribution, compare, anomaly, carbon flow and sunburst views and the runs table "
                     "show them; the overhead view splits their energy into CPU, GPU and RAM and the "
                     "leaderboard ranks them by project or hardware.")
                      .arg(count, sources)
                : tr("This view compares BUTTER-E configurations (dataset, shape, size and depth), "
                     "and none of the %1 runs in the filter has one: they come from %2. %3")
                      .arg(count, sources, hint);
        } else {
            m_configurationNote = hint.isEmpty()
                ? tr("Runs from %1 have no dataset, shape, size or depth, which this view needs: %2 "
                     "left out. The distribution, compare, anomaly, carbon flow and sunburst views show them; the "
                     "overhead view splits their energy into CPU, GPU and RAM and the leaderboard ranks "
                     "them by project or hardware.")
                      .arg(sources, count)
                : tr("Runs from %1 have no dataset, shape, size or depth, which this view needs: %2 "
                     "left out. %3")
                      .arg(sources, count, hint);
        }
    }
    m_configurationLabel->setText(m_configurationNote);
    m_configurationLabel->setVisible(!m_configurationNote.isEmpty());
}

void ViewPanel::onFailed(const QString &requester, quint64 requestId, const QString &message)
{
    if (requester != viewId() || requestId != m_lastRequest)
        return;
    setBusy(false);
    handleFailure(requestId, message);
    updateConfigurationNote();
    emit failed(message);
}

void ViewPanel::onProgress(const QString &requester, int permille)
{
    if (requester != viewId() || !m_busy)
        return;
    if (permille <= 0)
        return;
    m_busyIndicator->setProgress(permille);
}

void ViewPanel::onServiceBusyChanged()
{
    // The service drops a request without a word when the data generation changes or the
    // user cancels; do not stay busy for it.
    AnalysisService *service = m_environment.service;
    if (!m_busy || !service || service->isPending(viewId()))
        return;
    setBusy(false);
    if (service->generation() != m_requestGeneration)
        refresh(); // new data: ask again
    else
        m_stale = true; // cancelled: ask again when next refreshed or shown
}

} // namespace wattprint
