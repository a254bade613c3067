       IDENTIFICATION DIVISION.
       PROGRAM-ID. RENAMES.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-RECORD.
           05  WS-A            PIC X(2).
           05  WS-B            PIC X(3).
           05  WS-C            PIC X(4).
           05  WS-D            PIC X(5).
       66  WS-B-THRU-C RENAMES WS-B THRU WS-C.
       66  WS-D-ALIAS RENAMES WS-D.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE "XXXXXXX" TO WS-B-THRU-C.
           DISPLAY WS-D-ALIAS.
           STOP RUN.
