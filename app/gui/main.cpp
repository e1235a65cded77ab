// The desktop app's entry point: harden the process, then hand over to the UI layer.
#include "core/Hardening.h"
#include "ui/app/Application.h"

int main(int argc, char* argv[])
{
    aftercare::core::hardenProcess();
    return aftercare::ui::runApplication(argc, argv);
}
