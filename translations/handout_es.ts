<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArgumentSplitter</name>
    <message>
        <source>a backslash ends the line</source>
        <translation>la línea termina con una barra invertida</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>hay unas comillas sin cerrar</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <source>PEMAT-P: understandability %1 %, actionability %2 %</source>
        <translation>PEMAT-P: comprensibilidad %1 %, aplicabilidad %2 %</translation>
    </message>
    <message>
        <source>CDC Clear Communication Index: %1 (passes at 90; items left to a person: %2)</source>
        <translation>Índice de Comunicación Clara de los CDC: %1 (se aprueba con 90; elementos que requieren una persona: %2)</translation>
    </message>
    <message>
        <source>Rating of item %1</source>
        <translation>Valoración del elemento %1</translation>
    </message>
    <message>
        <source>Needs a person</source>
        <translation>Requiere una persona</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Health-literacy checklists</source>
        <translation>Listas de comprobación de alfabetización en salud</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear this field</source>
        <translation>Borrar este campo</translation>
    </message>
</context>
<context>
    <name>ComposerActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>B</source>
        <comment>toolbar button for bold</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Cursiva</translation>
    </message>
    <message>
        <source>I</source>
        <comment>toolbar button for italic</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Subrayado</translation>
    </message>
    <message>
        <source>U</source>
        <comment>toolbar button for underline</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Bulleted &amp;list</source>
        <translation>Lista con &amp;viñetas</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Lista nu&amp;merada</translation>
    </message>
    <message>
        <source>&amp;Clear formatting</source>
        <translation>&amp;Borrar formato</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Párrafo</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Título &amp;1</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Título &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Título &amp;3</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Estilo de párrafo</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+0 to Ctrl+3)</source>
        <translation>Estilo de párrafo (Ctrl+0 a Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
</context>
<context>
    <name>ComposerEditor</name>
    <message>
        <source>Handout text</source>
        <translation>Texto de la hoja informativa</translation>
    </message>
</context>
<context>
    <name>ContentTranslation</name>
    <message>
        <source>line is not &apos;key: value&apos;</source>
        <translation>la línea no tiene la forma «clave: valor»</translation>
    </message>
    <message>
        <source>method &apos;%1&apos; must be one of: %2</source>
        <translation>el valor «%1» de «method» debe ser uno de estos: %2</translation>
    </message>
    <message>
        <source>&apos;reviewed&apos; must be a date written YYYY-MM-DD</source>
        <translation>«reviewed» debe ser una fecha escrita como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Sección: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>Title of an audience preset</source>
        <translation>Título de un perfil predefinido de público</translation>
    </message>
    <message>
        <source>Who the preset is for</source>
        <translation>A quién va dirigido el perfil predefinido</translation>
    </message>
    <message>
        <source>Key safety point, printed in every summary it fits</source>
        <translation>Punto clave de seguridad; se imprime en todos los resúmenes a los que corresponde</translation>
    </message>
    <message>
        <source>Printed on handouts. Keep {placeholders} as they are.</source>
        <translation>Se imprime en las hojas informativas. Deje tal cual los marcadores entre {llaves}.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>«%1» tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>Glossary term, then the other forms it takes in the text, comma-separated. The first is printed in the “Words to know” box; every form is searched for in the handout.</source>
        <translation>Término del glosario y después las otras formas que adopta en el texto, separadas por comas. La primera se imprime en el recuadro «Palabras que conviene conocer»; todas se buscan en la hoja informativa.</translation>
    </message>
    <message>
        <source>Definition of “%1”: plain words, at most %2.</source>
        <translation>Definición de «%1»: palabras sencillas, %2 como máximo.</translation>
    </message>
    <message>
        <source>Teach-back question for the section “%1”: the clinician asks it, the patient answers in their own words. Keep it to what the section says.</source>
        <translation>Pregunta de comprobación (teach-back) de la sección «%1»: la hace el clínico y el paciente responde con sus propias palabras. Cíñase a lo que dice la sección.</translation>
    </message>
    <message>
        <source>The article&apos;s title: the title of a handout of the whole article. Citations keep the title as published.</source>
        <translation>El título del artículo: el título de una hoja informativa de todo el artículo. Las citas mantienen el título tal como se publicó.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Autosave</source>
        <translation>Guardado automático</translation>
    </message>
    <message>
        <source>The recovery folder “%1” cannot be used, so unsaved work is not autosaved.</source>
        <translation>No se puede usar la carpeta de recuperación «%1», por lo que el trabajo no guardado no se guarda automáticamente.</translation>
    </message>
    <message>
        <source>Restore Unsaved Handout</source>
        <translation>Restaurar hoja informativa no guardada</translation>
    </message>
    <message>
        <source>Handout Composer did not close normally. A handout with unsaved changes was autosaved on %1.

Restore it?</source>
        <translation>Handout Composer no se cerró correctamente. Una hoja informativa con cambios sin guardar se guardó automáticamente el %1.

¿Desea restaurarla?</translation>
    </message>
    <message>
        <source>Save the changes to this handout first?</source>
        <translation>¿Desea guardar primero los cambios de esta hoja informativa?</translation>
    </message>
    <message>
        <source>New Handout</source>
        <translation>Nueva hoja informativa</translation>
    </message>
    <message>
        <source>Open Handout</source>
        <translation>Abrir hoja informativa</translation>
    </message>
    <message>
        <source>The handout could not be opened:
%1</source>
        <translation>No se pudo abrir la hoja informativa:
%1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened with this content:

%2</source>
        <translation>«%1» no se puede abrir con este contenido:

%2</translation>
    </message>
    <message>
        <source>The content has changed since “%1” was saved:

%2

The handout keeps the wording it was saved with; the safety review lists the passages that now differ.</source>
        <translation>El contenido ha cambiado desde que se guardó «%1»:

%2

La hoja informativa conserva la redacción con la que se guardó; la revisión de seguridad enumera los pasajes que ahora son diferentes.</translation>
    </message>
    <message>
        <source>“%1” is a handout in “%2”; choose that handout language first.</source>
        <translation>«%1» es una hoja informativa en «%2»; elija primero ese idioma para la hoja informativa.</translation>
    </message>
    <message>
        <source>Save Handout</source>
        <translation>Guardar hoja informativa</translation>
    </message>
    <message>
        <source>The handout was not saved: %1</source>
        <translation>No se guardó la hoja informativa: %1</translation>
    </message>
    <message>
        <source>Template name (the lists show templates by this name):</source>
        <translation>Nombre de la plantilla (las listas muestran las plantillas con este nombre):</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>La plantilla no se guardó: %1</translation>
    </message>
    <message>
        <source>The autosave was not restored and has been kept:
%1</source>
        <translation>No se restauró el guardado automático y se ha conservado:
%1</translation>
    </message>
    <message>
        <source>The handout was restored, but could not be autosaved again; the old autosave has been kept:
%1</source>
        <translation>La hoja informativa se restauró, pero no se pudo guardar automáticamente de nuevo; se ha conservado el guardado automático anterior:
%1</translation>
    </message>
    <message>
        <source>“%1” is a handout in plain language; choose the plain-language wording first.</source>
        <translation>«%1» es una hoja informativa en lenguaje sencillo; elija primero la redacción en lenguaje sencillo.</translation>
    </message>
    <message>
        <source>“%1” is a handout in the article&apos;s wording; choose that wording first.</source>
        <translation>«%1» es una hoja informativa con la redacción del artículo; elija primero esa redacción.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Handouts (*.handout)</source>
        <translation>Hojas informativas (*.handout)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Remove empty box</source>
        <translation>Quitar el recuadro vacío</translation>
    </message>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Restaurar la redacción del artículo</translation>
    </message>
    <message>
        <source>Page size US Letter</source>
        <translation>Tamaño de página Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Page size A4</source>
        <translation>Tamaño de página A4</translation>
    </message>
    <message>
        <source>Large print on</source>
        <translation>Letra grande activada</translation>
    </message>
    <message>
        <source>Large print off</source>
        <translation>Letra grande desactivada</translation>
    </message>
    <message>
        <source>Change language to %1</source>
        <translation>Cambiar el idioma a %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n section(s)</source>
        <translation>
            <numerusform>Añadir %n sección</numerusform>
            <numerusform>Añadir %n secciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n section(s)</source>
        <translation>
            <numerusform>Quitar %n sección</numerusform>
            <numerusform>Quitar %n secciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Mover la sección</translation>
    </message>
    <message>
        <source>Choose sections</source>
        <translation>Elegir secciones</translation>
    </message>
    <message>
        <source>Add the safety summary</source>
        <translation>Añadir el resumen de seguridad</translation>
    </message>
    <message>
        <source>Remove the safety summary</source>
        <translation>Quitar el resumen de seguridad</translation>
    </message>
    <message>
        <source>Add notes</source>
        <translation>Añadir notas</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Cambiar el título</translation>
    </message>
    <message>
        <source>Change patient details</source>
        <translation>Cambiar los datos del paciente</translation>
    </message>
    <message>
        <source>Change clinic details</source>
        <translation>Cambiar los datos de la clínica</translation>
    </message>
    <message>
        <source>Change wording to plain language</source>
        <translation>Cambiar la redacción a lenguaje sencillo</translation>
    </message>
    <message>
        <source>Change wording to the article&apos;s</source>
        <translation>Volver a la redacción del artículo</translation>
    </message>
    <message>
        <source>Words to know box on</source>
        <translation>Recuadro «Palabras que conviene conocer» activado</translation>
    </message>
    <message>
        <source>Words to know box off</source>
        <translation>Recuadro «Palabras que conviene conocer» desactivado</translation>
    </message>
    <message>
        <source>Rate checklist item %1: %2</source>
        <translation>Valorar el elemento %1: %2</translation>
    </message>
    <message>
        <source>Teach-back questions on</source>
        <translation>Preguntas de comprobación activadas</translation>
    </message>
    <message>
        <source>Teach-back questions off</source>
        <translation>Preguntas de comprobación desactivadas</translation>
    </message>
    <message>
        <source>Confirm removed or edited safety passages</source>
        <translation>Confirmar los pasajes de seguridad eliminados o editados</translation>
    </message>
    <message>
        <source>No page target</source>
        <translation>Sin objetivo de páginas</translation>
    </message>
    <message>
        <source>Page target %1</source>
        <translation>Objetivo de páginas: %1</translation>
    </message>
</context>
<context>
    <name>HandoutOutput</name>
    <message>
        <source>Safety Review</source>
        <translation>Revisión de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>Before you %1, the safety review has %n point(s) to check:

%2

Continue anyway?</source>
        <translation>
            <numerusform>Antes de %1, la revisión de seguridad tiene %n punto que comprobar:

%2

¿Desea continuar de todos modos?</numerusform>
            <numerusform>Antes de %1, la revisión de seguridad tiene %n puntos que comprobar:

%2

¿Desea continuar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>export this handout</source>
        <translation>exportar esta hoja informativa</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>The handout was not exported: %1</source>
        <translation>No se exportó la hoja informativa: %1</translation>
    </message>
    <message>
        <source>print this handout</source>
        <translation>imprimir esta hoja informativa</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Imprimir hoja informativa</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The handout was not printed: %1</source>
        <translation>No se imprimió la hoja informativa: %1</translation>
    </message>
    <message>
        <source>preview and print this handout</source>
        <translation>previsualizar e imprimir esta hoja informativa</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>HandoutRecorder</name>
    <message>
        <source>Record of Handouts Given</source>
        <translation>Registro de hojas informativas entregadas</translation>
    </message>
    <message>
        <source>The handout was printed, but it was not recorded: %1</source>
        <translation>La hoja informativa se imprimió, pero no se registró: %1</translation>
    </message>
    <message>
        <source>The PDF was written, but it was not recorded: %1</source>
        <translation>El PDF se escribió, pero no se registró: %1</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Given &amp;since:</source>
        <translation>Entregadas &amp;desde:</translation>
    </message>
    <message>
        <source>Only those with &amp;changed passages</source>
        <translation>Solo las que tienen pasajes &amp;cambiados</translation>
    </message>
    <message>
        <source>&amp;Open as New Handout</source>
        <translation>&amp;Abrir como hoja informativa nueva</translation>
    </message>
    <message>
        <source>&amp;Print Again…</source>
        <translation>&amp;Imprimir de nuevo…</translation>
    </message>
    <message>
        <source>History of Handouts Given</source>
        <translation>Historial de hojas informativas entregadas</translation>
    </message>
    <message>
        <source>Given since</source>
        <translation>Entregadas desde</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Referencia del paciente</translation>
    </message>
    <message>
        <source>Handouts holding a passage whose text the content has corrected since, or that it no longer has.</source>
        <translation>Hojas informativas con un pasaje cuyo texto se ha corregido desde entonces en el contenido, o que el contenido ya no tiene.</translation>
    </message>
    <message>
        <source>Given (UTC)</source>
        <translation>Entregada (UTC)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Changed passages</source>
        <translation>Pasajes cambiados</translation>
    </message>
    <message>
        <source>Handouts given</source>
        <translation>Hojas informativas entregadas</translation>
    </message>
    <message>
        <source>The record cannot be read: %1</source>
        <translation>No se puede leer el registro: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Handouts with passages changed since: %1</source>
        <translation>Hojas informativas con pasajes cambiados desde entonces: %1</translation>
    </message>
    <message>
        <source>Handouts given: %1</source>
        <translation>Hojas informativas entregadas: %1</translation>
    </message>
    <message>
        <source>The recorded handout cannot be read: %1</source>
        <translation>No se puede leer la hoja informativa registrada: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exported to %1</source>
        <translation>Exportada a %1</translation>
    </message>
    <message>
        <source>Applied the preset “%1”. Edit &gt; Undo brings back the previous selection.</source>
        <translation>Se aplicó el perfil predefinido «%1». Editar &gt; Deshacer recupera la selección anterior.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New Handout</source>
        <translation>&amp;Nueva hoja informativa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>&amp;Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>L&amp;arge Print (18 pt)</source>
        <translation>Letra &amp;grande (18 pt)</translation>
    </message>
    <message>
        <source>Pa&amp;ge Setup</source>
        <translation>Con&amp;figurar página</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All Text</source>
        <translation>Seleccionar todo el te&amp;xto</translation>
    </message>
    <message>
        <source>Select All &amp;Sections</source>
        <translation>Seleccionar todas las &amp;secciones</translation>
    </message>
    <message>
        <source>Select &amp;No Sections</source>
        <translation>No seleccionar ni&amp;nguna sección</translation>
    </message>
    <message>
        <source>Add &amp;Notes from Your Care Team</source>
        <translation>Añadir notas de su &amp;equipo de atención</translation>
    </message>
    <message>
        <source>Include Safety and Supervision &amp;Summary</source>
        <translation>Incluir el resu&amp;men de seguridad y supervisión</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;About Handout Composer</source>
        <translation>&amp;Acerca de Handout Composer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Patient and Follow-up</source>
        <translation>Paciente y seguimiento</translation>
    </message>
    <message>
        <source>Safety Review</source>
        <translation>Revisión de seguridad</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Untitled handout</source>
        <translation>Hoja informativa sin título</translation>
    </message>
    <message>
        <source>Handout Composer</source>
        <translation>Handout Composer</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Handout Composer</source>
        <translation>Cerrar Handout Composer</translation>
    </message>
    <message>
        <source>Remove the Safety Summary</source>
        <translation>Quitar el resumen de seguridad</translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary puts the risks and the need for medical supervision where no reader can miss them. Remove it from this handout?</source>
        <translation>El resumen «Seguridad y supervisión» sitúa los riesgos y la necesidad de supervisión médica donde ningún lector puede pasarlos por alto. ¿Desea quitarlo de esta hoja informativa?</translation>
    </message>
    <message>
        <source>About Handout Composer</source>
        <translation>Acerca de Handout Composer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;Builds patient-education handouts from a vetted source article.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; “%2”, by %3 (%4), %5, %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;Content version %8, reviewed %9, next review due %10.&lt;/p&gt;&lt;p&gt;Handouts are for education only and are not a substitute for professional medical advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handout Composer %1&lt;/h3&gt;&lt;p&gt;Crea hojas informativas de educación para pacientes a partir de un artículo fuente verificado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fuente:&lt;/b&gt; «%2», de %3 (%4), %5, %6.&lt;/p&gt;&lt;p&gt;%7&lt;/p&gt;&lt;p&gt;Versión del contenido %8, revisada el %9; próxima revisión prevista el %10.&lt;/p&gt;&lt;p&gt;Las hojas informativas tienen fines exclusivamente educativos y no sustituyen el consejo médico profesional.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use Template</source>
        <translation>Usar plantilla</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open Handout</source>
        <translation>Abrir hoja informativa</translation>
    </message>
    <message>
        <source>Handout Language</source>
        <translation>Idioma de la hoja informativa</translation>
    </message>
    <message>
        <source>The sections are rebuilt from the translated text, so changes you made inside them are not kept. Change the handout language?</source>
        <translation>Las secciones se reconstruyen a partir del texto traducido, por lo que no se conservan los cambios que haya hecho en ellas. ¿Desea cambiar el idioma de la hoja informativa?</translation>
    </message>
    <message>
        <source>The translation cannot be used:
%1</source>
        <translation>No se puede usar la traducción:
%1</translation>
    </message>
    <message>
        <source>&amp;Manage Templates…</source>
        <translation>&amp;Administrar plantillas…</translation>
    </message>
    <message>
        <source>Reading Level</source>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <source>&amp;History of Handouts Given…</source>
        <translation>&amp;Historial de hojas informativas entregadas…</translation>
    </message>
    <message>
        <source>Handout Wording</source>
        <translation>Redacción de la hoja informativa</translation>
    </message>
    <message>
        <source>The sections are rebuilt in the other wording, so changes you made inside them are not kept. Change the wording?</source>
        <translation>Las secciones se reconstruyen con la otra redacción, así que no se conservan los cambios que hizo en ellas. ¿Cambiar la redacción?</translation>
    </message>
    <message>
        <source>Include “&amp;Words to Know” Box</source>
        <translation>Incluir el recuadro «&amp;Palabras que conviene conocer»</translation>
    </message>
    <message>
        <source>Print the glossary terms the handout uses, with their plain definitions</source>
        <translation>Imprimir los términos del glosario que usa la hoja informativa, con sus definiciones sencillas</translation>
    </message>
    <message>
        <source>Print the teach-back questions of the chosen sections, with room for the patient&apos;s answers</source>
        <translation>Imprimir las preguntas de comprobación de las secciones elegidas, con espacio para las respuestas del paciente</translation>
    </message>
    <message>
        <source>Include “Check Your Understanding” &amp;Questions</source>
        <translation>Incluir &amp;preguntas «Compruebe lo que ha entendido»</translation>
    </message>
    <message>
        <source>Page &amp;Target…</source>
        <translation>&amp;Objetivo de páginas…</translation>
    </message>
    <message>
        <source>Restore Unsaved Handout</source>
        <translation>Restaurar hoja informativa no guardada</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1 is installed: spelling is not checked in it.</source>
        <translation>No hay ningún diccionario ortográfico instalado para %1: no se revisa la ortografía en ese idioma.</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <source>The word was not added: %1</source>
        <translation>No se añadió la palabra: %1</translation>
    </message>
    <message>
        <source>&amp;Translation Coverage…</source>
        <translation>&amp;Cobertura de las traducciones…</translation>
    </message>
    <message>
        <source>The content pack “%1” is the corrected version %2 from %3, in place of the built-in version %4.</source>
        <translation>El paquete de contenido «%1» es la versión corregida %2 de %3, en lugar de la versión integrada %4.</translation>
    </message>
    <message>
        <source>Content Pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <source>The content pack cannot be used:
%1</source>
        <translation>No se puede usar el paquete de contenido:
%1</translation>
    </message>
    <message>
        <source>New handout from the content pack “%1”.</source>
        <translation>Nueva hoja informativa del paquete de contenido «%1».</translation>
    </message>
</context>
<context>
    <name>PackMenu</name>
    <message>
        <source>Content Pac&amp;k</source>
        <translation>Paquete de conteni&amp;do</translation>
    </message>
    <message>
        <source>Version %1, built in</source>
        <translation>Versión %1, integrada</translation>
    </message>
    <message>
        <source>Version %1, from %2</source>
        <translation>Versión %1, de %2</translation>
    </message>
</context>
<context>
    <name>PageBudgetBanner</name>
    <message>
        <source>%1 (%2 p.)</source>
        <translation>%1 (%2 pág.)</translation>
    </message>
    <message numerus="yes">
        <source>This handout has %n page(s), over its target of %1.</source>
        <translation>
            <numerusform>Este folleto tiene %n página, más que su objetivo de %1.</numerusform>
            <numerusform>Este folleto tiene %n páginas, más que su objetivo de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>To fit, you could leave out: %1.</source>
        <translation>Para ajustarlo, podría omitir: %1.</translation>
    </message>
    <message>
        <source>Even leaving out all of these would not be enough: %1.</source>
        <translation>Ni siquiera omitiendo todas estas bastaría: %1.</translation>
    </message>
    <message>
        <source>Sections with a risk or supervision passage are never suggested.</source>
        <translation>Nunca se sugieren las secciones con un pasaje sobre riesgos o supervisión.</translation>
    </message>
    <message>
        <source>Every section in it has a risk or supervision passage, and those are never suggested.</source>
        <translation>Todas sus secciones tienen un pasaje sobre riesgos o supervisión, y esas nunca se sugieren.</translation>
    </message>
    <message>
        <source>It has no section that could be left out.</source>
        <translation>No tiene ninguna sección que se pueda omitir.</translation>
    </message>
    <message>
        <source>Nothing is left out unless you do it.</source>
        <translation>No se omite nada a menos que usted lo haga.</translation>
    </message>
</context>
<context>
    <name>PageCostDelegate</name>
    <message>
        <source>%1 p.</source>
        <translation>%1 pág.</translation>
    </message>
</context>
<context>
    <name>PageStatus</name>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), over the target of %1</source>
        <translation>
            <numerusform>%n página, más que el objetivo de %1</numerusform>
            <numerusform>%n páginas, más que el objetivo de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), target %1</source>
        <translation>
            <numerusform>%n página, objetivo %1</numerusform>
            <numerusform>%n páginas, objetivo %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, large print</source>
        <translation>%1, letra grande</translation>
    </message>
    <message>
        <source>Page tar&amp;get:</source>
        <translation>Ob&amp;jetivo de páginas:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Page target</source>
        <translation>Objetivo de páginas</translation>
    </message>
    <message>
        <source>The number of pages this handout should keep to. Going over shows a warning with sections you could leave out; nothing is removed by itself.</source>
        <translation>El número de páginas que este folleto no debería superar. Si lo supera, aparece un aviso con secciones que podría omitir; nada se quita por sí solo.</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>the page size is not supported by this device</source>
        <translation>este dispositivo no admite el tamaño de página</translation>
    </message>
    <message>
        <source>could not start painting on the output</source>
        <translation>no se pudo empezar a dibujar en la salida</translation>
    </message>
    <message>
        <source>could not start page %1</source>
        <translation>no se pudo empezar la página %1</translation>
    </message>
    <message>
        <source>could not finish the output</source>
        <translation>no se pudo terminar la salida</translation>
    </message>
