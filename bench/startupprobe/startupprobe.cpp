// A Qt generic plugin that ends any Qt Widgets program right after its first
// window is painted, so the start-up of an unmodified program can be timed
// from exec to first paint:
//
//   QT_PLUGIN_PATH=<build>/bench/plugins QT_QPA_GENERIC_PLUGINS=bench-startup-probe handout-composer
//
// QGuiApplication loads the plugins named in QT_QPA_GENERIC_PLUGINS while it
// starts; this one only installs FirstPaintExit as an application event filter.

#include "firstpaint.h"

#include <QCoreApplication>
#include <QGenericPlugin>

class StartupProbePlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "startupprobe.json")

public:
    QObject *create(const QString &key, const QString &specification) override
    {
        Q_UNUSED(key)
        Q_UNUSED(specification)
        auto *probe = new FirstPaintExit;
        QCoreApplication::instance()->installEventFilter(probe);
        return probe;
    }
};

#include "startupprobe.moc"
