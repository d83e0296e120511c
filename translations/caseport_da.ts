<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessText</name>
    <message>
        <source>Full</source>
        <extracomment>Access level on a product: create cases and see all the account&apos;s cases</extracomment>
        <translation>Fuld</translation>
    </message>
    <message>
        <source>Limited</source>
        <extracomment>Access level on a product: create cases and see only one&apos;s own</extracomment>
        <translation>Begrænset</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Access level on a product: no access</extracomment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Create cases and see all of the account&apos;s cases on this product</source>
        <translation>Opret sager og se alle virksomhedens sager om dette produkt</translation>
    </message>
    <message>
        <source>Create cases and see your own cases on this product</source>
        <translation>Opret sager og se dine egne sager om dette produkt</translation>
    </message>
    <message>
        <source>No access to this product</source>
        <translation>Ingen adgang til dette produkt</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The server address is not valid. Write it like http://server.example:8080.</source>
        <translation>Serveradressen er ikke gyldig. Skriv den sådan: http://server.example:8080.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the spelling of the address.</source>
        <translation>Servernavnet blev ikke fundet. Kontrollér, at adressen er stavet rigtigt.</translation>
    </message>
    <message>
        <source>No server answers at this address. Is caseportd running and the port right?</source>
        <translation>Ingen server svarer på denne adresse. Kører caseportd, og er porten den rigtige?</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network and try again.</source>
        <translation>Serveren svarede ikke i tide. Kontrollér dit netværk, og prøv igen.</translation>
    </message>
    <message>
        <source>A secure connection could not be made: the server&apos;s certificate is not trusted.</source>
        <translation>Der kunne ikke oprettes en sikker forbindelse: serverens certifikat er ikke godkendt.</translation>
    </message>
    <message>
        <source>Something answers at this address, but it is not a Caseport server. Check the address and the port.</source>
        <translation>Der svarer noget på denne adresse, men det er ikke en Caseport-server. Kontrollér adressen og porten.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>E-mailadressen eller adgangskoden er forkert.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Din session er udløbet. Log ind igen.</translation>
    </message>
    <message>
        <source>The server ran into a problem (error %1). Try again later or contact your administrator.</source>
        <extracomment>%1 is the HTTP status code, e.g. 500</extracomment>
        <translation>Der opstod et problem på serveren (fejl %1). Prøv igen senere, eller kontakt din administrator.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and try again.</source>
        <translation>Forbindelsen til serveren mislykkedes. Kontrollér dit netværk, og prøv igen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the server.</source>
        <translation>Der gik noget galt i forbindelsen med serveren.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>For mange forsøg. Vent et minut, og prøv igen.</translation>
    </message>
    <message>
        <source>You do not have access to create cases on this product.</source>
        <translation>Du har ikke adgang til at oprette sager på dette produkt.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>Du har ikke adgang til dette.</translation>
    </message>
    <message>
        <source>What you sent is too large for the server.</source>
        <translation>Det, du sendte, er for stort til serveren.</translation>
    </message>
    <message>
        <source>The server did not accept the field &quot;%1&quot;. Check it and try again.</source>
        <extracomment>%1 is the name of a form field, e.g. &quot;Subject&quot;</extracomment>
        <translation>Serveren godkendte ikke feltet »%1«. Kontrollér det, og prøv igen.</translation>
    </message>
    <message>
        <source>The server did not accept what was entered. Check the fields and try again.</source>
        <translation>Serveren godkendte ikke det indtastede. Kontrollér felterne, og prøv igen.</translation>
    </message>
    <message>
        <source>The server does not know this item (any more).</source>
        <translation>Serveren kender ikke (længere) dette element.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <extracomment>%1 is the HTTP status code, e.g. 400</extracomment>
        <translation>Serveren afviste anmodningen (fejl %1).</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>This server speaks a different version of the Caseport protocol. Update Caseport or ask your administrator which version to use.</source>
        <translation>Serveren bruger en anden version af Caseport-protokollen. Opdater Caseport, eller spørg din administrator, hvilken version du skal bruge.</translation>
    </message>
    <message>
        <source>The local copy of your cases could not be saved on this computer. Check that the disk is not full, then restart Caseport.</source>
        <translation>Den lokale kopi af dine sager kunne ikke gemmes på denne computer. Kontrollér, at disken ikke er fuld, og genstart derefter Caseport.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used, so the cases could not be brought up to date. Try again later or contact your administrator.</source>
        <translation>Serverens svar kunne ikke bruges, så sagerne kunne ikke opdateres. Prøv igen senere, eller kontakt din administrator.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>You are offline. The members show when the connection is back; then choose Reload.</source>
        <translation>Du er offline. Medlemmerne vises, når forbindelsen er tilbage; vælg så Genindlæs.</translation>
    </message>
    <message>
        <source>Only the account&apos;s customer admin can see and change its members.</source>
        <translation>Kun virksomhedens kundeadministrator kan se og ændre dens medlemmer.</translation>
    </message>
    <message>
        <source>This account was not found, or you are no longer a member of it.</source>
        <translation>Virksomheden blev ikke fundet, eller du er ikke længere medlem af den.</translation>
    </message>
    <message>
        <source>%1: not saved, you are offline. Your change is kept; save again when the connection is back.</source>
        <extracomment>%1 is a member&apos;s name</extracomment>
        <translation>%1: ikke gemt, du er offline. Din ændring er bevaret; gem igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>%1: the level for %2 is set in the server configuration and cannot be changed here.</source>
        <extracomment>%1 is a member&apos;s name, %2 a product&apos;s name</extracomment>
        <translation>%1: niveauet for %2 er fastsat i serverens konfiguration og kan ikke ændres her.</translation>
    </message>
    <message>
        <source>%1: you are not allowed to change this member&apos;s access.</source>
        <translation>%1: du har ikke lov til at ændre dette medlems adgang.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of this account. Choose Reload to see the current members.</source>
        <translation>%1 er ikke længere medlem af denne virksomhed. Vælg Genindlæs for at se de nuværende medlemmer.</translation>
    </message>
    <message>
        <source>%1: the server does not know the product %2.</source>
        <extracomment>%1 is a member&apos;s name, %2 a product&apos;s id or name</extracomment>
        <translation>%1: serveren kender ikke produktet %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a member&apos;s name, %2 why saving failed</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FetchedFile</name>
    <message>
        <source>Save file</source>
        <translation>Gem fil</translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation>Filen kunne ikke gemmes som %1.</translation>
    </message>
