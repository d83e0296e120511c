#pragma once

#include <QComboBox>

namespace caseport::app {

class LanguageManager;

// A combobox of the shipped languages, each named in itself (Dansk, English, Svenska),
// kept in step with the LanguageManager: choosing an entry switches the language at once.
// Does not own the manager, which must outlive it.
class LanguageComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit LanguageComboBox(LanguageManager* languages, QWidget* parent = nullptr);

private:
    void showLanguage(const QString& language);

    LanguageManager* m_languages;
};

} // namespace caseport::app
