#pragma once

// What happens to a file once AttachmentFiles has it on this computer, the same for a
// case's Related files and an account's Files page: open it, or save a copy where the
// user chose.

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace caseport::app::fetchedFile {

// Asks where to save a file called `name`, starting in the Downloads folder; empty when
// the user cancels.
[[nodiscard]] QString askSaveTarget(QWidget* parent, const QString& name);

// Opens `path` with the desktop's program for its type when `saveTo` is empty; otherwise
// copies it there off the GUI thread (a big file takes a while). A failed copy calls
// onProblem with a sentence for the user, on the GUI thread, while `context` lives.
void deliver(QObject* context, const QString& path, const QString& saveTo,
             std::function<void(const QString& problem)> onProblem);

} // namespace caseport::app::fetchedFile
