// Help → About Aftercare: the version, the licence, the promise that the app never goes online,
// and where to read more (the guide inside the app, the documentation installed with it).
#pragma once

#include <QDialog>

class QPushButton;

namespace aftercare::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The guide needs the journal open; while it is locked the button is off.
    void setGuideAvailable(bool available);
    // Where the documentation is installed (it may not exist in a build that was not installed).
    static QString documentationFolder();

Q_SIGNALS:
    void guideRequested();

private:
    QPushButton* m_guide;
};

} // namespace aftercare::ui
