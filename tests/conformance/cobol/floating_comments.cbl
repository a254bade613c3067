       IDENTIFICATION DIVISION.
       PROGRAM-ID. FLOATCMT.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-A                PIC 9 VALUE 1.       *> trailing
      *> a whole-line floating comment in column 7
       01  WS-B                PIC 9 VALUE 2.
       PROCEDURE DIVISION.
       MAIN-PARA.
           *> a floating comment in area B
           ADD WS-A TO WS-B.    *> after a statement
           DISPLAY WS-B.
           STOP RUN.
