#include "argumentsplitter.h"

#include <QCoreApplication>

bool ArgumentSplitter::split(const QString &line, QStringList *arguments, QString *error)
{
    enum class State { Between, Word, Single, Double };
    State state = State::Between;
    QString word;
    arguments->clear();
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (state) {
        case State::Between:
        case State::Word:
            if (c.isSpace()) {
                if (state == State::Word)
                    arguments->append(word);
                word.clear();
                state = State::Between;
            } else if (c == u'\'') {
                state = State::Single;
            } else if (c == u'"') {
                state = State::Double;
            } else if (c == u'\\') {
                if (++i >= line.size()) {
                    *error = QCoreApplication::translate("ArgumentSplitter", "a backslash ends the line");
                    return false;
                }
                word += line.at(i);
                state = State::Word;
            } else {
                word += c;
                state = State::Word;
            }
            break;
        case State::Single:
            if (c == u'\'')
                state = State::Word;
            else
                word += c;
            break;
        case State::Double:
            if (c == u'"') {
                state = State::Word;
            } else if (c == u'\\' && i + 1 < line.size() && (line.at(i + 1) == u'"' || line.at(i + 1) == u'\\')) {
                word += line.at(++i);
            } else {
                word += c;
            }
            break;
        }
    }
    if (state == State::Single || state == State::Double) {
        *error = QCoreApplication::translate("ArgumentSplitter", "a quote is not closed");
        return false;
    }
    if (state == State::Word)
        arguments->append(word);
    return true;
}
