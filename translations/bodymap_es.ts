<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BodyMapView</name>
    <message>
        <location filename="../bodymap/gui/body_map.py" line="76"/>
        <source>Body map</source>
        <extracomment>Keys that set how the focused region feels (the first letter of each quality).</extracomment>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/body_map.py" line="81"/>
        <source>Click or press Space to mark a painful region; arrow keys move between regions; plus and minus change the pain intensity; A, B, P and N set how it feels (aching, burning, pins and needles, numbness).</source>
        <translation>Haz clic o pulsa Espacio para marcar una región dolorosa; las flechas llevan de una región a otra; más y menos cambian la intensidad del dolor; A, B, P y N indican cómo se siente (dolor sordo, ardor, hormigueo, entumecimiento).</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/body_map.py" line="106"/>
        <source>{region}, painful, {level} of 10</source>
        <translation>{region}, con dolor, {level} de 10</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/body_map.py" line="108"/>
        <source>{region}, not marked</source>
        <translation>{region}, sin marcar</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="54"/>
        <source>Search a muscle, a place or a complaint: QL, temple, headache</source>
        <extracomment>a place row: its index in the current results&apos; places a place row&apos;s side: &quot;left&quot;, &quot;right&quot;, or &quot;&quot; for both sides a place was marked from the search: the side panel shows Explore</extracomment>
        <translation>Busca un músculo, un lugar o una molestia, en inglés: QL, temple, headache</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="56"/>
        <source>Search muscles, places and complaints</source>
        <translation>Buscar músculos, lugares y molestias</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="60"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="61"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="62"/>
        <source>Which side to show</source>
        <translation>Qué lado mostrar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="67"/>
        <source>Search result message</source>
        <translation>Mensaje del resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="74"/>
        <source>Muscles by body area</source>
        <translation>Músculos por zona del cuerpo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="117"/>
        <source>Its trigger points can cause pain felt as: {place}</source>
        <translation>Sus puntos gatillo pueden causar dolor que se siente como: {place}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="122"/>
        <source>Mark: {place}</source>
        <translation>Marcar: {place}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="126"/>
        <source>Marks it on the body and shows the muscles that can explain it</source>
        <translation>Lo marca en el cuerpo y muestra los músculos que pueden explicarlo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="163"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="165"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="260"/>
        <source>Search: {place}</source>
        <translation>Búsqueda: {place}</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../bodymap/gui/panel/candidates.py" line="57"/>
        <source>{title}, {points}. {explanation} Match {percent} %.</source>
        <translation>{title}, {points}. {explanation} Coincidencia: {percent} %.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../bodymap/report/card_html.py" line="21"/>
        <source>bodymap gives health information, not a diagnosis. Trigger-point patterns are a guide to what may be causing pain, not proof. See a doctor or qualified therapist for pain that is severe, getting worse, unexplained, or comes with any red-flag symptom.</source>
        <translation>bodymap ofrece información de salud, no un diagnóstico. Los patrones de los puntos gatillo orientan sobre lo que puede estar causando el dolor, pero no lo demuestran. Consulta a un médico o a un terapeuta cualificado si el dolor es intenso, va a peor, no tiene explicación o aparece junto con algún signo de alarma.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="29"/>
        <source>Do not press</source>
        <translation>No presiones</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="30"/>
        <source>Not for self-treatment if</source>
        <translation>No te lo trates tú mismo si</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="31"/>
        <source>Stop and seek advice if</source>
        <translation>Para y pide consejo si</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="34"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="35"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="82"/>
        <source>Check first: do not treat this yourself if...</source>
        <extracomment>the anchor of the self-care part of a card, for the &quot;How to self-treat&quot; jump for paper and light palettes; the GUI derives its own from the current palette</extracomment>
        <translation>Comprueba antes: no te lo trates tú mismo si...</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="83"/>
        <source>How to release it</source>
        <translation>Cómo liberarlo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="84"/>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="85"/>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="86"/>
        <source>How to self-treat</source>
        <translation>Cómo tratarlo tú mismo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="87"/>
        <source>Trigger points and where they refer</source>
        <translation>Puntos gatillo y adónde envían el dolor</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="88"/>
        <source>Main pain zone:</source>
        <translation>Zona principal de dolor:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="89"/>
        <source>Sometimes also:</source>
        <translation>A veces también:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="90"/>
        <source>Other symptoms</source>
        <translation>Otros síntomas</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="91"/>
        <source>About the muscle</source>
        <translation>Sobre el músculo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="92"/>
        <source>Attachments:</source>
        <translation>Inserciones:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="93"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="94"/>
        <source>Nerve:</source>
        <translation>Nervio:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="95"/>
        <source>What sets it off or keeps it going:</source>
        <translation>Qué lo desencadena o lo mantiene:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="96"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="97"/>
        <source>Find it:</source>
        <translation>Dónde encontrarlo:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="98"/>
        <source>Position:</source>
        <translation>Postura:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="99"/>
        <source>Use:</source>
        <translation>Usa:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="100"/>
        <source>How hard:</source>
        <translation>Con qué fuerza:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="101"/>
        <source>How long:</source>
        <translation>Cuánto tiempo:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="102"/>
        <source>How often:</source>
        <translation>Con qué frecuencia:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="103"/>
        <source>What you should feel:</source>
        <translation>Qué deberías notar:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="104"/>
        <source>Hold:</source>
        <translation>Mantén:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="105"/>
        <source>Repeat:</source>
        <translation>Repite:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="137"/>
        <source>If any answer is yes: {advice}</source>
        <translation>Si alguna respuesta es sí: {advice}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="193"/>
        <source>Stretch: {name}</source>
        <translation>Estiramiento: {name}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="238"/>
        <source>Also called {aliases}</source>
        <translation>También llamado {aliases}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../bodymap/gui/panel/card.py" line="16"/>
        <source>&lt;h3&gt;Where does it hurt?&lt;/h3&gt;&lt;p&gt;Mark the painful areas on the body map: click a region, or drag across several. Scroll the mouse wheel over a marked region to set how strong the pain is (1-10); right-click it to say how it feels (burning, pins and needles, numbness).&lt;/p&gt;&lt;p&gt;The best-matching muscle is shown at once: its &lt;b&gt;main pain zone&lt;/b&gt; solid red, its &lt;b&gt;spillover zone&lt;/b&gt; hatched, and each &lt;b&gt;X&lt;/b&gt; marks a trigger point. Pick another candidate in the list to compare.&lt;/p&gt;&lt;p&gt;Or open the &lt;b&gt;Muscles&lt;/b&gt; tab to look up any muscle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;¿Dónde te duele?&lt;/h3&gt;&lt;p&gt;Marca las zonas dolorosas en el mapa corporal: haz clic en una región o arrastra sobre varias. Gira la rueda del ratón sobre una región marcada para indicar la intensidad del dolor (1-10); haz clic derecho sobre ella para decir cómo se siente (ardor, hormigueo, entumecimiento).&lt;/p&gt;&lt;p&gt;El músculo que mejor encaja aparece al instante: su &lt;b&gt;zona principal de dolor&lt;/b&gt; en rojo sólido, su &lt;b&gt;zona de extensión&lt;/b&gt; rayada, y cada &lt;b&gt;X&lt;/b&gt; señala un punto gatillo. Elige otro candidato de la lista para comparar.&lt;/p&gt;&lt;p&gt;O abre la pestaña &lt;b&gt;Músculos&lt;/b&gt; para consultar cualquier músculo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/card.py" line="33"/>
        <source>Muscle card</source>
        <translation>Ficha del músculo</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../bodymap/domain/drawing_changes.py" line="70"/>
        <source>Resolved ({n}): {regions}.</source>
        <translation>Desaparecido ({n}): {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/drawing_changes.py" line="73"/>
        <source>New ({n}): {regions}.</source>
        <translation>Nuevo ({n}): {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/drawing_changes.py" line="76"/>
        <source>Eased ({n}): {regions}.</source>
        <translation>Ha mejorado ({n}): {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/drawing_changes.py" line="79"/>
        <source>Worse ({n}): {regions}.</source>
        <translation>Ha empeorado ({n}): {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/drawing_changes.py" line="82"/>
        <source>Unchanged ({n}): {regions}.</source>
        <translation>Sin cambios ({n}): {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/drawing_changes.py" line="85"/>
        <source>No change: the same regions hurt, as strongly, at both visits.</source>
        <translation>Sin cambios: en las dos visitas duelen las mismas regiones, con la misma intensidad.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/drawing_changes.py" line="88"/>
        <source>Neither visit has any painful region.</source>
        <translation>Ninguna de las dos visitas tiene regiones dolorosas.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="24"/>
        <source>Jan</source>
        <extracomment>month abbreviations as dates read in the dock (&quot;3 Nov 2026&quot;)</extracomment>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="24"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="25"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="25"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="26"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="26"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="27"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="27"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="28"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="28"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="29"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="29"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="40"/>
        <location filename="../bodymap/gui/clients/progress_chart.py" line="33"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="60"/>
        <source>{n} painful region</source>
        <translation>{n} región dolorosa</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="61"/>
        <source>{n} painful regions</source>
        <translation>{n} regiones dolorosas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="70"/>
        <source>{muscle} — {point}, left</source>
        <translation>{muscle} — {point}, izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="72"/>
        <source>{muscle} — {point}, right</source>
        <translation>{muscle} — {point}, derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="47"/>
        <location filename="../bodymap/gui/clients/panel.py" line="228"/>
        <source>Edit visit</source>
        <translation>Corregir visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="48"/>
        <source>Save visit</source>
        <translation>Guardar visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="56"/>
        <source>Pain before the treatment, 0-10</source>
        <translation>Dolor antes del tratamiento, 0-10</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="58"/>
        <source>Pain after the treatment, 0-10</source>
        <translation>Dolor después del tratamiento, 0-10</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="64"/>
        <source>What you found and did; advice given</source>
        <extracomment>the ticked rows are what is saved (the picker&apos;s list)</extracomment>
        <translation>Qué encontraste e hiciste; consejos que diste</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="83"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="84"/>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="87"/>
        <source>after</source>
        <extracomment>the second of &quot;Pain before [ ] after [ ]&quot;</extracomment>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="94"/>
        <location filename="../bodymap/gui/clients/point_picker.py" line="41"/>
        <source>Trigger points treated</source>
        <extracomment>With this few muscles found, their points are shown unfolded.</extracomment>
        <translation>Puntos gatillo tratados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="95"/>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="42"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="111"/>
        <source>The drawing on the map ({regions}) is saved with the visit.</source>
        <translation>El dibujo del mapa ({regions}) se guarda con la visita.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="115"/>
        <source>Visit of {day}, with its drawing of {regions}.</source>
        <translation>Visita del {day}, con su dibujo de {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="120"/>
        <source>Replace its drawing with the one on the map now ({n} region)</source>
        <translation>Sustituir su dibujo por el que está ahora en el mapa ({n} región)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="122"/>
        <source>Replace its drawing with the one on the map now ({n} regions)</source>
        <translation>Sustituir su dibujo por el que está ahora en el mapa ({n} regiones)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="135"/>
        <source>Edited {n} time; earlier versions are kept:</source>
        <translation>Corregida {n} vez; se guardan las versiones anteriores:</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="137"/>
        <source>Edited {n} times; earlier versions are kept:</source>
        <translation>Corregida {n} veces; se guardan las versiones anteriores:</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="145"/>
        <source>{n} point treated</source>
        <translation>{n} punto tratado</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="146"/>
        <source>{n} points treated</source>
        <translation>{n} puntos tratados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="147"/>
        <source>• until {when}: pain {before} → {after}, {points}</source>
        <translation>• hasta el {when}: dolor {before} → {after}, {points}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="152"/>
        <source>, notes: {notes}</source>
        <translation>, notas: {notes}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="176"/>
        <source>not recorded</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="76"/>
        <location filename="../bodymap/gui/clients/records.py" line="116"/>
        <location filename="../bodymap/gui/clients/records.py" line="164"/>
        <location filename="../bodymap/gui/clients/records.py" line="171"/>
        <source>Client records</source>
        <translation>Registros de clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="91"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="92"/>
        <source>An import is still running; wait for it to finish.</source>
        <translation>Todavía hay una importación en curso; espera a que termine.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="100"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="129"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="130"/>
        <source>Choose a client first.</source>
        <translation>Primero elige un cliente.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="132"/>
        <source>JSON, round-trips exactly (*.json)</source>
        <translation>JSON, se reimporta sin pérdidas (*.json)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="134"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="136"/>
        <source>Export visits</source>
        <translation>Exportar visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="144"/>
        <source>Import visits</source>
        <translation>Importar visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="145"/>
        <source>bodymap JSON (*.json)</source>
        <translation>JSON de bodymap (*.json)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="165"/>
        <source>That client or visit is not there any more: it was deleted, perhaps in another window. The records were read again.</source>
        <translation>Ese cliente o esa visita ya no existe: se borró, quizá desde otra ventana. Se han vuelto a leer los registros.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="39"/>
        <source>Compare visits: {first} and {second}</source>
        <translation>Comparar visitas: {first} y {second}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="46"/>
        <source>Not drawn in these views: {regions}.</source>
        <translation>No se ve en estas vistas: {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="52"/>
        <source>Both show the same close-up of the {view} view (on your left: {left}).</source>
        <translation>Las dos muestran el mismo primer plano (vista: {view}; a tu izquierda: {left}).</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="60"/>
        <source>From {first} to {second}: what changed in the painful areas</source>
        <translation>Del {first} al {second}: qué cambió en las zonas dolorosas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="75"/>
        <source>Drawing of {day}</source>
        <translation>Dibujo del {day}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="98"/>
        <source>{day}: {regions}, pain {before} → {after}</source>
        <translation>{day}: {regions}, dolor {before} → {after}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="103"/>
        <location filename="../bodymap/gui/clients/visit_list.py" line="72"/>
        <source>Treated: {points}</source>
        <translation>Tratado: {points}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="105"/>
        <source>nothing recorded</source>
        <translation>nada anotado</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="109"/>
        <location filename="../bodymap/gui/clients/visit_list.py" line="77"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="31"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="32"/>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="33"/>
        <source>Pain before, highest first</source>
        <translation>Dolor antes, de mayor a menor</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="34"/>
        <source>Pain after, highest first</source>
        <translation>Dolor después, de mayor a menor</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="35"/>
        <source>Most relief first (before − after)</source>
        <translation>Más alivio primero (antes − después)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="61"/>
        <source>{n} region</source>
        <translation>{n} región</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="62"/>
        <source>{n} regions</source>
        <translation>{n} regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="63"/>
        <source>{day} · pain {before} → {after} · {regions}</source>
        <translation>{day} · dolor {before} → {after} · {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="68"/>
        <source> · edited {n} time</source>
        <translation> · corregida {n} vez</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="69"/>
        <source> · edited {n} times</source>
        <translation> · corregida {n} veces</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="85"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="54"/>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="23"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="56"/>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="59"/>
        <source>Sort visits</source>
        <translation>Ordenar visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="66"/>
        <source>Save visit…</source>
        <translation>Guardar visita…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="67"/>
        <source>Save the drawing on the map as a visit of this client</source>
        <translation>Guarda el dibujo del mapa como una visita de este cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="70"/>
        <source>Edit visit…</source>
        <translation>Corregir visita…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="71"/>
        <source>Correct the selected visit; its earlier version is kept</source>
        <translation>Corrige la visita seleccionada; se guarda su versión anterior</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="74"/>
        <source>Open drawing</source>
        <translation>Abrir dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="75"/>
        <source>Put the selected visit&apos;s drawing on the map</source>
        <translation>Pone en el mapa el dibujo de la visita seleccionada</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="78"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="79"/>
        <source>Select two visits to see what changed between them</source>
        <translation>Selecciona dos visitas para ver qué cambió entre ellas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="82"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="86"/>
        <source>Records: {path}</source>
        <translation>Registros: {path}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="98"/>
        <source>Visits, sorted by</source>
        <translation>Visitas, ordenadas por</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="125"/>
        <source>— choose a client —</source>
        <translation>— elige un cliente —</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="148"/>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="24"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="229"/>
        <source>Select one visit to edit it.</source>
        <translation>Selecciona una visita para corregirla.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="261"/>
        <source>Open visit of {day}</source>
        <translation>Abrir la visita del {day}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="270"/>
        <source>Compare visits</source>
        <translation>Comparar visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="271"/>
        <source>Select exactly two visits (Ctrl+click) to compare them.</source>
        <translation>Selecciona exactamente dos visitas (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="287"/>
        <source>Delete visit</source>
        <translation>Borrar visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="289"/>
        <source>Delete this visit and its earlier versions? This cannot be undone.</source>
        <translation>¿Borrar esta visita y sus versiones anteriores? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="292"/>
        <source>Delete {n} visits and their earlier versions? This cannot be undone.</source>
        <translation>¿Borrar {n} visitas y sus versiones anteriores? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="44"/>
        <source>Find any muscle (name or abbreviation: QL, SCM…)</source>
        <translation>Busca un músculo (en inglés o abreviado: QL, SCM…)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="46"/>
        <source>Find a muscle</source>
        <translation>Buscar un músculo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="51"/>
        <source>All muscles and their trigger points</source>
        <translation>Todos los músculos y sus puntos gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="71"/>
        <source>Tick the points treated. Those the drawing suggests are listed first; find any other muscle below.</source>
        <translation>Marca los puntos tratados. Primero aparecen los que sugiere el dibujo; busca cualquier otro músculo más abajo.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="74"/>
        <source>No points are suggested (the map has no drawing): find the muscle below and tick the points treated.</source>
        <translation>No hay puntos sugeridos (el mapa no tiene dibujo): busca el músculo más abajo y marca los puntos tratados.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="140"/>
        <source>No muscle matches “{query}”. Try part of its name, or an abbreviation such as QL or SCM.</source>
        <translation>Ningún músculo coincide con «{query}». Prueba con parte de su nombre o con una abreviatura como QL o SCM.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="155"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="157"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="39"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="41"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="50"/>
        <source>A name is needed</source>
        <translation>Hace falta un nombre</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/progress_chart.py" line="26"/>
        <source>No visits yet. Once visits are saved, this chart shows pain before and after each treatment and the number of painful regions, by date.</source>
        <extracomment>at most this many date labels fit under the chart in the dock&apos;s narrow column visits on one day are spread over it by this fraction of a day, so each stays visible</extracomment>
        <translation>Todavía no hay visitas. Cuando guardes alguna, este gráfico mostrará por fecha el dolor antes y después de cada tratamiento y el número de regiones dolorosas.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/progress_chart.py" line="35"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/progress_chart.py" line="58"/>
        <source>pain 0-10 / regions</source>
        <translation>dolor 0-10 / regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/progress_chart.py" line="62"/>
        <source>pain before</source>
        <translation>dolor antes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/progress_chart.py" line="65"/>
        <source>pain after</source>
        <translation>dolor después</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/progress_chart.py" line="69"/>
        <source>painful regions</source>
        <translation>regiones dolorosas</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../bodymap/gui/panel/explore.py" line="22"/>
        <source>Click where it hurts on the body. The muscles whose trigger points best explain your drawing are listed here, best first.</source>
        <translation>Haz clic donde te duele en el cuerpo. Aquí aparecen los músculos cuyos puntos gatillo explican mejor tu dibujo, del más al menos probable.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/explore.py" line="33"/>
        <source>Ranked candidates</source>
        <translation>Candidatos ordenados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/explore.py" line="41"/>
        <source>Some of the areas you marked can also hurt for reasons a muscle cannot explain. &lt;a href=&apos;#red-flags&apos;&gt;Check the red flags&lt;/a&gt; before treating them.</source>
        <translation>Algunas de las zonas que marcaste también pueden doler por causas que un músculo no explica. &lt;a href=&apos;#red-flags&apos;&gt;Revisa los signos de alarma&lt;/a&gt; antes de tratarlas.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/explore.py" line="71"/>
        <source>No single muscle explains all of it. Together, {muscles} would (match {percent} %). &lt;a href=&apos;#together&apos;&gt;Show them together&lt;/a&gt;</source>
        <translation>Ningún músculo lo explica todo por sí solo. Juntos, {muscles} sí lo harían (coincidencia: {percent} %). &lt;a href=&apos;#together&apos;&gt;Mostrarlos juntos&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../bodymap/gui/exports.py" line="32"/>
        <location filename="../bodymap/gui/exports.py" line="45"/>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="42"/>
        <source>{muscle} — {side}</source>
        <translation>{muscle} — {side}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="54"/>
        <source>Export map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="56"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="64"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="65"/>
        <location filename="../bodymap/gui/exports.py" line="117"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="70"/>
        <location filename="../bodymap/gui/exports.py" line="122"/>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="100"/>
        <source>Save handout</source>
        <translation>Guardar la hoja para el cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="102"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="116"/>
        <source>Handout not saved</source>
        <translation>La hoja no se ha guardado</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../bodymap/report/handout.py" line="37"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="37"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="38"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="38"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="39"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="39"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="40"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="40"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="41"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="41"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="42"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="42"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="48"/>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="80"/>
        <source>Your trigger-point self-care plan</source>
        <translation>Tu plan de autocuidado de puntos gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="87"/>
        <source>Notes from your therapist</source>
        <translation>Notas de tu terapeuta</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="93"/>
        <source>See a clinician before treating this yourself</source>
        <translation>Consulta a un profesional sanitario antes de tratarlo tú mismo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="98"/>
        <source>Where you marked pain</source>
        <translation>Dónde marcaste dolor</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="103"/>
        <source>How it feels: {qualities}</source>
        <translation>Cómo se siente: {qualities}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="108"/>
        <source>This plan covers: &lt;b&gt;{muscles}&lt;/b&gt;; each starts on a new page.</source>
        <translation>Este plan incluye: &lt;b&gt;{muscles}&lt;/b&gt;; cada uno empieza en una página nueva.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="111"/>
        <source>When to stop and see a doctor</source>
        <translation>Cuándo parar y acudir al médico</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="113"/>
        <source>Stop self-treatment and get medical help if you notice numbness between the legs, new bladder or bowel problems, fever, weight loss you cannot explain, chest pain with breathlessness or chest pain that comes on with effort, pain after a fall or accident, numbness or weakness that is getting worse, a swollen, warm or red calf, or dizziness, double vision or trouble speaking or swallowing with a new neck pain.</source>
        <translation>Deja el autotratamiento y busca ayuda médica si notas entumecimiento entre las piernas, problemas nuevos para orinar o defecar, fiebre, pérdida de peso sin explicación, dolor en el pecho con falta de aire o que aparece con el esfuerzo, dolor tras una caída o un accidente, entumecimiento o debilidad que van a peor, una pantorrilla hinchada, caliente o enrojecida, o mareo, visión doble o dificultad para hablar o tragar junto con un dolor de cuello nuevo.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="130"/>
        <source>Facts from: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="148"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="149"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="150"/>
        <source>It sends pain mainly to the {regions}.</source>
        <translation>Envía el dolor sobre todo a: {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="218"/>
        <source>bodymap self-care handout</source>
        <translation>Hoja de autocuidado de bodymap</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="27"/>
        <source>Client handout</source>
        <translation>Hoja para el cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="29"/>
        <source>Client name (optional)</source>
        <translation>Nombre del cliente (opcional)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="39"/>
        <source>Your notes for the client: what you found, what to do at home, when to come back</source>
        <translation>Tus notas para el cliente: qué encontraste, qué hacer en casa, cuándo volver</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="46"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="47"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="48"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="62"/>
        <source>Head and face</source>
        <translation>Cabeza y cara</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="63"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="64"/>
        <source>Shoulder girdle and chest</source>
        <translation>Cintura escapular y pecho</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="65"/>
        <source>Arm and hand</source>
        <translation>Brazo y mano</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="66"/>
        <source>Trunk</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="67"/>
        <source>Pelvis and hip</source>
        <translation>Pelvis y cadera</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="68"/>
        <source>Thigh and knee</source>
        <translation>Muslo y rodilla</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="69"/>
        <source>Lower leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="70"/>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../bodymap/gui/translations.py" line="110"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/translations.py" line="149"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/translations.py" line="150"/>
        <source>bodymap will use {language} the next time it starts.</source>
        <translation>bodymap usará {language} la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="80"/>
        <source>Face and front of neck</source>
        <translation>Cara y cuello</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="81"/>
        <source>Left side of head</source>
        <translation>Lado izquierdo de la cabeza</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="82"/>
        <source>Back of head</source>
        <translation>Cabeza, detrás</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="85"/>
        <source>Right palm</source>
        <translation>Palma derecha</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="86"/>
        <source>Left palm</source>
        <translation>Palma izquierda</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="88"/>
        <source>Back of left hand</source>
        <translation>Dorso izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="90"/>
        <source>Back of right hand</source>
        <translation>Dorso derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="93"/>
        <source>Right, top</source>
        <translation>Pie dcho.</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="94"/>
        <source>Left, top</source>
        <translation>Pie izq.</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="95"/>
        <location filename="../bodymap/scene/layouts.py" line="104"/>
        <source>Soles</source>
        <translation>Plantas</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="97"/>
        <source>Right, outer side</source>
        <translation>Exterior dcho.</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="98"/>
        <source>Left, outer side</source>
        <translation>Exterior izq.</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="102"/>
        <source>Front and back</source>
        <translation>Delante y detrás</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="103"/>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="105"/>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="106"/>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="107"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="108"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="109"/>
        <source>Head and neck</source>
        <translation>Cabeza y cuello</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="110"/>
        <source>Hands</source>
        <translation>Manos</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/layouts.py" line="111"/>
        <source>Feet</source>
        <translation>Pies</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../bodymap/gui/main_window.py" line="83"/>
        <source>Clients</source>
        <extracomment>the first window takes at most this share of the screen&apos;s free area</extracomment>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation type="vanished">Abrir la visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/main_window.py" line="167"/>
        <source>bodymap {version}

Explore myofascial trigger points and their referral patterns.

{disclaimer}</source>
        <translation>bodymap {version}

Explora los puntos gatillo miofasciales y sus patrones de dolor referido.

{disclaimer}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/main_window.py" line="170"/>
        <source>About bodymap</source>
        <translation>Acerca de bodymap</translation>
    </message>
</context>
<context>
    <name>RegionMenu</name>
    <message>
        <location filename="../bodymap/gui/region_menu.py" line="26"/>
        <source>Pain {level}</source>
        <translation>Dolor {level}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/region_menu.py" line="33"/>
        <source>Feels like</source>
        <translation>Se siente como</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/region_menu.py" line="43"/>
        <source>Not painful</source>
        <translation>Sin dolor</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../bodymap/gui/panel/safety.py" line="46"/>
        <source>Tick anything that applies. These symptoms need a clinician, not self-treatment.</source>
        <translation>Marca todo lo que te ocurra. Estos síntomas necesitan un profesional sanitario, no autotratamiento.</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <location filename="../bodymap/scene/scene.py" line="31"/>
        <location filename="../bodymap/scene/scene.py" line="32"/>
        <location filename="../bodymap/scene/scene.py" line="33"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="31"/>
        <location filename="../bodymap/scene/scene.py" line="32"/>
        <location filename="../bodymap/scene/scene.py" line="33"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="34"/>
        <location filename="../bodymap/scene/scene.py" line="35"/>
        <location filename="../bodymap/scene/scene.py" line="41"/>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="34"/>
        <location filename="../bodymap/scene/scene.py" line="35"/>
        <location filename="../bodymap/scene/scene.py" line="42"/>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="43"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="44"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="45"/>
        <source>Soles</source>
        <translation>Plantas</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="50"/>
        <source>aching</source>
        <translation>dolor sordo</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="51"/>
        <source>burning</source>
        <translation>ardor</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="52"/>
        <source>pins and needles</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="53"/>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="308"/>
        <source>The muscle (red, with its fibres)</source>
        <translation>El músculo (rojo, con sus fibras)</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="310"/>
        <source>A deep muscle, seen through what covers it (dashed)</source>
        <translation>Un músculo profundo, visto a través de lo que lo cubre (discontinuo)</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="375"/>
        <source>Your pain: orange outline, stronger shading = stronger pain</source>
        <extracomment>X marks closer than this (scene units; a head is 100) are spread apart so none hides another</extracomment>
        <translation>Tu dolor: contorno naranja; cuanto más intenso el color, más dolor</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="379"/>
        <source>Main pain zone (solid red)</source>
        <translation>Zona principal de dolor (rojo sólido)</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="382"/>
        <source>Spillover zone (hatched)</source>
        <translation>Zona de extensión (rayada)</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="384"/>
        <source>X: the trigger point</source>
        <translation>X: el punto gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="484"/>
        <source>plain colour: {quality}</source>
        <translation>color liso: {quality}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../bodymap/domain/search.py" line="217"/>
        <source>{place} (both sides)</source>
        <extracomment>the most a shared start can add to a ratio r: 0.1 per letter over four letters set when the muscle is listed because of a place or complaint the query named (&quot;temple headache&quot;), not because of its own name muscles a source names for a place score just under the place itself, and muscles that merely refer pain there a little lower, so an exact muscle name still outranks both the most places one query lists; more would push the muscles off the screen what the row says: the area label (&quot;temple&quot;) or the complaint (&quot;tennis elbow&quot;) bare area names to mark (data/regions.yaml), on one side or both which of its names matched (&quot;lateral epicondylitis&quot; for tennis elbow) the muscles a source names first for it, most likely first red-flag checklist ids to read first</extracomment>
        <translation>{place} (ambos lados)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/search.py" line="219"/>
        <source>left {place}</source>
        <translation>{place} (lado izquierdo)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/search.py" line="221"/>
        <source>right {place}</source>
        <translation>{place} (lado derecho)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/search.py" line="255"/>
        <source>No match for {query}. Try a muscle (trapezius, QL), a place on the body (temple, heel) or a complaint (headache, tennis elbow).</source>
        <extracomment>names near a query that matched nothing (&quot;did you mean ...&quot;), best first</extracomment>
        <translation>Nada coincide con {query}. Prueba, en inglés, con un músculo (trapezius, QL), un lugar del cuerpo (temple, heel) o una molestia (headache, tennis elbow).</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/search.py" line="263"/>
        <source>No match for {query}. Did you mean {names}?</source>
        <translation>Nada coincide con {query}. ¿Quisiste decir {names}?</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../bodymap/session/derive.py" line="29"/>
        <source>{muscle} (left)</source>
        <extracomment>How many candidates the Explore list offers: enough to scroll, few enough to read.</extracomment>
        <translation>{muscle} (izquierdo)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="30"/>
        <source>{muscle} (right)</source>
        <translation>{muscle} (derecho)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="31"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="32"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="90"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="93"/>
        <source>{side} ({names})</source>
        <translation>{side} ({names})</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="95"/>
        <source>{place} points, {side} ({names})</source>
        <translation>puntos en {place}, {side} ({names})</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="98"/>
        <source>{place} point, {side} ({names})</source>
        <translation>punto en {place}, {side} ({names})</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="115"/>
        <source>May be the {nerve} squeezed by {muscle} (left)</source>
        <translation>Puede ser el {nerve} comprimido por {muscle} (izquierdo)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="118"/>
        <source>May be the {nerve} squeezed by {muscle} (right)</source>
        <translation>Puede ser el {nerve} comprimido por {muscle} (derecho)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="123"/>
        <source>{muscle}, both sides</source>
        <translation>{muscle}, ambos lados</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="135"/>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="144"/>
        <source>{n} trigger points</source>
        <translation>{n} puntos gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="146"/>
        <source>{what}, {where}</source>
        <translation>{what}, {where}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="182"/>
        <source>Shown together with {others}: between them they explain the whole drawing.</source>
        <translation>Se muestra junto con {others}: entre todos explican el dibujo completo.</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="201"/>
        <source>{region} — click to mark</source>
        <translation>{region}: haz clic para marcar</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="204"/>
        <source>{region} — pain {level} (scroll or +/− to change)</source>
        <translation>{region}: dolor {level} (rueda o +/− para cambiarlo)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="206"/>
        <source>{region} — pain {level}, {quality} (scroll or +/− to change)</source>
        <translation>{region}: dolor {level}, {quality} (rueda o +/− para cambiarlo)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="218"/>
        <source>No muscle selected</source>
        <translation>Ningún músculo seleccionado</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="219"/>
        <source>Pick a candidate, or use the arrow keys</source>
        <translation>Elige un candidato o usa las flechas</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="220"/>
        <source>Mark the painful areas, or pick a muscle</source>
        <translation>Marca las zonas dolorosas o elige un músculo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="44"/>
        <source>bodymap — trigger-point body map</source>
        <translation>bodymap: mapa corporal de puntos gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="146"/>
        <source>Mark {region}</source>
        <translation>Marcar {region}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="147"/>
        <location filename="../bodymap/session/session.py" line="191"/>
        <source>Unmark {region}</source>
        <translation>Desmarcar {region}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="156"/>
        <source>Mark regions</source>
        <translation>Marcar regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="157"/>
        <source>Unmark regions</source>
        <translation>Desmarcar regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="184"/>
        <source>Paint regions</source>
        <translation>Pintar regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="185"/>
        <source>Erase regions</source>
        <translation>Borrar regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="199"/>
        <source>Change intensity of {region}</source>
        <translation>Cambiar la intensidad de {region}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="208"/>
        <source>Set intensity of {region}</source>
        <translation>Fijar la intensidad de {region}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="216"/>
        <source>Set {region} to {quality}</source>
        <translation>Poner {region} como {quality}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="222"/>
        <source>Clear drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="228"/>
        <source>Open drawing</source>
        <translation>Abrir un dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="383"/>
        <source>1 painful region</source>
        <translation>1 región dolorosa</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="384"/>
        <source>{n} painful regions</source>
        <translation>{n} regiones dolorosas</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="51"/>
        <source>Safety advice</source>
        <translation>Consejo de seguridad</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="58"/>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="59"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="60"/>
        <source>Red flags</source>
        <translation>Signos de alarma</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="68"/>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="69"/>
        <source>Main zone</source>
        <translation>Zona principal</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="70"/>
        <source>Spillover</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="71"/>
        <source>Trigger points (X)</source>
        <translation>Puntos gatillo (X)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="72"/>
        <source>The muscle in place, red; dashed when it lies deep</source>
        <translation>El músculo en su sitio, en rojo; discontinuo si es profundo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="74"/>
        <source>Where its trigger points send pain most: solid rose</source>
        <translation>Adonde sus puntos gatillo envían más dolor: rosa sólido</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="75"/>
        <source>Where the pain sometimes spreads: hatched</source>
        <translation>Adonde a veces se extiende el dolor: rayado</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="76"/>
        <source>The trigger points themselves: X</source>
        <translation>Los propios puntos gatillo: X</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="147"/>
        <source>Get help now</source>
        <translation>Busca ayuda ya</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="148"/>
        <source>See a clinician before treating this yourself</source>
        <translation>Consulta a un profesional sanitario antes de tratarlo tú mismo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../bodymap/gui/app.py" line="49"/>
        <location filename="../bodymap/gui/app.py" line="76"/>
        <source>Client records cannot be opened</source>
        <translation>No se pueden abrir los registros de clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="50"/>
        <source>{error}

The file has not been changed.</source>
        <translation>{error}

El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="54"/>
        <source>Start a new database ({name})</source>
        <translation>Empezar una base de datos nueva ({name})</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="57"/>
        <source>Continue without client records</source>
        <translation>Continuar sin registros de clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="66"/>
        <source>Client records</source>
        <translation>Registros de clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="77"/>
        <source>{error}

bodymap will run without client records.</source>
        <translation>{error}

bodymap funcionará sin registros de clientes.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../bodymap/gui/actions.py" line="34"/>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="39"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="40"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="41"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="42"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="51"/>
        <source>Next pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="52"/>
        <source>Previous pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="55"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registro</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="56"/>
        <source>The log file to attach to a bug report (it holds no names or notes)</source>
        <translation>El archivo de registro para adjuntar a un informe de error (no contiene nombres ni notas)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="59"/>
        <source>&amp;About bodymap</source>
        <translation>&amp;Acerca de bodymap</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="62"/>
        <source>Client &amp;handout (PDF)…</source>
        <translation>&amp;Hoja para el cliente (PDF)…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="64"/>
        <source>Export map as &amp;image (PNG or SVG)…</source>
        <translation>Exportar el mapa como &amp;imagen (PNG o SVG)…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="71"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="73"/>
        <source>Client records: visits, progress, compare</source>
        <translation>Registros de clientes: visitas, evolución, comparación</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="76"/>
        <source>E&amp;xport client visits (JSON or CSV)…</source>
        <translation>E&amp;xportar las visitas de clientes (JSON o CSV)…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="78"/>
        <source>&amp;Import client visits (JSON)…</source>
        <translation>I&amp;mportar visitas de clientes (JSON)…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="81"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="86"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="87"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="88"/>
        <source>&amp;Clear drawing</source>
        <translation>&amp;Borrar dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="89"/>
        <source>Mark &amp;both sides</source>
        <translation>Marcar a&amp;mbos lados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="91"/>
        <source>Each region you mark is marked on the other side too</source>
        <translation>Cada región que marcas se marca también en el otro lado</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="133"/>
        <source>Fi&amp;gure</source>
        <translation>&amp;Figura</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="135"/>
        <source>&amp;Male</source>
        <translation>&amp;Masculina</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="135"/>
        <source>&amp;Female</source>
        <translation>&amp;Femenina</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="146"/>
        <source>The drawings of this figure are not installed</source>
        <translation>Los dibujos de esta figura no están instalados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="109"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="111"/>
        <source>Zoom in (Ctrl++, or Ctrl+wheel over the body)</source>
        <translation>Acercar (Ctrl++, o Ctrl+rueda sobre el cuerpo)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="112"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="114"/>
        <source>&amp;Fit to window</source>
        <translation>Ver &amp;todo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="115"/>
        <source>Zoom to &amp;pattern</source>
        <translation>Encuadrar el &amp;patrón</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="116"/>
        <source>Frame the shown pattern and the pain (Ctrl+9)</source>
        <translation>Encuadrar el patrón mostrado y el dolor (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="119"/>
        <source>&amp;Presentation mode</source>
        <translation>Modo p&amp;resentación</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="121"/>
        <source>Full screen for the client: the pattern large, private panels hidden; arrow keys step through candidates; Esc leaves</source>
        <translation>Pantalla completa para el cliente: el patrón en grande y los paneles privados ocultos; las flechas recorren los candidatos; Esc sale</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="138"/>
        <source>Undo {step}</source>
        <translation>Deshacer: {step}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="139"/>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="141"/>
        <source>Redo {step}</source>
        <translation>Rehacer: {step}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="142"/>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
</context>
</TS>
