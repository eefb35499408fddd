<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArgumentSplitter</name>
    <message>
        <source>a backslash ends the line</source>
        <translation>ينتهي السطر بشرطة مائلة عكسية</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>علامة اقتباس غير مغلقة</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>PEMAT-P: understandability %1 %, actionability %2 %</source>
        <translation>PEMAT-P: قابلية الفهم %1 %، قابلية التنفيذ %2 %</translation>
    </message>
    <message>
        <source>CDC Clear Communication Index: %1 (passes at 90; items left to a person: %2)</source>
        <translation>مؤشر التواصل الواضح لمراكز CDC: ‏%1 (النجاح عند 90؛ بنود تحتاج إلى شخص: %2)</translation>
    </message>
    <message>
        <source>Rating of item %1</source>
        <translation>تقييم البند %1</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>يحتاج إلى شخص</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>غير موافق</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Health-literacy checklists</source>
        <translation>قوائم التحقق من الثقافة الصحية</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear this field</source>
        <translation>مسح هذا الحقل</translation>
    </message>
</context>
<context>
    <name>ComposerActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>B</source>
        <comment>toolbar button for bold</comment>
        <translation>غ</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar button for italic</comment>
        <translation>م</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>تسطير</translation>
    </message>
    <message>
        <source>U</source>
        <comment>toolbar button for underline</comment>
        <translation>س</translation>
    </message>
    <message>
        <source>Bulleted &amp;list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>قائمة مرقمة</translation>
    </message>
    <message>
        <source>&amp;Clear formatting</source>
        <translation>مسح التنسيق</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>عنوان 1</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>عنوان 2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>عنوان 3</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>نمط الفقرة</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+0 to Ctrl+3)</source>
        <translation>نمط الفقرة (Ctrl+0 إلى Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>تراجع %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إعادة %1</translation>
    </message>
</context>
<context>
    <name>ComposerEditor</name>
    <message>
        <source>Handout text</source>
        <translation>نص النشرة</translation>
    </message>
</context>
<context>
    <name>ContentTranslation</name>
    <message>
        <source>line is not &apos;key: value&apos;</source>
        <translation>السطر ليس بالصيغة «مفتاح: قيمة»</translation>
    </message>
    <message>
        <source>method &apos;%1&apos; must be one of: %2</source>
        <translation>القيمة «%1» للمفتاح «method» غير صالحة؛ يجب أن تكون إحدى القيم: %2</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; must be a date written YYYY-MM-DD</source>
        <translation>يجب أن تكون قيمة «reviewed» تاريخًا بالصيغة YYYY-MM-DD (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>مفتاح غير معروف «%1»</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>القسم: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <source>Title of an audience preset</source>
        <translation>عنوان إعداد مسبق للفئة المستهدفة</translation>
    </message>
    <message>
        <source>Who the preset is for</source>
        <translation>الفئة التي يستهدفها الإعداد المسبق</translation>
    </message>
    <message>
        <source>Key safety point, printed in every summary it fits</source>
        <translation>نقطة سلامة رئيسية، تُطبع في كل ملخص تنطبق عليه</translation>
    </message>
    <message>
        <source>Printed on handouts. Keep {placeholders} as they are.</source>
        <translation>يُطبع على النشرات. أبقِ العناصر النائبة بين {الأقواس المعقوصة} كما هي.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>«%1» أطول من %2 حرفًا</translation>
    </message>
    <message>
        <source>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</source>
        <translation>مصطلح المسرد، ثم صيغه الأخرى في النص مفصولة بفواصل. تُطبع الصيغة الأولى في مربع «كلمات ينبغي معرفتها»، ويُبحث عن كل الصيغ في النشرة.</translation>
    </message>
    <message>
        <source>Definition of “%1”: plain words, at most %2.</source>
        <translation>تعريف «%1»: كلمات بسيطة، %2 كلمة على الأكثر.</translation>
    </message>
    <message>
        <source>Teach-back question for the section “%1”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</source>
        <translation>سؤال للتحقق من الفهم (teach-back) للقسم «%1»: يطرحه الطبيب ويجيب المريض بكلماته الخاصة. التزم بما يقوله القسم.</translation>
    </message>
    <message>
        <source>The article&apos;s title: the title of a handout of the whole article. Citations keep the title as published.</source>
        <translation>عنوان المقال: عنوان النشرة التي تشمل المقال كله. تحتفظ الاستشهادات بالعنوان كما نُشر.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Autosave</source>
        <translation>الحفظ التلقائي</translation>
    </message>
    <message>
        <source>The recovery folder “%1” cannot be used, so unsaved work is not autosaved.</source>
        <translation>لا يمكن استخدام مجلد الاستعادة «%1»، لذا لا يُحفظ العمل غير المحفوظ تلقائيًا.</translation>
    </message>
    <message>
        <source>Restore Unsaved Handout</source>
        <translation>استعادة النشرة غير المحفوظة</translation>
    </message>
    <message>
        <source>Handout Composer did not close normally. A handout with unsaved changes was autosaved on %1.

Restore it?</source>
        <translation>لم يُغلَق Handout Composer بشكل طبيعي. حُفظت تلقائيًا نشرة تحتوي على تغييرات غير محفوظة في %1.

هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>Save the changes to this handout first?</source>
        <translation>هل تريد حفظ التغييرات على هذه النشرة أولًا؟</translation>
    </message>
    <message>
        <source>New Handout</source>
        <translation>نشرة جديدة</translation>
    </message>
    <message>
        <source>Open Handout</source>
        <translation>فتح نشرة</translation>
    </message>
    <message>
        <source>The handout could not be opened:
%1</source>
        <translation>تعذّر فتح النشرة:
%1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened with this content:

%2</source>
        <translation>لا يمكن فتح «%1» بهذا المحتوى:

%2</translation>
    </message>
    <message>
        <source>The content has changed since “%1” was saved:

%2

The handout keeps the wording it was saved with; the safety review lists the passages that now differ.</source>
        <translation>تغيّر المحتوى منذ حفظ «%1»:

%2

تحتفظ النشرة بالصياغة التي حُفظت بها، وتسرد مراجعة السلامة الفقرات التي أصبحت مختلفة الآن.</translation>
    </message>
    <message>
        <source>“%1” is a handout in “%2”; choose that handout language first.</source>
        <translation>«%1» نشرة بلغة «%2»؛ اختر لغة النشرة هذه أولًا.</translation>
    </message>
    <message>
        <source>Save Handout</source>
        <translation>حفظ النشرة</translation>
    </message>
    <message>
        <source>The handout was not saved: %1</source>
        <translation>لم تُحفَظ النشرة: %1</translation>
    </message>
    <message>
        <source>Template name (the lists show templates by this name):</source>
        <translation>اسم القالب (تعرض القوائم القوالب بهذا الاسم):</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>اسم القالب:</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>لم يُحفظ القالب: %1</translation>
    </message>
    <message>
        <source>The autosave was not restored and has been kept:
%1</source>
        <translation>لم تُستعَد نسخة الحفظ التلقائي، وقد احتُفظ بها:
%1</translation>
    </message>
    <message>
        <source>The handout was restored, but could not be autosaved again; the old autosave has been kept:
%1</source>
        <translation>استُعيدت النشرة، لكن تعذّر حفظها تلقائيًا من جديد؛ وقد احتُفظ بنسخة الحفظ التلقائي القديمة:
%1</translation>
    </message>
    <message>
        <source>“%1” is a handout in plain language; choose the plain-language wording first.</source>
        <translation>«%1» نشرة بلغة مبسطة؛ اختر الصياغة المبسطة أولًا.</translation>
    </message>
    <message>
        <source>“%1” is a handout in the article&apos;s wording; choose that wording first.</source>
        <translation>«%1» نشرة بصياغة المقال؛ اختر تلك الصياغة أولًا.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Handouts (*.handout)</source>
        <translation>النشرات (*.handout)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Typing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Remove empty box</source>
        <translation>إزالة الإطار الفارغ</translation>
    </message>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>استعادة صياغة المقال</translation>
    </message>
    <message>
        <source>Page size US Letter</source>
        <translation>حجم الصفحة Letter الأمريكي</translation>
    </message>
    <message>
        <source>Page size A4</source>
        <translation>حجم الصفحة A4</translation>
    </message>
    <message>
        <source>Large print on</source>
        <translation>تشغيل الطباعة الكبيرة</translation>
    </message>
    <message>
        <source>Large print off</source>
        <translation>إيقاف الطباعة الكبيرة</translation>
    </message>
    <message>
        <source>Change language to %1</source>
        <translation>تغيير اللغة إلى %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n section(s)</source>
        <translation>
            <numerusform>إضافة %n قسم</numerusform>
            <numerusform>إضافة قسم واحد (%n)</numerusform>
            <numerusform>إضافة قسمين (%n)</numerusform>
            <numerusform>إضافة %n أقسام</numerusform>
            <numerusform>إضافة %n قسمًا</numerusform>
            <numerusform>إضافة %n قسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n section(s)</source>
        <translation>
            <numerusform>إزالة %n قسم</numerusform>
            <numerusform>إزالة قسم واحد (%n)</numerusform>
            <numerusform>إزالة قسمين (%n)</numerusform>
            <numerusform>إزالة %n أقسام</numerusform>
            <numerusform>إزالة %n قسمًا</numerusform>
            <numerusform>إزالة %n قسم</numerusform>
        </translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>نقل القسم</translation>
    </message>
    <message>
        <source>Choose sections</source>
        <translation>اختيار الأقسام</translation>
    </message>
    <message>
        <source>Add the safety summary</source>
        <translation>إضافة ملخص السلامة</translation>
    </message>
    <message>
        <source>Remove the safety summary</source>
        <translation>إزالة ملخص السلامة</translation>
    </message>
    <message>
        <source>Add notes</source>
        <translation>إضافة ملاحظات</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>تغيير العنوان</translation>
    </message>
    <message>
        <source>Change patient details</source>
        <translation>تغيير بيانات المريض</translation>
    </message>
    <message>
        <source>Change clinic details</source>
        <translation>تغيير بيانات العيادة</translation>
    </message>
    <message>
        <source>Change wording to plain language</source>
        <translation>تغيير الصياغة إلى لغة مبسطة</translation>
    </message>
    <message>
        <source>Change wording to the article&apos;s</source>
        <translation>العودة إلى صياغة المقال</translation>
    </message>
    <message>
        <source>Words to know box on</source>
        <translation>تشغيل مربع «كلمات ينبغي معرفتها»</translation>
    </message>
    <message>
        <source>Words to know box off</source>
        <translation>إيقاف مربع «كلمات ينبغي معرفتها»</translation>
    </message>
    <message>
        <source>Rate checklist item %1: %2</source>
        <translation>تقييم البند %1: %2</translation>
    </message>
    <message>
        <source>Teach-back questions on</source>
        <translation>تفعيل أسئلة التحقق من الفهم</translation>
    </message>
    <message>
        <source>Teach-back questions off</source>
        <translation>إيقاف أسئلة التحقق من الفهم</translation>
    </message>
    <message>
        <source>Confirm removed or edited safety passages</source>
        <translation>تأكيد مقاطع السلامة المحذوفة أو المعدّلة</translation>
    </message>
    <message>
        <source>No page target</source>
        <translation>بلا عدد صفحات مستهدف</translation>
    </message>
    <message>
        <source>Page target %1</source>
        <translation>عدد الصفحات المستهدف: %1</translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <source>Safety Review</source>
        <translation>مراجعة السلامة</translation>
    </message>
    <message numerus="yes">
        <source>Before you %1, the safety review has %n point(s) to check:

%2

Continue anyway?</source>
        <translation>
            <numerusform>قبل أن %1، هناك %n نقطة في مراجعة السلامة يجب التحقق منها:

%2

هل تريد المتابعة على أي حال؟</numerusform>
            <numerusform>قبل أن %1، هناك %n نقطة في مراجعة السلامة يجب التحقق منها:

%2

هل تريد المتابعة على أي حال؟</numerusform>
            <numerusform>قبل أن %1، هناك %n نقطتان في مراجعة السلامة يجب التحقق منهما:

%2

هل تريد المتابعة على أي حال؟</numerusform>
            <numerusform>قبل أن %1، هناك %n نقاط في مراجعة السلامة يجب التحقق منها:

%2

هل تريد المتابعة على أي حال؟</numerusform>
            <numerusform>قبل أن %1، هناك %n نقطة في مراجعة السلامة يجب التحقق منها:

%2

هل تريد المتابعة على أي حال؟</numerusform>
            <numerusform>قبل أن %1، هناك %n نقطة في مراجعة السلامة يجب التحقق منها:

%2

هل تريد المتابعة على أي حال؟</numerusform>
        </translation>
    </message>
    <message>
        <source>export this handout</source>
        <translation>تُصدِّر هذه النشرة</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>The handout was not exported: %1</source>
        <translation>لم تُصدَّر النشرة: %1</translation>
    </message>
    <message>
        <source>print this handout</source>
        <translation>تطبع هذه النشرة</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>طباعة النشرة</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>The handout was not printed: %1</source>
        <translation>لم تُطبَع النشرة: %1</translation>
    </message>
    <message>
        <source>preview and print this handout</source>
        <translation>تعاين هذه النشرة وتطبعها</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
</context>
<context>
    <name>HandoutRecorder</name>
    <message>
        <source>Record of Handouts Given</source>
        <translation>سجل النشرات المُسلَّمة</translation>
    </message>
    <message>
        <source>The handout was printed, but it was not recorded: %1</source>
        <translation>طُبعت النشرة، لكنها لم تُسجَّل: %1</translation>
    </message>
    <message>
        <source>The PDF was written, but it was not recorded: %1</source>
        <translation>كُتب ملف PDF، لكنه لم يُسجَّل: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Given &amp;since:</source>
        <translation>المُسلَّمة منذ:</translation>
    </message>
    <message>
        <source>Only those with &amp;changed passages</source>
        <translation>فقط التي فيها فقرات تغيّرت</translation>
    </message>
    <message>
        <source>&amp;Open as New Handout</source>
        <translation>فتح كنشرة جديدة</translation>
    </message>
    <message>
        <source>&amp;Print Again…</source>
        <translation>طباعة مرة أخرى…</translation>
    </message>
    <message>
        <source>History of Handouts Given</source>
        <translation>سجل النشرات المُسلَّمة</translation>
    </message>
    <message>
        <source>Given since</source>
        <translation>المُسلَّمة منذ</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>مرجع المريض</translation>
    </message>
    <message>
        <source>Handouts holding a passage whose text the content has corrected since, or that it no longer has.</source>
        <translation>النشرات التي تحتوي على فقرة صُحِّح نصها في المحتوى منذ ذلك الحين، أو لم تعد موجودة فيه.</translation>
    </message>
    <message>
        <source>Given (UTC)</source>
        <translation>تاريخ التسليم (UTC)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>الإخراج</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>الطبيب المعالج</translation>
    </message>
    <message>
        <source>Changed passages</source>
        <translation>الفقرات المتغيّرة</translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation>النشرات المُسلَّمة</translation>
    </message>
    <message>
        <source>The record cannot be read: %1</source>
        <translation>تعذّرت قراءة السجل: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (محذوفة)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Handouts with passages changed since: %1</source>
        <translation>النشرات التي فيها فقرات تغيّرت منذ ذلك الحين: %1</translation>
    </message>
    <message>
        <source>Handouts given: %1</source>
        <translation>النشرات المُسلَّمة: %1</translation>
    </message>
    <message>
        <source>The recorded handout cannot be read: %1</source>
        <translation>تعذّرت قراءة النشرة المُسجَّلة: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exported to %1</source>
        <translation>صُدِّرت إلى %1</translation>
    </message>
    <message>
        <source>Applied the preset “%1”. Edit &gt; Undo brings back the previous selection.</source>
        <translation>طُبِّق الإعداد المسبق «%1». لاستعادة التحديد السابق، اختر تحرير &gt; تراجع.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;New Handout</source>
        <translation>نشرة جديدة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>مقاس Letter الأمريكي</translation>
    </message>
    <message>
        <source>L&amp;arge Print (18 pt)</source>
        <translation>طباعة بخط كبير (18 نقطة)</translation>
    </message>
    <message>
        <source>Pa&amp;ge Setup</source>
        <translation>إعداد الصفحة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Select &amp;All Text</source>
        <translation>تحديد كل النص</translation>
    </message>
    <message>
        <source>Select All &amp;Sections</source>
        <translation>تحديد جميع الأقسام</translation>
    </message>
    <message>
        <source>Select &amp;No Sections</source>
        <translation>إلغاء تحديد كل الأقسام</translation>
    </message>
    <message>
        <source>Add &amp;Notes from Your Care Team</source>
        <translation>إضافة ملاحظات من فريق رعايتك</translation>
    </message>
    <message>
        <source>Include Safety and Supervision &amp;Summary</source>
        <translation>تضمين ملخص السلامة والإشراف</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;About Handout Composer</source>
        <translation>حول Handout Composer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Patient and Follow-up</source>
        <translation>المريض والمتابعة</translation>
    </message>
    <message>
        <source>Safety Review</source>
        <translation>مراجعة السلامة</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Untitled handout</source>
        <translation>نشرة بلا عنوان</translation>
    </message>
    <message>
        <source>Handout Composer</source>
        <translation>Handout Composer</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Handout Composer</source>
        <translation>إغلاق Handout Composer</translation>
    </message>
    <message>
        <source>Remove the Safety Summary</source>
        <translation>إزالة ملخص السلامة</translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary puts the risks and the need for medical supervision where no reader can miss them. Remove it from this handout?</source>
        <translation>يضع ملخص «السلامة والإشراف» المخاطر وضرورة الإشراف الطبي في موضع لا يمكن لأي قارئ أن يغفل عنه. هل تريد إزالته من هذه النشرة؟</translation>
    </message>
    <message>
        <source>About Handout Composer</source>
        <translation>حول Handout Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;Builds patient-education handouts from a vetted source article.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; “%2”, by %3 (%4), %5, %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;Content version %8, reviewed %9, next review due %10.&lt;/p&gt;&lt;p&gt;Handouts are for education only and are not a substitute for professional medical advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;يُنشئ نشرات لتثقيف المرضى انطلاقًا من مقال مصدري مُدقَّق.&lt;/p&gt;&lt;p&gt;&lt;b&gt;المصدر:&lt;/b&gt; «%2»، بقلم %3 (%4)، %5، %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;إصدار المحتوى %8، تمت مراجعته في %9، والمراجعة التالية مستحقة في %10.&lt;/p&gt;&lt;p&gt;النشرات لأغراض التثقيف فقط، ولا تُغني عن المشورة الطبية المتخصصة.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use Template</source>
        <translation>استخدام القالب</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>حفظ كقالب…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح ملف حديث</translation>
    </message>
    <message>
        <source>Open Handout</source>
        <translation>فتح نشرة</translation>
    </message>
    <message>
        <source>Handout Language</source>
        <translation>لغة النشرة</translation>
    </message>
    <message>
        <source>The sections are rebuilt from the translated text, so changes you made inside them are not kept. Change the handout language?</source>
        <translation>يُعاد بناء الأقسام من النص المترجم، لذا لن تُحفَظ التغييرات التي أجريتها داخلها. هل تريد تغيير لغة النشرة؟</translation>
    </message>
    <message>
        <source>The translation cannot be used:
%1</source>
        <translation>لا يمكن استخدام الترجمة:
%1</translation>
    </message>
    <message>
        <source>&amp;Manage Templates…</source>
        <translation>إدارة القوالب…</translation>
    </message>
    <message>
        <source>Reading Level</source>
        <translation>مستوى القراءة</translation>
    </message>
    <message>
        <source>&amp;History of Handouts Given…</source>
        <translation>سجل النشرات المُسلَّمة…</translation>
    </message>
    <message>
        <source>Handout Wording</source>
        <translation>صياغة النشرة</translation>
    </message>
    <message>
        <source>The sections are rebuilt in the other wording, so changes you made inside them are not kept. Change the wording?</source>
        <translation>يُعاد بناء الأقسام بالصياغة الأخرى، فلا تُحفظ التغييرات التي أجريتها داخلها. هل تريد تغيير الصياغة؟</translation>
    </message>
    <message>
        <source>Include “&amp;Words to Know” Box</source>
        <translation>تضمين مربع «كلمات ينبغي معرفتها»</translation>
    </message>
    <message>
        <source>Print the glossary terms the handout uses, with their plain definitions</source>
        <translation>اطبع مصطلحات المسرد المستخدمة في النشرة مع تعريفاتها البسيطة</translation>
    </message>
    <message>
        <source>Print the teach-back questions of the chosen sections, with room for the patient&apos;s answers</source>
        <translation>طباعة أسئلة التحقق من الفهم للأقسام المختارة، مع مساحة لإجابات المريض</translation>
    </message>
    <message>
        <source>Include “Check Your Understanding” &amp;Questions</source>
        <translation>تضمين أسئلة «تحقّق من فهمك»</translation>
    </message>
    <message>
        <source>Page &amp;Target…</source>
        <translation>عدد الصفحات المستهدف…</translation>
    </message>
    <message>
        <source>Restore Unsaved Handout</source>
        <translation>استعادة النشرة غير المحفوظة</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1 is installed: spelling is not checked in it.</source>
        <translation>لا يوجد قاموس إملائي مثبّت للغة %1: لن يُدقَّق الإملاء فيها.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>إضافة إلى القاموس</translation>
    </message>
    <message>
        <source>The word was not added: %1</source>
        <translation>لم تُضَف الكلمة: %1</translation>
    </message>
    <message>
        <source>&amp;Translation Coverage…</source>
        <translation>تغطية الترجمات…</translation>
    </message>
    <message>
        <source>The content pack “%1” is the corrected version %2 from %3, in place of the built-in version %4.</source>
        <translation>حزمة المحتوى «%1» هي النسخة المصححة %2 من %3، بدلًا من النسخة المدمجة %4.</translation>
    </message>
    <message>
        <source>Content Pack</source>
        <translation>حزمة المحتوى</translation>
    </message>
    <message>
        <source>The content pack cannot be used:
%1</source>
        <translation>لا يمكن استخدام حزمة المحتوى:
%1</translation>
    </message>
    <message>
        <source>New handout from the content pack “%1”.</source>
        <translation>نشرة جديدة من حزمة المحتوى «%1».</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <source>Content Pac&amp;k</source>
        <translation>حزمة المحتوى</translation>
    </message>
    <message>
        <source>Version %1, built in</source>
        <translation>الإصدار %1، مدمج</translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation>الإصدار %1، من %2</translation>
    </message>
</context>
<context>
    <name>PageBudgetBanner</name>
    <message>
        <source>%1 (%2 p.)</source>
        <translation>%1 (%2 ص)</translation>
    </message>
    <message numerus="yes">
        <source>This handout has %n page(s), over its target of %1.</source>
        <translation>
            <numerusform>تضم هذه النشرة %n صفحة، أكثر من العدد المستهدف %1.</numerusform>
            <numerusform>تضم هذه النشرة صفحة واحدة (%n)، أكثر من العدد المستهدف %1.</numerusform>
            <numerusform>تضم هذه النشرة صفحتين (%n)، أكثر من العدد المستهدف %1.</numerusform>
            <numerusform>تضم هذه النشرة %n صفحات، أكثر من العدد المستهدف %1.</numerusform>
            <numerusform>تضم هذه النشرة %n صفحة، أكثر من العدد المستهدف %1.</numerusform>
            <numerusform>تضم هذه النشرة %n صفحة، أكثر من العدد المستهدف %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>To fit, you could leave out: %1.</source>
        <translation>لتلتزم بالعدد، يمكنك حذف: %1.</translation>
    </message>
    <message>
        <source>Even leaving out all of these would not be enough: %1.</source>
        <translation>حتى حذف كل هذه لن يكفي: %1.</translation>
    </message>
    <message>
        <source>Sections with a risk or supervision passage are never suggested.</source>
        <translation>لا تُقترح أبدًا الأقسام التي تضم فقرة عن المخاطر أو الإشراف.</translation>
    </message>
    <message>
        <source>Every section in it has a risk or supervision passage, and those are never suggested.</source>
        <translation>كل قسم فيها يضم فقرة عن المخاطر أو الإشراف، وهذه لا تُقترح أبدًا.</translation>
    </message>
    <message>
        <source>It has no section that could be left out.</source>
        <translation>لا يوجد فيها قسم يمكن حذفه.</translation>
    </message>
    <message>
        <source>Nothing is left out unless you do it.</source>
        <translation>لا يُحذف شيء إلا إذا حذفته بنفسك.</translation>
    </message>
</context>
<context>
    <name>PageCostDelegate</name>
    <message>
        <source>%1 p.</source>
        <translation>%1 ص</translation>
    </message>
</context>
<context>
    <name>PageStatus</name>
    <message>
        <source>US Letter</source>
        <translation>مقاس Letter الأمريكي</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), over the target of %1</source>
        <translation>
            <numerusform>%n صفحة، أكثر من المستهدف %1</numerusform>
            <numerusform>%n صفحة، أكثر من المستهدف %1</numerusform>
            <numerusform>%n صفحتان، أكثر من المستهدف %1</numerusform>
            <numerusform>%n صفحات، أكثر من المستهدف %1</numerusform>
            <numerusform>%n صفحة، أكثر من المستهدف %1</numerusform>
            <numerusform>%n صفحة، أكثر من المستهدف %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), target %1</source>
        <translation>
            <numerusform>%n صفحة، المستهدف %1</numerusform>
            <numerusform>%n صفحة، المستهدف %1</numerusform>
            <numerusform>%n صفحتان، المستهدف %1</numerusform>
            <numerusform>%n صفحات، المستهدف %1</numerusform>
            <numerusform>%n صفحة، المستهدف %1</numerusform>
            <numerusform>%n صفحة، المستهدف %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, large print</source>
        <translation>%1، طباعة بخط كبير</translation>
    </message>
    <message>
        <source>Page tar&amp;get:</source>
        <translation>عدد الصفحات المستهدف:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Page target</source>
        <translation>عدد الصفحات المستهدف</translation>
    </message>
    <message>
        <source>The number of pages this handout should keep to. Going over shows a warning with sections you could leave out; nothing is removed by itself.</source>
        <translation>عدد الصفحات الذي ينبغي ألا تتجاوزه هذه النشرة. عند تجاوزه يظهر تحذير يقترح أقسامًا يمكنك حذفها؛ ولا يُحذف شيء تلقائيًا.</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>the page size is not supported by this device</source>
        <translation>هذا الجهاز لا يدعم مقاس الصفحة</translation>
    </message>
    <message>
        <source>could not start painting on the output</source>
        <translation>تعذّر بدء الرسم على المخرجات</translation>
    </message>
    <message>
        <source>could not start page %1</source>
        <translation>تعذّر بدء الصفحة %1</translation>
    </message>
    <message>
        <source>could not finish the output</source>
        <translation>تعذّر إنهاء المخرجات</translation>
    </message>
