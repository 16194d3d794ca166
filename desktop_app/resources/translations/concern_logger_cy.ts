<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>Ychwanegu atodiad</translation>
    </message>
    <message>
        <source>The concern this adds to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An addendum adds to or corrects what you wrote. The original is kept as it was, and the safeguarding team sees both.</source>
        <translation>Mae atodiad yn ychwanegu at yr hyn a ysgrifennoch neu&apos;n ei gywiro. Cedwir y gwreiddiol fel yr oedd, ac mae&apos;r tîm diogelu&apos;n gweld y ddau.</translation>
    </message>
    <message>
        <source>Adden&amp;dum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add marks noticed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a body map to place marks you noticed after you recorded the concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add marks &amp;noticed later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum text</source>
        <translation>Testun yr atodiad</translation>
    </message>
    <message>
        <source>Body map for marks noticed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllegationDialog</name>
    <message>
        <source>Save allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LADO referral date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a date like 2026-11-02.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllegationsPage</name>
    <message>
        <source>to be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a designated lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an oversight account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account holds the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} accounts hold the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no head yet: the oversight account that makes the allegations key is the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now the head; only their changes to the allegations key count from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are now the head; a new allegations key was made for you and the holders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LADO ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred to the LADO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head: {name} (since {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} now holds the allegations key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} no longer holds the allegations key: a new key was made without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of the oversight account to become the head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over as the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s account is disabled. Take over as the head? Every holder will see that you took over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {day}; raised by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}{role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleged: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: {until} ({rule}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be done; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allegations key is made; only you hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the username of the lead first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an allegation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children (UPN): {upns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the LADO on {day}, reference {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome {day}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  and {count} earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an oversight account ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head has not made the allegations key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation recorded; only the key&apos;s holders can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allegation could not be saved; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not been given the allegations key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded: {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, taken over after the former head&apos;s account ({former}) was disabled or demoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Concern Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern Logger cannot open the school on this PC. Please tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT staff set up a school from a terminal:

    concern-logger --data-dir &quot;{folder}&quot; setup --school &quot;School name&quot; --lead USERNAME --lead-name &quot;Full Name&quot;

To try Concern Logger with made-up pupils, make a demo school in a folder of its own:

    concern-logger --data-dir &quot;{demo}&quot; demo
    concern-logger --data-dir &quot;{demo}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school set up in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern Logger could not open {folder} ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <source>The attendance marks could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance marks exported from the MIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused, nothing was imported ({count} problem(s)):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Choose a child to see who has opened, exported or printed their file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading who looked at the file of {pupil}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s audit could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of {pupil}: opened, exported or printed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of {pupil}: opened, exported or printed {count} times, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Concern Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Please tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapCanvas</name>
    <message>
        <source>Cursor on {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor is off the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {number} placed on {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {number} moved to {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pointer on {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now showing: {view}. Arrows move the cross, Enter places a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mark first (Tab goes from mark to mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {number} removed. Press Ctrl+Z to put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {number} put back on {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mark cannot go off the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {number} selected, on {region}. Delete removes it; Ctrl+arrows move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map already holds {count} marks, the most one concern can carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place marks on the outline itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map, {view}: {marks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor on {where}. Arrow keys move the cursor, Enter places a mark, Tab goes from mark to mark and on to the selected mark&apos;s details, Page Down and Page Up change the view, Delete removes the selected mark, Ctrl+arrows move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapEditor</name>
    <message>
        <source>Body map view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: arrows move · Enter places a mark · Tab describes it · Ctrl+Page Down: next view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move the cross (Shift: finer), Enter places a mark there, Tab goes to the mark&apos;s details, Ctrl+Page Down and Ctrl+Page Up change the view, Delete removes the selected mark, Ctrl+Z puts it back, Ctrl+arrows move it. Alt+B comes back to the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not photograph injuries or remove clothing: this map is the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view}: no marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view}: 1 mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{view}: {count} marks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapHistory</name>
    <message>
        <source>Body maps of every mark in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show marks from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show marks up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks in each region, most first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mark in the range, numbered as on the maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen in chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No injury marks are recorded for this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} marks shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} marks shown, from {occasions} occasions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen mark&apos;s concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mark to read its concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen mark&apos;s concern in the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers run from the child&apos;s oldest mark (1) to the newest and stay the same whatever range is shown; older marks are paler, with a dark rim. Choose a mark to ring it and read its concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} marks shown, from 1 occasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks in the same region more than once: {regions}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMapHistoryModel</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished">Marc</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} {region}{size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} on the {region}{size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, added {added}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {size} cm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryChooser</name>
    <message>
        <source>Tick the nearest (Space), and any others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (main)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>&amp;Set category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFilePage</name>
    <message>
        <source>Decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern is closed with its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern could not be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on what was done (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you spoke to and what they said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chase is recorded; the queue reminds you again if no answer comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chase could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agency decided (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral&apos;s outcome is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral is recorded yet: the referral part carries into the next one you record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded. The school asks for a second look at every decision not to refer, so a second lead must sign it off: it shows as awaiting a second lead in the queue until a different lead does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded. It is not a referral while a red flag is open, so a second lead must sign it off: it shows as awaiting a second lead in the queue until a different lead does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made this decision: a different designated lead must sign it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s status is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front sheet is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult is recorded on the front sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is still opening; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision about {pupil}. The rationale is part of the record: why this decision, on what information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision about {pupil} needs a second lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action about {pupil}: what, who, by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation with another agency about {pupil}. Use full names and roles, never initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response is expected within 1 working day; the queue asks for a chase when it slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response is expected within {days} working days; the queue asks for a chase when it slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral about {pupil} to another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral pack for {pupil}: the front sheet, chronology, body maps, red flags and decisions, as a password-protected PDF. The export is written to the file&apos;s access audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral pack {pack} written to {path} ({entries} records); the export is in the file&apos;s access audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {pupil}&apos;s child-protection file to the school they are moving to: a transfer pack (PDF) and a signed bundle the receiving school imports. The file is then kept read-only here, and the receipt is due within five school days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer pack {pack} and its bundle written to {folder} ({entries} records). Read the two secrets and this school&apos;s fingerprint {fingerprint} to the receiving lead by telephone; the receipt is due by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the concern of {when} about {pupil}. Say how it was resolved: the outcome is part of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child-protection file of {pupil} is {status} now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another agency&apos;s involvement with {pupil}, as it starts or ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is {pupil} independently mobile? For a child who is not, any injury is a red flag; a baby under 6 months counts as not mobile unless you record otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent, carer or significant adult around {pupil}: their full name, never initials. Brothers and sisters linked with {pupil} share them. A correction is a new entry; the earlier one stays in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral part belongs to the referral to {agency} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school&apos;s fingerprint cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a referral form asks about {pupil} beyond the roster. Leave what you do not know empty: the pack prints it as not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with or challenge another lead&apos;s decision on the selected concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famil&amp;y chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One chronology for every child in this child&apos;s household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family chronology: no household linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is in no household yet. Link brothers and sisters on the Families page (Ctrl+4) to see their files as one chronology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is withdrawn (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · injury marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to {name}&apos;s file or to one of its concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind}, {size}, attached {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw {name} from {child}&apos;s file. It will no longer be listed or put in packs; the chronology keeps the withdrawal and your reason, and the document itself stays in the store, sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached {name} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew {name} from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of {name} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFileWords</name>
    <message>
        <source>Nursery</source>
        <translation type="unfinished">Meithrin</translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 concern ({open} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} concerns ({open} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no marks imported from the MIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no meeting has put the child on a plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carer&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another adult&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded, though no explanation was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished">Derbyn</translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persistent absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parents, carers or other children are recorded yet: add an adult with People around the child…, or link siblings on the Families page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s details for a referral form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the referral (the latest, or the one being prepared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of {possible} possible sessions, {first} to {last}; {missed} missed ({authorised} authorised, {unauthorised} unauthorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERSISTENT ABSENCE (below 90%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} since {since}; next review {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year and class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independently mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First aid given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation type="unfinished">Geiriau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <source>The recorder&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else was present</source>
        <translation type="unfinished">Pwy arall oedd yn bresennol</translation>
    </message>
    <message>
        <source>Action already taken</source>
        <translation type="unfinished">Camau a gymerwyd eisoes</translation>
    </message>
    <message>
        <source>Who it was shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks noticed later, added by the person who recorded the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern about {pupil}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN {upn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded (child in need, child-protection plan, looked after, early help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {type} on the {region} ({view})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other children involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written down more than a day after it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agency}, made {when}, reference {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {dob} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental respon­sibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({open} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front sheet</source>
        <translation type="unfinished">Taflen flaen</translation>
    </message>
    <message>
        <source>Other agencies involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size {size} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape: {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour: {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skin broken: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened {occurred}; recorded {recorded} by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: {category} (as recorded: {original}). Reference {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by {who}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed. Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year {number}</source>
        <translation type="unfinished">Blwyddyn {number}</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">Ysgol</translation>
    </message>
    <message>
        <source>Focus of referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People around the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished">Baneri coch</translation>
    </message>
    <message>
        <source>Injury marks</source>
        <translation type="unfinished">Marciau anaf</translation>
    </message>
    <message>
        <source>Where it stands: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the concern {reference} of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Perchennog</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} — {who}, due {due}: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet: chase it (expected by {due}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This addendum also holds {count} marks that are not counted: they are on no body map and in no red flag, because only the person who recorded a concern can add marks to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response expected by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} since {since}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern with injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Perchennog</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral chased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling&apos;s concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action or outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished">Baneri coch</translation>
    </message>
    <message>
        <source>recorded {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>Find a pupil this is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils this is about (each gets a record in their own file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pupil chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished record on this PC, saved on {saved} (about {about}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have {count} unfinished records on this PC; the latest was saved on {saved} (about {about}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft NOT saved ({problem}): keep this window open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved privately at {time}</source>
        <translation>Drafft wedi&apos;i gadw&apos;n breifat am {time}</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>What you saw or heard</source>
        <translation>Beth a welsoch neu a glywsoch</translation>
    </message>
    <message>
        <source>Your opinion</source>
        <translation>Eich barn</translation>
    </message>
    <message>
        <source>Who else was present</source>
        <translation>Pwy arall oedd yn bresennol</translation>
    </message>
    <message>
        <source>Action already taken</source>
        <translation>Camau a gymerwyd eisoes</translation>
    </message>
    <message>
        <source>{field}: write full names and roles instead of initials ({found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a disclosure: write the child&apos;s own words, exactly as they said them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the child said something, write their exact words under “The child&apos;s own words”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What you saw or heard” contains opinion ({found}): keep it to facts and put your view under “Your opinion”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened more than 7 days ago: check the date, and say in the facts why it is being recorded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is in the future: check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pupil this is about.</source>
        <translation>Dewiswch y disgybl y mae hyn yn ei gylch.</translation>
    </message>
    <message>
        <source>Write the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a category (the nearest will do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: {reference}
About: {pupil}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One record in each child&apos;s own file, {when}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A designated lead will see it in their queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you saw or heard.</source>
        <translation>Ysgrifennwch yr hyn a welsoch neu a glywsoch.</translation>
    </message>
    <message>
        <source>Not sent yet: {what}</source>
        <translation>Heb ei anfon eto: {what}</translation>
    </message>
    <message>
        <source>Sending to the safeguarding team…</source>
        <translation>Yn anfon at y tîm diogelu…</translation>
    </message>
    <message>
        <source>You marked it urgent: it is at the top of every designated lead&apos;s queue, every lead signed in is alerted, and they see your name with it. If a child is in immediate danger, also tell a lead in person or call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {problem} Your words are kept as a draft; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this record? Everything typed in it will be deleted and cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a concern</source>
        <translation>Cofnodi pryder</translation>
    </message>
    <message>
        <source>How to record a concern</source>
        <translation>Sut i gofnodi pryder</translation>
    </message>
    <message>
        <source>Write what you saw and heard, as soon as you can. Use full names and roles. Your words are saved as a private draft as you type, and only the safeguarding team and you can read what you send.</source>
        <translation>Ysgrifennwch yr hyn a welsoch ac a glywsoch, cyn gynted ag y gallwch. Defnyddiwch enwau llawn a swyddi. Mae eich geiriau&apos;n cael eu cadw fel drafft preifat wrth i chi deipio, a dim ond y tîm diogelu a chi all ddarllen yr hyn rydych chi&apos;n ei anfon.</translation>
    </message>
    <message>
        <source>An unfinished record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the unfinished record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened</source>
        <translation>&amp;Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Ble digwyddodd</translation>
    </message>
    <message>
        <source>e.g. Year 3 classroom, the playground</source>
        <translation>e.e. ystafell ddosbarth Blwyddyn 3, yr iard chwarae</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categori</translation>
    </message>
    <message>
        <source>What you &amp;saw or heard</source>
        <translation>Beth a &amp;welsoch neu a glywsoch</translation>
    </message>
    <message>
        <source>What you saw or heard: facts only</source>
        <translation>Beth a welsoch neu a glywsoch: ffeithiau yn unig</translation>
    </message>
    <message>
        <source>Facts only: what you saw, heard and did, in the order it happened. Write &quot;I (your name, role)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s &amp;own words</source>
        <translation>Geiriau&apos;r plentyn ei h&amp;un</translation>
    </message>
    <message>
        <source>The child&apos;s own words, exactly as said</source>
        <translation>Geiriau&apos;r plentyn ei hun, yn union fel y&apos;u dywedwyd</translation>
    </message>
    <message>
        <source>Exactly as said, not tidied or translated; include what you asked, if anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your opi&amp;nion</source>
        <translation>Eich ba&amp;rn</translation>
    </message>
    <message>
        <source>Your opinion, kept apart from the facts</source>
        <translation>Eich barn, ar wahân i&apos;r ffeithiau</translation>
    </message>
    <message>
        <source>Optional: what you think, kept apart from the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else was &amp;present</source>
        <translation>Pwy arall oedd yn bre&amp;sennol</translation>
    </message>
    <message>
        <source>Full names and roles</source>
        <translation>Enwau llawn a swyddi</translation>
    </message>
    <message>
        <source>Act&amp;ion already taken</source>
        <translation>Camau a gymerwyd eis&amp;oes</translation>
    </message>
    <message>
        <source>e.g. first aid given, told the designated lead in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other chil&amp;dren involved</source>
        <translation>Pla&amp;nt eraill dan sylw</translation>
    </message>
    <message>
        <source>Urgent: a designated lead must see this now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts this concern at the top of every designated lead&apos;s queue and alerts every lead signed in. Your name is shown with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Map corff</translation>
    </message>
    <message>
        <source>P&amp;upils this is about</source>
        <translation>&amp;Disgyblion dan sylw</translation>
    </message>
    <message>
        <source>Nothing is chosen until you choose: just now, earlier today, yesterday or another day, then the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month, e.g. 3/11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time, e.g. 9:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, as it will be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wher&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a first letter to go to a category; Space ticks or unticks it. Tick every one that applies; the first ticked is the main one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it was shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full names and roles, e.g. the designated lead, a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgen&amp;t: alert every designated lead now</source>
        <translation>&amp;Brys: rhybuddio pob arweinydd dynodedig nawr</translation>
    </message>
    <message>
        <source>Body map (Alt+B): only for a mark or injury you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to check before you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth checking before you send (you can still send as it is):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Taflu…</translation>
    </message>
    <message>
        <source>Save the draft and close the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dra&amp;ft and close</source>
        <translation>Cadw&apos;r draff&amp;t a chau</translation>
    </message>
    <message>
        <source>Send to the safeguarding team</source>
        <translation>Anfon at y tîm diogelu</translation>
    </message>
    <message>
        <source>Send to the safe&amp;guarding team</source>
        <translation>Anfon at y tîm d&amp;iogelu</translation>
    </message>
    <message>
        <source>Sent to the safeguarding team</source>
        <translation>Anfonwyd at y tîm diogelu</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy&apos;n digwydd nesaf</translation>
    </message>
    <message>
        <source>If a child is in immediate danger, tell a designated lead in person now, or call 999.</source>
        <translation>Os yw plentyn mewn perygl uniongyrchol, dywedwch wrth arweinydd dynodedig wyneb yn wyneb nawr, neu ffoniwch 999.</translation>
    </message>
    <message>
        <source>Record another concern</source>
        <translation>Cofnodi pryder arall</translation>
    </message>
    <message>
        <source>Record &amp;another concern</source>
        <translation>Cofnodi pryder a&amp;rall</translation>
    </message>
    <message>
        <source>Done: back to my concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this file for erasure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will show nowhere in the app, on any PC, once they have synced; this cannot be undone here. Export it first if the school keeps a copy. Closed only, its keys are not destroyed: its encrypted entries stay in every store, on the hub and in backups.

Close and erase also destroys its file keys, here now and on the hub and every PC as they sync: its records written under them never open again. Records written before file keys existed are only closed; backups made before, transfer bundles already sent and a PC that never syncs again keep the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this closed file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file keys are destroyed here now, and on the hub and every PC as they sync: its records written under them never open again, for anyone. Records written before file keys existed are only closed; backups made before, transfer bundles already sent and a PC that never syncs again keep the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has no oversight dashboard yet. Set it up to keep counts from now on (and for everything already recorded); then an oversight account can be given them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding report for governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention review could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close {name}&apos;s file for erasure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the closed file of {child}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({overdue} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({overdue} late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted {when}; {concerns} concerns recorded in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation type="unfinished">Heb eu cydnabod eto</translation>
    </message>
    <message>
        <source>Acknowledgement overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a second lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals awaiting an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral responses overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased: {erased} records can no longer be opened; {before} written before file keys are only closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {term} report for governors is written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No red flag is open on this concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags open on this concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referring while a red flag is open needs a second lead&apos;s sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialogs</name>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw from the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this document out of the child&apos;s file, saying why: it leaves the lists and packs, and the chronology keeps the withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {shown} of {count} pages are shown; save a copy to read the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown (its content is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown (it is damaged or protected by a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referral pack as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesModel</name>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(some are linked already)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesPage</name>
    <message>
        <source>The households could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one household: they will not be suggested together again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dismissal could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children are linked as one household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult is recorded on the household&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adult could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished">Aelwydydd</translation>
    </message>
    <message>
        <source>Linked as one household: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adult around {names}: use their full name, never initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} is added to the household. Their reference, {reference}, can be used wherever a UPN is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({shown} of {count} match)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Set up Concern Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Concern Logger on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school on this PC yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up a new school: I am its designated safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this once, on the first PC of a school that does not use Concern Logger yet. You will choose your passphrase and be given the school&apos;s recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a school that already uses Concern Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need the school&apos;s enrolment file, which a designated lead or IT staff can give you. It holds no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school and its first designated lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use full names, never initials. The passphrase protects every record: make it long and keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hillside Primary School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated Safeguarding Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished">&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>for example j.smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four or more words you will remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens every record if every lead&apos;s passphrase is lost. It is shown now and never again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;recovery sheet to print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery sheet (or write the code down by hand), seal it in an envelope signed across the seal by the head and you, and keep it in the school safe. Then delete the saved file: it is not encrypted. Never send the code by email or message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;printed or written down the recovery code, to keep in the school safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school&apos;s enrolment file. This PC then fills itself from the school&apos;s hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose the enrolment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the file (this PC&apos;s configuration must name one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern Logger cannot start until this is put right. Please tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters; four or more words is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words, or make it longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. A longer passphrase (four or more words) would be stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: {school}
Hub: {hub}
Hub&apos;s certificate authority: {authority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join this school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school&apos;s enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Please tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the recovery code first: it cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four or more words you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it only into a document you print at once, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records will be kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has joined {school}, but has not yet received the school from its hub, so nobody can sign in here yet. {report} Start Concern Logger again once the hub can be reached, or tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stronger passphrase: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}. Print it now, then delete the file: it is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery sheet could not be saved ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontSheetDialogs</name>
    <message>
        <source>&amp;Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: walks or crawls about on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: not independently mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GovernorsReportDialog</name>
    <message>
        <source>&amp;Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The termly safeguarding report for governors: how many children had concerns, by category, year group and your decisions, and how often the school&apos;s own clocks were met, beside the term before. It names no child, and a count under 5 is printed as &apos;fewer than 5&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report for governors as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdDialogs</name>
    <message>
        <source>&amp;Link as one household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or UPN, choose each child with Enter, then link them. Children already in a household join it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They join the household of the child chosen below and get a reference of their own, which can be used wherever a UPN is; staff can then record a concern about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date of birth as YYYY-MM-DD (e.g. 1990-04-21), or leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new adult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadActionDialog</name>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is to be done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern the action is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadAddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished">Enw defnyddiwr</translation>
    </message>
    <message>
        <source>e.g. j.smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Year 3 teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadAgencyContactDialog</name>
    <message>
        <source>Record a contact with another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who (full name and role):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was spoken to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam Patel, social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Coventry MASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished">Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>&amp;Concern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern the contact is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadAgencyStatusDialog</name>
    <message>
        <source>Another agency&apos;s involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Involvement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started or ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Coventry children&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name and role, e.g. Sam Patel, social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it started or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadAllegationDialog</name>
    <message>
        <source>Record an allegation against a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head and the leads the head names can read this. The member of staff concerned never can, even if they are a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the allegation was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, e.g. Mrs Okafor (parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished">&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Username of the member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their username, if they have an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member of staff concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, for the retention date (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;alleged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is alleged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pupils (UPNs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils involved, by UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPNs separated by commas (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LADO referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date referred to the LADO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LADO r&amp;eference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LADO reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadAllegationsPage</name>
    <message>
        <source>Allegations against staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed to the allegations key alone: only the head and the leads the head names can read them, never the member of staff concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the allegations key (the head decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the allegations key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username of a holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the head&apos;s role to another oversight account: from then on only their changes to the key count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over as the head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while the head&apos;s account is disabled: every holder sees that you took over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allegation chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the outcome (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an allegation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadAttachDocumentDialog</name>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF, PNG, JPEG or plain-text file, at most 25 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is, e.g. minutes of the initial child protection conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photographs of injuries: the body map is the record. An image cannot be attached to a concern with injury marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadAttendanceImportDialog</name>
    <message>
        <source>Import attendance marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the session marks exported from the school&apos;s MIS (CSV from SIMS, Arbor or Bromcom: one row per session, one row per day with AM and PM, or a column per session). Each child is found by UPN; the marks are kept encrypted in the child&apos;s file, beside the chronology. The whole file is imported, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance marks file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadAuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Archwilio</translation>
    </message>
    <message>
        <source>Who has looked at a child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opened, exported or printed the file, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every entry&apos;s signature and its place in its computer&apos;s chain, and opens what your keys can open: a change, a gap or a forgery shows here in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
</context>
<context>
    <name>LeadCategoryDialog</name>
    <message>
        <source>Set the concern&apos;s category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished">Categori</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the category is set or corrected (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadChildFilePage</name>
    <message>
        <source>Child&apos;s file</source>
        <translation>Ffeil y plentyn</translation>
    </message>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>&amp;Yn ôl i&apos;r ciw</translation>
    </message>
    <message>
        <source>Go back to the triage queue (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Famil&amp;y chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family chronology</source>
        <translation>Cronoleg y teulu</translation>
    </message>
    <message>
        <source>Who has &amp;looked at this file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access audit of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign o&amp;ff decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with or challenge another lead&apos;s decision on the selected concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a conversation with another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a referral made to another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strategy discussion, conference, core group, child-in-need or Early Help meeting, and its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export referral pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the child&apos;s referral pack as a password-protected PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer to another school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the child&apos;s file to the school the child is moving to: a transfer pack and a signed bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scanned letter, conference minutes or another agency&apos;s report (PDF, PNG, JPEG or text) to this file or to the selected record; never a photograph of an injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document of the selected chronology row, checked, inside the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front &amp;sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front sheet</source>
        <translation>Taflen flaen</translation>
    </message>
    <message>
        <source>File stat&amp;us…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, closed, transferred out or in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other a&amp;gency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in need, child-protection plan, looked after, early help: started or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobility…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the child is independently mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People around the child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record or correct a parent, carer or significant adult (linked brothers and sisters share them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details f&amp;or a referral form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity, language, NHS number, GP; the views, risk, what you want to happen, the MASH worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chro&amp;nology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows of category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology, in the order things happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full record of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected concern with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark action done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected action is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hase referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you chased the agency for a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record o&amp;utcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the agency decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body-map h&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and &amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions, referrals and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
</context>
<context>
    <name>LeadDashboardPage</name>
    <message>
        <source>Oversight dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the numbers were counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for &amp;governors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The termly safeguarding report for governors: counts by category, year group and decision, and the clocks met; no child named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s files past their retention date or reaching it within a year, and what was decided at review (a lead only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llegations… (Ctrl+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegations against staff: the head and the leads the head names only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts and clocks only: no names and no text. Clocks are in hours, from when a concern was recorded to when a lead acknowledged it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up the oversight dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the dashboard&apos;s key, so counts are kept from now on and an oversight account can be given them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open concerns</source>
        <translation>Pryderon agored</translation>
    </message>
    <message>
        <source>Not yet acknowledged</source>
        <translation>Heb eu cydnabod eto</translation>
    </message>
    <message>
        <source>Time to acknowledge (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge (worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals awaiting an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions awaiting a second lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting and overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDecisionDialog</name>
    <message>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern the decision is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this decision, on what information (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadDocumentPreviewDialog</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadExportPackDialog</name>
    <message>
        <source>Export a referral pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External version: leave out what the school marks internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the family chronology (the children of the household)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not kept anywhere: give it to the recipient by another route (telephone, not the same email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached documents to print after the pack (tick each one to include):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached documents to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadFamiliesPage</name>
    <message>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <source>Children are suggested as one household when they share an address or a contact in the roster import; a lead confirms. The children&apos;s files then show each other, red flags look across them, and a family chronology merges their files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind a child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a child in the suggestions and households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, a year or a reason: both lists show only the rows that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children who may be one household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm as one household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not one household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Aelwydydd</translation>
    </message>
    <message>
        <source>Households a lead confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the family c&amp;hronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link two or more children as one household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child not on &amp;roll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baby, a toddler or an older sibling at another school, living with a child on roll: they can then be the subject of a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;adult…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an adult around the household&apos;s children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
</context>
<context>
    <name>LeadFileStatusDialog</name>
    <message>
        <source>The file&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. where the file went, or why it is closed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadGovernorsReportDialog</name>
    <message>
        <source>Report for governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day in the &amp;term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day in the term to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not kept anywhere: give it to the clerk to the governors by another route (telephone, not the same email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadHouseholdAdultDialog</name>
    <message>
        <source>A parent, carer or significant adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which adult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which adult: a new one, or one to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new adult, or one already recorded to correct (the earlier entry stays in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename and surname, not initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mother, stepfather, lodger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parental responsibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, if different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If different from the children&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language they speak at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A young parent&apos;s school or college, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ocus of referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus of referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a referral is about this adult&apos;s care of the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadHouseholdMemberDialog</name>
    <message>
        <source>Add a child who is not on roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;child on roll they live with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the child not on roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forename and surname, not initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. baby sister, half-brother, cousin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School or nursery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or nursery, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadLinkChildrenDialog</name>
    <message>
        <source>Link children as one household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadMeetingDialog</name>
    <message>
        <source>Record a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees, one a line: name | role | agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line: full name | role | agency (School for our staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it decided about the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of a child-protection plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next meeting or review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting or review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan actions, one a line: what | owner | review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line: what | owner | review date (YYYY-MM-DD). The owner: a member of staff, or Name (Agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadMobilityDialog</name>
    <message>
        <source>Is the child independently mobile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independently mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadNoteDialog</name>
    <message>
        <source>Concern Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadPatternsDialog</name>
    <message>
        <source>Patterns across children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns and the records behind them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadQueuePage</name>
    <message>
        <source>Triage queue</source>
        <translation>Ciw brysbennu</translation>
    </message>
    <message>
        <source>Records that failed their checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent concerns</source>
        <translation>Pryderon brys</translation>
    </message>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the &quot;new&quot; marker off every item in the queue now: you have looked at them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark all as seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the pupil roster from the school&apos;s MIS; pupils missing from it are asked about as leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import session marks from the school&apos;s MIS; each child&apos;s file then shows absence around each injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a&amp;ttendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a child&apos;s file sent by the school they came from (a transfer bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ve a transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in what other people and other PCs recorded since, and redraw the clocks (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that need a lead, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the child&apos;s file: front sheet, chronology and body-map history (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the child&apos;s &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that a lead has seen this concern; its author sees that in &quot;My concerns&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or correct the concern&apos;s category (its author&apos;s choice stays in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ow&amp;ner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead to own the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign o&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with or challenge a decision another lead made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
</context>
<context>
    <name>LeadRecoveryCodeDialog</name>
    <message>
        <source>The school&apos;s new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it on a new recovery sheet now and put the sheet in the school safe; destroy the old sheet. It is shown once and kept nowhere: the old code no longer opens records written from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadReferralDialog</name>
    <message>
        <source>Record a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Children&apos;s social care (MASH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s reference, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the referral was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a response is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadReferralFactsDialog</name>
    <message>
        <source>Details for a referral form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>Enwau eraill:</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Enwau eraill</translation>
    </message>
    <message>
        <source>Known as, previous surnames, other spellings</source>
        <translation>Yr enw a ddefnyddir, cyfenwau blaenorol, sillafiadau eraill</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the family describes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Religion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disability / SEN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability or special educational needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NHS number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten digits, e.g. 943 476 5919</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, surgery, telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where the child is now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the child is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to go &amp;home?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it safe for the child to go home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, no or not known, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;child&apos;s views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents&apos; &amp;views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parents&apos; views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going we&amp;ll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is going well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paren&amp;tal factors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic abuse, mental health, substance misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upport offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support already offered and its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;ofessionals involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other professionals involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k and level of need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk against the local threshold, and level of need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the local threshold document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the referrer w&amp;ants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the referrer wants to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MASH worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASH worker spoken to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, team, telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadResetPasswordDialog</name>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadRetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, not &amp;yet erased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files closed for erasure and not yet erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the closed file&apos;s keys: its records written under them never open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you decide for the chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it until the next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for &amp;erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold it (an inquiry hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a file decided due for erasure: a signed record closes it, and it shows nowhere in the app. Its keys are not destroyed: its encrypted entries stay in every store, on the hub and in backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadRosterImportDialog</name>
    <message>
        <source>Import the pupil roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster exported from the school&apos;s MIS (CSV) and check it. Pupils on roll who are not in the new file are leavers: give the day each left, and the queue asks for the child-protection file of each leaver who has one, due 5 school days after that day. The whole file is imported, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils on roll who are not in the new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished">Disgybl</translation>
    </message>
    <message>
        <source>Left on (DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child-protection file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brothers and sisters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is &amp;partial: the pupils listed above stay on roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadSearchPage</name>
    <message>
        <source>Search the records</source>
        <translation>Chwilio&apos;r cofnodion</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words or a name, every one in the same record; &quot;a phrase&quot; in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns across children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A telephone number, an adult or a place named around children of different families, and concerns naming a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Ysgrifennwyd gan</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Baner goch</translation>
    </message>
    <message>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what happened between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching records, newest first; Enter opens the child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each child whose records a search shows has it written in their file&apos;s audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSignOffDialog</name>
    <message>
        <source>Sign off a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision to sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;agree with this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I c&amp;hallenge it (say why below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment (needed to challenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadStaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Cyfrifon staff</translation>
    </message>
    <message>
        <source>A change reaches every PC when it next syncs. Disabling an account stops it signing in; a reset gives it new keys (what was sealed to the old password stays sealed); revoking the lead role gives the school a new team key and a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke lead role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the das&amp;hboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an oversight account the dashboard&apos;s counts (and nothing else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hysbysiad</translation>
    </message>
</context>
<context>
    <name>LeadTransferExportDialog</name>
    <message>
        <source>Transfer the child&apos;s file to another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school the child is moving to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write the pack and bundle into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the transfer pack PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a password of seven random words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;undle passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a passphrase of seven random words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two separate secrets: the PDF password opens the transfer pack, the bundle passphrase opens the bundle in Concern Logger. Press Suggest for each: seven random words are strong and easy to read out. Neither is kept anywhere: write them down before you press Send, and read them to the receiving lead by telephone, never with the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the two secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested secrets, to write down or read out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached documents to print after the pack (tick each one to include):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached documents to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadTransferImportDialog</name>
    <message>
        <source>Receive a child&apos;s file from another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending school&apos;s designated lead gives you, by telephone, the bundle passphrase and their school&apos;s fingerprint (four groups of four characters). Phone the school on a number you look up yourself, not one in an email. Every record, signature and the school&apos;s key chain are checked; if anything fails, nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;undle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file from the sending school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle passphrase from the sending lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending school&apos;s fingerprint, as heard by telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished">Yn gweithio</translation>
    </message>
</context>
<context>
    <name>LeadWorkspace</name>
    <message>
        <source>&amp;Back to the queue</source>
        <translation>&amp;Yn ôl i&apos;r ciw</translation>
    </message>
    <message>
        <source>&amp;Back to Families</source>
        <translation>&amp;Yn ôl i Deuluoedd</translation>
    </message>
    <message>
        <source>&amp;Back to Find</source>
        <translation>&amp;Yn ôl i Chwilio</translation>
    </message>
    <message>
        <source>&amp;Back to Audit</source>
        <translation>&amp;Yn ôl i Archwilio</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Counts and clocks: no names, no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>Ciw brysbennu</translation>
    </message>
    <message>
        <source>New concerns and everything that needs a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Teuluoedd</translation>
    </message>
    <message>
        <source>Households: suggestions, links and family chronologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Archwilio</translation>
    </message>
    <message>
        <source>Who looked at a file, and a check of every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff accounts and the lead role</source>
        <translation>Cyfrifon staff a rôl yr arweinydd</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Search every record for words or a name</source>
        <translation>Chwilio pob cofnod am eiriau neu enw</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Locked</source>
        <translation>Wedi cloi</translation>
    </message>
    <message>
        <source>Locked — {school}</source>
        <translation>Wedi cloi — {school}</translation>
    </message>
    <message>
        <source>{name} locked this screen. Sign in again to carry on where you left off. If someone else signs in, they start afresh.</source>
        <translation>Clodd {name} y sgrin hon. Mewngofnodwch eto i barhau lle gwnaethoch adael. Os bydd rhywun arall yn mewngofnodi, byddan nhw&apos;n dechrau o&apos;r newydd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Concern Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Wedi mewngofnodi fel</translation>
    </message>
    <message>
        <source>Hide everything now and drop your keys; sign in again to carry on (Ctrl+L)</source>
        <translation>Cuddio popeth nawr a gollwng eich allweddi; mewngofnodwch eto i barhau (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>Cloi&apos;r sgrin</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Cloi (Ctrl+L)</translation>
    </message>
    <message>
        <source>Record a new concern about a pupil (Ctrl+N)</source>
        <translation>Cofnodi pryder newydd am ddisgybl (Ctrl+N)</translation>
    </message>
    <message>
        <source>Record a concern</source>
        <translation>Cofnodi pryder</translation>
    </message>
    <message>
        <source>Record a concern
Ctrl+N</source>
        <translation>Cofnodi pryder
Ctrl+N</translation>
    </message>
    <message>
        <source>The concerns you have recorded (Ctrl+1)</source>
        <translation>Y pryderon rydych chi wedi&apos;u cofnodi (Ctrl+1)</translation>
    </message>
    <message>
        <source>My concerns</source>
        <translation>Fy mhryderon</translation>
    </message>
    <message>
        <source>My concerns
Ctrl+1</source>
        <translation>Fy mhryderon
Ctrl+1</translation>
    </message>
    <message>
        <source>Actions a designated lead has given you (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My actions
Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statws:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Yn gweithio</translation>
    </message>
    <message>
        <source>&amp;Record a concern</source>
        <translation>Cofnodi pryder</translation>
    </message>
    <message>
        <source>&amp;My concerns</source>
        <translation>Fy mhryderon</translation>
    </message>
    <message>
        <source>My ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Signed in: {name}, {role}</source>
        <translation>Wedi mewngofnodi: {name}, {role}</translation>
    </message>
    <message>
        <source>No hub set up: records stay on this PC.</source>
        <translation>Dim hwb wedi&apos;i osod: mae&apos;r cofnodion yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The concern form is not installed in this copy of Concern Logger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school} — Locked — Concern Logger</source>
        <translation>{school} — Wedi cloi — Concern Logger</translation>
    </message>
    <message>
        <source>{school} — Concern Logger</source>
        <translation>{school} — Concern Logger</translation>
    </message>
</context>
<context>
    <name>MarkDetailsPanel</name>
    <message>
        <source>Marks on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the outline where you saw the mark, then describe it here.

Choose Front, Back, Head or Hands above the map for the view that shows it best. Select a mark (click it, or press Tab on the map) to describe, move or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest side, in centimetres; leave at &apos;not measured&apos; if you did not measure it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said about it, exactly as it was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one: no explanation was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave the explanation: an explanation from an adult rather than the child is a red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, if anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name and role of an adult who saw it happen, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cold compress; none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cold compress by the school first aider; none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve this mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Ble</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e&amp;xplanation, exactly as it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin bro&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. round, oval, a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape, e.g. round, oval, a line, a finger-tip pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. red, blue-purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour or colours, e.g. red, blue-purple, yellow-green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;aid given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The explanation, exactly as it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {type}, {region} ({view})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} ({view})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Save meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting about {pupil}: who came, what it decided, and its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting recorded with {count} plan action(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {n}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyActions</name>
    <message>
        <source>My actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About my actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions a designated lead has given you from a child&apos;s plan. You see what to do and by when; the rest of the child&apos;s file stays with the safeguarding team. When one is done, say what you did and mark it done: the team sees your note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no open actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions given to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected action done, with your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished">Hysbysiad</translation>
    </message>
    <message>
        <source>My actions
Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions a designated lead has given you (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My actions ({count})
Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My actions, {count} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} open actions a designated lead has given you (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done and sent to the safeguarding team: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyActionsModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished">Yn hwyr</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyConcerns</name>
    <message>
        <source>My concerns</source>
        <translation>Fy mhryderon</translation>
    </message>
    <message>
        <source>About my concerns</source>
        <translation>Am fy mhryderon</translation>
    </message>
    <message>
        <source>The concerns you have recorded. Only you and the safeguarding team can read them. To correct or add to one, add an addendum: what you first wrote is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns</source>
        <translation>Dim pryderon</translation>
    </message>
    <message>
        <source>You have not recorded any concerns yet.</source>
        <translation>Nid ydych wedi cofnodi unrhyw bryderon eto.</translation>
    </message>
    <message>
        <source>Concerns I recorded</source>
        <translation>Pryderon a gofnodais</translation>
    </message>
    <message>
        <source>The selected concern</source>
        <translation>Y pryder a ddewiswyd</translation>
    </message>
    <message>
        <source>Add a correction or more detail to the selected concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Ychwanegu atodiad</translation>
    </message>
    <message>
        <source>&amp;Add addendum…</source>
        <translation>&amp;Ychwanegu atodiad…</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished">Hysbysiad</translation>
    </message>
    <message>
        <source>Bruise</source>
        <translation>Clais</translation>
    </message>
    <message>
        <source>Burn</source>
        <translation>Llosg</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Toriad</translation>
    </message>
    <message>
        <source>Scratch</source>
        <translation>Crafiad</translation>
    </message>
    <message>
        <source>Bite</source>
        <translation>Brathiad</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Chwydd</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marc</translation>
    </message>
    <message>
        <source>Other mark</source>
        <translation>Marc arall</translation>
    </message>
    <message>
        <source>Not yet acknowledged by a designated lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {type}: {region}{size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by a designated lead, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>What I saw or heard</source>
        <translation>Beth a welais neu a glywais</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Geiriau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <source>My opinion</source>
        <translation>Fy marn</translation>
    </message>
    <message>
        <source>Who else was present</source>
        <translation>Pwy arall oedd yn bresennol</translation>
    </message>
    <message>
        <source>Action already taken</source>
        <translation>Camau a gymerwyd eisoes</translation>
    </message>
    <message>
        <source>&amp;Save addendum</source>
        <translation>&amp;Cadw&apos;r atodiad</translation>
    </message>
    <message>
        <source>Save addendum</source>
        <translation>Cadw&apos;r atodiad</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Discard this addendum?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to {reference}: {pupil}, {category}, {occurred}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addendum could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum, {recorded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this addendum? What you typed and any marks you placed will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map for marks noticed later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is kept as it was. The concern already holds 1 mark: mark 1 here becomes mark 2 on its map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is kept as it was. The concern already holds {count} marks: mark 1 here becomes mark {next} on its map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reference}: {pupil}, {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened {occurred}; recorded {recorded}.</source>
        <translation>Digwyddodd {occurred}; cofnodwyd {recorded}.</translation>
    </message>
    <message>
        <source>Who it was shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {size} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the map: {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin broken: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin broken: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by {lead}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape: {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour(s): {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen happening by: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First aid: {aid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation, given by {giver}: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks noticed later, added to the body map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This addendum&apos;s marks are not on the body map: only the person who recorded a concern can add marks to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury marks</source>
        <translation>Marciau anaf</translation>
    </message>
    <message>
        <source>Addendum to {reference} saved and sent to the safeguarding team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pupil not in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyConcernsModel</name>
    <message>
        <source>Sent to the safeguarding team</source>
        <translation>Anfonwyd at y tîm diogelu</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Addenda</source>
        <translation>Atodiadau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Acknowledged by a designated lead, {when}</source>
        <translation>Cydnabuwyd gan arweinydd dynodedig, {when}</translation>
    </message>
    <message>
        <source>Refused by the school: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pupil not in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternsDialog</name>
    <message>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished">Teuluoedd</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing connects children of different families, and no member of staff is named in more than one concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: each is a prompt to look, not a finding. Enter opens the child&apos;s file at the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patterns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PupilFinder</name>
    <message>
        <source>Type part of a name or UPN</source>
        <translation>Teipiwch ran o enw neu UPN</translation>
    </message>
    <message>
        <source>Find a pupil</source>
        <translation>Dod o hyd i ddisgybl</translation>
    </message>
    <message>
        <source>Find another child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a forename, surname, preferred name or UPN; Down and Up move through the matches, Enter chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching pupils</source>
        <translation>Disgyblion sy&apos;n cyfateb</translation>
    </message>
    <message>
        <source>Other children chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected child from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil matches “{text}”.</source>
        <translation>Does dim disgybl yn cyfateb i “{text}”.</translation>
    </message>
    <message>
        <source>{count} more match: keep typing to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {pupil}</source>
        <translation>Wedi dewis: {pupil}</translation>
    </message>
</context>
<context>
    <name>PupilFinderModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Reg group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ganwyd</translation>
    </message>
    <message>
        <source>Nursery</source>
        <translation>Meithrin</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Derbyn</translation>
    </message>
    <message>
        <source>Year {number}</source>
        <translation>Blwyddyn {number}</translation>
    </message>
    <message>
        <source>not on roll ({relationship})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>ganwyd {date}</translation>
    </message>
    <message>
        <source>UPN ending {tail}</source>
        <translation>UPN yn gorffen {tail}</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, UPN {upn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (erased: a key made since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is past its retention date or reaches it within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a file for erasure hides it from every view of the app; its keys are not destroyed, so its encrypted entries stay in every store, on the hub and in backups, unless it is also erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child whose name no longer opens here ({ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file is past its retention date or reaches it within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} files are past their retention date or reach it within {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (date of birth + {years} years, leavers included); {held} held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file closed for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} files closed for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of them erased (its keys destroyed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of them erased (their keys destroyed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, left {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>The roster could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster exported from the MIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused, nothing was imported ({count} problem(s)):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file marks {count} pupil(s) as leavers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pupil(s) on roll are not in this file: give the day each left (DD/MM/YYYY), or mark the file as partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day {name} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Sentinel injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury, not independently mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEN-4-FACESp bruising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterned mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained only by an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster of concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury alongside neglect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence after injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence around weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any or no red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children with a red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match, in the records of 1 child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking through every record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for patterns across children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} matches in the records of {children}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the newest {shown} shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in — Concern Logger</source>
        <translation>Mewngofnodi — Concern Logger</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>Am fewngofnodi</translation>
    </message>
    <message>
        <source>Sign in with your own account. What you record is encrypted: only you and the safeguarding team can read it.</source>
        <translation>Mewngofnodwch gyda&apos;ch cyfrif eich hun. Mae&apos;r hyn rydych chi&apos;n ei gofnodi wedi&apos;i amgryptio: dim ond chi a&apos;r tîm diogelu all ei ddarllen.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Neges mewngofnodi</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Yn mewngofnodi</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Cyfrifon enghreifftiol</translation>
    </message>
    <message>
        <source>DEMO school: practice accounts</source>
        <translation>Ysgol DDEMO: cyfrifon ymarfer</translation>
    </message>
    <message>
        <source>About the demo accounts</source>
        <translation>Am y cyfrifon enghreifftiol</translation>
    </message>
    <message>
        <source>This is a DEMO school with made-up pupils. Choose an account to fill in its username and password. Never use these accounts for real records.</source>
        <translation>Ysgol DDEMO yw hon, gyda disgyblion ffug. Dewiswch gyfrif i lenwi ei enw defnyddiwr a&apos;i gyfrinair. Peidiwch byth â defnyddio&apos;r cyfrifon hyn ar gyfer cofnodion go iawn.</translation>
    </message>
    <message>
        <source>Press Enter on an account to fill in its username and password</source>
        <translation>Pwyswch Enter ar gyfrif i lenwi ei enw defnyddiwr a&apos;i gyfrinair</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Designated safeguarding lead</source>
        <translation>Arweinydd diogelu dynodedig</translation>
    </message>
    <message>
        <source>Oversight (head or governor)</source>
        <translation>Goruchwylio (pennaeth neu lywodraethwr)</translation>
    </message>
    <message>
        <source>(name not readable on this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Yn mewngofnodi…</translation>
    </message>
    <message>
        <source>Concern Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Yn agor…</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Teipiwch eich enw defnyddiwr a&apos;ch cyfrinair.</translation>
    </message>
    <message>
        <source>There is no school set up in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — {school} — Concern Logger</source>
        <translation>Mewngofnodi — {school} — Concern Logger</translation>
    </message>
    <message>
        <source>The store in {folder} holds no school yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {role} — username {username}</source>
        <translation>{name} — {role} — enw defnyddiwr {username}</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly ({kind}). Please tell your IT staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by {who}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags open when it was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialogs</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person signs in with this username and password on any of the school&apos;s PCs; tell them the password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished">Enw</translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished">Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statws</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dashboard yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>The account was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a lead&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the lead role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke the lead role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead role was not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now a designated lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} now sees the dashboard&apos;s counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for {name} ({username}). Their account gets new keys; what was sealed to the old password alone (their own copies of their entries) stays sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {name}&apos;s account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the lead role from {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school gets a new team key and a new recovery code, shown once: have the recovery sheet ready to replace. After the next sync no PC seals anything {name} can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in. The school has a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in. The school&apos;s new recovery code is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer a lead. The school has a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer a designated lead. The school&apos;s new recovery code is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password is reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDriver</name>
    <message>
        <source>{n} entries from the hub were refused (see &apos;concern-logger verify&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferExportDialog</name>
    <message>
        <source>Write the transfer pack and bundle into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle from the sending school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer bundles (*.cltransfer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school&apos;s fingerprint, to read to the receiving lead: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password:        {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle passphrase:  {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageQueueModel</name>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Mewn pryd</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Baneri coch</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categori</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageQueuePage</name>
    <message>
        <source>URGENT: a concern about {pupil}, marked urgent by {who} at {when}, is waiting to be acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs a lead just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the queue as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the school&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made this decision: a different designated lead must sign it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with or challenge a decision another lead made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The concern about {pupil}, recorded {when}, is now in: {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision about {pupil} needs a second lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item in the queue is marked as seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item needs a lead: {overdue} overdue, {soon} due soon, {new} new since you last looked. Updated {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items need a lead: {overdue} overdue, {soon} due soon, {new} new since you last looked. Updated {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by {who}, {recorded}; it happened {occurred}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished">Baneri coch</translation>
    </message>
    <message>
        <source>Acknowledged the concern about {pupil}; its author will see that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} now owns the concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {records} records for {pupil} from {school}. RECEIPT CODE: {code}. Read it to the sending school&apos;s lead so they can record the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock}; due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: {category}. Reference {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by {who}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: the decision stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {decision}, by {who}: awaiting a second lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {decision}, by {who}: challenged by a second lead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenChooser</name>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier today, at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday, at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when it happened (just now, earlier today, yesterday or another day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the day it happened, day first (for example 3/11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time it happened (for example 9:05 or 14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkDialogs</name>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not about one concern)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
