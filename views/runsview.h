#pragma once

#include "viewpanel.h"

class QTableView;

namespace wattprint {

// The runs table: every run in force, sortable on any column, fetched as it scrolls.
class RunsView : public ViewPanel
{
    Q_OBJECT
public:
    explicit RunsView(QWidget *parent = nullptr);

    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    QTableView *table() const { return m_table; }
    // runs.id of the selected rows, for "Show only selection" and "Exclude selection".
    QList<qint64> selectedRunIds() const override;

protected:
    void requestData() override;

private:
    void showCount();
    QTableView *m_table;
    bool m_modelSet = false;
    bool m_columnsFitted = false;
};

} // namespace wattprint
