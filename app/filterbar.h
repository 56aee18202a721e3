#pragma once

#include <filter.h>
#include <storesummary.h>

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace wattprint {

class FilterChips;

// The filter bar: pick datasets, shapes, devices, node types and batches, the source and project
// (shown only when the store holds more than one source, or projects), and size and depth
// ranges. It never changes the filter itself: it proposes a new one (filterEdited) and the app
// applies it through the undo stack, then calls setFilter() with what is in force.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    // The values offered in the menus (from the runs in the store, unfiltered).
    void setOptions(const StoreSummary &summary);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    QSize minimumSizeHint() const override;
    // The range controls sit under the list buttons (the bar is too narrow for one row).
    bool isStacked() const;

signals:
    void filterEdited(const Filter &filter, const QString &description);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct ListFilter
    {
        QToolButton *button = nullptr;
        QStringList Filter::*member = nullptr;
        QStringList values;
        QString (*label)() = nullptr;
        // How a value is shown in the menu (the value itself when null); the filter keeps the value.
        QString (*display)(const QString &) = nullptr;
    };
    void rebuildMenu(ListFilter &list);
    void updateButtons();
    void propose(const Filter &filter, const QString &description);
    void retranslateUi();
    void arrangeParts();

    static constexpr int PartSpacing = 14;
    Filter m_filter;
    QList<ListFilter> m_lists;
    QComboBox *m_sizeMin;
    QComboBox *m_sizeMax;
    QSpinBox *m_depthMin;
    QSpinBox *m_depthMax;
    QLabel *m_sizeLabel;
    QLabel *m_depthLabel;
    QToolButton *m_clear;
    FilterChips *m_chips;
    QWidget *m_listsPart = nullptr;
    QWidget *m_rangesPart = nullptr;
    QBoxLayout *m_rows = nullptr;
    bool m_updating = false;
};

} // namespace wattprint