</context>
<context>
    <name>PassageMenu</name>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>استعادة صياغة المقال</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>لا يمكن كتابة «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PersonalDictionary</name>
    <message>
        <source>a word list</source>
        <translation>قائمة كلمات</translation>
    </message>
    <message>
        <source>“%1” is not one word</source>
        <translation>«%1» ليست كلمة واحدة</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>تعذّر إنشاء المجلد «%1»</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>تعذّرت كتابة «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PersonalizationForm</name>
    <message>
        <source>Handout &amp;title:</source>
        <translation>عنوان النشرة:</translation>
    </message>
    <message>
        <source>Title printed at the top</source>
        <translation>العنوان المطبوع في الأعلى</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>المريض:</translation>
    </message>
    <message>
        <source>Name as it should be printed</source>
        <translation>الاسم كما يجب أن يُطبع</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>الأخصائي المعالج:</translation>
    </message>
    <message>
        <source>Who prepared the handout</source>
        <translation>مَن أعدّ النشرة</translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation>الموعد القادم:</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>اليوم والوقت</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <source>Who to call with questions</source>
        <translation>بمن تتصل عند وجود أسئلة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Use today&apos;s date</source>
        <translation>استخدام تاريخ اليوم</translation>
    </message>
    <message>
        <source>Printed as typed. Patient details stay in this handout only.</source>
        <translation>يُطبع كما كُتب. تبقى بيانات المريض في هذه النشرة فقط.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>الأصلية</translation>
    </message>
    <message>
        <source>partly translated</source>
        <translation>مترجمة جزئيًا</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>لم تُراجَع بعد</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>تمت مراجعتها</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>غير قابلة للاستخدام</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>لغة النشرة:</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>لغة النشرة</translation>
    </message>
    <message>
        <source>The language the handout is printed in, whatever the language of the menus.</source>
        <translation>اللغة التي تُطبع بها النشرة، بصرف النظر عن لغة القوائم.</translation>
    </message>
    <message>
        <source>Patient &amp;reference:</source>
        <translation>مرجع المريض:</translation>
    </message>
    <message>
        <source>Chart number, for the record only</source>
        <translation>رقم الملف الطبي، للسجل فقط</translation>
    </message>
    <message>
        <source>Not printed. Kept as typed in the record of handouts given, so the clinic can find what a patient was given. Never type the patient&apos;s name here.</source>
        <translation>لا يُطبع. يُحفظ كما كُتب في سجل النشرات المُسلَّمة، لتتمكن العيادة من معرفة ما سُلِّم لمريض ما. لا تكتب اسم المريض هنا أبدًا.</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>لغة مبسطة</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>الصياغة:</translation>
    </message>
    <message>
        <source>Article wording</source>
        <translation>صياغة المقال</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>Print the article&apos;s own sentences, or its plain-language adaptation. Plain language is not available in every handout language.</source>
        <translation>اطبع جمل المقال نفسها أو اقتباسه بلغة مبسطة. اللغة المبسطة غير متاحة في كل لغات النشرة.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Clinic profile (printed on every handout)</source>
        <translation>ملف العيادة (يُطبع على كل نشرة)</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>اسم العيادة:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>After hours or &amp;crisis line:</source>
        <translation>خط ما بعد ساعات العمل أو الأزمات:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>اسم العيادة</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>هاتف العيادة</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>عنوان العيادة</translation>
    </message>
    <message>
        <source>After hours or crisis line</source>
        <translation>خط ما بعد ساعات العمل أو الأزمات</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانية</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>الفاصل الزمني للحفظ التلقائي بالثواني</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>حفظ تلقائي كل:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>مقاس Letter الأمريكي</translation>
    </message>
    <message>
        <source>Default page size</source>
        <translation>مقاس الصفحة الافتراضي</translation>
    </message>
    <message>
        <source>Default page &amp;size:</source>
        <translation>مقاس الصفحة الافتراضي:</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>مستوى القراءة</translation>
    </message>
    <message>
        <source>Target school grade</source>
        <translation>الصف الدراسي المستهدف</translation>
    </message>
    <message>
        <source>Warning above school grade</source>
        <translation>تنبيه فوق الصف الدراسي</translation>
    </message>
    <message>
        <source>&amp;Target grade:</source>
        <translation>الصف المستهدف:</translation>
    </message>
    <message>
        <source>&amp;Warn above grade:</source>
        <translation>تنبيه فوق الصف:</translation>
    </message>
    <message>
        <source>&amp;Record every PDF export and print</source>
        <translation>تسجيل كل تصدير PDF وكل طباعة</translation>
    </message>
    <message>
        <source>Record of handouts given</source>
        <translation>سجل النشرات المُسلَّمة</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>هذا الحاسوب (SQLite)</translation>
    </message>
    <message>
        <source>Leave empty to keep the record on this computer, or give the clinic&apos;s server as postgresql://user@host:port/database. HANDOUT_DATABASE, when set, takes precedence.</source>
        <translation>اتركه فارغًا لحفظ السجل على هذا الحاسوب، أو اكتب خادم العيادة بالشكل postgresql://user@host:port/database. إذا عُيِّن HANDOUT_DATABASE فله الأولوية.</translation>
    </message>
    <message>
        <source>Record database</source>
        <translation>قاعدة بيانات السجل</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Default page target for new handouts</source>
        <translation>عدد الصفحات المستهدف الافتراضي للنشرات الجديدة</translation>
    </message>
    <message>
        <source>Default page tar&amp;get:</source>
        <translation>عدد الصفحات المستهدف الافتراضي:</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Handout Composer</source>
        <translation>Handout Composer</translation>
    </message>
    <message>
        <source>Compose patient handouts from vetted source articles.</source>
        <translation>أنشئ نشرات للمرضى من مقالات مصدرية مُدقَّقة.</translation>
    </message>
    <message>
        <source>Start with the sections of an audience preset.</source>
        <translation>البدء بأقسام إعداد مسبق للفئة المستهدفة.</translation>
    </message>
    <message>
        <source>The built-in content could not be loaded:
