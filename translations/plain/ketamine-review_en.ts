<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>article</name>
        <message>
            <source>A Detailed Review of Ketamine’s Newfound Popularity</source>
            <comment>title</comment>
            <extracomment>The article's title: the title of a handout of the whole article. Citations keep the title as published.</extracomment>
            <translation type="unfinished">A Detailed Review of Ketamine’s Newfound Popularity</translation>
        </message>
    </context>
    <context>
        <name>introduction</name>
        <message>
            <source>Introduction to Ketamine</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">About Ketamine</translation>
        </message>
        <message>
            <source>Ketamine, a medication primarily used for anesthesia, has recently gained attention for its potential therapeutic effects on mental health disorders.</source>
            <comment>introduction-therapeutic-attention</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">Ketamine is a medicine. It is mostly used for anesthesia, which means putting people to sleep for surgery. Lately, it has gotten attention for another reason. It might help treat mental health problems.</translation>
        </message>
        <message>
            <source>While it has been used in medical settings for decades, its application in treating conditions like depression and PTSD is still under investigation.</source>
            <comment>introduction-under-investigation</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">Ketamine has been used in medical care for decades. But its use to treat some problems is still being studied. These include depression and PTSD. PTSD stands for post-traumatic stress disorder.</translation>
        </message>
        <message>
            <source>The compound’s complex interaction with various receptors in the brain, including the NMDA receptor, contributes to its effects.</source>
            <comment>introduction-receptors</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">Ketamine acts on many receptors in the brain. Receptors are parts of brain cells that pick up chemical signals. One of them is called the NMDA receptor. The way ketamine acts on these receptors is complex. This is part of what causes its effects.</translation>
        </message>
        <message>
            <source>But it’s important to approach the subject with caution, as ketamine’s recreational use and potential for abuse are well-documented.</source>
            <comment>introduction-abuse-potential</comment>
            <extracomment>Section: Introduction to Ketamine · tags: risk</extracomment>
            <translation type="unfinished">But it is important to be careful with this subject. It is well documented that some people use ketamine for fun, not as a medicine. It is also well documented that it can be abused.</translation>
        </message>
        <message>
            <source>When it comes to the world of addiction recovery, history suggests that any time there is a new medical “flavor of the week”, there will be hundreds of thousands of people flocking towards it, looking for an easier, softer way.</source>
            <comment>introduction-flavor-of-the-week</comment>
            <extracomment>Section: Introduction to Ketamine · tags: risk</extracomment>
            <translation type="unfinished">History suggests a pattern in the world of addiction recovery. Any time there is a new medical “flavor of the week,” or fad, huge crowds of people will rush to it. There will be hundreds of thousands of them. They are looking for an easier, softer way.</translation>
        </message>
        <message>
            <source>The following sections attempt to present all information (as we currently know it) about Ketamine in the most detailed – yet summarized – and easily consumable way possible.</source>
            <comment>introduction-overview</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">The next sections try to give all the facts about ketamine, as we know them today. They try to give a lot of detail but keep it short. They try to make it easy to read.</translation>
        </message>
        <message>
            <source>It will dive into the many aspects of ketamine, providing an objective and comprehensive overview without promoting or glorifying its use.</source>
            <comment>introduction-objective</comment>
            <extracomment>Section: Introduction to Ketamine</extracomment>
            <translation type="unfinished">This article looks at many sides of ketamine. It aims to give a fair and full overview. It does not promote or praise the use of ketamine.</translation>
        </message>
    </context>
    <context>
        <name>dual-nature</name>
        <message>
            <source>Ketamine’s Dual Nature: Medical and Recreational</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Ketamine’s Two Sides: Use as a Medicine and Use for Fun</translation>
        </message>
    </context>
    <context>
        <name>medical-use</name>
        <message>
            <source>Medical Use</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Use as a Medicine</translation>
        </message>
        <message>
            <source>Ketamine has a place in the medical world, mainly as an anesthetic.</source>
            <comment>medical-use-anesthetic</comment>
            <extracomment>Section: Medical Use</extracomment>
            <translation type="unfinished">Ketamine has a place in medicine. It is mainly used as an anesthetic. This is a drug that puts people to sleep for surgery.</translation>
        </message>
        <message>
            <source>Doctors use it to put patients to sleep during surgery, but it’s also being looked at as a way to help people with severe depression.</source>
            <comment>medical-use-depression</comment>
            <extracomment>Section: Medical Use</extracomment>
            <translation type="unfinished">Doctors use it to put patients to sleep during surgery. But it is also being studied as a way to help people with severe depression.</translation>
        </message>
    </context>
    <context>
        <name>recreational-use</name>
        <message>
            <source>Recreational Use</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Use for Fun</translation>
        </message>
        <message>
            <source>On the other hand, some people use ketamine for fun, and that’s where problems can start.</source>
            <comment>recreational-use-problems</comment>
            <extracomment>Section: Recreational Use · tags: risk</extracomment>
            <translation type="unfinished">But some people use ketamine for fun. That is where problems can start.</translation>
        </message>
        <message>
            <source>It’s known as “Special K” on the streets.</source>
            <comment>recreational-use-special-k</comment>
            <extracomment>Section: Recreational Use</extracomment>
            <translation type="unfinished">On the street, it is called “Special K.”</translation>
        </message>
        <message>
            <source>When used this way, it can cause hallucinations and a feeling of being disconnected from your body.</source>
            <comment>recreational-use-hallucinations</comment>
            <extracomment>Section: Recreational Use · tags: risk</extracomment>
            <translation type="unfinished">Used this way, it can cause hallucinations. This means seeing or hearing things that are not really there. It can also make you feel cut off from your body.</translation>
        </message>
        <message>
            <source>For this reason, used in the wrong context, it can be dangerous for anyone but certainly those recovering from drug addictions.</source>
            <comment>recreational-use-danger-in-recovery</comment>
            <extracomment>Section: Recreational Use · tags: risk</extracomment>
            <translation type="unfinished">So, used in the wrong setting, it can be a danger to anyone. It is surely a danger to people in recovery from drug addiction.</translation>
        </message>
    </context>
    <context>
        <name>fine-line</name>
        <message>
            <source>A Fine Line</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">A Fine Line</translation>
        </message>
        <message>
            <source>So, there’s a fine line between using ketamine for good reasons and using it for the wrong ones.</source>
            <comment>fine-line-good-and-wrong-reasons</comment>
            <extracomment>Section: A Fine Line</extracomment>
            <translation type="unfinished">So there is a fine line. On one side is using ketamine for good reasons. On the other side is using it for the wrong ones.</translation>
        </message>
        <message>
            <source>It’s a powerful drug that can do a lot, but it has to be handled with care.</source>
            <comment>fine-line-handle-with-care</comment>
            <extracomment>Section: A Fine Line · tags: risk</extracomment>
            <translation type="unfinished">Ketamine is a powerful drug. It can do a lot. But it has to be handled with care.</translation>
        </message>
        <message>
            <source>The next sections will dig deeper into how ketamine works and why it’s being looked at for treating mental health problems.</source>
            <comment>fine-line-next-sections</comment>
            <extracomment>Section: A Fine Line</extracomment>
            <translation type="unfinished">The next sections look more closely at how ketamine works. They also tell why it is being studied as a treatment for mental health problems.</translation>
        </message>
        <message>
            <source>But remember, just because it might help some people doesn’t mean it’s safe for everyone.</source>
            <comment>fine-line-not-safe-for-everyone</comment>
            <extracomment>Section: A Fine Line · tags: risk</extracomment>
            <translation type="unfinished">But remember: ketamine might help some people. That does not mean it is safe for everyone.</translation>
        </message>
    </context>
    <context>
        <name>dissociative-states</name>
        <message>
            <source>Dissociative States</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Dissociative States: Feeling Cut Off</translation>
        </message>
        <message>
            <source>Ketamine is known to induce dissociative states, which are feelings of detachment or disconnection from one’s surroundings or self. These states can be both intriguing and unsettling.</source>
            <comment>dissociative-states-detachment</comment>
            <extracomment>Section: Dissociative States · tags: risk</extracomment>
            <translation type="unfinished">Ketamine is known to cause dissociative states. In these states, a person feels detached, or cut off. They feel cut off from the world around them or from themselves. These states can feel both interesting and upsetting.</translation>
        </message>
        <message>
            <source>In a medical setting, dissociative states might be used to help patients disconnect from pain or trauma. However, outside of controlled environments, these states can lead to confusion, anxiety, or even fear.</source>
            <comment>dissociative-states-outside-control</comment>
            <extracomment>Section: Dissociative States · tags: risk</extracomment>
            <translation type="unfinished">In medical care, these states might be used to help patients feel cut off from pain or trauma. Trauma is a deeply upsetting event. But outside of controlled settings, these states can lead to confusion, anxiety, or even fear.</translation>
        </message>
        <message>
            <source>Understanding the potential for dissociative states is vital for anyone considering ketamine therapy. It’s not something to be taken lightly, and it requires proper guidance and supervision from medical professionals.</source>
            <comment>dissociative-states-supervision</comment>
            <extracomment>Section: Dissociative States · tags: risk, supervision</extracomment>
            <translation type="unfinished">Anyone thinking about ketamine therapy must know that it can cause these states. This is vital. It is not something to take lightly. It needs proper guidance. It also needs supervision from medical professionals.</translation>
        </message>
    </context>
    <context>
        <name>understanding-depression</name>
        <message>
            <source>Understanding Depression and Current Treatments</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Understanding Depression and Today’s Treatments</translation>
        </message>
    </context>
    <context>
        <name>struggle-with-depression</name>
        <message>
            <source>The Struggle with Depression</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">The Struggle with Depression</translation>
        </message>
        <message>
            <source>Depression is a heavy burden for a whole lot of people.</source>
            <comment>struggle-heavy-burden</comment>
            <extracomment>Section: The Struggle with Depression</extracomment>
            <translation type="unfinished">Depression is a heavy burden for a great many people.</translation>
        </message>
        <message>
            <source>It’s not just feeling sad; it’s a constant, overwhelming sense of despair that can make daily life a struggle.</source>
            <comment>struggle-not-just-sad</comment>
            <extracomment>Section: The Struggle with Depression</extracomment>
            <translation type="unfinished">It is not just feeling sad. It is a constant, overwhelming sense of despair, or deep loss of hope. It can make daily life a struggle.</translation>
        </message>
        <message>
            <source>People with depression often find it hard to enjoy things they once loved and sometimes struggle to get the motivation to do much of anything.</source>
            <comment>struggle-motivation</comment>
            <extracomment>Section: The Struggle with Depression</extracomment>
            <translation type="unfinished">People with depression often find it hard to enjoy things they once loved. Sometimes they struggle to find the drive to do much of anything.</translation>
        </message>
    </context>
    <context>
        <name>current-treatments</name>
        <message>
            <source>Current Treatments</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Today’s Treatments</translation>
        </message>
        <message>
            <source>There are treatments out there, like therapy and medication. But they don’t work for everyone. Some people might not respond to therapy, and others might have side effects from medication. It’s a complex problem that needs a tailored approach.</source>
            <comment>current-treatments-not-for-everyone</comment>
            <extracomment>Section: Current Treatments</extracomment>
            <translation type="unfinished">There are treatments, like therapy and medicine. But they do not work for everyone. Some people might not respond to therapy. Others might have side effects from medicine. It is a complex problem. It needs a plan that fits each person.</translation>
        </message>
    </context>
    <context>
        <name>ketamine-potential</name>
        <message>
            <source>Ketamine’s Potential</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">What Ketamine Might Offer</translation>
        </message>
        <message>
            <source>That’s where ketamine enters the fray.</source>
            <comment>ketamine-potential-enters</comment>
            <extracomment>Section: Ketamine’s Potential</extracomment>
            <translation type="unfinished">That is where ketamine comes in.</translation>
        </message>
        <message>
            <source>Some researchers think it might be a new way to help people with depression, especially those who haven’t found relief with other treatments.</source>
            <comment>ketamine-potential-new-way</comment>
            <extracomment>Section: Ketamine’s Potential</extracomment>
            <translation type="unfinished">Some researchers think it might be a new way to help people with depression. They think it might help most of all people who have not found relief with other treatments.</translation>
        </message>
        <message>
            <source>But we’re still in the early days, and there’s a lot to learn.</source>
            <comment>ketamine-potential-early-days</comment>
            <extracomment>Section: Ketamine’s Potential</extracomment>
            <translation type="unfinished">But it is still early, and there is a lot to learn.</translation>
        </message>
        <message>
            <source>The following sections will explore how ketamine might work for depression and what the risks might be.</source>
            <comment>ketamine-potential-following-sections</comment>
            <extracomment>Section: Ketamine’s Potential</extracomment>
            <translation type="unfinished">The next sections look at how ketamine might work for depression. They also look at what the risks might be.</translation>
        </message>
        <message>
            <source>It’s an exciting area of research, but it’s important to approach it with caution and awareness of the potential risks.</source>
            <comment>ketamine-potential-caution</comment>
            <extracomment>Section: Ketamine’s Potential · tags: risk</extracomment>
            <translation type="unfinished">This is an exciting area of research. But it is important to be careful with it and to be aware of the possible risks.</translation>
        </message>
    </context>
    <context>
        <name>habenula</name>
        <message>
            <source>Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">The Habenula, Behaviors That Feed Depression, and Ketamine Therapy</translation>
        </message>
        <message>
            <source>The habenula is a small region in the brain that plays a significant role in depression and other mood disorders.</source>
            <comment>habenula-role</comment>
            <extracomment>Section: Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</extracomment>
            <translation type="unfinished">The habenula is a small part of the brain. It plays a big role in depression and other mood disorders. Mood disorders are illnesses that mainly affect a person’s mood.</translation>
        </message>
        <message>
            <source>It’s linked to pro-depressive behaviors and can be a target for therapeutic interventions.</source>
            <comment>habenula-target</comment>
            <extracomment>Section: Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</extracomment>
            <translation type="unfinished">It is linked to what are called pro-depressive behaviors. These are ways of acting that feed depression. This part of the brain can be a target for treatment.</translation>
        </message>
        <message>
            <source>Ketamine therapy has shown potential in modulating the activity of the habenula.</source>
            <comment>habenula-modulating</comment>
            <extracomment>Section: Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</extracomment>
            <translation type="unfinished">Ketamine therapy has shown promise. It may be able to change how active the habenula is.</translation>
        </message>
        <message>
            <source>By affecting this specific brain region, ketamine may alleviate symptoms of depression and reduce pro-depressive behaviors. However, the exact mechanisms are still under investigation, and more research is needed to fully understand how ketamine interacts with the habenula and its implications for mental health treatment.</source>
            <comment>habenula-mechanisms-under-investigation</comment>
            <extracomment>Section: Habenula, Pro-Depressive Behaviors &amp; Ketamine Therapy</extracomment>
            <translation type="unfinished">By acting on this part of the brain, ketamine may ease symptoms of depression. It may also reduce pro-depressive behaviors. But exactly how this works is still being studied. More research is needed to know fully how ketamine acts on the habenula. It is also needed to learn what this means for mental health care.</translation>
        </message>
    </context>
    <context>
        <name>preclinical-models</name>
        <message>
            <source>Preclinical Models of Depression &amp; Ketamine; “Learned Helplessness”</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Early Lab Studies of Depression and Ketamine; “Learned Helplessness”</translation>
        </message>
    </context>
    <context>
        <name>learned-helplessness</name>
        <message>
            <source>Learned Helplessness</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Learned Helplessness</translation>
        </message>
        <message>
            <source>“Learned helplessness” is a term used to describe a state where someone feels helpless to avoid negative situations because previous attempts have failed. It’s often linked to depression and can be seen in animal models as well.</source>
            <comment>learned-helplessness-definition</comment>
            <extracomment>Section: Learned Helplessness</extracomment>
            <translation type="unfinished">“Learned helplessness” is a term for a certain state. In it, a person feels they cannot avoid bad things because their past tries have failed. It is often linked to depression. It can also be seen in animals used in research.</translation>
        </message>
    </context>
    <context>
        <name>preclinical-ketamine-role</name>
        <message>
            <source>Ketamine’s Role</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Ketamine’s Role</translation>
        </message>
        <message>
            <source>Ketamine has shown some promise in reversing this “learned helplessness” in preclinical models. It seems to act quickly, unlike traditional antidepressants that may take weeks to have an effect.</source>
            <comment>preclinical-ketamine-role-reversal</comment>
            <extracomment>Section: Ketamine’s Role</extracomment>
            <translation type="unfinished">In preclinical studies, ketamine has shown some promise in reversing this “learned helplessness.” These studies are done before testing in people, such as in animals. Ketamine seems to act quickly. The usual medicines for depression are not like this. They may take weeks to work.</translation>
        </message>
    </context>
    <context>
        <name>new-pathway</name>
        <message>
            <source>A New Pathway?</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">A New Pathway?</translation>
        </message>
        <message>
            <source>This could mean that ketamine is working in a completely different way from other treatments for depression. It might be targeting different parts of the brain or different chemical pathways.</source>
            <comment>new-pathway-different-way</comment>
            <extracomment>Section: A New Pathway?</extracomment>
            <translation type="unfinished">This could mean that ketamine works in a whole new way, not like other treatments for depression. It might act on different parts of the brain. Or it might act on different chemical pathways.</translation>
        </message>
        <message>
            <source>But this is still a new area of research, and scientists are working hard to understand exactly how it works.</source>
            <comment>new-pathway-new-research</comment>
            <extracomment>Section: A New Pathway?</extracomment>
            <translation type="unfinished">But this is still a new area of research. Scientists are working hard to understand exactly how it works.</translation>
        </message>
    </context>
    <context>
        <name>caution-and-consideration</name>
        <message>
            <source>Caution and Consideration</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Caution and Careful Thought</translation>
        </message>
        <message>
            <source>While the potential is exciting for those who have struggled with depression, we all need to remember that these are early findings.</source>
            <comment>caution-early-findings</comment>
            <extracomment>Section: Caution and Consideration</extracomment>
            <translation type="unfinished">This promise is exciting for people who have struggled with depression. But we all need to keep in mind that these are early findings.</translation>
        </message>
        <message>
            <source>A lot more research is needed to understand how ketamine might be used safely and effectively in treating depression.</source>
            <comment>caution-research-needed-for-safety</comment>
            <extracomment>Section: Caution and Consideration · tags: risk</extracomment>
            <translation type="unfinished">A lot more research is needed. We need to learn how ketamine might be used safely and well to treat depression.</translation>
        </message>
        <message>
            <source>So it’s a promising start, but there’s still a long way to go.</source>
            <comment>caution-long-way-to-go</comment>
            <extracomment>Section: Caution and Consideration</extracomment>
            <translation type="unfinished">So it is a promising start. But there is still a long way to go.</translation>
        </message>
    </context>
    <context>
        <name>clinical-uses</name>
        <message>
            <source>Ketamine &amp; Clinical Uses; Depression &amp; Suicidality</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Ketamine’s Medical Uses; Depression and Suicidal Thoughts</translation>
        </message>
    </context>
    <context>
        <name>ketamine-clinical-uses</name>
        <message>
            <source>Ketamine’s Clinical Uses</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">How Ketamine Is Used in Medicine</translation>
        </message>
        <message>
            <source>Ketamine has been used for various medical purposes, including as an anesthetic.</source>
            <comment>clinical-uses-anesthetic</comment>
            <extracomment>Section: Ketamine’s Clinical Uses</extracomment>
            <translation type="unfinished">Ketamine has been used for many medical purposes. One of them is as an anesthetic, a drug that puts people to sleep for surgery.</translation>
        </message>
        <message>
            <source>Recently, it has gained attention for its potential to treat the suicidality associated with severe depression.</source>
            <comment>clinical-uses-suicidality-attention</comment>
            <extracomment>Section: Ketamine’s Clinical Uses</extracomment>
            <translation type="unfinished">Lately, it has drawn notice for another reason. It might help treat suicidal thoughts and acts that can come with severe depression. This is called suicidality.</translation>
        </message>
        <message>
            <source>Ketamine’s potential to reduce suicidal thoughts is an area of interest. Some patients have reported a decrease in suicidal ideation shortly after receiving ketamine treatment.</source>
            <comment>clinical-uses-suicidal-ideation</comment>
            <extracomment>Section: Ketamine’s Clinical Uses</extracomment>
            <translation type="unfinished">People want to know if ketamine might reduce thoughts of suicide. Some patients have said they had fewer of these thoughts soon after they got ketamine.</translation>
        </message>
    </context>
    <context>
        <name>different-approach</name>
        <message>
            <source>A Different Approach</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">A Different Approach</translation>
        </message>
        <message>
            <source>Ketamine’s mechanism of action appears to be different from traditional antidepressants. It may affect the brain’s glutamate system, which could explain its rapid effects.</source>
            <comment>different-approach-glutamate</comment>
            <extracomment>Section: A Different Approach</extracomment>
            <translation type="unfinished">Ketamine seems to work in a different way than the usual drugs for depression. It may act on the brain’s glutamate system. Glutamate is a chemical that carries messages in the brain. This could be why ketamine works so fast.</translation>
        </message>
    </context>
    <context>
        <name>other-psychiatric-challenges</name>
        <message>
            <source>Ketamine &amp; Other Psychiatric Challenges; Relief &amp; Durability</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Ketamine and Other Mental Health Problems; Relief and How Long It Lasts</translation>
        </message>
    </context>
    <context>
        <name>addressing-other-challenges</name>
        <message>
            <source>Addressing Other Psychiatric Challenges</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Other Mental Health Problems</translation>
        </message>
        <message>
            <source>Ketamine’s potential extends beyond depression and suicidality.</source>
            <comment>other-challenges-beyond-depression</comment>
            <extracomment>Section: Addressing Other Psychiatric Challenges</extracomment>
            <translation type="unfinished">Ketamine might help with more than just depression and thoughts of suicide.</translation>
        </message>
        <message>
            <source>It has been explored for treating other psychiatric conditions, such as anxiety and post-traumatic stress disorder (PTSD).</source>
            <comment>other-challenges-anxiety-ptsd</comment>
            <extracomment>Section: Addressing Other Psychiatric Challenges</extracomment>
            <translation type="unfinished">It has been looked at as a treatment for other mental health problems. Two of these are anxiety and PTSD. PTSD stands for post-traumatic stress disorder.</translation>
        </message>
    </context>
    <context>
        <name>durability-of-effects</name>
        <message>
            <source>Durability of Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">How Long the Effects Last</translation>
        </message>
        <message>
            <source>The durability of ketamine’s effects is a subject of ongoing research.</source>
            <comment>durability-ongoing-research</comment>
            <extracomment>Section: Durability of Effects</extracomment>
            <translation type="unfinished">Research is still going on about how long the effects of ketamine last.</translation>
        </message>
        <message>
            <source>Some patients have reported lasting relief, while others find that the benefits wear off over time.</source>
            <comment>durability-benefits-wear-off</comment>
            <extracomment>Section: Durability of Effects</extracomment>
            <translation type="unfinished">Some patients have reported lasting relief. Others find that the benefits wear off over time.</translation>
        </message>
        <message>
            <source>The variability in response highlights the need for individualized treatment plans.</source>
            <comment>durability-individualized-treatment</comment>
            <extracomment>Section: Durability of Effects · tags: supervision</extracomment>
            <translation type="unfinished">People respond to ketamine in different ways. This shows why each person needs a treatment plan made just for them.</translation>
        </message>
    </context>
    <context>
        <name>complex-picture</name>
        <message>
            <source>A Complex Picture</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">A Complex Picture</translation>
        </message>
        <message>
            <source>Ketamine’s potential to treat various psychiatric challenges is promising but complex.</source>
            <comment>complex-picture-promising</comment>
            <extracomment>Section: A Complex Picture</extracomment>
            <translation type="unfinished">Ketamine might help treat many mental health problems. This is promising, but it is complex.</translation>
        </message>
        <message>
            <source>Its immediate relief and potential durability are attractive features, but the long-term safety and effectiveness are not yet fully understood.</source>
            <comment>complex-picture-long-term-safety-unknown</comment>
            <extracomment>Section: A Complex Picture · tags: risk</extracomment>
            <translation type="unfinished">Ketamine’s quick relief is an attractive feature. So is the chance that its effects may last. But how safe it is over the long term is not yet fully understood. How well it works over the long term is not fully understood either.</translation>
        </message>
        <message>
            <source>As with any medical treatment, careful consideration and professional guidance are necessary.</source>
            <comment>complex-picture-professional-guidance</comment>
            <extracomment>Section: A Complex Picture · tags: supervision</extracomment>
            <translation type="unfinished">As with any medical treatment, careful thought is needed. So is guidance from a health care professional.</translation>
        </message>
    </context>
    <context>
        <name>brain-function</name>
        <message>
            <source>How Ketamine Functions in the Brain; Acute &amp; Long-Term Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">How Ketamine Works in the Brain; Short-Term and Long-Term Effects</translation>
        </message>
    </context>
    <context>
        <name>function-in-brain</name>
        <message>
            <source>Ketamine’s Function in the Brain</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">What Ketamine Does in the Brain</translation>
        </message>
        <message>
            <source>Ketamine’s primary function in the brain is as an NMDA receptor antagonist.</source>
            <comment>function-in-brain-nmda-antagonist</comment>
            <extracomment>Section: Ketamine’s Function in the Brain</extracomment>
            <translation type="unfinished">Ketamine’s main job in the brain is as an NMDA receptor antagonist. This means it blocks the NMDA receptor. This receptor is a part of brain cells that picks up chemical signals.</translation>
        </message>
        <message>
            <source>By blocking these receptors, it alters the balance between excitatory and inhibitory signals.</source>
            <comment>function-in-brain-balance</comment>
            <extracomment>Section: Ketamine’s Function in the Brain</extracomment>
            <translation type="unfinished">By blocking these receptors, it changes the balance between two kinds of brain signals. Some signals make brain cells more likely to send a signal. These are called excitatory. Others make them less likely to. These are called inhibitory.</translation>
        </message>
        <message>
            <source>This can lead to a range of effects, both therapeutic and recreational.</source>
            <comment>function-in-brain-range-of-effects</comment>
            <extracomment>Section: Ketamine’s Function in the Brain</extracomment>
            <translation type="unfinished">This can lead to many kinds of effects. Some are useful in treatment. Some are what people seek when they use it for fun.</translation>
        </message>
    </context>
    <context>
        <name>acute-effects</name>
        <message>
            <source>Acute Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Short-Term Effects</translation>
        </message>
        <message>
            <source>In the short term, ketamine can induce a dissociative state, where the user feels detached from their body and surroundings.</source>
            <comment>acute-effects-dissociative-state</comment>
            <extracomment>Section: Acute Effects · tags: risk</extracomment>
            <translation type="unfinished">In the short term, ketamine can cause a dissociative state. The person feels detached, or cut off, from their body and surroundings.</translation>
        </message>
        <message>
            <source>This effect has been utilized in medical settings for anesthesia and pain management but is also sought after recreationally.</source>
            <comment>acute-effects-anesthesia-and-recreation</comment>
            <extracomment>Section: Acute Effects</extracomment>
            <translation type="unfinished">In medical care, this effect has been used for anesthesia and to manage pain. But people also seek it out for fun.</translation>
        </message>
    </context>
    <context>
        <name>long-term-effects</name>
        <message>
            <source>Long-Term Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Long-Term Effects</translation>
        </message>
        <message>
            <source>The long-term effects of ketamine are less well understood.</source>
            <comment>long-term-effects-less-understood</comment>
            <extracomment>Section: Long-Term Effects · tags: risk</extracomment>
            <translation type="unfinished">Less is known about how ketamine affects people over the long term.</translation>
        </message>
        <message>
            <source>Some studies suggest potential benefits in treating depression and PTSD, while others raise concerns about addiction and cognitive impairment.</source>
            <comment>long-term-effects-addiction-cognition</comment>
            <extracomment>Section: Long-Term Effects · tags: risk</extracomment>
            <translation type="unfinished">Some studies suggest it may help with depression and PTSD. PTSD means post-traumatic stress disorder. But other studies raise concerns. Some are about addiction. Some are about harm to how well you think and remember. This is called cognitive impairment.</translation>
        </message>
        <message>
            <source>The long-term use of ketamine, especially outside a controlled medical setting, requires caution and awareness of potential risks.</source>
            <comment>long-term-effects-caution-outside-medical-setting</comment>
            <extracomment>Section: Long-Term Effects · tags: risk, supervision</extracomment>
            <translation type="unfinished">Using ketamine over a long time requires caution. You need to be aware of the possible risks. This is most true outside a controlled medical setting.</translation>
        </message>
    </context>
    <context>
        <name>nmda-neuroplasticity</name>
        <message>
            <source>NMDA Receptor &amp; Neuroplasticity</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">The NMDA Receptor and Neuroplasticity</translation>
        </message>
    </context>
    <context>
        <name>nmda-role</name>
        <message>
            <source>NMDA Receptor’s Role</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">What the NMDA Receptor Does</translation>
        </message>
        <message>
            <source>The NMDA (N-Methyl-D-Aspartate) receptor plays a crucial role in the brain’s ability to adapt and learn. It’s involved in the process of neuroplasticity, where the brain forms new connections.</source>
            <comment>nmda-role-adapt-and-learn</comment>
            <extracomment>Section: NMDA Receptor’s Role</extracomment>
            <translation type="unfinished">The NMDA (N-Methyl-D-Aspartate) receptor plays a key role in how the brain adapts and learns. It is part of a process called neuroplasticity. In this process, the brain forms new connections.</translation>
        </message>
    </context>
    <context>
        <name>nmda-interaction</name>
        <message>
            <source>Ketamine’s Interaction with NMDA</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">How Ketamine Acts on the NMDA Receptor</translation>
        </message>
        <message>
            <source>Ketamine acts on the NMDA receptor, blocking its function temporarily. This blockage can trigger a cascade of events leading to increased neuroplasticity. The exact mechanism is complex and not fully understood.</source>
            <comment>nmda-interaction-blocking</comment>
            <extracomment>Section: Ketamine’s Interaction with NMDA</extracomment>
            <translation type="unfinished">Ketamine acts on the NMDA receptor. It blocks the receptor from working for a short time. This can set off a chain of events that leads to more neuroplasticity. That is the brain’s ability to form new connections. Exactly how this works is complex. It is not fully understood.</translation>
        </message>
    </context>
    <context>
        <name>potential-for-healing</name>
        <message>
            <source>Potential for Healing</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">A Possible Help for Healing</translation>
        </message>
        <message>
            <source>By enhancing neuroplasticity, ketamine may help the brain “rewire” itself, potentially aiding in the healing process for various mental health conditions. This concept is intriguing but requires further research to fully comprehend its implications.</source>
            <comment>potential-for-healing-rewire</comment>
            <extracomment>Section: Potential for Healing</extracomment>
            <translation type="unfinished">By boosting neuroplasticity, ketamine may help the brain “rewire” itself. This might help with healing in many mental health problems. The idea is interesting. But more research is needed to know fully what it means.</translation>
        </message>
    </context>
    <context>
        <name>excitatory-inhibitory</name>
        <message>
            <source>Excitatory &amp; Inhibitory Communication, Seizure, NMDA Receptors &amp; Ketamine</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Excitatory and Inhibitory Signals, Seizures, NMDA Receptors, and Ketamine</translation>
        </message>
    </context>
    <context>
        <name>excitatory-inhibitory-communication</name>
        <message>
            <source>Excitatory and Inhibitory Communication</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">How Brain Cells Send Signals</translation>
        </message>
        <message>
            <source>In the brain, neurons communicate through excitatory and inhibitory signals.</source>
            <comment>signals-communicate</comment>
            <extracomment>Section: Excitatory and Inhibitory Communication</extracomment>
            <translation type="unfinished">In the brain, nerve cells called neurons talk to each other with signals. Some signals are excitatory, and some are inhibitory.</translation>
        </message>
        <message>
            <source>Excitatory signals increase the likelihood of a neuron firing, while inhibitory signals decrease it.</source>
            <comment>signals-firing</comment>
            <extracomment>Section: Excitatory and Inhibitory Communication</extracomment>
            <translation type="unfinished">Some signals make a neuron more likely to fire, or send a signal. These are excitatory signals. Inhibitory signals make it less likely.</translation>
        </message>
        <message>
            <source>A balance between these two types of communication is vital for proper brain function.</source>
            <comment>signals-balance</comment>
            <extracomment>Section: Excitatory and Inhibitory Communication</extracomment>
            <translation type="unfinished">The brain needs a balance between these two kinds of signals to work well. This balance is vital.</translation>
        </message>
    </context>
    <context>
        <name>nmda-seizures</name>
        <message>
            <source>NMDA Receptors and Seizures</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">NMDA Receptors and Seizures</translation>
        </message>
        <message>
            <source>NMDA receptors are involved in excitatory signaling. If these receptors are overly activated, it can lead to seizures, a condition characterized by uncontrolled neuronal activity.</source>
            <comment>nmda-seizures-overactivation</comment>
            <extracomment>Section: NMDA Receptors and Seizures · tags: risk</extracomment>
            <translation type="unfinished">NMDA receptors are part of excitatory signals. If these receptors are too active, it can lead to seizures. In a seizure, brain cells are active in a way that is out of control.</translation>
        </message>
    </context>
    <context>
        <name>seizure-ketamine-role</name>
        <message>
            <source>Ketamine’s Role</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Ketamine’s Role</translation>
        </message>
        <message>
            <source>Ketamine, by blocking NMDA receptors, can reduce excitatory signaling. This has led to its use in treating certain types of seizures. However, the relationship between ketamine and seizures is complex, and its use must be carefully monitored.</source>
            <comment>seizure-ketamine-role-monitoring</comment>
            <extracomment>Section: Ketamine’s Role · tags: risk, supervision</extracomment>
            <translation type="unfinished">Ketamine blocks NMDA receptors, so it can reduce excitatory signals. For this reason, it has been used to treat some types of seizures. But the link between ketamine and seizures is complex. Its use must be watched with great care.</translation>
        </message>
    </context>
    <context>
        <name>bdnf</name>
        <message>
            <source>Brain-Derived Neurotrophic Factor (BDNF) &amp; Ketamine Therapy</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">BDNF, a Protein for Brain Health, and Ketamine Therapy</translation>
        </message>
    </context>
    <context>
        <name>bdnf-role</name>
        <message>
            <source>BDNF and Its Role</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">What BDNF Does</translation>
        </message>
        <message>
            <source>Brain-Derived Neurotrophic Factor (BDNF) is a protein that plays a vital role in brain health. It supports the survival of existing neurons and encourages the growth and differentiation of new neurons and synapses. BDNF is essential for long-term memory and overall brain function.</source>
            <comment>bdnf-role-brain-health</comment>
            <extracomment>Section: BDNF and Its Role</extracomment>
            <translation type="unfinished">Brain-Derived Neurotrophic Factor (BDNF) is a protein. It plays a vital role in brain health. It helps brain cells, called neurons, stay alive. It also helps new neurons and synapses grow and develop. Synapses are the links between brain cells. BDNF is essential for long-term memory. It is essential for the brain to work well overall.</translation>
        </message>
    </context>
    <context>
        <name>ketamine-and-bdnf</name>
        <message>
            <source>Ketamine and BDNF</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Ketamine and BDNF</translation>
        </message>
        <message>
            <source>Ketamine therapy has been shown to increase the levels of BDNF in the brain.</source>
            <comment>ketamine-and-bdnf-increase</comment>
            <extracomment>Section: Ketamine and BDNF</extracomment>
            <translation type="unfinished">Ketamine therapy has been shown to raise the levels of BDNF in the brain. BDNF is a protein that helps brain health.</translation>
        </message>
        <message>
            <source>This increase may contribute to the antidepressant effects observed in some patients treated with ketamine.</source>
            <comment>ketamine-and-bdnf-antidepressant</comment>
            <extracomment>Section: Ketamine and BDNF</extracomment>
            <translation type="unfinished">This rise may be part of why some patients have felt less depressed after ketamine.</translation>
        </message>
        <message>
            <source>The relationship between ketamine and BDNF is still being explored, and more research is needed to fully understand how they interact.</source>
            <comment>ketamine-and-bdnf-more-research</comment>
            <extracomment>Section: Ketamine and BDNF</extracomment>
            <translation type="unfinished">Researchers are still looking into how ketamine and BDNF are linked. More research is needed to know fully how they act on each other.</translation>
        </message>
    </context>
    <context>
        <name>opioid-pathway</name>
        <message>
            <source>Ketamine &amp; Opioid Pathway</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Ketamine and the Opioid Pathway</translation>
        </message>
    </context>
    <context>
        <name>opioid-interaction</name>
        <message>
            <source>Ketamine’s Interaction with Opioid Pathway</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">How Ketamine Acts on the Opioid Pathway</translation>
        </message>
        <message>
            <source>Ketamine is primarily known for its interaction with the NMDA receptor, but it also has an effect on the opioid pathway.</source>
            <comment>opioid-interaction-effect</comment>
            <extracomment>Section: Ketamine’s Interaction with Opioid Pathway</extracomment>
            <translation type="unfinished">Ketamine is mostly known for acting on the NMDA receptor. But it also has an effect on the opioid pathway. Opioids are a group of drugs that relieve pain. The opioid pathway is the system in the body that they act on.</translation>
        </message>
        <message>
            <source>This connection is complex and not fully understood. Some studies have shown that ketamine can activate certain opioid receptors, leading to pain relief.</source>
            <comment>opioid-interaction-pain-relief</comment>
            <extracomment>Section: Ketamine’s Interaction with Opioid Pathway</extracomment>
            <translation type="unfinished">This link is complex and not fully understood. Some studies have shown that ketamine can turn on certain opioid receptors. This leads to pain relief.</translation>
        </message>
    </context>
    <context>
        <name>opioid-controversy</name>
        <message>
            <source>Controversy and Debate</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Disagreement and Debate</translation>
        </message>
        <message>
            <source>The interaction between ketamine and the opioid pathway has led to some controversy.</source>
            <comment>opioid-controversy-debate</comment>
            <extracomment>Section: Controversy and Debate</extracomment>
            <translation type="unfinished">The way ketamine acts on the opioid pathway has led to some debate.</translation>
        </message>
        <message>
            <source>While the opioid-like effects may contribute to its therapeutic benefits, there are concerns about the potential for addiction and misuse.</source>
            <comment>opioid-controversy-addiction-misuse</comment>
            <extracomment>Section: Controversy and Debate · tags: risk</extracomment>
            <translation type="unfinished">Ketamine has effects like those of opioids, which are drugs that relieve pain. These effects may add to its benefits as a treatment. But there are concerns that it could lead to addiction and misuse.</translation>
        </message>
        <message>
            <source>This has raised questions about the safety and appropriateness of ketamine as a treatment for certain conditions.</source>
            <comment>opioid-controversy-safety-questions</comment>
            <extracomment>Section: Controversy and Debate · tags: risk</extracomment>
            <translation type="unfinished">This has raised questions. Is ketamine safe as a treatment for certain problems? Is it the right choice for them?</translation>
        </message>
    </context>
    <context>
        <name>opioid-balanced-perspective</name>
        <message>
            <source>A Balanced Perspective</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">A Balanced View</translation>
        </message>
        <message>
            <source>It’s essential to approach the relationship between ketamine and the opioid pathway with caution and awareness.</source>
            <comment>opioid-balanced-caution</comment>
            <extracomment>Section: A Balanced Perspective · tags: risk</extracomment>
            <translation type="unfinished">How ketamine acts on the opioid pathway is something to handle with care. It is essential to be careful and aware.</translation>
        </message>
        <message>
            <source>While there may be therapeutic benefits, the potential risks and ethical considerations can’t be ignored.</source>
            <comment>opioid-balanced-risks-not-ignored</comment>
            <extracomment>Section: A Balanced Perspective · tags: risk</extracomment>
            <translation type="unfinished">There may be benefits for treatment. But the possible risks cannot be ignored. Questions about what is right and fair, called ethical questions, cannot be ignored either.</translation>
        </message>
        <message>
            <source>Particularly for people who have a history of difficulty with those substances.</source>
            <comment>opioid-balanced-history-with-substances</comment>
            <extracomment>Section: A Balanced Perspective · tags: risk</extracomment>
            <translation type="unfinished">This is most true for people who have had trouble with those substances in the past.</translation>
        </message>
        <message>
            <source>More research is needed to fully understand this interaction and to develop guidelines for safe and effective use.</source>
            <comment>opioid-balanced-guidelines-needed</comment>
            <extracomment>Section: A Balanced Perspective</extracomment>
            <translation type="unfinished">More research is needed to know fully how ketamine acts on this pathway. It is also needed to make guidelines for using ketamine in a safe way that works.</translation>
        </message>
    </context>
    <context>
        <name>divergent-mechanisms</name>
        <message>
            <source>Divergent Mechanisms of Immediate &amp; Long-Term Effects</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">How Quick Effects and Long-Term Effects Work in Different Ways</translation>
        </message>
    </context>
    <context>
        <name>immediate-effects</name>
        <message>
            <source>Immediate Effects of Ketamine</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Ketamine’s Quick Effects</translation>
        </message>
        <message>
            <source>Ketamine’s immediate effects are often associated with a feeling of dissociation or a “disconnect” from reality. These effects are transient and typically last for a short duration.</source>
            <comment>immediate-effects-dissociation</comment>
            <extracomment>Section: Immediate Effects of Ketamine · tags: risk</extracomment>
            <translation type="unfinished">Ketamine’s quick effects are often linked to dissociation. This is a feeling of being “disconnected” from what is real. These effects pass. They usually last only a short time.</translation>
        </message>
        <message>
            <source>The immediate impact of ketamine is believed to be related to its interaction with the NMDA receptor, leading to a temporary alteration in brain function.</source>
            <comment>immediate-effects-nmda</comment>
            <extracomment>Section: Immediate Effects of Ketamine</extracomment>
            <translation type="unfinished">These quick effects are believed to come from how ketamine acts on the NMDA receptor. This leads to a short-lived change in how the brain works.</translation>
        </message>
    </context>
    <context>
        <name>long-term-mechanisms</name>
        <message>
            <source>Long-Term Effects and Mechanisms</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">Long-Term Effects and How They Work</translation>
        </message>
        <message>
            <source>The long-term effects of ketamine are more complex and are still being studied.</source>
            <comment>long-term-mechanisms-still-studied</comment>
            <extracomment>Section: Long-Term Effects and Mechanisms · tags: risk</extracomment>
            <translation type="unfinished">The long-term effects of ketamine are more complex. They are still being studied.</translation>
        </message>
        <message>
            <source>We continue to re-state and summarize this point because it can’t be overstated.</source>
            <comment>long-term-mechanisms-restated</comment>
            <extracomment>Section: Long-Term Effects and Mechanisms</extracomment>
            <translation type="unfinished">We keep saying this point again and summing it up. That is because it cannot be stressed enough.</translation>
        </message>
        <message>
            <source>While there is some evidence of the short-term benefits, the long-term positive research is severely lacking.</source>
            <comment>long-term-mechanisms-research-lacking</comment>
            <extracomment>Section: Long-Term Effects and Mechanisms · tags: risk</extracomment>
            <translation type="unfinished">There is some evidence of benefits in the short term. But research that shows good results over the long term is badly lacking.</translation>
        </message>
    </context>
    <context>
        <name>complex-relationship</name>
        <message>
            <source>A Complex Relationship</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">A Complex Relationship</translation>
        </message>
        <message>
            <source>The relationship between the immediate and long-term effects of ketamine is not fully understood.</source>
            <comment>complex-relationship-not-understood</comment>
            <extracomment>Section: A Complex Relationship</extracomment>
            <translation type="unfinished">We do not fully know how the quick and long-term effects of ketamine are linked.</translation>
        </message>
        <message>
            <source>While the immediate effects are often noticeable and well-documented, the long-term mechanisms are more elusive and require further investigation.</source>
            <comment>complex-relationship-elusive</comment>
            <extracomment>Section: A Complex Relationship</extracomment>
            <translation type="unfinished">The quick effects are often easy to notice, and they are well documented. But how the long-term effects work is harder to pin down. It needs more study.</translation>
        </message>
        <message>
            <source>Understanding this divergence is crucial for optimizing ketamine’s therapeutic potential and minimizing risks.</source>
            <comment>complex-relationship-minimizing-risks</comment>
            <extracomment>Section: A Complex Relationship</extracomment>
            <translation type="unfinished">It is key to understand how these two kinds of effects differ. This is needed to get the most out of ketamine as a treatment. It is also needed to keep its risks as low as possible.</translation>
        </message>
        <message>
            <source>It’s a subject that warrants careful consideration and ongoing research to unravel the complexities involved.</source>
            <comment>complex-relationship-ongoing-research</comment>
            <extracomment>Section: A Complex Relationship</extracomment>
            <translation type="unfinished">This subject needs careful thought. It also needs more research to sort out how complex it is.</translation>
        </message>
    </context>
    <context>
        <name>conclusion</name>
        <message>
            <source>In Conclusion</source>
            <comment>title</comment>
            <extracomment>Section title</extracomment>
            <translation type="unfinished">To Sum Up</translation>
        </message>
        <message>
            <source>Ketamine is a complex substance with a rich history in both medical and recreational contexts.</source>
            <comment>conclusion-complex-substance</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">Ketamine is a complex drug. It has a long history of use, both in medicine and for fun.</translation>
        </message>
        <message>
            <source>As we’ve explored, its potential as a treatment for depression and PTSD has gained significant attention in recent years.</source>
            <comment>conclusion-attention</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">As we have seen, ketamine might be a treatment for depression and PTSD. PTSD is post-traumatic stress disorder. This idea has gotten a lot of attention in recent years.</translation>
        </message>
        <message>
            <source>The scientific community is actively studying ketamine’s mechanisms of action, its effects on brain circuits, and its role in promoting neuroplasticity.</source>
            <comment>conclusion-scientific-community</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">Scientists are busy studying how ketamine works. They are studying its effects on brain circuits, which are networks of brain cells. They also study how it helps the brain form new connections. This is called neuroplasticity.</translation>
        </message>
        <message>
            <source>While the promise of ketamine therapy is intriguing, it’s important to approach this potential treatment with caution. The current research landscape suggests that ketamine may offer relief for some people, particularly those who have not responded well to traditional treatments.</source>
            <comment>conclusion-approach-with-caution</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">The promise of ketamine therapy is interesting. But it is important to be careful with it. Research today suggests ketamine may bring relief for some people. This may be most true for those who have not done well with the usual treatments.</translation>
        </message>
        <message>
            <source>But it’s crucial to remember that everyone’s response to ketamine can vary, and more research is needed to understand the long-term implications and risks associated with its use.</source>
            <comment>conclusion-responses-vary</comment>
            <extracomment>Section: In Conclusion · tags: risk</extracomment>
            <translation type="unfinished">But it is very important to remember this. Each person can respond to ketamine in a different way. And more research is needed to know its long-term effects and risks.</translation>
        </message>
        <message>
            <source>As with any medical intervention, consultation with qualified healthcare professionals is essential before considering ketamine therapy.</source>
            <comment>conclusion-consult-professionals</comment>
            <extracomment>Section: In Conclusion · tags: supervision</extracomment>
            <translation type="unfinished">Before you think about ketamine therapy, talk with health care experts who are qualified. This is a must, as with any medical treatment.</translation>
        </message>
        <message>
            <source>Ethical considerations and a thorough understanding of potential benefits and risks should guide both patients and practitioners in making informed decisions.</source>
            <comment>conclusion-informed-decisions</comment>
            <extracomment>Section: In Conclusion · tags: supervision</extracomment>
            <translation type="unfinished">Patients and their health care providers should make informed choices. They should be guided by what is ethical, or right. They should also be guided by a full grasp of the possible benefits and risks.</translation>
        </message>
        <message>
            <source>In the ever-evolving field of mental health treatments, we should all remain open to new possibilities while maintaining a critical perspective.</source>
            <comment>conclusion-open-and-critical</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">Mental health treatment keeps changing. We should all stay open to new ideas. But we should also keep asking careful questions.</translation>
        </message>
        <message>
            <source>Ketamine therapy represents a potential avenue for enhancing the well-being of those struggling with depression and PTSD, but it should be explored with careful consideration and under the guidance of healthcare experts.</source>
            <comment>conclusion-guidance-of-experts</comment>
            <extracomment>Section: In Conclusion · tags: supervision</extracomment>
            <translation type="unfinished">Ketamine therapy may be one way to help people with depression and PTSD feel better. PTSD is post-traumatic stress disorder. But this therapy should be explored with careful thought. It should be done under the guidance of health care experts.</translation>
        </message>
        <message>
            <source>We hope that this article has been helpful and can serve as a comprehensive overview of the topic.</source>
            <comment>conclusion-hope-helpful</comment>
            <extracomment>Section: In Conclusion</extracomment>
            <translation type="unfinished">We hope this article has helped you. We hope it gives a full overview of the topic.</translation>
        </message>
        <message>
            <source>New and popular doesn’t always mean proven and safe. It’s essential to approach emerging trends with a healthy dose of skepticism and patience, allowing time to reveal their true impact and value. ♥️</source>
            <comment>conclusion-new-not-proven</comment>
            <extracomment>Section: In Conclusion · tags: risk</extracomment>
            <translation type="unfinished">New and popular does not always mean proven and safe. It is essential to look at new trends with healthy doubt and patience. Give them time to show their true effects and value. ♥️</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Considering ketamine treatment for depression</source>
            <comment>considering-treatment.title</comment>
            <extracomment>Title of an audience preset</extracomment>
            <translation type="unfinished">Thinking about ketamine treatment for depression</translation>
        </message>
        <message>
            <source>A patient considering ketamine treatment for depression</source>
            <comment>considering-treatment.audience</comment>
            <extracomment>Who the preset is for</extracomment>
            <translation type="unfinished">A patient who is thinking about ketamine treatment for depression</translation>
        </message>
        <message>
            <source>Ketamine and recovery from substance use</source>
            <comment>in-recovery.title</comment>
            <extracomment>Title of an audience preset</extracomment>
            <translation type="unfinished">Ketamine and recovery from substance use</translation>
        </message>
        <message>
            <source>A person in recovery from substance use</source>
            <comment>in-recovery.audience</comment>
            <extracomment>Who the preset is for</extracomment>
            <translation type="unfinished">A person in recovery from substance use</translation>
        </message>
        <message>
            <source>Ketamine: what family members and caregivers should know</source>
            <comment>family-caregivers.title</comment>
            <extracomment>Title of an audience preset</extracomment>
            <translation type="unfinished">Ketamine: what family members and caregivers should know</translation>
        </message>
        <message>
            <source>Family members and caregivers</source>
            <comment>family-caregivers.audience</comment>
            <extracomment>Who the preset is for</extracomment>
            <translation type="unfinished">Family members and caregivers</translation>
        </message>
        <message>
            <source>How ketamine works in the brain</source>
            <comment>how-it-works.title</comment>
            <extracomment>Title of an audience preset</extracomment>
            <translation type="unfinished">How ketamine works in the brain</translation>
        </message>
        <message>
            <source>Counseling sessions on what is known and not known about ketamine</source>
            <comment>how-it-works.audience</comment>
            <extracomment>Who the preset is for</extracomment>
            <translation type="unfinished">Counseling sessions about what is known and not known about ketamine</translation>
        </message>
    </context>
    <context>
        <name>safety-points</name>
        <message>
            <source>Ketamine is not something to be taken lightly: it requires proper guidance and supervision from medical professionals, and consultation with qualified healthcare professionals is essential before considering ketamine therapy.</source>
            <comment>point-medical-supervision</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">Ketamine is not something to take lightly. It needs proper guidance from medical experts. They also need to supervise it. Before you think about ketamine therapy, you must talk with health care experts who are qualified.</translation>
        </message>
        <message>
            <source>Ketamine can cause hallucinations and dissociative states, a feeling of being disconnected from your body and surroundings. Outside of controlled environments, these states can lead to confusion, anxiety, or even fear.</source>
            <comment>point-dissociation</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">Ketamine can cause hallucinations. This means seeing or hearing things that are not there. It can also cause dissociative states. In these states, you feel cut off from your body and what is around you. Outside of controlled settings, these states can lead to confusion, anxiety, or even fear.</translation>
        </message>
        <message>
            <source>Ketamine’s recreational use and potential for abuse are well-documented, and there are concerns about addiction and misuse. Used in the wrong context, it can be dangerous for anyone, but certainly for those recovering from drug addictions.</source>
            <comment>point-abuse-and-addiction</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">It is well documented that people use ketamine for fun and that it can be abused. There are also concerns about addiction and misuse. Used in the wrong setting, it can be a danger to anyone. It is surely a danger to people in recovery from drug addiction.</translation>
        </message>
        <message>
            <source>Ketamine also has an effect on the opioid pathway. While there may be therapeutic benefits, the potential risks can’t be ignored, particularly for people who have a history of difficulty with those substances.</source>
            <comment>point-opioid-pathway</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">Ketamine also has an effect on the opioid pathway. This is the system that opioid pain drugs act on. There may be benefits for treatment. But the possible risks cannot be ignored. This is most true for people who have had trouble with those substances in the past.</translation>
        </message>
        <message>
            <source>The long-term effects and safety of ketamine are not yet fully understood. Some studies raise concerns about addiction and cognitive impairment, and long-term use outside a controlled medical setting requires caution.</source>
            <comment>point-long-term-unknown</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">We do not yet fully know the long-term effects of ketamine. We also do not fully know how safe it is over time. Some studies raise concerns about addiction. They also raise concerns about harm to thinking and memory. Using it for a long time outside a controlled medical setting requires caution.</translation>
        </message>
        <message>
            <source>The relationship between ketamine and seizures is complex, and its use must be carefully monitored.</source>
            <comment>point-seizures</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">The link between ketamine and seizures is complex. Its use must be carefully watched.</translation>
        </message>
        <message>
            <source>Just because ketamine might help some people doesn’t mean it’s safe for everyone. It is a powerful drug that has to be handled with care, and new and popular doesn’t always mean proven and safe.</source>
            <comment>point-not-safe-for-everyone</comment>
            <extracomment>Key safety point, printed in every summary it fits</extracomment>
            <translation type="unfinished">Ketamine might help some people. That does not mean it is safe for everyone. It is a powerful drug that has to be handled with care. New and popular does not always mean proven and safe.</translation>
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
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words what can happen when ketamine is used for fun, and why that is a danger for people in recovery.</source>
            <comment>teach-back-recreational-use</comment>
            <extracomment>Teach-back question for the section “Recreational Use”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words why ketamine helping some people does not mean it is safe for everyone.</source>
            <comment>teach-back-fine-line</comment>
            <extracomment>Teach-back question for the section “A Fine Line”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words what a dissociative state is, and what it can lead to outside a medical setting.</source>
            <comment>teach-back-dissociative-states</comment>
            <extracomment>Teach-back question for the section “Dissociative States”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words who should guide and supervise ketamine therapy, and why.</source>
            <comment>teach-back-dissociative-states-2</comment>
            <extracomment>Teach-back question for the section “Dissociative States”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words why the article says to be careful, even though the research is exciting.</source>
            <comment>teach-back-ketamine-potential</comment>
            <extracomment>Teach-back question for the section “Ketamine’s Potential”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words what is still needed before we know how to use ketamine safely for depression.</source>
            <comment>teach-back-caution-and-consideration</comment>
            <extracomment>Teach-back question for the section “Caution and Consideration”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words why your treatment plan may be different from someone else’s.</source>
            <comment>teach-back-durability-of-effects</comment>
            <extracomment>Teach-back question for the section “Durability of Effects”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words what is not yet known about ketamine, and why a professional should guide the treatment.</source>
            <comment>teach-back-complex-picture</comment>
            <extracomment>Teach-back question for the section “A Complex Picture”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words how ketamine can make a person feel in the short term.</source>
            <comment>teach-back-acute-effects</comment>
            <extracomment>Teach-back question for the section “Acute Effects”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words why long-term use of ketamine, especially outside a medical setting, needs caution.</source>
            <comment>teach-back-long-term-effects</comment>
            <extracomment>Teach-back question for the section “Long-Term Effects”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words what can happen when NMDA receptors are too active.</source>
            <comment>teach-back-nmda-seizures</comment>
            <extracomment>Teach-back question for the section “NMDA Receptors and Seizures”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words why ketamine used for seizures must be carefully monitored.</source>
            <comment>teach-back-seizure-ketamine-role</comment>
            <extracomment>Teach-back question for the section “Ketamine’s Role”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words what concerns the article raises about ketamine, addiction and misuse.</source>
            <comment>teach-back-opioid-controversy</comment>
            <extracomment>Teach-back question for the section “Controversy and Debate”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words why the risks matter even more for people who have had trouble with opioids.</source>
            <comment>teach-back-opioid-balanced-perspective</comment>
            <extracomment>Teach-back question for the section “A Balanced Perspective”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words what the first effects of ketamine can feel like, and how long they usually last.</source>
            <comment>teach-back-immediate-effects</comment>
            <extracomment>Teach-back question for the section “Immediate Effects of Ketamine”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words what the article says about research on ketamine’s long-term effects.</source>
            <comment>teach-back-long-term-mechanisms</comment>
            <extracomment>Teach-back question for the section “Long-Term Effects and Mechanisms”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Tell me in your own words who you should talk to before considering ketamine therapy, and why.</source>
            <comment>teach-back-conclusion</comment>
            <extracomment>Teach-back question for the section “In Conclusion”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>handout-text</name>
        <message>
            <source>Adapted by {clinician} from “{title}” by {author}, {publisher}, {published}.</source>
            <comment>adapted-by</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Adapted in plain language by {clinician} from “{title}” by {author}, {publisher}, {published}.</translation>
        </message>
        <message>
            <source>Adapted in plain language from “{title}” by {author}, {publisher}, {published}.</source>
            <comment>adapted-from</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Adapted from “{title}” by {author}, {publisher}, {published}.</source>
            <comment>adapted-unnamed</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Adapted in plain language from “{title}” by {author}, {publisher}, {published}.</translation>
        </message>
        <message>
            <source>Phone</source>
            <comment>clinic-phone</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Phone</translation>
        </message>
        <message>
            <source>Clinician</source>
            <comment>clinician</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Clinician</translation>
        </message>
        <message>
            <source>Contact</source>
            <comment>contact</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Contact</translation>
        </message>
        <message>
            <source>Content version {version}, reviewed {reviewed}</source>
            <comment>content-version</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Content version {version}, checked {reviewed}</translation>
        </message>
        <message>
            <source>After hours or in a crisis</source>
            <comment>crisis-line</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">After hours or in a crisis</translation>
        </message>
        <message>
            <source>Date</source>
            <comment>date</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Date</translation>
        </message>
        <message>
            <source>For education only. This handout is not a substitute for professional medical advice, diagnosis or treatment.</source>
            <comment>disclaimer</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">This handout is for learning only. It does not take the place of advice, diagnosis, or treatment from a medical professional.</translation>
        </message>
        <message>
            <source>When to get help</source>
            <comment>get-help</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Next appointment</source>
            <comment>next-appointment</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Next visit</translation>
        </message>
        <message>
            <source>Notes from your care team</source>
            <comment>notes-title</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Notes from your care team</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <comment>page</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <comment>patient</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Made for</translation>
        </message>
        <message>
            <source>Risk</source>
            <comment>risk-label</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Risk</translation>
        </message>
        <message>
            <source>Source: “{title}” by {author}, {publisher}, {published}.</source>
            <comment>source</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Source: “{title}” by {author}, {publisher}, {published}.</translation>
        </message>
        <message>
            <source>Read this first. These points come from the source article and concern the topics in this handout.</source>
            <comment>summary-intro</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Read this first. These points come from the article this handout is based on. They are about the topics in this handout.</translation>
        </message>
        <message>
            <source>Also on risks and supervision, from the sections below:</source>
            <comment>summary-passages</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">More about risks and supervision, from the sections below:</translation>
        </message>
        <message>
            <source>Safety and supervision</source>
            <comment>summary-title</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Safety and supervision</translation>
        </message>
        <message>
            <source>Supervision</source>
            <comment>supervision-label</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Supervision</translation>
        </message>
        <message>
            <source>These questions were written by {author} from what the article says. They have not yet been reviewed.</source>
            <comment>teach-back-draft</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your care team may ask you these questions. Answer in your own words, out loud or on the lines.</source>
            <comment>teach-back-intro</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>These questions were written by {author} from what the article says, and reviewed.</source>
            <comment>teach-back-reviewed</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Check your understanding</source>
            <comment>teach-back-title</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Translation: {translator} ({method})</source>
            <comment>translation-by</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Plain-language version: {translator} ({method})</translation>
        </message>
        <message>
            <source>This translation has not yet been reviewed.</source>
            <comment>translation-draft</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">This plain-language version has not yet been reviewed.</translation>
        </message>
        <message>
            <source>Some passages are in English because their translation is missing or out of date.</source>
            <comment>translation-fallback</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Some passages are in the original wording because their plain-language version is missing or out of date.</translation>
        </message>
        <message>
            <source>checked by back-translation</source>
            <comment>translation-method-back-translated</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>draft</source>
            <comment>translation-method-draft</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>professional</source>
            <comment>translation-method-professional</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Translation reviewed by {reviewer} on {reviewed}.</source>
            <comment>translation-reviewed</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished">Plain-language version reviewed by {reviewer} on {reviewed}.</translation>
        </message>
        <message>
            <source>What to do</source>
            <comment>what-to-do</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Words to know</source>
            <comment>words-to-know</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your next appointment</source>
            <comment>your-next-appointment</comment>
            <extracomment>Printed on handouts. Keep {placeholders} as they are.</extracomment>
            <translation type="unfinished"></translation>
        </message>
    </context>
</TS>
