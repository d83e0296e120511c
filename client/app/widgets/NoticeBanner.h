#pragma once

#include <QSet>
#include <QString>
#include <QWidget>

class QTimer;
class QVBoxLayout;

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageManager;

// The strip at the top of the main window with the operational notices that concern the
// user's products in the account they work in, now: one coloured row per notice
// (severity colours, text in the UI language, validity in the user's locale) with a
// close button. A closed notice stays closed (remembered in QSettings per server and
// user); the Notices page still lists it. Hidden when nothing is to be shown.
// Rebuilt when the catalog, the account or the language changes, and by a timer at the
// next moment a notice starts or ends — so it is right offline too.
// workspace and languages are not owned and must outlive the banner.
class NoticeBanner : public QWidget {
    Q_OBJECT
public:
    NoticeBanner(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent = nullptr);

    // The ids of the notices shown now, in order (for tests and the window).
    [[nodiscard]] QStringList shownIds() const;
    void dismiss(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    [[nodiscard]] QString settingsKey() const;

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    QVBoxLayout* m_rows = nullptr;
    QTimer* m_boundary = nullptr;
    QSet<QString> m_dismissed;
    QStringList m_shown;
};

} // namespace caseport::app
