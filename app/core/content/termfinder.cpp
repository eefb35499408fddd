#include "termfinder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QRegularExpression patternFor(const GlossaryEntry &entry)
{
    // Longest forms first, so "NMDA receptors" is preferred to "NMDA" at the
    // same place (the position found is the same either way).
    QStringList forms = entry.forms();
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList alternatives;
    for (const QString &form : std::as_const(forms)) {
        QStringList words;
        for (const QString &word : form.split(u' ', Qt::SkipEmptyParts))
            words << QRegularExpression::escape(word);
        alternatives << words.join(u"\\h+"_s);
    }
    // Letters, digits and combining marks on either side mean the form is part
    // of a longer word: "opioid" is not in "opioids" unless that is a variant.
    return QRegularExpression(
        u"(?<![\\p{L}\\p{N}\\p{M}])(?:"_s + alternatives.join(u'|') + u")(?![\\p{L}\\p{N}\\p{M}])"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

TermFinder::TermFinder(const QList<GlossaryEntry> &glossary)
{
    for (const GlossaryEntry &entry : glossary)
        m_patterns.append({&entry, patternFor(entry)});
}

QList<TermFinder::Match> TermFinder::find(const QString &text) const
{
    QList<Match> out;
    for (const auto &[entry, pattern] : m_patterns) {
        const QRegularExpressionMatch m = pattern.match(text);
        if (m.hasMatch())
            out << Match {entry, m.capturedStart()};
    }
    // Stable: two entries found at the same place keep the pack's order.
    std::stable_sort(out.begin(), out.end(), [](const Match &a, const Match &b) { return a.position < b.position; });
    return out;
}
