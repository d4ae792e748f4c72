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
    <message>
        <source>Bajo</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medio</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Alto</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Muy alto</source>
        <translation>Very high</translation>
    </message>
    <message>
        <source>Docente</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Padre o madre</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Titular</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Alterno</source>
        <translation>Alternate</translation>
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
    <name>DateEditor</name>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Escriba la fecha como dd/mm/aaaa, por ejemplo 15/03/2024.</source>
        <translation>Type the date as dd/mm/yyyy, for example 15/03/2024.</translation>
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
    <name>GrdTab</name>
    <message>
        <source>Planes de GRD</source>
        <translation>GRD plans</translation>
    </message>
    <message>
        <source>Peligros del plan seleccionado</source>
        <translation>Hazards of the selected plan</translation>
    </message>
    <message>
        <source>Comité o comisión de GRD</source>
        <translation>GRD committee or commission</translation>
    </message>
    <message>
        <source>Integrantes del comité</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Brigadas</source>
        <translation>Brigades</translation>
    </message>
    <message>
        <source>Integrantes de la brigada seleccionada</source>
        <translation>Members of the selected brigade</translation>
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
        <source>&amp;Plan y peligros</source>
        <translation>&amp;Plan and hazards</translation>
    </message>
    <message>
        <source>Co&amp;mité</source>
        <translation>Co&amp;mmittee</translation>
    </message>
    <message>
        <source>&amp;Brigadas</source>
        <translation>&amp;Brigades</translation>
    </message>
    <message>
        <source>&amp;Simulacros</source>
        <translation>&amp;Drills</translation>
    </message>
    <message>
        <source>&amp;Dispositivos</source>
        <translation>De&amp;vices</translation>
    </message>
    <message>
        <source>sin RD</source>
        <translation>no RD</translation>
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
    <name>LibraryTab</name>
    <message>
        <source>Perfil de la biblioteca</source>
        <translation>Library profile</translation>
    </message>
    <message>
        <source>Ejemplares</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>&amp;Prestar</source>
        <translation>&amp;Lend</translation>
    </message>
    <message>
        <source>Registro de entradas y salidas del ejemplar seleccionado</source>
        <translation>Ledger of the selected copy (in and out)</translation>
    </message>
    <message>
        <source>Préstamos</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Registrar &amp;devolución</source>
        <translation>Record &amp;return</translation>
    </message>
    <message>
        <source>&amp;Perfil</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Ejemplares y registro</source>
        <translation>&amp;Copies and ledger</translation>
    </message>
    <message>
        <source>Prés&amp;tamos</source>
        <translation>Loa&amp;ns</translation>
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
    <name>NumberEditor</name>
    <message>
        <source>Escriba un número entero.</source>
        <translation>Type a whole number.</translation>
    </message>
    <message>
        <source>Escriba un número.</source>
        <translation>Type a number.</translation>
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
    <name>RecordEditing</name>
    <message>
        <source>Agregar: {kind}</source>
        <translation>Add: {kind}</translation>
    </message>
    <message>
        <source>Editar: {kind}</source>
        <translation>Edit: {kind}</translation>
    </message>
    <message>
        <source>¿Eliminar {kind} «{what}»? Se puede restaurar volviendo a registrarlo.</source>
        <translation>Delete {kind} “{what}”? It can be restored by recording it again.</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>No se pudo guardar: ocurrió un error inesperado (ya quedó en el registro de la aplicación). Intente otra vez.</source>
        <translation>Could not save: an unexpected error happened (it is already in the application log). Try again.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Guardar y &amp;agregar otro</source>
        <translation>Save and &amp;add another</translation>
    </message>
    <message>
        <source>&amp;Cancelar</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>* dato obligatorio</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Este dato es obligatorio.</source>
        <translation>This is required.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Ene</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Abr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Ago</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dic</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>Comité o comisión de GRD</source>
        <translation>GRD committee or commission</translation>
    </message>
    <message>
        <source>Integrante del comité</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Plan de GRD</source>
        <translation>GRD plan</translation>
    </message>
    <message>
        <source>Peligro del plan</source>
        <translation>Plan hazard</translation>
    </message>
    <message>
        <source>Brigada</source>
        <translation>Brigade</translation>
    </message>
    <message>
        <source>Integrante de brigada</source>
        <translation>Brigade member</translation>
    </message>
    <message>
        <source>Simulacro</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>Dispositivo de seguridad</source>
        <translation>Safety device</translation>
    </message>
    <message>
        <source>Perfil de la biblioteca</source>
        <translation>Library profile</translation>
    </message>
    <message>
        <source>Ejemplar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Movimiento del registro</source>
        <translation>Ledger entry</translation>
    </message>
    <message>
        <source>Préstamo</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Tipo de órgano</source>
        <translation>Body type</translation>
    </message>
    <message>
        <source>Número de RD</source>
        <translation>RD number</translation>
    </message>
    <message>
        <source>Fecha de la RD</source>
        <translation>RD date</translation>
    </message>
    <message>
        <source>Responsable de GRD</source>
        <translation>GRD officer</translation>
    </message>
    <message>
        <source>Nombre (estudiantes: alias o iniciales)</source>
        <translation>Name (students: alias or initials)</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Role</translation>
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
        <source>RD de aprobación</source>
        <translation>Approval RD</translation>
    </message>
    <message>
        <source>Fecha de aprobación</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>Última actualización</source>
        <translation>Last update</translation>
    </message>
    <message>
        <source>Tiene mapa de riesgos</source>
        <translation>Has a risk map</translation>
    </message>
    <message>
        <source>Tiene mapa de evacuación</source>
        <translation>Has an evacuation map</translation>
    </message>
    <message>
        <source>Tiene ISIE</source>
        <translation>Has an ISIE</translation>
    </message>
    <message>
        <source>Protocolo de primeros auxilios</source>
        <translation>First aid protocol</translation>
    </message>
    <message>
        <source>Protocolo de soporte socioemocional</source>
        <translation>Socio-emotional support protocol</translation>
    </message>
    <message>
        <source>Protocolo de entrega de estudiantes</source>
        <translation>Student handover protocol</translation>
    </message>
    <message>
        <source>Protocolo contra incendios</source>
        <translation>Fire protocol</translation>
    </message>
    <message>
        <source>Peligro</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <source>Meses de mayor riesgo</source>
        <translation>Months of highest risk</translation>
    </message>
    <message>
        <source>Nivel de riesgo</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Tiene plan de contingencia</source>
        <translation>Has a contingency plan</translation>
    </message>
    <message>
        <source>Notas del plan de contingencia</source>
        <translation>Contingency plan notes</translation>
    </message>
    <message>
        <source>Tipo de brigada</source>
        <translation>Brigade type</translation>
    </message>
    <message>
        <source>Fecha de conformación</source>
        <translation>Formation date</translation>
    </message>
    <message>
        <source>Integrante es</source>
        <translation>Member is</translation>
    </message>
    <message>
        <source>Titular o alterno</source>
        <translation>Main or alternate</translation>
    </message>
    <message>
        <source>Fecha de capacitación</source>
        <translation>Training date</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Turno</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Hora (HH:MM)</source>
        <translation>Time (HH:MM)</translation>
    </message>
    <message>
        <source>Simulacro nacional</source>
        <translation>National drill</translation>
    </message>
    <message>
        <source>Estudiantes participantes</source>
        <translation>Students taking part</translation>
    </message>
    <message>
        <source>Docentes participantes</source>
        <translation>Teachers taking part</translation>
    </message>
    <message>
        <source>Personal participante</source>
        <translation>Staff taking part</translation>
    </message>
    <message>
        <source>Padres y madres participantes</source>
        <translation>Parents taking part</translation>
    </message>
    <message>
        <source>Tiempo de evacuación (segundos)</source>
        <translation>Evacuation time (seconds)</translation>
    </message>
    <message>
        <source>La alarma funcionó</source>
        <translation>The alarm worked</translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reportado</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Tipo de dispositivo</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>Cantidad</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Ubicación</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Fecha de vencimiento</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Tipo de biblioteca</source>
        <translation>Library type</translation>
    </message>
    <message>
        <source>Tiene ambiente propio</source>
        <translation>Has its own room</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Horario de atención</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Mobiliario</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <source>Presta libros a domicilio</source>
        <translation>Lends books for home</translation>
    </message>
    <message>
        <source>Tiene Plan Lector</source>
        <translation>Has a Plan Lector</translation>
    </message>
    <message>
        <source>Fecha del inventario</source>
        <translation>Inventory date</translation>
    </message>
    <message>
        <source>Espacio implementado</source>
        <translation>Space set up</translation>
    </message>
    <message>
        <source>Colección organizada</source>
        <translation>Collection organised</translation>
    </message>
    <message>
        <source>Horario publicado</source>
        <translation>Hours posted</translation>
    </message>
    <message>
        <source>Lleva registro de préstamos</source>
        <translation>Keeps a loan register</translation>
    </message>
    <message>
        <source>Actividades del Plan Lector</source>
        <translation>Plan Lector activities</translation>
    </message>
    <message>
        <source>Mobiliario suficiente</source>
        <translation>Enough furniture</translation>
    </message>
    <message>
        <source>Número de registro</source>
        <translation>Registration number</translation>
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
        <source>Editorial</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Tipo de material</source>
        <translation>Material type</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Nivel al que se dirige</source>
        <translation>Target level</translation>
    </message>
    <message>
        <source>Procedencia</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Estado de conservación</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Situación</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lector (alias)</source>
        <translation>Reader (alias)</translation>
    </message>
    <message>
        <source>Fecha de préstamo</source>
        <translation>Loan date</translation>
    </message>
    <message>
        <source>Fecha de devolución prevista</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Fecha de devolución</source>
        <translation>Return date</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Filtrar…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Filtrar {heading}</source>
        <translation>Filter {heading}</translation>
    </message>
    <message>
        <source>&amp;Agregar</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Editar</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>E&amp;liminar</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
