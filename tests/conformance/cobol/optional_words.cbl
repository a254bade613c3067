       IDENTIFICATION DIVISION.
       PROGRAM-ID. OPTWORDS.
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT IN-FILE ASSIGN TO "INFILE"
               ORGANIZATION IS SEQUENTIAL.
           SELECT IDX-FILE ASSIGN TO "IDXFILE"
               ORGANIZATION IS INDEXED
               ACCESS MODE IS RANDOM
               RECORD KEY IS IDX-KEY.
           SELECT SORT-FILE ASSIGN TO "SORTWK".
       DATA DIVISION.
       FILE SECTION.
       FD  IN-FILE.
       01  IN-REC              PIC X(80).
       FD  IDX-FILE.
       01  IDX-REC.
           05  IDX-KEY         PIC X(10).
           05  IDX-DATA        PIC X(70).
       SD  SORT-FILE.
       01  SORT-REC            PIC X(80).
       WORKING-STORAGE SECTION.
       01  WS-EOF              PIC X VALUE "N".
       01  WS-TABLE.
           05  WS-ENTRY OCCURS 10 TIMES INDEXED BY WS-IX
                               PIC X(5).
       PROCEDURE DIVISION.
       MAIN-PARA.
           OPEN INPUT IN-FILE I-O IDX-FILE.
           READ IN-FILE END MOVE "Y" TO WS-EOF.
           READ IN-FILE
               END MOVE "Y" TO WS-EOF
               NOT END DISPLAY IN-REC
           END-READ.
           READ IDX-FILE INVALID DISPLAY "NO KEY".
           READ IDX-FILE
               INVALID DISPLAY "NO KEY"
               NOT INVALID DISPLAY IDX-DATA
           END-READ.
           WRITE IDX-REC INVALID DISPLAY "DUP".
           SET WS-IX TO 1.
           SEARCH WS-ENTRY
               END DISPLAY "NOT FOUND"
               WHEN WS-ENTRY (WS-IX) = "ABC"
                   DISPLAY "FOUND".
           SORT SORT-FILE ON ASCENDING KEY SORT-REC
               INPUT PROCEDURE IS SORT-IN
               OUTPUT PROCEDURE IS SORT-OUT.
           CLOSE IN-FILE IDX-FILE.
           STOP RUN.
       SORT-IN.
           RELEASE SORT-REC FROM IN-REC.
       SORT-OUT.
           RETURN SORT-FILE END DISPLAY "DONE".
           RETURN SORT-FILE RECORD INTO IN-REC
               END DISPLAY "DONE"
               NOT END DISPLAY IN-REC
           END-RETURN.
