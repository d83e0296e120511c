#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageManager;

// "Your access", read only: per account the user's level on every product (Full, Limited,
// None in the UI language), their site scope and whether they are its customer admin;
// for staff one line, "Staff — sees every case". Built from the workspace's catalog and
// rebuilt when it or the language changes. Not owned: workspace, languages.
class AccessSummaryWidget : public QWidget {
    Q_OBJECT
public:
    AccessSummaryWidget(caseport::client::Workspace* workspace, LanguageManager* languages,
                        QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    QLabel* m_intro = nullptr;
    QScrollArea* m_scroll = nullptr;
};

} // namespace caseport::app