%1</source>
        <translation>تعذّر تحميل المحتوى المدمج:
%1</translation>
    </message>
    <message>
        <source>Content packs skipped</source>
        <translation>حزم محتوى لم تُحمَّل</translation>
    </message>
    <message>
        <source>These content packs were not loaded, and are not used:

%1</source>
        <translation>لم تُحمَّل حزم المحتوى هذه، ولا تُستخدم:

%1</translation>
    </message>
    <message>
        <source>Use this interface language (en, es, fr, de, ar).</source>
        <translation>استخدام لغة الواجهة هذه (en, es, fr, de, ar).</translation>
    </message>
    <message>
        <source>Handout files to open. A window holds one handout: only the first file opens.</source>
        <translation>ملفات النشرات المراد فتحها. تحتوي النافذة على نشرة واحدة: يُفتح الملف الأول فقط.</translation>
    </message>
    <message>
        <source>Only the first file named was opened: a window holds one handout.</source>
        <translation>فُتح الملف الأول المذكور فقط: تحتوي النافذة على نشرة واحدة.</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>%1 words a sentence</source>
        <translation>%1 كلمة في الجملة</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <source>ease %1</source>
        <translation>السهولة %1</translation>
    </message>
    <message>
        <source>Flesch-Kincaid grade %1</source>
        <translation>Flesch-Kincaid، الصف %1</translation>
    </message>
    <message>
        <source>SMOG grade %1</source>
        <translation>SMOG، الصف %1</translation>
    </message>
    <message>
        <source>Flesch reading ease %1</source>
        <translation>سهولة القراءة (Flesch) %1</translation>
    </message>
    <message>
        <source>Fernández-Huerta %1</source>
        <translation>Fernández-Huerta %1</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>صعب جدًا</translation>
    </message>
    <message>
        <source>somewhat hard</source>
        <translation>صعب نوعًا ما</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>سهل نسبيًا</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>سهل جدًا</translation>
    </message>
    <message>
        <source>Szigriszt-Pazos %1 (INFLESZ: %2)</source>
        <translation>Szigriszt-Pazos %1 (INFLESZ: %2)</translation>
    </message>
    <message>
        <source>Kandel-Moles %1</source>
        <translation>Kandel-Moles %1</translation>
    </message>
    <message>
        <source>Amstad %1</source>
        <translation>Amstad %1</translation>
    </message>
    <message>
        <source>Wiener Sachtextformel grade %1</source>
        <translation>Wiener Sachtextformel، الصف %1</translation>
    </message>
    <message>
        <source>No text to measure yet.</source>
        <translation>لا يوجد نص للقياس بعد.</translation>
    </message>
    <message>
        <source>%1 words a sentence; %2 % long words. No validated readability formula exists for this language, so no grade is shown.</source>
        <translation>%1 كلمة في الجملة؛ %2 % كلمات طويلة. لا توجد معادلة مقروئية معتمدة لهذه اللغة، لذلك لا يُعرض أي صف.</translation>
    </message>
    <message>
        <source>Target: grade %1 or lower.</source>
        <translation>الهدف: الصف %1 أو أقل.</translation>
    </message>
    <message>
        <source>The last change did not move the level.</source>
        <translation>لم يغيّر التعديل الأخير المستوى.</translation>
    </message>
    <message>
        <source>The last change moved the level by %1 (%2).</source>
        <translation>غيّر التعديل الأخير المستوى بمقدار %1 (%2).</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>أصعب</translation>
    </message>
    <message>
        <source>easier</source>
        <translation>أسهل</translation>
    </message>
    <message>
        <source>Edit the text to see how each change moves the level.</source>
        <translation>عدّل النص لترى كيف يغيّر كل تعديل المستوى.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s): %1</source>
        <translation>
            <numerusform>%n كلمة: %1</numerusform>
            <numerusform>%n كلمة: %1</numerusform>
            <numerusform>%n كلمة: %1</numerusform>
            <numerusform>%n كلمات: %1</numerusform>
            <numerusform>%n كلمة: %1</numerusform>
            <numerusform>%n كلمة: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading level by section (%n above the warning level)</source>
        <translation>
            <numerusform>مستوى القراءة حسب القسم (%n فوق مستوى التنبيه)</numerusform>
            <numerusform>مستوى القراءة حسب القسم (%n فوق مستوى التنبيه)</numerusform>
            <numerusform>مستوى القراءة حسب القسم (%n فوق مستوى التنبيه)</numerusform>
            <numerusform>مستوى القراءة حسب القسم (%n فوق مستوى التنبيه)</numerusform>
            <numerusform>مستوى القراءة حسب القسم (%n فوق مستوى التنبيه)</numerusform>
            <numerusform>مستوى القراءة حسب القسم (%n فوق مستوى التنبيه)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 مرات)</translation>
    </message>
    <message>
        <source>Acronyms never spelled out: %1</source>
        <translation>اختصارات لم تُكتب كاملة: %1</translation>
    </message>
    <message>
        <source>Long words the glossary does not define: %1</source>
        <translation>كلمات طويلة لا يعرّفها المسرد: %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Longest sentences</source>
        <translation>أطول الجمل</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>المصطلحات الصعبة</translation>
    </message>
    <message>
        <source>Reading level by section</source>
        <translation>مستوى القراءة حسب القسم</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>recorded handout</source>
        <translation>نشرة مُسجَّلة</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder “%1”</source>
        <translation>لا يمكن إنشاء مجلد الاستعادة «%1»</translation>
    </message>
    <message>
        <source>cannot lock “%1”</source>
        <translation>لا يمكن قفل «%1»</translation>
    </message>
    <message>
        <source>the recovery folder is not open</source>
        <translation>مجلد الاستعادة غير مفتوح</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>المجلد «%1» غير موجود</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist (“%1” is a file, not a folder)</source>
        <translation>المجلد «%1» غير موجود («%1» ملف وليس مجلدًا)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>cannot make it private: %1</source>
        <translation>تعذّر جعله خاصًا: %1</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>تعذّرت كتابة الملف</translation>
    </message>
    <message>
        <source>it is a device, pipe or socket, not a regular file, and is never replaced</source>
        <translation>إنه جهاز أو أنبوب أو مقبس، وليس ملفًا عاديًا، ولا يُستبدل أبدًا</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>✓ Every risk and supervision passage of the selected sections is in the handout, unchanged, and the safety summary is present.</source>
        <translation>✓ جميع فقرات المخاطر والإشراف في الأقسام المحددة موجودة في النشرة دون تغيير، وملخص السلامة موجود.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to check before printing:</source>
        <translation>
            <numerusform>%n نقطة يجب التحقق منها قبل الطباعة:</numerusform>
            <numerusform>%n نقطة يجب التحقق منها قبل الطباعة:</numerusform>
            <numerusform>%n نقطتان يجب التحقق منهما قبل الطباعة:</numerusform>
            <numerusform>%n نقاط يجب التحقق منها قبل الطباعة:</numerusform>
            <numerusform>%n نقطة يجب التحقق منها قبل الطباعة:</numerusform>
            <numerusform>%n نقطة يجب التحقق منها قبل الطباعة:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk passage(s)</source>
        <translation>
            <numerusform>%n فقرة عن المخاطر</numerusform>
            <numerusform>%n فقرة عن المخاطر</numerusform>
            <numerusform>%n فقرتان عن المخاطر</numerusform>
            <numerusform>%n فقرات عن المخاطر</numerusform>
            <numerusform>%n فقرة عن المخاطر</numerusform>
            <numerusform>%n فقرة عن المخاطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision passage(s)</source>
        <translation>
            <numerusform>%n فقرة عن الإشراف</numerusform>
            <numerusform>%n فقرة عن الإشراف</numerusform>
            <numerusform>%n فقرتان عن الإشراف</numerusform>
            <numerusform>%n فقرات عن الإشراف</numerusform>
            <numerusform>%n فقرة عن الإشراف</numerusform>
            <numerusform>%n فقرة عن الإشراف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>risk or supervision passages</comment>
        <translation>
            <numerusform>%n مُزالة</numerusform>
            <numerusform>%n مُزالة</numerusform>
            <numerusform>%n مُزالتان</numerusform>
            <numerusform>%n مُزالة</numerusform>
            <numerusform>%n مُزالة</numerusform>
            <numerusform>%n مُزالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety findings</source>
        <translation>ملاحظات السلامة</translation>
    </message>
    <message>
        <source>Put the safety summary back</source>
        <translation>إعادة ملخص السلامة</translation>
    </message>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>استعادة صياغة المقال</translation>
    </message>
    <message>
        <source>In the text, yellow marks a translation not yet reviewed; orange, a passage shown in the source language.</source>
        <translation>في النص، يشير اللون الأصفر إلى ترجمة لم تُراجَع بعد، ويشير البرتقالي إلى فقرة معروضة باللغة المصدر.</translation>
    </message>
    <message>
        <source>✓ Confirmed on %1: %2</source>
        <translation>✓ تم التأكيد في %1: %2</translation>
    </message>
    <message>
        <source>✓ Confirmed by %1 on %2: %3</source>
        <translation>✓ أكّده %1 في %2: %3</translation>
    </message>
    <message>
        <source>✓ Nothing left to check. The clinician confirmed the removed or edited passages below.</source>
        <translation>✓ لم يبقَ ما يستدعي المراجعة. أكّد الطبيب المقاطع المحذوفة أو المعدّلة أدناه.</translation>
    </message>
