<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArgumentSplitter</name>
    <message>
        <source>a backslash ends the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <comment>toolbar button for bold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar button for italic</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <comment>toolbar button for underline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+0 to Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerEditor</name>
    <message>
        <source>Handout text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <source>Safety Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Before you %1, the safety review has %n point(s) to check:

%2

Continue anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>export this handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview and print this handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the preset “%1”. Edit &gt; Undo brings back the previous selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;arge Print (18 pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All &amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;No Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Notes from Your Care Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include Safety and Supervision &amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Handout Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient and Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close Handout Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout has changes that are not saved. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout has changes that are not saved. Start a new one anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Safety Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary puts the risks and the need for medical supervision where no reader can miss them. Remove it from this handout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Handout Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;Builds patient-education handouts from a vetted source article.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; “%2”, by %3 (%4), %5, %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;Content version %8, reviewed %9, next review due %10.&lt;/p&gt;&lt;p&gt;Handouts are for education only and are not a substitute for professional medical advice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>the page size is not supported by this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start painting on the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not finish the output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalizationForm</name>
    <message>
        <source>Handout &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title printed at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as it should be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who prepared the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call with questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as typed. Patient details stay in this handout only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic profile (printed on every handout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hours or &amp;crisis line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hours or crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default page &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Handout Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose patient handouts from vetted source articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the sections of an audience preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in content could not be loaded:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content packs skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These content packs were not loaded, and are not used:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>✓ Every risk and supervision passage of the selected sections is in the handout, unchanged, and the safety summary is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to check before printing:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision passage(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Safety findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the safety summary back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyReview</name>
    <message>
        <source>No section is selected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 passage was deleted from “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 passage in “%2” was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 passage in “%2” is no longer in its box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected sections calls for medical guidance or supervision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Audience &amp;preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the handout is for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sections by title or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a section to put it in the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this handout, in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections in the handout, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n passage(s) on risks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) on medical supervision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