</context>
<context>
    <name>NoticeText</name>
    <message>
        <source>Information</source>
        <extracomment>Severity of an operational notice</extracomment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Severity of an operational notice</extracomment>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Outage</source>
        <extracomment>Severity of an operational notice: a service is down</extracomment>
        <translation>Nedbrud</translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <extracomment>When a notice applies: %1 and %2 are date and time</extracomment>
        <translation>Fra %1 til %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Indtil %1</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle produkter</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between product names of a notice</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>caseport::app::AccessSummaryWidget</name>
    <message>
        <source>What you may see and do in Caseport. Your administrator decides this; ask them if something is missing.</source>
        <translation>Det, du må se og gøre i Caseport. Din administrator bestemmer det; spørg vedkommende, hvis der mangler noget.</translation>
    </message>
    <message>
        <source>Staff — sees every case</source>
        <translation>Medarbejder — ser alle sager</translation>
    </message>
    <message>
        <source>As a member of the service provider&apos;s staff you see and answer the cases of every account.</source>
        <translation>Som medarbejder hos serviceleverandøren ser og besvarer du sagerne fra alle virksomheder.</translation>
    </message>
    <message>
        <source>Your access shows once Caseport has talked to the server.</source>
        <translation>Din adgang vises, når Caseport har været i kontakt med serveren.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Heading of one account in &quot;Your access&quot;; %1 is its name, %2 its organisation number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Lokationer:</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>In &quot;Your access&quot;: the member is not limited to particular sites</extracomment>
        <translation>Alle lokationer</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Customer admin — you manage the access of this account&apos;s members under Members in the sidebar</source>
        <translation>Kundeadministrator — du styrer adgangen for virksomhedens medlemmer under Medlemmer i sidepanelet</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountFilesPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Tilføj filer…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle filer</translation>
    </message>
    <message>
        <source>Files of %1</source>
        <extracomment>Title of the Files page; %1 is the company (account)</extracomment>
        <translation>Filer for %1</translation>
    </message>
    <message>
        <source>No files here yet.</source>
        <translation>Her er endnu ingen filer.</translation>
    </message>
    <message>
        <source>No files shared with %1 yet.</source>
        <extracomment>%1 is the company (account)</extracomment>
        <translation>Der er endnu ikke delt nogen filer med %1.</translation>
    </message>
    <message>
        <source>Share files with everyone in %1 who may see them</source>
        <translation>Del filer med alle i %1, der må se dem</translation>
    </message>
    <message>
        <source>Share files with %1</source>
        <translation>Del filer med %1</translation>
    </message>
    <message>
        <source>Choose one of your objects under Show to add files to it</source>
        <translation>Vælg et af dine objekter under Vis for at tilføje filer til det</translation>
    </message>
    <message>
        <source>Your access lets you read these files, not add any</source>
        <translation>Med din adgang kan du læse disse filer, men ikke tilføje nogen</translation>
    </message>
    <message>
        <source>Only the one who added a file or a customer admin can remove it</source>
        <translation>Kun den, der har tilføjet en fil, eller en kundeadministrator kan fjerne den</translation>
    </message>
    <message>
        <source>Not added (not a file, or it cannot be read): %1</source>
        <extracomment>%1 lists files or folders that were dropped or picked</extracomment>
        <translation>Ikke tilføjet (ikke en fil, eller den kan ikke læses): %1</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Tilføj filer</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Fjern fil</translation>
    </message>
    <message>
        <source>Remove %1 for everyone in %2? It cannot be opened here afterwards.</source>
        <translation>Vil du fjerne %1 for alle i %2? Den kan ikke åbnes her bagefter.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountPickerDialog</name>
    <message>
        <source>Select account</source>
        <translation>Vælg virksomhed</translation>
    </message>
    <message>
        <source>You have access to several accounts. Choose the one you want to work in. Caseport remembers your choice; you can switch at any time with the account button in the toolbar.</source>
        <translation>Du har adgang til flere virksomheder. Vælg den, du vil arbejde i. Caseport husker dit valg; du kan altid skifte med virksomhedsknappen i værktøjslinjen.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-/organisationsnummer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Button in the account picker: work in the selected account</extracomment>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountSwitcher</name>
    <message>
        <source>Select account — you are working in %1 (Ctrl+Shift+A)</source>
        <extracomment>Tooltip of the toolbar&apos;s account button; %1 is the account in use</extracomment>
        <translation>Vælg virksomhed — du arbejder i %1 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Select &amp;account…</source>
        <translation>Vælg &amp;virksomhed…</translation>
    </message>
</context>
<context>
    <name>caseport::app::AnswerPanel</name>
    <message>
        <source>Your question</source>
        <extracomment>Heading above a closed case&apos;s description</extracomment>
        <translation>Dit spørgsmål</translation>
    </message>
    <message>
        <source>Our answer</source>
        <extracomment>Heading above the resolution staff wrote when closing the case</extracomment>
        <translation>Vores svar</translation>
    </message>
    <message>
        <source>The case was closed without a written answer; see the conversation.</source>
        <translation>Sagen blev lukket uden et skriftligt svar; se samtalen.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AppController</name>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Din session er udløbet. Log ind igen.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AttachmentListWidget</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Tilføj &amp;filer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation>eller slip filer her</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A chosen file: %1 its name, %2 its size (e.g. 1.2 MB)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Vedhæft filer</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseEditDialog</name>
    <message>
        <source>Edit case %1</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Rediger sag %1</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>The resolution, shown with the question once the case is closed</source>
        <translation>Løsningen, som vises sammen med spørgsmålet, når sagen er lukket</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Write a short subject.</source>
        <translation>Skriv et kort emne.</translation>
    </message>
    <message>
        <source>Something in the form is not right.</source>
        <translation>Noget i formularen er ikke rigtigt.</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseFieldsView</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A custom field&apos;s label in the case view; %1 is the label the administrator chose</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseFormDialog</name>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Describe your question or problem. We answer as soon as we can, and you can follow the case in the case list.</source>
        <translation>Beskriv dit spørgsmål eller problem. Vi svarer så hurtigt som muligt, og du kan følge sagen i sagslisten.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>A short summary, e.g. &quot;Holiday pay missing on the payslip&quot;</source>
        <translation>Et kort resumé, f.eks. »Feriepenge mangler på lønsedlen«</translation>
    </message>
    <message>
        <source>What happened, what did you expect, and which employees, periods or documents are involved?</source>
        <translation>Hvad skete der, hvad havde du forventet, og hvilke medarbejdere, perioder eller dokumenter drejer det sig om?</translation>
    </message>
    <message>
        <source>P&amp;rivate</source>
        <extracomment>Check box on the case form; the case is hidden from colleagues</extracomment>
        <translation>P&amp;rivat</translation>
    </message>
    <message>
        <source>Only you and staff can see this case</source>
        <translation>Kun du og supportmedarbejderne kan se denne sag</translation>
    </message>
    <message>
        <source>Required field</source>
        <extracomment>Legend under the case form; the red star is added in front</extracomment>
        <translation>Skal udfyldes</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <extracomment>Button that sends the new case; Ctrl+Enter does the same</extracomment>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send the case (Ctrl+Enter)</source>
        <translation>Send sagen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <extracomment>First entry of the product list: nothing chosen yet</extracomment>
        <translation>Vælg et produkt…</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Category list entry: no particular category
