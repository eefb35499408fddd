#pragma once

#include <QTextFormat>

// Properties that mark the handout's structure inside a live QTextDocument.
// They survive editing and clone() of formats, but not toHtml(): files store
// HandoutContent instead (see QT-NOTES.md).
namespace DocumentMarks {

enum Property {
    RoleProperty = QTextFormat::UserProperty + 1, // int Role, on frames, tables and blocks
    SectionIdProperty, // QString, on section frames
    PassageIdProperty, // QString, on blocks that hold a source passage
    CalloutTagsProperty, // int PassageTags, on callout tables
    FieldKeyProperty, // QString, on characters that hold a personalization value
    ListKindProperty, // int BlockKind, on list formats
    KeepWithNextProperty, // bool, on blocks that lead into what follows (an intro before its first question)
};

enum class Role {
    None = 0,
    Title,
    Personalization,
    Summary,
    Section,
    Notes,
    Attribution,
    SectionHeading,
    SectionContext,
    CalloutLabel,
    Callout,
    FrameHeading, // the heading of the summary and notes frames
    FieldLabel,
    Spacer,
    WordsToKnow, // the glossary box of a printed handout
    WhatToDo, // the "What to do" box: when to get help, the next appointment
    TeachBack, // "Check your understanding": teach-back questions with room for answers
    AnswerSpace, // the ruled lines under a teach-back question
};

inline Role roleOf(const QTextFormat &format)
{
    return static_cast<Role>(format.intProperty(RoleProperty));
}

} // namespace DocumentMarks
