<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation>Limited</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Access level on a product: no access</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>Create cases and see all of the account&apos;s cases on this product</source>
        <translation>Create cases and see all of the account&apos;s cases on this product</translation>
    </message>
    <message>
        <source>Create cases and see your own cases on this product</source>
        <translation>Create cases and see your own cases on this product</translation>
    </message>
    <message>
        <source>No access to this product</source>
        <translation>No access to this product</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>The server address is not valid. Write it like http://server.example:8080.</source>
        <translation>The server address is not valid. Write it like http://server.example:8080.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the spelling of the address.</source>
        <translation>The server name could not be found. Check the spelling of the address.</translation>
    </message>
    <message>
        <source>No server answers at this address. Is caseportd running and the port right?</source>
        <translation>No server answers at this address. Is caseportd running and the port right?</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network and try again.</source>
        <translation>The server did not answer in time. Check your network and try again.</translation>
    </message>
    <message>
        <source>A secure connection could not be made: the server&apos;s certificate is not trusted.</source>
        <translation>A secure connection could not be made: the server&apos;s certificate is not trusted.</translation>
    </message>
    <message>
        <source>Something answers at this address, but it is not a Caseport server. Check the address and the port.</source>
        <translation>Something answers at this address, but it is not a Caseport server. Check the address and the port.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>The e-mail or password is not correct.</translation>
    </message>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Your session has expired. Please log in again.</translation>
    </message>
    <message>
        <source>The server ran into a problem (error %1). Try again later or contact your administrator.</source>
        <extracomment>%1 is the HTTP status code, e.g. 500</extracomment>
        <translation>The server ran into a problem (error %1). Try again later or contact your administrator.</translation>
    </message>
    <message>
        <source>The connection to the server failed. Check your network and try again.</source>
        <translation>The connection to the server failed. Check your network and try again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the server.</source>
        <translation>Something went wrong while talking to the server.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Too many attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>You do not have access to create cases on this product.</source>
        <translation>You do not have access to create cases on this product.</translation>
    </message>
    <message>
        <source>You do not have access to this.</source>
        <translation>You do not have access to this.</translation>
    </message>
    <message>
        <source>What you sent is too large for the server.</source>
        <translation>What you sent is too large for the server.</translation>
    </message>
    <message>
        <source>The server did not accept the field &quot;%1&quot;. Check it and try again.</source>
        <extracomment>%1 is the name of a form field, e.g. &quot;Subject&quot;</extracomment>
        <translation>The server did not accept the field &quot;%1&quot;. Check it and try again.</translation>
    </message>
    <message>
        <source>The server did not accept what was entered. Check the fields and try again.</source>
        <translation>The server did not accept what was entered. Check the fields and try again.</translation>
    </message>
    <message>
        <source>The server does not know this item (any more).</source>
        <translation>The server does not know this item (any more).</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <extracomment>%1 is the HTTP status code, e.g. 400</extracomment>
        <translation>The server refused the request (error %1).</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>This server speaks a different version of the Caseport protocol. Update Caseport or ask your administrator which version to use.</source>
        <translation>This server speaks a different version of the Caseport protocol. Update Caseport or ask your administrator which version to use.</translation>
    </message>
    <message>
        <source>The local copy of your cases could not be saved on this computer. Check that the disk is not full, then restart Caseport.</source>
        <translation>The local copy of your cases could not be saved on this computer. Check that the disk is not full, then restart Caseport.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used, so the cases could not be brought up to date. Try again later or contact your administrator.</source>
        <translation>The server&apos;s answer could not be used, so the cases could not be brought up to date. Try again later or contact your administrator.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>You are offline. The members show when the connection is back; then choose Reload.</source>
        <translation>You are offline. The members show when the connection is back; then choose Reload.</translation>
    </message>
    <message>
        <source>Only the account&apos;s customer admin can see and change its members.</source>
        <translation>Only the account&apos;s customer admin can see and change its members.</translation>
    </message>
    <message>
        <source>This account was not found, or you are no longer a member of it.</source>
        <translation>This account was not found, or you are no longer a member of it.</translation>
    </message>
    <message>
        <source>%1: not saved, you are offline. Your change is kept; save again when the connection is back.</source>
        <extracomment>%1 is a member&apos;s name</extracomment>
        <translation>%1: not saved, you are offline. Your change is kept; save again when the connection is back.</translation>
    </message>
    <message>
        <source>%1: the level for %2 is set in the server configuration and cannot be changed here.</source>
        <extracomment>%1 is a member&apos;s name, %2 a product&apos;s name</extracomment>
        <translation>%1: the level for %2 is set in the server configuration and cannot be changed here.</translation>
    </message>
    <message>
        <source>%1: you are not allowed to change this member&apos;s access.</source>
        <translation>%1: you are not allowed to change this member&apos;s access.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of this account. Choose Reload to see the current members.</source>
        <translation>%1 is no longer a member of this account. Choose Reload to see the current members.</translation>
    </message>
    <message>
        <source>%1: the server does not know the product %2.</source>
        <extracomment>%1 is a member&apos;s name, %2 a product&apos;s id or name</extracomment>
        <translation>%1: the server does not know the product %2.</translation>
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
        <translation>Save file</translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation>The file could not be saved as %1.</translation>
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
        <translation>Warning</translation>
    </message>
    <message>
        <source>Outage</source>
        <extracomment>Severity of an operational notice: a service is down</extracomment>
        <translation>Outage</translation>
    </message>
    <message>
        <source>From %1 until %2</source>
        <extracomment>When a notice applies: %1 and %2 are date and time</extracomment>
        <translation>From %1 until %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
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
        <translation>What you may see and do in Caseport. Your administrator decides this; ask them if something is missing.</translation>
    </message>
    <message>
        <source>Staff — sees every case</source>
        <translation>Staff — sees every case</translation>
    </message>
    <message>
        <source>As a member of the service provider&apos;s staff you see and answer the cases of every account.</source>
        <translation>As a member of the service provider&apos;s staff you see and answer the cases of every account.</translation>
    </message>
    <message>
        <source>Your access shows once Caseport has talked to the server.</source>
        <translation>Your access shows once Caseport has talked to the server.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Heading of one account in &quot;Your access&quot;; %1 is its name, %2 its organisation number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites:</translation>
    </message>
    <message>
        <source>All sites</source>
        <extracomment>In &quot;Your access&quot;: the member is not limited to particular sites</extracomment>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Customer admin — you manage the access of this account&apos;s members under Members in the sidebar</source>
        <translation>Customer admin — you manage the access of this account&apos;s members under Members in the sidebar</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountFilesPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <source>Files of %1</source>
        <extracomment>Title of the Files page; %1 is the company (account)</extracomment>
        <translation>Files of %1</translation>
    </message>
    <message>
        <source>No files here yet.</source>
        <translation>No files here yet.</translation>
    </message>
    <message>
        <source>No files shared with %1 yet.</source>
        <extracomment>%1 is the company (account)</extracomment>
        <translation>No files shared with %1 yet.</translation>
    </message>
    <message>
        <source>Share files with everyone in %1 who may see them</source>
        <translation>Share files with everyone in %1 who may see them</translation>
    </message>
    <message>
        <source>Share files with %1</source>
        <translation>Share files with %1</translation>
    </message>
    <message>
        <source>Choose one of your objects under Show to add files to it</source>
        <translation>Choose one of your objects under Show to add files to it</translation>
    </message>
    <message>
        <source>Your access lets you read these files, not add any</source>
        <translation>Your access lets you read these files, not add any</translation>
    </message>
    <message>
        <source>Only the one who added a file or a customer admin can remove it</source>
        <translation>Only the one who added a file or a customer admin can remove it</translation>
    </message>
    <message>
        <source>Not added (not a file, or it cannot be read): %1</source>
        <extracomment>%1 lists files or folders that were dropped or picked</extracomment>
        <translation>Not added (not a file, or it cannot be read): %1</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Remove %1 for everyone in %2? It cannot be opened here afterwards.</source>
        <translation>Remove %1 for everyone in %2? It cannot be opened here afterwards.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountPickerDialog</name>
    <message>
        <source>Select account</source>
        <translation>Select account</translation>
    </message>
    <message>
        <source>You have access to several accounts. Choose the one you want to work in. Caseport remembers your choice; you can switch at any time with the account button in the toolbar.</source>
        <translation>You have access to several accounts. Choose the one you want to work in. Caseport remembers your choice; you can switch at any time with the account button in the toolbar.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Button in the account picker: work in the selected account</extracomment>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>caseport::app::AccountSwitcher</name>
    <message>
        <source>Select account — you are working in %1 (Ctrl+Shift+A)</source>
        <extracomment>Tooltip of the toolbar&apos;s account button; %1 is the account in use</extracomment>
        <translation>Select account — you are working in %1 (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Select &amp;account…</source>
        <translation>Select &amp;account…</translation>
    </message>
</context>
<context>
    <name>caseport::app::AnswerPanel</name>
    <message>
        <source>Your question</source>
        <extracomment>Heading above a closed case&apos;s description</extracomment>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Our answer</source>
        <extracomment>Heading above the resolution staff wrote when closing the case</extracomment>
        <translation>Our answer</translation>
    </message>
    <message>
        <source>The case was closed without a written answer; see the conversation.</source>
        <translation>The case was closed without a written answer; see the conversation.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AppController</name>
    <message>
        <source>Your session has expired. Please log in again.</source>
        <translation>Your session has expired. Please log in again.</translation>
    </message>
</context>
<context>
    <name>caseport::app::AttachmentListWidget</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation>or drop files here</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A chosen file: %1 its name, %2 its size (e.g. 1.2 MB)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseEditDialog</name>
    <message>
        <source>Edit case %1</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Edit case %1</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>The resolution, shown with the question once the case is closed</source>
        <translation>The resolution, shown with the question once the case is closed</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write a short subject.</source>
        <translation>Write a short subject.</translation>
    </message>
    <message>
        <source>Something in the form is not right.</source>
        <translation>Something in the form is not right.</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseFieldsView</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>New case</translation>
    </message>
    <message>
        <source>Describe your question or problem. We answer as soon as we can, and you can follow the case in the case list.</source>
        <translation>Describe your question or problem. We answer as soon as we can, and you can follow the case in the case list.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>A short summary, e.g. &quot;Holiday pay missing on the payslip&quot;</source>
        <translation>A short summary, e.g. &quot;Holiday pay missing on the payslip&quot;</translation>
    </message>
    <message>
        <source>What happened, what did you expect, and which employees, periods or documents are involved?</source>
        <translation>What happened, what did you expect, and which employees, periods or documents are involved?</translation>
    </message>
    <message>
        <source>P&amp;rivate</source>
        <extracomment>Check box on the case form; the case is hidden from colleagues</extracomment>
        <translation>P&amp;rivate</translation>
    </message>
    <message>
        <source>Only you and staff can see this case</source>
        <translation>Only you and staff can see this case</translation>
    </message>
    <message>
        <source>Required field</source>
        <extracomment>Legend under the case form; the red star is added in front</extracomment>
        <translation>Required field</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <extracomment>Button that sends the new case; Ctrl+Enter does the same</extracomment>
        <translation>Su&amp;bmit</translation>
    </message>
    <message>
        <source>Send the case (Ctrl+Enter)</source>
        <translation>Send the case (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <extracomment>First entry of the product list: nothing chosen yet</extracomment>
        <translation>Choose a product…</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Category list entry: no particular category
----------
Site list entry: the case is not about one particular site</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose the product your case is about.</source>
        <translation>Choose the product your case is about.</translation>
    </message>
    <message>
        <source>This product is not available to you.</source>
        <translation>This product is not available to you.</translation>
    </message>
    <message>
        <source>Choose one of the product&apos;s categories.</source>
        <translation>Choose one of the product&apos;s categories.</translation>
    </message>
    <message numerus="yes">
        <source>The subject is too long: at most %Ln characters.</source>
        <translation>
            <numerusform>The subject is too long: at most %Ln character.</numerusform>
            <numerusform>The subject is too long: at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a short subject.</source>
        <translation>Write a short subject.</translation>
    </message>
    <message numerus="yes">
        <source>The description is too long: at most %Ln characters.</source>
        <translation>
            <numerusform>The description is too long: at most %Ln character.</numerusform>
            <numerusform>The description is too long: at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an account in the main window first.</source>
        <translation>Choose an account in the main window first.</translation>
    </message>
    <message>
        <source>Something in the form is not right.</source>
        <translation>Something in the form is not right.</translation>
    </message>
    <message>
        <source>You cannot create cases in this account. Ask your administrator for access.</source>
        <translation>You cannot create cases in this account. Ask your administrator for access.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Submit button text while the case is being sent</extracomment>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Keep writing</translation>
    </message>
    <message>
        <source>The site, installation or asset the case is about</source>
        <translation>The site, installation or asset the case is about</translation>
    </message>
    <message>
        <source>A private case is hidden from your colleagues, even those with full access to the product. Only you and the service provider&apos;s staff can see it.</source>
        <translation>A private case is hidden from your colleagues, even those with full access to the product. Only you and the service provider&apos;s staff can see it.</translation>
    </message>
    <message>
        <source>Choose a site…</source>
        <extracomment>First entry of the site list when a site must be chosen</extracomment>
        <translation>Choose a site…</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <extracomment>Label of the case form&apos;s object field: the site, installation or asset the case is about</extracomment>
        <translation>Si&amp;te:</translation>
    </message>
    <message>
        <source>Choose the site your case is about.</source>
        <translation>Choose the site your case is about.</translation>
    </message>
    <message>
        <source>You cannot file cases about this site.</source>
        <translation>You cannot file cases about this site.</translation>
    </message>
    <message>
        <source>Files:</source>
        <extracomment>Label of the case form&apos;s list of attached files</extracomment>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the form; what was typed stays in Drafts</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the form; the case waits in Drafts</source>
        <translation>Close the form; the case waits in Drafts</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <extracomment>Deletes the unsent case</extracomment>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Delete this case without sending it</source>
        <translation>Delete this case without sending it</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Discard this case?</translation>
    </message>
    <message>
        <source>The case has not been sent. Delete what you wrote?</source>
        <translation>The case has not been sent. Delete what you wrote?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Register phone call</source>
        <extracomment>Window title of the case form when staff register a customer&apos;s phone call</extracomment>
        <translation>Register phone call</translation>
    </message>
    <message>
        <source>File the case for the customer who called: choose the account and the caller, then note what they asked. They see the case in their list as their own, marked as a phone call.</source>
        <translation>File the case for the customer who called: choose the account and the caller, then note what they asked. They see the case in their list as their own, marked as a phone call.</translation>
    </message>
    <message>
        <source>Only the caller and staff can see this case</source>
        <translation>Only the caller and staff can see this case</translation>
    </message>
    <message>
        <source>This category needs at least one file: add the document (drag it here or choose Add files).</source>
        <translation>This category needs at least one file: add the document (drag it here or choose Add files).</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseListPane</name>
    <message>
        <source>No open cases.</source>
        <translation>No open cases.</translation>
    </message>
    <message>
        <source>No cases yet. Create one with New case (Ctrl+N).</source>
        <translation>No cases yet. Create one with New case (Ctrl+N).</translation>
    </message>
    <message>
        <source>You follow no cases in this account. Cases others add you to as a follower show here.</source>
        <translation>You follow no cases in this account. Cases others add you to as a follower show here.</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>No cases match these filters.</translation>
    </message>
</context>
<context>
    <name>caseport::app::CaseView</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation>Select a case to see it here.</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <extracomment>The person who filed the case</extracomment>
        <translation>Created by:</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>A badge on a case only its creator and staff can see</extracomment>
        <translation>Private</translation>
    </message>
    <message>
        <source>Only you and staff can see this case</source>
        <translation>Only you and staff can see this case</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>(no number yet)</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>%1 is the user&apos;s own name; the case was filed by them</extracomment>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>%1, filed by %2</source>
        <extracomment>%1 is who the case is for, %2 the staff member who filed it for them</extracomment>
        <translation>%1, filed by %2</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <extracomment>Button: change the shown case&apos;s subject, description or status</extracomment>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <extracomment>Heading above the posts of a case</extracomment>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>%1 — phone call, registered by %2</source>
        <extracomment>%1 is who the case is for, %2 the staff member who took their call and filed it</extracomment>
        <translation>%1 — phone call, registered by %2</translation>
    </message>
</context>
<context>
    <name>caseport::app::CloseAnswerDialog</name>
    <message>
        <source>Close case %1</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Close case %1</translation>
    </message>
    <message>
        <source>The case becomes &quot;%1&quot;. Write the answer the customer sees together with the question:</source>
        <extracomment>%1 is the closed state chosen, e.g. &quot;Closed&quot;</extracomment>
        <translation>The case becomes &quot;%1&quot;. Write the answer the customer sees together with the question:</translation>
    </message>
    <message>
        <source>The resolution, e.g. &quot;The holiday pay was paid out on 25 March.&quot;</source>
        <translation>The resolution, e.g. &quot;The holiday pay was paid out on 25 March.&quot;</translation>
    </message>
    <message>
        <source>Close &amp;case</source>
        <extracomment>Button: set the closed state and send the answer</extracomment>
        <translation>Close &amp;case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Without an answer the customer sees only that the case is closed.</source>
        <translation>Without an answer the customer sees only that the case is closed.</translation>
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
        <translation>This refers to my earlier case %1.</translation>
    </message>
    <message>
        <source>New case referring to this one…</source>
        <extracomment>Button on a closed case that can no longer be reopened</extracomment>
        <translation>New case referring to this one…</translation>
    </message>
    <message>
        <source>This case is closed. Sharing an update reopens it, and it is received again.</source>
        <translation>This case is closed. Sharing an update reopens it, and it is received again.</translation>
    </message>
    <message>
        <source>This case is closed and can no longer be reopened. To follow it up, file a new case that refers to it.</source>
        <translation>This case is closed and can no longer be reopened. To follow it up, file a new case that refers to it.</translation>
    </message>
</context>
<context>
    <name>caseport::app::ConflictDialog</name>
    <message>
        <source>Case %1 was changed meanwhile</source>
        <extracomment>Window title; %1 is the case number</extracomment>
        <translation>Case %1 was changed meanwhile</translation>
    </message>
    <message>
        <source>Someone changed this case after you opened it. Choose, field by field, whether your change or the version on the server should stay.</source>
        <translation>Someone changed this case after you opened it. Choose, field by field, whether your change or the version on the server should stay.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Your change</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>On the server now</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Use my choices</source>
        <translation>&amp;Use my choices</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Decide &amp;later</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <extracomment>The staff member a case is assigned to</extracomment>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>Shown for a field with no value</extracomment>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>caseport::app::DraftsPage</name>
    <message>
        <source>Drafts</source>
        <extracomment>Title of the Drafts page</extracomment>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Cases you started and have not sent. They are saved as you type, also without a connection, and wait here until you send or discard them.</source>
        <translation>Cases you started and have not sent. They are saved as you type, also without a connection, and wait here until you send or discard them.</translation>
    </message>
    <message>
        <source>No drafts. A case you start writing is kept here until you send it.</source>
        <translation>No drafts. A case you start writing is kept here until you send it.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Button: continue writing the selected draft</extracomment>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>Discard the draft?</translation>
    </message>
    <message>
        <source>Delete “%1” without sending it?</source>
        <translation>Delete “%1” without sending it?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>caseport::app::FollowerPickerDialog</name>
    <message>
        <source>Add followers</source>
        <extracomment>Window title of the dialog that adds followers to a case</extracomment>
        <translation>Add followers</translation>
    </message>
    <message>
        <source>Search by name or e-mail</source>
        <translation>Search by name or e-mail</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the people chosen as followers of the case</extracomment>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Loading the people who may follow this case…</source>
        <translation>Loading the people who may follow this case…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <extracomment>A person in the follower picker: %1 their name, %2 their e-mail</extracomment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>(following)</source>
        <extracomment>Added to a person in the follower picker who follows the case already</extracomment>
        <translation>(following)</translation>
    </message>
    <message>
        <source>Nobody else may follow this case.</source>
        <translation>Nobody else may follow this case.</translation>
    </message>
    <message>
        <source>Adding followers needs a connection to the server. Try again when you are online.</source>
        <translation>Adding followers needs a connection to the server. Try again when you are online.</translation>
    </message>
    <message>
        <source>You may not add followers to this case.</source>
        <translation>You may not add followers to this case.</translation>
    </message>
</context>
<context>
    <name>caseport::app::FollowersWidget</name>
    <message>
        <source>Followers:</source>
        <extracomment>Label before the people who follow a case (they are told of news)</extracomment>
        <translation>Followers:</translation>
    </message>
    <message>
        <source>Nobody follows this case yet.</source>
        <translation>Nobody follows this case yet.</translation>
    </message>
    <message>
        <source>Follow</source>
        <extracomment>Button: become a follower of the case (get told of news)</extracomment>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Be told of news on this case</source>
        <translation>Be told of news on this case</translation>
    </message>
    <message>
        <source>Unfollow</source>
        <extracomment>Button: stop following the case</extracomment>
        <translation>Unfollow</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>Button: choose people to add as followers of the case</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add colleagues who should be told of news on this case</source>
        <translation>Add colleagues who should be told of news on this case</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>The user themselves among a case&apos;s followers; %1 their name</extracomment>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>Remove %1 from the followers</source>
        <extracomment>Tooltip of the × beside a follower; %1 their name</extracomment>
        <translation>Remove %1 from the followers</translation>
    </message>
</context>
<context>
    <name>caseport::app::FormFieldsWidget</name>
    <message>
        <source>(none)</source>
        <extracomment>First entry of a choice field on the case form: nothing chosen</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or %1</source>
        <extracomment>Placeholder of a date field; %1 is today in the user&apos;s short date format</extracomment>
        <translation>YYYY-MM-DD or %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A custom field&apos;s label on the case form; %1 is the label the administrator chose</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Tick this box to go on.</source>
        <translation>Tick this box to go on.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Fill in this field.</translation>
    </message>
    <message>
        <source>Enter a date, e.g. %1.</source>
        <extracomment>%1 is today&apos;s date in the user&apos;s short date format, as an example</extracomment>
        <translation>Enter a date, e.g. %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Enter a number.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Enter a number of at least %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Enter a number of at most %1.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
</context>
<context>
    <name>caseport::app::LoginDialog</name>
    <message>
        <source>The Caseport server answers.</source>
        <translation>The Caseport server answers.</translation>
    </message>
    <message>
        <source>The Caseport server answers (version %1).</source>
        <translation>The Caseport server answers (version %1).</translation>
    </message>
    <message>
        <source>Log in to Caseport</source>
        <translation>Log in to Caseport</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Check connection</translation>
    </message>
    <message>
        <source>http://server.example:8080</source>
        <translation>http://server.example:8080</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@company.example</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Checking the connection…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>caseport::app::MainWindow</name>
    <message>
        <source>About Caseport</source>
        <translation>About Caseport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Caseport %1&lt;/h3&gt;&lt;p&gt;File support cases, follow them and talk with our staff — online or offline.&lt;/p&gt;</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>&lt;h3&gt;Caseport %1&lt;/h3&gt;&lt;p&gt;File support cases, follow them and talk with our staff — online or offline.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Caseport — %1</source>
        <extracomment>Main window title; %1 is the user&apos;s name</extracomment>
        <translation>Caseport — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <extracomment>Action: create a new support case</extracomment>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Create a new case (Ctrl+N)</source>
        <translation>Create a new case (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <extracomment>Action: exchange changes with the server now</extracomment>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Get the latest changes from the server (F5)</source>
        <translation>Get the latest changes from the server (F5)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Caseport</source>
        <translation>&amp;About Caseport</translation>
    </message>
    <message>
        <source>Your case %1 was received.</source>
        <translation>Your case %1 was received.</translation>
    </message>
    <message>
        <source>Case received</source>
        <translation>Case received</translation>
    </message>
    <message>
        <source>You can follow it in the case list. We will answer as soon as we can.</source>
        <translation>You can follow it in the case list. We will answer as soon as we can.</translation>
    </message>
    <message>
        <source>Your change is saved and being sent.</source>
        <translation>Your change is saved and being sent.</translation>
    </message>
    <message>
        <source>Your change is saved in the Outbox and will be sent as soon as there is a connection.</source>
        <translation>Your change is saved in the Outbox and will be sent as soon as there is a connection.</translation>
    </message>
    <message>
        <source>The case is saved in the Outbox and will be sent as soon as there is a connection.</source>
        <translation>The case is saved in the Outbox and will be sent as soon as there is a connection.</translation>
    </message>
    <message>
        <source>The case is saved in Drafts.</source>
        <translation>The case is saved in Drafts.</translation>
    </message>
    <message>
        <source>Write a few words and press Send to add the files to the case.</source>
        <translation>Write a few words and press Send to add the files to the case.</translation>
    </message>
    <message>
        <source>%1 is paused in the Outbox. Send now resumes it.</source>
        <extracomment>%1 a file&apos;s name; &quot;Send now&quot; is the Outbox&apos;s button</extracomment>
        <translation>%1 is paused in the Outbox. Send now resumes it.</translation>
    </message>
    <message>
        <source>Register &amp;phone call…</source>
        <extracomment>Action (staff): file a case for a customer who called</extracomment>
        <translation>Register &amp;phone call…</translation>
    </message>
    <message>
        <source>File a case for a customer who called (Ctrl+Shift+N)</source>
        <translation>File a case for a customer who called (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>The phone call was registered as case %1.</source>
        <extracomment>%1 is the case number, e.g. CP-2026-000123</extracomment>
        <translation>The phone call was registered as case %1.</translation>
    </message>
</context>
<context>
    <name>caseport::app::MembersPage</name>
    <message>
        <source>Choose which products each member may use. Full: create cases and see all of the account&apos;s cases on the product. Limited: create cases and see their own. None: no access. Double-click a level to change it; changes apply as soon as they are saved.</source>
        <translation>Choose which products each member may use. Full: create cases and see all of the account&apos;s cases on the product. Limited: create cases and see their own. None: no access. Double-click a level to change it; changes apply as soon as they are saved.</translation>
    </message>
    <message>
        <source>Locked: set in the server configuration, or staff access managed by the service provider. Point at a level to see why.</source>
        <translation>Locked: set in the server configuration, or staff access managed by the service provider. Point at a level to see why.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <extracomment>Button on the Members page: send the changed levels to the server</extracomment>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>Heading of the access history on the Members page</extracomment>
        <translation>History</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Members — %1</source>
        <extracomment>Title of the Members page; %1 is the account&apos;s name</extracomment>
        <translation>Members — %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Status on the Members page while the changes are sent</extracomment>
        <translation>Saving…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n member(s) updated.</source>
        <extracomment>Status on the Members page after saving; %n members were changed</extracomment>
        <translation>
            <numerusform>Saved: %n member updated.</numerusform>
            <numerusform>Saved: %n members updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseport::app::NoticeBanner</name>
    <message>
        <source>Hide this notice (the Notices page still lists it)</source>
        <translation>Hide this notice (the Notices page still lists it)</translation>
    </message>
    <message>
        <source>Hide notice</source>
        <translation>Hide notice</translation>
    </message>
</context>
<context>
    <name>caseport::app::NoticesPage</name>
    <message>
        <source>The notice was withdrawn.</source>
        <translation>The notice was withdrawn.</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Publish notice…</source>
        <translation>Publish notice…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Take the selected notice down for everyone</source>
        <translation>Take the selected notice down for everyone</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Upcoming: %1</source>
        <extracomment>A notice that has not started yet; %1 says from when it applies</extracomment>
        <translation>Upcoming: %1</translation>
    </message>
    <message>
        <source>There are no notices about your products right now.</source>
        <translation>There are no notices about your products right now.</translation>
    </message>
    <message>
        <source>Notices from the server&apos;s configuration are changed there by the administrator</source>
        <translation>Notices from the server&apos;s configuration are changed there by the administrator</translation>
    </message>
    <message>
        <source>The notice was published. It shows once Caseport has synced.</source>
        <translation>The notice was published. It shows once Caseport has synced.</translation>
    </message>
    <message>
        <source>Withdraw notice</source>
        <translation>Withdraw notice</translation>
    </message>
    <message>
        <source>Withdraw this notice for everyone?

%1</source>
        <translation>Withdraw this notice for everyone?

%1</translation>
    </message>
    <message>
        <source>Caseport cannot reach the server, so the notice was not withdrawn. Try again when you are online.</source>
        <translation>Caseport cannot reach the server, so the notice was not withdrawn. Try again when you are online.</translation>
    </message>
    <message>
        <source>The notice had already been withdrawn.</source>
        <translation>The notice had already been withdrawn.</translation>
    </message>
</context>
<context>
    <name>caseport::app::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <extracomment>Title of the Outbox page</extracomment>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Changes saved on this computer that have not reached the server yet. They are sent by themselves as soon as there is a connection.</source>
        <translation>Changes saved on this computer that have not reached the server yet. They are sent by themselves as soon as there is a connection.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <extracomment>Button: try to send the outbox now</extracomment>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <extracomment>Button: take a refused case back into the form to correct it</extracomment>
        <translation>&amp;Fix…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <extracomment>Button: decide between your change and someone else&apos;s</extracomment>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Choose Fix… to correct the case and send it again.</source>
        <translation>Choose Fix… to correct the case and send it again.</translation>
    </message>
    <message>
        <source>Someone changed this case after you opened it. Choose Resolve… to compare.</source>
        <translation>Someone changed this case after you opened it. Choose Resolve… to compare.</translation>
    </message>
    <message>
        <source>Discard this change?</source>
        <translation>Discard this change?</translation>
    </message>
    <message>
        <source>“%1” will not be sent, and what you wrote in it is deleted.</source>
        <translation>“%1” will not be sent, and what you wrote in it is deleted.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>caseport::app::PhoneCallerPicker</name>
    <message>
        <source>Acco&amp;unt:</source>
        <extracomment>Phone call form: the customer company of the caller</extracomment>
        <translation>Acco&amp;unt:</translation>
    </message>
    <message>
        <source>Ca&amp;ller:</source>
        <extracomment>Phone call form: the customer user who called</extracomment>
        <translation>Ca&amp;ller:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Load the account&apos;s users again</source>
        <translation>Load the account&apos;s users again</translation>
    </message>
    <message>
        <source>Loading the account&apos;s users…</source>
        <translation>Loading the account&apos;s users…</translation>
    </message>
    <message>
        <source>Choose who called…</source>
        <extracomment>First entry of the caller list: nobody chosen yet</extracomment>
        <translation>Choose who called…</translation>
    </message>
    <message>
        <source>This account has no users who can file cases.</source>
        <translation>This account has no users who can file cases.</translation>
    </message>
    <message>
        <source>The account&apos;s users can only be listed online. Choose Reload when the connection is back.</source>
        <translation>The account&apos;s users can only be listed online. Choose Reload when the connection is back.</translation>
    </message>
</context>
<context>
    <name>caseport::app::ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Products — %1</source>
        <extracomment>Title of the Products page; %1 is the account&apos;s name</extracomment>
        <translation>Products — %1</translation>
    </message>
    <message>
        <source>Who to contact and where to read more about the products you can file cases about.</source>
        <translation>Who to contact and where to read more about the products you can file cases about.</translation>
    </message>
    <message>
        <source>The products show once Caseport has talked to the server.</source>
        <translation>The products show once Caseport has talked to the server.</translation>
    </message>
    <message>
        <source>You have no access to any product in this account. Ask your administrator if you need it.</source>
        <translation>You have no access to any product in this account. Ask your administrator if you need it.</translation>
    </message>
    <message>
        <source>Your access:</source>
        <translation>Your access:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>Guides:</source>
        <translation>Guides:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categories:</translation>
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
        <translation>Publish notice</translation>
    </message>
    <message>
        <source>Tick the products the notice is about; none ticked means every product.</source>
        <translation>Tick the products the notice is about; none ticked means every product.</translation>
    </message>
    <message>
        <source>Starts later:</source>
        <translation>Starts later:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>English text (required):</source>
        <translation>English text (required):</translation>
    </message>
    <message>
        <source>Danish text:</source>
        <translation>Danish text:</translation>
    </message>
    <message>
        <source>Swedish text:</source>
        <translation>Swedish text:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Products:</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>The end must come after the start.</translation>
    </message>
    <message>
        <source>Caseport cannot reach the server, so the notice was not published. Try again when you are online; what you wrote is kept.</source>
        <translation>Caseport cannot reach the server, so the notice was not published. Try again when you are online; what you wrote is kept.</translation>
    </message>
    <message>
        <source>The end time is not valid: it must be in the future and after the start.</source>
        <translation>The end time is not valid: it must be in the future and after the start.</translation>
    </message>
    <message>
        <source>The English text is required, and each text can be at most 2000 characters.</source>
        <translation>The English text is required, and each text can be at most 2000 characters.</translation>
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
        <translation>Assi&amp;gned:</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Pro&amp;duct:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>Acc&amp;ount:</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <extracomment>Staff queue filter label: how long ago the case was filed</extracomment>
        <translation>A&amp;ge:</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Show every case again</translation>
    </message>
    <message>
        <source>Anyone</source>
        <extracomment>Assignee filter: cases assigned to anyone or nobody</extracomment>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Assignee filter: cases assigned to the user</extracomment>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Any age</source>
        <extracomment>Age filter: cases of any age</extracomment>
        <translation>Any age</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n day(s)</source>
        <extracomment>Age filter: cases filed more than %n days ago</extracomment>
        <translation>
            <numerusform>Older than %n day</numerusform>
            <numerusform>Older than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <extracomment>Status filter: every status</extracomment>
        <translation>Any status</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Status filter: every status that is not a closed one</extracomment>
        <translation>All open</translation>
    </message>
    <message>
        <source>All products</source>
        <extracomment>Product filter: every product</extracomment>
        <translation>All products</translation>
    </message>
    <message>
        <source>All accounts</source>
        <extracomment>Account filter: every account</extracomment>
        <translation>All accounts</translation>
    </message>
</context>
<context>
    <name>caseport::app::RelatedFilesWidget</name>
    <message>
        <source>Related files</source>
        <translation>Related files</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>On this computer: opens without a connection</source>
        <translation>On this computer: opens without a connection</translation>
    </message>
    <message>
        <source>%1 file</source>
        <extracomment>The type of a file: %1 its usual extension in capitals, e.g. &quot;PDF file&quot;</extracomment>
        <translation>%1 file</translation>
    </message>
</context>
<context>
    <name>caseport::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>The new language applies at once.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Logged in as:</source>
        <extracomment>The e-mail/name this session is logged in as</extracomment>
        <translation>Logged in as:</translation>
    </message>
    <message>
        <source>Local copy:</source>
        <translation>Local copy:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Settings tab: language, server, user</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>Your access</source>
        <extracomment>Settings tab: the user&apos;s access levels per account and product</extracomment>
        <translation>Your access</translation>
    </message>
</context>
<context>
    <name>caseport::app::ShareUpdateBox</name>
    <message>
        <source>Share an update</source>
        <translation>Share an update</translation>
    </message>
    <message>
        <source>Write to the people on this case… (Ctrl+Enter sends)</source>
        <translation>Write to the people on this case… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <source>&amp;Internal note</source>
        <extracomment>Check box: the post is seen by staff only</extracomment>
        <translation>&amp;Internal note</translation>
    </message>
    <message>
        <source>Only staff see internal notes; the customer never receives them</source>
        <translation>Only staff see internal notes; the customer never receives them</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <extracomment>Button: send the update</extracomment>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <extracomment>File name of a screenshot pasted into an update; %1 date and time</extracomment>
        <translation>Screenshot %1.png</translation>
    </message>
</context>
<context>
    <name>caseport::app::SidebarWidget</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Cases</source>
        <extracomment>Heading above the list of case views (All cases, Open, Followed)</extracomment>
        <translation>Cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A case view: cases that are not closed</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Followed</source>
        <extracomment>A case view: cases the user was added to as a follower</extracomment>
        <translation>Followed</translation>
    </message>
    <message>
        <source>Cases you follow: you were added to them as a follower</source>
        <translation>Cases you follow: you were added to them as a follower</translation>
    </message>
    <message>
        <source>Support and access</source>
        <extracomment>Heading above Products (and Members) in the sidebar</extracomment>
        <translation>Support and access</translation>
    </message>
    <message>
        <source>Products</source>
        <extracomment>Sidebar entry: support contacts and guides of the account&apos;s products</extracomment>
        <translation>Products</translation>
    </message>
    <message>
        <source>Support contacts, opening hours and guides for your products</source>
        <translation>Support contacts, opening hours and guides for your products</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Sidebar entry for customer admins: who in the account has access to which product</extracomment>
        <translation>Members</translation>
    </message>
    <message>
        <source>Manage which products the members of this account can use</source>
        <translation>Manage which products the members of this account can use</translation>
    </message>
    <message>
        <source>Cases you started and have not sent</source>
        <translation>Cases you started and have not sent</translation>
    </message>
    <message>
        <source>Changes waiting to be sent to the server</source>
        <translation>Changes waiting to be sent to the server</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A sidebar entry with a count, e.g. &quot;Drafts (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <extracomment>A case view: cases started and not sent</extracomment>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>A case view: changes waiting to be sent</extracomment>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Queue</source>
        <extracomment>Heading above the staff queue&apos;s views (cases of every account)</extracomment>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Staff queue view: open cases nobody is assigned to</extracomment>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Open cases of every account that nobody is assigned to</source>
        <translation>Open cases of every account that nobody is assigned to</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Staff queue view: open cases assigned to the user</extracomment>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Open cases assigned to you</source>
        <translation>Open cases assigned to you</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Staff queue view: every open case of every account</extracomment>
        <translation>All open</translation>
    </message>
    <message>
        <source>Open cases of every account</source>
        <translation>Open cases of every account</translation>
    </message>
    <message>
        <source>Notices</source>
        <extracomment>Sidebar entry: operational notices (planned downtime, deadlines) about the user&apos;s products</extracomment>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Operational notices about your products: outages, deadlines, changes</source>
        <translation>Operational notices about your products: outages, deadlines, changes</translation>
    </message>
    <message>
        <source>Files</source>
        <extracomment>Sidebar entry: files shared with the company (account) or one of its sites</extracomment>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files shared with your company or one of its sites</source>
        <translation>Files shared with your company or one of its sites</translation>
    </message>
</context>
<context>
    <name>caseport::app::StaffCaseBar</name>
    <message>
        <source>Assign to &amp;me</source>
        <extracomment>Button on a case (staff): assign the case to oneself</extracomment>
        <translation>Assign to &amp;me</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <extracomment>Button with a menu of colleagues to assign the case to</extracomment>
        <translation>Assign &amp;to…</translation>
    </message>
    <message>
        <source>Assign the case to a colleague</source>
        <translation>Assign the case to a colleague</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <extracomment>Button with a menu of the statuses the case may move to</extracomment>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Change the status; closing asks for the answer</source>
        <translation>Change the status; closing asks for the answer</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Shown on a case nobody is assigned to (staff)</extracomment>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <extracomment>The case is assigned to the user looking at it</extracomment>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <extracomment>%1 is the name of the staff member the case is assigned to</extracomment>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Nobody (unassign)</source>
        <extracomment>Menu entry: the case is assigned to nobody</extracomment>
        <translation>Nobody (unassign)</translation>
    </message>
    <message>
        <source>%1 (with answer)…</source>
        <extracomment>A status menu entry that asks for the answer first; %1 is e.g. &quot;Closed&quot;</extracomment>
        <translation>%1 (with answer)…</translation>
    </message>
    <message>
        <source>No other status possible</source>
        <extracomment>Status menu when the workflow offers no move from the current status</extracomment>
        <translation>No other status possible</translation>
    </message>
</context>
<context>
    <name>caseport::app::SyncStatusWidget</name>
    <message>
        <source>%1 of about %2 changes</source>
        <extracomment>Tooltip of the progress bar during a long sync; %1 and %2 are numbers of changes</extracomment>
        <translation>%1 of about %2 changes</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>%1 is a date and time in the user&apos;s locale format</extracomment>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
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
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can still read the cases stored on this computer.</source>
        <translation>The server cannot be reached. You can still read the cases stored on this computer.</translation>
    </message>
    <message>
        <source>Sending %1… %2 %</source>
        <extracomment>Status bar while a file is uploaded; %1 the file name, %2 the percentage</extracomment>
        <translation>Sending %1… %2 %</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <extracomment>Status bar: changes in the outbox; %n is how many</extracomment>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer; see the Outbox</source>
        <translation>Saved on this computer; see the Outbox</translation>
    </message>
</context>
<context>
    <name>caseport::app::ThreadView</name>
    <message>
        <source>Internal note — staff only</source>
        <extracomment>A label on a staff-only note in the case&apos;s conversation</extracomment>
        <translation>Internal note — staff only</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A file attached to a post; %1 its name, %2 its size</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Shown instead of a time on a post that is still in the outbox</extracomment>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent — see the Outbox</source>
        <translation>Not sent — see the Outbox</translation>
    </message>
    <message>
        <source>No updates yet.</source>
        <translation>No updates yet.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
</context>
<context>
    <name>caseport::app::TransfersWidget</name>
    <message>
        <source>Sending %1</source>
        <extracomment>In the status bar while a file is uploaded; %1 the file&apos;s name</extracomment>
        <translation>Sending %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button beside an upload&apos;s progress bar: stop it (it can be resumed later)</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop sending this file. It waits in the Outbox; Send now resumes it.</source>
        <translation>Stop sending this file. It waits in the Outbox; Send now resumes it.</translation>
    </message>
</context>
<context>
    <name>caseport::app::TrayNotifier</name>
    <message>
        <source>New update on %1: %2</source>
        <extracomment>Notification title: %1 the case number, %2 its subject</extracomment>
        <translation>New update on %1: %2</translation>
    </message>
    <message>
        <source>Files were added.</source>
        <translation>Files were added.</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <source>Changed by</source>
        <extracomment>Column of the access history: who made the change</extracomment>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column of the access history: whose access changed</extracomment>
        <translation>Member</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column of the access history: the level before and after</extracomment>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>caseport::client::AccountFileListModel</name>
    <message>
        <source>Whole account</source>
        <extracomment>A file shared with the whole company, not with one of its sites</extracomment>
        <translation>Whole account</translation>
    </message>
    <message>
        <source>Uploading %1 %</source>
        <extracomment>%1 is a percentage, 0 to 100</extracomment>
        <translation>Uploading %1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Files page column: the site/installation a file belongs to, or the whole account</extracomment>
        <translation>Object</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>Files page column: when the file was added (or, while it is sent, how far it is)</extracomment>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>caseport::client::CaseListModel</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Column of the staff queue: the customer company of the case</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Assignee</source>
        <extracomment>Column of the staff queue: the staff member the case is assigned to</extracomment>
        <translation>Assignee</translation>
    </message>
</context>
<context>
    <name>caseport::client::DraftListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>Drafts column: when the draft was last saved</extracomment>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>caseport::client::MemberTableModel</name>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Customer admin</source>
        <translation>Customer admin</translation>
    </message>
    <message>
        <source>Set in the server configuration</source>
        <translation>Set in the server configuration</translation>
    </message>
    <message>
        <source>Staff access is managed by the service provider</source>
        <translation>Staff access is managed by the service provider</translation>
    </message>
    <message>
        <source>Only the account&apos;s customer admin can change this</source>
        <translation>Only the account&apos;s customer admin can change this</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Column of the members table: the member&apos;s name</extracomment>
        <translation>Member</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>caseport::client::OutboxModel</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Update</source>
        <extracomment>An outbox item: a message added to a case</extracomment>
        <translation>Update</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>An outbox item: a change of a case&apos;s fields or status</extracomment>
        <translation>Edit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent (tried %n time(s))</source>
        <extracomment>%n is how many times sending failed so far</extracomment>
        <translation>
            <numerusform>Waiting to be sent (tried %n time)</numerusform>
            <numerusform>Waiting to be sent (tried %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Changed by someone else meanwhile</source>
        <translation>Changed by someone else meanwhile</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Outbox column: what kind of change</extracomment>
        <translation>What</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Saved</source>
        <extracomment>Outbox column: when the change was saved locally</extracomment>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Refused: the file is larger than the server accepts</source>
        <translation>Refused: the file is larger than the server accepts</translation>
    </message>
    <message>
        <source>Refused: the server does not accept this type of file</source>
        <translation>Refused: the server does not accept this type of file</translation>
    </message>
    <message>
        <source>Refused: you are not allowed to do this</source>
        <translation>Refused: you are not allowed to do this</translation>
    </message>
    <message>
        <source>Refused: the case is gone or no longer visible to you</source>
        <translation>Refused: the case is gone or no longer visible to you</translation>
    </message>
    <message>
        <source>Paused — Send now to resume</source>
        <extracomment>An upload the user cancelled; &quot;Send now&quot; is the Outbox&apos;s button</extracomment>
        <translation>Paused — Send now to resume</translation>
    </message>
    <message>
        <source>Shared file</source>
        <extracomment>An outbox item: a file shared with the company (the Files page)</extracomment>
        <translation>Shared file</translation>
    </message>
    <message>
        <source>Removed file</source>
        <extracomment>An outbox item: a shared file being removed (the Files page)</extracomment>
        <translation>Removed file</translation>
    </message>
    <message>
        <source>Refused: the company is no longer visible to you</source>
        <translation>Refused: the company is no longer visible to you</translation>
    </message>
</context>
</TS>
