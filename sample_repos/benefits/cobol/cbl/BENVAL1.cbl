      *================================================================*
      *                                                                *
      *  PROGRAM     BENVAL1                                           *
      *  TITLE       ONLINE FIELD VALIDATION (LINKED PROGRAM)          *
      *  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS) - CICS              *
      *                                                                *
      *  INVOKED BY  EXEC CICS LINK PROGRAM('BENVAL1') FROM BENONL1    *
      *              AND BENUPD1.  COMMAREA LAYOUT IS MEMBER VALCOMM,  *
      *              COPIED HERE AS DFHCOMMAREA.                       *
      *  CALLS       NINOCHK (ONLINE MODE - TEMPORARY NINOS REJECTED)  *
      *                                                                *
      *  REQUEST E  ENQUIRY KEYS: A NINO OR A CLAIM NUMBER             *
      *  REQUEST U  UPDATE: PAYMENT METHOD, SORT CODE, ACCOUNT NUMBER, *
      *             WEIGHTED MODULUS 11 CHECK, POSTCODE SHAPE          *
      *  FIRST ERROR WINS: FIELD NAME, MESSAGE CODE AND TEXT ARE SET   *
      *  AND RETURN CODE 8.  NO TERMINAL I/O IN THIS PROGRAM.          *
      *                                                                *
      *  CHANGE HISTORY                                                *
      *  07/03/94 PS          ORIGINAL (NINO AND CLAIM NUMBER)         *
      *  09/06/04 TW  CR1655  BANK DETAILS AND METHOD                  *
      *  20/02/06 KT  CR2390  NINO CHECK MOVED TO NINOCHK              *
      *  05/11/07 MP  CR2960  POSTCODE                                 *
      *                                                                *
      *================================================================*
       IDENTIFICATION DIVISION.
       PROGRAM-ID.    BENVAL1.
       AUTHOR.        P SHAH.
       INSTALLATION.  BENEFITS PAYMENT CENTRE.
       DATE-WRITTEN.  MARCH 1994.
       DATE-COMPILED.
       ENVIRONMENT DIVISION.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  WS-NINO-RESULT.
           05  WS-NINO-STATUS              PIC X.
               88  WS-NINO-VALID               VALUE 'V'.
               88  WS-NINO-INVALID             VALUE 'I'.
           05  WS-NINO-REASON              PIC X(4).
           05  WS-NINO-FORMATTED           PIC X(13).
       01  WS-NINO-MODE                    PIC S9(9) BINARY VALUE 2.
       01  WS-NINO-WORK                    PIC X(9).
       01  WS-MODULUS-WORK.
           05  WS-WEIGHTS                  PIC X(14)
                                           VALUE '76543276543210'.
           05  WS-DIGITS                   PIC X(14).
           05  WS-POS                      PIC S9(4) COMP.
           05  WS-TOTAL                    PIC S9(5) COMP.
           05  WS-QUOTIENT                 PIC S9(5) COMP.
           05  WS-REMAINDER                PIC S9(5) COMP.
           05  WS-DIGIT                    PIC 9.
           05  WS-WEIGHT                   PIC 9.
       01  WS-POSTCODE-WORK.
           05  WS-PC                       PIC X(8).
           05  WS-PC-OUTWARD               PIC X(4).
           05  WS-PC-INWARD                PIC X(4).
           05  WS-PC-OUT-LEN               PIC S9(4) COMP.
           05  WS-PC-IN-LEN                PIC S9(4) COMP.
       01  WS-ERROR-CODE                   PIC X(4).
       01  WS-ERROR-FIELD                  PIC X(8).
           COPY ERRMSGS OF BENLIB.
       LINKAGE SECTION.
           COPY VALCOMM REPLACING ==VC-VALIDATION-COMMAREA==
                               BY ==DFHCOMMAREA==.
      /
       PROCEDURE DIVISION.
      *
       0000-MAIN.
           IF EIBCALEN NOT = LENGTH OF DFHCOMMAREA
               EXEC CICS ABEND ABCODE ('BVL1') END-EXEC
           END-IF
           MOVE ZERO   TO VC-RETURN-CODE
           MOVE SPACES TO VC-ERROR-FIELD VC-ERROR-CODE
                          VC-ERROR-MESSAGE VC-NINO-TEMPORARY
           MOVE SPACES TO WS-ERROR-CODE
           EVALUATE TRUE
               WHEN VC-VALIDATE-ENQUIRY
                   PERFORM 1000-ENQUIRY-KEYS
               WHEN VC-VALIDATE-UPDATE
                   PERFORM 2000-PAYMENT-DETAILS
                   IF WS-ERROR-CODE = SPACES
                      AND VC-POSTCODE NOT = SPACES AND LOW-VALUES
                       PERFORM 3000-POSTCODE
                   END-IF
               WHEN OTHER
                   MOVE 'S001' TO WS-ERROR-CODE
                   MOVE 'REQUEST' TO WS-ERROR-FIELD
           END-EVALUATE
           IF WS-ERROR-CODE NOT = SPACES
               PERFORM 9000-SET-ERROR
           END-IF
           EXEC CICS RETURN END-EXEC.
      *
      *----------------------------------------------------------------*
      * 1000  ENQUIRY - ONE OF NINO OR CLAIM NUMBER                    *
      *----------------------------------------------------------------*
       1000-ENQUIRY-KEYS.
           IF VC-NINO = SPACES OR LOW-VALUES
               IF VC-CLAIM-ID-X = SPACES OR LOW-VALUES
                   MOVE 'V009' TO WS-ERROR-CODE
                   MOVE 'NINO' TO WS-ERROR-FIELD
               ELSE
                   INSPECT VC-CLAIM-ID-X REPLACING LEADING SPACES BY '0'
                   IF VC-CLAIM-ID-X NOT NUMERIC
                       MOVE 'V008'  TO WS-ERROR-CODE
                       MOVE 'CLMNO' TO WS-ERROR-FIELD
                   END-IF
               END-IF
           ELSE
               PERFORM 1100-CHECK-NINO
           END-IF.
      *
       1100-CHECK-NINO.
           MOVE VC-NINO TO WS-NINO-WORK
           CALL 'NINOCHK' USING BY REFERENCE WS-NINO-WORK
                                             WS-NINO-RESULT
                                BY VALUE     WS-NINO-MODE
           IF WS-NINO-INVALID
               MOVE WS-NINO-REASON TO WS-ERROR-CODE
               MOVE 'NINO'         TO WS-ERROR-FIELD
               IF WS-NINO-REASON = 'V002'
                   MOVE 'Y' TO VC-NINO-TEMPORARY
               END-IF
           ELSE
               MOVE WS-NINO-WORK TO VC-NINO
           END-IF.
      *
      *----------------------------------------------------------------*
      * 2000  PAYMENT METHOD AND BANK DETAILS (CR1655)                 *
      *       METHOD 'X' FROM BENUPD1 MEANS "NOT BEING CHANGED"        *
      *----------------------------------------------------------------*
       2000-PAYMENT-DETAILS.
           IF VC-PAYMENT-METHOD = 'X'
               NEXT SENTENCE
           ELSE
               IF NOT VALID-METHOD
                   MOVE 'V006'   TO WS-ERROR-CODE
                   MOVE 'METHOD' TO WS-ERROR-FIELD
               ELSE
                   IF VC-METHOD-NEEDS-BANK
                       PERFORM 2100-BANK-DETAILS
                   END-IF
               END-IF.
      *
       2100-BANK-DETAILS.
           EVALUATE TRUE
               WHEN VC-SORT-CODE NOT NUMERIC
                   MOVE 'V003'     TO WS-ERROR-CODE
                   MOVE 'SORTCODE' TO WS-ERROR-FIELD
               WHEN VC-ACCOUNT-NUMBER NOT NUMERIC
                   MOVE 'V004'     TO WS-ERROR-CODE
                   MOVE 'ACCOUNT'  TO WS-ERROR-FIELD
               WHEN VC-PAYMENT-METHOD = 'P'
                AND VC-SORT-CODE (1:2) NOT = '08'
                   MOVE 'V007'     TO WS-ERROR-CODE
                   MOVE 'SORTCODE' TO WS-ERROR-FIELD
               WHEN VC-PAYMENT-METHOD = 'B'
                   PERFORM 2200-MODULUS-CHECK
               WHEN OTHER
                   CONTINUE
           END-EVALUATE.
      *
      *    SAME WEIGHTS AS MODCHK IN BENBACS1 AND SortCodeValidator
       2200-MODULUS-CHECK.
           STRING VC-SORT-CODE VC-ACCOUNT-NUMBER DELIMITED BY SIZE
             INTO WS-DIGITS
           MOVE ZERO TO WS-TOTAL
           PERFORM VARYING WS-POS FROM 1 BY 1 UNTIL WS-POS > 14
               MOVE WS-DIGITS (WS-POS:1)  TO WS-DIGIT
               MOVE WS-WEIGHTS (WS-POS:1) TO WS-WEIGHT
               COMPUTE WS-TOTAL = WS-TOTAL + WS-DIGIT * WS-WEIGHT
           END-PERFORM
           DIVIDE WS-TOTAL BY 11 GIVING WS-QUOTIENT
                                 REMAINDER WS-REMAINDER
           IF WS-REMAINDER = 1
               MOVE 'V005'     TO WS-ERROR-CODE
               MOVE 'ACCOUNT'  TO WS-ERROR-FIELD
           END-IF.
      *
      *----------------------------------------------------------------*
      * 3000  POSTCODE - OUTWARD 2-4 CHARACTERS, INWARD DIGIT + 2      *
      *       LETTERS (E.G. LS1 6AB, SW1A 2AA)                         *
      *----------------------------------------------------------------*
       3000-POSTCODE.
           MOVE VC-POSTCODE TO WS-PC
           INSPECT WS-PC CONVERTING 'abcdefghijklmnopqrstuvwxyz'
                                 TO 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
           MOVE SPACES TO WS-PC-OUTWARD WS-PC-INWARD
           UNSTRING WS-PC DELIMITED BY ALL SPACE
               INTO WS-PC-OUTWARD COUNT IN WS-PC-OUT-LEN
                    WS-PC-INWARD  COUNT IN WS-PC-IN-LEN
           END-UNSTRING
           EVALUATE TRUE
               WHEN WS-PC-OUT-LEN < 2 OR WS-PC-OUT-LEN > 4
               WHEN WS-PC-IN-LEN NOT = 3
               WHEN WS-PC-OUTWARD (1:1) NOT ALPHABETIC
               WHEN WS-PC-INWARD (1:1) NOT NUMERIC
               WHEN WS-PC-INWARD (2:2) NOT ALPHABETIC
                   MOVE 'V010'     TO WS-ERROR-CODE
                   MOVE 'POSTCODE' TO WS-ERROR-FIELD
               WHEN OTHER
                   CONTINUE
           END-EVALUATE.
      *
       9000-SET-ERROR.
           MOVE 8              TO VC-RETURN-CODE
           MOVE WS-ERROR-CODE  TO VC-ERROR-CODE
           MOVE WS-ERROR-FIELD TO VC-ERROR-FIELD
           SET ERR-IDX TO 1
           SEARCH ERR-ENTRY
               AT END
                   MOVE 'FIELD IS NOT VALID' TO VC-ERROR-MESSAGE
               WHEN ERR-CODE (ERR-IDX) = WS-ERROR-CODE
                   MOVE ERR-TEXT (ERR-IDX) TO VC-ERROR-MESSAGE
           END-SEARCH.