----------
Site list entry: the case is not about one particular site</extracomment>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Choose the product your case is about.</source>
        <translation>Vælg det produkt, sagen handler om.</translation>
    </message>
    <message>
        <source>This product is not available to you.</source>
        <translation>Du har ikke adgang til dette produkt.</translation>
    </message>
    <message>
        <source>Choose one of the product&apos;s categories.</source>
        <translation>Vælg en af produktets kategorier.</translation>
    </message>
    <message numerus="yes">
        <source>The subject is too long: at most %Ln characters.</source>
        <translation>
            <numerusform>Emnet er for langt: højst %Ln tegn.</numerusform>
            <numerusform>Emnet er for langt: højst %Ln tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a short subject.</source>
        <translation>Skriv et kort emne.</translation>
    </message>
    <message numerus="yes">
        <source>The description is too long: at most %Ln characters.</source>
        <translation>
            <numerusform>Beskrivelsen er for lang: højst %Ln tegn.</numerusform>
            <numerusform>Beskrivelsen er for lang: højst %Ln tegn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an account in the main window first.</source>
        <translation>Vælg først en virksomhed i hovedvinduet.</translation>
    </message>
    <message>
        <source>Something in the form is not right.</source>
        <translation>Noget i formularen er ikke rigtigt.</translation>
    </message>
    <message>
        <source>You cannot create cases in this account. Ask your administrator for access.</source>
        <translation>Du kan ikke oprette sager for denne virksomhed. Bed din administrator om adgang.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Submit button text while the case is being sent</extracomment>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Skriv videre</translation>
    </message>
    <message>
        <source>The site, installation or asset the case is about</source>
        <translation>Den lokation, installation eller det aktiv, sagen handler om</translation>
    </message>
    <message>
        <source>A private case is hidden from your colleagues, even those with full access to the product. Only you and the service provider&apos;s staff can see it.</source>
        <translation>En privat sag er skjult for dine kolleger, også dem med fuld adgang til produktet. Kun du og serviceleverandørens medarbejdere kan se den.</translation>
    </message>
    <message>
        <source>Choose a site…</source>
        <extracomment>First entry of the site list when a site must be chosen</extracomment>
        <translation>Vælg en lokation…</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <extracomment>Label of the case form&apos;s object field: the site, installation or asset the case is about</extracomment>
        <translation>Lo&amp;kation:</translation>
    </message>
    <message>
        <source>Choose the site your case is about.</source>
        <translation>Vælg den lokation, din sag handler om.</translation>
    </message>
    <message>
        <source>You cannot file cases about this site.</source>
        <translation>Du kan ikke oprette sager om denne lokation.</translation>
    </message>
    <message>
        <source>Files:</source>
        <extracomment>Label of the case form&apos;s list of attached files</extracomment>
        <translation>Filer:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the form; what was typed stays in Drafts</extracomment>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close the form; the case waits in Drafts</source>
        <translation>Luk formularen; sagen venter i Kladder</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <extracomment>Deletes the unsent case</extracomment>
        <translation>K&amp;assér</translation>
    </message>
    <message>
        <source>Delete this case without sending it</source>
        <translation>Slet denne sag uden at sende den</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Kassér denne sag?</translation>
    </message>
    <message>
        <source>The case has not been sent. Delete what you wrote?</source>
        <translation>Sagen er ikke sendt. Vil du slette det, du har skrevet?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Register phone call</source>
        <extracomment>Window title of the case form when staff register a customer&apos;s phone call</extracomment>
        <translation>Registrer telefonopkald</translation>
    </message>
    <message>
        <source>File the case for the customer who called: choose the account and the caller, then note what they asked. They see the case in their list as their own, marked as a phone call.</source>
        <translation>Opret sagen for den kunde, der ringede: vælg virksomheden og opkalderen, og skriv derefter, hvad vedkommende spurgte om. Kunden ser sagen i sin sagsliste som sin egen, markeret som et telefonopkald.</translation>
    </message>
    <message>
        <source>Only the caller and staff can see this case</source>
        <translation>Kun opkalderen og supportmedarbejderne kan se denne sag</translation>
    </message>
    <message>
        <source>This category needs at least one file: add the document (drag it here or choose Add files).</source>
        <translation>Denne kategori kræver mindst én fil: tilføj dokumentet (træk det hertil, eller vælg Tilføj filer).</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseListPane</name>
    <message>
        <source>No open cases.</source>
        <translation>Ingen åbne sager.</translation>
    </message>
    <message>
        <source>No cases yet. Create one with New case (Ctrl+N).</source>
        <translation>Der er ingen sager endnu. Opret en med Opret sag (Ctrl+N).</translation>
    </message>
    <message>
        <source>You follow no cases in this account. Cases others add you to as a follower show here.</source>
        <translation>Du følger ingen sager i denne virksomhed. Sager, som andre tilføjer dig som følger på, vises her.</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Ingen sager passer til disse filtre.</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseView</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation>Vælg en sag for at se den her.</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Oprettet:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Opdateret:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>The person who filed the case</extracomment>
        <translation>Oprettet af:</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>A badge on a case only its creator and staff can see</extracomment>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Only you and staff can see this case</source>
        <translation>Kun du og supportmedarbejderne kan se denne sag</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(intet nummer endnu)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>%1 is the user&apos;s own name; the case was filed by them</extracomment>
        <translation>%1 (dig)</translation>
    </message>
    <message>
        <source>%1, filed by %2</source>
        <extracomment>%1 is who the case is for, %2 the staff member who filed it for them</extracomment>
        <translation>%1, oprettet af %2</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Button: change the shown case&apos;s subject, description or status</extracomment>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <extracomment>Heading above the posts of a case</extracomment>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>%1 — phone call, registered by %2</source>
        <extracomment>%1 is who the case is for, %2 the staff member who took their call and filed it</extracomment>
        <translation>%1 — telefonopkald, registreret af %2</translation>
    </message>
</context>
<context>
    <name>caseport::app::CloseAnswerDialog</name>
    <message>
        <source>Close case %1</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Luk sag %1</translation>
    </message>
    <message>
        <source>The case becomes &quot;%1&quot;. Write the answer the customer sees together with the question:</source>
        <extracomment>%1 is the closed state chosen, e.g. &quot;Closed&quot;</extracomment>
        <translation>Sagen får status »%1«. Skriv det svar, kunden ser sammen med spørgsmålet:</translation>
    </message>
    <message>
        <source>The resolution, e.g. &quot;The holiday pay was paid out on 25 March.&quot;</source>
        <translation>Løsningen, f.eks. »Feriepengene blev udbetalt den 25. marts.«</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <extracomment>Button: set the closed state and send the answer</extracomment>
        <translation>Luk &amp;sag</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Without an answer the customer sees only that the case is closed.</source>
        <translation>Uden et svar ser kunden kun, at sagen er lukket.</translation>
    </message>
