<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
<context>
    <name>DemoPage</name>
    <message>
        <source>Datos de demostración</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Se crea una instalación aparte, con datos inventados de la UGEL 05 (Lima). La ventana dirá «DEMO» en su título.</source>
        <translation>A separate installation is made, with made-up data of UGEL 05 (Lima). The window will say &quot;DEMO&quot; in its title.</translation>
    </message>
    <message>
        <source>Abrir la &amp;demostración</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Una instalación de demostración nunca exporta ni se une a una UGEL: sus datos no llegan a ninguna oficina. Para su trabajo real, vuelva a configurar el equipo y elija «Unirme a mi UGEL».</source>
        <translation>A demo installation never exports nor joins a UGEL: its data reaches no office. For your real work, set up the installation again and choose &quot;Join my UGEL&quot;.</translation>
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
        <source>Paquete de referencia de la UGEL</source>
        <translation>The UGEL&apos;s reference bundle</translation>
    </message>
    <message>
        <source>Paquete de Monitor de Campo (*.mcbundle);;Todos los archivos (*)</source>
        <translation>Monitor de Campo bundle (*.mcbundle);;All files (*)</translation>
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
    <name>MainWindow</name>
    <message>
        <source>DEMO (datos inventados) — Monitor de Campo</source>
        <translation>DEMO (made-up data) — Monitor de Campo</translation>
    </message>
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
    <name>OfficePage</name>
    <message>
        <source>Equipo de la oficina de la UGEL</source>
        <translation>The UGEL office&apos;s station</translation>
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
        <translation>Your school&apos;s &amp;código modular (7 digits, e.g. 0335273):</translation>
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
        <source>Aún no se unió a su UGEL.</source>
        <translation>Not joined to its UGEL yet.</translation>
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