</context>
<context>
    <name>PassageMenu</name>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Restaurar la redacción del artículo</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PersonalDictionary</name>
    <message>
        <source>a word list</source>
        <translation>una lista de palabras</translation>
    </message>
    <message>
        <source>“%1” is not one word</source>
        <translation>«%1» no es una sola palabra</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>no se puede crear la carpeta «%1»</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PersonalizationForm</name>
    <message>
        <source>Handout &amp;title:</source>
        <translation>Títu&amp;lo de la hoja informativa:</translation>
    </message>
    <message>
        <source>Title printed at the top</source>
        <translation>Título impreso en la parte superior</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>Name as it should be printed</source>
        <translation>Nombre tal como debe imprimirse</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>&amp;Clinician:</source>
        <translation>Profesional &amp;clínico:</translation>
    </message>
    <message>
        <source>Who prepared the handout</source>
        <translation>Quién preparó la hoja informativa</translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation>Pró&amp;xima cita:</translation>
    </message>
    <message>
        <source>Day and time</source>
        <translation>Día y hora</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>Who to call with questions</source>
        <translation>A quién llamar si tiene preguntas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Use today&apos;s date</source>
        <translation>Usar la fecha de hoy</translation>
    </message>
    <message>
        <source>Printed as typed. Patient details stay in this handout only.</source>
        <translation>Se imprime tal como se escribe. Los datos del paciente se guardan solo en esta hoja informativa.</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>partly translated</source>
        <translation>traducción parcial</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>traducción sin revisar</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>traducción revisada</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>no utilizable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation>I&amp;dioma de la hoja informativa:</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de la hoja informativa</translation>
    </message>
    <message>
        <source>The language the handout is printed in, whatever the language of the menus.</source>
        <translation>El idioma en el que se imprime la hoja informativa, independientemente del idioma de los menús.</translation>
    </message>
    <message>
        <source>Patient &amp;reference:</source>
        <translation>&amp;Referencia del paciente:</translation>
    </message>
    <message>
        <source>Chart number, for the record only</source>
        <translation>Número de historia clínica, solo para el registro</translation>
    </message>
    <message>
        <source>Not printed. Kept as typed in the record of handouts given, so the clinic can find what a patient was given. Never type the patient&apos;s name here.</source>
        <translation>No se imprime. Se guarda tal como se escribe en el registro de hojas informativas entregadas, para que la clínica pueda encontrar lo que se entregó a un paciente. No escriba nunca aquí el nombre del paciente.</translation>
    </message>
    <message>
        <source>Plain language</source>
        <translation>Lenguaje sencillo</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>&amp;Redacción:</translation>
    </message>
    <message>
        <source>Article wording</source>
        <translation>Redacción del artículo</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Print the article&apos;s own sentences, or its plain-language adaptation. Plain language is not available in every handout language.</source>
        <translation>Imprimir las frases del propio artículo o su adaptación en lenguaje sencillo. El lenguaje sencillo no está disponible en todos los idiomas de la hoja informativa.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Clinic profile (printed on every handout)</source>
        <translation>Perfil de la clínica (se imprime en todas las hojas informativas)</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>After hours or &amp;crisis line:</source>
        <translation>Línea fuera de &amp;horario o de crisis:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>After hours or crisis line</source>
        <translation>Línea fuera de horario o de crisis</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervalo de guardado automático en segundos</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Guardar automáticamente cada:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Default page size</source>
        <translation>Tamaño de página predeterminado</translation>
    </message>
    <message>
        <source>Default page &amp;size:</source>
        <translation>Tamaño de &amp;página predeterminado:</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>Nivel de lectura</translation>
    </message>
    <message>
        <source>Target school grade</source>
        <translation>Curso escolar objetivo</translation>
    </message>
    <message>
        <source>Warning above school grade</source>
        <translation>Aviso por encima del curso escolar</translation>
    </message>
    <message>
        <source>&amp;Target grade:</source>
        <translation>Curso &amp;objetivo:</translation>
    </message>
    <message>
        <source>&amp;Warn above grade:</source>
        <translation>&amp;Avisar por encima del curso:</translation>
    </message>
    <message>
        <source>&amp;Record every PDF export and print</source>
        <translation>&amp;Registrar cada exportación a PDF e impresión</translation>
    </message>
    <message>
        <source>Record of handouts given</source>
        <translation>Registro de hojas informativas entregadas</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Este equipo (SQLite)</translation>
    </message>
    <message>
        <source>Leave empty to keep the record on this computer, or give the clinic&apos;s server as postgresql://user@host:port/database. HANDOUT_DATABASE, when set, takes precedence.</source>
        <translation>Déjelo vacío para guardar el registro en este equipo, o indique el servidor de la clínica como postgresql://usuario@servidor:puerto/base. HANDOUT_DATABASE, si está definida, tiene prioridad.</translation>
    </message>
    <message>
        <source>Record database</source>
        <translation>Base de datos del registro</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Default page target for new handouts</source>
        <translation>Objetivo de páginas predeterminado para folletos nuevos</translation>
    </message>
    <message>
        <source>Default page tar&amp;get:</source>
        <translation>Ob&amp;jetivo de páginas predeterminado:</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
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
        <translation>Componga hojas informativas para pacientes a partir de artículos fuente verificados.</translation>
    </message>
    <message>
        <source>Start with the sections of an audience preset.</source>
        <translation>Empezar con las secciones de un perfil predefinido de público.</translation>
    </message>
    <message>
        <source>The built-in content could not be loaded:
