#include "viewtexts.h"

#include "accounts/accountmanager.h"
#include "backups/backupactions.h"
#include "common/consolecontroller.h"
#include "mainwindow.h"
#include "models/activityfeedmodel.h"
#include "models/backuptablemodel.h"
#include "models/environmenttreemodel.h"
#include "statusindicator.h"

namespace bc::ui {

namespace {

// Views cache nothing: the signals make them ask the model again, now in the new language.
void refreshTexts(QAbstractItemModel *model, const QModelIndex &parent = {})
{
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    if (!parent.isValid() && columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows == 0 || columns == 0)
        return;
    Q_EMIT model->dataChanged(model->index(0, 0, parent),
                              model->index(rows - 1, columns - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            refreshTexts(model, child);
    }
}

} // namespace

void retranslateViews(MainWindow *window)
{
    ConsoleController *controller = window->controller();
    window->actions()->retranslate(); // the feed's filters retranslate on their own
    window->statusIndicator()->retranslate();
    refreshTexts(controller->backups());
    refreshTexts(controller->feed());
    refreshTexts(controller->accounts()->tree());
}

} // namespace bc::ui
