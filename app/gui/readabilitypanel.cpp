#include "readabilitypanel.h"

#include "handoutdocument.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int PositionRole = Qt::UserRole;
constexpr int LengthRole = Qt::UserRole + 1;
constexpr int LongestPerSection = 3;
constexpr int LongestInHandout = 5;

// A level above the warning is set apart in a muted amber and by its words,
// never in red: the panel is advice, not an error list.
const QColor calmWarning(0x8a, 0x5a, 0x00);

QString oneDecimal(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

ReadabilityPanel::ReadabilityPanel(HandoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pause(new QTimer(this))
    , m_jargonFinder(std::make_unique<JargonFinder>())
    , m_summary(new QLabel(this))
    , m_change(new QLabel(this))
    , m_sections(new QTreeWidget(this))
    , m_sentences(new QTreeWidget(this))
    , m_jargon(new QTreeWidget(this))
    , m_sectionsBox(nullptr)
    , m_sentencesBox(nullptr)
    , m_jargonBox(nullptr)
    , m_checks(new QVBoxLayout)
{
    // Measuring the whole handout takes milliseconds, but not on every key:
    // wait for a pause in typing.
    m_pause->setSingleShot(true);
    m_pause->setInterval(700);
    connect(m_pause, &QTimer::timeout, this, &ReadabilityPanel::refresh);
    connect(document->textDocument(), &QTextDocument::contentsChanged, m_pause, qOverload<>(&QTimer::start));
    connect(document, &HandoutDocument::packChanged, m_pause, qOverload<>(&QTimer::start));

    m_summary->setWordWrap(true);
    m_change->setWordWrap(true);
    m_sections->setColumnCount(2);
    m_sections->header()->setStretchLastSection(false);
    m_sections->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sections->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QTreeWidget *tree : {m_sentences, m_jargon}) {
        tree->setHeaderHidden(true);
        tree->setWordWrap(true);
    }
    m_sectionsBox = addTreeCheck(m_sections);
    m_sentencesBox = addTreeCheck(m_sentences);
    m_jargonBox = addTreeCheck(m_jargon);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_change);
    layout->addLayout(m_checks, 1);
    retranslate();
    refresh();
}

QGroupBox *ReadabilityPanel::addTreeCheck(QTreeWidget *tree)
{
    auto *box = new QGroupBox(this);
    box->setCheckable(true);
    box->setChecked(true);
    auto *inner = new QVBoxLayout(box);
    inner->setContentsMargins(4, 4, 4, 4);
    inner->addWidget(tree);
    connect(box, &QGroupBox::toggled, tree, &QWidget::setVisible);
    connect(box, &QGroupBox::toggled, this, &ReadabilityPanel::refresh);
    connect(tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int position = item->data(0, PositionRole).toInt();
        const int length = item->data(0, LengthRole).toInt();
        if (item->data(0, PositionRole).isValid() && position >= 0)
            Q_EMIT textRequested(position, length);
    });
    addCheck(box);
    return box;
}

void ReadabilityPanel::addCheck(QGroupBox *check)
{
    check->setParent(this);
    m_checks->addWidget(check, 1);
}

void ReadabilityPanel::setTargets(int targetGrade, int warningGrade)
{
    m_target = targetGrade;
    m_warning = qMax(targetGrade, warningGrade);
    showReport();
}

void ReadabilityPanel::setDefinedTerms(const QStringList &terms)
{
    m_jargonFinder = std::make_unique<JargonFinder>(terms);
    refresh();
}

void ReadabilityPanel::refresh()
{
    m_pause->stop();
    const ReadableText text = ReadableText::fromDocument(m_document->textDocument(), m_document->language());
    m_report = m_meter.measure(text);
    m_terms = m_jargonBox->isChecked() ? m_jargonFinder->find(text) : QList<JargonTerm>();
    // The change is measured against the level before this update, in the
    // same language only: a new language is a new scale.
    std::optional<double> now;
    if (const std::optional<ReadabilityScore> primary = ReadabilityFormulas::primaryScore(m_report.language))
        now = m_report.whole.score(*primary);
    m_previous = m_measuredLanguage == m_report.language ? m_current : std::nullopt;
    m_current = now;
    m_measuredLanguage = m_report.language;
    showReport();
    Q_EMIT measured();
}

