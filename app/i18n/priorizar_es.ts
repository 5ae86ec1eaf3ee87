<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcceptabilityPage</name>
    <message>
        <location filename="../ui/robustness/acceptability.py" line="+132"/>
        <source>uniform: any weights</source>
        <translation>uniforme: cualquier peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>around the current weights</source>
        <translation>alrededor de los pesos actuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between the groups&apos; weights</source>
        <translation>entre los pesos de los grupos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sampling:</source>
        <translation>&amp;Muestreo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sp&amp;read (±):</source>
        <translation>Mar&amp;gen (±):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sam&amp;ples:</source>
        <translation>Mues&amp;tras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;eed:</source>
        <translation>Semi&amp;lla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met&amp;hod:</source>
        <translation>Mét&amp;odo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;un</source>
        <translation>Calc&amp;ular</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The data or weights changed: run again to update these results.</source>
        <translation>Los datos o los pesos cambiaron: calcule de nuevo para actualizar estos resultados.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{method}: probability of each place over {samples} weight samples ({mode}), seed {seed}. The same seed gives the same numbers.</source>
        <translation>{method}: probabilidad de cada puesto en {samples} muestras de pesos ({mode}), semilla {seed}. La misma semilla da los mismos números.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top {k}</source>
        <translation>Primeros {k}</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../ui/shell/autosave.py" line="+102"/>
        <location line="+3"/>
        <source>Autosave failed: %s</source>
        <translation>No se pudo hacer el guardado automático: %s</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Untitled workshop</source>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>On {time}, Priorizar closed without saving, but the recovered workshop cannot be read: {problem}

Delete the recovery file?</source>
        <translation>El {time}, Priorizar se cerró sin guardar, pero el taller recuperado no se puede leer: {problem}

¿Borrar el archivo de recuperación?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On {time}, Priorizar closed without saving. Recover the workshop “{title}”?</source>
        <translation>El {time}, Priorizar se cerró sin guardar. ¿Recuperar el taller “{title}”?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recover unsaved work</source>
        <translation>Recuperar el trabajo no guardado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../ui/editors/data_editor.py" line="+464"/>
        <source>— (missing)</source>
        <translation>— (sin dato)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>CellProblemsDialog</name>
    <message>
        <location filename="../ui/dialogs/cell_problems_dialog.py" line="+96"/>
        <location line="+22"/>
        <source>Cells that cannot be read</source>
        <translation>Celdas que no se pueden leer</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Some cells of “%s” hold values that Priorizar cannot read: %d in all, each listed below with what it may hold. Open the record with these cells empty (no data) and type their values in the Data tab (the file itself changes only when you save), or cancel and correct the file in the spreadsheet.</source>
        <translation>Algunas celdas de “%s” tienen valores que Priorizar no puede leer: %d en total, cada una en la lista de abajo con lo que puede contener. Abra el registro con estas celdas vacías (sin dato) y escriba sus valores en la pestaña Datos (el archivo solo cambia cuando usted guarde), o cancele y corrija el archivo en la hoja de cálculo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the first %d of %d cells are listed.</source>
        <translation>Solo se muestran las primeras %d de %d celdas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it may hold</source>
        <translation>Qué puede contener</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open with these cells empty</source>
        <translation>&amp;Abrir con estas celdas vacías</translation>
    </message>