</context>
<context>
    <name>SafetyReview</name>
    <message>
        <source>No section is selected yet.</source>
        <translation>لم يُحدَّد أي قسم بعد.</translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary has been removed.</source>
        <translation>أُزيل ملخص «السلامة والإشراف».</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <source>A %1 passage was removed from “%2”.</source>
        <translation>أُزيلت فقرة عن %1 من «%2».</translation>
    </message>
    <message>
        <source>A %1 passage in “%2” was edited.</source>
        <translation>عُدِّلت فقرة عن %1 في «%2».</translation>
    </message>
    <message>
        <source>A %1 passage in “%2” is no longer in its box.</source>
        <translation>لم تعد فقرة عن %1 في «%2» داخل إطارها.</translation>
    </message>
    <message>
        <source>None of the selected sections calls for medical guidance or supervision.</source>
        <translation>لا يتطلب أي من الأقسام المحددة توجيهًا أو إشرافًا طبيًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are translations that no one has reviewed yet.</source>
        <translation>
            <numerusform>في هذه النشرة %n نص مترجم لم يراجعه أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نص مترجم لم يراجعه أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نصان مترجمان لم يراجعهما أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نصوص مترجمة لم يراجعها أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نصًا مترجمًا لم يراجعه أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نص مترجم لم يراجعه أحد بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the source language because their translation is missing or out of date.</source>
        <translation>
            <numerusform>يُعرض %n نص باللغة المصدر لأن ترجمته مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نص باللغة المصدر لأن ترجمته مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نصان باللغة المصدر لأن ترجمتهما مفقودة أو قديمة.</numerusform>
            <numerusform>تُعرض %n نصوص باللغة المصدر لأن ترجمتها مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نصًا باللغة المصدر لأن ترجمتها مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نص باللغة المصدر لأن ترجمتها مفقودة أو قديمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are in a plain-language wording that no one has reviewed yet.</source>
        <translation>
            <numerusform>في هذه النشرة %n نص بصياغة مبسطة لم يراجعها أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نص بصياغة مبسطة لم يراجعها أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نص بصياغة مبسطة لم يراجعها أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نص بصياغة مبسطة لم يراجعها أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نص بصياغة مبسطة لم يراجعها أحد بعد.</numerusform>
            <numerusform>في هذه النشرة %n نص بصياغة مبسطة لم يراجعها أحد بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the article&apos;s wording because their plain-language wording is missing or out of date.</source>
        <translation>
            <numerusform>يُعرض %n نص بصياغة المقال لأن صياغته المبسطة مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نص بصياغة المقال لأن صياغته المبسطة مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نص بصياغة المقال لأن صياغته المبسطة مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نص بصياغة المقال لأن صياغته المبسطة مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نص بصياغة المقال لأن صياغته المبسطة مفقودة أو قديمة.</numerusform>
            <numerusform>يُعرض %n نص بصياغة المقال لأن صياغته المبسطة مفقودة أو قديمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout gives no crisis line and no number to call: add them in the clinic profile or the contact.</source>
        <translation>لا تذكر النشرة خط أزمات ولا رقمًا للاتصال: أضفهما في ملف العيادة أو في جهة الاتصال.</translation>
    </message>
    <message>
        <source>Every text of the plain-language wording is marked done, but its .info file names no reviewer, so the handout says it has not been reviewed.</source>
        <translation>كل نصوص الصياغة المبسطة معلَّمة بأنها منتهية، لكن ملف ‎.info‎ الخاص بها لا يذكر أي مراجع، لذا تقول النشرة إنها لم تُراجَع.</translation>
    </message>
    <message>
        <source>Every translated text is marked done, but the translation&apos;s .info file names no reviewer, so the handout says it has not been reviewed.</source>
        <translation>كل النصوص المترجمة معلَّمة بأنها منتهية، لكن ملف ‎.info‎ الخاص بالترجمة لا يذكر أي مراجع، لذا تقول النشرة إنها لم تُراجَع.</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Audience &amp;preset:</source>
        <translation>إعداد مسبق للفئة المستهدفة:</translation>
    </message>
    <message>
        <source>Choose who the handout is for…</source>
        <translation>اختر الفئة التي تستهدفها النشرة…</translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation>إعداد مسبق للفئة المستهدفة</translation>
    </message>
    <message>
        <source>Filter sections by title or text…</source>
        <translation>تصفية الأقسام حسب العنوان أو النص…</translation>
    </message>
    <message>
        <source>Filter sections</source>
        <translation>تصفية الأقسام</translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation>أقسام المقال</translation>
    </message>
    <message>
        <source>Check a section to put it in the handout.</source>
        <translation>حدّد قسمًا لإضافته إلى النشرة.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>إلغاء التحديد</translation>
    </message>
    <message>
        <source>In this handout, in order:</source>
        <translation>في هذه النشرة، بالترتيب:</translation>
    </message>
    <message>
        <source>Sections in the handout, in order</source>
        <translation>أقسام النشرة بالترتيب</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>اسحب لإعادة الترتيب، أو استخدم Alt+السهم لأعلى وAlt+السهم لأسفل.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>نقل لأعلى (Alt+السهم لأعلى)</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>نقل القسم لأعلى</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>نقل لأسفل (Alt+السهم لأسفل)</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>نقل القسم لأسفل</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>قالب: %1</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n passage(s) on risks</source>
        <translation>
            <numerusform>%n فقرة عن المخاطر</numerusform>
            <numerusform>%n فقرة عن المخاطر</numerusform>
            <numerusform>%n فقرتان عن المخاطر</numerusform>
            <numerusform>%n فقرات عن المخاطر</numerusform>
            <numerusform>%n فقرة عن المخاطر</numerusform>
            <numerusform>%n فقرة عن المخاطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) on medical supervision</source>
        <translation>
            <numerusform>%n فقرة عن الإشراف الطبي</numerusform>
            <numerusform>%n فقرة عن الإشراف الطبي</numerusform>
            <numerusform>%n فقرتان عن الإشراف الطبي</numerusform>
            <numerusform>%n فقرات عن الإشراف الطبي</numerusform>
            <numerusform>%n فقرة عن الإشراف الطبي</numerusform>
            <numerusform>%n فقرة عن الإشراف الطبي</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation>أقسام المقال</translation>
    </message>
