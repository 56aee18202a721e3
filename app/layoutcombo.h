#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace wattprint {

class LayoutManager;

// The main toolbar's layout switcher: a combo of the named layouts and a menu button beside it
// with Save as..., Rename..., Delete, Export..., Import..., Reset to default and Lock layout.
// It talks only to the LayoutManager. The actions are public so the app can also put them in
// its View menu.
//
// A layout that cannot be applied is reported and the default layout is used instead.
// The prompts are virtual so tests can answer them without modal dialogs.
class LayoutCombo : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutCombo(LayoutManager *manager, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }
    QToolButton *menuButton() const { return m_menuButton; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *resetAction() const { return m_reset; }
    QAction *lockAction() const { return m_lock; }

public slots:
    void saveAs();
    void renameCurrent();
    void deleteCurrent();
    void exportLayout();
    void importLayout();
    void resetToDefault();

protected:
    // Empty string = cancelled.
    virtual QString askName(const QString &title, const QString &label, const QString &initial);
    virtual QString askSavePath(const QString &suggestedName);
    virtual QString askOpenPath();
    virtual bool confirm(const QString &title, const QString &text);
    virtual void showError(const QString &title, const QString &text);

    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refill();
    void selectCurrent();
    void updateActions();
    void activate(int index);
    QString fileFilter() const;

    LayoutManager *m_manager;
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
    QToolButton *m_menuButton = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_lock = nullptr;
    bool m_refilling = false;
};

} // namespace wattprint
