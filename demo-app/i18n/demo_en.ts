<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TokenPanel</name>
    <message numerus="yes">
        <source>refreshed %n time(s)</source>
        <translation>
            <numerusform>refreshed %n time</numerusform>
            <numerusform>refreshed %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