</context>
<context>
    <name>SelectedSectionsModel</name>
    <message>
        <source>About %1 pages on paper</source>
        <translation>نحو %1 صفحة على الورق</translation>
    </message>
</context>
<context>
    <name>SpellingHighlighter</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(لا توجد اقتراحات)</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>إضافة «%1» إلى القاموس</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>تجاهل «%1»</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>no template is named “%1” and there is no such file (see &apos;handout-cli templates&apos;)</source>
        <translation>لا يوجد قالب باسم «%1» ولا يوجد ملف بهذا الاسم (انظر &apos;handout-cli templates&apos;)</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>يحتاج القالب إلى اسم.</translation>
    </message>
    <message>
        <source>A template name can be at most %1 characters long.</source>
        <translation>يمكن أن يتكون اسم القالب من %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>يوجد بالفعل قالب باسم «%1».</translation>
    </message>
    <message>
        <source>cannot create the templates folder “%1”</source>
        <translation>تعذّر إنشاء مجلد القوالب «%1»</translation>
    </message>
    <message>
        <source>cannot delete “%1”: %2</source>
        <translation>تعذّر حذف «%1»: %2</translation>
    </message>
    <message>
        <source>is a handout, not a template</source>
        <translation>نشرة وليست قالبًا</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة التسمية…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Manage Templates</source>
        <translation>إدارة القوالب</translation>
    </message>
    <message>
        <source>&amp;Templates (chosen from the preset list of the Sections panel):</source>
        <translation>القوالب (تُختار من قائمة الاختيارات الجاهزة في لوحة الأقسام):</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Handout title: %1
