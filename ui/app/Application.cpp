#include "Application.h"

#include <QApplication>
#include <QLabel>

namespace aftercare::ui {

int runApplication(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Aftercare"));
    QApplication::setOrganizationName(QStringLiteral("Aftercare"));
    QApplication::setApplicationVersion(QStringLiteral(AFTERCARE_VERSION));
    QLabel placeholder(QStringLiteral("Aftercare"));
    placeholder.show();
    return app.exec();
}

} // namespace aftercare::ui
