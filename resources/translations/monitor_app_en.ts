<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>ActaPrinter</name>
    <message>
        <source>Acta de visita</source>
        <translation>Visit report (acta)</translation>
    </message>
    <message>
        <source>Evidencias de la visita</source>
        <translation>Evidence of the visit</translation>
    </message>
    <message>
        <source>Compromisos acordados</source>
        <translation>Commitments agreed</translation>
    </message>
    <message>
        <source>Compromisos verificados en esta visita</source>
        <translation>Commitments verified at this visit</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Código modular</source>
        <translation>Código modular (school code)</translation>
    </message>
    <message>
        <source>Anexo</source>
        <translation>Annex</translation>
    </message>
    <message>
        <source>Código de local</source>
        <translation>Código de local (premises code)</translation>
    </message>
    <message>
        <source>Nivel / modalidad</source>
        <translation>Level / type</translation>
    </message>
    <message>
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <source>UGEL</source>
        <translation>UGEL</translation>
    </message>
    <message>
        <source>Institución educativa</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modalidad</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Hora de inicio</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Hora de término</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Especialista</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>(foto aún no recibida)</source>
        <translation>(photo not received yet)</translation>
    </message>
    <message>
        <source>Ítem</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Evidencia y observación</source>
        <translation>Evidence and notes</translation>
    </message>
    <message>
        <source>Ítems obligatorios sin respuesta:</source>
        <translation>Required items without an answer:</translation>
    </message>
    <message>
        <source>Ninguno.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Plazo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verificación</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Nombre y cargo:</source>
        <translation>Name and position:</translation>
    </message>
</context>
<context>
    <name>BrigadeModel</name>
    <message>
        <source>Brigada</source>
        <translation>Brigade</translation>
    </message>
    <message>
        <source>Conformada el</source>
        <translation>Formed on</translation>
    </message>
    <message>
        <source>RD</source>
        <translation>RD</translation>
    </message>
    <message>
        <source>Integrantes</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aspecto</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Situación</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Qué hacer</source>
        <translation>What to do</translation>
    </message>
</context>
<context>
    <name>CodeWords</name>
    <message>
        <source>Planificada</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>En curso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Cerrada</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Anulada</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>En proceso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Cumplido</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>No cumplido</source>
        <translation>Not kept</translation>
    </message>
    <message>
        <source>Anulado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No tiene</source>
        <translation>None</translation>
    </message>
    <message>
        <source>En elaboración</source>
        <translation>Being drafted</translation>
    </message>
    <message>
        <source>Aprobado</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Actualizado</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Mañana</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Tarde</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Noche</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Operativo</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Por reponer</source>
        <translation>To be replaced</translation>
    </message>
    <message>
        <source>Vencido</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Bueno</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Malo</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Prestado</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>De baja</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Extraviado</source>
        <translation>Lost</translation>
    </message>
</context>
<context>
    <name>CommitmentModel</name>
    <message>
        <source>Compromiso</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Plazo</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acordado en la visita del</source>
        <translation>Agreed at the visit of</translation>
    </message>
    <message>
        <source>Sin plazo</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>✕ {date} (vencido)</source>
        <translation>✕ {date} (overdue)</translation>
    </message>
