<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>About</name>
    <message>
        <source>&lt;b&gt;Modo portátil&lt;/b&gt;: los datos y los registros están junto al programa, en {folder}. Quien tenga la memoria USB puede leerlos: cífrela con BitLocker To Go. Las claves del equipo piden su frase de contraseña.</source>
        <translation>&lt;b&gt;Portable mode&lt;/b&gt;: the data and the logs are beside the program, in {folder}. Whoever holds the USB stick can read them: encrypt it with BitLocker To Go. The installation's keys ask for their passphrase.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carpeta elegida con MONITOR_APP_HOME&lt;/b&gt;: los datos y los registros están en {folder}.</source>
        <translation>&lt;b&gt;Folder chosen with MONITOR_APP_HOME&lt;/b&gt;: the data and the logs are in {folder}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instalación normal&lt;/b&gt;: los datos están en la carpeta del usuario, {folder}.</source>
        <translation>&lt;b&gt;Normal installation&lt;/b&gt;: the data is in the user's folder, {folder}.</translation>
    </message>
    <message>
        <source> (elegida con --db)</source>
        <translation> (chosen with --db)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Monitor de Campo {version}&lt;/h3&gt;&lt;p&gt;Registro sin conexión del monitoreo de instituciones educativas, para especialistas de UGEL y DRE, para directores y para la estación nacional.&lt;/p&gt;&lt;p&gt;{place}&lt;/p&gt;&lt;p&gt;Base de datos: {db}{chosen}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · SQLite {sqlite}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Monitor de Campo {version}&lt;/h3&gt;&lt;p&gt;Offline records of school monitoring, for UGEL and DRE specialists, for school directors and for the national station.&lt;/p&gt;&lt;p&gt;{place}&lt;/p&gt;&lt;p&gt;Database: {db}{chosen}&lt;/p&gt;&lt;p&gt;&lt;small&gt;Python {python} · Qt {qt} · SQLite {sqlite}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
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
    <name>AssignedSchoolModel</name>
    <message>
        <source>Cód. modular</source>
        <translation>Cód. modular</translation>
    </message>
    <message>
        <source>Código modular y anexo</source>
        <translation>Código modular (school code) and annex</translation>
    </message>
    <message>
        <source>Nombre de la IE</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Asignada desde</source>
        <translation>Assigned since</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>&amp;Terminar asignación</source>
        <translation>&amp;End assignment</translation>
    </message>
    <message>
        <source>Buscar IE por nombre, código o distrito</source>
        <translation>Search a school by name, code or district</translation>
    </message>
    <message>
        <source>&amp;Asignar al especialista</source>
        <translation>&amp;Assign to the specialist</translation>
    </message>
    <message>
        <source>Cada especialista recibe sus IIEE asignadas en su próxima respuesta de la UGEL y las ve primero en «Mis IIEE».</source>
        <translation>Each specialist receives their assigned schools in their next reply from the UGEL and sees them first in “My schools”.</translation>
    </message>
    <message>
        <source>Especialistas aprobados</source>
        <translation>Approved specialists</translation>
    </message>
    <message>
        <source>Asignar IIEE</source>
        <translation>Assign schools</translation>
    </message>
    <message>
        <source>Asignación de IIEE a especialistas</source>
        <translation>Assigning schools to specialists</translation>
    </message>
    <message>
        <source>IIEE asignadas a {name}</source>
        <translation>Schools assigned to {name}</translation>
    </message>
    <message>
        <source>No hay especialistas aprobados: apruebe sus equipos en «Equipos».</source>
        <translation>There are no approved specialists: approve their devices in “Devices”.</translation>
    </message>
    <message>
        <source>&amp;Asignar a {name}</source>
        <translation>&amp;Assign to {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n IE(s) asignada(s) a {name}.</source>
        <translation>
            <numerusform>%n school assigned to {name}.</numerusform>
            <numerusform>%n schools assigned to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asignación(es) de {name} terminada(s).</source>
        <translation>
            <numerusform>%n assignment of {name} ended.</numerusform>
            <numerusform>%n assignments of {name} ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupFlow</name>
    <message>
        <source>Copias de &amp;seguridad…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>La base de datos está dañada. Se guardará aparte tal como está y se restaurará la última copia buena ({backup}). ¿Restaurar ahora?</source>
        <translation>The database is damaged. It will be put aside as it is and the latest good backup ({backup}) restored. Restore now?</translation>
    </message>
    <message>
        <source>Espere a que termine la tarea en curso y vuelva a restaurar.</source>
        <translation>Wait for the task under way to finish and restore again.</translation>
    </message>
    <message>
        <source>Se restauró la copia {backup}. La base anterior quedó en {aside}.</source>
        <translation>Backup {backup} was restored. The previous database is in {aside}.</translation>
    </message>
    <message>
        <source>Este equipo tiene ahora una identidad nueva: exporte para la UGEL y pida que aprueben el equipo. La respuesta de la UGEL le devolverá lo que envió después de la copia.</source>
        <translation>This installation now has a new identity: export for the office and ask them to approve it. The office's reply brings back what it sent after the backup.</translation>
    </message>
    <message numerus="yes">
        <source>Se volvieron a importar %n paquete(s) fusionados después de la copia.</source>
        <translation>
            <numerusform>%n bundle merged after the backup was imported again.</numerusform>
            <numerusform>%n bundles merged after the backup were imported again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copia restaurada</source>
        <translation>Backup restored</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Diaria</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Antes de actualizar</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <source>Antes de importar el padrón</source>
        <translation>Before a directory import</translation>
    </message>
    <message>
        <source>Antes de importar paquetes</source>
        <translation>Before importing bundles</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Buena</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Dañada</source>
        <translation>Damaged</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Copias de seguridad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>&amp;Crear copia ahora</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restaurar la copia elegida…</source>
        <translation>&amp;Restore the chosen backup…</translation>
    </message>
    <message>
        <source>Se hace una copia antes de cada actualización, de cada importación del padrón, de la primera importación de paquetes de cada hora, y una vez al día al abrir. Las fotos se guardan una sola vez para todas las copias.</source>
        <translation>A backup is made before every update, every directory import, the first bundle import of each hour, and once a day at start. Photos are kept once for all backups.</translation>
    </message>
    <message>
        <source>Copias &amp;diarias que se guardan:</source>
        <translation>&amp;Daily backups kept:</translation>
    </message>
    <message>
        <source>&amp;Otras copias que se guardan:</source>
        <translation>&amp;Other backups kept:</translation>
    </message>
    <message>
        <source>Haciendo la copia…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>La copia se hizo, pero la revisión encontró daños en la base de datos. Restaure una copia anterior.</source>
        <translation>The backup was made, but its check found damage in the database. Restore an earlier backup.</translation>
    </message>
    <message>
        <source>Elija en la lista la copia que quiere restaurar.</source>
        <translation>Choose in the list the backup to restore.</translation>
    </message>
    <message>
        <source>Se reemplazará la base de datos con la copia del {when}. La base actual se guarda aparte. En un equipo de campo, el equipo toma una identidad nueva y la UGEL debe aprobarlo de nuevo; su respuesta le devolverá lo enviado después de la copia. ¿Restaurar?</source>
        <translation>The database will be replaced with the backup of {when}. The current database is put aside. A field installation takes a new identity, which the office must approve again; its reply brings back what was sent after the backup. Restore?</translation>
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
    <name>CandidateModel</name>
    <message>
        <source>Cód. modular</source>
        <translation>Cód. modular</translation>
    </message>
    <message>
        <source>Código modular y anexo</source>
        <translation>Código modular (school code) and annex</translation>
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
        <source>Verificación del especialista</source>
        <translation>Specialist's verification</translation>
    </message>
    <message>
        <source>Informe de la IE</source>
        <translation>School's report</translation>
    </message>
    <message>
        <source>Sin verificar</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Verificado el {date}</source>
        <translation>Verified on {date}</translation>
    </message>
    <message>
        <source>Cumplió el {date}</source>
        <translation>Kept on {date}</translation>
    </message>
    <message>
        <source>por verificar</source>
        <translation>to be verified</translation>
    </message>
    <message>
        <source>La IE aún no informa que lo cumplió.</source>
        <translation>The school has not reported it kept yet.</translation>
    </message>
    <message>
        <source>La IE informa que cumplió el {date}.</source>
        <translation>The school reports it kept on {date}.</translation>
    </message>
    <message>
        <source>Por verificar en la próxima visita.</source>
        <translation>To be verified at the next visit.</translation>
    </message>
    <message numerus="yes">
        <source>%n foto(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
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
    <name>CommitmentReportDialog</name>
    <message>
        <source>Informar cumplimiento</source>
        <translation>Report as kept</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Qué se hizo, por ejemplo: se repuso el botiquín del aula 3</source>
        <translation>What was done, for example: the first-aid kit of classroom 3 was restocked</translation>
    </message>
    <message>
        <source>Agregar &amp;fotos…</source>
        <translation>Add &amp;photos…</translation>
    </message>
    <message>
        <source>&amp;Guardar informe</source>
        <translation>&amp;Save report</translation>
    </message>
    <message>
        <source>&amp;Fecha en que se cumplió</source>
        <translation>&amp;Date it was kept</translation>
    </message>
    <message>
        <source>&amp;Nota</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Por ejemplo: la directora, por teléfono</source>
        <translation>For example: the head teacher, by phone</translation>
    </message>
    <message>
        <source>&amp;Quién lo informó</source>
        <translation>&amp;Who reported it</translation>
    </message>
    <message>
        <source>El especialista lo verificará en la próxima visita.</source>
        <translation>The specialist will verify it at the next visit.</translation>
    </message>
    <message numerus="yes">
        <source>%n foto(s) por agregar: </source>
        <translation>
            <numerusform>%n photo to add: </numerusform>
            <numerusform>%n photos to add: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foto(s) ya enviada(s).</source>
        <translation>
            <numerusform>%n photo already sent.</numerusform>
            <numerusform>%n photos already sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sin fotos.</source>
        <translation>No photos.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>IE o local</source>
        <translation>School or premises</translation>
    </message>
    <message>
        <source>Registro</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valores en conflicto</source>
        <translation>Values in conflict</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <source>eliminar el registro</source>
        <translation>delete the record</translation>
    </message>
    <message>
        <source>conservar el registro</source>
        <translation>keep the record</translation>
    </message>
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
    <name>ConflictsPage</name>
    <message>
        <source>No hay conflictos abiertos.</source>
        <translation>There are no open conflicts.</translation>
    </message>
    <message>
        <source>Otro valor (por ejemplo: aprobado, 2024, true)</source>
        <translation>Another value (e.g. aprobado, 2024, true)</translation>
    </message>
    <message>
        <source>Guardar &amp;otro valor</source>
        <translation>Save an&amp;other value</translation>
    </message>
    <message>
        <source>Conflictos entre equipos</source>
        <translation>Conflicts between devices</translation>
    </message>
    <message>
        <source>Valores del conflicto elegido</source>
        <translation>Values of the chosen conflict</translation>
    </message>
    <message>
        <source>✓ se muestra ahora</source>
        <translation>✓ shown now</translation>
    </message>
    <message>
        <source>no se muestra</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt;&lt;br&gt;{shown}&lt;br&gt;Escrito por {author}&lt;br&gt;el {when} (UTC)</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt;&lt;br&gt;{shown}&lt;br&gt;Written by {author}&lt;br&gt;on {when} (UTC)</translation>
    </message>
    <message>
        <source>Conservar este valor</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Conflicto resuelto; el cambio que lo resuelve viaja a los equipos con la próxima respuesta.</source>
        <translation>Conflict resolved; the change that resolves it travels to the devices with the next reply.</translation>
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
    <name>DemoPage</name>
    <message>
        <source>Datos de demostración</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Se crea una instalación aparte, con datos inventados de la UGEL 05 (Lima). La ventana dirá «DEMO» en su título.</source>
        <translation>A separate installation is made, with made-up data of UGEL 05 (Lima). The window will say "DEMO" in its title.</translation>
    </message>
    <message>
        <source>Abrir la &amp;demostración</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Una instalación de demostración nunca exporta ni se une a una UGEL: sus datos no llegan a ninguna oficina. Para su trabajo real, vuelva a configurar el equipo y elija «Unirme a mi UGEL».</source>
        <translation>A demo installation never exports nor joins a UGEL: its data reaches no office. For your real work, set up the installation again and choose "Join my UGEL".</translation>
    </message>
    <message>
        <source>Carpeta de la demostración: {folder}</source>
        <translation>Demo folder: {folder}</translation>
    </message>
    <message>
        <source>Preparando la demostración…</source>
        <translation>Preparing the demo…</translation>
    </message>
    <message numerus="yes">
        <source>Listo: %n servicio(s) educativo(s) con visitas, compromisos, GRD y biblioteca inventados.</source>
        <translation>
            <numerusform>Ready: %n school service with made-up visits, commitments, GRD and library.</numerusform>
            <numerusform>Ready: %n school services with made-up visits, commitments, GRD and library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Su IE de demostración: {cod_mod} — {name}.</source>
        <translation>Your demo school: {cod_mod} — {name}.</translation>
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
        <source>Equipo</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ámbito</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Huella de la clave</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Compárela por teléfono con la que muestra el equipo</source>
        <translation>Compare it by phone with the one the device shows</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Último paquete</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>Cambios que faltan</source>
        <translation>Changes missing</translation>
    </message>
    <message>
        <source>Alertas</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>IE {code}</source>
        <translation>School {code}</translation>
    </message>
    <message>
        <source>UGEL {code}</source>
        <translation>UGEL {code}</translation>
    </message>
    <message>
        <source>Por aprobar</source>
        <translation>To approve</translation>
    </message>
    <message>
        <source>Aprobado</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>De baja</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>fusionado</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>ya importado</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>retenido</source>
        <translation>held</translation>
    </message>
    <message>
        <source>en cuarentena</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <source>rechazado</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>{date}, sin cambios, {outcome}</source>
        <translation>{date}, no changes, {outcome}</translation>
    </message>
    <message>
        <source>{date}, cambios {first}–{last}, {outcome}</source>
        <translation>{date}, changes {first}–{last}, {outcome}</translation>
    </message>
    <message>
        <source>ninguno</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n cambio(s): %1</source>
        <translation>
            <numerusform>%n change: %1</numerusform>
            <numerusform>%n changes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>✕ equipo clonado o copia restaurada</source>
        <translation>✕ cloned device or restored copy</translation>
    </message>
    <message numerus="yes">
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
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
    <name>DevicesPage</name>
    <message>
        <source>&amp;Aprobar equipo</source>
        <translation>&amp;Approve device</translation>
    </message>
    <message>
        <source>&amp;Rechazar equipo</source>
        <translation>&amp;Refuse device</translation>
    </message>
    <message>
        <source>&amp;Dar de baja…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Antes de aprobar un equipo, llame a su usuario y compare la huella de la clave que le muestra su equipo (Configuración → Acerca de).</source>
        <translation>Before approving a device, call its user and compare the key fingerprint their device shows (Settings → About).</translation>
    </message>
    <message>
        <source>Equipos que envían paquetes a esta oficina</source>
        <translation>Devices that send bundles to this office</translation>
    </message>
    <message numerus="yes">
        <source>Equipo «{name}» aprobado; %n paquete(s) retenido(s) fusionado(s).</source>
        <translation>
            <numerusform>Device '{name}' approved; %n held bundle merged.</numerusform>
            <numerusform>Device '{name}' approved; %n held bundles merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>¿Rechazar el equipo «{name}»? Sus paquetes no se fusionarán.</source>
        <translation>Refuse device '{name}'? Its bundles will not be merged.</translation>
    </message>
    <message>
        <source>Equipo «{name}» rechazado.</source>
        <translation>Device '{name}' refused.</translation>
    </message>
    <message>
        <source>¿Dar de baja el equipo «{name}» (perdido o reemplazado)? Lo ya fusionado se conserva; sus paquetes nuevos se rechazarán.</source>
        <translation>Revoke device '{name}' (lost or replaced)? What was merged stays; its new bundles will be refused.</translation>
    </message>
    <message>
        <source>Equipo «{name}» dado de baja.</source>
        <translation>Device '{name}' revoked.</translation>
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
        <source>Guardar el acta en PDF</source>
        <translation>Save the acta as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paquete de referencia de la UGEL</source>
        <translation>The UGEL's reference bundle</translation>
    </message>
    <message>
        <source>Paquete de Monitor de Campo (*.mcbundle);;Todos los archivos (*)</source>
        <translation>Monitor de Campo bundle (*.mcbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Guardar la hoja de cálculo</source>
        <translation>Save the spreadsheet</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Importar paquetes</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>Importar los paquetes de una carpeta</source>
        <translation>Import the bundles of a folder</translation>
    </message>
    <message>
        <source>Exportar para la UGEL: elija la memoria USB o una carpeta</source>
        <translation>Export for the UGEL: choose the USB stick or a folder</translation>
    </message>
    <message>
        <source>Importar respuesta de la UGEL</source>
        <translation>Import the UGEL's reply</translation>
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
    <name>ExpiringDevicesModel</name>
    <message>
        <source>Vence</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Unidades</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Premises</translation>
    </message>
    <message>
        <source>IIEE</source>
        <translation>Schools</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <source>Ver tabla</source>
        <translation>Show table</translation>
    </message>
    <message>
        <source>Ver tabla: {title}</source>
        <translation>Show table: {title}</translation>
    </message>
    <message>
        <source>Ver gráfico</source>
        <translation>Show chart</translation>
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
    <name>InboxPage</name>
    <message>
        <source>Importar &amp;archivos…</source>
        <translation>Import &amp;files…</translation>
    </message>
    <message>
        <source>Importar una &amp;carpeta…</source>
        <translation>Import a fol&amp;der…</translation>
    </message>
    <message>
        <source>&amp;Vigilar una carpeta…</source>
        <translation>&amp;Watch a folder…</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Arrastre aquí los paquetes o una carpeta (la memoria USB), o elíjalos con los botones.</source>
        <translation>Drag the bundles or a folder (the USB stick) here, or choose them with the buttons.</translation>
    </message>
    <message>
        <source>Bandeja de entrada</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Paquetes recibidos</source>
        <translation>Bundles received</translation>
    </message>
    <message>
        <source>Archivo: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <source>Enviado por: {sender} ({role})</source>
        <translation>Sent by: {sender} ({role})</translation>
    </message>
    <message>
        <source>Huella de la clave: {fingerprint}</source>
        <translation>Key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Recibido: {when}</source>
        <translation>Received: {when}</translation>
    </message>
    <message>
        <source>Cambios {first} a {last} del equipo ({count})</source>
        <translation>The device's changes {first} to {last} ({count})</translation>
    </message>
    <message>
        <source>Resultado: {outcome}</source>
        <translation>Result: {outcome}</translation>
    </message>
    <message>
        <source>Informe de importación</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Vigilando {folder}: los paquetes que aparezcan allí se importan cuando terminan de copiarse.</source>
        <translation>Watching {folder}: bundles that appear there are imported once their copy is complete.</translation>
    </message>
    <message>
        <source>Dejar de &amp;vigilar</source>
        <translation>Stop &amp;watching</translation>
    </message>
    <message>
        <source>No hay paquetes de Monitor de Campo (.mcbundle, .mcpart) en lo elegido.</source>
        <translation>There are no Monitor de Campo bundles (.mcbundle, .mcpart) in what was chosen.</translation>
    </message>
    <message numerus="yes">
        <source>Importando %n paquete(s)…</source>
        <translation>
            <numerusform>Importing %n bundle…</numerusform>
            <numerusform>Importing %n bundles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paquete(s) fusionado(s).</source>
        <translation>
            <numerusform>%n bundle merged.</numerusform>
            <numerusform>%n bundles merged.</numerusform>
        </translation>
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
        <translation>'%1' is not a valid ISBN: check the digits or scan again.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Unirse a su UGEL</source>
        <translation>Join your UGEL</translation>
    </message>
    <message>
        <source>Elija el paquete de referencia que publicó su UGEL (archivo .mcbundle), por ejemplo desde una memoria USB.</source>
        <translation>Choose the reference bundle your UGEL published (a .mcbundle file), for example from a USB stick.</translation>
    </message>
    <message>
        <source>&amp;Unirme a la UGEL</source>
        <translation>&amp;Join the UGEL</translation>
    </message>
    <message>
        <source>&amp;Elegir archivo…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Confirmé la huella por teléfono con mi UGEL</source>
        <translation>I &amp;confirmed the fingerprint with my UGEL by phone</translation>
    </message>
    <message>
        <source>Llame a su UGEL y compare esta huella, letra por letra, antes de unirse: así sabe que el paquete es de su UGEL y que nadie lo cambió.</source>
        <translation>Call your UGEL and compare this fingerprint, letter by letter, before joining: that is how you know the bundle is from your UGEL and nobody changed it.</translation>
    </message>
    <message>
        <source>Archivo: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Paquete de &lt;b&gt;{office}&lt;/b&gt; (UGEL {ugel}). Huella de su clave:</source>
        <translation>Bundle from &lt;b&gt;{office}&lt;/b&gt; (UGEL {ugel}). Its key fingerprint:</translation>
    </message>
    <message>
        <source>Su IE: &lt;b&gt;{cod_mod} — {name}&lt;/b&gt; {levels}</source>
        <translation>Your school: &lt;b&gt;{cod_mod} — {name}&lt;/b&gt; {levels}</translation>
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
        <source>Cumplimientos informados por la IE</source>
        <translation>Commitments reported kept by schools</translation>
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
        <source>C&amp;onfiguración…</source>
        <translation>Setti&amp;ngs…</translation>
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
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Sincronizar</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Bandeja de entrada</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Equipos</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Conflictos</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Publicar</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Asignaciones</source>
        <translation>Assignments</translation>
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
        <source>Mi IE</source>
        <translation>My school</translation>
    </message>
    <message>
        <source>Abra primero una IE desde «Mis IIEE».</source>
        <translation>First open a school from “My schools”.</translation>
    </message>
    <message>
        <source>Abra primero una visita desde la ficha de la IE.</source>
        <translation>Open a visit from the school's page first.</translation>
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
        <source>DEMO (datos inventados) — Monitor de Campo</source>
        <translation>DEMO (made-up data) — Monitor de Campo</translation>
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
        <translation>Import your UGEL's school directory, downloaded from ESCALE as a DBF, CSV or XLSX file. You can import it again whenever a newer version comes out.</translation>
    </message>
    <message>
        <source>Primero configure el equipo (su rol, nombre y UGEL); después podrá importar el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o XLSX.</source>
        <translation>First set up this installation (your role, name and UGEL); then you can import your UGEL's school directory, downloaded from ESCALE as a DBF, CSV or XLSX file.</translation>
    </message>
    <message numerus="yes">
        <source>Primero, las %n IE(s) que la UGEL le asignó.</source>
        <translation>
            <numerusform>First, the school the UGEL assigned to you.</numerusform>
            <numerusform>First, the %n schools the UGEL assigned to you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Luego, las %n IE(s) que está trabajando.</source>
        <translation>
            <numerusform>Then, the school you are working on.</numerusform>
            <numerusform>Then, the %n schools you are working on.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Abrir la ficha de la IE</source>
        <translation>&amp;Open the school page</translation>
    </message>
    <message>
        <source>&amp;Nueva visita…</source>
        <translation>&amp;New visit…</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>Nueva visita</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Iniciar visita</source>
        <translation>&amp;Start visit</translation>
    </message>
    <message>
        <source>Fecha de la visita</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <source>Tipo de visita</source>
        <translation>Visit type</translation>
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
    <name>OfficePage</name>
    <message>
        <source>Equipo de la oficina de la UGEL</source>
        <translation>The UGEL office's station</translation>
    </message>
    <message>
        <source>Este equipo consolidará lo que envíen especialistas y directores, y publicará el paquete de referencia con el que se unen.</source>
        <translation>This installation will merge what specialists and directors send, and publish the reference bundle they join with.</translation>
    </message>
    <message>
        <source>&amp;Configurar</source>
        <translation>&amp;Set up</translation>
    </message>
    <message>
        <source>Código de la &amp;UGEL (6 dígitos, p. ej. 150105):</source>
        <translation>&amp;UGEL code (6 digits, e.g. 150105):</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>✓ fusionado</source>
        <translation>✓ merged</translation>
    </message>
    <message>
        <source>ya importado</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>! retenido: equipo por aprobar</source>
        <translation>! held: device to approve</translation>
    </message>
    <message>
        <source>✕ en cuarentena</source>
        <translation>✕ quarantined</translation>
    </message>
    <message>
        <source>✕ rechazado</source>
        <translation>✕ refused</translation>
    </message>
    <message>
        <source>… incompleto: faltan partes</source>
        <translation>… incomplete: parts missing</translation>
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
        <translation>Outside this installation's scope: {n}</translation>
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
        <translation>outside this installation's scope</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Panel de la UGEL</source>
        <translation>The UGEL's panel</translation>
    </message>
    <message>
        <source>&amp;Distrito</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>&amp;Nivel</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>Á&amp;rea</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <source>&amp;Gestión</source>
        <translation>&amp;Management</translation>
    </message>
    <message>
        <source>&amp;Quitar filtros</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Exportar a Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>IIEE (servicios educativos)</source>
        <translation>schools (school services)</translation>
    </message>
    <message>
        <source>visitadas en el trimestre</source>
        <translation>visited this quarter</translation>
    </message>
    <message>
        <source>visitas en los últimos 12 meses</source>
        <translation>visits in the last 12 months</translation>
    </message>
    <message>
        <source>dispositivos que vencen en 30 días</source>
        <translation>devices expiring within 30 days</translation>
    </message>
    <message>
        <source>ejemplares en bibliotecas (préstamos activos)</source>
        <translation>copies in libraries (loans out)</translation>
    </message>
    <message>
        <source>Calculando el panel…</source>
        <translation>Working out the panel…</translation>
    </message>
    <message>
        <source>Panel de la DRE</source>
        <translation>The DRE's panel</translation>
    </message>
    <message>
        <source>Panel nacional</source>
        <translation>National panel</translation>
    </message>
    <message>
        <source>Al {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <source>Cálculo del panel cancelado.</source>
        <translation>Panel cancelled.</translation>
    </message>
    <message>
        <source>No se pudo calcular el panel.</source>
        <translation>The panel could not be worked out.</translation>
    </message>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Escribiendo la hoja de cálculo…</source>
        <translation>Writing the spreadsheet…</translation>
    </message>
    <message numerus="yes">
        <source>Hoja de cálculo guardada en {file} (%n IIEE).</source>
        <translation>
            <numerusform>Spreadsheet saved to {file} (%n school).</numerusform>
            <numerusform>Spreadsheet saved to {file} (%n schools).</numerusform>
        </translation>
    </message>
    <message>
        <source>Hoja de cálculo guardada.</source>
        <translation>Spreadsheet saved.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Claves protegidas (modo portátil)</source>
        <translation>Protected keys (portable mode)</translation>
    </message>
    <message>
        <source>Monitor de Campo corre desde una memoria USB. Sus claves se guardan cifradas con una frase de contraseña: si pierde la memoria, nadie puede firmar ni leer paquetes en su nombre. Elija una frase de al menos 8 caracteres y no la olvide: no se puede recuperar.</source>
        <translation>Monitor de Campo runs from a USB stick. Its keys are kept encrypted under a passphrase: if the stick is lost, nobody can sign or read bundles in your name. Choose a passphrase of at least 8 characters and do not forget it: it cannot be recovered.</translation>
    </message>
    <message>
        <source>Escriba la frase de contraseña de las claves de este equipo.</source>
        <translation>Type the passphrase of this installation's keys.</translation>
    </message>
    <message>
        <source>&amp;Frase de contraseña:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Escríbala &amp;otra vez:</source>
        <translation>Type it &amp;again:</translation>
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
    <name>PublishPage</name>
    <message>
        <source>Código modular, solo para un(a) director(a)</source>
        <translation>Código modular, only for a school head</translation>
    </message>
    <message>
        <source>Guardar paquete de &amp;referencia…</source>
        <translation>Save the &amp;reference bundle…</translation>
    </message>
    <message>
        <source>Con las fotos (los directores reciben siempre las de su IE)</source>
        <translation>With the photos (heads always receive their school's)</translation>
    </message>
    <message>
        <source>Escribir las &amp;respuestas para todos…</source>
        <translation>Write the &amp;replies for all…</translation>
    </message>
    <message>
        <source>Paquete de referencia para un equipo nuevo</source>
        <translation>Reference bundle for a new device</translation>
    </message>
    <message>
        <source>Con él, un equipo nuevo se une a esta oficina: lleva el padrón, los instrumentos y la huella de la clave de la oficina. Para un(a) director(a), indique su IE.</source>
        <translation>A new device joins this office with it: it carries the directory, the instruments and the office's key fingerprint. For a school head, give their school.</translation>
    </message>
    <message>
        <source>Respuestas a los equipos aprobados</source>
        <translation>Replies to the approved devices</translation>
    </message>
    <message>
        <source>Cada equipo recibe, cifrado para él, lo que le falta de su ámbito: lo de los demás equipos, las resoluciones de conflictos, el padrón y los instrumentos nuevos.</source>
        <translation>Each device receives, encrypted for it, what it lacks of its scope: the other devices' work, conflict resolutions, the new directory and instruments.</translation>
    </message>
    <message>
        <source>Paquete de referencia guardado en {file}.</source>
        <translation>Reference bundle saved to {file}.</translation>
    </message>
    <message numerus="yes">
        <source>%n respuesta(s) escrita(s).</source>
        <translation>
            <numerusform>%n reply written.</numerusform>
            <numerusform>%n replies written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Para {name}: {changes} cambios, {photos} fotos → {file}</source>
        <translation>For {name}: {changes} changes, {photos} photos → {file}</translation>
    </message>
    <message>
        <source>Sin respuesta para {name}: su equipo aún no envió un paquete con su clave de cifrado; pídale que exporte una vez.</source>
        <translation>No reply for {name}: their device has not yet sent a bundle with its encryption key; ask them to export once.</translation>
    </message>
</context>
<context>
    <name>ReceivedModel</name>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Enviado por</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Recibido</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cambios</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
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
        <source>Estación nacional</source>
        <translation>National station</translation>
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
        <translation>A school director who records their own school's information.</translation>
    </message>
    <message>
        <source>Equipo de la DRE que consolida lo que envían sus UGEL.</source>
        <translation>The DRE's station, which brings together what its UGELs send.</translation>
    </message>
    <message>
        <source>Estación nacional que consolida lo que envían las DRE.</source>
        <translation>The national station, which brings together what the DREs send.</translation>
    </message>
    <message>
        <source>UGEL {code}</source>
        <translation>UGEL {code}</translation>
    </message>
    <message>
        <source>IE {code}</source>
        <translation>School {code}</translation>
    </message>
    <message>
        <source>Aún no se unió a su DRE.</source>
        <translation>Not joined to its DRE yet.</translation>
    </message>
    <message>
        <source>Aún no se unió a la estación nacional.</source>
        <translation>Not joined to the national station yet.</translation>
    </message>
    <message>
        <source>La estación nacional no se une a ninguna otra oficina.</source>
        <translation>The national station joins no other office.</translation>
    </message>
    <message>
        <source>Aún no se unió a su UGEL.</source>
        <translation>Not joined to its UGEL yet.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>¿Quién usará este equipo?</source>
        <translation>Who will use this installation?</translation>
    </message>
    <message>
        <source>Se configura una sola vez. El rol decide qué IIEE puede registrar.</source>
        <translation>It is set up once. The role decides which schools it may record.</translation>
    </message>
    <message>
        <source>&amp;Nombres y apellidos:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Código modular de su IE (7 dígitos, p. ej. 0335273):</source>
        <translation>Your school's &amp;código modular (7 digits, e.g. 0335273):</translation>
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
        <source>Asignada</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Asignada a usted por la UGEL</source>
        <translation>Assigned to you by the UGEL</translation>
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
        <source>&amp;Nueva visita…</source>
        <translation>&amp;New visit…</translation>
    </message>
    <message>
        <source>&amp;Abrir visita</source>
        <translation>&amp;Open visit</translation>
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
        <source>&amp;Informar cumplimiento…</source>
        <translation>&amp;Report as kept…</translation>
    </message>
    <message>
        <source>Informar a la UGEL que la IE cumplió el compromiso elegido, con una nota y fotos</source>
        <translation>Tell the UGEL that the school kept the chosen commitment, with a note and photos</translation>
    </message>
    <message>
        <source>Elija primero un compromiso de la lista.</source>
        <translation>First choose a commitment from the list.</translation>
    </message>
    <message>
        <source>Informe guardado: se enviará a la UGEL con su próxima exportación.</source>
        <translation>Report saved: it goes to the UGEL with your next export.</translation>
    </message>
    <message>
        <source>Código modular {cod_mod} · anexo {anexo} · código de local {codlocal} · {level}</source>
        <translation>Código modular {cod_mod} · annex {anexo} · código de local {codlocal} · {level}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Configuración y ayuda</source>
        <translation>Settings and help</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Acerca de</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&amp;Guardar</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Idioma de la ventana:</source>
        <translation>Window &amp;language:</translation>
    </message>
    <message>
        <source>El idioma elegido se usa la próxima vez que abra Monitor de Campo.</source>
        <translation>The chosen language is used the next time you open Monitor de Campo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Carpeta de datos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Data folder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Para usar otra carpeta, abra la aplicación con la variable de entorno {variable} apuntando a ella (modo portátil: datos y registros juntos, por ejemplo en una memoria USB), o con monitor-app --db ARCHIVO para otra base de datos.</source>
        <translation>To use another folder, open the app with the environment variable {variable} pointing to it (portable mode: data and logs together, for example on a USB stick), or with monitor-app --db FILE for another database.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registros&lt;/b&gt;</source>
        <translation>&lt;b&gt;Logs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Abrir la carpeta de &amp;registros</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>Si algo falla, soporte le pedirá el archivo de registro de esta carpeta.</source>
        <translation>If something fails, support will ask you for the log file in this folder.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Monitor de Campo {version}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Monitor de Campo {version}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sin configurar</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <source>Dispositivo:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Equipo:</source>
        <translation>Installation:</translation>
    </message>
    <message>
        <source>Huella de la clave:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>Oficina:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Base de datos:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Instalación de demostración (datos inventados): no se une a ninguna UGEL ni exporta.</source>
        <translation>Demo installation (made-up data): it joins no UGEL and never exports.</translation>
    </message>
    <message>
        <source>{office}
Huella de su clave: {fingerprint}</source>
        <translation>{office}
Its key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>{office} (UGEL {ugel})
Huella de su clave: {fingerprint}</source>
        <translation>{office} (UGEL {ugel})
Its key fingerprint: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>No se pudo completar: ocurrió un error inesperado, ya registrado en el archivo de registro.</source>
        <translation>This could not be completed: an unexpected error occurred, already written to the log file.</translation>
    </message>
    <message>
        <source>Configurar equipo</source>
        <translation>Set up this installation</translation>
    </message>
</context>
<context>
    <name>SpecialistModel</name>
    <message>
        <source>Especialista</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>IIEE asignadas</source>
        <translation>Schools assigned</translation>
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
        <translation>&amp;Import the UGEL's reply</translation>
    </message>
    <message>
        <source>&amp;Reenviar</source>
        <translation>Re&amp;send</translation>
    </message>
    <message>
        <source>Vuelve a escribir lo exportado que la UGEL aún no confirma (si se perdió la memoria USB).</source>
        <translation>Writes again what was exported and the office has not acknowledged yet (if the USB stick was lost).</translation>
    </message>
    <message>
        <source>Exportar escribe en la memoria USB (o en una carpeta) todos los cambios que la UGEL aún no confirma, cifrados para ella. Importar trae la respuesta de la UGEL: lo que registraron otros equipos y la propia UGEL, y hasta dónde recibió lo suyo.</source>
        <translation>Export writes onto the USB stick (or into a folder) every change the UGEL has not confirmed yet, encrypted for it. Import brings the UGEL's reply: what other devices and the UGEL itself recorded, and how far it has received yours.</translation>
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
        <source>Reenviando a {folder}…</source>
        <translation>Resending to {folder}…</translation>
    </message>
    <message>
        <source>No se reenvió nada.</source>
        <translation>Nothing was resent.</translation>
    </message>
    <message>
        <source>No hay nada por reenviar: la UGEL ya confirmó todo lo exportado.</source>
        <translation>There is nothing to resend: the office acknowledged everything exported.</translation>
    </message>
    <message>
        <source>Reenviado: {file}</source>
        <translation>Written again: {file}</translation>
    </message>
    <message numerus="yes">
        <source>Reenviado: %n paquete(s).</source>
        <translation>
            <numerusform>Resent: %n bundle.</numerusform>
            <numerusform>Resent: %n bundles.</numerusform>
        </translation>
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
    <name>TaskProgress</name>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnfinishedVisitBanner</name>
    <message>
        <source>Con&amp;tinuar la visita</source>
        <translation>Con&amp;tinue the visit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiene una visita sin terminar:&lt;/b&gt; {school}, {date}. Lo que escribió se guardó como borrador.</source>
        <translation>&lt;b&gt;You have an unfinished visit:&lt;/b&gt; {school}, {date}. What you typed was kept as a draft.</translation>
    </message>
</context>
<context>
    <name>VisitCommitments</name>
    <message>
        <source>La IE no tiene compromisos abiertos de visitas anteriores.</source>
        <translation>The school has no open commitments from earlier visits.</translation>
    </message>
    <message>
        <source>Qué se compromete a hacer la IE</source>
        <translation>What the school commits to do</translation>
    </message>
    <message>
        <source>Responsable (cargo o nombre)</source>
        <translation>Responsible (position or name)</translation>
    </message>
    <message>
        <source>Plazo: dd/mm/aaaa</source>
        <translation>Due: dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Agregar &amp;compromiso</source>
        <translation>Add &amp;commitment</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
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
        <source>Compromisos anteriores por verificar</source>
        <translation>Earlier commitments to verify</translation>
    </message>
    <message>
        <source>Compromisos acordados en esta visita</source>
        <translation>Commitments agreed at this visit</translation>
    </message>
    <message>
        <source>Ninguno todavía.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>{description} — responsable: {responsible}; plazo: {due}; acordado el {agreed}; estado: {status}</source>
        <translation>{description} — responsible: {responsible}; due: {due}; agreed on {agreed}; status: {status}</translation>
    </message>
    <message>
        <source>Observación de la verificación</source>
        <translation>Note on the verification</translation>
    </message>
    <message>
        <source>Registrar verificación</source>
        <translation>Record verification</translation>
    </message>
    <message>
        <source>Escriba qué se compromete a hacer.</source>
        <translation>Write what the school commits to do.</translation>
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
<context>
    <name>VisitPage</name>
    <message>
        <source>Instrumento</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>C&amp;errar visita</source>
        <translation>Clos&amp;e visit</translation>
    </message>
    <message>
        <source>&amp;Imprimir acta…</source>
        <translation>&amp;Print acta…</translation>
    </message>
    <message>
        <source>Lo que falta para cerrar la visita</source>
        <translation>What is missing to close the visit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Falta para cerrar la visita&lt;/b&gt; (Enter o doble clic lleva al ítem):</source>
        <translation>&lt;b&gt;Missing to close the visit&lt;/b&gt; (Enter or double-click goes to the item):</translation>
    </message>
    <message>
        <source>Observaciones generales de la visita</source>
        <translation>General notes on the visit</translation>
    </message>
    <message>
        <source>Instrumento:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <source>Observaciones</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Fotos de la visita</source>
        <translation>Photos of the visit</translation>
    </message>
    <message>
        <source>{title} (versión {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>Visita del {date} · {type} · {status}</source>
        <translation>Visit of {date} · {type} · {status}</translation>
    </message>
    <message>
        <source>Sección guardada.</source>
        <translation>Section saved.</translation>
    </message>
    <message>
        <source>No se guardó la sección: corrija lo marcado en rojo.</source>
        <translation>The section was not saved: correct what is marked in red.</translation>
    </message>
    <message>
        <source>Visita cerrada.</source>
        <translation>Visit closed.</translation>
    </message>
    <message>
        <source>La visita no se cerró: falta lo que se lista arriba.</source>
        <translation>The visit was not closed: what is listed above is missing.</translation>
    </message>
    <message>
        <source>{section} — {item}: sin respuesta</source>
        <translation>{section} — {item}: not answered</translation>
    </message>
    <message>
        <source>{section} — {item}: falta la evidencia</source>
        <translation>{section} — {item}: evidence missing</translation>
    </message>
    <message>
        <source>Acta guardada en {file}.</source>
        <translation>Acta saved to {file}.</translation>
    </message>
</context>
<context>
    <name>WayPage</name>
    <message>
        <source>¿Cómo desea empezar?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Puede probar primero y unirse a su UGEL después.</source>
        <translation>You can try it first and join your UGEL later.</translation>
    </message>
    <message>
        <source>&amp;Unirme a mi UGEL</source>
        <translation>&amp;Join my UGEL</translation>
    </message>
    <message>
        <source>&amp;Probar con datos de demostración</source>
        <translation>&amp;Try it with demo data</translation>
    </message>
    <message>
        <source>Con el paquete de referencia que publicó su UGEL (un archivo .mcbundle, por ejemplo en una memoria USB). Lo que registre se enviará cifrado a su UGEL.</source>
        <translation>With the reference bundle your UGEL published (a .mcbundle file, for example on a USB stick). What you record will be sent encrypted to your UGEL.</translation>
    </message>
    <message>
        <source>Una instalación aparte, con IIEE, visitas y compromisos inventados, para conocer la aplicación. Nunca se exporta ni se une a una UGEL; puede configurar el equipo para su trabajo real después.</source>
        <translation>A separate installation with made-up schools, visits and commitments, to get to know the app. It is never exported nor joined to a UGEL; you can set up the installation for your real work afterwards.</translation>
    </message>
    <message>
        <source>Este equipo ya tiene una demostración: se abrirá la misma, con lo que haya hecho en ella.</source>
        <translation>This computer already has a demo: the same one will open, with whatever you did in it.</translation>
    </message>
</context>
</TS>
