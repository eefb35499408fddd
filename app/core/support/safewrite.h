#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

// Writes a file whole or not at all: through QSaveFile, a temporary file
// renamed over the target only when everything was written, so a crash, a
// full disk or a refused write never leaves half a handout, PDF or
// translation behind, nor spoils the file that was there.
//
// A failure comes back as a translated reason, for the caller to put after
// "cannot write “<path>”: ". Used by handout files, the PDF export and
// handout-cli's translation files.
class SafeWrite
{
    Q_DECLARE_TR_FUNCTIONS(SafeWrite)

public:
    enum class Access {
        Default, // what the umask (or the file being replaced) gives
        OwnerOnly, // the file holds patient data: 0600 from the first byte
    };
    // Writes into the device; returns false with *reason set to give up, and
    // the target is left as it was.
    using Fill = std::function<bool(QIODevice *device, QString *reason)>;

    static bool write(const QString &path, const QByteArray &bytes, QString *reason, Access access = Access::Default);
    static bool write(const QString &path, const Fill &fill, QString *reason, Access access = Access::Default);

    // Why `path` cannot be written, found before trying, in the user's terms
    // (QSaveFile alone says only "No such file or directory"); empty when
    // nothing is known against it.
    static QString unwritableReason(const QString &path);
};
