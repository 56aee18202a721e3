#include "searchablecombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace wattprint {

void makeSearchable(QComboBox *box, std::function<int(const QString &)> resolve)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new QCompleter(box->model(), box);
    completer->setCompletionColumn(box->modelColumn());
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    box->setCompleter(completer);
    QObject::connect(box->lineEdit(), &QLineEdit::editingFinished, box, [box, resolve = std::move(resolve)] {
        const QString text = box->lineEdit()->text().trimmed();
        int index = text.isEmpty() ? -1 : box->findText(text, Qt::MatchFixedString);
        if (index < 0 && resolve && !text.isEmpty())
            index = resolve(text);
        if (index >= 0 && index != box->currentIndex()) {
            box->setCurrentIndex(index);
            emit box->activated(index);
        } else if (box->currentIndex() >= 0) {
            // currentText() of an editable box is the typed text: compare with the item's own.
            const QString current = box->itemText(box->currentIndex());
            if (box->lineEdit()->text() != current)
                box->setEditText(current);
        }
    });
}

} // namespace wattprint
