       IDENTIFICATION DIVISION.
       PROGRAM-ID. IMSDLI.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-CUSTOMER-SEG     PIC X(100).
       01  WS-ORDER-SEG        PIC X(60).
       01  WS-CUST-KEY         PIC X(8).
       LINKAGE SECTION.
       01  IO-PCB              PIC X(40).
       01  CUST-PCB            PIC X(40).
       PROCEDURE DIVISION.
       MAIN-PARA.
           ENTRY 'DLITCBL' USING IO-PCB CUST-PCB.
           EXEC DLI GU USING PCB(2)
               SEGMENT(CUSTOMER)
               WHERE(CUSTNO = WS-CUST-KEY)
               INTO(WS-CUSTOMER-SEG)
           END-EXEC.
           EXEC DLI GN USING PCB(2)
               SEGMENT(CUSTOMER)
               SEGMENT(ORDER) INTO(WS-ORDER-SEG)
           END-EXEC.
           EXEC DLI REPL USING PCB(2)
               SEGMENT(CUSTOMER) FROM(WS-CUSTOMER-SEG)
           END-EXEC.
           GOBACK.
