<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_PE" sourcelanguage="es">
<context>
    <name>DemoPage</name>
    <message numerus="yes">
        <source>Listo: %n servicio(s) educativo(s) con visitas, compromisos, GRD y biblioteca inventados.</source>
        <translation>
            <numerusform>Listo: %n servicio educativo con visitas, compromisos, GRD y biblioteca inventados.</numerusform>
            <numerusform>Listo: %n servicios educativos con visitas, compromisos, GRD y biblioteca inventados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln IE(s) en el padrón</source>
        <translation>
            <numerusform>%Ln IE en el padrón</numerusform>
            <numerusform>%Ln IIEE en el padrón</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MySchoolsPage</name>
    <message numerus="yes">
        <source>Primero, las %n IE(s) que está trabajando (abiertas hace poco, visitadas o con compromisos abiertos).</source>
        <translation>
            <numerusform>Primero, la IE que está trabajando (abierta hace poco, visitada o con compromisos abiertos).</numerusform>
            <numerusform>Primero, las %n IIEE que está trabajando (abiertas hace poco, visitadas o con compromisos abiertos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se muestran %Ln de {total} IIEE. Escriba para buscar.</source>
        <translation>
            <numerusform>Se muestra %Ln de {total} IIEE. Escriba para buscar.</numerusform>
            <numerusform>Se muestran %Ln de {total} IIEE. Escriba para buscar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln IE(s).</source>
        <translation>
            <numerusform>%Ln IE.</numerusform>
            <numerusform>%Ln IIEE.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se muestran las primeras %Ln IIEE que coinciden con «{text}». Escriba más para afinar la búsqueda.</source>
        <translation>
            <numerusform>Se muestra la primera IE que coincide con «{text}». Escriba más para afinar la búsqueda.</numerusform>
            <numerusform>Se muestran las primeras %Ln IIEE que coinciden con «{text}». Escriba más para afinar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln IE(s) coinciden con «{text}».</source>
        <translation>
            <numerusform>%Ln IE coincide con «{text}».</numerusform>
            <numerusform>%Ln IIEE coinciden con «{text}».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolMatchModel</name>
    <message numerus="yes">
        <source>%n compromiso(s)</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
</context>
</TS>