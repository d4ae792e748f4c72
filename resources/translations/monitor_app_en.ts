<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
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
        <source>Monitor de Campo</source>
        <translation>Monitor de Campo</translation>
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
        <source>Buscar por nombre, código modular, código de local o distrito</source>
        <translation>Search by name, código modular, código de local or district</translation>
    </message>
    <message>
        <source>El padrón de IIEE está vacío</source>
        <translation>The school directory is empty</translation>
    </message>
    <message>
        <source>Importar padrón…</source>
        <translation>Import school directory…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Este equipo aún no está configurado.&lt;/b&gt; Indique su rol, nombre y UGEL para importar el padrón y registrar sus visitas.</source>
        <translation>&lt;b&gt;This installation is not set up yet.&lt;/b&gt; Give your role, name and UGEL to import the school directory and record your visits.</translation>
    </message>
    <message>
        <source>Configurar equipo</source>
        <translation>Set up this installation</translation>
    </message>
    <message>
        <source>1 IE en el padrón</source>
        <translation>1 school in the directory</translation>
    </message>
    <message>
        <source>{n} IIEE en el padrón</source>
        <translation>{n} schools in the directory</translation>
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
        <source>Importe el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o XLSX. Se puede volver a importar cuando salga una versión más nueva.</source>
        <translation>Import your UGEL&apos;s school directory, downloaded from ESCALE as a DBF, CSV or XLSX file. You can import it again whenever a newer version comes out.</translation>
    </message>
    <message>
        <source>Primero configure el equipo (su rol, nombre y UGEL); después podrá importar el padrón de su UGEL, descargado de ESCALE como archivo DBF, CSV o XLSX.</source>
        <translation>First set up this installation (your role, name and UGEL); then you can import your UGEL&apos;s school directory, downloaded from ESCALE as a DBF, CSV or XLSX file.</translation>
    </message>
    <message>
        <source>Se muestran las primeras {n} de {total} IIEE. Escriba para buscar.</source>
        <translation>Showing the first {n} of {total} schools. Type to search.</translation>
    </message>
    <message>
        <source>{n} IIEE.</source>
        <translation>{n} schools.</translation>
    </message>
    <message>
        <source>Ninguna IE coincide con «{text}».</source>
        <translation>No school matches “{text}”.</translation>
    </message>
    <message>
        <source>1 IE coincide con «{text}».</source>
        <translation>1 school matches “{text}”.</translation>
    </message>
    <message>
        <source>Se muestran las primeras {n} IIEE que coinciden con «{text}». Escriba más para afinar la búsqueda.</source>
        <translation>Showing the first {n} schools that match “{text}”. Type more to narrow the search.</translation>
    </message>
    <message>
        <source>{n} IIEE coinciden con «{text}».</source>
        <translation>{n} schools match “{text}”.</translation>
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
        <translation>The DRE's station, which brings together what its UGELs send.</translation>
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
    <name>SchoolTableModel</name>
    <message>
        <source>Cód. modular</source>
        <translation>Cód. modular</translation>
    </message>
    <message>
        <source>Anexo</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Cód. local</source>
        <translation>Cód. local</translation>
    </message>
    <message>
        <source>Nombre de la IE</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>Nivel / modalidad</source>
        <translation>Level / modality</translation>
    </message>
    <message>
        <source>Distrito</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Área</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Gestión</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>Código modular</source>
        <translation>Código modular (school service code)</translation>
    </message>
    <message>
        <source>Código de local</source>
        <translation>Código de local (premises code)</translation>
    </message>
    <message>
        <source>Área censal</source>
        <translation>Census area (urban or rural)</translation>
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
</TS>
