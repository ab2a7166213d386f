<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Outreach Kit (es). Translations marked 'Machine/AI translation, not reviewed by a native speaker' in their translatorcomment are NOT reviewed: correct them with pyside6-linguist, delete that comment, then run packaging/translations.sh. -->
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../kit/ui/shell/app.py" line="+302"/>
        <source>Outreach Kit cannot open its data</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit no puede abrir sus datos</translation>
    </message>
</context>
<context>
    <name>BackgroundSection</name>
    <message>
        <location filename="../../kit/ui/content/texts.py" line="+146"/>
        <location line="+3"/>
        <source>Background</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The factsheet opens with this text. Leave an empty line between paragraphs (at most %1).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La hoja informativa empieza con este texto. Deja una línea en blanco entre párrafos (como máximo %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source of the background</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fuente del contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who wrote it, e.g. a report or a campaign page</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quién lo escribió, p. ej. un informe o una página de campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Source URL</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>https://… (optional: gets a QR code on the factsheet)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>https://… (opcional: lleva un código QR en la hoja informativa)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paragraph %1 of the background %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Párrafo %1 del contexto %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The background %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El contexto %1.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../kit/ui/dashboard/charts.py" line="+46"/>
        <source>No sign-ups yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no hay inscripciones</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../../kit/ui/content/colours.py" line="+33"/>
        <source>%1, as a hex code</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1, como código hexadecimal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Choose the %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elegir: %1</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../kit/ui/content/signup.py" line="+51"/>
        <source>Sign-ups keep the exact wording shown at the time; changing it affects only new sign-ups. Saving a change to these sentences asks you to confirm first.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones conservan la redacción exacta que se mostró en su momento; cambiarla solo afecta a las nuevas inscripciones. Al guardar un cambio en estas frases se te pedirá que lo confirmes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You changed the consent wording.

Sign-ups keep the exact wording shown at the time; changing it affects only new sign-ups, from the next attendee on.

Make sure the sentences say exactly what the group will do with people&apos;s details. Save the new wording?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cambiaste la redacción del consentimiento.

Las inscripciones conservan la redacción exacta que se mostró en su momento; el cambio solo afecta a las nuevas inscripciones, a partir de la siguiente persona.

Asegúrate de que las frases digan exactamente lo que el grupo hará con los datos de la gente. ¿Guardar la nueva redacción?</translation>
    </message>
    <message numerus="yes">
        <location line="+352"/>
        <source>Each sentence may be at most %n characters. The paper sign-up sheet prints the same sentences as the screen.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Cada frase puede tener como máximo %n carácter. La hoja de inscripción en papel imprime las mismas frases que la pantalla.</numerusform>
            <numerusform>Cada frase puede tener como máximo %n caracteres. La hoja de inscripción en papel imprime las mismas frases que la pantalla.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The email sentence (%1) %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La frase del correo (%1) %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text message sentence (%1) %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La frase de los mensajes de texto (%1) %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note (%1) %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La nota (%1) %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The privacy line (%1) %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La línea de privacidad (%1) %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the consent wording</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cambiar la redacción del consentimiento</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../kit/ui/contacts/dialog.py" line="+29"/>
        <source>First name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kit/ui/handouts/page.py" line="+675"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit contact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Yes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Email consent: %1 · Text message consent: %2 (as answered at the last sign-up; %n sign-up(s) in total)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Consentimiento para correos: %1 · Consentimiento para mensajes de texto: %2 (según la última inscripción; %n inscripción en total)</numerusform>
            <numerusform>Consentimiento para correos: %1 · Consentimiento para mensajes de texto: %2 (según la última inscripción; %n inscripciones en total)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kit/ui/handouts/page.py" line="-2"/>
        <source>Website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online sign-up link</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Enlace de inscripción en línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How people reach your group</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cómo contactar con tu grupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These lines and a QR code for the website (or sign-up link) go on every handout. Fill in only what your group wants printed; a public address, not a person&apos;s own.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Estas líneas y un código QR del sitio web (o del enlace de inscripción) van en todos los materiales impresos. Rellena solo lo que tu grupo quiera imprimir; una dirección pública, no la de una persona.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="+140"/>
        <source>How do people reach your group?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Cómo se contacta con tu grupo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handouts print these, with a QR code for the website. Leave blank what you do not have; you can change them later in the Content tab.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Los materiales impresos los muestran, con un código QR del sitio web. Deja en blanco lo que no tengas; puedes cambiarlos después en la pestaña Contenido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. example.org</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. info@example.org</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. info@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. @ourgroup on Instagram</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. @nuestrogrupo en Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Every Tuesday, 7 pm, at the library</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. Todos los martes, a las 7 de la tarde, en la biblioteca</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../kit/ui/shell/volunteer.py" line="+169"/>
        <source>Search name, email, phone or ZIP</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Buscar nombre, correo, teléfono o código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sign-ups are sealed: unlock to see contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones selladas: desbloquea para verlas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups are sealed for the coordinator: this table laptop cannot show them</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones están selladas para la coordinación: este portátil de mesa no puede mostrarlas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1+ contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1+ contactos</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete contact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Borrar contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 and all %2 of their sign-ups? This cannot be undone.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Eliminar a %1 y sus %2 inscripciones? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not deleted</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se borró</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../kit/ui/contacts/model.py" line="+34"/>
        <source>Name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>C. P.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Correo: sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Textos: sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First signed up</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Primera inscripción</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <location filename="../../kit/ui/content/page.py" line="+77"/>
        <source>Flyer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Volante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Factsheet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Hoja informativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading list and links</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lecturas y enlaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR cards</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tarjetas QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper sign-up sheet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Hoja de inscripción en papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tagline</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line under the name on every handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Una línea bajo el nombre en cada material impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hello@example.org</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>hola@example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@yourgroup on Instagram</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>@tugrupo en Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. First Tuesday, 7 pm, Central Library</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. Primer martes, 7 de la tarde, Biblioteca Central</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main colour</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Color principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Color de acento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>sitio web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>redes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>reunión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Título</translation>
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
        <translation>Una línea sobre el recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On flyer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>En el volante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source URL</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Sections of the campaign pack</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Secciones del paquete de campaña</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reset to the default pack…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Volver al paquete predeterminado…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo changes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Deshacer los cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the campaign content</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar el contenido de la campaña</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Contact details are optional: the handouts look complete without them, and print them when they are filled in. The colours are used for the headings and bands of every handout.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Los datos de contacto son opcionales: los materiales se ven completos sin ellos y los imprimen cuando están rellenados. Los colores se usan en los títulos y las franjas de cada material.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Resources</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Recursos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add resource</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove resource</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar recurso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Facts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add fact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove fact</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar dato</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Handout whose words you edit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Material cuyo texto editas</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Headline</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Subheadline</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Optional: one line under the headline</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Opcional: una línea bajo el titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Footer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Pie de página</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Optional: a line at the foot of the page</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Opcional: una línea al pie de la página</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Introduction</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Introducción</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Call to action</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Llamada a la acción</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An empty subheadline, introduction, call to action or footer is simply left off the handout.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Un subtítulo, una introducción, una llamada a la acción o un pie de página vacíos simplemente no aparecen en el material.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handout texts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Textos de los materiales</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The campaign pack cannot be used: %1
Fix the file, or reset to the default pack.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El paquete de campaña no se puede usar: %1
Corrige el archivo o vuelve al paquete predeterminado.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Show this one on the flyer (at most 4)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mostrar este en el volante (como máximo 4)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reminder: the contact details are empty (%1). Add them under Organisation so people who take a flyer can reach the group.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Recordatorio: los datos de contacto están vacíos (%1). Añádelos en Organización para que quien se lleve un volante pueda contactar con el grupo.</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+5"/>
        <source>Not saved: fix the field marked in red.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó: corrige el campo marcado en rojo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: the new consent wording was not confirmed.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó: no se confirmó la nueva redacción del consentimiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack could not be written: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se pudo escribir el paquete: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Saved. The handouts print the new text, and the sign-up form uses it from the next attendee on.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Guardado. Los materiales imprimen el texto nuevo y el formulario de inscripción lo usa a partir de la siguiente persona.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resource %1 (%2): URL %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Recurso %1 (%2): URL %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>sin título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fact %1: source URL %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Dato %1: URL de la fuente %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resource %1: %2 %3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Recurso %1: %2 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fact %1: %2 %3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Dato %1: %2 %3</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Unsaved changes.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cambios sin guardar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reset to the default pack</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Volver al paquete predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the campaign content with the pack that came with the app? Your edited pack is kept in a folder beside it, so nothing is lost.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Reemplazar el contenido de la campaña por el paquete que venía con la aplicación? Tu paquete editado se guarda en una carpeta al lado, así que no se pierde nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not reset</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se restableció</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Restored the default pack. Your edited pack is kept as %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Se restauró el paquete predeterminado. Tu paquete editado se guarda como %1.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kit/ui/dashboard/page.py" line="+141"/>
        <source>Sign-ups today (all events)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones de hoy (todos los eventos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today at the active event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Hoy en el evento activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts printed today</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Materiales impresos hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Waiting to sync</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Por sincronizar</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>&amp;Event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event shown</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Evento mostrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save event &amp;report (PDF)…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar el &amp;informe del evento (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sign-ups per hour (local time)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones por hora (hora local)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ups per hour</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones por hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>inscripciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-ups at this event yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no hay inscripciones en este evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este evento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Interest</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Interés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests chosen at this event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Intereses elegidos en este evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Copias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts printed at this event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Materiales impresos en este evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests chosen</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Intereses elegidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Handouts printed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Materiales impresos</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>All events</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All events compared</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Comparación de todos los eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Repetidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Correo: sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Texto: sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To sync</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Por sincronizar</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Could not read the counts: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se pudieron leer los recuentos: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waiting to sync (no sync target set up)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Por sincronizar (no hay destino de sincronización)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no date</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source> (active)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation> (activo)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>not known</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No event yet: create one in the Events tab.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no hay evento: crea uno en la pestaña Eventos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-ups yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no hay inscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None printed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ninguno impreso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ups per hour at %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones por hora en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sign-ups at this event yet.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no hay inscripciones en este evento.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Busiest hour: %1 with %n sign-up. Sign-ups between %2 and %3 (times kept to the quarter hour).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Hora de más actividad: %1, con %n inscripción. Inscripciones entre %2 y %3 (horas redondeadas al cuarto de hora).</numerusform>
            <numerusform>Hora de más actividad: %1, con %n inscripciones. Inscripciones entre %2 y %3 (horas redondeadas al cuarto de hora).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Busiest hour: %1 with %n sign-ups. Sign-ups between %2 and %3 (times kept to the quarter hour).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Hora de más actividad: %1, con %n inscripción. Inscripciones entre %2 y %3 (horas redondeadas al cuarto de hora).</numerusform>
            <numerusform>Hora de más actividad: %1, con %n inscripciones. Inscripciones entre %2 y %3 (horas redondeadas al cuarto de hora).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Busiest hour: %1 with %n sign-up. First sign-up %2, last %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Hora de más actividad: %1, con %n inscripción. Primera inscripción: %2; última: %3.</numerusform>
            <numerusform>Hora de más actividad: %1, con %n inscripciones. Primera inscripción: %2; última: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Busiest hour: %1 with %n sign-ups. First sign-up %2, last %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Hora de más actividad: %1, con %n inscripción. Primera inscripción: %2; última: %3.</numerusform>
            <numerusform>Hora de más actividad: %1, con %n inscripciones. Primera inscripción: %2; última: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No interests chosen yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no se ha elegido ningún interés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None printed at this event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ninguno impreso en este evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-ups: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New: %1 · Returning: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nuevas: %1 · Repetidas: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New: %1 · Returning: %2 · Not known: %3 (protected or purged)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nuevas: %1 · Repetidas: %2 · Desconocidas: %3 (protegidas o purgadas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Said yes to email: %1 · to text messages: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Dijeron sí a correos: %1 · a mensajes de texto: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form language: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Idioma del formulario: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sincronización: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the event report</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar el informe del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report saved to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>DisplayToggles</name>
    <message>
        <location filename="../../kit/ui/accessibility.py" line="+31"/>
        <source>&amp;Large text</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Texto &amp;grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Texto grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes every text on screen larger</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Agranda todos los textos de la pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High contrast</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black on white with a thick blue focus frame</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Negro sobre blanco con un marco de foco azul y grueso</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="+181"/>
        <source>Ready</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Table laptops need this kit&apos;s public-key file to seal sign-ups for you. Save it to a USB stick; keep it within the group.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Los portátiles de mesa necesitan el archivo de clave pública de este kit para sellar las inscripciones para ti. Guárdalo en una memoria USB; que no salga del grupo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the public-key file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar el archivo de clave pública…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Sign-ups go to: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Las inscripciones van a: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ The handouts show the group&apos;s contact details.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Los materiales impresos muestran los datos de contacto del grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• No contact details yet (Content tab).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>• Todavía no hay datos de contacto (pestaña Contenido).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ No kiosk PIN: anyone at the table can open the volunteer area.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ Sin PIN del quiosco: cualquiera en la mesa puede abrir el área de voluntarios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ A kiosk PIN guards the volunteer area.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Un PIN del quiosco protege el área de voluntarios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Not protected: sign-ups are stored in clear on this laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ Sin protección: las inscripciones se guardan sin cifrar en este portátil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Protected: this is the coordinator&apos;s laptop; the passphrase reads the sign-ups.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Protegido: este es el portátil de la coordinación; la frase de contraseña permite leer las inscripciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Protected: this table laptop seals sign-ups and cannot read them.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Protegido: este portátil de mesa sella las inscripciones y no puede leerlas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ Saved %1. On each table laptop, choose it in the set-up&apos;s protection step (&quot;This is a table laptop&quot;).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Se guardó %1. En cada portátil de mesa, elígelo en el paso de protección de la configuración («Este es un portátil de mesa»).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kit/ui/errors.py" line="+36"/>
        <source>Something went wrong</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach Kit hit an unexpected problem. Every sign-up that showed “Thank you” is saved.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit tuvo un problema inesperado. Todas las inscripciones que mostraron «Gracias» están guardadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can keep working. If it happens again, close and reopen the app. Details for whoever maintains the kit are in the log folder:
%1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Puedes seguir trabajando. Si vuelve a pasar, cierra la aplicación y ábrela de nuevo. Los detalles para quien mantiene el kit están en la carpeta de registros:
%1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../kit/ui/content/event_form.py" line="+102"/>
        <source>New event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nuevo evento</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location line="-59"/>
        <source>e.g. Lake Street farmers market</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. Mercado de agricultores de Lake Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Event name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>e.g. Minneapolis</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. Minneapolis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Place</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>Date</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start collecting sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Empezar a recoger inscripciones</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="-273"/>
        <source>Where are you tabling?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Dónde pones la mesa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups are collected for an event. Name it once; you can add more later in the volunteer area.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones se recogen para un evento. Ponle nombre una vez; puedes añadir más después en el área de voluntarios.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Next &gt;</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../kit/ui/shell/volunteer.py" line="-282"/>
        <source>New event…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collect sign-ups for the selected event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Recoger inscripciones para el evento seleccionado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Active</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Date</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone sign-ups…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones por teléfono…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phone sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones por teléfono</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kit/ui/contacts/export_dialog.py" line="+54"/>
        <source>Every field, one row per person; opens in LibreOffice Calc or Excel.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todos los campos, una fila por persona; se abre en LibreOffice Calc o Excel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For Action Network&apos;s list upload (Start Organizing → Upload): two files, one of people who agreed to email (no phone numbers) and one of people who agreed to texts, because its upload form subscribes the phones of a whole file with one box.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Para la carga de listas de Action Network (Start Organizing → Upload): dos archivos, uno con quienes aceptaron correos (sin números de teléfono) y otro con quienes aceptaron mensajes de texto, porque su formulario de carga suscribe los teléfonos de todo un archivo con una sola casilla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For Mailchimp&apos;s audience import (Audience → Add contacts → Import contacts).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Para la importación de audiencias de Mailchimp (Audience → Add contacts → Import contacts).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For NationBuilder&apos;s import (Settings → Imports), with email and mobile opt-in columns.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Para la importación de NationBuilder (Settings → Imports), con columnas de aceptación de correo y móvil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For Google Contacts (Import), with the event and interests as labels.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Para Google Contactos (Importar), con el evento y los intereses como etiquetas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact cards for phones and address books (Apple Contacts, Google, Outlook).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tarjetas de contacto para teléfonos y libretas de direcciones (Contactos de Apple, Google, Outlook).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything, consent history included; another Outreach Kit imports it exactly.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todo, incluido el historial de consentimiento; otro Outreach Kit lo importa tal cual.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+86"/>
        <source>Format</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+78"/>
        <source>Event</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>All events</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%2 — %3 sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1%2 — %3 inscripciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only sign-ups from</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Solo del</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>to</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>al</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never exported yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only people new since the last full export (%1)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Solo lo nuevo tras la última exportación total (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only people who agreed to email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Solo quienes aceptaron recibir correos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include people who did not agree to email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Incluir a quienes no aceptaron recibir correos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Mailing-list tools treat everyone in this file as subscribed. Use it only to update records you already have, never to add these people to a mailing list.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ Las herramientas de listas de correo tratan a todas las personas de este archivo como suscritas. Úsalo solo para actualizar registros que ya tienes, nunca para añadir a estas personas a una lista de correo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Include phone numbers of people who did not agree to text messages</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Incluir los números de quienes no aceptaron mensajes de texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Their numbers are marked text_consent = no in the file. Never text them; use this only to update records you already have.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ Sus números van marcados con text_consent = no en el archivo. Nunca les envíes mensajes; úsalo solo para actualizar registros que ya tienes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This format takes only people who agreed to email.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este formato solo incluye a quienes aceptaron recibir correos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3.0 — what Apple and Google import best</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>3.0 — lo que mejor importan Apple y Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4.0 — newer (RFC 6350)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>4.0 — más reciente (RFC 6350)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard version</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Versión de vCard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many contacts will be written</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cuántos contactos se escribirán</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to write</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n person will be written</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Se escribirá %n persona</numerusform>
            <numerusform>Se escribirán %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people will be written</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Se escribirá %n persona</numerusform>
            <numerusform>Se escribirán %n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody matches these choices</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nadie coincide con estas opciones</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n who agreed to texts, in a second file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>y %n que aceptó mensajes de texto, en un segundo archivo</numerusform>
            <numerusform>y %n que aceptaron mensajes de texto, en un segundo archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n person who agreed to texts, in a second file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>y %n persona que aceptó mensajes de texto, en un segundo archivo</numerusform>
            <numerusform>y %n personas que aceptaron mensajes de texto, en un segundo archivo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export contacts to</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Exportar contactos a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (*.%2);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 (*.%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a file to write (Save as…).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elige un archivo donde escribir (Guardar como…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist; choose another.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La carpeta %1 no existe; elige otra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>✓ Wrote %n person to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ Se escribió %n persona en %1</numerusform>
            <numerusform>✓ Se escribieron %n personas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✓ Wrote %n people to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ Se escribió %n persona en %1</numerusform>
            <numerusform>✓ Se escribieron %n personas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only people who agreed to email are in it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Solo contiene a quienes aceptaron recibir correos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload %1 with the mobile box (“Subscribe only activists who have not previously unsubscribed to the mobile list”) left unticked: it holds no phone numbers.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sube %1 con la casilla de móvil («Subscribe only activists who have not previously unsubscribed to the mobile list») sin marcar: no contiene números de teléfono.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✓ Wrote %n person who agreed to texts to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ Se escribió en %1 %n persona que aceptó mensajes de texto</numerusform>
            <numerusform>✓ Se escribieron en %1 %n personas que aceptaron mensajes de texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>✓ Wrote %n people who agreed to texts to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ Se escribió en %1 %n persona que aceptó mensajes de texto</numerusform>
            <numerusform>✓ Se escribieron en %1 %n personas que aceptaron mensajes de texto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload %1 separately and tick that box (Advanced upload options).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sube %1 por separado y marca esa casilla (Advanced upload options).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only people new since the last full export (just now)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Solo lo nuevo tras la última exportación total (ahora mismo)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting needs the sealed contacts: this table laptop cannot read them. Export on the coordinator&apos;s laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Exportar necesita los contactos sellados: este portátil de mesa no puede leerlos. Exporte en el portátil de la coordinación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting needs the sealed contacts and the kit is locked: unlock it (Contacts, Unlock…) and export again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Exportar necesita los contactos sellados y el kit está bloqueado: desbloquéelo (Contactos, Desbloquear…) y vuelva a exportar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="+285"/>
        <source>&amp;Next &gt;</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start collecting sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Empezar a recoger inscripciones</translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <location filename="../../kit/ui/handouts/page.py" line="-625"/>
        <source>Letter</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8.5 × 11 in (US)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>8,5 × 11 pulg. (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>210 × 297 mm</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>210 × 297 mm</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The preview could not be made (%1).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se pudo crear la vista previa (%1).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Printing failed (%1).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La impresión falló (%1).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Pick a handout, check the preview, press Quick print.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elige un material, revisa la vista previa y pulsa Impresión rápida.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add contact details…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir datos de contacto…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Handouts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Impresos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tamaño de papel</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Copies</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Copias</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Language</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Idioma del material</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+207"/>
        <source>Quick print</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Impresión rápida</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Quick print on the default printer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Impresión rápida en la impresora predeterminada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the printer, copies and pages in the print dialog</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elige la impresora, las copias y las páginas en el diálogo de impresión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Handouts given out today</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Materiales repartidos hoy</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Handed out today: nothing yet.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Repartido hoy: nada todavía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handed out today:  %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Repartido hoy:  %1</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n page</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pages</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Updating the preview…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the preview…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not printed: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se imprimió: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Quick print %n copies</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Impresión rápida: %n copia</numerusform>
            <numerusform>Impresión rápida: %n copias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Imprimir material</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sending to %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Enviando a %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed, but not counted: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Impreso, pero sin contar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✓ Sent %n copy of the %1 to %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ Se envió %n copia de %1 a %2.</numerusform>
            <numerusform>✓ Se enviaron %n copias de %1 a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✓ Sent %n copies of the %1 to %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ Se envió %n copia de %1 a %2.</numerusform>
            <numerusform>✓ Se enviaron %n copias de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save handout as PDF</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar el material como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se pudo escribir el archivo: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved the %1 as %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Se guardó %1 como %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These handouts give no way to reach your group: the campaign pack has no website, sign-up link, email, social media or meeting place. People who take a flyer home cannot find you again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Estos materiales no dan ninguna forma de contactar con tu grupo: el paquete de campaña no tiene sitio web, enlace de inscripción, correo, redes sociales ni lugar de reunión. Quien se lleve un volante a casa no podrá volver a encontrarlos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ Saved. Every handout now shows how to reach you.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>✓ Guardado. Todos los materiales muestran ahora cómo contactarlos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prints on %1, no questions asked.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Imprime en %1, sin preguntar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints on %1 (no default printer is set).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Imprime en %1 (no hay impresora predeterminada).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer found. Connect one, or use Save as PDF.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se encontró ninguna impresora. Conecta una o usa Guardar como PDF.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../kit/ui/contacts/import_dialog.py" line="+59"/>
        <source>First name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name (split into first and last)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre completo (se separa en nombre y apellido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP / postal code</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed to email (yes/no)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Aceptó correos (sí/no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed to text messages (yes/no)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Aceptó mensajes de texto (sí/no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (to read its phone numbers)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>País (para leer sus números de teléfono)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8 (with a byte-order mark)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>UTF-8 (con marca de orden de bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows-1252 (older Excel)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Windows-1252 (Excel antiguo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>commas</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolons</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>tabuladores</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No column is read as a first name (or full name): choose one in the “Read as” list above.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ninguna columna se lee como nombre (o nombre completo): elige una en la lista «Leer como» de arriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is read as an email or a phone number: choose one in the “Read as” list above.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ninguna columna se lee como correo o número de teléfono: elige una en la lista «Leer como» de arriba.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>✓ %n new person</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %n persona nueva</numerusform>
            <numerusform>✓ %n personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✓ %n new people</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>✓ %n persona nueva</numerusform>
            <numerusform>✓ %n personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>↻ %n merged with people already in the kit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>↻ %n fusionada con personas que ya estaban en el kit</numerusform>
            <numerusform>↻ %n fusionadas con personas que ya estaban en el kit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>= %n unchanged (already imported)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>= %n sin cambios (ya importada)</numerusform>
            <numerusform>= %n sin cambios (ya importadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>+ %n events added from the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>+ %n evento añadido desde el archivo</numerusform>
            <numerusform>+ %n eventos añadidos desde el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Interest “%1” is not one of this campaign&apos;s, so it was left out (%n row)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>El interés «%1» no es de esta campaña, así que se omitió (%n fila)</numerusform>
            <numerusform>El interés «%1» no es de esta campaña, así que se omitió (%n filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Interest “%1” is not one of this campaign&apos;s, so it was left out (%n rows)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>El interés «%1» no es de esta campaña, así que se omitió (%n fila)</numerusform>
            <numerusform>El interés «%1» no es de esta campaña, así que se omitió (%n filas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row %1, imported: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fila %1, importada: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Row %1: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ Fila %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring in people from a spreadsheet (CSV: a typed-up paper sign-up sheet, or an export from Action Network, Mailchimp, NationBuilder, Google or Outlook), a phone&apos;s or address book&apos;s vCard file (.vcf), or from another Outreach Kit (JSON). People already here are merged, not doubled; importing the same file twice changes nothing.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Trae personas desde una hoja de cálculo (CSV: una hoja de inscripción en papel pasada a limpio, o una exportación de Action Network, Mailchimp, NationBuilder, Google u Outlook), desde el archivo vCard (.vcf) de un teléfono o libreta de direcciones, o desde otro Outreach Kit (JSON). Las personas que ya están aquí se fusionan, no se duplican; importar el mismo archivo dos veces no cambia nada.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Contacts (*.csv *.txt *.json *.vcf);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Contactos (*.csv *.txt *.json *.vcf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Choose a file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file chosen yet.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This file looks like a Mailchimp audience export, but its name does not say which list it is (subscribed, unsubscribed, cleaned or non-subscribed). Did its people agree to email?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este archivo parece una exportación de una audiencia de Mailchimp, pero su nombre no dice qué lista es (subscribed, unsubscribed, cleaned o non-subscribed). ¿Sus personas aceptaron recibir correos?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Did the people in this file agree to email?</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Las personas de este archivo aceptaron recibir correos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes: it lists subscribed members</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sí: contiene miembros suscritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, or I do not know: record no email consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No, o no lo sé: no registrar consentimiento de correo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the file&apos;s columns are read</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cómo se leen las columnas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column in the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Leer como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples from the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ejemplos del archivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These labels in the file are not interests of this campaign. Choose what each becomes, or leave it out.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Estas etiquetas del archivo no son intereses de esta campaña. Elige en qué se convierte cada una, u omítela.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Labels that are not interests</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Etiquetas que no son intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label in the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Etiqueta del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import as</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importar como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Event for the imported sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Evento de las inscripciones importadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%2 — active</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1%2 — activo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+190"/>
        <source>Sign-ups go to</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones van a</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Import report</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel import</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no event yet — create one on the Events tab)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(sin evento: crea uno en la pestaña Eventos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import contacts from</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importar contactos desde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>An Outreach Kit export (JSON) with %n contacts. Their events and consent history come with them.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Una exportación de Outreach Kit (JSON) con %n contacto. Sus eventos y su historial de consentimiento vienen con él.</numerusform>
            <numerusform>Una exportación de Outreach Kit (JSON) con %n contactos. Sus eventos y su historial de consentimiento vienen con ellos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row of people · text encoding %1 · columns separated by %2. Check how each column is read, then Import.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n fila de personas · codificación %1 · columnas separadas por %2. Revisa cómo se lee cada columna y luego pulsa Importar.</numerusform>
            <numerusform>%n filas de personas · codificación %1 · columnas separadas por %2. Revisa cómo se lee cada columna y luego pulsa Importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rows of people · text encoding %1 · columns separated by %2. Check how each column is read, then Import.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n fila de personas · codificación %1 · columnas separadas por %2. Revisa cómo se lee cada columna y luego pulsa Importar.</numerusform>
            <numerusform>%n filas de personas · codificación %1 · columnas separadas por %2. Revisa cómo se lee cada columna y luego pulsa Importar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recognised: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Reconocido: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is read as having agreed to email.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cada fila se lee como que aceptó recibir correos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row is read as NOT agreeing to email.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cada fila se lee como que NO aceptó recibir correos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read column %1 as</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Leer la columna %1 como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not imported)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import label %1 as</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importar la etiqueta %1 como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(leave out)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(omitir)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Events come from the file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Los eventos vienen del archivo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Create an event first (Events tab): imported sign-ups belong to one.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Crea primero un evento (pestaña Eventos): las inscripciones importadas pertenecen a uno.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling… everything imported so far is taken back.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cancelando… todo lo importado hasta ahora se deshace.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Import finished. %n row could not be imported: fix it in the file and import it again (rows already in are left as they are).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Importación terminada. %n fila no se pudo importar: corrígela en el archivo e impórtalo de nuevo (las filas ya importadas se quedan como están).</numerusform>
            <numerusform>Importación terminada. %n filas no se pudieron importar: corrígelas en el archivo e impórtalo de nuevo (las filas ya importadas se quedan como están).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Import finished. %n rows could not be imported: fix them in the file and import it again (rows already in are left as they are).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Importación terminada. %n fila no se pudo importar: corrígela en el archivo e impórtalo de nuevo (las filas ya importadas se quedan como están).</numerusform>
            <numerusform>Importación terminada. %n filas no se pudieron importar: corrígelas en el archivo e impórtalo de nuevo (las filas ya importadas se quedan como están).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importación terminada.</translation>
    </message>
</context>
<context>
    <name>InterestsSection</name>
    <message>
        <location filename="../../kit/ui/content/signup.py" line="-392"/>
        <source>The boxes people tick on the sign-up form. Edit a label freely. The tag is what your mailing list or CRM receives; it never changes once saved, so past sign-ups and new ones stay comparable. A new interest gets its tag from its label.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las casillas que la gente marca en el formulario de inscripción. Edita las etiquetas libremente. El identificador es lo que recibe tu lista de correo o CRM; nunca cambia una vez guardado, así que las inscripciones pasadas y las nuevas siguen siendo comparables. Un interés nuevo toma su identificador de su etiqueta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interests on the sign-up form</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Intereses en el formulario de inscripción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add interest</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir interés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove interest…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar interés…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Label on the form</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Etiqueta en el formulario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag (sent to your mailing list)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Identificador (se envía a tu lista de correo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label in %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Etiqueta en %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Empty: the form shows the label above in this language too</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Vacío: el formulario muestra también en este idioma la etiqueta de arriba</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New: the tag follows the label until you save</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nuevo: el identificador sigue a la etiqueta hasta que guardes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of at most %2 (the form has room for %2)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 de %2 como máximo (el formulario tiene sitio para %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The list %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La lista %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interest %1: tag %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Interés %1: identificador %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest %1: label %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Interés %1: etiqueta %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label in %1 for %2: %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Etiqueta en %1 para %2: %3.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1” (tag %2)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>«%1» (identificador %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove interest</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar interés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the sign-up form?

Past sign-ups keep the tag: it stays in their record, in exports and on your mailing list. New sign-ups will not offer it. This takes effect when you save.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Quitar %1 del formulario de inscripción?

Las inscripciones pasadas conservan el identificador: sigue en su registro, en las exportaciones y en tu lista de correo. Las nuevas inscripciones no lo ofrecerán. El cambio se aplica al guardar.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../kit/ui/workers.py" line="+105"/>
        <source>Something went wrong (%1). The details are in the log.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Algo salió mal (%1). Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>KioskLock</name>
    <message>
        <location filename="../../kit/ui/kiosk/lock.py" line="+203"/>
        <source>Open the volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Abrir el área de voluntarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit Outreach Kit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Salir de Outreach Kit</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <location filename="../../kit/ui/kiosk/window.py" line="+421"/>
        <location line="+65"/>
        <source>Volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Área de voluntarios</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Open the volunteer area</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Abrir el área de voluntarios</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>Volunteer area (Ctrl+Shift+V)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Área de voluntarios (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Stay in touch with %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mantente en contacto con %1</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+193"/>
        <source>Stay in touch</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mantente en contacto</translation>
    </message>
    <message>
        <location line="+383"/>
        <source>This form was just updated. Please check your choices and read the consent boxes again before you sign up.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este formulario se acaba de actualizar. Revisa tus opciones y vuelve a leer las casillas de permiso antes de inscribirte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>Not saved: the sign-up could not be written. Your details are still in the form; try again, or ask a volunteer.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó: no se pudo registrar la inscripción. Tus datos siguen en el formulario; inténtalo de nuevo o pide ayuda a un voluntario.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../kit/ui/language_choice.py" line="+38"/>
        <source>Language:</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Draft translation — not yet reviewed by a native speaker</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Traducción provisional — aún no revisada por un hablante nativo</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Dashboard</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Proteger</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Language not changed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se cambió el idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sync or an import is running. Change the language once it has finished.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Hay una sincronización o una importación en curso. Cambia el idioma cuando termine.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>no event yet</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>todavía no hay evento</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Event: %1   ·   Today: %n sign-up   ·   Waiting to sync: %2   ·   Not yet exported: %3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Evento: %1   ·   Hoy: %n inscripción   ·   Por sincronizar: %2   ·   Sin exportar: %3</numerusform>
            <numerusform>Evento: %1   ·   Hoy: %n inscripciones   ·   Por sincronizar: %2   ·   Sin exportar: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Event: %1   ·   Today: %n sign-ups   ·   Waiting to sync: %2   ·   Not yet exported: %3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Evento: %1   ·   Hoy: %n inscripción   ·   Por sincronizar: %2   ·   Sin exportar: %3</numerusform>
            <numerusform>Evento: %1   ·   Hoy: %n inscripciones   ·   Por sincronizar: %2   ·   Sin exportar: %3</numerusform>
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
        <translation>Declaración de misión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave an empty line between paragraphs (at most %1). The flyer prints the first paragraph: make it the one that says who you are.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Deja una línea en blanco entre párrafos (como máximo %1). El volante imprime el primer párrafo: que sea el que dice quiénes son.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before the list of actions</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Antes de la lista de acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Our proposed actions include:</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. Nuestras acciones propuestas incluyen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the actions</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Antes de las acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed actions, one per line</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Acciones propuestas, una por línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed actions</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Acciones propuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One action per line (at most %1). The flyer prints them as one sentence after the line above.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Una acción por línea (como máximo %1). El volante las imprime como una sola frase después de la línea de arriba.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paragraph %1 of the mission %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Párrafo %1 de la misión %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The mission %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La misión %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La lista %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action %1 %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Acción %1 %2.</translation>
    </message>
</context>
<context>
    <name>PackSection</name>
    <message>
        <location filename="../../kit/ui/content/lists.py" line="+41"/>
        <source>book</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chapter</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>capítulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>film</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>película</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>sitio web</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add item</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1: %2 %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elemento %1: %2 %3.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Platform</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the group stands for, point by point. The flyer prints each point&apos;s title in bold, then its text, or its short form when the whole text does not fit the page; the factsheet prints the whole text. Double-click a cell to edit it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lo que defiende el grupo, punto por punto. El volante imprime el título de cada punto en negrita y luego su texto, o su forma corta cuando el texto completo no cabe en la página; la hoja informativa imprime el texto completo. Haz doble clic en una celda para editarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add point</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove point</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point %1: %2 %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Punto %1: %2 %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Title</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Título</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Text</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short form (flyer)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Forma corta (volante)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading list</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Books, reports and films worth reading. An entry with a URL gets a QR code; a book without one is printed without. Double-click a cell to edit it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Libros, informes y películas que vale la pena conocer. Una entrada con URL lleva un código QR; un libro sin URL se imprime sin él. Haz doble clic en una celda para editarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an entry</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir una entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove entry</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1: %2 %3.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lectura %1: %2 %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authors</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Autores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Editorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL (optional)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>URL (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../kit/ui/content/signup.py" line="-191"/>
        <source>Interests</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Consent wording</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Redacción del consentimiento</translation>
    </message>
    <message>
        <location filename="../../kit/ui/content/texts.py" line="-66"/>
        <source>Mission</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Misión</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Background</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Contexto</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../kit/ui/protect/setup.py" line="+140"/>
        <source>Choose a passphrase of a few unrelated words (at least 12 characters). It is the only way to read the sign-ups: nobody can reset it, and if it is lost, so are they.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elige una frase de contraseña de varias palabras sin relación entre sí (al menos 12 caracteres). Es la única forma de leer las inscripciones: nadie puede restablecerla y, si se pierde, se pierden también ellas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Otra vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase strength</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write it down on paper now, and keep the paper somewhere safe, away from this laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escríbela ahora en papel y guarda el papel en un lugar seguro, lejos de este portátil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written it down</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ya la he apuntado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Too short: at least 12 characters. A few unrelated words make a good passphrase.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Demasiado corta: al menos 12 caracteres. Unas cuantas palabras sin relación forman una buena frase de contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: a guessing program would find it. Add more unrelated words (not the group&apos;s name, city or event).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Débil: un programa que adivina contraseñas la encontraría. Añade más palabras sin relación (no el nombre del grupo, la ciudad ni el evento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair: accepted. One more unrelated word would make it strong.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Aceptable: se admite. Una palabra más sin relación la haría fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a passphrase.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las dos frases de contraseña no coinciden; escribe la misma dos veces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the passphrase down first, and tick the box to say so.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Primero apunta la frase de contraseña y marca la casilla para indicarlo.</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location line="+232"/>
        <source>Passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../kit/ui/handouts/pdf_preview.py" line="+105"/>
        <source>Handout preview</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Vista previa del material impreso</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page %1 of %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PhonesPage</name>
    <message>
        <location filename="../../kit/ui/phones/page.py" line="+70"/>
        <source>Attendees can sign up on their own phones: they join this laptop&apos;s network, open the form, and each sign-up is sealed on the phone and recorded here like a kiosk sign-up. Nothing goes to the internet. The coordinator guide explains the hotspot, a travel router or the venue&apos;s Wi-Fi.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Los asistentes pueden inscribirse desde su propio teléfono: se conectan a la red de este portátil, abren el formulario y cada inscripción se sella en el teléfono y se registra aquí como una inscripción del quiosco. Nada sale a internet. La guía de coordinación explica el punto de acceso, un router de viaje o el wifi del lugar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wi-Fi name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre del wifi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi password</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Contraseña del wifi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+82"/>
        <source>Start a hotspot on this laptop</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Crear un punto de acceso en esta laptop</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Start phone sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Empezar las inscripciones por teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Pause</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Stop</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a table tent (PDF)…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar un cartel de mesa (PDF)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1. Join the Wi-Fi</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>1. Conéctate al wifi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Open the sign-up form</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>2. Abre el formulario de inscripción</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Stopping the hotspot on %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Deteniendo el punto de acceso en %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting the hotspot…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Iniciando el punto de acceso…</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+30"/>
        <source>Stop the hotspot</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Detener el punto de acceso</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+32"/>
        <source>Hotspot on: phones that join it reach this laptop at %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Punto de acceso activo: los teléfonos que se conecten llegan a esta laptop en %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the table tent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar el cartel de mesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The table tent was not saved: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El cartel de mesa no se guardó: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table tent saved: %1. Print it, fold it across the dashed line, and stand it on the table.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cartel de mesa guardado: %1. Imprímelo, dóblalo por la línea discontinua y ponlo de pie sobre la mesa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resume</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an event first (Events tab): phone sign-ups go to the active event.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Crea primero un evento (pestaña Eventos): las inscripciones por teléfono van al evento activo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 cannot be used (another program may be using it). Choose another port.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se puede usar el puerto %1 (quizá lo usa otro programa). Elige otro puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone sign-ups are open. Recorded since the start: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones por teléfono están abiertas. Registradas desde el inicio: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused: phones see a message asking them to sign up at the table.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>En pausa: los teléfonos ven un mensaje que pide inscribirse en la mesa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone sign-ups are off. They stop when the kit locks or closes.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones por teléfono están desactivadas. Se detienen cuando el kit se bloquea o se cierra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Network: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Red: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the Wi-Fi&apos;s name (and password) to show its code.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe el nombre del wifi (y la contraseña) para mostrar su código.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../../kit/ui/kiosk/pin_dialog.py" line="+74"/>
        <source>%n second</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n seconds</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minutes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Kiosk PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Enter the kiosk PIN the coordinator set.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe el PIN del quiosco que puso la coordinación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Locked for now: see below</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Bloqueado por ahora: mira abajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Demasiados PIN incorrectos. Vuelve a intentarlo en %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Wrong PIN. %n more try before a one-minute wait.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes de una espera de un minuto.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de una espera de un minuto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Wrong PIN. %n more tries before a one-minute wait.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes de una espera de un minuto.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de una espera de un minuto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="-195"/>
        <source>A kiosk PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Un PIN del quiosco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strangers will use this laptop. With a PIN of %1 to %2 digits, only volunteers can open the volunteer area, where every name, email and phone is.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desconocidos usarán este portátil. Con un PIN de %1 a %2 cifras, solo los voluntarios pueden abrir el área de voluntarios, donde están todos los nombres, correos y teléfonos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kiosk PIN is already set. Change it later in the volunteer area (Protect tab).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ya hay un PIN del quiosco. Cámbialo después en el área de voluntarios (pestaña Proteger).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New PIN again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN nuevo otra vez</translation>
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
        <translation>Otra vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip the PIN for now (not recommended)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Saltar el PIN por ahora (no recomendado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without a PIN, anyone at the table can tap Volunteer area and read every name, email and phone collected on this laptop. You can set one later in the volunteer area (Protect tab).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sin PIN, cualquiera en la mesa puede tocar Área de voluntarios y leer todos los nombres, correos y teléfonos recogidos en este portátil. Puedes poner uno después en el área de voluntarios (pestaña Proteger).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a PIN twice, or tick the box to skip it for now.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe un PIN dos veces o marca la casilla para saltarlo por ahora.</translation>
    </message>
</context>
<context>
    <name>PlatformSection</name>
    <message>
        <location filename="../../kit/ui/content/lists.py" line="-22"/>
        <source>Add at least one point: the flyer needs it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añade al menos un punto: el volante lo necesita.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../kit/ui/handouts/printing.py" line="+71"/>
        <source>No printer is set up on this computer. Connect one and add it in the system&apos;s printer settings, or save the handout as a PDF and print it elsewhere.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No hay ninguna impresora configurada en este ordenador. Conecta una y añádela en la configuración de impresoras del sistema, o guarda el material como PDF e imprímelo en otro sitio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no printer named %1. Printers: %2.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No hay ninguna impresora llamada %1. Impresoras: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the PDF file %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>el archivo PDF %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the printer</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>la impresora</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not start printing on %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se pudo empezar a imprimir en %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 refused a new page.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 rechazó una página nueva.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Print handout</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Imprimir material</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <location filename="../../kit/ui/protect/setup.py" line="-39"/>
        <location line="+9"/>
        <source>Turn protection on</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Activar la protección</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Protected mode seals every sign-up, those already here included, so that a lost or seized laptop shows no names, emails or phones. It cannot be turned off again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El modo protegido sella todas las inscripciones, incluidas las que ya están aquí, para que un portátil perdido o incautado no muestre nombres, correos ni teléfonos. No se puede volver a desactivar.</translation>
    </message>
</context>
<context>
    <name>ProtectPage</name>
    <message>
        <location filename="../../kit/ui/protect/page.py" line="+69"/>
        <source>The app cannot block the system&apos;s own escapes: Ctrl+Alt+Del, switching virtual terminals, the Windows/Super key, power buttons, or a reboot. For a laptop left alone, use the system&apos;s kiosk or single-app mode too.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La aplicación no puede bloquear las salidas propias del sistema: Ctrl+Alt+Supr, el cambio de terminal virtual, la tecla Windows/Super, los botones de encendido o un reinicio. Para un portátil que se queda solo, usa también el modo quiosco o de una sola aplicación del sistema.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Sign-up protection</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Protección de las inscripciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock now</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn protection on…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Activar la protección…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the public-key file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar el archivo de clave pública…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add keys from a public-key file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir claves desde un archivo de clave pública…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New key…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Clave nueva…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check sealed sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Comprobar las inscripciones selladas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kiosk</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quiosco</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+151"/>
        <source>Set kiosk PIN…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Poner PIN del quiosco…</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Kiosk mode: full screen; the PIN opens the volunteer area and quits</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Modo quiosco: pantalla completa; el PIN abre el área de voluntarios y permite salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before an idle form is cleared</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Segundos antes de vaciar un formulario inactivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear a half-filled form after</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Vaciar un formulario a medio rellenar tras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without input</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>sin actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Outreach Kit…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Salir de Outreach Kit…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bundles between kits</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Paquetes entre kits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry sign-ups to the coordinator&apos;s kit on a USB stick. Sealed sign-ups stay sealed; importing the same bundle twice adds nothing.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lleva las inscripciones al kit de la coordinación en una memoria USB. Las inscripciones selladas siguen selladas; importar el mismo paquete dos veces no añade nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a bundle for another kit…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Exportar un paquete para otro kit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a bundle…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundle import progress</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Progreso de la importación del paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel import</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Retention and emergency wipe</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Conservación y borrado de emergencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge confirmed personal data now…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Purgar ahora los datos personales confirmados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency wipe…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Borrado de emergencia…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Off: sign-ups are stored in clear on this laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desactivada: las inscripciones se guardan sin cifrar en este portátil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn it on once per laptop: on the coordinator&apos;s laptop with a passphrase, then save its public-key file for the table laptops; on a table laptop with that file (it can then never read sign-ups).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Actívala una vez por portátil: en el de la coordinación con una frase de contraseña, y luego guarda su archivo de clave pública para los portátiles de mesa; en un portátil de mesa, con ese archivo (después nunca podrá leer las inscripciones).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinator&apos;s kit: reads sign-ups after unlocking with the passphrase.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Kit de la coordinación: lee las inscripciones tras desbloquear con la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table laptop: holds only the public key and can never read sign-ups.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Portátil de mesa: solo tiene la clave pública y nunca puede leer las inscripciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active key %1 (older: %2)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Clave activa %1 (anteriores: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active key %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Clave activa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>familia %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sealed sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n inscripción sellada</numerusform>
            <numerusform>%n inscripciones selladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>relocks after %n idle minutes</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>se vuelve a bloquear tras %n minuto de inactividad</numerusform>
            <numerusform>se vuelve a bloquear tras %n minutos de inactividad</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change kiosk PIN…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cambiar el PIN del quiosco…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A kiosk PIN is set.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Hay un PIN del quiosco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No kiosk PIN yet. Kiosk mode cannot be turned on without one: nobody could leave it again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no hay PIN del quiosco. El modo quiosco no se puede activar sin él: nadie podría volver a salir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Purging drops the names, emails, phones and notes of sign-ups older than %1 days that every sync target confirmed (or, with no targets, that a full export saw). Counts, interests and consent answers stay. The wipe destroys everything on this laptop.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Purgar elimina los nombres, correos, teléfonos y notas de las inscripciones de más de %1 días que todos los destinos de sincronización confirmaron (o, sin destinos, que vio una exportación completa). Se conservan los recuentos, los intereses y las respuestas de consentimiento. El borrado destruye todo lo que hay en este portátil.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Protected mode is on.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El modo protegido está activado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sealed %1 sign-ups and deleted %2 contacts kept in clear; the database file was rebuilt.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se sellaron %1 inscripciones y se borraron %2 contactos guardados sin cifrar; se reconstruyó el archivo de la base de datos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Public-key files (*.json);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivos de clave pública (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Wrote %1. On each table laptop choose it under Protect → Turn protection on → table laptop. Keep it within the group: it also holds the family key that authenticates bundles.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se escribió %1. En cada portátil de mesa, elígelo en Proteger → Activar la protección → portátil de mesa. Que no salga del grupo: también contiene la clave de familia que autentica los paquetes.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>On — locked. %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Activada — bloqueado. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On — unlocked. %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Activada — desbloqueado. %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The coordinator&apos;s public-key file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El archivo de clave pública de la coordinación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keys added</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se añadió ninguna clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New sign-ups are sealed to key %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las nuevas inscripciones se sellan con la clave %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new key</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Una clave nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New sign-ups will be sealed to a new key under the same passphrase; older ones stay readable. Afterwards, give the table laptops the new public-key file.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las nuevas inscripciones se sellarán con una clave nueva bajo la misma frase de contraseña; las anteriores se siguen pudiendo leer. Después, da a los portátiles de mesa el nuevo archivo de clave pública.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No new key</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No hay clave nueva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New active key %1. Save the public-key file again for the table laptops.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nueva clave activa %1. Vuelve a guardar el archivo de clave pública para los portátiles de mesa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 sealed sign-ups (%2 contacts).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se abrieron %1 inscripciones selladas (%2 contactos).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sealed sign-ups did not open (changed on disk or moved between rows); they are kept, not deleted:</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n inscripción sellada no se abrió (cambió en el disco o se movió entre filas); se conserva, no se borra:</numerusform>
            <numerusform>%n inscripciones selladas no se abrieron (cambiaron en el disco o se movieron entre filas); se conservan, no se borran:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every seal is intact.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todos los sellos están intactos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export a bundle for another kit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Exportar un paquete para otro kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Outreach Kit bundles (*.bundle);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Paquetes de Outreach Kit (*.bundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No bundle written</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se escribió ningún paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1: %2 events, %3 sign-ups (%4 sealed), %5 prints.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se escribió %1: %2 eventos, %3 inscripciones (%4 selladas), %5 impresiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1: %2 events, %3 sign-ups (%4 sealed), %5 prints. Not authenticated: this kit is not protected, so the receiving kit can only check that the file is undamaged.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se escribió %1: %2 eventos, %3 inscripciones (%4 selladas), %5 impresiones. Sin autenticar: este kit no está protegido, así que el kit que lo reciba solo puede comprobar que el archivo no está dañado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a bundle</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a bundle</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No es un paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an Outreach Kit bundle. For CSV files use Import… on the Contacts tab.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 no es un paquete de Outreach Kit. Para archivos CSV usa Importar… en la pestaña Contactos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing %1…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling… everything imported so far is taken back.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cancelando… todo lo importado hasta ahora se deshace.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing imported</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Imported %1: %2 new sign-ups, %3 already here, %4 new events, %5 prints.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se importó %1: %2 inscripciones nuevas, %3 que ya estaban, %4 eventos nuevos, %5 impresiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Purge</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Purgar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to purge</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nada que purgar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sign-up older than %1 days has been confirmed by every sync target (or seen by a full export), so nothing would be removed.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ninguna inscripción de más de %1 días ha sido confirmada por todos los destinos de sincronización (ni vista por una exportación completa), así que no se quitaría nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purge personal data</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Purgar datos personales</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove the personal data (names, emails, phones, postal codes, notes) of %n sign-up older than %1 days that are safely in every sync target or a full export? Counts, interests and consent answers stay. This cannot be undone.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>¿Quitar los datos personales (nombres, correos, teléfonos, códigos postales, notas) de %n inscripción de más de %1 días que ya está a salvo en todos los destinos de sincronización o en una exportación completa? Se conservan los recuentos, los intereses y las respuestas de consentimiento. No se puede deshacer.</numerusform>
            <numerusform>¿Quitar los datos personales (nombres, correos, teléfonos, códigos postales, notas) de %n inscripciones de más de %1 días que ya están a salvo en todos los destinos de sincronización o en una exportación completa? Se conservan los recuentos, los intereses y las respuestas de consentimiento. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove the personal data (names, emails, phones, postal codes, notes) of %n sign-ups older than %1 days that are safely in every sync target or a full export? Counts, interests and consent answers stay. This cannot be undone.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>¿Quitar los datos personales (nombres, correos, teléfonos, códigos postales, notas) de %n inscripción de más de %1 días que ya está a salvo en todos los destinos de sincronización o en una exportación completa? Se conservan los recuentos, los intereses y las respuestas de consentimiento. No se puede deshacer.</numerusform>
            <numerusform>¿Quitar los datos personales (nombres, correos, teléfonos, códigos postales, notas) de %n inscripciones de más de %1 días que ya están a salvo en todos los destinos de sincronización o en una exportación completa? Se conservan los recuentos, los intereses y las respuestas de consentimiento. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not purged</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se purgó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purged</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Purgado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the personal data of %1 sign-ups (%2 contacts).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se quitaron los datos personales de %1 inscripciones (%2 contactos).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the current PIN to change it</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe el PIN actual para cambiarlo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Turn kiosk mode on</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Activar el modo quiosco</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kiosk mode</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keys were destroyed (crypto-erase).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las claves se destruyeron (borrado criptográfico).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keys could not be overwritten (damaged database); the files were deleted.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se pudieron sobrescribir las claves (base de datos dañada); los archivos se borraron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1 files and folders.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se quitaron %1 archivos y carpetas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT removed (delete by hand):</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>NO se quitó (bórralo a mano):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What no program can guarantee:</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Lo que ningún programa puede garantizar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiped: Outreach Kit will close</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Borrado: Outreach Kit se cerrará</translation>
    </message>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="+23"/>
        <source>Protect the sign-ups on this laptop</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Proteger las inscripciones de este portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees may be at risk if their names reach the wrong hands. Protection seals each sign-up so that a lost or seized laptop shows nothing personal.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Los asistentes pueden correr peligro si sus nombres llegan a malas manos. La protección sella cada inscripción para que un portátil perdido o incautado no muestre nada personal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Protection is already on for this kit.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La protección ya está activada en este kit.</translation>
    </message>
</context>
<context>
    <name>ProtectionChoice</name>
    <message>
        <location filename="../../kit/ui/protect/setup.py" line="-125"/>
        <source>This is the coordinator&apos;s laptop: it reads the sign-ups, after a passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este es el portátil de la coordinación: lee las inscripciones, con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a table laptop: it collects sign-ups and can never read them</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este es un portátil de mesa: recoge inscripciones y nunca puede leerlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign-ups will be stored in clear on this laptop: anyone who gets hold of it can read every name, email and phone. You can turn protection on later in the volunteer area (Protect tab).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones se guardarán sin cifrar en este portátil: cualquiera que se haga con él puede leer todos los nombres, correos y teléfonos. Puedes activar la protección después en el área de voluntarios (pestaña Proteger).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose one of the three.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elige una de las tres opciones.</translation>
    </message>
</context>
<context>
    <name>PublicKeyFields</name>
    <message>
        <location line="-119"/>
        <source>This laptop will seal each sign-up to the coordinator&apos;s key and can never read them back, so a lost or seized table laptop gives nothing away. On the coordinator&apos;s laptop, save the public-key file (Volunteer area → Protect), bring it here on a USB stick, and choose it below.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este portátil sellará cada inscripción con la clave de la coordinación y nunca podrá volver a leerlas, así que un portátil de mesa perdido o incautado no revela nada. En el portátil de la coordinación, guarda el archivo de clave pública (Área de voluntarios → Proteger), tráelo aquí en una memoria USB y elígelo abajo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public-key file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivo de clave pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public-key file (public-key.json)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El archivo de clave pública (public-key.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinator&apos;s public-key file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El archivo de clave pública de la coordinación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public-key files (*.json);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivos de clave pública (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the public-key file first.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Primero elige el archivo de clave pública.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no file at %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
</context>
<context>
    <name>PublicKeyFile</name>
    <message>
        <location line="-195"/>
        <source>Save the public-key file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardar el archivo de clave pública</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public-key files (*.json);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivos de clave pública (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ReadingSection</name>
    <message>
        <location filename="../../kit/ui/content/lists.py" line="+48"/>
        <source>Kind of entry %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tipo de entrada %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../kit/ui/shell/recovery_dialog.py" line="+34"/>
        <source>Outreach Kit: the sign-up database is damaged</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Outreach Kit: la base de datos de inscripciones está dañada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-up database cannot be used as it is.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La base de datos de inscripciones no se puede usar tal como está.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite&apos;s check says: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La comprobación de SQLite dice: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The latest good backup is from %1, with %n sign-up. Sign-ups made after it are not in it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>La última copia de seguridad buena es del %1, con %n inscripción. Las inscripciones hechas después no están en ella.</numerusform>
            <numerusform>La última copia de seguridad buena es del %1, con %n inscripciones. Las inscripciones hechas después no están en ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The latest good backup is from %1, with %n sign-ups. Sign-ups made after it are not in it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>La última copia de seguridad buena es del %1, con %n inscripción. Las inscripciones hechas después no están en ella.</numerusform>
            <numerusform>La última copia de seguridad buena es del %1, con %n inscripciones. Las inscripciones hechas después no están en ella.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no good backup in %1. Ask whoever looks after the kit for help; do not delete anything.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No hay ninguna copia de seguridad buena en %1. Pide ayuda a quien se ocupa del kit; no borres nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file is not deleted: it is moved into %1, where it can still be examined.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El archivo dañado no se borra: se mueve a %1, donde todavía se puede examinar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore the latest good backup</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Restaurar la última copia de seguridad buena</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup could not be restored: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se pudo restaurar la copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../kit/ui/kiosk/pin_dialog.py" line="+22"/>
        <source>Set the kiosk PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Poner el PIN del quiosco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2 digits. Volunteers need it to open the volunteer area or quit while kiosk mode is on. Only a slow hash of it is stored; choose one that is not a birthday or 1234.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>De %1 a %2 cifras. Los voluntarios lo necesitan para abrir el área de voluntarios o salir mientras el modo quiosco está activo. Solo se guarda un hash lento del PIN; elige uno que no sea un cumpleaños ni 1234.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>New PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New PIN again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN nuevo otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Otra vez</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Poner PIN</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Los dos PIN no coinciden; escribe el mismo PIN dos veces.</translation>
    </message>
</context>
<context>
    <name>SetupGate</name>
    <message>
        <location filename="../../kit/ui/kiosk/window.py" line="-755"/>
        <source>Set-up is not finished</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La configuración no ha terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop takes sign-ups once set-up is done. A volunteer with the kiosk PIN can continue it now.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este portátil acepta inscripciones cuando termina la configuración. Un voluntario con el PIN del quiosco puede continuarla ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue set-up (kiosk PIN)…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Continuar la configuración (PIN del quiosco)…</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location line="+116"/>
        <source>Continue set-up</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Continuar la configuración</translation>
    </message>
</context>
<context>
    <name>SignupErrors</name>
    <message>
        <location filename="../../kit/ui/kiosk/signup_form.py" line="+74"/>
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
        <location line="+254"/>
        <source>optional</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="-253"/>
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
        <location line="+237"/>
        <source>I&apos;m interested in</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Me interesa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Interest: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Interés: %1</translation>
    </message>
    <message>
        <location line="-83"/>
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
        <location line="+88"/>
        <location line="+129"/>
        <location line="+17"/>
        <source>Sign up</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscribirme</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Saving…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Getting ready…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>We use your details only to keep you informed about our work. Leave the boxes unticked and we won&apos;t email or text you.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Usamos tus datos solo para mantenerte al tanto de nuestro trabajo. Si dejas las casillas sin marcar, no te enviaremos correos ni mensajes de texto.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../kit/ui/shell/first_run.py" line="-220"/>
        <source>Step %1 of %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kit/ui/sync/page.py" line="+62"/>
        <source>no email consent and no phone</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>sin consentimiento de correo y sin teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no email consent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>sin consentimiento de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent rules</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>reglas de consentimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Omitidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Fallidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tries</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last try</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Último intento</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is paused: %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 está en pausa: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sign-up will go to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n inscripción irá a %1</numerusform>
            <numerusform>%n inscripciones irán a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sign-ups will go to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n inscripción irá a %1</numerusform>
            <numerusform>%n inscripciones irán a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing new to send to %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nada nuevo que enviar a %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n skipped (%1)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n omitida (%1)</numerusform>
            <numerusform>%n omitidas (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n need a look first</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n necesita una revisión primero</numerusform>
            <numerusform>%n necesitan una revisión primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>removals to pass on: %n</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>bajas por transmitir: %n</numerusform>
            <numerusform>bajas por transmitir: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.</source>
        <comment>the end of a dry-run line</comment>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n sent</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n enviada</numerusform>
            <numerusform>%n enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not sent (consent)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n sin enviar (consentimiento)</numerusform>
            <numerusform>%n sin enviar (consentimiento)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (see the list below)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n fallida (mira la lista de abajo)</numerusform>
            <numerusform>%n fallidas (mira la lista de abajo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n still waiting</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n sigue en espera</numerusform>
            <numerusform>%n siguen en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>removals passed on: %n</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>bajas transmitidas: %n</numerusform>
            <numerusform>bajas transmitidas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>removals still to pass on: %n</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>bajas por transmitir: %n</numerusform>
            <numerusform>bajas por transmitir: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sincronización cancelada: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished: %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sincronización terminada: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rest waits for the next sync.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>El resto espera a la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to sync: no target is turned on.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nada que sincronizar: no hay ningún destino activado.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign-ups wait on this laptop until you sync. Nothing leaves it before you press Sync now (or, once keys are entered, while the app retries quietly every few minutes).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones esperan en este portátil hasta que sincronices. Nada sale de él antes de que pulses Sincronizar ahora (o, una vez escritas las claves, mientras la aplicación reintenta discretamente cada pocos minutos).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where sign-ups go</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Adónde van las inscripciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync targets</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Destinos de sincronización</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <source>Turn off</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Remove…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter a new key…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribir una clave nueva…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>What the next sync sends</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Qué envía la próxima sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Sync now</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync progress</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%v de %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+17"/>
        <source>Sign-ups the service refused</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones que el servicio rechazó</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Fix the contact on the Contacts tab (or the target&apos;s settings), then Retry. Select rows to retry only those.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Corrige el contacto en la pestaña Contactos (o la configuración del destino) y luego pulsa Reintentar. Selecciona filas para reintentar solo esas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+176"/>
        <source>Retry all</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Reintentar todo</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Paused: key rejected</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>En pausa: clave rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(the service&apos;s usual address)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(la dirección habitual del servicio)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No target yet. Add one (Action Network, Mailchimp or a webhook) to send sign-ups there.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Todavía no hay destino. Añade uno (Action Network, Mailchimp o un webhook) para enviarle las inscripciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is turned off: nothing goes there.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 está desactivado: no se le envía nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ %1: Key rejected — enter a new key. (%2) Its sign-ups wait until then.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ %1: clave rechazada — escribe una clave nueva. (%2) Sus inscripciones esperan hasta entonces.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no name)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-ups the service refused (%1)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones que el servicio rechazó (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups the service refused: none</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones que el servicio rechazó: ninguna</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Turn on</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Activar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retry %1 selected</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Reintentar las %1 seleccionadas</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Added %1: %n sign-up queued for it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Se añadió %1: %n inscripción en cola para él.</numerusform>
            <numerusform>Se añadió %1: %n inscripciones en cola para él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Added %1: %n sign-ups queued for it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Se añadió %1: %n inscripción en cola para él.</numerusform>
            <numerusform>Se añadió %1: %n inscripciones en cola para él.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not changed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sin cambios</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 is on: %n more sign-up queued for it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 está activado: %n inscripción más en cola para él.</numerusform>
            <numerusform>%1 está activado: %n inscripciones más en cola para él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 is on: %n more sign-ups queued for it.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 está activado: %n inscripción más en cola para él.</numerusform>
            <numerusform>%1 está activado: %n inscripciones más en cola para él.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is off: its sign-ups stay queued and go when you turn it on again.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 está desactivado: sus inscripciones siguen en cola y se envían cuando lo vuelvas a activar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove sync target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quitar destino de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1? Its queue and its key are deleted. Sign-ups already sent stay at the service; nothing is deleted there.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¿Quitar %1? Se borran su cola y su clave. Las inscripciones ya enviadas se quedan en el servicio; allí no se borra nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not removed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se quitó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is kept in this computer&apos;s keyring.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se guarda en el llavero de este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is kept in memory only, until the app closes.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Solo se guarda en memoria, hasta que se cierre la aplicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the key. Enter a new %2.
%3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 rechazó la clave. Escribe una nueva: %2.
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the %1 for %2.
%3</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe %1 para %2.
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key for %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Clave para %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Key not saved</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No se guardó la clave</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No target to sync to: add one, turn one on, or enter a new key for a paused one.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No hay destino con el que sincronizar: añade uno, activa uno o escribe una clave nueva para uno en pausa.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Syncing…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling… the sign-up being sent finishes first.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Cancelando… primero termina la inscripción que se está enviando.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tried again in the background: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se reintentó en segundo plano: %1</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../kit/ui/content/lists.py" line="-156"/>
        <source>The list %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>La lista %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 of at most %2</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 de %2 como máximo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n fit on the handouts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>Como máximo cabe %n en los materiales impresos</numerusform>
            <numerusform>Como máximo caben %n en los materiales impresos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../kit/ui/sync/target_dialog.py" line="+39"/>
        <source>Action Network: each sign-up becomes (or updates) a person, tagged with the event and interests. Key: Start Organizing → Details → API &amp; Sync.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Action Network: cada inscripción crea (o actualiza) una persona, etiquetada con el evento y los intereses. Clave: Start Organizing → Details → API &amp; Sync.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailchimp: people who agreed to email join one audience, tagged with the event and interests. Key: Profile → Extras → API keys; audience id: Audience → Settings.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Mailchimp: quienes aceptaron recibir correos se suman a una audiencia, etiquetados con el evento y los intereses. Clave: Profile → Extras → API keys; id de la audiencia: Audience → Settings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Webhook: each sign-up is POSTed as JSON to your own server, signed by the Standard Webhooks scheme (give a whsec_… secret; any Standard Webhooks library verifies it).</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Webhook: cada inscripción se envía con POST como JSON a tu propio servidor, firmada según el esquema Standard Webhooks (da un secreto whsec_…; cualquier biblioteca de Standard Webhooks la verifica).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leave empty: it comes from the key (…-us21)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Déjalo vacío: se toma de la clave (…-us21)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit sync target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Editar destino de sincronización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a sync target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Añadir un destino de sincronización</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of target</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tipo de destino</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+28"/>
        <source>Name</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Address (URL)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Dirección (URL)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Mailchimp audience id</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Id de la audiencia de Mailchimp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience (list) id</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Id de la audiencia (lista)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CA certificate file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivo de certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a server with a self-signed certificate</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Solo para un servidor con un certificado autofirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CA file</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Archivo de la CA</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>It is kept in this computer&apos;s keyring.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Se guarda en el llavero de este ordenador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no keyring: the key is kept in memory until the app closes, and the app asks again next time.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Este ordenador no tiene llavero: la clave se guarda en memoria hasta que se cierre la aplicación, que la volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to keep the current one</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Déjalo vacío para conservar la actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CA certificate</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the %1 first.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe primero: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Testing…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Probando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not connected: %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Sin conexión: %1</translation>
    </message>
</context>
<context>
    <name>ThankYouPanel</name>
    <message>
        <location filename="../../kit/ui/kiosk/window.py" line="-192"/>
        <source>Thank you! You&apos;re signed up.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>¡Gracias! Ya estás inscrito/a.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We will email and text you about our events and actions, as you asked.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Te enviaremos correos electrónicos y mensajes de texto sobre nuestros eventos y acciones, como pediste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We will email you about our events and actions, as you asked.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Te enviaremos correos electrónicos sobre nuestros eventos y acciones, como pediste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We will text you about our events and actions, as you asked.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Te enviaremos mensajes de texto sobre nuestros eventos y acciones, como pediste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We won&apos;t email or text you. You are welcome at our table any time.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>No te enviaremos correos ni mensajes de texto. Siempre eres bienvenido/a en nuestra mesa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your details are saved and no longer on this screen. It is ready for the next person in a moment.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Tus datos están guardados y ya no aparecen en esta pantalla. En un momento estará lista para la siguiente persona.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kit/ui/protect/unlock_dialog.py" line="+40"/>
        <source>Unlock sign-ups</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desbloquear inscripciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-ups on this kit are sealed. Enter the coordinator&apos;s passphrase to read them; they stay in memory only and lock again when the kit sits idle.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Las inscripciones de este kit están selladas. Escribe la frase de contraseña de la coordinación para leerlas; solo quedan en la memoria y se vuelven a bloquear cuando el kit está inactivo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-ups opened</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Inscripciones abiertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opening sign-ups…</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Abriendo las inscripciones…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 sign-ups opened</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 de %2 inscripciones abiertas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some sign-ups did not open</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Algunas inscripciones no se abrieron</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sealed sign-ups did not open (changed on disk or moved between rows). They are kept, not deleted:

%1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n inscripción sellada no se abrió (cambió en el disco o se movió entre filas). Se conserva, no se borra:

%1</numerusform>
            <numerusform>%n inscripciones selladas no se abrieron (cambiaron en el disco o se movieron entre filas). Se conservan, no se borran:

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
        <translation>Área de voluntarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the sign-up form</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Volver al formulario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contacts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Events</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handouts</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Impresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Envíos</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <location filename="../../kit/ui/protect/page.py" line="-600"/>
        <source>Emergency wipe</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Borrado de emergencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This destroys the keys, then overwrites and deletes every sign-up, backup, log and the campaign folder on this laptop, and closes the app. There is no undo. Sign-ups not yet synced or carried off in a bundle are lost.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Esto destruye las claves, luego sobrescribe y borra todas las inscripciones, copias de seguridad, registros y la carpeta de la campaña de este portátil, y cierra la aplicación. No se puede deshacer. Las inscripciones que aún no se sincronizaron ni se sacaron en un paquete se pierden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Kiosk PIN</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1 to confirm</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe %1 para confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Escribe %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wipe this laptop</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Borrar este portátil</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ Too many wrong PINs. Try again in %1.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ Demasiados PIN incorrectos. Vuelve a intentarlo en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Wrong PIN. Nothing was wiped.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>⚠ PIN incorrecto. No se borró nada.</translation>
    </message>
</context>
<context>
    <name>_WordingBox</name>
    <message>
        <location filename="../../kit/ui/content/signup.py" line="-82"/>
        <source>%1 — translation</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 — traducción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — the form&apos;s own language</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1 — el idioma propio del formulario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: the form shows the English sentence</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Vacío: el formulario muestra la frase en inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email consent sentence, %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Frase de consentimiento para correos, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message consent sentence, %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Frase de consentimiento para mensajes de texto, %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email box</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Casilla de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message box</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Casilla de mensajes de texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Privacy line under the form, %1</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Línea de privacidad bajo el formulario, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the form shows the line in the form&apos;s own language</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Vacío: el formulario muestra la línea en su propio idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sees the details, where they go, and how to be removed</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Quién ve los datos, adónde van y cómo darse de baja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privacy line</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Línea de privacidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewed by a native speaker</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Revisado por un hablante nativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: reviewed by a native speaker</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>%1: revisado por un hablante nativo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note about the %1 translation</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nota sobre la traducción al %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Checked by Sara, May 2025</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>p. ej. Revisado por Sara, mayo de 2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reviewed: a native speaker has checked these sentences and the interest labels.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Revisado: un hablante nativo comprobó estas frases y las etiquetas de los intereses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not reviewed yet: ask a native speaker to read these sentences and the interest labels, correct them, then tick the box.</source>
        <translatorcomment>Machine/AI translation, not reviewed by a native speaker.</translatorcomment>
        <translation>Aún sin revisar: pide a un hablante nativo que lea estas frases y las etiquetas de los intereses, que las corrija y luego marque la casilla.</translation>
    </message>
</context>
</TS>