</context>
<context>
    <name>CopyModel</name>
    <message>
        <source>N.° de registro</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Autor</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Situación</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Ejemplares</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Prestados</source>
        <translation>On loan</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ubicación</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>{icon} {date} (vencido)</source>
        <translation>{icon} {date} (expired)</translation>
    </message>
    <message>
        <source>{icon} {date} (por vencer)</source>
        <translation>{icon} {date} (expiring soon)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Importar padrón</source>
        <translation>Import school directory</translation>
    </message>
    <message>
        <source>Padrón de IIEE (*.dbf *.DBF *.csv *.CSV *.xlsx *.XLSX);;Todos los archivos (*)</source>
        <translation>School directory (*.dbf *.DBF *.csv *.CSV *.xlsx *.XLSX);;All files (*)</translation>
    </message>
    <message>
        <source>Agregar fotos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Fotos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;Todos los archivos (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;All files (*)</translation>
    </message>
    <message>
        <source>Exportar para la UGEL: elija la memoria USB o una carpeta</source>
        <translation>Export for the UGEL: choose the USB stick or a folder</translation>
    </message>
    <message>
        <source>Importar respuesta de la UGEL</source>
        <translation>Import the UGEL&apos;s reply</translation>
    </message>
    <message>
        <source>Paquetes de Monitor de Campo (*.mcbundle *.MCBUNDLE *.mcpart *.MCPART);;Todos los archivos (*)</source>
        <translation>Monitor de Campo bundles (*.mcbundle *.MCBUNDLE *.mcpart *.MCPART);;All files (*)</translation>
    </message>
    <message>
        <source>Monitor de Campo</source>
        <translation>Monitor de Campo</translation>
    </message>
</context>
<context>
    <name>DirectoryCard</name>
    <message>
        <source>Gestión</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Turno</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Área</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Centro poblado</source>
        <translation>Populated centre</translation>
    </message>
    <message>
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <source>UGEL</source>
        <translation>UGEL</translation>
    </message>
    <message>
        <source>Director(a)</source>
        <translation>Head teacher</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Turno</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Peligro</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>Nacional</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Participantes</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Copiar detalles</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Detalles copiados</source>
        <translation>Details copied</translation>
    </message>
</context>
<context>
    <name>ErrorHooks</name>
    <message>
        <source>el registro de la aplicación</source>
        <translation>the application log</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado. Lo que ya estaba guardado no se perdió. Los detalles quedaron en {log}; si el problema se repite, cópielos y envíelos a soporte.</source>
        <translation>An unexpected error occurred. Nothing already saved was lost. The details were written to {log}; if the problem happens again, copy them and send them to support.</translation>
    </message>
</context>
<context>
    <name>InstrumentForm</name>
    <message>
        <source>Guardar sección</source>
        <translation>Save section</translation>
    </message>
    <message>
        <source>Guardar sección %1</source>
        <translation>Save section %1</translation>
    </message>
    <message>
        <source>Obligatorio para cerrar la visita</source>
        <translation>Required to close the visit</translation>
    </message>
    <message>
        <source>Medio de verificación: %1</source>
        <translation>Means of verification: %1</translation>
    </message>
    <message>
        <source>Evidencia observada (obligatoria)</source>
        <translation>Evidence observed (required)</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No aplica</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>número</source>
        <translation>number</translation>
    </message>
</context>
<context>
    <name>IsbnField</name>
    <message>
        <source>Escanee o escriba el ISBN</source>
        <translation>Scan or type the ISBN</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>«%1» no es un ISBN válido: revise los dígitos o escanee otra vez.</source>
        <translation>&apos;%1&apos; is not a valid ISBN: check the digits or scan again.</translation>
    </message>
</context>
<context>
    <name>KindNames</name>
    <message>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Respuestas de visitas</source>
        <translation>Visit answers</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Evidencias (fotos)</source>
        <translation>Evidence (photos)</translation>
    </message>
    <message>
        <source>Comisiones de GRD</source>
        <translation>GRD committees</translation>
    </message>
    <message>
        <source>Integrantes de comisiones</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Planes de GRD</source>
        <translation>GRD plans</translation>
    </message>
    <message>
        <source>Peligros de los planes</source>
        <translation>Plan hazards</translation>
    </message>
    <message>
        <source>Brigadas</source>
        <translation>Brigades</translation>
    </message>
    <message>
        <source>Integrantes de brigadas</source>
        <translation>Brigade members</translation>
    </message>
    <message>
        <source>Simulacros</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>Equipos de seguridad</source>
        <translation>Safety devices</translation>
    </message>
    <message>
        <source>Bibliotecas</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>Ejemplares</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Movimientos de ejemplares</source>
        <translation>Copy movements</translation>
    </message>
    <message>
        <source>Préstamos</source>
        <translation>Loans</translation>
    </message>
</context>
<context>
    <name>LoanModel</name>
    <message>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lector</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Prestado el</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <source>Devolver el</source>
        <translation>Due back</translation>
    </message>
    <message>
        <source>Devuelto el</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>{icon} {date} (atrasado)</source>
        <translation>{icon} {date} (late)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Monitor de Campo</source>
        <translation>Monitor de Campo</translation>
    </message>
    <message>
        <source>&amp;Configurar equipo…</source>
        <translation>&amp;Set up this installation…</translation>
    </message>
    <message>
        <source>&amp;Importar padrón…</source>
        <translation>&amp;Import school directory…</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Acerca de Monitor de Campo</source>
        <translation>&amp;About Monitor de Campo</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Mis IIEE</source>
        <translation>My schools</translation>
    </message>
    <message>
        <source>Ficha de la IE</source>
        <translation>School page</translation>
    </message>
    <message>
        <source>Sincronizar</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>{place} (Ctrl+{number})</source>
        <translation>{place} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;Configurar equipo</source>
        <translation>&amp;Set up this laptop</translation>
    </message>
    <message>
        <source>Abra primero una IE desde «Mis IIEE».</source>
        <translation>First open a school from “My schools”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln IE(s) en el padrón</source>
        <translation>
            <numerusform>%Ln school in the directory</numerusform>
            <numerusform>%Ln schools in the directory</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Este equipo aún no está configurado.&lt;/b&gt; Indique su rol, nombre y UGEL para importar el padrón y registrar sus visitas.</source>
        <translation>&lt;b&gt;This installation is not set up yet.&lt;/b&gt; Give your role, name and UGEL to import the school directory and record your visits.</translation>
    </message>
    <message>
        <source>Equipo sin configurar</source>
        <translation>Installation not set up</translation>
    </message>
    <message>
        <source>Configure el equipo antes de importar el padrón.</source>
        <translation>Set up this installation before importing the school directory.</translation>
    </message>
    <message>
        <source>Equipo configurado.</source>
        <translation>Installation set up.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Monitor de Campo {version}&lt;/h3&gt;&lt;p&gt;Registro sin conexión del monitoreo de instituciones educativas, para especialistas de UGEL y DRE y para directores.&lt;/p&gt;&lt;p&gt;Base de datos: {db}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · SQLite {sqlite}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Monitor de Campo {version}&lt;/h3&gt;&lt;p&gt;Offline records of school monitoring, for UGEL and DRE specialists and for school directors.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · SQLite {sqlite}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Acerca de Monitor de Campo</source>
        <translation>About Monitor de Campo</translation>
    </message>
</context>
<context>
    <name>MySchoolsPage</name>
    <message>
        <source>Buscar por nombre, código modular, código de local o distrito</source>
        <translation>Search by name, código modular, código de local or district</translation>
    </message>
    <message>
        <source>El padrón de IIEE está vacío</source>
        <translation>The school directory is empty</translation>
    </message>
    <message>
        <source>&amp;Importar padrón…</source>
        <translation>&amp;Import school directory…</translation>
    </message>
    <message>
        <source>Importe el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o XLSX. Se puede volver a importar cuando salga una versión más nueva.</source>
        <translation>Import your UGEL&apos;s school directory, downloaded from ESCALE as a DBF, CSV or XLSX file. You can import it again whenever a newer version comes out.</translation>
    </message>
    <message>
        <source>Primero configure el equipo (su rol, nombre y UGEL); después podrá importar el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o XLSX.</source>
        <translation>First set up this installation (your role, name and UGEL); then you can import your UGEL&apos;s school directory, downloaded from ESCALE as a DBF, CSV or XLSX file.</translation>
    </message>
    <message numerus="yes">
        <source>Primero, las %n IE(s) que está trabajando (abiertas hace poco, visitadas o con compromisos abiertos).</source>
        <translation>
            <numerusform>First, the school you are working on (opened lately, visited or with open commitments).</numerusform>
            <numerusform>First, the %n schools you are working on (opened lately, visited or with open commitments).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se muestran %Ln de {total} IIEE. Escriba para buscar.</source>
        <translation>
            <numerusform>Showing %Ln of {total} schools. Type to search.</numerusform>
            <numerusform>Showing %Ln of {total} schools. Type to search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln IE(s).</source>
        <translation>
            <numerusform>%Ln school.</numerusform>
            <numerusform>%Ln schools.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ninguna IE coincide con «{text}».</source>
        <translation>No school matches “{text}”.</translation>
    </message>
    <message numerus="yes">
        <source>Se muestran las primeras %Ln IIEE que coinciden con «{text}». Escriba más para afinar la búsqueda.</source>
        <translation>
            <numerusform>Showing the first %Ln school matching “{text}”. Type more to narrow the search.</numerusform>
            <numerusform>Showing the first %Ln schools matching “{text}”. Type more to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln IE(s) coinciden con «{text}».</source>
        <translation>
            <numerusform>%Ln school matches “{text}”.</numerusform>
            <numerusform>%Ln schools match “{text}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PadronImport</name>
    <message>
        <source>Cancelando la importación…</source>
        <translation>Cancelling the import…</translation>
    </message>
    <message>
        <source>Leyendo {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importar padrón</source>
        <translation>Import school directory</translation>
    </message>
    <message>
        <source>Importando {file}: {done} filas leídas</source>
        <translation>Importing {file}: {done} rows read</translation>
    </message>
    <message>
        <source>Importando {file}: {done} de {total} filas</source>
        <translation>Importing {file}: {done} of {total} rows</translation>
    </message>
    <message>
        <source>Padrón importado</source>
        <translation>School directory imported</translation>
    </message>
    <message>
        <source>Padrón importado: {file}</source>
        <translation>School directory imported: {file}</translation>
    </message>
    <message>
        <source>Importación cancelada. No se cambió nada.</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>No se importó el padrón.</source>
        <translation>The school directory was not imported.</translation>
    </message>
    <message>
        <source>Archivo: {file} ({format})</source>
        <translation>File: {file} ({format})</translation>
    </message>
    <message>
        <source>Filas leídas: {n}</source>
        <translation>Rows read: {n}</translation>
    </message>
    <message>
        <source>Nuevas: {n}</source>
        <translation>New: {n}</translation>
    </message>
    <message>
        <source>Actualizadas: {n}</source>
        <translation>Updated: {n}</translation>
    </message>
    <message>
        <source>Sin cambios: {n}</source>
        <translation>Unchanged: {n}</translation>
    </message>
    <message>
        <source>Rechazadas: {n}</source>
        <translation>Rejected: {n}</translation>
    </message>
    <message>
        <source>Fuera del ámbito de este equipo: {n}</source>
        <translation>Outside this installation&apos;s scope: {n}</translation>
    </message>
    <message>
        <source>Columnas que el archivo no trae (se conservan sus valores): {columns}</source>
        <translation>Columns the file lacks (their values are kept): {columns}</translation>
    </message>
    <message>
        <source>Vea el detalle de las filas rechazadas en «Mostrar los detalles».</source>
        <translation>See the rejected rows under “Show Details…”.</translation>
    </message>
    <message>
        <source> ({codes}, repite la fila {row})</source>
        <translation> ({codes}, repeats row {row})</translation>
    </message>
    <message>
        <source>Fila {row}: {reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <source>… y {n} filas más.</source>
        <translation>… and {n} more rows.</translation>
    </message>
    <message>
        <source>falta el código</source>
        <translation>the code is missing</translation>
    </message>
    <message>
        <source>código no válido</source>
        <translation>invalid code</translation>
    </message>
    <message>
        <source>falta el nombre de la IE</source>
        <translation>the school name is missing</translation>
    </message>
    <message>
        <source>institución de apoyo (ODEC, CRAEI…), no es una IE</source>
        <translation>support institution (ODEC, CRAEI…), not a school</translation>
    </message>
    <message>
        <source>código repetido en el archivo</source>
        <translation>code repeated in the file</translation>
    </message>
    <message>
        <source>fuera del ámbito de este equipo</source>
        <translation>outside this installation&apos;s scope</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>&amp;Agregar fotos…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <source>o arrastre las fotos aquí</source>
        <translation>or drag the photos here</translation>
    </message>
    <message>
        <source>Foto aún
no recibida</source>
        <translation>Photo not
received yet</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Año</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RD de aprobación</source>
        <translation>Approval RD</translation>
    </message>
    <message>
        <source>Aprobado el</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <source>Actualizado el</source>
        <translation>Updated on</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Especialista</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>UGEL</source>
        <translation>UGEL</translation>
    </message>
    <message>
        <source>Director(a)</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>DRE</source>
        <translation>DRE</translation>
    </message>
    <message>
        <source>Especialista de la UGEL que visita y monitorea las IIEE de su ámbito.</source>
        <translation>A UGEL specialist who visits and monitors the schools in their jurisdiction.</translation>
    </message>
    <message>
        <source>Equipo de la oficina de la UGEL que consolida lo que envían especialistas y directores.</source>
        <translation>A computer at the UGEL office that consolidates what specialists and directors send.</translation>
    </message>
    <message>
        <source>Director(a) que registra la información de su propia IE.</source>
        <translation>A school director who records their own school&apos;s information.</translation>
    </message>
    <message>
        <source>Equipo de la DRE que consolida lo que envían sus UGEL.</source>
        <translation>The DRE&apos;s station, which brings together what its UGELs send.</translation>
    </message>
    <message>
        <source>UGEL {code}</source>
        <translation>UGEL {code}</translation>
    </message>
    <message>
        <source>IE {code}</source>
        <translation>School {code}</translation>
    </message>
</context>
<context>
    <name>SchoolMatchModel</name>
    <message>
        <source>centro poblado</source>
        <translation>populated centre</translation>
    </message>
    <message>
        <source>distrito</source>
        <translation>district</translation>
    </message>
    <message>
        <source>nombre</source>
        <translation>name</translation>
    </message>
    <message>
        <source>código modular</source>
        <translation>código modular</translation>
    </message>
    <message>
        <source>código de local</source>
        <translation>código de local</translation>
    </message>
    <message>
        <source>Cód. modular</source>
        <translation>Cód. modular</translation>
    </message>
    <message>
        <source>Código modular</source>
        <translation>Código modular (school code)</translation>
    </message>
    <message>
        <source>Anexo</source>
        <translation>Annex</translation>
    </message>
    <message>
        <source>Cód. local</source>
        <translation>Cód. local</translation>
    </message>
    <message>
        <source>Código de local</source>
        <translation>Código de local (premises code)</translation>
    </message>
    <message>
        <source>Nombre de la IE</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>Nivel / modalidad</source>
        <translation>Level / type</translation>
    </message>
    <message>
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Seguimiento</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Compromisos abiertos y última visita</source>
        <translation>Open commitments and latest visit</translation>
    </message>
    <message>
        <source>{name} — coincide en: {where}</source>
        <translation>{name} — matched in: {where}</translation>
    </message>
    <message>
        <source>{name}
Coincide en: {where}</source>
        <translation>{name}
Matched in: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n compromiso(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message>
        <source>visita {date}</source>
        <translation>visit {date}</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>&amp;Resumen</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Visitas</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <source>&amp;Compromisos</source>
        <translation>&amp;Commitments</translation>
    </message>
    <message>
        <source>&amp;GRD</source>
        <translation>&amp;GRD</translation>
    </message>
    <message>
        <source>&amp;Biblioteca</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>Lista de verificación</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Compromisos abiertos</source>
        <translation>Open commitments</translation>
    </message>
    <message>
        <source>Planes de GRD</source>
        <translation>GRD plans</translation>
    </message>
    <message>
        <source>Brigadas</source>
        <translation>Brigades</translation>
    </message>
    <message>
        <source>Simulacros</source>
        <translation>Drills</translation>
    </message>
    <message>
        <source>Dispositivos de seguridad</source>
        <translation>Safety devices</translation>
    </message>
    <message>
        <source>Ejemplares</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Préstamos</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Código modular {cod_mod} · anexo {anexo} · código de local {codlocal} · {level}</source>
        <translation>Código modular {cod_mod} · annex {anexo} · código de local {codlocal} · {level}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Configurar equipo</source>
        <translation>Set up this installation</translation>
    </message>
    <message>
        <source>Indique quién usará este equipo. El rol y el ámbito (UGEL y, para un(a) director(a), su IE) deciden qué IIEE se pueden registrar. Se configura una sola vez.</source>
        <translation>Say who will use this installation. The role and the scope (UGEL and, for a director, their school) decide which schools can be recorded. This is done only once.</translation>
    </message>
    <message>
        <source>Nombres y apellidos</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>6 dígitos, p. ej. 150105</source>
        <translation>6 digits, e.g. 150105</translation>
    </message>
    <message>
        <source>Código modular, 7 dígitos, p. ej. 0335273</source>
        <translation>Código modular, 7 digits, e.g. 0335273</translation>
    </message>
    <message>
        <source>Configurar</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Rol:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Código de UGEL:</source>
        <translation>UGEL code:</translation>
    </message>
    <message>
        <source>Código modular de la IE:</source>
        <translation>School&apos;s código modular:</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Cumple</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Vencido</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Sin dato</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sincronizar con la UGEL</source>
        <translation>Sync with the UGEL</translation>
    </message>
    <message>
        <source>&amp;Exportar para la UGEL</source>
        <translation>&amp;Export for the UGEL</translation>
    </message>
    <message>
        <source>&amp;Importar respuesta de la UGEL</source>
        <translation>&amp;Import the UGEL&apos;s reply</translation>
    </message>
    <message>
        <source>Exportar escribe en la memoria USB (o en una carpeta) todos los cambios que la UGEL aún no confirma, cifrados para ella. Importar trae la respuesta de la UGEL: lo que registraron otros equipos y la propia UGEL, y hasta dónde recibió lo suyo.</source>
        <translation>Export writes onto the USB stick (or into a folder) every change the UGEL has not confirmed yet, encrypted for it. Import brings the UGEL&apos;s reply: what other devices and the UGEL itself recorded, and how far it has received yours.</translation>
    </message>
    <message>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Configure el equipo antes de sincronizar.</source>
        <translation>Set up this installation before syncing.</translation>
    </message>
    <message>
        <source>Este equipo aún no se unió a su UGEL: no tiene a quién cifrar el paquete.</source>
        <translation>This installation has not joined its UGEL yet: there is no one to encrypt the bundle to.</translation>
    </message>
    <message>
        <source>No se pudo completar</source>
        <translation>Could not be completed</translation>
    </message>
    <message>
        <source>Exportando para la UGEL en {folder}…</source>
        <translation>Exporting for the UGEL into {folder}…</translation>
    </message>
    <message>
        <source>No se exportó nada.</source>
        <translation>Nothing was exported.</translation>
    </message>
    <message>
        <source>Exportado y verificado: {file}</source>
        <translation>Exported and verified: {file}</translation>
    </message>
    <message>
        <source>Importando {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>No se importó nada.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>No se importó {file}.</source>
        <translation>{file} was not imported.</translation>
    </message>
    <message>
        <source>Respuesta de la UGEL importada: {file}</source>
        <translation>UGEL reply imported: {file}</translation>
    </message>
    <message>
        <source>Cancelando la exportación…</source>
        <translation>Cancelling the export…</translation>
    </message>
    <message>
        <source>Exportación cancelada: no quedó ningún paquete en el destino.</source>
        <translation>Export cancelled: no bundle was left at the destination.</translation>
    </message>
    <message>
        <source>Exportación cancelada.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message numerus="yes">
        <source>%Ln cambio(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln foto(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Este equipo aún no se unió a su UGEL: todavía no puede exportar. Únase con el paquete de referencia que publica la UGEL.</source>
        <translation>This installation has not joined its UGEL yet: it cannot export. Join with the reference bundle the UGEL publishes.</translation>
    </message>
    <message>
        <source>UGEL: {name} ({code})</source>
        <translation>UGEL: {name} ({code})</translation>
    </message>
    <message>
        <source>Huella de la clave de la UGEL: {fingerprint}</source>
        <translation>UGEL key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Aún no exportó nada desde este equipo.</source>
        <translation>Nothing has been exported from this installation yet.</translation>
    </message>
    <message>
        <source>Última exportación: {when}, {changes} y {photos}.</source>
        <translation>Last export: {when}, {changes} and {photos}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cambio(s) hecho(s) aquí aún sin exportar.</source>
        <translation>
            <numerusform>%Ln change made here not exported yet.</numerusform>
            <numerusform>%Ln changes made here not exported yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cambio(s) que la UGEL aún no confirma tener.</source>
        <translation>
            <numerusform>%Ln change the UGEL has not confirmed holding yet.</numerusform>
            <numerusform>%Ln changes the UGEL has not confirmed holding yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salieron {changes} y {photos}.</source>
        <translation>{changes} and {photos} went out.</translation>
    </message>
    <message>
        <source>Paquete para la UGEL exportado: {file}</source>
        <translation>Bundle for the UGEL exported: {file}</translation>
    </message>
    <message>
        <source>El archivo se escribió en el disco y se verificó leyéndolo de nuevo: ya puede retirar la memoria USB.</source>
        <translation>The file was written to the disk and verified by reading it back: you can remove the USB stick now.</translation>
    </message>
    <message>
        <source>Carpeta: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>{file}: parte recibida; importe también las demás partes.</source>
        <translation>{file}: part received; import the other parts too.</translation>
    </message>
    <message>
        <source>{file}: ya se había importado; no cambió nada.</source>
        <translation>{file}: already imported; nothing changed.</translation>
    </message>
    <message>
        <source>No se importó {file}: {reason}. No cambió nada.</source>
        <translation>{file} was not imported: {reason}. Nothing changed.</translation>
    </message>
    <message>
        <source>Importado: {file}</source>
        <translation>Imported: {file}</translation>
    </message>
    <message numerus="yes">
        <source>Llegaron %Ln cambio(s) nuevo(s) de otros equipos y de la UGEL.</source>
        <translation>
            <numerusform>%Ln new change arrived from other devices and the UGEL.</numerusform>
            <numerusform>%Ln new changes arrived from other devices and the UGEL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registro(s) actualizado(s)</source>
        <translation>
            <numerusform>%Ln record updated</numerusform>
            <numerusform>%Ln records updated</numerusform>
        </translation>
    </message>
    <message>
        <source>  · {kind}: {records}</source>
        <translation>  · {kind}: {records}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln foto(s) recibida(s).</source>
        <translation>
            <numerusform>%Ln photo received.</numerusform>
            <numerusform>%Ln photos received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Padrón: %Ln IE(s) nueva(s) o actualizada(s).</source>
        <translation>
            <numerusform>Directory: %Ln school new or updated.</numerusform>
            <numerusform>Directory: %Ln schools new or updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Instrumentos: %Ln versión(es) nueva(s).</source>
        <translation>
            <numerusform>Instruments: %Ln new version.</numerusform>
            <numerusform>Instruments: %Ln new versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catálogos y calendario de simulacros al día.</source>
        <translation>Catalogues and drill calendar up to date.</translation>
    </message>
    <message>
        <source>La UGEL confirma que tiene sus cambios hasta el n.º {seq}.</source>
        <translation>The UGEL confirms it holds your changes up to no. {seq}.</translation>
    </message>
    <message>
        <source>La UGEL aún no confirma haber recibido sus cambios.</source>
        <translation>The UGEL has not confirmed receiving your changes yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicto(s) abierto(s): revíselo(s) con la UGEL.</source>
        <translation>
            <numerusform>%Ln open conflict: review it with the UGEL.</numerusform>
            <numerusform>%Ln open conflicts: review them with the UGEL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Anexo</source>
        <translation>Annex</translation>
    </message>
    <message>
        <source>Tipo de visita</source>
        <translation>Visit type</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Especialista</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Compromisos</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Compromisos acordados en la visita</source>
        <translation>Commitments agreed at the visit</translation>
    </message>
</context>
</TS>
