<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Outreach Kit (ur). Translations marked 'Machine/AI translation, not reviewed by a native speaker' in their translatorcomment are NOT reviewed: correct them with pyside6-linguist, delete that comment, then run packaging/translations.sh. -->
<TS version="2.1" language="ur">
<context>
    <name>App</name>
    <message>
        <location filename="../../kit/ui/shell/app.py" line="+302"/>
        <source>Outreach Kit cannot open its data</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit اپنا ڈیٹا نہیں کھول سکتا</translation>
    </message>
</context>
<context>
    <name>BackgroundSection</name>
    <message>
        <location filename="../../kit/ui/content/texts.py" line="+146"/>
        <location line="+3"/>
        <source>Background</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پس منظر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The factsheet opens with this text. Leave an empty line between paragraphs (at most %1).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حقائق نامہ اسی متن سے شروع ہوتا ہے۔ پیراگرافوں کے درمیان ایک خالی سطر چھوڑیں (زیادہ سے زیادہ %1)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the background</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پس منظر کا ماخذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who wrote it, e.g. a report or a campaign page</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ کس نے لکھا، مثلاً کوئی رپورٹ یا مہم کا صفحہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ماخذ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Source URL</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ماخذ کا URL</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>https://… (optional: gets a QR code on the factsheet)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>https://… (اختیاری: حقائق نامے پر اس کا QR کوڈ چھپتا ہے)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paragraph %1 of the background %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پس منظر کا پیراگراف %1 %2۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The background %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پس منظر %1۔</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../kit/ui/dashboard/charts.py" line="+46"/>
        <source>No sign-ups yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی تک کوئی اندراج نہیں</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../../kit/ui/content/colours.py" line="+33"/>
        <source>%1, as a hex code</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1، ہیکس کوڈ کی صورت میں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Choose the %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 منتخب کریں</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../kit/ui/content/signup.py" line="+51"/>
        <source>Sign-ups keep the exact wording shown at the time; changing it affects only new sign-ups. Saving a change to these sentences asks you to confirm first.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات وہی الفاظ محفوظ رکھتے ہیں جو اس وقت دکھائے گئے تھے؛ انہیں بدلنے کا اثر صرف نئے اندراجات پر ہوتا ہے۔ ان جملوں میں تبدیلی محفوظ کرنے سے پہلے آپ سے تصدیق مانگی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You changed the consent wording.

Sign-ups keep the exact wording shown at the time; changing it affects only new sign-ups, from the next attendee on.

Make sure the sentences say exactly what the group will do with people&apos;s details. Save the new wording?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آپ نے اجازت کے الفاظ بدل دیے ہیں۔

اندراجات وہی الفاظ محفوظ رکھتے ہیں جو اس وقت دکھائے گئے تھے؛ تبدیلی کا اثر صرف نئے اندراجات پر، اگلے شخص سے، ہوگا۔

یقینی بنائیں کہ جملے بالکل وہی کہیں جو گروپ لوگوں کی تفصیلات کے ساتھ کرے گا۔ نئے الفاظ محفوظ کریں؟</translation>
    </message>
    <message numerus="yes">
        <location line="+352"/>
        <source>Each sentence may be at most %n characters. The paper sign-up sheet prints the same sentences as the screen.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ہر جملہ زیادہ سے زیادہ %n حروف کا ہو سکتا ہے۔ کاغذی اندراج شیٹ پر وہی جملے چھپتے ہیں جو اسکرین پر ہیں۔</numerusform>
            <numerusform>ہر جملہ زیادہ سے زیادہ %n حروف کا ہو سکتا ہے۔ کاغذی اندراج شیٹ پر وہی جملے چھپتے ہیں جو اسکرین پر ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The email sentence (%1) %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل والا جملہ (%1) %2۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text message sentence (%1) %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیکسٹ پیغام والا جملہ (%1) %2۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note (%1) %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نوٹ (%1) %2۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The privacy line (%1) %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رازداری کی سطر (%1) %2۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the consent wording</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اجازت کے الفاظ بدلیں</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kit/ui/contacts/dialog.py" line="+29"/>
        <source>First name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kit/ui/handouts/page.py" line="+675"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زپ کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit contact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے میں ترمیم</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Yes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Email consent: %1 · Text message consent: %2 (as answered at the last sign-up; %n sign-up(s) in total)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ای میل کی اجازت: %1 · ٹیکسٹ پیغامات کی اجازت: %2 (آخری اندراج کے جواب کے مطابق؛ کل %n اندراج)</numerusform>
            <numerusform>ای میل کی اجازت: %1 · ٹیکسٹ پیغامات کی اجازت: %2 (آخری اندراج کے جواب کے مطابق؛ کل %n اندراجات)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kit/ui/handouts/page.py" line="-2"/>
        <source>Website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online sign-up link</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آن لائن اندراج کا لنک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سوشل میڈیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اجلاس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How people reach your group</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>لوگ آپ کے گروپ تک کیسے پہنچیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These lines and a QR code for the website (or sign-up link) go on every handout. Fill in only what your group wants printed; a public address, not a person&apos;s own.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ سطریں اور ویب سائٹ (یا اندراج کے لنک) کا QR کوڈ ہر پرچے پر چھپتے ہیں۔ صرف وہی بھریں جو آپ کا گروپ چھپوانا چاہتا ہے؛ عوامی پتا، کسی فرد کا ذاتی پتا نہیں۔</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="+140"/>
        <source>How do people reach your group?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>لوگ آپ کے گروپ تک کیسے پہنچیں؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handouts print these, with a QR code for the website. Leave blank what you do not have; you can change them later in the Content tab.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچوں پر یہ چھپتے ہیں، ویب سائٹ کے QR کوڈ کے ساتھ۔ جو آپ کے پاس نہیں وہ خالی چھوڑ دیں؛ بعد میں مواد والے ٹیب میں بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. example.org</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. info@example.org</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً info@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سوشل میڈیا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. @ourgroup on Instagram</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً Instagram پر ‎@ourgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اجلاس</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Every Tuesday, 7 pm, at the library</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً ہر منگل، شام 7 بجے، لائبریری میں</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../kit/ui/shell/volunteer.py" line="+169"/>
        <source>Search name, email, phone or ZIP</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نام، ای میل، فون یا زپ کوڈ تلاش کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے تلاش کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حذف کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>درآمد کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کھولیں…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sign-ups are sealed: unlock to see contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات مہر بند ہیں: دیکھنے کے لیے کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups are sealed for the coordinator: this table laptop cannot show them</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات کوآرڈینیٹر کے لیے مہر بند ہیں: یہ میز والا لیپ ٹاپ انہیں نہیں دکھا سکتا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1+ contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1+ رابطے</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n رابطہ</numerusform>
            <numerusform>%n رابطے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n رابطہ</numerusform>
            <numerusform>%n رابطے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete contact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطہ حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and all %2 of their sign-ups? This cannot be undone.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 اور ان کے تمام %2 اندراجات حذف کریں؟ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not deleted</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حذف نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../kit/ui/contacts/model.py" line="+34"/>
        <source>Name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل: ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیکسٹ: ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First signed up</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلا اندراج</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../kit/ui/content/page.py" line="+77"/>
        <source>Flyer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اشتہار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factsheet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حقائق نامہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading list and links</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مطالعے کی فہرست اور لنکس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR cards</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>QR کارڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper sign-up sheet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کاغذی اندراج شیٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>گروپ کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>شہر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagline</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نعرہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line under the name on every handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہر پرچے پر نام کے نیچے ایک سطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hello@example.org</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>hello@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سوشل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@yourgroup on Instagram</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Instagram پر ‎@yourgroup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اجلاس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. First Tuesday, 7 pm, Central Library</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً ہر مہینے کا پہلا منگل، شام 7 بجے، مرکزی لائبریری</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main colour</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بنیادی رنگ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نمایاں رنگ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سوشل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اجلاس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line about it</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس کے بارے میں ایک سطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On flyer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اشتہار پر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حقیقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ماخذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ماخذ کا URL</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sections of the campaign pack</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مہم کے پیکج کے حصے</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reset to the default pack…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>طے شدہ پیک پر واپس جائیں…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo changes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تبدیلیاں واپس لیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the campaign content</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مہم کا مواد محفوظ کریں</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Contact details are optional: the handouts look complete without them, and print them when they are filled in. The colours are used for the headings and bands of every handout.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے کی تفصیلات اختیاری ہیں: پرچے ان کے بغیر بھی مکمل لگتے ہیں، اور بھری ہوں تو انہیں چھاپتے ہیں۔ رنگ ہر پرچے کے عنوانات اور پٹیوں کے لیے استعمال ہوتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تنظیم</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Resources</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وسائل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add resource</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وسیلہ شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove resource</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وسیلہ ہٹائیں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حقائق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add fact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حقیقت شامل کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove fact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حقیقت ہٹائیں</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Handout whose words you edit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وہ پرچہ جس کے الفاظ آپ بدل رہے ہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Headline</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سرخی</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Subheadline</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ذیلی سرخی</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Optional: one line under the headline</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اختیاری: سرخی کے نیچے ایک سطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Footer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فوٹر</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Optional: a line at the foot of the page</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اختیاری: صفحے کے نیچے ایک سطر</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Introduction</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تعارف</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Call to action</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>عمل کی دعوت</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An empty subheadline, introduction, call to action or footer is simply left off the handout.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خالی ذیلی سرخی، تعارف، عمل کی دعوت یا فوٹر پرچے پر بس شامل نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handout texts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچوں کے متن</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The campaign pack cannot be used: %1
