<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccessText</name>
    <message>
        <source>Full</source>
        <extracomment>Access level on a product: create cases and see all the account&apos;s cases</extracomment>
        <translation>Full</translation>
    </message>
    <message>
        <source>Limited</source>
        <extracomment>Access level on a product: create cases and see only one&apos;s own</extracomment>
        <translation>Begränsad</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Access level on a product: no access</extracomment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Create cases and see all of the account&apos;s cases on this product</source>
        <translation>Skapa ärenden och se alla företagets ärenden om den här produkten</translation>
    </message>
    <message>
        <source>Create cases and see your own cases on this product</source>
        <translation>Skapa ärenden och se dina egna ärenden om den här produkten</translation>
    </message>
    <message>
        <source>No access to this product</source>
        <translation>Ingen åtkomst till den här produkten</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The server address is not valid. Write it like http://server.example:8080.</source>
        <translation>Serveradressen är inte giltig. Skriv den så här: http://server.example:8080.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the spelling of the address.</source>
        <translation>Servernamnet hittades inte. Kontrollera att adressen är rättstavad.</translation>
    </message>
    <message>
        <source>No server answers at this address. Is caseportd running and the port right?</source>
        <translation>Ingen server svarar på den här adressen. Körs caseportd, och är porten rätt?</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network and try again.</source>
        <translation>Servern svarade inte i tid. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>A secure connection could not be made: the server&apos;s certificate is not trusted.</source>
        <translation>Det gick inte att upprätta en säker anslutning: serverns certifikat är inte betrott.</translation>
    </message>
    <message>
        <source>Something answers at this address, but it is not a Caseport server. Check the address and the port.</source>
        <translation>Något svarar på den här adressen, men det är ingen Caseport-server. Kontrollera adressen och porten.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>E-postadressen eller lösenordet är fel.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Din session har gått ut. Logga in igen.</translation>
    </message>
    <message>
        <source>The server ran into a problem (error %1). Try again later or contact your administrator.</source>
        <extracomment>%1 is the HTTP status code, e.g. 500</extracomment>
        <translation>Ett problem uppstod på servern (fel %1). Försök igen senare eller kontakta din administratör.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and try again.</source>
        <translation>Anslutningen till servern misslyckades. Kontrollera nätverket och försök igen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the server.</source>
        <translation>Något gick fel i kommunikationen med servern.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>För många försök. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>You do not have access to create cases on this product.</source>
        <translation>Du har inte behörighet att skapa ärenden för den här produkten.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>Du har inte behörighet till detta.</translation>
    </message>
    <message>
        <source>What you sent is too large for the server.</source>
        <translation>Det du skickade är för stort för servern.</translation>
    </message>
    <message>
        <source>The server did not accept the field &quot;%1&quot;. Check it and try again.</source>
        <extracomment>%1 is the name of a form field, e.g. &quot;Subject&quot;</extracomment>
        <translation>Servern godtog inte fältet ”%1”. Kontrollera det och försök igen.</translation>
    </message>
    <message>
        <source>The server did not accept what was entered. Check the fields and try again.</source>
        <translation>Servern godtog inte det du angav. Kontrollera fälten och försök igen.</translation>
    </message>
    <message>
        <source>The server does not know this item (any more).</source>
        <translation>Servern känner inte (längre) till det här objektet.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <extracomment>%1 is the HTTP status code, e.g. 400</extracomment>
        <translation>Servern avvisade begäran (fel %1).</translation>
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
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>This server speaks a different version of the Caseport protocol. Update Caseport or ask your administrator which version to use.</source>
        <translation>Servern använder en annan version av Caseport-protokollet. Uppdatera Caseport eller fråga din administratör vilken version du ska använda.</translation>
    </message>
    <message>
        <source>The local copy of your cases could not be saved on this computer. Check that the disk is not full, then restart Caseport.</source>
        <translation>Den lokala kopian av dina ärenden kunde inte sparas på den här datorn. Kontrollera att disken inte är full och starta sedan om Caseport.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used, so the cases could not be brought up to date. Try again later or contact your administrator.</source>
        <translation>Serverns svar kunde inte användas, så ärendena kunde inte uppdateras. Försök igen senare eller kontakta din administratör.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>You are offline. The members show when the connection is back; then choose Reload.</source>
        <translation>Du är offline. Medlemmarna visas när anslutningen är tillbaka; välj då Läs in igen.</translation>
    </message>
    <message>
        <source>Only the account&apos;s customer admin can see and change its members.</source>
        <translation>Bara företagets kundadministratör kan se och ändra dess medlemmar.</translation>
    </message>
    <message>
        <source>This account was not found, or you are no longer a member of it.</source>
        <translation>Företaget hittades inte, eller så är du inte längre medlem i det.</translation>
    </message>
    <message>
        <source>%1: not saved, you are offline. Your change is kept; save again when the connection is back.</source>
        <extracomment>%1 is a member&apos;s name</extracomment>
        <translation>%1: inte sparat, du är offline. Din ändring finns kvar; spara igen när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>%1: the level for %2 is set in the server configuration and cannot be changed here.</source>
        <extracomment>%1 is a member&apos;s name, %2 a product&apos;s name</extracomment>
        <translation>%1: nivån för %2 är satt i serverns konfiguration och kan inte ändras här.</translation>
    </message>
    <message>
        <source>%1: you are not allowed to change this member&apos;s access.</source>
        <translation>%1: du får inte ändra den här medlemmens åtkomst.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of this account. Choose Reload to see the current members.</source>
        <translation>%1 är inte längre medlem i det här företaget. Välj Läs in igen för att se de nuvarande medlemmarna.</translation>
    </message>
    <message>
        <source>%1: the server does not know the product %2.</source>
        <extracomment>%1 is a member&apos;s name, %2 a product&apos;s id or name</extracomment>
        <translation>%1: servern känner inte till produkten %2.</translation>
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
        <translation>Spara fil</translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation>Filen kunde inte sparas som %1.</translation>
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
        <translation>Varning</translation>
    </message>
    <message>
        <source>Outage</source>
        <extracomment>Severity of an operational notice: a service is down</extracomment>
        <translation>Driftstörning</translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <extracomment>When a notice applies: %1 and %2 are date and time</extracomment>
        <translation>Från %1 till %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Fram till %1</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alla produkter</translation>
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
        <translation>Det du får se och göra i Caseport. Din administratör bestämmer det; fråga hen om något saknas.</translation>
    </message>
    <message>
        <source>Staff — sees every case</source>
        <translation>Personal — ser alla ärenden</translation>
    </message>
    <message>
        <source>As a member of the service provider&apos;s staff you see and answer the cases of every account.</source>
        <translation>Som personal hos tjänsteleverantören ser och besvarar du ärendena från alla företag.</translation>
    </message>
    <message>
        <source>Your access shows once Caseport has talked to the server.</source>
        <translation>Din åtkomst visas när Caseport har haft kontakt med servern.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Heading of one account in &quot;Your access&quot;; %1 is its name, %2 its organisation number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Platser:</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>In &quot;Your access&quot;: the member is not limited to particular sites</extracomment>
        <translation>Alla platser</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Customer admin — you manage the access of this account&apos;s members under Members in the sidebar</source>
        <translation>Kundadministratör — du hanterar åtkomsten för företagets medlemmar under Medlemmar i sidopanelen</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountFilesPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>Files of %1</source>
        <extracomment>Title of the Files page; %1 is the company (account)</extracomment>
        <translation>Filer för %1</translation>
    </message>
    <message>
        <source>No files here yet.</source>
        <translation>Här finns inga filer än.</translation>
    </message>
    <message>
        <source>No files shared with %1 yet.</source>
        <extracomment>%1 is the company (account)</extracomment>
        <translation>Inga filer har delats med %1 än.</translation>
    </message>
    <message>
        <source>Share files with everyone in %1 who may see them</source>
        <translation>Dela filer med alla i %1 som får se dem</translation>
    </message>
    <message>
        <source>Share files with %1</source>
        <translation>Dela filer med %1</translation>
    </message>
    <message>
        <source>Choose one of your objects under Show to add files to it</source>
        <translation>Välj ett av dina objekt under Visa för att lägga till filer i det</translation>
    </message>
    <message>
        <source>Your access lets you read these files, not add any</source>
        <translation>Med din åtkomst kan du läsa de här filerna men inte lägga till några</translation>
    </message>
    <message>
        <source>Only the one who added a file or a customer admin can remove it</source>
        <translation>Bara den som lade till en fil eller en kundadministratör kan ta bort den</translation>
    </message>
    <message>
        <source>Not added (not a file, or it cannot be read): %1</source>
        <extracomment>%1 lists files or folders that were dropped or picked</extracomment>
        <translation>Lades inte till (inte en fil, eller går inte att läsa): %1</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Lägg till filer</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Ta bort fil</translation>
    </message>
    <message>
        <source>Remove %1 for everyone in %2? It cannot be opened here afterwards.</source>
        <translation>Vill du ta bort %1 för alla i %2? Den kan inte öppnas här efteråt.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountPickerDialog</name>
    <message>
        <source>Select account</source>
        <translation>Välj företag</translation>
    </message>
    <message>
        <source>You have access to several accounts. Choose the one you want to work in. Caseport remembers your choice; you can switch at any time with the account button in the toolbar.</source>
        <translation>Du har åtkomst till flera företag. Välj det du vill arbeta i. Caseport kommer ihåg ditt val; du kan byta när som helst med företagsknappen i verktygsfältet.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Button in the account picker: work in the selected account</extracomment>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountSwitcher</name>
    <message>
        <source>Select account — you are working in %1 (Ctrl+Shift+A)</source>
        <extracomment>Tooltip of the toolbar&apos;s account button; %1 is the account in use</extracomment>
        <translation>Välj företag — du arbetar i %1 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Select &amp;account…</source>
        <translation>Välj &amp;företag…</translation>
    </message>
