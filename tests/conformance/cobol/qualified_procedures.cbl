       IDENTIFICATION DIVISION.
       PROGRAM-ID. QUALPROC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-N                PIC 9 VALUE 0.
       PROCEDURE DIVISION.
       SECT-1 SECTION.
       PARA-5A.
           PERFORM PARA-5A IN SECT-2.
           PERFORM PARA-5A OF SECT-2 THRU PARA-5B OF SECT-2.
           GO TO DONE-PARA OF SECT-2.
       SECT-2 SECTION.
       PARA-5A.
           ADD 1 TO WS-N.
       PARA-5B.
           ADD 1 TO WS-N.
       DONE-PARA.
           STOP RUN.
