<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="es">
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
</TS>