Fix the file, or reset to the default pack.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مہم کا پیک استعمال نہیں ہو سکتا: %1
فائل درست کریں، یا طے شدہ پیک پر واپس جائیں۔</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Show this one on the flyer (at most 4)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اسے اشتہار پر دکھائیں (زیادہ سے زیادہ 4)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reminder: the contact details are empty (%1). Add them under Organisation so people who take a flyer can reach the group.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یاد دہانی: رابطے کی تفصیلات خالی ہیں (%1)۔ انہیں ”تنظیم“ میں شامل کریں تاکہ اشتہار لے جانے والے لوگ گروپ تک پہنچ سکیں۔</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+5"/>
        <source>Not saved: fix the field marked in red.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ نہیں ہوا: سرخ نشان والا خانہ درست کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the new consent wording was not confirmed.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ نہیں ہوا: اجازت کے نئے الفاظ کی تصدیق نہیں کی گئی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack could not be written: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پیک لکھا نہیں جا سکا: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Saved. The handouts print the new text, and the sign-up form uses it from the next attendee on.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ محفوظ ہو گیا۔ پرچے نیا متن چھاپتے ہیں، اور اندراج فارم اگلے شخص سے اسے استعمال کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resource %1 (%2): URL %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وسیلہ %1 (%2): URL %3۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بے عنوان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fact %1: source URL %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حقیقت %1: ماخذ کا URL %2۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resource %1: %2 %3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وسیلہ %1: %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fact %1: %2 %3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>حقیقت %1: %2 %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Unsaved changes.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>غیر محفوظ تبدیلیاں۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset to the default pack</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>طے شدہ پیک پر واپس جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the campaign content with the pack that came with the app? Your edited pack is kept in a folder beside it, so nothing is lost.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مہم کا مواد ایپ کے ساتھ آنے والے پیک سے بدل دیں؟ آپ کا ترمیم شدہ پیک اس کے ساتھ ایک فولڈر میں رکھا جاتا ہے، اس لیے کچھ ضائع نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not reset</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>واپس نہیں ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Restored the default pack. Your edited pack is kept as %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ طے شدہ پیک بحال ہو گیا۔ آپ کا ترمیم شدہ پیک %1 کے طور پر رکھا گیا ہے۔</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kit/ui/dashboard/page.py" line="+141"/>
        <source>Sign-ups today (all events)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آج کے اندراجات (تمام تقریبات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today at the active event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آج فعال تقریب میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts printed today</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آج پرنٹ ہونے والے پرچے</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Waiting to sync</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کے منتظر</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>&amp;Event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;تقریب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event shown</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دکھائی گئی تقریب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save event &amp;report (PDF)…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریب کی &amp;رپورٹ محفوظ کریں (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;تازہ کریں</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sign-ups per hour (local time)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فی گھنٹہ اندراجات (مقامی وقت)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ups per hour</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فی گھنٹہ اندراجات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-ups at this event yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس تقریب میں ابھی کوئی اندراج نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ تقریب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interest</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منتخب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests chosen at this event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس تقریب میں منتخب دلچسپیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کاپیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts printed at this event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس تقریب میں پرنٹ ہونے والے پرچے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests chosen</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منتخب دلچسپیاں</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Handouts printed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرنٹ شدہ پرچے</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>All events</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تمام تقریبات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All events compared</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تمام تقریبات کا موازنہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>واپس آنے والے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل: ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیکسٹ: ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To sync</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک باقی</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Could not read the counts: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>گنتی پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting to sync (no sync target set up)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کے منتظر (سنک کی کوئی منزل مقرر نہیں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تازہ کاری: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no date</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تاریخ نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source> (active)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation> (فعال)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>not known</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No event yet: create one in the Events tab.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی کوئی تقریب نہیں: تقریبات والے ٹیب میں ایک بنائیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-ups yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی کوئی اندراج نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None printed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوئی پرنٹ نہیں ہوا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ups per hour at %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 میں فی گھنٹہ اندراجات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sign-ups at this event yet.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس تقریب میں ابھی کوئی اندراج نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Busiest hour: %1 with %n sign-up. Sign-ups between %2 and %3 (times kept to the quarter hour).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>سب سے مصروف گھنٹہ: %1، %n اندراج کے ساتھ۔ اندراجات %2 اور %3 کے درمیان (اوقات پندرہ منٹ تک محدود)۔</numerusform>
            <numerusform>سب سے مصروف گھنٹہ: %1، %n اندراجات کے ساتھ۔ اندراجات %2 اور %3 کے درمیان (اوقات پندرہ منٹ تک محدود)۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Busiest hour: %1 with %n sign-ups. Sign-ups between %2 and %3 (times kept to the quarter hour).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>سب سے مصروف گھنٹہ: %1، %n اندراج کے ساتھ۔ اندراجات %2 اور %3 کے درمیان (اوقات پندرہ منٹ تک محدود)۔</numerusform>
            <numerusform>سب سے مصروف گھنٹہ: %1، %n اندراجات کے ساتھ۔ اندراجات %2 اور %3 کے درمیان (اوقات پندرہ منٹ تک محدود)۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Busiest hour: %1 with %n sign-up. First sign-up %2, last %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>سب سے مصروف گھنٹہ: %1، %n اندراج کے ساتھ۔ پہلا اندراج %2، آخری %3۔</numerusform>
            <numerusform>سب سے مصروف گھنٹہ: %1، %n اندراجات کے ساتھ۔ پہلا اندراج %2، آخری %3۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Busiest hour: %1 with %n sign-ups. First sign-up %2, last %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>سب سے مصروف گھنٹہ: %1، %n اندراج کے ساتھ۔ پہلا اندراج %2، آخری %3۔</numerusform>
            <numerusform>سب سے مصروف گھنٹہ: %1، %n اندراجات کے ساتھ۔ پہلا اندراج %2، آخری %3۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interests chosen yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی کوئی دلچسپی منتخب نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None printed at this event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس تقریب میں کوئی پرنٹ نہیں ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-ups: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New: %1 · Returning: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئے: %1 · واپس آنے والے: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New: %1 · Returning: %2 · Not known: %3 (protected or purged)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئے: %1 · واپس آنے والے: %2 · نامعلوم: %3 (محفوظ یا صاف شدہ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Said yes to email: %1 · to text messages: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل کے لیے ہاں: %1 · ٹیکسٹ پیغامات کے لیے: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form language: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فارم کی زبان: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the event report</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریب کی رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رپورٹ محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report saved to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رپورٹ %1 میں محفوظ ہو گئی</translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <location filename="../../kit/ui/accessibility.py" line="+31"/>
        <source>&amp;Large text</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;بڑا متن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بڑا متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes every text on screen larger</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اسکرین کا ہر متن بڑا کر دیتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زیادہ کنٹراسٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black on white with a thick blue focus frame</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سفید پر سیاہ، فوکس کے گرد موٹے نیلے فریم کے ساتھ</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="+181"/>
        <source>Ready</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تیار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table laptops need this kit&apos;s public-key file to seal sign-ups for you. Save it to a USB stick; keep it within the group.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>میز والے لیپ ٹاپس کو آپ کے لیے اندراجات مہر بند کرنے کے واسطے اس کٹ کی پبلک کلید والی فائل چاہیے۔ اسے USB اسٹک پر محفوظ کریں؛ اسے گروپ کے اندر ہی رکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the public-key file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائل محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Sign-ups go to: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ اندراجات یہاں جاتے ہیں: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ The handouts show the group&apos;s contact details.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ پرچوں پر گروپ سے رابطے کی تفصیلات ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• No contact details yet (Content tab).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>• ابھی رابطے کی کوئی تفصیل نہیں (مواد والا ٹیب)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ No kiosk PIN: anyone at the table can open the volunteer area.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ کوئی کیوسک PIN نہیں: میز پر کوئی بھی رضاکاروں کا حصہ کھول سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ A kiosk PIN guards the volunteer area.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ ایک کیوسک PIN رضاکاروں کے حصے کی حفاظت کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Not protected: sign-ups are stored in clear on this laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ غیر محفوظ: اندراجات اس لیپ ٹاپ پر بغیر خفیہ کاری کے محفوظ ہوتے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Protected: this is the coordinator&apos;s laptop; the passphrase reads the sign-ups.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ محفوظ: یہ کوآرڈینیٹر کا لیپ ٹاپ ہے؛ پاس فریز سے اندراجات پڑھے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Protected: this table laptop seals sign-ups and cannot read them.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ محفوظ: یہ میز والا لیپ ٹاپ اندراجات مہر بند کرتا ہے اور انہیں پڑھ نہیں سکتا۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ Saved %1. On each table laptop, choose it in the set-up&apos;s protection step (&quot;This is a table laptop&quot;).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ %1 محفوظ ہو گئی۔ ہر میز والے لیپ ٹاپ پر اسے سیٹ اپ کے تحفظ والے مرحلے میں منتخب کریں (”یہ میز والا لیپ ٹاپ ہے“)۔</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kit/ui/errors.py" line="+36"/>
        <source>Something went wrong</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کچھ غلط ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach Kit hit an unexpected problem. Every sign-up that showed “Thank you” is saved.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit کو ایک غیر متوقع مسئلہ پیش آیا۔ ہر وہ اندراج جس پر ”شکریہ“ دکھایا گیا، محفوظ ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can keep working. If it happens again, close and reopen the app. Details for whoever maintains the kit are in the log folder:
%1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آپ کام جاری رکھ سکتے ہیں۔ اگر دوبارہ ایسا ہو تو ایپ بند کر کے دوبارہ کھولیں۔ کٹ کی دیکھ بھال کرنے والے کے لیے تفصیلات لاگ فولڈر میں ہیں:
%1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../kit/ui/content/event_form.py" line="+102"/>
        <source>New event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئی تقریب</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location line="-59"/>
        <source>e.g. Lake Street farmers market</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً Lake Street کسان بازار</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Event name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریب کا نام</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>e.g. Minneapolis</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً Minneapolis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Place</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Date</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start collecting sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات جمع کرنا شروع کریں</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="-273"/>
        <source>Where are you tabling?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آپ کی میز کہاں لگی ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups are collected for an event. Name it once; you can add more later in the volunteer area.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات کسی تقریب کے لیے جمع کیے جاتے ہیں۔ اس کا نام ایک بار لکھیں؛ مزید تقریبات بعد میں رضاکاروں کے حصے میں شامل کی جا سکتی ہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Next &gt;</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;اگلا &gt;</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../kit/ui/shell/volunteer.py" line="-282"/>
        <source>New event…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئی تقریب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collect sign-ups for the selected event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منتخب تقریب کے لیے اندراجات جمع کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Active</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فعال</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Date</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>جگہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone sign-ups…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون سے اندراجات…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phone sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون سے اندراجات</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kit/ui/contacts/export_dialog.py" line="+54"/>
        <source>Every field, one row per person; opens in LibreOffice Calc or Excel.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہر خانہ، ہر فرد کی ایک قطار؛ LibreOffice Calc یا Excel میں کھلتی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For Action Network&apos;s list upload (Start Organizing → Upload): two files, one of people who agreed to email (no phone numbers) and one of people who agreed to texts, because its upload form subscribes the phones of a whole file with one box.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Action Network میں فہرست اپ لوڈ کے لیے (Start Organizing ← Upload): دو فائلیں، ایک ان لوگوں کی جنہوں نے ای میل کی اجازت دی (فون نمبروں کے بغیر) اور ایک ان کی جنہوں نے ٹیکسٹ کی اجازت دی، کیونکہ اس کا اپ لوڈ فارم ایک ہی خانے سے پوری فائل کے فون سبسکرائب کر دیتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For Mailchimp&apos;s audience import (Audience → Add contacts → Import contacts).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mailchimp کی آڈینس درآمد کے لیے (Audience ← Add contacts ← Import contacts)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For NationBuilder&apos;s import (Settings → Imports), with email and mobile opt-in columns.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>NationBuilder کی درآمد کے لیے (Settings ← Imports)، ای میل اور موبائل کی رضامندی کے کالموں کے ساتھ۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For Google Contacts (Import), with the event and interests as labels.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Google Contacts کے لیے (Import)، تقریب اور دلچسپیوں کو لیبل بنا کر۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact cards for phones and address books (Apple Contacts, Google, Outlook).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فونز اور ایڈریس بکس کے لیے رابطہ کارڈ (Apple Contacts، Google، Outlook)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything, consent history included; another Outreach Kit imports it exactly.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سب کچھ، اجازت کی تاریخ سمیت؛ دوسرا Outreach Kit اسے بالکل ویسے ہی درآمد کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے برآمد کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>Format</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فارمیٹ</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+78"/>
        <source>Event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریب</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>All events</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تمام تقریبات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%2 — %3 sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1%2 — %3 اندراجات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only sign-ups from</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صرف ان تاریخوں کے اندراجات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>از</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تک</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never exported yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی تک کبھی برآمد نہیں ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only people new since the last full export (%1)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صرف وہ لوگ جو آخری مکمل برآمد کے بعد نئے ہیں (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people who agreed to email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صرف وہ لوگ جنہوں نے ای میل کی اجازت دی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include people who did not agree to email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وہ لوگ بھی شامل کریں جنہوں نے ای میل کی اجازت نہیں دی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Mailing-list tools treat everyone in this file as subscribed. Use it only to update records you already have, never to add these people to a mailing list.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ میلنگ لسٹ کے ٹولز اس فائل کے ہر فرد کو سبسکرائب شدہ سمجھتے ہیں۔ اسے صرف پہلے سے موجود ریکارڈ اپ ڈیٹ کرنے کے لیے استعمال کریں، ان لوگوں کو میلنگ لسٹ میں شامل کرنے کے لیے کبھی نہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include phone numbers of people who did not agree to text messages</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ان لوگوں کے فون نمبر بھی شامل کریں جنہوں نے ٹیکسٹ پیغامات کی اجازت نہیں دی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Their numbers are marked text_consent = no in the file. Never text them; use this only to update records you already have.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ فائل میں ان کے نمبروں پر text_consent = no درج ہے۔ انہیں کبھی ٹیکسٹ نہ کریں؛ اسے صرف پہلے سے موجود ریکارڈ اپ ڈیٹ کرنے کے لیے استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This format takes only people who agreed to email.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس فارمیٹ میں صرف وہ لوگ آتے ہیں جنہوں نے ای میل کی اجازت دی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3.0 — what Apple and Google import best</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>3.0 — جو Apple اور Google سب سے بہتر درآمد کرتے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.0 — newer (RFC 6350)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>4.0 — نیا (RFC 6350)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard version</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>vCard ورژن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many contacts will be written</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کتنے رابطے لکھے جائیں گے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to write</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>لکھی جانے والی فائل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بطور محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اجازت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>برآمد کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بند کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n person will be written</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n فرد لکھا جائے گا</numerusform>
            <numerusform>%n افراد لکھے جائیں گے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people will be written</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n فرد لکھا جائے گا</numerusform>
            <numerusform>%n افراد لکھے جائیں گے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody matches these choices</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ان انتخابات سے کوئی میل نہیں کھاتا</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n who agreed to texts, in a second file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>اور %n جنہوں نے ٹیکسٹ کی اجازت دی، دوسری فائل میں</numerusform>
            <numerusform>اور %n جنہوں نے ٹیکسٹ کی اجازت دی، دوسری فائل میں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n person who agreed to texts, in a second file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>اور %n فرد جس نے ٹیکسٹ کی اجازت دی، دوسری فائل میں</numerusform>
            <numerusform>اور %n افراد جنہوں نے ٹیکسٹ کی اجازت دی، دوسری فائل میں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export contacts to</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے یہاں برآمد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (*.%2);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 (*.%2);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a file to write (Save as…).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>لکھنے کے لیے فائل منتخب کریں (بطور محفوظ کریں…)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist; choose another.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فولڈر %1 موجود نہیں؛ کوئی اور منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منسوخ ہو رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>✓ Wrote %n person to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %1 میں %n فرد لکھا گیا</numerusform>
            <numerusform>✓ %1 میں %n افراد لکھے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✓ Wrote %n people to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %1 میں %n فرد لکھا گیا</numerusform>
            <numerusform>✓ %1 میں %n افراد لکھے گئے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only people who agreed to email are in it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس میں صرف وہ لوگ ہیں جنہوں نے ای میل کی اجازت دی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload %1 with the mobile box (“Subscribe only activists who have not previously unsubscribed to the mobile list”) left unticked: it holds no phone numbers.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 کو موبائل والے خانے (”Subscribe only activists who have not previously unsubscribed to the mobile list“) پر نشان لگائے بغیر اپ لوڈ کریں: اس میں کوئی فون نمبر نہیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✓ Wrote %n person who agreed to texts to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %1 میں ٹیکسٹ کی اجازت دینے والا %n فرد لکھا گیا</numerusform>
            <numerusform>✓ %1 میں ٹیکسٹ کی اجازت دینے والے %n افراد لکھے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>✓ Wrote %n people who agreed to texts to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %1 میں ٹیکسٹ کی اجازت دینے والا %n فرد لکھا گیا</numerusform>
            <numerusform>✓ %1 میں ٹیکسٹ کی اجازت دینے والے %n افراد لکھے گئے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload %1 separately and tick that box (Advanced upload options).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 کو الگ سے اپ لوڈ کریں اور اس خانے پر نشان لگائیں (Advanced upload options)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only people new since the last full export (just now)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صرف وہ لوگ جو آخری مکمل برآمد کے بعد نئے ہیں (ابھی ابھی)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting needs the sealed contacts: this table laptop cannot read them. Export on the coordinator&apos;s laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>برآمد کے لیے مہر بند رابطے درکار ہیں: یہ میز والا لیپ ٹاپ انہیں نہیں پڑھ سکتا۔ کوآرڈینیٹر کے لیپ ٹاپ پر برآمد کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting needs the sealed contacts and the kit is locked: unlock it (Contacts, Unlock…) and export again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>برآمد کے لیے مہر بند رابطے درکار ہیں اور کٹ بند ہے: اسے کھولیں (رابطے، کھولیں…) اور دوبارہ برآمد کریں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>برآمد ناکام ہو گئی: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="+285"/>
        <source>&amp;Next &gt;</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;اگلا &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&lt; &amp;پیچھے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start collecting sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات جمع کرنا شروع کریں</translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <location filename="../../kit/ui/handouts/page.py" line="-625"/>
        <source>Letter</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>لیٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8.5 × 11 in (US)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>8.5 × 11 انچ (امریکہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>210 × 297 mm</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>210 × 297 ملی میٹر</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The preview could not be made (%1).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پیش منظر نہیں بن سکا (%1)۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Printing failed (%1).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرنٹنگ ناکام ہو گئی (%1)۔</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Pick a handout, check the preview, press Quick print.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ایک پرچہ چنیں، پیش منظر دیکھیں، ”فوری پرنٹ“ دبائیں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add contact details…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے کی تفصیلات شامل کریں…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handouts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کاغذ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کاغذ کا سائز</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copies</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کاپیاں</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچے کی زبان</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+207"/>
        <source>Quick print</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فوری پرنٹ</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Quick print on the default printer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>طے شدہ پرنٹر پر فوری پرنٹ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرنٹ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the printer, copies and pages in the print dialog</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرنٹ ڈائیلاگ میں پرنٹر، کاپیاں اور صفحات چنیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Handouts given out today</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آج دیے گئے پرچے</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Handed out today: nothing yet.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آج دیے گئے: ابھی کچھ نہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handed out today:  %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آج دیے گئے:  %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n page</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n صفحہ</numerusform>
            <numerusform>%n صفحات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pages</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n صفحہ</numerusform>
            <numerusform>%n صفحات</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Updating the preview…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پیش منظر تازہ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the preview…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پیش منظر تیار ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not printed: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرنٹ نہیں ہوا: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Quick print %n copies</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>فوری پرنٹ: %n کاپی</numerusform>
            <numerusform>فوری پرنٹ: %n کاپیاں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچہ پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sending to %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 کو بھیجا جا رہا ہے…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed, but not counted: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرنٹ ہو گیا، لیکن گنا نہیں گیا: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✓ Sent %n copy of the %1 to %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %1 کی %n کاپی %2 کو بھیج دی گئی۔</numerusform>
            <numerusform>✓ %1 کی %n کاپیاں %2 کو بھیج دی گئیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✓ Sent %n copies of the %1 to %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %1 کی %n کاپی %2 کو بھیج دی گئی۔</numerusform>
            <numerusform>✓ %1 کی %n کاپیاں %2 کو بھیج دی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save handout as PDF</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل لکھی نہیں جا سکی: %1۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved the %1 as %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ %1 کو %2 کے طور پر محفوظ کر دیا گیا۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These handouts give no way to reach your group: the campaign pack has no website, sign-up link, email, social media or meeting place. People who take a flyer home cannot find you again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ان پرچوں میں آپ کے گروپ تک پہنچنے کا کوئی ذریعہ نہیں: مہم کے پیک میں ویب سائٹ، اندراج کا لنک، ای میل، سوشل میڈیا یا ملاقات کی جگہ نہیں ہے۔ جو لوگ اشتہار گھر لے جائیں گے وہ آپ کو دوبارہ نہیں ڈھونڈ سکیں گے۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ Saved. Every handout now shows how to reach you.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ محفوظ ہو گیا۔ اب ہر پرچہ دکھاتا ہے کہ آپ تک کیسے پہنچا جائے۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prints on %1, no questions asked.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بغیر کچھ پوچھے %1 پر پرنٹ کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints on %1 (no default printer is set).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 پر پرنٹ کرتا ہے (کوئی طے شدہ پرنٹر مقرر نہیں)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer found. Connect one, or use Save as PDF.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوئی پرنٹر نہیں ملا۔ ایک جوڑیں، یا ”PDF کے طور پر محفوظ کریں“ استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kit/ui/contacts/import_dialog.py" line="+59"/>
        <source>First name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split into first and last)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پورا نام (پہلے اور خاندانی نام میں تقسیم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP / postal code</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زپ / پوسٹل کوڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed to email (yes/no)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل کی اجازت دی (ہاں/نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed to text messages (yes/no)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیکسٹ پیغامات کی اجازت دی (ہاں/نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (to read its phone numbers)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ملک (اس کے فون نمبر پڑھنے کے لیے)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8 (with a byte-order mark)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>UTF-8 (بائٹ آرڈر مارک کے ساتھ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows-1252 (older Excel)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Windows-1252 (پرانا Excel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>commas</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کاما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolons</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سیمی کولن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیب</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No column is read as a first name (or full name): choose one in the “Read as” list above.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوئی کالم پہلے نام (یا پورے نام) کے طور پر نہیں پڑھا جا رہا: اوپر ”بطور پڑھیں“ کی فہرست میں ایک چنیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is read as an email or a phone number: choose one in the “Read as” list above.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوئی کالم ای میل یا فون نمبر کے طور پر نہیں پڑھا جا رہا: اوپر ”بطور پڑھیں“ کی فہرست میں ایک چنیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>✓ %n new person</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %n نیا فرد</numerusform>
            <numerusform>✓ %n نئے افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✓ %n new people</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %n نیا فرد</numerusform>
            <numerusform>✓ %n نئے افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>↻ %n merged with people already in the kit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>↻ %n کو کٹ میں پہلے سے موجود لوگوں میں ضم کیا گیا</numerusform>
            <numerusform>↻ %n کو کٹ میں پہلے سے موجود لوگوں میں ضم کیا گیا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>= %n unchanged (already imported)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>= %n میں کوئی تبدیلی نہیں (پہلے سے درآمد شدہ)</numerusform>
            <numerusform>= %n میں کوئی تبدیلی نہیں (پہلے سے درآمد شدہ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n events added from the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>+ فائل سے %n تقریب شامل کی گئی</numerusform>
            <numerusform>+ فائل سے %n تقریبات شامل کی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Interest “%1” is not one of this campaign&apos;s, so it was left out (%n row)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>دلچسپی ”%1“ اس مہم کی نہیں، اس لیے چھوڑ دی گئی (%n قطار)</numerusform>
            <numerusform>دلچسپی ”%1“ اس مہم کی نہیں، اس لیے چھوڑ دی گئی (%n قطاریں)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Interest “%1” is not one of this campaign&apos;s, so it was left out (%n rows)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>دلچسپی ”%1“ اس مہم کی نہیں، اس لیے چھوڑ دی گئی (%n قطار)</numerusform>
            <numerusform>دلچسپی ”%1“ اس مہم کی نہیں، اس لیے چھوڑ دی گئی (%n قطاریں)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1, imported: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>قطار %1، درآمد شدہ: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Row %1: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ قطار %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے درآمد کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring in people from a spreadsheet (CSV: a typed-up paper sign-up sheet, or an export from Action Network, Mailchimp, NationBuilder, Google or Outlook), a phone&apos;s or address book&apos;s vCard file (.vcf), or from another Outreach Kit (JSON). People already here are merged, not doubled; importing the same file twice changes nothing.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>لوگوں کو اسپریڈشیٹ (CSV: کاغذی اندراج شیٹ ٹائپ کی ہوئی، یا Action Network، Mailchimp، NationBuilder، Google یا Outlook سے برآمد)، کسی فون یا ایڈریس بک کی vCard فائل (.vcf)، یا کسی دوسرے Outreach Kit (JSON) سے لائیں۔ جو لوگ پہلے سے یہاں ہیں وہ ضم ہو جاتے ہیں، دہرے نہیں ہوتے؛ ایک ہی فائل دو بار درآمد کرنے سے کچھ نہیں بدلتا۔</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Contacts (*.csv *.txt *.json *.vcf);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے (*.csv *.txt *.json *.vcf);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Choose a file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل منتخب کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file chosen yet.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی کوئی فائل منتخب نہیں کی گئی۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file looks like a Mailchimp audience export, but its name does not say which list it is (subscribed, unsubscribed, cleaned or non-subscribed). Did its people agree to email?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ فائل Mailchimp آڈینس کی برآمد لگتی ہے، لیکن اس کا نام نہیں بتاتا کہ یہ کون سی فہرست ہے (subscribed، unsubscribed، cleaned یا non-subscribed)۔ کیا اس کے لوگوں نے ای میل کی اجازت دی تھی؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Did the people in this file agree to email?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیا اس فائل کے لوگوں نے ای میل کی اجازت دی تھی؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes: it lists subscribed members</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہاں: اس میں سبسکرائب شدہ اراکین ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, or I do not know: record no email consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نہیں، یا مجھے معلوم نہیں: ای میل کی کوئی اجازت درج نہ کریں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the file&apos;s columns are read</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل کے کالم کیسے پڑھے جاتے ہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل میں کالم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بطور پڑھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples from the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل سے مثالیں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These labels in the file are not interests of this campaign. Choose what each becomes, or leave it out.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل کے یہ لیبل اس مہم کی دلچسپیاں نہیں ہیں۔ چنیں کہ ہر ایک کیا بنے، یا اسے چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels that are not interests</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وہ لیبل جو دلچسپیاں نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label in the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل میں لیبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بطور درآمد کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>قطاریں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event for the imported sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>درآمد شدہ اندراجات کی تقریب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%2 — active</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1%2 — فعال</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+190"/>
        <source>Sign-ups go to</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات یہاں جاتے ہیں</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Import report</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>درآمد کی رپورٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>درآمد منسوخ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no event yet — create one on the Events tab)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(ابھی کوئی تقریب نہیں — تقریبات والے ٹیب میں ایک بنائیں)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import contacts from</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہاں سے رابطے درآمد کریں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 پڑھی جا رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>An Outreach Kit export (JSON) with %n contacts. Their events and consent history come with them.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Outreach Kit کی ایک برآمد (JSON) جس میں %n رابطے ہیں۔ ان کی تقریبات اور اجازت کی تاریخ بھی ساتھ آتی ہے۔</numerusform>
            <numerusform>Outreach Kit کی ایک برآمد (JSON) جس میں %n رابطے ہیں۔ ان کی تقریبات اور اجازت کی تاریخ بھی ساتھ آتی ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row of people · text encoding %1 · columns separated by %2. Check how each column is read, then Import.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>لوگوں کی %n قطار · متن کی انکوڈنگ %1 · کالم %2 سے الگ۔ دیکھیں کہ ہر کالم کیسے پڑھا جا رہا ہے، پھر ”درآمد کریں“ دبائیں۔</numerusform>
            <numerusform>لوگوں کی %n قطاریں · متن کی انکوڈنگ %1 · کالم %2 سے الگ۔ دیکھیں کہ ہر کالم کیسے پڑھا جا رہا ہے، پھر ”درآمد کریں“ دبائیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rows of people · text encoding %1 · columns separated by %2. Check how each column is read, then Import.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>لوگوں کی %n قطار · متن کی انکوڈنگ %1 · کالم %2 سے الگ۔ دیکھیں کہ ہر کالم کیسے پڑھا جا رہا ہے، پھر ”درآمد کریں“ دبائیں۔</numerusform>
            <numerusform>لوگوں کی %n قطاریں · متن کی انکوڈنگ %1 · کالم %2 سے الگ۔ دیکھیں کہ ہر کالم کیسے پڑھا جا رہا ہے، پھر ”درآمد کریں“ دبائیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہچانا گیا: %1۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is read as having agreed to email.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہر قطار کو ای میل کی اجازت دینے والی کے طور پر پڑھا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row is read as NOT agreeing to email.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہر قطار کو ای میل کی اجازت نہ دینے والی کے طور پر پڑھا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read column %1 as</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کالم %1 کو بطور پڑھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(درآمد نہیں ہوگا)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import label %1 as</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>لیبل %1 کو بطور درآمد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(leave out)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(چھوڑ دیں)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Events come from the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریبات فائل سے آتی ہیں</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Create an event first (Events tab): imported sign-ups belong to one.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلے ایک تقریب بنائیں (تقریبات والا ٹیب): درآمد شدہ اندراجات کسی تقریب سے تعلق رکھتے ہیں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 درآمد ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling… everything imported so far is taken back.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منسوخ ہو رہا ہے… اب تک درآمد ہونے والا سب کچھ واپس لیا جا رہا ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import finished. %n row could not be imported: fix it in the file and import it again (rows already in are left as they are).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>درآمد مکمل۔ %n قطار درآمد نہیں ہو سکی: اسے فائل میں درست کر کے دوبارہ درآمد کریں (پہلے سے درآمد شدہ قطاریں ویسی ہی رہیں گی)۔</numerusform>
            <numerusform>درآمد مکمل۔ %n قطاریں درآمد نہیں ہو سکیں: انہیں فائل میں درست کر کے دوبارہ درآمد کریں (پہلے سے درآمد شدہ قطاریں ویسی ہی رہیں گی)۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import finished. %n rows could not be imported: fix them in the file and import it again (rows already in are left as they are).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>درآمد مکمل۔ %n قطار درآمد نہیں ہو سکی: اسے فائل میں درست کر کے دوبارہ درآمد کریں (پہلے سے درآمد شدہ قطاریں ویسی ہی رہیں گی)۔</numerusform>
            <numerusform>درآمد مکمل۔ %n قطاریں درآمد نہیں ہو سکیں: انہیں فائل میں درست کر کے دوبارہ درآمد کریں (پہلے سے درآمد شدہ قطاریں ویسی ہی رہیں گی)۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>درآمد مکمل۔</translation>
    </message>
</context>
<context>
    <name>InterestsSection</name>
    <message>
        <location filename="../../kit/ui/content/signup.py" line="-392"/>
        <source>The boxes people tick on the sign-up form. Edit a label freely. The tag is what your mailing list or CRM receives; it never changes once saved, so past sign-ups and new ones stay comparable. A new interest gets its tag from its label.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وہ خانے جن پر لوگ اندراج فارم میں نشان لگاتے ہیں۔ لیبل آزادی سے بدلیں۔ ٹیگ وہ ہے جو آپ کی میلنگ لسٹ یا CRM کو ملتا ہے؛ محفوظ ہونے کے بعد یہ کبھی نہیں بدلتا، تاکہ پرانے اور نئے اندراجات کا موازنہ ہو سکے۔ نئی دلچسپی کا ٹیگ اس کے لیبل سے بنتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interests on the sign-up form</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراج فارم پر دلچسپیاں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add interest</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپی شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove interest…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپی ہٹائیں…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Label on the form</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فارم پر لیبل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag (sent to your mailing list)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیگ (آپ کی میلنگ لسٹ کو بھیجا جاتا ہے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label in %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 میں لیبل</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Empty: the form shows the label above in this language too</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خالی: فارم اس زبان میں بھی اوپر والا لیبل دکھاتا ہے</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New: the tag follows the label until you save</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نیا: محفوظ کرنے تک ٹیگ لیبل کے ساتھ بدلتا ہے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of at most %2 (the form has room for %2)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زیادہ سے زیادہ %2 میں سے %1 (فارم میں %2 کی جگہ ہے)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The list %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فہرست %1۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interest %1: tag %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپی %1: ٹیگ %2۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest %1: label %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپی %1: لیبل %2۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label in %1 for %2: %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%2 کے لیے %1 میں لیبل: %3۔</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1” (tag %2)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>”%1“ (ٹیگ %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove interest</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپی ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the sign-up form?

Past sign-ups keep the tag: it stays in their record, in exports and on your mailing list. New sign-ups will not offer it. This takes effect when you save.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 کو اندراج فارم سے ہٹا دیں؟

پرانے اندراجات ٹیگ رکھتے ہیں: یہ ان کے ریکارڈ، برآمدات اور آپ کی میلنگ لسٹ میں رہتا ہے۔ نئے اندراجات میں یہ پیش نہیں کیا جائے گا۔ یہ محفوظ کرنے پر نافذ ہوگا۔</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../kit/ui/workers.py" line="+105"/>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کچھ غلط ہو گیا (%1)۔ تفصیلات لاگ میں ہیں۔</translation>
    </message>
</context>
<context>
    <name>KioskLock</name>
    <message>
        <location filename="../../kit/ui/kiosk/lock.py" line="+203"/>
        <source>Open the volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رضاکاروں کا حصہ کھولیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit Outreach Kit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit بند کریں</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../../kit/ui/kiosk/window.py" line="+421"/>
        <location line="+65"/>
        <source>Volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رضاکاروں کا حصہ</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Open the volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رضاکاروں کا حصہ کھولیں</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Volunteer area (Ctrl+Shift+V)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رضاکاروں کا حصہ (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Stay in touch with %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 کے ساتھ رابطے میں رہیں</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+193"/>
        <source>Stay in touch</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے میں رہیں</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>This form was just updated. Please check your choices and read the consent boxes again before you sign up.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ فارم ابھی ابھی تبدیل ہوا ہے۔ براہ کرم سائن اپ کرنے سے پہلے اپنے انتخاب دیکھ لیں اور اجازت کے خانے دوبارہ پڑھیں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Not saved: the sign-up could not be written. Your details are still in the form; try again, or ask a volunteer.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ نہیں ہوا: اندراج محفوظ نہیں ہو سکا۔ آپ کی معلومات ابھی فارم میں موجود ہیں؛ دوبارہ کوشش کریں یا کسی رضاکار سے مدد لیں۔</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../kit/ui/language_choice.py" line="+38"/>
        <source>Language:</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زبان:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Draft translation — not yet reviewed by a native speaker</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>عارضی ترجمہ — ابھی کسی اہلِ زبان نے اس کا جائزہ نہیں لیا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kit/ui/shell/main_window.py" line="+115"/>
        <location line="+168"/>
        <source>Outreach Kit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>Status</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Dashboard</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تحفظ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Language not changed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زبان تبدیل نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync or an import is running. Change the language once it has finished.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ایک سنک یا درآمد جاری ہے۔ اس کے مکمل ہونے کے بعد زبان تبدیل کریں۔</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no event yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی کوئی تقریب نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Event: %1   ·   Today: %n sign-up   ·   Waiting to sync: %2   ·   Not yet exported: %3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>تقریب: %1   ·   آج: %n اندراج   ·   سنک کے منتظر: %2   ·   ابھی برآمد نہیں ہوئے: %3</numerusform>
            <numerusform>تقریب: %1   ·   آج: %n اندراج   ·   سنک کے منتظر: %2   ·   ابھی برآمد نہیں ہوئے: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Event: %1   ·   Today: %n sign-ups   ·   Waiting to sync: %2   ·   Not yet exported: %3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>تقریب: %1   ·   آج: %n اندراجات   ·   سنک کے منتظر: %2   ·   ابھی برآمد نہیں ہوئے: %3</numerusform>
            <numerusform>تقریب: %1   ·   آج: %n اندراجات   ·   سنک کے منتظر: %2   ·   ابھی برآمد نہیں ہوئے: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionSection</name>
    <message>
        <location filename="../../kit/ui/content/texts.py" line="-115"/>
        <location line="+3"/>
        <source>Mission statement</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مشن کا بیان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave an empty line between paragraphs (at most %1). The flyer prints the first paragraph: make it the one that says who you are.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پیراگرافوں کے درمیان ایک خالی سطر چھوڑیں (زیادہ سے زیادہ %1)۔ اشتہار پر پہلا پیراگراف چھپتا ہے: اسے وہ بنائیں جو بتائے کہ آپ کون ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before the list of actions</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اقدامات کی فہرست سے پہلے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Our proposed actions include:</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً ہمارے تجویز کردہ اقدامات میں شامل ہیں:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the actions</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اقدامات سے پہلے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed actions, one per line</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تجویز کردہ اقدامات، ہر سطر میں ایک</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed actions</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تجویز کردہ اقدامات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One action per line (at most %1). The flyer prints them as one sentence after the line above.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہر سطر میں ایک اقدام (زیادہ سے زیادہ %1)۔ اشتہار انہیں اوپر والی سطر کے بعد ایک جملے کی صورت میں چھاپتا ہے۔</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paragraph %1 of the mission %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مشن کا پیراگراف %1 %2۔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The mission %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مشن %1۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فہرست %1۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action %1 %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اقدام %1 %2۔</translation>
    </message>
</context>
<context>
    <name>PackSection</name>
    <message>
        <location filename="../../kit/ui/content/lists.py" line="+41"/>
        <source>book</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کتاب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رپورٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مضمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>باب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>film</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فلم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ویب سائٹ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add item</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آئٹم شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آئٹم ہٹائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1: %2 %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آئٹم %1: %2 %3۔</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Platform</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منشور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the group stands for, point by point. The flyer prints each point&apos;s title in bold, then its text, or its short form when the whole text does not fit the page; the factsheet prints the whole text. Double-click a cell to edit it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>گروپ کس بات کا حامی ہے، نکتہ بہ نکتہ۔ اشتہار ہر نکتے کا عنوان موٹے حروف میں اور پھر اس کا متن چھاپتا ہے، یا جب پورا متن صفحے پر نہ آئے تو اس کی مختصر شکل؛ حقائق نامہ پورا متن چھاپتا ہے۔ کسی خانے میں ترمیم کے لیے اس پر ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add point</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نکتہ شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove point</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نکتہ ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point %1: %2 %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نکتہ %1: %2 %3۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Title</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>عنوان</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Text</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short form (flyer)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مختصر شکل (اشتہار)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading list</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مطالعے کی فہرست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Books, reports and films worth reading. An entry with a URL gets a QR code; a book without one is printed without. Double-click a cell to edit it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پڑھنے اور دیکھنے کے لائق کتابیں، رپورٹیں اور فلمیں۔ جس اندراج کا URL ہو اس کا QR کوڈ بنتا ہے؛ URL کے بغیر کتاب QR کوڈ کے بغیر چھپتی ہے۔ کسی خانے میں ترمیم کے لیے اس پر ڈبل کلک کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an entry</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراج شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove entry</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراج ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1: %2 %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مطالعہ %1: %2 %3۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authors</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مصنفین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ناشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL (optional)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>URL (اختیاری)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../kit/ui/content/signup.py" line="-191"/>
        <source>Interests</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپیاں</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Consent wording</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اجازت کے الفاظ</translation>
    </message>
    <message>
        <location filename="../../kit/ui/content/texts.py" line="-66"/>
        <source>Mission</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مشن</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Background</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پس منظر</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../kit/ui/protect/setup.py" line="+140"/>
        <source>Choose a passphrase of a few unrelated words (at least 12 characters). It is the only way to read the sign-ups: nobody can reset it, and if it is lost, so are they.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>چند بے ربط الفاظ کا ایک پاس فریز چنیں (کم از کم 12 حروف)۔ اندراجات پڑھنے کا یہی واحد طریقہ ہے: اسے کوئی دوبارہ سیٹ نہیں کر سکتا، اور اگر یہ کھو گیا تو اندراجات بھی کھو جائیں گے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دوبارہ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase strength</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پاس فریز کی مضبوطی</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write it down on paper now, and keep the paper somewhere safe, away from this laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اسے ابھی کاغذ پر لکھ لیں، اور کاغذ کسی محفوظ جگہ، اس لیپ ٹاپ سے دور رکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written it down</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>میں نے اسے لکھ لیا ہے</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Too short: at least 12 characters. A few unrelated words make a good passphrase.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بہت چھوٹا: کم از کم 12 حروف۔ چند بے ربط الفاظ اچھا پاس فریز بناتے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: a guessing program would find it. Add more unrelated words (not the group&apos;s name, city or event).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کمزور: اندازہ لگانے والا پروگرام اسے ڈھونڈ لے گا۔ مزید بے ربط الفاظ شامل کریں (گروپ کا نام، شہر یا تقریب نہیں)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: accepted. One more unrelated word would make it strong.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مناسب: قبول ہے۔ ایک اور بے ربط لفظ اسے مضبوط بنا دے گا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مضبوط۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a passphrase.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دونوں پاس فریز مختلف ہیں؛ ایک ہی دو بار لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the passphrase down first, and tick the box to say so.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلے پاس فریز لکھ لیں، اور یہ بتانے کے لیے خانے پر نشان لگائیں۔</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location line="+232"/>
        <source>Passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پاس فریز</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../kit/ui/handouts/pdf_preview.py" line="+105"/>
        <source>Handout preview</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچے کا پیش منظر</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page %1 of %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صفحہ %1 از %2</translation>
    </message>
</context>
<context>
    <name>PhonesPage</name>
    <message>
        <location filename="../../kit/ui/phones/page.py" line="+70"/>
        <source>Attendees can sign up on their own phones: they join this laptop&apos;s network, open the form, and each sign-up is sealed on the phone and recorded here like a kiosk sign-up. Nothing goes to the internet. The coordinator guide explains the hotspot, a travel router or the venue&apos;s Wi-Fi.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>شرکاء اپنے فون سے اندراج کر سکتے ہیں: وہ اس لیپ ٹاپ کے نیٹ ورک سے جڑتے ہیں، فارم کھولتے ہیں، اور ہر اندراج فون پر مہر بند ہو کر یہاں کیوسک اندراج کی طرح درج ہوتا ہے۔ کچھ بھی انٹرنیٹ پر نہیں جاتا۔ کوآرڈینیٹر گائیڈ ہاٹ اسپاٹ، سفری راؤٹر یا جگہ کے وائی فائی کی وضاحت کرتی ہے۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wi-Fi name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وائی فائی کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi password</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وائی فائی کا پاس ورڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پورٹ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+82"/>
        <source>Start a hotspot on this laptop</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس لیپ ٹاپ پر ہاٹ اسپاٹ شروع کریں</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Start phone sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون سے اندراجات شروع کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Pause</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>روکیں</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Stop</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a table tent (PDF)…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>میز کا کارڈ محفوظ کریں (PDF)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1. Join the Wi-Fi</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>1. وائی فائی سے جڑیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Open the sign-up form</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>2. اندراج فارم کھولیں</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopping the hotspot on %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 پر ہاٹ اسپاٹ بند ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the hotspot…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہاٹ اسپاٹ شروع ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+30"/>
        <source>Stop the hotspot</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہاٹ اسپاٹ بند کریں</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+32"/>
        <source>Hotspot on: phones that join it reach this laptop at %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہاٹ اسپاٹ چل رہا ہے: اس سے جڑنے والے فون اس لیپ ٹاپ تک %1 پر پہنچتے ہیں۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the table tent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>میز کا کارڈ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The table tent was not saved: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>میز کا کارڈ محفوظ نہیں ہوا: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table tent saved: %1. Print it, fold it across the dashed line, and stand it on the table.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>میز کا کارڈ محفوظ ہو گیا: %1۔ اسے پرنٹ کریں، نقطہ دار لکیر پر موڑیں اور میز پر کھڑا کر دیں۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an event first (Events tab): phone sign-ups go to the active event.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلے ایک تقریب بنائیں (تقریبات والا ٹیب): فون سے اندراجات فعال تقریب میں جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 cannot be used (another program may be using it). Choose another port.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پورٹ %1 استعمال نہیں ہو سکتا (شاید کوئی اور پروگرام اسے استعمال کر رہا ہے)۔ کوئی اور پورٹ چنیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone sign-ups are open. Recorded since the start: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون سے اندراجات کھلے ہیں۔ شروع سے اب تک درج: %1۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: phones see a message asking them to sign up at the table.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رکا ہوا: فونز پر پیغام آتا ہے کہ میز پر آ کر اندراج کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone sign-ups are off. They stop when the kit locks or closes.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون سے اندراجات بند ہیں۔ کٹ بند یا لاک ہونے پر یہ رک جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Network: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نیٹ ورک: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the Wi-Fi&apos;s name (and password) to show its code.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس کا کوڈ دکھانے کے لیے وائی فائی کا نام (اور پاس ورڈ) لکھیں۔</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../../kit/ui/kiosk/pin_dialog.py" line="+74"/>
        <source>%n second</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n سیکنڈ</numerusform>
            <numerusform>%n سیکنڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n seconds</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n سیکنڈ</numerusform>
            <numerusform>%n سیکنڈ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 منٹ %2 سیکنڈ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Kiosk PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک PIN</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter the kiosk PIN the coordinator set.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وہ کیوسک PIN لکھیں جو کوآرڈینیٹر نے مقرر کیا ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Locked for now: see below</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فی الحال بند ہے: نیچے دیکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بہت زیادہ غلط PIN۔ %1 بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Wrong PIN. %n more try before a one-minute wait.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>غلط PIN۔ ایک منٹ کے انتظار سے پہلے %n کوشش باقی ہے۔</numerusform>
            <numerusform>غلط PIN۔ ایک منٹ کے انتظار سے پہلے %n کوشش باقی ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrong PIN. %n more tries before a one-minute wait.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>غلط PIN۔ ایک منٹ کے انتظار سے پہلے %n کوششیں باقی ہیں۔</numerusform>
            <numerusform>غلط PIN۔ ایک منٹ کے انتظار سے پہلے %n کوششیں باقی ہیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="-195"/>
        <source>A kiosk PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strangers will use this laptop. With a PIN of %1 to %2 digits, only volunteers can open the volunteer area, where every name, email and phone is.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس لیپ ٹاپ کو اجنبی لوگ استعمال کریں گے۔ %1 سے %2 ہندسوں کے PIN کے ساتھ صرف رضاکار ہی رضاکاروں کا حصہ کھول سکتے ہیں، جہاں ہر نام، ای میل اور فون موجود ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kiosk PIN is already set. Change it later in the volunteer area (Protect tab).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک PIN پہلے سے مقرر ہے۔ اسے بعد میں رضاکاروں کے حصے میں بدلیں (تحفظ والا ٹیب)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نیا PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New PIN again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نیا PIN دوبارہ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دوبارہ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip the PIN for now (not recommended)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فی الحال PIN چھوڑ دیں (تجویز نہیں کیا جاتا)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a PIN, anyone at the table can tap Volunteer area and read every name, email and phone collected on this laptop. You can set one later in the volunteer area (Protect tab).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN کے بغیر میز پر کوئی بھی ”رضاکاروں کا حصہ“ دبا کر اس لیپ ٹاپ پر جمع ہونے والا ہر نام، ای میل اور فون پڑھ سکتا ہے۔ آپ بعد میں رضاکاروں کے حصے میں PIN مقرر کر سکتے ہیں (تحفظ والا ٹیب)۔</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a PIN twice, or tick the box to skip it for now.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN دو بار لکھیں، یا فی الحال چھوڑنے کے لیے خانے پر نشان لگائیں۔</translation>
    </message>
</context>
<context>
    <name>PlatformSection</name>
    <message>
        <location filename="../../kit/ui/content/lists.py" line="-22"/>
        <source>Add at least one point: the flyer needs it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کم از کم ایک نکتہ شامل کریں: اشتہار کو اس کی ضرورت ہے۔</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../kit/ui/handouts/printing.py" line="+71"/>
        <source>No printer is set up on this computer. Connect one and add it in the system&apos;s printer settings, or save the handout as a PDF and print it elsewhere.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس کمپیوٹر پر کوئی پرنٹر سیٹ نہیں ہے۔ ایک پرنٹر جوڑیں اور سسٹم کی پرنٹر سیٹنگز میں شامل کریں، یا پرچہ PDF کے طور پر محفوظ کر کے کہیں اور پرنٹ کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no printer named %1. Printers: %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 نام کا کوئی پرنٹر نہیں ہے۔ پرنٹرز: %2۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the PDF file %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PDF فائل %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the printer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرنٹر</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not start printing on %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 پر پرنٹنگ شروع نہیں ہو سکی۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 refused a new page.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 نے نیا صفحہ قبول نہیں کیا۔</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Print handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچہ پرنٹ کریں</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../kit/ui/protect/setup.py" line="-39"/>
        <location line="+9"/>
        <source>Turn protection on</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تحفظ آن کریں</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Protected mode seals every sign-up, those already here included, so that a lost or seized laptop shows no names, emails or phones. It cannot be turned off again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ موڈ ہر اندراج کو، پہلے سے موجود اندراجات سمیت، مہر بند کر دیتا ہے تاکہ کھویا ہوا یا ضبط شدہ لیپ ٹاپ کوئی نام، ای میل یا فون نہ دکھائے۔ اسے دوبارہ بند نہیں کیا جا سکتا۔</translation>
    </message>
</context>
<context>
    <name>ProtectPage</name>
    <message>
        <location filename="../../kit/ui/protect/page.py" line="+69"/>
        <source>The app cannot block the system&apos;s own escapes: Ctrl+Alt+Del, switching virtual terminals, the Windows/Super key, power buttons, or a reboot. For a laptop left alone, use the system&apos;s kiosk or single-app mode too.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ایپ سسٹم کے اپنے راستے نہیں روک سکتی: Ctrl+Alt+Del، ورچوئل ٹرمینل بدلنا، Windows/Super کی، پاور بٹن، یا ری بوٹ۔ اکیلے چھوڑے گئے لیپ ٹاپ کے لیے سسٹم کا کیوسک یا ایک ایپ والا موڈ بھی استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Sign-up protection</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات کا تحفظ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock now</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کھولیں…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn protection on…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تحفظ آن کریں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the public-key file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائل محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add keys from a public-key file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائل سے کلیدیں شامل کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New key…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئی کلید…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check sealed sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مہر بند اندراجات جانچیں</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kiosk</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+151"/>
        <source>Set kiosk PIN…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک PIN مقرر کریں…</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Kiosk mode: full screen; the PIN opens the volunteer area and quits</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک موڈ: پوری اسکرین؛ PIN سے رضاکاروں کا حصہ کھلتا ہے اور ایپ بند ہوتی ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation> سیکنڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before an idle form is cleared</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بے کار فارم صاف ہونے سے پہلے کے سیکنڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear a half-filled form after</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آدھا بھرا فارم صاف کریں، بعد از</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without input</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بغیر کسی اندراج کے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Outreach Kit…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit بند کریں…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bundles between kits</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کٹس کے درمیان بنڈل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry sign-ups to the coordinator&apos;s kit on a USB stick. Sealed sign-ups stay sealed; importing the same bundle twice adds nothing.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات USB اسٹک پر کوآرڈینیٹر کی کٹ تک لے جائیں۔ مہر بند اندراجات مہر بند ہی رہتے ہیں؛ ایک ہی بنڈل دو بار درآمد کرنے سے کچھ شامل نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a bundle for another kit…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دوسری کٹ کے لیے بنڈل برآمد کریں…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a bundle…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بنڈل درآمد کریں…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundle import progress</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بنڈل درآمد کی پیش رفت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel import</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>درآمد منسوخ کریں</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Retention and emergency wipe</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ڈیٹا رکھنے کی مدت اور ہنگامی صفائی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge confirmed personal data now…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تصدیق شدہ ذاتی ڈیٹا ابھی صاف کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency wipe…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہنگامی صفائی…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Off: sign-ups are stored in clear on this laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آف: اندراجات اس لیپ ٹاپ پر بغیر خفیہ کاری کے محفوظ ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn it on once per laptop: on the coordinator&apos;s laptop with a passphrase, then save its public-key file for the table laptops; on a table laptop with that file (it can then never read sign-ups).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اسے ہر لیپ ٹاپ پر ایک بار آن کریں: کوآرڈینیٹر کے لیپ ٹاپ پر پاس فریز کے ساتھ، پھر میز والے لیپ ٹاپس کے لیے اس کی پبلک کلید والی فائل محفوظ کریں؛ میز والے لیپ ٹاپ پر اسی فائل کے ساتھ (اس کے بعد وہ کبھی اندراجات نہیں پڑھ سکتا)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinator&apos;s kit: reads sign-ups after unlocking with the passphrase.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوآرڈینیٹر کی کٹ: پاس فریز سے کھولنے کے بعد اندراجات پڑھتی ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table laptop: holds only the public key and can never read sign-ups.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>میز والا لیپ ٹاپ: صرف پبلک کلید رکھتا ہے اور کبھی اندراجات نہیں پڑھ سکتا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active key %1 (older: %2)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فعال کلید %1 (پرانی: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active key %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فعال کلید %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خاندان %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sealed sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n مہر بند اندراج</numerusform>
            <numerusform>%n مہر بند اندراجات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>relocks after %n idle minutes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n منٹ بے کار رہنے کے بعد دوبارہ بند ہو جاتی ہے</numerusform>
            <numerusform>%n منٹ بے کار رہنے کے بعد دوبارہ بند ہو جاتی ہے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change kiosk PIN…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک PIN بدلیں…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kiosk PIN is set.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک PIN مقرر ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No kiosk PIN yet. Kiosk mode cannot be turned on without one: nobody could leave it again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی کوئی کیوسک PIN نہیں۔ اس کے بغیر کیوسک موڈ آن نہیں ہو سکتا: کوئی اس سے دوبارہ باہر نہیں نکل سکے گا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Purging drops the names, emails, phones and notes of sign-ups older than %1 days that every sync target confirmed (or, with no targets, that a full export saw). Counts, interests and consent answers stay. The wipe destroys everything on this laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صفائی %1 دن سے پرانے ان اندراجات کے نام، ای میل، فون اور نوٹ ہٹا دیتی ہے جن کی ہر سنک منزل نے تصدیق کی (یا، منزل نہ ہو تو، جنہیں مکمل برآمد نے دیکھا)۔ گنتی، دلچسپیاں اور اجازت کے جواب رہتے ہیں۔ ہنگامی صفائی اس لیپ ٹاپ پر سب کچھ مٹا دیتی ہے۔</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Protected mode is on.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ موڈ آن ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sealed %1 sign-ups and deleted %2 contacts kept in clear; the database file was rebuilt.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 اندراجات مہر بند کیے گئے اور بغیر خفیہ کاری کے رکھے %2 رابطے حذف کیے گئے؛ ڈیٹا بیس فائل دوبارہ بنائی گئی۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Public-key files (*.json);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائلیں (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Wrote %1. On each table laptop choose it under Protect → Turn protection on → table laptop. Keep it within the group: it also holds the family key that authenticates bundles.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 لکھ دی گئی۔ ہر میز والے لیپ ٹاپ پر اسے تحفظ ← تحفظ آن کریں ← میز والا لیپ ٹاپ میں منتخب کریں۔ اسے گروپ کے اندر ہی رکھیں: اس میں خاندانی کلید بھی ہے جو بنڈلز کی تصدیق کرتی ہے۔</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>On — locked. %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آن — بند۔ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On — unlocked. %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آن — کھلا۔ %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The coordinator&apos;s public-key file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوآرڈینیٹر کی پبلک کلید والی فائل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keys added</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوئی کلید شامل نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New sign-ups are sealed to key %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئے اندراجات کلید %1 سے مہر بند ہوتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new key</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ایک نئی کلید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sign-ups will be sealed to a new key under the same passphrase; older ones stay readable. Afterwards, give the table laptops the new public-key file.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئے اندراجات اسی پاس فریز کے تحت ایک نئی کلید سے مہر بند ہوں گے؛ پرانے پڑھے جا سکتے رہیں گے۔ اس کے بعد میز والے لیپ ٹاپس کو نئی پبلک کلید والی فائل دیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No new key</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوئی نئی کلید نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New active key %1. Save the public-key file again for the table laptops.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئی فعال کلید %1۔ میز والے لیپ ٹاپس کے لیے پبلک کلید والی فائل دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>جانچ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 sealed sign-ups (%2 contacts).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 مہر بند اندراجات کھولے گئے (%2 رابطے)۔</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sealed sign-ups did not open (changed on disk or moved between rows); they are kept, not deleted:</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n مہر بند اندراجات نہیں کھلے (ڈسک پر بدل گئے یا قطاروں کے درمیان منتقل ہو گئے)؛ انہیں رکھا گیا ہے، حذف نہیں کیا گیا:</numerusform>
            <numerusform>%n مہر بند اندراجات نہیں کھلے (ڈسک پر بدل گئے یا قطاروں کے درمیان منتقل ہو گئے)؛ انہیں رکھا گیا ہے، حذف نہیں کیا گیا:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every seal is intact.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہر مہر سلامت ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export a bundle for another kit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دوسری کٹ کے لیے بنڈل برآمد کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Outreach Kit bundles (*.bundle);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit بنڈل (*.bundle);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No bundle written</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوئی بنڈل نہیں لکھا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1: %2 events, %3 sign-ups (%4 sealed), %5 prints.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 لکھ دی گئی: %2 تقریبات، %3 اندراجات (%4 مہر بند)، %5 پرنٹ۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1: %2 events, %3 sign-ups (%4 sealed), %5 prints. Not authenticated: this kit is not protected, so the receiving kit can only check that the file is undamaged.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 لکھ دی گئی: %2 تقریبات، %3 اندراجات (%4 مہر بند)، %5 پرنٹ۔ تصدیق شدہ نہیں: یہ کٹ محفوظ نہیں، اس لیے وصول کرنے والی کٹ صرف یہ جانچ سکتی ہے کہ فائل خراب نہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a bundle</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بنڈل درآمد کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a bundle</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بنڈل نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an Outreach Kit bundle. For CSV files use Import… on the Contacts tab.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 کوئی Outreach Kit بنڈل نہیں۔ CSV فائلوں کے لیے رابطے والے ٹیب میں ”درآمد کریں…“ استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 درآمد ہو رہی ہے…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling… everything imported so far is taken back.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منسوخ ہو رہا ہے… اب تک درآمد ہونے والا سب کچھ واپس لیا جا رہا ہے۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing imported</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کچھ درآمد نہیں ہوا</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Imported %1: %2 new sign-ups, %3 already here, %4 new events, %5 prints.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 درآمد ہو گئی: %2 نئے اندراجات، %3 پہلے سے موجود، %4 نئی تقریبات، %5 پرنٹ۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>قطار %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Purge</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صفائی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to purge</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صاف کرنے کو کچھ نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-up older than %1 days has been confirmed by every sync target (or seen by a full export), so nothing would be removed.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 دن سے پرانے کسی اندراج کی ہر سنک منزل نے تصدیق نہیں کی (نہ کسی مکمل برآمد نے اسے دیکھا)، اس لیے کچھ نہیں ہٹے گا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purge personal data</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ذاتی ڈیٹا صاف کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove the personal data (names, emails, phones, postal codes, notes) of %n sign-up older than %1 days that are safely in every sync target or a full export? Counts, interests and consent answers stay. This cannot be undone.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 دن سے پرانے %n اندراج کا ذاتی ڈیٹا (نام، ای میل، فون، پوسٹل کوڈ، نوٹ) ہٹا دیں جو ہر سنک منزل یا مکمل برآمد میں محفوظ ہے؟ گنتی، دلچسپیاں اور اجازت کے جواب رہیں گے۔ یہ واپس نہیں ہو سکتا۔</numerusform>
            <numerusform>%1 دن سے پرانے %n اندراجات کا ذاتی ڈیٹا (نام، ای میل، فون، پوسٹل کوڈ، نوٹ) ہٹا دیں جو ہر سنک منزل یا مکمل برآمد میں محفوظ ہیں؟ گنتی، دلچسپیاں اور اجازت کے جواب رہیں گے۔ یہ واپس نہیں ہو سکتا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove the personal data (names, emails, phones, postal codes, notes) of %n sign-ups older than %1 days that are safely in every sync target or a full export? Counts, interests and consent answers stay. This cannot be undone.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 دن سے پرانے %n اندراج کا ذاتی ڈیٹا (نام، ای میل، فون، پوسٹل کوڈ، نوٹ) ہٹا دیں جو ہر سنک منزل یا مکمل برآمد میں محفوظ ہے؟ گنتی، دلچسپیاں اور اجازت کے جواب رہیں گے۔ یہ واپس نہیں ہو سکتا۔</numerusform>
            <numerusform>%1 دن سے پرانے %n اندراجات کا ذاتی ڈیٹا (نام، ای میل، فون، پوسٹل کوڈ، نوٹ) ہٹا دیں جو ہر سنک منزل یا مکمل برآمد میں محفوظ ہیں؟ گنتی، دلچسپیاں اور اجازت کے جواب رہیں گے۔ یہ واپس نہیں ہو سکتا۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not purged</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صاف نہیں ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purged</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صاف ہو گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the personal data of %1 sign-ups (%2 contacts).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 اندراجات (%2 رابطوں) کا ذاتی ڈیٹا ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the current PIN to change it</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اسے بدلنے کے لیے موجودہ PIN درج کریں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn kiosk mode on</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک موڈ آن کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kiosk mode</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک موڈ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keys were destroyed (crypto-erase).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کلیدیں تباہ کر دی گئیں (کرپٹو ایریز)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys could not be overwritten (damaged database); the files were deleted.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کلیدیں اوور رائٹ نہیں ہو سکیں (خراب ڈیٹا بیس)؛ فائلیں حذف کر دی گئیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1 files and folders.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 فائلیں اور فولڈر ہٹا دیے گئے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT removed (delete by hand):</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نہیں ہٹایا گیا (ہاتھ سے حذف کریں):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What no program can guarantee:</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>جس کی ضمانت کوئی پروگرام نہیں دے سکتا:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiped: Outreach Kit will close</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صاف ہو گیا: Outreach Kit بند ہو جائے گا</translation>
    </message>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="+23"/>
        <source>Protect the sign-ups on this laptop</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس لیپ ٹاپ پر اندراجات کی حفاظت کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees may be at risk if their names reach the wrong hands. Protection seals each sign-up so that a lost or seized laptop shows nothing personal.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اگر شرکاء کے نام غلط ہاتھوں میں پہنچ جائیں تو وہ خطرے میں پڑ سکتے ہیں۔ تحفظ ہر اندراج کو مہر بند کر دیتا ہے تاکہ کھویا ہوا یا ضبط شدہ لیپ ٹاپ کچھ ذاتی نہ دکھائے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protection is already on for this kit.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس کٹ کے لیے تحفظ پہلے سے آن ہے۔</translation>
    </message>
</context>
<context>
    <name>ProtectionChoice</name>
    <message>
        <location filename="../../kit/ui/protect/setup.py" line="-125"/>
        <source>This is the coordinator&apos;s laptop: it reads the sign-ups, after a passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ کوآرڈینیٹر کا لیپ ٹاپ ہے: یہ پاس فریز کے بعد اندراجات پڑھتا ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a table laptop: it collects sign-ups and can never read them</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ میز والا لیپ ٹاپ ہے: یہ اندراجات جمع کرتا ہے اور انہیں کبھی پڑھ نہیں سکتا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign-ups will be stored in clear on this laptop: anyone who gets hold of it can read every name, email and phone. You can turn protection on later in the volunteer area (Protect tab).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات اس لیپ ٹاپ پر بغیر خفیہ کاری کے محفوظ ہوں گے: جس کے ہاتھ بھی یہ لگے وہ ہر نام، ای میل اور فون پڑھ سکتا ہے۔ آپ بعد میں رضاکاروں کے حصے میں تحفظ آن کر سکتے ہیں (تحفظ والا ٹیب)۔</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose one of the three.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تینوں میں سے ایک چنیں۔</translation>
    </message>
</context>
<context>
    <name>PublicKeyFields</name>
    <message>
        <location line="-119"/>
        <source>This laptop will seal each sign-up to the coordinator&apos;s key and can never read them back, so a lost or seized table laptop gives nothing away. On the coordinator&apos;s laptop, save the public-key file (Volunteer area → Protect), bring it here on a USB stick, and choose it below.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ لیپ ٹاپ ہر اندراج کو کوآرڈینیٹر کی کلید سے مہر بند کرے گا اور انہیں کبھی واپس نہیں پڑھ سکے گا، اس لیے کھویا ہوا یا ضبط شدہ میز والا لیپ ٹاپ کچھ ظاہر نہیں کرتا۔ کوآرڈینیٹر کے لیپ ٹاپ پر پبلک کلید والی فائل محفوظ کریں (رضاکاروں کا حصہ ← تحفظ)، اسے USB اسٹک پر یہاں لائیں، اور نیچے منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public-key file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public-key file (public-key.json)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائل (public-key.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فائل منتخب کریں…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinator&apos;s public-key file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوآرڈینیٹر کی پبلک کلید والی فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public-key files (*.json);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائلیں (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the public-key file first.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلے پبلک کلید والی فائل منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no file at %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 پر کوئی فائل نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>PublicKeyFile</name>
    <message>
        <location line="-195"/>
        <source>Save the public-key file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائل محفوظ کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public-key files (*.json);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پبلک کلید والی فائلیں (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <location filename="../../kit/ui/content/lists.py" line="+48"/>
        <source>Kind of entry %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراج کی قسم %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../kit/ui/shell/recovery_dialog.py" line="+34"/>
        <source>Outreach Kit: the sign-up database is damaged</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit: اندراجات کا ڈیٹا بیس خراب ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-up database cannot be used as it is.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات کا ڈیٹا بیس اپنی موجودہ حالت میں استعمال نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite&apos;s check says: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>SQLite کی جانچ کہتی ہے: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The latest good backup is from %1, with %n sign-up. Sign-ups made after it are not in it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>آخری درست بیک اپ %1 کا ہے، جس میں %n اندراج ہے۔ اس کے بعد کے اندراجات اس میں نہیں ہیں۔</numerusform>
            <numerusform>آخری درست بیک اپ %1 کا ہے، جس میں %n اندراج ہے۔ اس کے بعد کے اندراجات اس میں نہیں ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The latest good backup is from %1, with %n sign-ups. Sign-ups made after it are not in it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>آخری درست بیک اپ %1 کا ہے، جس میں %n اندراجات ہیں۔ اس کے بعد کے اندراجات اس میں نہیں ہیں۔</numerusform>
            <numerusform>آخری درست بیک اپ %1 کا ہے، جس میں %n اندراجات ہیں۔ اس کے بعد کے اندراجات اس میں نہیں ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no good backup in %1. Ask whoever looks after the kit for help; do not delete anything.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 میں کوئی درست بیک اپ نہیں ہے۔ کٹ کی دیکھ بھال کرنے والے سے مدد لیں؛ کچھ بھی حذف نہ کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file is not deleted: it is moved into %1, where it can still be examined.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خراب فائل حذف نہیں ہوتی: اسے %1 میں منتقل کر دیا جاتا ہے، جہاں اس کی جانچ اب بھی ہو سکتی ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore the latest good backup</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آخری درست بیک اپ بحال کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بیک اپ بحال نہیں ہو سکا: %1</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../kit/ui/kiosk/pin_dialog.py" line="+22"/>
        <source>Set the kiosk PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک PIN مقرر کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2 digits. Volunteers need it to open the volunteer area or quit while kiosk mode is on. Only a slow hash of it is stored; choose one that is not a birthday or 1234.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 سے %2 ہندسے۔ کیوسک موڈ آن ہو تو رضاکاروں کو رضاکاروں کا حصہ کھولنے یا ایپ بند کرنے کے لیے اس کی ضرورت ہوتی ہے۔ اس کا صرف ایک سست ہیش محفوظ ہوتا ہے؛ ایسا PIN چنیں جو کوئی سالگرہ یا 1234 نہ ہو۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>New PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نیا PIN</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New PIN again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نیا PIN دوبارہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دوبارہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN مقرر کریں</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دونوں PIN مختلف ہیں؛ ایک ہی PIN دو بار لکھیں۔</translation>
    </message>
</context>
<context>
    <name>SetupGate</name>
    <message>
        <location filename="../../kit/ui/kiosk/window.py" line="-755"/>
        <source>Set-up is not finished</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سیٹ اپ مکمل نہیں ہوا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop takes sign-ups once set-up is done. A volunteer with the kiosk PIN can continue it now.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سیٹ اپ مکمل ہونے کے بعد یہ لیپ ٹاپ اندراجات لیتا ہے۔ کیوسک PIN والا کوئی رضاکار اسے ابھی جاری رکھ سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue set-up (kiosk PIN)…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سیٹ اپ جاری رکھیں (کیوسک PIN)…</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location line="+116"/>
        <source>Continue set-up</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سیٹ اپ جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>SignupErrors</name>
    <message>
        <location filename="../../kit/ui/kiosk/signup_form.py" line="+74"/>
        <source>Please enter a first name.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>براہ کرم اپنا پہلا نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an email address or a phone number.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل ایڈریس یا فون نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an email address to get emails.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میلز حاصل کرنے کے لیے ای میل ایڈریس لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a phone number to get text messages.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیکسٹ پیغامات حاصل کرنے کے لیے فون نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This email address is not valid. Check it for typos.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ ای میل ایڈریس درست نہیں ہے۔ دیکھ لیں کہ کہیں ٹائپ کی غلطی تو نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Check the digits. For a number from another country, start with + and the country code.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ فون نمبر درست نہیں ہے۔ ہندسے دوبارہ دیکھ لیں۔ کسی دوسرے ملک کے نمبر کے لیے + اور ملک کے کوڈ سے شروع کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ZIP code is not valid.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ زپ کوڈ درست نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too long.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ بہت لمبا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please write this on one line, without special characters.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>براہ کرم اسے ایک ہی سطر میں، خاص علامات کے بغیر لکھیں۔</translation>
    </message>
</context>
<context>
    <name>SignupForm</name>
    <message>
        <location line="-41"/>
        <source>required</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>لازمی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+254"/>
        <source>optional</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>email or phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل یا فون</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلا نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIP code</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زپ کوڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you&apos;d like us to know?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوئی بات جو آپ ہمیں بتانا چاہیں؟</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>I&apos;m interested in</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مجھے ان میں دلچسپی ہے</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Interest: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>دلچسپی: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Email consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل کی اجازت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text message consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیکسٹ پیغامات کی اجازت</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+129"/>
        <location line="+17"/>
        <source>Sign up</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سائن اپ کریں</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saving…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Getting ready…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تیار ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>We use your details only to keep you informed about our work. Leave the boxes unticked and we won&apos;t email or text you.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہم آپ کی معلومات صرف آپ کو اپنے کام سے باخبر رکھنے کے لیے استعمال کرتے ہیں۔ اگر آپ خانوں پر نشان نہ لگائیں تو ہم آپ کو نہ ای میل کریں گے اور نہ ٹیکسٹ پیغام بھیجیں گے۔</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="-220"/>
        <source>Step %1 of %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مرحلہ %1 از %2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kit/ui/sync/page.py" line="+62"/>
        <source>no email consent and no phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نہ ای میل کی اجازت نہ فون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no email consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل کی اجازت نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent rules</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اجازت کے قواعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پتا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صورتحال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منتظر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بھیجے گئے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>چھوڑے گئے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ناکام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منزل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>وجہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tries</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کوششیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last try</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آخری کوشش</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is paused: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 رکا ہوا ہے: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sign-up will go to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n اندراج %1 کو جائے گا</numerusform>
            <numerusform>%n اندراجات %1 کو جائیں گے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sign-ups will go to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n اندراج %1 کو جائے گا</numerusform>
            <numerusform>%n اندراجات %1 کو جائیں گے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new to send to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 کو بھیجنے کے لیے کچھ نیا نہیں</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n skipped (%1)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n چھوڑے گئے (%1)</numerusform>
            <numerusform>%n چھوڑے گئے (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need a look first</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n کو پہلے دیکھنا ضروری ہے</numerusform>
            <numerusform>%n کو پہلے دیکھنا ضروری ہے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>removals to pass on: %n</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>آگے بھیجنے والی برخاستگیاں: %n</numerusform>
            <numerusform>آگے بھیجنے والی برخاستگیاں: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.</source>
        <comment>the end of a dry-run line</comment>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1۔</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n sent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n بھیجے گئے</numerusform>
            <numerusform>%n بھیجے گئے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not sent (consent)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n نہیں بھیجے گئے (اجازت)</numerusform>
            <numerusform>%n نہیں بھیجے گئے (اجازت)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (see the list below)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ناکام (نیچے فہرست دیکھیں)</numerusform>
            <numerusform>%n ناکام (نیچے فہرست دیکھیں)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n still waiting</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ابھی منتظر ہیں</numerusform>
            <numerusform>%n ابھی منتظر ہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>removals passed on: %n</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>آگے بھیجی گئی برخاستگیاں: %n</numerusform>
            <numerusform>آگے بھیجی گئی برخاستگیاں: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>removals still to pass on: %n</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ابھی آگے بھیجنے والی برخاستگیاں: %n</numerusform>
            <numerusform>ابھی آگے بھیجنے والی برخاستگیاں: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک منسوخ: %1۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک مکمل: %1۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rest waits for the next sync.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>باقی اگلے سنک کا انتظار کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to sync: no target is turned on.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کے لیے کچھ نہیں: کوئی منزل آن نہیں۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign-ups wait on this laptop until you sync. Nothing leaves it before you press Sync now (or, once keys are entered, while the app retries quietly every few minutes).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات سنک کرنے تک اسی لیپ ٹاپ پر رہتے ہیں۔ جب تک آپ ”ابھی سنک کریں“ نہ دبائیں کچھ باہر نہیں جاتا (یا، کلیدیں درج ہونے کے بعد، جب ایپ ہر چند منٹ میں خاموشی سے دوبارہ کوشش کرتی ہے)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where sign-ups go</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات کہاں جاتے ہیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync targets</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کی منزلیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>شامل کریں…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ترمیم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <source>Turn off</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Remove…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہٹائیں…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter a new key…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نئی کلید درج کریں…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>What the next sync sends</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اگلا سنک کیا بھیجے گا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Sync now</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی سنک کریں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync progress</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کی پیش رفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%m میں سے %v</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <source>Sign-ups the service refused</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سروس کے رد کردہ اندراجات</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Fix the contact on the Contacts tab (or the target&apos;s settings), then Retry. Select rows to retry only those.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے والے ٹیب میں رابطہ (یا منزل کی سیٹنگز) درست کریں، پھر ”دوبارہ کوشش“ کریں۔ صرف کچھ قطاروں کے لیے انہیں منتخب کریں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+176"/>
        <source>Retry all</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سب کی دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Paused: key rejected</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رکا ہوا: کلید مسترد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the service&apos;s usual address)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(سروس کا معمول کا پتا)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No target yet. Add one (Action Network, Mailchimp or a webhook) to send sign-ups there.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی کوئی منزل نہیں۔ اندراجات بھیجنے کے لیے ایک شامل کریں (Action Network، Mailchimp یا webhook)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is turned off: nothing goes there.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 بند ہے: وہاں کچھ نہیں جاتا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ %1: Key rejected — enter a new key. (%2) Its sign-ups wait until then.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ %1: کلید مسترد — نئی کلید درج کریں۔ (%2) تب تک اس کے اندراجات انتظار کرتے ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(کوئی نام نہیں)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-ups the service refused (%1)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سروس کے رد کردہ اندراجات (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups the service refused: none</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سروس کے رد کردہ اندراجات: کوئی نہیں</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Turn on</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آن کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry %1 selected</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منتخب %1 کی دوبارہ کوشش کریں</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Added %1: %n sign-up queued for it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 شامل ہو گیا: اس کے لیے %n اندراج قطار میں ہے۔</numerusform>
            <numerusform>%1 شامل ہو گیا: اس کے لیے %n اندراجات قطار میں ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added %1: %n sign-ups queued for it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 شامل ہو گیا: اس کے لیے %n اندراج قطار میں ہے۔</numerusform>
            <numerusform>%1 شامل ہو گیا: اس کے لیے %n اندراجات قطار میں ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not changed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تبدیل نہیں ہوا</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 is on: %n more sign-up queued for it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 آن ہے: اس کے لیے مزید %n اندراج قطار میں ہے۔</numerusform>
            <numerusform>%1 آن ہے: اس کے لیے مزید %n اندراجات قطار میں ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 is on: %n more sign-ups queued for it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 آن ہے: اس کے لیے مزید %n اندراج قطار میں ہے۔</numerusform>
            <numerusform>%1 آن ہے: اس کے لیے مزید %n اندراجات قطار میں ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is off: its sign-ups stay queued and go when you turn it on again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 بند ہے: اس کے اندراجات قطار میں رہتے ہیں اور دوبارہ آن کرنے پر بھیجے جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove sync target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کی منزل ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1? Its queue and its key are deleted. Sign-ups already sent stay at the service; nothing is deleted there.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 ہٹا دیں؟ اس کی قطار اور کلید حذف ہو جائیں گی۔ پہلے سے بھیجے گئے اندراجات سروس پر رہیں گے؛ وہاں کچھ حذف نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not removed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نہیں ہٹایا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is kept in this computer&apos;s keyring.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ اس کمپیوٹر کے کی رنگ میں رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is kept in memory only, until the app closes.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ صرف میموری میں رہتی ہے، ایپ بند ہونے تک۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the key. Enter a new %2.
%3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 نے کلید مسترد کر دی۔ نئی %2 درج کریں۔
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the %1 for %2.
%3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%2 کے لیے %1 درج کریں۔
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key for %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 کی کلید</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Key not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کلید محفوظ نہیں ہوئی</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No target to sync to: add one, turn one on, or enter a new key for a paused one.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کے لیے کوئی منزل نہیں: ایک شامل کریں، کسی کو آن کریں، یا رکی ہوئی منزل کے لیے نئی کلید درج کریں۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Syncing…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک ہو رہا ہے…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling… the sign-up being sent finishes first.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منسوخ ہو رہا ہے… پہلے وہ اندراج مکمل ہوتا ہے جو بھیجا جا رہا ہے۔</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tried again in the background: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پس منظر میں دوبارہ کوشش کی گئی: %1</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../kit/ui/content/lists.py" line="-156"/>
        <source>The list %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فہرست %1۔</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 of at most %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>زیادہ سے زیادہ %2 میں سے %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n fit on the handouts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>پرچوں پر زیادہ سے زیادہ %n آ سکتے ہیں</numerusform>
            <numerusform>پرچوں پر زیادہ سے زیادہ %n آ سکتے ہیں</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../kit/ui/sync/target_dialog.py" line="+39"/>
        <source>Action Network: each sign-up becomes (or updates) a person, tagged with the event and interests. Key: Start Organizing → Details → API &amp; Sync.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Action Network: ہر اندراج ایک فرد بنتا ہے (یا اسے اپ ڈیٹ کرتا ہے)، تقریب اور دلچسپیوں کے ٹیگ کے ساتھ۔ کلید: Start Organizing ← Details ← API &amp; Sync۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailchimp: people who agreed to email join one audience, tagged with the event and interests. Key: Profile → Extras → API keys; audience id: Audience → Settings.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mailchimp: جن لوگوں نے ای میل کی اجازت دی وہ ایک آڈینس میں شامل ہوتے ہیں، تقریب اور دلچسپیوں کے ٹیگ کے ساتھ۔ کلید: Profile ← Extras ← API keys؛ آڈینس id: Audience ← Settings۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Webhook: each sign-up is POSTed as JSON to your own server, signed by the Standard Webhooks scheme (give a whsec_… secret; any Standard Webhooks library verifies it).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Webhook: ہر اندراج JSON کی صورت میں آپ کے اپنے سرور کو POST کیا جاتا ہے، Standard Webhooks طریقے سے دستخط شدہ (ایک whsec_… راز دیں؛ کوئی بھی Standard Webhooks لائبریری اس کی تصدیق کرتی ہے)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty: it comes from the key (…-us21)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خالی چھوڑیں: یہ کلید سے لیا جاتا ہے (…-us21)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit sync target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کی منزل میں ترمیم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a sync target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک کی منزل شامل کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منزل کی قسم</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نام</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Address (URL)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پتا (URL)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Mailchimp audience id</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mailchimp آڈینس id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience (list) id</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آڈینس (فہرست) id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>API کلید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificate file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>CA سرٹیفکیٹ فائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a server with a self-signed certificate</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>صرف خود دستخط شدہ سرٹیفکیٹ والے سرور کے لیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>CA فائل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کنکشن جانچیں</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>It is kept in this computer&apos;s keyring.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ اس کمپیوٹر کے کی رنگ میں رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no keyring: the key is kept in memory until the app closes, and the app asks again next time.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس کمپیوٹر میں کی رنگ نہیں ہے: ایپ بند ہونے تک کلید میموری میں رہتی ہے، اور اگلی بار ایپ دوبارہ پوچھتی ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the current one</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>موجودہ رکھنے کے لیے خالی چھوڑیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CA certificate</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>CA سرٹیفکیٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سرٹیفکیٹس (*.pem *.crt *.cer);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the %1 first.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پہلے %1 لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>جانچ جاری ہے…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کنکشن نہیں ہوا: %1</translation>
    </message>
</context>
<context>
    <name>ThankYouPanel</name>
    <message>
        <location filename="../../kit/ui/kiosk/window.py" line="-192"/>
        <source>Thank you! You&apos;re signed up.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>شکریہ! آپ کا اندراج ہو گیا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We will email and text you about our events and actions, as you asked.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آپ کی درخواست کے مطابق ہم آپ کو اپنی تقریبات اور سرگرمیوں کے بارے میں ای میل اور ٹیکسٹ پیغامات بھیجیں گے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We will email you about our events and actions, as you asked.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آپ کی درخواست کے مطابق ہم آپ کو اپنی تقریبات اور سرگرمیوں کے بارے میں ای میل بھیجیں گے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We will text you about our events and actions, as you asked.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آپ کی درخواست کے مطابق ہم آپ کو اپنی تقریبات اور سرگرمیوں کے بارے میں ٹیکسٹ پیغامات بھیجیں گے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We won&apos;t email or text you. You are welcome at our table any time.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہم آپ کو ای میل یا ٹیکسٹ پیغامات نہیں بھیجیں گے۔ ہماری میز پر آپ کا ہمیشہ خیر مقدم ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your details are saved and no longer on this screen. It is ready for the next person in a moment.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>آپ کی تفصیلات محفوظ ہو گئی ہیں اور اب اس اسکرین پر نہیں ہیں۔ ایک لمحے میں یہ اگلے شخص کے لیے تیار ہو جائے گی۔</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kit/ui/protect/unlock_dialog.py" line="+40"/>
        <source>Unlock sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات کھولیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ups on this kit are sealed. Enter the coordinator&apos;s passphrase to read them; they stay in memory only and lock again when the kit sits idle.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس کٹ کے اندراجات مہر بند ہیں۔ انہیں پڑھنے کے لیے کوآرڈینیٹر کا پاس فریز لکھیں؛ یہ صرف میموری میں رہتے ہیں اور کٹ کے بے کار پڑے رہنے پر دوبارہ بند ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-ups opened</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات کھل گئے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opening sign-ups…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اندراجات کھل رہے ہیں…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 sign-ups opened</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%2 میں سے %1 اندراجات کھل گئے</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some sign-ups did not open</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کچھ اندراجات نہیں کھلے</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sealed sign-ups did not open (changed on disk or moved between rows). They are kept, not deleted:

%1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n مہر بند اندراجات نہیں کھلے (ڈسک پر بدل گئے یا قطاروں کے درمیان منتقل ہو گئے)۔ انہیں رکھا گیا ہے، حذف نہیں کیا گیا:

%1</numerusform>
            <numerusform>%n مہر بند اندراجات نہیں کھلے (ڈسک پر بدل گئے یا قطاروں کے درمیان منتقل ہو گئے)۔ انہیں رکھا گیا ہے، حذف نہیں کیا گیا:

%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerArea</name>
    <message>
        <location filename="../../kit/ui/shell/volunteer.py" line="+277"/>
        <source>Volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رضاکاروں کا حصہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the sign-up form</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سائن اپ فارم پر واپس جائیں</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رابطے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تقریبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>پرچے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مواد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>سنک</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../kit/ui/protect/page.py" line="-600"/>
        <source>Emergency wipe</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ہنگامی صفائی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys the keys, then overwrites and deletes every sign-up, backup, log and the campaign folder on this laptop, and closes the app. There is no undo. Sign-ups not yet synced or carried off in a bundle are lost.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>یہ کلیدیں تباہ کر دیتا ہے، پھر اس لیپ ٹاپ پر ہر اندراج، بیک اپ، لاگ اور مہم کے فولڈر کو اوور رائٹ کر کے حذف کر دیتا ہے، اور ایپ بند کر دیتا ہے۔ یہ واپس نہیں ہو سکتا۔ جو اندراجات ابھی سنک نہیں ہوئے یا کسی بنڈل میں منتقل نہیں ہوئے وہ ضائع ہو جائیں گے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Kiosk PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کیوسک PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 to confirm</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تصدیق کے لیے %1 لکھیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 لکھیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wipe this laptop</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>اس لیپ ٹاپ کو صاف کریں</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ Too many wrong PINs. Try again in %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ بہت زیادہ غلط PIN۔ %1 بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Wrong PIN. Nothing was wiped.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ غلط PIN۔ کچھ بھی صاف نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>_WordingBox</name>
    <message>
        <location filename="../../kit/ui/content/signup.py" line="-82"/>
        <source>%1 — translation</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 — ترجمہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — the form&apos;s own language</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 — فارم کی اپنی زبان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: the form shows the English sentence</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خالی: فارم انگریزی جملہ دکھاتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email consent sentence, %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل کی اجازت کا جملہ، %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message consent sentence, %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیکسٹ پیغامات کی اجازت کا جملہ، %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email box</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ای میل کا خانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message box</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ٹیکسٹ پیغام کا خانہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy line under the form, %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>فارم کے نیچے رازداری کی سطر، %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the form shows the line in the form&apos;s own language</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>خالی: فارم یہ سطر اپنی زبان میں دکھاتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sees the details, where they go, and how to be removed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>تفصیلات کون دیکھتا ہے، وہ کہاں جاتی ہیں، اور انہیں کیسے ہٹوایا جائے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy line</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>رازداری کی سطر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewed by a native speaker</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>کسی اہلِ زبان نے جائزہ لیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reviewed by a native speaker</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1: کسی اہلِ زبان نے جائزہ لیا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note about the %1 translation</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 ترجمے کے بارے میں نوٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Checked by Sara, May 2025</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>مثلاً سارہ نے مئی 2025 میں جانچا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviewed: a native speaker has checked these sentences and the interest labels.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>جائزہ شدہ: کسی اہلِ زبان نے یہ جملے اور دلچسپیوں کے لیبل جانچ لیے ہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reviewed yet: ask a native speaker to read these sentences and the interest labels, correct them, then tick the box.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>ابھی جائزہ نہیں ہوا: کسی اہلِ زبان سے کہیں کہ یہ جملے اور دلچسپیوں کے لیبل پڑھے، درست کرے، پھر خانے پر نشان لگائے۔</translation>
    </message>
</context>
</TS>