File: %2</source>
        <translation>عنوان النشرة: %1
الملف: %2</translation>
    </message>
    <message>
        <source>New name for the template “%1”:</source>
        <translation>الاسم الجديد للقالب «%1»:</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>إعادة تسمية القالب</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>حذف القالب</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>هل تريد حذف القالب «%1»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>TranslationCoverageDialog</name>
    <message>
        <source>Translation Coverage</source>
        <translation>تغطية الترجمات</translation>
    </message>
    <message>
        <source>Content translations of “%1”. Choose a number to list its texts.</source>
        <translation>ترجمات محتوى «%1». اختر رقمًا لعرض نصوصه.</translation>
    </message>
    <message>
        <source>These files could not be read:</source>
        <translation>تعذّرت قراءة هذه الملفات:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>النص المصدر</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>%1, plain wording</source>
        <translation>%1، صياغة مبسّطة</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>built into the program</source>
        <translation>مدمج في البرنامج</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Translator: %1 · Method: %2 · Reviewer: %3</source>
        <translation>المترجم: %1 · الطريقة: %2 · المراجع: %3</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>غير مُراجَع</translation>
    </message>
    <message>
        <source>Translated from: %1
Now: %2</source>
        <translation>تُرجم من: %1
الآن: %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>article title</source>
        <translation>عنوان المقال</translation>
    </message>
    <message>
        <source>section title</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>safety point</source>
        <translation>نقطة سلامة</translation>
    </message>
    <message>
        <source>fixed text</source>
        <translation>نص ثابت</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>مسرد</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>إعداد مسبق</translation>
    </message>
    <message>
        <source>teach-back</source>
        <translation>التحقق من الفهم</translation>
    </message>
    <message>
        <source>professional translation</source>
        <translation>ترجمة احترافية</translation>
    </message>
    <message>
        <source>back-translated</source>
        <translation>بترجمة عكسية</translation>
    </message>
    <message>
        <source>draft translation</source>
        <translation>ترجمة مسودة</translation>
    </message>
