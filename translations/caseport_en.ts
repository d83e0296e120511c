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
        <extracomment>%1 is the case number, e.g. CP-2026-000123</extracomment>
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
        <source>Save file</source>
        <translation>Save file</translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation>The file could not be saved as %1.</translation>
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
</context>
</TS>
