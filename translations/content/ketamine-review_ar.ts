<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>article</name>
        <message>
            <source>A Detailed Review of Ketamine’s Newfound Popularity</source>
            <comment>title</comment>
            <extracomment>The article's title: the title of a handout of the whole article. Citations keep the title as published.</extracomment>
            <translation type="unfinished">مراجعة مفصلة لشعبية الكيتامين المتزايدة</translation>
        </message>
    </context>
    <context>
        <name>introduction</name>
        <message>
            <source>Introduction to Ketamine</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">مقدمة عن الكيتامين</translation>
        </message>
        <message>
            <source>Ketamine, a medication primarily used for anesthesia, has recently gained attention for its potential therapeutic effects on mental health disorders.</source>
            <comment>introduction-therapeutic-attention</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">الكيتامين دواء يُستخدم أساسًا في التخدير، وقد حظي مؤخرًا بالاهتمام بسبب تأثيراته العلاجية المحتملة على اضطرابات الصحة النفسية.</translation>
        </message>
        <message>
            <source>While it has been used in medical settings for decades, its application in treating conditions like depression and PTSD is still under investigation.</source>
            <comment>introduction-under-investigation</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">ومع أنه يُستخدم في البيئات الطبية منذ عقود، فإن استخدامه في علاج حالات مثل الاكتئاب واضطراب ما بعد الصدمة لا يزال قيد البحث.</translation>
        </message>
        <message>
            <source>The compound’s complex interaction with various receptors in the brain, including the NMDA receptor, contributes to its effects.</source>
            <comment>introduction-receptors</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">ويُسهم التفاعل المعقّد لهذا المركّب مع مستقبلات مختلفة في الدماغ، ومنها مستقبل NMDA، في إحداث تأثيراته.</translation>
        </message>
        <message>
            <source>But it’s important to approach the subject with caution, as ketamine’s recreational use and potential for abuse are well-documented.</source>
            <comment>introduction-abuse-potential</comment>
            <extracomment>Section: Introduction to Ketamine · tags: risk</extracomment>
            <translation type="unfinished">لكن من المهم تناول هذا الموضوع بحذر، إذ إن الاستخدام الترفيهي للكيتامين واحتمال إساءة استخدامه موثّقان توثيقًا جيدًا.</translation>
        </message>
        <message>
            <source>When it comes to the world of addiction recovery, history suggests that any time there is a new medical “flavor of the week”, there will be hundreds of thousands of people flocking towards it, looking for an easier, softer way.</source>
            <comment>introduction-flavor-of-the-week</comment>
            <extracomment>Section: Introduction to Ketamine · tags: risk</extracomment>
            <translation type="unfinished">وفي عالم التعافي من الإدمان، يشير التاريخ إلى أنه كلما ظهرت «موضة» طبية جديدة رائجة، سيتهافت عليها مئات الآلاف من الناس بحثًا عن طريق أسهل وأيسر.</translation>
        </message>
        <message>
            <source>The following sections attempt to present all information (as we currently know it) about Ketamine in the most detailed – yet summarized – and easily consumable way possible.</source>
            <comment>introduction-overview</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">تحاول الأقسام التالية عرض جميع المعلومات (كما نعرفها حاليًا) عن الكيتامين بأكثر الطرق تفصيلًا – مع الإيجاز في الوقت نفسه – وأسهلها استيعابًا.</translation>
        </message>
        <message>
            <source>It will dive into the many aspects of ketamine, providing an objective and comprehensive overview without promoting or glorifying its use.</source>
            <comment>introduction-objective</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">وستتعمّق في الجوانب العديدة للكيتامين، مقدّمةً نظرة عامة موضوعية وشاملة دون الترويج لاستخدامه أو تمجيده.</translation>
        </message>
    </context>
    <context>
        <name>dual-nature</name>
        <message>
            <source>Ketamine’s Dual Nature: Medical and Recreational</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">الطبيعة المزدوجة للكيتامين: الاستخدام الطبي والاستخدام الترفيهي</translation>
        </message>
    </context>
    <context>
        <name>medical-use</name>
        <message>
            <source>Medical Use</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine has a place in the medical world, mainly as an anesthetic.</source>
            <comment>medical-use-anesthetic</comment>
            <extracomment>Section: Medical Use</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Doctors use it to put patients to sleep during surgery, but it’s also being looked at as a way to help people with severe depression.</source>
            <comment>medical-use-depression</comment>
            <extracomment>Section: Medical Use</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>recreational-use</name>
        <message>
            <source>Recreational Use</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">الاستخدام الترفيهي</translation>
        </message>
        <message>
            <source>On the other hand, some people use ketamine for fun, and that’s where problems can start.</source>
            <comment>recreational-use-problems</comment>
            <extracomment>Section: Recreational Use · tags: risk</extracomment>
            <translation type="unfinished">ومن ناحية أخرى، يستخدم بعض الناس الكيتامين للمتعة، وهنا قد تبدأ المشكلات.</translation>
        </message>
        <message>
            <source>It’s known as “Special K” on the streets.</source>
            <comment>recreational-use-special-k</comment>
            <extracomment>Section: Recreational Use</extracomment>
            <translation type="unfinished">ويُعرف في الشوارع باسم «Special K».</translation>
        </message>
        <message>
            <source>When used this way, it can cause hallucinations and a feeling of being disconnected from your body.</source>
            <comment>recreational-use-hallucinations</comment>
            <extracomment>Section: Recreational Use · tags: risk</extracomment>
            <translation type="unfinished">وعند استخدامه بهذه الطريقة، يمكن أن يسبّب الهلوسة والشعور بالانفصال عن جسدك.</translation>
        </message>
        <message>
            <source>For this reason, used in the wrong context, it can be dangerous for anyone but certainly those recovering from drug addictions.</source>
            <comment>recreational-use-danger-in-recovery</comment>
            <extracomment>Section: Recreational Use · tags: risk</extracomment>
            <translation type="unfinished">ولهذا السبب، إذا استُخدم في السياق الخاطئ، فقد يكون خطيرًا على أي شخص، وبالتأكيد على من يتعافون من إدمان المخدرات.</translation>
        </message>
    </context>
    <context>
        <name>fine-line</name>
        <message>
            <source>A Fine Line</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">خيط رفيع</translation>
        </message>
        <message>
            <source>So, there’s a fine line between using ketamine for good reasons and using it for the wrong ones.</source>
            <comment>fine-line-good-and-wrong-reasons</comment>
            <extracomment>Section: A Fine Line</extracomment>
            <translation type="unfinished">إذن، هناك خيط رفيع بين استخدام الكيتامين لأسباب وجيهة واستخدامه لأسباب خاطئة.</translation>
        </message>
        <message>
            <source>It’s a powerful drug that can do a lot, but it has to be handled with care.</source>
            <comment>fine-line-handle-with-care</comment>
            <extracomment>Section: A Fine Line · tags: risk</extracomment>
            <translation type="unfinished">إنه عقار قوي يمكنه أن يفعل الكثير، لكن يجب التعامل معه بحذر.</translation>
        </message>
        <message>
            <source>The next sections will dig deeper into how ketamine works and why it’s being looked at for treating mental health problems.</source>
            <comment>fine-line-next-sections</comment>
            <extracomment>Section: A Fine Line</extracomment>
            <translation type="unfinished">وستتعمّق الأقسام التالية في كيفية عمل الكيتامين وسبب دراسته لعلاج مشكلات الصحة النفسية.</translation>
        </message>
        <message>
            <source>But remember, just because it might help some people doesn’t mean it’s safe for everyone.</source>
            <comment>fine-line-not-safe-for-everyone</comment>
            <extracomment>Section: A Fine Line · tags: risk</extracomment>
            <translation type="unfinished">لكن تذكّر أن كونه قد يساعد بعض الناس لا يعني أنه آمن للجميع.</translation>
        </message>
    </context>
    <context>
        <name>dissociative-states</name>
        <message>
            <source>Dissociative States</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">الحالات الانفصالية</translation>
        </message>
        <message>
            <source>Ketamine is known to induce dissociative states, which are feelings of detachment or disconnection from one’s surroundings or self. These states can be both intriguing and unsettling.</source>
            <comment>dissociative-states-detachment</comment>
            <extracomment>Section: Dissociative States · tags: risk</extracomment>
            <translation type="unfinished">من المعروف أن الكيتامين يُحدث حالات انفصالية، وهي مشاعر بالتباعد أو الانفصال عن المحيط أو عن الذات. ويمكن أن تكون هذه الحالات مثيرة للفضول ومقلقة في آنٍ واحد.</translation>
        </message>
        <message>
            <source>In a medical setting, dissociative states might be used to help patients disconnect from pain or trauma. However, outside of controlled environments, these states can lead to confusion, anxiety, or even fear.</source>
            <comment>dissociative-states-outside-control</comment>
            <extracomment>Section: Dissociative States · tags: risk</extracomment>
            <translation type="unfinished">في البيئة الطبية، قد تُستخدم الحالات الانفصالية لمساعدة المرضى على الانفصال عن الألم أو الصدمة. لكن خارج البيئات الخاضعة للرقابة، قد تؤدي هذه الحالات إلى الارتباك أو القلق أو حتى الخوف.</translation>
        </message>
        <message>
            <source>Understanding the potential for dissociative states is vital for anyone considering ketamine therapy. It’s not something to be taken lightly, and it requires proper guidance and supervision from medical professionals.</source>
            <comment>dissociative-states-supervision</comment>
            <extracomment>Section: Dissociative States · tags: risk, supervision</extracomment>
            <translation type="unfinished">إن فهم احتمال حدوث الحالات الانفصالية أمر بالغ الأهمية لكل من يفكّر في العلاج بالكيتامين. فهو ليس أمرًا يُستهان به، ويتطلّب توجيهًا وإشرافًا مناسبين من المختصين الطبيين.</translation>
        </message>
    </context>
    <context>
        <name>understanding-depression</name>
        <message>
            <source>Understanding Depression and Current Treatments</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>struggle-with-depression</name>
        <message>
            <source>The Struggle with Depression</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Depression is a heavy burden for a whole lot of people.</source>
            <comment>struggle-heavy-burden</comment>
            <extracomment>Section: The Struggle with Depression</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>It’s not just feeling sad; it’s a constant, overwhelming sense of despair that can make daily life a struggle.</source>
            <comment>struggle-not-just-sad</comment>
            <extracomment>Section: The Struggle with Depression</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>People with depression often find it hard to enjoy things they once loved and sometimes struggle to get the motivation to do much of anything.</source>
            <comment>struggle-motivation</comment>
            <extracomment>Section: The Struggle with Depression</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>current-treatments</name>
        <message>
            <source>Current Treatments</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>There are treatments out there, like therapy and medication. But they don’t work for everyone. Some people might not respond to therapy, and others might have side effects from medication. It’s a complex problem that needs a tailored approach.</source>
            <comment>current-treatments-not-for-everyone</comment>
            <extracomment>Section: Current Treatments</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ketamine-potential</name>
        <message>
            <source>Ketamine’s Potential</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>That’s where ketamine enters the fray.</source>
            <comment>ketamine-potential-enters</comment>
            <extracomment>Section: Ketamine’s Potential</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Some researchers think it might be a new way to help people with depression, especially those who haven’t found relief with other treatments.</source>
            <comment>ketamine-potential-new-way</comment>
            <extracomment>Section: Ketamine’s Potential</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>But we’re still in the early days, and there’s a lot to learn.</source>
            <comment>ketamine-potential-early-days</comment>
            <extracomment>Section: Ketamine’s Potential</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The following sections will explore how ketamine might work for depression and what the risks might be.</source>
            <comment>ketamine-potential-following-sections</comment>
            <extracomment>Section: Ketamine’s Potential</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>It’s an exciting area of research, but it’s important to approach it with caution and awareness of the potential risks.</source>
            <comment>ketamine-potential-caution</comment>
            <extracomment>Section: Ketamine’s Potential · tags: risk</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>habenula</name>
        <message>
            <source>Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The habenula is a small region in the brain that plays a significant role in depression and other mood disorders.</source>
            <comment>habenula-role</comment>
            <extracomment>Section: Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>It’s linked to pro-depressive behaviors and can be a target for therapeutic interventions.</source>
            <comment>habenula-target</comment>
            <extracomment>Section: Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine therapy has shown potential in modulating the activity of the habenula.</source>
            <comment>habenula-modulating</comment>
            <extracomment>Section: Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>By affecting this specific brain region, ketamine may alleviate symptoms of depression and reduce pro-depressive behaviors. However, the exact mechanisms are still under investigation, and more research is needed to fully understand how ketamine interacts with the habenula and its implications for mental health treatment.</source>
            <comment>habenula-mechanisms-under-investigation</comment>
            <extracomment>Section: Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>preclinical-models</name>
        <message>
            <source>Preclinical Models of Depression &amp; Ketamine; “Learned Helplessness”</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>learned-helplessness</name>
        <message>
            <source>Learned Helplessness</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>“Learned helplessness” is a term used to describe a state where someone feels helpless to avoid negative situations because previous attempts have failed. It’s often linked to depression and can be seen in animal models as well.</source>
            <comment>learned-helplessness-definition</comment>
            <extracomment>Section: Learned Helplessness</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>preclinical-ketamine-role</name>
        <message>
            <source>Ketamine’s Role</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine has shown some promise in reversing this “learned helplessness” in preclinical models. It seems to act quickly, unlike traditional antidepressants that may take weeks to have an effect.</source>
            <comment>preclinical-ketamine-role-reversal</comment>
            <extracomment>Section: Ketamine’s Role</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>new-pathway</name>
        <message>
            <source>A New Pathway?</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This could mean that ketamine is working in a completely different way from other treatments for depression. It might be targeting different parts of the brain or different chemical pathways.</source>
            <comment>new-pathway-different-way</comment>
            <extracomment>Section: A New Pathway?</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>But this is still a new area of research, and scientists are working hard to understand exactly how it works.</source>
            <comment>new-pathway-new-research</comment>
            <extracomment>Section: A New Pathway?</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>caution-and-consideration</name>
        <message>
            <source>Caution and Consideration</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>While the potential is exciting for those who have struggled with depression, we all need to remember that these are early findings.</source>
            <comment>caution-early-findings</comment>
            <extracomment>Section: Caution and Consideration</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A lot more research is needed to understand how ketamine might be used safely and effectively in treating depression.</source>
            <comment>caution-research-needed-for-safety</comment>
            <extracomment>Section: Caution and Consideration · tags: risk</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>So it’s a promising start, but there’s still a long way to go.</source>
            <comment>caution-long-way-to-go</comment>
            <extracomment>Section: Caution and Consideration</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>clinical-uses</name>
        <message>
            <source>Ketamine &amp; Clinical Uses; Depression &amp; Suicidality</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ketamine-clinical-uses</name>
        <message>
            <source>Ketamine’s Clinical Uses</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine has been used for various medical purposes, including as an anesthetic.</source>
            <comment>clinical-uses-anesthetic</comment>
            <extracomment>Section: Ketamine’s Clinical Uses</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Recently, it has gained attention for its potential to treat the suicidality associated with severe depression.</source>
            <comment>clinical-uses-suicidality-attention</comment>
            <extracomment>Section: Ketamine’s Clinical Uses</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine’s potential to reduce suicidal thoughts is an area of interest. Some patients have reported a decrease in suicidal ideation shortly after receiving ketamine treatment.</source>
            <comment>clinical-uses-suicidal-ideation</comment>
            <extracomment>Section: Ketamine’s Clinical Uses</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>different-approach</name>
        <message>
            <source>A Different Approach</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine’s mechanism of action appears to be different from traditional antidepressants. It may affect the brain’s glutamate system, which could explain its rapid effects.</source>
            <comment>different-approach-glutamate</comment>
            <extracomment>Section: A Different Approach</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>other-psychiatric-challenges</name>
        <message>
            <source>Ketamine &amp; Other Psychiatric Challenges; Relief &amp; Durability</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>addressing-other-challenges</name>
        <message>
            <source>Addressing Other Psychiatric Challenges</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine’s potential extends beyond depression and suicidality.</source>
            <comment>other-challenges-beyond-depression</comment>
            <extracomment>Section: Addressing Other Psychiatric Challenges</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>It has been explored for treating other psychiatric conditions, such as anxiety and post-traumatic stress disorder (PTSD).</source>
            <comment>other-challenges-anxiety-ptsd</comment>
            <extracomment>Section: Addressing Other Psychiatric Challenges</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>durability-of-effects</name>
        <message>
            <source>Durability of Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The durability of ketamine’s effects is a subject of ongoing research.</source>
            <comment>durability-ongoing-research</comment>
            <extracomment>Section: Durability of Effects</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Some patients have reported lasting relief, while others find that the benefits wear off over time.</source>
            <comment>durability-benefits-wear-off</comment>
            <extracomment>Section: Durability of Effects</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The variability in response highlights the need for individualized treatment plans.</source>
            <comment>durability-individualized-treatment</comment>
            <extracomment>Section: Durability of Effects · tags: supervision</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>complex-picture</name>
        <message>
            <source>A Complex Picture</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine’s potential to treat various psychiatric challenges is promising but complex.</source>
            <comment>complex-picture-promising</comment>
            <extracomment>Section: A Complex Picture</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Its immediate relief and potential durability are attractive features, but the long-term safety and effectiveness are not yet fully understood.</source>
            <comment>complex-picture-long-term-safety-unknown</comment>
            <extracomment>Section: A Complex Picture · tags: risk</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>As with any medical treatment, careful consideration and professional guidance are necessary.</source>
            <comment>complex-picture-professional-guidance</comment>
            <extracomment>Section: A Complex Picture · tags: supervision</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>brain-function</name>
        <message>
            <source>How Ketamine Functions in the Brain; Acute &amp; Long-Term Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">كيف يعمل الكيتامين في الدماغ؛ التأثيرات الحادة والتأثيرات طويلة المدى</translation>
        </message>
    </context>
    <context>
        <name>function-in-brain</name>
        <message>
            <source>Ketamine’s Function in the Brain</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine’s primary function in the brain is as an NMDA receptor antagonist.</source>
            <comment>function-in-brain-nmda-antagonist</comment>
            <extracomment>Section: Ketamine’s Function in the Brain</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>By blocking these receptors, it alters the balance between excitatory and inhibitory signals.</source>
            <comment>function-in-brain-balance</comment>
            <extracomment>Section: Ketamine’s Function in the Brain</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This can lead to a range of effects, both therapeutic and recreational.</source>
            <comment>function-in-brain-range-of-effects</comment>
            <extracomment>Section: Ketamine’s Function in the Brain</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>acute-effects</name>
        <message>
            <source>Acute Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>In the short term, ketamine can induce a dissociative state, where the user feels detached from their body and surroundings.</source>
            <comment>acute-effects-dissociative-state</comment>
            <extracomment>Section: Acute Effects · tags: risk</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This effect has been utilized in medical settings for anesthesia and pain management but is also sought after recreationally.</source>
            <comment>acute-effects-anesthesia-and-recreation</comment>
            <extracomment>Section: Acute Effects</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>long-term-effects</name>
        <message>
            <source>Long-Term Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">التأثيرات طويلة المدى</translation>
        </message>
        <message>
            <source>The long-term effects of ketamine are less well understood.</source>
            <comment>long-term-effects-less-understood</comment>
            <extracomment>Section: Long-Term Effects · tags: risk</extracomment>
            <translation type="unfinished">التأثيرات طويلة المدى للكيتامين أقل فهمًا.</translation>
        </message>
        <message>
            <source>Some studies suggest potential benefits in treating depression and PTSD, while others raise concerns about addiction and cognitive impairment.</source>
            <comment>long-term-effects-addiction-cognition</comment>
            <extracomment>Section: Long-Term Effects · tags: risk</extracomment>
            <translation type="unfinished">تشير بعض الدراسات إلى فوائد محتملة في علاج الاكتئاب واضطراب ما بعد الصدمة، في حين تثير دراسات أخرى مخاوف بشأن الإدمان والضعف الإدراكي.</translation>
        </message>
        <message>
            <source>The long-term use of ketamine, especially outside a controlled medical setting, requires caution and awareness of potential risks.</source>
            <comment>long-term-effects-caution-outside-medical-setting</comment>
            <extracomment>Section: Long-Term Effects · tags: risk, supervision</extracomment>
            <translation type="unfinished">يتطلّب الاستخدام طويل المدى للكيتامين، ولا سيما خارج بيئة طبية خاضعة للرقابة، الحذرَ والوعيَ بالمخاطر المحتملة.</translation>
        </message>
    </context>
    <context>
        <name>nmda-neuroplasticity</name>
        <message>
            <source>NMDA Receptor &amp; Neuroplasticity</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>nmda-role</name>
        <message>
            <source>NMDA Receptor’s Role</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The NMDA (N-Methyl-D-Aspartate) receptor plays a crucial role in the brain’s ability to adapt and learn. It’s involved in the process of neuroplasticity, where the brain forms new connections.</source>
            <comment>nmda-role-adapt-and-learn</comment>
            <extracomment>Section: NMDA Receptor’s Role</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>nmda-interaction</name>
        <message>
            <source>Ketamine’s Interaction with NMDA</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine acts on the NMDA receptor, blocking its function temporarily. This blockage can trigger a cascade of events leading to increased neuroplasticity. The exact mechanism is complex and not fully understood.</source>
            <comment>nmda-interaction-blocking</comment>
            <extracomment>Section: Ketamine’s Interaction with NMDA</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>potential-for-healing</name>
        <message>
            <source>Potential for Healing</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>By enhancing neuroplasticity, ketamine may help the brain “rewire” itself, potentially aiding in the healing process for various mental health conditions. This concept is intriguing but requires further research to fully comprehend its implications.</source>
            <comment>potential-for-healing-rewire</comment>
            <extracomment>Section: Potential for Healing</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>excitatory-inhibitory</name>
        <message>
            <source>Excitatory &amp; Inhibitory Communication, Seizure, NMDA Receptors &amp; Ketamine</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>excitatory-inhibitory-communication</name>
        <message>
            <source>Excitatory and Inhibitory Communication</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>In the brain, neurons communicate through excitatory and inhibitory signals.</source>
            <comment>signals-communicate</comment>
            <extracomment>Section: Excitatory and Inhibitory Communication</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Excitatory signals increase the likelihood of a neuron firing, while inhibitory signals decrease it.</source>
            <comment>signals-firing</comment>
            <extracomment>Section: Excitatory and Inhibitory Communication</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A balance between these two types of communication is vital for proper brain function.</source>
            <comment>signals-balance</comment>
            <extracomment>Section: Excitatory and Inhibitory Communication</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>nmda-seizures</name>
        <message>
            <source>NMDA Receptors and Seizures</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>NMDA receptors are involved in excitatory signaling. If these receptors are overly activated, it can lead to seizures, a condition characterized by uncontrolled neuronal activity.</source>
            <comment>nmda-seizures-overactivation</comment>
            <extracomment>Section: NMDA Receptors and Seizures · tags: risk</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>seizure-ketamine-role</name>
        <message>
            <source>Ketamine’s Role</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine, by blocking NMDA receptors, can reduce excitatory signaling. This has led to its use in treating certain types of seizures. However, the relationship between ketamine and seizures is complex, and its use must be carefully monitored.</source>
            <comment>seizure-ketamine-role-monitoring</comment>
            <extracomment>Section: Ketamine’s Role · tags: risk, supervision</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>bdnf</name>
        <message>
            <source>Brain-Derived Neurotrophic Factor (BDNF) &amp; Ketamine Therapy</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>bdnf-role</name>
        <message>
            <source>BDNF and Its Role</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Brain-Derived Neurotrophic Factor (BDNF) is a protein that plays a vital role in brain health. It supports the survival of existing neurons and encourages the growth and differentiation of new neurons and synapses. BDNF is essential for long-term memory and overall brain function.</source>
            <comment>bdnf-role-brain-health</comment>
            <extracomment>Section: BDNF and Its Role</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ketamine-and-bdnf</name>
        <message>
            <source>Ketamine and BDNF</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine therapy has been shown to increase the levels of BDNF in the brain.</source>
            <comment>ketamine-and-bdnf-increase</comment>
            <extracomment>Section: Ketamine and BDNF</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This increase may contribute to the antidepressant effects observed in some patients treated with ketamine.</source>
            <comment>ketamine-and-bdnf-antidepressant</comment>
            <extracomment>Section: Ketamine and BDNF</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The relationship between ketamine and BDNF is still being explored, and more research is needed to fully understand how they interact.</source>
            <comment>ketamine-and-bdnf-more-research</comment>
            <extracomment>Section: Ketamine and BDNF</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>opioid-pathway</name>
        <message>
            <source>Ketamine &amp; Opioid Pathway</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">الكيتامين والمسار الأفيوني</translation>
        </message>
    </context>
    <context>
        <name>opioid-interaction</name>
        <message>
            <source>Ketamine’s Interaction with Opioid Pathway</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine is primarily known for its interaction with the NMDA receptor, but it also has an effect on the opioid pathway.</source>
            <comment>opioid-interaction-effect</comment>
            <extracomment>Section: Ketamine’s Interaction with Opioid Pathway</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This connection is complex and not fully understood. Some studies have shown that ketamine can activate certain opioid receptors, leading to pain relief.</source>
            <comment>opioid-interaction-pain-relief</comment>
            <extracomment>Section: Ketamine’s Interaction with Opioid Pathway</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>opioid-controversy</name>
        <message>
            <source>Controversy and Debate</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">الجدل والنقاش</translation>
        </message>
        <message>
            <source>The interaction between ketamine and the opioid pathway has led to some controversy.</source>
            <comment>opioid-controversy-debate</comment>
            <extracomment>Section: Controversy and Debate</extracomment>
            <translation type="unfinished">أثار التفاعل بين الكيتامين والمسار الأفيوني بعض الجدل.</translation>
        </message>
        <message>
            <source>While the opioid-like effects may contribute to its therapeutic benefits, there are concerns about the potential for addiction and misuse.</source>
            <comment>opioid-controversy-addiction-misuse</comment>
            <extracomment>Section: Controversy and Debate · tags: risk</extracomment>
            <translation type="unfinished">ومع أن التأثيرات الشبيهة بتأثيرات الأفيونات قد تُسهم في فوائده العلاجية، فإن هناك مخاوف بشأن احتمال الإدمان وسوء الاستخدام.</translation>
        </message>
        <message>
            <source>This has raised questions about the safety and appropriateness of ketamine as a treatment for certain conditions.</source>
            <comment>opioid-controversy-safety-questions</comment>
            <extracomment>Section: Controversy and Debate · tags: risk</extracomment>
            <translation type="unfinished">وقد أثار ذلك تساؤلات حول سلامة الكيتامين ومدى ملاءمته علاجًا لبعض الحالات.</translation>
        </message>
    </context>
    <context>
        <name>opioid-balanced-perspective</name>
        <message>
            <source>A Balanced Perspective</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">منظور متوازن</translation>
        </message>
        <message>
            <source>It’s essential to approach the relationship between ketamine and the opioid pathway with caution and awareness.</source>
            <comment>opioid-balanced-caution</comment>
            <extracomment>Section: A Balanced Perspective · tags: risk</extracomment>
            <translation type="unfinished">من الضروري تناول العلاقة بين الكيتامين والمسار الأفيوني بحذر ووعي.</translation>
        </message>
        <message>
            <source>While there may be therapeutic benefits, the potential risks and ethical considerations can’t be ignored.</source>
            <comment>opioid-balanced-risks-not-ignored</comment>
            <extracomment>Section: A Balanced Perspective · tags: risk</extracomment>
            <translation type="unfinished">ومع أنه قد تكون هناك فوائد علاجية، فلا يمكن تجاهل المخاطر المحتملة والاعتبارات الأخلاقية.</translation>
        </message>
        <message>
            <source>Particularly for people who have a history of difficulty with those substances.</source>
            <comment>opioid-balanced-history-with-substances</comment>
            <extracomment>Section: A Balanced Perspective · tags: risk</extracomment>
            <translation type="unfinished">وخاصةً بالنسبة إلى الأشخاص الذين لديهم تاريخ من المعاناة مع تلك المواد.</translation>
        </message>
        <message>
            <source>More research is needed to fully understand this interaction and to develop guidelines for safe and effective use.</source>
            <comment>opioid-balanced-guidelines-needed</comment>
            <extracomment>Section: A Balanced Perspective</extracomment>
            <translation type="unfinished">هناك حاجة إلى مزيد من الأبحاث لفهم هذا التفاعل فهمًا كاملًا ولوضع إرشادات للاستخدام الآمن والفعّال.</translation>
        </message>
    </context>
    <context>
        <name>divergent-mechanisms</name>
        <message>
            <source>Divergent Mechanisms of Immediate &amp; Long-Term Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">الآليات المتباينة للتأثيرات الفورية والتأثيرات طويلة المدى</translation>
        </message>
    </context>
    <context>
        <name>immediate-effects</name>
        <message>
            <source>Immediate Effects of Ketamine</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ketamine’s immediate effects are often associated with a feeling of dissociation or a “disconnect” from reality. These effects are transient and typically last for a short duration.</source>
            <comment>immediate-effects-dissociation</comment>
            <extracomment>Section: Immediate Effects of Ketamine · tags: risk</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The immediate impact of ketamine is believed to be related to its interaction with the NMDA receptor, leading to a temporary alteration in brain function.</source>
            <comment>immediate-effects-nmda</comment>
            <extracomment>Section: Immediate Effects of Ketamine</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>long-term-mechanisms</name>
        <message>
            <source>Long-Term Effects and Mechanisms</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">التأثيرات والآليات طويلة المدى</translation>
        </message>
        <message>
            <source>The long-term effects of ketamine are more complex and are still being studied.</source>
            <comment>long-term-mechanisms-still-studied</comment>
            <extracomment>Section: Long-Term Effects and Mechanisms · tags: risk</extracomment>
            <translation type="unfinished">التأثيرات طويلة المدى للكيتامين أكثر تعقيدًا ولا تزال قيد الدراسة.</translation>
        </message>
        <message>
            <source>We continue to re-state and summarize this point because it can’t be overstated.</source>
            <comment>long-term-mechanisms-restated</comment>
            <extracomment>Section: Long-Term Effects and Mechanisms</extracomment>
            <translation type="unfinished">نواصل إعادة تأكيد هذه النقطة وتلخيصها لأنه لا يمكن المبالغة في أهميتها.</translation>
        </message>
        <message>
            <source>While there is some evidence of the short-term benefits, the long-term positive research is severely lacking.</source>
            <comment>long-term-mechanisms-research-lacking</comment>
            <extracomment>Section: Long-Term Effects and Mechanisms · tags: risk</extracomment>
            <translation type="unfinished">ومع وجود بعض الأدلة على الفوائد قصيرة المدى، فإن الأبحاث طويلة المدى ذات النتائج الإيجابية شحيحة للغاية.</translation>
        </message>
    </context>
    <context>
        <name>complex-relationship</name>
        <message>
            <source>A Complex Relationship</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The relationship between the immediate and long-term effects of ketamine is not fully understood.</source>
            <comment>complex-relationship-not-understood</comment>
            <extracomment>Section: A Complex Relationship</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>While the immediate effects are often noticeable and well-documented, the long-term mechanisms are more elusive and require further investigation.</source>
            <comment>complex-relationship-elusive</comment>
            <extracomment>Section: A Complex Relationship</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Understanding this divergence is crucial for optimizing ketamine’s therapeutic potential and minimizing risks.</source>
            <comment>complex-relationship-minimizing-risks</comment>
            <extracomment>Section: A Complex Relationship</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>It’s a subject that warrants careful consideration and ongoing research to unravel the complexities involved.</source>
            <comment>complex-relationship-ongoing-research</comment>
            <extracomment>Section: A Complex Relationship</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>conclusion</name>
        <message>
            <source>In Conclusion</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">في الختام</translation>
        </message>
        <message>
            <source>Ketamine is a complex substance with a rich history in both medical and recreational contexts.</source>
            <comment>conclusion-complex-substance</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">الكيتامين مادة معقّدة لها تاريخ حافل في السياقات الطبية والترفيهية على حدٍّ سواء.</translation>
        </message>
        <message>
            <source>As we’ve explored, its potential as a treatment for depression and PTSD has gained significant attention in recent years.</source>
            <comment>conclusion-attention</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">وكما استعرضنا، فقد حظيت إمكاناته بوصفه علاجًا للاكتئاب واضطراب ما بعد الصدمة باهتمام كبير في السنوات الأخيرة.</translation>
        </message>
        <message>
            <source>The scientific community is actively studying ketamine’s mechanisms of action, its effects on brain circuits, and its role in promoting neuroplasticity.</source>
            <comment>conclusion-scientific-community</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">ويدرس المجتمع العلمي بنشاط آليات عمل الكيتامين، وتأثيراته على دارات الدماغ، ودوره في تعزيز المرونة العصبية.</translation>
        </message>
        <message>
            <source>While the promise of ketamine therapy is intriguing, it’s important to approach this potential treatment with caution. The current research landscape suggests that ketamine may offer relief for some people, particularly those who have not responded well to traditional treatments.</source>
            <comment>conclusion-approach-with-caution</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">ومع أن الوعد الذي يحمله العلاج بالكيتامين مثير للاهتمام، فمن المهم التعامل مع هذا العلاج المحتمل بحذر. ويشير الوضع الراهن للأبحاث إلى أن الكيتامين قد يوفّر الراحة لبعض الأشخاص، ولا سيما من لم يستجيبوا جيدًا للعلاجات التقليدية.</translation>
        </message>
        <message>
            <source>But it’s crucial to remember that everyone’s response to ketamine can vary, and more research is needed to understand the long-term implications and risks associated with its use.</source>
            <comment>conclusion-responses-vary</comment>
            <extracomment>Section: In Conclusion · tags: risk</extracomment>
            <translation type="unfinished">لكن من الضروري أن نتذكّر أن استجابة كل شخص للكيتامين قد تختلف، وأن هناك حاجة إلى مزيد من الأبحاث لفهم الآثار والمخاطر طويلة المدى المرتبطة باستخدامه.</translation>
        </message>
        <message>
            <source>As with any medical intervention, consultation with qualified healthcare professionals is essential before considering ketamine therapy.</source>
            <comment>conclusion-consult-professionals</comment>
            <extracomment>Section: In Conclusion · tags: supervision</extracomment>
            <translation type="unfinished">وكما هو الحال مع أي تدخّل طبي، فإن استشارة مختصين مؤهلين في الرعاية الصحية أمر أساسي قبل التفكير في العلاج بالكيتامين.</translation>
        </message>
        <message>
            <source>Ethical considerations and a thorough understanding of potential benefits and risks should guide both patients and practitioners in making informed decisions.</source>
            <comment>conclusion-informed-decisions</comment>
            <extracomment>Section: In Conclusion · tags: supervision</extracomment>
            <translation type="unfinished">وينبغي أن توجّه الاعتباراتُ الأخلاقية والفهمُ الشامل للفوائد والمخاطر المحتملة كلًّا من المرضى والممارسين في اتخاذ قرارات مستنيرة.</translation>
        </message>
        <message>
            <source>In the ever-evolving field of mental health treatments, we should all remain open to new possibilities while maintaining a critical perspective.</source>
            <comment>conclusion-open-and-critical</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">وفي مجال علاجات الصحة النفسية الدائم التطوّر، ينبغي أن نظل جميعًا منفتحين على الإمكانات الجديدة مع الحفاظ على منظور نقدي.</translation>
        </message>
        <message>
            <source>Ketamine therapy represents a potential avenue for enhancing the well-being of those struggling with depression and PTSD, but it should be explored with careful consideration and under the guidance of healthcare experts.</source>
            <comment>conclusion-guidance-of-experts</comment>
            <extracomment>Section: In Conclusion · tags: supervision</extracomment>
            <translation type="unfinished">يمثّل العلاج بالكيتامين سبيلًا محتملًا لتحسين رفاه من يعانون من الاكتئاب واضطراب ما بعد الصدمة، لكن ينبغي استكشافه بعناية وتروٍّ وبتوجيه من خبراء الرعاية الصحية.</translation>
        </message>
        <message>
            <source>We hope that this article has been helpful and can serve as a comprehensive overview of the topic.</source>
            <comment>conclusion-hope-helpful</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">نأمل أن يكون هذا المقال مفيدًا، وأن يكون بمثابة نظرة عامة شاملة على الموضوع.</translation>
        </message>
        <message>
            <source>New and popular doesn’t always mean proven and safe. It’s essential to approach emerging trends with a healthy dose of skepticism and patience, allowing time to reveal their true impact and value. ♥️</source>
            <comment>conclusion-new-not-proven</comment>
            <extracomment>Section: In Conclusion · tags: risk</extracomment>
            <translation type="unfinished">الجديد والرائج لا يعني دائمًا أنه مُثبَت وآمن. ومن الضروري التعامل مع التوجّهات الناشئة بقدر صحي من التشكّك والصبر، مع إتاحة الوقت لكي يتكشّف أثرها الحقيقي وقيمتها الحقيقية. ♥️</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Considering ketamine treatment for depression</source>
            <comment>considering-treatment.title</comment>
            <extracomment>Title of an audience preset</extracomment>
            <translation type="unfinished">التفكير في العلاج بالكيتامين للاكتئاب</translation>
        </message>
        <message>
            <source>A patient considering ketamine treatment for depression</source>
            <comment>considering-treatment.audience</comment>
            <extracomment>Who the preset is for</extracomment>
            <translation type="unfinished">مريض يفكّر في العلاج بالكيتامين للاكتئاب</translation>
        </message>
        <message>
            <source>Ketamine and recovery from substance use</source>
            <comment>in-recovery.title</comment>
            <extracomment>Title of an audience preset</extracomment>
            <translation type="unfinished">الكيتامين والتعافي من تعاطي المواد</translation>
        </message>
        <message>
            <source>A person in recovery from substance use</source>
            <comment>in-recovery.audience</comment>
            <extracomment>Who the preset is for</extracomment>
            <translation type="unfinished">شخص في مرحلة التعافي من تعاطي المواد</translation>
        </message>
        <message>
            <source>Ketamine: what family members and caregivers should know</source>
            <comment>family-caregivers.title</comment>
            <extracomment>Title of an audience preset</extracomment>
            <translation type="unfinished">الكيتامين: ما ينبغي أن يعرفه أفراد الأسرة ومقدّمو الرعاية</translation>
        </message>
        <message>
            <source>Family members and caregivers</source>
            <comment>family-caregivers.audience</comment>
            <extracomment>Who the preset is for</extracomment>
            <translation type="unfinished">أفراد الأسرة ومقدّمو الرعاية</translation>
        </message>
        <message>
            <source>How ketamine works in the brain</source>
            <comment>how-it-works.title</comment>
            <extracomment>Title of an audience preset</extracomment>
            <translation type="unfinished">كيف يعمل الكيتامين في الدماغ</translation>
        </message>
        <message>
            <source>Counseling sessions on what is known and not known about ketamine</source>
            <comment>how-it-works.audience</comment>
            <extracomment>Who the preset is for</extracomment>
            <translation type="unfinished">جلسات إرشاد حول ما هو معروف وما هو غير معروف عن الكيتامين</translation>
        </message>
    </context>
    <context>
        <name>safety-points</name>
        <message>
            <source>Ketamine is not something to be taken lightly: it requires proper guidance and supervision from medical professionals, and consultation with qualified healthcare professionals is essential before considering ketamine therapy.</source>
            <comment>point-medical-supervision</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">الكيتامين ليس أمرًا يُستهان به: فهو يتطلّب توجيهًا وإشرافًا مناسبين من المختصين الطبيين، واستشارة مختصين مؤهلين في الرعاية الصحية أمر أساسي قبل التفكير في العلاج بالكيتامين.</translation>
        </message>
        <message>
            <source>Ketamine can cause hallucinations and dissociative states, a feeling of being disconnected from your body and surroundings. Outside of controlled environments, these states can lead to confusion, anxiety, or even fear.</source>
            <comment>point-dissociation</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">قد يسبّب الكيتامين الهلوسة والحالات الانفصالية، أي الشعور بالانفصال عن جسدك وعن محيطك. وخارج البيئات الخاضعة للرقابة، قد تؤدي هذه الحالات إلى الارتباك أو القلق أو حتى الخوف.</translation>
        </message>
        <message>
            <source>Ketamine’s recreational use and potential for abuse are well-documented, and there are concerns about addiction and misuse. Used in the wrong context, it can be dangerous for anyone, but certainly for those recovering from drug addictions.</source>
            <comment>point-abuse-and-addiction</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">الاستخدام الترفيهي للكيتامين واحتمال إساءة استخدامه موثّقان توثيقًا جيدًا، وهناك مخاوف بشأن الإدمان وسوء الاستخدام. وإذا استُخدم في السياق الخاطئ، فقد يكون خطيرًا على أي شخص، وبالتأكيد على من يتعافون من إدمان المخدرات.</translation>
        </message>
        <message>
            <source>Ketamine also has an effect on the opioid pathway. While there may be therapeutic benefits, the potential risks can’t be ignored, particularly for people who have a history of difficulty with those substances.</source>
            <comment>point-opioid-pathway</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">للكيتامين أيضًا تأثير في المسار الأفيوني. ومع أنه قد تكون هناك فوائد علاجية، فلا يمكن تجاهل المخاطر المحتملة، وخاصةً بالنسبة إلى الأشخاص الذين لديهم تاريخ من المعاناة مع تلك المواد.</translation>
        </message>
        <message>
            <source>The long-term effects and safety of ketamine are not yet fully understood. Some studies raise concerns about addiction and cognitive impairment, and long-term use outside a controlled medical setting requires caution.</source>
            <comment>point-long-term-unknown</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">لم تُفهم بعدُ فهمًا كاملًا التأثيراتُ طويلة المدى للكيتامين ومدى سلامته على المدى الطويل. وتثير بعض الدراسات مخاوف بشأن الإدمان والضعف الإدراكي، ويتطلّب الاستخدام طويل المدى خارج بيئة طبية خاضعة للرقابة الحذرَ.</translation>
        </message>
        <message>
            <source>The relationship between ketamine and seizures is complex, and its use must be carefully monitored.</source>
            <comment>point-seizures</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">العلاقة بين الكيتامين والنوبات التشنّجية معقّدة، ويجب مراقبة استخدامه بعناية.</translation>
        </message>
        <message>
            <source>Just because ketamine might help some people doesn’t mean it’s safe for everyone. It is a powerful drug that has to be handled with care, and new and popular doesn’t always mean proven and safe.</source>
            <comment>point-not-safe-for-everyone</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">كون الكيتامين قد يساعد بعض الناس لا يعني أنه آمن للجميع. فهو عقار قوي يجب التعامل معه بحذر، والجديد والرائج لا يعني دائمًا أنه مُثبَت وآمن.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>Ketamine</source>
            <comment>ketamine.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A medicine used mostly to put people to sleep for surgery. It is also being studied for depression.</source>
            <comment>ketamine.definition</comment>
            <extracomment>Definition of “Ketamine”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>NMDA receptor, NMDA, NMDA receptors, N-Methyl-D-Aspartate</source>
            <comment>nmda-receptor.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A receptor in the brain that helps the brain adapt and learn. Ketamine blocks it for a short time.</source>
            <comment>nmda-receptor.definition</comment>
            <extracomment>Definition of “NMDA receptor”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Receptor, receptors</source>
            <comment>receptor.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A part of a cell that picks up one kind of chemical signal and responds to it.</source>
            <comment>receptor.definition</comment>
            <extracomment>Definition of “Receptor”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Antagonist, NMDA receptor antagonist</source>
            <comment>antagonist.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A drug that blocks a receptor so it cannot work. Ketamine blocks the NMDA receptor.</source>
            <comment>antagonist.definition</comment>
            <extracomment>Definition of “Antagonist”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>BDNF, Brain-Derived Neurotrophic Factor</source>
            <comment>bdnf-term.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Brain-Derived Neurotrophic Factor. A protein that helps brain cells live and grow. It is key for long-term memory.</source>
            <comment>bdnf-term.definition</comment>
            <extracomment>Definition of “BDNF”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Habenula</source>
            <comment>habenula-term.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A small part of the brain. It plays a big role in depression and other mood disorders.</source>
            <comment>habenula-term.definition</comment>
            <extracomment>Definition of “Habenula”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Glutamate, glutamate system</source>
            <comment>glutamate.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A chemical that carries messages in the brain. Ketamine may act on the brain’s glutamate system.</source>
            <comment>glutamate.definition</comment>
            <extracomment>Definition of “Glutamate”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Neuroplasticity</source>
            <comment>neuroplasticity.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The brain’s ability to change by forming new connections. It helps the brain adapt and learn.</source>
            <comment>neuroplasticity.definition</comment>
            <extracomment>Definition of “Neuroplasticity”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Dissociative state, dissociative, dissociative states, dissociation</source>
            <comment>dissociative-state.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A feeling of being cut off from your body, from the world around you, or from yourself.</source>
            <comment>dissociative-state.definition</comment>
            <extracomment>Definition of “Dissociative state”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Anesthesia, anesthetic, anaesthesia</source>
            <comment>anesthesia.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The use of medicine so a person does not feel pain, often by putting them to sleep for surgery.</source>
            <comment>anesthesia.definition</comment>
            <extracomment>Definition of “Anesthesia”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>PTSD, post-traumatic stress disorder</source>
            <comment>ptsd.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Post-traumatic stress disorder. It is a mental health problem. It can start after a very scary or upsetting event.</source>
            <comment>ptsd.definition</comment>
            <extracomment>Definition of “PTSD”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Opioid, opioid-like, opioid pathway, opioid receptors</source>
            <comment>opioid.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A type of drug that relieves pain. Ketamine also has an effect on the opioid pathway.</source>
            <comment>opioid.definition</comment>
            <extracomment>Definition of “Opioid”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cognitive impairment, cognitive</source>
            <comment>cognitive-impairment.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Trouble with how you think, learn, or remember.</source>
            <comment>cognitive-impairment.definition</comment>
            <extracomment>Definition of “Cognitive impairment”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Suicidality, suicidal, suicidal thoughts, suicidal ideation</source>
            <comment>suicidality.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Thoughts of suicide, or acts toward it.</source>
            <comment>suicidality.definition</comment>
            <extracomment>Definition of “Suicidality”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Depression, severe depression</source>
            <comment>depression.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An illness that is not just feeling sad. It is a constant, overwhelming sense of despair.</source>
            <comment>depression.definition</comment>
            <extracomment>Definition of “Depression”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mood disorder, mood disorders</source>
            <comment>mood-disorder.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An illness that mainly affects a person’s mood. Depression is one.</source>
            <comment>mood-disorder.definition</comment>
            <extracomment>Definition of “Mood disorder”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Neuron, neurons, neuronal</source>
            <comment>neuron.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A nerve cell. Neurons in the brain talk to each other with signals.</source>
            <comment>neuron.definition</comment>
            <extracomment>Definition of “Neuron”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Synapse, synapses</source>
            <comment>synapse.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The place where two nerve cells meet and pass signals to each other.</source>
            <comment>synapse.definition</comment>
            <extracomment>Definition of “Synapse”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Excitatory signal, excitatory, excitatory signals, excitatory signaling</source>
            <comment>excitatory-signal.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A brain signal that makes a nerve cell more likely to fire, or send a signal.</source>
            <comment>excitatory-signal.definition</comment>
            <extracomment>Definition of “Excitatory signal”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Inhibitory signal, inhibitory, inhibitory signals</source>
            <comment>inhibitory-signal.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A brain signal that makes a nerve cell less likely to fire, or send a signal.</source>
            <comment>inhibitory-signal.definition</comment>
            <extracomment>Definition of “Inhibitory signal”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Seizure, seizures</source>
            <comment>seizure.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A burst of brain cell activity that is out of control.</source>
            <comment>seizure.definition</comment>
            <extracomment>Definition of “Seizure”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Hallucination, hallucinations</source>
            <comment>hallucination.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>When you see, hear, or feel things that are not really there.</source>
            <comment>hallucination.definition</comment>
            <extracomment>Definition of “Hallucination”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Antidepressant, antidepressants</source>
            <comment>antidepressant.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A medicine used to treat depression. The usual ones may take weeks to work.</source>
            <comment>antidepressant.definition</comment>
            <extracomment>Definition of “Antidepressant”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Preclinical, preclinical models</source>
            <comment>preclinical.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Research done before a treatment is tested in people. It is often done in animals.</source>
            <comment>preclinical.definition</comment>
            <extracomment>Definition of “Preclinical”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Learned helplessness</source>
            <comment>learned-helplessness-term.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A state where someone feels they cannot avoid bad things, because past tries have failed.</source>
            <comment>learned-helplessness-term.definition</comment>
            <extracomment>Definition of “Learned helplessness”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Addiction, addictions</source>
            <comment>addiction.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A strong need to keep using a drug, even when it causes harm.</source>
            <comment>addiction.definition</comment>
            <extracomment>Definition of “Addiction”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Recreational use, recreational, recreationally</source>
            <comment>recreational-use-term.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Using a drug for fun, not as a medicine.</source>
            <comment>recreational-use-term.definition</comment>
            <extracomment>Definition of “Recreational use”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Therapeutic</source>
            <comment>therapeutic.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Having to do with treating an illness or helping a person heal.</source>
            <comment>therapeutic.definition</comment>
            <extracomment>Definition of “Therapeutic”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Trauma</source>
            <comment>trauma.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A deeply upsetting or harmful event, or the harm it leaves behind.</source>
            <comment>trauma.definition</comment>
            <extracomment>Definition of “Trauma”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Anxiety</source>
            <comment>anxiety.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Strong worry, unease, or fear.</source>
            <comment>anxiety.definition</comment>
            <extracomment>Definition of “Anxiety”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Psychiatric</source>
            <comment>psychiatric.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Having to do with mental health and mental illness.</source>
            <comment>psychiatric.definition</comment>
            <extracomment>Definition of “Psychiatric”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Mechanism of action, mechanism, mechanisms</source>
            <comment>mechanism-of-action.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>How a drug works in the body to cause its effects.</source>
            <comment>mechanism-of-action.definition</comment>
            <extracomment>Definition of “Mechanism of action”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Brain circuits</source>
            <comment>brain-circuits.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Networks of nerve cells in the brain that work together.</source>
            <comment>brain-circuits.definition</comment>
            <extracomment>Definition of “Brain circuits”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Special K</source>
            <comment>special-k.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A street name for ketamine.</source>
            <comment>special-k.definition</comment>
            <extracomment>Definition of “Special K”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Durability</source>
            <comment>durability.term</comment>
            <extracomment>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>How long the good effects of a treatment last.</source>
            <comment>durability.definition</comment>
            <extracomment>Definition of “Durability”: plain words, at most 20.</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>teach-back</name>
        <message>
            <source>Tell me in your own words why the article says to be careful with ketamine.</source>
            <comment>teach-back-introduction</comment>
            <extracomment>Teach-back question for the section “Introduction to Ketamine”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة لماذا يقول المقال إنه يجب الحذر من الكيتامين.</translation>
        </message>
        <message>
            <source>Tell me in your own words what can happen when ketamine is used for fun, and why that is a danger for people in recovery.</source>
            <comment>teach-back-recreational-use</comment>
            <extracomment>Teach-back question for the section “Recreational Use”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة ماذا يمكن أن يحدث عند استخدام الكيتامين للمتعة، ولماذا يشكّل ذلك خطرًا على الأشخاص في مرحلة التعافي.</translation>
        </message>
        <message>
            <source>Tell me in your own words why ketamine helping some people does not mean it is safe for everyone.</source>
            <comment>teach-back-fine-line</comment>
            <extracomment>Teach-back question for the section “A Fine Line”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة لماذا لا يعني أن الكيتامين يساعد بعض الناس أنه آمن للجميع.</translation>
        </message>
        <message>
            <source>Tell me in your own words what a dissociative state is, and what it can lead to outside a medical setting.</source>
            <comment>teach-back-dissociative-states</comment>
            <extracomment>Teach-back question for the section “Dissociative States”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة ما هي الحالة الانفصالية، وإلى ماذا يمكن أن تؤدي خارج البيئة الطبية.</translation>
        </message>
        <message>
            <source>Tell me in your own words who should guide and supervise ketamine therapy, and why.</source>
            <comment>teach-back-dissociative-states-2</comment>
            <extracomment>Teach-back question for the section “Dissociative States”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة من يجب أن يوجّه العلاج بالكيتامين ويشرف عليه، ولماذا.</translation>
        </message>
        <message>
            <source>Tell me in your own words why the article says to be careful, even though the research is exciting.</source>
            <comment>teach-back-ketamine-potential</comment>
            <extracomment>Teach-back question for the section “Ketamine’s Potential”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة لماذا يقول المقال إنه يجب الحذر، مع أن البحث مثير للاهتمام.</translation>
        </message>
        <message>
            <source>Tell me in your own words what is still needed before we know how to use ketamine safely for depression.</source>
            <comment>teach-back-caution-and-consideration</comment>
            <extracomment>Teach-back question for the section “Caution and Consideration”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة ما الذي لا يزال مطلوبًا قبل أن نعرف كيف نستخدم الكيتامين بأمان لعلاج الاكتئاب.</translation>
        </message>
        <message>
            <source>Tell me in your own words why your treatment plan may be different from someone else’s.</source>
            <comment>teach-back-durability-of-effects</comment>
            <extracomment>Teach-back question for the section “Durability of Effects”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة لماذا قد تختلف خطة علاجك عن خطة شخص آخر.</translation>
        </message>
        <message>
            <source>Tell me in your own words what is not yet known about ketamine, and why a professional should guide the treatment.</source>
            <comment>teach-back-complex-picture</comment>
            <extracomment>Teach-back question for the section “A Complex Picture”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة ما الذي لا يُعرف بعدُ عن الكيتامين، ولماذا يجب أن يوجّه مختصٌّ العلاج.</translation>
        </message>
        <message>
            <source>Tell me in your own words how ketamine can make a person feel in the short term.</source>
            <comment>teach-back-acute-effects</comment>
            <extracomment>Teach-back question for the section “Acute Effects”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة كيف يمكن أن يجعل الكيتامين الشخص يشعر على المدى القصير.</translation>
        </message>
        <message>
            <source>Tell me in your own words why long-term use of ketamine, especially outside a medical setting, needs caution.</source>
            <comment>teach-back-long-term-effects</comment>
            <extracomment>Teach-back question for the section “Long-Term Effects”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة لماذا يتطلّب استخدام الكيتامين على المدى الطويل الحذر، خاصة خارج البيئة الطبية.</translation>
        </message>
        <message>
            <source>Tell me in your own words what can happen when NMDA receptors are too active.</source>
            <comment>teach-back-nmda-seizures</comment>
            <extracomment>Teach-back question for the section “NMDA Receptors and Seizures”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة ماذا يمكن أن يحدث عندما تكون مستقبلات NMDA نشطة أكثر من اللازم.</translation>
        </message>
        <message>
            <source>Tell me in your own words why ketamine used for seizures must be carefully monitored.</source>
            <comment>teach-back-seizure-ketamine-role</comment>
            <extracomment>Teach-back question for the section “Ketamine’s Role”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة لماذا يجب مراقبة الكيتامين بعناية عند استخدامه لعلاج النوبات.</translation>
        </message>
        <message>
            <source>Tell me in your own words what concerns the article raises about ketamine, addiction and misuse.</source>
            <comment>teach-back-opioid-controversy</comment>
            <extracomment>Teach-back question for the section “Controversy and Debate”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة ما المخاوف التي يطرحها المقال بشأن الكيتامين والإدمان وسوء الاستخدام.</translation>
        </message>
        <message>
            <source>Tell me in your own words why the risks matter even more for people who have had trouble with opioids.</source>
            <comment>teach-back-opioid-balanced-perspective</comment>
            <extracomment>Teach-back question for the section “A Balanced Perspective”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة لماذا تكون المخاطر أهمّ بالنسبة إلى الأشخاص الذين عانوا من مشكلات مع المواد الأفيونية.</translation>
        </message>
        <message>
            <source>Tell me in your own words what the first effects of ketamine can feel like, and how long they usually last.</source>
            <comment>teach-back-immediate-effects</comment>
            <extracomment>Teach-back question for the section “Immediate Effects of Ketamine”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة كيف يمكن أن تكون الآثار الأولى للكيتامين، وكم تدوم عادةً.</translation>
        </message>
        <message>
            <source>Tell me in your own words what the article says about research on ketamine’s long-term effects.</source>
            <comment>teach-back-long-term-mechanisms</comment>
            <extracomment>Teach-back question for the section “Long-Term Effects and Mechanisms”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة ماذا يقول المقال عن البحث في آثار الكيتامين على المدى الطويل.</translation>
        </message>
        <message>
            <source>Tell me in your own words who you should talk to before considering ketamine therapy, and why.</source>
            <comment>teach-back-conclusion</comment>
            <extracomment>Teach-back question for the section “In Conclusion”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished">أخبرني بكلماتك الخاصة مع من يجب أن تتحدث قبل التفكير في العلاج بالكيتامين، ولماذا.</translation>
        </message>
    </context>
    <context>
        <name>handout-text</name>
        <message>
            <source>Adapted by {clinician} from “{title}” by {author}, {publisher}, {published}.</source>
            <comment>adapted-by</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">اقتبسه {clinician} من «{title}» بقلم {author}، {publisher}، {published}.</translation>
        </message>
        <message>
            <source>Adapted in plain language from “{title}” by {author}, {publisher}, {published}.</source>
            <comment>adapted-from</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">مقتبس بلغة مبسطة من «{title}» بقلم {author}، {publisher}، {published}.</translation>
        </message>
        <message>
            <source>Adapted from “{title}” by {author}, {publisher}, {published}.</source>
            <comment>adapted-unnamed</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">مقتبس من «{title}» بقلم {author}، {publisher}، {published}.</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>clinic-phone</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">الهاتف</translation>
        </message>
        <message>
            <source>Clinician</source>
            <comment>clinician</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">الأخصائي المعالج</translation>
        </message>
        <message>
            <source>Contact</source>
            <comment>contact</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">جهة الاتصال</translation>
        </message>
        <message>
            <source>Content version {version}, reviewed {reviewed}</source>
            <comment>content-version</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">إصدار المحتوى {version}، تمت مراجعته في {reviewed}</translation>
        </message>
        <message>
            <source>After hours or in a crisis</source>
            <comment>crisis-line</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">خارج ساعات العمل أو في حالات الأزمات</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>date</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">التاريخ</translation>
        </message>
        <message>
            <source>For education only. This handout is not a substitute for professional medical advice, diagnosis or treatment.</source>
            <comment>disclaimer</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">لأغراض التثقيف فقط. لا تُغني هذه النشرة عن المشورة الطبية المتخصصة أو التشخيص أو العلاج.</translation>
        </message>
        <message>
            <source>When to get help</source>
            <comment>get-help</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">متى تطلب المساعدة</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <comment>next-appointment</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">الموعد القادم</translation>
        </message>
        <message>
            <source>Notes from your care team</source>
            <comment>notes-title</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">ملاحظات من فريق رعايتك</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>page</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">الصفحة {page} من {pages}</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <comment>patient</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">أُعدّت من أجل</translation>
        </message>
        <message>
            <source>Risk</source>
            <comment>risk-label</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">خطر</translation>
        </message>
        <message>
            <source>Source: “{title}” by {author}, {publisher}, {published}.</source>
            <comment>source</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">المصدر: «{title}» بقلم {author}، {publisher}، {published}.</translation>
        </message>
        <message>
            <source>Read this first. These points come from the source article and concern the topics in this handout.</source>
            <comment>summary-intro</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">اقرأ هذا أولًا. هذه النقاط مأخوذة من المقال المصدر، وتتعلق بالموضوعات الواردة في هذه النشرة.</translation>
        </message>
        <message>
            <source>Also on risks and supervision, from the sections below:</source>
            <comment>summary-passages</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">وأيضًا عن المخاطر والإشراف، من الأقسام أدناه:</translation>
        </message>
        <message>
            <source>Safety and supervision</source>
            <comment>summary-title</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">السلامة والإشراف</translation>
        </message>
        <message>
            <source>Supervision</source>
            <comment>supervision-label</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">إشراف</translation>
        </message>
        <message>
            <source>These questions were written by {author} from what the article says. They have not yet been reviewed.</source>
            <comment>teach-back-draft</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">كتب هذه الأسئلةَ {author} استنادًا إلى ما يقوله المقال. لم تُراجَع بعد.</translation>
        </message>
        <message>
            <source>Your care team may ask you these questions. Answer in your own words, out loud or on the lines.</source>
            <comment>teach-back-intro</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">قد يطرح عليك فريق الرعاية هذه الأسئلة. أجب بكلماتك الخاصة، بصوت عالٍ أو على الأسطر.</translation>
        </message>
        <message>
            <source>These questions were written by {author} from what the article says, and reviewed.</source>
            <comment>teach-back-reviewed</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">كتب هذه الأسئلةَ {author} استنادًا إلى ما يقوله المقال، وقد رُوجعت.</translation>
        </message>
        <message>
            <source>Check your understanding</source>
            <comment>teach-back-title</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">تحقّق من فهمك</translation>
        </message>
        <message>
            <source>Translation: {translator} ({method})</source>
            <comment>translation-by</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">الترجمة: {translator} ({method})</translation>
        </message>
        <message>
            <source>This translation has not yet been reviewed.</source>
            <comment>translation-draft</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">لم تتم مراجعة هذه الترجمة بعد.</translation>
        </message>
        <message>
            <source>Some passages are in English because their translation is missing or out of date.</source>
            <comment>translation-fallback</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">بعض الفقرات باللغة الإنجليزية لأن ترجمتها غير متوفرة أو غير محدّثة.</translation>
        </message>
        <message>
            <source>checked by back-translation</source>
            <comment>translation-method-back-translated</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">تم التحقق منها بالترجمة العكسية</translation>
        </message>
        <message>
            <source>draft</source>
            <comment>translation-method-draft</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">مسودة</translation>
        </message>
        <message>
            <source>professional</source>
            <comment>translation-method-professional</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">احترافية</translation>
        </message>
        <message>
            <source>Translation reviewed by {reviewer} on {reviewed}.</source>
            <comment>translation-reviewed</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">راجع الترجمة {reviewer} بتاريخ {reviewed}.</translation>
        </message>
        <message>
            <source>What to do</source>
            <comment>what-to-do</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">ماذا تفعل</translation>
        </message>
        <message>
            <source>Words to know</source>
            <comment>words-to-know</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">كلمات ينبغي معرفتها</translation>
        </message>
        <message>
            <source>Your next appointment</source>
            <comment>your-next-appointment</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">موعدك القادم</translation>
        </message>
    </context>
</TS>
