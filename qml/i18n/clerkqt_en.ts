<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CodeField</name>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationDomainsPage</name>
    <message numerus="yes">
        <source>%n pending suggestion(s)</source>
        <translation>
            <numerusform>%n pending suggestion</numerusform>
            <numerusform>%n pending suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationInvitationsPage</name>
    <message numerus="yes">
        <source>%n invitation(s) sent.</source>
        <translation>
            <numerusform>%n invitation sent.</numerusform>
            <numerusform>%n invitations sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationMembersPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationSwitcher</name>
    <message numerus="yes">
        <source>%n pending invitation(s)</source>
        <translation>
            <numerusform>%n pending invitation</numerusform>
            <numerusform>%n pending invitations</numerusform>
        </translation>
    </message>
</context>
</TS>
