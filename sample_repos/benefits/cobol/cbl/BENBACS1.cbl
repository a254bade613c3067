000100*================================================================*BENBACS1
000200*                                                                *BENBACS1
000300*  PROGRAM     BENBACS1                                          *BENBACS1
000400*  TITLE       PAYMENT ROUTING - BACS, GIROCHEQUE, POST OFFICE   *BENBACS1
000500*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *BENBACS1
000600*                                                                *BENBACS1
000700*  JOB         BENBACSJ STEP020  (EXEC PGM=BENBACS1,PARM=date)   *BENBACS1
000800*  INPUT       PAYIN    TODAY'S PAYMENTS, DETAIL RECORDS ONLY,   *BENBACS1
000900*                       SORTED BY METHOD/SORT CODE/ACCOUNT       *BENBACS1
001000*                       (BENBACSJ STEP010)                       *BENBACS1
001100*  OUTPUT      BACSOUT  BACS SUBMISSION (VOL1 HDR1 ... UTL1 EOF1)*BENBACS1
001200*              CHQOUT   GIROCHEQUE PRINT FILE                    *BENBACS1
001300*              POCAOUT  POST OFFICE CARD ACCOUNT FEED            *BENBACS1
001400*  CALLS       MODCHK   (NESTED)  WEIGHTED MODULUS 11 CHECK      *BENBACS1
001500*              ADDRFMT  (DYNAMIC) CHEQUE ADDRESS BLOCK           *BENBACS1
001600*                                                                *BENBACS1
001700*  A BACS PAYMENT WHOSE BANK DETAILS FAIL THE MODULUS CHECK IS   *BENBACS1
001800*  SENT AS A GIROCHEQUE INSTEAD (AS PaymentRouterFactory DOES).  *BENBACS1
001900*  CHEQUES OVER 1,000.00 ARE HELD FOR A SECOND AUTHORISER.       *BENBACS1
002000*                                                                *BENBACS1
002100*  RETURN CODES  0 OK   4 PAYMENTS REROUTED OR REJECTED          *BENBACS1
002200*               16 FILE ERROR                                    *BENBACS1
002300*                                                                *BENBACS1
002400*  CHANGE HISTORY                                                *BENBACS1
002500*  15/04/02 RK          ORIGINAL (CHEQUES AND ORDER BOOKS)       *BENBACS1
002600*  01/04/03 JB  CR1201  POST OFFICE CARD ACCOUNT FEED            *BENBACS1
002700*  09/06/04 TW  CR1655  BACS SUBMISSION FILE, MODULUS CHECK      *BENBACS1
002800*  31/03/08 MP  CR2981  ORDER BOOKS WITHDRAWN                    *BENBACS1
002900*  21/07/08 MP  CR2995  CONTRA RECORD, TOTALS BY METHOD          *BENBACS1
003000*                                                                *BENBACS1
003100*================================================================*BENBACS1
003200 IDENTIFICATION DIVISION.                                         BENBACS1
003300 PROGRAM-ID.    BENBACS1.                                         BENBACS1
003400 AUTHOR.        R KHAN.                                           BENBACS1
003500 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENBACS1
003600 DATE-WRITTEN.  APRIL 2002.                                       BENBACS1
003700 DATE-COMPILED.                                                   BENBACS1
003800 ENVIRONMENT DIVISION.                                            BENBACS1
003900 CONFIGURATION SECTION.                                           BENBACS1
004000 SOURCE-COMPUTER. IBM-390.                                        BENBACS1
004100 OBJECT-COMPUTER. IBM-390.                                        BENBACS1
004200 INPUT-OUTPUT SECTION.                                            BENBACS1
004300 FILE-CONTROL.                                                    BENBACS1
004400     SELECT PAYMENT-FILE   ASSIGN TO PAYIN                        BENBACS1
004500            ORGANIZATION IS SEQUENTIAL                            BENBACS1
004600            FILE STATUS IS WS-PAYIN-STATUS.                       BENBACS1
004700     SELECT BACS-FILE      ASSIGN TO BACSOUT                      BENBACS1
004800            FILE STATUS IS WS-BACS-STATUS.                        BENBACS1
004900     SELECT CHEQUE-FILE    ASSIGN TO CHQOUT                       BENBACS1
005000            FILE STATUS IS WS-CHQ-STATUS.                         BENBACS1
005100     SELECT POCA-FILE      ASSIGN TO POCAOUT                      BENBACS1
005200            FILE STATUS IS WS-POCA-STATUS.                        BENBACS1
005300     EJECT                                                        BENBACS1
005400 DATA DIVISION.                                                   BENBACS1
005500 FILE SECTION.                                                    BENBACS1
005600 FD  PAYMENT-FILE                                                 BENBACS1
005700     RECORDING MODE IS F                                          BENBACS1
005800     BLOCK CONTAINS 0 RECORDS                                     BENBACS1
005900     LABEL RECORDS ARE STANDARD.                                  BENBACS1
006000     COPY PAYREC.                                                 BENBACS1
006100 FD  BACS-FILE                                                    BENBACS1
006200     RECORDING MODE IS F                                          BENBACS1
006300     BLOCK CONTAINS 0 RECORDS.                                    BENBACS1
006400     COPY BACSREC.                                                BENBACS1
006500 FD  CHEQUE-FILE                                                  BENBACS1
006600     RECORDING MODE IS F                                          BENBACS1
006700     BLOCK CONTAINS 0 RECORDS.                                    BENBACS1
006800     COPY CHQREC.                                                 BENBACS1
006900 FD  POCA-FILE                                                    BENBACS1
007000     RECORDING MODE IS F                                          BENBACS1
007100     BLOCK CONTAINS 0 RECORDS.                                    BENBACS1
007200 01  PO-POCA-RECORD.                                              BENBACS1
007300     05  PO-SORT-CODE                PIC X(6).                    BENBACS1
007400     05  PO-CARD-ACCOUNT             PIC X(8).                    BENBACS1
007500     05  PO-AMOUNT-PENCE             PIC 9(9).                    BENBACS1
007600     05  PO-REFERENCE                PIC X(18).                   BENBACS1
007700     05  PO-NINO                     PIC X(9).                    BENBACS1
007800     05  PO-PAYMENT-DATE             PIC 9(8).                    BENBACS1
007900     05  PO-BENEFIT-TYPE             PIC X(3).                    BENBACS1
008000     05  PO-FEED-TYPE                PIC X.                       BENBACS1
008100         88  PO-STANDARD-FEED            VALUE 'P'.               BENBACS1
008200         88  PO-QUERY-FEED               VALUE 'Q'.               BENBACS1
008300     05  FILLER                      PIC X(18).                   BENBACS1
008400     EJECT                                                        BENBACS1
008500 WORKING-STORAGE SECTION.                                         BENBACS1
008600 01  WS-FILE-STATUSES.                                            BENBACS1
008700     05  WS-PAYIN-STATUS             PIC X(2).                    BENBACS1
008800         88  WS-PAYIN-OK                 VALUE '00'.              BENBACS1
008900         88  WS-PAYIN-EOF                VALUE '10'.              BENBACS1
009000     05  WS-BACS-STATUS              PIC X(2).                    BENBACS1
009100     05  WS-CHQ-STATUS               PIC X(2).                    BENBACS1
009200     05  WS-POCA-STATUS              PIC X(2).                    BENBACS1
009300 01  WS-SWITCHES.                                                 BENBACS1
009400     05  WS-END-OF-PAYMENTS-SW       PIC X     VALUE 'N'.         BENBACS1
009500         88  WS-END-OF-PAYMENTS          VALUE 'Y'.               BENBACS1
009600     05  WS-REROUTED-SW              PIC X     VALUE 'N'.         BENBACS1
009700         88  WS-REROUTED                 VALUE 'Y'.               BENBACS1
009800 01  WS-FMT-PGM                      PIC X(8).                    BENBACS1
009900 01  WS-ADDR-LINE-COUNT              PIC S9(4) COMP.              BENBACS1
010000 01  WS-BACS-CONSTANTS.                                           BENBACS1
010100     05  WS-SERVICE-USER-NO          PIC X(6)  VALUE '437219'.    BENBACS1
010200     05  WS-ORIG-SORT-CODE           PIC X(6)  VALUE '608371'.    BENBACS1
010300     05  WS-ORIG-ACCOUNT             PIC X(8)  VALUE '10094432'.  BENBACS1
010400     05  WS-ORIG-NAME                PIC X(18)                    BENBACS1
010500                                     VALUE 'DWP BENEFITS'.        BENBACS1
010600 01  WS-RUN-DATE                     PIC 9(8).                    BENBACS1
010700 01  WS-RUN-DATE-R REDEFINES WS-RUN-DATE.                         BENBACS1
010800     05  WS-RUN-CCYY                 PIC 9(4).                    BENBACS1
010900     05  WS-RUN-MM                   PIC 9(2).                    BENBACS1
011000     05  WS-RUN-DD                   PIC 9(2).                    BENBACS1
011100 01  WS-DATE-EDIT.                                                BENBACS1
011200     05  WS-EDIT-DD                  PIC 9(2).                    BENBACS1
011300     05  WS-EDIT-MM                  PIC 9(2).                    BENBACS1
011400     05  WS-EDIT-CCYY                PIC 9(4).                    BENBACS1
011500 01  WS-DATE-EDIT-N REDEFINES WS-DATE-EDIT PIC 9(8).              BENBACS1
011600 01  WS-CURRENT-DATE-DATA.                                        BENBACS1
011700     05  WS-CURRENT-DATE             PIC 9(8).                    BENBACS1
011800     05  FILLER                      PIC X(13).                   BENBACS1
011900 01  WS-AMOUNT-PENCE                 PIC 9(11).                   BENBACS1
012000 01  WS-MODCHK-AREA.                                              BENBACS1
012100     05  WS-MC-SORT-CODE             PIC X(6).                    BENBACS1
012200     05  WS-MC-ACCOUNT               PIC X(8).                    BENBACS1
012300     05  WS-MC-RESULT                PIC X.                       BENBACS1
012400         88  WS-MC-PASS                  VALUE 'P'.               BENBACS1
012500         88  WS-MC-FAIL                  VALUE 'F'.               BENBACS1
012600         88  WS-MC-BAD-FORMAT            VALUE 'X'.               BENBACS1
012700 01  WS-FILE-SERIAL                  PIC 9(6)  VALUE 1.           BENBACS1
012800     COPY BENCONST.                                               BENBACS1
012900     COPY CTLTOTS REPLACING ==:PFX:== BY ==BACS==.                BENBACS1
013000 01  WS-REROUTE-COUNT                PIC S9(7) COMP-3 VALUE 0.    BENBACS1
013100 01  WS-HELD-COUNT                   PIC S9(7) COMP-3 VALUE 0.    BENBACS1
013200 LINKAGE SECTION.                                                 BENBACS1
013300 01  LK-JCL-PARM.                                                 BENBACS1
013400     05  LK-PARM-LENGTH              PIC S9(4) COMP.              BENBACS1
013500     05  LK-PARM-RUN-DATE            PIC X(8).                    BENBACS1
013600     EJECT                                                        BENBACS1
013700 PROCEDURE DIVISION USING LK-JCL-PARM.                            BENBACS1
013800*                                                                 BENBACS1
013900 0000-MAINLINE.                                                   BENBACS1
014000     PERFORM 1000-INITIALISE THRU 1000-EXIT                       BENBACS1
014100     PERFORM 2000-PROCESS-PAYMENT                                 BENBACS1
014200         UNTIL WS-END-OF-PAYMENTS                                 BENBACS1
014300     PERFORM 8000-FINALISE                                        BENBACS1
014400     STOP RUN.                                                    BENBACS1
014500*                                                                 BENBACS1
014600*----------------------------------------------------------------*BENBACS1
014700* 1000  RUN DATE FROM PARM, OPEN FILES, LABELS, FIRST READ       *BENBACS1
014800*----------------------------------------------------------------*BENBACS1
014900 1000-INITIALISE.                                                 BENBACS1
015000     INITIALIZE BACS-CONTROL-TOTALS                               BENBACS1
015100     MOVE FUNCTION CURRENT-DATE TO WS-CURRENT-DATE-DATA           BENBACS1
015200     IF LK-PARM-LENGTH = 8 AND LK-PARM-RUN-DATE IS NUMERIC        BENBACS1
015300         MOVE LK-PARM-RUN-DATE TO WS-RUN-DATE                     BENBACS1
015400     ELSE                                                         BENBACS1
015500         DISPLAY 'BENBACS1 NO VALID PARM DATE - USING TODAY'      BENBACS1
015600         MOVE WS-CURRENT-DATE TO WS-RUN-DATE                      BENBACS1
015700     END-IF                                                       BENBACS1
015800     MOVE 'ADDRFMT' TO WS-FMT-PGM                                 BENBACS1
015900     OPEN INPUT  PAYMENT-FILE                                     BENBACS1
016000          OUTPUT BACS-FILE CHEQUE-FILE POCA-FILE                  BENBACS1
016100     IF NOT WS-PAYIN-OK                                           BENBACS1
016200         DISPLAY 'BENBACS1 OPEN PAYIN FAILED ' WS-PAYIN-STATUS    BENBACS1
016300         MOVE 16 TO RETURN-CODE                                   BENBACS1
016400         SET WS-END-OF-PAYMENTS TO TRUE                           BENBACS1
016500         GO TO 1000-EXIT                                          BENBACS1
016600     END-IF.                                                      BENBACS1
016700 1010-WRITE-LABELS.                                               BENBACS1
016800     MOVE SPACES TO BR-LABEL-RECORD                               BENBACS1
016900     SET BR-VOL1 TO TRUE                                          BENBACS1
017000     MOVE WS-SERVICE-USER-NO TO BR-SERVICE-USER-NO                BENBACS1
017100     MOVE WS-RUN-DATE        TO BR-PROCESSING-DATE                BENBACS1
017200     MOVE WS-FILE-SERIAL     TO BR-FILE-SERIAL                    BENBACS1
017300     MOVE ZERO TO BR-CREDIT-COUNT BR-CREDIT-TOTAL-PENCE           BENBACS1
017400     WRITE BR-LABEL-RECORD                                        BENBACS1
017500     SET BR-HDR1 TO TRUE                                          BENBACS1
017600     WRITE BR-LABEL-RECORD.                                       BENBACS1
017700 1020-FIRST-READ.                                                 BENBACS1
017800     PERFORM 7000-READ-PAYMENT.                                   BENBACS1
017900 1000-EXIT.                                                       BENBACS1
018000     EXIT.                                                        BENBACS1
018100*                                                                 BENBACS1
018200*----------------------------------------------------------------*BENBACS1
018300* 2000  ROUTE ONE PAYMENT                                        *BENBACS1
018400*----------------------------------------------------------------*BENBACS1
018500 2000-PROCESS-PAYMENT.                                            BENBACS1
018600     ADD 1             TO BACS-RECORDS-READ                       BENBACS1
018700     ADD PY-NET-AMOUNT TO BACS-AMOUNT-READ                        BENBACS1
018800     MOVE 'N' TO WS-REROUTED-SW                                   BENBACS1
018900     EVALUATE TRUE                                                BENBACS1
019000         WHEN PY-BACS                                             BENBACS1
019100             PERFORM 3000-BACS-PAYMENT                            BENBACS1
019200         WHEN PY-POST-OFFICE                                      BENBACS1
019300             PERFORM 4000-POCA-PAYMENT                            BENBACS1
019400         WHEN PY-CHEQUE                                           BENBACS1
019500             PERFORM 5000-CHEQUE-PAYMENT                          BENBACS1
019600         WHEN OTHER                                               BENBACS1
019700             ADD 1 TO BACS-RECORDS-REJECTED                       BENBACS1
019800             DISPLAY 'BENBACS1 UNKNOWN METHOD ' PY-METHOD         BENBACS1
019900                     ' PAYMENT ' PY-PAYMENT-ID                    BENBACS1
020000     END-EVALUATE                                                 BENBACS1
020100     PERFORM 7000-READ-PAYMENT.                                   BENBACS1
020200*                                                                 BENBACS1
020300*----------------------------------------------------------------*BENBACS1
020400* 3000  BACS CREDIT (TRANSACTION CODE 99)                        *BENBACS1
020500*----------------------------------------------------------------*BENBACS1
020600 3000-BACS-PAYMENT.                                               BENBACS1
020700     MOVE PY-SORT-CODE      TO WS-MC-SORT-CODE                    BENBACS1
020800     MOVE PY-ACCOUNT-NUMBER TO WS-MC-ACCOUNT                      BENBACS1
020900     CALL 'MODCHK' USING WS-MODCHK-AREA                           BENBACS1
021000     IF NOT WS-MC-PASS                                            BENBACS1
021100         DISPLAY 'BENBACS1 BANK DETAILS FAIL CHECK - PAYMENT '    BENBACS1
021200                 PY-PAYMENT-ID ' SENT BY GIROCHEQUE'              BENBACS1
021300         SET WS-REROUTED TO TRUE                                  BENBACS1
021400         ADD 1 TO WS-REROUTE-COUNT                                BENBACS1
021500         PERFORM 5000-CHEQUE-PAYMENT                              BENBACS1
021600     ELSE                                                         BENBACS1
021700         MOVE SPACES              TO BR-DETAIL-RECORD             BENBACS1
021800         MOVE PY-SORT-CODE        TO BR-DEST-SORT-CODE            BENBACS1
021900         MOVE PY-ACCOUNT-NUMBER   TO BR-DEST-ACCOUNT              BENBACS1
022000         MOVE '0'                 TO BR-ACCOUNT-TYPE              BENBACS1
022100         SET BR-CREDIT            TO TRUE                         BENBACS1
022200         MOVE WS-ORIG-SORT-CODE   TO BR-ORIG-SORT-CODE            BENBACS1
022300         MOVE WS-ORIG-ACCOUNT     TO BR-ORIG-ACCOUNT              BENBACS1
022400         PERFORM 6000-AMOUNT-IN-PENCE                             BENBACS1
022500         MOVE WS-AMOUNT-PENCE     TO BR-AMOUNT-PENCE              BENBACS1
022600         MOVE WS-ORIG-NAME        TO BR-ORIG-NAME                 BENBACS1
022700         MOVE PY-REFERENCE        TO BR-REFERENCE                 BENBACS1
022800         MOVE PY-PAYEE-NAME       TO BR-PAYEE-NAME                BENBACS1
022900         WRITE BR-DETAIL-RECORD                                   BENBACS1
023000         SET BACS-MTH-IDX TO 1                                    BENBACS1
023100         PERFORM 6100-ADD-METHOD-TOTALS                           BENBACS1
023200     END-IF.                                                      BENBACS1
023300*                                                                 BENBACS1
023400*----------------------------------------------------------------*BENBACS1
023500* 4000  POST OFFICE CARD ACCOUNT (CR1201)                        *BENBACS1
023600*       08-XX-XX SORT CODES ARE REAL CARD ACCOUNTS; ANYTHING     *BENBACS1
023700*       ELSE GOES ON THE QUERY FEED FOR POST OFFICE TO MATCH.    *BENBACS1
023800*----------------------------------------------------------------*BENBACS1
023900 4000-POCA-PAYMENT.                                               BENBACS1
024000     MOVE SPACES              TO PO-POCA-RECORD                   BENBACS1
024100     MOVE PY-SORT-CODE        TO PO-SORT-CODE                     BENBACS1
024200     MOVE PY-ACCOUNT-NUMBER   TO PO-CARD-ACCOUNT                  BENBACS1
024300     PERFORM 6000-AMOUNT-IN-PENCE                                 BENBACS1
024400     MOVE WS-AMOUNT-PENCE     TO PO-AMOUNT-PENCE                  BENBACS1
024500     MOVE PY-REFERENCE        TO PO-REFERENCE                     BENBACS1
024600     MOVE PY-NINO             TO PO-NINO                          BENBACS1
024700     MOVE PY-PAYMENT-DATE     TO PO-PAYMENT-DATE                  BENBACS1
024800     MOVE PY-BENEFIT-TYPE     TO PO-BENEFIT-TYPE                  BENBACS1
024900     IF PY-SORT-CODE (1:2) = '08'                                 BENBACS1
025000         SET PO-STANDARD-FEED TO TRUE                             BENBACS1
025100     ELSE                                                         BENBACS1
025200         SET PO-QUERY-FEED TO TRUE                                BENBACS1
025300     END-IF                                                       BENBACS1
025400     WRITE PO-POCA-RECORD                                         BENBACS1
025500     SET BACS-MTH-IDX TO 3                                        BENBACS1
025600     PERFORM 6100-ADD-METHOD-TOTALS.                              BENBACS1
025700*                                                                 BENBACS1
025800*----------------------------------------------------------------*BENBACS1
025900* 5000  GIROCHEQUE                                               *BENBACS1
026000*----------------------------------------------------------------*BENBACS1
026100 5000-CHEQUE-PAYMENT.                                             BENBACS1
026200     MOVE SPACES              TO CQ-CHEQUE-RECORD                 BENBACS1
026300     MOVE PY-REFERENCE        TO CQ-REFERENCE                     BENBACS1
026400     IF WS-REROUTED                                               BENBACS1
026500         MOVE 'C' TO CQ-REFERENCE (1:1)                           BENBACS1
026600     END-IF                                                       BENBACS1
026700     MOVE WS-RUN-DD   TO WS-EDIT-DD                               BENBACS1
026800     MOVE WS-RUN-MM   TO WS-EDIT-MM                               BENBACS1
026900     MOVE WS-RUN-CCYY TO WS-EDIT-CCYY                             BENBACS1
027000     MOVE WS-DATE-EDIT-N      TO CQ-ISSUE-DATE                    BENBACS1
027100     MOVE PY-PAYEE-NAME       TO CQ-PAYEE-NAME                    BENBACS1
027200     CALL WS-FMT-PGM USING PY-ADDRESS                             BENBACS1
027300                           CQ-ADDRESS-BLOCK                       BENBACS1
027400                           WS-ADDR-LINE-COUNT                     BENBACS1
027500         ON EXCEPTION                                             BENBACS1
027600             DISPLAY 'BENBACS1 CANNOT LOAD ' WS-FMT-PGM           BENBACS1
027700             MOVE PY-ADDR-LINE (1) TO CQ-ADDRESS-LINE (1)         BENBACS1
027800             MOVE PY-ADDR-LINE (2) TO CQ-ADDRESS-LINE (2)         BENBACS1
027900             MOVE PY-ADDR-LINE (3) TO CQ-ADDRESS-LINE (3)         BENBACS1
028000             MOVE PY-TOWN          TO CQ-ADDRESS-LINE (4)         BENBACS1
028100             MOVE PY-POSTCODE      TO CQ-ADDRESS-LINE (5)         BENBACS1
028200     END-CALL                                                     BENBACS1
028300     MOVE PY-NET-AMOUNT       TO CQ-AMOUNT-FIGURES                BENBACS1
028400     PERFORM 6000-AMOUNT-IN-PENCE                                 BENBACS1
028500     MOVE WS-AMOUNT-PENCE     TO CQ-AMOUNT-PENCE                  BENBACS1
028600     MOVE PY-PERIOD-FROM (7:2) TO WS-EDIT-DD                      BENBACS1
028700     MOVE PY-PERIOD-FROM (5:2) TO WS-EDIT-MM                      BENBACS1
028800     MOVE PY-PERIOD-FROM (1:4) TO WS-EDIT-CCYY                    BENBACS1
028900     MOVE WS-DATE-EDIT-N      TO CQ-PERIOD-FROM                   BENBACS1
029000     MOVE PY-PERIOD-TO (7:2)  TO WS-EDIT-DD                       BENBACS1
029100     MOVE PY-PERIOD-TO (5:2)  TO WS-EDIT-MM                       BENBACS1
029200     MOVE PY-PERIOD-TO (1:4)  TO WS-EDIT-CCYY                     BENBACS1
029300     MOVE WS-DATE-EDIT-N      TO CQ-PERIOD-TO                     BENBACS1
029400     MOVE PY-BENEFIT-TYPE     TO CQ-BENEFIT-TYPE                  BENBACS1
029500     MOVE PY-CLAIM-ID         TO CQ-CLAIM-ID                      BENBACS1
029600     MOVE PY-REGION-CODE      TO CQ-OFFICE-CODE                   BENBACS1
029700     IF PY-NET-AMOUNT > BC-CHEQUE-AUTH-LIMIT                      BENBACS1
029800         SET CQ-HELD-FOR-AUTHORISATION TO TRUE                    BENBACS1
029900         ADD 1 TO WS-HELD-COUNT                                   BENBACS1
030000     ELSE                                                         BENBACS1
030100         SET CQ-RELEASED TO TRUE                                  BENBACS1
030200     END-IF                                                       BENBACS1
030300     WRITE CQ-CHEQUE-RECORD                                       BENBACS1
030400     SET BACS-MTH-IDX TO 2                                        BENBACS1
030500     PERFORM 6100-ADD-METHOD-TOTALS.                              BENBACS1
030600*                                                                 BENBACS1
030700 6000-AMOUNT-IN-PENCE.                                            BENBACS1
030800     MULTIPLY PY-NET-AMOUNT BY 100 GIVING WS-AMOUNT-PENCE.        BENBACS1
030900*                                                                 BENBACS1
031000 6100-ADD-METHOD-TOTALS.                                          BENBACS1
031100     ADD 1             TO BACS-RECORDS-WRITTEN                    BENBACS1
031200                          BACS-MTH-COUNT (BACS-MTH-IDX)           BENBACS1
031300     ADD PY-NET-AMOUNT TO BACS-AMOUNT-WRITTEN                     BENBACS1
031400                          BACS-MTH-AMOUNT (BACS-MTH-IDX).         BENBACS1
031500*                                                                 BENBACS1
031600 7000-READ-PAYMENT.                                               BENBACS1
031700     READ PAYMENT-FILE                                            BENBACS1
031800         AT END                                                   BENBACS1
031900             SET WS-END-OF-PAYMENTS TO TRUE                       BENBACS1
032000         NOT AT END                                               BENBACS1
032100             IF NOT PY-DETAIL-REC                                 BENBACS1
032200                 DISPLAY 'BENBACS1 UNEXPECTED RECORD TYPE '       BENBACS1
032300                         PY-RECORD-TYPE                           BENBACS1
032400             END-IF                                               BENBACS1
032500     END-READ.                                                    BENBACS1
032600*                                                                 BENBACS1
032700*----------------------------------------------------------------*BENBACS1
032800* 8000  CONTRA, TRAILER LABELS, CLOSE, CONTROL TOTALS            *BENBACS1
032900*----------------------------------------------------------------*BENBACS1
033000 8000-FINALISE.                                                   BENBACS1
033100     IF BACS-MTH-COUNT (1) > ZERO                                 BENBACS1
033200         MOVE SPACES            TO BR-DETAIL-RECORD               BENBACS1
033300         MOVE WS-ORIG-SORT-CODE TO BR-DEST-SORT-CODE              BENBACS1
033400         MOVE WS-ORIG-ACCOUNT   TO BR-DEST-ACCOUNT                BENBACS1
033500         MOVE '0'               TO BR-ACCOUNT-TYPE                BENBACS1
033600         SET BR-CONTRA          TO TRUE                           BENBACS1
033700         MOVE WS-ORIG-SORT-CODE TO BR-ORIG-SORT-CODE              BENBACS1
033800         MOVE WS-ORIG-ACCOUNT   TO BR-ORIG-ACCOUNT                BENBACS1
033900         COMPUTE BR-AMOUNT-PENCE = BACS-MTH-AMOUNT (1) * 100      BENBACS1
034000         MOVE WS-ORIG-NAME      TO BR-ORIG-NAME                   BENBACS1
034100         MOVE 'CONTRA'          TO BR-REFERENCE                   BENBACS1
034200         MOVE WS-ORIG-NAME      TO BR-PAYEE-NAME                  BENBACS1
034300         WRITE BR-DETAIL-RECORD                                   BENBACS1
034400     END-IF                                                       BENBACS1
034500     MOVE SPACES TO BR-LABEL-RECORD                               BENBACS1
034600     SET BR-UTL1 TO TRUE                                          BENBACS1
034700     MOVE WS-SERVICE-USER-NO   TO BR-SERVICE-USER-NO              BENBACS1
034800     MOVE WS-RUN-DATE          TO BR-PROCESSING-DATE              BENBACS1
034900     MOVE WS-FILE-SERIAL       TO BR-FILE-SERIAL                  BENBACS1
035000     MOVE BACS-MTH-COUNT (1)   TO BR-CREDIT-COUNT                 BENBACS1
035100     COMPUTE BR-CREDIT-TOTAL-PENCE = BACS-MTH-AMOUNT (1) * 100    BENBACS1
035200     WRITE BR-LABEL-RECORD                                        BENBACS1
035300     SET BR-EOF1 TO TRUE                                          BENBACS1
035400     WRITE BR-LABEL-RECORD                                        BENBACS1
035500     CLOSE PAYMENT-FILE BACS-FILE CHEQUE-FILE POCA-FILE           BENBACS1
035600     PERFORM 8100-DISPLAY-TOTALS                                  BENBACS1
035700         VARYING BACS-MTH-IDX FROM 1 BY 1                         BENBACS1
035800         UNTIL BACS-MTH-IDX > 3                                   BENBACS1
035900     MOVE BACS-RECORDS-READ    TO BACS-DSP-COUNT                  BENBACS1
036000     MOVE BACS-AMOUNT-READ     TO BACS-DSP-AMOUNT                 BENBACS1
036100     DISPLAY 'BENBACS1 PAYMENTS READ      ' BACS-DSP-COUNT        BENBACS1
036200             '  ' BACS-DSP-AMOUNT                                 BENBACS1
036300     MOVE WS-REROUTE-COUNT     TO BACS-DSP-COUNT                  BENBACS1
036400     DISPLAY 'BENBACS1 REROUTED TO CHEQUE ' BACS-DSP-COUNT        BENBACS1
036500     MOVE WS-HELD-COUNT        TO BACS-DSP-COUNT                  BENBACS1
036600     DISPLAY 'BENBACS1 CHEQUES HELD       ' BACS-DSP-COUNT        BENBACS1
036700     IF RETURN-CODE = ZERO                                        BENBACS1
036800         IF WS-REROUTE-COUNT > ZERO OR BACS-RECORDS-REJECTED > 0  BENBACS1
036900             MOVE 4 TO RETURN-CODE                                BENBACS1
037000         END-IF                                                   BENBACS1
037100     END-IF.                                                      BENBACS1
037200*                                                                 BENBACS1
037300 8100-DISPLAY-TOTALS.                                             BENBACS1
037400     MOVE BACS-MTH-COUNT (BACS-MTH-IDX)  TO BACS-DSP-COUNT        BENBACS1
037500     MOVE BACS-MTH-AMOUNT (BACS-MTH-IDX) TO BACS-DSP-AMOUNT       BENBACS1
037600     EVALUATE BACS-MTH-IDX                                        BENBACS1
037700         WHEN 1                                                   BENBACS1
037800             DISPLAY 'BENBACS1 BACS CREDITS       ' BACS-DSP-COUNTBENBACS1
037900                     '  ' BACS-DSP-AMOUNT                         BENBACS1
038000         WHEN 2                                                   BENBACS1
038100             DISPLAY 'BENBACS1 GIROCHEQUES        ' BACS-DSP-COUNTBENBACS1
038200                     '  ' BACS-DSP-AMOUNT                         BENBACS1
038300         WHEN 3                                                   BENBACS1
038400             DISPLAY 'BENBACS1 POST OFFICE        ' BACS-DSP-COUNTBENBACS1
038500                     '  ' BACS-DSP-AMOUNT                         BENBACS1
038600     END-EVALUATE.                                                BENBACS1
038700/                                                                 BENBACS1
038800*================================================================*BENBACS1
038900*  MODCHK - NESTED PROGRAM                                       *BENBACS1
039000*  WEIGHTED MODULUS 11 CHECK ACROSS SORT CODE + ACCOUNT NUMBER,  *BENBACS1
039100*  AS SortCodeValidator.passesModulusCheck.  POST OFFICE CARD    *BENBACS1
039200*  ACCOUNTS (08-XX-XX) ARE NOT CHECKED.  RESULT P / F / X.       *BENBACS1
039300*================================================================*BENBACS1
039400 IDENTIFICATION DIVISION.                                         BENBACS1
039500 PROGRAM-ID.    MODCHK.                                           BENBACS1
039600 DATA DIVISION.                                                   BENBACS1
039700 WORKING-STORAGE SECTION.                                         BENBACS1
039800 01  WS-WEIGHT-VALUES                PIC X(14)                    BENBACS1
039900                                     VALUE '76543276543210'.      BENBACS1
040000 01  WS-WEIGHT-TABLE REDEFINES WS-WEIGHT-VALUES.                  BENBACS1
040100     05  WS-WEIGHT                   PIC 9 OCCURS 14 TIMES        BENBACS1
040200                                     INDEXED BY WS-WT-IDX.        BENBACS1
040300 01  WS-DIGITS                       PIC X(14).                   BENBACS1
040400 01  WS-DIGIT-TABLE REDEFINES WS-DIGITS.                          BENBACS1
040500     05  WS-DIGIT                    PIC 9 OCCURS 14 TIMES.       BENBACS1
040600 01  WS-TOTAL                        PIC S9(5) COMP.              BENBACS1
040700 01  WS-QUOTIENT                     PIC S9(5) COMP.              BENBACS1
040800 01  WS-REMAINDER                    PIC S9(5) COMP.              BENBACS1
040900 LINKAGE SECTION.                                                 BENBACS1
041000 01  LK-MODCHK-AREA.                                              BENBACS1
041100     05  LK-SORT-CODE                PIC X(6).                    BENBACS1
041200     05  LK-ACCOUNT                  PIC X(8).                    BENBACS1
041300     05  LK-RESULT                   PIC X.                       BENBACS1
041400         88  LK-MOD-PASS                 VALUE 'P'.               BENBACS1
041500         88  LK-MOD-FAIL                 VALUE 'F'.               BENBACS1
041600         88  LK-MOD-BAD-FORMAT           VALUE 'X'.               BENBACS1
041700 PROCEDURE DIVISION USING LK-MODCHK-AREA.                         BENBACS1
041800 0000-CHECK.                                                      BENBACS1
041900     STRING LK-SORT-CODE LK-ACCOUNT DELIMITED BY SIZE             BENBACS1
042000       INTO WS-DIGITS                                             BENBACS1
042100     IF WS-DIGITS NOT NUMERIC OR LK-SORT-CODE = '000000'          BENBACS1
042200         SET LK-MOD-BAD-FORMAT TO TRUE                            BENBACS1
042300         GO TO 0000-EXIT                                          BENBACS1
042400     END-IF                                                       BENBACS1
042500     IF LK-SORT-CODE (1:2) = '08'                                 BENBACS1
042600         SET LK-MOD-PASS TO TRUE                                  BENBACS1
042700         GO TO 0000-EXIT                                          BENBACS1
042800     END-IF                                                       BENBACS1
042900     MOVE ZERO TO WS-TOTAL                                        BENBACS1
043000     PERFORM VARYING WS-WT-IDX FROM 1 BY 1 UNTIL WS-WT-IDX > 14   BENBACS1
043100         COMPUTE WS-TOTAL = WS-TOTAL                              BENBACS1
043200               + WS-DIGIT (WS-WT-IDX) * WS-WEIGHT (WS-WT-IDX)     BENBACS1
043300     END-PERFORM                                                  BENBACS1
043400     DIVIDE WS-TOTAL BY 11 GIVING WS-QUOTIENT                     BENBACS1
043500                           REMAINDER WS-REMAINDER                 BENBACS1
043600     IF WS-REMAINDER = 1                                          BENBACS1
043700         SET LK-MOD-FAIL TO TRUE                                  BENBACS1
043800     ELSE                                                         BENBACS1
043900         SET LK-MOD-PASS TO TRUE                                  BENBACS1
044000     END-IF.                                                      BENBACS1
044100 0000-EXIT.                                                       BENBACS1
044200     EXIT PROGRAM.                                                BENBACS1
044300 END PROGRAM MODCHK.                                              BENBACS1
044400 END PROGRAM BENBACS1.                                            BENBACS1