</context>
<context>
    <name>caseport::app::AnswerPanel</name>
    <message>
        <source>Your question</source>
        <extracomment>Heading above a closed case&apos;s description</extracomment>
        <translation>Din fråga</translation>
    </message>
    <message>
        <source>Our answer</source>
        <extracomment>Heading above the resolution staff wrote when closing the case</extracomment>
        <translation>Vårt svar</translation>
    </message>
    <message>
        <source>The case was closed without a written answer; see the conversation.</source>
        <translation>Ärendet stängdes utan ett skriftligt svar; se konversationen.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AppController</name>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Din session har gått ut. Logga in igen.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AttachmentListWidget</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lägg till fi&amp;ler…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation>eller släpp filer här</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A chosen file: %1 its name, %2 its size (e.g. 1.2 MB)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseEditDialog</name>
    <message>
        <source>Edit case %1</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Redigera ärende %1</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>Sva&amp;r:</translation>
    </message>
    <message>
        <source>The resolution, shown with the question once the case is closed</source>
        <translation>Lösningen, som visas tillsammans med frågan när ärendet har stängts</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Ä&amp;mne:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Write a short subject.</source>
        <translation>Skriv ett kort ämne.</translation>
    </message>
    <message>
        <source>Something in the form is not right.</source>
        <translation>Något i formuläret stämmer inte.</translation>
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
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Describe your question or problem. We answer as soon as we can, and you can follow the case in the case list.</source>
        <translation>Beskriv din fråga eller ditt problem. Vi svarar så snart vi kan, och du kan följa ärendet i ärendelistan.</translation>
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
        <translation>Ä&amp;mne:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>A short summary, e.g. &quot;Holiday pay missing on the payslip&quot;</source>
        <translation>En kort sammanfattning, t.ex. ”Semesterersättning saknas på lönespecifikationen”</translation>
    </message>
    <message>
        <source>What happened, what did you expect, and which employees, periods or documents are involved?</source>
        <translation>Vad hände, vad förväntade du dig, och vilka medarbetare, perioder eller dokument gäller det?</translation>
    </message>
    <message>
        <source>P&amp;rivate</source>
        <extracomment>Check box on the case form; the case is hidden from colleagues</extracomment>
        <translation>P&amp;rivat</translation>
    </message>
    <message>
        <source>Only you and staff can see this case</source>
        <translation>Endast du och supportpersonalen kan se det här ärendet</translation>
    </message>
    <message>
        <source>Required field</source>
        <extracomment>Legend under the case form; the red star is added in front</extracomment>
        <translation>Obligatoriskt fält</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <extracomment>Button that sends the new case; Ctrl+Enter does the same</extracomment>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Send the case (Ctrl+Enter)</source>
        <translation>Skicka ärendet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <extracomment>First entry of the product list: nothing chosen yet</extracomment>
        <translation>Välj en produkt…</translation>
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
        <translation>Välj den produkt som ärendet gäller.</translation>
    </message>
    <message>
        <source>This product is not available to you.</source>
        <translation>Du har inte tillgång till den här produkten.</translation>
    </message>
    <message>
        <source>Choose one of the product&apos;s categories.</source>
        <translation>Välj en av produktens kategorier.</translation>
    </message>
    <message numerus="yes">
        <source>The subject is too long: at most %Ln characters.</source>
        <translation>
            <numerusform>Ämnet är för långt: högst %Ln tecken.</numerusform>
            <numerusform>Ämnet är för långt: högst %Ln tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a short subject.</source>
        <translation>Skriv ett kort ämne.</translation>
    </message>
    <message numerus="yes">
        <source>The description is too long: at most %Ln characters.</source>
        <translation>
            <numerusform>Beskrivningen är för lång: högst %Ln tecken.</numerusform>
            <numerusform>Beskrivningen är för lång: högst %Ln tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an account in the main window first.</source>
        <translation>Välj först ett företag i huvudfönstret.</translation>
    </message>
    <message>
        <source>Something in the form is not right.</source>
        <translation>Något i formuläret stämmer inte.</translation>
    </message>
    <message>
        <source>You cannot create cases in this account. Ask your administrator for access.</source>
        <translation>Du kan inte skapa ärenden för det här företaget. Be din administratör om behörighet.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Submit button text while the case is being sent</extracomment>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Fortsätt skriva</translation>
    </message>
    <message>
        <source>The site, installation or asset the case is about</source>
        <translation>Den plats, anläggning eller tillgång som ärendet gäller</translation>
    </message>
    <message>
        <source>A private case is hidden from your colleagues, even those with full access to the product. Only you and the service provider&apos;s staff can see it.</source>
        <translation>Ett privat ärende är dolt för dina kolleger, även för dem med full åtkomst till produkten. Bara du och tjänsteleverantörens personal kan se det.</translation>
    </message>
    <message>
        <source>Choose a site…</source>
        <extracomment>First entry of the site list when a site must be chosen</extracomment>
        <translation>Välj en plats…</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <extracomment>Label of the case form&apos;s object field: the site, installation or asset the case is about</extracomment>
        <translation>Pla&amp;ts:</translation>
    </message>
    <message>
        <source>Choose the site your case is about.</source>
        <translation>Välj den plats som ditt ärende gäller.</translation>
    </message>
    <message>
        <source>You cannot file cases about this site.</source>
        <translation>Du kan inte skapa ärenden om den här platsen.</translation>
    </message>
    <message>
        <source>Files:</source>
        <extracomment>Label of the case form&apos;s list of attached files</extracomment>
        <translation>Filer:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the form; what was typed stays in Drafts</extracomment>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the form; the case waits in Drafts</source>
        <translation>Stäng formuläret; ärendet väntar i Utkast</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <extracomment>Deletes the unsent case</extracomment>
        <translation>&amp;Förkasta</translation>
    </message>
    <message>
        <source>Delete this case without sending it</source>
        <translation>Ta bort det här ärendet utan att skicka det</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Förkasta det här ärendet?</translation>
    </message>
    <message>
        <source>The case has not been sent. Delete what you wrote?</source>
        <translation>Ärendet har inte skickats. Vill du ta bort det du har skrivit?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Register phone call</source>
        <extracomment>Window title of the case form when staff register a customer&apos;s phone call</extracomment>
        <translation>Registrera telefonsamtal</translation>
    </message>
    <message>
        <source>File the case for the customer who called: choose the account and the caller, then note what they asked. They see the case in their list as their own, marked as a phone call.</source>
        <translation>Skapa ärendet åt kunden som ringde: välj företaget och uppringaren och skriv sedan vad hen frågade om. Hen ser ärendet i sin ärendelista som sitt eget, markerat som ett telefonsamtal.</translation>
    </message>
    <message>
        <source>Only the caller and staff can see this case</source>
        <translation>Endast uppringaren och supportpersonalen kan se det här ärendet</translation>
    </message>
    <message>
        <source>This category needs at least one file: add the document (drag it here or choose Add files).</source>
        <translation>Den här kategorin kräver minst en fil: lägg till dokumentet (dra det hit eller välj Lägg till filer).</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseListPane</name>
    <message>
        <source>No open cases.</source>
        <translation>Inga öppna ärenden.</translation>
    </message>
    <message>
        <source>No cases yet. Create one with New case (Ctrl+N).</source>
        <translation>Det finns inga ärenden ännu. Skapa ett med Skapa ärende (Ctrl+N).</translation>
    </message>
    <message>
        <source>You follow no cases in this account. Cases others add you to as a follower show here.</source>
        <translation>Du följer inga ärenden i det här företaget. Ärenden där andra lägger till dig som följare visas här.</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Inga ärenden matchar de här filtren.</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseView</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation>Välj ett ärende för att se det här.</translation>
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
        <translation>Skapat:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Uppdaterat:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>The person who filed the case</extracomment>
        <translation>Skapat av:</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>A badge on a case only its creator and staff can see</extracomment>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Only you and staff can see this case</source>
        <translation>Endast du och supportpersonalen kan se det här ärendet</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(inget nummer ännu)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>%1 is the user&apos;s own name; the case was filed by them</extracomment>
        <translation>%1 (du)</translation>
    </message>
    <message>
        <source>%1, filed by %2</source>
        <extracomment>%1 is who the case is for, %2 the staff member who filed it for them</extracomment>
        <translation>%1, registrerat av %2</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Button: change the shown case&apos;s subject, description or status</extracomment>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <extracomment>Heading above the posts of a case</extracomment>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>%1 — phone call, registered by %2</source>
        <extracomment>%1 is who the case is for, %2 the staff member who took their call and filed it</extracomment>
        <translation>%1 — telefonsamtal, registrerat av %2</translation>
    </message>
