#include "guidewindow.h"

#include <carbon.h>
#include <viewpanel.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wattprint {

GuideWindow::GuideWindow(const QList<ViewPanel *> &views, QWidget *parent)
    : QDialog(parent)
    , m_views(views)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 760);
    retranslateUi();
}

QString GuideWindow::pagePath(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German: return QStringLiteral(":/guide/guide_de.html");
    case QLocale::French: return QStringLiteral(":/guide/guide_fr.html");
    default: return QStringLiteral(":/guide/guide.html");
    }
}

QString GuideWindow::html(const QList<ViewPanel *> &views)
{
    // The guide in the language in force; the views' sections come from their own translations.
    QFile file(pagePath(QLocale()));
    if (!file.open(QIODevice::ReadOnly))
        return tr("<p>The user guide is missing from this build.</p>");
    QString page = QString::fromUtf8(file.readAll());

    QString viewsHtml;
    for (const ViewPanel *v : views) {
        viewsHtml += QStringLiteral("<h3>%1</h3><p><i>%2</i></p>%3")
                         .arg(v->title().toHtmlEscaped(), v->nugget().toHtmlEscaped(), v->howToRead());
        viewsHtml += QStringLiteral("<p><small>%1</small></p>")
                         .arg(tr("View id for <tt>wattprint render</tt> and <tt>wattprint report --views</tt>: %1")
                                  .arg(v->viewId()));
    }
    page.replace(QStringLiteral("{{VIEWS}}"), viewsHtml);

    QString factors = QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\">");
    factors += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                              "<th align=\"left\">%4</th></tr>")
                   .arg(tr("Region"), tr("Intensity"), tr("Year"), tr("Source"));
    for (const RegionPreset &p : regionPresets()) {
        QString value = QStringLiteral("%1 %2").arg(QLocale().toString(p.gramsPerKwh, 'f', 1), p.unit);
        if (p.pue)
            value += tr(", PUE %1").arg(QLocale().toString(*p.pue, 'f', 2));
        factors += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><small>%4</small></td></tr>")
                       //: A country's English name and ISO code in the factors table, e.g. France (FRA)
                       .arg((p.country ? tr("%1 (%2)").arg(p.name, p.id) : p.name).toHtmlEscaped(),
                            value.toHtmlEscaped())
                       .arg(p.year)
                       .arg(p.source.toHtmlEscaped());
    }
    factors += QStringLiteral("</table>");
    page.replace(QStringLiteral("{{FACTORS}}"), factors);
    return page;
}

void GuideWindow::retranslateUi()
{
    setWindowTitle(tr("Wattprint user guide"));
    m_browser->setAccessibleName(tr("User guide"));
    // The views' sections follow the UI language; rebuild, keeping the reader's place.
    const int position = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(html(m_views));
    if (m_browser->verticalScrollBar())
        m_browser->verticalScrollBar()->setValue(position);
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace wattprint
