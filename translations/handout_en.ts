<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HandoutDocument</name>
    <message numerus="yes">
        <source>Add %n section(s)</source>
        <translation>
            <numerusform>Add %n section</numerusform>
            <numerusform>Add %n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n section(s)</source>
        <translation>
            <numerusform>Remove %n section</numerusform>
            <numerusform>Remove %n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message numerus="yes">
        <source>Before you %1, the safety review has %n point(s) to check:

%2

Continue anyway?</source>
        <translation>
            <numerusform>Before you %1, the safety review has %n point to check:

%2

Continue anyway?</numerusform>
            <numerusform>Before you %1, the safety review has %n points to check:

%2

Continue anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageBudgetBanner</name>
    <message numerus="yes">
        <source>This handout has %n page(s), over its target of %1.</source>
        <translation>
            <numerusform>This handout has %n page, over its target of %1.</numerusform>
            <numerusform>This handout has %n pages, over its target of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageStatus</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), over the target of %1</source>
        <translation>
            <numerusform>%n page, over the target of %1</numerusform>
            <numerusform>%n pages, over the target of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), target %1</source>
        <translation>
            <numerusform>%n page, target %1</numerusform>
            <numerusform>%n pages, target %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message numerus="yes">
        <source>%n word(s): %1</source>
        <translation>
            <numerusform>%n word: %1</numerusform>
            <numerusform>%n words: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading level by section (%n above the warning level)</source>
        <translation>
            <numerusform>Reading level by section (%n above the warning level)</numerusform>
            <numerusform>Reading level by section (%n above the warning level)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message numerus="yes">
        <source>%n point(s) to check before printing:</source>
        <translation>
            <numerusform>%n point to check before printing:</numerusform>
            <numerusform>%n points to check before printing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk passage(s)</source>
        <translation>
            <numerusform>%n risk passage</numerusform>
            <numerusform>%n risk passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision passage(s)</source>
        <translation>
            <numerusform>%n supervision passage</numerusform>
            <numerusform>%n supervision passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>risk or supervision passages</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyReview</name>
    <message numerus="yes">
        <source>%n text(s) in this handout are translations that no one has reviewed yet.</source>
        <translation>
            <numerusform>%n text in this handout are translations that no one has reviewed yet.</numerusform>
            <numerusform>%n texts in this handout are translations that no one has reviewed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the source language because their translation is missing or out of date.</source>
        <translation>
            <numerusform>%n text are shown in the source language because their translation is missing or out of date.</numerusform>
            <numerusform>%n texts are shown in the source language because their translation is missing or out of date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are in a plain-language wording that no one has reviewed yet.</source>
        <translation>
            <numerusform>%n text in this handout is in a plain-language wording that no one has reviewed yet.</numerusform>
            <numerusform>%n texts in this handout are in a plain-language wording that no one has reviewed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the article&apos;s wording because their plain-language wording is missing or out of date.</source>
        <translation>
            <numerusform>%n text is shown in the article&apos;s wording because its plain-language wording is missing or out of date.</numerusform>
            <numerusform>%n texts are shown in the article&apos;s wording because their plain-language wording is missing or out of date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n passage(s) on risks</source>
        <translation>
            <numerusform>%n passage on risks</numerusform>
            <numerusform>%n passages on risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) on medical supervision</source>
        <translation>
            <numerusform>%n passage on medical supervision</numerusform>
            <numerusform>%n passages on medical supervision</numerusform>
        </translation>
    </message>
</context>
</TS>