</context>
<context>
    <name>caseport::app::ClosedCaseNotice</name>
    <message>
        <source>Re: %1</source>
        <extracomment>Subject of a new case that follows up a closed one; %1 is the old subject</extracomment>
        <translation>Re: %1</translation>
    </message>
    <message>
        <source>This refers to my earlier case %1.</source>
        <extracomment>First line of a new case&apos;s description; %1 is the closed case&apos;s number</extracomment>
        <translation>Dette henviser til min tidligere sag %1.</translation>
    </message>
    <message>
        <source>New case referring to this one…</source>
        <extracomment>Button on a closed case that can no longer be reopened</extracomment>
        <translation>Ny sag med henvisning til denne…</translation>
    </message>
    <message>
        <source>This case is closed. Sharing an update reopens it, and it is received again.</source>
        <translation>Denne sag er lukket. Deler du en opdatering, genåbnes den og modtages igen.</translation>
    </message>
    <message>
        <source>This case is closed and can no longer be reopened. To follow it up, file a new case that refers to it.</source>
        <translation>Denne sag er lukket og kan ikke længere genåbnes. Opret en ny sag, der henviser til den, hvis du vil følge op på den.</translation>
    </message>
</context>
<context>
    <name>caseport::app::ConflictDialog</name>
    <message>
        <source>Case %1 was changed meanwhile</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Sag %1 er blevet ændret i mellemtiden</translation>
    </message>
    <message>
        <source>Someone changed this case after you opened it. Choose, field by field, whether your change or the version on the server should stay.</source>
        <translation>En anden har ændret sagen, efter at du åbnede den. Vælg felt for felt, om din ændring eller versionen på serveren skal bevares.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Din ændring</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>På serveren nu</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;mine</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Tag &amp;deres</translation>
    </message>
    <message>
        <source>&amp;Use my choices</source>
        <translation>&amp;Anvend mine valg</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Beslut &amp;senere</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>The staff member a case is assigned to</extracomment>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Følgere</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>Shown for a field with no value</extracomment>
        <translation>(tom)</translation>
    </message>
</context>
<context>
    <name>caseport::app::DraftsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>Title of the Drafts page</extracomment>
        <translation>Kladder</translation>
    </message>
    <message>
        <source>Cases you started and have not sent. They are saved as you type, also without a connection, and wait here until you send or discard them.</source>
        <translation>Sager, du har påbegyndt, men ikke sendt. De gemmes, mens du skriver, også uden forbindelse, og venter her, indtil du sender eller kasserer dem.</translation>
    </message>
    <message>
        <source>No drafts. A case you start writing is kept here until you send it.</source>
        <translation>Ingen kladder. En sag, du begynder at skrive, gemmes her, indtil du sender den.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Button: continue writing the selected draft</extracomment>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Kassér…</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Kassér kladden?</translation>
    </message>
    <message>
        <source>Delete “%1” without sending it?</source>
        <translation>Vil du slette »%1« uden at sende den?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
</context>
<context>
    <name>caseport::app::FollowerPickerDialog</name>
    <message>
        <source>Add followers</source>
        <extracomment>Window title of the dialog that adds followers to a case</extracomment>
        <translation>Tilføj følgere</translation>
    </message>
    <message>
        <source>Search by name or e-mail</source>
        <translation>Søg efter navn eller e-mail</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the people chosen as followers of the case</extracomment>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Loading the people who may follow this case…</source>
        <translation>Henter de personer, der må følge denne sag…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <extracomment>A person in the follower picker: %1 their name, %2 their e-mail</extracomment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(following)</source>
        <extracomment>Added to a person in the follower picker who follows the case already</extracomment>
        <translation>(følger)</translation>
    </message>
    <message>
        <source>Nobody else may follow this case.</source>
        <translation>Ingen andre må følge denne sag.</translation>
    </message>
    <message>
        <source>Adding followers needs a connection to the server. Try again when you are online.</source>
        <translation>Det kræver forbindelse til serveren at tilføje følgere. Prøv igen, når du er online.</translation>
    </message>
    <message>
        <source>You may not add followers to this case.</source>
        <translation>Du må ikke tilføje følgere til denne sag.</translation>
    </message>
</context>
<context>
    <name>caseport::app::FollowersWidget</name>
    <message>
        <source>Followers:</source>
        <extracomment>Label before the people who follow a case (they are told of news)</extracomment>
        <translation>Følgere:</translation>
    </message>
    <message>
        <source>Nobody follows this case yet.</source>
        <translation>Ingen følger denne sag endnu.</translation>
    </message>
    <message>
        <source>Follow</source>
        <extracomment>Button: become a follower of the case (get told of news)</extracomment>
        <translation>Følg</translation>
    </message>
    <message>
        <source>Be told of news on this case</source>
        <translation>Få besked om nyt i denne sag</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <extracomment>Button: stop following the case</extracomment>
        <translation>Følg ikke længere</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>Button: choose people to add as followers of the case</extracomment>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Add colleagues who should be told of news on this case</source>
        <translation>Tilføj kolleger, der skal have besked om nyt i denne sag</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>The user themselves among a case&apos;s followers; %1 their name</extracomment>
        <translation>%1 (dig)</translation>
    </message>
    <message>
        <source>Remove %1 from the followers</source>
        <extracomment>Tooltip of the × beside a follower; %1 their name</extracomment>
        <translation>Fjern %1 fra følgerne</translation>
    </message>
</context>
<context>
    <name>caseport::app::FormFieldsWidget</name>
    <message>
        <source>(none)</source>
        <extracomment>First entry of a choice field on the case form: nothing chosen</extracomment>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or %1</source>
        <extracomment>Placeholder of a date field; %1 is today in the user&apos;s short date format</extracomment>
        <translation>ÅÅÅÅ-MM-DD eller %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A custom field&apos;s label on the case form; %1 is the label the administrator chose</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Tick this box to go on.</source>
        <translation>Sæt kryds i feltet for at fortsætte.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Udfyld dette felt.</translation>
    </message>
    <message>
        <source>Enter a date, e.g. %1.</source>
        <extracomment>%1 is today&apos;s date in the user&apos;s short date format, as an example</extracomment>
        <translation>Indtast en dato, f.eks. %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Indtast et tal.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Indtast et tal fra %1 til %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Indtast et tal på mindst %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Indtast et tal på højst %1.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Vælg en af mulighederne.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Denne værdi er ikke gyldig.</translation>
    </message>
</context>
<context>
    <name>caseport::app::LoginDialog</name>
    <message>
        <source>The Caseport server answers.</source>
        <translation>Caseport-serveren svarer.</translation>
    </message>
    <message>
        <source>The Caseport server answers (version %1).</source>
        <translation>Caseport-serveren svarer (version %1).</translation>
    </message>
    <message>
        <source>Log in to Caseport</source>
        <translation>Log ind på Caseport</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <source>http://server.example:8080</source>
        <translation>http://server.example:8080</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>navn@firma.example</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spro&amp;g:</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Tester forbindelsen…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logger ind…</translation>
    </message>
