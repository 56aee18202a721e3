#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class QPushButton;

namespace wattprint {

// Picks BUTTER-E files to import and how to treat bad rows.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QWidget *parent = nullptr);

    QStringList files() const;
    void setFiles(const QStringList &files);
    bool skipInvalid() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFiles();
    void updateButtons();
    void retranslateUi();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QCheckBox *m_skipInvalid;
    QDialogButtonBox *m_buttons;
};

} // namespace wattprint
