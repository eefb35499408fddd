#pragma once

#include <QString>

// Where handouts are recorded: an SQLite file on this desk (the default), or a
// clinic's PostgreSQL server named by a URI:
//   postgresql://user[:password]@host[:port]/database
//   postgresql://user@/database?host=/run/postgresql   (a libpq socket folder)
// A password is better kept in ~/.pgpass or PGPASSWORD, which libpq reads.
struct RecordLocation
{
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite: the database file
    QString user; // PostgreSQL from here on
    QString password;
    QString host; // a name, an address, or a socket folder (starts with '/')
    int port = -1; // -1: the driver's default (5432)
    QString database;

    // The SQLite file in the user's data folder.
    static RecordLocation defaultLocation();

    // Parses a postgresql:// (or postgres://) URI, a sqlite:// URI or a plain
    // file path (SQLite). False with *error set for anything else.
    static bool parse(const QString &text, RecordLocation *location, QString *error);

    // The location the options ask for: `given` (--database) when set, else
    // the HANDOUT_DATABASE variable, else `preference`, else the default.
    static bool choose(const QString &given, const QString &preference, RecordLocation *location, QString *error);

    // How the location is named in messages: never with the password.
    QString displayName() const;
};
