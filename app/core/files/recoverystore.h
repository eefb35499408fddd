#pragma once

#include "article.h"
#include "handoutcontent.h"
#include "pageoptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

// Autosaves of unsaved handouts, so a crash or power cut loses at most a few
// seconds of work. Each running instance writes its own file, guarded by a
// lock it holds while it runs: two instances never touch each other's file,
// and a file whose lock nobody holds any more was left by a crash. The folder
// and files are readable by the user alone: they hold patient data.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    struct Orphan
    {
        QString path;
        QDateTime saved;
    };

    explicit RecoveryStore(QString folder = defaultFolder());
    ~RecoveryStore();

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Takes a slot for this instance; false (and why) when the folder cannot be used.
    bool open(QString *error);
    QString autosavePath() const;
    bool save(const HandoutContent &content, const PageOptions &page, const Article &article, QString *error);
    // A clean close, or the handout was saved: nothing left to recover.
    void discard();

    // Autosaves left by instances that are no longer running, newest first.
    QList<Orphan> orphans() const;
    // Removes an orphan once it was restored or declined.
    static void remove(const Orphan &orphan);

private:
    QString m_folder;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
};
