<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BodyMapView</name>
    <message>
        <location filename="../bodymap/gui/body_map.py" line="89"/>
        <source>Body map</source>
        <extracomment>Keys that set how the focused region feels (the first letter of each quality). how long the pointer rests on a region before the drawing a press there would make is ranked (ms): a pointer sweeping across the map ranks nothing, and a user who aims at a region rests on it for longer than this before pressing</extracomment>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/body_map.py" line="94"/>
        <source>Click or press Space to mark a painful region; arrow keys move between regions; plus and minus change the pain intensity; A, B, P and N set how it feels (aching, burning, pins and needles, numbness).</source>
        <translation>Haz clic o pulsa Espacio para marcar una región dolorosa; las flechas llevan de una región a otra; más y menos cambian la intensidad del dolor; A, B, P y N indican cómo se siente (dolor sordo, ardor, hormigueo, entumecimiento).</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/body_map.py" line="146"/>
        <source>{region}, painful, {level} of 10</source>
        <extracomment>where the pointer last moved on the viewport, with the view&apos;s transform, the figures drawn then and the region found there (_region_under)</extracomment>
        <translation>{region}, con dolor, {level} de 10</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/body_map.py" line="148"/>
        <source>{region}, not marked</source>
        <translation>{region}, sin marcar</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="55"/>
        <source>Search a muscle, a place or a complaint: QL, temple, headache</source>
        <extracomment>a place row: its index in the current results&apos; places a place row&apos;s side: &quot;left&quot;, &quot;right&quot;, or &quot;&quot; for both sides a place was marked from the search: the side panel shows Explore the link of a complaint&apos;s note: the side panel shows the red-flag questions</extracomment>
        <translation>Busca un músculo, un lugar o una molestia: QL, sien, dolor de cabeza</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="57"/>
        <source>Search muscles, places and complaints</source>
        <translation>Buscar músculos, lugares y molestias</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="61"/>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="62"/>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="63"/>
        <source>Which side to show</source>
        <translation>Qué lado mostrar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="66"/>
        <source>Search result message</source>
        <translation>Mensaje del resultado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="73"/>
        <source>Muscles by body area</source>
        <translation>Músculos por zona del cuerpo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="137"/>
        <source>Its trigger points can cause pain felt as: {place}</source>
        <translation>Sus puntos gatillo pueden causar dolor que se siente como: {place}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="142"/>
        <source>Mark: {place}</source>
        <translation>Marcar: {place}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="146"/>
        <source>Marks it on the body and shows the muscles that can explain it</source>
        <translation>Lo marca en el cuerpo y muestra los músculos que pueden explicarlo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="186"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="188"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="256"/>
        <source>Before treating this yourself, &lt;a href=&apos;#red-flags&apos;&gt;answer the red-flag questions&lt;/a&gt;.</source>
        <extracomment>after a complaint or place found by the search (&quot;migraine&quot;, &quot;sciatica&quot;, &quot;temple&quot;) that data/search_terms.yaml gives red-flag questions; the link opens the Red flags tab</extracomment>
        <translation>Antes de tratarte por tu cuenta, &lt;a href=&apos;#red-flags&apos;&gt;responde las preguntas sobre signos de alarma&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/browse.py" line="311"/>
        <source>Search: {place}</source>
        <translation>Búsqueda: {place}</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../bodymap/gui/panel/candidates.py" line="113"/>
        <source>{title}, {points}. {explanation} Match {percent} %.</source>
        <extracomment>explanations whose row heights are kept (a few hundred bytes each) elided titles and trigger-point lines kept (a hundred bytes or so each) score bar pictures kept (56 x 9 pixels each) whole rows&apos; pictures kept (a row of a 340-pixel list, 80-110 pixels high: about 120 kB): the rows in sight and those a press would show (24 kept: 3.5 MiB more RSS after 2000 clicks) the palette&apos;s colours a row is drawn in (its background&apos;s, by the style, among them)</extracomment>
        <translation>{title}, {points}. {explanation} Coincidencia: {percent} %.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../bodymap/report/card_parts.py" line="13"/>
        <source>bodymap gives health information, not a diagnosis. Trigger-point patterns are a guide to what may be causing pain, not proof. See a doctor or qualified therapist for pain that is severe, getting worse, unexplained, or comes with any red-flag symptom.</source>
        <translation>bodymap ofrece información de salud, no un diagnóstico. Los patrones de los puntos gatillo orientan sobre lo que puede estar causando el dolor, pero no lo demuestran. Consulta a un médico o a un terapeuta cualificado si el dolor es intenso, va a peor, no tiene explicación o aparece junto con algún signo de alarma.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="33"/>
        <source>Do not press</source>
        <translation>No presiones</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="34"/>
        <source>Not for self-treatment if</source>
        <translation>No te lo trates tú mismo si</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="35"/>
        <source>Stop and seek advice if</source>
        <translation>Para y pide consejo si</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="38"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="39"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="89"/>
        <source>Check first: do not treat this yourself if...</source>
        <extracomment>the anchor of the self-care part of a card, for the &quot;How to self-treat&quot; jump how a card begins each trigger point&apos;s paragraph (the card view sets a long card in two steps, and its first step may end after the first of these) for paper and light palettes; the GUI derives its own from the current palette</extracomment>
        <translation>Comprueba antes: no te lo trates tú mismo si...</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="90"/>
        <source>How to release it</source>
        <translation>Cómo liberarlo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="91"/>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="92"/>
        <source>Precautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="93"/>
        <source>How to self-treat</source>
        <translation>Cómo tratarlo tú mismo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="94"/>
        <source>Trigger points and where they refer</source>
        <translation>Puntos gatillo y adónde envían el dolor</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="95"/>
        <source>Main pain zone:</source>
        <translation>Zona principal de dolor:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="96"/>
        <source>Sometimes also:</source>
        <translation>A veces también:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="97"/>
        <source>Other symptoms</source>
        <translation>Otros síntomas</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="98"/>
        <source>About the muscle</source>
        <translation>Sobre el músculo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="99"/>
        <source>Attachments:</source>
        <translation>Inserciones:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="100"/>
        <source>Action:</source>
        <translation>Acción:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="101"/>
        <source>Nerve:</source>
        <translation>Nervio:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="102"/>
        <source>What sets it off or keeps it going:</source>
        <translation>Qué lo desencadena o lo mantiene:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="103"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="104"/>
        <source>Find it:</source>
        <translation>Dónde encontrarlo:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="105"/>
        <source>Position:</source>
        <translation>Postura:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="106"/>
        <source>Use:</source>
        <translation>Usa:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="107"/>
        <source>How hard:</source>
        <translation>Con qué fuerza:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="108"/>
        <source>How long:</source>
        <translation>Cuánto tiempo:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="109"/>
        <source>How often:</source>
        <translation>Con qué frecuencia:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="110"/>
        <source>What you should feel:</source>
        <translation>Qué deberías notar:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="111"/>
        <source>Hold:</source>
        <translation>Mantén:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="112"/>
        <source>Repeat:</source>
        <translation>Repite:</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="145"/>
        <source>If any answer is yes: {advice}</source>
        <translation>Si alguna respuesta es sí: {advice}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="231"/>
        <source>Stretch: {name}</source>
        <translation>Estiramiento: {name}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/card_html.py" line="280"/>
        <source>Also called {aliases}</source>
        <translation>También llamado {aliases}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>&lt;h3&gt;Where does it hurt?&lt;/h3&gt;&lt;p&gt;Mark the painful areas on the body map: click a region, or drag across several. Scroll the mouse wheel over a marked region to set how strong the pain is (1-10); right-click it to say how it feels (burning, pins and needles, numbness).&lt;/p&gt;&lt;p&gt;The best-matching muscle is shown at once: its &lt;b&gt;main pain zone&lt;/b&gt; solid red, its &lt;b&gt;spillover zone&lt;/b&gt; hatched, and each &lt;b&gt;X&lt;/b&gt; marks a trigger point. Pick another candidate in the list to compare.&lt;/p&gt;&lt;p&gt;Or open the &lt;b&gt;Muscles&lt;/b&gt; tab to look up any muscle.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;¿Dónde te duele?&lt;/h3&gt;&lt;p&gt;Marca las zonas dolorosas en el mapa corporal: haz clic en una región o arrastra sobre varias. Gira la rueda del ratón sobre una región marcada para indicar la intensidad del dolor (1-10); haz clic derecho sobre ella para decir cómo se siente (ardor, hormigueo, entumecimiento).&lt;/p&gt;&lt;p&gt;El músculo que mejor encaja aparece al instante: su &lt;b&gt;zona principal de dolor&lt;/b&gt; en rojo sólido, su &lt;b&gt;zona de extensión&lt;/b&gt; rayada, y cada &lt;b&gt;X&lt;/b&gt; señala un punto gatillo. Elige otro candidato de la lista para comparar.&lt;/p&gt;&lt;p&gt;O abre la pestaña &lt;b&gt;Músculos&lt;/b&gt; para consultar cualquier músculo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/card.py" line="38"/>
        <source>&lt;h3&gt;Where does it hurt?&lt;/h3&gt;&lt;p&gt;Mark the painful areas on the body map: click a region, or drag across several. Scroll the mouse wheel over a marked region to set how strong the pain is (1-10); right-click it to say how it feels (burning, pins and needles, numbness).&lt;/p&gt;&lt;p&gt;The best-matching muscle is shown at once: its &lt;b&gt;main pain zone&lt;/b&gt; solid rose, its &lt;b&gt;spillover zone&lt;/b&gt; hatched, and each &lt;b&gt;X&lt;/b&gt; marks a trigger point. Pick another candidate in the list to compare.&lt;/p&gt;&lt;p&gt;Or open the &lt;b&gt;Muscles&lt;/b&gt; tab to look up any muscle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;¿Dónde te duele?&lt;/h3&gt;&lt;p&gt;Marca las zonas dolorosas en el mapa corporal: haz clic en una región o arrastra sobre varias. Gira la rueda del ratón sobre una región marcada para indicar la intensidad del dolor (1-10); haz clic derecho sobre ella para decir cómo se siente (ardor, hormigueo, entumecimiento).&lt;/p&gt;&lt;p&gt;El músculo que mejor encaja aparece al instante: su &lt;b&gt;zona principal de dolor&lt;/b&gt; en rosa sólido, su &lt;b&gt;zona de extensión&lt;/b&gt; rayada, y cada &lt;b&gt;X&lt;/b&gt; señala un punto gatillo. Elige otro candidato de la lista para comparar.&lt;/p&gt;&lt;p&gt;O abre la pestaña &lt;b&gt;Músculos&lt;/b&gt; para consultar cualquier músculo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/card.py" line="51"/>
        <source>Get help now, as the advice at the top says: the self-treatment on this card is not for now.</source>
        <extracomment>what the card says first while the safety banner above it shows advice (English; context &quot;CardView&quot;): its self-treatment must not read as if that advice were not there</extracomment>
        <translation>Busca ayuda ya, como indica el aviso de arriba: el autotratamiento de esta ficha no es para ahora.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/card.py" line="54"/>
        <source>See a clinician first, as the advice at the top says, before trying the self-treatment on this card.</source>
        <translation>Consulta primero a un profesional sanitario, como indica el aviso de arriba, antes de probar el autotratamiento de esta ficha.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/card.py" line="123"/>
        <source>Muscle card</source>
        <extracomment>cards kept rendered: clicking back and forth between drawings (and undo/redo) comes back to the same few muscles; each card&apos;s HTML is 10-30 kB stands for the headline while a card is built, so one rendering serves every headline of the same muscle and points (private-use characters: no text in the data contains them, and escaping leaves them as they are) how muscle_card sets a headline (and leaves it out when there is none) where a card&apos;s self-care part begins (what it says about the muscle, its trigger points and their pain comes before, how to release it after) the formats a notice paragraph is given, by the colours (_notice_formats) the HTML of the next candidates&apos; cards, built in idle time (gui/ahead.py)</extracomment>
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
    <name>Cli</name>
    <message>
        <location filename="../bodymap/cli.py" line="39"/>
        <source>emergency</source>
        <extracomment>how urgent a red flag is: call for help now</extracomment>
        <translation>emergencia</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="41"/>
        <source>urgent</source>
        <extracomment>how urgent a red flag is: see a clinician today</extracomment>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="43"/>
        <source>soon</source>
        <extracomment>how urgent a red flag is: see a clinician in the coming days</extracomment>
        <translation>pronto</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="280"/>
        <source>{n} trigger point(s)</source>
        <extracomment>the window&apos;s options that take a value, and their types (see ``_parse``) the body figures, as `--figure` spells them</extracomment>
        <translation>{n} punto(s) gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="489"/>
        <source>No trigger point in the knowledge base refers pain to these regions.</source>
        <translation>Ningún punto gatillo de la base de conocimiento refiere dolor a estas regiones.</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="509"/>
        <source>Together: {names}</source>
        <extracomment>several muscles whose patterns together explain the drawing, then their score</extracomment>
        <translation>Juntos: {names}</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="543"/>
        <source>source: {source}</source>
        <extracomment>where a red-flag rule comes from (a reference tag from the data)</extracomment>
        <translation>fuente: {source}</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="544"/>
        <source>none given</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="551"/>
        <source>Checklist (tick with `bodymap query --symptom ID`):</source>
        <translation>Lista de síntomas (se marcan con `bodymap query --symptom ID`):</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="555"/>
        <source>Drawing rules:</source>
        <translation>Reglas del dibujo:</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="559"/>
        <source>Questions before self-treatment:</source>
        <translation>Preguntas antes del autotratamiento:</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="563"/>
        <source>References:</source>
        <translation>Referencias:</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="585"/>
        <source>{n} problem(s) found in {folder}</source>
        <translation>{n} problema(s) encontrado(s) en {folder}</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="599"/>
        <source>OK: {regions} regions in {views} views (figures: {figures}), {muscles} muscles, {points} trigger points (x2 sides), {borders} region borders, {nerves} nerve entrapments (x2 sides), {evidence} trigger points with prevalence evidence</source>
        <translation>OK: {regions} regiones en {views} vistas (figuras: {figures}), {muscles} músculos, {points} puntos gatillo (x2 lados), {borders} bordes entre regiones, {nerves} atrapamientos nerviosos (x2 lados), {evidence} puntos gatillo con datos de prevalencia</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="693"/>
        <location filename="../bodymap/gui/screenshot.py" line="78"/>
        <source>wrote {path}</source>
        <extracomment>zlib&apos;s fastest level. Measured on four screenshots of 1280x720 and 1400x900 (issue 15, bench/FIGURES.md): png_bytes takes 7-11 ms where Qt&apos;s PNG writer took 28-42 ms, and its files are as small as Qt&apos;s or up to 5 % smaller (unfiltered rows suit a window&apos;s flat colours); zlib level 6 would save another 7-10 % of the size for twice the time.</extracomment>
        <translation>escrito: {path}</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="721"/>
        <source>place   {phrase} mark: {regions}</source>
        <extracomment>a search result that is a body place, and the regions choosing it would mark</extracomment>
        <translation>lugar   {phrase} marcar: {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="723"/>
        <source>muscle  {id} {name}</source>
        <extracomment>a search result that is a muscle: its id, then its name</extracomment>
        <translation>músculo {id} {name}</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="725"/>
        <source>(for {place})</source>
        <extracomment>a muscle found for a place or complaint (after the muscle&apos;s name)</extracomment>
        <translation>(para {place})</translation>
    </message>
    <message>
        <location filename="../bodymap/cli.py" line="727"/>
        <source>          check these red flags first (bodymap red-flags): {ids}</source>
        <extracomment>under a complaint found: the red-flag checklist ids to answer before treating it</extracomment>
        <translation>          revisa primero estos signos de alarma (bodymap red-flags): {ids}</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="26"/>
        <source>Jan</source>
        <extracomment>month abbreviations as dates read in the dock (&quot;3 Nov 2026&quot;)</extracomment>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="26"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="27"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="27"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="28"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="28"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="29"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="29"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="30"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="30"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="31"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="31"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="42"/>
        <location filename="../bodymap/gui/clients/progress_chart.py" line="33"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="89"/>
        <source>{n} painful region</source>
        <translation>{n} región dolorosa</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="90"/>
        <source>{n} painful regions</source>
        <translation>{n} regiones dolorosas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="99"/>
        <source>{muscle} — {point}, left</source>
        <translation>{muscle} — {point}, izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="101"/>
        <source>{muscle} — {point}, right</source>
        <translation>{muscle} — {point}, derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="306"/>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="48"/>
        <source>Edit visit</source>
        <translation>Corregir visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="49"/>
        <source>Save visit</source>
        <translation>Guardar visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="57"/>
        <source>Pain before the treatment, 0-10</source>
        <translation>Dolor antes del tratamiento, 0-10</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="59"/>
        <source>Pain after the treatment, 0-10</source>
        <translation>Dolor después del tratamiento, 0-10</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="65"/>
        <source>What you found and did; advice given</source>
        <extracomment>the ticked rows are what is saved (the picker&apos;s list)</extracomment>
        <translation>Qué encontraste e hiciste; consejos que diste</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="84"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="85"/>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="88"/>
        <source>after</source>
        <extracomment>the second of &quot;Pain before [ ] after [ ]&quot;</extracomment>
        <translation>después</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="41"/>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="98"/>
        <source>Trigger points treated</source>
        <extracomment>With this few muscles found, their points are shown unfolded.</extracomment>
        <translation>Puntos gatillo tratados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="42"/>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="99"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="115"/>
        <source>The drawing on the map ({regions}) is saved with the visit.</source>
        <translation>El dibujo del mapa ({regions}) se guarda con la visita.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="119"/>
        <source>Visit of {day}, with its drawing of {regions}.</source>
        <translation>Visita del {day}, con su dibujo de {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="124"/>
        <source>Replace its drawing with the one on the map now ({n} region)</source>
        <translation>Sustituir su dibujo por el que está ahora en el mapa ({n} región)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="126"/>
        <source>Replace its drawing with the one on the map now ({n} regions)</source>
        <translation>Sustituir su dibujo por el que está ahora en el mapa ({n} regiones)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="139"/>
        <source>Edited {n} time; earlier versions are kept:</source>
        <translation>Corregida {n} vez; se guardan las versiones anteriores:</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="141"/>
        <source>Edited {n} times; earlier versions are kept:</source>
        <translation>Corregida {n} veces; se guardan las versiones anteriores:</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="149"/>
        <source>{n} point treated</source>
        <translation>{n} punto tratado</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="150"/>
        <source>{n} points treated</source>
        <translation>{n} puntos tratados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="151"/>
        <source>• until {when}: pain {before} → {after}, {points}</source>
        <translation>• hasta el {when}: dolor {before} → {after}, {points}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="156"/>
        <source>, notes: {notes}</source>
        <translation>, notas: {notes}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_dialog.py" line="180"/>
        <source>not recorded</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="88"/>
        <location filename="../bodymap/gui/clients/records.py" line="142"/>
        <location filename="../bodymap/gui/clients/records.py" line="191"/>
        <location filename="../bodymap/gui/clients/records.py" line="198"/>
        <source>Client records</source>
        <extracomment>how often the window&apos;s thread looks whether an import&apos;s child is done (ms): the child takes a quarter of a second at least (a Python start), the look a few microseconds</extracomment>
        <translation>Registros de clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="103"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="104"/>
        <source>An import is still running; wait for it to finish.</source>
        <translation>Todavía hay una importación en curso; espera a que termine.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="109"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="156"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="157"/>
        <source>Choose a client first.</source>
        <translation>Primero elige un cliente.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="159"/>
        <source>JSON, round-trips exactly (*.json)</source>
        <translation>JSON, se reimporta sin pérdidas (*.json)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="161"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="163"/>
        <source>Export visits</source>
        <translation>Exportar visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="171"/>
        <source>Import visits</source>
        <translation>Importar visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="172"/>
        <source>bodymap JSON (*.json)</source>
        <translation>JSON de bodymap (*.json)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/records.py" line="192"/>
        <source>That client or visit is not there any more: it was deleted, perhaps in another window. The records were read again.</source>
        <translation>Ese cliente o esa visita ya no existe: se borró, quizá desde otra ventana. Se han vuelto a leer los registros.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="42"/>
        <source>Compare visits: {first} and {second}</source>
        <translation>Comparar visitas: {first} y {second}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="56"/>
        <source>Not drawn in these views: {regions}.</source>
        <translation>No se ve en estas vistas: {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="60"/>
        <source>This body map does not have {ids}: the saved visits keep them, but they are not drawn.</source>
        <translation>Este mapa corporal no tiene {ids}: las visitas guardadas las conservan, pero no se dibujan.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="66"/>
        <source>Both show the same close-up of the {view} view (on your left: {left}).</source>
        <translation>Las dos muestran el mismo primer plano (vista: {view}; a tu izquierda: {left}).</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="74"/>
        <source>From {first} to {second}: what changed in the painful areas</source>
        <translation>Del {first} al {second}: qué cambió en las zonas dolorosas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="91"/>
        <source>Drawing of {day}</source>
        <translation>Dibujo del {day}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="114"/>
        <source>{day}: {regions}, pain {before} → {after}</source>
        <translation>{day}: {regions}, dolor {before} → {after}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="119"/>
        <location filename="../bodymap/gui/clients/visit_list.py" line="73"/>
        <source>Treated: {points}</source>
        <translation>Tratado: {points}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="121"/>
        <source>nothing recorded</source>
        <translation>nada anotado</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/compare.py" line="125"/>
        <location filename="../bodymap/gui/clients/visit_list.py" line="78"/>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="32"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="33"/>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="34"/>
        <source>Pain before, highest first</source>
        <translation>Dolor antes, de mayor a menor</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="35"/>
        <source>Pain after, highest first</source>
        <translation>Dolor después, de mayor a menor</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="36"/>
        <source>Most relief first (before − after)</source>
        <translation>Más alivio primero (antes − después)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="62"/>
        <source>{n} region</source>
        <translation>{n} región</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="63"/>
        <source>{n} regions</source>
        <translation>{n} regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="64"/>
        <source>{day} · pain {before} → {after} · {regions}</source>
        <translation>{day} · dolor {before} → {after} · {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="69"/>
        <source> · edited {n} time</source>
        <translation> · corregida {n} vez</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="70"/>
        <source> · edited {n} times</source>
        <translation> · corregida {n} veces</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/visit_list.py" line="86"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="23"/>
        <location filename="../bodymap/gui/clients/panel.py" line="78"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="80"/>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="83"/>
        <source>Sort visits</source>
        <translation>Ordenar visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="90"/>
        <source>Save visit…</source>
        <translation>Guardar visita…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="91"/>
        <source>Save the drawing on the map as a visit of this client</source>
        <translation>Guarda el dibujo del mapa como una visita de este cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="94"/>
        <source>Edit visit…</source>
        <translation>Corregir visita…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="95"/>
        <source>Correct the selected visit; its earlier version is kept</source>
        <translation>Corrige la visita seleccionada; se guarda su versión anterior</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="98"/>
        <source>Open drawing</source>
        <translation>Abrir dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="99"/>
        <source>Put the selected visit&apos;s drawing on the map</source>
        <translation>Pone en el mapa el dibujo de la visita seleccionada</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="102"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="103"/>
        <source>Select two visits to see what changed between them</source>
        <translation>Selecciona dos visitas para ver qué cambió entre ellas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="106"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="116"/>
        <source>Records: {path}</source>
        <translation>Registros: {path}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="128"/>
        <source>Visits, sorted by</source>
        <translation>Visitas, ordenadas por</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="185"/>
        <source>— choose a client —</source>
        <translation>— elige un cliente —</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/client_dialog.py" line="24"/>
        <location filename="../bodymap/gui/clients/panel.py" line="209"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="307"/>
        <source>Select one visit to edit it.</source>
        <translation>Selecciona una visita para corregirla.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="340"/>
        <source>Open visit of {day}</source>
        <translation>Abrir la visita del {day}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="347"/>
        <source>Open visit</source>
        <translation>Abrir la visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="348"/>
        <source>This visit marks {count} area(s) that this body map does not have: {ids}. They stay in the saved visit but are not shown, and the muscles are ranked without them. Open the visit with the data it was recorded with (--data) to see them.</source>
        <translation>Esta visita marca {count} zona(s) que este mapa corporal no tiene: {ids}. Se conservan en la visita guardada, pero no se muestran, y los músculos se ordenan sin ellas. Abre la visita con los datos con los que se registró (--data) para verlas.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="361"/>
        <source>Compare visits</source>
        <translation>Comparar visitas</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="362"/>
        <source>Select exactly two visits (Ctrl+click) to compare them.</source>
        <translation>Selecciona exactamente dos visitas (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="378"/>
        <source>Delete visit</source>
        <translation>Borrar visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="380"/>
        <source>Delete this visit and its earlier versions? This cannot be undone.</source>
        <translation>¿Borrar esta visita y sus versiones anteriores? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/panel.py" line="383"/>
        <source>Delete {n} visits and their earlier versions? This cannot be undone.</source>
        <translation>¿Borrar {n} visitas y sus versiones anteriores? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="62"/>
        <source>Find any muscle (name or abbreviation: QL, SCM…)</source>
        <translation>Busca un músculo (en inglés o abreviado: QL, SCM…)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="64"/>
        <source>Find a muscle</source>
        <translation>Buscar un músculo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="51"/>
        <source>All muscles and their trigger points</source>
        <translation>Todos los músculos y sus puntos gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="72"/>
        <source>The points recorded are ticked and listed first, then those the drawing suggests; find any other muscle below.</source>
        <translation>Los puntos registrados aparecen marcados y primero; después, los que sugiere el dibujo. Busca cualquier otro músculo más abajo.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="76"/>
        <source>Tick the points treated. Those the drawing suggests are listed first; find any other muscle below.</source>
        <translation>Marca los puntos tratados. Primero aparecen los que sugiere el dibujo; busca cualquier otro músculo más abajo.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="80"/>
        <source>No points are suggested (there is no drawing): find the muscle below and tick the points treated.</source>
        <translation>No hay puntos sugeridos (no hay dibujo): busca el músculo más abajo y marca los puntos tratados.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/common.py" line="72"/>
        <source>No muscle matches “{query}”. Try part of its name, or an abbreviation such as QL or SCM.</source>
        <translation>Ningún músculo coincide con «{query}». Prueba con parte de su nombre o con una abreviatura como QL o SCM.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="160"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/clients/point_picker.py" line="162"/>
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
    <message>
        <location filename="../bodymap/gui/clients/client_picker.py" line="34"/>
        <source>Type a name, or choose a client</source>
        <translation>Escribe un nombre o elige un cliente</translation>
    </message>
</context>
<context>
    <name>ExplorePage</name>
    <message>
        <location filename="../bodymap/gui/panel/explore.py" line="151"/>
        <source>Click where it hurts on the body. The muscles whose trigger points best explain your drawing are listed here, best first.</source>
        <extracomment>how many candidate rows the list keeps in sight however short the window: two whole rows, and the top of a third to say the list goes on. On a 1280 x 720 screen the card below gives up the room (before, the list showed one and a half rows there once the red-flag line was shown, and the card 260 px)</extracomment>
        <translation>Haz clic donde te duele en el cuerpo. Aquí aparecen los músculos cuyos puntos gatillo explican mejor tu dibujo, del más al menos probable.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/explore.py" line="165"/>
        <source>Ranked candidates</source>
        <translation>Candidatos ordenados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/explore.py" line="171"/>
        <source>Some of the areas you marked can also hurt for reasons a muscle cannot explain. &lt;a href=&apos;#red-flags&apos;&gt;Check the red flags&lt;/a&gt; before treating them.</source>
        <translation>Algunas de las zonas que marcaste también pueden doler por causas que un músculo no explica. &lt;a href=&apos;#red-flags&apos;&gt;Revisa los signos de alarma&lt;/a&gt; antes de tratarlas.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/panel/explore.py" line="254"/>
        <source>No single muscle explains all of it. Together, {muscles} would explain it ({percent} % match). &lt;a href=&apos;#together&apos;&gt;Show them together&lt;/a&gt;</source>
        <translation>Ningún músculo lo explica todo por sí solo. Juntos, {muscles} sí lo harían (coincidencia: {percent} %). &lt;a href=&apos;#together&apos;&gt;Mostrarlos juntos&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../bodymap/gui/exports.py" line="31"/>
        <location filename="../bodymap/gui/exports.py" line="44"/>
        <source>Pain drawing</source>
        <translation>Dibujo del dolor</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="41"/>
        <source>{muscle} — {side}</source>
        <translation>{muscle} — {side}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="53"/>
        <source>Export map</source>
        <translation>Exportar el mapa</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="55"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="66"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="75"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="71"/>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="109"/>
        <source>Save handout</source>
        <translation>Guardar la hoja para el cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="111"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/exports.py" line="129"/>
        <source>Handout not saved</source>
        <translation>La hoja no se ha guardado</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../bodymap/report/handout.py" line="74"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="74"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="75"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="75"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="76"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="76"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="77"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="77"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="78"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="78"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="79"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="79"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="85"/>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="170"/>
        <source>Your trigger-point self-care plan</source>
        <translation>Tu plan de autocuidado de puntos gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="185"/>
        <source>Notes from your therapist</source>
        <translation>Notas de tu terapeuta</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="180"/>
        <source>See a clinician before treating this yourself</source>
        <translation>Consulta a un profesional sanitario antes de tratarlo tú mismo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="189"/>
        <source>Where you marked pain</source>
        <translation>Dónde marcaste dolor</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="195"/>
        <source>How it feels: {qualities}</source>
        <translation>Cómo se siente: {qualities}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="202"/>
        <source>This plan covers: &lt;b&gt;{muscles}&lt;/b&gt;, one page each.</source>
        <translation>Este plan incluye: &lt;b&gt;{muscles}&lt;/b&gt;, una página para cada uno.</translation>
    </message>
    <message>
        <source>This plan covers: &lt;b&gt;{muscles}&lt;/b&gt;; each starts on a new page.</source>
        <translation type="vanished">Este plan incluye: &lt;b&gt;{muscles}&lt;/b&gt;; cada uno empieza en una página nueva.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="205"/>
        <source>When to stop and see a doctor</source>
        <translation>Cuándo parar y acudir al médico</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="207"/>
        <source>Stop self-treatment and get medical help if you notice numbness between the legs, new bladder or bowel problems, fever, weight loss you cannot explain, chest pain with breathlessness or chest pain that comes on with effort, pain after a fall or accident, numbness or weakness that is getting worse, a swollen, warm or red calf, or dizziness, double vision or trouble speaking or swallowing with a new neck pain.</source>
        <translation>Deja el autotratamiento y busca ayuda médica si notas entumecimiento entre las piernas, problemas nuevos para orinar o defecar, fiebre, pérdida de peso sin explicación, dolor en el pecho con falta de aire o que aparece con el esfuerzo, dolor tras una caída o un accidente, entumecimiento o debilidad que van a peor, una pantorrilla hinchada, caliente o enrojecida, o mareo, visión doble o dificultad para hablar o tragar junto con un dolor de cuello nuevo.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="218"/>
        <source>Facts from: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="299"/>
        <source>Your points (X on the chart)</source>
        <translation>Tus puntos (marcados con X en la figura)</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="305"/>
        <source>Shortened to fit on one page. Every step, and more about this muscle, is in the bodymap app: look up {muscle} in its Muscles tab, or ask your therapist to show you.</source>
        <translation>Resumido para que quepa en una página. Todos los pasos, y más sobre este músculo, están en la aplicación bodymap: busca {muscle} en su pestaña Músculos, o pide a tu terapeuta que te lo enseñe.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="354"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="355"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="356"/>
        <source>It sends pain mainly to the {regions}.</source>
        <translation>Envía el dolor sobre todo a: {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="519"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../bodymap/report/handout.py" line="669"/>
        <source>bodymap self-care handout</source>
        <translation>Hoja de autocuidado de bodymap</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="36"/>
        <source>Client handout</source>
        <translation>Hoja para el cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="39"/>
        <source>Client name (optional)</source>
        <translation>Nombre del cliente (opcional)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="42"/>
        <source>Muscles in the handout</source>
        <translation>Músculos de la hoja</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="50"/>
        <source>Other muscles</source>
        <translation>Otros músculos</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="69"/>
        <source>Your notes for the client: what you found, what to do at home, when to come back</source>
        <translation>Tus notas para el cliente: qué encontraste, qué hacer en casa, cuándo volver</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="77"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="78"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/handout_dialog.py" line="79"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Hypothesis</name>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="21"/>
        <source>{muscle} (left)</source>
        <extracomment>a muscle (or &quot;muscle — trigger point&quot;) on the body&apos;s left: &quot;Gluteus medius (left)&quot;</extracomment>
        <translation>{muscle} (izquierdo)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="23"/>
        <source>{muscle} (right)</source>
        <extracomment>a muscle (or &quot;muscle — trigger point&quot;) on the body&apos;s right</extracomment>
        <translation>{muscle} (derecho)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="29"/>
        <source>May be the {nerve} squeezed by {muscle} (left)</source>
        <extracomment>{nerve} is the nerve&apos;s name from data/i18n/&lt;lang&gt;/nerves.yaml (a noun of either gender: &quot;nervio ciático&quot;, &quot;rama profunda del nervio radial&quot;), {muscle} an English muscle name, e.g. &quot;May be the sciatic nerve squeezed by piriformis (left)&quot;</extracomment>
        <translation>Posible compresión nerviosa por {muscle} (izquierdo): {nerve}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="31"/>
        <source>May be the {nerve} squeezed by {muscle} (right)</source>
        <extracomment>the same on the body&apos;s right</extracomment>
        <translation>Posible compresión nerviosa por {muscle} (derecho): {nerve}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="38"/>
        <source>{point} (left): explains {regions}</source>
        <extracomment>one trigger point on the left, and the painful regions it accounts for</extracomment>
        <translation>{point} (izquierdo): explica el dolor de {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="40"/>
        <source>{point} (right): explains {regions}</source>
        <extracomment>one trigger point on the right, and the painful regions it accounts for</extracomment>
        <translation>{point} (derecho): explica el dolor de {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="44"/>
        <source>{point} (left): close to {regions}</source>
        <extracomment>one trigger point on the left whose zone lies next to these painful regions</extracomment>
        <translation>{point} (izquierdo): cerca de {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="46"/>
        <source>{point} (right): close to {regions}</source>
        <extracomment>one trigger point on the right whose zone lies next to these painful regions</extracomment>
        <translation>{point} (derecho): cerca de {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="50"/>
        <source>{point} (left): explains none of the painful regions</source>
        <extracomment>one trigger point on the left that accounts for none of the marked regions</extracomment>
        <translation>{point} (izquierdo): no explica ninguna de las regiones dolorosas</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="53"/>
        <source>{point} (right): explains none of the painful regions</source>
        <extracomment>one trigger point on the right that accounts for none of the marked regions</extracomment>
        <translation>{point} (derecho): no explica ninguna de las regiones dolorosas</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/hypothesis_wording.py" line="74"/>
        <source>{muscle}, both sides</source>
        <extracomment>a muscle whose pattern on both sides explains the drawing</extracomment>
        <translation>{muscle}, ambos lados</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="54"/>
        <source>Head and face</source>
        <translation>Cabeza y cara</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="55"/>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="56"/>
        <source>Shoulder girdle and chest</source>
        <translation>Cintura escapular y pecho</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="57"/>
        <source>Arm and hand</source>
        <translation>Brazo y mano</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="58"/>
        <source>Trunk</source>
        <translation>Tronco</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="59"/>
        <source>Pelvis and hip</source>
        <translation>Pelvis y cadera</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="60"/>
        <source>Thigh and knee</source>
        <translation>Muslo y rodilla</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="61"/>
        <source>Lower leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="62"/>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="81"/>
        <source>very common</source>
        <translation>muy frecuente</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="82"/>
        <source>common</source>
        <translation>frecuente</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="83"/>
        <source>occasional</source>
        <translation>ocasional</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="84"/>
        <source>rare</source>
        <translation>poco frecuente</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="85"/>
        <source>unknown</source>
        <translation>frecuencia desconocida</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="108"/>
        <source>ball against a wall</source>
        <translation>pelota contra la pared</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="109"/>
        <source>ball on the floor</source>
        <translation>pelota en el suelo</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="110"/>
        <source>thumb</source>
        <translation>pulgar</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="111"/>
        <source>fingertips</source>
        <translation>yemas de los dedos</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="112"/>
        <source>pincer grip</source>
        <translation>pinza con los dedos</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="113"/>
        <source>elbow</source>
        <translation>codo</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="114"/>
        <source>knuckles</source>
        <translation>nudillos</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="115"/>
        <source>hand</source>
        <translation>mano</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/knowledge.py" line="116"/>
        <source>massage tool</source>
        <translation>herramienta de masaje</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../bodymap/gui/translations.py" line="109"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/translations.py" line="150"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/translations.py" line="151"/>
        <source>bodymap will use {language} the next time it starts.</source>
        <translation>bodymap usará {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/language.py" line="13"/>
        <source>en</source>
        <extracomment>not a text to show: write the code of this catalogue&apos;s language (es, de, fr...)</extracomment>
        <translation>es</translation>
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
        <location filename="../bodymap/gui/main_window.py" line="154"/>
        <source>Clients</source>
        <extracomment>QSettings key of the figure shown when no client (or a client without one) is open the first window takes at most this share of the screen&apos;s free area the first run&apos;s division of the window between the map and the side panel (which keeps its minimum width), and of the panel between its pages (above) and the legend and card; set as proportions, so that no page&apos;s size hint decides them (the Muscles page is built after the first paint: side_panel._MusclesTab). They are what the pages&apos; size hints gave before: at 1400 x 900 a 393 px panel, 315 px of pages over a 433 px card opens the client records at once while they are still being prepared after the first paint (gui.app.open_window sets it; None once they are open, or not coming)</extracomment>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation type="vanished">Abrir la visita</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/main_window.py" line="300"/>
        <source>bodymap {version}

Explore myofascial trigger points and their referral patterns.

{disclaimer}</source>
        <translation>bodymap {version}

Explora los puntos gatillo miofasciales y sus patrones de dolor referido.

{disclaimer}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/main_window.py" line="303"/>
        <source>About bodymap</source>
        <translation>Acerca de bodymap</translation>
    </message>
</context>
<context>
    <name>Qualities</name>
    <message>
        <location filename="../bodymap/domain/quality_symbols.py" line="64"/>
        <source>Burning in {regions}.</source>
        <extracomment>how the marked regions feel: &quot;Burning in your left calf.&quot;</extracomment>
        <translation>Ardor en {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/quality_symbols.py" line="66"/>
        <source>Pins and needles in {regions}.</source>
        <extracomment>how the marked regions feel (tingling): &quot;Pins and needles in your left hand.&quot;</extracomment>
        <translation>Hormigueo en {regions}.</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/quality_symbols.py" line="68"/>
        <source>Numbness in {regions}.</source>
        <extracomment>how the marked regions feel: &quot;Numbness in your left calf and foot.&quot;</extracomment>
        <translation>Entumecimiento en {regions}.</translation>
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
        <location filename="../bodymap/gui/panel/safety.py" line="68"/>
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
        <location filename="../bodymap/scene/scene.py" line="314"/>
        <source>The muscle (red, with its fibres)</source>
        <translation>El músculo (rojo, con sus fibras)</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="316"/>
        <source>A deep muscle, seen through what covers it (dashed)</source>
        <translation>Un músculo profundo, visto a través de lo que lo cubre (discontinuo)</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="373"/>
        <source>Your pain: orange outline, stronger shading = stronger pain</source>
        <extracomment>X marks closer than this (scene units; a head is 100) are spread apart so none hides another</extracomment>
        <translation>Tu dolor: contorno naranja; cuanto más intenso el color, más dolor</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="377"/>
        <source>Main pain zone (solid rose)</source>
        <translation>Zona principal de dolor (rosa sólido)</translation>
    </message>
    <message>
        <source>Main pain zone (solid red)</source>
        <translation type="vanished">Zona principal de dolor (rojo sólido)</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="380"/>
        <source>Spillover zone (hatched)</source>
        <translation>Zona de extensión (rayada)</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="382"/>
        <source>X: the trigger point</source>
        <translation>X: el punto gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/scene/scene.py" line="563"/>
        <source>plain colour: {quality}</source>
        <extracomment>the layouts presentation mode chooses from, those that draw the body largest first: the close-ups, then one whole figure, then a pair of figures</extracomment>
        <translation>color liso: {quality}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../bodymap/domain/search.py" line="253"/>
        <source>{place} (both sides)</source>
        <extracomment>the most a shared start can add to a ratio r: 0.1 per letter over four letters set when the muscle is listed because of a place or complaint the query named (&quot;temple headache&quot;), not because of its own name muscles a source names for a place score just under the place itself, and muscles that merely refer pain there a little lower, so an exact muscle name still outranks both words that only say it hurts, or join the others (&quot;pain in my hip&quot;, &quot;my knee hurts&quot;, &quot;dolor de rodilla&quot;), as normalise_words leaves them. Places are also matched on the words left without them: &quot;eye pain&quot; compared whole looked most like &quot;heel pain&quot;, and &quot;pain in the hip&quot; like &quot;temple headache&quot;; on &quot;eye&quot; and &quot;hip&quot; they are the eye and the hip. Words that say where (&quot;back&quot;, &quot;outer&quot;, &quot;behind&quot;, &quot;side&quot;) are never among them. (Muscle names are not: &quot;knee&quot; in &quot;knee pain&quot; would find the popliteus by its alias before the muscles that refer pain to the knee.) a match on the words left scores a hair under the same match on the whole query, so a complaint typed in full (&quot;stiff neck&quot;) stays ahead of one that shares its place word a place all of whose words the query names among others (&quot;eye&quot; and &quot;headache&quot; in &quot;headache behind the eye&quot;): under every tier on the whole query but the substring one, and above it, so that look-alikes are not tried; a place of more words a hair higher the most places one query lists; more would push the muscles off the screen two places whose scores are this close matched the query equally well (the tiers are 0.02 or more apart; ties within a tier differ by 1e-4 steps) what the row says: the area label (&quot;temple&quot;) or the complaint (&quot;tennis elbow&quot;) bare area names to mark (data/regions.yaml), on one side or both which of its names matched (&quot;lateral epicondylitis&quot; for tennis elbow) the muscles a source names first for it, most likely first red-flag checklist ids to read first what to know before pressing for this complaint (&quot;&quot; for none)</extracomment>
        <translation>{place} (ambos lados)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/search.py" line="255"/>
        <source>left {place}</source>
        <translation>{place} (lado izquierdo)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/search.py" line="257"/>
        <source>right {place}</source>
        <translation>{place} (lado derecho)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/search.py" line="291"/>
        <source>No match for {query}. Try a muscle (trapezius, QL), a place on the body (temple, heel) or a complaint (headache, tennis elbow).</source>
        <extracomment>names near a query that matched nothing (&quot;did you mean ...&quot;), best first</extracomment>
        <translation>Nada coincide con {query}. Prueba con un músculo (en inglés: trapezius, QL), un lugar del cuerpo (sien, talón) o una molestia (dolor de cabeza, codo de tenista).</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/search.py" line="299"/>
        <source>No match for {query}. Did you mean {names}?</source>
        <translation>Nada coincide con {query}. ¿Quisiste decir {names}?</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{muscle} (left)</source>
        <extracomment>How many candidates the Explore list offers: enough to scroll, few enough to read.</extracomment>
        <translation type="vanished">{muscle} (izquierdo)</translation>
    </message>
    <message>
        <source>{muscle} (right)</source>
        <translation type="vanished">{muscle} (derecho)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="34"/>
        <source>left side</source>
        <extracomment>How many candidates the Explore list offers: enough to scroll, few enough to read.</extracomment>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="35"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source> and </source>
        <translation type="vanished"> y </translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="108"/>
        <source>{side} ({names})</source>
        <extracomment>how much more of the drawing (intensity-weighted share) a combination must explain than the first hypothesis before the panel offers it None before anything was ranked (the empty drawing a session begins with)</extracomment>
        <translation>{side} ({names})</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="110"/>
        <source>{place} points, {side} ({names})</source>
        <translation>puntos en {place}, {side} ({names})</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="113"/>
        <source>{place} point, {side} ({names})</source>
        <translation>punto en {place}, {side} ({names})</translation>
    </message>
    <message>
        <source>May be the {nerve} squeezed by {muscle} (left)</source>
        <translation type="vanished">Puede ser el {nerve} comprimido por {muscle} (izquierdo)</translation>
    </message>
    <message>
        <source>May be the {nerve} squeezed by {muscle} (right)</source>
        <translation type="vanished">Puede ser el {nerve} comprimido por {muscle} (derecho)</translation>
    </message>
    <message>
        <source>{muscle}, both sides</source>
        <translation type="vanished">{muscle}, ambos lados</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="134"/>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="143"/>
        <source>{n} trigger points</source>
        <translation>{n} puntos gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="145"/>
        <source>{what}, {where}</source>
        <translation>{what}, {where}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="185"/>
        <source>Shown together with {others}: between them they explain the whole drawing.</source>
        <translation>Se muestra junto con {others}: entre todos explican el dibujo completo.</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="204"/>
        <source>{region} — click to mark</source>
        <translation>{region}: haz clic para marcar</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="207"/>
        <source>{region} — pain {level} (scroll or +/− to change)</source>
        <translation>{region}: dolor {level} (rueda o +/− para cambiarlo)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="209"/>
        <source>{region} — pain {level}, {quality} (scroll or +/− to change)</source>
        <translation>{region}: dolor {level}, {quality} (rueda o +/− para cambiarlo)</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="221"/>
        <source>No muscle selected</source>
        <translation>Ningún músculo seleccionado</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="222"/>
        <source>Pick a candidate, or use the arrow keys</source>
        <translation>Elige un candidato o usa las flechas</translation>
    </message>
    <message>
        <location filename="../bodymap/session/derive.py" line="223"/>
        <source>Mark the painful areas, or pick a muscle</source>
        <translation>Marca las zonas dolorosas o elige un músculo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="54"/>
        <source>bodymap — trigger-point body map</source>
        <translation>bodymap: mapa corporal de puntos gatillo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="221"/>
        <source>Mark {region}</source>
        <extracomment>how many drawings&apos; alerts the session keeps (Session._alerts) the alerts of the last few drawings (with the ticked flags): the one shown, the one a foreseen press makes (worked out with its ranking), the one before an undo</extracomment>
        <translation>Marcar {region}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="222"/>
        <location filename="../bodymap/session/session.py" line="302"/>
        <source>Unmark {region}</source>
        <translation>Desmarcar {region}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="231"/>
        <source>Mark regions</source>
        <translation>Marcar regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="232"/>
        <source>Unmark regions</source>
        <translation>Desmarcar regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="265"/>
        <source>Paint regions</source>
        <translation>Pintar regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="266"/>
        <source>Erase regions</source>
        <translation>Borrar regiones</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="310"/>
        <source>Change intensity of {region}</source>
        <translation>Cambiar la intensidad de {region}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="319"/>
        <source>Set intensity of {region}</source>
        <translation>Fijar la intensidad de {region}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="327"/>
        <source>Set {region} to {quality}</source>
        <translation>Poner {region} como {quality}</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="333"/>
        <source>Clear drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="347"/>
        <source>Open drawing</source>
        <translation>Abrir un dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="553"/>
        <source>1 painful region</source>
        <translation>1 región dolorosa</translation>
    </message>
    <message>
        <location filename="../bodymap/session/session.py" line="554"/>
        <source>{n} painful regions</source>
        <translation>{n} regiones dolorosas</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="105"/>
        <source>Safety advice</source>
        <extracomment>the safety advice never gets less room than this (px), however short the window: above the room the pages, the legend and the card leave it, it scrolls holds the banner once advice is first shown (_advice_area) the banner&apos;s text height by width, for the text shown (laying rich text out takes 0.1 ms, and the advice is fitted again at every change while it shows)</extracomment>
        <translation>Consejo de seguridad</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="112"/>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="113"/>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="114"/>
        <source>Red flags</source>
        <translation>Signos de alarma</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="121"/>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="122"/>
        <source>Main zone</source>
        <translation>Zona principal</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="123"/>
        <source>Spillover</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="124"/>
        <source>Trigger points (X)</source>
        <translation>Puntos gatillo (X)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="125"/>
        <source>The muscle in place, red; dashed when it lies deep</source>
        <translation>El músculo en su sitio, en rojo; discontinuo si es profundo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="127"/>
        <source>Where its trigger points send pain most: solid rose</source>
        <translation>Adonde sus puntos gatillo envían más dolor: rosa sólido</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="128"/>
        <source>Where the pain sometimes spreads: hatched</source>
        <translation>Adonde a veces se extiende el dolor: rayado</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="129"/>
        <source>The trigger points themselves: X</source>
        <translation>Los propios puntos gatillo: X</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="251"/>
        <source>Get help now</source>
        <extracomment>the pages above, the legend and card below; where the user leaves the handle is remembered with the window&apos;s state (MainWindow)</extracomment>
        <translation>Busca ayuda ya</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/side_panel.py" line="252"/>
        <source>See a clinician before treating this yourself</source>
        <translation>Consulta a un profesional sanitario antes de tratarlo tú mismo</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../bodymap/gui/app.py" line="107"/>
        <location filename="../bodymap/gui/app.py" line="134"/>
        <source>Client records cannot be opened</source>
        <extracomment>the garbage collector, held while `bodymap` starts, is on again by then at the latest after the first paint, what the first click needs is made (8 ms) this much later: the model&apos;s and the records&apos; workers are done by then, and a user has hardly clicked yet after the first paint, the start&apos;s work that can wait (the new bundle after a data change: bodymap.domain.bundle.load_dataset_cached) is done this much later: once the workers and the warm-up are, before a user has done much how often the window&apos;s thread looks whether a start&apos;s worker is done (the records&apos; import takes 11 ms or so, the model 50; the look itself a few microseconds) on machines with at most this many logical cores Qt&apos;s raster engine gets no thread pool</extracomment>
        <translation>No se pueden abrir los registros de clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="108"/>
        <source>{error}

The file has not been changed.</source>
        <translation>{error}

El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="112"/>
        <source>Start a new database ({name})</source>
        <translation>Empezar una base de datos nueva ({name})</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="115"/>
        <source>Continue without client records</source>
        <translation>Continuar sin registros de clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="124"/>
        <source>Client records</source>
        <translation>Registros de clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/app.py" line="135"/>
        <source>{error}

bodymap will run without client records.</source>
        <translation>{error}

bodymap funcionará sin registros de clientes.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../bodymap/store/database.py" line="62"/>
        <source>A folder-sync tool (Dropbox, OneDrive, Syncthing...) or a restore may have done this: keep client records outside synced folders. Nothing was changed.</source>
        <translation>Puede haberlo hecho una herramienta de sincronización de carpetas (Dropbox, OneDrive, Syncthing...) o una restauración: guarda los registros de clientes fuera de las carpetas sincronizadas. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="69"/>
        <source>opening the database</source>
        <translation>abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="70"/>
        <source>reading the database</source>
        <translation>leer la base de datos</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="71"/>
        <source>upgrading the database</source>
        <translation>actualizar la base de datos</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="72"/>
        <source>copying the database before upgrading it</source>
        <translation>copiar la base de datos antes de actualizarla</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="73"/>
        <source>saving the client</source>
        <translation>guardar el cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="74"/>
        <source>importing the client</source>
        <translation>importar el cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="75"/>
        <source>deleting the client</source>
        <translation>borrar el cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="76"/>
        <source>saving the client&apos;s figure</source>
        <translation>guardar la figura del cliente</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="77"/>
        <source>saving the visit</source>
        <translation>guardar la visita</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="78"/>
        <source>deleting the visit</source>
        <translation>borrar la visita</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="117"/>
        <source>{action} failed: the disk is full (or the database reached its size limit). Nothing was changed; everything saved before is safe. Free some disk space and try again.</source>
        <translation>no se pudo {action}: el disco está lleno (o la base de datos llegó a su tamaño máximo). No se ha cambiado nada; todo lo guardado antes está a salvo. Libera espacio en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="123"/>
        <source>{action} failed: the database or its folder cannot be written ({error}). Check the permissions, or choose another file with --db PATH.</source>
        <translation>no se pudo {action}: no se puede escribir en la base de datos o en su carpeta ({error}). Revisa los permisos o elige otro archivo con --db PATH.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="128"/>
        <source>{action} failed: another program (perhaps a second bodymap window) kept the database busy for more than {seconds} s. Nothing was changed; try again.</source>
        <translation>no se pudo {action}: otro programa (quizá una segunda ventana de bodymap) mantuvo ocupada la base de datos más de {seconds} s. No se ha cambiado nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="134"/>
        <source>{action} failed: the database is damaged ({error}). Restore it from a backup, or start a new database beside it.</source>
        <translation>no se pudo {action}: la base de datos está dañada ({error}). Restáurala desde una copia de seguridad o empieza una base de datos nueva junto a ella.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="139"/>
        <source>{action} failed: the disk reported an error ({error}). Nothing was changed; check the disk (is it full, or removed?) and try again.</source>
        <translation>no se pudo {action}: el disco informó de un error ({error}). No se ha cambiado nada; revisa el disco (¿está lleno o se ha extraído?) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="143"/>
        <source>{action} failed: {error}</source>
        <translation>no se pudo {action}: {error}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="149"/>
        <source>is a folder, not a database file. Choose a file name.</source>
        <translation>es una carpeta, no un archivo de base de datos. Elige un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="158"/>
        <source>cannot create the database: {error}. Is the folder read-only? Choose another file with --db PATH.</source>
        <translation>no se puede crear la base de datos: {error}. ¿Es la carpeta de solo lectura? Elige otro archivo con --db PATH.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="167"/>
        <source>{problem} Choose a database file with --db PATH.</source>
        <translation>{problem} Elige un archivo de base de datos con --db PATH.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="171"/>
        <source>cannot read the database: {error}. Check its permissions.</source>
        <translation>no se puede leer la base de datos: {error}. Revisa sus permisos.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="177"/>
        <source>is empty (0 bytes), but bodymap has used this file before: it was truncated or replaced by another program. Restore it from a backup (or the sync tool&apos;s history), or start a new database beside it. {advice}</source>
        <translation>está vacío (0 bytes), pero bodymap ya ha usado este archivo: otro programa lo ha vaciado o sustituido. Restáuralo desde una copia de seguridad (o desde el historial de la herramienta de sincronización) o empieza una base de datos nueva junto a él. {advice}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="184"/>
        <source>is not a bodymap database (not an SQLite file at all). Choose another file (--db PATH), or start a new database beside it. The file was not changed.</source>
        <translation>no es una base de datos de bodymap (ni siquiera es un archivo SQLite). Elige otro archivo (--db PATH) o empieza una base de datos nueva junto a él. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="189"/>
        <source>is a damaged database (cut short after its first bytes). Restore it from a backup, or start a new database beside it. The file was not changed.</source>
        <translation>es una base de datos dañada (cortada tras sus primeros bytes). Restáurala desde una copia de seguridad o empieza una base de datos nueva junto a ella. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="194"/>
        <source>the database file is read-only. Make it writable, or choose another file with --db PATH.</source>
        <translation>el archivo de la base de datos es de solo lectura. Permite escribir en él o elige otro archivo con --db PATH.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="198"/>
        <source>the folder {folder} is read-only, and bodymap must create its journal files beside the database. Make the folder writable, or choose another file with --db PATH.</source>
        <translation>la carpeta {folder} es de solo lectura, y bodymap tiene que crear sus archivos de diario junto a la base de datos. Permite escribir en la carpeta o elige otro archivo con --db PATH.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="261"/>
        <source>was replaced by another copy while the journal of the old file ({name}-wal) still lay beside it; opening it would mix the two and lose records. Close every bodymap window. If the new file is the one to keep, move {name}-wal and {name}-shm into another folder, then start bodymap again. {advice}</source>
        <translation>se sustituyó por otra copia mientras el diario del archivo anterior ({name}-wal) seguía a su lado; abrirlo mezclaría los dos y se perderían registros. Cierra todas las ventanas de bodymap. Si el archivo nuevo es el que quieres conservar, mueve {name}-wal y {name}-shm a otra carpeta y vuelve a abrir bodymap. {advice}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="270"/>
        <source>is a damaged database ({error}). Restore it from a backup, or start a new database beside it. The file was not changed.</source>
        <translation>es una base de datos dañada ({error}). Restáurala desde una copia de seguridad o empieza una base de datos nueva junto a ella. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="332"/>
        <source>the copy kept before upgrading the database did not read back correctly; the database was not upgraded. Check the disk, then start bodymap again.</source>
        <translation>la copia guardada antes de actualizar la base de datos no se pudo leer correctamente; la base de datos no se ha actualizado. Revisa el disco y vuelve a abrir bodymap.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="341"/>
        <source>{action} failed: {error}. The database was not upgraded. Free some disk space, then start bodymap again.</source>
        <translation>no se pudo {action}: {error}. La base de datos no se ha actualizado. Libera espacio en el disco y vuelve a abrir bodymap.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="594"/>
        <location filename="../bodymap/store/database.py" line="799"/>
        <source>there is no client with id {id}</source>
        <extracomment>the clients table&apos;s columns in the order _client_from reads them</extracomment>
        <translation>no hay ningún cliente con el id {id}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="612"/>
        <location filename="../bodymap/store/database.py" line="640"/>
        <location filename="../bodymap/store/database.py" line="648"/>
        <location filename="../bodymap/store/database.py" line="674"/>
        <source>there is no visit with id {id}</source>
        <translation>no hay ninguna visita con el id {id}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="697"/>
        <source>deleted or moved away</source>
        <translation>borrado o movido a otro sitio</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="700"/>
        <source>replaced by something that is not a file</source>
        <translation>sustituido por algo que no es un archivo</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="703"/>
        <source>replaced by another file (renamed over it)</source>
        <translation>sustituido por otro archivo (renombrado encima)</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="706"/>
        <source>emptied or cut short</source>
        <translation>vaciado o recortado</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="712"/>
        <source>overwritten with other content</source>
        <translation>sobrescrito con otro contenido</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="718"/>
        <source>{action} failed: the database file was {what} by another program while bodymap had it open, so nothing was written to it. Close bodymap, decide which copy to keep, then open it again. {advice}</source>
        <translation>no se pudo {action}: otro programa ha dejado el archivo de la base de datos {what} mientras bodymap lo tenía abierto, así que no se ha escrito nada en él. Cierra bodymap, decide qué copia conservar y vuelve a abrirla. {advice}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="723"/>
        <source>{action} failed: the database file was {what} by another program while bodymap had it open, so nothing was written to it. Everything this window could still read was copied to {rescue}, beside it. Close bodymap, decide which copy to keep, then open it again. {advice}</source>
        <translation>no se pudo {action}: otro programa ha dejado el archivo de la base de datos {what} mientras bodymap lo tenía abierto, así que no se ha escrito nada en él. Todo lo que esta ventana aún podía leer se ha copiado en {rescue}, a su lado. Cierra bodymap, decide qué copia conservar y vuelve a abrirla. {advice}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="763"/>
        <source>{action} failed: the database was closed</source>
        <translation>no se pudo {action}: la base de datos estaba cerrada</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="786"/>
        <source>not a usable client name: {name}</source>
        <translation>no es un nombre de cliente válido: {name}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/database.py" line="846"/>
        <source>an earlier version of visit {id} cannot be read ({error}). Restore the database from a backup; the visit as it is now is unaffected.</source>
        <translation>no se puede leer una versión anterior de la visita {id} ({error}). Restaura la base de datos desde una copia de seguridad; la visita tal como está ahora no se ve afectada.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/errors.py" line="61"/>
        <source>... and {n} more</source>
        <extracomment>the end of a list of problems found in an import file</extracomment>
        <translation>... y {n} más</translation>
    </message>
    <message>
        <location filename="../bodymap/store/errors.py" line="132"/>
        <source>not imported, nothing was changed: {total} problem(s) in the file</source>
        <translation>no se ha importado, no se ha cambiado nada: {total} problema(s) en el archivo</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="30"/>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="31"/>
        <source>an invisible formatting character</source>
        <translation>un carácter de formato invisible</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="32"/>
        <source>a line separator</source>
        <translation>un separador de línea</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="33"/>
        <source>a paragraph separator</source>
        <translation>un separador de párrafo</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="34"/>
        <source>a lone surrogate</source>
        <translation>un sustituto (surrogate) suelto</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="66"/>
        <source>a client needs a name</source>
        <translation>un cliente necesita un nombre</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="68"/>
        <source>a client needs a name of at most {limit} characters; this one has {length}. Put the rest in the notes.</source>
        <translation>el nombre de un cliente puede tener como máximo {limit} caracteres; este tiene {length}. Pon el resto en las notas.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="74"/>
        <source>a client needs a name without text-direction controls; this one holds {character} at character {position}, which can make it display as another name. Retype the name instead of pasting it.</source>
        <translation>el nombre de un cliente no puede llevar controles de dirección del texto; este lleva {character} en el carácter {position}, que puede hacer que se muestre como otro nombre. Escribe el nombre en vez de pegarlo.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/names.py" line="81"/>
        <source>a client needs a name of one line of visible characters; this one holds {kind} ({character}) at character {position}. Retype the name instead of pasting it.</source>
        <translation>el nombre de un cliente debe ser una sola línea de caracteres visibles; este lleva {kind} ({character}) en el carácter {position}. Escribe el nombre en vez de pegarlo.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/schema.py" line="135"/>
        <source>was written by a newer version of bodymap (database version {version}; this bodymap understands up to {latest}). Update bodymap to open it, or start a new database beside it. The file was not changed.</source>
        <translation>fue escrito por una versión más reciente de bodymap (versión de base de datos {version}; este bodymap entiende hasta la {latest}). Actualiza bodymap para abrirlo o empieza una base de datos nueva junto a él. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/schema.py" line="143"/>
        <source>is a damaged bodymap database (missing tables: {tables}). Restore it from a backup, or start a new database beside it. The file was not changed.</source>
        <translation>es una base de datos de bodymap dañada (faltan tablas: {tables}). Restáurala desde una copia de seguridad o empieza una base de datos nueva junto a ella. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/schema.py" line="152"/>
        <source>is an SQLite database of another program, not a bodymap database (application id {app_id}, version {version}, tables: {tables}). Choose another file (--db PATH), or start a new database beside it. The file was not changed.</source>
        <translation>es una base de datos SQLite de otro programa, no de bodymap (id de aplicación {app_id}, versión {version}, tablas: {tables}). Elige otro archivo (--db PATH) o empieza una base de datos nueva junto a él. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location filename="../bodymap/store/transfer.py" line="131"/>
        <source>cannot read the file: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../bodymap/store/transfer.py" line="209"/>
        <source>cannot write the export: {error}. Choose another folder, or free some disk space.</source>
        <translation>no se puede escribir la exportación: {error}. Elige otra carpeta o libera espacio en el disco.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../bodymap/gui/actions.py" line="49"/>
        <source>Main toolbar</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="54"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="55"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="56"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="57"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="66"/>
        <source>Next pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="67"/>
        <source>Previous pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="70"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registro</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="71"/>
        <source>The log file to attach to a bug report (it holds no names or notes)</source>
        <translation>El archivo de registro para adjuntar a un informe de error (no contiene nombres ni notas)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="74"/>
        <source>&amp;About bodymap</source>
        <translation>&amp;Acerca de bodymap</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="78"/>
        <source>Client &amp;handout (PDF)…</source>
        <translation>&amp;Hoja para el cliente (PDF)…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="80"/>
        <source>Export map as &amp;image (PNG or SVG)…</source>
        <translation>Exportar el mapa como &amp;imagen (PNG o SVG)…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="88"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="90"/>
        <source>Client records: visits, progress, compare</source>
        <translation>Registros de clientes: visitas, evolución, comparación</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="93"/>
        <source>E&amp;xport client visits (JSON or CSV)…</source>
        <translation>E&amp;xportar las visitas de clientes (JSON o CSV)…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="95"/>
        <source>&amp;Import client visits (JSON)…</source>
        <translation>I&amp;mportar visitas de clientes (JSON)…</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="116"/>
        <source>&amp;Clear drawing</source>
        <translation>&amp;Borrar dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="117"/>
        <source>Mark &amp;both sides</source>
        <translation>Marcar a&amp;mbos lados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="119"/>
        <source>Each region you mark is marked on the other side too</source>
        <translation>Cada región que marcas se marca también en el otro lado</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="160"/>
        <source>Fi&amp;gure</source>
        <translation>&amp;Figura</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="162"/>
        <source>&amp;Male</source>
        <translation>&amp;Masculina</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="162"/>
        <source>&amp;Female</source>
        <translation>&amp;Femenina</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="173"/>
        <source>The drawings of this figure are not installed</source>
        <translation>Los dibujos de esta figura no están instalados</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="139"/>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="141"/>
        <source>Zoom in (Ctrl++, or Ctrl+wheel over the body)</source>
        <translation>Acercar (Ctrl++, o Ctrl+rueda sobre el cuerpo)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="142"/>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="144"/>
        <source>&amp;Fit to window</source>
        <translation>Ver &amp;todo</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="145"/>
        <source>Zoom to &amp;pattern</source>
        <translation>Encuadrar el &amp;patrón</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="146"/>
        <source>Frame the shown pattern and the pain (Ctrl+9)</source>
        <translation>Encuadrar el patrón mostrado y el dolor (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="149"/>
        <source>&amp;Presentation mode</source>
        <translation>Modo p&amp;resentación</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="151"/>
        <source>Full screen for the client: the pattern large, private panels hidden; arrow keys step through candidates; Esc leaves</source>
        <translation>Pantalla completa para el cliente: el patrón en grande y los paneles privados ocultos; las flechas recorren los candidatos; Esc sale</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="204"/>
        <source>Undo {step}</source>
        <translation>Deshacer: {step}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="205"/>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="206"/>
        <source>Redo {step}</source>
        <translation>Rehacer: {step}</translation>
    </message>
    <message>
        <location filename="../bodymap/gui/actions.py" line="207"/>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../bodymap/domain/wording.py" line="22"/>
        <source>your left {places}</source>
        <extracomment>{places} is a list of body regions (the places of data/i18n/&lt;lang&gt;/regions.yaml, without their side), all on the user&apos;s left: &quot;your left low back, buttock and hip&quot;</extracomment>
        <translation>tu {places} (lado izquierdo)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="24"/>
        <source>your right {places}</source>
        <extracomment>{places}: body regions, all on the user&apos;s right</extracomment>
        <translation>tu {places} (lado derecho)</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="37"/>
        <source>{list}, {item}</source>
        <extracomment>the middle of a list in running text: &quot;low back, buttock&quot;</extracomment>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="39"/>
        <source>{list} and {last}</source>
        <extracomment>the end of a list in running text: &quot;low back, buttock and hip&quot;</extracomment>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="69"/>
        <source>your {places}</source>
        <extracomment>{places}: body regions on both sides, each named with its side: &quot;left buttock and right low back&quot;</extracomment>
        <translation>tu {places}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="82"/>
        <source>Explains {regions}</source>
        <extracomment>{regions}: the painful regions this pattern accounts for (&quot;your left low back and buttock&quot;); the first clause of a sentence</extracomment>
        <translation>Explica el dolor de {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="88"/>
        <source>is close to {regions}</source>
        <extracomment>a later clause: the pattern&apos;s zone lies next to these painful regions</extracomment>
        <translation>queda cerca de {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="91"/>
        <source>Close to {regions}</source>
        <extracomment>the first clause: the pattern&apos;s zone lies next to these painful regions</extracomment>
        <translation>Queda cerca de {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="93"/>
        <source>Does not explain this drawing</source>
        <translation>No explica este dibujo</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="101"/>
        <source>would also refer to the {regions}</source>
        <extracomment>a later clause: regions the pattern usually covers that the user did not mark (&quot;iliac crest and sacrum&quot;, on the side already named)</extracomment>
        <translation>también referiría dolor a estas zonas: {regions}</translation>
    </message>
    <message>
        <location filename="../bodymap/domain/wording.py" line="108"/>
        <source>does not explain {regions}</source>
        <extracomment>a later clause: painful regions this pattern does not account for</extracomment>
        <translation>no explica el dolor de {regions}</translation>
    </message>
</context>
</TS>
