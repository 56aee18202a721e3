#include "layoutcombo.h"

#include "layoutmanager.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace wattprint {

LayoutCombo::LayoutCombo(LayoutManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
{
    setObjectName(u"layoutCombo"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_label = new QLabel(this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"layoutNames"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    m_label->setBuddy(m_combo);
    m_menuButton = new QToolButton(this);
    m_menuButton->setObjectName(u"layoutMenuButton"_s);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_menuButton->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, also inside a toolbar
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_menuButton);

    m_menu = new QMenu(this);
    m_saveAs = m_menu->addAction(QString(), this, &LayoutCombo::saveAs);
    m_rename = m_menu->addAction(QString(), this, &LayoutCombo::renameCurrent);
    m_delete = m_menu->addAction(QString(), this, &LayoutCombo::deleteCurrent);
    m_menu->addSeparator();
    m_export = m_menu->addAction(QString(), this, &LayoutCombo::exportLayout);
    m_import = m_menu->addAction(QString(), this, &LayoutCombo::importLayout);
    m_menu->addSeparator();
    m_reset = m_menu->addAction(QString(), this, &LayoutCombo::resetToDefault);
    m_lock = m_menu->addAction(QString());
    m_lock->setCheckable(true);
    m_saveAs->setObjectName(u"layoutSaveAs"_s);
    m_rename->setObjectName(u"layoutRename"_s);
    m_delete->setObjectName(u"layoutDelete"_s);
    m_export->setObjectName(u"layoutExport"_s);
    m_import->setObjectName(u"layoutImport"_s);
    m_reset->setObjectName(u"layoutReset"_s);
    m_lock->setObjectName(u"layoutLock"_s);
    m_menuButton->setMenu(m_menu);

    connect(m_lock, &QAction::toggled, m_manager, &LayoutManager::setLocked);
    connect(m_manager, &LayoutManager::lockedChanged, m_lock, &QAction::setChecked);
    connect(m_manager, &LayoutManager::layoutsChanged, this, &LayoutCombo::refill);
    connect(m_manager, &LayoutManager::currentNameChanged, this, &LayoutCombo::selectCurrent);
    connect(m_manager, &LayoutManager::modifiedChanged, this, &LayoutCombo::selectCurrent);
    connect(m_combo, &QComboBox::activated, this, &LayoutCombo::activate);

    m_lock->setChecked(m_manager->isLocked());
    refill();
    retranslateUi();
}

void LayoutCombo::retranslateUi()
{
    m_label->setText(tr("&Layout:"));
    m_combo->setAccessibleName(tr("Named layout"));
    m_combo->setPlaceholderText(tr("(unsaved)"));
    m_menuButton->setText(tr("Layouts"));
    m_menuButton->setAccessibleName(tr("Layout actions"));
    m_menuButton->setToolTip(tr("Save, rename, delete, export or import layouts"));
    m_saveAs->setText(tr("&Save Layout As..."));
    m_rename->setText(tr("&Rename Layout..."));
    m_delete->setText(tr("&Delete Layout"));
    m_export->setText(tr("&Export Layout..."));
    m_import->setText(tr("&Import Layout..."));
    m_reset->setText(tr("Reset to &Default Layout"));
    m_lock->setText(tr("&Lock Layout"));
    m_lock->setToolTip(tr("Docked views can no longer be moved, floated or closed"));
    selectCurrent(); // the "(modified)" mark and the tooltip
}

void LayoutCombo::refill()
{
    m_refilling = true;
    m_combo->clear();
    // The name is the item's data too: the current item's text may say "(modified)".
    for (const QString &name : m_manager->names())
        m_combo->addItem(name, name);
    m_refilling = false;
    selectCurrent();
}

void LayoutCombo::selectCurrent()
{
    const QString current = m_manager->currentName();
    const int index = current.isEmpty() ? -1 : m_combo->findData(current);
    for (int i = 0; i < m_combo->count(); ++i) {
        const QString name = m_combo->itemData(i).toString();
        m_combo->setItemText(i, i == index && m_manager->isModified() ? tr("%1 (modified)").arg(name) : name);
    }
    m_combo->setCurrentIndex(index);
    m_combo->setToolTip(index >= 0 && m_manager->isModified()
                            ? tr("The layout was changed since it was saved or chosen; choose it again to restore it")
                            : tr("Switch to a saved layout of the views"));
    updateActions();
}

void LayoutCombo::updateActions()
{
    const bool named = !m_manager->currentName().isEmpty();
    m_rename->setEnabled(named);
    m_delete->setEnabled(named);
    m_combo->setEnabled(m_combo->count() > 0);
}

void LayoutCombo::activate(int index)
{
    if (m_refilling || index < 0)
        return;
    const QString name = m_combo->itemData(index).toString();
    // The same name again restores the layout as saved, if it was changed since.
    if (name == m_manager->currentName() && !m_manager->isModified())
        return;
    QString error;
    if (!m_manager->load(name, &error)) {
        m_manager->resetToDefault();
        showError(tr("Layout"), tr("%1\nThe default layout is used instead.").arg(error));
    }
    selectCurrent();
}

void LayoutCombo::saveAs()
{
    const QString name = askName(tr("Save Layout"), tr("Name of the layout:"), m_manager->currentName());
    if (name.trimmed().isEmpty())
        return;
    QString error;
    const std::optional<QString> checked = LayoutManager::checkName(name, &error);
    if (!checked) {
        showError(tr("Save Layout"), error);
        return;
    }
    if (m_manager->contains(*checked) && *checked != m_manager->currentName()
        && !confirm(tr("Save Layout"), tr("Replace the layout \"%1\"?").arg(*checked)))
        return;
    if (!m_manager->save(*checked, &error))
        showError(tr("Save Layout"), error);
}

void LayoutCombo::renameCurrent()
{
    const QString current = m_manager->currentName();
    if (current.isEmpty())
        return;
    const QString name = askName(tr("Rename Layout"), tr("New name of \"%1\":").arg(current), current);
    if (name.trimmed().isEmpty())
        return;
    QString error;
    if (!m_manager->rename(current, name, &error))
        showError(tr("Rename Layout"), error);
}

void LayoutCombo::deleteCurrent()
{
    const QString current = m_manager->currentName();
    if (current.isEmpty())
        return;
    if (!confirm(tr("Delete Layout"), tr("Delete the layout \"%1\"? The window keeps its arrangement.").arg(current)))
        return;
    m_manager->remove(current);
}

QString LayoutCombo::fileFilter() const
{
    return tr("Wattprint layouts (*.%1)").arg(LayoutManager::fileSuffix());
}

void LayoutCombo::exportLayout()
{
    const QString current = m_manager->currentName();
    QString path = askSavePath(current.isEmpty() ? tr("layout") : current);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + LayoutManager::fileSuffix()))
        path += u'.' + LayoutManager::fileSuffix();
    QString error;
    if (!m_manager->exportTo(path, &error))
        showError(tr("Export Layout"), error);
}

void LayoutCombo::importLayout()
{
    const QString path = askOpenPath();
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<QString> name = m_manager->importFrom(path, &error);
    if (!name) {
        showError(tr("Import Layout"), error);
        return;
    }
    if (!m_manager->load(*name, &error)) {
        m_manager->resetToDefault();
        showError(tr("Import Layout"), tr("%1\nThe default layout is used instead.").arg(error));
    }
}

void LayoutCombo::resetToDefault()
{
    m_manager->resetToDefault();
}

QString LayoutCombo::askName(const QString &title, const QString &label, const QString &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? text : QString();
}

QString LayoutCombo::askSavePath(const QString &suggestedName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(suggestedName + u'.' + LayoutManager::fileSuffix());
    return QFileDialog::getSaveFileName(this, tr("Export Layout"), suggested, fileFilter());
}

QString LayoutCombo::askOpenPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getOpenFileName(this, tr("Import Layout"), dir, fileFilter());
}

bool LayoutCombo::confirm(const QString &title, const QString &text)
{
    return QMessageBox::question(this, title, text) == QMessageBox::Yes;
}

void LayoutCombo::showError(const QString &title, const QString &text)
{
    QMessageBox::warning(this, title, text);
}

void LayoutCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace wattprint
