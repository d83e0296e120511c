#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace caseport {
struct Product;
}

namespace caseport::client {
class Workspace;
}

namespace caseport::app {

class LanguageManager;

// The Products page in the main area: the current account's products the user has access
// to (the access rules decide; staff see every product), each with its localized name,
// support phone, e-mail (a mailto link), opening hours, guide links and categories.
// Links open with QDesktopServices. Rebuilt when the catalog, the account or the
// language changes. workspace and languages are not owned and must outlive the page.
class ProductsPage : public QWidget {
    Q_OBJECT
public:
    ProductsPage(caseport::client::Workspace* workspace, LanguageManager* languages, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    QWidget* makeCard(const caseport::Product& product);

    caseport::client::Workspace* m_workspace;
    LanguageManager* m_languages;
    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_empty = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_cards = nullptr; // rebuilt as a whole
    QVBoxLayout* m_cardsLayout = nullptr;
};

} // namespace caseport::app