%1</source>
        <translation>No se pudo cargar el contenido integrado:
%1</translation>
    </message>
    <message>
        <source>Content packs skipped</source>
        <translation>Paquetes de contenido omitidos</translation>
    </message>
    <message>
        <source>These content packs were not loaded, and are not used:

%1</source>
        <translation>Estos paquetes de contenido no se cargaron y no se usan:

%1</translation>
    </message>
    <message>
        <source>Use this interface language (en, es, fr, de, ar).</source>
        <translation>Usar este idioma de interfaz (en, es, fr, de, ar).</translation>
    </message>
    <message>
        <source>Handout files to open. A window holds one handout: only the first file opens.</source>
        <translation>Archivos de hojas informativas que abrir. Una ventana contiene una hoja informativa: solo se abre el primer archivo.</translation>
    </message>
    <message>
        <source>Only the first file named was opened: a window holds one handout.</source>
        <translation>Solo se abrió el primer archivo indicado: una ventana contiene una hoja informativa.</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>%1 words a sentence</source>
        <translation>%1 palabras por frase</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>curso %1</translation>
    </message>
    <message>
        <source>ease %1</source>
        <translation>facilidad %1</translation>
    </message>
    <message>
        <source>Flesch-Kincaid grade %1</source>
        <translation>Flesch-Kincaid, curso %1</translation>
    </message>
    <message>
        <source>SMOG grade %1</source>
        <translation>SMOG, curso %1</translation>
    </message>
    <message>
        <source>Flesch reading ease %1</source>
        <translation>Facilidad de lectura de Flesch %1</translation>
    </message>
    <message>
        <source>Fernández-Huerta %1</source>
        <translation>Fernández-Huerta %1</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>muy difícil</translation>
    </message>
    <message>
        <source>somewhat hard</source>
        <translation>algo difícil</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>bastante fácil</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>muy fácil</translation>
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
        <translation>Wiener Sachtextformel, curso %1</translation>
    </message>
    <message>
        <source>No text to measure yet.</source>
        <translation>Todavía no hay texto que medir.</translation>
    </message>
    <message>
        <source>%1 words a sentence; %2 % long words. No validated readability formula exists for this language, so no grade is shown.</source>
        <translation>%1 palabras por frase; %2 % de palabras largas. No existe una fórmula de legibilidad validada para este idioma, así que no se muestra ningún curso.</translation>
    </message>
    <message>
        <source>Target: grade %1 or lower.</source>
        <translation>Objetivo: curso %1 o inferior.</translation>
    </message>
    <message>
        <source>The last change did not move the level.</source>
        <translation>El último cambio no ha movido el nivel.</translation>
    </message>
    <message>
        <source>The last change moved the level by %1 (%2).</source>
        <translation>El último cambio ha movido el nivel %1 (%2).</translation>
    </message>
    <message>
        <source>harder</source>
        <translation>más difícil</translation>
    </message>
    <message>
        <source>easier</source>
        <translation>más fácil</translation>
    </message>
    <message>
        <source>Edit the text to see how each change moves the level.</source>
        <translation>Edite el texto para ver cómo cada cambio mueve el nivel.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s): %1</source>
        <translation>
            <numerusform>%n palabra: %1</numerusform>
            <numerusform>%n palabras: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading level by section (%n above the warning level)</source>
        <translation>
            <numerusform>Nivel de lectura por sección (%n por encima del nivel de aviso)</numerusform>
            <numerusform>Nivel de lectura por sección (%n por encima del nivel de aviso)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 times)</source>
        <translation>%1 (%2 veces)</translation>
    </message>
    <message>
        <source>Acronyms never spelled out: %1</source>
        <translation>Siglas nunca desarrolladas: %1</translation>
    </message>
    <message>
        <source>Long words the glossary does not define: %1</source>
        <translation>Palabras largas que el glosario no define: %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Longest sentences</source>
        <translation>Frases más largas</translation>
    </message>
    <message>
        <source>Jargon</source>
        <translation>Jerga</translation>
    </message>
    <message>
        <source>Reading level by section</source>
        <translation>Nivel de lectura por sección</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>recorded handout</source>
        <translation>hoja informativa registrada</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder “%1”</source>
        <translation>no se puede crear la carpeta de recuperación «%1»</translation>
    </message>
    <message>
        <source>cannot lock “%1”</source>
        <translation>no se puede bloquear «%1»</translation>
    </message>
    <message>
        <source>the recovery folder is not open</source>
        <translation>la carpeta de recuperación no está abierta</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>la carpeta «%1» no existe</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist (“%1” is a file, not a folder)</source>
        <translation>la carpeta «%1» no existe («%1» es un archivo, no una carpeta)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>cannot make it private: %1</source>
        <translation>no se puede hacer privado: %1</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>it is a device, pipe or socket, not a regular file, and is never replaced</source>
        <translation>es un dispositivo, una tubería o un socket, no un archivo normal, y nunca se reemplaza</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>✓ Every risk and supervision passage of the selected sections is in the handout, unchanged, and the safety summary is present.</source>
        <translation>✓ Todos los pasajes sobre riesgos y supervisión de las secciones seleccionadas están en la hoja informativa, sin cambios, y el resumen de seguridad está presente.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) to check before printing:</source>
        <translation>
            <numerusform>%n punto que comprobar antes de imprimir:</numerusform>
            <numerusform>%n puntos que comprobar antes de imprimir:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk passage(s)</source>
        <translation>
            <numerusform>%n pasaje sobre riesgos</numerusform>
            <numerusform>%n pasajes sobre riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision passage(s)</source>
        <translation>
            <numerusform>%n pasaje sobre supervisión</numerusform>
            <numerusform>%n pasajes sobre supervisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>risk or supervision passages</comment>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety findings</source>
        <translation>Observaciones de seguridad</translation>
    </message>
    <message>
        <source>Put the safety summary back</source>
        <translation>Volver a poner el resumen de seguridad</translation>
    </message>
    <message>
        <source>Restore the article&apos;s wording</source>
        <translation>Restaurar la redacción del artículo</translation>
    </message>
    <message>
        <source>In the text, yellow marks a translation not yet reviewed; orange, a passage shown in the source language.</source>
        <translation>En el texto, el amarillo indica una traducción aún no revisada; el naranja, un pasaje mostrado en el idioma de origen.</translation>
    </message>
    <message>
        <source>✓ Confirmed on %1: %2</source>
        <translation>✓ Confirmado el %1: %2</translation>
    </message>
    <message>
        <source>✓ Confirmed by %1 on %2: %3</source>
        <translation>✓ Confirmado por %1 el %2: %3</translation>
    </message>
    <message>
        <source>✓ Nothing left to check. The clinician confirmed the removed or edited passages below.</source>
        <translation>✓ No queda nada por revisar. El profesional confirmó los pasajes eliminados o editados que siguen.</translation>
    </message>
