#include "LanguageComboBox.h"

#include "LanguageManager.h"

namespace caseport::app {

LanguageComboBox::LanguageComboBox(LanguageManager* languages, QWidget* parent)
    : QComboBox(parent)
    , m_languages(languages)
{
    for (const QString& language : LanguageManager::supportedLanguages())
        addItem(LanguageManager::nativeName(language), language);
    showLanguage(m_languages->language());

    connect(this, &QComboBox::activated, this, [this](int index) {
        m_languages->setLanguage(itemData(index).toString());
    });
    connect(m_languages, &LanguageManager::languageChanged, this, &LanguageComboBox::showLanguage);
}

void LanguageComboBox::showLanguage(const QString& language)
{
    const int index = findData(language);
    if (index >= 0 && index != currentIndex())
        setCurrentIndex(index);
}

} // namespace caseport::app
