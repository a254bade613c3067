000100 CBL APOST,RENT,TRUNC(BIN),OPT(STD),SQL('APOSTSQL STDSQL(NO)')    BENPAY01
000200*================================================================*BENPAY01
000300*                                                                *BENPAY01
000400*  PROGRAM     BENPAY01                                          *BENPAY01
000500*  TITLE       NIGHTLY PAYMENT CALCULATION DRIVER                *BENPAY01
000600*  SYSTEM      BENEFITS PAYMENT SYSTEM (BPS)                     *BENPAY01
000700*                                                                *BENPAY01
000800*  JOB         BENPAYJ STEP010 (PROC BENPAYP, IKJEFT01 DSN RUN)  *BENPAY01
000900*  PLAN        BENPAYPL                                          *BENPAY01
001000*  INPUT       CTLCARD  RUN CONTROL CARD (RUNDATE=CCYYMMDD)      *BENPAY01
001100*              CLAIMIN  DAILY CLAIMS EXTRACT FROM BENEXT01       *BENPAY01
001200*  OUTPUT      PAYOUT   PAYMENT FILE (PAYREC) FOR BENOVP01,      *BENPAY01
001300*                       BENBACS1 AND BENRPT01                    *BENPAY01
001400*              REJOUT   CLAIMS NOT PAID AND WHY                  *BENPAY01
001500*  DB2         BENEFIT_RATE  READ (RATECSR)                      *BENPAY01
001600*              PAYMENT       INSERT                              *BENPAY01
001700*              CLAIM         UPDATE (LAST PAID, WEEKLY AMOUNT,   *BENPAY01
001800*                            SUSPENSION)                         *BENPAY01
001900*              AUDIT_LOG     INSERT                              *BENPAY01
002000*  CALLS       DATEUTL  DAY OF WEEK, PERIOD ARITHMETIC           *BENPAY01
002100*              ELIGCHK  CONDITIONS OF ENTITLEMENT                *BENPAY01
002200*              PAYCALC  WEEKLY AMOUNT AND PAYMENT FOR PERIOD     *BENPAY01
002300*                                                                *BENPAY01
002400*  FOR EACH CLAIM DUE ON TODAY'S PAYDAY:  RE-CHECK ENTITLEMENT   *BENPAY01
002500*  (ELIGCHK), CALCULATE THE PAYMENT (PAYCALC), WRITE THE PAYMENT *BENPAY01
002600*  RECORD AND INSERT THE PAYMENT ROW.  INELIGIBLE CLAIMS ARE     *BENPAY01
002700*  SUSPENDED (STATUS 'S') AND WRITTEN TO THE REJECT FILE.        *BENPAY01
002800*                                                                *BENPAY01
002900*  PAYDAYS  PENSIONS (SP, PC) MONDAY.  OTHERS BY THE LAST TWO    *BENPAY01
003000*  DIGITS OF THE NINO: 00-19 MON 20-39 TUE 40-59 WED 60-79 THU   *BENPAY01
003100*  80-99 FRI  (SAME AS com.acme.benefits.util.PaydayCalculator). *BENPAY01
003200*                                                                *BENPAY01
003300*  RETURN CODES  0 OK   4 CLAIMS REJECTED   12 DB2 ERROR OR      *BENPAY01
003400*                TRAILER MISMATCH   16 RUN CONTROL ERROR         *BENPAY01
003500*                                                                *BENPAY01
003600*  CHANGE HISTORY                                                *BENPAY01
003700*  15/04/02 RK          ORIGINAL - REPLACES THE IMS PAYMENT RUN  *BENPAY01
003800*  10/02/03 JB  CR1195  OVERPAYMENT RECOVERY VIA PAYCALC         *BENPAY01
003900*  09/06/04 TW  CR1655  BANK DETAILS ON PAYMENT, REFERENCE NO    *BENPAY01
004000*  27/09/04 TW  CR1744  DECEASED CLAIMANTS EXCLUDED BY EXTRACT   *BENPAY01
004100*  18/07/05 TW  CR2088  PAYDAYS BY NINO, PENSIONERS ON MONDAY    *BENPAY01
004200*  31/03/08 MP  CR2981  ORDER BOOKS WITHDRAWN - 8500 RETIRED     *BENPAY01
004300*  21/07/08 MP  CR2995  COMMIT EVERY 500, TRAILER TOTALS         *BENPAY01
004400*  05/05/09 AS  CR3120  PERIOD DAYS PASSED TO PAYCALC            *BENPAY01
004500*                                                                *BENPAY01
004600*================================================================*BENPAY01
004700 IDENTIFICATION DIVISION.                                         BENPAY01
004800 PROGRAM-ID.    BENPAY01.                                         BENPAY01
004900 AUTHOR.        R KHAN.                                           BENPAY01
005000 INSTALLATION.  BENEFITS PAYMENT CENTRE.                          BENPAY01
005100 DATE-WRITTEN.  APRIL 2002.                                       BENPAY01
005200 DATE-COMPILED.                                                   BENPAY01
005300 ENVIRONMENT DIVISION.                                            BENPAY01
005400 CONFIGURATION SECTION.                                           BENPAY01
005500 SOURCE-COMPUTER. IBM-390.                                        BENPAY01
005600 OBJECT-COMPUTER. IBM-390.                                        BENPAY01
005700 INPUT-OUTPUT SECTION.                                            BENPAY01
005800 FILE-CONTROL.                                                    BENPAY01
005900     SELECT CONTROL-CARD   ASSIGN TO CTLCARD                      BENPAY01
006000            FILE STATUS IS WS-CTL-STATUS.                         BENPAY01
006100     SELECT CLAIM-FILE     ASSIGN TO CLAIMIN                      BENPAY01
006200            FILE STATUS IS WS-CLAIM-STATUS.                       BENPAY01
006300     SELECT PAYMENT-FILE   ASSIGN TO PAYOUT                       BENPAY01
006400            FILE STATUS IS WS-PAY-STATUS.                         BENPAY01
006500     SELECT REJECT-FILE    ASSIGN TO REJOUT                       BENPAY01
006600            FILE STATUS IS WS-REJ-STATUS.                         BENPAY01
006700     EJECT                                                        BENPAY01
006800 DATA DIVISION.                                                   BENPAY01
006900 FILE SECTION.                                                    BENPAY01
007000 FD  CONTROL-CARD                                                 BENPAY01
007100     RECORDING MODE IS F.                                         BENPAY01
007200 01  CC-CONTROL-CARD.                                             BENPAY01
007300     05  CC-KEYWORD                  PIC X(8).                    BENPAY01
007400         88  CC-RUNDATE-CARD             VALUE 'RUNDATE='.        BENPAY01
007500     05  CC-RUN-DATE                 PIC 9(8).                    BENPAY01
007600     05  FILLER                      PIC X.                       BENPAY01
007700     05  CC-MODE                     PIC X(6).                    BENPAY01
007800         88  CC-LIVE-RUN                 VALUE 'LIVE  ' SPACES.   BENPAY01
007900         88  CC-DRY-RUN                  VALUE 'DRYRUN'.          BENPAY01
008000     05  FILLER                      PIC X(57).                   BENPAY01
008100 FD  CLAIM-FILE                                                   BENPAY01
008200     RECORDING MODE IS F                                          BENPAY01
008300     BLOCK CONTAINS 0 RECORDS.                                    BENPAY01
008400     COPY CLAIMREC.                                               BENPAY01
008500 FD  PAYMENT-FILE                                                 BENPAY01
008600     RECORDING MODE IS F                                          BENPAY01
008700     BLOCK CONTAINS 0 RECORDS.                                    BENPAY01
008800     COPY PAYREC.                                                 BENPAY01
008900 FD  REJECT-FILE                                                  BENPAY01
009000     RECORDING MODE IS F                                          BENPAY01
009100     BLOCK CONTAINS 0 RECORDS.                                    BENPAY01
009200 01  RJ-REJECT-RECORD.                                            BENPAY01
009300     05  RJ-CLAIM-ID                 PIC 9(9).                    BENPAY01
009400     05  RJ-NINO                     PIC X(9).                    BENPAY01
009500     05  RJ-BENEFIT-TYPE             PIC X(3).                    BENPAY01
009600     05  RJ-RESULT                   PIC X.                       BENPAY01
009700     05  RJ-REASON-CODE              PIC X(9).                    BENPAY01
009800     05  RJ-REASON-TEXT              PIC X(60).                   BENPAY01
009900     05  RJ-ACTION                   PIC X(10).                   BENPAY01
010000     05  FILLER                      PIC X(19).                   BENPAY01
010100     SKIP1                                                        BENPAY01
010200 WORKING-STORAGE SECTION.                                         BENPAY01
010300 01  WS-FILE-STATUSES.                                            BENPAY01
010400     05  WS-CTL-STATUS               PIC X(2).                    BENPAY01
010500     05  WS-CLAIM-STATUS             PIC X(2).                    BENPAY01
010600         88  WS-CLAIM-OK                 VALUE '00'.              BENPAY01
010700     05  WS-PAY-STATUS               PIC X(2).                    BENPAY01
010800     05  WS-REJ-STATUS               PIC X(2).                    BENPAY01
010900 01  WS-SWITCHES.                                                 BENPAY01
011000     05  WS-END-OF-CLAIMS-SW         PIC X     VALUE 'N'.         BENPAY01
011100         88  WS-END-OF-CLAIMS            VALUE 'Y'.               BENPAY01
011200     05  WS-TRAILER-SW               PIC X     VALUE 'N'.         BENPAY01
011300         88  WS-TRAILER-SEEN             VALUE 'Y'.               BENPAY01
011400     05  WS-SEQUENCE-SW              PIC X.                       BENPAY01
011500         88  WS-IN-SEQUENCE              VALUE 'Y'.               BENPAY01
011600         88  WS-OUT-OF-SEQUENCE          VALUE 'N'.               BENPAY01
011700     05  WS-PAYDAY-SW                PIC X.                       BENPAY01
011800         88  WS-PAYDAY-TODAY             VALUE 'Y'.               BENPAY01
011900         88  WS-NOT-PAYDAY               VALUE 'N'.               BENPAY01
012000 01  WS-RUN-CONTROL.                                              BENPAY01
012100     05  WS-RUN-DATE                 PIC 9(8).                    BENPAY01
012200     05  WS-RUN-DATE-R REDEFINES WS-RUN-DATE.                     BENPAY01
012300         10  WS-RUN-CCYY             PIC 9(4).                    BENPAY01
012400         10  WS-RUN-MM               PIC 9(2).                    BENPAY01
012500         10  WS-RUN-DD               PIC 9(2).                    BENPAY01
012600     05  WS-RUN-DATE-ISO             PIC X(10).                   BENPAY01
012700     05  WS-RUN-DAY-NUMBER           PIC 9.                       BENPAY01
012800     05  WS-PAYDAY-NUMBER            PIC 9.                       BENPAY01
012900     05  WS-PAYDAY-QUOTIENT          PIC S9(4) COMP.              BENPAY01
013000     05  WS-PAYDAY-REMAINDER         PIC S9(4) COMP.              BENPAY01
013100 01  WS-PERIOD.                                                   BENPAY01
013200     05  WS-PERIOD-FROM              PIC 9(8).                    BENPAY01
013300     05  WS-PERIOD-TO                PIC 9(8).                    BENPAY01
013400     05  WS-PERIOD-FROM-ISO          PIC X(10).                   BENPAY01
013500     05  WS-PERIOD-TO-ISO            PIC X(10).                   BENPAY01
013600 01  WS-ISO-WORK.                                                 BENPAY01
013700     05  WS-ISO-IN                   PIC 9(8).                    BENPAY01
013800     05  WS-ISO-IN-R REDEFINES WS-ISO-IN.                         BENPAY01
013900         10  WS-ISO-CCYY             PIC X(4).                    BENPAY01
014000         10  WS-ISO-MM               PIC X(2).                    BENPAY01
014100         10  WS-ISO-DD               PIC X(2).                    BENPAY01
014200     05  WS-ISO-OUT                  PIC X(10).                   BENPAY01
014300 01  WS-PAYMENT-WORK.                                             BENPAY01
014400     05  WS-PAY-METHOD               PIC X.                       BENPAY01
014500         88  WS-METHOD-BACS              VALUE 'B'.               BENPAY01
014600         88  WS-METHOD-CHEQUE            VALUE 'C'.               BENPAY01
014700         88  WS-METHOD-POST-OFFICE       VALUE 'P'.               BENPAY01
014800     05  WS-REFERENCE                PIC X(18).                   BENPAY01
014900     05  WS-REF-SEQUENCE             PIC 9(6).                    BENPAY01
015000     05  WS-REF-DATE                 PIC 9(6).                    BENPAY01
015100     05  WS-UNCOMMITTED              PIC S9(4) COMP VALUE ZERO.   BENPAY01
015200     05  WS-COMMIT-FREQUENCY         PIC S9(4) COMP VALUE +500.   BENPAY01
015300     05  WS-HASH-CLAIM-IDS           PIC 9(15) VALUE ZERO.        BENPAY01
015400     05  WS-NOT-DUE-COUNT            PIC S9(9) COMP-3 VALUE 0.    BENPAY01
015500     05  WS-SUSPENDED-COUNT          PIC S9(9) COMP-3 VALUE 0.    BENPAY01
015600     05  WS-RECOVERED-TOTAL          PIC S9(11)V99 COMP-3         BENPAY01
015700                                               VALUE 0.           BENPAY01
015800     05  WS-GROSS-TOTAL              PIC S9(11)V99 COMP-3         BENPAY01
015900                                               VALUE 0.           BENPAY01
016000*                                                                 BENPAY01
016100*    PREVIOUS DETAIL RECORD - CLAIM IDS MUST ASCEND               BENPAY01
016200     COPY CLAIMREC REPLACING LEADING ==CL-== BY ==OLD-CL-==.      BENPAY01
016300     COPY RATETAB REPLACING ==:PFX:== BY ==WS==.                  BENPAY01
016400     COPY CTLTOTS REPLACING ==:PFX:== BY ==WS==.                  BENPAY01
016500     COPY PAYCPARM.                                               BENPAY01
016600     COPY ELIGPARM.                                               BENPAY01
016700     COPY DATEPARM.                                               BENPAY01
016800     COPY BENCONST.                                               BENPAY01
016900     COPY DB2ERR.                                                 BENPAY01
017000*                                                                 BENPAY01
017100*    DB2 HOST VARIABLES                                           BENPAY01
017200     EXEC SQL INCLUDE SQLCA END-EXEC.                             BENPAY01
017300     EXEC SQL INCLUDE DCLBRATE END-EXEC.                          BENPAY01
017400     EXEC SQL INCLUDE DCLPAYMT END-EXEC.                          BENPAY01
017500     EXEC SQL INCLUDE DCLCLAIM END-EXEC.                          BENPAY01
017600     EXEC SQL INCLUDE DCLAUDIT END-EXEC.                          BENPAY01
017700 01  WS-INDICATORS.                                               BENPAY01
017800     05  IND-PAY-SORT-CODE           PIC S9(4) COMP.              BENPAY01
017900     05  IND-PAY-ACCOUNT             PIC S9(4) COMP.              BENPAY01
018000     05  IND-PAY-REFERENCE           PIC S9(4) COMP.              BENPAY01
018100 01  WS-AUDIT-TEXT                   PIC X(200).                  BENPAY01
018200 01  WS-AUDIT-REVERSED               PIC X(200).                  BENPAY01
018300 01  WS-TALLY                        PIC S9(4) COMP.              BENPAY01
018400 01  WS-REF-QUOTIENT                 PIC S9(9) COMP.              BENPAY01
018500 01  WS-EDIT-AMOUNT                  PIC ZZZ,ZZ9.99.              BENPAY01
018600*                                                                 BENPAY01
018700     EXEC SQL DECLARE RATECSR CURSOR FOR                          BENPAY01
018800         SELECT BENEFIT_TYPE,                                     BENPAY01
018900                RATE_CODE,                                        BENPAY01
019000                WEEKLY_RATE                                       BENPAY01
019100           FROM BENEFIT_RATE                                      BENPAY01
019200          WHERE EFFECTIVE_FROM <= :WS-RUN-DATE-ISO                BENPAY01
019300            AND (EFFECTIVE_TO IS NULL                             BENPAY01
019400                 OR EFFECTIVE_TO >= :WS-RUN-DATE-ISO)             BENPAY01
019500          ORDER BY BENEFIT_TYPE, RATE_CODE                        BENPAY01
019600     END-EXEC.                                                    BENPAY01
019700     EJECT                                                        BENPAY01
019800 PROCEDURE DIVISION.                                              BENPAY01
019900*                                                                 BENPAY01
020000 0000-MAINLINE.                                                   BENPAY01
020100     PERFORM 1000-INITIALISE THRU 1099-EXIT                       BENPAY01
020200     PERFORM 2000-PROCESS-CLAIM THRU 2099-EXIT                    BENPAY01
020300         UNTIL WS-END-OF-CLAIMS                                   BENPAY01
020400     PERFORM 9000-TERMINATE                                       BENPAY01
020500     GOBACK.                                                      BENPAY01
020600*                                                                 BENPAY01
020700*----------------------------------------------------------------*BENPAY01
020800* 1000  RUN CONTROL, RATES, HEADER                               *BENPAY01
020900*----------------------------------------------------------------*BENPAY01
021000 1000-INITIALISE.                                                 BENPAY01
021100     EXEC SQL WHENEVER SQLERROR   GO TO 9800-DB2-ERROR END-EXEC.  BENPAY01
021200     EXEC SQL WHENEVER SQLWARNING CONTINUE             END-EXEC.  BENPAY01
021300     EXEC SQL WHENEVER NOT FOUND  CONTINUE             END-EXEC.  BENPAY01
021400     MOVE 'BENPAY01' TO DB2-ERR-PROGRAM                           BENPAY01
021500     INITIALIZE WS-CONTROL-TOTALS OLD-CL-CLAIM-RECORD             BENPAY01
021600     OPEN INPUT  CONTROL-CARD CLAIM-FILE                          BENPAY01
021700          OUTPUT PAYMENT-FILE REJECT-FILE                         BENPAY01
021800     IF NOT WS-CLAIM-OK                                           BENPAY01
021900         DISPLAY 'BENPAY01 OPEN CLAIMIN FAILED ' WS-CLAIM-STATUS  BENPAY01
022000         GO TO 9990-ABEND                                         BENPAY01
022100     END-IF.                                                      BENPAY01
022200*                                                                 BENPAY01
022300 1010-READ-CONTROL-CARD.                                          BENPAY01
022400     READ CONTROL-CARD                                            BENPAY01
022500         AT END                                                   BENPAY01
022600             DISPLAY 'BENPAY01 NO CONTROL CARD'                   BENPAY01
022700             GO TO 9990-ABEND                                     BENPAY01
022800     END-READ                                                     BENPAY01
022900     IF NOT CC-RUNDATE-CARD OR CC-RUN-DATE NOT NUMERIC            BENPAY01
023000         DISPLAY 'BENPAY01 BAD CONTROL CARD ' CC-CONTROL-CARD     BENPAY01
023100         GO TO 9990-ABEND                                         BENPAY01
023200     END-IF                                                       BENPAY01
023300     MOVE 1 TO DU-FUNCTION                                        BENPAY01
023400     MOVE CC-RUN-DATE TO DU-DATE-1                                BENPAY01
023500     CALL 'DATEUTL' USING DU-PARMS                                BENPAY01
023600     IF NOT DU-OK                                                 BENPAY01
023700         DISPLAY 'BENPAY01 INVALID RUN DATE ' CC-RUN-DATE         BENPAY01
023800         GO TO 9990-ABEND                                         BENPAY01
023900     END-IF                                                       BENPAY01
024000     MOVE CC-RUN-DATE TO WS-RUN-DATE                              BENPAY01
024100     MOVE WS-RUN-DATE TO WS-ISO-IN                                BENPAY01
024200     PERFORM 7500-ISO-DATE                                        BENPAY01
024300     MOVE WS-ISO-OUT TO WS-RUN-DATE-ISO                           BENPAY01
024400     MOVE 5 TO DU-FUNCTION                                        BENPAY01
024500     CALL 'DATEUTL' USING DU-PARMS                                BENPAY01
024600     MOVE DU-DAY-NUMBER TO WS-RUN-DAY-NUMBER                      BENPAY01
024700     IF DU-WEEKEND                                                BENPAY01
024800         DISPLAY 'BENPAY01 ' WS-RUN-DATE-ISO                      BENPAY01
024900                 ' IS NOT A WORKING DAY - NOTHING TO PAY'         BENPAY01
025000     END-IF                                                       BENPAY01
025100     IF CC-DRY-RUN                                                BENPAY01
025200         DISPLAY 'BENPAY01 DRY RUN - NO DB2 UPDATES'              BENPAY01
025300     END-IF                                                       BENPAY01
025400     CLOSE CONTROL-CARD.                                          BENPAY01
025500*                                                                 BENPAY01
025600 1020-LOAD-RATES.                                                 BENPAY01
025700     MOVE 'LOAD-RATES' TO DB2-ERR-PARAGRAPH                       BENPAY01
025800     MOVE HIGH-VALUES TO WS-RATE-TABLE                            BENPAY01
025900     MOVE ZERO TO WS-RT-COUNT                                     BENPAY01
026000     MOVE 60 TO WS-RT-MAX                                         BENPAY01
026100     MOVE WS-RUN-DATE TO WS-RT-EFFECTIVE-DATE                     BENPAY01
026200     EXEC SQL OPEN RATECSR END-EXEC                               BENPAY01
026300     PERFORM UNTIL SQLCODE = +100                                 BENPAY01
026400         EXEC SQL                                                 BENPAY01
026500             FETCH RATECSR                                        BENPAY01
026600              INTO :BRT-BENEFIT-TYPE,                             BENPAY01
026700                   :BRT-RATE-CODE,                                BENPAY01
026800                   :BRT-WEEKLY-RATE                               BENPAY01
026900         END-EXEC                                                 BENPAY01
027000         IF SQLCODE = ZERO                                        BENPAY01
027100             IF WS-RT-COUNT NOT < WS-RT-MAX                       BENPAY01
027200                 DISPLAY 'BENPAY01 RATE TABLE FULL'               BENPAY01
027300                 GO TO 9990-ABEND                                 BENPAY01
027400             END-IF                                               BENPAY01
027500             ADD 1 TO WS-RT-COUNT                                 BENPAY01
027600             SET WS-RT-IDX TO WS-RT-COUNT                         BENPAY01
027700             MOVE BRT-BENEFIT-TYPE TO WS-RT-BENEFIT (WS-RT-IDX)   BENPAY01
027800             MOVE SPACES           TO WS-RT-CODE (WS-RT-IDX)      BENPAY01
027900             MOVE BRT-RATE-CODE-TEXT (1:BRT-RATE-CODE-LEN)        BENPAY01
028000               TO WS-RT-CODE (WS-RT-IDX)                          BENPAY01
028100             MOVE BRT-WEEKLY-RATE                                 BENPAY01
028200               TO WS-RT-WEEKLY-RATE (WS-RT-IDX)                   BENPAY01
028300         END-IF                                                   BENPAY01
028400     END-PERFORM                                                  BENPAY01
028500     EXEC SQL CLOSE RATECSR END-EXEC                              BENPAY01
028600     IF WS-RT-COUNT = ZERO                                        BENPAY01
028700         DISPLAY 'BENPAY01 NO BENEFIT RATES IN FORCE ON '         BENPAY01
028800                 WS-RUN-DATE-ISO                                  BENPAY01
028900         GO TO 9990-ABEND                                         BENPAY01
029000     END-IF.                                                      BENPAY01
029100*                                                                 BENPAY01
029200 1030-READ-HEADER.                                                BENPAY01
029300     PERFORM 7000-READ-CLAIM                                      BENPAY01
029400     IF NOT CL-HEADER-REC                                         BENPAY01
029500         DISPLAY 'BENPAY01 CLAIMIN HAS NO HEADER RECORD'          BENPAY01
029600         GO TO 9990-ABEND                                         BENPAY01
029700     END-IF                                                       BENPAY01
029800     IF CL-HDR-RUN-DATE NOT = WS-RUN-DATE                         BENPAY01
029900         DISPLAY 'BENPAY01 CLAIMIN IS FOR ' CL-HDR-RUN-DATE       BENPAY01
030000                 ' NOT ' WS-RUN-DATE ' - WRONG GENERATION?'       BENPAY01
030100         GO TO 9990-ABEND                                         BENPAY01
030200     END-IF                                                       BENPAY01
030300     MOVE SPACES TO PY-PAYMENT-RECORD                             BENPAY01
030400     SET PY-HEADER-REC TO TRUE                                    BENPAY01
030500     MOVE WS-RUN-DATE TO PY-HDR-RUN-DATE                          BENPAY01
030600     MOVE 'BENPAY01'  TO PY-HDR-SOURCE                            BENPAY01
030700     WRITE PY-PAYMENT-RECORD                                      BENPAY01
030800     PERFORM 7000-READ-CLAIM.                                     BENPAY01
030900 1099-EXIT.                                                       BENPAY01
031000     EXIT.                                                        BENPAY01
031100/                                                                 BENPAY01
031200*----------------------------------------------------------------*BENPAY01
031300* 2000  ONE CLAIM                                                *BENPAY01
031400*----------------------------------------------------------------*BENPAY01
031500 2000-PROCESS-CLAIM.                                              BENPAY01
031600     IF CL-TRAILER-REC                                            BENPAY01
031700         PERFORM 2900-CHECK-TRAILER                               BENPAY01
031800         SET WS-END-OF-CLAIMS TO TRUE                             BENPAY01
031900         GO TO 2099-EXIT                                          BENPAY01
032000     END-IF                                                       BENPAY01
032100     ADD 1           TO WS-RECORDS-READ                           BENPAY01
032200     ADD CL-CLAIM-ID TO WS-HASH-CLAIM-IDS                         BENPAY01
032300     PERFORM 2050-SEQUENCE-CHECK                                  BENPAY01
032400     IF WS-OUT-OF-SEQUENCE                                        BENPAY01
032500         GO TO 2090-NEXT.                                         BENPAY01
032600     PERFORM 2100-CHECK-PAYDAY                                    BENPAY01
032700     IF WS-NOT-PAYDAY                                             BENPAY01
032800         ADD 1 TO WS-NOT-DUE-COUNT                                BENPAY01
032900         GO TO 2090-NEXT.                                         BENPAY01
033000     PERFORM 2200-CHECK-ELIGIBILITY                               BENPAY01
033100     IF NOT EP-ELIGIBLE                                           BENPAY01
033200         PERFORM 2300-REJECT-CLAIM                                BENPAY01
033300         GO TO 2090-NEXT                                          BENPAY01
033400     END-IF                                                       BENPAY01
033500     PERFORM 2400-CALCULATE-PAYMENT                               BENPAY01
033600     EVALUATE TRUE                                                BENPAY01
033700         WHEN PC-CALC-OK                                          BENPAY01
033800             PERFORM 2500-ISSUE-PAYMENT                           BENPAY01
033900         WHEN PC-CALC-NIL-AWARD                                   BENPAY01
034000             MOVE 'R-AMT-NIL' TO EP-REASON-CODE                   BENPAY01
034100             MOVE PC-MESSAGE  TO EP-REASON-TEXT                   BENPAY01
034200             SET EP-REFER-TO-OFFICER TO TRUE                      BENPAY01
034300             PERFORM 2300-REJECT-CLAIM                            BENPAY01
034400         WHEN OTHER                                               BENPAY01
034500             MOVE 'R-AMT-ERR' TO EP-REASON-CODE                   BENPAY01
034600             MOVE PC-MESSAGE  TO EP-REASON-TEXT                   BENPAY01
034700             SET EP-REFER-TO-OFFICER TO TRUE                      BENPAY01
034800             PERFORM 2300-REJECT-CLAIM                            BENPAY01
034900     END-EVALUATE.                                                BENPAY01
035000 2090-NEXT.                                                       BENPAY01
035100     MOVE CL-CLAIM-RECORD TO OLD-CL-CLAIM-RECORD                  BENPAY01
035200     PERFORM 7000-READ-CLAIM.                                     BENPAY01
035300 2099-EXIT.                                                       BENPAY01
035400     EXIT.                                                        BENPAY01
035500*                                                                 BENPAY01
035600 2050-SEQUENCE-CHECK.                                             BENPAY01
035700     IF CL-CLAIM-ID > OLD-CL-CLAIM-ID                             BENPAY01
035800         SET WS-IN-SEQUENCE TO TRUE                               BENPAY01
035900     ELSE                                                         BENPAY01
036000         SET WS-OUT-OF-SEQUENCE TO TRUE                           BENPAY01
036100         ADD 1 TO WS-RECORDS-REJECTED                             BENPAY01
036200         DISPLAY 'BENPAY01 CLAIM ' CL-CLAIM-ID                    BENPAY01
036300                 ' OUT OF SEQUENCE AFTER ' OLD-CL-CLAIM-ID        BENPAY01
036400                 ' - NOT PAID'                                    BENPAY01
036500     END-IF.                                                      BENPAY01
036600*                                                                 BENPAY01
036700*    CR2088 - PENSIONS ON MONDAY, OTHERS BY NINO DIGITS 7-8       BENPAY01
036800 2100-CHECK-PAYDAY.                                               BENPAY01
036900     IF CL-STATE-PENSION OR CL-PENSION-CREDIT                     BENPAY01
037000         MOVE 1 TO WS-PAYDAY-NUMBER                               BENPAY01
037100     ELSE                                                         BENPAY01
037200         IF CL-NINO-PAYDAY-DIGITS IS NUMERIC                      BENPAY01
037300             DIVIDE CL-NINO-PAYDAY-DIGITS BY 20                   BENPAY01
037400                 GIVING WS-PAYDAY-QUOTIENT                        BENPAY01
037500                 REMAINDER WS-PAYDAY-REMAINDER                    BENPAY01
037600             ADD 1 WS-PAYDAY-QUOTIENT GIVING WS-PAYDAY-NUMBER     BENPAY01
037700         ELSE                                                     BENPAY01
037800             MOVE 1 TO WS-PAYDAY-NUMBER                           BENPAY01
037900         END-IF                                                   BENPAY01
038000     END-IF                                                       BENPAY01
038100     IF WS-PAYDAY-NUMBER = WS-RUN-DAY-NUMBER                      BENPAY01
038200         SET WS-PAYDAY-TODAY TO TRUE                              BENPAY01
038300     ELSE                                                         BENPAY01
038400         SET WS-NOT-PAYDAY TO TRUE                                BENPAY01
038500     END-IF.                                                      BENPAY01
038600*                                                                 BENPAY01
038700 2200-CHECK-ELIGIBILITY.                                          BENPAY01
038800     INITIALIZE EP-ELIGIBILITY-AREA                               BENPAY01
038900     MOVE WS-RUN-DATE            TO EP-RUN-DATE                   BENPAY01
039000     MOVE CL-BENEFIT-TYPE        TO EP-BENEFIT-TYPE               BENPAY01
039100     MOVE CL-DATE-OF-BIRTH       TO EP-DATE-OF-BIRTH              BENPAY01
039200     MOVE CL-PARTNER-IND         TO EP-PARTNER-IND                BENPAY01
039300     MOVE CL-PARTNER-DOB         TO EP-PARTNER-DOB                BENPAY01
039400     MOVE CL-LONE-PARENT-IND     TO EP-LONE-PARENT-IND            BENPAY01
039500     MOVE CL-DISABLED-IND        TO EP-DISABLED-IND               BENPAY01
039600     MOVE CL-CARER-IND           TO EP-CARER-IND                  BENPAY01
039700     MOVE CL-RESIDENCY-STATUS    TO EP-RESIDENCY-STATUS           BENPAY01
039800     MOVE CL-HABITUALLY-RESIDENT TO EP-HABITUALLY-RESIDENT        BENPAY01
039900     MOVE CL-COUNTRY-CODE        TO EP-COUNTRY-CODE               BENPAY01
040000     MOVE CL-HOURS-WORKED        TO EP-HOURS-WORKED               BENPAY01
040100     MOVE CL-PARTNER-HOURS       TO EP-PARTNER-HOURS              BENPAY01
040200     MOVE CL-WEEKLY-EARNINGS     TO EP-WEEKLY-EARNINGS            BENPAY01
040300     MOVE CL-CAPITAL             TO EP-CAPITAL                    BENPAY01
040400     CALL 'ELIGCHK' USING EP-ELIGIBILITY-AREA.                    BENPAY01
040500*                                                                 BENPAY01
040600*----------------------------------------------------------------*BENPAY01
040700* 2300  NOT PAID - REJECT FILE; INELIGIBLE CLAIMS ARE SUSPENDED  *BENPAY01
040800*----------------------------------------------------------------*BENPAY01
040900 2300-REJECT-CLAIM.                                               BENPAY01
041000     ADD 1 TO WS-RECORDS-REJECTED                                 BENPAY01
041100     MOVE SPACES          TO RJ-REJECT-RECORD                     BENPAY01
041200     MOVE CL-CLAIM-ID     TO RJ-CLAIM-ID                          BENPAY01
041300     MOVE CL-NINO         TO RJ-NINO                              BENPAY01
041400     MOVE CL-BENEFIT-TYPE TO RJ-BENEFIT-TYPE                      BENPAY01
041500     MOVE EP-RESULT       TO RJ-RESULT                            BENPAY01
041600     MOVE EP-REASON-CODE  TO RJ-REASON-CODE                       BENPAY01
041700     MOVE EP-REASON-TEXT  TO RJ-REASON-TEXT                       BENPAY01
041800     IF EP-INELIGIBLE AND NOT CC-DRY-RUN                          BENPAY01
041900         MOVE 'SUSPENDED' TO RJ-ACTION                            BENPAY01
042000         PERFORM 2310-SUSPEND-CLAIM                               BENPAY01
042100     ELSE                                                         BENPAY01
042200         MOVE 'REFERRED'  TO RJ-ACTION                            BENPAY01
042300     END-IF                                                       BENPAY01
042400     WRITE RJ-REJECT-RECORD.                                      BENPAY01
042500*                                                                 BENPAY01
042600 2310-SUSPEND-CLAIM.                                              BENPAY01
042700     MOVE 'SUSPEND-CLAIM' TO DB2-ERR-PARAGRAPH                    BENPAY01
042800     MOVE CL-CLAIM-ID TO CLM-CLAIM-ID                             BENPAY01
042900     EXEC SQL                                                     BENPAY01
043000         UPDATE CLAIM                                             BENPAY01
043100            SET STATUS       = 'S',                               BENPAY01
043200                LAST_UPDATED = CURRENT TIMESTAMP                  BENPAY01
043300          WHERE CLAIM_ID = :CLM-CLAIM-ID                          BENPAY01
043400            AND STATUS   = 'W'                                    BENPAY01
043500     END-EXEC                                                     BENPAY01
043600     IF SQLERRD (3) > ZERO                                        BENPAY01
043700         ADD 1 TO WS-SUSPENDED-COUNT                              BENPAY01
043800         MOVE 'SUSPEND' TO AUD-ACTION-TEXT                        BENPAY01
043900         STRING EP-REASON-CODE ' ' EP-REASON-TEXT                 BENPAY01
044000                DELIMITED BY SIZE INTO WS-AUDIT-TEXT              BENPAY01
044100         PERFORM 2560-INSERT-AUDIT                                BENPAY01
044200     END-IF.                                                      BENPAY01
044300*                                                                 BENPAY01
044400*----------------------------------------------------------------*BENPAY01
044500* 2400  PERIOD AND AMOUNT                                        *BENPAY01
044600*----------------------------------------------------------------*BENPAY01
044700 2400-CALCULATE-PAYMENT.                                          BENPAY01
044800     IF CL-NEVER-PAID                                             BENPAY01
044900         MOVE CL-EFFECTIVE-DATE TO WS-PERIOD-FROM                 BENPAY01
045000     ELSE                                                         BENPAY01
045100         MOVE 3 TO DU-FUNCTION                                    BENPAY01
045200         MOVE CL-LAST-PAID-DATE TO DU-DATE-1                      BENPAY01
045300         MOVE 1 TO DU-DAYS                                        BENPAY01
045400         CALL 'DATEUTL' USING DU-PARMS                            BENPAY01
045500         MOVE DU-DATE-2 TO WS-PERIOD-FROM                         BENPAY01
045600     END-IF                                                       BENPAY01
045700     MOVE WS-RUN-DATE TO WS-PERIOD-TO                             BENPAY01
045800     MOVE 4 TO DU-FUNCTION                                        BENPAY01
045900     MOVE WS-PERIOD-FROM TO DU-DATE-1                             BENPAY01
046000     MOVE WS-PERIOD-TO   TO DU-DATE-2                             BENPAY01
046100     CALL 'DATEUTL' USING DU-PARMS                                BENPAY01
046200     INITIALIZE PC-CALC-AREA                                      BENPAY01
046300     MOVE WS-RUN-DATE     TO PC-RUN-DATE                          BENPAY01
046400     MOVE EP-AGE          TO PC-CLAIMANT-AGE                      BENPAY01
046500     MOVE WS-PERIOD-FROM  TO PC-PERIOD-FROM                       BENPAY01
046600     MOVE WS-PERIOD-TO    TO PC-PERIOD-TO                         BENPAY01
046610     COMPUTE PC-PERIOD-DAYS = DU-DAYS + 1                         CR3120
046700     CALL 'PAYCALC' USING BY REFERENCE CL-CLAIM-RECORD            BENPAY01
046800                                       WS-RATE-TABLE              BENPAY01
046900                                       PC-CALC-AREA.              BENPAY01
047000*                                                                 BENPAY01
047100*----------------------------------------------------------------*BENPAY01
047200* 2500  WRITE THE PAYMENT AND RECORD IT IN DB2                   *BENPAY01
047300*----------------------------------------------------------------*BENPAY01
047400 2500-ISSUE-PAYMENT.                                              BENPAY01
047500     PERFORM 2510-NEXT-PAYMENT-ID                                 BENPAY01
047600     PERFORM 2520-BUILD-REFERENCE                                 BENPAY01
047700     PERFORM 2530-WRITE-PAYMENT-RECORD                            BENPAY01
047800     IF NOT CC-DRY-RUN                                            BENPAY01
047900         PERFORM 2540-INSERT-PAYMENT                              BENPAY01
048000         PERFORM 2550-UPDATE-CLAIM                                BENPAY01
048100         MOVE 'PAY' TO AUD-ACTION-TEXT                            BENPAY01
048200         MOVE PC-NET-PAYMENT-AMOUNT TO WS-EDIT-AMOUNT             BENPAY01
048300         STRING 'PAYMENT ' WS-REFERENCE ' NET ' WS-EDIT-AMOUNT    BENPAY01
048400                DELIMITED BY SIZE INTO WS-AUDIT-TEXT              BENPAY01
048500         PERFORM 2560-INSERT-AUDIT                                BENPAY01
048600         PERFORM 2570-COMMIT-CHECK                                BENPAY01
048700     END-IF.                                                      BENPAY01
048800*                                                                 BENPAY01
048900 2510-NEXT-PAYMENT-ID.                                            BENPAY01
049000     MOVE 'NEXT-PAYMENT-ID' TO DB2-ERR-PARAGRAPH                  BENPAY01
049100     EXEC SQL                                                     BENPAY01
049200         SET :PAY-PAYMENT-ID = NEXT VALUE FOR PAYMENT_SEQ         BENPAY01
049300     END-EXEC.                                                    BENPAY01
049400*                                                                 BENPAY01
049500*    CR1655 - REFERENCE IS METHOD + YYMMDD + 6 DIGIT SEQUENCE,    BENPAY01
049600*    AS AbstractPaymentRouter.nextReference.  BACS OR POST        BENPAY01
049700*    OFFICE WITHOUT BANK DETAILS GOES BY CHEQUE.                  BENPAY01
049800 2520-BUILD-REFERENCE.                                            BENPAY01
049900     MOVE CL-PAYMENT-METHOD TO WS-PAY-METHOD                      BENPAY01
050000     IF NOT CL-VALID-METHOD                                       BENPAY01
050100         SET WS-METHOD-CHEQUE TO TRUE                             BENPAY01
050200     END-IF                                                       BENPAY01
050300     IF NOT WS-METHOD-CHEQUE                                      BENPAY01
050400         IF CL-SORT-CODE = SPACES OR CL-ACCOUNT-NUMBER = SPACES   BENPAY01
050500             SET WS-METHOD-CHEQUE TO TRUE                         BENPAY01
050600         END-IF                                                   BENPAY01
050700     END-IF                                                       BENPAY01
050800     DIVIDE PAY-PAYMENT-ID BY 1000000 GIVING WS-REF-QUOTIENT      BENPAY01
050900         REMAINDER WS-REF-SEQUENCE                                BENPAY01
051000     COMPUTE WS-REF-DATE = FUNCTION MOD (WS-RUN-DATE, 1000000)    BENPAY01
051100     MOVE SPACES TO WS-REFERENCE                                  BENPAY01
051200     STRING WS-PAY-METHOD   DELIMITED BY SIZE                     BENPAY01
051300            WS-REF-DATE     DELIMITED BY SIZE                     BENPAY01
051400            WS-REF-SEQUENCE DELIMITED BY SIZE                     BENPAY01
051500       INTO WS-REFERENCE                                          BENPAY01
051600     END-STRING.                                                  BENPAY01
051700*                                                                 BENPAY01
051800 2530-WRITE-PAYMENT-RECORD.                                       BENPAY01
051900     MOVE SPACES                TO PY-PAYMENT-RECORD              BENPAY01
052000     SET PY-DETAIL-REC          TO TRUE                           BENPAY01
052100     MOVE PAY-PAYMENT-ID        TO PY-PAYMENT-ID                  BENPAY01
052200     MOVE CL-CLAIM-ID           TO PY-CLAIM-ID                    BENPAY01
052300     MOVE CL-CLAIMANT-ID        TO PY-CLAIMANT-ID                 BENPAY01
052400     MOVE CL-NINO               TO PY-NINO                        BENPAY01
052500     STRING CL-FORENAME (1:1)   DELIMITED BY SIZE                 BENPAY01
052600            ' '                 DELIMITED BY SIZE                 BENPAY01
052700            CL-SURNAME          DELIMITED BY '  '                 BENPAY01
052800       INTO PY-PAYEE-NAME                                         BENPAY01
052900     END-STRING                                                   BENPAY01
053000     MOVE CL-BENEFIT-TYPE       TO PY-BENEFIT-TYPE                BENPAY01
053100     MOVE CL-REGION-CODE        TO PY-REGION-CODE                 BENPAY01
053200     MOVE WS-RUN-DATE           TO PY-PAYMENT-DATE                BENPAY01
053300     MOVE WS-PERIOD-FROM        TO PY-PERIOD-FROM                 BENPAY01
053400     MOVE WS-PERIOD-TO          TO PY-PERIOD-TO                   BENPAY01
053500     MOVE PC-PAYMENT-AMOUNT     TO PY-GROSS-AMOUNT                BENPAY01
053600     MOVE PC-RECOVERY-AMOUNT    TO PY-RECOVERY-DEDUCTED           BENPAY01
053700     MOVE PC-NET-PAYMENT-AMOUNT TO PY-NET-AMOUNT                  BENPAY01
053800     MOVE WS-PAY-METHOD         TO PY-METHOD                      BENPAY01
053900     IF WS-METHOD-CHEQUE                                          BENPAY01
054000         MOVE SPACES            TO PY-SORT-CODE PY-ACCOUNT-NUMBER BENPAY01
054100     ELSE                                                         BENPAY01
054200         MOVE CL-SORT-CODE      TO PY-SORT-CODE                   BENPAY01
054300         MOVE CL-ACCOUNT-NUMBER TO PY-ACCOUNT-NUMBER              BENPAY01
054400     END-IF                                                       BENPAY01
054500     MOVE WS-REFERENCE          TO PY-REFERENCE                   BENPAY01
054600     IF PC-RECOVERY-AMOUNT > ZERO                                 BENPAY01
054700         MOVE CL-OVP-ID         TO PY-OVP-ID                      BENPAY01
054800         MOVE CL-OVP-REASON     TO PY-OVP-REASON                  BENPAY01
054900     ELSE                                                         BENPAY01
055000         MOVE ZERO              TO PY-OVP-ID                      BENPAY01
055100     END-IF                                                       BENPAY01
055200     MOVE CL-ADDR-LINE (1)      TO PY-ADDR-LINE (1)               BENPAY01
055300     MOVE CL-ADDR-LINE (2)      TO PY-ADDR-LINE (2)               BENPAY01
055400     MOVE CL-ADDR-LINE (3)      TO PY-ADDR-LINE (3)               BENPAY01
055500     MOVE CL-TOWN               TO PY-TOWN                        BENPAY01
055600     MOVE CL-POSTCODE           TO PY-POSTCODE                    BENPAY01
055700     WRITE PY-PAYMENT-RECORD                                      BENPAY01
055800     ADD 1                      TO WS-RECORDS-WRITTEN             BENPAY01
055900     ADD PC-NET-PAYMENT-AMOUNT  TO WS-AMOUNT-WRITTEN              BENPAY01
056000     ADD PC-PAYMENT-AMOUNT      TO WS-GROSS-TOTAL                 BENPAY01
056100     ADD PC-RECOVERY-AMOUNT     TO WS-RECOVERED-TOTAL             BENPAY01
056200     EVALUATE TRUE                                                BENPAY01
056300         WHEN WS-METHOD-BACS        SET WS-MTH-IDX TO 1           BENPAY01
056400         WHEN WS-METHOD-CHEQUE      SET WS-MTH-IDX TO 2           BENPAY01
056500         WHEN WS-METHOD-POST-OFFICE SET WS-MTH-IDX TO 3           BENPAY01
056600     END-EVALUATE                                                 BENPAY01
056700     ADD 1                     TO WS-MTH-COUNT (WS-MTH-IDX)       BENPAY01
056800     ADD PC-NET-PAYMENT-AMOUNT TO WS-MTH-AMOUNT (WS-MTH-IDX).     BENPAY01
056900*                                                                 BENPAY01
057000 2540-INSERT-PAYMENT.                                             BENPAY01
057100     MOVE 'INSERT-PAYMENT'      TO DB2-ERR-PARAGRAPH              BENPAY01
057200     MOVE CL-CLAIM-ID           TO PAY-CLAIM-ID                   BENPAY01
057300     MOVE PC-PAYMENT-AMOUNT     TO PAY-AMOUNT                     BENPAY01
057400     MOVE PC-RECOVERY-AMOUNT    TO PAY-RECOVERY-DEDUCTED          BENPAY01
057500     MOVE WS-RUN-DATE-ISO       TO PAY-PAYMENT-DATE               BENPAY01
057600     MOVE WS-PERIOD-FROM        TO WS-ISO-IN                      BENPAY01
057700     PERFORM 7500-ISO-DATE                                        BENPAY01
057800     MOVE WS-ISO-OUT            TO PAY-PERIOD-FROM                BENPAY01
057900     MOVE WS-PERIOD-TO          TO WS-ISO-IN                      BENPAY01
058000     PERFORM 7500-ISO-DATE                                        BENPAY01
058100     MOVE WS-ISO-OUT            TO PAY-PERIOD-TO                  BENPAY01
058200     MOVE WS-PAY-METHOD         TO PAY-METHOD                     BENPAY01
058300     MOVE 'P'                   TO PAY-STATUS                     BENPAY01
058400     MOVE 13                    TO PAY-REFERENCE-LEN              BENPAY01
058500     MOVE WS-REFERENCE          TO PAY-REFERENCE-TEXT             BENPAY01
058600     MOVE ZERO                  TO IND-PAY-REFERENCE              BENPAY01
058700     IF WS-METHOD-CHEQUE                                          BENPAY01
058800         MOVE -1 TO IND-PAY-SORT-CODE IND-PAY-ACCOUNT             BENPAY01
058900     ELSE                                                         BENPAY01
059000         MOVE ZERO TO IND-PAY-SORT-CODE IND-PAY-ACCOUNT           BENPAY01
059100         MOVE CL-SORT-CODE      TO PAY-SORT-CODE                  BENPAY01
059200         MOVE CL-ACCOUNT-NUMBER TO PAY-ACCOUNT-NUMBER             BENPAY01
059300     END-IF                                                       BENPAY01
059400     EXEC SQL                                                     BENPAY01
059500         INSERT INTO PAYMENT                                      BENPAY01
059600                (PAYMENT_ID, CLAIM_ID, AMOUNT, RECOVERY_DEDUCTED, BENPAY01
059700                 PAYMENT_DATE, PERIOD_FROM, PERIOD_TO, METHOD,    BENPAY01
059800                 STATUS, REFERENCE, SORT_CODE, ACCOUNT_NUMBER)    BENPAY01
059900         VALUES (:PAY-PAYMENT-ID, :PAY-CLAIM-ID, :PAY-AMOUNT,     BENPAY01
060000                 :PAY-RECOVERY-DEDUCTED, :PAY-PAYMENT-DATE,       BENPAY01
060100                 :PAY-PERIOD-FROM, :PAY-PERIOD-TO, :PAY-METHOD,   BENPAY01
060200                 :PAY-STATUS,                                     BENPAY01
060300                 :PAY-REFERENCE      :IND-PAY-REFERENCE,          BENPAY01
060400                 :PAY-SORT-CODE      :IND-PAY-SORT-CODE,          BENPAY01
060500                 :PAY-ACCOUNT-NUMBER :IND-PAY-ACCOUNT)            BENPAY01
060600     END-EXEC.                                                    BENPAY01
060700*                                                                 BENPAY01
060800 2550-UPDATE-CLAIM.                                               BENPAY01
060900     MOVE 'UPDATE-CLAIM'         TO DB2-ERR-PARAGRAPH             BENPAY01
061000     MOVE CL-CLAIM-ID            TO CLM-CLAIM-ID                  BENPAY01
061100     MOVE PC-GROSS-WEEKLY-AMOUNT TO CLM-WEEKLY-AMOUNT             BENPAY01
061200     MOVE PAY-PERIOD-TO          TO CLM-LAST-PAID-DATE            BENPAY01
061300     EXEC SQL                                                     BENPAY01
061400         UPDATE CLAIM                                             BENPAY01
061500            SET LAST_PAID_DATE = :CLM-LAST-PAID-DATE,             BENPAY01
061600                WEEKLY_AMOUNT  = :CLM-WEEKLY-AMOUNT,              BENPAY01
061700                LAST_UPDATED   = CURRENT TIMESTAMP                BENPAY01
061800          WHERE CLAIM_ID = :CLM-CLAIM-ID                          BENPAY01
061900     END-EXEC                                                     BENPAY01
062000     IF SQLERRD (3) NOT = 1                                       BENPAY01
062100         DISPLAY 'BENPAY01 CLAIM ' CL-CLAIM-ID                    BENPAY01
062200                 ' NOT UPDATED - ROW COUNT ' SQLERRD (3)          BENPAY01
062300     END-IF.                                                      BENPAY01
062400*                                                                 BENPAY01
062500 2560-INSERT-AUDIT.                                               BENPAY01
062600     MOVE 'INSERT-AUDIT'  TO DB2-ERR-PARAGRAPH                    BENPAY01
062700     MOVE BC-SYSTEM-USER  TO AUD-USER-ID-TEXT                     BENPAY01
062800     MOVE 7               TO AUD-USER-ID-LEN                      BENPAY01
062900     MOVE ZERO TO WS-TALLY                                        BENPAY01
063000     INSPECT AUD-ACTION-TEXT TALLYING WS-TALLY                    BENPAY01
063100             FOR CHARACTERS BEFORE INITIAL SPACE                  BENPAY01
063200     MOVE WS-TALLY        TO AUD-ACTION-LEN                       BENPAY01
063300     MOVE 'CLAIM'         TO AUD-ENTITY-TYPE-TEXT                 BENPAY01
063400     MOVE 5               TO AUD-ENTITY-TYPE-LEN                  BENPAY01
063500     MOVE CL-CLAIM-ID     TO AUD-ENTITY-ID                        BENPAY01
063600     MOVE WS-AUDIT-TEXT   TO AUD-DETAIL-TEXT                      BENPAY01
063700     MOVE FUNCTION REVERSE (WS-AUDIT-TEXT) TO WS-AUDIT-REVERSED   BENPAY01
063800     MOVE ZERO TO WS-TALLY                                        BENPAY01
063900     INSPECT WS-AUDIT-REVERSED TALLYING WS-TALLY                  BENPAY01
064000             FOR LEADING SPACES                                   BENPAY01
064100     SUBTRACT WS-TALLY FROM 200 GIVING AUD-DETAIL-LEN             BENPAY01
064200     EXEC SQL                                                     BENPAY01
064300         INSERT INTO AUDIT_LOG                                    BENPAY01
064400                (AUDIT_ID, USER_ID, ACTION, ENTITY_TYPE,          BENPAY01
064500                 ENTITY_ID, DETAIL, CREATED_TS)                   BENPAY01
064600         VALUES (NEXT VALUE FOR AUDIT_SEQ, :AUD-USER-ID,          BENPAY01
064700                 :AUD-ACTION, :AUD-ENTITY-TYPE, :AUD-ENTITY-ID,   BENPAY01
064800                 :AUD-DETAIL, CURRENT TIMESTAMP)                  BENPAY01
064900     END-EXEC                                                     BENPAY01
065000     MOVE SPACES TO WS-AUDIT-TEXT AUD-ACTION-TEXT.                BENPAY01
065100*                                                                 BENPAY01
065200 2570-COMMIT-CHECK.                                               BENPAY01
065300     ADD 1 TO WS-UNCOMMITTED                                      BENPAY01
065310     IF WS-UNCOMMITTED NOT < WS-COMMIT-FREQUENCY                  CR2995
065320         EXEC SQL COMMIT END-EXEC                                 CR2995
065330         MOVE ZERO TO WS-UNCOMMITTED                              CR2995
065400     END-IF.                                                      BENPAY01
065500*                                                                 BENPAY01
065600*----------------------------------------------------------------*BENPAY01
065700* 2900  TRAILER - RECORD COUNT AND CLAIM ID HASH MUST AGREE      *BENPAY01
065800*----------------------------------------------------------------*BENPAY01
065900 2900-CHECK-TRAILER.                                              BENPAY01
066000     SET WS-TRAILER-SEEN TO TRUE                                  BENPAY01
066100     IF CL-TRL-RECORD-COUNT NOT = WS-RECORDS-READ                 BENPAY01
066200     OR CL-TRL-HASH-CLAIM-IDS NOT = WS-HASH-CLAIM-IDS             BENPAY01
066300         DISPLAY 'BENPAY01 CLAIMIN TRAILER DOES NOT AGREE'        BENPAY01
066400         DISPLAY 'BENPAY01   TRAILER COUNT ' CL-TRL-RECORD-COUNT  BENPAY01
066500                 ' HASH ' CL-TRL-HASH-CLAIM-IDS                   BENPAY01
066600         DISPLAY 'BENPAY01   COUNTED       ' WS-RECORDS-READ      BENPAY01
066700                 ' HASH ' WS-HASH-CLAIM-IDS                       BENPAY01
066800         MOVE 12 TO RETURN-CODE                                   BENPAY01
066900     END-IF.                                                      BENPAY01
067000*                                                                 BENPAY01
067100 7000-READ-CLAIM.                                                 BENPAY01
067200     READ CLAIM-FILE                                              BENPAY01
067300         AT END                                                   BENPAY01
067400             IF NOT WS-TRAILER-SEEN                               BENPAY01
067500                 DISPLAY 'BENPAY01 CLAIMIN ENDED WITHOUT TRAILER' BENPAY01
067600                 MOVE 12 TO RETURN-CODE                           BENPAY01
067700             END-IF                                               BENPAY01
067800             SET WS-END-OF-CLAIMS TO TRUE                         BENPAY01
067900             SET CL-TRAILER-REC TO TRUE                           BENPAY01
068000     END-READ.                                                    BENPAY01
068100*                                                                 BENPAY01
068200 7500-ISO-DATE.                                                   BENPAY01
068300     STRING WS-ISO-CCYY '-' WS-ISO-MM '-' WS-ISO-DD               BENPAY01
068400            DELIMITED BY SIZE INTO WS-ISO-OUT.                    BENPAY01
068500/                                                                 BENPAY01
068600*----------------------------------------------------------------*BENPAY01
068700* 9000  TRAILER RECORD, CLOSE, FINAL COMMIT, CONTROL TOTALS      *BENPAY01
068800*----------------------------------------------------------------*BENPAY01
068900 9000-TERMINATE.                                                  BENPAY01
069000     MOVE SPACES TO PY-PAYMENT-RECORD                             BENPAY01
069100     SET PY-TRAILER-REC TO TRUE                                   BENPAY01
069200     MOVE WS-RECORDS-WRITTEN  TO PY-TRL-RECORD-COUNT              BENPAY01
069300     MOVE WS-GROSS-TOTAL      TO PY-TRL-TOTAL-GROSS               BENPAY01
069400     MOVE WS-RECOVERED-TOTAL  TO PY-TRL-TOTAL-RECOVERED           BENPAY01
069500     MOVE WS-AMOUNT-WRITTEN   TO PY-TRL-TOTAL-NET                 BENPAY01
069600     WRITE PY-PAYMENT-RECORD                                      BENPAY01
069700     CLOSE CLAIM-FILE PAYMENT-FILE REJECT-FILE                    BENPAY01
069800     IF NOT CC-DRY-RUN                                            BENPAY01
069900         EXEC SQL COMMIT END-EXEC                                 BENPAY01
070000     END-IF                                                       BENPAY01
070100     MOVE WS-RECORDS-READ     TO WS-DSP-COUNT                     BENPAY01
070200     DISPLAY 'BENPAY01 CLAIMS READ        ' WS-DSP-COUNT          BENPAY01
070300     MOVE WS-NOT-DUE-COUNT    TO WS-DSP-COUNT                     BENPAY01
070400     DISPLAY 'BENPAY01 NOT DUE TODAY      ' WS-DSP-COUNT          BENPAY01
070500     MOVE WS-RECORDS-WRITTEN  TO WS-DSP-COUNT                     BENPAY01
070600     MOVE WS-AMOUNT-WRITTEN   TO WS-DSP-AMOUNT                    BENPAY01
070700     DISPLAY 'BENPAY01 PAYMENTS WRITTEN   ' WS-DSP-COUNT          BENPAY01
070800             '  NET ' WS-DSP-AMOUNT                               BENPAY01
070900     MOVE WS-RECOVERED-TOTAL  TO WS-DSP-AMOUNT                    BENPAY01
071000     DISPLAY 'BENPAY01 RECOVERED          ' WS-DSP-AMOUNT         BENPAY01
071100     MOVE WS-RECORDS-REJECTED TO WS-DSP-COUNT                     BENPAY01
071200     DISPLAY 'BENPAY01 NOT PAID           ' WS-DSP-COUNT          BENPAY01
071300     MOVE WS-SUSPENDED-COUNT  TO WS-DSP-COUNT                     BENPAY01
071400     DISPLAY 'BENPAY01   OF WHICH SUSPENDED ' WS-DSP-COUNT        BENPAY01
071500     IF RETURN-CODE = ZERO AND WS-RECORDS-REJECTED > ZERO         BENPAY01
071600         MOVE 4 TO RETURN-CODE                                    BENPAY01
071700     END-IF.                                                      BENPAY01
071800*                                                                 BENPAY01
071900     COPY SQLERRP.                                                BENPAY01
072000*                                                                 BENPAY01
072100 9990-ABEND.                                                      BENPAY01
072200     DISPLAY 'BENPAY01 RUN ABANDONED - SEE MESSAGES ABOVE'        BENPAY01
072300     EXEC SQL ROLLBACK END-EXEC                                   BENPAY01
072400     MOVE 16 TO RETURN-CODE                                       BENPAY01
072500     GOBACK.                                                      BENPAY01
072600*                                                                 BENPAY01
072700*----------------------------------------------------------------*BENPAY01
072800* 8500  ORDER BOOK ROUTING.  ORDER BOOKS WERE WITHDRAWN ON       *BENPAY01
072900*       31/03/08 (CR2981) AND THE PERFORM IN 2500 WAS REMOVED.   *BENPAY01
073000*       KEPT UNTIL THE NATIONAL AUDIT OFFICE SIGNS OFF THE       *BENPAY01
073100*       ORDER BOOK CLOSURE.  NOTHING PERFORMS THIS PARAGRAPH.    *BENPAY01
073200*----------------------------------------------------------------*BENPAY01
073300*    PERFORM 8500-ORDER-BOOK-ROUTE                                BENPAY01
073400 8500-ORDER-BOOK-ROUTE.                                           BENPAY01
073500     MOVE 'O' TO WS-PAY-METHOD                                    BENPAY01
073600     MOVE SPACES TO PY-SORT-CODE PY-ACCOUNT-NUMBER                BENPAY01
073700     DISPLAY 'BENPAY01 ORDER BOOK PAYMENT ' CL-CLAIM-ID           BENPAY01
073800     ADD 1 TO WS-MTH-COUNT (2).                                   BENPAY01