</context>
<context>
    <name>SafetyReview</name>
    <message>
        <source>No section is selected yet.</source>
        <translation>Todavía no hay ninguna sección seleccionada.</translation>
    </message>
    <message>
        <source>The “Safety and supervision” summary has been removed.</source>
        <translation>Se ha quitado el resumen «Seguridad y supervisión».</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>riesgos</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>supervisión</translation>
    </message>
    <message>
        <source>A %1 passage was removed from “%2”.</source>
        <translation>Se ha quitado de «%2» un pasaje sobre %1.</translation>
    </message>
    <message>
        <source>A %1 passage in “%2” was edited.</source>
        <translation>Se ha editado un pasaje sobre %1 en «%2».</translation>
    </message>
    <message>
        <source>A %1 passage in “%2” is no longer in its box.</source>
        <translation>Un pasaje sobre %1 en «%2» ya no está en su recuadro.</translation>
    </message>
    <message>
        <source>None of the selected sections calls for medical guidance or supervision.</source>
        <translation>Ninguna de las secciones seleccionadas requiere orientación ni supervisión médicas.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are translations that no one has reviewed yet.</source>
        <translation>
            <numerusform>%n texto de esta hoja informativa es una traducción que nadie ha revisado todavía.</numerusform>
            <numerusform>%n textos de esta hoja informativa son traducciones que nadie ha revisado todavía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the source language because their translation is missing or out of date.</source>
        <translation>
            <numerusform>%n texto se muestra en el idioma de origen porque falta su traducción o está desactualizada.</numerusform>
            <numerusform>%n textos se muestran en el idioma de origen porque falta su traducción o está desactualizada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) in this handout are in a plain-language wording that no one has reviewed yet.</source>
        <translation>
            <numerusform>%n texto de esta hoja informativa está en una redacción en lenguaje sencillo que nadie ha revisado aún.</numerusform>
            <numerusform>%n textos de esta hoja informativa están en una redacción en lenguaje sencillo que nadie ha revisado aún.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are shown in the article&apos;s wording because their plain-language wording is missing or out of date.</source>
        <translation>
            <numerusform>%n texto se muestra con la redacción del artículo porque falta su versión en lenguaje sencillo o está desactualizada.</numerusform>
            <numerusform>%n textos se muestran con la redacción del artículo porque falta su versión en lenguaje sencillo o está desactualizada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The handout gives no crisis line and no number to call: add them in the clinic profile or the contact.</source>
        <translation>La hoja informativa no da ninguna línea de crisis ni ningún número al que llamar: añádalos en el perfil de la clínica o en el contacto.</translation>
    </message>
    <message>
        <source>Every text of the plain-language wording is marked done, but its .info file names no reviewer, so the handout says it has not been reviewed.</source>
        <translation>Todos los textos de la versión en lenguaje sencillo están marcados como terminados, pero su archivo .info no nombra a ningún revisor, así que la hoja dice que no se ha revisado.</translation>
    </message>
    <message>
        <source>Every translated text is marked done, but the translation&apos;s .info file names no reviewer, so the handout says it has not been reviewed.</source>
        <translation>Todos los textos traducidos están marcados como terminados, pero el archivo .info de la traducción no nombra a ningún revisor, así que la hoja dice que no se ha revisado.</translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <source>Audience &amp;preset:</source>
        <translation>Perfil predefinido de pú&amp;blico:</translation>
    </message>
    <message>
        <source>Choose who the handout is for…</source>
        <translation>Elija a quién va dirigida la hoja informativa…</translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation>Perfil predefinido de público</translation>
    </message>
    <message>
        <source>Filter sections by title or text…</source>
        <translation>Filtrar secciones por título o texto…</translation>
    </message>
    <message>
        <source>Filter sections</source>
        <translation>Filtrar secciones</translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation>Secciones del artículo</translation>
    </message>
    <message>
        <source>Check a section to put it in the handout.</source>
        <translation>Marque una sección para incluirla en la hoja informativa.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todas</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>No seleccionar &amp;ninguna</translation>
    </message>
    <message>
        <source>In this handout, in order:</source>
        <translation>En esta hoja informativa, por orden:</translation>
    </message>
    <message>
        <source>Sections in the handout, in order</source>
        <translation>Secciones de la hoja informativa, por orden</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Alt+Up and Alt+Down.</source>
        <translation>Arrastre para reordenar, o use Alt+Flecha arriba y Alt+Flecha abajo.</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Subir la sección</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Bajar la sección</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message numerus="yes">
        <source>%n passage(s) on risks</source>
        <translation>
            <numerusform>%n pasaje sobre riesgos</numerusform>
            <numerusform>%n pasajes sobre riesgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) on medical supervision</source>
        <translation>
            <numerusform>%n pasaje sobre supervisión médica</numerusform>
            <numerusform>%n pasajes sobre supervisión médica</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections of the article</source>
        <translation>Secciones del artículo</translation>
    </message>