QString ReadabilityPanel::scoreText(const ReadabilityMeasure &measure) const
{
    const std::optional<ReadabilityScore> primary = ReadabilityFormulas::primaryScore(measure.counts.language);
    const std::optional<double> value = primary ? measure.score(*primary) : std::nullopt;
    if (!value)
        return tr("%1 words a sentence").arg(oneDecimal(measure.wordsPerSentence()));
    if (ReadabilityFormulas::isGrade(*primary))
        return tr("grade %1").arg(oneDecimal(*value));
    return tr("ease %1").arg(oneDecimal(*value));
}

bool ReadabilityPanel::aboveWarning(const ReadabilityMeasure &measure) const
{
    const std::optional<ReadabilityScore> primary = ReadabilityFormulas::primaryScore(measure.counts.language);
    if (!primary)
        return false;
    const std::optional<double> value = measure.score(*primary);
    if (!value)
        return false;
    if (ReadabilityFormulas::isGrade(*primary))
        return *value > m_warning;
    // Ease scores: below 55 is "somewhat hard" on the INFLESZ scale, and on
    // Flesch's own table for the Flesch-style Kandel-Moles and Amstad.
    return *value < 55;
}

QString ReadabilityPanel::summaryText() const
{
    return m_summary->text() + u"\n"_s + m_change->text();
}

void ReadabilityPanel::showReport()
{
    const ReadabilityMeasure &whole = m_report.whole;
    QStringList scores;
    for (const auto &s : whole.scores) {
        const QString name = ReadabilityFormulas::key(s.first);
        QString line;
        switch (s.first) {
        case ReadabilityScore::FleschKincaidGrade:
            line = tr("Flesch-Kincaid grade %1").arg(oneDecimal(s.second));
            break;
        case ReadabilityScore::Smog:
            line = tr("SMOG grade %1").arg(oneDecimal(s.second));
            break;
        case ReadabilityScore::FleschReadingEase:
            line = tr("Flesch reading ease %1").arg(oneDecimal(s.second));
            break;
        case ReadabilityScore::FernandezHuerta:
            line = tr("Fernández-Huerta %1").arg(oneDecimal(s.second));
            break;
        case ReadabilityScore::SzigrisztPazos: {
            static const char *const bands[]
                = {QT_TR_NOOP("very hard"), QT_TR_NOOP("somewhat hard"), QT_TR_NOOP("normal"),
                   QT_TR_NOOP("fairly easy"), QT_TR_NOOP("very easy")};
            line = tr("Szigriszt-Pazos %1 (INFLESZ: %2)")
                       .arg(oneDecimal(s.second), tr(bands[ReadabilityFormulas::infleszBand(s.second)]));
            break;
        }
        case ReadabilityScore::KandelMoles:
            line = tr("Kandel-Moles %1").arg(oneDecimal(s.second));
            break;
        case ReadabilityScore::Amstad:
            line = tr("Amstad %1").arg(oneDecimal(s.second));
            break;
        case ReadabilityScore::WienerSachtextformel:
            line = tr("Wiener Sachtextformel grade %1").arg(oneDecimal(s.second));
            break;
        }
        scores << (line.isEmpty() ? name : line);
    }
    QString summary;
    if (whole.counts.words == 0) {
        summary = tr("No text to measure yet.");
    } else if (scores.isEmpty()) {
        summary = tr("%1 words a sentence; %2 % long words. No validated readability formula exists for this "
                     "language, so no grade is shown.")
                      .arg(oneDecimal(whole.wordsPerSentence()),
                           oneDecimal(100.0 * whole.counts.longWords / whole.counts.words));
    } else {
        summary = scores.join(u" · "_s);
        const std::optional<ReadabilityScore> primary = ReadabilityFormulas::primaryScore(m_report.language);
        if (primary && ReadabilityFormulas::isGrade(*primary))
            summary += u"\n"_s + tr("Target: grade %1 or lower.").arg(m_target);
    }
    m_summary->setText(summary);
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText,
                     aboveWarning(whole) ? calmWarning : this->palette().color(QPalette::WindowText));
    m_summary->setPalette(palette);

    if (m_previous && m_current) {
        const double delta = *m_current - *m_previous;
        if (qAbs(delta) < 0.05)
            m_change->setText(tr("The last change did not move the level."));
        else
            m_change->setText(
                tr("The last change moved the level by %1 (%2).")
                    .arg((delta > 0 ? u"+"_s : u"−"_s) + oneDecimal(qAbs(delta)),
                         ReadabilityFormulas::isGrade(*ReadabilityFormulas::primaryScore(m_report.language))
                                 == (delta > 0)
                             ? tr("harder")
                             : tr("easier")));
    } else {
        m_change->setText(tr("Edit the text to see how each change moves the level."));
    }
    showSections();
    showSentences();
    showJargon();
}

