#pragma once

#include <QIcon>

namespace caseport::app {

// Registers resources/caseport.qrc (icons) compiled into this static library; call once
// before the first window is made (main() and GUI tests). A static library's resource
// initialiser is otherwise dropped by the linker.
void initResources();

// The application icon (":/icons/caseport.svg").
[[nodiscard]] QIcon appIcon();

} // namespace caseport::app