</context>
<context>
    <name>SelectedSectionsModel</name>
    <message>
        <source>About %1 pages on paper</source>
        <translation>Unas %1 páginas en papel</translation>
    </message>
</context>
<context>
    <name>SpellingHighlighter</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>no template is named “%1” and there is no such file (see &apos;handout-cli templates&apos;)</source>
        <translation>ninguna plantilla se llama «%1» y no existe ese archivo (vea &apos;handout-cli templates&apos;)</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Una plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>A template name can be at most %1 characters long.</source>
        <translation>El nombre de una plantilla puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>There is already a template named “%1”.</source>
        <translation>Ya existe una plantilla llamada «%1».</translation>
    </message>
    <message>
        <source>cannot create the templates folder “%1”</source>
        <translation>no se puede crear la carpeta de plantillas «%1»</translation>
    </message>
    <message>
        <source>cannot delete “%1”: %2</source>
        <translation>no se puede eliminar «%1»: %2</translation>
    </message>
    <message>
        <source>is a handout, not a template</source>
        <translation>es una hoja informativa, no una plantilla</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Manage Templates</source>
        <translation>Administrar plantillas</translation>
    </message>
    <message>
        <source>&amp;Templates (chosen from the preset list of the Sections panel):</source>
        <translation>&amp;Plantillas (se eligen en la lista de selecciones del panel Secciones):</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Handout title: %1
