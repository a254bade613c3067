000100     TITLE 'BENRPT01 - DAILY PAYMENT SUMMARY BY REGION'           BENRPT01
000200*================================================================*BENRPT01
000300*                                                                *BENRPT01
000400*  PROGRAM     BENRPT01                                          *BENRPT01
000500*  TITLE       DAILY PAYMENT SUMMARY REPORT                      *BENRPT01
000600*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *BENRPT01
000700*                                                                *BENRPT01
000800*  JOB         BENRPTJ  (IN-STREAM PROC RPTPROC, STEP RPT010)    *BENRPT01
000900*  INPUT       PAYIN    TODAY'S PAYMENTS (HEADER/DETAIL/TRAILER) *BENRPT01
001000*  SORT WORK   SORTWK01 VIA SD SORT-FILE                         *BENRPT01
001100*  OUTPUT      RPTOUT   132 COLUMN REPORT WITH ASA CONTROL       *BENRPT01
001200*                                                                *BENRPT01
001300*  THE INPUT PROCEDURE CHECKS THE HEADER, RELEASES DETAILS AND   *BENRPT01
001400*  RECONCILES THE TRAILER COUNTS AND TOTALS.  THE OUTPUT         *BENRPT01
001500*  PROCEDURE PRINTS DETAIL LINES WITH CONTROL BREAKS ON REGION   *BENRPT01
001600*  (NEW PAGE) AND BENEFIT TYPE, THEN GRAND TOTALS AND A SUMMARY  *BENRPT01
001700*  BY PAYMENT METHOD FOR RECONCILIATION WITH BENBACS1.           *BENRPT01
001800*                                                                *BENRPT01
001900*  RETURN CODES  0 OK   8 TRAILER DOES NOT RECONCILE             *BENRPT01
002000*                                                                *BENRPT01
002100*  CHANGE HISTORY                                                *BENRPT01
002200*  15/04/02 RK          ORIGINAL (BENEFIT TYPE ONLY)             *BENRPT01
002300*  10/02/03 JB  CR1195  RECOVERY COLUMN                          *BENRPT01
002400*  21/07/08 MP  CR2995  REGION BREAK, METHOD SUMMARY, TRAILER    *BENRPT01
002500*                       RECONCILIATION                           *BENRPT01
002600*                                                                *BENRPT01
002700*================================================================*BENRPT01
002800 IDENTIFICATION DIVISION.                                         BENRPT01
002900 PROGRAM-ID.    BENRPT01.                                         BENRPT01
003000 AUTHOR.        R KHAN.                                           BENRPT01
003100 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENRPT01
003200 DATE-WRITTEN.  APRIL 2002.                                       BENRPT01
003300 DATE-COMPILED.                                                   BENRPT01
003400 ENVIRONMENT DIVISION.                                            BENRPT01
003500 CONFIGURATION SECTION.                                           BENRPT01
003600 SOURCE-COMPUTER. IBM-390.                                        BENRPT01
003700 OBJECT-COMPUTER. IBM-390.                                        BENRPT01
003800 SPECIAL-NAMES.                                                   BENRPT01
003900     C01 IS TOP-OF-PAGE.                                          BENRPT01
004000 INPUT-OUTPUT SECTION.                                            BENRPT01
004100 FILE-CONTROL.                                                    BENRPT01
004200     SELECT PAYMENT-FILE   ASSIGN TO PAYIN                        BENRPT01
004300            FILE STATUS IS WS-PAYIN-STATUS.                       BENRPT01
004400     SELECT SORT-FILE      ASSIGN TO SORTWK01.                    BENRPT01
004500     SELECT REPORT-FILE    ASSIGN TO RPTOUT                       BENRPT01
004600            FILE STATUS IS WS-RPT-STATUS.                         BENRPT01
004700 DATA DIVISION.                                                   BENRPT01
004800 FILE SECTION.                                                    BENRPT01
004900 FD  PAYMENT-FILE                                                 BENRPT01
005000     RECORDING MODE IS F                                          BENRPT01
005100     BLOCK CONTAINS 0 RECORDS.                                    BENRPT01
005200     COPY PAYREC.                                                 BENRPT01
005300 SD  SORT-FILE.                                                   BENRPT01
005400 01  SR-SORT-RECORD.                                              BENRPT01
005500     05  SR-REGION-CODE              PIC X(2).                    BENRPT01
005600     05  SR-BENEFIT-TYPE             PIC X(3).                    BENRPT01
005700     05  SR-CLAIM-ID                 PIC 9(9).                    BENRPT01
005800     05  SR-PAYMENT-ID               PIC 9(9).                    BENRPT01
005900     05  SR-NINO                     PIC X(9).                    BENRPT01
006000     05  SR-PAYEE-NAME               PIC X(30).                   BENRPT01
006100     05  SR-METHOD                   PIC X.                       BENRPT01
006200     05  SR-PERIOD-FROM              PIC 9(8).                    BENRPT01
006300     05  SR-PERIOD-TO                PIC 9(8).                    BENRPT01
006400     05  SR-GROSS-AMOUNT             PIC S9(7)V99 COMP-3.         BENRPT01
006500     05  SR-RECOVERED                PIC S9(7)V99 COMP-3.         BENRPT01
006600     05  SR-NET-AMOUNT               PIC S9(7)V99 COMP-3.         BENRPT01
006700 FD  REPORT-FILE                                                  BENRPT01
006800     RECORDING MODE IS F                                          BENRPT01
006900     BLOCK CONTAINS 0 RECORDS.                                    BENRPT01
007000 01  RPT-LINE                        PIC X(132).                  BENRPT01
007100 WORKING-STORAGE SECTION.                                         BENRPT01
007200 01  WS-FILE-STATUSES.                                            BENRPT01
007300     05  WS-PAYIN-STATUS             PIC X(2).                    BENRPT01
007400         88  WS-PAYIN-OK                 VALUE '00'.              BENRPT01
007500     05  WS-RPT-STATUS               PIC X(2).                    BENRPT01
007600 01  WS-SWITCHES.                                                 BENRPT01
007700     05  WS-PAYIN-EOF-SW             PIC X     VALUE 'N'.         BENRPT01
007800         88  WS-PAYIN-EOF                VALUE 'Y'.               BENRPT01
007900     05  WS-SORT-EOF-SW              PIC X     VALUE 'N'.         BENRPT01
008000         88  WS-END-OF-SORT              VALUE 'Y'.               BENRPT01
008100     05  WS-TRAILER-SEEN-SW          PIC X     VALUE 'N'.         BENRPT01
008200         88  WS-TRAILER-SEEN             VALUE 'Y'.               BENRPT01
008300 01  WS-CONTROL-FIELDS.                                           BENRPT01
008400     05  WS-CURR-REGION              PIC X(2).                    BENRPT01
008500     05  WS-CURR-BENEFIT             PIC X(3).                    BENRPT01
008600     05  WS-RUN-DATE                 PIC 9(8).                    BENRPT01
008700     05  WS-RUN-DATE-R REDEFINES WS-RUN-DATE.                     BENRPT01
008800         10  WS-RUN-CCYY             PIC 9(4).                    BENRPT01
008900         10  WS-RUN-MM               PIC 9(2).                    BENRPT01
009000         10  WS-RUN-DD               PIC 9(2).                    BENRPT01
009100     05  WS-WORK-DATE                PIC 9(8).                    BENRPT01
009200     05  WS-WORK-DATE-R REDEFINES WS-WORK-DATE.                   BENRPT01
009300         10  WS-WORK-CCYY            PIC 9(4).                    BENRPT01
009400         10  WS-WORK-MM              PIC 9(2).                    BENRPT01
009500         10  WS-WORK-DD              PIC 9(2).                    BENRPT01
009600     05  WS-DDMMCCYY                 PIC 9(8).                    BENRPT01
009700 01  WS-PAGE-CONTROL.                                             BENRPT01
009800     05  WS-PAGE-NO                  PIC 9(4)  COMP VALUE ZERO.   BENRPT01
009900     05  WS-LINE-COUNT               PIC S9(4) COMP VALUE +99.    BENRPT01
010000     05  WS-LINES-PER-PAGE           PIC S9(4) COMP VALUE +56.    BENRPT01
010100 01  WS-GROUP-TOTALS.                                             BENRPT01
010200     05  WS-BEN-TOTALS.                                           BENRPT01
010300         10  WS-BEN-COUNT            PIC S9(7)     COMP-3.        BENRPT01
010400         10  WS-BEN-GROSS            PIC S9(11)V99 COMP-3.        BENRPT01
010500         10  WS-BEN-RECOVERED        PIC S9(11)V99 COMP-3.        BENRPT01
010600         10  WS-BEN-NET              PIC S9(11)V99 COMP-3.        BENRPT01
010700     05  WS-REG-TOTALS.                                           BENRPT01
010800         10  WS-REG-COUNT            PIC S9(7)     COMP-3.        BENRPT01
010900         10  WS-REG-GROSS            PIC S9(11)V99 COMP-3.        BENRPT01
011000         10  WS-REG-RECOVERED        PIC S9(11)V99 COMP-3.        BENRPT01
011100         10  WS-REG-NET              PIC S9(11)V99 COMP-3.        BENRPT01
011200     05  WS-GRAND-TOTALS.                                         BENRPT01
011300         10  WS-GRD-COUNT            PIC S9(7)     COMP-3.        BENRPT01
011400         10  WS-GRD-GROSS            PIC S9(11)V99 COMP-3.        BENRPT01
011500         10  WS-GRD-RECOVERED        PIC S9(11)V99 COMP-3.        BENRPT01
011600         10  WS-GRD-NET              PIC S9(11)V99 COMP-3.        BENRPT01
011700     COPY CTLTOTS REPLACING ==:PFX:== BY ==RPT==.                 BENRPT01
011800 01  WS-TRAILER-CHECK.                                            BENRPT01
011900     05  WS-TRL-COUNT                PIC 9(9).                    BENRPT01
012000     05  WS-TRL-NET                  PIC S9(11)V99 COMP-3.        BENRPT01
012100*                                                                 BENRPT01
012200*    REGION NAMES - CODES AS SET BY BENEXT01 FROM THE POSTCODE    BENRPT01
012300 01  WS-REGION-VALUES.                                            BENRPT01
012400     05  FILLER PIC X(26) VALUE 'EAEAST OF ENGLAND'.              BENRPT01
012500     05  FILLER PIC X(26) VALUE 'EMEAST MIDLANDS'.                BENRPT01
012600     05  FILLER PIC X(26) VALUE 'LOLONDON'.                       BENRPT01
012700     05  FILLER PIC X(26) VALUE 'NENORTH EAST'.                   BENRPT01
012800     05  FILLER PIC X(26) VALUE 'NWNORTH WEST'.                   BENRPT01
012900     05  FILLER PIC X(26) VALUE 'OSOVERSEAS'.                     BENRPT01
013000     05  FILLER PIC X(26) VALUE 'SCSCOTLAND'.                     BENRPT01
013100     05  FILLER PIC X(26) VALUE 'SESOUTH EAST'.                   BENRPT01
013200     05  FILLER PIC X(26) VALUE 'SWSOUTH WEST'.                   BENRPT01
013300     05  FILLER PIC X(26) VALUE 'WAWALES'.                        BENRPT01
013400     05  FILLER PIC X(26) VALUE 'WMWEST MIDLANDS'.                BENRPT01
013500     05  FILLER PIC X(26) VALUE 'YHYORKSHIRE AND HUMBER'.         BENRPT01
013600 01  WS-REGION-TABLE REDEFINES WS-REGION-VALUES.                  BENRPT01
013700     05  WS-REGION-ENTRY             OCCURS 12 TIMES              BENRPT01
013800                                     INDEXED BY WS-REG-IDX.       BENRPT01
013900         10  WS-REGION-CODE          PIC X(2).                    BENRPT01
014000         10  WS-REGION-NAME          PIC X(24).                   BENRPT01
014100 01  WS-BENEFIT-VALUES.                                           BENRPT01
014200     05  FILLER PIC X(33) VALUE 'CA CARERS ALLOWANCE'.            BENRPT01
014300     05  FILLER PIC X(33) VALUE 'IS INCOME SUPPORT'.              BENRPT01
014400     05  FILLER PIC X(33) VALUE 'JSAJOBSEEKERS ALLOWANCE (IB)'.   BENRPT01
014500     05  FILLER PIC X(33) VALUE 'PC PENSION CREDIT'.              BENRPT01
014600     05  FILLER PIC X(33) VALUE 'SP STATE PENSION'.               BENRPT01
014700 01  WS-BENEFIT-TABLE REDEFINES WS-BENEFIT-VALUES.                BENRPT01
014800     05  WS-BENEFIT-ENTRY            OCCURS 5 TIMES               BENRPT01
014900                                     ASCENDING KEY WS-BEN-CODE    BENRPT01
015000                                     INDEXED BY WS-BEN-IDX.       BENRPT01
015100         10  WS-BEN-CODE             PIC X(3).                    BENRPT01
015200         10  WS-BEN-NAME             PIC X(30).                   BENRPT01
015300*                                                                 BENRPT01
015400*    REPORT LINES                                                 BENRPT01
015500 01  HDG-LINE-1.                                                  BENRPT01
015600     05  FILLER                      PIC X(10) VALUE 'BENRPT01'.  BENRPT01
015700     05  FILLER                      PIC X(90) VALUE 'DEPARTMENT F
015800-    'OR WORK AND PENSIONS  -  BENEFITS PAYMENT CENTRE  -  DAILY P
015900-    'AYMENT SUMMARY'.                                            BENRPT01
016000     05  FILLER                      PIC X(6)  VALUE 'DATE '.     BENRPT01
016100     05  HDG-RUN-DATE                PIC 99/99/9999.              BENRPT01
016200     05  FILLER                      PIC X(6)  VALUE ' PAGE'.     BENRPT01
016300     05  HDG-PAGE-NO                 PIC ZZZ9.                    BENRPT01
016400     05  FILLER                      PIC X(6)  VALUE SPACES.      BENRPT01
016500 01  HDG-LINE-2.                                                  BENRPT01
016600     05  FILLER                      PIC X(10) VALUE 'REGION :'.  BENRPT01
016700     05  HDG-REGION-CODE             PIC X(2).                    BENRPT01
016800     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRPT01
016900     05  HDG-REGION-NAME             PIC X(30) JUSTIFIED RIGHT.   BENRPT01
017000     05  FILLER                      PIC X(88) VALUE SPACES.      BENRPT01
017100 01  HDG-LINE-3.                                                  BENRPT01
017200     05  FILLER                      PIC X(132) VALUE             BENRPT01
017300         'BEN  CLAIM NO   PAYMENT     NI NUMBER  PAYEE            
017400-    '        M  PERIOD FROM  PERIOD TO          GROSS  RECOVERED 
017500-    '         NET'.                                              BENRPT01
017600 01  DTL-LINE.                                                    BENRPT01
017700     05  DTL-BENEFIT                 PIC X(3).                    BENRPT01
017800     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRPT01
017900     05  DTL-CLAIM-ID                PIC 9(9).                    BENRPT01
018000     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRPT01
018100     05  DTL-PAYMENT-ID              PIC Z(8)9.                   BENRPT01
018200     05  FILLER                      PIC X(3)  VALUE SPACES.      BENRPT01
018300     05  DTL-NINO                    PIC X(9).                    BENRPT01
018400     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRPT01
018500     05  DTL-PAYEE                   PIC X(24).                   BENRPT01
018600     05  FILLER                      PIC X(1)  VALUE SPACES.      BENRPT01
018700     05  DTL-METHOD                  PIC X.                       BENRPT01
018800     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRPT01
018900     05  DTL-PERIOD-FROM             PIC 99/99/9999.              BENRPT01
019000     05  FILLER                      PIC X(3)  VALUE SPACES.      BENRPT01
019100     05  DTL-PERIOD-TO               PIC 99/99/9999.              BENRPT01
019200     05  FILLER                      PIC X(2)  VALUE SPACES.      BENRPT01
019300     05  DTL-GROSS                   PIC Z,ZZZ,ZZ9.99-.           BENRPT01
019400     05  DTL-RECOVERED               PIC ZZZ,ZZ9.99               BENRPT01
019500                                     BLANK WHEN ZERO.             BENRPT01
019600     05  FILLER                      PIC X(1)  VALUE SPACES.      BENRPT01
019700     05  DTL-NET                     PIC Z,ZZZ,ZZ9.99-.           BENRPT01
019800     05  FILLER                      PIC X(3)  VALUE SPACES.      BENRPT01
019900 01  TOT-LINE.                                                    BENRPT01
020000     05  FILLER                      PIC X(5)  VALUE SPACES.      BENRPT01
020100     05  TOT-LABEL                   PIC X(40).                   BENRPT01
020200     05  FILLER                      PIC X(5)  VALUE 'COUNT'.     BENRPT01
020300     05  TOT-COUNT                   PIC ZZZ,ZZ9.                 BENRPT01
020400     05  FILLER                      PIC X(24) VALUE SPACES.      BENRPT01
020500     05  TOT-GROSS                   PIC ZZ,ZZZ,ZZZ,ZZ9.99-.      BENRPT01
020600     05  TOT-RECOVERED               PIC ZZZ,ZZZ,ZZ9.99           BENRPT01
020700                                     BLANK WHEN ZERO.             BENRPT01
020800     05  TOT-NET                     PIC ZZ,ZZZ,ZZZ,ZZ9.99-.      BENRPT01
020900     05  FILLER                      PIC X(1)  VALUE SPACES.      BENRPT01
021000 01  MTH-LINE.                                                    BENRPT01
021100     05  FILLER                      PIC X(5)  VALUE SPACES.      BENRPT01
021200     05  MTH-LABEL                   PIC X(30).                   BENRPT01
021300     05  MTH-COUNT                   PIC ZZZ,ZZZ,ZZ9.             BENRPT01
021400     05  FILLER                      PIC X(5)  VALUE SPACES.      BENRPT01
021500     05  MTH-AMOUNT                  PIC Z,ZZZ,ZZZ,ZZ9.99-.       BENRPT01
021600     05  FILLER                      PIC X(64) VALUE SPACES.      BENRPT01
021700/                                                                 BENRPT01
021800 PROCEDURE DIVISION.                                              BENRPT01
021900*                                                                 BENRPT01
022000 0000-MAIN SECTION.                                               BENRPT01
022100 0000-START.                                                      BENRPT01
022200     PERFORM 1000-INITIALISE                                      BENRPT01
022300     SORT SORT-FILE                                               BENRPT01
022400         ON ASCENDING KEY SR-REGION-CODE                          BENRPT01
022500                          SR-BENEFIT-TYPE                         BENRPT01
022600                          SR-CLAIM-ID                             BENRPT01
022700         INPUT PROCEDURE IS 2000-SELECT-PAYMENTS                  BENRPT01
022800         OUTPUT PROCEDURE IS 3000-PRINT-REPORT                    BENRPT01
022900     IF SORT-RETURN NOT = ZERO                                    BENRPT01
023000         DISPLAY 'BENRPT01 SORT FAILED, SORT-RETURN ' SORT-RETURN BENRPT01
023100         MOVE 16 TO RETURN-CODE                                   BENRPT01
023200     END-IF                                                       BENRPT01
023300     PERFORM 9000-TERMINATE                                       BENRPT01
023400     STOP RUN.                                                    BENRPT01
023500*                                                                 BENRPT01
023600 1000-INITIALISE SECTION.                                         BENRPT01
023700 1000-START.                                                      BENRPT01
023800     INITIALIZE WS-GROUP-TOTALS RPT-CONTROL-TOTALS                BENRPT01
023900     MOVE ZERO TO WS-RUN-DATE                                     BENRPT01
024000     OPEN OUTPUT REPORT-FILE.                                     BENRPT01
024100 1000-EXIT.                                                       BENRPT01
024200     EXIT.                                                        BENRPT01
024300*                                                                 BENRPT01
024400*----------------------------------------------------------------*BENRPT01
024500* 2000  INPUT PROCEDURE - HEADER, RELEASE DETAILS, TRAILER       *BENRPT01
024600*----------------------------------------------------------------*BENRPT01
024700 2000-SELECT-PAYMENTS SECTION.                                    BENRPT01
024800 2000-START.                                                      BENRPT01
024900     OPEN INPUT PAYMENT-FILE                                      BENRPT01
025000     IF NOT WS-PAYIN-OK                                           BENRPT01
025100         DISPLAY 'BENRPT01 OPEN PAYIN FAILED ' WS-PAYIN-STATUS    BENRPT01
025200         MOVE 16 TO RETURN-CODE                                   BENRPT01
025300         GO TO 2000-EXIT                                          BENRPT01
025400     END-IF                                                       BENRPT01
025500     PERFORM 2100-READ-PAYMENT.                                   BENRPT01
025600 2010-RECORD-LOOP.                                                BENRPT01
025700     IF WS-PAYIN-EOF                                              BENRPT01
025800         GO TO 2090-CLOSE                                         BENRPT01
025900     END-IF                                                       BENRPT01
026000     EVALUATE TRUE                                                BENRPT01
026100         WHEN PY-HEADER-REC                                       BENRPT01
026200             MOVE PY-HDR-RUN-DATE TO WS-RUN-DATE                  BENRPT01
026300         WHEN PY-DETAIL-REC                                       BENRPT01
026400             PERFORM 2200-RELEASE-DETAIL                          BENRPT01
026500         WHEN PY-TRAILER-REC                                      BENRPT01
026600             SET WS-TRAILER-SEEN TO TRUE                          BENRPT01
026700             MOVE PY-TRL-RECORD-COUNT TO WS-TRL-COUNT             BENRPT01
026800             MOVE PY-TRL-TOTAL-NET    TO WS-TRL-NET               BENRPT01
026900         WHEN OTHER                                               BENRPT01
027000             DISPLAY 'BENRPT01 BAD RECORD TYPE ' PY-RECORD-TYPE   BENRPT01
027100     END-EVALUATE                                                 BENRPT01
027200     PERFORM 2100-READ-PAYMENT                                    BENRPT01
027300     GO TO 2010-RECORD-LOOP.                                      BENRPT01
027400 2090-CLOSE.                                                      BENRPT01
027500     CLOSE PAYMENT-FILE                                           BENRPT01
027600     PERFORM 2300-RECONCILE.                                      BENRPT01
027700 2000-EXIT.                                                       BENRPT01
027800     EXIT.                                                        BENRPT01
027900*                                                                 BENRPT01
028000 2100-READ-PAYMENT SECTION.                                       BENRPT01
028100 2100-START.                                                      BENRPT01
028200     READ PAYMENT-FILE                                            BENRPT01
028300         AT END                                                   BENRPT01
028400             SET WS-PAYIN-EOF TO TRUE                             BENRPT01
028500     END-READ.                                                    BENRPT01
028600*                                                                 BENRPT01
028700 2200-RELEASE-DETAIL SECTION.                                     BENRPT01
028800 2200-START.                                                      BENRPT01
028900     ADD 1             TO RPT-RECORDS-READ                        BENRPT01
029000     ADD PY-NET-AMOUNT TO RPT-AMOUNT-READ                         BENRPT01
029100     MOVE PY-REGION-CODE       TO SR-REGION-CODE                  BENRPT01
029200     MOVE PY-BENEFIT-TYPE      TO SR-BENEFIT-TYPE                 BENRPT01
029300     MOVE PY-CLAIM-ID          TO SR-CLAIM-ID                     BENRPT01
029400     MOVE PY-PAYMENT-ID        TO SR-PAYMENT-ID                   BENRPT01
029500     MOVE PY-NINO              TO SR-NINO                         BENRPT01
029600     MOVE PY-PAYEE-NAME        TO SR-PAYEE-NAME                   BENRPT01
029700     MOVE PY-METHOD            TO SR-METHOD                       BENRPT01
029800     MOVE PY-PERIOD-FROM       TO SR-PERIOD-FROM                  BENRPT01
029900     MOVE PY-PERIOD-TO         TO SR-PERIOD-TO                    BENRPT01
030000     MOVE PY-GROSS-AMOUNT      TO SR-GROSS-AMOUNT                 BENRPT01
030100     MOVE PY-RECOVERY-DEDUCTED TO SR-RECOVERED                    BENRPT01
030200     MOVE PY-NET-AMOUNT        TO SR-NET-AMOUNT                   BENRPT01
030300     RELEASE SR-SORT-RECORD.                                      BENRPT01
030400*                                                                 BENRPT01
030500 2300-RECONCILE SECTION.                                          BENRPT01
030600 2300-START.                                                      BENRPT01
030700     IF NOT WS-TRAILER-SEEN                                       BENRPT01
030800         DISPLAY 'BENRPT01 NO TRAILER RECORD ON PAYIN'            BENRPT01
030900         MOVE 8 TO RETURN-CODE                                    BENRPT01
031000     ELSE                                                         BENRPT01
031100         IF WS-TRL-COUNT NOT = RPT-RECORDS-READ                   BENRPT01
031200         OR WS-TRL-NET NOT = RPT-AMOUNT-READ                      BENRPT01
031300             DISPLAY 'BENRPT01 TRAILER DOES NOT RECONCILE'        BENRPT01
031400             MOVE WS-TRL-COUNT TO RPT-DSP-COUNT                   BENRPT01
031500             MOVE WS-TRL-NET   TO RPT-DSP-AMOUNT                  BENRPT01
031600             DISPLAY 'BENRPT01   TRAILER ' RPT-DSP-COUNT          BENRPT01
031700                     ' ' RPT-DSP-AMOUNT                           BENRPT01
031800             MOVE RPT-RECORDS-READ TO RPT-DSP-COUNT               BENRPT01
031900             MOVE RPT-AMOUNT-READ  TO RPT-DSP-AMOUNT              BENRPT01
032000             DISPLAY 'BENRPT01   COUNTED ' RPT-DSP-COUNT          BENRPT01
032100                     ' ' RPT-DSP-AMOUNT                           BENRPT01
032200             MOVE 8 TO RETURN-CODE                                BENRPT01
032300         END-IF                                                   BENRPT01
032400     END-IF.                                                      BENRPT01
032500*                                                                 BENRPT01
032600*----------------------------------------------------------------*BENRPT01
032700* 3000  OUTPUT PROCEDURE - CONTROL BREAKS ON REGION AND BENEFIT  *BENRPT01
032800*----------------------------------------------------------------*BENRPT01
032900 3000-PRINT-REPORT SECTION.                                       BENRPT01
033000 3000-START.                                                      BENRPT01
033100     PERFORM 3900-RETURN-SORTED                                   BENRPT01
033200     PERFORM 3100-REGION-GROUP                                    BENRPT01
033300         UNTIL WS-END-OF-SORT                                     BENRPT01
033400     PERFORM 3700-GRAND-TOTALS.                                   BENRPT01
033500*                                                                 BENRPT01
033600 3100-REGION-GROUP SECTION.                                       BENRPT01
033700 3100-START.                                                      BENRPT01
033800     MOVE SR-REGION-CODE TO WS-CURR-REGION                        BENRPT01
033900     INITIALIZE WS-REG-TOTALS                                     BENRPT01
034000     PERFORM 3150-REGION-NAME                                     BENRPT01
034100     MOVE WS-LINES-PER-PAGE TO WS-LINE-COUNT                      BENRPT01
034200     PERFORM 3200-BENEFIT-GROUP                                   BENRPT01
034300         UNTIL WS-END-OF-SORT                                     BENRPT01
034400            OR SR-REGION-CODE NOT = WS-CURR-REGION                BENRPT01
034500     MOVE SPACES TO TOT-LINE                                      BENRPT01
034600     STRING 'TOTAL FOR REGION ' WS-CURR-REGION                    BENRPT01
034700            DELIMITED BY SIZE INTO TOT-LABEL                      BENRPT01
034800     MOVE WS-REG-COUNT     TO TOT-COUNT                           BENRPT01
034900     MOVE WS-REG-GROSS     TO TOT-GROSS                           BENRPT01
035000     MOVE WS-REG-RECOVERED TO TOT-RECOVERED                       BENRPT01
035100     MOVE WS-REG-NET       TO TOT-NET                             BENRPT01
035200     PERFORM 3800-CHECK-PAGE                                      BENRPT01
035300     WRITE RPT-LINE FROM TOT-LINE AFTER ADVANCING 2 LINES         BENRPT01
035400     ADD 2 TO WS-LINE-COUNT                                       BENRPT01
035500     ADD WS-REG-COUNT     TO WS-GRD-COUNT                         BENRPT01
035600     ADD WS-REG-GROSS     TO WS-GRD-GROSS                         BENRPT01
035700     ADD WS-REG-RECOVERED TO WS-GRD-RECOVERED                     BENRPT01
035800     ADD WS-REG-NET       TO WS-GRD-NET.                          BENRPT01
035900*                                                                 BENRPT01
036000 3150-REGION-NAME SECTION.                                        BENRPT01
036100 3150-START.                                                      BENRPT01
036200     MOVE WS-CURR-REGION TO HDG-REGION-CODE                       BENRPT01
036300     SET WS-REG-IDX TO 1                                          BENRPT01
036400     SEARCH WS-REGION-ENTRY                                       BENRPT01
036500         AT END                                                   BENRPT01
036600             MOVE 'UNKNOWN REGION' TO HDG-REGION-NAME             BENRPT01
036700         WHEN WS-REGION-CODE (WS-REG-IDX) = WS-CURR-REGION        BENRPT01
036800             MOVE WS-REGION-NAME (WS-REG-IDX) TO HDG-REGION-NAME  BENRPT01
036900     END-SEARCH.                                                  BENRPT01
037000*                                                                 BENRPT01
037100 3200-BENEFIT-GROUP SECTION.                                      BENRPT01
037200 3200-START.                                                      BENRPT01
037300     MOVE SR-BENEFIT-TYPE TO WS-CURR-BENEFIT                      BENRPT01
037400     INITIALIZE WS-BEN-TOTALS                                     BENRPT01
037500     PERFORM 3300-DETAIL-LINE                                     BENRPT01
037600         UNTIL WS-END-OF-SORT                                     BENRPT01
037700            OR SR-REGION-CODE NOT = WS-CURR-REGION                BENRPT01
037800            OR SR-BENEFIT-TYPE NOT = WS-CURR-BENEFIT              BENRPT01
037900     MOVE SPACES TO TOT-LINE                                      BENRPT01
038000     SEARCH ALL WS-BENEFIT-ENTRY                                  BENRPT01
038100         AT END                                                   BENRPT01
038200             STRING 'TOTAL ' WS-CURR-BENEFIT                      BENRPT01
038300                    DELIMITED BY SIZE INTO TOT-LABEL              BENRPT01
038400         WHEN WS-BEN-CODE (WS-BEN-IDX) = WS-CURR-BENEFIT          BENRPT01
038500             STRING 'TOTAL ' WS-BEN-NAME (WS-BEN-IDX)             BENRPT01
038600                    DELIMITED BY '  ' INTO TOT-LABEL              BENRPT01
038700     END-SEARCH                                                   BENRPT01
038800     MOVE WS-BEN-COUNT     TO TOT-COUNT                           BENRPT01
038900     MOVE WS-BEN-GROSS     TO TOT-GROSS                           BENRPT01
039000     MOVE WS-BEN-RECOVERED TO TOT-RECOVERED                       BENRPT01
039100     MOVE WS-BEN-NET       TO TOT-NET                             BENRPT01
039200     PERFORM 3800-CHECK-PAGE                                      BENRPT01
039300     WRITE RPT-LINE FROM TOT-LINE AFTER ADVANCING 2 LINES         BENRPT01
039400     MOVE SPACES TO RPT-LINE                                      BENRPT01
039500     WRITE RPT-LINE AFTER ADVANCING 1 LINE                        BENRPT01
039600     ADD 3 TO WS-LINE-COUNT                                       BENRPT01
039700     ADD WS-BEN-COUNT     TO WS-REG-COUNT                         BENRPT01
039800     ADD WS-BEN-GROSS     TO WS-REG-GROSS                         BENRPT01
039900     ADD WS-BEN-RECOVERED TO WS-REG-RECOVERED                     BENRPT01
040000     ADD WS-BEN-NET       TO WS-REG-NET.                          BENRPT01
040100*                                                                 BENRPT01
040200 3300-DETAIL-LINE SECTION.                                        BENRPT01
040300 3300-START.                                                      BENRPT01
040400     MOVE SR-BENEFIT-TYPE  TO DTL-BENEFIT                         BENRPT01
040500     MOVE SR-CLAIM-ID      TO DTL-CLAIM-ID                        BENRPT01
040600     MOVE SR-PAYMENT-ID    TO DTL-PAYMENT-ID                      BENRPT01
040700     MOVE SR-NINO          TO DTL-NINO                            BENRPT01
040800     MOVE SR-PAYEE-NAME    TO DTL-PAYEE                           BENRPT01
040900     MOVE SR-METHOD        TO DTL-METHOD                          BENRPT01
041000     MOVE SR-PERIOD-FROM   TO WS-WORK-DATE                        BENRPT01
041100     PERFORM 3950-DDMMCCYY                                        BENRPT01
041200     MOVE WS-DDMMCCYY      TO DTL-PERIOD-FROM                     BENRPT01
041300     MOVE SR-PERIOD-TO     TO WS-WORK-DATE                        BENRPT01
041400     PERFORM 3950-DDMMCCYY                                        BENRPT01
041500     MOVE WS-DDMMCCYY      TO DTL-PERIOD-TO                       BENRPT01
041600     MOVE SR-GROSS-AMOUNT  TO DTL-GROSS                           BENRPT01
041700     MOVE SR-RECOVERED     TO DTL-RECOVERED                       BENRPT01
041800     MOVE SR-NET-AMOUNT    TO DTL-NET                             BENRPT01
041900     PERFORM 3800-CHECK-PAGE                                      BENRPT01
042000     WRITE RPT-LINE FROM DTL-LINE AFTER ADVANCING 1 LINE          BENRPT01
042100     ADD 1 TO WS-LINE-COUNT                                       BENRPT01
042200     ADD 1                TO WS-BEN-COUNT                         BENRPT01
042300     ADD SR-GROSS-AMOUNT  TO WS-BEN-GROSS                         BENRPT01
042400     ADD SR-RECOVERED     TO WS-BEN-RECOVERED                     BENRPT01
042500     ADD SR-NET-AMOUNT    TO WS-BEN-NET                           BENRPT01
042600     EVALUATE SR-METHOD                                           BENRPT01
042700         WHEN 'B'  SET RPT-MTH-IDX TO 1                           BENRPT01
042800         WHEN 'C'  SET RPT-MTH-IDX TO 2                           BENRPT01
042900         WHEN 'P'  SET RPT-MTH-IDX TO 3                           BENRPT01
043000     END-EVALUATE                                                 BENRPT01
043100     ADD 1             TO RPT-MTH-COUNT (RPT-MTH-IDX)             BENRPT01
043200     ADD SR-NET-AMOUNT TO RPT-MTH-AMOUNT (RPT-MTH-IDX)            BENRPT01
043300     PERFORM 3900-RETURN-SORTED.                                  BENRPT01
043400*                                                                 BENRPT01
043500 3700-GRAND-TOTALS SECTION.                                       BENRPT01
043600 3700-START.                                                      BENRPT01
043700     MOVE SPACES TO HDG-REGION-CODE                               BENRPT01
043800     MOVE 'ALL REGIONS' TO HDG-REGION-NAME                        BENRPT01
043900     PERFORM 3850-PAGE-HEADINGS                                   BENRPT01
044000     MOVE SPACES TO TOT-LINE                                      BENRPT01
044100     MOVE 'GRAND TOTAL - ALL REGIONS' TO TOT-LABEL                BENRPT01
044200     MOVE WS-GRD-COUNT     TO TOT-COUNT                           BENRPT01
044300     MOVE WS-GRD-GROSS     TO TOT-GROSS                           BENRPT01
044400     MOVE WS-GRD-RECOVERED TO TOT-RECOVERED                       BENRPT01
044500     MOVE WS-GRD-NET       TO TOT-NET                             BENRPT01
044600     WRITE RPT-LINE FROM TOT-LINE AFTER ADVANCING 2 LINES         BENRPT01
044700     PERFORM VARYING RPT-MTH-IDX FROM 1 BY 1                      BENRPT01
044800             UNTIL RPT-MTH-IDX > 3                                BENRPT01
044900         MOVE SPACES TO MTH-LINE                                  BENRPT01
045000         EVALUATE RPT-MTH-IDX                                     BENRPT01
045100             WHEN 1 MOVE 'PAID BY BACS'           TO MTH-LABEL    BENRPT01
045200             WHEN 2 MOVE 'PAID BY GIROCHEQUE'     TO MTH-LABEL    BENRPT01
045300             WHEN 3 MOVE 'PAID TO POST OFFICE A/C' TO MTH-LABEL   BENRPT01
045400         END-EVALUATE                                             BENRPT01
045500         MOVE RPT-MTH-COUNT (RPT-MTH-IDX)  TO MTH-COUNT           BENRPT01
045600         MOVE RPT-MTH-AMOUNT (RPT-MTH-IDX) TO MTH-AMOUNT          BENRPT01
045700         WRITE RPT-LINE FROM MTH-LINE AFTER ADVANCING 1 LINE      BENRPT01
045800     END-PERFORM.                                                 BENRPT01
045900*                                                                 BENRPT01
046000 3800-CHECK-PAGE SECTION.                                         BENRPT01
046100 3800-START.                                                      BENRPT01
046200     IF WS-LINE-COUNT NOT < WS-LINES-PER-PAGE                     BENRPT01
046300         PERFORM 3850-PAGE-HEADINGS                               BENRPT01
046400     END-IF.                                                      BENRPT01
046500*                                                                 BENRPT01
046600 3850-PAGE-HEADINGS SECTION.                                      BENRPT01
046700 3850-START.                                                      BENRPT01
046800     ADD 1 TO WS-PAGE-NO                                          BENRPT01
046900     MOVE WS-PAGE-NO TO HDG-PAGE-NO                               BENRPT01
047000     MOVE WS-RUN-DATE TO WS-WORK-DATE                             BENRPT01
047100     IF WS-RUN-DATE = ZERO                                        BENRPT01
047200         MOVE ZERO TO HDG-RUN-DATE                                BENRPT01
047300     ELSE                                                         BENRPT01
047400         PERFORM 3950-DDMMCCYY                                    BENRPT01
047500         MOVE WS-DDMMCCYY TO HDG-RUN-DATE                         BENRPT01
047600     END-IF                                                       BENRPT01
047700     WRITE RPT-LINE FROM HDG-LINE-1 AFTER ADVANCING TOP-OF-PAGE   BENRPT01
047800     WRITE RPT-LINE FROM HDG-LINE-2 AFTER ADVANCING 2 LINES       BENRPT01
047900     WRITE RPT-LINE FROM HDG-LINE-3 AFTER ADVANCING 2 LINES       BENRPT01
048000     MOVE SPACES TO RPT-LINE                                      BENRPT01
048100     WRITE RPT-LINE AFTER ADVANCING 1 LINE                        BENRPT01
048200     MOVE 6 TO WS-LINE-COUNT.                                     BENRPT01
048300*                                                                 BENRPT01
048400 3900-RETURN-SORTED SECTION.                                      BENRPT01
048500 3900-START.                                                      BENRPT01
048600     RETURN SORT-FILE                                             BENRPT01
048700         AT END                                                   BENRPT01
048800             SET WS-END-OF-SORT TO TRUE                           BENRPT01
048900     END-RETURN.                                                  BENRPT01
049000*                                                                 BENRPT01
049100 3950-DDMMCCYY SECTION.                                           BENRPT01
049200 3950-START.                                                      BENRPT01
049300     COMPUTE WS-DDMMCCYY = WS-WORK-DD * 1000000                   BENRPT01
049400                         + WS-WORK-MM * 10000                     BENRPT01
049500                         + WS-WORK-CCYY.                          BENRPT01
049600*                                                                 BENRPT01
049700 9000-TERMINATE SECTION.                                          BENRPT01
049800 9000-START.                                                      BENRPT01
049900     CLOSE REPORT-FILE                                            BENRPT01
050000     MOVE RPT-RECORDS-READ TO RPT-DSP-COUNT                       BENRPT01
050100     MOVE RPT-AMOUNT-READ  TO RPT-DSP-AMOUNT                      BENRPT01
050200     DISPLAY 'BENRPT01 PAYMENTS REPORTED ' RPT-DSP-COUNT          BENRPT01
050300             ' NET ' RPT-DSP-AMOUNT.                              BENRPT01
