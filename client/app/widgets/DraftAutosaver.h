#pragma once

#include "caseport/client/OutboxTypes.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

// Saves a case form's content as a draft while the user types: each change restarts a
// short timer, and when typing pauses the form's snapshot goes to the workspace (the
// cache worker writes it; the GUI thread does no I/O). flush() saves a pending change
// at once (closing, quitting); stop() ends saving for good (the case was submitted, or
// the draft discarded). workspace is not owned and must outlive the saver.
class DraftAutosaver : public QObject {
    Q_OBJECT
public:
    using Snapshot = std::function<caseport::client::Draft()>;

    DraftAutosaver(caseport::client::Workspace* workspace, Snapshot snapshot, QObject* parent);

    void changed(); // the content changed: save after a pause
    void flush(); // save now if a change is waiting
    void stop();
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }
    [[nodiscard]] bool hasSaved() const { return m_saved; } // at least once

signals:
    void saved();

private:
    void save();

    caseport::client::Workspace* m_workspace;
    Snapshot m_snapshot;
    QTimer m_timer;
    bool m_stopped = false;
    bool m_saved = false;
};

} // namespace caseport::app