QTreeWidgetItem *ReadabilityPanel::sentenceItem(const SentenceSpan &sentence, QTreeWidgetItem *parent,
                                                QTreeWidget *tree) const
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, tr("%n word(s): %1", nullptr, sentence.words).arg(sentence.text));
    item->setToolTip(0, sentence.text);
    item->setData(0, PositionRole, sentence.position);
    item->setData(0, LengthRole, int(sentence.text.size()));
    return item;
}

void ReadabilityPanel::showSections()
{
    m_sections->clear();
    int flagged = 0;
    for (const SectionReadability &s : m_report.sections) {
        if (s.measure.counts.words == 0)
            continue;
        auto *item = new QTreeWidgetItem(m_sections);
        item->setText(0, s.title.isEmpty() ? s.id : s.title);
        item->setText(1, scoreText(s.measure));
        item->setData(0, PositionRole, s.position);
        item->setData(0, LengthRole, int(s.title.size()));
        if (aboveWarning(s.measure)) {
            ++flagged;
            item->setForeground(1, calmWarning);
        }
        // Detail stays collapsed until asked for.
        for (const SentenceSpan &sentence : ReadabilityReport::longest(s.sentences, LongestPerSection))
            sentenceItem(sentence, item, nullptr);
    }
    m_sectionsBox->setTitle(tr("Reading level by section (%n above the warning level)", nullptr, flagged));
}

void ReadabilityPanel::showSentences()
{
    m_sentences->clear();
    for (const SentenceSpan &sentence : m_report.longestSentences(LongestInHandout))
        sentenceItem(sentence, nullptr, m_sentences);
}

void ReadabilityPanel::showJargon()
{
    m_jargon->clear();
    auto *acronyms = new QTreeWidgetItem(m_jargon);
    auto *longWords = new QTreeWidgetItem(m_jargon);
    int counts[2] = {0, 0};
    for (const JargonTerm &term : std::as_const(m_terms)) {
        const bool acronym = term.kind == JargonTerm::Acronym;
        auto *item = new QTreeWidgetItem(acronym ? acronyms : longWords);
        item->setText(0, term.count > 1 ? tr("%1 (%2 times)").arg(term.word).arg(term.count) : term.word);
        item->setData(0, PositionRole, term.position);
        item->setData(0, LengthRole, int(term.word.size()));
        ++counts[acronym ? 0 : 1];
    }
    acronyms->setText(0, tr("Acronyms never spelled out: %1").arg(counts[0]));
    longWords->setText(0, tr("Long words the glossary does not define: %1").arg(counts[1]));
}

void ReadabilityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showReport();
    }
    QWidget::changeEvent(event);
}

void ReadabilityPanel::retranslate()
{
    m_sections->setHeaderLabels({tr("Section"), tr("Level")});
    m_sentencesBox->setTitle(tr("Longest sentences"));
    m_jargonBox->setTitle(tr("Jargon"));
    m_sections->setAccessibleName(tr("Reading level by section"));
    m_sentences->setAccessibleName(tr("Longest sentences"));
    m_jargon->setAccessibleName(tr("Jargon"));
}