</context>
<context>
    <name>CommunityImportDialog</name>
    <message>
        <location filename="../ui/dialogs/community_import_dialog.py" line="+256"/>
        <source>Import communities from %s</source>
        <translation>Importar comunidades de %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Communities are named in column:</source>
        <translation>Las &amp;comunidades se nombran en la columna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region in column:</source>
        <translation>&amp;Región en la columna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which criterion each column &amp;fills</source>
        <translation>Qué criterio &amp;llena cada columna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What becomes of it</source>
        <translation>Qué pasa con ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New criterion&apos;s name</source>
        <translation>Nombre del criterio nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(no region column)</source>
        <translation>(sin columna de región)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(community names)</source>
        <translation>(nombres de las comunidades)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(regions)</source>
        <translation>(regiones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— ignore this column —</source>
        <translation>— ignorar esta columna —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Add as a new criterion</source>
        <translation>+ Agregar como criterio nuevo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>↑ More is better</source>
        <translation>↑ Más es mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ Less is better</source>
        <translation>↓ Menos es mejor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels (ordinal)</source>
        <translation>Niveles verbales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes/no (gate)</source>
        <translation>Sí/no (condición obligatoria)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names the communities</source>
        <translation>Nombra a las comunidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The communities&apos; regions (for the quotas)</source>
        <translation>La región de cada comunidad (para las cuotas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added as a new criterion</source>
        <translation>Se agrega como criterio nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>levels, lowest first: %s</source>
        <translation>niveles, del más bajo al más alto: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fills the criterion</source>
        <translation>Llena el criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported: choose its criterion or a new one</source>
        <translation>No se importa: elija su criterio o uno nuevo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 new community</source>
        <translation>1 comunidad nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d new communities</source>
        <translation>%d comunidades nuevas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 updated</source>
        <translation>1 actualizada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%d updated</source>
        <translation>%d actualizadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 new criterion</source>
        <translation>1 criterio nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%d new criteria</source>
        <translation>%d criterios nuevos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No problems: the communities can be imported.</source>
        <translation>Sin problemas: las comunidades se pueden importar.</translation>
    </message>
</context>
<context>
    <name>ComparisonProjector</name>
    <message>
        <location filename="../ui/pairwise/projector.py" line="+269"/>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparisons of {group}</source>
        <translation>Comparaciones de {group}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a group to answer its comparisons: the combined weights have no answers of their own.</source>
        <translation>Elija un grupo para responder sus comparaciones: los pesos combinados no tienen respuestas propias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to compare: at least two criteria with weights.</source>
        <translation>No hay nada que comparar: hacen falta al menos dos criterios con peso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{answered} of {total} answered</source>
        <translation>{answered} de {total} respondidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which matters more for choosing the communities, and how much more?</source>
        <translation>¿Qué importa más para elegir las comunidades, y cuánto más?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Answered: {answer}</source>
        <translation>Respondido: {answer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{answer}   (answered: {before}; Enter changes it)</source>
        <translation>{answer}   (respondido: {before}; Intro lo cambia)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{answer}   (not answered yet; Enter records it)</source>
        <translation>{answer}   (aún sin responder; Intro lo registra)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>← → move on the scale · Enter answer · Page Down skip · Page Up back · Delete remove the answer · Ctrl+Z undo · Esc close</source>
        <translation>← → moverse en la escala · Intro responder · Av Pág saltar · Re Pág volver · Supr quitar la respuesta · Ctrl+Z deshacer · Esc cerrar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Weights these answers give</source>
        <translation>Pesos que dan estas respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weights show once the answers link every criterion.</source>
        <translation>Los pesos aparecen cuando las respuestas enlazan todos los criterios.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Priorizar: comparisons</source>
        <translation>Priorizar: comparaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the comparisons</source>
        <translation>Cerrar las comparaciones</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../ui/editors/criteria_editor.py" line="+351"/>
        <source>Add criterion</source>
        <translation>Agregar criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove criterion</source>
        <translation>Quitar criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name (Spanish):</source>
        <translation>Nombre (castellano):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (English):</source>
        <translation>Nombre (inglés):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (Spanish):</source>
        <translation>Descripción (castellano):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (English):</source>
        <translation>Descripción (inglés):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Levels:</source>
        <translation>Nivele&amp;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening:</source>
        <translation>Umbral de descarte:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>numeric</source>
        <translation>numérico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbal levels</source>
        <translation>niveles verbales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no gate</source>
        <translation>condición obligatoria (sí/no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>communities compared pairwise</source>
        <translation>comunidades comparadas por pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more is better (↑ max)</source>
        <translation>más es mejor (↑ máx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less is better (↓ min)</source>
        <translation>menos es mejor (↓ mín)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One level a line, from the lowest to the highest, as “Spanish | English”, e.g. “bajo | low”. The direction says which end is better.</source>
        <translation>Un nivel por línea, del más bajo al más alto, como “español | inglés”, p. ej. “bajo | low”. La dirección indica qué extremo es mejor.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>A verbal criterion needs at least two levels, one a line, lowest first.</source>
        <translation>Un criterio verbal necesita al menos dos niveles, uno por línea, el más bajo primero.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>lowest acceptable</source>
        <translation>mínimo aceptable</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>A&amp;pply</source>
        <translation>Ap&amp;licar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>K&amp;ind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direc&amp;tion:</source>
        <translation>Pre&amp;ferencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit (Spanish):</source>
        <translation>&amp;Unidad (castellano):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit (English):</source>
        <translation>Unidad (inglés):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>highest acceptable</source>
        <translation>máximo aceptable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A community below this value is screened out, whatever the weights.</source>
        <translation>Una comunidad por debajo de este valor queda descartada, sin importar los pesos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A community above this value is screened out, whatever the weights.</source>
        <translation>Una comunidad por encima de este valor queda descartada, sin importar los pesos.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Give the criterion a name, in Spanish or in English.</source>
        <translation>Póngale un nombre al criterio, en castellano o en inglés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The lowest acceptable value ({low}) is above the highest ({high}).</source>
        <translation>El valor mínimo aceptable ({low}) es mayor que el máximo ({high}).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing to apply: the criterion is unchanged.</source>
        <translation>Nada que aplicar: el criterio no ha cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Criterion updated.</source>
        <translation>Criterio actualizado.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n value(s) did not fit the new definition and are now missing.</source>
        <translation>
            <numerusform>%n valor no encaja en la nueva definición y ahora falta.</numerusform>
            <numerusform>%n valores no encajan en la nueva definición y ahora faltan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added “{name}”: describe it and press Apply.</source>
        <translation>Se agregó “{name}”: descríbalo y presione Aplicar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation>Se quitó “{name}”; se puede recuperar con Deshacer.</translation>
    </message>
</context>
<context>
    <name>CriteriaListModel</name>
    <message>
        <location line="-469"/>
        <source>yes/no gate</source>
        <translation>obligatorio: sí/no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ min</source>
        <translation>↓ mín</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↑ max</source>
        <translation>↑ máx</translation>
    </message>
</context>
<context>
    <name>CriterionComparisons</name>
    <message>
        <location filename="../ui/pairwise/criterion_comparisons.py" line="+102"/>
        <source>Criterio&amp;n:</source>
        <translation>C&amp;riterio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the communities &amp;pairwise</source>
        <translation>Comparar las comunidades &amp;por pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the &amp;default priorities</source>
        <translation>Usar las prioridades por &amp;defecto</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no weighted criterion yet.</source>
        <translation>Todavía no hay ningún criterio con peso.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Compare the levels of {criterion} two at a time: their priorities score the communities in AHP (the best level counts 1).</source>
        <translation>Compare los niveles de {criterion} de dos en dos: sus prioridades puntúan a las comunidades en AHP (el mejor nivel vale 1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{criterion} is measured with numbers. The communities can be compared two at a time under it instead; their values are then the priorities of the comparisons.</source>
        <translation>{criterion} se mide con números. En su lugar, las comunidades pueden compararse de dos en dos según este criterio; sus valores serán entonces las prioridades de las comparaciones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The communities are compared two at a time under {criterion}; the priorities of the answers are its values (the best community has 1).</source>
        <translation>Las comunidades se comparan de dos en dos según {criterion}; las prioridades de las respuestas son sus valores (la mejor comunidad tiene 1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} communities make {pairs} pairs: {needed} well-chosen answers already give priorities; follow the suggested questions.</source>
        <translation>{count} comunidades forman {pairs} pares: {needed} respuestas bien elegidas ya dan prioridades; siga las preguntas sugeridas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The levels&apos; priorities come from these comparisons.</source>
        <translation>Las prioridades de los niveles vienen de estas comparaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The levels take the default priorities (evenly spaced).</source>
        <translation>Los niveles usan las prioridades por defecto (a intervalos iguales).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The levels&apos; priorities were set in the criterion.</source>
        <translation>Las prioridades de los niveles se fijaron en el criterio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How much better is the level “{a}” than “{b}”?</source>
        <translation>¿Cuánto mejor es el nivel «{a}» que «{b}»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under {criterion}, how much better is {a} than {b}?</source>
        <translation>Según {criterion}, ¿cuánto mejor está {a} que {b}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Compare pairwise</source>
        <translation>Comparar por pares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} communities make {pairs} pairs to compare under {criterion}; {needed} well-chosen answers already give priorities. Its numbers are replaced by the priorities (Undo brings them back). Compare pairwise anyway?</source>
        <translation>{count} comunidades forman {pairs} pares que comparar según {criterion}; {needed} respuestas bien elegidas ya dan prioridades. Sus números se reemplazan por las prioridades (Deshacer los recupera). ¿Comparar por pares de todos modos?</translation>
    </message>
</context>
<context>
    <name>DataEditor</name>
    <message>
        <location filename="../ui/editors/data_editor.py" line="+149"/>
        <source>Add community</source>
        <translation>Agregar comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove community</source>
        <translation>Quitar comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename community</source>
        <translation>Renombrar comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Missing values:</source>
        <translation>&amp;Si falta un dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exclude the community</source>
        <translation>descartar la comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count as the worst value</source>
        <translation>contar como el peor valor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type a value or press F2 to edit; empty means missing. “3,5” and “3.5” both work.</source>
        <translation>Escriba un valor o presione F2 para editar; vacío quiere decir sin dato. Sirven “3,5” y “3.5”.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+3"/>
        <source>New community {number}</source>
        <translation>Nueva comunidad {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added “{name}”: type its name.</source>
        <translation>Se agregó “{name}”: escriba su nombre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation>Se quitó “{name}”; se puede recuperar con Deshacer.</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <location line="-529"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes/no gate</source>
        <translation>obligatorio: sí/no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compared pairwise</source>
        <translation>comparado por pares</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>↓ min</source>
        <translation>↓ mín</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes/no gate: a “No” screens the community out.</source>
        <translation>Condición obligatoria (sí/no): un “No” descarta a la comunidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared pairwise: each value is the community&apos;s priority from the comparisons (the best is 1). Answer them in the Pairwise comparisons tab.</source>
        <translation>Comparado por pares: cada valor es la prioridad de la comunidad según las comparaciones (la mejor tiene 1). Respóndalas en la pestaña Comparaciones por pares.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Less is better.</source>
        <translation>Menos es mejor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More is better.</source>
        <translation>Más es mejor.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not enough comparisons yet (Pairwise comparisons tab)</source>
        <translation>Aún no hay suficientes comparaciones (pestaña Comparaciones por pares)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the pairwise comparisons (Pairwise comparisons tab)</source>
        <translation>De las comparaciones por pares (pestaña Comparaciones por pares)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing value</source>
        <translation>Sin dato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outside the acceptable range: the community is screened out.</source>
        <translation>Fuera del rango aceptable: la comunidad queda descartada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+83"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>A community needs a name.</source>
        <translation>La comunidad necesita un nombre.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{community}, {criterion}: “{text}” is not a number.</source>
        <translation>{community}, {criterion}: “{text}” no es un número.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{community}, {criterion}: “{text}” is not one of the choices.</source>
        <translation>{community}, {criterion}: “{text}” no es una de las opciones.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../models/edits.py" line="+183"/>
        <source>Change weights</source>
        <translation>Cambiar pesos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set weights by rank order</source>
        <translation>Fijar los pesos por orden de importancia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change weight of {criterion}</source>
        <translation>Cambiar peso de {criterion}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose weight set</source>
        <translation>Elegir conjunto de pesos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change group {group}</source>
        <translation>Cambiar grupo {group}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add group {group}</source>
        <translation>Agregar grupo {group}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove group</source>
        <translation>Quitar grupo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Edit value</source>
        <translation>Editar valor</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add community {name}</source>
        <translation>Agregar comunidad {name}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove community</source>
        <translation>Quitar comunidad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit community {name}</source>
        <translation>Editar comunidad {name}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import one community</source>
        <translation>Importar una comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {count} communities</source>
        <translation>Importar {count} comunidades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import one community and the criterion {name}</source>
        <translation>Importar una comunidad y el criterio {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {count} communities and the criterion {name}</source>
        <translation>Importar {count} comunidades y el criterio {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import one community and {criteria} criteria</source>
        <translation>Importar una comunidad y {criteria} criterios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {count} communities and {criteria} criteria</source>
        <translation>Importar {count} comunidades y {criteria} criterios</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Move community</source>
        <translation>Mover comunidad</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add criterion {name}</source>
        <translation>Agregar criterio {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Remove criterion</source>
        <translation>Quitar criterio</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit criterion {name}</source>
        <translation>Editar criterio {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move criterion</source>
        <translation>Mover criterio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fix baseline</source>
        <translation>Fijar línea base</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit workshop details</source>
        <translation>Editar datos del taller</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change method settings</source>
        <translation>Cambiar ajustes de los métodos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change AHP mode</source>
        <translation>Cambiar el modo de AHP</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+119"/>
        <source>Compare {a} and {b}</source>
        <translation>Comparar {a} y {b}</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Use the comparisons&apos; weights</source>
        <translation>Usar los pesos de las comparaciones</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change the weight of a group in the combination</source>
        <translation>Cambiar el peso de un grupo en la combinación</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Compare levels of {criterion}</source>
        <translation>Comparar niveles del criterio {criterion}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Default level priorities</source>
        <translation>Prioridades de nivel por defecto</translation>
    </message>
</context>
<context>
    <name>FocusCommunitiesPage</name>
    <message>
        <location filename="../ui/robustness/focus.py" line="+84"/>
        <source>Focus communities (&amp;k):</source>
        <translation>Comunidades focales (&amp;k):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the rank&amp;ing of:</source>
        <translation>Según la clasif&amp;icación de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotas by region (minimum and maximum chosen; empty maximum: no limit)</source>
        <translation>Cuotas por región (mínimo y máximo elegidos; máximo vacío: sin límite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;this choice</source>
        <translation>Registrar es&amp;ta elección</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no ranking to choose from yet.</source>
        <translation>Todavía no hay una clasificación de la cual elegir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proposed: the best {k} by {method} that meet the quotas.</source>
        <translation>Propuesta: las {k} mejores según {method} que cumplen las cuotas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{rank}. {name} ({region})</source>
        <translation>{rank}. {name} ({region})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded choice, by the combined weights: {names}.</source>
        <translation>Elección registrada, con los pesos combinados: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded choice, by the weights of the group {group}: {names}.</source>
        <translation>Elección registrada, con los pesos del grupo {group}: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No choice recorded yet.</source>
        <translation>Todavía no se registró ninguna elección.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../ui/shell/help.py" line="+53"/>
        <source>Guide — Priorizar</source>
        <translation>Guía — Priorizar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The guide could not be read: %s</source>
        <translation>No se pudo leer la guía: %s</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/import_dialog.py" line="+217"/>
        <source>Import communities from %s</source>
        <translation>Importar comunidades de %s</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+81"/>
        <source>(no region column)</source>
        <translation>(sin columna de región)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Communities are named in column:</source>
        <translation>Las &amp;comunidades se nombran en la columna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region in column:</source>
        <translation>&amp;Región en la columna:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What becomes of it</source>
        <translation>Qué pasa con ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels (lowest first)</source>
        <translation>Niveles (del más bajo al más alto)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Names the communities</source>
        <translation>Nombra a las comunidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The communities&apos; regions (for the quotas)</source>
        <translation>La región de cada comunidad (para las cuotas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported (tick it to import it as a criterion)</source>
        <translation>No se importa (márquela para importarla como criterio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported as a criterion</source>
        <translation>Se importa como criterio</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels (ordinal)</source>
        <translation>Niveles verbales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes/no (gate)</source>
        <translation>Sí/no (condición obligatoria)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>↑ More is better</source>
        <translation>↑ Más es mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ Less is better</source>
        <translation>↓ Menos es mejor</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No problems: the table can be imported.</source>
        <translation>Sin problemas: la tabla se puede importar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="+309"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a workshop from a set of criteria (Ctrl+N)</source>
        <translation>Empezar un taller a partir de una plantilla de criterios (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save criteria as &amp;preset…</source>
        <translation>Guardar los criterios como &amp;plantilla…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the weights, TOPSIS, AHP and the screening mean (F1)</source>
        <translation>Qué significan los pesos, TOPSIS, AHP y el descarte (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import communities from a spreadsheet…</source>
        <translation>&amp;Importar comunidades desde una hoja de cálculo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add or update the communities and their values from an Excel or CSV table with one column per criterion of this workshop</source>
        <translation>Agregar o actualizar las comunidades y sus valores desde una tabla de Excel o CSV con una columna por cada criterio de este taller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the rankings full screen for the projector (F11)</source>
        <translation>Mostrar los resultados en pantalla completa para el proyector (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comparisons on the projector</source>
        <translation>&amp;Comparaciones en el proyector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the group&apos;s comparisons one at a time, full screen for the projector (F9)</source>
        <translation>Hacer las comparaciones del grupo de una en una, a pantalla completa para el proyector (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix as &amp;baseline</source>
        <translation>Fijar como &amp;línea base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current ranking to compare later changes against (Ctrl+B)</source>
        <translation>Conservar la clasificación actual para comparar con ella los cambios siguientes (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear baseline</source>
        <translation>&amp;Quitar línea base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AHP: &amp;ideal mode (x / best)</source>
        <translation>AHP: modo &amp;ideal (x / mejor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AHP: &amp;distributive mode (x / sum)</source>
        <translation>AHP: modo &amp;distributivo (x / suma)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop &amp;details…</source>
        <translation>&amp;Datos del taller…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title, date, place, purpose, facilitators, participants and agreements of the workshop (Ctrl+I)</source>
        <translation>Título, fecha, lugar, propósito, facilitadores, participantes y acuerdos del taller (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rankings</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria</source>
        <translation>&amp;Criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;airwise comparisons</source>
        <translation>Co&amp;mparaciones por pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;bustness</source>
        <translation>Robuste&amp;z</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show %s</source>
        <translation>Mostrar %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;weights</source>
        <translation>Ir a los &amp;pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window, the panels and the rankings as they were at the first start</source>
        <translation>La ventana, los paneles y las clasificaciones como al primer inicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Undo %s</source>
        <translation>&amp;Deshacer: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %s</source>
        <translation>&amp;Rehacer: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+400"/>
        <source>Untitled workshop</source>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Current ranking fixed as the baseline.</source>
        <translation>La clasificación actual quedó fijada como línea base.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Criteria saved as a preset: %s</source>
        <translation>Criterios guardados como plantilla: %s</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision record (*.xlsx)</source>
        <translation>Registro de decisión (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priorizar workshop file (*.json)</source>
        <translation>Archivo de taller de Priorizar (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a decision record, workshop or table</source>
        <translation>Abrir un registro de decisión, un taller o una tabla</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%s was not opened.</source>
        <translation>No se abrió %s.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Import communities from a spreadsheet</source>
        <translation>Importar comunidades desde una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>workshop</source>
        <translation>taller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the decision record</source>
        <translation>Guardar el registro de decisión</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving %s…</source>
        <translation>Guardando %s…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved %s</source>
        <translation>Guardado: %s</translation>
    </message>
    <message>
        <location line="-162"/>
        <location line="+47"/>
        <location line="+53"/>
        <source>Could not open %s</source>
        <translation>No se pudo abrir %s</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Decision records, workshops and tables (*.xlsx *.xlsm *.ods *.xls *.json *.csv *.tsv *.txt)</source>
        <translation>Registros de decisión, talleres y tablas (*.xlsx *.xlsm *.ods *.xls *.json *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spreadsheets and tables (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt)</source>
        <translation>Hojas de cálculo y tablas (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Could not save %s</source>
        <translation>No se pudo guardar %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workshop is still open and nothing is lost. Save it under another name or in another folder?</source>
        <translation>El taller sigue abierto y no se ha perdido nada. ¿Guardarlo con otro nombre o en otra carpeta?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Welcome to Priorizar</source>
        <translation>Bienvenido/a a Priorizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a fictional example workshop, to try Priorizar with. Move a weight on the left and watch both rankings change. The arrows ▲▼ compare each place with a baseline: the ranking with equal weights, fixed as the baseline of the example (Workshop &gt; Fix as baseline fixes your own).

To begin your own workshop: File &gt; New workshop. The guide: F1.</source>
        <translation>Este es un taller de ejemplo ficticio, para probar Priorizar. Mueva un peso a la izquierda y vea cómo cambian ambas clasificaciones. Las flechas ▲▼ comparan cada puesto con una línea base: la clasificación con pesos iguales, fijada como línea base del ejemplo (Taller &gt; Fijar como línea base fija la suya).

Para empezar su propio taller: Archivo &gt; Nuevo taller. La guía: F1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Opened %s</source>
        <translation>Se abrió %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop has changes that are not saved. Save them first?</source>
        <translation>El taller tiene cambios sin guardar. ¿Desea guardarlos antes?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../io/atomic.py" line="+110"/>
        <source>“{file}” was not saved: the new file could not be opened again ({problem}). The earlier file is unchanged.</source>
        <translation>“{file}” no se guardó: el archivo nuevo no se pudo volver a abrir ({problem}). El archivo anterior sigue igual.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder {folder} is read-only: “{file}” cannot be saved there. Save it in another folder.</source>
        <translation>La carpeta {folder} es de solo lectura: no se puede guardar “{file}” allí. Guárdelo en otra carpeta.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{file}” could not be saved: the disk is full. Free some space or save it on another disk; the earlier file is unchanged.</source>
        <translation>No se pudo guardar “{file}”: el disco está lleno. Libere espacio o guárdelo en otro disco; el archivo anterior sigue igual.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{file}” could not be saved: the disk or memory stick is read-only. Save it in another folder.</source>
        <translation>No se pudo guardar “{file}”: el disco o la memoria USB es de solo lectura. Guárdelo en otra carpeta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../io/saving.py" line="+104"/>
        <source>“{file}” could not be saved ({reason}); the earlier file is unchanged.</source>
        <translation>No se pudo guardar “{file}” ({reason}); el archivo anterior sigue igual.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“{file}” is open in another program or read-only; close it or save under another name.</source>
        <translation>“{file}” está abierto en otro programa o es de solo lectura; ciérrelo o guarde con otro nombre.</translation>
    </message>
    <message>
        <location filename="../io/presets.py" line="+159"/>
        <source>The preset file {file} does not hold a preset (an object in braces).</source>
        <translation>El archivo de plantilla {file} no contiene una plantilla (un objeto entre llaves).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preset file {file} has no identifier (“id”).</source>
        <translation>El archivo de plantilla {file} no tiene identificador (“id”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preset file {file} has no name (“name”).</source>
        <translation>El archivo de plantilla {file} no tiene nombre (“name”).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The preset folder {folder} does not exist.</source>
        <translation>La carpeta de plantillas {folder} no existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preset folder {folder} could not be read ({detail}).</source>
        <translation>No se pudo leer la carpeta de plantillas {folder} ({detail}).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The preset file {file} has the identifier “{id}”, which {other} already uses; it is skipped.</source>
        <translation>El archivo de plantilla {file} tiene el identificador “{id}”, que ya usa {other}; se omite.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The preset file {file} is too large ({size} bytes) to be a preset.</source>
        <translation>El archivo de plantilla {file} es demasiado grande ({size} bytes) para ser una plantilla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preset file {file} could not be read ({detail}).</source>
        <translation>No se pudo leer el archivo de plantilla {file} ({detail}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preset file {file} is not UTF-8 text (byte {position}).</source>
        <translation>El archivo de plantilla {file} no es texto UTF-8 (byte {position}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preset file {file} is not valid JSON: {detail} (line {line}, column {column}).</source>
        <translation>El archivo de plantilla {file} no es JSON válido: {detail} (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preset file {file} is not valid JSON: {detail}.</source>
        <translation>El archivo de plantilla {file} no es JSON válido: {detail}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The preset file {file} has format version {version}; this program reads version {supported}.</source>
        <translation>El archivo de plantilla {file} tiene la versión de formato {version}; este programa lee la versión {supported}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The preset file {file} has no criteria.</source>
        <translation>El archivo de plantilla {file} no tiene criterios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The preset file {file} uses the criterion identifier “{id}” twice.</source>
        <translation>El archivo de plantilla {file} usa dos veces el identificador de criterio “{id}”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The preset file {file}, criterion {number}: it is not an object.</source>
        <translation>Archivo de plantilla {file}, criterio {number}: no es un objeto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preset file {file}, criterion {number} has no identifier (“id”).</source>
        <translation>Archivo de plantilla {file}: el criterio {number} no tiene identificador (“id”).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The preset file {file}, criterion {number}: the kind “{value}” is not one of {allowed}.</source>
        <translation>Archivo de plantilla {file}, criterio {number}: el tipo “{value}” no es uno de {allowed}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preset file {file}, criterion {number}: the direction “{value}” is not one of {allowed}.</source>
        <translation>Archivo de plantilla {file}, criterio {number}: la dirección “{value}” no es una de {allowed}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The preset file {file}, criterion {number}: its name, description, unit or levels are not written as the format requires.</source>
        <translation>Archivo de plantilla {file}, criterio {number}: su nombre, descripción, unidad o niveles no están escritos como exige el formato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The preset file {file}, criterion {number}: {value} is not a number (or null).</source>
        <translation>Archivo de plantilla {file}, criterio {number}: {value} no es un número (ni null).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preset file {file}, criterion {number}: {detail}</source>
        <translation>Archivo de plantilla {file}, criterio {number}: {detail}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The preset file {file} lacks the field “{field}”.</source>
        <translation>Al archivo de plantilla {file} le falta el campo “{field}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The preset file {file}: the field “{field}” is not valid.</source>
        <translation>Archivo de plantilla {file}: el campo “{field}” no es válido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The preset {file} could not be saved ({detail}).</source>
        <translation>No se pudo guardar la plantilla {file} ({detail}).</translation>
    </message>
    <message>
        <location filename="../io/table_import.py" line="+152"/>
        <source>“{file}”, row {row}: the first column (A) must name the community.</source>
        <translation>“{file}”, fila {row}: la primera columna (A) debe nombrar la comunidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}”, sheet “{sheet}”, row {row}: the first column (A) must name the community.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}: la primera columna (A) debe nombrar la comunidad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{file}”, row {row}: the community “{name}” is already in row {first}. Each community can appear only once.</source>
        <translation>“{file}”, fila {row}: la comunidad “{name}” ya está en la fila {first}. Cada comunidad puede aparecer una sola vez.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“{file}” has a header row (row {row}) but no communities below it.</source>
        <translation>“{file}” tiene una fila de encabezados (fila {row}) pero ninguna comunidad debajo.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>“{file}”, row {row}: {count} columns is more than this program reads (at most {limit}). Check that it is the right file.</source>
        <translation>“{file}”, fila {row}: {count} columnas son más de las que este programa lee (como máximo {limit}). Revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{file}” has more than {limit} rows; a table of communities is far smaller. Check that it is the right file.</source>
        <translation>“{file}” tiene más de {limit} filas; una tabla de comunidades es mucho más pequeña. Verifique que sea el archivo correcto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{file}”, row {row}: the row cannot be read ({detail}).</source>
        <translation>“{file}”, fila {row}: no se puede leer la fila ({detail}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{file}” is empty: it holds no table.</source>
        <translation>“{file}” está vacío: no contiene ninguna tabla.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>“{file}” cannot be read as {encoding}: choose another encoding.</source>
        <translation>“{file}” no se puede leer como {encoding}: elija otra codificación.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>“{file}”: rows {rows} are not in UTF-8 like the rest of the file; they were read as Windows-1252. Check their accented names.</source>
        <translation>“{file}”: las filas {rows} no están en UTF-8 como el resto del archivo; se leyeron como Windows-1252. Revise sus nombres con tildes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{file}”: the text&apos;s encoding is uncertain; it was read as {encoding} ({confidence} % sure). Check the accented names, or save the file as “CSV UTF-8”.</source>
        <translation>“{file}”: la codificación del texto no es segura; se leyó como {encoding} (con {confidence} % de certeza). Revise los nombres con tildes, o guarde el archivo como “CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{file}” is a workbook (Excel or LibreOffice), not a CSV table. Give its name the workbook&apos;s own extension (.xlsx, .ods or .xls) and open it again, or save it as “CSV”.</source>
        <translation>“{file}” es un libro de hojas de cálculo (Excel o LibreOffice), no una tabla CSV. Póngale a su nombre la extensión propia del libro (.xlsx, .ods o .xls) y vuelva a abrirlo, o guárdelo como “CSV”.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>“{file}”, row {row}, column “{criterion}” ({letter}): “{text}” is read as no data.</source>
        <translation>“{file}”, fila {row}, columna “{criterion}” ({letter}): “{text}” se lee como sin dato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column “{criterion}” ({letter}): “{text}” is read as no data.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna “{criterion}” ({letter}): “{text}” se lee como sin dato.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{file}”, row {row}, column “{criterion}” ({letter}): “{text}” is read as {value}, as the file&apos;s decimal mark is “{mark}”; if it means {other}, write it as {other} in the file.</source>
        <translation>“{file}”, fila {row}, columna “{criterion}” ({letter}): “{text}” se lee como {value}, porque el separador decimal del archivo es “{mark}”; si significa {other}, escríbalo como {other} en el archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column “{criterion}” ({letter}): “{text}” is read as {value}, as the file&apos;s decimal mark is “{mark}”; if it means {other}, write it as {other} in the file.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna “{criterion}” ({letter}): “{text}” se lee como {value}, porque el separador decimal del archivo es “{mark}”; si significa {other}, escríbalo como {other} en el archivo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{file}”, row {row}, column “{criterion}” ({letter}): “{text}” could be {value} or {other}. Type it as a number without a thousands separator.</source>
        <translation>“{file}”, fila {row}, columna “{criterion}” ({letter}): “{text}” podría ser {value} o {other}. Escríbalo como número sin separador de miles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column “{criterion}” ({letter}): “{text}” could be {value} or {other}. Type it as a number without a thousands separator.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna “{criterion}” ({letter}): “{text}” podría ser {value} o {other}. Escríbalo como número sin separador de miles.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{file}”, row {row}, column “{criterion}” ({letter}): “{text}” is not a number.</source>
        <translation>“{file}”, fila {row}, columna “{criterion}” ({letter}): “{text}” no es un número.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column “{criterion}” ({letter}): “{text}” is not a number.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna “{criterion}” ({letter}): “{text}” no es un número.</translation>
    </message>
    <message>
        <location filename="../io/record/writing.py" line="+76"/>
        <location filename="../io/workshop_file.py" line="+53"/>
        <source>“{file}” does not give back the workshop that was saved.</source>
        <translation>“{file}” no devuelve el taller que se guardó.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown language “{lang}” for the decision record.</source>
        <translation>Idioma desconocido “{lang}” para el registro de decisión.</translation>
    </message>
    <message>
        <location filename="../io/record/reading.py" line="+137"/>
        <source>“{file}” is a workbook but not a Priorizar decision record (its hidden sheet is missing). To use a table of communities, import it.</source>
        <translation>“{file}” es un libro de Excel, pero no un registro de decisión de Priorizar (le falta su hoja oculta). Para usar una tabla de comunidades, impórtela.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{file}”: the sheet “{sheet}” is missing (deleted or renamed), so edits made in it are not taken up; the workshop is opened as it was saved there.</source>
        <translation>“{file}”: falta la hoja “{sheet}” (borrada o con otro nombre), así que no se toman los cambios hechos en ella; el taller se abre como se guardó.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>“{file}”: {problem}</source>
        <translation>“{file}”: {problem}</translation>
    </message>
    <message>
        <location filename="../io/record/archive.py" line="+178"/>
        <source>“{file}”, sheet “{sheet}”: {rows} rows and {columns} columns is more than this program reads (at most {max_rows} rows and {max_columns} columns).</source>
        <translation>“{file}”, hoja “{sheet}”: {rows} filas y {columns} columnas es más de lo que este programa lee (como máximo {max_rows} filas y {max_columns} columnas).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“{file}”, sheet “{sheet}” is damaged and cannot be read ({detail}).</source>
        <translation>“{file}”: la hoja “{sheet}” está dañada y no se puede leer ({detail}).</translation>
    </message>
    <message>
        <location filename="../io/limited.py" line="+30"/>
        <source>“{file}” is a folder, not a file.</source>
        <translation>“{file}” es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}” is not a regular file (a device, a pipe or a socket); give a file saved on the disk.</source>
        <translation>“{file}” no es un archivo común (es un dispositivo, una tubería o un socket); indique un archivo guardado en el disco.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“{file}” is too large ({size} MB; at most {limit} MB). Check that it is the right file.</source>
        <translation>“{file}” es demasiado grande ({size} MB; como máximo {limit} MB). Verifique que sea el archivo correcto.</translation>
    </message>
    <message>
        <location line="-13"/>
        <location filename="../io/reading.py" line="+122"/>
        <source>The file “{file}” does not exist.</source>
        <translation>El archivo “{file}” no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” cannot be read: this user has no permission to open it.</source>
        <translation>No se puede leer “{file}”: este usuario no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../io/reading.py" line="-31"/>
        <source>“{file}”: the communities in rows {rows} of the Data tab have the same name ({names}). They are kept as they are, but they look alike in the rankings and the decision record: rename them so that each has its own name.</source>
        <translation>“{file}”: las comunidades de las filas {rows} de la pestaña Datos tienen el mismo nombre ({names}). Se conservan tal como están, pero se ven iguales en las clasificaciones y en el registro de decisión: cámbieles el nombre para que cada una tenga el suyo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{file}” is not a kind of file Priorizar reads ({suffix}); give a decision record, a workshop or a table ({kinds}).</source>
        <translation>“{file}” no es un tipo de archivo que Priorizar lea ({suffix}); indique un registro de decisión, un taller o una tabla ({kinds}).</translation>
    </message>
    <message>
        <location filename="../io/record/archive.py" line="+36"/>
        <source>“{file}” is empty: it holds no workbook.</source>
        <translation>“{file}” está vacío: no contiene ningún libro de Excel.</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>“{file}” is damaged or not a valid workbook; it cannot be opened ({detail}).</source>
        <translation>“{file}” está dañado o no es un libro de hojas de cálculo válido; no se puede abrir ({detail}).</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+8"/>
        <source>“{file}” is not an Excel workbook (.xlsx); it cannot be opened.</source>
        <translation>“{file}” no es un libro de Excel (.xlsx); no se puede abrir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{file}” is damaged or incomplete (perhaps cut off while copying); it cannot be opened.</source>
        <translation>“{file}” está dañado o incompleto (quizá se cortó al copiarlo); no se puede abrir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{file}” unpacks to far more data than a workbook of communities holds; it is refused for safety.</source>
        <translation>“{file}” se descomprime en muchos más datos de los que tiene un libro de comunidades; por seguridad, se rechaza.</translation>
    </message>
    <message>
        <location filename="../io/record/payload.py" line="+73"/>
        <source>“{file}”: the hidden sheet “{sheet}” that holds the workshop is damaged ({detail}).</source>
        <translation>“{file}”: la hoja oculta “{sheet}”, que guarda el taller, está dañada ({detail}).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{file}” was saved by a newer Priorizar (record format {version}); please update Priorizar.</source>
        <translation>“{file}” se guardó con una versión más nueva de Priorizar (formato de registro {version}); actualice Priorizar, por favor.</translation>
    </message>
    <message>
        <location filename="../io/record/data_rows.py" line="+121"/>
        <source>“{file}”, sheet “{sheet}”: the row of “{name}” (row {row} when saved) is gone. The community is kept with all its data, last in the table; remove it in Priorizar if it should go.</source>
        <translation>“{file}”, hoja “{sheet}”: la fila de “{name}” (fila {row} al guardar) ya no está. La comunidad se conserva con todos sus datos, al final de la tabla; elimínela en Priorizar si debe salir.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>“{file}”, sheet “{sheet}”: no row names the columns (a row with “{community}” over the communities&apos; names). Put back the header row.</source>
        <translation>“{file}”, hoja “{sheet}”: ninguna fila nombra las columnas (una fila con “{community}” sobre los nombres de las comunidades). Vuelva a poner la fila de encabezados.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: this column has data but no header. Type the criterion&apos;s name over it, or delete the column.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: esta columna tiene datos pero no tiene encabezado. Escriba encima el nombre del criterio, o borre la columna.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{file}”, sheet “{sheet}”, row {row}: columns {first} and {column} are both “{text}”. Delete one of them.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}: las columnas {first} y {column} son ambas “{text}”. Borre una de ellas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not a criterion of this workshop, and the column of {criterion} is missing. Criteria are renamed in Priorizar, not in the sheet: put back the name {criterion}.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: “{text}” no es un criterio de este taller, y falta la columna de {criterion}. Los criterios se renombran en Priorizar, no en la hoja: vuelva a poner el nombre {criterion}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{file}”, sheet “{sheet}”, column {column}: “{text}” is not part of the record; it was not taken up.</source>
        <translation>“{file}”, hoja “{sheet}”, columna {column}: “{text}” no es parte del registro; no se tomó en cuenta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{file}”, sheet “{sheet}”: the column of {criterion} is gone. Its values are kept as they were saved.</source>
        <translation>“{file}”, hoja “{sheet}”: ya no está la columna de {criterion}. Sus valores se conservan como se guardaron.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>“{file}”, sheet “{sheet}”, row {row}: this row has data but no community name in column {column}. Type the name, or delete the row.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}: esta fila tiene datos pero no tiene nombre de comunidad en la columna {column}. Escriba el nombre, o borre la fila.</translation>
    </message>
    <message>
        <location line="+82"/>
        <location filename="../io/table_import.py" line="-582"/>
        <source>“{file}”, sheet “{sheet}”, row {row}: the community “{name}” is already in row {first}. Each community can appear only once.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}: la comunidad “{name}” ya está en la fila {first}. Cada comunidad puede aparecer una sola vez.</translation>
    </message>
    <message>
        <location filename="../io/record/reading.py" line="+98"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the weight “{text}” must be a number of zero or more.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: el peso “{text}” debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <location filename="../io/record/cell_values.py" line="+30"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” could be {reading} or {other}. Type it as a number without a thousands separator.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: “{text}” podría ser {reading} o {other}. Escríbalo como número sin separador de miles.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not yes or no.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: “{text}” no es sí ni no.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not one of the levels of {criterion}.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: “{text}” no es uno de los niveles de {criterion}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not a number.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: “{text}” no es un número.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../io/record/data_rows.py" line="-114"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: the formula “{text}” has no stored value (the file was not saved by a spreadsheet program). Open it in Excel or LibreOffice and save it, or type the value.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: la fórmula “{text}” no tiene un valor guardado (el archivo no lo guardó un programa de hojas de cálculo). Ábralo en Excel o LibreOffice y guárdelo, o escriba el valor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is a date, not a value of this criterion.</source>
        <translation>“{file}”, hoja “{sheet}”, fila {row}, columna {column}: “{text}” es una fecha, no un valor de este criterio.</translation>
    </message>
    <message>
        <location filename="../io/record/tables.py" line="+45"/>
        <location filename="../io/table_mapping.py" line="+217"/>
        <source>“{file}” has no sheet.</source>
        <translation>“{file}” no tiene ninguna hoja.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{file}”, sheet “{sheet}” is empty: it holds no table.</source>
        <translation>“{file}”: la hoja “{sheet}” está vacía; no contiene ninguna tabla.</translation>
    </message>
    <message>
        <location filename="../io/table_import.py" line="+216"/>
        <source>“{file}” is not a text table (CSV): it holds binary data.</source>
        <translation>“{file}” no es una tabla de texto (CSV): contiene datos binarios.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>“{file}”: the header row needs the community column and at least one criterion column after it, separated by “;”, “,” or a tab.</source>
        <translation>“{file}”: la fila de encabezados necesita la columna de las comunidades y, después, al menos una columna de criterio, separadas por “;”, “,” o un tabulador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}”, sheet “{sheet}”: the header row needs the community column and at least one criterion column after it, separated by “;”, “,” or a tab.</source>
        <translation>“{file}”, hoja “{sheet}”: la fila de encabezados necesita la columna de las comunidades y, después, al menos una columna de criterio, separadas por “;”, “,” o un tabulador.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{file}”: column {letter} has data but no criterion name in the header row.</source>
        <translation>“{file}”: la columna {letter} tiene datos pero no tiene nombre de criterio en la fila de encabezados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}”, sheet “{sheet}”: column {letter} has data but no criterion name in the header row.</source>
        <translation>“{file}”, hoja “{sheet}”: la columna {letter} tiene datos pero no tiene nombre de criterio en la fila de encabezados.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{file}”: columns {first} and {letter} are both called “{name}”. Each criterion can appear only once.</source>
        <translation>“{file}”: las columnas {first} y {letter} se llaman ambas “{name}”. Cada criterio puede aparecer una sola vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}”, sheet “{sheet}”: columns {first} and {letter} are both called “{name}”. Each criterion can appear only once.</source>
        <translation>“{file}”, hoja “{sheet}”: las columnas {first} y {letter} se llaman ambas “{name}”. Cada criterio puede aparecer una sola vez.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There are {count} directions for {criteria} criteria; each criterion needs one (max or min).</source>
        <translation>Hay {count} direcciones para {criteria} criterios; cada criterio necesita una (max o min).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../models/topsis.py" line="+256"/>
        <source>Criterion {criterion}: the direction “{value}” is neither max nor min.</source>
        <translation>Criterio {criterion}: la dirección “{value}” no es max ni min.</translation>
    </message>
    <message>
        <location filename="../io/workshop_file.py" line="+16"/>
        <source>The workshop cannot be saved: it holds a value that is not a number.</source>
        <translation>No se puede guardar el taller: contiene un valor que no es un número.</translation>
    </message>
    <message>
        <location filename="../io/autosave.py" line="+234"/>
        <source>The recovery file “{file}” is damaged ({detail}).</source>
        <translation>El archivo de recuperación “{file}” está dañado ({detail}).</translation>
    </message>
    <message>
        <location filename="../io/workshop_file.py" line="+16"/>
        <source>“{file}” is JSON but does not hold a workshop.</source>
        <translation>“{file}” es JSON, pero no contiene un taller.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../models/workshop.py" line="+512"/>
        <source>“{file}” is damaged: a value in it cannot be read.</source>
        <translation>“{file}” está dañado: uno de sus valores no se puede leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{file}” is empty: it holds no workshop.</source>
        <translation>“{file}” está vacío: no contiene ningún taller.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{file}” is not a workshop file: it is not text (UTF-8).</source>
        <translation>“{file}” no es un archivo de taller: no es texto (UTF-8).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{file}” is not a valid workshop file: {problem} at line {line}, column {column}.</source>
        <translation>“{file}” no es un archivo de taller válido: {problem} en la línea {line}, columna {column}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{file}” is not a valid workshop file.</source>
        <translation>“{file}” no es un archivo de taller válido.</translation>
    </message>
    <message>
        <location filename="../models/ahp.py" line="+116"/>
        <location line="+279"/>
        <source>A comparison needs at least one item, not {count}.</source>
        <translation>Una comparación necesita al menos un elemento, no {count}.</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>The judgements must form a square table of numbers, one per pair.</source>
        <translation>Los juicios deben formar una tabla cuadrada de números, uno por par.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The judgement table is empty: nothing to compare.</source>
        <translation>La tabla de juicios está vacía: no hay nada que comparar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The judgements must form a square table; this one has {rows} rows and {columns} columns.</source>
        <translation>Los juicios deben formar una tabla cuadrada; esta tiene {rows} filas y {columns} columnas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Judgement row {row}, column {column} (value {value}) must be a number.</source>
        <translation>El juicio de la fila {row}, columna {column} (valor {value}) debe ser un número.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Judgement row {row}, column {column} (value {value}) must be positive.</source>
        <translation>El juicio de la fila {row}, columna {column} (valor {value}) debe ser positivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Judgement row {row}, column {column} (value {value}) must be 1: an item is as important as itself.</source>
        <translation>El juicio de la fila {row}, columna {column} (valor {value}) debe ser 1: un elemento es tan importante como sí mismo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Judgement row {row}, column {column} (value {value}) must be the reciprocal of row {column}, column {row} (value {other}), that is {expected}.</source>
        <translation>El juicio de la fila {row}, columna {column} (valor {value}) debe ser el recíproco del de la fila {column}, columna {row} (valor {other}), es decir, {expected}.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Judgement between items {first} and {second}: there are only {count} items.</source>
        <translation>Juicio entre los elementos {first} y {second}: solo hay {count} elementos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Judgement between item {first} and itself: compare two items.</source>
        <translation>Juicio entre el elemento {first} y sí mismo: compare dos elementos distintos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Judgement between items {first} and {second} (value {value}) must be a positive number.</source>
        <translation>El juicio entre los elementos {first} y {second} (valor {value}) debe ser un número positivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items {first} and {second} are compared twice with answers that disagree ({value} and {other}).</source>
        <translation>Los elementos {first} y {second} se comparan dos veces con respuestas que no coinciden ({value} y {other}).</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>There must be one weight per participant: {count} weights expected.</source>
        <translation>Debe haber un peso por participante: se esperan {count} pesos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The weight of participant {participant} (value {value}) must be zero or positive.</source>
        <translation>El peso del participante {participant} (valor {value}) debe ser cero o positivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At least one participant must have a weight above zero.</source>
        <translation>Al menos un participante debe tener un peso mayor que cero.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There are no judgements to combine.</source>
        <translation>No hay juicios que combinar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participant {participant}: {problem}</source>
        <translation>Participante {participant}: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participant {participant} compared {count} items, but participant 1 compared {expected}.</source>
        <translation>El participante {participant} comparó {count} elementos, pero el participante 1 comparó {expected}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Every participant&apos;s priorities must list the same items.</source>
        <translation>Las prioridades de todos los participantes deben tener los mismos elementos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The priorities to combine must be a table: one row per participant, one column per item.</source>
        <translation>Las prioridades que se combinan deben formar una tabla: una fila por participante, una columna por elemento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Priority {item} of participant {participant} (value {value}) must be positive.</source>
        <translation>La prioridad {item} del participante {participant} (valor {value}) debe ser positiva.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown AHP mode {mode}: use &quot;ideal&quot; or &quot;distributive&quot;.</source>
        <translation>Modo AHP desconocido {mode}: use &quot;ideal&quot; o &quot;distributive&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Criterion {criterion}: the direction must be &quot;max&quot; (more is better) or &quot;min&quot; (less is better), not {value}.</source>
        <translation>Criterio {criterion}: la dirección debe ser &quot;max&quot; (más es mejor) o &quot;min&quot; (menos es mejor), no {value}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The data must be a table with one row per community and one column per criterion.</source>
        <translation>Los datos deben formar una tabla con una fila por comunidad y una columna por criterio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There must be one direction per criterion: {count} expected.</source>
        <translation>Debe haber una dirección por criterio: se esperan {count}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criterion {criterion}, community {community}: the value {value} is not a number.</source>
        <translation>Criterio {criterion}, comunidad {community}: el valor {value} no es un número.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Criterion {criterion}, community {community}: the value {value} is not positive, and AHP compares values as ratios, which needs positive values.</source>
        <translation>Criterio {criterion}, comunidad {community}: el valor {value} no es positivo, y AHP compara los valores como cocientes, lo que requiere valores positivos.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The number of levels must be a whole number.</source>
        <translation>El número de niveles debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rating needs at least one level, not {count}.</source>
        <translation>Una escala de calificación necesita al menos un nivel, no {count}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A rating needs a list of level priorities.</source>
        <translation>Una escala de calificación necesita una lista de prioridades de los niveles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The priority of level {level} (value {value}) must be positive.</source>
        <translation>La prioridad del nivel {level} (valor {value}) debe ser positiva.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There must be one level per community.</source>
        <translation>Debe haber un nivel por comunidad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Community {community}: level {level} does not exist; the levels are 1 to {count}.</source>
        <translation>Comunidad {community}: el nivel {level} no existe; los niveles van de 1 a {count}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Local priorities must be a table with one row per community and one column per criterion.</source>
        <translation>Las prioridades locales deben formar una tabla con una fila por comunidad y una columna por criterio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There must be one weight per criterion: {count} expected.</source>
        <translation>Debe haber un peso por criterio: se esperan {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local priorities must be numbers that are zero or positive.</source>
        <translation>Las prioridades locales deben ser números iguales a cero o positivos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The weight of criterion {criterion} (value {value}) must be zero or positive.</source>
        <translation>El peso del criterio {criterion} (valor {value}) debe ser cero o positivo.</translation>
    </message>
    <message>
        <location filename="../models/analysis.py" line="+153"/>
        <source>All weights are zero: every community ties. Give weights.</source>
        <translation>Todos los pesos son cero: todas las comunidades empatan. Asigne pesos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Criterion {criterion} has no data and is left out of the ranking.</source>
        <translation>El criterio {criterion} no tiene datos y queda fuera de la clasificación.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Criterion {criterion}: {count} missing values counted as the worst value.</source>
        <translation>Criterio {criterion}: datos faltantes contados como el peor valor: {count}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only one community is left: nothing to compare.</source>
        <translation>Queda una sola comunidad: no hay nada que comparar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every community is screened out: none to rank.</source>
        <translation>Todas las comunidades quedaron descartadas: no hay ninguna que clasificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No communities yet: add them in the data table or open a table.</source>
        <translation>Todavía no hay comunidades: agréguelas en la tabla de datos o abra una tabla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criterion {criterion} has the same value for every community: it does not change the ranking.</source>
        <translation>El criterio {criterion} tiene el mismo valor en todas las comunidades: no cambia la clasificación.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>AHP cannot rank: under criterion {criterion}, community {community} has the value {value}. AHP compares values as ratios, which needs values above zero. Correct the value in the data, or remove the criterion.</source>
        <translation>AHP no puede clasificar: en el criterio {criterion}, la comunidad {community} tiene el valor {value}. AHP compara los valores como razones, y para eso necesita valores mayores que cero. Corrija el valor en los datos o quite el criterio.</translation>
    </message>
    <message>
        <location filename="../models/edits.py" line="-814"/>
        <source>The weight of {criterion} must be a number of zero or more.</source>
        <translation>El peso de {criterion} debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Weight of {criterion}</source>
        <translation>Peso de {criterion}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Weight of the group in the combination</source>
        <translation>Peso del grupo en la combinación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name of a group</source>
        <translation>Nombre de un grupo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New group</source>
        <translation>Grupo nuevo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Group removed</source>
        <translation>Grupo eliminado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Community {community}, criterion {criterion}: the values come from comparing the communities two at a time; change the comparisons in the Pairwise comparisons tab.</source>
        <translation>Comunidad {community}, criterio {criterion}: los valores vienen de comparar las comunidades de dos en dos; cambie las comparaciones en la pestaña Comparaciones por pares.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Value of {community} for {criterion}</source>
        <translation>Valor de {community} en {criterion}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New community</source>
        <translation>Comunidad nueva</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Community removed</source>
        <translation>Comunidad eliminada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A community needs a name.</source>
        <translation>La comunidad necesita un nombre.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Import communities</source>
        <translation>Importación de comunidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new: {added}; updated: {updated}</source>
        <translation>nuevas: {added}; actualizadas: {updated}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>New criterion</source>
        <translation>Criterio nuevo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Criterion removed</source>
        <translation>Criterio eliminado</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Current ranking fixed as the baseline</source>
        <translation>Clasificación actual fijada como línea base</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Baseline removed</source>
        <translation>Línea base quitada</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A comparison must be between 1/9 and 9 on Saaty&apos;s scale, not {value}.</source>
        <translation>Una comparación debe estar entre 1/9 y 9 en la escala de Saaty, no {value}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>How many times {first} matters more than {second}</source>
        <translation>Cuántas veces importa más {first} que {second}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Group {group}: not enough comparisons yet to set the weights; answer the suggested questions first.</source>
        <translation>Grupo {group}: todavía no hay suficientes comparaciones para fijar los pesos; primero responda las preguntas sugeridas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weights taken from the comparisons</source>
        <translation>Pesos tomados de las comparaciones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A group&apos;s weight in the combination must be a number of 0 or more.</source>
        <translation>El peso de un grupo en la combinación debe ser un número igual o mayor que 0.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+67"/>
        <source>Criterion {criterion}: the comparison {a} / {b} is not valid.</source>
        <translation>Criterio {criterion}: la comparación {a} / {b} no es válida.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>{criterion}: how many times {first} is better than {second}</source>
        <translation>{criterion}: cuántas veces es mejor {first} que {second}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Criterion {criterion} has no verbal levels.</source>
        <translation>El criterio {criterion} no tiene niveles verbales.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{criterion}: how many times the level “{first}” is better than “{second}”</source>
        <translation>{criterion}: cuántas veces es mejor el nivel “{first}” que “{second}”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Default priorities for the levels of {criterion}</source>
        <translation>Prioridades por defecto para los niveles de {criterion}</translation>
    </message>
    <message>
        <location filename="../models/ranking.py" line="+55"/>
        <source>Scores to rank must be a list or a table of lists.</source>
        <translation>Los puntajes que se clasifican deben ser una lista o una tabla de listas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A score to rank is not a finite number.</source>
        <translation>Un puntaje que se clasifica no es un número finito.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There must be one rank for every score.</source>
        <translation>Debe haber un puesto por cada puntaje.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two rankings to compare must list the same communities.</source>
        <translation>Las dos clasificaciones que se comparan deben tener las mismas comunidades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rank to compare is not a finite number.</source>
        <translation>Un puesto que se compara no es un número finito.</translation>
    </message>
    <message>
        <location filename="../models/topsis.py" line="-116"/>
        <source>The TOPSIS table must be rows of equal length holding numbers only.</source>
        <translation>La tabla de TOPSIS debe tener filas de igual longitud y solo números.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TOPSIS needs a table with at least one community (row) and one criterion (column).</source>
        <translation>TOPSIS necesita una tabla con al menos una comunidad (fila) y un criterio (columna).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Community {community}, criterion {criterion}: the value is not a finite number.</source>
        <translation>Comunidad {community}, criterio {criterion}: el valor no es un número finito.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Criterion directions given: {count}; criteria: {criteria}. Each criterion needs one direction, max or min.</source>
        <translation>Direcciones de criterio indicadas: {count}; criterios: {criteria}. Cada criterio necesita una dirección, max o min.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The weights must be numbers, one per criterion.</source>
        <translation>Los pesos deben ser números, uno por criterio.</translation>
    </message>
    <message>
        <location filename="../models/sensitivity/shares.py" line="+42"/>
        <source>Criterion {criterion} is not ranked (a gate, or without data): its weight cannot change the ranking.</source>
        <translation>El criterio {criterion} no entra en la clasificación (es un filtro o no tiene datos): su peso no puede cambiarla.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../models/topsis.py" line="+4"/>
        <source>There must be one weight per criterion ({criteria}), or rows of them; got the shape {shape}.</source>
        <translation>Debe haber un peso por criterio ({criteria}), o filas de ellos; se recibió la forma {shape}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The weights must be numbers of zero or more.</source>
        <translation>Los pesos deben ser números iguales o mayores que cero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All weights are zero: give the criteria weights before looking at how firm the ranking is.</source>
        <translation>Todos los pesos son cero: asigne pesos a los criterios antes de ver qué tan firme es la clasificación.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A weight share must be between 0 and 1.</source>
        <translation>La proporción de un peso debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <location filename="../models/analysis.py" line="-279"/>
        <source>Unknown method “{method}”: use topsis or ahp.</source>
        <translation>Método desconocido «{method}»: use topsis o ahp.</translation>
    </message>
    <message>
        <location filename="../models/sensitivity/acceptability.py" line="+223"/>
        <location filename="../models/sensitivity/selection.py" line="+50"/>
        <location filename="../models/sensitivity/stability.py" line="+216"/>
        <source>The number of focus communities must be at least 1.</source>
        <translation>El número de comunidades focales debe ser al menos 1.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Unknown sampling mode “{mode}”: use simplex, around or groups.</source>
        <translation>Modo de muestreo desconocido «{mode}»: use simplex, around o groups.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+102"/>
        <source>The number of samples must be at least 1, not {count}.</source>
        <translation>El número de muestras debe ser al menos 1, no {count}.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Sampling around the current weights needs the current weights.</source>
        <translation>Para muestrear alrededor de los pesos actuales se necesitan los pesos actuales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spread of the weights must be at least 0 and below 1, not {spread}.</source>
        <translation>La variación de los pesos debe ser al menos 0 y menor que 1, no {spread}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sampling between the groups needs at least one group&apos;s weights.</source>
        <translation>Para muestrear entre los grupos se necesitan los pesos de al menos un grupo.</translation>
    </message>
    <message>
        <location filename="../models/sensitivity/selection.py" line="+4"/>
        <source>{k} focus communities are asked for, but only {count} communities are eligible.</source>
        <translation>Se piden {k} comunidades focales, pero solo {count} comunidades son elegibles.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{value} has more than one quota.</source>
        <translation>{value} tiene más de una cuota.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value}: the minimum {minimum} is above the maximum {maximum}.</source>
        <translation>{value}: el mínimo {minimum} es mayor que el máximo {maximum}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value}: at least {minimum} communities are required, but only {count} are eligible.</source>
        <translation>{value}: se requieren al menos {minimum} comunidades, pero solo {count} son elegibles.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The minimums of the quotas add up to {required}, more than the {k} focus communities.</source>
        <translation>Los mínimos de las cuotas suman {required}, más que las {k} comunidades focales.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The maximums of {values} leave only {places} places for {k} focus communities.</source>
        <translation>Los máximos de {values} dejan solo {places} lugares para {k} comunidades focales.</translation>
    </message>
    <message>
        <location filename="../models/sensitivity/other_methods.py" line="+130"/>
        <source>The weighted sum model cannot rank with criterion {criterion}: it needs values of zero or more, and above zero for a criterion to minimise.</source>
        <translation>El modelo de suma ponderada no puede ordenar con el criterio {criterion}: necesita valores iguales o mayores que cero, y mayores que cero en un criterio a minimizar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The weighted product model cannot rank with criterion {criterion}: it needs values above zero.</source>
        <translation>El modelo de producto ponderado no puede ordenar con el criterio {criterion}: necesita valores mayores que cero.</translation>
    </message>
    <message>
        <location filename="../models/topsis.py" line="+15"/>
        <source>Criterion {criterion}: the weight {value} must be a number of zero or more.</source>
        <translation>Criterio {criterion}: el peso {value} debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weight set {row}, criterion {criterion}: the weight {value} must be a number of zero or more.</source>
        <translation>Conjunto de pesos {row}, criterio {criterion}: el peso {value} debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <location filename="../models/workshop.py" line="-179"/>
        <source>The data table has {rows} rows and {columns} columns, but the workshop has {communities} communities and {criteria} criteria.</source>
        <translation>La tabla de datos tiene {rows} filas y {columns} columnas, pero el taller tiene {communities} comunidades y {criteria} criterios.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Community {number} has no name.</source>
        <translation>La comunidad {number} no tiene nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A group cannot be called “{name}”.</source>
        <translation>Un grupo no puede llamarse “{name}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group {group}: there is no criterion “{criterion}”.</source>
        <translation>Grupo {group}: no existe el criterio “{criterion}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group {group}, criterion {criterion}: the weight {value} must be a number of zero or more.</source>
        <translation>Grupo {group}, criterio {criterion}: el peso {value} debe ser un número igual o mayor que cero.</translation>
    </message>
    <message>
        <location filename="../models/edits.py" line="-254"/>
        <location filename="../models/workshop.py" line="+12"/>
        <source>Group {group}: the comparison {a} / {b} is not valid.</source>
        <translation>Grupo {group}: la comparación {a} / {b} no es válida.</translation>
    </message>
    <message>
        <location filename="../models/workshop.py" line="-259"/>
        <source>Row {row}: “{name}” is the same name as “{other}” in row {other_row} (capitals, accents and spaces do not count). Each community needs a name of its own: add its place or region, for example.</source>
        <translation>Fila {row}: “{name}” es el mismo nombre que “{other}” de la fila {other_row} (no cuentan las mayúsculas, las tildes ni los espacios). Cada comunidad necesita un nombre propio: agregue, por ejemplo, su lugar o su región.</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Group {group}: the comparison {a} / {b} is {value}, outside the scale 1/9 to 9.</source>
        <translation>Grupo {group}: la comparación {a} / {b} vale {value}, fuera de la escala de 1/9 a 9.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Group {group}: its weight in the combination must be 0 or more.</source>
        <translation>Grupo {group}: su peso en la combinación debe ser 0 o más.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no group “{group}”.</source>
        <translation>No existe el grupo “{group}”.</translation>
    </message>
    <message>
        <location filename="../models/criterion.py" line="+208"/>
        <source>Community {community}, criterion {criterion}: {value} is not a number.</source>
        <translation>Comunidad {community}, criterio {criterion}: {value} no es un número.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Community {community}, criterion {criterion}: the answer must be yes or no.</source>
        <translation>Comunidad {community}, criterio {criterion}: la respuesta debe ser sí o no.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Community {community}, criterion {criterion}: {value} is not one of its {count} levels.</source>
        <translation>Comunidad {community}, criterio {criterion}: {value} no es uno de sus {count} niveles.</translation>
    </message>
    <message>
        <location filename="../models/workshop.py" line="+114"/>
        <location filename="../models/workshop_shape.py" line="+127"/>
        <source>This workshop file has format version {version}; this program reads version {supported}. Please update Priorizar.</source>
        <translation>Este archivo de taller tiene la versión de formato {version}; este programa lee la versión {supported}. Actualice Priorizar, por favor.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Facilitator {number} has no name.</source>
        <translation>El facilitador {number} no tiene nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participant {number} has no name: type it, or remove the row.</source>
        <translation>El participante {number} no tiene nombre: escríbalo o quite la fila.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement {number} does not say what was agreed: type it, or remove the row.</source>
        <translation>El acuerdo {number} no dice qué se acordó: escríbalo o quite la fila.</translation>
    </message>
    <message>
        <location filename="../models/criterion.py" line="-100"/>
        <source>Criterion {criterion} has no identifier.</source>
        <translation>El criterio {criterion} no tiene identificador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Criterion {criterion} is verbal but has fewer than two levels.</source>
        <translation>El criterio {criterion} es verbal, pero tiene menos de dos niveles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Criterion {criterion}: the priority of level “{level}” must be above 0.</source>
        <translation>Criterio {criterion}: la prioridad del nivel “{level}” debe ser mayor que 0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Criterion {criterion}: the lowest acceptable value {low} is above the highest {high}.</source>
        <translation>Criterio {criterion}: el valor mínimo aceptable {low} es mayor que el máximo {high}.</translation>
    </message>
    <message>
        <location filename="../models/workshop.py" line="+29"/>
        <source>The method setting “{setting}” is out of range.</source>
        <translation>El ajuste del método «{setting}» está fuera de rango.</translation>
    </message>
    <message>
        <location filename="../models/criterion.py" line="+22"/>
        <source>Criterion {criterion}: its pairwise comparisons do not fit its kind.</source>
        <translation>Criterio {criterion}: sus comparaciones por pares no corresponden a su tipo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criterion {criterion}: a comparison is {value}, outside the scale 1/9 to 9.</source>
        <translation>Criterio {criterion}: una comparación vale {value}, fuera de la escala de 1/9 a 9.</translation>
    </message>
    <message>
        <location filename="../models/workshop.py" line="+10"/>
        <source>The identifier “{id}” is used twice ({what}).</source>
        <translation>El identificador “{id}” se usa dos veces ({what}).</translation>
    </message>
    <message>
        <location filename="../io/table_mapping.py" line="+381"/>
        <source>Choose at least one column as a criterion.</source>
        <translation>Elija al menos una columna como criterio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column {column} ({header}) is ordinal but has no levels.</source>
        <translation>La columna {column} ({header}) es verbal pero no tiene niveles.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Row {row}, column {column}: the community has no name.</source>
        <translation>Fila {row}, columna {column}: la comunidad no tiene nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}, column {column}: the community “{name}” is already in row {first}.</source>
        <translation>Fila {row}, columna {column}: la comunidad “{name}” ya está en la fila {first}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sheet has no communities below its header row.</source>
        <translation>La hoja no tiene comunidades debajo de la fila de encabezados.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Row {row}, column {column} ({header}): “{text}” is read as {value}, as the file&apos;s decimal mark is “{mark}”; it could also be {other}.</source>
        <translation>Fila {row}, columna {column} ({header}): “{text}” se lee como {value}, porque el separador decimal del archivo es “{mark}”; también podría ser {other}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row {row}, column {column} ({header}): “{text}” could be {value} or {other}; choose how to read the numbers with a thousands separator.</source>
        <translation>Fila {row}, columna {column} ({header}): “{text}” podría ser {value} o {other}; elija cómo leer los números con separador de miles.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Row {row}, column {column} ({header}): the formula “{text}” has no stored value (the file was not saved by a spreadsheet program). Open it in Excel or LibreOffice and save it, or type the value.</source>
        <translation>Fila {row}, columna {column} ({header}): la fórmula “{text}” no tiene un valor guardado (el archivo no lo guardó un programa de hojas de cálculo). Ábralo en Excel o LibreOffice y guárdelo, o escriba el valor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row {row}, column {column} ({header}): “{text}” is a date, not a value of this criterion.</source>
        <translation>Fila {row}, columna {column} ({header}): “{text}” es una fecha, no un valor de este criterio.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row {row}, column {column} ({header}): “{text}” is read as no data.</source>
        <translation>Fila {row}, columna {column} ({header}): “{text}” se lee como sin dato.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Row {row}, column {column} ({header}): “{text}” is not a number.</source>
        <translation>Fila {row}, columna {column} ({header}): “{text}” no es un número.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row {row}, column {column} ({header}): “{text}” is not yes or no.</source>
        <translation>Fila {row}, columna {column} ({header}): “{text}” no es sí ni no.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row {row}, column {column} ({header}): “{text}” is not one of the levels ({levels}).</source>
        <translation>Fila {row}, columna {column} ({header}): “{text}” no es uno de los niveles ({levels}).</translation>
    </message>
    <message>
        <location filename="../models/rank_weights.py" line="+49"/>
        <location line="+39"/>
        <source>There are no weighted criteria to put in order.</source>
        <translation>No hay criterios con peso que ordenar.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Rank order: every place must hold a criterion.</source>
        <translation>Orden de importancia: cada lugar debe tener un criterio.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rank order: {criterion} carries no weight (it is a gate or not a criterion of the workshop).</source>
        <translation>Orden de importancia: {criterion} no lleva peso (es una condición obligatoria o no es un criterio del taller).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rank order: {criterion} is listed more than once; list each criterion once.</source>
        <translation>Orden de importancia: {criterion} aparece más de una vez; ponga cada criterio una sola vez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank order: every weighted criterion needs a place; missing: {criteria}.</source>
        <translation>Orden de importancia: cada criterio con peso necesita un lugar; faltan: {criteria}.</translation>
    </message>
    <message>
        <location filename="../io/community_import.py" line="+244"/>
        <source>Columns {first} and {column} both fill the criterion “{criterion}”: choose one of them.</source>
        <translation>Las columnas {first} y {column} llenan ambas el criterio “{criterion}”: elija una de ellas.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Column {column} ({header}): give the new criterion a name.</source>
        <translation>Columna {column} ({header}): dé un nombre al criterio nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column {column} ({header}): the workshop already has the criterion “{criterion}”; choose it for this column rather than a new criterion of the same name.</source>
        <translation>Columna {column} ({header}): el taller ya tiene el criterio “{criterion}”; elíjalo para esta columna en lugar de un criterio nuevo con el mismo nombre.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Columns {first} and {column} would both be the new criterion “{name}”: give them different names.</source>
        <translation>Las columnas {first} y {column} serían ambas el criterio nuevo “{name}”: deles nombres distintos.</translation>
    </message>
    <message>
        <location filename="../io/settings_values.py" line="+46"/>
        <source>The setting “{key}” is “{value}”, not a whole number from {low} to {high}; {default} is used instead.</source>
        <translation>El ajuste “{key}” vale “{value}”, que no es un número entero de {low} a {high}; se usa {default} en su lugar.</translation>
    </message>
    <message>
        <location filename="../models/limits.py" line="+69"/>
        <source>{field}: the text has {length} characters; at most {limit} fit in one cell of a spreadsheet. Shorten it.</source>
        <translation>{field}: el texto tiene {length} caracteres; en una celda de una hoja de cálculo caben como máximo {limit}. Acórtelo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{communities} communities and {criteria} criteria are more than this program handles: at most {max_communities} communities, {max_criteria} criteria and {max_values} values in all.</source>
        <translation>{communities} comunidades y {criteria} criterios son más de lo que este programa maneja: como máximo {max_communities} comunidades, {max_criteria} criterios y {max_values} valores en total.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{groups} groups are more than this program handles (at most {limit}).</source>
        <translation>{groups} grupos son más de los que este programa maneja (como máximo {limit}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workshop&apos;s texts (names, notes, descriptions) have {length} characters in all; at most {limit} can be saved. Shorten the longest notes.</source>
        <translation>Los textos del taller (nombres, notas, definiciones) suman {length} caracteres; se pueden guardar como máximo {limit}. Acorte las notas más largas.</translation>
    </message>
    <message>
        <location filename="../models/workshop_shape.py" line="-11"/>
        <source>“{file}”: the format version “{version}” (key “schema_version”) is not a valid version; the file is damaged or was not written by Priorizar.</source>
        <translation>“{file}”: la versión de formato “{version}” (clave “schema_version”) no es una versión válida; el archivo está dañado o no lo escribió Priorizar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“{file}”: the key “{key}” has {rows} rows of values, but the workshop has {communities} communities.</source>
        <translation>“{file}”: la clave “{key}” tiene {rows} filas de valores, pero el taller tiene {communities} comunidades.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{file}”: the key “{key}” has {count} values, but the workshop has {criteria} criteria.</source>
        <translation>“{file}”: la clave “{key}” tiene {count} valores, pero el taller tiene {criteria} criterios.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“{file}”: the key “{key}” is missing.</source>
        <translation>“{file}”: falta la clave “{key}”.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>“{file}”: the key “{key}” holds “{value}”, but it should hold named values ({{…}}).</source>
        <translation>“{file}”: la clave “{key}” contiene “{value}”, pero debería contener valores con nombre ({{…}}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}”: the key “{key}” holds “{value}”, but it should hold a list.</source>
        <translation>“{file}”: la clave “{key}” contiene “{value}”, pero debería contener una lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}”: the key “{key}” holds “{value}”, but it should hold a comparison [first, second, value].</source>
        <translation>“{file}”: la clave “{key}” contiene “{value}”, pero debería contener una comparación [primero, segundo, valor].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{file}”: the key “{key}” holds “{value}”, but it should hold a number.</source>
        <translation>“{file}”: la clave “{key}” contiene “{value}”, pero debería contener un número.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}”: the key “{key}” holds “{value}”, but it should hold true or false.</source>
        <translation>“{file}”: la clave “{key}” contiene “{value}”, pero debería contener true o false.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}”: the key “{key}” holds “{value}”, but it should hold a text.</source>
        <translation>“{file}”: la clave “{key}” contiene “{value}”, pero debería contener un texto.</translation>
    </message>
    <message>
        <location filename="../io/saving.py" line="-29"/>
        <source>“{file}” cannot be saved in that format: save it as a decision record (.xlsx) or a workshop file (.json).</source>
        <translation>“{file}” no se puede guardar en ese formato: guárdelo como registro de decisión (.xlsx) o como archivo de taller (.json).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{file}” could not be saved: the computer ran out of memory. Close other programs and save again; the earlier file is unchanged.</source>
        <translation>No se pudo guardar “{file}”: la computadora se quedó sin memoria. Cierre otros programas y vuelva a guardar; el archivo anterior sigue igual.</translation>
    </message>
    <message>
        <location filename="../ui/jobs.py" line="+130"/>
        <source>The work stopped with an unexpected error ({reason}).</source>
        <translation>El trabajo se detuvo por un error inesperado ({reason}).</translation>
    </message>
    <message>
        <location filename="../io/record/cell_problems.py" line="+63"/>
        <source>one of the levels: {levels}</source>
        <translation>uno de los niveles: {levels}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a number without a thousands separator ({reading} or {other})</source>
        <translation>un número sin separador de miles ({reading} o {other})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“{file}”: {count} cells hold values that cannot be read:
{cells}</source>
        <translation>“{file}”: {count} celdas tienen valores que no se pueden leer:
{cells}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{file}”: {count} cells that could not be read were left empty (no data): {cells}. Type their values in the Data tab.</source>
        <translation>“{file}”: {count} celdas que no se pudieron leer quedaron vacías (sin dato): {cells}. Escriba sus valores en la pestaña Datos.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <location filename="../models/log_lines.py" line="+35"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numeric</source>
        <translation>numérico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verbal levels</source>
        <translation>niveles verbales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes/no (gate)</source>
        <translation>condición obligatoria (sí/no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared pairwise</source>
        <translation>comparado por pares</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more is better</source>
        <translation>más es mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less is better</source>
        <translation>menos es mejor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>screen the community out</source>
        <translation>descartar la comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count as the worst value</source>
        <translation>contar como el peor valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ideal (x/max)</source>
        <translation>ideal (x/máx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distributive (x/sum)</source>
        <translation>distributivo (x/suma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at random, every split of the weight equally likely</source>
        <translation>al azar, todos los repartos de peso igual de probables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>around the weights used</source>
        <translation>alrededor de los pesos usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between the groups&apos; weights</source>
        <translation>entre los pesos de los grupos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen communities</source>
        <translation>Comunidades elegidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights that rank the record</source>
        <translation>Pesos que ordenan el registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Combined (all groups)</source>
        <translation>Combinado (todos los grupos)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name of a criterion</source>
        <translation>Nombre de un criterio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition of {criterion}</source>
        <translation>Definición de {criterion}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of {criterion}</source>
        <translation>Tipo de {criterion}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction of {criterion}</source>
        <translation>Dirección de {criterion}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit of {criterion}</source>
        <translation>Unidad de {criterion}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels of {criterion}</source>
        <translation>Niveles de {criterion}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowest acceptable value of {criterion}</source>
        <translation>Valor mínimo aceptable de {criterion}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest acceptable value of {criterion}</source>
        <translation>Valor máximo aceptable de {criterion}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of a community</source>
        <translation>Nombre de una comunidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region of {community}</source>
        <translation>Región de {community}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes of {community}</source>
        <translation>Notas de {community}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no quotas</source>
        <translation>sin cuotas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{region}: at least {minimum}</source>
        <translation>{region}: al menos {minimum}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{region}: {minimum} to {maximum}</source>
        <translation>{region}: de {minimum} a {maximum}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Missing data</source>
        <translation>Datos faltantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AHP mode</source>
        <translation>Modo AHP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Focus communities</source>
        <translation>Comunidades focales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotas per region</source>
        <translation>Cuotas por región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranking the focus communities are chosen from</source>
        <translation>Clasificación de la que se eligen las comunidades focales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights drawn</source>
        <translation>Pesos sorteados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variation of each weight (±)</source>
        <translation>Variación de cada peso (±)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of samples</source>
        <translation>Número de sorteos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with other methods</source>
        <translation>Comparar con otros métodos</translation>
    </message>
    <message>
        <location filename="../io/record/books.py" line="+62"/>
        <source>“{file}” is damaged or is not a workbook of its kind ({suffix}); it cannot be opened.</source>
        <translation>“{file}” está dañado o no es un libro del tipo que indica su extensión ({suffix}); no se puede abrir.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>“{file}” holds {size} MB of sheets, more than this program reads from an OpenDocument workbook (at most {limit} MB). Check that it is the right file; saved as an Excel workbook (.xlsx) it can be larger.</source>
        <translation>“{file}” contiene {size} MB de hojas, más de lo que este programa lee de un libro OpenDocument (como máximo {limit} MB). Compruebe que sea el archivo correcto; guardado como libro de Excel (.xlsx) puede ser más grande.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>“{file}” is protected with a password or is not a workbook Priorizar reads. Open it in Excel or LibreOffice, remove the password and save it as an Excel workbook (.xlsx).</source>
        <translation>“{file}” está protegido con contraseña o no es un libro que Priorizar pueda leer. Ábralo en Excel o LibreOffice, quite la contraseña y guárdelo como libro de Excel (.xlsx).</translation>
    </message>
</context>
<context>
    <name>MethodsPage</name>
    <message>
        <location filename="../ui/robustness/methods.py" line="+68"/>
        <source>Compare with &amp;other methods (weighted sum, weighted product, VIKOR)</source>
        <translation>Comparar con &amp;otros métodos (suma ponderada, producto ponderado, VIKOR)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Needs both rankings of two communities.</source>
        <translation>Hacen falta las dos clasificaciones de dos comunidades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement between TOPSIS and AHP: Kendall&apos;s tau {tau}, Spearman&apos;s rho {rho} (1: the same order, 0: unrelated, -1: reversed).</source>
        <translation>Concordancia entre TOPSIS y AHP: tau de Kendall {tau}, rho de Spearman {rho} (1: el mismo orden, 0: sin relación, -1: invertido).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Weighted sum</source>
        <translation>Suma ponderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted product</source>
        <translation>Producto ponderado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../ui/dialogs/new_workshop.py" line="+158"/>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Choose a &amp;set of criteria to start from:</source>
        <translation>1. Elija una &amp;plantilla de criterios para empezar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. &amp;Keep the criteria you want (untick the ones you do not need):</source>
        <translation>2. &amp;Deje marcados los criterios que quiere (desmarque los que no necesita):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ntick all</source>
        <translation>Desmarcar t&amp;odos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. &amp;Title of the workshop:</source>
        <translation>3. Tít&amp;ulo del taller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: Selection of focus communities</source>
        <translation>por ejemplo: Selección de comunidades focales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then type the communities in the Data tab, or bring them from a spreadsheet with File &gt; Import communities from a spreadsheet, which keeps these criteria. You can still change the criteria in the Criteria tab.</source>
        <translation>Luego escriba las comunidades en la pestaña Datos, o tráigalas de una hoja de cálculo con Archivo &gt; Importar comunidades desde una hoja de cálculo, que conserva estos criterios. Los criterios se pueden cambiar en la pestaña Criterios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These preset files could not be read and are left out:</source>
        <translation>Estas plantillas no se pudieron leer y se dejan fuera:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%s (starting point to adapt)</source>
        <translation>%s (punto de partida para adaptar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create workshop</source>
        <translation>&amp;Crear taller</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%s (yes or no: a community with “no” is left out)</source>
        <translation>%s (sí o no: una comunidad con “no” queda descartada)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No criteria preset could be read.</source>
        <translation>No se pudo leer ninguna plantilla de criterios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: %s</source>
        <translation>Fuente: %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group 1</source>
        <translation>Grupo 1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the criteria as a preset</source>
        <translation>Guardar los criterios como plantilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The workshop has no criteria yet.</source>
        <translation>El taller todavía no tiene criterios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name of the new set of criteria (it will be offered for new workshops):</source>
        <translation>Nombre de la nueva plantilla de criterios (se ofrecerá para nuevos talleres):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Criteria saved from the workshop “{title}”.</source>
        <translation>Criterios guardados del taller “{title}”.</translation>
    </message>
</context>
<context>
    <name>PairwiseEditor</name>
    <message>
        <location filename="../ui/pairwise/pairwise_editor.py" line="+182"/>
        <source>{first} over {second}: not asked yet</source>
        <translation>{first} frente a {second}: aún sin respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first} over {second}: {answer}</source>
        <translation>{first} frente a {second}: {answer}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Ne&amp;xt suggested question</source>
        <translation>Pró&amp;xima pregunta sugerida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Not asked yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{a} vs {b}</source>
        <translation>{a} frente a {b}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{answered} of {total} answered</source>
        <translation>{answered} de {total} respondidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask next: {pairs}</source>
        <translation>Preguntar ahora: {pairs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every pair is answered.</source>
        <translation>Todos los pares tienen respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/pairwise/advice.py" line="+60"/>
        <source>Not enough comparisons yet: the answers do not link everything compared. At least {count} more needed (see the suggested questions).</source>
        <translation>Aún no hay suficientes comparaciones: las respuestas no enlazan todo lo comparado. Faltan al menos {count} más (vea las preguntas sugeridas).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priorities from the answers so far; more answers make them firmer.</source>
        <translation>Prioridades de las respuestas dadas hasta ahora; más respuestas las hacen más firmes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priorities from every answer.</source>
        <translation>Prioridades de todas las respuestas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{glyph} The answers contradict each other ({cr}, where {limit} or less is accepted; see the guide, F1). Check these answers first:</source>
        <translation>{glyph} Las respuestas se contradicen ({cr}, cuando se acepta {limit} o menos; vea la guía, F1). Revise primero estas respuestas:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{glyph} The answers agree with each other well enough ({cr}; {limit} or less is accepted).</source>
        <translation>{glyph} Las respuestas concuerdan lo suficiente entre sí ({cr}; se acepta {limit} o menos).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{number}. {a} vs {b}: answered “{current}”; the other answers imply “{implied}”.</source>
        <translation>{number}. {a} frente a {b}: se respondió “{current}”; las demás respuestas indican “{implied}”.</translation>
    </message>
</context>
<context>
    <name>PairwisePanel</name>
    <message>
        <location line="-77"/>
        <source>equal</source>
        <translation>igual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal to moderate</source>
        <translation>igual a moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderate to strong</source>
        <translation>moderada a fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strong to very strong</source>
        <translation>fuerte a muy fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strong</source>
        <translation>muy fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very strong to extreme</source>
        <translation>muy fuerte a extrema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extreme</source>
        <translation>extrema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Equal (1)</source>
        <translation>Igual (1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {words} ({value})</source>
        <translation>{name}: {words} ({value})</translation>
    </message>
    <message>
        <location filename="../ui/pairwise/pairwise_panel.py" line="+221"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Combined ({method})</source>
        <translation>Combinado ({method})</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Name of the group</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much this group counts in the combined set; 0 leaves it out</source>
        <translation>Cuánto cuenta este grupo en el conjunto combinado; 0 lo deja fuera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move group</source>
        <translation>&amp;Quitar grupo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communities and levels</source>
        <translation>Comunidades y niveles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;k by:</source>
        <translation>Orde&amp;nar por:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Use these weights</source>
        <translation>U&amp;sar estos pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set this group&apos;s weights (the sliders) to the priorities of its answers</source>
        <translation>Poner como pesos del grupo (las barras) las prioridades de sus respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>How much more important is {a} than {b}?</source>
        <translation>¿Cuánto más importante es {a} que {b}?</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Gr&amp;oup:</source>
        <translation>Gr&amp;upo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in the combina&amp;tion:</source>
        <translation>Peso en &amp;la combinación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add grou&amp;p</source>
        <translation>Añad&amp;ir grupo</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>made by AIJ: the weighted geometric mean of the groups&apos; pairwise judgements, because every group answered every pair and uses those answers as its weights</source>
        <translation>calculado por AIJ: la media geométrica ponderada de los juicios por pares de los grupos, porque cada grupo respondió todos los pares y usa esas respuestas como sus pesos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>made by AIP: the weighted geometric mean of the groups&apos; weights, because not every group uses a complete set of pairwise answers as its weights</source>
        <translation>calculado por AIP: la media geométrica ponderada de los pesos de los grupos, porque no todos los grupos usan como pesos un conjunto completo de respuestas por pares</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The combined set is active ({how}). Choose a group in the weight set selector to answer its comparisons; the Groups tab compares the groups.</source>
        <translation>El conjunto combinado está activo ({how}). Elija un grupo en “Pesos de” para responder sus comparaciones; la pestaña Grupos compara los grupos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The group&apos;s weights come from these comparisons.</source>
        <translation>Los pesos del grupo vienen de estas comparaciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The group&apos;s weights (the sliders) do not come from these comparisons. “Use these weights” sets them.</source>
        <translation>Los pesos del grupo (las barras) no vienen de estas comparaciones. “Usar estos pesos” los reemplaza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The group&apos;s weights were set with the sliders.</source>
        <translation>Los pesos del grupo se pusieron con las barras.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Agreement between the groups: needs two groups and two communities.</source>
        <translation>Concordancia entre los grupos: se necesitan dos grupos y dos comunidades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement between the groups&apos; rankings (Kendall&apos;s W): {w}. 1 means identical rankings, 0 no agreement.</source>
        <translation>Concordancia entre las clasificaciones de los grupos (W de Kendall): {w}. 1&#xa0;=&#xa0;clasificaciones idénticas, 0&#xa0;=&#xa0;ninguna concordancia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No pair of criteria was judged differently by two groups yet.</source>
        <translation>Todavía ningún par de criterios fue juzgado de forma distinta por dos grupos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups disagree most on: {a} vs {b}</source>
        <translation>Donde más discrepan los grupos: {a} frente a {b}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Use these weights?</source>
        <translation>¿Usar estos pesos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the comparisons&apos; weights anyway?</source>
        <translation>¿Usar de todos modos los pesos de las comparaciones?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The answers contradict each other ({cr}, where {limit} or less is accepted): the weights they give may not say what the group means.</source>
        <translation>Las respuestas se contradicen ({cr}, cuando se acepta {limit} o menos): los pesos que dan pueden no decir lo que el grupo quiere decir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These locked weights will change too: {names}.</source>
        <translation>También cambiarán estos pesos fijados: {names}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Group {number}</source>
        <translation>Grupo {number}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../ui/results/presentation.py" line="+516"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>combined weights of all groups</source>
        <translation>pesos combinados de todos los grupos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weights of {group}</source>
        <translation>pesos de {group}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Screened out, not ranked:</source>
        <translation>Descartadas (sin clasificar):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No community is screened out.</source>
        <translation>No se descartó ninguna comunidad.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>↑ ↓ choose a criterion · ← → change its weight · Ctrl+Z undo · Esc close</source>
        <translation>↑ ↓ elegir un criterio · ← → cambiar su peso · Ctrl+Z deshacer · Esc salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The combined weights follow the groups&apos;: choose a group to change them.</source>
        <translation>Los pesos combinados siguen a los de los grupos: elija un grupo para cambiarlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Priorizar: presentation</source>
        <translation>Priorizar: presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close presentation</source>
        <translation>Cerrar presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show chart</source>
        <translation>Mostrar gráfico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AHP</source>
        <translation>AHP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ranking: see the notes.</source>
        <translation>Sin clasificación: vea las notas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
</context>
<context>
    <name>RankOrderDialog</name>
    <message>
        <location filename="../ui/dialogs/rank_order_dialog.py" line="+175"/>
        <source>Weights by rank order</source>
        <translation>Pesos por orden de importancia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the criteria in order of importance, most important first: drag them, or select one and use Move up (Alt+Up) and Move down (Alt+Down). The weights follow from the order alone.</source>
        <translation>Ordene los criterios por importancia, el más importante primero: arrástrelos, o seleccione uno y use Subir (Alt+Arriba) y Bajar (Alt+Abajo). Los pesos se deducen solo del orden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Criteria, most important first:</source>
        <translation>&amp;Criterios, el más importante primero:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria in order of importance</source>
        <translation>Criterios por orden de importancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected criterion up (Alt+Up)</source>
        <translation>Subir el criterio seleccionado (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected criterion down (Alt+Down)</source>
        <translation>Bajar el criterio seleccionado (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;As important as the one above</source>
        <translation>&amp;Tan importante como el de arriba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tied criteria share equally the weights of the places they take</source>
        <translation>Los criterios empatados se reparten por igual los pesos de los lugares que ocupan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank &amp;order centroid (recommended)</source>
        <translation>Centroide del &amp;orden (recomendado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barron and Barrett (1996): the centre of all the weights that respect the order; the first criteria get clearly more</source>
        <translation>Barron y Barrett (1996): el centro de todos los pesos que respetan el orden; los primeros criterios reciben claramente más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank &amp;sum</source>
        <translation>Suma de &amp;rangos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights fall in equal steps from the first criterion to the last</source>
        <translation>Los pesos bajan en pasos iguales del primer criterio al último</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The locks of the weights panel are ignored: the rank order sets every weight.</source>
        <translation>Los bloqueos del panel de pesos no se tienen en cuenta: el orden de importancia fija todos los pesos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applying sets the weights of {group} to these percentages (they add up to 100). Undo returns the previous weights.</source>
        <translation>Al aplicar, los pesos de {group} pasan a ser estos porcentajes (suman 100). Deshacer devuelve los pesos anteriores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply &amp;weights</source>
        <translation>Aplicar &amp;pesos</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{place}. {criterion}: {share}</source>
        <translation>{place}. {criterion}: {share}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} (tied with the one above)</source>
        <translation>{text} (empatado con el de arriba)</translation>
    </message>
</context>
<context>
    <name>RankReversalPage</name>
    <message>
        <location filename="../ui/robustness/reversal.py" line="+48"/>
        <source>Does dropping one community change the order of the others? Each ranked community is removed in turn and the others are ranked again with the same weights and settings. TOPSIS and AHP scale each criterion by the communities present, so this can happen.</source>
        <translation>¿Cambia el orden de las demás comunidades si se retira una? Se retira por turno cada comunidad clasificada y se vuelve a clasificar a las demás con los mismos pesos y ajustes. TOPSIS y AHP escalan cada criterio según las comunidades presentes, por lo que esto puede ocurrir.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1 change of place</source>
        <translation>1 cambio de lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changes of place</source>
        <translation>{count} cambios de lugar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Needs three ranked communities: removing one must leave two to compare.</source>
        <translation>Se necesitan tres comunidades clasificadas: al retirar una deben quedar dos para comparar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Removing any one community does not change the order of the others ({method}).</source>
        <translation>Retirar cualquiera de las comunidades no cambia el orden de las demás ({method}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{method}: the order of the others changes without {removals} of the {total} communities ({changes}).</source>
        <translation>{method}: el orden de las demás cambia sin {removals} de las {total} comunidades ({changes}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Without {removed}, {method} puts {a} ahead of {b} (now behind).</source>
        <translation>Sin {removed}, {method} pone a {a} por delante de {b} (ahora va detrás).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… and {changes} more.</source>
        <translation>… y {changes} más.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{names} or {last}</source>
        <comment>before a word that starts with the sound o</comment>
        <translation>{names} u {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{names} or {last}</source>
        <translation>{names} o {last}</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../ui/results/ranking_model.py" line="+211"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closeness</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>#</source>
        <comment>rank column</comment>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>±</source>
        <comment>change since the baseline</comment>
        <translation>±</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 is the best; communities with the same score share a place</source>
        <translation>1 es el mejor; las comunidades con el mismo puntaje comparten el puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOPSIS relative closeness to the ideal, from 0 to 1</source>
        <translation>Cercanía relativa de TOPSIS a la solución ideal, de 0 a 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AHP global priority: sum of weight × local priority</source>
        <translation>Prioridad global de AHP: suma de peso × prioridad local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places moved since the baseline</source>
        <translation>Puestos que subió o bajó desde la línea base</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Place {rank}, tied with one other community</source>
        <translation>Puesto {rank}, empatada con otra comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place {rank}, tied with {count} other communities</source>
        <translation>Puesto {rank}, empatada con otras {count} comunidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place {rank}</source>
        <translation>Puesto {rank}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{score} ({percent} % of the best)</source>
        <translation>{score} ({percent} % del mejor)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>={rank}</source>
        <translation>={rank}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No baseline fixed</source>
        <translation>No hay línea base fijada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the baseline</source>
        <translation>No estaba en la línea base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up 1 place since the baseline</source>
        <translation>Subió 1 puesto desde la línea base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up {count} places since the baseline</source>
        <translation>Subió {count} puestos desde la línea base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down 1 place since the baseline</source>
        <translation>Bajó 1 puesto desde la línea base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down {count} places since the baseline</source>
        <translation>Bajó {count} puestos desde la línea base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same place as in the baseline</source>
        <translation>El mismo puesto que en la línea base</translation>
    </message>
</context>
<context>
    <name>RankingsView</name>
    <message>
        <location filename="../ui/results/texts.py" line="+69"/>
        <source>Missing: {criterion}</source>
        <translation>Sin dato: {criterion}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gate: {criterion} not answered</source>
        <translation>Condición obligatoria: {criterion} sin respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gate: {criterion} = no</source>
        <translation>Condición obligatoria: {criterion} = no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threshold: {criterion} = {value} &gt; {limit} (max accepted)</source>
        <translation>Umbral: {criterion} = {value} &gt; {limit} (máximo aceptado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold: {criterion} = {value} &lt; {limit} (min accepted)</source>
        <translation>Umbral: {criterion} = {value} &lt; {limit} (mínimo aceptado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{community}: {reasons}</source>
        <translation>{community}: {reasons}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Agreement between methods (Kendall&apos;s τ):</source>
        <translation>Acuerdo entre métodos (τ de Kendall):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>distributive</source>
        <translation>distributivo</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>1 = same order, 0 = unrelated, −1 = reversed</source>
        <translation>1&#xa0;=&#xa0;mismo orden, 0&#xa0;=&#xa0;sin relación, −1&#xa0;=&#xa0;orden inverso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOPSIS: closeness to the ideal</source>
        <translation>TOPSIS: cercanía al ideal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AHP: global priority</source>
        <translation>AHP: prioridad global</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Distributive mode: on each criterion the communities share 1 (value / sum of all values). Adding or removing a community, even a copy of another, can reverse the order of the others.</source>
        <translation>Modo distributivo: en cada criterio las comunidades se reparten 1 (valor / suma de todos los valores). Agregar o quitar una comunidad, incluso una copia de otra, puede invertir el orden de las demás.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ideal mode: on each criterion the best community gets 1 and the others their share of it (value / best value). Adding or removing a community that is not the best on any criterion keeps the order of the others.</source>
        <translation>Modo ideal: en cada criterio la mejor comunidad recibe 1 y las demás su fracción de ella (valor / mejor valor). Agregar o quitar una comunidad que no es la mejor en ningún criterio mantiene el orden de las demás.</translation>
    </message>
    <message>
        <location filename="../ui/results/rankings.py" line="+351"/>
        <source>Screened out, not ranked ({count}):</source>
        <translation>Descartadas, sin clasificar ({count}):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No community is screened out.</source>
        <translation>No se descartó ninguna comunidad.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No ranking to show: see the notes below.</source>
        <translation>No hay clasificación que mostrar: vea las notas abajo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Screened-out communities</source>
        <translation>Comunidades descartadas</translation>
    </message>
</context>
<context>
    <name>RobustnessPage</name>
    <message>
        <location filename="../ui/robustness/page.py" line="+29"/>
        <source>Needs two ranked communities and a weight above 0.</source>
        <translation>Hacen falta dos comunidades clasificadas y un peso mayor que 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AHP cannot rank this data (see the rankings).</source>
        <translation>AHP no puede clasificar estos datos (vea los resultados).</translation>
    </message>
</context>
<context>
    <name>ScoresChart</name>
    <message>
        <location filename="../ui/results/charts.py" line="+172"/>
        <source>Score relative to the best (%)</source>
        <translation>Puntaje (% del mejor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOPSIS</source>
        <translation>TOPSIS</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>AHP</source>
        <translation>AHP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores of both methods, relative to each method&apos;s best</source>
        <translation>Puntajes de ambos métodos, respecto al mejor de cada método</translation>
    </message>
</context>
<context>
    <name>SensitivityPanel</name>
    <message>
        <location filename="../ui/robustness/panel.py" line="+89"/>
        <source>Weight sweep</source>
        <translation>Barrido de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stability</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank acceptability</source>
        <translation>Aceptabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus communities</source>
        <translation>Comunidades focales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods</source>
        <translation>Métodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank reversal</source>
        <translation>Inversiones</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../ui/share/window.py" line="+65"/>
        <source>Export &amp;summary (PDF)…</source>
        <translation>Exportar &amp;acta (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One A4 page to print and sign: the weights, both rankings, the chosen communities and the agreements</source>
        <translation>Una página A4 para imprimir y firmar: los pesos, las dos clasificaciones, las comunidades elegidas y los acuerdos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimir acta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the one-page summary (Ctrl+P)</source>
        <translation>Imprimir el acta de una página (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;picture…</source>
        <translation>Exportar &amp;imagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rankings and the weights as presentation mode shows them, as a PNG</source>
        <translation>Las clasificaciones y los pesos como los muestra el modo presentación, en una imagen PNG</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the summary</source>
        <translation>Exportar el acta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Summary saved: {file} (1 page)</source>
        <translation>Acta guardada: {file} (1 página)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary saved: {file} ({pages} pages)</source>
        <translation>Acta guardada: {file} ({pages} páginas)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Summary sent to the printer.</source>
        <translation>Acta enviada a la impresora.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Picture for a phone, 1080 × 1350 (*.png)</source>
        <translation>Imagen para celular, 1080 × 1350 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture for a screen, 1920 × 1080 (*.png)</source>
        <translation>Imagen para pantalla, 1920 × 1080 (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export a picture of the results</source>
        <translation>Exportar una imagen de los resultados</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Picture saved: {file} ({width} × {height})</source>
        <translation>Imagen guardada: {file} ({width} × {height})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the workshop first?</source>
        <translation>¿Guardar primero el taller?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary names the decision record and its SHA-256 code only when the workshop is saved. Save it first?</source>
        <translation>El acta nombra el registro de la decisión y su código SHA-256 solo cuando el taller está guardado. ¿Guardarlo primero?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save first</source>
        <translation>&amp;Guardar primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue without saving</source>
        <translation>&amp;Continuar sin guardar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>summary</source>
        <translation>acta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save %s</source>
        <translation>No se pudo guardar %s</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../ui/dialogs/sheet_dialog.py" line="+109"/>
        <source>Note: %s</source>
        <translation>Nota: %s</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+1"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Excel “CSV” on Windows)</source>
        <translation>Windows-1252 (“CSV” de Excel en Windows)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mac Roman (Excel “CSV” on a Mac)</source>
        <translation>Mac Roman (“CSV” de Excel en una Mac)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (“Texto Unicode” de Excel)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>and %d more</source>
        <translation>y %d más</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not importable yet: correct the cell in row %s</source>
        <translation>Aún no se puede importar: corrija la celda de la fila %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not importable yet: correct the cells in rows %s</source>
        <translation>Aún no se puede importar: corrija las celdas de las filas %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not importable yet: see the problems below</source>
        <translation>Aún no se puede importar: vea los problemas abajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported; read the note on row %s</source>
        <translation>Se importa; lea la nota de la fila %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported; read the notes on rows %s</source>
        <translation>Se importa; lea las notas de las filas %s</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 (detected, %2 % sure)</source>
        <translation>%1 (detectada, con %2 % de certeza)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The encoding is a guess: check the accented names in the preview (ñ, á, é…); if they look wrong, choose another encoding above.</source>
        <translation>La codificación es una suposición: revise los nombres con tildes en la vista previa (ñ, á, é…); si se ven mal, elija otra codificación arriba.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Row %1, column %2 (%3): “%4” is %5 or %6</source>
        <translation>Fila %1, columna %2 (%3): “%4” es %5 o %6</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>… and %d more</source>
        <translation>… y %d más</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As the file&apos;s decimal mark (“%1”) says: “%2” is %3</source>
        <translation>Según el separador decimal del archivo (“%1”): “%2” es %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose how to read them…</source>
        <translation>Elija cómo leerlos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a thousands separator: “%1” is %2</source>
        <translation>Con separador de miles: “%1” es %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With a decimal mark: “%1” is %2</source>
        <translation>Con separador decimal: “%1” es %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;encoding:</source>
        <translation>Codificación del &amp;texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header row:</source>
        <translation>&amp;Fila de encabezados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers that read two ways</source>
        <translation>Números que se leen de dos maneras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;d them:</source>
        <translation>&amp;Interpretarlos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview (first %d rows)</source>
        <translation>Vista previa (primeras %d filas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem or note</source>
        <translation>Problema o nota</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems (%d): correct the file or the choices above</source>
        <translation>Problemas (%d): corrija el archivo o las opciones de arriba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes (%d): check how these cells are read.</source>
        <translation>Notas (%d): revise cómo se leen estas celdas.</translation>
    </message>
</context>
<context>
    <name>StabilityPage</name>
    <message>
        <location filename="../ui/robustness/stability.py" line="+50"/>
        <source>{low} – {high} %</source>
        <translation>{low} – {high} %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current
share</source>
        <translation>Proporción
actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOPSIS
first place</source>
        <translation>TOPSIS
primer puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOPSIS
top {k}</source>
        <translation>TOPSIS
primeros {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AHP
first place</source>
        <translation>AHP
primer puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AHP
top {k}</source>
        <translation>AHP
primeros {k}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The tightest criterion for {methods}: its weight can move least before the first place changes.</source>
        <translation>El criterio más ajustado para {methods}: su peso es el que menos puede moverse antes de que cambie el primer puesto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{method}: the first place is most sensitive to {criterion}; it stays while its share is between {low} and {high} % (now {current} %).</source>
        <translation>{method}: el primer puesto es más sensible a {criterion}; se mantiene mientras su proporción esté entre {low} y {high} % (ahora {current} %).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No weight of a single criterion changes the first place.</source>
        <translation>Ningún peso de un solo criterio cambia el primer puesto.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../ui/share/content.py" line="+219"/>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record of the decision</source>
        <translation>Acta de la decisión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rankings</source>
        <translation>Clasificaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screened out, not ranked ({count})</source>
        <translation>Descartadas, sin clasificar ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No community is screened out.</source>
        <translation>Ninguna comunidad fue descartada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was agreed</source>
        <translation>Qué se acordó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agreement was recorded.</source>
        <translation>No se registró ningún acuerdo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those present sign, or leave their fingerprint, to approve this record.</source>
        <translation>Los presentes firman, o dejan su huella digital, en señal de aprobación de esta acta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made with Priorizar {version}</source>
        <translation>Hecho con Priorizar {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record of the decision: {title}</source>
        <translation>Acta de la decisión: {title}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purpose:</source>
        <translation>Propósito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators:</source>
        <translation>Facilitadores:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} ({genders}): {names}</source>
        <translation>{count} ({genders}): {names}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 woman</source>
        <translation>1 mujer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} women</source>
        <translation>{count} mujeres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 man</source>
        <translation>1 hombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} men</source>
        <translation>{count} hombres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} not recorded</source>
        <translation>{count} sin registrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Used for the rankings: the combined weights of all groups.</source>
        <translation>Usados en las clasificaciones: los pesos combinados de todos los grupos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used for the rankings: the weights of the group {group}.</source>
        <translation>Usados en las clasificaciones: los pesos del grupo {group}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Combined</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>↑ more</source>
        <translation>↑ más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ less</source>
        <translation>↓ menos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Criteria and their weights</source>
        <translation>Criterios y sus pesos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weights of each group (%)</source>
        <translation>Pesos de cada grupo (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required (yes or no), without a weight: {criteria}.</source>
        <translation>Condición obligatoria (sí/no), sin peso: {criteria}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>={rank}</source>
        <translation>={rank}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and 1 more</source>
        <translation>y 1 más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Closeness</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No community can be ranked.</source>
        <translation>Ninguna comunidad se puede clasificar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the best {k} by {method}, without quotas by region</source>
        <translation>las {k} mejores según {method}, sin cuotas por región</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{region} at least {minimum}</source>
        <translation>{region} al menos {minimum}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{region} at most {maximum}</source>
        <translation>{region} como máximo {maximum}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{region} at least {minimum} and at most {maximum}</source>
        <translation>{region} al menos {minimum} y como máximo {maximum}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the best {k} by {method}, with quotas by region: {quotas}</source>
        <translation>las {k} mejores según {method}, con cuotas por región: {quotas}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no ranking to choose from: nothing is proposed.</source>
        <translation>No hay una clasificación de la que elegir: no se propone nada.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Focus communities chosen</source>
        <translation>Comunidades focales elegidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen in the workshop by the rule: {rule}.</source>
        <translation>Elegidas en el taller con la regla: {rule}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the data and weights above, the rule now proposes: {names}.</source>
        <translation>Con los datos y pesos de arriba, la regla ahora propone: {names}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Focus communities proposed</source>
        <translation>Comunidades focales propuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No choice was recorded in the workshop. Proposed by the rule: {rule}.</source>
        <translation>En el taller no se registró ninguna elección. Propuesta según la regla: {rule}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>screened out</source>
        <translation>descartada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank by {method}</source>
        <translation>Puesto según {method}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This workshop was not saved as a decision record (.xlsx): no file is tied to this page.</source>
        <translation>Este taller no se guardó como registro de la decisión (.xlsx): ningún archivo está ligado a esta página.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision record: {file}, which cannot be read now (moved or deleted?), so its SHA-256 is not given.</source>
        <translation>Registro de la decisión: {file}, que ahora no se puede leer (¿se movió o se borró?), así que no se da su SHA-256.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision record: {file}. The workshop changed after that file was saved, so the file does not hold this page: save it again and make the page anew.</source>
        <translation>Registro de la decisión: {file}. El taller cambió después de guardar ese archivo, así que el archivo no contiene lo que dice esta página: guárdelo de nuevo y vuelva a hacer la página.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision record: {file} · SHA-256: {sha256}</source>
        <translation>Registro de la decisión: {file} · SHA-256: {sha256}</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <location filename="../ui/shell/errors.py" line="+55"/>
        <source>Something went wrong that Priorizar did not expect.

Your workshop is still open. To keep your work safe, save it now under a new name (File &gt; Save as).</source>
        <translation>Ocurrió algo que Priorizar no esperaba.

Su taller sigue abierto. Para no perder su trabajo, guárdelo ahora con otro nombre (Archivo &gt; Guardar como).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The details are in {file}: please send that file to whoever supports Priorizar.</source>
        <translation>Los detalles están en {file}: envíe ese archivo a quien da soporte a Priorizar.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>WeightSweepPage</name>
    <message>
        <location filename="../ui/robustness/sweep.py" line="+84"/>
        <source>Weight of:</source>
        <translation>Peso de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method whose scores are shown</source>
        <translation>Método cuyos puntajes se muestran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the weight (%)</source>
        <translation>Proporción del peso (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the weight of {criterion} exceeds {share} %, {a} moves ahead of {b}.</source>
        <translation>Si el peso de {criterion} supera {share} %, {a} pasa adelante de {b}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If the weight of {criterion} falls below {share} %, {a} moves ahead of {b}.</source>
        <translation>Si el peso de {criterion} baja de {share} %, {a} pasa adelante de {b}.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>… and {count} more changes of place.</source>
        <translation>… y {count} cambios de puesto más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No two communities change places for any weight of {criterion}.</source>
        <translation>Ningún par de comunidades cambia de puesto con ningún peso de {criterion}.</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../ui/i18n.py" line="+73"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../ui/editors/weights_panel.py" line="+502"/>
        <source>Whose weights the sliders show and the rankings use</source>
        <translation>De quién son los pesos que muestran las barras y que usan los resultados</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Weight set</source>
        <translation>Conjunto de pesos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>Combined (all groups)</source>
        <translation>Combinado (todos los grupos)</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&amp;Normalise to 100 %</source>
        <translation>&amp;Normalizar a 100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale the weights so that they add up to 100; every share stays the same</source>
        <translation>Ajustar los pesos para que sumen 100; la proporción de cada uno no cambia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give every criterion the same weight</source>
        <translation>Dar el mismo peso a todos los criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;k order…</source>
        <translation>&amp;Orden de importancia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the weights from the order of importance of the criteria</source>
        <translation>Fijar los pesos a partir del orden de importancia de los criterios</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Wei&amp;ght set:</source>
        <translation>&amp;Pesos de:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;qual weights</source>
        <translation>Pesos i&amp;guales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;set</source>
        <translation>Resta&amp;blecer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return this group&apos;s weights to what they were when the workshop was opened</source>
        <translation>Volver a los pesos que tenía este grupo al abrir el taller</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Weight of {criterion}</source>
        <translation>Peso de {criterion}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact weight of {criterion}</source>
        <translation>Peso exacto de {criterion}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of {criterion}</source>
        <translation>Proporción de {criterion}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the total weight</source>
        <translation>Proporción del peso total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock the weight of {criterion}</source>
        <translation>Fijar el peso de {criterion}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock this weight while others rebalance</source>
        <translation>Mantener fijo este peso mientras los demás se reajustan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Locked</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Lock</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Combined set: from the geometric mean of the groups&apos; pairwise judgements (read-only). Choose a group to change its weights.</source>
        <translation>Conjunto combinado: viene de la media geométrica de los juicios por pares de los grupos (solo lectura). Elija un grupo para cambiar sus pesos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Combined set: the geometric mean of the groups&apos; weights (read-only). Choose a group to change its weights.</source>
        <translation>Conjunto combinado: media geométrica de los pesos de los grupos (solo lectura). Elija un grupo para cambiar sus pesos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The combined weights are shares of 100 %.</source>
        <translation>Los pesos combinados son porcentajes que suman 100 %.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These weights come from the group&apos;s pairwise comparisons.</source>
        <translation>Estos pesos vienen de las comparaciones por pares del grupo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These weights were set by hand: they no longer come from the group&apos;s pairwise comparisons.</source>
        <translation>Estos pesos se pusieron a mano: ya no vienen de las comparaciones por pares del grupo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These weights were set by hand with the sliders.</source>
        <translation>Estos pesos se pusieron a mano con las barras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each share is a weight divided by the total of the weights:</source>
        <translation>Cada proporción es un peso dividido entre la suma de los pesos:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every other weight is locked: unlock one to change this weight.</source>
        <translation>Todos los demás pesos están fijados: libere uno para cambiar este peso.</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/details_dialog.py" line="+227"/>
        <source>Workshop details</source>
        <translation>Datos del taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;greements</source>
        <translation>A&amp;cuerdos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No date</source>
        <translation>Si&amp;n fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record says “{date}”; it is kept unless you choose a date.</source>
        <translation>El registro dice “{date}”; se conserva a menos que elija una fecha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>Pr&amp;opósito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitators:</source>
        <translation>Facilitadore&amp;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name per line</source>
        <translation>Un nombre por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation or community</source>
        <translation>Organización o comunidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Summary sheet counts the participants per value (for example F, M).</source>
        <translation>La hoja Resumen cuenta a los participantes por cada valor (por ejemplo F, M).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add participant</source>
        <translation>&amp;Agregar participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove participant</source>
        <translation>&amp;Quitar participante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was agreed</source>
        <translation>Qué se acordó</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add agreement</source>
        <translation>&amp;Agregar acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove agreement</source>
        <translation>&amp;Quitar acuerdo</translation>
    </message>
</context>
</TS>
