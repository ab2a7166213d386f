<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Outreach Kit (es). Translations marked 'Machine/AI translation, not reviewed by a native speaker' in their translatorcomment are NOT reviewed: correct them with pyside6-linguist, delete that comment, then run packaging/translations.sh. -->
<TS version="2.1" language="es">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../kit/ui/charts.py" line="+44"/>
        <source>No sign-ups yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no hay inscripciones</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kit/ui/dashboard_page.py" line="+133"/>
        <source>Sign-ups today (all events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today at the active event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts printed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+148"/>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save event &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign-ups per hour (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ups per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-ups at this event yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests chosen at this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts printed at this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Handouts printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All events compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not read the counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting to sync (no sync target set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source> (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No event yet: create one in the Events tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-ups yet</source>
        <translation type="unfinished">Todavía no hay inscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-ups per hour at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sign-ups at this event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Busiest hour: %1 with %2 sign-ups. First sign-up %3, last %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interests chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None printed at this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-ups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New: %1 · Returning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New: %1 · Returning: %2 · Not known: %3 (protected or purged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Said yes to email: %1 · to text messages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the event report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <location filename="../../kit/ui/accessibility.py" line="+31"/>
        <source>&amp;Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes every text on screen larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black on white with a thick blue focus frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../../kit/ui/kiosk.py" line="+173"/>
        <source>Volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Área de voluntarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Abrir el área de voluntarios</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stay in touch with %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mantente en contacto con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay in touch</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mantente en contacto</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+6"/>
        <source>Not saved: the sign-up could not be written. Your details are still in the form; try again, or ask a volunteer.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó: no se pudo registrar la inscripción. Tus datos siguen en el formulario; inténtalo de nuevo o pide ayuda a un voluntario.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kit/ui/main_window.py" line="+42"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignupErrors</name>
    <message>
        <location filename="../../kit/ui/signup_form.py" line="+59"/>
        <source>Please enter a first name.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe tu nombre, por favor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an email address or a phone number.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe un correo electrónico o un número de teléfono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an email address to get emails.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añade un correo electrónico para recibir correos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a phone number to get text messages.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añade un número de teléfono para recibir mensajes de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This email address is not valid. Check it for typos.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este correo electrónico no es válido. Revisa si hay algún error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phone number is not valid. Check the digits. For a number from another country, start with + and the country code.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este número de teléfono no es válido. Revisa los dígitos. Para un número de otro país, empieza con + y el código del país.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ZIP code is not valid.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este código postal no es válido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is too long.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please write this on one line, without special characters.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escríbelo en una sola línea, sin caracteres especiales.</translation>
    </message>
</context>
<context>
    <name>SignupForm</name>
    <message>
        <location line="-41"/>
        <source>required</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email or phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>correo o teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIP code</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anything you&apos;d like us to know?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Algo que quieras contarnos?</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>I&apos;m interested in</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Me interesa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interest: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Interés: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>May we contact you?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Podemos contactarte?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Permiso para enviarte correos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text message consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Permiso para enviarte mensajes de texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign up</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscribirme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We use your details only to keep you informed about our work. Leave the boxes unticked and we won&apos;t email or text you.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Usamos tus datos solo para mantenerte al tanto de nuestro trabajo. Si dejas las casillas sin marcar, no te enviaremos correos ni mensajes de texto.</translation>
    </message>
</context>
<context>
    <name>ThankYouPanel</name>
    <message>
        <location filename="../../kit/ui/kiosk.py" line="-248"/>
        <source>Thank you! You&apos;re signed up.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¡Gracias! Ya estás inscrito/a.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your details are saved. Press any key to hand the form to the next person.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tus datos están guardados. Pulsa cualquier tecla para pasar el formulario a la siguiente persona.</translation>
    </message>
</context>
</TS>
