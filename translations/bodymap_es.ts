<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>MainWindow</name>
    <message>
        <location filename="../bodymap/gui/main_window.py" line="220"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registro</translation>
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
</TS>