File: %2</source>
        <translation>Título de la hoja: %1
Archivo: %2</translation>
    </message>
    <message>
        <source>New name for the template “%1”:</source>
        <translation>Nuevo nombre para la plantilla «%1»:</translation>
    </message>
    <message>
        <source>Rename Template</source>
        <translation>Cambiar nombre de la plantilla</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>¿Eliminar la plantilla «%1»? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>TranslationCoverageDialog</name>
    <message>
        <source>Translation Coverage</source>
        <translation>Cobertura de las traducciones</translation>
    </message>
    <message>
        <source>Content translations of “%1”. Choose a number to list its texts.</source>
        <translation>Traducciones del contenido de «%1». Elija un número para ver sus textos.</translation>
    </message>
    <message>
        <source>These files could not be read:</source>
        <translation>No se pudieron leer estos archivos:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1, plain wording</source>
        <translation>%1, lenguaje sencillo</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>built into the program</source>
        <translation>integrado en el programa</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Translator: %1 · Method: %2 · Reviewer: %3</source>
        <translation>Traductor: %1 · Método: %2 · Revisor: %3</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>Translated from: %1
Now: %2</source>
        <translation>Traducido de: %1
Ahora: %2</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>article title</source>
        <translation>título del artículo</translation>
    </message>
    <message>
        <source>section title</source>
        <translation>título de sección</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>pasaje</translation>
    </message>
    <message>
        <source>safety point</source>
        <translation>punto de seguridad</translation>
    </message>
    <message>
        <source>fixed text</source>
        <translation>texto fijo</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>glosario</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>perfil predefinido</translation>
    </message>
    <message>
        <source>teach-back</source>
        <translation>comprobación de comprensión</translation>
    </message>
    <message>
        <source>professional translation</source>
        <translation>traducción profesional</translation>
    </message>
    <message>
        <source>back-translated</source>
        <translation>con retrotraducción</translation>
    </message>
    <message>
        <source>draft translation</source>
        <translation>traducción en borrador</translation>
    </message>
