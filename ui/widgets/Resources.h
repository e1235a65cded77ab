// Makes the compiled-in resources (icons, guide texts) available. aftercare_ui is a static
// library, so the linker would otherwise drop the resource initialiser nobody references.
#pragma once

namespace aftercare::ui {

void ensureResources();

} // namespace aftercare::ui
