// aftercare-cli: the journal from a terminal. Links only the core.
#include "Hardening.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    aftercare::core::hardenProcess();
    QCoreApplication app(argc, argv);
    std::fputs("usage: aftercare-cli [--journal DIR] COMMAND ...\n", stderr);
    return 2;
}
