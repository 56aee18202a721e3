#pragma once

#include <QWidget>

class QTableView;
class QLabel;

namespace wattprint {

class RunTableModel;

// The runs table: every run in force, sortable on any column, fetched as it scrolls.
class RunsView : public QWidget
{
    Q_OBJECT
public:
    explicit RunsView(RunTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void setSourceLabel(const QString &text, bool synthetic);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RunTableModel *m_model;
    QTableView *m_table;
    QLabel *m_sourceLabel;
    QString m_sourceText;
    bool m_synthetic = false;
};

} // namespace wattprint