</context>
<context>
    <name>caseport::app::CloseAnswerDialog</name>
    <message>
        <source>Close case %1</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Stäng ärende %1</translation>
    </message>
    <message>
        <source>The case becomes &quot;%1&quot;. Write the answer the customer sees together with the question:</source>
        <extracomment>%1 is the closed state chosen, e.g. &quot;Closed&quot;</extracomment>
        <translation>Ärendet får statusen ”%1”. Skriv svaret som kunden ser tillsammans med frågan:</translation>
    </message>
    <message>
        <source>The resolution, e.g. &quot;The holiday pay was paid out on 25 March.&quot;</source>
        <translation>Lösningen, t.ex. ”Semesterersättningen betalades ut den 25 mars.”</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <extracomment>Button: set the closed state and send the answer</extracomment>
        <translation>Stäng &amp;ärende</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Without an answer the customer sees only that the case is closed.</source>
        <translation>Utan ett svar ser kunden bara att ärendet är stängt.</translation>
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
        <translation>Detta hänvisar till mitt tidigare ärende %1.</translation>
    </message>
    <message>
        <source>New case referring to this one…</source>
        <extracomment>Button on a closed case that can no longer be reopened</extracomment>
        <translation>Nytt ärende med hänvisning till det här…</translation>
    </message>
    <message>
        <source>This case is closed. Sharing an update reopens it, and it is received again.</source>
        <translation>Det här ärendet är stängt. Om du delar en uppdatering återöppnas det och tas emot på nytt.</translation>
    </message>
    <message>
        <source>This case is closed and can no longer be reopened. To follow it up, file a new case that refers to it.</source>
        <translation>Det här ärendet är stängt och kan inte längre återöppnas. Skapa ett nytt ärende som hänvisar till det om du vill följa upp det.</translation>
    </message>
