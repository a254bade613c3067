       IDENTIFICATION DIVISION.
       PROGRAM-ID. CURRSIGN.
       ENVIRONMENT DIVISION.
       CONFIGURATION SECTION.
       SPECIAL-NAMES.
           CURRENCY SIGN IS "<"
           DECIMAL-POINT IS COMMA.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-PRICE            PIC <(3),<<<.
       01  WS-COST             PIC <<<<9,99.
       01  WS-RAW              PIC 9(5) VALUE 1234.
       PROCEDURE DIVISION.
       MAIN-PARA.
           MOVE WS-RAW TO WS-PRICE.
           DISPLAY WS-PRICE.
           STOP RUN.
