#pragma once

#include <QDialog>
#include <QList>
#include <QLocale>

class QTextBrowser;

namespace wattprint {

class ViewPanel;

// Help > User guide: the HTML guide built into the app (resources/guide), with the views'
// own titles, questions and "how to read" texts put in, so the guide and the views never
// disagree, and the carbon presets with their sources from the analysis library.
class GuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit GuideWindow(const QList<ViewPanel *> &views, QWidget *parent = nullptr);

    // The complete page, for the window and for tests.
    static QString html(const QList<ViewPanel *> &views);
    // The guide's page for a language: German, French, else English.
    static QString pagePath(const QLocale &locale);
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<ViewPanel *> m_views;
    QTextBrowser *m_browser;
};

} // namespace wattprint
