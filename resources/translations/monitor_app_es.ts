<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_PE" sourcelanguage="es">
<context>
    <name>AssignmentsPage</name>
    <message numerus="yes">
        <source>%n IE(s) asignada(s) a {name}.</source>
        <translation>
            <numerusform>%n IE asignada a {name}.</numerusform>
            <numerusform>%n IIEE asignadas a {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asignación(es) de {name} terminada(s).</source>
        <translation>
            <numerusform>%n asignación de {name} terminada.</numerusform>
            <numerusform>%n asignaciones de {name} terminadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message numerus="yes">
        <source>Se volvieron a importar %n paquete(s) fusionados después de la copia.</source>
        <translation>
            <numerusform>Se volvió a importar %n paquete fusionado después de la copia.</numerusform>
            <numerusform>Se volvieron a importar %n paquetes fusionados después de la copia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentModel</name>
    <message numerus="yes">
        <source>%n foto(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentReportDialog</name>
    <message numerus="yes">
        <source>%n foto(s) por agregar: </source>
        <translation>
            <numerusform>%n foto por agregar: </numerusform>
            <numerusform>%n fotos por agregar: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foto(s) ya enviada(s).</source>
        <translation>
            <numerusform>%n foto ya enviada.</numerusform>
            <numerusform>%n fotos ya enviadas.</numerusform>
        </translation>
    </message>
</context>
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
    <name>DeviceModel</name>
    <message numerus="yes">
        <source>%n cambio(s): %1</source>
        <translation>
            <numerusform>%n cambio: %1</numerusform>
            <numerusform>%n cambios: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n cambio rechazado</numerusform>
            <numerusform>%n cambios rechazados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message numerus="yes">
        <source>Equipo «{name}» aprobado; %n paquete(s) retenido(s) fusionado(s).</source>
        <translation>
            <numerusform>Equipo «{name}» aprobado; %n paquete retenido fusionado.</numerusform>
            <numerusform>Equipo «{name}» aprobado; %n paquetes retenidos fusionados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>Importando %n paquete(s)…</source>
        <translation>
            <numerusform>Importando %n paquete…</numerusform>
            <numerusform>Importando %n paquetes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paquete(s) fusionado(s).</source>
        <translation>
            <numerusform>%n paquete fusionado.</numerusform>
            <numerusform>%n paquetes fusionados.</numerusform>
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
        <source>Primero, las %n IE(s) que la UGEL le asignó.</source>
        <translation>
            <numerusform>Primero, la IE que la UGEL le asignó.</numerusform>
            <numerusform>Primero, las %n IIEE que la UGEL le asignó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Luego, las %n IE(s) que está trabajando.</source>
        <translation>
            <numerusform>Luego, la IE que está trabajando.</numerusform>
            <numerusform>Luego, las %n IIEE que está trabajando.</numerusform>
        </translation>
    </message>
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
    <name>PanelPage</name>
    <message numerus="yes">
        <source>Hoja de cálculo guardada en {file} (%n IIEE).</source>
        <translation>
            <numerusform>Hoja de cálculo guardada en {file} (%n IE).</numerusform>
            <numerusform>Hoja de cálculo guardada en {file} (%n IIEE).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message numerus="yes">
        <source>%n respuesta(s) escrita(s).</source>
        <translation>
            <numerusform>%n respuesta escrita.</numerusform>
            <numerusform>%n respuestas escritas.</numerusform>
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
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>Reenviado: %n paquete(s).</source>
        <translation>
            <numerusform>Reenviado: %n paquete.</numerusform>
            <numerusform>Reenviados: %n paquetes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln cambio(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foto(s)</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cambio(s) hecho(s) aquí aún sin exportar.</source>
        <translation>
            <numerusform>%Ln cambio hecho aquí aún sin exportar.</numerusform>
            <numerusform>%Ln cambios hechos aquí aún sin exportar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cambio(s) que la UGEL aún no confirma tener.</source>
        <translation>
            <numerusform>%Ln cambio que la UGEL aún no confirma tener.</numerusform>
            <numerusform>%Ln cambios que la UGEL aún no confirma tener.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Llegaron %Ln cambio(s) nuevo(s) de otros equipos y de la UGEL.</source>
        <translation>
            <numerusform>Llegó %Ln cambio nuevo de otros equipos y de la UGEL.</numerusform>
            <numerusform>Llegaron %Ln cambios nuevos de otros equipos y de la UGEL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registro(s) actualizado(s)</source>
        <translation>
            <numerusform>%Ln registro actualizado</numerusform>
            <numerusform>%Ln registros actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foto(s) recibida(s).</source>
        <translation>
            <numerusform>%Ln foto recibida.</numerusform>
            <numerusform>%Ln fotos recibidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Padrón: %Ln IE(s) nueva(s) o actualizada(s).</source>
        <translation>
            <numerusform>Padrón: %Ln IE nueva o actualizada.</numerusform>
            <numerusform>Padrón: %Ln IIEE nuevas o actualizadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instrumentos: %Ln versión(es) nueva(s).</source>
        <translation>
            <numerusform>Instrumentos: %Ln versión nueva.</numerusform>
            <numerusform>Instrumentos: %Ln versiones nuevas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicto(s) abierto(s): revíselo(s) con la UGEL.</source>
        <translation>
            <numerusform>%Ln conflicto abierto: revíselo con la UGEL.</numerusform>
            <numerusform>%Ln conflictos abiertos: revíselos con la UGEL.</numerusform>
        </translation>
    </message>
</context>
</TS>