</context>
<context>
    <name>TranslationLibrary</name>
    <message>
        <source>the file says its language is “%1”, but its name says “%2”</source>
        <translation>يذكر الملف أن لغته «%1»، لكن اسمه يشير إلى «%2»</translation>
    </message>
    <message>
        <source>no translation into “%1”</source>
        <translation>لا توجد ترجمة إلى «%1»</translation>
    </message>
    <message>
        <source>no plain-language wording of this pack</source>
        <translation>لا توجد صياغة بلغة مبسطة لهذه الحزمة</translation>
    </message>
    <message>
        <source>no plain-language wording in “%1” (plain language is available in: %2)</source>
        <translation>لا توجد صياغة بلغة مبسطة في «%1» (اللغة المبسطة متاحة في: %2)</translation>
    </message>
</context>
<context>
    <name>TsCatalog</name>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>حجم الملف أكبر من %1 MiB</translation>
    </message>
    <message>
        <source>not a Qt Linguist file: the root element is &lt;%1&gt;, not &lt;TS&gt;</source>
        <translation>ليس ملف Qt Linguist: العنصر الجذري هو &lt;%1&gt; وليس &lt;TS&gt;</translation>
    </message>
    <message>
        <source>plural messages are not used in content translations</source>
        <translation>لا تُستخدم رسائل الجمع في ترجمات المحتوى</translation>
    </message>
    <message>
        <source>a message has no context name</source>
        <translation>إحدى الرسائل ليس لها اسم سياق</translation>
    </message>
    <message>
        <source>the message “%1” has no id (its &lt;comment&gt;)</source>
        <translation>الرسالة «%1» ليس لها معرّف (عنصر &lt;comment&gt; الخاص بها)</translation>
    </message>
    <message>
        <source>the id “%1” appears twice in context “%2” (first on line %3)</source>
        <translation>المعرّف «%1» مكرر في السياق «%2» (أول ظهور له في السطر %3)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML غير سليم البنية: %1</translation>
    </message>
    <message>
        <source>not a Qt Linguist file: no &lt;TS&gt; element</source>
        <translation>ليس ملف Qt Linguist: لا يوجد عنصر &lt;TS&gt;</translation>
    </message>
    <message>
        <source>the file declares XML entities, which translation files never use</source>
        <translation>يُعرّف الملف كيانات XML، وهي لا تُستخدم أبدًا في ملفات الترجمة</translation>
    </message>
    <message>
        <source>a message holds a text of more than %1 characters</source>
        <translation>تحتوي رسالة على نص يزيد على %1 حرفًا</translation>
    </message>
    <message>
        <source>the texts add up to more than %1 characters</source>
        <translation>مجموع النصوص يزيد على %1 حرفًا</translation>
    </message>
