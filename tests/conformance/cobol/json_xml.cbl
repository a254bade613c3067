       IDENTIFICATION DIVISION.
       PROGRAM-ID. JSONXML.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-CUSTOMER.
           05  CUST-ID         PIC 9(5).
           05  CUST-NAME       PIC X(20).
       01  WS-DOC              PIC X(500).
       01  WS-COUNT            PIC 9(5).
       PROCEDURE DIVISION.
       MAIN-PARA.
           JSON GENERATE WS-DOC FROM WS-CUSTOMER
               COUNT IN WS-COUNT
               NAME OF CUST-ID IS "id"
               SUPPRESS CUST-NAME
               ON EXCEPTION DISPLAY "JSON ERROR"
               NOT ON EXCEPTION DISPLAY WS-COUNT
           END-JSON.
           JSON PARSE WS-DOC INTO WS-CUSTOMER
               WITH DETAIL
               ON EXCEPTION DISPLAY "PARSE ERROR"
           END-JSON.
           XML GENERATE WS-DOC FROM WS-CUSTOMER
               COUNT IN WS-COUNT
               WITH XML-DECLARATION
               ON EXCEPTION DISPLAY "XML ERROR"
           END-XML.
           XML PARSE WS-DOC
               PROCESSING PROCEDURE XML-HANDLER
               ON EXCEPTION DISPLAY "XML PARSE ERROR"
           END-XML.
           GOBACK.
       XML-HANDLER.
           DISPLAY XML-EVENT.
