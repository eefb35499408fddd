// The "What to do" box of HandoutAssembler, in a file of its own: what the
// patient does when they need help, and when they come back. It prints only
// what the clinic profile and the personalization hold: the pack gives the
// labels, never advice of its own.
#include "handoutassembler.h"

#include <QTextFrame>

using namespace Qt::StringLiterals;
using namespace DocumentMarks;

bool HandoutAssembler::needsWhatToDo(const Personalization &person, const ClinicProfile &clinic)
{
    return !person.nextAppointment.isEmpty() || !person.contact.isEmpty() || !clinic.phone.isEmpty()
        || !clinic.crisisLine.isEmpty();
}

QTextFrame *HandoutAssembler::insertWhatToDo(QTextCursor &cursor, const Personalization &person,
                                             const ClinicProfile &clinic) const
{
    if (!needsWhatToDo(person, clinic))
        return nullptr;
    QTextFrameFormat format = m_formats.panelFrame(Role::WhatToDo);
    // A border, so it stands apart from the personalization panel above it.
    format.setBorder(m_formats.style().calloutBorder);
    format.setBorderBrush(m_formats.style().headingColor);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    QTextFrame *frame = cursor.insertFrame(format);
    bool first = true;
    startBlock(cursor, m_formats.frameHeadingBlock(), m_formats.frameHeadingChar(), &first);
    cursor.insertText(text(u"what-to-do"_s), m_formats.frameHeadingChar());

    const struct
    {
        QString key;
        QString value;
    } help[] = {
        {u"clinic-phone"_s, clinic.phone},
        {u"crisis-line"_s, clinic.crisisLine},
        {u"contact"_s, person.contact},
    };
    bool helpHeading = false;
    for (const auto &field : help) {
        if (field.value.isEmpty())
            continue;
        if (!helpHeading) {
            startBlock(cursor, m_formats.smallBlock(), m_formats.bodyChar(), &first);
            cursor.insertText(text(u"get-help"_s), m_formats.fieldLabelChar());
            helpHeading = true;
        }
        startBlock(cursor, m_formats.smallBlock(), m_formats.bodyChar(), &first);
        bool firstOnLine = true;
        writeField(cursor, field.key, text(field.key), field.value, &firstOnLine);
    }
    if (!person.nextAppointment.isEmpty()) {
        startBlock(cursor, m_formats.smallBlock(), m_formats.bodyChar(), &first);
        bool firstOnLine = true;
        writeField(cursor, u"next-appointment"_s, text(u"your-next-appointment"_s), person.nextAppointment,
                   &firstOnLine);
    }
    finishFrame(cursor, frame);
    return frame;
}