</context>
<context>
    <name>XliffCatalog</name>
    <message>
        <source>the file declares XML entities, which translation files never use</source>
        <translation>يُعرّف الملف كيانات XML، وهي لا تُستخدم أبدًا في ملفات الترجمة</translation>
    </message>
    <message>
        <source>not an XLIFF file: the root element is &lt;%1&gt;, not &lt;xliff&gt;</source>
        <translation>ليس ملف XLIFF: العنصر الجذري هو &lt;%1&gt; وليس &lt;xliff&gt;</translation>
    </message>
    <message>
        <source>XLIFF version %1 is not read: ask for XLIFF 1.2</source>
        <translation>لا يُقرأ الإصدار %1 من XLIFF: اطلب XLIFF 1.2</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML غير سليم البنية: %1</translation>
    </message>
    <message>
        <source>not an XLIFF file: no &lt;file&gt; element</source>
        <translation>ليس ملف XLIFF: لا يوجد عنصر &lt;file&gt;</translation>
    </message>
    <message>
        <source>a &lt;file&gt; translates into “%1”, an earlier one into “%2”</source>
        <translation>أحد عناصر &lt;file&gt; يترجم إلى «%1» وعنصر سابق يترجم إلى «%2»</translation>
    </message>
    <message>
        <source>a unit holds a text of more than %1 characters</source>
        <translation>تحتوي وحدة على نص يزيد على %1 حرفًا</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds the markup &lt;%2&gt;: content translations are plain text</source>
        <translation>يحتوي &lt;%1&gt; على الترميز &lt;%2&gt;: ترجمات المحتوى نص عادي</translation>
    </message>
    <message>
        <source>the texts add up to more than %1 characters</source>
        <translation>مجموع النصوص يزيد على %1 حرفًا</translation>
    </message>
    <message>
        <source>the unit “%1” does not say which text it translates: it needs a group with a resname (the context) and a resname or gettext context (the id)</source>
        <translation>لا تذكر الوحدة «%1» النص الذي تترجمه: يلزمها مجموعة لها resname (السياق) و resname أو سياق gettext (المعرّف)</translation>
    </message>
    <message>
        <source>a unit&apos;s id is longer than %1 characters</source>
        <translation>معرّف إحدى الوحدات أطول من %1 حرفًا</translation>
    </message>
    <message>
        <source>the id “%1” appears twice in context “%2” (first on line %3)</source>
        <translation>المعرّف «%1» مكرر في السياق «%2» (أول ظهور له في السطر %3)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>حجم الملف أكبر من %1 MiB</translation>
    </message>
</context>
</TS>