</context>
<context>
    <name>caseport::app::MainWindow</name>
    <message>
        <source>About Caseport</source>
        <translation>Om Caseport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caseport %1&lt;/h3&gt;&lt;p&gt;File support cases, follow them and talk with our staff — online or offline.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;h3&gt;Caseport %1&lt;/h3&gt;&lt;p&gt;Opret supportsager, følg dem, og skriv med vores medarbejdere – online eller offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Caseport — %1</source>
        <extracomment>Main window title; %1 is the user&apos;s name</extracomment>
        <translation>Caseport – %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <extracomment>Action: create a new support case</extracomment>
        <translation>&amp;Opret sag</translation>
    </message>
    <message>
        <source>Create a new case (Ctrl+N)</source>
        <translation>Opret en ny sag (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <extracomment>Action: exchange changes with the server now</extracomment>
        <translation>S&amp;ynkroniser</translation>
    </message>
    <message>
        <source>Get the latest changes from the server (F5)</source>
        <translation>Hent de seneste ændringer fra serveren (F5)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log ud</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About Caseport</source>
        <translation>&amp;Om Caseport</translation>
    </message>
    <message>
        <source>Your case %1 was received.</source>
        <translation>Vi har modtaget din sag %1.</translation>
    </message>
    <message>
        <source>Case received</source>
        <translation>Sagen er modtaget</translation>
    </message>
    <message>
        <source>You can follow it in the case list. We will answer as soon as we can.</source>
        <translation>Du kan følge den i sagslisten. Vi svarer så hurtigt som muligt.</translation>
    </message>
    <message>
        <source>Your change is saved and being sent.</source>
        <translation>Din ændring er gemt og bliver sendt nu.</translation>
    </message>
    <message>
        <source>Your change is saved in the Outbox and will be sent as soon as there is a connection.</source>
        <translation>Din ændring er gemt i Udbakke og sendes, så snart der er forbindelse.</translation>
    </message>
    <message>
        <source>The case is saved in the Outbox and will be sent as soon as there is a connection.</source>
        <translation>Sagen er gemt i Udbakke og sendes, så snart der er forbindelse.</translation>
    </message>
    <message>
        <source>The case is saved in Drafts.</source>
        <translation>Sagen er gemt i Kladder.</translation>
    </message>
    <message>
        <source>Write a few words and press Send to add the files to the case.</source>
        <translation>Skriv et par ord, og tryk på Send for at føje filerne til sagen.</translation>
    </message>
    <message>
        <source>%1 is paused in the Outbox. Send now resumes it.</source>
        <extracomment>%1 a file&apos;s name; &quot;Send now&quot; is the Outbox&apos;s button</extracomment>
        <translation>%1 er sat på pause i Udbakke. Send nu fortsætter afsendelsen.</translation>
    </message>
    <message>
        <source>Register &amp;phone call…</source>
        <extracomment>Action (staff): file a case for a customer who called</extracomment>
        <translation>Registrer &amp;telefonopkald…</translation>
    </message>
    <message>
        <source>File a case for a customer who called (Ctrl+Shift+N)</source>
        <translation>Opret en sag for en kunde, der har ringet (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>The phone call was registered as case %1.</source>
        <extracomment>%1 is the case number, e.g. CP-2026-000123</extracomment>
        <translation>Telefonopkaldet er registreret som sag %1.</translation>
    </message>
</context>
<context>
    <name>caseport::app::MembersPage</name>
    <message>
        <source>Choose which products each member may use. Full: create cases and see all of the account&apos;s cases on the product. Limited: create cases and see their own. None: no access. Double-click a level to change it; changes apply as soon as they are saved.</source>
        <translation>Vælg, hvilke produkter hvert medlem må bruge. Fuld: opret sager og se alle virksomhedens sager om produktet. Begrænset: opret sager og se egne sager. Ingen: ingen adgang. Dobbeltklik på et niveau for at ændre det; ændringer gælder, så snart de er gemt.</translation>
    </message>
    <message>
        <source>Locked: set in the server configuration, or staff access managed by the service provider. Point at a level to see why.</source>
        <translation>Låst: fastsat i serverens konfiguration, eller medarbejderadgang, som serviceleverandøren styrer. Peg på et niveau for at se hvorfor.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <extracomment>Button on the Members page: send the changed levels to the server</extracomment>
        <translation>&amp;Gem ændringer</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Kassér ændringer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Gen&amp;indlæs</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Heading of the access history on the Members page</extracomment>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Members — %1</source>
        <extracomment>Title of the Members page; %1 is the account&apos;s name</extracomment>
        <translation>Medlemmer — %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Status on the Members page while the changes are sent</extracomment>
        <translation>Gemmer…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n member(s) updated.</source>
        <extracomment>Status on the Members page after saving; %n members were changed</extracomment>
        <translation>
            <numerusform>Gemt: %n medlem opdateret.</numerusform>
            <numerusform>Gemt: %n medlemmer opdateret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseport::app::NoticeBanner</name>
    <message>
        <source>Hide this notice (the Notices page still lists it)</source>
        <translation>Skjul denne meddelelse (siden Meddelelser viser den stadig)</translation>
    </message>
    <message>
        <source>Hide notice</source>
        <translation>Skjul meddelelse</translation>
    </message>
</context>
<context>
    <name>caseport::app::NoticesPage</name>
    <message>
        <source>The notice was withdrawn.</source>
        <translation>Meddelelsen er trukket tilbage.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meddelelser</translation>
    </message>
    <message>
        <source>Publish notice…</source>
        <translation>Udsend meddelelse…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Træk tilbage</translation>
    </message>
    <message>
        <source>Take the selected notice down for everyone</source>
        <translation>Fjern den markerede meddelelse for alle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighed</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Meddelelse</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gælder</translation>
    </message>
    <message>
        <source>Upcoming: %1</source>
        <extracomment>A notice that has not started yet; %1 says from when it applies</extracomment>
        <translation>Kommende: %1</translation>
    </message>
    <message>
        <source>There are no notices about your products right now.</source>
        <translation>Der er ingen meddelelser om dine produkter lige nu.</translation>
    </message>
    <message>
        <source>Notices from the server&apos;s configuration are changed there by the administrator</source>
        <translation>Meddelelser fra serverens konfiguration ændres dér af administratoren</translation>
    </message>
    <message>
        <source>The notice was published. It shows once Caseport has synced.</source>
        <translation>Meddelelsen er udsendt. Den vises, når Caseport har synkroniseret.</translation>
    </message>
    <message>
        <source>Withdraw notice</source>
        <translation>Træk meddelelse tilbage</translation>
    </message>
    <message>
        <source>Withdraw this notice for everyone?

%1</source>
        <translation>Vil du trække denne meddelelse tilbage for alle?

%1</translation>
    </message>
    <message>
        <source>Caseport cannot reach the server, so the notice was not withdrawn. Try again when you are online.</source>
        <translation>Caseport kan ikke nå serveren, så meddelelsen blev ikke trukket tilbage. Prøv igen, når du er online.</translation>
    </message>
    <message>
        <source>The notice had already been withdrawn.</source>
        <translation>Meddelelsen var allerede trukket tilbage.</translation>
    </message>
</context>
<context>
    <name>caseport::app::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <extracomment>Title of the Outbox page</extracomment>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>Changes saved on this computer that have not reached the server yet. They are sent by themselves as soon as there is a connection.</source>
        <translation>Ændringer, der er gemt på denne computer, men endnu ikke er nået frem til serveren. De sendes automatisk, så snart der er forbindelse.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Der venter ikke noget på at blive sendt.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <extracomment>Button: try to send the outbox now</extracomment>
        <translation>&amp;Send nu</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <extracomment>Button: take a refused case back into the form to correct it</extracomment>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <extracomment>Button: decide between your change and someone else&apos;s</extracomment>
        <translation>&amp;Løs konflikt…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Kassér…</translation>
    </message>
    <message>
        <source>Choose Fix… to correct the case and send it again.</source>
        <translation>Vælg Ret… for at rette sagen og sende den igen.</translation>
    </message>
    <message>
        <source>Someone changed this case after you opened it. Choose Resolve… to compare.</source>
        <translation>En anden har ændret sagen, efter at du åbnede den. Vælg Løs konflikt… for at sammenligne.</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Kassér denne ændring?</translation>
    </message>
    <message>
        <source>“%1” will not be sent, and what you wrote in it is deleted.</source>
        <translation>»%1« bliver ikke sendt, og det, du har skrevet i den, slettes.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
</context>
<context>
    <name>caseport::app::PhoneCallerPicker</name>
    <message>
        <source>Acco&amp;unt:</source>
        <extracomment>Phone call form: the customer company of the caller</extracomment>
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>Ca&amp;ller:</source>
        <extracomment>Phone call form: the customer user who called</extracomment>
        <translation>&amp;Opkalder:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <source>Load the account&apos;s users again</source>
        <translation>Hent virksomhedens brugere igen</translation>
    </message>
    <message>
        <source>Loading the account&apos;s users…</source>
        <translation>Henter virksomhedens brugere…</translation>
    </message>
    <message>
        <source>Choose who called…</source>
        <extracomment>First entry of the caller list: nobody chosen yet</extracomment>
        <translation>Vælg, hvem der ringede…</translation>
    </message>
    <message>
        <source>This account has no users who can file cases.</source>
        <translation>Denne virksomhed har ingen brugere, der kan oprette sager.</translation>
    </message>
    <message>
        <source>The account&apos;s users can only be listed online. Choose Reload when the connection is back.</source>
        <translation>Virksomhedens brugere kan kun vises online. Vælg Genindlæs, når forbindelsen er tilbage.</translation>
    </message>
</context>
<context>
    <name>caseport::app::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Products — %1</source>
        <extracomment>Title of the Products page; %1 is the account&apos;s name</extracomment>
        <translation>Produkter — %1</translation>
    </message>
    <message>
        <source>Who to contact and where to read more about the products you can file cases about.</source>
        <translation>Hvem du kan kontakte, og hvor du kan læse mere om de produkter, du kan oprette sager om.</translation>
    </message>
    <message>
        <source>The products show once Caseport has talked to the server.</source>
        <translation>Produkterne vises, når Caseport har været i kontakt med serveren.</translation>
    </message>
    <message>
        <source>You have no access to any product in this account. Ask your administrator if you need it.</source>
        <translation>Du har ikke adgang til nogen produkter i denne virksomhed. Spørg din administrator, hvis du har brug for det.</translation>
    </message>
    <message>
        <source>Your access:</source>
        <translation>Din adgang:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Åbningstider:</translation>
    </message>
    <message>
        <source>Guides:</source>
        <translation>Vejledninger:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorier:</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the category names listed on the Products page</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>caseport::app::PublishNoticeDialog</name>
    <message>
        <source>Publish notice</source>
        <translation>Udsend meddelelse</translation>
    </message>
    <message>
        <source>Tick the products the notice is about; none ticked means every product.</source>
        <translation>Markér de produkter, meddelelsen handler om; ingen markeret betyder alle produkter.</translation>
    </message>
    <message>
        <source>Starts later:</source>
        <translation>Begynder senere:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Slutter:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Alvorlighed:</translation>
    </message>
    <message>
        <source>English text (required):</source>
        <translation>Engelsk tekst (skal udfyldes):</translation>
    </message>
    <message>
        <source>Danish text:</source>
        <translation>Dansk tekst:</translation>
    </message>
    <message>
        <source>Swedish text:</source>
        <translation>Svensk tekst:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produkter:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Udsend</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Slutningen skal ligge efter starten.</translation>
    </message>
    <message>
        <source>Caseport cannot reach the server, so the notice was not published. Try again when you are online; what you wrote is kept.</source>
        <translation>Caseport kan ikke nå serveren, så meddelelsen blev ikke udsendt. Prøv igen, når du er online; det, du har skrevet, bevares.</translation>
    </message>
    <message>
        <source>The end time is not valid: it must be in the future and after the start.</source>
        <translation>Sluttidspunktet er ikke gyldigt: det skal ligge i fremtiden og efter starten.</translation>
    </message>
    <message>
        <source>The English text is required, and each text can be at most 2000 characters.</source>
        <translation>Den engelske tekst skal udfyldes, og hver tekst må højst være på 2000 tegn.</translation>
    </message>
</context>
<context>
    <name>caseport::app::QueueFilterBar</name>
    <message>
        <source>Stat&amp;us:</source>
        <extracomment>Staff queue filter label</extracomment>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Assi&amp;gned:</source>
        <extracomment>Staff queue filter label: who the case is assigned to</extracomment>
        <translation>Til&amp;delt:</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>Vir&amp;ksomhed:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <extracomment>Staff queue filter label: how long ago the case was filed</extracomment>
        <translation>&amp;Alder:</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Nulstil</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Vis alle sager igen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <extracomment>Assignee filter: cases assigned to anyone or nobody</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Assignee filter: cases assigned to the user</extracomment>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>Age filter: cases of any age</extracomment>
        <translation>Alle aldre</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <extracomment>Age filter: cases filed more than %n days ago</extracomment>
        <translation>
            <numerusform>Ældre end %n dag</numerusform>
            <numerusform>Ældre end %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>Status filter: every status</extracomment>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Status filter: every status that is not a closed one</extracomment>
        <translation>Alle åbne</translation>
    </message>
    <message>
        <source>All products</source>
        <extracomment>Product filter: every product</extracomment>
        <translation>Alle produkter</translation>
    </message>
    <message>
        <source>All accounts</source>
        <extracomment>Account filter: every account</extracomment>
        <translation>Alle virksomheder</translation>
    </message>
</context>
<context>
    <name>caseport::app::RelatedFilesWidget</name>
    <message>
        <source>Related files</source>
        <translation>Relaterede filer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>On this computer: opens without a connection</source>
        <translation>På denne computer: kan åbnes uden forbindelse</translation>
    </message>
    <message>
        <source>%1 file</source>
        <extracomment>The type of a file: %1 its usual extension in capitals, e.g. &quot;PDF file&quot;</extracomment>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>caseport::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>Det nye sprog træder i kraft med det samme.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <extracomment>The e-mail/name this session is logged in as</extracomment>
        <translation>Logget ind som:</translation>
    </message>
    <message>
        <source>Local copy:</source>
        <translation>Lokal kopi:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Settings tab: language, server, user</extracomment>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Your access</source>
        <extracomment>Settings tab: the user&apos;s access levels per account and product</extracomment>
        <translation>Din adgang</translation>
    </message>
</context>
<context>
    <name>caseport::app::ShareUpdateBox</name>
    <message>
        <source>Share an update</source>
        <translation>Del en opdatering</translation>
    </message>
    <message>
        <source>Write to the people on this case… (Ctrl+Enter sends)</source>
        <translation>Skriv til sagens deltagere… (Ctrl+Enter sender)</translation>
    </message>
    <message>
        <source>&amp;Internal note</source>
        <extracomment>Check box: the post is seen by staff only</extracomment>
        <translation>&amp;Intern note</translation>
    </message>
    <message>
        <source>Only staff see internal notes; the customer never receives them</source>
        <translation>Kun medarbejdere kan se interne noter; kunden modtager dem aldrig</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <extracomment>Button: send the update</extracomment>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <extracomment>File name of a screenshot pasted into an update; %1 date and time</extracomment>
        <translation>Skærmbillede %1.png</translation>
    </message>
</context>
<context>
    <name>caseport::app::SidebarWidget</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Virksomhed</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Heading above the list of case views (All cases, Open, Followed)</extracomment>
        <translation>Sager</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle sager</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A case view: cases that are not closed</extracomment>
        <translation>Åbne</translation>
    </message>
    <message>
        <source>Followed</source>
        <extracomment>A case view: cases the user was added to as a follower</extracomment>
        <translation>Fulgte</translation>
    </message>
    <message>
        <source>Cases you follow: you were added to them as a follower</source>
        <translation>Sager, du følger: du er tilføjet som følger</translation>
    </message>
    <message>
        <source>Support and access</source>
        <extracomment>Heading above Products (and Members) in the sidebar</extracomment>
        <translation>Support og adgang</translation>
    </message>
    <message>
        <source>Products</source>
        <extracomment>Sidebar entry: support contacts and guides of the account&apos;s products</extracomment>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Support contacts, opening hours and guides for your products</source>
        <translation>Supportkontakter, åbningstider og vejledninger til dine produkter</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Sidebar entry for customer admins: who in the account has access to which product</extracomment>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Manage which products the members of this account can use</source>
        <translation>Styr, hvilke produkter virksomhedens medlemmer kan bruge</translation>
    </message>
    <message>
        <source>Cases you started and have not sent</source>
        <translation>Sager, du har påbegyndt, men ikke sendt</translation>
    </message>
    <message>
        <source>Changes waiting to be sent to the server</source>
        <translation>Ændringer, der venter på at blive sendt til serveren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A sidebar entry with a count, e.g. &quot;Drafts (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>A case view: cases started and not sent</extracomment>
        <translation>Kladder</translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>A case view: changes waiting to be sent</extracomment>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>Queue</source>
        <extracomment>Heading above the staff queue&apos;s views (cases of every account)</extracomment>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Staff queue view: open cases nobody is assigned to</extracomment>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Open cases of every account that nobody is assigned to</source>
        <translation>Åbne sager fra alle virksomheder, som ingen er tildelt</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Staff queue view: open cases assigned to the user</extracomment>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Open cases assigned to you</source>
        <translation>Åbne sager, der er tildelt dig</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Staff queue view: every open case of every account</extracomment>
        <translation>Alle åbne</translation>
    </message>
    <message>
        <source>Open cases of every account</source>
        <translation>Åbne sager fra alle virksomheder</translation>
    </message>
    <message>
        <source>Notices</source>
        <extracomment>Sidebar entry: operational notices (planned downtime, deadlines) about the user&apos;s products</extracomment>
        <translation>Meddelelser</translation>
    </message>
    <message>
        <source>Operational notices about your products: outages, deadlines, changes</source>
        <translation>Driftsmeddelelser om dine produkter: nedbrud, frister, ændringer</translation>
    </message>
    <message>
        <source>Files</source>
        <extracomment>Sidebar entry: files shared with the company (account) or one of its sites</extracomment>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files shared with your company or one of its sites</source>
        <translation>Filer, der er delt med din virksomhed eller en af dens lokationer</translation>
    </message>
</context>
<context>
    <name>caseport::app::StaffCaseBar</name>
    <message>
        <source>Assign to &amp;me</source>
        <extracomment>Button on a case (staff): assign the case to oneself</extracomment>
        <translation>Tildel &amp;mig</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <extracomment>Button with a menu of colleagues to assign the case to</extracomment>
        <translation>Tildel &amp;til…</translation>
    </message>
    <message>
        <source>Assign the case to a colleague</source>
        <translation>Tildel sagen til en kollega</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <extracomment>Button with a menu of the statuses the case may move to</extracomment>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Change the status; closing asks for the answer</source>
        <translation>Skift status; når sagen lukkes, bliver du bedt om svaret</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Shown on a case nobody is assigned to (staff)</extracomment>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <extracomment>The case is assigned to the user looking at it</extracomment>
        <translation>Tildelt dig</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <extracomment>%1 is the name of the staff member the case is assigned to</extracomment>
        <translation>Tildelt %1</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <extracomment>Menu entry: the case is assigned to nobody</extracomment>
        <translation>Ingen (fjern tildeling)</translation>
    </message>
    <message>
        <source>%1 (with answer)…</source>
        <extracomment>A status menu entry that asks for the answer first; %1 is e.g. &quot;Closed&quot;</extracomment>
        <translation>%1 (med svar)…</translation>
    </message>
    <message>
        <source>No other status possible</source>
        <extracomment>Status menu when the workflow offers no move from the current status</extracomment>
        <translation>Ingen anden status mulig</translation>
    </message>
</context>
<context>
    <name>caseport::app::SyncStatusWidget</name>
    <message>
        <source>%1 of about %2 changes</source>
        <extracomment>Tooltip of the progress bar during a long sync; %1 and %2 are numbers of changes</extracomment>
        <translation>%1 af ca. %2 ændringer</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkroniseringen mislykkedes</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>%1 is a date and time in the user&apos;s locale format</extracomment>
        <translation>Senest synkroniseret: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <source>● Online</source>
        <extracomment>Connection state in the status bar</extracomment>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Forbundet til %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can still read the cases stored on this computer.</source>
        <translation>Serveren kan ikke nås. Du kan stadig læse de sager, der er gemt på denne computer.</translation>
    </message>
    <message>
        <source>Sending %1… %2 %</source>
        <extracomment>Status bar while a file is uploaded; %1 the file name, %2 the percentage</extracomment>
        <translation>Sender %1… %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <extracomment>Status bar: changes in the outbox; %n is how many</extracomment>
        <translation>
            <numerusform>%n ændring venter på at blive sendt</numerusform>
            <numerusform>%n ændringer venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer; see the Outbox</source>
        <translation>Gemt på denne computer; se Udbakke</translation>
    </message>
</context>
<context>
    <name>caseport::app::ThreadView</name>
    <message>
        <source>Internal note — staff only</source>
        <extracomment>A label on a staff-only note in the case&apos;s conversation</extracomment>
        <translation>Intern note — kun medarbejdere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A file attached to a post; %1 its name, %2 its size</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Shown instead of a time on a post that is still in the outbox</extracomment>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Not sent — see the Outbox</source>
        <translation>Ikke sendt — se Udbakke</translation>
    </message>
    <message>
        <source>No updates yet.</source>
        <translation>Ingen opdateringer endnu.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Ingen beskrivelse.</translation>
    </message>
</context>
<context>
    <name>caseport::app::TransfersWidget</name>
    <message>
        <source>Sending %1</source>
        <extracomment>In the status bar while a file is uploaded; %1 the file&apos;s name</extracomment>
        <translation>Sender %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button beside an upload&apos;s progress bar: stop it (it can be resumed later)</extracomment>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Stop sending this file. It waits in the Outbox; Send now resumes it.</source>
        <translation>Stop afsendelsen af denne fil. Den venter i Udbakke; Send nu fortsætter afsendelsen.</translation>
    </message>
</context>
<context>
    <name>caseport::app::TrayNotifier</name>
    <message>
        <source>New update on %1: %2</source>
        <extracomment>Notification title: %1 the case number, %2 its subject</extracomment>
        <translation>Ny opdatering i sag %1: %2</translation>
    </message>
    <message>
        <source>Files were added.</source>
        <translation>Der er tilføjet filer.</translation>
    </message>
</context>
<context>
    <name>caseport::client::AccessAuditModel</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>In the access history: the level before → the level after, e.g. &quot;None → Limited&quot;</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column of the access history: when the change was made</extracomment>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <extracomment>Column of the access history: who made the change</extracomment>
        <translation>Ændret af</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column of the access history: whose access changed</extracomment>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column of the access history: the level before and after</extracomment>
        <translation>Ændring</translation>
    </message>
</context>
<context>
    <name>caseport::client::AccountFileListModel</name>
    <message>
        <source>Whole account</source>
        <extracomment>A file shared with the whole company, not with one of its sites</extracomment>
        <translation>Hele virksomheden</translation>
    </message>
    <message>
        <source>Uploading %1 %</source>
        <extracomment>%1 is a percentage, 0 to 100</extracomment>
        <translation>Sender %1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Files page column: the site/installation a file belongs to, or the whole account</extracomment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Tilføjet af</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Files page column: when the file was added (or, while it is sent, how far it is)</extracomment>
        <translation>Tilføjet</translation>
    </message>
</context>
<context>
    <name>caseport::client::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Opdateret</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Column of the staff queue: the customer company of the case</extracomment>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Assignee</source>
        <extracomment>Column of the staff queue: the staff member the case is assigned to</extracomment>
        <translation>Tildelt</translation>
    </message>
</context>
<context>
    <name>caseport::client::DraftListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>Drafts column: when the draft was last saved</extracomment>
        <translation>Gemt</translation>
    </message>
</context>
<context>
    <name>caseport::client::MemberTableModel</name>
    <message>
        <source>All sites</source>
        <translation>Alle lokationer</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Customer admin</source>
        <translation>Kundeadministrator</translation>
    </message>
    <message>
        <source>Set in the server configuration</source>
        <translation>Fastsat i serverens konfiguration</translation>
    </message>
    <message>
        <source>Staff access is managed by the service provider</source>
        <translation>Medarbejderes adgang styres af serviceleverandøren</translation>
    </message>
    <message>
        <source>Only the account&apos;s customer admin can change this</source>
        <translation>Kun virksomhedens kundeadministrator kan ændre dette</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column of the members table: the member&apos;s name</extracomment>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokationer</translation>
    </message>
</context>
<context>
    <name>caseport::client::OutboxModel</name>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>An outbox item: a message added to a case</extracomment>
        <translation>Opdatering</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>An outbox item: a change of a case&apos;s fields or status</extracomment>
        <translation>Redigering</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent (tried %n time(s))</source>
        <extracomment>%n is how many times sending failed so far</extracomment>
        <translation>
            <numerusform>Venter på at blive sendt (forsøgt %n gang)</numerusform>
            <numerusform>Venter på at blive sendt (forsøgt %n gange)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Venter på at blive sendt</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Afvist: %1</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Afvist af serveren</translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile</source>
        <translation>En anden har ændret sagen i mellemtiden</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Outbox column: what kind of change</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>Outbox column: when the change was saved locally</extracomment>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Refused: the file is larger than the server accepts</source>
        <translation>Afvist: filen er større, end serveren tager imod</translation>
    </message>
    <message>
        <source>Refused: the server does not accept this type of file</source>
        <translation>Afvist: serveren tager ikke imod denne filtype</translation>
    </message>
    <message>
        <source>Refused: you are not allowed to do this</source>
        <translation>Afvist: du har ikke adgang til at gøre dette</translation>
    </message>
    <message>
        <source>Refused: the case is gone or no longer visible to you</source>
        <translation>Afvist: sagen findes ikke længere, eller du kan ikke længere se den</translation>
    </message>
    <message>
        <source>Paused — Send now to resume</source>
        <extracomment>An upload the user cancelled; &quot;Send now&quot; is the Outbox&apos;s button</extracomment>
        <translation>Sat på pause – vælg Send nu for at fortsætte</translation>
    </message>
    <message>
        <source>Shared file</source>
        <extracomment>An outbox item: a file shared with the company (the Files page)</extracomment>
        <translation>Delt fil</translation>
    </message>
    <message>
        <source>Removed file</source>
        <extracomment>An outbox item: a shared file being removed (the Files page)</extracomment>
        <translation>Fjernet fil</translation>
    </message>
    <message>
        <source>Refused: the company is no longer visible to you</source>
        <translation>Afvist: du kan ikke længere se virksomheden</translation>
    </message>
</context>
</TS>
