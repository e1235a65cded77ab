// Parses the desktop app's command line and runs the event loop.
#pragma once

namespace aftercare::ui {

int runApplication(int argc, char* argv[]);

} // namespace aftercare::ui