</context>
<context>
    <name>TranslationLibrary</name>
    <message>
        <source>the file says its language is “%1”, but its name says “%2”</source>
        <translation>el archivo indica que su idioma es «%1», pero su nombre indica «%2»</translation>
    </message>
    <message>
        <source>no translation into “%1”</source>
        <translation>no hay traducción a «%1»</translation>
    </message>
    <message>
        <source>no plain-language wording of this pack</source>
        <translation>este paquete no tiene una redacción en lenguaje sencillo</translation>
    </message>
    <message>
        <source>no plain-language wording in “%1” (plain language is available in: %2)</source>
        <translation>no hay redacción en lenguaje sencillo en «%1» (el lenguaje sencillo está disponible en: %2)</translation>
    </message>
</context>
<context>
    <name>TsCatalog</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>not a Qt Linguist file: the root element is &lt;%1&gt;, not &lt;TS&gt;</source>
        <translation>no es un archivo de Qt Linguist: el elemento raíz es &lt;%1&gt;, no &lt;TS&gt;</translation>
    </message>
    <message>
        <source>plural messages are not used in content translations</source>
        <translation>los mensajes con plural no se usan en las traducciones de contenido</translation>
    </message>
    <message>
        <source>a message has no context name</source>
        <translation>un mensaje no tiene nombre de contexto</translation>
    </message>
    <message>
        <source>the message “%1” has no id (its &lt;comment&gt;)</source>
        <translation>el mensaje «%1» no tiene identificador (su &lt;comment&gt;)</translation>
    </message>
    <message>
        <source>the id “%1” appears twice in context “%2” (first on line %3)</source>
        <translation>el identificador «%1» aparece dos veces en el contexto «%2» (la primera vez, en la línea %3)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formado: %1</translation>
    </message>
    <message>
        <source>not a Qt Linguist file: no &lt;TS&gt; element</source>
        <translation>no es un archivo de Qt Linguist: no hay ningún elemento &lt;TS&gt;</translation>
    </message>
    <message>
        <source>the file declares XML entities, which translation files never use</source>
        <translation>el archivo declara entidades XML, que los archivos de traducción nunca usan</translation>
    </message>
    <message>
        <source>a message holds a text of more than %1 characters</source>
        <translation>un mensaje contiene un texto de más de %1 caracteres</translation>
    </message>
    <message>
        <source>the texts add up to more than %1 characters</source>
        <translation>los textos suman más de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>XliffCatalog</name>
    <message>
        <source>the file declares XML entities, which translation files never use</source>
        <translation>el archivo declara entidades XML, que los archivos de traducción nunca usan</translation>
    </message>
    <message>
        <source>not an XLIFF file: the root element is &lt;%1&gt;, not &lt;xliff&gt;</source>
        <translation>no es un archivo XLIFF: el elemento raíz es &lt;%1&gt;, no &lt;xliff&gt;</translation>
    </message>
    <message>
        <source>XLIFF version %1 is not read: ask for XLIFF 1.2</source>
        <translation>la versión %1 de XLIFF no se lee: pida XLIFF 1.2</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formado: %1</translation>
    </message>
    <message>
        <source>not an XLIFF file: no &lt;file&gt; element</source>
        <translation>no es un archivo XLIFF: no hay ningún elemento &lt;file&gt;</translation>
    </message>
    <message>
        <source>a &lt;file&gt; translates into “%1”, an earlier one into “%2”</source>
        <translation>un &lt;file&gt; traduce al «%1» y uno anterior al «%2»</translation>
    </message>
    <message>
        <source>a unit holds a text of more than %1 characters</source>
        <translation>una unidad contiene un texto de más de %1 caracteres</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds the markup &lt;%2&gt;: content translations are plain text</source>
        <translation>&lt;%1&gt; contiene el marcado &lt;%2&gt;: las traducciones de contenido son texto sin formato</translation>
    </message>
    <message>
        <source>the texts add up to more than %1 characters</source>
        <translation>los textos suman más de %1 caracteres</translation>
    </message>
    <message>
        <source>the unit “%1” does not say which text it translates: it needs a group with a resname (the context) and a resname or gettext context (the id)</source>
        <translation>la unidad «%1» no dice qué texto traduce: necesita un grupo con resname (el contexto) y un resname o un contexto gettext (el identificador)</translation>
    </message>
    <message>
        <source>a unit&apos;s id is longer than %1 characters</source>
        <translation>el identificador de una unidad tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the id “%1” appears twice in context “%2” (first on line %3)</source>
        <translation>el identificador «%1» aparece dos veces en el contexto «%2» (la primera vez, en la línea %3)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
</context>
</TS>