</context>
<context>
    <name>caseport::app::ConflictDialog</name>
    <message>
        <source>Case %1 was changed meanwhile</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Ärende %1 har ändrats under tiden</translation>
    </message>
    <message>
        <source>Someone changed this case after you opened it. Choose, field by field, whether your change or the version on the server should stay.</source>
        <translation>Någon annan har ändrat ärendet efter att du öppnade det. Välj, fält för fält, om din ändring eller versionen på servern ska behållas.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Din ändring</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>På servern nu</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;mina</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Ta &amp;deras</translation>
    </message>
    <message>
        <source>&amp;Use my choices</source>
        <translation>&amp;Använd mina val</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Bestäm &amp;senare</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
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
        <translation>Tilldelad</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Följare</translation>
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
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>caseport::app::DraftsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>Title of the Drafts page</extracomment>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Cases you started and have not sent. They are saved as you type, also without a connection, and wait here until you send or discard them.</source>
        <translation>Ärenden som du har påbörjat men inte skickat. De sparas medan du skriver, även utan anslutning, och väntar här tills du skickar eller förkastar dem.</translation>
    </message>
    <message>
        <source>No drafts. A case you start writing is kept here until you send it.</source>
        <translation>Inga utkast. Ett ärende som du börjar skriva sparas här tills du skickar det.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Button: continue writing the selected draft</extracomment>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Förkasta…</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Förkasta utkastet?</translation>
    </message>
    <message>
        <source>Delete “%1” without sending it?</source>
        <translation>Vill du ta bort ”%1” utan att skicka det?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll det</translation>
    </message>
</context>
<context>
    <name>caseport::app::FollowerPickerDialog</name>
    <message>
        <source>Add followers</source>
        <extracomment>Window title of the dialog that adds followers to a case</extracomment>
        <translation>Lägg till följare</translation>
    </message>
    <message>
        <source>Search by name or e-mail</source>
        <translation>Sök på namn eller e-postadress</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the people chosen as followers of the case</extracomment>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Loading the people who may follow this case…</source>
        <translation>Hämtar de personer som får följa det här ärendet…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <extracomment>A person in the follower picker: %1 their name, %2 their e-mail</extracomment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(following)</source>
        <extracomment>Added to a person in the follower picker who follows the case already</extracomment>
        <translation>(följer)</translation>
    </message>
    <message>
        <source>Nobody else may follow this case.</source>
        <translation>Ingen annan får följa det här ärendet.</translation>
    </message>
    <message>
        <source>Adding followers needs a connection to the server. Try again when you are online.</source>
        <translation>Det krävs en anslutning till servern för att lägga till följare. Försök igen när du är ansluten.</translation>
    </message>
    <message>
        <source>You may not add followers to this case.</source>
        <translation>Du får inte lägga till följare i det här ärendet.</translation>
    </message>
</context>
<context>
    <name>caseport::app::FollowersWidget</name>
    <message>
        <source>Followers:</source>
        <extracomment>Label before the people who follow a case (they are told of news)</extracomment>
        <translation>Följare:</translation>
    </message>
    <message>
        <source>Nobody follows this case yet.</source>
        <translation>Ingen följer det här ärendet ännu.</translation>
    </message>
    <message>
        <source>Follow</source>
        <extracomment>Button: become a follower of the case (get told of news)</extracomment>
        <translation>Följ</translation>
    </message>
    <message>
        <source>Be told of news on this case</source>
        <translation>Få veta om nyheter i det här ärendet</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <extracomment>Button: stop following the case</extracomment>
        <translation>Sluta följa</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>Button: choose people to add as followers of the case</extracomment>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Add colleagues who should be told of news on this case</source>
        <translation>Lägg till kolleger som ska få veta om nyheter i det här ärendet</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>The user themselves among a case&apos;s followers; %1 their name</extracomment>
        <translation>%1 (du)</translation>
    </message>
    <message>
        <source>Remove %1 from the followers</source>
        <extracomment>Tooltip of the × beside a follower; %1 their name</extracomment>
        <translation>Ta bort %1 från följarna</translation>
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
        <translation>Kryssa i rutan för att fortsätta.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Fyll i det här fältet.</translation>
    </message>
    <message>
        <source>Enter a date, e.g. %1.</source>
        <extracomment>%1 is today&apos;s date in the user&apos;s short date format, as an example</extracomment>
        <translation>Ange ett datum, t.ex. %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Ange ett tal.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Ange ett tal från %1 till %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Ange ett tal som är minst %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Ange ett tal som är högst %1.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Välj ett av alternativen.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Det här värdet är inte giltigt.</translation>
    </message>
