#pragma once

namespace bc::ui {

// Registers the icon resources of the static bc_ui library; call once after the application.
void initResources();

} // namespace bc::ui
