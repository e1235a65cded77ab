#include "ui/widgets/SvgIcon.h"

#include <QApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace aftercare::ui {

namespace {

class SvgIconEngine final : public QIconEngine
{
public:
    explicit SvgIconEngine(QString path) : m_path(std::move(path)) {}

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        QSize actual = renderer().defaultSize();
        if (!actual.isNull())
            actual.scale(size, Qt::KeepAspectRatio);
        return actual;
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize actual = actualSize(size, mode, state);
        if (!renderer().isValid() || actual.isEmpty())
            return QPixmap();
        QImage image(actual, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer().render(&painter);
        painter.end();
        QPixmap pixmap = QPixmap::fromImage(std::move(image));
        if (mode == QIcon::Normal)
            return pixmap;
        // Disabled, active and selected looks come from the style, as for any other icon.
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        return QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, pixmap(rect.size() * ratio, mode, state));
    }

    QIconEngine* clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("aftercare-svg"); }

private:
    // Parsed on first use: making the icon (e.g. for the window) costs nothing until drawn.
    QSvgRenderer& renderer()
    {
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(m_path);
        return *m_renderer;
    }

    QString m_path;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QString appIconPath(bool discreet)
{
    return discreet ? QStringLiteral(":/aftercare/icons/neutral.svg")
                    : QStringLiteral(":/aftercare/icons/aftercare.svg");
}

QIcon svgIcon(const QString& svgPath)
{
    return QIcon(new SvgIconEngine(svgPath));
}

} // namespace aftercare::ui