</context>
<context>
    <name>caseport::app::LoginDialog</name>
    <message>
        <source>The Caseport server answers.</source>
        <translation>Caseport-servern svarar.</translation>
    </message>
    <message>
        <source>The Caseport server answers (version %1).</source>
        <translation>Caseport-servern svarar (version %1).</translation>
    </message>
    <message>
        <source>Log in to Caseport</source>
        <translation>Logga in i Caseport</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>http://server.example:8080</source>
        <translation>http://server.example:8080</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>namn@foretag.example</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Testar anslutningen…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Loggar in…</translation>
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
        <translation>&lt;h3&gt;Caseport %1&lt;/h3&gt;&lt;p&gt;Skapa supportärenden, följ dem och skriv till vår personal – online eller offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Caseport — %1</source>
        <extracomment>Main window title; %1 is the user&apos;s name</extracomment>
        <translation>Caseport – %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <extracomment>Action: create a new support case</extracomment>
        <translation>&amp;Skapa ärende</translation>
    </message>
    <message>
        <source>Create a new case (Ctrl+N)</source>
        <translation>Skapa ett nytt ärende (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <extracomment>Action: exchange changes with the server now</extracomment>
        <translation>S&amp;ynkronisera</translation>
    </message>
    <message>
        <source>Get the latest changes from the server (F5)</source>
        <translation>Hämta de senaste ändringarna från servern (F5)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Logga ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;About Caseport</source>
        <translation>&amp;Om Caseport</translation>
    </message>
    <message>
        <source>Your case %1 was received.</source>
        <translation>Vi har tagit emot ditt ärende %1.</translation>
    </message>
    <message>
        <source>Case received</source>
        <translation>Ärendet har tagits emot</translation>
    </message>
    <message>
        <source>You can follow it in the case list. We will answer as soon as we can.</source>
        <translation>Du kan följa det i ärendelistan. Vi svarar så snart vi kan.</translation>
    </message>
    <message>
        <source>Your change is saved and being sent.</source>
        <translation>Din ändring har sparats och skickas nu.</translation>
    </message>
    <message>
        <source>Your change is saved in the Outbox and will be sent as soon as there is a connection.</source>
        <translation>Din ändring har sparats i Utkorgen och skickas så snart det finns en anslutning.</translation>
    </message>
    <message>
        <source>The case is saved in the Outbox and will be sent as soon as there is a connection.</source>
        <translation>Ärendet har sparats i Utkorgen och skickas så snart det finns en anslutning.</translation>
    </message>
    <message>
        <source>The case is saved in Drafts.</source>
        <translation>Ärendet har sparats i Utkast.</translation>
    </message>
    <message>
        <source>Write a few words and press Send to add the files to the case.</source>
        <translation>Skriv några ord och tryck på Skicka för att lägga till filerna i ärendet.</translation>
    </message>
    <message>
        <source>%1 is paused in the Outbox. Send now resumes it.</source>
        <extracomment>%1 a file&apos;s name; &quot;Send now&quot; is the Outbox&apos;s button</extracomment>
        <translation>%1 är pausad i Utkorgen. Skicka nu fortsätter överföringen.</translation>
    </message>
    <message>
        <source>Register &amp;phone call…</source>
        <extracomment>Action (staff): file a case for a customer who called</extracomment>
        <translation>Registrera &amp;telefonsamtal…</translation>
    </message>
    <message>
        <source>File a case for a customer who called (Ctrl+Shift+N)</source>
        <translation>Skapa ett ärende åt en kund som har ringt (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>The phone call was registered as case %1.</source>
        <extracomment>%1 is the case number, e.g. CP-2026-000123</extracomment>
        <translation>Telefonsamtalet har registrerats som ärende %1.</translation>
    </message>
</context>
<context>
    <name>caseport::app::MembersPage</name>
    <message>
        <source>Choose which products each member may use. Full: create cases and see all of the account&apos;s cases on the product. Limited: create cases and see their own. None: no access. Double-click a level to change it; changes apply as soon as they are saved.</source>
        <translation>Välj vilka produkter varje medlem får använda. Full: skapa ärenden och se alla företagets ärenden om produkten. Begränsad: skapa ärenden och se sina egna. Ingen: ingen åtkomst. Dubbelklicka på en nivå för att ändra den; ändringar gäller så snart de har sparats.</translation>
    </message>
    <message>
        <source>Locked: set in the server configuration, or staff access managed by the service provider. Point at a level to see why.</source>
        <translation>Låst: satt i serverns konfiguration, eller personalåtkomst som tjänsteleverantören hanterar. Peka på en nivå för att se varför.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <extracomment>Button on the Members page: send the changed levels to the server</extracomment>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Förkasta ändringar</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Heading of the access history on the Members page</extracomment>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Members — %1</source>
        <extracomment>Title of the Members page; %1 is the account&apos;s name</extracomment>
        <translation>Medlemmar — %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Status on the Members page while the changes are sent</extracomment>
        <translation>Sparar…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n member(s) updated.</source>
        <extracomment>Status on the Members page after saving; %n members were changed</extracomment>
        <translation>
            <numerusform>Sparat: %n medlem uppdaterad.</numerusform>
            <numerusform>Sparat: %n medlemmar uppdaterade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseport::app::NoticeBanner</name>
    <message>
        <source>Hide this notice (the Notices page still lists it)</source>
        <translation>Dölj det här meddelandet (sidan Meddelanden visar det fortfarande)</translation>
    </message>
    <message>
        <source>Hide notice</source>
        <translation>Dölj meddelande</translation>
    </message>
</context>
<context>
    <name>caseport::app::NoticesPage</name>
    <message>
        <source>The notice was withdrawn.</source>
        <translation>Meddelandet har dragits tillbaka.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Publish notice…</source>
        <translation>Publicera meddelande…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Dra tillbaka</translation>
    </message>
    <message>
        <source>Take the selected notice down for everyone</source>
        <translation>Ta bort det markerade meddelandet för alla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Upcoming: %1</source>
        <extracomment>A notice that has not started yet; %1 says from when it applies</extracomment>
        <translation>Kommande: %1</translation>
    </message>
    <message>
        <source>There are no notices about your products right now.</source>
        <translation>Det finns inga meddelanden om dina produkter just nu.</translation>
    </message>
    <message>
        <source>Notices from the server&apos;s configuration are changed there by the administrator</source>
        <translation>Meddelanden från serverns konfiguration ändras där av administratören</translation>
    </message>
    <message>
        <source>The notice was published. It shows once Caseport has synced.</source>
        <translation>Meddelandet har publicerats. Det visas när Caseport har synkroniserat.</translation>
    </message>
    <message>
        <source>Withdraw notice</source>
        <translation>Dra tillbaka meddelande</translation>
    </message>
    <message>
        <source>Withdraw this notice for everyone?

%1</source>
        <translation>Vill du dra tillbaka det här meddelandet för alla?

%1</translation>
    </message>
    <message>
        <source>Caseport cannot reach the server, so the notice was not withdrawn. Try again when you are online.</source>
        <translation>Caseport kan inte nå servern, så meddelandet drogs inte tillbaka. Försök igen när du är ansluten.</translation>
    </message>
    <message>
        <source>The notice had already been withdrawn.</source>
        <translation>Meddelandet hade redan dragits tillbaka.</translation>
    </message>
</context>
<context>
    <name>caseport::app::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <extracomment>Title of the Outbox page</extracomment>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>Changes saved on this computer that have not reached the server yet. They are sent by themselves as soon as there is a connection.</source>
        <translation>Ändringar som har sparats på den här datorn men ännu inte har nått servern. De skickas automatiskt så snart det finns en anslutning.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <extracomment>Button: try to send the outbox now</extracomment>
        <translation>&amp;Skicka nu</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <extracomment>Button: take a refused case back into the form to correct it</extracomment>
        <translation>&amp;Rätta…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <extracomment>Button: decide between your change and someone else&apos;s</extracomment>
        <translation>&amp;Lös konflikt…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Förkasta…</translation>
    </message>
    <message>
        <source>Choose Fix… to correct the case and send it again.</source>
        <translation>Välj Rätta… för att rätta ärendet och skicka det igen.</translation>
    </message>
    <message>
        <source>Someone changed this case after you opened it. Choose Resolve… to compare.</source>
        <translation>Någon annan har ändrat ärendet efter att du öppnade det. Välj Lös konflikt… för att jämföra.</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Förkasta den här ändringen?</translation>
    </message>
    <message>
        <source>“%1” will not be sent, and what you wrote in it is deleted.</source>
        <translation>”%1” skickas inte, och det du har skrivit i den tas bort.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
</context>
<context>
    <name>caseport::app::PhoneCallerPicker</name>
    <message>
        <source>Acco&amp;unt:</source>
        <extracomment>Phone call form: the customer company of the caller</extracomment>
        <translation>Företa&amp;g:</translation>
    </message>
    <message>
        <source>Ca&amp;ller:</source>
        <extracomment>Phone call form: the customer user who called</extracomment>
        <translation>&amp;Uppringare:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Load the account&apos;s users again</source>
        <translation>Hämta företagets användare igen</translation>
    </message>
    <message>
        <source>Loading the account&apos;s users…</source>
        <translation>Hämtar företagets användare…</translation>
    </message>
    <message>
        <source>Choose who called…</source>
        <extracomment>First entry of the caller list: nobody chosen yet</extracomment>
        <translation>Välj vem som ringde…</translation>
    </message>
    <message>
        <source>This account has no users who can file cases.</source>
        <translation>Det här företaget har inga användare som kan skapa ärenden.</translation>
    </message>
    <message>
        <source>The account&apos;s users can only be listed online. Choose Reload when the connection is back.</source>
        <translation>Företagets användare kan bara visas med en anslutning. Välj Läs in igen när anslutningen är tillbaka.</translation>
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
        <translation>Vem du kan kontakta och var du kan läsa mer om de produkter du kan skapa ärenden om.</translation>
    </message>
    <message>
        <source>The products show once Caseport has talked to the server.</source>
        <translation>Produkterna visas när Caseport har haft kontakt med servern.</translation>
    </message>
    <message>
        <source>You have no access to any product in this account. Ask your administrator if you need it.</source>
        <translation>Du har inte åtkomst till någon produkt i det här företaget. Fråga din administratör om du behöver det.</translation>
    </message>
    <message>
        <source>Your access:</source>
        <translation>Din åtkomst:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Öppettider:</translation>
    </message>
    <message>
        <source>Guides:</source>
        <translation>Guider:</translation>
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
        <translation>Publicera meddelande</translation>
    </message>
    <message>
        <source>Tick the products the notice is about; none ticked means every product.</source>
        <translation>Markera de produkter som meddelandet gäller; ingen markerad betyder alla produkter.</translation>
    </message>
    <message>
        <source>Starts later:</source>
        <translation>Börjar senare:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Slutar:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Allvarlighetsgrad:</translation>
    </message>
    <message>
        <source>English text (required):</source>
        <translation>Engelsk text (obligatorisk):</translation>
    </message>
    <message>
        <source>Danish text:</source>
        <translation>Dansk text:</translation>
    </message>
    <message>
        <source>Swedish text:</source>
        <translation>Svensk text:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produkter:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Slutet måste ligga efter starten.</translation>
    </message>
    <message>
        <source>Caseport cannot reach the server, so the notice was not published. Try again when you are online; what you wrote is kept.</source>
        <translation>Caseport kan inte nå servern, så meddelandet publicerades inte. Försök igen när du är ansluten; det du har skrivit finns kvar.</translation>
    </message>
    <message>
        <source>The end time is not valid: it must be in the future and after the start.</source>
        <translation>Sluttiden är inte giltig: den måste ligga i framtiden och efter starten.</translation>
    </message>
    <message>
        <source>The English text is required, and each text can be at most 2000 characters.</source>
        <translation>Den engelska texten är obligatorisk, och varje text får vara högst 2000 tecken.</translation>
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
        <translation>Tilldela&amp;d:</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>För&amp;etag:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <extracomment>Staff queue filter label: how long ago the case was filed</extracomment>
        <translation>Å&amp;lder:</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Visa alla ärenden igen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <extracomment>Assignee filter: cases assigned to anyone or nobody</extracomment>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ej tilldelade</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Assignee filter: cases assigned to the user</extracomment>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>Age filter: cases of any age</extracomment>
        <translation>Alla åldrar</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <extracomment>Age filter: cases filed more than %n days ago</extracomment>
        <translation>
            <numerusform>Äldre än %n dag</numerusform>
            <numerusform>Äldre än %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>Status filter: every status</extracomment>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Status filter: every status that is not a closed one</extracomment>
        <translation>Alla öppna</translation>
    </message>
    <message>
        <source>All products</source>
        <extracomment>Product filter: every product</extracomment>
        <translation>Alla produkter</translation>
    </message>
    <message>
        <source>All accounts</source>
        <extracomment>Account filter: every account</extracomment>
        <translation>Alla företag</translation>
    </message>
</context>
<context>
    <name>caseport::app::RelatedFilesWidget</name>
    <message>
        <source>Related files</source>
        <translation>Relaterade filer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>On this computer: opens without a connection</source>
        <translation>På den här datorn: kan öppnas utan anslutning</translation>
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
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>Det nya språket gäller direkt.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <extracomment>The e-mail/name this session is logged in as</extracomment>
        <translation>Inloggad som:</translation>
    </message>
    <message>
        <source>Local copy:</source>
        <translation>Lokal kopia:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Settings tab: language, server, user</extracomment>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Your access</source>
        <extracomment>Settings tab: the user&apos;s access levels per account and product</extracomment>
        <translation>Din åtkomst</translation>
    </message>
</context>
<context>
    <name>caseport::app::ShareUpdateBox</name>
    <message>
        <source>Share an update</source>
        <translation>Dela en uppdatering</translation>
    </message>
    <message>
        <source>Write to the people on this case… (Ctrl+Enter sends)</source>
        <translation>Skriv till ärendets deltagare… (Ctrl+Enter skickar)</translation>
    </message>
    <message>
        <source>&amp;Internal note</source>
        <extracomment>Check box: the post is seen by staff only</extracomment>
        <translation>&amp;Intern anteckning</translation>
    </message>
    <message>
        <source>Only staff see internal notes; the customer never receives them</source>
        <translation>Bara personalen ser interna anteckningar; kunden får dem aldrig</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <extracomment>Button: send the update</extracomment>
        <translation>S&amp;kicka</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <extracomment>File name of a screenshot pasted into an update; %1 date and time</extracomment>
        <translation>Skärmbild %1.png</translation>
    </message>
</context>
<context>
    <name>caseport::app::SidebarWidget</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Heading above the list of case views (All cases, Open, Followed)</extracomment>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A case view: cases that are not closed</extracomment>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Followed</source>
        <extracomment>A case view: cases the user was added to as a follower</extracomment>
        <translation>Följda</translation>
    </message>
    <message>
        <source>Cases you follow: you were added to them as a follower</source>
        <translation>Ärenden du följer: du har lagts till som följare</translation>
    </message>
    <message>
        <source>Support and access</source>
        <extracomment>Heading above Products (and Members) in the sidebar</extracomment>
        <translation>Support och åtkomst</translation>
    </message>
    <message>
        <source>Products</source>
        <extracomment>Sidebar entry: support contacts and guides of the account&apos;s products</extracomment>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Support contacts, opening hours and guides for your products</source>
        <translation>Supportkontakter, öppettider och guider för dina produkter</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Sidebar entry for customer admins: who in the account has access to which product</extracomment>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Manage which products the members of this account can use</source>
        <translation>Hantera vilka produkter företagets medlemmar kan använda</translation>
    </message>
    <message>
        <source>Cases you started and have not sent</source>
        <translation>Ärenden som du har påbörjat men inte skickat</translation>
    </message>
    <message>
        <source>Changes waiting to be sent to the server</source>
        <translation>Ändringar som väntar på att skickas till servern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A sidebar entry with a count, e.g. &quot;Drafts (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>A case view: cases started and not sent</extracomment>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>A case view: changes waiting to be sent</extracomment>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>Queue</source>
        <extracomment>Heading above the staff queue&apos;s views (cases of every account)</extracomment>
        <translation>Kö</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Staff queue view: open cases nobody is assigned to</extracomment>
        <translation>Ej tilldelade</translation>
    </message>
    <message>
        <source>Open cases of every account that nobody is assigned to</source>
        <translation>Öppna ärenden från alla företag som ingen är tilldelad</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Staff queue view: open cases assigned to the user</extracomment>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Open cases assigned to you</source>
        <translation>Öppna ärenden som är tilldelade dig</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Staff queue view: every open case of every account</extracomment>
        <translation>Alla öppna</translation>
    </message>
    <message>
        <source>Open cases of every account</source>
        <translation>Öppna ärenden från alla företag</translation>
    </message>
    <message>
        <source>Notices</source>
        <extracomment>Sidebar entry: operational notices (planned downtime, deadlines) about the user&apos;s products</extracomment>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Operational notices about your products: outages, deadlines, changes</source>
        <translation>Driftmeddelanden om dina produkter: driftstörningar, tidsfrister, ändringar</translation>
    </message>
    <message>
        <source>Files</source>
        <extracomment>Sidebar entry: files shared with the company (account) or one of its sites</extracomment>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Files shared with your company or one of its sites</source>
        <translation>Filer som har delats med ditt företag eller en av dess platser</translation>
    </message>
</context>
<context>
    <name>caseport::app::StaffCaseBar</name>
    <message>
        <source>Assign to &amp;me</source>
        <extracomment>Button on a case (staff): assign the case to oneself</extracomment>
        <translation>Tilldela &amp;mig</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <extracomment>Button with a menu of colleagues to assign the case to</extracomment>
        <translation>&amp;Tilldela…</translation>
    </message>
    <message>
        <source>Assign the case to a colleague</source>
        <translation>Tilldela ärendet till en kollega</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <extracomment>Button with a menu of the statuses the case may move to</extracomment>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Change the status; closing asks for the answer</source>
        <translation>Ändra status; när ärendet stängs ombeds du skriva svaret</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Shown on a case nobody is assigned to (staff)</extracomment>
        <translation>Ej tilldelat</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <extracomment>The case is assigned to the user looking at it</extracomment>
        <translation>Tilldelat dig</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <extracomment>%1 is the name of the staff member the case is assigned to</extracomment>
        <translation>Tilldelat %1</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <extracomment>Menu entry: the case is assigned to nobody</extracomment>
        <translation>Ingen (ta bort tilldelning)</translation>
    </message>
    <message>
        <source>%1 (with answer)…</source>
        <extracomment>A status menu entry that asks for the answer first; %1 is e.g. &quot;Closed&quot;</extracomment>
        <translation>%1 (med svar)…</translation>
    </message>
    <message>
        <source>No other status possible</source>
        <extracomment>Status menu when the workflow offers no move from the current status</extracomment>
        <translation>Ingen annan status möjlig</translation>
    </message>
</context>
<context>
    <name>caseport::app::SyncStatusWidget</name>
    <message>
        <source>%1 of about %2 changes</source>
        <extracomment>Tooltip of the progress bar during a long sync; %1 and %2 are numbers of changes</extracomment>
        <translation>%1 av cirka %2 ändringar</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkroniseringen misslyckades</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>%1 is a date and time in the user&apos;s locale format</extracomment>
        <translation>Senast synkroniserad: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkroniserad ännu</translation>
    </message>
    <message>
        <source>● Online</source>
        <extracomment>Connection state in the status bar</extracomment>
        <translation>● Ansluten</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Frånkopplad</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Ansluten till %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can still read the cases stored on this computer.</source>
        <translation>Servern kan inte nås. Du kan fortfarande läsa de ärenden som finns sparade på den här datorn.</translation>
    </message>
    <message>
        <source>Sending %1… %2 %</source>
        <extracomment>Status bar while a file is uploaded; %1 the file name, %2 the percentage</extracomment>
        <translation>Skickar %1… %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <extracomment>Status bar: changes in the outbox; %n is how many</extracomment>
        <translation>
            <numerusform>%n ändring väntar på att skickas</numerusform>
            <numerusform>%n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer; see the Outbox</source>
        <translation>Sparat på den här datorn; se Utkorgen</translation>
    </message>
</context>
<context>
    <name>caseport::app::ThreadView</name>
    <message>
        <source>Internal note — staff only</source>
        <extracomment>A label on a staff-only note in the case&apos;s conversation</extracomment>
        <translation>Intern anteckning — bara personalen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A file attached to a post; %1 its name, %2 its size</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Shown instead of a time on a post that is still in the outbox</extracomment>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Not sent — see the Outbox</source>
        <translation>Inte skickat — se Utkorgen</translation>
    </message>
    <message>
        <source>No updates yet.</source>
        <translation>Inga uppdateringar ännu.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Ingen beskrivning.</translation>
    </message>
</context>
<context>
    <name>caseport::app::TransfersWidget</name>
    <message>
        <source>Sending %1</source>
        <extracomment>In the status bar while a file is uploaded; %1 the file&apos;s name</extracomment>
        <translation>Skickar %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button beside an upload&apos;s progress bar: stop it (it can be resumed later)</extracomment>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop sending this file. It waits in the Outbox; Send now resumes it.</source>
        <translation>Stoppa överföringen av den här filen. Den väntar i Utkorgen; Skicka nu fortsätter överföringen.</translation>
    </message>
</context>
<context>
    <name>caseport::app::TrayNotifier</name>
    <message>
        <source>New update on %1: %2</source>
        <extracomment>Notification title: %1 the case number, %2 its subject</extracomment>
        <translation>Ny uppdatering i ärende %1: %2</translation>
    </message>
    <message>
        <source>Files were added.</source>
        <translation>Filer har lagts till.</translation>
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
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Changed by</source>
        <extracomment>Column of the access history: who made the change</extracomment>
        <translation>Ändrad av</translation>
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
        <translation>Ändring</translation>
    </message>
</context>
<context>
    <name>caseport::client::AccountFileListModel</name>
    <message>
        <source>Whole account</source>
        <extracomment>A file shared with the whole company, not with one of its sites</extracomment>
        <translation>Hela företaget</translation>
    </message>
    <message>
        <source>Uploading %1 %</source>
        <extracomment>%1 is a percentage, 0 to 100</extracomment>
        <translation>Skickar %1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Files page column: the site/installation a file belongs to, or the whole account</extracomment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Tillagd av</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Files page column: when the file was added (or, while it is sent, how far it is)</extracomment>
        <translation>Tillagd</translation>
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
        <translation>Ämne</translation>
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
        <translation>Uppdaterat</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Column of the staff queue: the customer company of the case</extracomment>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Assignee</source>
        <extracomment>Column of the staff queue: the staff member the case is assigned to</extracomment>
        <translation>Tilldelad</translation>
    </message>
</context>
<context>
    <name>caseport::client::DraftListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(inget ämne)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>Drafts column: when the draft was last saved</extracomment>
        <translation>Sparad</translation>
    </message>
</context>
<context>
    <name>caseport::client::MemberTableModel</name>
    <message>
        <source>All sites</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Customer admin</source>
        <translation>Kundadministratör</translation>
    </message>
    <message>
        <source>Set in the server configuration</source>
        <translation>Satt i serverns konfiguration</translation>
    </message>
    <message>
        <source>Staff access is managed by the service provider</source>
        <translation>Personalens åtkomst hanteras av tjänsteleverantören</translation>
    </message>
    <message>
        <source>Only the account&apos;s customer admin can change this</source>
        <translation>Bara företagets kundadministratör kan ändra detta</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column of the members table: the member&apos;s name</extracomment>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Platser</translation>
    </message>
</context>
<context>
    <name>caseport::client::OutboxModel</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>An outbox item: a message added to a case</extracomment>
        <translation>Uppdatering</translation>
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
            <numerusform>Väntar på att skickas (försökt %n gång)</numerusform>
            <numerusform>Väntar på att skickas (försökt %n gånger)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Väntar på att skickas</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Avvisad: %1</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Avvisad av servern</translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile</source>
        <translation>Någon annan har ändrat ärendet under tiden</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Outbox column: what kind of change</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>Outbox column: when the change was saved locally</extracomment>
        <translation>Sparad</translation>
    </message>
    <message>
        <source>Refused: the file is larger than the server accepts</source>
        <translation>Avvisad: filen är större än servern tar emot</translation>
    </message>
    <message>
        <source>Refused: the server does not accept this type of file</source>
        <translation>Avvisad: servern tar inte emot den här filtypen</translation>
    </message>
    <message>
        <source>Refused: you are not allowed to do this</source>
        <translation>Avvisad: du har inte behörighet att göra detta</translation>
    </message>
    <message>
        <source>Refused: the case is gone or no longer visible to you</source>
        <translation>Avvisad: ärendet finns inte längre eller är inte längre synligt för dig</translation>
    </message>
    <message>
        <source>Paused — Send now to resume</source>
        <extracomment>An upload the user cancelled; &quot;Send now&quot; is the Outbox&apos;s button</extracomment>
        <translation>Pausad – välj Skicka nu för att fortsätta</translation>
    </message>
    <message>
        <source>Shared file</source>
        <extracomment>An outbox item: a file shared with the company (the Files page)</extracomment>
        <translation>Delad fil</translation>
    </message>
    <message>
        <source>Removed file</source>
        <extracomment>An outbox item: a shared file being removed (the Files page)</extracomment>
        <translation>Borttagen fil</translation>
    </message>
    <message>
        <source>Refused: the company is no longer visible to you</source>
        <translation>Avvisad: företaget är inte längre synligt för dig</translation>
    </message>
</context>
</TS>
