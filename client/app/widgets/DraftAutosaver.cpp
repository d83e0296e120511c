#include "DraftAutosaver.h"

#include "caseport/client/Workspace.h"

namespace caseport::app {

namespace {
constexpr int kPauseMs = 700;
} // namespace

DraftAutosaver::DraftAutosaver(caseport::client::Workspace* workspace, Snapshot snapshot,
                               QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_snapshot(std::move(snapshot))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kPauseMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::save);
}

void DraftAutosaver::changed()
{
    if (!m_stopped)
        m_timer.start();
}

void DraftAutosaver::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        save();
    }
}

void DraftAutosaver::stop()
{
    m_stopped = true;
    m_timer.stop();
}

void DraftAutosaver::save()
{
    if (m_stopped)
        return;
    m_workspace->saveDraft(m_snapshot());
    m_saved = true;
    emit saved();
}

} // namespace caseport::app
